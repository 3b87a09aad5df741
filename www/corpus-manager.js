// The corpus manager: which corpus the engine checks against, and the panel where the reader
// keeps corpora by story. A corpus is one of
//   - the corpus built into the engine ("default"),
//   - the one the element's `corpus` attribute names (a corpus.json URL; key: its URL),
//   - one of the reader's own ("user:…"), made from files, a folder or a copy.
// The first two can be edited (the edit is kept, "Reset" drops it); the reader's own can be
// renamed, replaced, exported and deleted. Everything is kept in this browser (store.js) and
// shared by its tabs: an edit is applied to the latest saved corpus, and another tab's edit is
// shown without a reload.
//
// A corpus that cannot be loaded is an error (`error`, and `ready` rejects) until it loads or
// the reader picks another: checks never quietly fall back to another corpus.

import { loadCorpus, saveCorpus, forgetCorpus, createCorpus, listCorpora, watchCorpora } from './store.js';
import { h, formatBytes, sentence, download } from './dom.js';
import { zipBlob } from './zip.js';

const UPLOAD_TYPES = '.txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json';
const TEXT_FILE = /\.(txt|md|markdown|html?)$/i;
const MANIFEST = 'corpus.json';
// A stored ZIP (without zip64) holds at most this many files, corpus.json among them.
const ZIP_MAX_FILES = 65_535;

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
  const base = name.toLowerCase().replace(/^.*\//, '').replace(/\.[a-z0-9]+$/, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'document';
  let id = base;
  for (let n = 2; documents.some((d) => d.id === id); n++) id = `${base}-${n}`;
  return id;
}

/** A file's path inside the chosen folder ("story/ap.txt"), or its name. */
const pathOf = (file) => file.webkitRelativePath || file.name;
const folderOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');

