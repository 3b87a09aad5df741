// The user's edited corpus, kept in IndexedDB. Each save replaces the whole record in one
// transaction, so a reload mid-edit or a quota error leaves the previous corpus intact.

const DATABASE = 'crosscheck';
const STORE = 'corpora';

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open() {
  if (!globalThis.indexedDB) return Promise.reject(new Error('this browser keeps no local storage (IndexedDB is unavailable)'));
  const req = indexedDB.open(DATABASE, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

/** Runs `work(store)` in one transaction; resolves once the transaction has committed. */
async function transact(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      let result;
      request(work(tx.objectStore(STORE))).then((value) => { result = value; }, () => {});
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('the browser refused to save'));
    });
  } finally {
    db.close();
  }
}

/** The saved documents for `key`, or null when the user has not edited that corpus. */
export async function loadCorpus(key) {
  const record = await transact('readonly', (store) => store.get(key));
  return Array.isArray(record?.documents) ? record.documents : null;
}

export function saveCorpus(key, documents) {
  return transact('readwrite', (store) => store.put({ documents, savedAt: new Date().toISOString() }, key));
}

export function forgetCorpus(key) {
  return transact('readwrite', (store) => store.delete(key));
}
