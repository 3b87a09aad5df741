//! Hostile and odd input, one row per input, each asserting what the user sees: the error
//! message, or a sound report (offsets inside the text on character boundaries, texts equal to
//! the slices they name; see `invariants`). Corpus rows build real folders in a temp dir and
//! assert the reason each bad file was skipped, that the good files still load, and that
//! checking still works.
// Native only: it builds corpus folders on disk, and `wasm-pack test` compiles every test target.
#![cfg(not(target_arch = "wasm32"))]

mod invariants;

use crosscheck::corpus::{self, CorpusError, LoadedCorpus};
use crosscheck::limits::{MAX_ARTICLE_BYTES, MAX_ARTICLE_SENTENCES, MAX_DOCUMENT_BYTES};
use crosscheck::{Corpus, Report};
use std::path::{Path, PathBuf};
use invariants::default_corpus;


/// An ordinary sentence of invented news, with facts of several kinds.
const NEWS: &str = "On Monday the court sentenced 12 activists to six years in prison, \
                    officials said, and Maria Ivanova called it “a farce.” ";

/// A short sentence with a fact, so 100,000 of them stay under the size limit.
const SHORT_NEWS: &str = "Police held 12 men. ";

/// `head`, then `filler` repeated, cut (on a character boundary) and padded with spaces to
/// exactly `bytes` bytes.
fn pad_to(head: &str, filler: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes);
    out.push_str(head);
    out.push_str(&filler.repeat((bytes.saturating_sub(head.len())) / filler.len() + 1));
    let mut cut = bytes;
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    while out.len() < bytes {
        out.push(' ');
    }
    out
}

/// Text of the embedded corpus, repeated and cut (on a character boundary) to `bytes` bytes.
fn corpus_text_of_size(bytes: usize) -> String {
    let all: String = corpus::embedded::FILES.iter().map(|(_, text)| *text).collect::<Vec<_>>().join("\n");
    pad_to("", &all, bytes)
}

