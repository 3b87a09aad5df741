// <cross-check>: checks an article's facts against a reference corpus, in the reader's browser
// (or, with `evidence`, against a newsroom's server).
//
//   <script type="module" src="cross-check.js"></script>
//   <cross-check corpus="corpus/corpus.json" article="#story" compact mark-story></cross-check>
//
// Attributes, each reflected as a property of the same name in camelCase:
//   corpus       URL of a corpus.json manifest: the corpus to start with (default: the one
//                built into the engine). If it cannot be loaded, checks are refused until it
//                loads or the reader picks another corpus: never a quiet fall-back.
//   article      the text to check, or a CSS selector of the element whose text to check
//                (read again at every check; checked at once).
//   compact      no text box (for a story on the page).
//   live         check as the writer types (about 100 ms after the last keystroke); the
//                page's switch turns it on and off.
//   written      the day the article was written, YYYY-MM-DD (default: today): its relative
//                dates ("on Wednesday", "last month") are read against it. The property
//                `written` is the day in the form now (null when the writer cleared it).
//   evidence     base URL of a newsroom's Crosscheck server: a check POSTs {article, date} to
//                <evidence>/check and shows the report it answers. The page says so before
//                the first check. Without it nothing leaves the browser.
//   mark-story   with a selector in `article`: draw the marks on the story's own words too
//                (CSS Custom Highlight API; the page's DOM is left as it is).
//   newsroom, review-url, claim-author, claim-url
//                for the ClaimReview export: who reviews, where the review is published, who
//                made the claims and where they appeared.
// JS: `await el.check(text)` resolves to the report the CLI prints as JSON; `el.cancel()`;
// `el.report` and `el.checked` (the {article, date} it was made from); events `crosscheck:result` (detail: the report) and `crosscheck:error`
// (detail: {message}).
//
// The element only wires the modules, each with one job: editor.js (the article box, its
// date, live checking), engine.js (the engine in a worker, or the server), corpus-manager.js
// (which corpus, and the corpus panel), report-view.js (the results: marks.js, evidence.js),
// store.js (what is kept in this browser), story.js (the host page's story). The worker is
// started when the element joins the page and ended when it leaves.
//
// All article and corpus text reaches the page through text nodes, never as markup.

import { Engine, ServerChecker, CancelledError } from './engine.js';
import { ArticleEditor } from './editor.js';
import { CorpusManager } from './corpus-manager.js';
import { ReportView } from './report-view.js';
import { loadReview, saveReview } from './store.js';
import { readStory, StoryMarks } from './story.js';
import { countsLine, claimReviewJsonLd } from './report-format.js';
import { h, formatBytes, utf8Length, sentence, download, today } from './dom.js';
import { styles } from './cross-check.css.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
// How long after an edit the draft is saved.
const SAVE_DELAY_MS = 300;

const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);

const BOOLEANS = ['compact', 'live', 'mark-story'];
const STRINGS = ['corpus', 'article', 'evidence', 'newsroom', 'review-url', 'claim-author', 'claim-url'];
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

class CrossCheck extends HTMLElement {
  static observedAttributes = [...BOOLEANS, ...STRINGS, 'written'];

