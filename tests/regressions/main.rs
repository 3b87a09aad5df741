//! One test per bug found by fuzzing or by the robustness rows, named after the bug, each
//! replaying the input that found it. Fuzz crash inputs are kept beside this file as
//! `<target>-<bug name>` and are replayed through the same harness the fuzz target runs
//! (`tests/invariants`); `scripts/fuzz.sh` also seeds the fuzzer with them.

#[path = "../invariants/mod.rs"]
mod invariants;

use crosscheck::limits::MAX_SENTENCE_BYTES;
use crosscheck::segment::sentences;
use std::path::Path;

/// The kept input `name`, from this folder.
fn kept_input(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every kept input replays cleanly through its target's harness (so an input kept without a
/// named test below is still replayed). Inputs are kept for both targets: those of the named
/// tests below (`check-`) and of the corpus rows of `tests/robustness.rs` (`corpus_loader-`),
/// which `scripts/fuzz.sh` also seeds the fuzzer with. Any other file here is a mistake: it
/// would be neither replayed nor seeded.
#[test]
fn every_kept_fuzz_input_replays() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut replayed = (0, 0);
    for entry in std::fs::read_dir(folder).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.strip_prefix("check-").is_some_and(|bug| !bug.is_empty()) {
            invariants::check_bytes(&kept_input(&name));
            replayed.0 += 1;
        } else if name.strip_prefix("corpus_loader-").is_some_and(|bug| !bug.is_empty()) {
            invariants::load_corpus_bytes(&kept_input(&name));
            replayed.1 += 1;
        } else {
            assert_eq!(name, "main.rs", "{name:?} is no kept input: name it check-<bug> or corpus_loader-<bug>");
        }
    }
    assert!(replayed.0 >= 1 && replayed.1 >= 1, "kept inputs replayed (check, corpus_loader): {replayed:?}; each target needs at least one");
}

/// `segment::ends_sentence` looked back to the last space at every full stop, and folded the
/// whole run it found: a line of stops without spaces ("x.,x.,…") took time quadratic in its
/// length (30 KB: 32 s, 60 KB: 127 s in a debug build). It now looks back a few bytes only.
#[test]
fn stop_lookback_is_bounded() {
    let text = "x.,".repeat(100_000);
    let spans = sentences(&text);
    assert!(spans.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES && s.end <= text.len()));
    invariants::assert_checks_soundly(invariants::default_corpus(), &text);
}

/// The bounded look-back still knows abbreviations and initials, and still ends a sentence
/// after a word longer than the look-back.
#[test]
fn stop_lookback_keeps_abbreviations_and_long_words() {
    let text = "Counterrevolutionaries. Mr. Smith met W. Jones in the U.S. embassy. It rained.";
    let split: Vec<&str> = sentences(text).iter().map(|s| s.slice(text)).collect();
    assert_eq!(split, ["Counterrevolutionaries.", "Mr. Smith met W. Jones in the U.S. embassy.", "It rained."]);
}

/// `extract::events` split a clause at its commas and read the token at the start of each
/// piece; a clause ending in a comma left an empty last piece starting one past the last token,
/// and reading it panicked (index out of bounds). Found by `tests/properties.rs`.
#[test]
fn event_split_at_a_trailing_comma() {
    for article in ["Police held twelve men,", "The court sentenced 12 activists in the capital, officials said (and,"] {
        invariants::assert_checks_soundly(invariants::default_corpus(), article);
    }
}

/// `extract::values::number_at` parsed any run of digits as an f64: past 15 digits floats no
/// longer tell numbers apart, and past ~309 they are all infinity, so a source saying 2×10⁴⁰⁰
/// "supported" an article saying 10⁴⁰⁰. Such numbers are now no checkable quantity.
#[test]
fn numbers_too_long_for_a_float_do_not_agree() {
    use crosscheck::{Corpus, Document, FactKind, Verdict};
    for digits in [20, 400] {
        let article_number = format!("1{}", "0".repeat(digits));
        let source_number = format!("1{}1", "0".repeat(digits - 1));
        let corpus = Corpus::new(vec![Document {
            id: "source".into(),
            source: "Source".into(),
            language: "en".into(),
            text: format!("The court freed {source_number} prisoners on Monday, officials said.\n"),
        }]);
        let article = format!("The court freed {article_number} prisoners on Monday.");
        let report = corpus.check(&article).expect("checks");
        invariants::assert_sound(&report, &article, corpus.documents());
        let quantity_agrees = report.claims.iter().flat_map(|c| &c.facts).any(|f| f.kind == FactKind::Quantity && f.verdict == Verdict::Agree);
        assert!(!quantity_agrees, "{digits} digits: {}", report.to_text());
    }
}

/// `analyse::is_caption` read the rest of a sentence's line, to its end, for every sentence: an
/// article on one long line ("Police held 12 men on Monday. " 100,000 times) took time
/// quadratic in its length (88 s in release). It now reads a credit's length past the sentence.
#[test]
fn caption_check_is_bounded() {
    use crosscheck::{Corpus, Document, FactKind, Verdict};
    let corpus = Corpus::new(vec![Document {
        id: "wire".into(),
        source: "Wire".into(),
        language: "en".into(),
        text: "Police held 12 men in the city on April 1, 2024, officials said.\n".into(),
    }]);
    let dated = |article: &str| {
        let report = corpus.check(article).expect("checks");
        let agreeing_days = report.claims.iter().flat_map(|c| &c.facts).filter(|f| f.kind == FactKind::Date && f.verdict == Verdict::Agree).count();
        (report.claims.len(), agreeing_days)
    };
    // Not a caption: every checked sentence keeps its day.
    let (claims, days) = dated(&"Police held 12 men in the city on April 1, 2024. ".repeat(20_000));
    assert!(claims > 1000 && days == claims, "{claims} claims, {days} days agreeing");
    // Twin: a caption (a short line ending in a credit) still drops the date it gives the photo.
    assert_eq!(dated("Police held 12 men in the city on April 1, 2024. JANE DOE/REUTERS\n").1, 0);
}