/// What the user should see for an article.
enum Expect {
    /// The check is refused with a message containing these words.
    Refused(&'static str),
    /// A sound report; `warning` is words one of its warnings must contain, `claims` whether it
    /// must find at least one claim.
    Checked { warning: Option<&'static str>, claims: bool },
}
use Expect::*;

fn check_article(article: &str, expect: Expect) -> Option<Report> {
    let corpus = default_corpus();
    match (corpus.check(article), expect) {
        (Err(e), Refused(words)) => {
            assert!(e.to_string().contains(words), "message {:?} lacks {words:?}", e.to_string());
            None
        }
        (Ok(report), Checked { warning, claims }) => {
            invariants::assert_sound(&report, article, corpus.documents());
            if let Some(words) = warning {
                assert!(report.warnings.iter().any(|w| w.contains(words)), "no warning with {words:?}: {:?}", report.warnings);
            } else {
                assert!(report.warnings.is_empty(), "unexpected warnings {:?}", report.warnings);
            }
            if claims {
                assert!(!report.claims.is_empty(), "no claims found");
            }
            Some(report)
        }
        (Err(e), Checked { .. }) => panic!("refused: {e}"),
        (Ok(report), Refused(words)) => panic!("expected refusal with {words:?}, got {} claims", report.claims.len()),
    }
}

/// One test per article row: `name: article => expected outcome;`.
macro_rules! article_rows {
    ($($name:ident: $article:expr => $expect:expr;)*) => {$(
        #[test]
        fn $name() {
            let article: String = $article.into();
            check_article(&article, $expect);
        }
    )*};
}

article_rows! {
    empty_article: "" => Refused("the article is empty");
    whitespace_only: " \t\r\n\u{a0}\u{2003}\u{3000}\u{2028}\u{2029}\n\n" => Refused("the article is empty");
    one_letter: "x" => Checked { warning: None, claims: false };
    one_digit: "7" => Checked { warning: None, claims: false };
    one_multibyte_character: "€" => Checked { warning: None, claims: false };
    zero_width_characters_only: "\u{200b}\u{200d}\u{feff}\u{2060}" => Checked { warning: None, claims: false };
    one_news_sentence: NEWS => Checked { warning: None, claims: true };
    // Cheap to analyse past its first line, so it runs in a debug build; the same size of
    // dense news is the release-only `ten_megabytes_of_news`.
    exactly_the_size_limit: pad_to(NEWS, "x\n", MAX_ARTICLE_BYTES)
        => Checked { warning: Some("only the first"), claims: true };
    one_byte_over_the_size_limit: corpus_text_of_size(MAX_ARTICLE_BYTES + 1)
        => Refused("too large to check");
    megabyte_line_without_a_sentence_end: pad_to("", &format!("{}12 people ", "the talks went on ".repeat(10)), 1 << 20)
        => Checked { warning: None, claims: true };
    megabyte_line_without_spaces: "a".repeat(1 << 20) => Checked { warning: None, claims: false };
    // Was quadratic (see the regression test `stop_lookback_is_bounded`): 300 KB took hours.
    long_line_of_stops_without_spaces: "x.,".repeat(100_000) => Checked { warning: None, claims: false };
    megabyte_line_of_abbreviations: "Mr. ".repeat(260_000) => Checked { warning: None, claims: false };
    megabyte_of_quote_marks: "\"“«".repeat(150_000) => Checked { warning: None, claims: false };
    megabyte_of_unclosed_quotes_with_words: "He said “we 12 ".repeat(70_000) => Checked { warning: Some("checkable facts"), claims: true };
    megabyte_of_digits: "1".repeat(1 << 20) => Checked { warning: None, claims: false };
    megabyte_of_numbers_with_separators: "1,234.5,".repeat(130_000) => Checked { warning: None, claims: false };
    hundred_thousand_empty_lines: "\n".repeat(100_000) => Refused("the article is empty");
    hundred_thousand_one_letter_lines: "a\n".repeat(100_000) => Checked { warning: Some("only the first"), claims: false };
    nul_and_control_characters: format!("Police detained 5 people\0 in the city.\x07\x1b[31m Then 3\r\nmore\x7f were freed on\x0b Monday.\u{2028}{NEWS}\u{85}\0")
        => Checked { warning: None, claims: true };
    only_control_characters: "\0\x01\x02\x1b\x7f" => Checked { warning: None, claims: false };
    mixed_scripts: format!("Суд приговорил 12 активистов к 6 годам. 法院判处12名活动人士。 Το δικαστήριο καταδίκασε 12. अदालत ने 12 को सजा दी। {NEWS}")
        => Checked { warning: None, claims: true };
    right_to_left_scripts: format!("حكمت المحكمة على 12 ناشطا بالسجن ست سنوات. בית המשפט גזר 12 שנות מאסר. \u{202e}{NEWS}\u{202c} \u{200f}12\u{200e}")
        => Checked { warning: None, claims: true };
    combining_marks: format!("\u{301}Ce\u{301}sar said 1\u{301}2 people were freed. Z{}algo 12 years. {NEWS}", "\u{336}\u{301}\u{35c}".repeat(500))
        => Checked { warning: None, claims: true };
    combining_marks_only: "\u{301}".repeat(10_000) => Checked { warning: None, claims: false };
    emoji: format!("👨‍👩‍👧‍👦 12 families 🇺🇳 were freed 1️⃣2️⃣ on Monday 👍🏽. {NEWS}🔥")
        => Checked { warning: None, claims: true };
    html_script_tags: format!("<script>alert('x')</script> {NEWS}<p onclick=\"alert(1)\">12 people</p>")
        => Checked { warning: None, claims: true };
    html_event_attributes_and_links: format!("<img src=x onerror=\"alert(1)\"> {NEWS} <a href=\"javascript:alert(1)\">12 prisoners</a> were freed.")
        => Checked { warning: None, claims: true };
    attribute_breaking_quotes: format!("\"'><svg onload=alert(1)> 12 people \"'` were freed on Monday. {NEWS}")
        => Checked { warning: None, claims: true };
    huge_numbers: format!("The court sentenced 99999999999999999999999999999999 people to 1e308 years and 18446744073709551616 days. \
        It was the 4294967296th term, and 1000000000000000000000% voted on February 31, 99999999999. {NEWS}")
        => Checked { warning: None, claims: true };
    numbers_of_every_shape: format!("-0 people, 0.0.0.0 years, 1,,,2 days, 1.2.3 percent, 00000001 prisoners, ½ term, ٣ years, 𝟙𝟚 people, 2nd 3rd 0th 11th 101st. {NEWS}")
        => Checked { warning: None, claims: true };
}

// Heavy rows, a minute or more in a debug build: they run in release, with
// `CARGO_PROFILE_RELEASE_PANIC=unwind cargo test --release --test robustness`. (The release
// profile's `panic = "abort"` makes cargo build the library twice under one file name, once
// for the binary and once for the test harness, and the test then fails to compile at random.)

/// Ten megabytes of real news prose, every sentence with evidence in the corpus: the most work
/// one article can ask for. Only the first `MAX_ARTICLE_SENTENCES` sentences are checked.
/// (40–80 s in a debug build, 7 s in release.)
#[test]
#[cfg_attr(debug_assertions, ignore = "heavy: run in release (CARGO_PROFILE_RELEASE_PANIC=unwind cargo test --release --test robustness)")]
fn ten_megabytes_of_news() {
    let article = corpus_text_of_size(MAX_ARTICLE_BYTES);
    let report = check_article(&article, Checked { warning: Some("only the first"), claims: true }).unwrap();
    assert!(report.summary.agree > 0);
}

/// A megabyte without a sentence end, a number every few words. (20 s in a debug build.)
#[test]
#[cfg_attr(debug_assertions, ignore = "heavy: run in release (CARGO_PROFILE_RELEASE_PANIC=unwind cargo test --release --test robustness)")]
fn megabyte_line_dense_with_numbers() {
    // Dense with figures: checked up to the limit on facts, and the report says so.
    check_article(&pad_to("", "word 12 people ", 1 << 20), Checked { warning: Some("checkable facts"), claims: true });
}

/// Markup is text: the report carries it verbatim (never stripped, never escaped), so the page
/// can render it as text and the user sees exactly what they pasted.
#[test]
fn markup_reaches_the_report_verbatim() {
    let markup = "<img src=x onerror=\"alert(1)\">";
    let article = format!("{markup} The court sentenced 12 activists on Monday.");
    let report = check_article(&article, Checked { warning: None, claims: true }).unwrap();
    assert!(report.claims.iter().any(|c| c.text.contains(markup)), "markup was altered: {:?}", report.claims);
}

/// The warning names the limit, so the user knows which sentences were not checked.
#[test]
fn hundred_thousand_sentences() {
    const { assert!(100_000 > MAX_ARTICLE_SENTENCES) };
    // Two facts a sentence (a count and a day), so the limit on facts stops the check first.
    const DENSE_NEWS: &str = "Police held 12 men on Monday. ";
    let report = check_article(&DENSE_NEWS.repeat(100_000), Checked { warning: Some("only the first"), claims: true }).unwrap();
    assert!(report.warnings.iter().any(|w| w.contains(&MAX_ARTICLE_SENTENCES.to_string())), "{:?}", report.warnings);
    // Every checked sentence is a claim, and nothing past the last checked one is. (These
    // sentences are dense with facts, so the limit on facts stops the check sooner.)
    assert!(report.claims.len() <= MAX_ARTICLE_SENTENCES);
    assert!(report.warnings.iter().any(|w| w.contains("checkable facts")), "{:?}", report.warnings);
    let checked_bytes = DENSE_NEWS.len() * MAX_ARTICLE_SENTENCES;
    assert!(report.claims.iter().all(|c| c.end <= checked_bytes));
}

#[test]
fn the_size_limit_message_gives_the_limit() {
    let article = corpus_text_of_size(MAX_ARTICLE_BYTES + 1);
    let message = default_corpus().check(&article).unwrap_err().to_string();
    assert!(message.contains(&format!("the limit is {} MB", MAX_ARTICLE_BYTES / (1024 * 1024))), "{message}");
}

// ---------------------------------------------------------------------------------------------
// Corpus folders.

/// A fresh, empty folder under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("crosscheck-robustness-{}-{n}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }
    fn write(&self, file: &str, bytes: impl AsRef<[u8]>) -> &TempDir {
        std::fs::write(self.0.join(file), bytes).unwrap();
        self
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const GOOD_DOCUMENT: &str = "The court sentenced 12 activists to six years in prison on Monday.\nThe trial lasted a week.\n";

/// A folder holding one good document (`good.txt`) beside whatever the row adds.
fn folder_with_good_document(name: &str) -> TempDir {
    let dir = TempDir::new(name);
    dir.write("good.txt", GOOD_DOCUMENT);
    dir
}

/// The corpus loaded, with the skipped file `file`'s reason containing `reason`, the good
/// document still loaded, and a check against it finding the good document's facts.
fn assert_skips_and_still_checks(dir: &TempDir, file: &str, reason: &str) -> LoadedCorpus {
    let loaded = corpus::load_dir(dir.path()).unwrap_or_else(|e| panic!("corpus refused: {e}"));
    let skipped = loaded.skipped.iter().find(|s| s.file == file).unwrap_or_else(|| panic!("{file} not skipped: {:?}", loaded.skipped));
    assert!(skipped.reason.contains(reason), "reason {:?} lacks {reason:?}", skipped.reason);
    assert!(loaded.documents.iter().any(|d| d.id == "good" && d.text == GOOD_DOCUMENT), "good document lost: {:?}", loaded.documents);
    let corpus = Corpus::from_loaded(loaded.clone());
    let article = "The court sentenced 12 activists to six years in prison on Monday.";
    let report = corpus.check(article).expect("checks");
    invariants::assert_sound(&report, article, corpus.documents());
    assert!(report.skipped.iter().any(|s| s.file == file), "the report does not list the skipped file");
    assert!(report.summary.agree > 0, "the good document no longer supports the article: {}", report.to_text());
    loaded
}

#[test]
fn corpus_folder_missing() {
    let dir = TempDir::new("missing");
    let missing = dir.path().join("no-such-folder");
    let err = corpus::load_dir(&missing).unwrap_err();
    assert!(matches!(err, CorpusError::Unreadable { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("no-such-folder") && message.contains("No such file or directory"), "{message}");
}

#[test]
fn corpus_path_is_a_file() {
    let dir = folder_with_good_document("path-is-file");
    let err = corpus::load_dir(&dir.path().join("good.txt")).unwrap_err();
    assert!(err.to_string().contains("good.txt"), "{err}");
}

#[test]
fn corpus_folder_empty() {
    let dir = TempDir::new("empty");
    let err = corpus::load_dir(dir.path()).unwrap_err();
    assert!(err.to_string().contains("no usable .txt documents"), "{err}");
}

#[test]
fn corpus_folder_with_only_bad_files_names_each() {
    let dir = TempDir::new("only-bad");
    dir.write("empty.txt", "").write("binary.txt", b"\x7fELF\0\0\x01");
    let message = corpus::load_dir(dir.path()).unwrap_err().to_string();
    assert!(message.contains("empty.txt: empty file") && message.contains("binary.txt: binary file"), "{message}");
}

#[test]
fn corpus_zero_byte_document() {
    let dir = folder_with_good_document("zero-byte");
    dir.write("zero.txt", "");
    assert_skips_and_still_checks(&dir, "zero.txt", "empty file");
}

#[test]
fn corpus_whitespace_only_document() {
    let dir = folder_with_good_document("blank");
    dir.write("blank.txt", "\u{feff} \n\t\n");
    assert_skips_and_still_checks(&dir, "blank.txt", "only white space");
}

#[test]
fn corpus_binary_document() {
    let dir = folder_with_good_document("binary");
    dir.write("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_skips_and_still_checks(&dir, "image.txt", "binary file");
}

#[test]
fn corpus_non_utf8_document() {
    let dir = folder_with_good_document("latin1");
    // "Café 12" in Latin-1: the é is byte 0xE9, invalid as UTF-8 at offset 3.
    dir.write("latin1.txt", b"Caf\xe9 12 people");
    assert_skips_and_still_checks(&dir, "latin1.txt", "not UTF-8 text (invalid byte at offset 3)");
}

#[test]
fn corpus_utf16_document() {
    let dir = folder_with_good_document("utf16");
    let utf16: Vec<u8> = "\u{feff}12 people".encode_utf16().flat_map(u16::to_le_bytes).collect();
    dir.write("utf16.txt", utf16);
    // UTF-16 text is full of NUL bytes; the user is told it is not plain text.
    assert_skips_and_still_checks(&dir, "utf16.txt", "binary file");
}

#[test]
fn corpus_malformed_manifest() {
    let dir = folder_with_good_document("malformed-manifest");
    dir.write("corpus.json", "{ this is not json ]");
    assert_skips_and_still_checks(&dir, "corpus.json", "not a valid manifest");
}

#[test]
fn corpus_partial_manifest() {
    let dir = folder_with_good_document("partial-manifest");
    dir.write("corpus.json", r#"{"name": "x", "documents": [{"id": "good", "file": "good.txt", "sou"#);
    let loaded = assert_skips_and_still_checks(&dir, "corpus.json", "used the .txt files without it");
    assert!(loaded.skipped[0].reason.contains("EOF"), "{:?}", loaded.skipped);
}

#[test]
fn corpus_manifest_of_the_wrong_shape() {
    let dir = folder_with_good_document("wrong-shape");
    dir.write("corpus.json", r#"{"documents": [{"id": 7}]}"#);
    assert_skips_and_still_checks(&dir, "corpus.json", "not a valid manifest");
}

#[test]
fn corpus_manifest_not_utf8() {
    let dir = folder_with_good_document("manifest-latin1");
    dir.write("corpus.json", b"{\"name\": \"caf\xe9\"}");
    assert_skips_and_still_checks(&dir, "corpus.json", "corpus.json is not UTF-8 text (invalid byte at offset 13)");
}

#[test]
fn corpus_manifest_names_a_missing_file() {
    let dir = folder_with_good_document("manifest-missing-file");
    dir.write("corpus.json", r#"{"documents": [{"id": "gone", "file": "gone.txt", "source": "Gone"}]}"#);
    assert_skips_and_still_checks(&dir, "gone.txt", "cannot read");
}

#[test]
fn corpus_manifest_names_a_file_outside_the_folder() {
    let dir = folder_with_good_document("manifest-escape");
    let outside = TempDir::new("outside");
    outside.write("secret.txt", "The court sentenced 99 activists.");
    let escape = format!("../{}/secret.txt", outside.path().file_name().unwrap().to_str().unwrap());
    let absolute = outside.path().join("secret.txt").display().to_string();
    dir.write(
        "corpus.json",
        serde_json::json!({"documents": [{"id": "up", "file": escape}, {"id": "abs", "file": absolute}]}).to_string(),
    );
    let loaded = assert_skips_and_still_checks(&dir, &escape, "outside the corpus folder");
    assert!(loaded.skipped.iter().any(|s| s.file == absolute && s.reason.contains("outside the corpus folder")), "{:?}", loaded.skipped);
    assert_eq!(loaded.documents.len(), 1);
}

#[test]
fn corpus_duplicate_ids() {
    let dir = folder_with_good_document("duplicate-ids");
    dir.write("other.txt", "The court sentenced 13 activists.\n");
    dir.write(
        "corpus.json",
        r#"{"documents": [{"id": "good", "file": "good.txt"}, {"id": "good", "file": "other.txt"}]}"#,
    );
    let loaded = assert_skips_and_still_checks(&dir, "other.txt", "duplicate id \"good\"");
    assert_eq!(loaded.documents.len(), 1);
}

#[test]
#[cfg_attr(debug_assertions, ignore = "heavy: run in release (CARGO_PROFILE_RELEASE_PANIC=unwind cargo test --release --test robustness)")]
fn corpus_fifty_megabyte_document() {
    let dir = folder_with_good_document("fifty-megabytes");
    let big = corpus_text_of_size(50 * 1024 * 1024);
    dir.write("big.txt", &big);
    let loaded = corpus::load_dir(dir.path()).expect("loads");
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    assert_eq!(loaded.documents.iter().find(|d| d.id == "big").map(|d| d.text.len()), Some(big.len()));
    let corpus = Corpus::from_loaded(loaded);
    let article = corpus_text_of_size(20_000);
    let report = corpus.check(&article).expect("checks");
    invariants::assert_sound(&report, &article, corpus.documents());
    assert!(report.summary.agree > 0, "the big document supports nothing");
}

#[test]
fn corpus_document_over_the_size_limit() {
    let dir = folder_with_good_document("too-large");
    let file = std::fs::File::create(dir.path().join("huge.txt")).unwrap();
    // A sparse file: the size limit must be applied before the bytes are read.
    file.set_len(MAX_DOCUMENT_BYTES as u64 + 1).unwrap();
    assert_skips_and_still_checks(&dir, "huge.txt", "too large (over the 64 MB limit)");
}

#[test]
fn corpus_from_the_shipped_folder_matches_the_embedded_one() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/belarus-2025-02");
    let loaded = corpus::load_dir(&folder).expect("loads");
    let embedded = corpus::embedded_default();
    assert!(loaded.skipped.is_empty() && embedded.skipped.is_empty());
    let mut a = loaded.documents;
    let mut b = embedded.documents;
    a.sort_by(|x, y| x.id.cmp(&y.id));
    b.sort_by(|x, y| x.id.cmp(&y.id));
    assert_eq!(a, b);
}

#[test]
fn corpus_with_no_documents_still_checks_and_says_so() {
    let corpus = Corpus::new(Vec::new());
    let report = corpus.check(NEWS).expect("checks");
    invariants::assert_sound(&report, NEWS, corpus.documents());
    assert!(report.warnings.iter().any(|w| w.contains("the corpus has no documents")), "{:?}", report.warnings);
    assert!(!report.claims.is_empty() && report.summary.not_found == report.claims.iter().map(|c| c.facts.len()).sum::<usize>());
}

#[test]
fn corpus_document_identical_to_the_article_is_no_evidence() {
    let corpus = Corpus::new(vec![crosscheck::Document { id: "same".into(), source: "Same".into(), language: "en".into(), text: NEWS.into() }]);
    let report = corpus.check(NEWS).expect("checks");
    invariants::assert_sound(&report, NEWS, corpus.documents());
    assert_eq!(report.summary.agree + report.summary.conflict + report.summary.disputed, 0, "{}", report.to_text());
}

/// Each shipped document checked against the shipped corpus (itself excluded as evidence, by
/// identity) twice: sound, and the same both times.
#[test]
fn shipped_documents_check_soundly_and_the_same_twice() {
    for (file, text) in corpus::embedded::FILES {
        let first = check_article(text, Checked { warning: None, claims: true }).unwrap();
        let second = default_corpus().check(text).unwrap();
        assert!(first == second, "{file}: two checks of the same article differ");
    }
}

/// Numbers too large for any integer type, or for a float (they parse as infinity), compared
/// with the same and with other such numbers in a source.
#[test]
fn numbers_beyond_float_range_compare_soundly() {
    let huge = format!("1{}", "0".repeat(400));
    let other = format!("2{}", "0".repeat(400));
    let documents = vec![
        crosscheck::Document { id: "same".into(), source: "Same".into(), language: "en".into(), text: format!("The court freed {huge} prisoners on Monday, officials said.\n") },
        crosscheck::Document { id: "other".into(), source: "Other".into(), language: "en".into(), text: format!("The court freed {other} prisoners on Monday, officials said.\n") },
        crosscheck::Document { id: "small".into(), source: "Small".into(), language: "en".into(), text: "The court freed 12 prisoners on Monday, officials said.\n".into() },
    ];
    let corpus = Corpus::new(documents);
    for article in [
        format!("The court freed {huge} prisoners on Monday."),
        format!("The court freed more than {huge} prisoners on Monday."),
        format!("The court freed about {other} percent of prisoners on Monday."),
        format!("It was his {huge}th term, in the year {huge}."),
        "The court freed 0.000000000000000000000000000000000000000000000001 prisoners on Monday.".to_string(),
    ] {
        let report = corpus.check(&article).expect("checks");
        invariants::assert_sound(&report, &article, corpus.documents());
        assert!(!report.claims.is_empty(), "{article}: no claims");
    }
}
