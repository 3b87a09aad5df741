#!/usr/bin/env python3
"""Serves www/ for `make serve`: static files, with .wasm as application/wasm (browsers refuse to
stream-compile it otherwise) and no caching, so a rebuilt module is picked up on reload."""
import functools, http.server, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "www")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def main():
    port = int(os.environ.get("PORT") or 8080)
    host = os.environ.get("HOST") or "127.0.0.1"
    handler = functools.partial(Handler, directory=os.path.normpath(ROOT))
    with http.server.ThreadingHTTPServer((host, port), handler) as server:
        print(f"Crosscheck is at http://localhost:{port}/ (serving {os.path.normpath(ROOT)}; Ctrl-C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    sys.exit(main())