/** Joins a manifest's folder and a file it names ("a/b/" + "../c.txt" → "a/c.txt"). */
function joinPath(folder, file) {
  const parts = [];
  for (const part of `${folder}${file}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

export class CorpusManager {
  #engine;
  #host; // the element: its `corpus` attribute and base URI
  #onChange;
  #ui = {};
  #key = 'default';
  #name = '';
  // The documents in use with their text, or null for the corpus built into the engine.
  #documents = null;
  #info = [];
  // Whether the documents in use are the reader's edit (saved in this browser).
  #edited = false;
  // The saved revision of the documents in use (null: no record); see store.js.
  #revision = null;
  #error = null;
  // Corpus edits, switches, and reloads after another tab's edit run one after another.
  #queue = Promise.resolve();
  #unwatch = null;
  // The document whose edit form is open: {id, row}, kept when the list is redrawn.
  #editing = null;
  #corpora = [];
  #fileAction = null;
  #defaultName = null;

  /** `onChange({name, documents, error})` is called whenever the corpus in use changes. */
  constructor({ engine, host, onChange }) {
    this.#engine = engine;
    this.#host = host;
    this.#onChange = onChange;
    this.ready = Promise.resolve();
    this.element = this.#build();
  }

  /** The corpus in use, for people: {key, name, documents (infos), edited, error}. */
  get current() {
    return { key: this.#key, name: this.#name, documents: this.#info, edited: this.#edited, error: this.#error };
  }

  /** The loading error that stops checks, or null. */
  get error() {
    return this.#error;
  }

  /** Starts: loads the corpus last used with this element's base corpus, and listens to other tabs. */
  connect() {
    // Listening before loading, so that no other tab's edit falls between the two.
    this.#unwatch = watchCorpora((key) => this.#heard(key));
    return this.reload();
  }

  disconnect() {
    this.#unwatch?.();
    this.#unwatch = null;
  }

  /** The base corpus changed (the `corpus` attribute), or the element came back: load again. */
  reload() {
    const key = this.#remembered() ?? this.#baseKey();
    return this.#use(key, { remember: false });
  }

  // ---- which corpus ---------------------------------------------------------------------------

  /** The built-in corpus this element starts from: its `corpus` URL, absolute, or "default". */
  #baseKey() {
    const url = this.#host.getAttribute('corpus');
    return url ? new URL(url, this.#host.ownerDocument.baseURI).href : 'default';
  }

  get #memoryKey() {
    return `crosscheck:corpus-in-use:${this.#baseKey()}`;
  }

  #remembered() {
    try {
      const key = localStorage.getItem(this.#memoryKey);
      return key && (key === 'default' || key === this.#baseKey() || key.startsWith('user:')) ? key : null;
    } catch {
      return null;
    }
  }

  #remember(key) {
    try {
      localStorage.setItem(this.#memoryKey, key);
    } catch {
      // No storage: the choice lasts as long as the page.
    }
  }

  /** Loads the corpus `key` and makes the engine use it; on failure, checks are refused. */
  #use(key, { remember = true, message = '' } = {}) {
    const ui = this.#ui;
    const run = this.#queue.then(async () => {
      ui.error.textContent = '';
      this.#editing = null;
      try {
        const loaded = await this.#load(key);
        const info = await this.#engine.useCorpus(loaded.documents);
        this.#key = key;
        this.#name = loaded.name;
        this.#documents = loaded.documents;
        this.#edited = loaded.edited;
        this.#revision = loaded.revision;
        this.#error = null;
        if (remember) this.#remember(key);
        this.#show(info.documents);
        ui.status.textContent = message;
        if (loaded.problems?.length) ui.error.textContent = `Some corpus files were not used: ${loaded.problems.join('; ')}.`;
      } catch (error) {
        this.#key = key;
        this.#name = this.#labelFor(key);
        this.#documents = null;
        this.#info = [];
        this.#error = `The corpus “${this.#name}” could not be loaded: ${sentence(error.message)} Checks are refused until it loads: reload the page, or pick another corpus in the corpus panel.`;
        ui.error.textContent = this.#error;
        this.#show([]);
        throw new Error(this.#error);
      } finally {
        await this.#refreshList();
      }
    });
    this.#queue = run.catch(() => {});
    this.ready = run;
    // The element hears of the change (and shows the error) once the corpus is settled.
    run.then(() => this.#changed(), () => this.#changed());
    return run;
  }

  #changed() {
    this.#onChange(this.current);
  }

  /** {documents (null: the engine's own), name, edited, revision, problems} of `key`. */
  async #load(key) {
    let saved = { documents: null, name: null, revision: null };
    try {
      saved = await loadCorpus(key);
    } catch (error) {
      if (key.startsWith('user:')) throw new Error(`the browser could not read it (${error.message})`);
      this.#ui.status.textContent = `Saved corpus changes could not be read (${error.message}).`;
    }
    if (saved.documents) {
      const base = key.startsWith('user:') ? saved.name : (await this.#baseName(key));
      return { documents: saved.documents, name: saved.name || base, edited: !key.startsWith('user:'), revision: saved.revision, problems: [] };
    }
    if (key.startsWith('user:')) throw new Error('it is no longer in this browser (it was deleted, perhaps in another tab)');
    const { documents, name, problems } = await this.#baseDocuments(key);
    return { documents, name, edited: false, revision: null, problems };
  }

  async #baseName(key) {
    if (key === 'default') return this.#defaultName ?? (this.#defaultName = (await this.#engine.defaultCorpus()).name || 'Built-in corpus');
    return this.#labelFor(key);
  }

  /** A built-in corpus's own documents: null for the engine's, or those of the manifest at `key`. */
  async #baseDocuments(key) {
    if (key === 'default') return { documents: null, name: await this.#baseName('default'), problems: [] };
    return this.#fetchManifestCorpus(key);
  }

  /** The default documents with their text (for an edit of the built-in corpus). */
  async #baseTexts(key) {
    if (key === 'default') return (await this.#engine.defaultCorpus()).documents;
    return (await this.#fetchManifestCorpus(key)).documents;
  }

  #labelFor(key) {
    if (key === 'default') return this.#defaultName ?? 'Built-in corpus';
    const entry = this.#corpora.find((c) => c.key === key);
    if (entry?.name) return entry.name;
    if (key.startsWith('user:')) return 'a corpus of yours';
    return key;
  }

  /** Fetches a corpus.json manifest and its documents (files relative to the manifest). */
  async #fetchManifestCorpus(url) {
    let response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new Error(`${url} could not be fetched (${error.message})`);
    }
    if (!response.ok) throw new Error(`${url}: the server answered ${response.status}`);
    const manifest = await this.#engine.parseManifest(await response.text())
      .catch((error) => { throw new Error(`${url}: ${error.message}`); });
    const problems = [];
    const loaded = await Promise.all(manifest.documents.map(async (entry) => {
      const file = String(entry.file ?? '');
      try {
        const fileResponse = await fetch(new URL(file, response.url));
        if (!fileResponse.ok) throw new Error(`the server answered ${fileResponse.status}`);
        const text = await this.#engine.decode(await fileResponse.arrayBuffer());
        return await this.#documentOf(entry, text, []);
      } catch (error) {
        problems.push(`${file || '(no file name)'}: ${error.message}`);
        return null;
      }
    }));
    const documents = loaded.filter(Boolean);
    if (!documents.length) throw new Error(`no document of ${url} could be used (${problems.join('; ') || 'it lists none'})`);
    return { documents, name: manifest.name || url, problems };
  }

  /** A document from a manifest entry and its text; its date checked as the engine reads days. */
  async #documentOf(entry, text, documents) {
    const file = String(entry.file ?? '');
    const id = String(entry.id || '').trim() || uniqueId(file, documents);
    let date = entry.date ? String(entry.date).trim() : '';
    if (date) {
      const day = await this.#engine.parseDate(date);
      if (!day) throw new Error(`its date “${date}” is not a day of the form YYYY-MM-DD`);
      date = day;
    }
    return { id, source: String(entry.source || id), language: String(entry.language || ''), ...(date ? { date } : {}), text };
  }

  // ---- the panel ------------------------------------------------------------------------------

  #build() {
    const ui = this.#ui;
    ui.title = h('span', {}, 'Corpus');
    ui.select = h('select', { id: 'corpus-select', onchange: () => this.#switchTo(ui.select.value) });
    ui.documentList = h('ul', { class: 'documents', 'aria-label': 'Documents in the corpus' });
    ui.error = h('div', { class: 'error', role: 'alert' });
    ui.status = h('p', { class: 'corpus-status', role: 'status', 'aria-live': 'polite' });
    ui.fileInput = h('input', { type: 'file', accept: UPLOAD_TYPES, hidden: true, onchange: () => this.#onFilesChosen() });
    ui.folderInput = h('input', { type: 'file', webkitdirectory: true, hidden: true, onchange: () => this.#onFilesChosen(ui.folderInput) });
    ui.newSource = h('input', { id: 'new-source', autocomplete: 'off' });
    ui.newLanguage = h('input', { id: 'new-language', autocomplete: 'off', placeholder: 'en' });
    ui.newDate = h('input', { id: 'new-date', type: 'date' });
    ui.newText = h('textarea', { id: 'new-text' });
    ui.newName = h('input', { id: 'new-corpus-name', autocomplete: 'off', placeholder: 'e.g. Harbour ferry, May 2024' });
    ui.corpusActions = h('div', { class: 'corpus-actions', role: 'group', 'aria-label': 'This corpus' });
    ui.corpusForm = h('div', { class: 'corpus-form', hidden: true });
    return h('details', { class: 'corpus' },
      h('summary', {}, ui.title),
      h('div', { class: 'corpus-body' },
        h('p', { class: 'corpus-status' }, 'Claims are compared with the documents of the corpus in use. Keep one corpus per story; they are kept in this browser only.'),
        h('div', { class: 'corpus-switch' }, h('label', { for: 'corpus-select' }, 'Corpus in use'), ui.select),
        ui.corpusActions, ui.corpusForm,
        ui.documentList, ui.error, ui.status, ui.fileInput, ui.folderInput,
        h('div', { class: 'corpus-actions' },
          ui.uploadButton = h('button', { type: 'button', onclick: () => this.#chooseFiles({ action: 'add' }) }, 'Upload documents…')),
        h('div', { class: 'add', role: 'group', 'aria-labelledby': 'add-title' },
          h('h3', { id: 'add-title' }, 'Add a document by pasting its text'),
          h('div', { class: 'row' },
            h('div', {}, h('label', { for: 'new-source' }, 'Source name'), ui.newSource),
            h('div', {}, h('label', { for: 'new-language' }, 'Language (optional)'), ui.newLanguage),
            h('div', {}, h('label', { for: 'new-date' }, 'Date (optional)'), ui.newDate)),
          h('div', {}, h('label', { for: 'new-text' }, 'Document text'), ui.newText),
          h('div', {}, h('button', { type: 'button', onclick: () => this.#addPasted() }, 'Add document'))),
        h('div', { class: 'add', role: 'group', 'aria-labelledby': 'new-corpus-title' },
          h('h3', { id: 'new-corpus-title' }, 'New corpus'),
          h('div', {}, h('label', { for: 'new-corpus-name' }, 'Name of the new corpus'), ui.newName),
          h('p', { class: 'hint' }, 'From a folder or a set of files: a corpus.json among them gives each document its id, source, language and date, as for the command line.'),
          h('div', { class: 'corpus-actions' },
            h('button', { type: 'button', onclick: () => this.#chooseFiles({ action: 'create', folder: true }) }, 'Create from a folder…'),
            h('button', { type: 'button', onclick: () => this.#chooseFiles({ action: 'create' }) }, 'Create from files…'),
            h('button', { type: 'button', onclick: () => this.#createCopy() }, 'Create as a copy of this corpus')))));
  }

  #show(documents) {
    const ui = this.#ui;
    this.#info = documents;
    const total = documents.reduce((sum, d) => sum + d.bytes, 0);
    ui.title.textContent = this.#error
      ? `Corpus: “${this.#name}”, not loaded`
      : `Corpus: “${this.#name}”: ${documents.length} document${documents.length === 1 ? '' : 's'}, ${formatBytes(total)}${this.#edited ? ' (edited)' : ''}`;
    // An edit form stays open (and focused) when another tab's edit redraws the list.
    const editing = this.#editing;
    const root = this.element.getRootNode();
    const focused = editing?.row.contains(root.activeElement) ? root.activeElement : null;
    ui.documentList.replaceChildren(...documents.map((doc) => (doc.id === editing?.id ? editing.row : this.#documentRow(doc))));
    if (editing && !editing.row.isConnected) this.#editing = null;
    focused?.focus();
    this.#showCorpusActions();
  }

  #showCorpusActions() {
    const own = this.#key.startsWith('user:');
    const busy = Boolean(this.#error);
    this.#ui.corpusActions.replaceChildren(...[
      own ? h('button', { type: 'button', onclick: () => this.#startRenameCorpus() }, 'Rename corpus…') : null,
      h('button', { type: 'button', disabled: busy, onclick: () => this.#export() }, 'Export corpus (.zip)'),
      h('button', { type: 'button', disabled: busy, onclick: () => this.#chooseFiles({ action: 'replace', folder: true }) }, 'Replace corpus with a folder…'),
      h('button', { type: 'button', disabled: busy, onclick: () => this.#chooseFiles({ action: 'replace' }) }, 'Replace corpus with files…'),
      own
        ? h('button', { type: 'button', onclick: () => this.#confirmDelete() }, 'Delete corpus…')
        : h('button', { type: 'button', disabled: !this.#edited, onclick: () => this.#resetCorpus() }, 'Reset to its default documents'),
    ].filter(Boolean));
  }

  async #refreshList() {
    try {
      this.#corpora = await listCorpora();
    } catch {
      this.#corpora = [];
    }
    const base = this.#baseKey();
    const options = [];
    const builtIn = (key, label) => {
      const edited = this.#corpora.some((c) => c.key === key);
      options.push({ key, label: `${label}${edited ? ' (edited)' : ''}` });
    };
    if (base !== 'default') builtIn(base, `${this.#corpora.find((c) => c.key === base)?.name || (this.#key === base && this.#name) || base} (from the page)`);
    builtIn('default', `${this.#defaultName ?? 'Built-in corpus'} (built in)`);
    for (const corpus of this.#corpora.filter((c) => c.key.startsWith('user:'))) {
      options.push({ key: corpus.key, label: `${corpus.name} (${corpus.count} document${corpus.count === 1 ? '' : 's'})` });
    }
    if (!options.some((o) => o.key === this.#key)) options.push({ key: this.#key, label: `${this.#name} (not available)` });
    this.#ui.select.replaceChildren(...options.map((o) => h('option', { value: o.key, selected: o.key === this.#key }, o.label)));
    this.#ui.select.value = this.#key;
  }

  #switchTo(key) {
    if (key === this.#key && !this.#error) return;
    const label = this.#ui.select.selectedOptions[0]?.textContent ?? key;
    this.#use(key, { message: `Now checking against “${label.replace(/ \(.*\)$/, '')}”.` }).catch(() => {});
  }

  #documentRow(doc) {
    const meta = [doc.language || 'language unknown', doc.date ? `written ${doc.date}` : 'date unknown', formatBytes(doc.bytes), `id ${doc.id}`];
    const row = h('li', { class: 'document', 'data-id': doc.id },
      h('div', {},
        h('div', { class: 'source' }, h('strong', {}, doc.source)),
        h('div', { class: 'meta' }, meta.join(' · '))),
      h('div', { class: 'doc-actions', role: 'group', 'aria-label': `Actions for ${doc.source}` },
        h('button', { type: 'button', 'aria-label': `Edit ${doc.source}`, onclick: () => this.#startEdit(row, doc) }, 'Edit'),
        h('button', { type: 'button', 'aria-label': `Replace ${doc.source} with a file`, onclick: () => this.#chooseFiles({ action: 'replace-one', id: doc.id }) }, 'Replace…'),
        h('button', { type: 'button', 'aria-label': `Remove ${doc.source}`, onclick: () => this.#editCorpus(
          (docs) => docs.filter((d) => d.id !== doc.id), `Removed ${doc.source}.`) }, 'Remove')));
    return row;
  }

  /** The form that edits a document's source, date and language. */
  #startEdit(row, doc) {
    const source = h('input', { value: doc.source, 'aria-label': `Source of ${doc.source}`, autocomplete: 'off' });
    const date = h('input', { type: 'date', value: doc.date ?? '', 'aria-label': `Date of ${doc.source}` });
    const language = h('input', { value: doc.language ?? '', 'aria-label': `Language of ${doc.source}`, autocomplete: 'off', placeholder: 'en' });
    const save = async () => {
      const name = source.value.trim();
      if (!name) {
        this.#ui.error.textContent = 'A source needs a name.';
        source.focus();
        return;
      }
      const day = date.value ? await this.#engine.parseDate(date.value) : null;
      if (date.value && !day) {
        this.#ui.error.textContent = `“${date.value}” is not a day of the form YYYY-MM-DD.`;
        date.focus();
        return;
      }
      this.#editing = null;
      const lang = language.value.trim();
      this.#editCorpus((docs) => {
        documentIn(docs, doc.id, doc.source);
        return docs.map((d) => {
          if (d.id !== doc.id) return d;
          const { date: _, ...rest } = d;
          return { ...rest, source: name, language: lang, ...(day ? { date: day } : {}) };
        });
      }, name === doc.source ? `Saved ${name}.` : `Renamed ${doc.source} to ${name}.`, { focusId: doc.id });
    };
    const onKey = (event) => {
      if (event.key === 'Enter') save();
      if (event.key === 'Escape') this.#cancelEdit(doc.id);
    };
    for (const input of [source, date, language]) input.addEventListener('keydown', onKey);
    const form = h('div', { class: 'doc-edit', role: 'group', 'aria-label': `Edit ${doc.source}` },
      h('label', {}, 'Source', source), h('label', {}, 'Date', date), h('label', {}, 'Language', language),
      h('div', { class: 'doc-actions' },
        h('button', { type: 'button', onclick: save }, 'Save'),
        h('button', { type: 'button', onclick: () => this.#cancelEdit(doc.id) }, 'Cancel')));
    row.replaceChildren(form);
    this.#editing = { id: doc.id, row };
    source.focus();
    source.select();
  }

  #cancelEdit(id) {
    this.#editing = null;
    this.#show(this.#info);
    this.#focusDocument(id);
  }

  /** Focuses the first button of a document's row, or the upload button if the row is gone. */
  #focusDocument(id) {
    const row = [...this.#ui.documentList.children].find((li) => li.dataset.id === id);
    (row?.querySelector('button') ?? this.#ui.uploadButton).focus();
  }

  // ---- editing the corpus in use --------------------------------------------------------------

  /**
   * Applies `edit` to the latest saved corpus (which may hold edits made in another tab that
   * this one has not shown yet), makes the engine use the result, then saves it, unless
   * another tab saved in the meantime: then it starts again from that tab's corpus, so no
   * tab's edit is lost. `edit(documents, prepared)` gets copies of the documents with their
   * text, and what `prepare()` (the slow part, such as reading files, done once) resolved to.
   * If any step fails, the engine and the saved copy keep the previous corpus.
   */
  #editCorpus(edit, done, { focusId = null, prepare = null, name = null } = {}) {
    const ui = this.#ui;
    const root = this.element.getRootNode();
    const focused = root.activeElement;
    // The list is redrawn: keep the keyboard user's place, before the status says it is done.
    const keepPlace = () => { if (focused && !focused.isConnected) this.#focusDocument(focusId); };
    ui.error.textContent = '';
    ui.status.textContent = 'Updating the corpus…';
    const run = this.#queue.then(async () => {
      const previous = this.#documents;
      const key = this.#key;
      let engineChanged = false;
      // Whether the saved corpus had changed since this tab showed it.
      let behind = false;
      try {
        if (this.#error) throw new Error('the corpus in use is not loaded');
        const prepared = prepare ? await prepare() : undefined;
        for (let attempt = 1; ; attempt++) {
          const saved = await this.#savedOrUnedited(key);
          behind ||= saved.revision !== this.#revision;
          const next = edit(saved.documents.map((d) => ({ ...d })), prepared);
          if (!next.length) throw new Error('the corpus needs at least one document, so the last one stays');
          engineChanged = true;
          const info = await this.#engine.useCorpus(next);
          if (info.skipped.length) throw new Error(info.skipped.map((s) => `${s.file}: ${s.reason}`).join('; '));
          let revision;
          const newName = name ?? saved.name ?? this.#name;
          try {
            revision = await saveCorpus(key, saved.revision, next, newName);
          } catch (error) {
            throw new Error(`the browser could not save it (${error.message})`);
          }
          if (revision === null) {
            // Another tab saved first: apply the edit again, to its corpus.
            if (attempt < 5) continue;
            throw new Error('the corpus kept changing in another tab; try again');
          }
          this.#edited = !key.startsWith('user:');
          this.#documents = next;
          this.#revision = revision;
          this.#name = newName;
          this.#show(info.documents);
          keepPlace();
          ui.status.textContent = done;
          break;
        }
      } catch (error) {
        if (engineChanged) await this.#engine.useCorpus(previous).catch(() => {});
        ui.status.textContent = '';
        ui.error.textContent = `${sentence(error.message)} The corpus is unchanged.`;
        this.#show(this.#info);
        keepPlace();
        // This tab showed an older corpus than the saved one: show the saved one.
        if (behind) this.#heard(key);
        throw error;
      } finally {
        await this.#refreshList();
      }
    });
    this.#queue = run.catch(() => {});
    run.then(() => this.#changed(), () => {});
    return run.catch(() => {});
  }

  /** The saved corpus `key`, {documents, name, revision}; with no record, its own documents. */
  async #savedOrUnedited(key) {
    let saved;
    try {
      saved = await loadCorpus(key);
    } catch (error) {
      throw new Error(`the browser could not read the saved corpus (${error.message})`);
    }
    if (saved.documents) return saved;
    if (key.startsWith('user:')) throw new Error('the corpus was deleted in another tab');
    return { documents: await this.#baseTexts(key), name: this.#name, revision: null };
  }

  /** Another tab changed a saved corpus: show it, if it is the one in use; list it anyway. */
  #heard(key) {
    if (key !== this.#key) {
      this.#queue = this.#queue.then(() => this.#refreshList());
      return;
    }
    const ui = this.#ui;
    this.#queue = this.#queue.then(async () => {
      const root = this.element.getRootNode();
      const focused = root.activeElement;
      const focusId = focused?.closest?.('li.document')?.dataset.id ?? null;
      try {
        const saved = await loadCorpus(this.#key);
        if (saved.revision === this.#revision && saved.documents) return;
        if (!saved.documents && this.#key.startsWith('user:')) {
          // Deleted in another tab: back to the built-in corpus, and say so.
          const gone = this.#name;
          await this.#forceUse(this.#baseKey(), `“${gone}” was deleted in another tab; now checking against the corpus this page starts with.`);
          return;
        }
        if (saved.revision === this.#revision) return;
        const documents = saved.documents ?? (await this.#baseDocuments(this.#key)).documents;
        const info = await this.#engine.useCorpus(documents);
        this.#edited = Boolean(saved.documents) && !this.#key.startsWith('user:');
        this.#documents = documents;
        this.#revision = saved.revision;
        if (saved.name) this.#name = saved.name;
        this.#show(info.documents);
        // The list was redrawn: keep the keyboard user's place, before the status says why.
        if (focused && !focused.isConnected) this.#focusDocument(focusId);
        ui.status.textContent = 'The corpus was changed in another tab.';
        this.#changed();
      } catch (error) {
        ui.error.textContent = `The corpus was changed in another tab but could not be loaded here (${error.message}). Reload the page to use it.`;
      } finally {
        await this.#refreshList();
      }
    });
  }

  /** Switches from inside the queue (another tab deleted the corpus in use). */
  async #forceUse(key, message) {
    const loaded = await this.#load(key);
    const info = await this.#engine.useCorpus(loaded.documents);
    this.#key = key;
    this.#name = loaded.name;
    this.#documents = loaded.documents;
    this.#edited = loaded.edited;
    this.#revision = loaded.revision;
    this.#error = null;
    this.#remember(key);
    this.#show(info.documents);
    this.#ui.status.textContent = message;
    this.#changed();
  }

  #resetCorpus() {
    const ui = this.#ui;
    ui.error.textContent = '';
    const key = this.#key;
    const run = this.#queue.then(async () => {
      try {
        const { documents, name, problems } = await this.#baseDocuments(key);
        await forgetCorpus(key);
        const info = await this.#engine.useCorpus(documents);
        this.#edited = false;
        this.#revision = null;
        this.#documents = documents;
        this.#name = name;
        this.#show(info.documents);
        ui.status.textContent = 'The corpus is back to its default documents.';
        if (problems.length) ui.error.textContent = `Some corpus files were not used: ${problems.join('; ')}.`;
        this.#changed();
      } catch (error) {
        ui.error.textContent = `The corpus could not be reset (${error.message}).`;
      } finally {
        await this.#refreshList();
      }
    });
    this.#queue = run;
    return run;
  }

  // ---- corpora ----------------------------------------------------------------------------------

  #startRenameCorpus() {
    const ui = this.#ui;
    const input = h('input', { id: 'corpus-name', value: this.#name, autocomplete: 'off' });
    const close = () => {
      ui.corpusForm.hidden = true;
      ui.corpusForm.replaceChildren();
    };
    const save = () => {
      const name = input.value.trim();
      if (!name) {
        ui.error.textContent = 'A corpus needs a name.';
        input.focus();
        return;
      }
      close();
      this.#editCorpus((docs) => docs, `Renamed the corpus to “${name}”.`, { name })
        .then(() => ui.corpusActions.querySelector('button')?.focus());
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') save();
      if (event.key === 'Escape') {
        close();
        ui.corpusActions.querySelector('button')?.focus();
      }
    });
    ui.corpusForm.replaceChildren(
      h('label', { for: 'corpus-name' }, 'New name of the corpus'), input,
      h('div', { class: 'corpus-actions' },
        h('button', { type: 'button', onclick: save }, 'Save name'),
        h('button', { type: 'button', onclick: () => { close(); ui.corpusActions.querySelector('button')?.focus(); } }, 'Cancel')));
    ui.corpusForm.hidden = false;
    input.focus();
    input.select();
  }

  #confirmDelete() {
    const ui = this.#ui;
    const name = this.#name;
    const key = this.#key;
    const close = () => {
      ui.corpusForm.hidden = true;
      ui.corpusForm.replaceChildren();
    };
    const keep = h('button', { type: 'button', onclick: () => { close(); ui.corpusActions.querySelector('button')?.focus(); } }, 'Keep it');
    ui.corpusForm.replaceChildren(
      h('p', {}, `Delete “${name}” and its ${this.#info.length} document${this.#info.length === 1 ? '' : 's'} from this browser? This cannot be undone.`),
      h('div', { class: 'corpus-actions' },
        h('button', { type: 'button', class: 'danger', onclick: async () => {
          close();
          try {
            await forgetCorpus(key);
          } catch (error) {
            ui.error.textContent = `The corpus could not be deleted (${error.message}).`;
            return;
          }
          await this.#use(this.#baseKey(), { message: `Deleted “${name}”; now checking against the corpus this page starts with.` }).catch(() => {});
          ui.select.focus();
        } }, `Delete “${name}”`),
        keep));
    ui.corpusForm.hidden = false;
    keep.focus();
  }

  /**
   * Makes a new corpus of the reader's own, from what `make()` resolves to ({name, documents}),
   * and uses it; in the queue, so no other change falls in between.
   */
  #create(make) {
    const ui = this.#ui;
    ui.error.textContent = '';
    ui.status.textContent = 'Creating the corpus…';
    const run = this.#queue.then(async () => {
      try {
        if (this.#error) throw new Error('the corpus in use is not loaded');
        const { name, documents, message } = await make();
        const info = await this.#engine.useCorpus(documents);
        try {
          if (info.skipped.length) throw new Error(info.skipped.map((s) => `${s.file}: ${s.reason}`).join('; '));
          const { key, revision } = await createCorpus(name, documents).catch((error) => {
            throw new Error(`the browser could not save it (${error.message})`);
          });
          ui.newName.value = '';
          this.#key = key;
          this.#name = name;
          this.#documents = documents;
          this.#edited = false;
          this.#revision = revision;
          this.#remember(key);
          this.#show(info.documents);
          ui.status.textContent = message;
        } catch (error) {
          await this.#engine.useCorpus(this.#documents).catch(() => {});
          throw error;
        }
        this.#changed();
      } catch (error) {
        ui.status.textContent = '';
        ui.error.textContent = `The corpus could not be created: ${sentence(error.message)} Nothing was changed.`;
      } finally {
        await this.#refreshList();
      }
    });
    this.#queue = run;
    return run;
  }

  #createCopy() {
    const name = this.#ui.newName.value.trim() || `Copy of ${this.#name}`;
    return this.#create(async () => {
      const documents = this.#documents ?? (await this.#baseTexts(this.#key));
      return { name, documents: documents.map((d) => ({ ...d })), message: `Created “${name}”, a copy of “${this.#name}”.` };
    });
  }

  // ---- files ----------------------------------------------------------------------------------

  /** Opens the file chooser for `action`: add, replace-one (document `id`), replace, create. */
  #chooseFiles({ action, id = null, folder = false }) {
    this.#fileAction = { action, id };
    const input = folder ? this.#ui.folderInput : this.#ui.fileInput;
    if (!folder) input.multiple = action !== 'replace-one';
    input.value = '';
    input.click();
  }

  #onFilesChosen(input = this.#ui.fileInput) {
    const files = [...input.files];
    const { action, id } = this.#fileAction ?? { action: 'add' };
    if (!files.length) return;
    const names = files.length > 3 ? `${files.length} files` : files.map((f) => f.name).join(', ');
    if (action === 'replace-one') {
      const replaced = this.#info.find((d) => d.id === id)?.source ?? id;
      this.#editCorpus((docs, texts) => {
        documentIn(docs, id, replaced);
        return docs.map((d) => (d.id === id ? { ...d, text: texts[0].text } : d));
      }, `Replaced the text of ${replaced} with ${names}.`, { prepare: () => this.#readFiles(files.slice(0, 1)) });
    } else if (action === 'add') {
      // A corpus.json is a manifest, never a document: say where it is read.
      const documents = files.filter((f) => f.name !== MANIFEST);
      const manifestNote = documents.length < files.length
        ? ` ${MANIFEST} was not added: it is a manifest, read by “Replace corpus with files…” and “Create from files…”.` : '';
      if (!documents.length) {
        this.#ui.error.textContent = manifestNote.trim();
        return;
      }
      const added = documents.length > 3 ? `${documents.length} files` : documents.map((f) => f.name).join(', ');
      this.#editCorpus((docs, texts) => {
        for (const { file, text } of texts) docs.push({ id: uniqueId(file.name, docs), source: file.name, language: '', text });
        return docs;
      }, `Added ${added}.${manifestNote}`, { prepare: () => this.#readFiles(documents) });
    } else if (action === 'replace') {
      this.#editCorpus((docs, imported) => imported.documents,
        `Replaced the corpus with ${names}.`, { prepare: () => this.#importFiles(files) })
        .then(() => {
          if (!this.#ui.error.textContent) this.#ui.status.textContent = `Replaced the documents of “${this.#name}” with the ${this.#documents?.length ?? 0} of ${names}.`;
        });
    } else if (action === 'create') {
      this.#create(async () => {
        const imported = await this.#importFiles(files);
        const folder = folderOf(pathOf(files[0])).split('/')[0];
        const name = this.#ui.newName.value.trim() || imported.name || folder || 'New corpus';
        const n = imported.documents.length;
        return { name, documents: imported.documents, message: `Created “${name}” with ${n} document${n === 1 ? '' : 's'}.` };
      });
    }
  }

  /**
   * A corpus from a folder or a set of files: with a corpus.json among them, its entries (ids,
   * sources, languages, dates; files relative to it), and the text files it does not list, as
   * the CLI reads a folder; the manifest itself is never a document. Fails, naming each
   * problem, if any file or entry cannot be used.
   */
  async #importFiles(files) {
    const manifests = files.filter((f) => f.name === MANIFEST).sort((a, b) => pathOf(a).split('/').length - pathOf(b).split('/').length);
    const manifestFile = manifests[0] ?? null;
    const problems = [];
    const documents = [];
    let name = '';
    const used = new Set(manifests);
    if (manifestFile) {
      const folder = folderOf(pathOf(manifestFile));
      let manifest;
      try {
        manifest = await this.#engine.parseManifest(await manifestFile.text());
      } catch (error) {
        throw new Error(`${pathOf(manifestFile)}: ${error.message}`);
      }
      name = manifest.name;
      for (const entry of manifest.documents) {
        const wanted = joinPath(folder, entry.file);
        const file = files.find((f) => pathOf(f) === wanted) ?? files.find((f) => !used.has(f) && f.name === entry.file.replace(/^.*\//, ''));
        if (!file) {
          problems.push(`${entry.file}: named in ${MANIFEST} but not among the files chosen`);
          continue;
        }
        used.add(file);
        try {
          documents.push(await this.#documentOf(entry, await this.#readFile(file), documents));
        } catch (error) {
          problems.push(`“${entry.file}” cannot be used: ${error.message}`);
        }
      }
    }
    // Text files the manifest does not mention are still part of the corpus.
    for (const file of files) {
      if (used.has(file) || (manifestFile && !TEXT_FILE.test(file.name))) continue;
      try {
        documents.push({ id: uniqueId(file.name, documents), source: file.name, language: '', text: await this.#readFile(file) });
      } catch (error) {
        problems.push(`“${file.name}” cannot be used: ${error.message}`);
      }
    }
    const ids = new Set();
    for (const doc of documents) {
      if (ids.has(doc.id)) problems.push(`two documents have the id “${doc.id}”`);
      ids.add(doc.id);
    }
    if (problems.length) throw new Error(problems.join('; '));
    if (!documents.length) throw new Error('no documents were chosen');
    return { name, documents };
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
    const { limits } = await this.#engine.info();
    if (file.size > limits.max_document_bytes) {
      throw new Error(`too large (${formatBytes(file.size)}; the limit is ${formatBytes(limits.max_document_bytes)})`);
    }
    const text = await this.#engine.decode(await file.arrayBuffer());
    if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
      const reduced = htmlToText(text);
      if (!reduced) throw new Error('the HTML has no text');
      return reduced;
    }
    return text;
  }

  #addPasted() {
    const ui = this.#ui;
    const source = ui.newSource.value.trim();
    const text = ui.newText.value;
    if (!source || !text.trim()) {
      ui.error.textContent = !source ? 'Give the new document a source name.' : 'Paste the text of the new document.';
      (!source ? ui.newSource : ui.newText).focus();
      return;
    }
    const language = ui.newLanguage.value.trim();
    const date = ui.newDate.value;
    this.#editCorpus((docs) => [...docs, { id: uniqueId(source, docs), source, language, ...(date ? { date } : {}), text }], `Added ${source}.`)
      .then(() => {
        if (!ui.error.textContent) {
          ui.newSource.value = '';
          ui.newLanguage.value = '';
          ui.newDate.value = '';
          ui.newText.value = '';
        }
      });
  }

  /** Downloads the corpus in use as a .zip folder: corpus.json and one .txt per document. */
  async #export() {
    const ui = this.#ui;
    ui.error.textContent = '';
    try {
      const documents = this.#documents ?? (await this.#baseTexts(this.#key));
      if (documents.length + 1 > ZIP_MAX_FILES) throw new Error(`a .zip holds at most ${ZIP_MAX_FILES - 1} documents`);
      const taken = new Set([MANIFEST]);
      const files = documents.map((doc) => {
        let file = `${doc.id.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'document'}.txt`;
        for (let n = 2; taken.has(file); n++) file = `${doc.id}-${n}.txt`;
        taken.add(file);
        return { doc, file };
      });
      const manifest = {
        name: this.#name,
        documents: files.map(({ doc, file }) => ({ id: doc.id, file, source: doc.source, language: doc.language ?? '', ...(doc.date ? { date: doc.date } : {}) })),
      };
      const blob = zipBlob([{ name: MANIFEST, text: `${JSON.stringify(manifest, null, 2)}\n` }, ...files.map(({ doc, file }) => ({ name: file, text: doc.text }))]);
      const filename = `${this.#name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'corpus'}.zip`;
      download(this.element.getRootNode(), filename, blob);
      ui.status.textContent = `Saved ${filename}: corpus.json and ${documents.length} document${documents.length === 1 ? '' : 's'}.`;
    } catch (error) {
      ui.error.textContent = `The corpus could not be exported: ${sentence(error.message)}`;
    }
  }
}
