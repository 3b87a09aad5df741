#!/usr/bin/env bash
# Installs everything `make serve` and `make test` need on a fresh Debian machine, and does
# nothing (quickly) when it is all present. Safe to run any number of times.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { echo "setup: $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

if ! command -v cargo >/dev/null; then
  say "Rust is not installed: install it with rustup (https://rustup.rs), then run this again"
  exit 1
fi

if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Headless Chromium and its driver, for the wasm tests and the end-to-end tests.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver"
  apt_install chromium chromium-driver
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing node and npm"
  apt_install nodejs npm
fi

if ! command -v python3 >/dev/null; then
  say "installing python3"
  apt_install python3
fi

# The archive engine for the archive tests (scripts/engine.sh): Sphinx 2.2's searchd. Debian's
# package leaves its own service off (START=no in /etc/default/sphinxsearch); engine.sh runs
# nodes of its own on 127.0.0.1 only.
if ! command -v searchd >/dev/null; then
  say "installing sphinxsearch"
  apt_install sphinxsearch
fi

if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack"
  cargo install wasm-pack --locked
fi

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock, or the
# generated JavaScript and the module disagree.
[ -f Cargo.lock ] || cargo generate-lockfile
bindgen_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  say "cannot find the wasm-bindgen version in Cargo.lock"
  exit 1
fi
installed_bindgen=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$installed_bindgen" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (found: ${installed_bindgen:-none})"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --locked ||
    cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# The web tests' packages (Playwright drives the system Chromium; binaryen provides wasm-opt).
if [ -f package.json ]; then
  # npm rewrites node_modules/.package-lock.json on every install: older than the lock file
  # means the dependencies changed since.
  if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] ||
     { [ -f package-lock.json ] && [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
    say "installing npm packages"
    npm_command=install
    [ -f package-lock.json ] && npm_command=ci
    # The registry sometimes times out on a fresh machine: try three times before giving up.
    for attempt in 1 2 3; do
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm "$npm_command" --no-audit --no-fund && break
      [ "$attempt" = 3 ] && { echo "setup: npm $npm_command failed three times" >&2; exit 1; }
      say "npm $npm_command failed; trying again in $((attempt * 10)) s"
      sleep $((attempt * 10))
    done
  fi
fi
