//! Corpus documents: the embedded default, a folder with an optional `corpus.json` manifest,
//! and the checks that turn raw bytes into a usable document or a clear reason why not.

use crate::limits::{MAX_DOCUMENTS, MAX_DOCUMENT_BYTES};
use crate::report::Skipped;
use serde::{Deserialize, Serialize};

/// One reference document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Short stable id ("wire"); unique within a corpus.
    pub id: String,
    /// Who published it, for people ("Harbour News Agency").
    pub source: String,
    /// BCP 47 language tag as the manifest gives it ("en"); empty when unknown.
    #[serde(default)]
    pub language: String,
    pub text: String,
}

/// A `corpus.json` manifest.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Manifest {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub documents: Vec<ManifestEntry>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ManifestEntry {
    pub id: Option<String>,
    pub file: String,
    pub source: Option<String>,
    pub language: Option<String>,
    /// The day the document was written ("2025-02-13"), against which its relative dates
    /// ("last month", "on Wednesday") are read.
    #[serde(default)]
    pub date: Option<String>,
}

/// Documents that could be used, and the files that could not.
#[derive(Debug, Clone, Default)]
pub struct LoadedCorpus {
    pub name: String,
    pub documents: Vec<Document>,
    pub skipped: Vec<Skipped>,
    /// The day each document was written, by document id, where the manifest says.
    pub dates: Vec<(String, String)>,
    /// The day the manifest gives each file it lists, by file stem, whether or not the file
    /// was loaded: an article checked against the rest of its own corpus is dated by it.
    pub listed: Vec<(String, String)>,
}

impl LoadedCorpus {
    /// The day the manifest gives the file `file` ("ours.txt", or a path ending in it), if it
    /// lists it with a valid one.
    pub fn date_listed_for(&self, file: &str) -> Option<crate::CalendarDate> {
        let stem = stem_of(file);
        self.listed.iter().find(|(s, _)| s == stem).and_then(|(_, d)| crate::CalendarDate::parse(d))
    }
}

/// Why a whole corpus could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusError {
    /// The folder is missing or unreadable.
    Unreadable { path: String, reason: String },
    /// Nothing usable was found; `skipped` says what was tried.
    NoDocuments { path: String, skipped: Vec<Skipped> },
}

impl std::fmt::Display for CorpusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CorpusError::Unreadable { path, reason } => write!(f, "corpus {path}: {reason}"),
            CorpusError::NoDocuments { path, skipped } => {
                write!(f, "corpus {path}: no usable .txt documents")?;
                for s in skipped {
                    write!(f, "; {}: {}", s.file, s.reason)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for CorpusError {}

/// Turns a file's bytes into document text, or says in a few words why it cannot be used.
pub fn decode_document(bytes: &[u8]) -> Result<String, String> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(too_large());
    }
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes), not text".into());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!("not UTF-8 text (invalid byte at offset {})", e.valid_up_to())
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err("no text (only white space)".into());
    }
    Ok(text.to_string())
}

/// Why a document over [`MAX_DOCUMENT_BYTES`] is skipped. (Not "65 MB; the limit is 64 MB":
/// sizes rounded to whole megabytes can read as equal to the limit.)
fn too_large() -> String {
    format!("too large (over the {} MB limit)", MAX_DOCUMENT_BYTES / (1024 * 1024))
}

/// Parses a manifest, naming what is wrong with a broken one.
pub fn parse_manifest(json: &str) -> Result<Manifest, String> {
    serde_json::from_str(json).map_err(|e| format!("corpus.json is not a valid manifest: {e}"))
}

