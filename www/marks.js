// The checked article with its marks, as a spell checker marks words: each sentence that holds
// facts is tinted by its roll-up, and each fact's own words are underlined in its verdict's
// colour, line style and symbol. Where facts sit inside one another (a person inside a
// statement about them), each word is marked once, by the innermost fact. Hover or focus shows
// the fact's one-line reason; click, Enter or Space asks for the evidence. The marks are one
// stop in the tab order (a roving tabindex): the arrow keys, Home and End move between them.
//
// All article text reaches the page through text nodes, never as markup.

import { VERDICTS, DECISIONS, byteToIndex, contextFacts } from './report-format.js';
import { h } from './dom.js';

/** `${claimIndex}.${factIndex}`: how a mark names its fact. */
const keyOf = (claimIndex, factIndex) => `${claimIndex}.${factIndex}`;

/**
 * The runs of a claim's text ([start, end) string indices) and the fact that marks each, or
 * null for words outside every fact: the innermost (shortest) fact covering it, the first in
 * the report's order on a tie.
 */
function runsOf(claim, toIndex, start, end) {
  const spans = claim.facts
    .map((fact, index) => ({ index, start: Math.max(start, toIndex(fact.start)), end: Math.min(end, toIndex(fact.end)) }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([start, end, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const runs = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k], cuts[k + 1]];
    let owner = null;
    for (const span of spans) {
      if (span.start <= from && span.end >= to && (!owner || span.end - span.start < owner.end - owner.start)) owner = span;
    }
    const last = runs[runs.length - 1];
    if (last && last.fact === (owner?.index ?? null)) last.end = to;
    else runs.push({ start: from, end: to, fact: owner?.index ?? null });
  }
  return runs;
}

export class MarkedArticle {
  #view;
  #tooltip;
  #claims = [];
  #facts = new Map(); // key → {claim, fact, claimIndex, factIndex, stop}
  #stops = [];
  #describe;
  #onOpen;
  #tipFor = null;

  /**
   * `describe(fact)` gives a fact's one-line reason with its kind ("quantity · Harbour Wire:
   * six years; article: five years"); `onOpen(claimIndex, factIndex | null)` is called when
   * the reader asks for a claim's evidence.
   */
  constructor({ describe, onOpen }) {
    this.#describe = describe;
    this.#onOpen = onOpen;
    this.#tooltip = h('div', { class: 'tooltip', role: 'tooltip', id: 'mark-tip', hidden: true });
    this.#view = h('div', {
      class: 'article-view', id: 'checked-article', role: 'group',
      'aria-label': 'Checked article: each fact is a mark; the arrow keys move between marks, Enter shows the evidence',
      onclick: (event) => this.#onClick(event),
      onkeydown: (event) => this.#onKey(event),
      onpointerover: (event) => this.#showTip(event.target.closest?.('[data-fact]'), false),
      onpointerout: (event) => {
        if (!event.relatedTarget || !this.#view.contains(event.relatedTarget)) this.#hideTip(false);
      },
      onfocusin: (event) => this.#showTip(event.target.closest?.('[data-fact]'), true),
      onfocusout: () => this.#hideTip(true),
    });
    this.element = h('div', { class: 'article-wrap' }, this.#view, this.#tooltip);
  }

  /**
   * Shows `article` with the marks of `report`. `decisionOf(claimIndex, factIndex)` gives
   * the editor's decision on a flag, if any. The mark that had the keyboard keeps it when the
   * same fact is still there.
   */
  render(article, report, { decisionOf = () => null } = {}) {
    const hadFocus = this.#stops.find((stop) => stop === this.#view.getRootNode().activeElement);
    const current = this.#stops.find((stop) => stop.tabIndex === 0);
    const remember = (stop) => stop && { text: stop.fact.text, kind: stop.fact.kind, claim: stop.claim.text };
    const [focusedWas, currentWas] = [remember(hadFocus), remember(current)];
    this.#hideTip(true);
    this.#facts.clear();
    this.#stops = [];
    this.#claims = [];
    const toIndex = byteToIndex(article);
    const fragment = document.createDocumentFragment();
    let position = 0;
    report.claims.forEach((claim, claimIndex) => {
      const start = toIndex(claim.start);
      const end = toIndex(claim.end);
      if (start < position || end <= start) return; // overlapping claims: the first wins
      if (start > position) fragment.append(article.slice(position, start));
      const element = h('span', { class: 'claim', 'data-rollup': claim.verdict, 'data-claim': String(claimIndex) });
      element.claim = claim;
      // A statement around other facts is their context: its words are marked lightly, so
      // the values that decide it stand out.
      const context = contextFacts(claim);
      for (const run of runsOf(claim, toIndex, start, end)) {
        const words = article.slice(run.start, run.end);
        if (run.fact === null) {
          element.append(words);
          continue;
        }
        const fact = claim.facts[run.fact];
        const key = keyOf(claimIndex, run.fact);
        const decision = decisionOf(claimIndex, run.fact);
        const mark = h('span', {
          class: 'mark', 'data-fact': key, 'data-verdict': fact.verdict, 'data-decision': decision?.status, 'data-context': context.has(run.fact),
        }, words);
        let info = this.#facts.get(key);
        if (!info) {
          // The fact's first run is its stop in the tab order.
          info = { claim, fact, claimIndex, factIndex: run.fact, stop: mark };
          this.#facts.set(key, info);
          const decided = decision ? `, ${DECISIONS[decision.status].done.toLowerCase()}` : '';
          Object.assign(mark.dataset, { stop: '' });
          mark.setAttribute('role', 'button');
          mark.setAttribute('aria-label', `${VERDICTS[fact.verdict].label}${decided}: ${fact.text}`);
          mark.setAttribute('aria-controls', 'evidence');
          mark.tabIndex = -1;
          mark.fact = fact;
          mark.claim = claim;
          this.#stops.push(mark);
        } else {
          mark.classList.add('continued');
          info.last.removeAttribute('data-last');
        }
        // The fact's last run carries its symbol.
        mark.setAttribute('data-last', '');
        info.last = mark;
        element.append(mark);
      }
      fragment.append(element);
      this.#claims.push(element);
      position = end;
    });
    fragment.append(article.slice(position));
    this.#view.replaceChildren(fragment);
    this.#stops.sort((a, b) => a.fact.start - b.fact.start || a.claim.start - b.claim.start);
    const find = (was) => was && this.#stops.find((s) => s.fact.text === was.text && s.fact.kind === was.kind && s.claim.text === was.claim);
    const next = find(focusedWas) ?? find(currentWas) ?? this.#stops[0];
    if (next) next.tabIndex = 0;
    if (focusedWas && find(focusedWas)) next.focus({ preventScroll: true });
  }

  /** Shows only the claims whose roll-up is `rollup` (null: all); the others are plain text. */
  setFilter(rollup) {
    for (const claim of this.#claims) {
      const shown = !rollup || claim.dataset.rollup === rollup;
      claim.toggleAttribute('data-filtered-out', !shown);
    }
    let first = null;
    for (const stop of this.#stops) {
      const shown = !stop.closest('.claim').hasAttribute('data-filtered-out');
      if (shown) {
        stop.setAttribute('role', 'button');
        stop.setAttribute('aria-controls', 'evidence');
        first ??= stop;
      } else {
        for (const name of ['role', 'aria-controls', 'aria-expanded']) stop.removeAttribute(name);
      }
      stop.tabIndex = -1;
    }
    if (first) first.tabIndex = 0;
    return this.#claims.filter((c) => !c.hasAttribute('data-filtered-out')).length;
  }

  /** Marks the results as made for another text (or corpus, or date) than the one now given. */
  setStale(stale) {
    this.#view.toggleAttribute('data-stale', stale);
  }

  /** Shows which claim's evidence is open (null: none). */
  setOpen(claimIndex) {
    for (const stop of this.#stops) {
      if (stop.hasAttribute('role')) stop.setAttribute('aria-expanded', String(stop.dataset.fact.split('.')[0] === String(claimIndex)));
    }
    for (const claim of this.#claims) claim.toggleAttribute('data-open', claim.dataset.claim === String(claimIndex));
  }

  /** Gives the keyboard to the mark of a fact (or the claim's first mark). */
  focus(claimIndex, factIndex = null) {
    const stop = this.#facts.get(keyOf(claimIndex, factIndex))?.stop
      ?? this.#stops.find((s) => s.dataset.fact.startsWith(`${claimIndex}.`));
    if (stop) this.#focusStop(stop);
  }

  #visibleStops() {
    return this.#stops.filter((stop) => stop.hasAttribute('role'));
  }

  #focusStop(stop) {
    for (const other of this.#stops) other.tabIndex = -1;
    stop.tabIndex = 0;
    stop.focus();
  }

  #onClick(event) {
    const mark = event.target.closest?.('[data-fact]');
    const claim = event.target.closest?.('.claim');
    if (!claim || claim.hasAttribute('data-filtered-out')) return;
    if (mark) {
      const info = this.#facts.get(mark.dataset.fact);
      this.#focusStop(info.stop);
      this.#onOpen(info.claimIndex, info.factIndex);
    } else {
      this.#onOpen(Number(claim.dataset.claim), null);
    }
  }

  #onKey(event) {
    const mark = event.target.closest?.('[data-stop]');
    if (!mark || !mark.hasAttribute('role')) return;
    const stops = this.#visibleStops();
    const index = stops.indexOf(mark);
    const targets = {
      ArrowRight: stops[index + 1], ArrowDown: stops[index + 1],
      ArrowLeft: stops[index - 1], ArrowUp: stops[index - 1],
      Home: stops[0], End: stops[stops.length - 1],
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const info = this.#facts.get(mark.dataset.fact);
      this.#onOpen(info.claimIndex, info.factIndex);
    } else if (event.key === 'Escape' && !this.#tooltip.hidden) {
      event.preventDefault();
      event.stopPropagation();
      this.#hideTip(true);
    } else if (event.key in targets) {
      event.preventDefault();
      if (targets[event.key]) this.#focusStop(targets[event.key]);
    }
  }

  // ---- the one-line reason, on hover and focus ----------------------------------------------

  #showTip(mark, byFocus) {
    if (!mark || mark.closest('.claim')?.hasAttribute('data-filtered-out')) return;
    const info = this.#facts.get(mark.dataset.fact);
    if (!info) return;
    const stop = info.stop;
    const verdict = VERDICTS[info.fact.verdict];
    this.#tooltip.replaceChildren(
      h('span', { class: 'tip-verdict', 'data-verdict': info.fact.verdict }, `${verdict.icon} ${verdict.label}`),
      ` · ${this.#describe(info.fact)}`);
    this.#tooltip.hidden = false;
    this.#tipFor = { stop, byFocus };
    stop.setAttribute('aria-describedby', 'mark-tip');
    // Below the mark's first line, kept inside the article's width.
    const wrap = this.element.getBoundingClientRect();
    const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const width = Math.min(this.#tooltip.offsetWidth, wrap.width);
    const left = Math.max(0, Math.min(rect.left - wrap.left, wrap.width - width));
    this.#tooltip.style.left = `${left}px`;
    this.#tooltip.style.top = `${rect.bottom - wrap.top + 4}px`;
  }

  #hideTip(byFocus) {
    // A tip shown for the focused mark stays while the pointer moves away.
    if (!this.#tipFor || (!byFocus && this.#tipFor.byFocus)) return;
    this.#tipFor.stop.removeAttribute('aria-describedby');
    this.#tipFor = null;
    this.#tooltip.hidden = true;
  }
}
