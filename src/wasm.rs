//! The WebAssembly adapter: a [`Checker`] that JavaScript builds once and asks to check
//! articles. Every value crossing the boundary is a plain JSON-compatible object, the same
//! shape the CLI prints, so the page and the CLI share one report format. Bad input becomes a
//! `JsError` with a message for people, never a panic.

use crate::corpus::{self, Document, LoadedCorpus};
use crate::limits::{MAX_DOCUMENTS, MAX_DOCUMENT_BYTES};
use crate::report::{DocumentInfo, Skipped};
use crate::Corpus;
use serde::{Deserialize, Serialize};
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
}

#[wasm_bindgen]
impl Checker {
    /// A checker over the corpus built into the module.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Checker {
        Checker { corpus: Corpus::embedded_default() }
    }

    /// A checker over the given documents: `[{id, source, language?, text}]`. Unusable
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
        Ok(Checker { corpus: Corpus::from_loaded(loaded) })
    }

    /// Checks an article; resolves to the report object the CLI prints as JSON.
    pub fn check(&self, article: &str) -> Result<JsValue, JsError> {
        let report = self.corpus.check(article).map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&report)
    }

    /// The corpus's documents: `[{id, source, language, bytes}]`.
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

/// The built-in corpus's documents with their text: `[{id, source, language, text}]`.
#[wasm_bindgen(js_name = defaultDocuments)]
pub fn default_documents() -> Result<JsValue, JsError> {
    to_js(&corpus::embedded_default().documents)
}

/// Turns an uploaded file's bytes into document text, or fails with the reason in a few words
/// ("empty file", "binary file (contains NUL bytes), not text", "not UTF-8 text ...").
#[wasm_bindgen(js_name = decodeDocument)]
pub fn decode_document(bytes: &[u8]) -> Result<String, JsError> {
    corpus::decode_document(bytes).map_err(|reason| JsError::new(&reason))
}
