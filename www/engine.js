// The engine client: promise-returning calls to the wasm engine in a web worker, and the same
// `check` against a newsroom’s server (`ServerChecker`), so the element asks both alike.
//
// The worker is started by `start()` and ended by `stop()` (the element calls them when it
// joins and leaves the page). A check in flight is cancelled by restarting the worker (a check
// is one long wasm call that cannot be interrupted any other way); the new worker is given the
// corpus again.

export class CancelledError extends Error {
  constructor() {
    super('the check was cancelled');
    this.name = 'AbortError';
  }
}

export class Engine {
  #workerUrl;
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  // The documents the current worker was given; a restarted worker gets them again.
  #documents = null;
  #info = null;
  // Each report this engine made, to its plain-text summary.
  #texts = new WeakMap();

  constructor(workerUrl) {
    this.#workerUrl = workerUrl;
  }

  get running() {
    return this.#worker !== null;
  }

  /** Starts the worker (and gives it the corpus in use, if any). Does nothing if running. */
  start() {
    if (this.#worker) return;
    this.#worker = new Worker(this.#workerUrl, { type: 'module' });
    this.#worker.onmessage = ({ data }) => {
      const call = this.#pending.get(data.id);
      if (!call) return;
      this.#pending.delete(data.id);
      if (data.ok) call.resolve(data.value);
      else call.reject(new Error(data.error));
    };
    // A worker that cannot load (missing or broken script, or wasm) fires `error` and nothing
    // else: every waiting call would hang without this.
    this.#worker.onerror = (event) => {
      event.preventDefault();
      const detail = event.message ? `: ${event.message}` : '';
      this.#failAll(new Error(`the checking engine could not start${detail}`));
    };
    if (this.#documents) this.#post(0, 'useCorpus', { documents: this.#documents });
  }

  /** Ends the worker; calls waiting on it reject with CancelledError. */
  stop() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(new CancelledError());
  }

  #post(id, op, args) {
    this.#worker.postMessage({ id, op, ...args });
  }

  #failAll(error) {
    for (const call of this.#pending.values()) call.reject(error);
    this.#pending.clear();
  }

  #call(op, args = {}) {
    // Stopped (the element left the page): nothing starts the worker behind its back.
    if (!this.#worker) return Promise.reject(new CancelledError());
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { op, args, resolve, reject });
      this.#post(id, op, args);
    });
  }

  /**
   * Stops the check in flight: its call rejects with CancelledError. Other waiting calls
   * (corpus changes, file decoding) are short and are sent again to the new worker.
   */
  cancel() {
    if (!this.#worker) return;
    this.#worker.terminate();
    this.#worker = null;
    const waiting = [...this.#pending];
    this.#pending.clear();
    this.start();
    for (const [id, call] of waiting) {
      if (call.op === 'check') call.reject(new CancelledError());
      else {
        this.#pending.set(id, call);
        this.#post(id, call.op, call.args);
      }
    }
  }

  /** What the page must know of the engine: {limits, verdicts, rollups, kinds}; asked once. */
  info() {
    this.#info ??= this.#call('info').catch((error) => {
      this.#info = null;
      throw error;
    });
    return this.#info;
  }

  /** Switches to `documents` (null: the built-in corpus). Resolves to {documents, skipped}. */
  async useCorpus(documents) {
    const info = await this.#call('useCorpus', { documents });
    this.#documents = documents;
    return info;
  }

  /** Checks `text` written on `date` ("YYYY-MM-DD" or null); resolves to the report. */
  async check(text, date = null) {
    const { report, text: summary } = await this.#call('check', { text, date });
    this.#texts.set(report, summary);
    return report;
  }

  /** The built-in corpus: {name, documents: [{id, source, language, date?, text}]}. */
  defaultCorpus() {
    return this.#call('defaultCorpus');
  }

  /** File bytes to text, or an Error whose message says why the file cannot be used. */
  decode(buffer) {
    // Copied, not transferred, so that a restarted worker can be sent it again.
    return this.#call('decode', { bytes: buffer });
  }

  /** A corpus.json's text read as the CLI reads it: {name, documents: [{id, file, …}]}. */
  parseManifest(text) {
    return this.#call('parseManifest', { text });
  }

  /** "YYYY-MM-DD" as the engine reads a day, or null when it is not one. */
  parseDate(text) {
    return this.#call('parseDate', { text });
  }

  /** The plain-text summary (what `crosscheck check --format text` prints) of a report it made. */
  async reportText(report) {
    const text = this.#texts.get(report);
    if (text === undefined) throw new Error('the report was not made by this page’s engine');
    return text;
  }
}

/**
 * Checks against a newsroom’s server: POSTs {article, date} as JSON to `<base>/check`, which
 * answers with the report (200) or {error} (4xx/5xx). One check at a time: a new one, or
 * `cancel()`, aborts the request in flight. A report's plain-text summary is asked for the same
 * way, with `format: "text"`.
 */
export class ServerChecker {
  #endpoint;
  #controller = null;
  // Each report this server answered, to the {article, date} it was asked about.
  #asked = new WeakMap();

  constructor(base, ownerDocument = document) {
    const url = new URL(base, ownerDocument.baseURI);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    this.#endpoint = new URL('check', url);
  }

  /** Where the article goes: the endpoint's origin, for people. */
  get origin() {
    return this.#endpoint.origin;
  }

  get endpoint() {
    return this.#endpoint.href;
  }

  async check(text, date = null) {
    this.cancel();
    const controller = new AbortController();
    this.#controller = controller;
    let response;
    try {
      response = await fetch(this.#endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ article: text, date: date || null }),
        signal: controller.signal,
        credentials: 'same-origin',
      });
    } catch (error) {
      if (controller.signal.aborted) throw new CancelledError();
      throw new Error(`the newsroom’s server (${this.origin}) could not be reached (${error.message})`);
    } finally {
      if (this.#controller === controller && response === undefined) this.#controller = null;
    }
    let body;
    try {
      body = await response.json();
    } catch (error) {
      if (controller.signal.aborted) throw new CancelledError();
      body = null;
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
    if (!response.ok) {
      const detail = typeof body?.error === 'string' && body.error ? body.error : `it answered ${response.status}`;
      throw new Error(`the newsroom’s server could not check the article: ${detail.replace(/[.\s]+$/, '')}`);
    }
    if (!Array.isArray(body?.claims) || typeof body?.summary !== 'object') {
      throw new Error(`the newsroom’s server answered with something that is not a Crosscheck report`);
    }
    body.warnings ??= [];
    body.skipped ??= [];
    body.documents ??= [];
    this.#asked.set(body, { article: text, date: date || null });
    return body;
  }

  /** The server's plain-text summary of a report it answered (`crosscheck check --format text`). */
  async reportText(report) {
    const asked = this.#asked.get(report);
    if (!asked) throw new Error('the report was not made by this server');
    let response;
    try {
      response = await fetch(this.#endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/plain' },
        body: JSON.stringify({ ...asked, format: 'text' }),
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new Error(`the newsroom’s server (${this.origin}) could not be reached (${error.message})`);
    }
    const body = await response.text();
    if (!response.ok) {
      let detail = `it answered ${response.status}`;
      try {
        detail = JSON.parse(body).error || detail;
      } catch {
        // Not JSON: the status says it.
      }
      throw new Error(`the newsroom’s server could not write the summary: ${String(detail).replace(/[.\s]+$/, '')}`);
    }
    return body;
  }

  cancel() {
    this.#controller?.abort();
    this.#controller = null;
  }
}
