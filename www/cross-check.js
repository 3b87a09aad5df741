// <cross-check>: checks an article's claims against a reference corpus, in the reader's browser.
//
//   <script type="module" src="cross-check.js"></script>
//   <cross-check corpus="corpus/corpus.json" article="#story" compact></cross-check>
//
// Attributes: `corpus` (URL of a corpus.json manifest; default: the corpus built into the
// engine), `article` (text to check, or a CSS selector of the element whose text to check;
// checked at once), `compact` (no text box). JS: `await el.check(text)` resolves to the
// report the CLI prints as JSON; events `crosscheck:result` (detail: the report) and
// `crosscheck:error` (detail: {message}).
//
// All article and corpus text reaches the page through text nodes, never as markup.

import { Engine, CancelledError } from './engine.js';
import { loadCorpus, saveCorpus, forgetCorpus, watchCorpora } from './corpus-store.js';
import { VERDICTS, byteToIndex, countsLine, plainTextSummary, claimReviewJsonLd } from './report-format.js';
import { styles } from './cross-check.css.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
// Same as MAX_DOCUMENT_BYTES in src/limits.rs; checked before reading so a huge file is never
// loaded into memory only to be refused.
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
const UPLOAD_TYPES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

const URGENCY = ['conflict', 'disputed', 'agree', 'not_found'];
// Evidence sentences shown per fact before "Show all".
const EVIDENCE_SHOWN = 3;

const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);

/** An element with attributes, listeners (`onclick`…) and children; strings become text nodes. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter((child) => child != null && child !== false));
  return element;
}

function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const utf8Length = (text) => new TextEncoder().encode(text).length;

/** A message as a sentence: ends with one full stop. */
const sentence = (message) => `${message.replace(/[.\s]+$/, '')}.`;

