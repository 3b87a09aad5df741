//! Arbitrary bytes split into a `corpus.json` manifest and documents, assembled into a corpus
//! that must skip every bad part with a reason and still check an article soundly. The harness
//! is shared with the regression tests, which replay kept crash inputs.

#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::load_corpus_bytes(data));
