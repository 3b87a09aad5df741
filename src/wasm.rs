//! The WebAssembly adapter: a [`Checker`] that JavaScript builds once and asks to check
//! articles. Every value crossing the boundary is a plain JSON-compatible object, the same
//! shape the CLI prints, so the page and the CLI share one report format. Bad input becomes a
//! `JsError` with a message for people, never a panic.
//!
//! What the page must agree with the engine on (the limits, the order verdicts are read in,
//! the kinds of fact and their labels, the plain-text summary, how a manifest and a date are
//! read) is exported here, so that the JavaScript copies none of it.

use crate::corpus::{self, Document, LoadedCorpus};
use crate::limits::{self, MAX_DOCUMENTS, MAX_DOCUMENT_BYTES};
use crate::report::{DocumentInfo, RollUp, Skipped, Verdict};
use crate::{CalendarDate, Corpus, FactKind, Report};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Converts a value to plain JS objects and arrays by way of the very JSON text the CLI prints,
/// so numbers match it digit for digit (an `f32` score handed over directly would read
/// 0.699999988079071 where the CLI prints 0.7).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)
        .map_err(|e| JsError::new(&format!("could not hand the result to JavaScript: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not hand the result to JavaScript"))
}

/// A corpus document as JavaScript passes it in. Every field is optional here so that a
/// document missing one is skipped with a reason instead of failing the whole corpus.
#[derive(Deserialize)]
struct DocumentInput {
    id: Option<String>,
    source: Option<String>,
    language: Option<String>,
    text: Option<String>,
    /// The day the document was written, "YYYY-MM-DD" (optional).
    date: Option<String>,
}

/// Keeps the usable documents and records why each other one was left out.
fn validate(inputs: Vec<DocumentInput>) -> LoadedCorpus {
    let mut loaded = LoadedCorpus::default();
    for (position, input) in inputs.into_iter().enumerate() {
        let id = input.id.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let label = id.clone().unwrap_or_else(|| format!("document {}", position + 1));
        let text = input.text.unwrap_or_default();
        let problem = if id.is_none() {
            Some("no id".to_string())
        } else if loaded.documents.iter().any(|d| Some(&d.id) == id.as_ref()) {
            Some(format!("duplicate id {label:?}"))
        } else if text.len() > MAX_DOCUMENT_BYTES {
            Some(format!(
                "too large ({} MB; the limit is {} MB)",
                text.len() / (1024 * 1024),
                MAX_DOCUMENT_BYTES / (1024 * 1024)
            ))
        } else if text.trim().is_empty() {
            Some("empty text".to_string())
        } else if loaded.documents.len() >= MAX_DOCUMENTS {
            Some(format!("more than {MAX_DOCUMENTS} documents"))
        } else if let Some(bad) = input.date.as_deref().filter(|d| !d.trim().is_empty() && CalendarDate::parse(d).is_none()) {
            // Read as no date, its relative dates would be compared as written: say so instead.
            Some(format!("its date {bad:?} is not a day of the form YYYY-MM-DD"))
        } else {
            None
        };
        match problem {
            Some(reason) => loaded.skipped.push(Skipped { file: label, reason }),
            None => {
                if let Some(date) = input.date.filter(|d| !d.trim().is_empty()) {
                    loaded.dates.push((label.clone(), date));
                }
                loaded.documents.push(Document {
                    source: input.source.filter(|s| !s.trim().is_empty()).unwrap_or_else(|| label.clone()),
                    language: input.language.unwrap_or_default(),
                    id: label,
                    text,
                })
            }
        }
    }
    loaded
}

/// A reference corpus, indexed once, that checks any number of articles.
#[wasm_bindgen]
pub struct Checker {
    corpus: Corpus,
    /// The report of the last check, for its plain-text summary. Kept rather than read back
    /// from the object JavaScript holds: reading a report back would link a deserialiser of
    /// every report type, 18 KB of the gzipped module.
    last: RefCell<Option<Report>>,
}

#[wasm_bindgen]
impl Checker {
    /// A checker over the corpus built into the module.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Checker {
        Checker { corpus: Corpus::embedded_default(), last: RefCell::new(None) }
    }

    /// A checker over the given documents: `[{id, source, language?, date?, text}]`. Unusable
    /// documents are skipped and listed in every report's `skipped`; if none is usable, fails
    /// with a message naming each document and why.
    #[wasm_bindgen(js_name = fromDocuments)]
    pub fn from_documents(docs: JsValue) -> Result<Checker, JsError> {
        let inputs: Vec<DocumentInput> = serde_wasm_bindgen::from_value(docs).map_err(|e| {
            JsError::new(&format!("the corpus must be a list of {{id, source, language, text}} documents: {e}"))
        })?;
        let loaded = validate(inputs);
        if loaded.documents.is_empty() {
            let reasons: Vec<String> = loaded.skipped.iter().map(|s| format!("{}: {}", s.file, s.reason)).collect();
            let detail = if reasons.is_empty() { "the list is empty".to_string() } else { reasons.join("; ") };
            return Err(JsError::new(&format!("the corpus has no usable documents ({detail})")));
        }
        Ok(Checker { corpus: Corpus::from_loaded(loaded), last: RefCell::new(None) })
    }

    /// Checks an article written on `written` ("YYYY-MM-DD", or null/undefined when unknown:
    /// its relative dates are then compared as written), as `crosscheck check --date` does;
    /// resolves to the report object the CLI prints as JSON.
    pub fn check(&self, article: &str, written: Option<String>) -> Result<JsValue, JsError> {
        let written = match written.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(text) => Some(CalendarDate::parse(text).ok_or_else(|| {
                JsError::new(&format!("the day the article was written, {text:?}, is not a date of the form YYYY-MM-DD"))
            })?),
        };
        let report = self.corpus.check_as_of(article, written).map_err(|e| JsError::new(&e.to_string()))?;
        let value = to_js(&report)?;
        *self.last.borrow_mut() = Some(report);
        Ok(value)
    }

    /// The plain-text summary of the report the last `check` resolved to, as `crosscheck
    /// check --format text` prints it; undefined before the first check.
    #[wasm_bindgen(js_name = lastReportText)]
    pub fn last_report_text(&self) -> Option<String> {
        self.last.borrow().as_ref().map(Report::to_text)
    }

    /// The corpus's documents: `[{id, source, language, bytes, date?}]`.
    pub fn documents(&self) -> Result<JsValue, JsError> {
        let infos: Vec<DocumentInfo> = self.corpus.document_infos();
        to_js(&infos)
    }

    /// Documents that were left out when the corpus was built: `[{file, reason}]`.
    pub fn skipped(&self) -> Result<JsValue, JsError> {
        to_js(&self.corpus.skipped())
    }
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new()
    }
}

