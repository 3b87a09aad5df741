//! The wasm module's exported API, exercised inside a real browser (`npm run test:wasm`):
//!
//! CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!   cargo test --target wasm32-unknown-unknown --test wasm
//!
//! In the dev profile: the release profile's `panic = "abort"` makes cargo build the library
//! twice (for the binary, and unwinding for the tests) into one file name, and the test then
//! links the wrong copy. Only this test target is built, because the native-only integration
//! tests do not compile for wasm (`wasm-pack test` would build them all).
#![cfg(target_arch = "wasm32")]

use crosscheck::wasm::{decode_document, default_corpus, engine_info, parse_date, parse_manifest, Checker};
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DRAFT: &str = include_str!("fixtures/draft-sample.txt");

/// The object JavaScript receives, read back as JSON.
fn json(value: JsValue) -> Value {
    let text = js_sys::JSON::stringify(&value).expect("a plain object").as_string().unwrap();
    serde_json::from_str(&text).unwrap()
}

fn error_message(error: wasm_bindgen::JsError) -> String {
    let value: JsValue = error.into();
    js_sys::Reflect::get(&value, &"message".into()).unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
fn default_checker_finds_claims_with_verdicts_and_evidence() {
    let report = json(Checker::new().check(DRAFT, None).map_err(error_message).unwrap());
    let claims = report["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    let verdicts = ["agree", "conflict", "disputed", "not_found"];
    let rollups = ["agree", "conflict", "disputed", "unconfirmed", "not_found"];
    for claim in claims {
        assert!(rollups.contains(&claim["verdict"].as_str().unwrap()));
        for fact in claim["facts"].as_array().unwrap() {
            assert!(verdicts.contains(&fact["verdict"].as_str().unwrap()));
        }
        let (start, end) = (claim["start"].as_u64().unwrap() as usize, claim["end"].as_u64().unwrap() as usize);
        assert_eq!(&DRAFT[start..end], claim["text"].as_str().unwrap());
    }
    let evidence: Vec<&Value> = claims
        .iter()
        .flat_map(|c| c["facts"].as_array().unwrap())
        .flat_map(|f| f["evidence"].as_array().unwrap())
        .collect();
    assert!(!evidence.is_empty(), "some fact of the draft has evidence");
    assert!(evidence.iter().all(|e| !e["source"].as_str().unwrap().is_empty()));
    assert_eq!(report["documents"].as_array().unwrap().len(), 5);
    let summary = &report["summary"];
    let counted: u64 = verdicts.iter().map(|v| summary[*v].as_u64().unwrap()).sum();
    let facts: usize = claims.iter().map(|c| c["facts"].as_array().unwrap().len()).sum();
    assert_eq!(counted as usize, facts);
}

#[wasm_bindgen_test]
fn empty_article_is_an_error_with_a_message() {
    let message = error_message(Checker::new().check("  \n ", None).unwrap_err());
    assert!(message.contains("empty"), "{message}");
}

#[wasm_bindgen_test]
fn custom_documents_are_used_and_bad_ones_skipped_with_reasons() {
    let docs = serde_json::json!([
        {"id": "wire", "source": "Wire Service", "language": "en",
         "text": "The council approved the budget of 40 million euros on Monday."},
        {"id": "wire", "source": "Copy", "text": "Another text."},
        {"id": "blank", "source": "Blank", "text": "   "}
    ]);
    let docs = js_sys::JSON::parse(&docs.to_string()).unwrap();
    let checker = Checker::from_documents(docs).map_err(error_message).unwrap();
    let listed = json(checker.documents().map_err(error_message).unwrap());
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["source"], "Wire Service");
    let report = json(checker.check("The council approved the budget of 40 million euros on Monday.", None).map_err(error_message).unwrap());
    let skipped = report["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 2);
    assert!(skipped[0]["reason"].as_str().unwrap().contains("duplicate"));
    assert!(skipped[1]["reason"].as_str().unwrap().contains("empty"));
    assert_eq!(report["documents"][0]["id"], "wire");
}

#[wasm_bindgen_test]
fn a_corpus_without_usable_documents_is_an_error() {
    let docs = js_sys::JSON::parse(r#"[{"id": "a", "source": "A", "text": ""}]"#).unwrap();
    let message = error_message(Checker::from_documents(docs).err().unwrap());
    assert!(message.contains("no usable documents") && message.contains("a: empty text"), "{message}");
    let not_a_list = error_message(Checker::from_documents(JsValue::from_str("text")).err().unwrap());
    assert!(not_a_list.contains("list"), "{not_a_list}");
}

#[wasm_bindgen_test]
fn binary_document_is_rejected_with_a_message() {
    let message = error_message(decode_document(&[0x89, b'P', b'N', b'G', 0, 0, 1]).unwrap_err());
    assert!(message.contains("binary"), "{message}");
    assert!(error_message(decode_document(&[]).unwrap_err()).contains("empty"));
    assert!(error_message(decode_document(&[b'a', 0xff, b'b']).unwrap_err()).contains("UTF-8"));
    assert_eq!(decode_document("caf\u{e9}".as_bytes()).map_err(error_message).unwrap(), "caf\u{e9}");
}

#[wasm_bindgen_test]
fn default_corpus_carries_its_name_and_texts() {
    let corpus = json(default_corpus().map_err(error_message).unwrap());
    assert!(!corpus["name"].as_str().unwrap().is_empty());
    let docs = corpus["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    assert!(docs.iter().all(|d| d["text"].as_str().unwrap().len() > 100 && !d["source"].as_str().unwrap().is_empty()));
    // A document's date, when the manifest gives one, is a day the engine reads.
    for doc in docs {
        if let Some(date) = doc["date"].as_str() {
            assert_eq!(parse_date(date).as_deref(), Some(date));
        }
    }
}

/// Two invented reports, dated, and an article whose "on Wednesday" is only comparable once the
/// day it was written is known.
fn dated_checker() -> Checker {
    let docs = serde_json::json!([
        {"id": "wire", "source": "Wire Service", "date": "2024-03-08",
         "text": "The Orlen dam gates were opened on Wednesday, March 6, after a storm."},
        {"id": "radio", "source": "Valley Radio", "date": "2024-03-07",
         "text": "Engineers opened the Orlen dam gates on Wednesday."}
    ]);
    Checker::from_documents(js_sys::JSON::parse(&docs.to_string()).unwrap()).map_err(error_message).unwrap()
}

#[wasm_bindgen_test]
fn documents_keep_their_dates_and_a_bad_date_is_a_reason() {
    let checker = dated_checker();
    let listed = json(checker.documents().map_err(error_message).unwrap());
    assert_eq!(listed[0]["date"], "2024-03-08");
    assert_eq!(listed[1]["date"], "2024-03-07");
    let docs = js_sys::JSON::parse(
        r#"[{"id": "a", "source": "A", "text": "Six people came.", "date": "2024-02-30"},
            {"id": "b", "source": "B", "text": "Six people came."}]"#,
    )
    .unwrap();
    let checker = Checker::from_documents(docs).map_err(error_message).unwrap();
    let skipped = json(checker.skipped().map_err(error_message).unwrap());
    assert_eq!(skipped[0]["file"], "a");
    assert!(skipped[0]["reason"].as_str().unwrap().contains("\"2024-02-30\" is not a day"), "{skipped}");
}

#[wasm_bindgen_test]
fn the_day_written_reaches_the_engine() {
    let checker = dated_checker();
    let article = "The Orlen dam gates were opened on Wednesday.";
    let date_verdict = |written: &str| {
        let report = json(checker.check(article, Some(written.to_string())).map_err(error_message).unwrap());
        let facts = report["claims"][0]["facts"].as_array().unwrap().clone();
        facts.iter().find(|f| f["kind"] == "date").map(|f| f["verdict"].as_str().unwrap().to_string()).unwrap()
    };
    // Written on Thursday 7 March 2024, "on Wednesday" is 6 March, as both reports say; written
    // a week later, it is 13 March, which neither says.
    assert_eq!(date_verdict("2024-03-07"), "agree");
    assert_eq!(date_verdict("2024-03-14"), "conflict");
    let message = error_message(checker.check(article, Some("yesterday".into())).unwrap_err());
    assert!(message.contains("\"yesterday\"") && message.contains("YYYY-MM-DD"), "{message}");
}

#[wasm_bindgen_test]
fn the_last_reports_text_is_the_engines_own_summary() {
    let checker = Checker::new();
    assert_eq!(checker.last_report_text(), None, "no check yet");
    let report = checker.check(DRAFT, None).map_err(error_message).unwrap();
    let text = checker.last_report_text().unwrap();
    let parsed = json(report);
    let first = text.lines().next().unwrap();
    let claims = parsed["claims"].as_array().unwrap().len();
    assert!(first.starts_with(&format!("{claims} claim")), "{first}");
    for claim in parsed["claims"].as_array().unwrap() {
        let verdict = claim["verdict"].as_str().unwrap().to_uppercase();
        assert!(text.contains(&format!("[{verdict}] ")), "{verdict}");
    }
    // It follows the last check: another article, another summary.
    checker.check("Ostria freed four fishermen on Wednesday.", None).map_err(error_message).unwrap();
    assert!(checker.last_report_text().unwrap().starts_with("1 claim"), "{}", checker.last_report_text().unwrap());
}

#[wasm_bindgen_test]
fn engine_info_gives_the_limits_and_orders() {
    let info = json(engine_info().map_err(error_message).unwrap());
    assert_eq!(info["limits"]["max_document_bytes"], crosscheck::limits::MAX_DOCUMENT_BYTES);
    assert_eq!(info["limits"]["max_article_bytes"], crosscheck::limits::MAX_ARTICLE_BYTES);
    assert_eq!(info["verdicts"], serde_json::json!(["conflict", "disputed", "not_found", "agree"]));
    assert_eq!(info["rollups"][0], "conflict");
    let kinds = info["kinds"].as_array().unwrap();
    assert_eq!(kinds.len(), crosscheck::FactKind::ALL.len());
    assert!(kinds.iter().all(|k| !k["label"].as_str().unwrap().is_empty()));
}

#[wasm_bindgen_test]
fn manifests_are_read_as_the_cli_reads_them() {
    let manifest = json(
        parse_manifest(r#"{"name": "Dam", "documents": [{"id": "w", "file": "wire.txt", "source": "Wire", "date": "2024-03-08"}]}"#)
            .map_err(error_message)
            .unwrap(),
    );
    assert_eq!(manifest["name"], "Dam");
    assert_eq!(manifest["documents"][0]["file"], "wire.txt");
    assert_eq!(manifest["documents"][0]["date"], "2024-03-08");
    let message = error_message(parse_manifest("{\"documents\": 3}").unwrap_err());
    assert!(message.contains("corpus.json is not a valid manifest"), "{message}");
    assert_eq!(parse_date(" 2024-03-08 ").as_deref(), Some("2024-03-08"));
    assert_eq!(parse_date("2024-02-30"), None);
}
