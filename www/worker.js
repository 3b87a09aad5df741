// The checking engine, off the main thread so the page never freezes. One request at a time
// in arrival order; the page cancels a request by terminating this worker and starting another.
import init, { Checker, defaultCorpus, decodeDocument, engineInfo, parseDate, parseManifest } from './pkg/crosscheck.js';

// A module that fails to load (missing, wrong MIME type, refused by the browser) fails every
// request with one message that says so, instead of a bare WebAssembly error.
const ready = init().catch((error) => {
  throw new Error(`the checking engine could not be loaded (${error?.message ?? error})`);
});
let checker = null;

const operations = {
  async info() {
    await ready;
    return engineInfo();
  },
  // Builds the checker over `documents` ([{id, source, language, date?, text}]), or the
  // built-in corpus when `documents` is null. A corpus with no usable document throws and
  // the previous checker stays in use.
  async useCorpus({ documents }) {
    await ready;
    const next = documents ? Checker.fromDocuments(documents) : new Checker();
    checker?.free();
    checker = next;
    return { documents: checker.documents(), skipped: checker.skipped() };
  },
  // The report and its plain-text summary (made now: the summary of a later report would
  // not be the one on screen).
  async check({ text, date }) {
    await ready;
    checker ??= new Checker();
    const report = checker.check(text, date ?? undefined);
    return { report, text: checker.lastReportText() };
  },
  async defaultCorpus() {
    await ready;
    return defaultCorpus();
  },
  async decode({ bytes }) {
    await ready;
    return decodeDocument(new Uint8Array(bytes));
  },
  async parseManifest({ text }) {
    await ready;
    return parseManifest(text);
  },
  async parseDate({ text }) {
    await ready;
    return parseDate(text) ?? null;
  },
};

self.onmessage = async (event) => {
  const { id, op } = event.data;
  try {
    const value = await operations[op](event.data);
    self.postMessage({ id, ok: true, value });
  } catch (error) {
    self.postMessage({ id, ok: false, error: error?.message ?? String(error) });
  }
};
