// The report view: the results of one check. The counts (claims by roll-up, facts by
// verdict, the flags still open), a bar that shows the claims of one roll-up, the notes on the
// check (warnings, documents left out), the checked article with its marks (marks.js) and the
// evidence panel (evidence.js). It shows a report; it neither runs checks nor keeps anything.

import { ROLLUPS, countsLine, flagsOf } from './report-format.js';
import { MarkedArticle } from './marks.js';
import { EvidencePanel } from './evidence.js';
import { h } from './dom.js';

export class ReportView {
  #ui = {};
  #info;
  #report = null;
  #article = '';
  #filter = null;
  #flagKeys = new Map(); // fact → flag key
  #decisions = {};
  #onDecide;
  #onStatus;

  /**
   * `info`: the engine's {verdicts, rollups, kinds}. `onDecide(flagKey, decision | null)`:
   * the editor decided on a flag. `onStatus(text)`: something to announce. `exports`:
   * [{label, run}] buttons for the results' head.
   */
  constructor({ info, onDecide, onStatus, exports }) {
    this.#info = info;
    this.#onDecide = onDecide;
    this.#onStatus = onStatus;
    const labels = new Map(info.kinds.map((k) => [k.kind, k.label]));
    const kindLabel = (kind) => labels.get(kind) ?? kind.replace('_', ' ');
    const ui = this.#ui;
    ui.marks = new MarkedArticle({
      describe: (fact) => `${kindLabel(fact.kind)} · ${fact.reason}`,
      onOpen: (claimIndex, factIndex) => this.open(claimIndex, factIndex),
    });
    ui.panel = new EvidencePanel({
      order: info.verdicts,
      kindLabel,
      decisionOf: (fact) => this.#decisions[this.#flagKeys.get(fact)] ?? null,
      onDecide: (fact, decision) => this.#onDecide(this.#flagKeys.get(fact), decision, fact),
      onClose: () => this.close(),
    });
    ui.counts = h('p', { class: 'counts' });
    ui.open = h('p', { class: 'open-flags' });
    ui.summary = h('div', { class: 'summary', role: 'toolbar', 'aria-label': 'Show claims by verdict' });
    ui.notes = h('ul', { class: 'notes', 'aria-label': 'Notes on this check' });
    ui.stale = h('p', { class: 'stale-note', role: 'status', 'aria-live': 'polite' });
    ui.exportStatus = h('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
    ui.copyFallback = h('textarea', { readonly: true, hidden: true, 'aria-label': 'Summary to copy', rows: '8' });
    ui.layout = h('div', { class: 'layout no-panel' }, ui.marks.element, ui.panel.element);
    this.element = h('section', { class: 'results', hidden: true, 'aria-labelledby': 'results-title' },
      h('div', { class: 'results-head' },
        h('h2', { id: 'results-title' }, 'Results'),
        h('div', { class: 'export', role: 'group', 'aria-label': 'Export' },
          exports.map(({ label, run }) => h('button', { type: 'button', onclick: () => run() }, label)))),
      ui.exportStatus, ui.copyFallback, ui.counts, ui.open, ui.summary, ui.notes, ui.stale, ui.layout);
  }

  get report() {
    return this.#report;
  }

  /** Says how an export went (or shows `fallback` text, selected, when it could not be copied). */
  exported(message, fallback = null) {
    const ui = this.#ui;
    ui.exportStatus.textContent = message;
    ui.copyFallback.hidden = fallback === null;
    if (fallback !== null) {
      ui.copyFallback.value = fallback;
      ui.copyFallback.select();
    }
  }

  /** Shows `report`, made for `article`, with the editor's `decisions` ({flagKey: decision}). */
  render(article, report, decisions) {
    const ui = this.#ui;
    const openClaim = ui.panel.claim;
    const panelHadFocus = ui.panel.element.contains(this.element.getRootNode().activeElement);
    this.#report = report;
    this.#article = article;
    this.#decisions = decisions;
    this.#flagKeys = new Map(flagsOf(report).map((flag) => [flag.fact, flag.key]));
    ui.panel.setDocuments(report.documents);
    ui.marks.render(article, report, { decisionOf: (c, f) => this.#decisions[this.#flagKeys.get(report.claims[c].facts[f])] ?? null });
    this.#renderCounts();
    ui.summary.replaceChildren(
      h('button', { type: 'button', 'aria-pressed': 'true', 'data-filter': '', onclick: () => this.setFilter(null) }, 'All claims'),
      ...this.#info.rollups.map((key) => {
        const rollup = ROLLUPS[key];
        return h('button', {
          type: 'button', 'aria-pressed': 'false', 'data-filter': key, 'data-rollup': key,
          title: rollup.meaning, onclick: () => this.setFilter(this.#filter === key ? null : key),
        }, h('span', { class: 'icon', 'aria-hidden': 'true' }, rollup.icon), rollup.label,
        h('span', { class: 'count' }, String(report.summary.claims?.[key] ?? 0)), h('span', { class: 'visually-hidden' }, ' claims'));
      }));
    ui.notes.replaceChildren(
      ...report.warnings.map((warning) => h('li', { class: 'warning' }, h('strong', {}, 'Warning: '), warning)),
      ...report.skipped.map((skip) => h('li', {}, `Corpus file ${skip.file} was not used: ${skip.reason}`)));
    this.exported('');
    this.setStale(null);
    this.element.hidden = false;
    // The filter and the open claim stay as they were when the same sentence is still there.
    const filter = this.#filter;
    this.#filter = null;
    if (filter) this.setFilter(filter, { announce: false });
    const again = openClaim && report.claims.findIndex((c) => c.text === openClaim.text);
    if (openClaim && again >= 0) this.open(again, null, { focus: panelHadFocus });
    else this.close({ restoreFocus: false });
  }

  /**
   * The editor's decisions changed (by a decision on `fact`, whose controls then get the
   * keyboard): redraw the marks, the counts and the open panel.
   */
  updateDecisions(decisions, fact = null) {
    if (!this.#report) return;
    const openClaim = this.#ui.panel.claim;
    this.#decisions = decisions;
    const report = this.#report;
    this.#ui.marks.render(this.#article, report, { decisionOf: (c, f) => this.#decisions[this.#flagKeys.get(report.claims[c].facts[f])] ?? null });
    if (this.#filter) this.#ui.marks.setFilter(this.#filter);
    this.#renderCounts();
    if (openClaim) {
      this.open(report.claims.indexOf(openClaim), this.#opened?.factIndex ?? null, { focus: false });
      if (fact) this.#ui.panel.focusDecision(fact);
    }
  }

  #renderCounts() {
    const report = this.#report;
    const flags = flagsOf(report);
    const open = flags.filter((flag) => !this.#decisions[flag.key]).length;
    this.#ui.counts.textContent = report.claims.length
      ? countsLine(report, this.#info)
      : 'No checkable claims were found: the text has no numbers, dates, names or quotations to compare.';
    this.#ui.open.textContent = flags.length
      ? `${open} of ${flags.length} flag${flags.length === 1 ? '' : 's'} still open${open < flags.length ? ` (${flags.length - open} checked or dismissed by you)` : ''}.`
      : '';
  }

  /** Marks the results as out of date (`message` says why), or as current (null). */
  setStale(message) {
    this.#ui.stale.textContent = message ?? '';
    this.#ui.marks.setStale(Boolean(message));
    this.element.toggleAttribute('data-stale', Boolean(message));
  }

  get stale() {
    return this.element.hasAttribute('data-stale');
  }

  setFilter(rollup, { announce = true } = {}) {
    this.#filter = rollup;
    for (const button of this.#ui.summary.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String((button.dataset.filter || null) === rollup));
    }
    const count = this.#ui.marks.setFilter(rollup);
    const open = this.#ui.panel.claim;
    if (open && rollup && open.verdict !== rollup) this.close({ restoreFocus: false });
    if (announce) {
      this.#onStatus(rollup ? `Showing ${count} claim${count === 1 ? '' : 's'}: ${ROLLUPS[rollup].label.toLowerCase()}.` : `Showing all ${count} claims.`);
    }
  }

  /** Opens the evidence of a claim, its fact `factIndex` (or null) the one asked about. */
  open(claimIndex, factIndex = null, { focus = true } = {}) {
    const claim = this.#report?.claims[claimIndex];
    if (!claim) return;
    const ui = this.#ui;
    ui.layout.classList.remove('no-panel');
    ui.panel.show(claim, { current: factIndex, focus });
    ui.marks.setOpen(claimIndex);
    this.#opened = { claimIndex, factIndex };
  }

  // The claim whose evidence is open, and the fact asked about: focus goes back there.
  #opened = null;

  close({ restoreFocus = true } = {}) {
    const opened = this.#opened;
    this.#opened = null;
    this.#ui.panel.hide();
    this.#ui.layout.classList.add('no-panel');
    this.#ui.marks.setOpen(null);
    if (restoreFocus && opened) this.#ui.marks.focus(opened.claimIndex, opened.factIndex);
  }
}
