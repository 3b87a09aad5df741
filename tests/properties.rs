//! Properties over generated input: whatever the article or document, `Corpus::check` returns
//! a report or a clear refusal, and every offset in the report lies on a character boundary
//! inside the text it points into, with each `text` field equal to its slice.

mod invariants;

use crosscheck::corpus::{assemble, decode_document, embedded, parse_manifest};
use crosscheck::{Corpus, Document};
use invariants::{assert_checks_soundly, default_corpus, news_article};
use proptest::prelude::*;

/// Pieces news prose is made of, and the characters that sit between them.
fn news_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        // Numbers of every shape: counts, separators, decimals, percents, ordinals, years.
        "[0-9]{1,4}",
        "[0-9]{1,3}(,[0-9]{3}){0,3}",
        "[0-9]{1,25}",
        "[0-9]{1,3}\\.[0-9]{1,3}",
        "[0-9]{1,3} ?(%|percent|per cent)",
        "[0-9]{1,3}(st|nd|rd|th)",
        "(19|20)[0-9]{2}",
        "(one|two|six|twelve|dozens|hundreds|thousand|million|first|seventh|half)",
        "(more than|at least|about|nearly|over|fewer than|up to)",
        // Dates and times.
        "(Monday|Wednesday|January|Feb\\.|March|Sept\\.|last month|this year|yesterday)",
        "(Jan|Feb|Aug)\\. [0-9]{1,2}, (19|20)[0-9]{2}",
        // Names and roles.
        "[A-Z][a-z]{1,10}",
        "[A-Z]\\. [A-Z][a-z]{2,9}",
        "(Mr|Mrs|Dr|Gen)\\. [A-Z][a-z]{2,9}",
        "[А-Я][а-я]{2,9}",
        "(deputy|assistant|secretary|former|president|minister|head|leader|spokesman) (of|for)? ?(state|the party)?",
        "(U\\.S\\.|U\\.N\\.|E\\.U\\.|the [A-Z][a-z]+ Ministry)",
        // Verbs and glue.
        "(said|freed|released|sentenced|arrested|met|visited|called|denied|was|were|in|on|to|and|but|who|after|his|her|he|she|it|the|a|of|years|prisoners|people|term)",
        // Quotes and punctuation, balanced or not.
        "[\"“”«»„'‘’]",
        "“[a-z ]{0,20}”",
        "[.,;:!?()\\[\\]—–-]",
        "(\\.\\.\\.|…|\\.”|\\?!|:\\s)",
        "(SEE ALSO:|•|\\* )",
        // Odd characters.
        "[\\x00-\\x1f\\x7f\u{85}\u{a0}\u{200b}\u{200d}\u{202e}\u{feff}\u{2028}]",
        "[\u{300}-\u{36f}]{1,5}",
        "(👍🏽|🇺🇳|1️⃣|👨‍👩‍👧)",
        "[\u{590}-\u{6ff}]{1,6}",
        "<[a-z]{1,6}( [a-z]+=\"[^\"]{0,8}\")?>",
    ]
}

fn news_like_text() -> impl Strategy<Value = String> {
    let separator = prop_oneof![6 => Just(" "), 1 => Just(""), 1 => Just("\n"), 1 => Just(". "), 1 => Just(", ")];
    prop::collection::vec((news_fragment(), separator), 0..80)
        .prop_map(|pieces| pieces.into_iter().map(|(fragment, sep)| fragment + sep).collect())
}

fn corpus_of(text: String) -> Corpus {
    Corpus::new(vec![Document { id: "generated".into(), source: "Generated".into(), language: String::new(), text }])
}

proptest! {
    // 256 cases each by default; PROPTEST_CASES=5000 for a longer search.
    #[test]
    fn any_unicode_article_checks_soundly(article in any::<String>()) {
        assert_checks_soundly(default_corpus(), &article);
    }

    #[test]
    fn any_printable_article_checks_soundly(article in "\\PC{0,400}") {
        assert_checks_soundly(default_corpus(), &article);
    }

    #[test]
    fn news_like_article_checks_soundly(article in news_like_text()) {
        assert_checks_soundly(default_corpus(), &article);
    }

    /// The same article gives the same report every time (hash maps are seeded afresh for
    /// each check, so an order that leaked into a verdict would show here).
    #[test]
    fn same_article_same_report(article in news_like_text()) {
        let corpus = default_corpus();
        prop_assert_eq!(corpus.check(&article), corpus.check(&article));
    }

    /// Real prose cut at any character: the check must not depend on a sentence being whole.
    #[test]
    fn real_prose_cut_anywhere_checks_soundly(start in 0usize..20_000, len in 0usize..2_000) {
        let text = embedded::FILES[1].1;
        let floor = |mut i: usize| { i = i.min(text.len()); while !text.is_char_boundary(i) { i -= 1; } i };
        let (a, b) = (floor(start), floor(start + len));
        assert_checks_soundly(default_corpus(), &text[a..b]);
        prop_assert_eq!(default_corpus().check(&text[a..b]), default_corpus().check(&text[a..b]), "not deterministic");
    }

    /// Generated text as a corpus document: evidence offsets must lie inside the document.
    #[test]
    fn news_like_document_gives_sound_evidence(document in news_like_text()) {
        if let Ok(text) = decode_document(document.as_bytes()) {
            let corpus = corpus_of(text.clone());
            assert_checks_soundly(&corpus, news_article());
            assert_checks_soundly(&corpus, &format!("{text}\nThe court freed 12 people."));
        }
    }

    #[test]
    fn any_unicode_document_gives_sound_evidence(document in any::<String>()) {
        if let Ok(text) = decode_document(document.as_bytes()) {
            assert_checks_soundly(&corpus_of(text), news_article());
        }
    }

    /// Any bytes as a file: usable text comes back as it was (less a byte-order mark), anything
    /// else gets a reason.
    #[test]
    fn any_bytes_decode_to_text_or_a_reason(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        match decode_document(&bytes) {
            Ok(text) => {
                let original = std::str::from_utf8(&bytes).unwrap();
                prop_assert_eq!(original.strip_prefix('\u{feff}').unwrap_or(original), text.as_str());
            }
            Err(reason) => prop_assert!(!reason.is_empty()),
        }
    }

    /// Any manifest text parses or names what is wrong, and assembling never loses an entry.
    #[test]
    fn any_manifest_parses_or_says_why(json in "\\{(\"(name|documents|id|file|source)\"|[\\[\\]{}:,\" a-z0-9.])*\\}?") {
        match parse_manifest(&json) {
            Ok(manifest) => {
                let loaded = assemble(Some(&manifest), &[], |_| Ok(b"The court freed 12 people.".to_vec()));
                prop_assert_eq!(loaded.documents.len() + loaded.skipped.len(), manifest.documents.len());
            }
            Err(reason) => prop_assert!(reason.contains("not a valid manifest")),
        }
    }
}
