//! Properties over generated input: whatever the article or document, `Corpus::check` returns
//! a report or a clear refusal, and every offset in the report lies on a character boundary
//! inside the text it points into, with each `text` field equal to its slice.

mod invariants;

use crosscheck::corpus::{self, assemble, decode_document, embedded, parse_manifest};
use crosscheck::{Corpus, Document, FactKind, Report, Verdict};
use std::sync::OnceLock;
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
        // Figures of several numbers, each one fact (`invariants::assert_compounds_whole`):
        // times, scores and formations, ranges, in the forms the engine reads. The forms it
        // does not yet read as one fact are `figures_of_several_numbers_are_one_fact` below.
        // Each stands apart from its neighbours, so no glue makes another figure of it.
        " ([1-9]|1[0-2]):[0-5][0-9] ?(a\\.m\\.|p\\.m\\.|am|pm) ",
        " (at|by|around) ([01]?[0-9]|2[0-3]):[0-5][0-9] ",
        " (won|lost|a|the) [0-9]{1,2}[-–][0-9]{1,2} ",
        " (a|the) [1-5]-[1-5]-[1-5](-[1-5])? ",
        " between [1-4][0-9]{0,2} and [5-9][0-9]{2,3} ",
        // Thousands set apart by a space, a no-break space or a narrow one; an exponent.
        "[0-9]{1,3}([ \u{a0}\u{202f}][0-9]{3}){1,2}",
        "[0-9]e[0-9]{1,3}",
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
    prop::collection::vec((news_fragment(), separator), 0..80).prop_map(|pieces| {
        let mut text = String::new();
        for (fragment, sep) in pieces {
            // Glue that would write a figure of several numbers by chance ("10" "-" "5") is a
            // space: such figures come from their own fragments above.
            if glues_a_figure(&text, &fragment) {
                text.push(' ');
            }
            text += &fragment;
            text += sep;
        }
        text
    })
}

/// Would `next` written right after `text` join two numbers with a dash or a colon?
fn glues_a_figure(text: &str, next: &str) -> bool {
    let joiner = |c: char| matches!(c, '-' | '–' | ':');
    match (text.chars().next_back(), next.chars().next()) {
        (Some(a), Some(b)) => (a.is_ascii_digit() && joiner(b)) || (joiner(a) && b.is_ascii_digit()),
        _ => false,
    }
}

/// A news sentence holding a figure of several numbers in a form the engine does not yet read
/// as one fact: a tally with a side over 199, a date range, a 24-hour time or a duration with
/// no "at" before it.
fn sentence_with_a_figure() -> impl Strategy<Value = String> {
    let figure = prop_oneof![
        "(2[0-9][0-9]|3[0-9][0-9])-[0-9]{1,3}",
        "(January|March|May) [1-9]-[12][0-9]",
        "(1[3-9]|2[0-3]):[0-5][0-9]",
        "[1-9]:[0-5][0-9]",
    ];
    (figure, "(voted|closed|finished|met|ran)").prop_map(|(figure, verb)| format!("The committee {verb} {figure} on Monday, officials said."))
}

/// The default corpus with its documents in reverse order.
fn reversed_default_corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut loaded = corpus::embedded_default();
        loaded.documents.reverse();
        Corpus::from_loaded(loaded)
    })
}

/// Each fact of a report as a user reads it: where, what kind, its value, its verdict and the
/// rule that decided it.
fn verdicts(report: &Report) -> Vec<(usize, usize, FactKind, String, Verdict, String)> {
    report.claims.iter().flat_map(|c| &c.facts).map(|f| (f.start, f.end, f.kind, f.value.clone(), f.verdict, f.rule.clone())).collect()
}

/// A stretch of a document of the default corpus (the second of its stories' reports), cut at
/// character boundaries.
fn prose_cut(start: usize, len: usize) -> String {
    let text = embedded::FILES[2].1;
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    text[floor(start)..floor(start + len)].to_string()
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

    /// The same article gives the same verdicts whatever order the corpus lists its documents
    /// in. (The engine's hash maps are not randomly seeded, so checking twice against one
    /// corpus could never show an order leaking into a verdict; a corpus loaded in reverse
    /// order can.)
    #[test]
    fn same_article_same_verdicts_in_any_corpus_order(article in news_like_text(), start in 0usize..20_000, len in 0usize..1_500) {
        // Generated text, and real prose from the corpus's own stories (which the corpus
        // speaks to, so its facts have evidence to order).
        let prose = prose_cut(start, len);
        for text in [article.as_str(), prose.as_str()] {
            let (forward, reversed) = (default_corpus().check(text), reversed_default_corpus().check(text));
            prop_assert_eq!(forward.map(|r| verdicts(&r)), reversed.map(|r| verdicts(&r)), "{:?}", text);
        }
    }

    /// A figure of several numbers is one fact, whatever its form.
    #[test]
    fn figures_of_several_numbers_are_one_fact(article in sentence_with_a_figure()) {
        assert_checks_soundly(default_corpus(), &article);
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
