//! Crosscheck: finds the checkable claims of a news article and judges each against a corpus
//! of other articles on the same story.
//!
//! The pipeline, one module a stage:
//! text in → [`analyse`] (with [`segment`], [`normalize`] and the kinds of fact in [`kinds`])
//! → [`retrieve`] → [`compare`] → [`aggregate`] → [`report`].
//! [`Corpus`] is the one API at the centre: build it once from documents, then
//! [`Corpus::check`] each article. The CLI (`src/main.rs`) and the wasm module (`src/wasm.rs`)
//! are thin adapters over it.

pub mod aggregate;
pub mod analyse;
#[cfg(not(target_arch = "wasm32"))]
pub mod archive;
pub mod compare;
pub mod corpus;
pub mod interval;
pub mod kinds;
pub mod limits;
pub mod normalize;
pub mod report;
pub mod retrieve;
pub mod segment;
pub mod small_sort;
pub mod synthetic;
pub mod tuning;
pub mod words;
#[cfg(test)]
pub mod testing;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use corpus::{Document, LoadedCorpus};
pub use analyse::calendar::CalendarDate;
pub use report::{Claim, Evidence, Fact, FactKind, Relation, Report, Verdict};

use report::{DocumentInfo, Skipped};

/// Why an article could not be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    /// Nothing but white space.
    EmptyArticle,
    /// Larger than [`limits::MAX_ARTICLE_BYTES`].
    ArticleTooLarge { bytes: usize, limit: usize },
    /// The corpus outside the engine could not be searched at all.
    Retrieval(String),
}

impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckError::EmptyArticle => write!(f, "the article is empty: paste or type the text to check"),
            CheckError::ArticleTooLarge { bytes, limit } => write!(
                f,
                "the article is too large to check ({bytes} bytes; the limit is {} MB, {limit} bytes)",
                limit / (1024 * 1024)
            ),
            CheckError::Retrieval(reason) => write!(f, "the archive could not be searched: {reason}"),
        }
    }
}

impl std::error::Error for CheckError {}

/// Each document's manifest date, by position.
fn written_dates(loaded: &LoadedCorpus) -> Vec<Option<CalendarDate>> {
    loaded
        .documents
        .iter()
        .map(|d| loaded.dates.iter().find(|(id, _)| *id == d.id).and_then(|(_, date)| CalendarDate::parse(date)))
        .collect()
}

/// A reference corpus, analysed and indexed once, ready to check any number of articles.
pub struct Corpus {
    documents: Vec<Document>,
    /// By document: the day it was written, where its manifest says.
    dates: Vec<Option<CalendarDate>>,
    skipped: Vec<Skipped>,
    index: retrieve::Index,
}

impl Corpus {
    /// Analyses and indexes the documents. Never fails: an empty corpus checks every fact as
    /// not found (and the report says the corpus is empty).
    pub fn new(documents: Vec<Document>) -> Corpus {
        let index = retrieve::Index::build(&documents);
        let dates = vec![None; documents.len()];
        Corpus { documents, dates, skipped: Vec::new(), index }
    }

    /// A corpus from loaded documents, keeping the record of files that were skipped.
    pub fn from_loaded(loaded: LoadedCorpus) -> Corpus {
        let dates = written_dates(&loaded);
        let index = retrieve::Index::build_dated(&loaded.documents, &dates);
        Corpus { documents: loaded.documents, dates, skipped: loaded.skipped, index }
    }

    /// The same corpus, with its sentences analysed only when a check retrieves them, as a
    /// corpus over `keep_analysed_max_bytes` is (for tests that the two give the same reports).
    #[doc(hidden)]
    pub fn from_loaded_on_demand(loaded: LoadedCorpus) -> Corpus {
        let dates = written_dates(&loaded);
        let index = retrieve::Index::build_with(&loaded.documents, &dates, false);
        Corpus { documents: loaded.documents, dates, skipped: loaded.skipped, index }
    }

