// The page's side of the worker: promise-returning calls, and cancellation by restarting the
// worker (a check is one long wasm call that cannot be interrupted any other way).

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

  constructor(workerUrl) {
    this.#workerUrl = workerUrl;
    this.#start();
  }

  #start() {
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

  #post(id, op, args) {
    this.#worker.postMessage({ id, op, ...args });
  }

  #failAll(error) {
    for (const call of this.#pending.values()) call.reject(error);
    this.#pending.clear();
  }

  #call(op, args = {}) {
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
    this.#worker.terminate();
    const waiting = [...this.#pending];
    this.#pending.clear();
    this.#start();
    for (const [id, call] of waiting) {
      if (call.op === 'check') call.reject(new CancelledError());
      else {
        this.#pending.set(id, call);
        this.#post(id, call.op, call.args);
      }
    }
  }

  /** Switches to `documents` (null: the built-in corpus). Resolves to {documents, skipped}. */
  async useCorpus(documents) {
    const info = await this.#call('useCorpus', { documents });
    this.#documents = documents;
    return info;
  }

  check(text) {
    return this.#call('check', { text });
  }

  defaultDocuments() {
    return this.#call('defaultDocuments');
  }

  /** File bytes to text, or an Error whose message says why the file cannot be used. */
  decode(buffer) {
    // Copied, not transferred, so that a restarted worker can be sent it again.
    return this.#call('decode', { bytes: buffer });
  }

  terminate() {
    this.#worker.terminate();
    this.#failAll(new CancelledError());
  }
}
