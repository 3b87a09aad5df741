// The evidence panel of one claim: its roll-up in words, then its facts in order of
// importance (the engine's order of verdicts: conflicts first, agreements last), each with
// the article's value and each source's value side by side, the source sentence with the
// words that decide it highlighted, and the source's name and date. Agreements that only
// repeat a name (a person or a place that agrees) are folded under "Also agrees". Each flag
// (a fact that does not agree) can be marked checked or dismissed, with a note.

import { VERDICTS, ROLLUPS, DECISIONS, byteToIndex, describeClaim, contextFacts } from './report-format.js';
import { h } from './dom.js';

// Evidence sentences shown per fact before "Show all".
const EVIDENCE_SHOWN = 3;
// Kinds whose agreement only repeats a name.
const NAMES = new Set(['person', 'place']);

/** "13 May 2024" for "2024-05-13" (the reader's language), or the text as given. */
function readableDate(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return date ?? '';
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The evidence sentence with the source's value marked. */
function markedSentence(evidence) {
  const text = evidence.sentence;
  let from = -1;
  let to = -1;
  if (evidence.value_end > evidence.value_start && evidence.value_start >= evidence.start && evidence.value_end <= evidence.end) {
    const toIndex = byteToIndex(text);
    from = toIndex(evidence.value_start - evidence.start);
    to = toIndex(evidence.value_end - evidence.start);
  } else if (evidence.source_value) {
    from = text.indexOf(evidence.source_value);
    to = from + evidence.source_value.length;
  }
  if (from < 0 || to <= from) return [text];
  return [text.slice(0, from), h('mark', {}, text.slice(from, to)), text.slice(to)];
}

const factId = (fact) => `fact-${fact.start}-${fact.end}-${fact.kind}`;

export class EvidencePanel {
  #options;
  #claim = null;
  // The day each corpus document was written (the report's documents), by id.
  #dates = new Map();

  /**
   * `order` (the engine's verdicts, most urgent first), `kindLabel(kind)`, `decisionOf(fact)`
   * ({status, note} or null), `onDecide(fact, decision | null)`, `onClose()`.
   */
  constructor(options) {
    this.#options = options;
    this.element = h('aside', {
      class: 'evidence', id: 'evidence', hidden: true, 'aria-labelledby': 'evidence-title', tabindex: '-1',
      onkeydown: (event) => {
        if (event.key === 'Escape' && !event.target.matches('input')) options.onClose();
      },
    });
  }

  get claim() {
    return this.#claim;
  }

  /** The report's documents, whose dates stand beside their evidence when it has none of its own. */
  setDocuments(documents) {
    this.#dates = new Map(documents.filter((d) => d.date).map((d) => [d.id, d.date]));
  }

  /** Shows the evidence of `claim`, its fact `current` (an index, or null) marked as the one asked about. */
  show(claim, { current = null, focus = true } = {}) {
    const { order, kindLabel, onClose } = this.#options;
    this.#claim = claim;
    const rollup = ROLLUPS[claim.verdict];
    // Most urgent first; within a verdict, the values before the statements around them.
    const context = contextFacts(claim);
    const facts = claim.facts.map((fact, index) => ({ fact, index }))
      .sort((a, b) => order.indexOf(a.fact.verdict) - order.indexOf(b.fact.verdict)
        || context.has(a.index) - context.has(b.index) || a.fact.start - b.fact.start);
    const folded = facts.filter(({ fact, index }) => fact.verdict === 'agree' && NAMES.has(fact.kind) && index !== current);
    const shown = facts.filter((entry) => !folded.includes(entry));
    this.element.replaceChildren(
      h('div', { class: 'panel-head' },
        h('h3', { id: 'evidence-title' }, 'Evidence'),
        h('button', { type: 'button', 'aria-label': 'Close the evidence', onclick: () => onClose() }, '✕')),
      h('p', { class: 'claim-rollup', 'data-rollup': claim.verdict },
        h('span', { class: 'verdict-badge' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, rollup.icon), ` ${rollup.label}`),
        ` — ${describeClaim(claim)}.`),
      h('blockquote', { class: 'claim-quote' }, claim.text),
      ...shown.map(({ fact, index }) => this.#factView(fact, index === current, kindLabel)),
      folded.length
        ? h('details', { class: 'also-agrees' },
          h('summary', {}, `Also agrees (${folded.length}): `, folded.map(({ fact }) => fact.text).join(', ')),
          ...folded.map(({ fact }) => this.#factView(fact, false, kindLabel)))
        : null);
    this.element.hidden = false;
    const target = this.element.querySelector('.fact[data-current]') ?? this.element;
    if (focus) {
      target.focus({ preventScroll: true });
      // In one column the panel is below the article: bring the fact into view.
      target.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Gives the keyboard to the decision of `fact` (after it changed, its buttons are new). */
  focusDecision(fact) {
    const section = this.element.querySelector(`[aria-labelledby="${CSS.escape(factId(fact))}"]`);
    const details = section?.closest('details');
    if (details) details.open = true;
    (section?.querySelector('.decision button') ?? section)?.focus();
  }

  hide() {
    this.#claim = null;
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  #factView(fact, current, kindLabel) {
    const verdict = VERDICTS[fact.verdict];
    const sources = fact.evidence.map((evidence) => {
      const date = evidence.date ?? this.#dates.get(evidence.doc_id);
      return h('li', { class: 'evidence-item', 'data-relation': evidence.relation },
      h('div', { class: 'evidence-source' },
        h('span', { class: 'source-name' }, evidence.source),
        date ? h('time', { class: 'source-date', datetime: date }, readableDate(date)) : null,
        h('span', { class: 'relation' }, evidence.relation === 'contradicts' ? '✗ says otherwise' : '✓ says the same')),
      h('dl', { class: 'values' },
        h('div', {}, h('dt', {}, 'Article'), h('dd', {}, evidence.claim_value || fact.text)),
        h('div', {}, h('dt', {}, evidence.source), h('dd', {}, evidence.source_value || '—'))),
      h('blockquote', {}, ...markedSentence(evidence)));
    });
    const id = factId(fact);
    return h('section', {
      class: 'fact', 'data-verdict': fact.verdict, 'data-current': current, 'aria-labelledby': id, tabindex: current ? '-1' : null,
    },
    h('h4', { id },
      h('span', { class: 'verdict-badge' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, verdict.icon), ` ${verdict.label}`),
      h('span', { class: 'fact-words' }, `“${fact.text}”`),
      h('span', { class: 'kind' }, kindLabel(fact.kind))),
    h('p', { class: 'reason' }, fact.reason, fact.rule ? h('span', { class: 'rule', title: 'The rule that decided the verdict' }, ` (rule ${fact.rule})`) : null),
    fact.verdict === 'agree' ? null : this.#decisionView(fact),
    fact.verdict === 'disputed' ? this.#valuesBySource(fact) : null,
    fact.evidence.length
      ? h('ul', { class: 'evidence-list', 'aria-label': `Source sentences for “${fact.text}”` }, sources.slice(0, EVIDENCE_SHOWN))
      : h('p', { class: 'reason' }, 'No document in the corpus speaks to this.'),
    sources.length > EVIDENCE_SHOWN
      ? h('button', { type: 'button', class: 'more', onclick: (event) => {
        const more = sources.slice(EVIDENCE_SHOWN);
        event.currentTarget.previousElementSibling.append(...more);
        event.currentTarget.remove();
        // The button is gone: keep the keyboard user's place at the first sentence shown.
        more[0].tabIndex = -1;
        more[0].focus();
      } }, `Show all ${sources.length} source sentences`)
      : null);
  }

  /** The editor's verdict on a flag: what was decided, or the buttons to decide. */
  #decisionView(fact) {
    const { decisionOf, onDecide } = this.#options;
    const decision = decisionOf(fact);
    if (decision) {
      return h('div', { class: 'decision', 'data-decision': decision.status },
        h('p', {}, h('strong', {}, `${DECISIONS[decision.status].done}`), decision.note ? `: ${decision.note}` : '.'),
        h('button', { type: 'button', onclick: () => onDecide(fact, null) }, 'Reopen this flag'));
    }
    const note = h('input', { type: 'text', class: 'note', autocomplete: 'off', 'aria-label': `Note on “${fact.text}” (optional)`, placeholder: 'Note (optional)' });
    const decide = (status) => onDecide(fact, { status, note: note.value.trim() });
    note.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') decide('checked');
    });
    return h('div', { class: 'decision', role: 'group', 'aria-label': `Your verdict on “${fact.text}”` },
      note,
      h('button', { type: 'button', onclick: () => decide('checked') }, 'Mark checked'),
      h('button', { type: 'button', onclick: () => decide('dismissed') }, 'Dismiss'));
  }

  /** For a disputed fact: what each source says, in one list. */
  #valuesBySource(fact) {
    const bySource = new Map();
    for (const evidence of fact.evidence) {
      if (!bySource.has(evidence.source)) bySource.set(evidence.source, evidence.source_value || evidence.claim_value);
    }
    return h('ul', { class: 'by-source', 'aria-label': 'What each source says' },
      [...bySource].map(([source, value]) => h('li', {}, h('strong', {}, source), `: ${value}`)));
  }
}