  #engine = new Engine(WORKER_URL);
  #server = null;
  #corpus = null;
  #editor;
  #view = null;
  #viewReady = null;
  #ui = {};
  #connected = false;
  #inFlight = null;
  #liveQueued = false;
  // What the results on screen were made from: {article, date, corpus}.
  #checked = null;
  #decisions = {};
  #reviewKey = null;
  #saveTimer = 0;
  #storyObserver = null;
  #storyMarks = new StoryMarks();
  #story = null;
  #progressTimer = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    this.#editor = new ArticleEditor({
      onEdit: () => this.#edited(),
      onSettled: () => this.#liveCheck(),
      onLiveChange: (on) => { this.live = on; },
    });
    root.append(this.#build());
  }

  connectedCallback() {
    if (this.#connected) return;
    this.#connected = true;
    this.#engine.start();
    this.#editor.live = this.live;
    this.#setUpSource();
    this.#restoreDraft().finally(() => this.#useArticleAttribute());
  }

  disconnectedCallback() {
    this.#connected = false;
    this.cancel();
    this.#engine.stop();
    this.#corpus?.disconnect();
    this.#editor.stop();
    this.#watchStory(null);
    this.#storyMarks.clear();
    clearTimeout(this.#saveTimer);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'live') this.#editor.live = newValue !== null;
    if (name === 'written' && oldValue !== newValue) {
      this.#editor.written = newValue ?? today();
      if (this.#connected) this.#edited();
    }
    if (!this.#connected || oldValue === newValue) return;
    if (name === 'corpus' && this.#corpus) this.#corpus.reload().catch(() => {});
    if (name === 'evidence') this.#setUpSource();
    if (name === 'article') this.#useArticleAttribute();
  }

  /** Checks `text` (default: the text box, or the story the `article` attribute selects). Resolves to the report. */
  check(text) {
    if (text === undefined) return this.#run();
    this.#editor.text = String(text);
    return this.#run({ text: String(text) });
  }

  /** Stops the check in flight, if any; its promise rejects with an AbortError. */
  cancel() {
    const run = this.#inFlight;
    if (!run) return;
    run.cancelled = true;
    this.#liveQueued = false;
    if (this.#server) this.#server.cancel();
    else this.#engine.cancel();
  }

  /** The day the article was written, as the form has it now ("YYYY-MM-DD", or null). */
  get written() {
    return this.#editor.written;
  }

  set written(value) {
    if (value == null) this.removeAttribute('written');
    else this.setAttribute('written', String(value));
  }

  /** What the report on screen was made from: {article, date}, or null. */
  get checked() {
    return this.#checked ? { ...this.#checked } : null;
  }

  /** The last report, or null. */
  get report() {
    return this.#view?.report ?? null;
  }

  /** The editor's decisions on this article's flags: {flagKey: {status, note}}. */
  get decisions() {
    return structuredClone(this.#decisions);
  }

  // ---- building the shadow DOM ------------------------------------------------------------

  #build() {
    const ui = this.#ui;
    ui.checkButton = h('button', { type: 'button', class: 'primary', onclick: () => this.check().catch(() => {}) }, 'Check');
    ui.cancelButton = h('button', { type: 'button', hidden: true, onclick: () => this.cancel() }, 'Cancel');
    ui.progress = h('progress', { hidden: true, 'aria-label': 'Checking' });
    ui.status = h('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
    ui.error = h('div', { class: 'error', role: 'alert' });
    ui.serverNotice = h('p', { class: 'server-notice', hidden: true });
    ui.corpusName = h('span', { class: 'corpus-name' });
    ui.corpusInUse = h('p', { class: 'corpus-in-use' }, ui.corpusName);
    ui.results = h('div', { class: 'results-slot' });
    ui.corpusSlot = h('div', { class: 'corpus-slot' });
    return h('div', { class: 'cross-check' },
      this.#editor.element,
      h('div', { class: 'actions' }, ui.checkButton, ui.cancelButton, ui.progress, ui.status),
      ui.error,
      ui.serverNotice,
      ui.corpusInUse,
      ui.results,
      ui.corpusSlot);
  }

  /** The local corpus (and its panel), or the newsroom's server, as the `evidence` attribute says. */
  #setUpSource() {
    const ui = this.#ui;
    const evidence = this.getAttribute('evidence');
    this.cancel();
    if (evidence) {
      try {
        this.#server = new ServerChecker(evidence, this.ownerDocument);
      } catch {
        this.#server = null;
        this.#showError(`The evidence attribute, “${evidence}”, is not a URL: checks are refused until it is fixed.`);
        return;
      }
      this.#corpus?.disconnect();
      this.#corpus = null;
      ui.corpusSlot.replaceChildren();
      ui.serverNotice.hidden = false;
      ui.serverNotice.replaceChildren(
        h('strong', {}, 'This corpus is on the newsroom’s server. '),
        `When you check, the article (and the day it was written) is sent to ${this.#server.origin} to be compared with the newsroom’s archive. Nothing is sent before you check.`);
      ui.corpusName.textContent = `Corpus in use: the newsroom’s archive, on its server at ${this.#server.origin}.`;
      this.#sourceChanged();
      return;
    }
    this.#server = null;
    ui.serverNotice.hidden = true;
    if (!this.#corpus) {
      const manager = new CorpusManager({
        engine: this.#engine, host: this,
        // A manager let go (the element moved to a server) may still finish loading: not heard.
        onChange: (current) => { if (this.#corpus === manager) this.#corpusChanged(current); },
      });
      this.#corpus = manager;
      ui.corpusSlot.replaceChildren(this.#corpus.element);
    }
    ui.corpusName.textContent = 'Corpus in use: loading…';
    this.#corpus.connect().catch(() => {});
  }

  #corpusChanged(current) {
    const ui = this.#ui;
    if (current.error) {
      ui.corpusName.textContent = `Corpus in use: “${current.name}”, which could not be loaded.`;
      this.#showError(current.error);
    } else {
      const n = current.documents.length;
      ui.corpusName.textContent = `Corpus in use: “${current.name}”, ${n} document${n === 1 ? '' : 's'}${current.edited ? ' (edited)' : ''}.`;
      if (this.#corpusErrorShown) this.#showError('');
    }
    this.#corpusErrorShown = Boolean(current.error);
    this.#sourceChanged();
  }

  #corpusErrorShown = false;

  /** The corpus changed: results made against the old one are stale (or checked again, live). */
  #sourceChanged() {
    if (!this.#checked) return;
    if (this.live && !this.#corpus?.error) this.#liveCheck();
    else this.#view?.setStale('These results were made against another corpus: press Check to check the article against this one.');
  }

  // ---- the article ---------------------------------------------------------------------------

  /** The selector of the story element, when the `article` attribute is one. */
  #storySelector() {
    const value = this.getAttribute('article');
    if (!value || !/^[#.[]/.test(value.trim())) return null;
    try {
      this.ownerDocument.querySelector(value);
      return value;
    } catch {
      return null; // not a valid selector: it is the text itself
    }
  }

  /** The article as it is now: the story on the page, read again, or the text box. */
  #currentArticle() {
    const selector = this.#storySelector();
    if (selector) {
      const element = this.ownerDocument.querySelector(selector);
      if (!element) throw new Error(`nothing on the page matches ${selector}, so there is no story to check`);
      this.#watchStory(element);
      this.#story = readStory(element);
      this.#editor.text = this.#story.text;
      return this.#story.text;
    }
    this.#story = null;
    return this.#editor.text;
  }

  #useArticleAttribute() {
    const value = this.getAttribute('article');
    if (value == null || value === '') return;
    if (!this.#storySelector()) this.#editor.text = value;
    this.#run().catch(() => {});
  }

  /** Watches the story for edits (a CMS editing it in place): they make the results stale, or are checked live. */
  #watchStory(element) {
    if (this.#storyObserver?.target === element) return;
    if (this.#storyObserver) {
      this.#storyObserver.disconnect();
      this.#storyObserver.target.removeEventListener('click', this.#onStoryClick);
    }
    this.#storyObserver = null;
    if (!element) return;
    const observer = new MutationObserver(() => {
      if (!this.#checked || !this.#view) return;
      if (this.live) {
        this.#setStatus('Checking the changed story…');
        this.#liveCheck();
      } else {
        this.#view.setStale('The story has changed since this check: press Check to update the marks.');
      }
    });
    observer.observe(element, { subtree: true, childList: true, characterData: true });
    observer.target = element;
    this.#storyObserver = observer;
    element.addEventListener('click', this.#onStoryClick);
  }

  /** A click on a marked word of the story opens its evidence. */
  #onStoryClick = (event) => {
    const fact = this.hasAttribute('mark-story') ? this.#storyMarks.factAt(event.clientX, event.clientY) : null;
    if (fact && this.#view) this.#view.open(fact.claimIndex, fact.factIndex);
  };

  /** An edit of the article or its date: the draft is kept, and the results marked stale at once. */
  #edited() {
    this.#scheduleSave();
    this.#refreshStale();
  }

  /** Whether the results on screen still match the text box and its date (live: a check follows). */
  #refreshStale() {
    if (!this.#checked || !this.#view || this.#storySelector()) return;
    const same = this.#checked.article === this.#editor.text && this.#checked.date === this.#editor.written;
    if (same) this.#view.setStale(null);
    else if (this.live) this.#setStatus('Checking as you type…');
    else this.#view.setStale('The article has changed since this check: press Check to update the marks.');
  }

  #liveCheck() {
    if (!this.#connected) return;
    if (this.#inFlight) {
      // One check at a time: the latest text is checked when this one ends.
      this.#liveQueued = true;
      return;
    }
    let article;
    try {
      article = this.#storySelector() ? this.#currentArticle() : this.#editor.text;
    } catch {
      return;
    }
    if (!article.trim()) {
      this.#view?.setStale('The article is empty.');
      return;
    }
    if (this.#checked && this.#checked.article === article && this.#checked.date === this.#editor.written && !this.#view?.stale) return;
    this.#run({ live: true }).catch(() => {});
  }

  // ---- checking ------------------------------------------------------------------------------

  /** Checks `text`, or (when not given) the article as it is now; a live check waits its turn. */
  async #run({ live = false, text = undefined } = {}) {
    this.#showError('');
    if (!live) this.cancel();
    const run = { cancelled: false };
    this.#inFlight = run;
    let article = '';
    // A live check shows its progress (and Cancel) only once it takes long enough to notice.
    const slow = live ? setTimeout(() => this.#inFlight === run && this.#showProgress(utf8Length(article)), 400) : 0;
    if (!live) this.#showProgress(0);
    this.setAttribute('aria-busy', 'true');
    try {
      article = text ?? this.#currentArticle();
      if (text !== undefined) this.#story = null;
      const date = this.#editor.written;
      const { limits } = await this.#engine.info();
      const bytes = utf8Length(article);
      if (bytes > limits.max_article_bytes) {
        throw new Error(`the article is too large to check (${formatBytes(bytes)}; the limit is ${formatBytes(limits.max_article_bytes)})`);
      }
      if (!live) this.#showProgress(bytes);
      let report;
      if (this.#server) {
        report = await this.#server.check(article, date);
      } else {
        if (!this.#corpus) throw new Error('the evidence attribute is not a URL');
        await this.#corpus.ready.catch(() => {});
        if (this.#corpus.error) throw new Error(this.#corpus.error);
        report = await this.#engine.check(article, date);
      }
      if (run.cancelled) throw new CancelledError();
      await this.#render(article, date, report);
      this.dispatchEvent(new CustomEvent('crosscheck:result', { detail: report, bubbles: true, composed: true }));
      return report;
    } catch (error) {
      if (this.#inFlight === run) {
        if (error.name === 'AbortError') {
          this.#setStatus('Check cancelled. Your text is unchanged.');
        } else {
          this.#showError(`Could not check the article: ${sentence(error.message)}`);
          this.#setStatus('');
          this.#view?.setStale(this.#checked ? 'These results are from an earlier check.' : null);
          this.dispatchEvent(new CustomEvent('crosscheck:error', { detail: { message: error.message }, bubbles: true, composed: true }));
        }
      }
      throw error;
    } finally {
      clearTimeout(slow);
      if (this.#inFlight === run) {
        this.#inFlight = null;
        this.#hideProgress();
        if (this.#liveQueued && this.live) {
          this.#liveQueued = false;
          queueMicrotask(() => this.#liveCheck());
        }
      }
    }
  }

  /** The report view, built once the engine has said which verdicts and kinds there are. */
  #reportView() {
    this.#viewReady ??= this.#engine.info().then((info) => {
      this.#view = new ReportView({
        info,
        onDecide: (key, decision, fact) => this.#decide(key, decision, fact),
        onStatus: (text) => this.#setStatus(text),
        exports: [
          { label: 'Download report (JSON)', run: () => this.#downloadReport() },
          { label: 'Copy summary', run: () => this.#copySummary() },
          { label: 'Download ClaimReview (JSON-LD)', run: () => this.#downloadClaimReview() },
        ],
      });
      this.#ui.results.replaceChildren(this.#view.element);
      this.#info = info;
      return this.#view;
    }).catch((error) => {
      this.#viewReady = null;
      throw error;
    });
    return this.#viewReady;
  }

  #info = null;

  async #render(article, date, report) {
    const view = await this.#reportView();
    this.#checked = { article, date };
    view.render(article, report, this.#decisions);
    if (this.#story && this.hasAttribute('mark-story')) this.#storyMarks.show(this.#story, report);
    else this.#storyMarks.clear();
    const warned = report.warnings.length ? ` ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}: see the notes.` : '';
    this.#setStatus(`Checked: ${countsLine(report, this.#info)}${warned}`);
    // The text may have changed while the check ran.
    this.#refreshStale();
  }

  // ---- the editor's decisions, and the draft ---------------------------------------------------

  #articleKey() {
    const where = `${this.ownerDocument.location?.origin ?? ''}${this.ownerDocument.location?.pathname ?? ''}`;
    const selector = this.#storySelector();
    return selector ? `story:${where}#${selector}` : `draft:${where}#${this.id || 'cross-check'}`;
  }

  /** The saved draft (when the text box is empty and no article is given) and its decisions. */
  async #restoreDraft() {
    this.#reviewKey = this.#articleKey();
    let saved = null;
    try {
      saved = await loadReview(this.#reviewKey);
    } catch {
      return;
    }
    if (!saved) return;
    this.#decisions = saved.decisions ?? {};
    const given = this.getAttribute('article');
    if (!given && !this.#editor.text && saved.text) {
      this.#editor.text = saved.text;
      this.#editor.written = saved.written;
      this.#setStatus('Your draft from last time is back, with your decisions on its flags.');
      if (this.live) this.#run({ live: true }).catch(() => {});
    }
  }

  #scheduleSave() {
    clearTimeout(this.#saveTimer);
    if (this.#storySelector()) return; // the story lives on its page
    this.#saveTimer = setTimeout(() => {
      saveReview(this.#reviewKey ?? this.#articleKey(), { text: this.#editor.text, written: this.#editor.written })
        .catch((error) => this.#setStatus(`Your draft could not be kept in this browser (${error.message}).`));
    }, SAVE_DELAY_MS);
  }

  #decide(key, decision, fact) {
    if (!key) return;
    if (decision) this.#decisions[key] = decision;
    else delete this.#decisions[key];
    this.#view.updateDecisions(this.#decisions, fact);
    const fields = { decisions: this.#decisions };
    if (!this.#storySelector()) Object.assign(fields, { text: this.#editor.text, written: this.#editor.written });
    saveReview(this.#reviewKey ?? this.#articleKey(), fields)
      .catch((error) => this.#showError(`Your decision could not be kept in this browser (${error.message}).`));
    this.#setStatus(decision ? `Marked “${fact.text}” as ${decision.status}.` : `Reopened the flag on “${fact.text}”.`);
  }

  // ---- progress and messages -----------------------------------------------------------------

  #showProgress(bytes) {
    const ui = this.#ui;
    const size = formatBytes(bytes);
    const started = performance.now();
    const tick = () => this.#setStatus(`Checking ${size}… ${Math.round((performance.now() - started) / 1000)} s`);
    clearInterval(this.#progressTimer);
    this.#progressTimer = setInterval(tick, 1000);
    tick();
    ui.progress.hidden = false;
    ui.cancelButton.hidden = false;
    this.setAttribute('aria-busy', 'true');
  }

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

  // ---- export --------------------------------------------------------------------------------

  #downloadReport() {
    const name = 'crosscheck-report.json';
    download(this.shadowRoot, name, new Blob([`${JSON.stringify(this.report, null, 2)}\n`], { type: 'application/json' }));
    this.#view.exported(`Saved ${name}.`);
  }

  #downloadClaimReview() {
    const jsonLd = claimReviewJsonLd(this.report, this.#decisions, {
      newsroom: this.newsroom ?? '',
      reviewUrl: this.reviewUrl ?? '',
      author: this.claimAuthor ?? '',
      appearance: this.claimUrl ?? (this.#storySelector() ? this.ownerDocument.location?.href ?? '' : ''),
    });
    if (!jsonLd['@graph'].length) {
      this.#view.exported('No claim is reviewed yet: a ClaimReview is made for each claim whose flags you have marked checked or dismissed.');
      return;
    }
    const name = 'crosscheck-claimreview.jsonld';
    download(this.shadowRoot, name, new Blob([`${JSON.stringify(jsonLd, null, 2)}\n`], { type: 'application/ld+json' }));
    const n = jsonLd['@graph'].length;
    this.#view.exported(`Saved ${name}: ${n} ClaimReview${n === 1 ? '' : 's'}, one per claim you reviewed.`);
  }

  async #copySummary() {
    let text;
    try {
      text = await (this.#server ?? this.#engine).reportText(this.report);
    } catch (error) {
      this.#view.exported(`The summary could not be made (${error.message}).`);
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      this.#view.exported('Summary copied to the clipboard.');
    } catch {
      // No clipboard permission: show the text, selected, for the reader to copy.
      this.#view.exported('The browser did not allow copying; the summary is selected below: press Ctrl+C (⌘C).', text);
    }
  }
}

// Attributes reflected as properties: strings (null when absent) and booleans.
for (const name of STRINGS) {
  Object.defineProperty(CrossCheck.prototype, camel(name), {
    get() { return this.getAttribute(name); },
    set(value) {
      if (value == null) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });
}
for (const name of BOOLEANS) {
  Object.defineProperty(CrossCheck.prototype, camel(name), {
    get() { return this.hasAttribute(name); },
    set(value) { this.toggleAttribute(name, Boolean(value)); },
  });
}

if (!customElements.get('cross-check')) customElements.define('cross-check', CrossCheck);

export { CrossCheck };
