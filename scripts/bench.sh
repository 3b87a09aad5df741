#!/usr/bin/env bash
# `make bench`: native benchmarks (criterion), the browser benchmark (headless Chromium, with
# MiniSearch as a peer), the wasm size, then docs/performance.md from the numbers.
#
#   scripts/bench.sh            everything (about 10 minutes on 2 cores)
#   SKIP_NATIVE=1 scripts/bench.sh   reuse the last criterion results in target/
#   SKIP_BROWSER=1 scripts/bench.sh  reuse target/bench-browser.json
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# Benchmarks and tests ignore `panic = "abort"`, and with the release profile's abort the
# crate is then built twice under one file name (rust-lang/cargo#6313) and fails to link.
# Unwinding costs nothing measurable here; the wasm build below keeps the shipped abort.
native_cargo() { CARGO_PROFILE_RELEASE_PANIC=unwind cargo "$@"; }

# Other work on the machine slows every number; the report says how busy it was.
mkdir -p target
cut -d' ' -f1 /proc/loadavg > target/bench-loadavg 2>/dev/null || true

step "synthetic corpus for the browser (bench/data)"
native_cargo run --quiet --release --example gen_corpus -- 10000 bench/data

if [[ -z "${SKIP_NATIVE:-}" ]]; then
  step "criterion: cargo bench --bench engine"
  native_cargo bench --bench engine
fi

step "wasm build (www/pkg)"
export PATH="$PWD/node_modules/.bin:$PATH"   # wasm-opt from npm's binaryen, never Debian's
CARGO_PROFILE_RELEASE_OPT_LEVEL=s wasm-pack build --release --target web --out-dir www/pkg --mode no-install
mkdir -p target
gzip -9 < www/pkg/crosscheck_bg.wasm | wc -c > target/bench-wasm-gzip-bytes

if [[ -z "${SKIP_BROWSER:-}" ]]; then
  step "browser benchmark (bench/run.mjs)"
  if [[ ! -d bench/node_modules/minisearch || ! -d bench/node_modules/playwright-core ]]; then
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix bench --no-audit --no-fund
  fi
  node bench/run.mjs --out target/bench-browser.json
fi

step "docs/performance.md"
node bench/report.mjs > docs/performance.md
cat docs/performance.md
