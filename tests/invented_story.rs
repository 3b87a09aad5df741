//! The engine on a story it was never tuned on: an invented corpus of three documents and a
//! draft with one planted error of each kind (a count, a year, a rank, a place, the holder of an
//! office), plus statements that are right and one the sources never mention. Proof that the
//! rules are general, not fitted to the default corpus.
// Native only: it reads the corpus folder from disk, and `wasm-pack test` compiles every test target.
#![cfg(not(target_arch = "wasm32"))]

use crosscheck::{corpus, Corpus, FactKind, Report, Verdict};
use std::path::Path;

fn check_draft() -> (String, Report) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invented-story");
    let loaded = corpus::load_dir(&dir.join("corpus")).expect("the invented corpus loads");
    assert_eq!(loaded.documents.len(), 3);
    let draft = std::fs::read_to_string(dir.join("draft.txt")).expect("draft");
    let report = Corpus::from_loaded(loaded).check(&draft).expect("checks");
    (draft, report)
}

/// The verdict of the most specific fact whose words are exactly `words`.
fn verdict_of(report: &Report, words: &str) -> Verdict {
    let fact = report
        .claims
        .iter()
        .flat_map(|c| &c.facts)
        .filter(|f| f.text == words)
        .min_by_key(|f| f.kind == FactKind::Statement)
        .unwrap_or_else(|| panic!("no fact reads {words:?}"));
    fact.verdict
}

#[test]
fn planted_errors_are_conflicts() {
    let (_, report) = check_draft();
    for wrong in ["18 months", "in 1971", "second term", "the ribbon in Sarnow", "Petra Lindqvist, chief engineer of the Varnow Bridge Authority"] {
        assert_eq!(verdict_of(&report, wrong), Verdict::Conflict, "{wrong}");
    }
}

#[test]
fn right_values_agree_and_bounds_do_not_conflict() {
    let (_, report) = check_draft();
    for right in ["38 million euros", "on Tuesday", "in March 2024", "212 workers", "“safe for another century.”", "Transport minister Odile Brasseur"] {
        assert_eq!(verdict_of(&report, right), Verdict::Agree, "{right}");
    }
    // "more than 15,000" is true when the sources say "more than 20,000" and "about 20,000".
    assert_eq!(verdict_of(&report, "more than 15,000 vehicles"), Verdict::Agree);
}

#[test]
fn what_no_source_says_is_not_found() {
    let (_, report) = check_draft();
    assert_eq!(verdict_of(&report, "The bridge will get a new lighting system next spring"), Verdict::NotFound);
}

#[test]
fn every_conflict_names_both_values_and_its_source() {
    let (draft, report) = check_draft();
    for fact in report.claims.iter().flat_map(|c| &c.facts).filter(|f| f.verdict == Verdict::Conflict) {
        assert!(!fact.evidence.is_empty(), "{fact:?}");
        assert!(fact.reason.contains("article:"), "{}", fact.reason);
        for ev in &fact.evidence {
            assert!(fact.reason.contains(&ev.source) || ev.relation == crosscheck::Relation::Supports, "{}", fact.reason);
            assert_eq!(&draft[fact.start..fact.end], fact.text);
        }
    }
}
