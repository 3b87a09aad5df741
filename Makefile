# Crosscheck. On a fresh machine `make serve` and `make test` install what they need first
# (scripts/setup.sh: quick when everything is present).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
# The shared eval set and corpora, beside the repository.
SHARED ?= $(abspath $(CURDIR)/../shared)
CHROMEDRIVER ?= /usr/bin/chromedriver
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
# `make test`'s archive engine: its own folder and ports, apart from one started by hand.
TEST_ENGINE := ENGINE_DIR=$(TARGET_DIR)/test-engine ENGINE_PORT=19406

# npm's binaryen supplies wasm-opt (Debian's is too old to produce a module Chromium accepts).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

WASM_BUILD := CARGO_PROFILE_RELEASE_OPT_LEVEL=z wasm-pack build --release --target web --out-dir www/pkg --mode no-install

.PHONY: help setup wasm serve test eval bench fuzz

help:
	@echo "make serve   build the wasm module and serve the widget at http://localhost:$(PORT)"
	@echo "make test    Rust tests, wasm tests in headless Chromium, end-to-end browser tests"
	@echo "make eval    score the CLI on every labelled story in $(SHARED)/eval (dev/ and stories/*)"
	@echo "make bench   benchmarks (scripts/bench.sh)"
	@echo "make fuzz    fuzzing (scripts/fuzz.sh)"
	@echo "make wasm    build the wasm module into www/pkg"

setup:
	scripts/setup.sh

wasm: setup
	$(WASM_BUILD)

serve: wasm
	PORT=$(PORT) python3 scripts/serve.py

test: setup
	# The archive tests (tests/archive.rs) run against two local engine nodes of their own
	# (scripts/engine.sh), stopped when the tests end, pass or fail.
	export $(TEST_ENGINE); trap 'scripts/engine.sh stop' EXIT; scripts/engine.sh start >/dev/null; \
	  CROSSCHECK_ENGINE="$$(scripts/engine.sh url)" cargo test
	# The heavy robustness rows (10 MB article, 50 MB document) run in release; unwind so the
	# test harness links (panic = "abort" is for the shipped binary and wasm).
	CARGO_PROFILE_RELEASE_PANIC=unwind cargo test --release --test robustness
	wasm-pack test --headless --chrome --chromedriver $(CHROMEDRIVER) --mode no-install
	$(WASM_BUILD)
	npm run e2e

# stories.py without folders scores its own dev/ (the Belarus dev set) and every story under
# stories/: one row per story, then all of them pooled.
eval:
	@test -f $(SHARED)/eval/stories.py || { echo "make eval: no $(SHARED)/eval/stories.py; set SHARED=path/to/shared" >&2; exit 2; }
	cargo build --release --bin crosscheck
	python3 $(SHARED)/eval/stories.py --check '$(TARGET_DIR)/release/crosscheck check'

bench: setup
	bash scripts/bench.sh

fuzz:
	bash scripts/fuzz.sh
