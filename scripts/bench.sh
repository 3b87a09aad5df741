#!/usr/bin/env bash
# `make bench`: native benchmarks (criterion), the browser benchmark (headless Chromium, with
# MiniSearch as a peer), the wasm size, then docs/performance.md from the numbers.
#
#   scripts/bench.sh            everything (about 20 minutes on 2 cores, 8 of them the archive engine)
#   SKIP_NATIVE=1 scripts/bench.sh   reuse the last criterion results in target/
#   SKIP_BROWSER=1 scripts/bench.sh  reuse target/bench-browser.json
#   SKIP_ARCHIVE=1 scripts/bench.sh  reuse target/bench-archive.md (the archive engine's section)
#   ONLY_ARCHIVE=1 scripts/bench.sh  only the archive benchmark; its section of docs/performance.md
#                                    is replaced, the rest kept
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# The archive benchmark (benches/archive.rs) against two engine nodes of its own, stopped
# afterwards whatever happens: indexing, searches, and the whole check through the engine
# beside the in-memory check. 100,000 articles take a few minutes to index, and a check
# through them seconds.
archive_bench() {
  step "archive engine: cargo bench --bench archive (two searchd nodes, scripts/engine.sh)"
  (
    export ENGINE_DIR="$PWD/target/bench-engine" ENGINE_PORT=19506 NODES=2
    trap 'scripts/engine.sh stop' EXIT
    scripts/engine.sh start >/dev/null
    CROSSCHECK_ENGINE=$(scripts/engine.sh url) native_cargo bench --bench archive
  )
}

# docs/performance.md ends with the archive engine's section, when one was measured.
put_archive_section() {
  [[ -f target/bench-archive.md ]] || return 0
  local kept
  kept=$(sed '/^## Archive engine$/,$d' docs/performance.md)
  printf '%s\n\n' "$kept" > docs/performance.md
  cat target/bench-archive.md >> docs/performance.md
}

# Benchmarks and tests ignore `panic = "abort"`, and with the release profile's abort the
# crate is then built twice under one file name (rust-lang/cargo#6313) and fails to link.
# Unwinding costs nothing measurable here; the wasm build below keeps the shipped abort.
native_cargo() { CARGO_PROFILE_RELEASE_PANIC=unwind cargo "$@"; }

# Other work on the machine slows every number; the report says how busy it was.
mkdir -p target
if [[ -n "${ONLY_ARCHIVE:-}" ]]; then
  archive_bench
  put_archive_section
  cat docs/performance.md
  exit 0
fi
cut -d' ' -f1 /proc/loadavg > target/bench-loadavg 2>/dev/null || true

step "synthetic corpus for the browser (bench/data)"
native_cargo run --quiet --release --example gen_corpus -- 10000 bench/data

if [[ -z "${SKIP_NATIVE:-}" ]]; then
  step "criterion: cargo bench --bench engine"
  native_cargo bench --bench engine
fi

if [[ -z "${SKIP_ARCHIVE:-}" ]]; then
  archive_bench
fi

step "wasm build (www/pkg)"
export PATH="$PWD/node_modules/.bin:$PATH"   # wasm-opt from npm's binaryen, never Debian's
CARGO_PROFILE_RELEASE_OPT_LEVEL=z wasm-pack build --release --target web --out-dir www/pkg --mode no-install
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
put_archive_section
cat docs/performance.md
