//! What every report must satisfy whatever the input, and the two fuzz harnesses that feed the
//! engine hostile bytes. Shared by `tests/robustness.rs`, `tests/properties.rs`,
//! `tests/regressions/` (which replays kept fuzz inputs) and the fuzz targets (which include
//! this file by path). A report that breaks one of these rules would make the page highlight
//! the wrong words, or panic when it slices the article at an offset that is not on a
//! character boundary.

#![allow(dead_code)]

use crosscheck::corpus::{assemble, decode_document, embedded, parse_manifest};
use crosscheck::limits::MAX_ARTICLE_BYTES;
use crosscheck::report::RollUp;
use crosscheck::{CheckError, Corpus, Document, Report, Verdict};
use std::sync::OnceLock;

/// Panics, naming the first broken rule, unless `report` is a sound report of `article`
/// checked against `documents`.
pub fn assert_sound(report: &Report, article: &str, documents: &[Document]) {
    for claim in &report.claims {
        let slice = span_in(article, claim.start, claim.end, "claim");
        assert_eq!(claim.text, slice, "claim text is not the article's words at its offsets");
        assert!(!claim.facts.is_empty(), "claim {:?} has no facts", claim.text);
        assert_eq!(claim.verdict, RollUp::of(claim.facts.iter().map(|f| f.verdict)), "claim verdict is not its facts' roll-up");
        assert_eq!(claim.confirmed, claim.facts.iter().filter(|f| f.verdict == Verdict::Agree).count(), "claim counts its confirmed facts wrong");
        assert!(claim.facts.windows(2).all(|w| w[0].start <= w[1].start), "claim facts are not in article order");
        for fact in &claim.facts {
            let slice = span_in(article, fact.start, fact.end, "fact");
            assert_eq!(fact.text, slice, "fact text is not the article's words at its offsets");
            if fact.verdict == Verdict::NotFound {
                assert!(fact.evidence.is_empty(), "not_found fact {:?} has evidence", fact.text);
            }
            for ev in &fact.evidence {
                let doc = documents
                    .iter()
                    .find(|d| d.id == ev.doc_id)
                    .unwrap_or_else(|| panic!("evidence names unknown document {:?}", ev.doc_id));
                let sentence = span_in(&doc.text, ev.start, ev.end, "evidence sentence");
                assert_eq!(ev.sentence, sentence, "evidence sentence is not the document's words at its offsets");
                span_in(&doc.text, ev.value_start, ev.value_end, "evidence value");
                assert!(ev.score.is_finite() && (0.0..=1.0).contains(&ev.score), "evidence score {} outside 0..1", ev.score);
            }
        }
    }
    assert_eq!(report.summary, crosscheck::report::Summary::of(&report.claims), "summary does not count the claims and facts");
    // What the CLI prints and the page receives must be producible from any report.
    let json = serde_json::to_string(report).expect("report serialises to JSON");
    let back: Report = serde_json::from_str(&json).expect("report JSON reads back");
    assert_eq!(back.claims.len(), report.claims.len());
    let _ = report.to_text();
}

/// The slice `text[start..end]`, after checking the offsets are ordered, inside the text and on
/// character boundaries.
fn span_in<'a>(text: &'a str, start: usize, end: usize, what: &str) -> &'a str {
    assert!(start <= end, "{what} starts after it ends ({start}..{end})");
    assert!(end <= text.len(), "{what} ends at {end}, past the text's {} bytes", text.len());
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} offsets {start}..{end} are not on character boundaries"
    );
    &text[start..end]
}

/// Checks `article`, asserting the outcome is a sound report or a refusal for the reason given.
pub fn assert_checks_soundly(corpus: &Corpus, article: &str) {
    match corpus.check(article) {
        Ok(report) => assert_sound(&report, article, corpus.documents()),
        Err(CheckError::EmptyArticle) => assert!(article.trim().is_empty(), "refused a non-empty article as empty"),
        Err(CheckError::ArticleTooLarge { bytes, .. }) => {
            assert!(bytes == article.len() && bytes > MAX_ARTICLE_BYTES, "refused a {bytes}-byte article as too large")
        }
        Err(CheckError::Retrieval(why)) => panic!("the in-memory corpus failed to retrieve: {why}"),
    }
}

