//! The `crosscheck` binary as a user runs it: what it prints on stdout and stderr, and its
//! exit status. Verdicts on particular sentences are not asserted (the engine is tuned against
//! the eval set); the shape of the report, its offsets and its error messages are.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_crosscheck");
const VERDICTS: [&str; 4] = ["agree", "conflict", "disputed", "not_found"];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn draft_path() -> PathBuf {
    repo().join("tests/fixtures/draft-sample.txt")
}

fn default_corpus_dir() -> PathBuf {
    repo().join("corpus/belarus-2025-02")
}

/// A fresh, empty folder of its own for one test.
fn scratch(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{}-{n}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch folder");
    dir
}

/// A copy of the default corpus folder, to add broken files to.
fn corpus_copy(name: &str) -> PathBuf {
    let dir = scratch(name);
    for entry in std::fs::read_dir(default_corpus_dir()).expect("read corpus folder") {
        let entry = entry.expect("corpus entry");
        std::fs::copy(entry.path(), dir.join(entry.file_name())).expect("copy corpus file");
    }
    dir
}

fn s(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).stdin(Stdio::null()).output().expect("run crosscheck")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start crosscheck");
    child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    child.wait_with_output().expect("wait for crosscheck")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "exit {:?}, stderr: {}", out.status.code(), stderr(out));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn num(v: &Value, key: &str) -> usize {
    v[key].as_u64().unwrap_or_else(|| panic!("{key} is not a number in {v}")) as usize
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("{key} is not a string in {v}"))
}

fn array<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key].as_array().unwrap_or_else(|| panic!("{key} is not an array in {v}"))
}

/// Every claim and fact points at its own words in the article, every fact has a verdict and a
/// reason, and every piece of evidence is a sentence of a document the report lists.
fn assert_report_consistent(report: &Value, article: &str, corpus_texts: &[(String, String)]) {
    let claims = array(report, "claims");
    assert!(!claims.is_empty(), "no claims found in {report}");
    let documents = array(report, "documents");
    let mut counted = std::collections::HashMap::new();
    for claim in claims {
        let (start, end) = (num(claim, "start"), num(claim, "end"));
        assert!(start < end && end <= article.len(), "claim offsets {start}..{end} outside the article");
        assert_eq!(article.get(start..end), Some(text(claim, "text")), "claim text is not the article's words at its offsets");
        let roll_up = text(claim, "verdict");
        assert!(VERDICTS.contains(&roll_up) || roll_up == "unconfirmed", "unknown roll-up {roll_up}");
        let facts = array(claim, "facts");
        assert!(!facts.is_empty(), "a claim without facts: {claim}");
        for fact in facts {
            let (fs, fe) = (num(fact, "start"), num(fact, "end"));
            assert!(start <= fs && fs < fe && fe <= end, "fact {fs}..{fe} outside its claim {start}..{end}");
            assert_eq!(article.get(fs..fe), Some(text(fact, "text")), "fact text is not the article's words at its offsets");
            let verdict = text(fact, "verdict");
            assert!(VERDICTS.contains(&verdict), "unknown verdict {verdict}");
            *counted.entry(verdict.to_string()).or_insert(0usize) += 1;
            assert!(!text(fact, "reason").trim().is_empty(), "a fact without a reason: {fact}");
            for ev in array(fact, "evidence") {
                let doc_id = text(ev, "doc_id");
                assert!(documents.iter().any(|d| text(d, "id") == doc_id), "evidence from unlisted document {doc_id}");
                let (doc_text, (es, ee)) = (
                    &corpus_texts.iter().find(|(id, _)| id == doc_id).expect("evidence document is in the corpus").1,
                    (num(ev, "start"), num(ev, "end")),
                );
                assert_eq!(doc_text.get(es..ee), Some(text(ev, "sentence")), "evidence sentence is not the document's words at its offsets");
                assert!(["supports", "contradicts"].contains(&text(ev, "relation")));
            }
        }
    }
    let summary = &report["summary"];
    for verdict in VERDICTS {
        assert_eq!(num(summary, verdict), counted.get(verdict).copied().unwrap_or(0), "summary count of {verdict}");
    }
}

/// The default corpus's documents, by manifest id, as the binary sees them.
fn default_corpus_texts() -> Vec<(String, String)> {
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(default_corpus_dir().join("corpus.json")).expect("manifest")).expect("manifest JSON");
    array(&manifest, "documents")
        .iter()
        .map(|d| {
            let body = std::fs::read_to_string(default_corpus_dir().join(text(d, "file"))).expect("corpus document");
            (text(d, "id").to_string(), body)
        })
        .collect()
}

fn any_fact_has_evidence(report: &Value) -> bool {
    array(report, "claims").iter().flat_map(|c| array(c, "facts")).any(|f| !array(f, "evidence").is_empty())
}