/// A document with its text and its manifest date, as the page keeps it.
#[derive(Serialize)]
struct DocumentOutput<'a> {
    id: &'a str,
    source: &'a str,
    language: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    text: &'a str,
}

/// The built-in corpus: `{name, documents: [{id, source, language, date?, text}]}`, each date
/// as its manifest gives it.
#[wasm_bindgen(js_name = defaultCorpus)]
pub fn default_corpus() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Output<'a> {
        name: &'a str,
        documents: Vec<DocumentOutput<'a>>,
    }
    let loaded = corpus::embedded_default();
    let documents = loaded
        .documents
        .iter()
        .map(|d| DocumentOutput {
            id: &d.id,
            source: &d.source,
            language: &d.language,
            date: loaded.dates.iter().find(|(id, _)| *id == d.id).map(|(_, date)| date.as_str()),
            text: &d.text,
        })
        .collect();
    to_js(&Output { name: &loaded.name, documents })
}

/// A `corpus.json` manifest read as the CLI reads it: `{name, documents: [{id?, file,
/// source?, language?, date?}]}`, or an error saying what is wrong with it.
#[wasm_bindgen(js_name = parseManifest)]
pub fn parse_manifest(json: &str) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Entry {
        id: Option<String>,
        file: String,
        source: Option<String>,
        language: Option<String>,
        date: Option<String>,
    }
    #[derive(Serialize)]
    struct Output {
        name: String,
        documents: Vec<Entry>,
    }
    let manifest = corpus::parse_manifest(json).map_err(|e| JsError::new(&e))?;
    to_js(&Output {
        name: manifest.name,
        documents: manifest
            .documents
            .into_iter()
            .map(|e| Entry { id: e.id, file: e.file, source: e.source, language: e.language, date: e.date })
            .collect(),
    })
}

/// A day as the engine reads one ("2025-02-03", as manifests and `--date` give it), written
/// back the same way; null when the text is not a day of the calendar.
#[wasm_bindgen(js_name = parseDate)]
pub fn parse_date(text: &str) -> Option<String> {
    CalendarDate::parse(text).map(|d| d.to_string())
}

/// What the page must know of the engine: `{limits: {max_article_bytes, ...}, verdicts,
/// rollups (both most urgent first), kinds: [{kind, label}]}`.
#[wasm_bindgen(js_name = engineInfo)]
pub fn engine_info() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Limits {
        max_article_bytes: usize,
        max_document_bytes: usize,
        max_documents: usize,
        max_sentence_bytes: usize,
        max_article_sentences: usize,
        max_article_facts: usize,
    }
    #[derive(Serialize)]
    struct Kind {
        kind: &'static str,
        label: &'static str,
    }
    #[derive(Serialize)]
    struct Info {
        version: &'static str,
        limits: Limits,
        verdicts: Vec<&'static str>,
        rollups: Vec<&'static str>,
        kinds: Vec<Kind>,
    }
    to_js(&Info {
        version: env!("CARGO_PKG_VERSION"),
        limits: Limits {
            max_article_bytes: limits::MAX_ARTICLE_BYTES,
            max_document_bytes: limits::MAX_DOCUMENT_BYTES,
            max_documents: limits::MAX_DOCUMENTS,
            max_sentence_bytes: limits::MAX_SENTENCE_BYTES,
            max_article_sentences: limits::MAX_ARTICLE_SENTENCES,
            max_article_facts: limits::MAX_ARTICLE_FACTS,
        },
        verdicts: Verdict::ALL.iter().map(|v| v.as_str()).collect(),
        rollups: RollUp::ALL.iter().map(|r| r.as_str()).collect(),
        kinds: FactKind::ALL.iter().map(|k| Kind { kind: k.as_str(), label: k.label() }).collect(),
    })
}

/// Turns an uploaded file's bytes into document text, or fails with the reason in a few words
/// ("empty file", "binary file (contains NUL bytes), not text", "not UTF-8 text ...").
#[wasm_bindgen(js_name = decodeDocument)]
pub fn decode_document(bytes: &[u8]) -> Result<String, JsError> {
    corpus::decode_document(bytes).map_err(|reason| JsError::new(&reason))
}
