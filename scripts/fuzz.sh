#!/usr/bin/env bash
# Fuzzes the engine with cargo-fuzz (libFuzzer), one target after the other so the two do not
# compete for the machine's cores: `check` (bytes as an article and as a corpus document) and
# `corpus_loader` (bytes as a manifest and its documents). A crash stops the run; its input is
# left in fuzz/artifacts/<target>/ — keep it under tests/regressions/ with a test replaying it.
#
# FUZZ_SECONDS  seconds per target (default 600)
# FUZZ_TARGETS  targets to run (default "check corpus_loader")
# FUZZ_MAX_LEN  largest input in bytes (default 4096: the engine spends ~40 µs a byte on news
#               prose, so 64 KB inputs ran at 3 executions a second; segmentation and the
#               sentence cap are exercised at size by tests/robustness.rs instead)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-600}
max_len=${FUZZ_MAX_LEN:-4096}
targets=${FUZZ_TARGETS:-check corpus_loader}

if ! command -v cargo-fuzz >/dev/null; then
    echo "fuzz: cargo-fuzz is missing; install it with: cargo install cargo-fuzz --locked" >&2
    exit 1
fi
if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz: cargo-fuzz needs a nightly toolchain: rustup toolchain install nightly" >&2
    exit 1
fi

for target in $targets; do
    # Seed each target with the kept regression inputs and paragraphs of the embedded corpus.
    seeds="fuzz/corpus/$target"
    mkdir -p "$seeds"
    for doc in corpus/belarus-2025-02/*.txt; do
        split -C 1500 -d "$doc" "$seeds/seed-$(basename "$doc" .txt)-"
    done
    cp tests/regressions/"$target"-* "$seeds/" 2>/dev/null || true
    echo "fuzz: $target for ${seconds}s (max_len $max_len)"
    # No sanitizer: the crate is safe Rust, and ASan cost a factor of two or three in speed.
    cargo +nightly fuzz run "$target" --fuzz-dir fuzz --sanitizer none -- \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1
done
