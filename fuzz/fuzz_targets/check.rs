//! Arbitrary bytes as an article checked against the embedded corpus, and as a corpus document
//! checked against: every outcome must be a clear refusal or a sound report, never a panic.
//! The harness is shared with the regression tests, which replay kept crash inputs.

#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::check_bytes(data));
