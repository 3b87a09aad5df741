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

use crosscheck::wasm::{decode_document, default_documents, Checker};
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
    let report = json(Checker::new().check(DRAFT).map_err(error_message).unwrap());
    let claims = report["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    let verdicts = ["agree", "conflict", "disputed", "not_found"];
    for claim in claims {
        assert!(verdicts.contains(&claim["verdict"].as_str().unwrap()));
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
    let message = error_message(Checker::new().check("  \n ").unwrap_err());
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
    let report = json(checker.check("The council approved the budget of 40 million euros on Monday.").map_err(error_message).unwrap());
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
fn default_documents_carry_their_text() {
    let docs = json(default_documents().map_err(error_message).unwrap());
    let docs = docs.as_array().unwrap();
    assert_eq!(docs.len(), 5);
    assert!(docs.iter().all(|d| d["text"].as_str().unwrap().len() > 100 && !d["source"].as_str().unwrap().is_empty()));
}
