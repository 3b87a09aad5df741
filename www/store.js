// What the page keeps in this browser (IndexedDB): the reader's corpora, and each article's
// draft with the editor's decisions on its flags.
//
// Corpora. One record per corpus in `corpora` ({name, documents, revision}), and a light
// entry in `catalog` ({name, count, bytes, builtIn}) written in the same transaction, so that
// listing the corpora never reads their texts. The built-in corpora (the engine's own, and
// one named by the element's `corpus` URL) have a record only once the reader edits them;
// the reader's own corpora ("user:…") always have one. Every write is one transaction, so a
// reload mid-edit or a quota error leaves the previous corpus intact. Tabs share the
// records: a save names the revision its edit was made on and is refused if another tab saved
// since (the caller applies its edit again to the newer corpus), so no tab overwrites an edit
// it has not seen. After each change the other tabs are told on a BroadcastChannel.
//
// Reviews. One record per article key in `reviews`: {text, written, decisions}, where
// decisions maps a flag's key (see flagKey in report-format.js) to {status, note}.

const DATABASE = 'crosscheck';
const VERSION = 2;
const CORPORA = 'corpora';
const CATALOG = 'catalog';
const REVIEWS = 'reviews';
const CHANNEL = 'crosscheck-corpus';

function open() {
  if (!globalThis.indexedDB) return Promise.reject(new Error('this browser keeps no local storage (IndexedDB is unavailable)'));
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DATABASE, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(CORPORA)) db.createObjectStore(CORPORA);
      if (!db.objectStoreNames.contains(CATALOG)) {
        const catalog = db.createObjectStore(CATALOG);
        // Corpora saved before the catalog existed (edits of a built-in corpus) get an entry.
        const corpora = req.transaction.objectStore(CORPORA);
        corpora.openCursor().onsuccess = (event) => {
          const cursor = event.target.result;
          if (!cursor) return;
          if (Array.isArray(cursor.value?.documents)) catalog.put(entryOf(cursor.key, cursor.value), cursor.key);
          cursor.continue();
        };
      }
      if (!db.objectStoreNames.contains(REVIEWS)) db.createObjectStore(REVIEWS);
    };
    // Another tab holds the database open at the old version: it closes on `versionchange`.
    req.onblocked = () => {};
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(req.error);
  });
}

/**
 * Runs `work(stores, finish, guard)` in one transaction over `names`; resolves to the value
 * passed to `finish` once the transaction has committed. An exception thrown by `work` or by a
 * request callback wrapped in `guard` aborts the transaction and rejects with that exception.
 */
async function transact(names, mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(names, mode);
      let result;
      let failure = null;
      const guard = (callback) => (...args) => {
        try {
          callback(...args);
        } catch (error) {
          failure ??= error;
          try { tx.abort(); } catch { /* already finished */ }
        }
      };
      tx.oncomplete = () => resolve(result);
      tx.onabort = () => reject(failure ?? tx.error ?? new Error('the browser refused to save'));
      const stores = Object.fromEntries(names.map((name) => [name, tx.objectStore(name)]));
      guard(work)(stores, (value) => { result = value; }, guard);
    });
  } finally {
    db.close();
  }
}

const isUserKey = (key) => key.startsWith('user:');

function entryOf(key, record) {
  const documents = record.documents ?? [];
  return {
    name: String(record.name ?? ''),
    count: documents.length,
    bytes: documents.reduce((sum, d) => sum + new Blob([d.text ?? '']).size, 0),
    builtIn: !isUserKey(key),
  };
}

/** The revision a stored record was saved as; records from before revisions count as one. */
const revisionOf = (record) => (record ? String(record.revision ?? 'unversioned') : null);

const newRevision = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function announce(message) {
  if (!globalThis.BroadcastChannel) return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(message);
  channel.close();
}

/**
 * The saved corpus for `key`: {documents, name, revision}. `documents` (and `revision`) are
 * null when there is no record: a built-in corpus the reader has not edited, or a corpus that
 * was deleted.
 */
export async function loadCorpus(key) {
  const record = await transact([CORPORA], 'readonly', (stores, finish, guard) => {
    stores[CORPORA].get(key).onsuccess = guard((event) => finish(event.target.result));
  });
  if (!Array.isArray(record?.documents)) return { documents: null, name: null, revision: null };
  return { documents: record.documents, name: record.name ?? null, revision: revisionOf(record) };
}

/**
 * Saves `documents` (and `name`) for `key` if the saved corpus is still at `revision` (null:
 * no record), the one the edit was made on: resolves to the new revision, or to null when
 * another tab has saved since and nothing was written.
 */
export async function saveCorpus(key, revision, documents, name) {
  const saved = await transact([CORPORA, CATALOG], 'readwrite', (stores, finish, guard) => {
    stores[CORPORA].get(key).onsuccess = guard((event) => {
      const record = event.target.result;
      if (revisionOf(Array.isArray(record?.documents) ? record : null) !== revision) return;
      const next = newRevision();
      const value = { name: name ?? record?.name ?? '', documents, revision: next, savedAt: new Date().toISOString() };
      stores[CORPORA].put(value, key);
      stores[CATALOG].put(entryOf(key, value), key).onsuccess = () => finish(next);
    });
  });
  if (saved) announce({ key, revision: saved });
  return saved ?? null;
}

/** A new corpus of the reader's own; resolves to {key, revision}. */
export async function createCorpus(name, documents) {
  const key = `user:${newRevision()}`;
  const revision = await saveCorpus(key, null, documents, name);
  if (!revision) throw new Error('the browser could not create the corpus');
  return { key, revision };
}

/**
 * Drops the record of `key`: a built-in corpus is its default documents again, a corpus of
 * the reader's own is gone; in every tab.
 */
export async function forgetCorpus(key) {
  await transact([CORPORA, CATALOG], 'readwrite', (stores) => {
    stores[CORPORA].delete(key);
    stores[CATALOG].delete(key);
  });
  announce({ key, revision: null });
}

/** The corpora with a record: [{key, name, count, bytes, builtIn}], the reader's own by name. */
export async function listCorpora() {
  const rows = await transact([CATALOG], 'readonly', (stores, finish, guard) => {
    const found = [];
    stores[CATALOG].openCursor().onsuccess = guard((event) => {
      const cursor = event.target.result;
      if (!cursor) {
        finish(found);
        return;
      }
      found.push({ key: cursor.key, ...cursor.value });
      cursor.continue();
    });
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** Calls `onChange(key)` whenever a tab changes a saved corpus; returns a function to stop. */
export function watchCorpora(onChange) {
  if (!globalThis.BroadcastChannel) return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }) => {
    if (typeof data?.key === 'string') onChange(data.key);
  };
  return () => channel.close();
}

/** The saved review of an article: {text, written, decisions}, or null. */
export async function loadReview(key) {
  const record = await transact([REVIEWS], 'readonly', (stores, finish, guard) => {
    stores[REVIEWS].get(key).onsuccess = guard((event) => finish(event.target.result));
  });
  return record && typeof record === 'object' ? { text: record.text ?? null, written: record.written ?? null, decisions: record.decisions ?? {} } : null;
}

/** Saves an article's review: the fields given replace the saved ones. */
export async function saveReview(key, fields) {
  await transact([REVIEWS], 'readwrite', (stores, finish, guard) => {
    stores[REVIEWS].get(key).onsuccess = guard((event) => {
      const record = { text: null, written: null, decisions: {}, ...(event.target.result ?? {}), ...fields, savedAt: new Date().toISOString() };
      stores[REVIEWS].put(record, key);
    });
  });
}
