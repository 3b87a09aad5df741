//! Helpers for the unit tests of the kinds of fact: a corpus of a sentence or two, an
//! article, and the verdict of one of its facts.

use crate::corpus::{Document, LoadedCorpus};
use crate::report::{Fact, Report};
use crate::{CalendarDate, Corpus, Verdict};

/// The facts read in the first sentence of `text`, as (kind, words), in order.
pub fn first_sentence_facts(text: &str) -> Vec<(crate::kinds::FactKind, String)> {
    crate::analyse::analyse(text).sentences[0].facts.iter().map(|f| (f.kind, f.span.slice(text).to_string())).collect()
}

/// The fact whose words are exactly `words`, else the shortest one holding them.
pub fn fact_in<'a>(report: &'a Report, words: &str) -> &'a Fact {
    let facts = || report.claims.iter().flat_map(|c| &c.facts);
    facts()
        .find(|f| f.text == words)
        .or_else(|| facts().filter(|f| f.text.contains(words)).min_by_key(|f| f.text.len()))
        .unwrap_or_else(|| panic!("no fact {words:?} in {:#?}", report.claims.iter().flat_map(|c| c.facts.iter().map(|f| (f.kind, f.text.clone()))).collect::<Vec<_>>()))
}

/// The verdict on `words` of `article`, checked against undated documents.
pub fn verdict_in(corpus: &[&str], article: &str, words: &str) -> Verdict {
    checked_in(corpus, article, words).verdict
}

/// The fact `words` of `article` as checked against undated documents: its verdict, reason
/// and evidence, as a reader sees them.
pub fn checked_in(corpus: &[&str], article: &str, words: &str) -> Fact {
    let docs = corpus
        .iter()
        .enumerate()
        .map(|(i, t)| Document { id: format!("d{i}"), source: format!("Source {i}"), language: "en".into(), text: t.to_string() })
        .collect();
    let report = Corpus::new(docs).check(article).expect("checks");
    fact_in(&report, words).clone()
}

/// The verdict on `words` of `article` written on `written`, checked against documents given
/// as (id, date written, text).
pub fn dated_verdict_in(corpus: &[(&str, &str, &str)], article: &str, written: Option<&str>, words: &str) -> Verdict {
    dated_checked_in(corpus, article, written, words).verdict
}

/// The fact `words` of `article` written on `written`, checked against documents given as
/// (id, date written, text): its verdict, value as read, reason and evidence.
pub fn dated_checked_in(corpus: &[(&str, &str, &str)], article: &str, written: Option<&str>, words: &str) -> Fact {
    let loaded = LoadedCorpus {
        name: String::new(),
        documents: corpus.iter().map(|(id, _, t)| Document { id: id.to_string(), source: id.to_string(), language: "en".into(), text: t.to_string() }).collect(),
        skipped: vec![],
        dates: corpus.iter().map(|(id, d, _)| (id.to_string(), d.to_string())).collect(),
        listed: vec![],
    };
    let report = Corpus::from_loaded(loaded).check_as_of(article, written.and_then(CalendarDate::parse)).expect("checks");
    fact_in(&report, words).clone()
}