fn stem_of(file: &str) -> &str {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

/// Builds the document list from a manifest (or, without one, every `.txt` file) and a reader
/// of files by name. Duplicate ids, missing and unusable files are skipped with a reason.
pub fn assemble(
    manifest: Option<&Manifest>,
    txt_files: &[String],
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
) -> LoadedCorpus {
    let mut loaded = LoadedCorpus::default();
    let entries: Vec<ManifestEntry> = match manifest {
        Some(m) => {
            loaded.name = m.name.clone();
            loaded.listed = m.documents.iter().filter_map(|e| Some((stem_of(&e.file).to_string(), e.date.clone()?))).collect();
            let mut entries = m.documents.clone();
            // Text files the manifest does not mention are still part of the corpus.
            for file in txt_files {
                if !entries.iter().any(|e| stem_of(&e.file) == stem_of(file)) {
                    entries.push(ManifestEntry { id: None, file: file.clone(), source: None, language: None, date: None });
                }
            }
            entries
        }
        None => txt_files
            .iter()
            .map(|f| ManifestEntry { id: None, file: f.clone(), source: None, language: None, date: None })
            .collect(),
    };
    for entry in entries {
        let id = entry.id.clone().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| stem_of(&entry.file).to_string());
        if loaded.documents.len() >= MAX_DOCUMENTS {
            loaded.skipped.push(Skipped { file: entry.file, reason: format!("more than {MAX_DOCUMENTS} documents") });
            continue;
        }
        if loaded.documents.iter().any(|d| d.id == id) {
            loaded.skipped.push(Skipped { file: entry.file, reason: format!("duplicate id {id:?}") });
            continue;
        }
        match read(&entry.file).and_then(|bytes| decode_document(&bytes)) {
            Ok(text) => {
                if let Some(date) = entry.date.filter(|d| !d.trim().is_empty()) {
                    loaded.dates.push((id.clone(), date));
                }
                loaded.documents.push(Document {
                    source: entry.source.filter(|s| !s.trim().is_empty()).unwrap_or_else(|| id.clone()),
                    language: entry.language.unwrap_or_default(),
                    id,
                    text,
                })
            }
            Err(reason) => loaded.skipped.push(Skipped { file: entry.file, reason }),
        }
    }
    loaded
}

/// The default corpus, built into the binary and the wasm module.
pub mod embedded {
    pub const MANIFEST: &str = include_str!("../corpus/belarus-2025-02/corpus.json");
    pub const FILES: &[(&str, &str)] = &[
        ("ap.txt", include_str!("../corpus/belarus-2025-02/ap.txt")),
        ("bimba-news.txt", include_str!("../corpus/belarus-2025-02/bimba-news.txt")),
        ("nyt.txt", include_str!("../corpus/belarus-2025-02/nyt.txt")),
        ("nyt-machine-translation.txt", include_str!("../corpus/belarus-2025-02/nyt-machine-translation.txt")),
        ("rferl.txt", include_str!("../corpus/belarus-2025-02/rferl.txt")),
    ];
}

/// The embedded default corpus's documents.
pub fn embedded_default() -> LoadedCorpus {
    let manifest = parse_manifest(embedded::MANIFEST).ok();
    let files: Vec<String> = embedded::FILES.iter().map(|(f, _)| f.to_string()).collect();
    assemble(manifest.as_ref(), &files, |name| {
        embedded::FILES
            .iter()
            .find(|(f, _)| *f == name)
            .map(|(_, text)| text.as_bytes().to_vec())
            .ok_or_else(|| "not embedded".to_string())
    })
}

/// Loads a corpus folder: `corpus.json` if present, and every `.txt` file.
#[cfg(not(target_arch = "wasm32"))]
pub fn load_dir(dir: &std::path::Path) -> Result<LoadedCorpus, CorpusError> {
    let path = dir.display().to_string();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| CorpusError::Unreadable { path: path.clone(), reason: e.to_string() })?;
    let mut txt_files: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|name| name.ends_with(".txt"))
        .collect();
    txt_files.sort_unstable();
    let mut manifest_problem = None;
    let manifest = match std::fs::read(dir.join("corpus.json")) {
        Ok(bytes) => match std::str::from_utf8(&bytes)
            .map_err(|e| format!("corpus.json is not UTF-8 text (invalid byte at offset {})", e.valid_up_to()))
            .and_then(parse_manifest)
        {
            Ok(m) => Some(m),
            Err(reason) => {
                manifest_problem = Some(reason);
                None
            }
        },
        Err(_) => None,
    };
    let mut loaded = assemble(manifest.as_ref(), &txt_files, |name| read_in_folder(dir, name));
    if let Some(reason) = manifest_problem {
        loaded.skipped.insert(0, Skipped { file: "corpus.json".into(), reason: format!("{reason}; used the .txt files without it") });
    }
    if loaded.documents.is_empty() {
        return Err(CorpusError::NoDocuments { path, skipped: loaded.skipped });
    }
    Ok(loaded)
}

/// Reads a file the manifest names. The manifest is data, so it may only name files inside the
/// corpus folder; and a file over the size limit is refused before it is read into memory.
#[cfg(not(target_arch = "wasm32"))]
fn read_in_folder(dir: &std::path::Path, name: &str) -> Result<Vec<u8>, String> {
    use std::path::Component;
    let relative = std::path::Path::new(name);
    if !relative.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir)) {
        return Err("outside the corpus folder (the manifest may only name files inside it)".into());
    }
    let path = dir.join(relative);
    let size = std::fs::metadata(&path).map_err(|e| format!("cannot read: {e}"))?.len();
    if size > MAX_DOCUMENT_BYTES as u64 {
        return Err(too_large());
    }
    std::fs::read(&path).map_err(|e| format!("cannot read: {e}"))
}
