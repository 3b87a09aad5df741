// A small static server for the widget and its tests: serves www/ (and, for tests, extra
// folders mounted under a URL prefix) with the right content types, .wasm as application/wasm;
// for tests, `routes` answer other requests (a stub of the newsroom's server).
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export const WWW = fileURLToPath(new URL('../../www/', import.meta.url));

/** The body of a request, as text. */
function bodyOf(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Serves `root` at `/` and each `mounts[prefix]` folder at `prefix`; `routes[pathname]`,
 * `async (request, body) => {status, type, body}`, answers that path. Resolves to {url, close}.
 */
export function startServer({ root = WWW, mounts = {}, routes = {}, port = 0 } = {}) {
  const server = http.createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      if (routes[pathname]) {
        const answer = await routes[pathname](request, await bodyOf(request));
        response.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        response.end(answer.body);
        return;
      }
      let base = root;
      let rest = pathname;
      for (const [prefix, folder] of Object.entries(mounts)) {
        if (pathname.startsWith(prefix)) {
          base = folder;
          rest = pathname.slice(prefix.length);
        }
      }
      let file = path.join(base, path.normalize(`/${rest}`));
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8000) });
  console.log(`Crosscheck at ${url}`);
}