    /// The corpus built into the program: five articles on one story.
    pub fn embedded_default() -> Corpus {
        Corpus::from_loaded(corpus::embedded_default())
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// The day each document was written (by position), where its manifest says.
    pub fn dates(&self) -> &[Option<CalendarDate>] {
        &self.dates
    }

    /// The documents as a report lists them.
    pub fn document_infos(&self) -> Vec<DocumentInfo> {
        self.documents
            .iter()
            .zip(&self.dates)
            .map(|(d, date)| DocumentInfo {
                id: d.id.clone(),
                source: d.source.clone(),
                language: d.language.clone(),
                bytes: d.text.len(),
                date: date.map(|day| day.to_string()),
            })
            .collect()
    }

    /// Finds the article's claims and judges each fact against the corpus.
    pub fn check(&self, article: &str) -> Result<Report, CheckError> {
        self.check_as_of(article, None)
    }

    /// Like [`Corpus::check`], reading the article's relative dates ("last month", "on
    /// Wednesday") against `written`, the day the article was written. An article with no
    /// day of its own is read as written on the day of the corpus's newest document: a draft
    /// is checked against what was already published.
    pub fn check_as_of(&self, article: &str, written: Option<CalendarDate>) -> Result<Report, CheckError> {
        if article.len() > limits::MAX_ARTICLE_BYTES {
            return Err(CheckError::ArticleTooLarge { bytes: article.len(), limit: limits::MAX_ARTICLE_BYTES });
        }
        if article.trim().is_empty() {
            return Err(CheckError::EmptyArticle);
        }
        let mut warnings = Vec::new();
        if self.documents.is_empty() {
            warnings.push("the corpus has no documents, so nothing can be found".to_string());
        }
        let mut lexicon = self.index.lexicon();
        let reading_day = written.or_else(|| self.dates.iter().flatten().max().copied());
        let mut analysed = analyse::analyse_with(article, &mut lexicon, reading_day);
        analysed.sentences.iter_mut().for_each(|s| self.index.weigh(s));
        if analysed.truncated {
            warnings.push(format!(
                "the article has more than {} sentences; only the first {} were checked",
                limits::MAX_ARTICLE_SENTENCES,
                limits::MAX_ARTICLE_SENTENCES
            ));
        }
        // Facts are what costs time; a text dense with them stops at the limit, on a
        // sentence boundary.
        let mut facts = 0usize;
        if let Some(cut) = analysed.sentences.iter().position(|s| {
            facts += s.facts.len();
            facts > limits::MAX_ARTICLE_FACTS
        }) {
            let checked = analysed.sentences[..cut].iter().map(|s| s.facts.len()).sum::<usize>();
            analysed.sentences.truncate(cut);
            warnings.push(format!(
                "the article holds more than {} checkable facts; only the first {checked} (up to sentence {cut}) were checked",
                limits::MAX_ARTICLE_FACTS
            ));
        }
        let claims = self.judge(article, &analysed, &mut lexicon, written);
        let summary = report::Summary::of(&claims);
        Ok(Report {
            claims,
            summary,
            documents: self.document_infos(),
            skipped: self.skipped.clone(),
            warnings,
        })
    }
}

impl Corpus {
    /// Retrieves, compares and aggregates every fact of the analysed article into claims.
    fn judge(&self, article: &str, analysed: &analyse::Analysed, lexicon: &mut analyse::terms::Lexicon, written: Option<CalendarDate>) -> Vec<Claim> {
        // A document identical to the article is the article itself: it is no evidence.
        let same_text: Vec<bool> = self.documents.iter().map(|d| d.text.trim() == article.trim()).collect();
        let newest = self.dates.iter().flatten().max().copied();
        let mut sources = retrieve::Sources::new(&self.index, &self.documents);
        let mut scratch = retrieve::Scratch::default();
        let mut claims = Vec::new();
        let cite = |f: &compare::Finding| {
            let doc = self.documents.get(f.doc)?;
            let span = self.index.sentence(f.sentence).span;
            let value = f.judged.span;
            Some(report::Cited {
                doc_id: doc.id.clone(),
                source: doc.source.clone(),
                date: self.dates.get(f.doc).copied().flatten().map(|d| d.to_string()),
                sentence: span.slice(&doc.text).to_string(),
                start: span.start,
                end: span.end,
                source_value: value.slice(&doc.text).to_string(),
                value_start: value.start,
                value_end: value.end,
            })
        };
        let source_name = |doc: usize| self.documents.get(doc).map(|d| d.source.clone());
        for sentence in &analysed.sentences {
            if sentence.noise || sentence.facts.is_empty() {
                continue;
            }
            // Retrieve: each fact's candidate sentences, by the keys of its frame.
            let candidates: Vec<Vec<u32>> = sentence
                .facts
                .iter()
                .map(|fact| {
                    self.index.search(&retrieve::query(sentence, fact), tuning::TUNING.candidates_per_fact, &mut scratch).into_iter().map(|(id, _)| id).filter(|&id| !same_text[sources.doc_of(id)]).collect()
                })
                .collect();
            sources.prepare(candidates.iter().flatten().copied(), lexicon);
            let ctx = compare::Ctx::new(&*lexicon, self.index.idf_table(), self.index.sentence_count(), written, newest);
            let found: Vec<Vec<compare::Source>> = candidates
                .iter()
                .map(|ids| {
                    ids.iter()
                        .map(|&id| {
                            let doc = sources.doc_of(id);
                            compare::Source { sentence: sources.get(id), id, doc, written: self.dates.get(doc).copied().flatten() }
                        })
                        .collect()
                })
                .collect();
            claims.push(judge_sentence(article, sentence, &ctx, &found, &cite, &source_name));
        }
        claims
    }
}

/// Compares each fact of one article sentence with its candidate sources, aggregates the
/// findings into verdicts and reports the sentence as a claim: the stages after retrieval,
/// shared by the in-memory corpus and an archive.
fn judge_sentence(
    article: &str,
    sentence: &analyse::Sentence,
    ctx: &compare::Ctx,
    candidates: &[Vec<compare::Source>],
    cite: &dyn Fn(&compare::Finding) -> Option<report::Cited>,
    source_name: &dyn Fn(usize) -> Option<String>,
) -> Claim {
    let mut facts = Vec::new();
    for (fact, found) in sentence.facts.iter().zip(candidates) {
        let findings = compare::findings(ctx, sentence, fact, found);
        let decided = aggregate::decide(fact, findings, ctx.written);
        facts.push(report::fact(article, fact, decided, cite, source_name));
    }
    // No twins: a person whose role's words hold a value of their own ("Ada Marr, a
    // 41-year-old surgeon") is reported on the name's words, so each fact keeps its own.
    for (fact, reported) in sentence.facts.iter().zip(facts.iter_mut()) {
        if fact.kind == FactKind::Person && reported.kind == FactKind::Person {
            let inner = sentence.facts.iter().any(|v| v.kind != FactKind::Person && analyse::frame::is_value(v.kind) && fact.span.contains(v.span));
            if inner && fact.core.0 < fact.core.1 {
                let core = analyse::span_of(sentence, fact.core.0, fact.core.1);
                reported.start = core.start;
                reported.end = core.end;
                reported.text = core.slice(article).to_string();
            }
        }
    }
    // No twins: a date that times the value beside it ("passed 2,000 on Thursday",
    // "sentenced Thursday to 12 years") is reported with that value, as one fact: the value
    // was compared at that time. Only a date no source speaks to on its own is folded in; a
    // date confirmed or contradicted keeps its own verdict.
    let mut merged = vec![false; facts.len()];
    for (d, date) in sentence.facts.iter().enumerate() {
        if date.kind != FactKind::Date || facts[d].verdict != Verdict::NotFound {
            continue;
        }
        let timed = sentence.facts.iter().enumerate().find(|(v, value)| {
            *v != d && !merged[*v] && matches!(value.kind, FactKind::Quantity | FactKind::Money | FactKind::Percent)
                && matches!(value.frame.when, analyse::frame::When::On(_))
                && sentence.clause_range(value.core.0) == sentence.clause_range(date.core.0)
                && (date.tokens.0 >= value.tokens.1 && date.tokens.0 <= value.tokens.1 + 1 || date.tokens.1 <= value.tokens.0 && value.tokens.0 <= date.tokens.1 + 1)
        });
        let Some((v, _)) = timed else { continue };
        let date_fact = facts[d].clone();
        let value_fact = &mut facts[v];
        let (start, end) = (value_fact.start.min(date_fact.start), value_fact.end.max(date_fact.end));
        value_fact.value = format!("{} ({})", value_fact.value, date_fact.value);
        value_fact.start = start;
        value_fact.end = end;
        value_fact.text = article[start..end].to_string();
        merged[d] = true;
    }
    let mut k = 0;
    facts.retain(|_| {
        k += 1;
        !merged[k - 1]
    });
    // No twins: a statement holding a person, a place or a quotation that is contested would
    // only repeat its verdict.
    let contested: Vec<(usize, usize)> = facts.iter().filter(|f: &&Fact| f.kind != FactKind::Statement && matches!(f.verdict, Verdict::Conflict | Verdict::Disputed)).map(|f| (f.start, f.end)).collect();
    facts.retain(|f| f.kind != FactKind::Statement || !contested.iter().any(|&(a, b)| f.start <= a && b <= f.end));
    Claim::new(sentence.span.start, sentence.span.end, sentence.span.slice(article).to_string(), facts)
}

/// Checks an article against a corpus held outside the engine (an archive in a search
/// engine): retrieval asks `retriever` for each fact's candidate sentences by the same keys
/// the in-memory index is searched with; analysis, comparison, aggregation and the report are
/// the in-memory check's own. What differs, and why: see `retrieve::External`.
pub fn check_against(article: &str, written: Option<CalendarDate>, retriever: &dyn retrieve::Retriever) -> Result<Report, CheckError> {
    if article.len() > limits::MAX_ARTICLE_BYTES {
        return Err(CheckError::ArticleTooLarge { bytes: article.len(), limit: limits::MAX_ARTICLE_BYTES });
    }
    if article.trim().is_empty() {
        return Err(CheckError::EmptyArticle);
    }
    let mut warnings = Vec::new();
    let newest = retriever.newest();
    let mut lexicon = analyse::terms::Lexicon::new();
    let mut analysed = analyse::analyse_with(article, &mut lexicon, written.or(newest));
    if analysed.truncated {
        warnings.push(format!("the article has more than {} sentences; only the first {} were checked", limits::MAX_ARTICLE_SENTENCES, limits::MAX_ARTICLE_SENTENCES));
    }
    let mut external = retrieve::External::default();
    // Retrieve for every fact first: the comparison weighs words by how rare they are among
    // the sentences retrieved.
    let mut candidates: Vec<Vec<Vec<u32>>> = Vec::new();
    let mut checked_facts = 0usize;
    for sentence in &analysed.sentences {
        if sentence.noise || sentence.facts.is_empty() || checked_facts > limits::MAX_ARTICLE_FACTS {
            candidates.push(Vec::new());
            continue;
        }
        checked_facts += sentence.facts.len();
        let mut per_fact = Vec::new();
        for fact in &sentence.facts {
            let keys = retrieve::query_keys(&retrieve::query(sentence, fact), &lexicon);
            per_fact.push(external.retrieve(retriever, &keys, tuning::TUNING.candidates_per_fact, &mut lexicon, &mut warnings).map_err(CheckError::Retrieval)?);
        }
        candidates.push(per_fact);
    }
    // The whole corpus's IDF where the retriever counts keys, else the sentences found's.
    let (sentences, idf) = external.corpus_idf(retriever, &lexicon).unwrap_or_else(|| (external.sentence_count(), external.idf(&lexicon)));
    analysed.sentences.iter_mut().for_each(|s| retrieve::weigh_by(s, &idf));
    external.weigh_all(&idf);
    let ctx = compare::Ctx::new(&lexicon, &idf, sentences, written, newest);
    let cite = |f: &compare::Finding| external.cite(f);
    let source_name = |doc: usize| external.source_name(doc);
    let mut claims = Vec::new();
    for (sentence, per_fact) in analysed.sentences.iter().zip(&candidates) {
        if per_fact.is_empty() {
            continue;
        }
        let found: Vec<Vec<compare::Source>> = per_fact.iter().map(|ids| ids.iter().map(|&id| external.source(id)).collect()).collect();
        claims.push(judge_sentence(article, sentence, &ctx, &found, &cite, &source_name));
    }
    warnings.dedup();
    let summary = report::Summary::of(&claims);
    Ok(Report { claims, summary, documents: external.document_infos(), skipped: Vec::new(), warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The corpus with its index built the other way: sentences analysed on demand when the
    /// index keeps them, kept when it does not.
    fn built_the_other_way(loaded: LoadedCorpus) -> (Corpus, Corpus) {
        let dates = written_dates(&loaded);
        let kept = retrieve::Index::build_with(&loaded.documents, &dates, true);
        let on_demand = retrieve::Index::build_with(&loaded.documents, &dates, false);
        let corpus = |index| Corpus { documents: loaded.documents.clone(), dates: dates.clone(), skipped: loaded.skipped.clone(), index };
        (corpus(kept), corpus(on_demand))
    }

    #[test]
    fn sentences_analysed_on_demand_give_the_same_report_as_sentences_kept() {
        let (kept, on_demand) = built_the_other_way(corpus::embedded_default());
        let drafts = [
            include_str!("../www/sample-draft.txt"),
            // A pronoun whose person is named sentences earlier, a relative date, a place.
            "The opposition leader spoke on Wednesday. She said that more than 900 people are still held. He was freed last month after five years.",
        ];
        for draft in drafts {
            let a = serde_json::to_string(&kept.check(draft).unwrap()).unwrap();
            let b = serde_json::to_string(&on_demand.check(draft).unwrap()).unwrap();
            assert_eq!(a, b);
            assert!(a.contains("\"verdict\":\"conflict\"") || a.contains("\"verdict\":\"agree\""));
        }
    }
}
