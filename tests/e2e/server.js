// A small static server for the widget and its tests: serves www/ (and, for tests, extra
// folders mounted under a URL prefix) with the right content types, .wasm as application/wasm.
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

/** Serves `root` at `/` and each `mounts[prefix]` folder at `prefix`; resolves to {url, close}. */
export function startServer({ root = WWW, mounts = {}, port = 0 } = {}) {
  const server = http.createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
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
