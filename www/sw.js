// Offline support: the app shell, the widget's modules and the wasm engine are cached at
// install. Requests go to the network first (so a new build is picked up at once) and fall
// back to the cache when there is no network.

const CACHE = 'crosscheck-v2';
const SHELL = [
  './',
  'index.html',
  'app.css',
  'app.js',
  'manifest.webmanifest',
  'icon.svg',
  'sample-draft.txt',
  'embed-example.html',
  'embed-example.css',
  'cross-check.js',
  'cross-check.css.js',
  'corpus-manager.js',
  'dom.js',
  'editor.js',
  'engine.js',
  'evidence.js',
  'marks.js',
  'report-format.js',
  'report-view.js',
  'store.js',
  'story.js',
  'worker.js',
  'zip.js',
  'pkg/crosscheck.js',
  'pkg/crosscheck_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  })());
});