#[test]
fn draft_against_the_built_in_corpus_gives_a_consistent_json_report() {
    let article = std::fs::read_to_string(draft_path()).expect("fixture");
    let out = run(&["check", s(&draft_path())]);
    let report = json(&out);
    assert_report_consistent(&report, &article, &default_corpus_texts());
    assert!(any_fact_has_evidence(&report), "no fact has evidence: {report}");
    assert_eq!(array(&report, "documents").len(), default_corpus_texts().len());
    assert!(array(&report, "skipped").is_empty());
}

#[test]
fn a_corpus_folder_gives_the_same_report_as_the_built_in_copy_of_it() {
    let draft = draft_path();
    let built_in = json(&run(&["check", s(&draft)]));
    let from_folder = json(&run(&["check", "--corpus", s(&default_corpus_dir()), s(&draft)]));
    assert_eq!(built_in, from_folder);
}

#[test]
fn the_article_can_come_from_standard_input() {
    let article = std::fs::read(draft_path()).expect("fixture");
    let from_stdin = json(&run_with_stdin(&["check", "-"], &article));
    let from_file = json(&run(&["check", s(&draft_path())]));
    assert_eq!(from_stdin, from_file);
}

#[test]
fn text_format_shows_verdicts_reasons_and_evidence() {
    let draft = draft_path();
    let report = json(&run(&["check", s(&draft)]));
    let out = run(&["check", "--format", "text", s(&draft)]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let shown = String::from_utf8(out.stdout).expect("UTF-8 output");
    let claims = array(&report, "claims");
    assert!(shown.contains(&format!("{} claims", claims.len())), "no summary line in:\n{shown}");
    for claim in claims {
        let label = format!("[{}]", text(claim, "verdict").to_uppercase());
        assert!(shown.contains(&label), "claim verdict {label} not shown in:\n{shown}");
        for fact in array(claim, "facts") {
            assert!(shown.contains(text(fact, "reason")), "reason {:?} not shown", text(fact, "reason"));
        }
    }
    let (source, sentence_start) = claims
        .iter()
        .flat_map(|c| array(c, "facts"))
        .flat_map(|f| array(f, "evidence"))
        .map(|e| (text(e, "source"), text(e, "sentence").split_whitespace().take(4).collect::<Vec<_>>().join(" ")))
        .next()
        .expect("at least one fact has evidence");
    assert!(shown.contains(source), "evidence source {source:?} not shown in:\n{shown}");
    assert!(shown.contains(&sentence_start), "evidence sentence {sentence_start:?} not shown in:\n{shown}");
}

#[test]
fn corpus_lists_the_documents() {
    let out = run(&["corpus"]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let shown = String::from_utf8(out.stdout).expect("UTF-8 output");
    for (id, body) in default_corpus_texts() {
        let line = shown.lines().find(|l| l.split_whitespace().next() == Some(id.as_str()));
        let line = line.unwrap_or_else(|| panic!("document {id} not listed in:\n{shown}"));
        assert!(line.contains(&body.len().to_string()), "size of {id} not shown: {line}");
    }
    let listed = json(&run(&["corpus", "--format", "json", "--corpus", s(&default_corpus_dir())]));
    let listed = listed.as_array().expect("a JSON list");
    assert_eq!(listed.len(), default_corpus_texts().len());
    assert!(listed.iter().all(|d| !text(d, "source").is_empty() && num(d, "bytes") > 0));
}

#[test]
fn a_binary_document_is_skipped_with_a_message_and_the_rest_still_checks() {
    let dir = corpus_copy("one-binary");
    std::fs::write(dir.join("broken.txt"), b"\x00\x01\x02PNG\x00 not text").expect("write binary doc");
    let article = std::fs::read_to_string(draft_path()).expect("fixture");
    let out = run(&["check", "--corpus", s(&dir), s(&draft_path())]);
    let report = json(&out);
    let err = stderr(&out);
    assert!(err.contains("skipped") && err.contains("broken.txt") && err.contains("binary"), "stderr: {err}");
    assert!(array(&report, "skipped").iter().any(|s| text(s, "file") == "broken.txt"));
    assert_report_consistent(&report, &article, &default_corpus_texts());
    assert!(any_fact_has_evidence(&report));
}

fn assert_input_error(out: &Output, expected: &[&str]) {
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(out));
    assert!(out.stdout.is_empty(), "printed a report despite the error");
    let err = stderr(out);
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(!err.contains("panicked"), "panicked: {err}");
    for word in expected {
        assert!(err.contains(word), "stderr lacks {word:?}: {err}");
    }
}

#[test]
fn a_missing_article_is_named() {
    let missing = scratch("missing").join("no-such-article.txt");
    let out = run(&["check", s(&missing)]);
    assert_input_error(&out, &["no-such-article.txt", "no such file"]);
}

#[test]
fn an_empty_or_blank_article_is_refused() {
    let dir = scratch("empty");
    for (name, body) in [("empty.txt", ""), ("blank.txt", " \n\t\n  ")] {
        let path = dir.join(name);
        std::fs::write(&path, body).expect("write article");
        let out = run(&["check", s(&path)]);
        assert_input_error(&out, &[name, "empty"]);
    }
    assert_input_error(&run_with_stdin(&["check", "-"], b""), &["standard input", "empty"]);
}

#[test]
fn an_article_that_is_not_utf8_names_the_byte() {
    let path = scratch("latin1").join("latin1.txt");
    std::fs::write(&path, b"Minsk caf\xe9 owner freed on Wednesday.").expect("write article");
    let out = run(&["check", s(&path)]);
    assert_input_error(&out, &["latin1.txt", "not UTF-8", "offset 9"]);
}

#[test]
fn an_article_over_the_size_limit_is_refused() {
    let path = scratch("huge").join("huge.txt");
    let line = "Belarus released three prisoners on Wednesday.\n";
    let body = line.repeat(crosscheck::limits::MAX_ARTICLE_BYTES / line.len() + 1);
    std::fs::write(&path, body).expect("write article");
    let out = run(&["check", s(&path)]);
    let _ = std::fs::remove_file(&path); // 10 MB: not worth keeping between runs
    assert_input_error(&out, &["huge.txt", "too large"]);
}

#[test]
fn a_folder_given_as_the_article_is_refused() {
    let dir = scratch("folder-article");
    let out = run(&["check", s(&dir)]);
    assert_input_error(&out, &["folder-article", "folder"]);
}

#[test]
fn a_missing_corpus_folder_is_named() {
    let missing = scratch("no-corpus").join("nowhere");
    let out = run(&["check", "--corpus", s(&missing), s(&draft_path())]);
    assert_input_error(&out, &["corpus", "nowhere"]);
}

#[test]
fn a_corpus_without_usable_documents_is_refused() {
    let empty = scratch("empty-corpus");
    let out = run(&["check", "--corpus", s(&empty), s(&draft_path())]);
    assert_input_error(&out, &["empty-corpus", "no usable"]);

    let unusable = scratch("unusable-corpus");
    std::fs::write(unusable.join("blob.txt"), b"\x00\x00\x00").expect("write doc");
    std::fs::write(unusable.join("blank.txt"), b"   \n").expect("write doc");
    let out = run(&["corpus", "--corpus", s(&unusable)]);
    assert_input_error(&out, &["no usable", "blob.txt", "blank.txt"]);
}

#[test]
fn a_bad_format_is_a_usage_error() {
    let out = run(&["check", "--format", "xml", s(&draft_path())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("xml"));
}

/// The verdict the report gives the fact whose words are `words`.
fn verdict_of(report: &Value, article: &str, words: &str) -> String {
    let start = article.find(words).expect("words in the article");
    array(report, "claims")
        .iter()
        .flat_map(|c| array(c, "facts"))
        .find(|f| num(f, "start") <= start && num(f, "end") >= start + words.len())
        .map(|f| text(f, "verdict").to_string())
        .unwrap_or_else(|| panic!("no fact at {words:?}: {report}"))
}

#[test]
fn an_article_the_manifest_lists_is_dated_by_it() {
    // One outlet checked against another: "374 structures" on 7 November was flagged against
    // "349" on 1 November, the article read as of an unknown day.
    let corpus = scratch("listed-corpus");
    std::fs::write(
        corpus.join("corpus.json"),
        r#"{"documents": [{"id": "wire", "file": "wire.txt", "source": "Wire", "date": "2019-11-01"},
                          {"id": "ours", "file": "ours.txt", "source": "Ours", "date": "2019-11-07"}]}"#,
    )
    .unwrap();
    std::fs::write(corpus.join("wire.txt"), "The Kestrel Fire has destroyed 349 structures, fire officials said.").unwrap();
    let article = "The Kestrel Fire destroyed 374 structures, fire officials said.";
    let elsewhere = scratch("listed-article");
    std::fs::write(elsewhere.join("ours.txt"), article).unwrap();
    let out = run(&["check", "--corpus", s(&corpus), s(&elsewhere.join("ours.txt"))]);
    assert_eq!(verdict_of(&json(&out), article, "374 structures"), "not_found");
    // Twins: dated the wire's day, or a draft the manifest does not list, it conflicts.
    let out = run(&["check", "--corpus", s(&corpus), "--date", "2019-11-01", s(&elsewhere.join("ours.txt"))]);
    assert_eq!(verdict_of(&json(&out), article, "374 structures"), "conflict");
    std::fs::write(elsewhere.join("draft.txt"), article).unwrap();
    let out = run(&["check", "--corpus", s(&corpus), s(&elsewhere.join("draft.txt"))]);
    assert_eq!(verdict_of(&json(&out), article, "374 structures"), "conflict");
}
