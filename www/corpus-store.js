// The user's edited corpus, kept in IndexedDB: one record per corpus, {documents, revision}.
//
// Every write is one transaction, so a reload mid-edit or a quota error leaves the previous
// corpus intact. Tabs of the page share the record: a save names the revision its edit was
// made on and is refused if another tab saved since (the caller applies its edit again to the
// newer corpus), so no tab overwrites an edit it has not seen. After each change the other
// tabs are told on a BroadcastChannel, and reload the saved corpus.

const DATABASE = 'crosscheck';
const STORE = 'corpora';
const CHANNEL = 'crosscheck-corpus';

function open() {
  if (!globalThis.indexedDB) return Promise.reject(new Error('this browser keeps no local storage (IndexedDB is unavailable)'));
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DATABASE, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Runs `work(store, finish)` in one transaction; resolves to the value passed to `finish`
 * once the transaction has committed. An exception thrown by `work` or by a request callback
 * wrapped in `guard` aborts the transaction and rejects with that exception.
 */
async function transact(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
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
      guard(work)(tx.objectStore(STORE), (value) => { result = value; }, guard);
    });
  } finally {
    db.close();
  }
}

/** The revision a stored record was saved as; records from before revisions count as one. */
const revisionOf = (record) => (record ? String(record.revision ?? 'unversioned') : null);

const newRevision = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function announce(key, revision) {
  if (!globalThis.BroadcastChannel) return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ key, revision });
  channel.close();
}

/**
 * The saved corpus for `key`: {documents, revision}. `documents` is null (and `revision`
 * null) when the user has not edited that corpus.
 */
export async function loadCorpus(key) {
  const record = await transact('readonly', (store, finish, guard) => {
    store.get(key).onsuccess = guard((event) => finish(event.target.result));
  });
  if (!Array.isArray(record?.documents)) return { documents: null, revision: null };
  return { documents: record.documents, revision: revisionOf(record) };
}

/**
 * Saves `documents` for `key` if the saved corpus is still at `revision` (null: not edited),
 * the one the edit was made on: resolves to the new revision, or to null when another tab
 * has saved since and nothing was written.
 */
export async function saveCorpus(key, revision, documents) {
  const saved = await transact('readwrite', (store, finish, guard) => {
    store.get(key).onsuccess = guard((event) => {
      const record = event.target.result;
      if (revisionOf(Array.isArray(record?.documents) ? record : null) !== revision) return;
      const next = newRevision();
      store.put({ documents, revision: next, savedAt: new Date().toISOString() }, key).onsuccess = () => finish(next);
    });
  });
  if (saved) announce(key, saved);
  return saved ?? null;
}

/** Drops the user's edit of `key`: the corpus is the default one again, in every tab. */
export async function forgetCorpus(key) {
  await transact('readwrite', (store) => { store.delete(key); });
  announce(key, null);
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