/** Readable text of an HTML file: scripts and styles dropped, blocks on their own lines. */
function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, noscript, template, head').forEach((el) => el.remove());
  doc.querySelectorAll('br, li, tr').forEach((el) => el.after('\n'));
  doc.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, blockquote, section, article, header, footer, figcaption, pre, ul, ol, table')
    .forEach((el) => el.after('\n\n'));
  return (doc.body?.textContent ?? '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The document `id` of `documents`, or an error if another tab has removed it. */
function documentIn(documents, id, source) {
  const doc = documents.find((d) => d.id === id);
  if (!doc) throw new Error(`${source} is no longer in the corpus (it was removed in another tab)`);
  return doc;
}

/** A short id for a new document, unique in `documents`. */
function uniqueId(name, documents) {
  const base = name.toLowerCase().replace(/\.[a-z0-9]+$/, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'document';
  let id = base;
  for (let n = 2; documents.some((d) => d.id === id); n++) id = `${base}-${n}`;
  return id;
}

/** Fetches a corpus.json manifest and its documents (files relative to the manifest). */
async function fetchManifestCorpus(url, decode) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status}`);
  let manifest;
  try {
    manifest = await response.json();
  } catch {
    throw new Error(`${url} is not a valid corpus.json manifest`);
  }
  const entries = Array.isArray(manifest?.documents) ? manifest.documents : [];
  const problems = [];
  const loaded = await Promise.all(entries.map(async (entry) => {
    const file = String(entry?.file ?? '');
    try {
      const fileResponse = await fetch(new URL(file, response.url));
      if (!fileResponse.ok) throw new Error(`the server answered ${fileResponse.status}`);
      const text = await decode(await fileResponse.arrayBuffer());
      const id = String(entry.id || file.replace(/^.*\//, '').replace(/\.[^.]*$/, ''));
      return { id, source: String(entry.source || id), language: String(entry.language || ''), text };
    } catch (error) {
      problems.push(`${file || '(no file name)'}: ${error.message}`);
      return null;
    }
  }));
  return { documents: loaded.filter(Boolean), problems };
}

class CrossCheck extends HTMLElement {
  static observedAttributes = ['corpus', 'article'];

  #engine = null;
  #ui = {};
  #connected = false;
  // Resolves once the engine has the corpus this element should use.
  #corpusReady = Promise.resolve();
  #corpusKey = 'default';
  // The documents in use with their text, or null for the corpus built into the engine.
  #documents = null;
  #corpusInfo = [];
  // Whether the documents in use are the user's edit (saved in this browser).
  #edited = false;
  // The saved revision of the documents in use (null: not edited); see corpus-store.js.
  #revision = null;
  // Corpus edits, and reloads after another tab's edit, run one after another.
  #corpusQueue = Promise.resolve();
  #unwatch = null;
  // The document whose rename form is open: {id, row}, kept when the list is redrawn.
  #renaming = null;
  #inFlight = null;
  #report = null;
  #claimElements = [];
  #filter = null;
  #openClaim = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    root.append(this.#build());
  }

  connectedCallback() {
    if (this.#connected) return;
    this.#connected = true;
    this.#engine ??= new Engine(WORKER_URL);
    // Listening before loading, so that no other tab's edit falls between the two.
    this.#unwatch = watchCorpora((key) => {
      if (key === this.#corpusKey) this.#reloadSaved();
    });
    this.#corpusReady = this.#loadCorpus();
    this.#useArticleAttribute();
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#unwatch?.();
    this.#unwatch = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#connected || oldValue === newValue) return;
    if (name === 'corpus') this.#corpusReady = this.#loadCorpus();
    if (name === 'article') this.#useArticleAttribute();
  }

  /** Checks `text` (default: the text box). Resolves to the report, as the CLI prints it. */
  async check(text) {
    if (text !== undefined) this.#ui.textarea.value = String(text);
    const article = this.#ui.textarea.value;
    this.#showError('');
    // A new check replaces the one in flight.
    this.cancel();
    const run = { cancelled: false };
    this.#inFlight = run;
    this.#showProgress(article);
    try {
      await this.#corpusReady;
      if (run.cancelled) throw new CancelledError();
      const report = await this.#engine.check(article);
      if (run.cancelled) throw new CancelledError();
      this.#render(article, report);
      this.dispatchEvent(new CustomEvent('crosscheck:result', { detail: report, bubbles: true, composed: true }));
      return report;
    } catch (error) {
      if (this.#inFlight === run) {
        if (error.name === 'AbortError') {
          this.#setStatus('Check cancelled. Your text is unchanged.');
        } else {
          this.#showError(`Could not check the article: ${sentence(error.message)}`);
          this.dispatchEvent(new CustomEvent('crosscheck:error', { detail: { message: error.message }, bubbles: true, composed: true }));
        }
      }
      throw error;
    } finally {
      if (this.#inFlight === run) {
        this.#inFlight = null;
        this.#hideProgress();
      }
    }
  }

  /** Stops the check in flight, if any; its promise rejects with an AbortError. */
  cancel() {
    const run = this.#inFlight;
    if (!run) return;
    run.cancelled = true;
    this.#engine.cancel();
  }

  /** The last report, or null. */
  get report() {
    return this.#report;
  }

  // ---- building the shadow DOM ------------------------------------------------------------

  #build() {
    const ui = this.#ui;
    ui.textarea = h('textarea', { id: 'article', name: 'article', spellcheck: 'false', placeholder: 'Paste the article to check' });
    ui.checkButton = h('button', { type: 'button', class: 'primary', onclick: () => this.check().catch(() => {}) }, 'Check');
    ui.cancelButton = h('button', { type: 'button', hidden: true, onclick: () => this.cancel() }, 'Cancel');
    ui.progress = h('progress', { hidden: true, 'aria-label': 'Checking' });
    ui.status = h('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
    ui.error = h('div', { class: 'error', role: 'alert' });

    ui.counts = h('p', { class: 'counts' });
    ui.summary = h('div', { class: 'summary', role: 'toolbar', 'aria-label': 'Show claims by verdict' });
    ui.notes = h('ul', { class: 'notes', 'aria-label': 'Notes on this check' });
    ui.exportStatus = h('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
    ui.copyFallback = h('textarea', { readonly: true, hidden: true, 'aria-label': 'Summary to copy', rows: '6' });
    ui.articleView = h('div', {
      class: 'article-view', role: 'group', 'aria-label': 'Checked article: use the arrow keys to move between claims, Enter to see the evidence',
      onclick: (event) => this.#onArticleClick(event), onkeydown: (event) => this.#onArticleKey(event),
    });
    ui.panel = h('aside', { class: 'evidence', id: 'evidence', hidden: true, 'aria-labelledby': 'evidence-title', tabindex: '-1', onkeydown: (event) => {
      if (event.key === 'Escape') this.#closePanel();
    } });
    ui.layout = h('div', { class: 'layout no-panel' }, ui.articleView, ui.panel);
    ui.results = h('section', { class: 'results', hidden: true, 'aria-labelledby': 'results-title' },
      h('div', { class: 'results-head' },
        h('h2', { id: 'results-title' }, 'Results'),
        h('div', { class: 'export', role: 'group', 'aria-label': 'Export' },
          h('button', { type: 'button', onclick: () => this.#downloadReport() }, 'Download report (JSON)'),
          h('button', { type: 'button', onclick: () => this.#copySummary() }, 'Copy summary'),
          h('button', { type: 'button', onclick: () => this.#downloadClaimReview() }, 'Download ClaimReview (JSON-LD)'))),
      ui.exportStatus, ui.copyFallback, ui.counts, ui.summary, ui.notes, ui.layout);

    return h('div', { class: 'cross-check' },
      h('div', { class: 'input' }, h('label', { for: 'article' }, 'Article'), ui.textarea),
      h('div', { class: 'actions' }, ui.checkButton, ui.cancelButton, ui.progress, ui.status),
      ui.error,
      ui.results,
      this.#buildCorpusPanel());
  }

  #buildCorpusPanel() {
    const ui = this.#ui;
    ui.corpusTitle = h('span', {}, 'Reference corpus');
    ui.documentList = h('ul', { class: 'documents', 'aria-label': 'Documents in the corpus' });
    ui.corpusError = h('div', { class: 'error', role: 'alert' });
    ui.corpusStatus = h('p', { class: 'corpus-status', role: 'status', 'aria-live': 'polite' });
    ui.fileInput = h('input', { type: 'file', accept: UPLOAD_TYPES, hidden: true, onchange: () => this.#onFilesChosen() });
    ui.newSource = h('input', { id: 'new-source', autocomplete: 'off' });
    ui.newLanguage = h('input', { id: 'new-language', autocomplete: 'off', placeholder: 'en' });
    ui.newText = h('textarea', { id: 'new-text' });
    return h('details', { class: 'corpus' },
      h('summary', {}, ui.corpusTitle),
      h('div', { class: 'corpus-body' },
        h('p', { class: 'corpus-status' }, 'Claims are compared with these documents. Changes are kept in this browser only.'),
        ui.documentList, ui.corpusError, ui.corpusStatus, ui.fileInput,
        h('div', { class: 'corpus-actions' },
          ui.uploadButton = h('button', { type: 'button', onclick: () => this.#chooseFiles({ multiple: true }) }, 'Upload documents…'),
          h('button', { type: 'button', onclick: () => this.#resetCorpus() }, 'Reset to the default corpus')),
        h('div', { class: 'add', role: 'group', 'aria-labelledby': 'add-title' },
          h('h3', { id: 'add-title' }, 'Add a document by pasting its text'),
          h('div', { class: 'row' },
            h('div', {}, h('label', { for: 'new-source' }, 'Source name'), ui.newSource),
            h('div', {}, h('label', { for: 'new-language' }, 'Language (optional)'), ui.newLanguage)),
          h('div', {}, h('label', { for: 'new-text' }, 'Document text'), ui.newText),
          h('div', {}, h('button', { type: 'button', onclick: () => this.#addPasted() }, 'Add document')))));
  }

  // ---- the article attribute ---------------------------------------------------------------

  #useArticleAttribute() {
    const value = this.getAttribute('article');
    if (value == null || value === '') return;
    let text = value;
    // A value that selects an element means "check that element's text".
    if (/^[#.[]/.test(value.trim())) {
      try {
        const element = this.ownerDocument.querySelector(value);
        if (element) text = element.innerText || element.textContent;
      } catch {
        // Not a valid selector: it is the text itself.
      }
    }
    this.check(text).catch(() => {});
  }

  // ---- progress and messages -----------------------------------------------------------------

  #showProgress(article) {
    const ui = this.#ui;
    const size = formatBytes(utf8Length(article));
    const started = performance.now();
    const tick = () => this.#setStatus(`Checking ${size}… ${Math.round((performance.now() - started) / 1000)} s`);
    clearInterval(this.#progressTimer);
    this.#progressTimer = setInterval(tick, 1000);
    tick();
    ui.progress.hidden = false;
    ui.cancelButton.hidden = false;
    this.setAttribute('aria-busy', 'true');
  }

  #progressTimer = 0;

  #hideProgress() {
    clearInterval(this.#progressTimer);
    this.#ui.progress.hidden = true;
    this.#ui.cancelButton.hidden = true;
    this.removeAttribute('aria-busy');
  }

  #setStatus(text) {
    this.#ui.status.textContent = text;
  }

  #showError(text) {
    this.#ui.error.textContent = text;
  }

  // ---- results -------------------------------------------------------------------------------

  #render(article, report) {
    const ui = this.#ui;
    this.#report = report;
    this.#filter = null;
    this.#closePanel({ restoreFocus: false });
    const toIndex = byteToIndex(article);
    const fragment = document.createDocumentFragment();
    const claims = [...report.claims].sort((a, b) => a.start - b.start);
    this.#claimElements = [];
    let position = 0;
    for (const claim of claims) {
      const start = toIndex(claim.start);
      const end = toIndex(claim.end);
      if (start < position || end <= start) continue; // overlapping claims: the first wins
      if (start > position) fragment.append(article.slice(position, start));
      const verdict = VERDICTS[claim.verdict];
      const element = h('span', {
        class: 'claim', role: 'button', tabindex: '-1', 'aria-expanded': 'false', 'aria-controls': 'evidence',
        'data-verdict': claim.verdict,
        'data-fact-verdicts': [...new Set(claim.facts.map((fact) => fact.verdict))].join(' '),
      },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, verdict.icon),
      h('span', { class: 'visually-hidden' }, `${verdict.label}: `),
      article.slice(start, end));
      element.claim = claim;
      fragment.append(element);
      this.#claimElements.push(element);
      position = end;
    }
    fragment.append(article.slice(position));
    ui.articleView.replaceChildren(fragment);
    if (this.#claimElements.length) this.#claimElements[0].tabIndex = 0;

    ui.counts.textContent = report.claims.length
      ? `${countsLine(report)} (counted by fact; a claim can hold several facts).`
      : 'No checkable claims were found: the text has no numbers, dates, names or quotations to compare.';
    ui.summary.replaceChildren(
      h('button', { type: 'button', 'aria-pressed': 'true', 'data-filter': '', onclick: () => this.#setFilter(null) }, 'All claims'),
      ...Object.entries(VERDICTS).map(([key, verdict]) => h('button', {
        type: 'button', 'aria-pressed': 'false', 'data-filter': key, 'data-verdict': key,
        title: verdict.meaning, onclick: () => this.#setFilter(this.#filter === key ? null : key),
      }, h('span', { class: 'icon', 'aria-hidden': 'true' }, verdict.icon), verdict.label, h('span', { class: 'count' }, String(report.summary[key])), h('span', { class: 'visually-hidden' }, ' facts'))));
    ui.notes.replaceChildren(
      ...report.warnings.map((warning) => h('li', {}, warning)),
      ...report.skipped.map((skip) => h('li', {}, `Corpus file ${skip.file} was not used: ${skip.reason}`)));
    ui.exportStatus.textContent = '';
    ui.copyFallback.hidden = true;
    ui.results.hidden = false;
    this.#setStatus(`Checked: ${countsLine(report)}.`);
  }

  #setFilter(verdict) {
    this.#filter = verdict;
    for (const button of this.#ui.summary.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String((button.dataset.filter || null) === verdict));
    }
    let firstShown = null;
    for (const element of this.#claimElements) {
      const shown = !verdict || element.dataset.factVerdicts.split(' ').includes(verdict);
      element.toggleAttribute('data-filtered-out', !shown);
      // A claim the filter hides is plain text: out of the tab order and not a button.
      if (shown) {
        element.setAttribute('role', 'button');
        element.setAttribute('aria-expanded', String(element === this.#openClaim));
        element.setAttribute('aria-controls', 'evidence');
        firstShown ??= element;
      } else {
        for (const name of ['role', 'aria-expanded', 'aria-controls']) element.removeAttribute(name);
      }
      element.tabIndex = -1;
    }
    if (firstShown) firstShown.tabIndex = 0;
    if (this.#openClaim?.hasAttribute('data-filtered-out')) this.#closePanel({ restoreFocus: false });
    this.#openClaim?.setAttribute('aria-expanded', 'true');
    const count = this.#claimElements.filter((e) => !e.hasAttribute('data-filtered-out')).length;
    this.#setStatus(verdict ? `Showing ${count} claims with a ${VERDICTS[verdict].label.toLowerCase()} fact.` : `Showing all ${count} claims.`);
  }

  #visibleClaims() {
    return this.#claimElements.filter((element) => !element.hasAttribute('data-filtered-out'));
  }

  #focusClaim(element) {
    for (const other of this.#claimElements) other.tabIndex = -1;
    element.tabIndex = 0;
    element.focus();
  }

  #onArticleClick(event) {
    const element = event.target.closest?.('.claim');
    if (element && !element.hasAttribute('data-filtered-out')) {
      this.#focusClaim(element);
      this.#openPanel(element);
    }
  }

  #onArticleKey(event) {
    const element = event.target.closest?.('.claim');
    if (!element || element.hasAttribute('data-filtered-out')) return;
    const claims = this.#visibleClaims();
    const index = claims.indexOf(element);
    const targets = {
      ArrowRight: claims[index + 1], ArrowDown: claims[index + 1],
      ArrowLeft: claims[index - 1], ArrowUp: claims[index - 1],
      Home: claims[0], End: claims[claims.length - 1],
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#openPanel(element);
    } else if (event.key in targets) {
      event.preventDefault();
      if (targets[event.key]) this.#focusClaim(targets[event.key]);
    }
  }

  #openPanel(element) {
    const ui = this.#ui;
    this.#openClaim?.setAttribute('aria-expanded', 'false');
    this.#openClaim = element;
    element.setAttribute('aria-expanded', 'true');
    const claim = element.claim;
    const verdict = VERDICTS[claim.verdict];
    ui.panel.replaceChildren(
      h('div', { class: 'panel-head' },
        h('h3', { id: 'evidence-title' }, 'Evidence'),
        h('button', { type: 'button', 'aria-label': 'Close the evidence', onclick: () => this.#closePanel() }, '✕')),
      h('p', { 'data-verdict': claim.verdict },
        h('span', { class: 'verdict-badge' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, verdict.icon), ` ${verdict.label}`),
        ` — ${verdict.meaning}.`),
      h('blockquote', { class: 'claim-quote' }, claim.text),
      // The facts that most need a look come first.
      ...[...claim.facts].sort((x, y) => URGENCY.indexOf(x.verdict) - URGENCY.indexOf(y.verdict)).map((fact) => this.#factView(fact)));
    ui.panel.hidden = false;
    ui.layout.classList.remove('no-panel');
    ui.panel.focus({ preventScroll: true });
    ui.panel.scrollTop = 0;
    if (!ui.panel.checkVisibility?.() || ui.panel.getBoundingClientRect().top > innerHeight) ui.panel.scrollIntoView({ block: 'nearest' });
  }

  #factView(fact) {
    const verdict = VERDICTS[fact.verdict];
    const sources = fact.evidence.map((evidence) => h('li', { class: 'evidence-item', 'data-relation': evidence.relation },
      h('div', {}, h('span', { class: 'source-name' }, evidence.source), ' ',
        h('span', { class: 'relation' }, evidence.relation === 'contradicts' ? '✗ says otherwise' : '✓ says the same')),
      h('blockquote', {}, ...markedSentence(evidence)),
      h('dl', { class: 'values' },
        h('div', {}, h('dt', {}, 'Article'), h('dd', {}, evidence.claim_value || fact.text)),
        h('div', {}, h('dt', {}, evidence.source), h('dd', {}, evidence.source_value || '—')))));
    return h('section', { class: 'fact', 'data-verdict': fact.verdict, 'aria-label': `Fact: ${fact.text}` },
      h('h4', {},
        h('span', { class: 'verdict-badge' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, verdict.icon), ` ${verdict.label}`),
        h('span', {}, `“${fact.text}”`),
        h('span', { class: 'kind' }, fact.kind.replace('_', ' '))),
      h('p', { class: 'reason' }, fact.reason),
      fact.verdict === 'disputed' ? this.#valuesBySource(fact) : null,
      fact.evidence.length
        ? h('ul', { class: 'evidence-list', 'aria-label': 'Source sentences' }, sources.slice(0, EVIDENCE_SHOWN))
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

  /** For a disputed fact: what each source says, in one list. */
  #valuesBySource(fact) {
    const bySource = new Map();
    for (const evidence of fact.evidence) {
      if (!bySource.has(evidence.source)) bySource.set(evidence.source, evidence.source_value || evidence.claim_value);
    }
    return h('ul', { class: 'by-source', 'aria-label': 'What each source says' },
      [...bySource].map(([source, value]) => h('li', {}, h('strong', {}, source), `: ${value}`)));
  }

  #closePanel({ restoreFocus = true } = {}) {
    const ui = this.#ui;
    const claim = this.#openClaim;
    this.#openClaim = null;
    ui.panel.hidden = true;
    ui.panel.replaceChildren();
    ui.layout.classList.add('no-panel');
    if (claim) {
      if (claim.hasAttribute('role')) claim.setAttribute('aria-expanded', 'false');
      if (restoreFocus) this.#focusClaim(claim);
    }
  }

  // ---- export --------------------------------------------------------------------------------

  #download(filename, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = h('a', { href: url, download: filename, hidden: true });
    this.shadowRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.#ui.exportStatus.textContent = `Saved ${filename}.`;
  }

  #downloadReport() {
    this.#download('crosscheck-report.json', 'application/json', `${JSON.stringify(this.#report, null, 2)}\n`);
  }

  #downloadClaimReview() {
    const jsonLd = claimReviewJsonLd(this.#report, { url: this.ownerDocument.location?.href ?? '' });
    this.#download('crosscheck-claimreview.jsonld', 'application/ld+json', `${JSON.stringify(jsonLd, null, 2)}\n`);
  }

  async #copySummary() {
    const text = plainTextSummary(this.#report);
    const ui = this.#ui;
    try {
      await navigator.clipboard.writeText(text);
      ui.copyFallback.hidden = true;
      ui.exportStatus.textContent = 'Summary copied to the clipboard.';
    } catch {
      // No clipboard permission: show the text, selected, for the reader to copy.
      ui.copyFallback.value = text;
      ui.copyFallback.hidden = false;
      ui.copyFallback.select();
      ui.exportStatus.textContent = 'The browser did not allow copying; the summary is selected below: press Ctrl+C (⌘C).';
    }
  }

  // ---- the corpus ----------------------------------------------------------------------------

  async #baseDocuments() {
    const url = this.getAttribute('corpus');
    if (!url) return { documents: null, problems: [] };
    const absolute = new URL(url, this.ownerDocument.baseURI).href;
    return fetchManifestCorpus(absolute, (buffer) => this.#engine.decode(buffer));
  }

  async #loadCorpus() {
    const url = this.getAttribute('corpus');
    this.#corpusKey = url ? new URL(url, this.ownerDocument.baseURI).href : 'default';
    this.#ui.corpusError.textContent = '';
    let saved = null;
    this.#revision = null;
    try {
      ({ documents: saved, revision: this.#revision } = await loadCorpus(this.#corpusKey));
    } catch (error) {
      this.#ui.corpusStatus.textContent = `Saved corpus changes could not be read (${error.message}).`;
    }
    try {
      this.#edited = Boolean(saved);
      if (saved) {
        await this.#useDocuments(saved);
        return;
      }
      const { documents, problems } = await this.#baseDocuments();
      if (problems.length) this.#ui.corpusError.textContent = `Some corpus files were not used: ${problems.join('; ')}.`;
      await this.#useDocuments(documents);
    } catch (error) {
      this.#ui.corpusError.textContent = `The corpus could not be loaded (${error.message}); using the built-in corpus instead.`;
      await this.#useDocuments(null).catch((fatal) => this.#showError(`The checking engine could not start: ${fatal.message}.`));
    }
  }

  async #useDocuments(documents) {
    const info = await this.#engine.useCorpus(documents);
    this.#documents = documents;
    this.#showCorpus(info.documents);
    return info;
  }

  #showCorpus(documents) {
    const ui = this.#ui;
    this.#corpusInfo = documents;
    const total = documents.reduce((sum, d) => sum + d.bytes, 0);
    ui.corpusTitle.textContent = `Reference corpus: ${documents.length} document${documents.length === 1 ? '' : 's'}, ${formatBytes(total)}${this.#edited ? ' (edited)' : ''}`;
    // A rename form stays open (and focused) when another tab's edit redraws the list.
    const renaming = this.#renaming;
    const focused = renaming?.row.contains(this.shadowRoot.activeElement) ? this.shadowRoot.activeElement : null;
    ui.documentList.replaceChildren(...documents.map((doc) => (doc.id === renaming?.id ? renaming.row : this.#documentRow(doc))));
    if (renaming && !renaming.row.isConnected) this.#renaming = null;
    focused?.focus();
  }

  #documentRow(doc) {
    const row = h('li', { class: 'document', 'data-id': doc.id },
      h('div', {},
        h('div', { class: 'source' }, h('strong', {}, doc.source)),
        h('div', { class: 'meta' }, [doc.language || 'language unknown', formatBytes(doc.bytes), `id ${doc.id}`].join(' · '))),
      h('div', { class: 'doc-actions', role: 'group', 'aria-label': `Actions for ${doc.source}` },
        h('button', { type: 'button', 'aria-label': `Rename ${doc.source}`, onclick: () => this.#startRename(row, doc) }, 'Rename'),
        h('button', { type: 'button', 'aria-label': `Replace ${doc.source} with a file`, onclick: () => this.#chooseFiles({ replace: doc.id }) }, 'Replace…'),
        h('button', { type: 'button', 'aria-label': `Remove ${doc.source}`, onclick: () => this.#editCorpus(
          (docs) => docs.filter((d) => d.id !== doc.id), `Removed ${doc.source}.`) }, 'Remove')));
    return row;
  }

  #startRename(row, doc) {
    const input = h('input', { value: doc.source, 'aria-label': `New source name for ${doc.source}`, autocomplete: 'off' });
    const save = () => {
      const name = input.value.trim();
      if (!name) {
        this.#ui.corpusError.textContent = 'A source needs a name.';
        return;
      }
      this.#renaming = null;
      this.#editCorpus((docs) => {
        documentIn(docs, doc.id, doc.source);
        return docs.map((d) => (d.id === doc.id ? { ...d, source: name } : d));
      }, `Renamed ${doc.source} to ${name}.`, { focusId: doc.id });
    };
    const form = h('div', { class: 'rename', role: 'group', 'aria-label': `Rename ${doc.source}` }, input,
      h('button', { type: 'button', onclick: save }, 'Save name'),
      h('button', { type: 'button', onclick: () => this.#cancelRename(doc.id) }, 'Cancel'));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') save();
      if (event.key === 'Escape') this.#cancelRename(doc.id);
    });
    row.replaceChildren(form);
    this.#renaming = { id: doc.id, row };
    input.focus();
    input.select();
  }

  /**
   * Applies `edit` to the latest saved corpus (which may hold edits made in another tab that
   * this one has not shown yet), makes the engine use the result, then saves it, unless
   * another tab saved in the meantime: then it starts again from that tab's corpus, so no
   * tab's edit is lost. `edit(documents, prepared)` gets copies of the documents with their
   * text, and what `prepare()` (the slow part, such as reading files, done once) resolved to.
   * If any step fails, the engine and the saved copy keep the previous corpus.
   */
  #editCorpus(edit, done, { focusId = null, prepare = null } = {}) {
    const ui = this.#ui;
    const focused = this.shadowRoot.activeElement;
    ui.corpusError.textContent = '';
    ui.corpusStatus.textContent = 'Updating the corpus…';
    this.#corpusQueue = this.#corpusQueue.then(async () => {
      const previous = this.#documents;
      let engineChanged = false;
      // Whether the saved corpus had changed since this tab showed it.
      let behind = false;
      try {
        await this.#corpusReady;
        const prepared = prepare ? await prepare() : undefined;
        for (let attempt = 1; ; attempt++) {
          const saved = await this.#savedOrUnedited();
          behind ||= saved.revision !== this.#revision;
          const next = edit(saved.documents.map((d) => ({ ...d })), prepared);
          if (!next.length) throw new Error('the corpus needs at least one document, so the last one stays');
          engineChanged = true;
          const info = await this.#engine.useCorpus(next);
          if (info.skipped.length) throw new Error(info.skipped.map((s) => `${s.file}: ${s.reason}`).join('; '));
          let revision;
          try {
            revision = await saveCorpus(this.#corpusKey, saved.revision, next);
          } catch (error) {
            throw new Error(`the browser could not save it (${error.message})`);
          }
          if (revision === null) {
            // Another tab saved first: apply the edit again, to its corpus.
            if (attempt < 5) continue;
            throw new Error('the corpus kept changing in another tab; try again');
          }
          this.#edited = true;
          this.#documents = next;
          this.#revision = revision;
          this.#showCorpus(info.documents);
          ui.corpusStatus.textContent = `${done}${this.#report ? ' Press Check to check the article against the changed corpus.' : ''}`;
          break;
        }
      } catch (error) {
        if (engineChanged) await this.#engine.useCorpus(previous).catch(() => {});
        ui.corpusStatus.textContent = '';
        ui.corpusError.textContent = `${sentence(error.message)} The corpus is unchanged.`;
        this.#showCorpus(this.#corpusInfo);
        // This tab showed an older corpus than the saved one: show the saved one.
        if (behind) this.#reloadSaved();
      }
      // The list was redrawn: keep the keyboard user's place.
      if (focused && !focused.isConnected) this.#focusDocument(focusId);
    });
    return this.#corpusQueue;
  }

  /** The saved corpus, {documents, revision}; when there is none, the unedited documents. */
  async #savedOrUnedited() {
    let saved;
    try {
      saved = await loadCorpus(this.#corpusKey);
    } catch (error) {
      throw new Error(`the browser could not read the saved corpus (${error.message})`);
    }
    if (saved.documents) return saved;
    // Unedited, the documents in use are the unedited ones, unless another tab has just reset.
    const documents = this.#edited ? (await this.#baseDocuments()).documents : this.#documents;
    return { documents: documents ?? (await this.#engine.defaultDocuments()), revision: null };
  }

  /** Another tab changed the saved corpus: use the saved one, unless it is the one in use. */
  #reloadSaved() {
    const ui = this.#ui;
    this.#corpusQueue = this.#corpusQueue.then(async () => {
      await this.#corpusReady;
      const focused = this.shadowRoot.activeElement;
      const focusId = focused?.closest('li.document')?.dataset.id ?? null;
      const wasEdited = this.#edited;
      try {
        const saved = await loadCorpus(this.#corpusKey);
        if (saved.revision === this.#revision) return;
        const documents = saved.documents ?? (await this.#baseDocuments()).documents;
        this.#edited = Boolean(saved.documents);
        await this.#useDocuments(documents);
        this.#revision = saved.revision;
        ui.corpusStatus.textContent = `The corpus was changed in another tab.${this.#report ? ' Press Check to check the article against the changed corpus.' : ''}`;
      } catch (error) {
        this.#edited = wasEdited;
        ui.corpusError.textContent = `The corpus was changed in another tab but could not be loaded here (${error.message}). Reload the page to use it.`;
      }
      // The list was redrawn: keep the keyboard user's place.
      if (focused && !focused.isConnected) this.#focusDocument(focusId);
    });
  }

  #cancelRename(id) {
    this.#renaming = null;
    this.#showCorpus(this.#corpusInfo);
    this.#focusDocument(id);
  }

  /** Focuses the first button of a document's row, or the upload button if the row is gone. */
  #focusDocument(id) {
    const row = [...this.#ui.documentList.children].find((li) => li.dataset.id === id);
    (row?.querySelector('button') ?? this.#ui.uploadButton).focus();
  }

  #resetCorpus() {
    const ui = this.#ui;
    ui.corpusError.textContent = '';
    this.#corpusQueue = this.#corpusQueue.then(async () => {
      try {
        const { documents, problems } = await this.#baseDocuments();
        await forgetCorpus(this.#corpusKey);
        this.#edited = false;
        this.#revision = null;
        await this.#useDocuments(documents);
        ui.corpusStatus.textContent = 'The corpus is back to its default documents.';
        if (problems.length) ui.corpusError.textContent = `Some corpus files were not used: ${problems.join('; ')}.`;
      } catch (error) {
        ui.corpusError.textContent = `The corpus could not be reset (${error.message}).`;
      }
    });
    return this.#corpusQueue;
  }

  #addPasted() {
    const ui = this.#ui;
    const source = ui.newSource.value.trim();
    const text = ui.newText.value;
    if (!source || !text.trim()) {
      ui.corpusError.textContent = !source ? 'Give the new document a source name.' : 'Paste the text of the new document.';
      (!source ? ui.newSource : ui.newText).focus();
      return;
    }
    const language = ui.newLanguage.value.trim();
    this.#editCorpus((docs) => [...docs, { id: uniqueId(source, docs), source, language, text }], `Added ${source}.`)
      .then(() => {
        if (!ui.corpusError.textContent) {
          ui.newSource.value = '';
          ui.newLanguage.value = '';
          ui.newText.value = '';
        }
      });
  }

  #fileTarget = null;

  #chooseFiles({ multiple = false, replace = null }) {
    this.#fileTarget = replace;
    this.#ui.fileInput.multiple = multiple;
    this.#ui.fileInput.value = '';
    this.#ui.fileInput.click();
  }

  #onFilesChosen() {
    const files = [...this.#ui.fileInput.files];
    const replace = this.#fileTarget;
    if (!files.length) return;
    const names = files.map((f) => f.name).join(', ');
    const replaced = replace && (this.#corpusInfo.find((d) => d.id === replace)?.source ?? replace);
    this.#editCorpus((docs, texts) => {
      if (replace) {
        documentIn(docs, replace, replaced);
        return docs.map((d) => (d.id === replace ? { ...d, text: texts[0].text } : d));
      }
      for (const { file, text } of texts) {
        docs.push({ id: uniqueId(file.name, docs), source: file.name, language: '', text });
      }
      return docs;
    }, replace ? `Replaced the text of ${replaced} with ${names}.` : `Added ${names}.`, { prepare: () => this.#readFiles(files) });
  }

  /** Every file's text, or an error naming each file that cannot be used and why. */
  async #readFiles(files) {
    const problems = [];
    const texts = [];
    for (const file of files) {
      try {
        texts.push({ file, text: await this.#readFile(file) });
      } catch (error) {
        problems.push(`“${file.name}” cannot be used: ${error.message}`);
      }
    }
    if (problems.length) throw new Error(problems.join('; '));
    return texts;
  }

  async #readFile(file) {
    if (file.size > MAX_DOCUMENT_BYTES) {
      throw new Error(`too large (${formatBytes(file.size)}; the limit is ${formatBytes(MAX_DOCUMENT_BYTES)})`);
    }
    const text = await this.#engine.decode(await file.arrayBuffer());
    if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
      const reduced = htmlToText(text);
      if (!reduced) throw new Error('the HTML has no text');
      return reduced;
    }
    return text;
  }
}

/** The evidence sentence with the source's value marked. */
function markedSentence(evidence) {
  const sentence = evidence.sentence;
  let from = -1;
  let to = -1;
  if (evidence.value_end > evidence.value_start && evidence.value_start >= evidence.start && evidence.value_end <= evidence.end) {
    const toIndex = byteToIndex(sentence);
    from = toIndex(evidence.value_start - evidence.start);
    to = toIndex(evidence.value_end - evidence.start);
  } else if (evidence.source_value) {
    from = sentence.indexOf(evidence.source_value);
    to = from + evidence.source_value.length;
  }
  if (from < 0 || to <= from) return [sentence];
  return [sentence.slice(0, from), h('mark', {}, sentence.slice(from, to)), sentence.slice(to)];
}

if (!customElements.get('cross-check')) customElements.define('cross-check', CrossCheck);

export { CrossCheck };