pub fn default_corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(Corpus::embedded_default)
}

/// Real news prose: the first kilobyte or so of the first embedded document.
pub fn news_article() -> &'static str {
    let text = embedded::FILES[0].1;
    let mut end = text.len().min(1_500);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Fuzz harness `check`: the bytes as an article checked against the embedded corpus, and as a
/// corpus document that real prose and the document itself are checked against.
pub fn check_bytes(data: &[u8]) {
    if let Ok(article) = std::str::from_utf8(data) {
        assert_checks_soundly(default_corpus(), article);
    }
    if let Ok(text) = decode_document(data) {
        let document = Document { id: "fuzz".into(), source: "Fuzz".into(), language: String::new(), text: text.clone() };
        let corpus = Corpus::new(vec![document]);
        assert_checks_soundly(&corpus, news_article());
        // The document with one more line (a document identical to the article is not taken
        // as evidence), so every fact has a source saying the same.
        assert_checks_soundly(&corpus, &format!("{text}\nThe court freed 12 people."));
    }
}

/// Fuzz harness `corpus_loader`: the bytes as a corpus, split at 0xFF bytes (never part of
/// UTF-8 text). Part 0 is `corpus.json`; part i is the file named by the i-th letter ("a.txt",
/// "b.txt", ...). Assembling must skip every bad part with a reason and keep ids unique, and the
/// corpus built must check an article soundly.
pub fn load_corpus_bytes(data: &[u8]) {
    const ARTICLE: &str = "On Monday the court sentenced 12 activists to six years in prison, officials said. \
        “It was a farce,” said Maria Ivanova, the deputy head of the group, in the capital.";
    let mut parts = data.split(|&b| b == 0xFF);
    let manifest_bytes = parts.next().unwrap_or_default();
    let files: Vec<(String, &[u8])> =
        parts.take(26).enumerate().map(|(i, bytes)| (format!("{}.txt", (b'a' + i as u8) as char), bytes)).collect();
    let manifest = std::str::from_utf8(manifest_bytes).ok().and_then(|json| parse_manifest(json).ok());
    let names: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
    let loaded = assemble(manifest.as_ref(), &names, |name| {
        files.iter().find(|(f, _)| f == name).map(|(_, bytes)| bytes.to_vec()).ok_or_else(|| "no such file".to_string())
    });

    for (i, doc) in loaded.documents.iter().enumerate() {
        assert!(!doc.id.is_empty(), "document with an empty id");
        assert!(loaded.documents[..i].iter().all(|d| d.id != doc.id), "duplicate id {:?}", doc.id);
        assert!(!doc.text.trim().is_empty() && !doc.text.contains('\0'), "unusable text kept: {:?}", doc.text);
    }
    // Nothing is dropped silently: every manifest entry and every file it does not mention is
    // either loaded or skipped with a reason.
    let unmentioned = names
        .iter()
        .filter(|n| manifest.as_ref().is_none_or(|m| !m.documents.iter().any(|e| file_stem(&e.file) == file_stem(n))))
        .count();
    let entries = manifest.as_ref().map_or(0, |m| m.documents.len()) + unmentioned;
    assert_eq!(loaded.documents.len() + loaded.skipped.len(), entries, "an entry was neither loaded nor skipped");
    assert!(loaded.skipped.iter().all(|s| !s.reason.is_empty()), "skipped without a reason");

    let corpus = Corpus::from_loaded(loaded);
    let report = corpus.check(ARTICLE).expect("a news article is always checked");
    assert_sound(&report, ARTICLE, corpus.documents());
    assert_eq!(report.skipped.len(), corpus.skipped().len());
}

/// The file name without folder or extension, as `assemble` matches manifest entries to files.
fn file_stem(file: &str) -> &str {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}
