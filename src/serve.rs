//! `crosscheck serve`: a small HTTP endpoint a widget on another origin posts articles to.
//!
//!   POST /check   {"article": "...", "date": "YYYY-MM-DD" or null, "format": "json" or "text"}
//!                 → the report (200), as `crosscheck check --format ...` prints it (with
//!                 `--engine`: checked through the archive, a shard not searched named in its
//!                 warnings), or {"error": "..."} (4xx; 503 when no node of the archive answers)
//!   GET  /health  what the endpoint checks against, and whether it can (200, or 503)
//!
//! [`respond`] is the whole behaviour, a pure function of the backend and the request; the
//! rest adapts it to tiny_http. Every answer but a text report is JSON, all with CORS headers, so a page on another
//! origin may read it; nothing here panics on a request.

use crosscheck::archive::Archive;
use crosscheck::limits::MAX_ARTICLE_BYTES;
use crosscheck::{CalendarDate, CheckError, Corpus};
use serde::Deserialize;
use std::io::Read;
use std::net::SocketAddr;
use std::sync::Arc;

/// Largest request body read. The article inside is at most `MAX_ARTICLE_BYTES`; written as
/// a JSON string, prose grows by its escaped quotes, backslashes and line breaks (two bytes
/// each), a few percent. Twice the article limit leaves room for any real article and bounds
/// what a client can make the server hold.
pub const MAX_REQUEST_BYTES: usize = 2 * MAX_ARTICLE_BYTES;
/// Requests handled at once. A check takes one core; the machines this runs on have a few,
/// and more workers would only queue behind them.
pub const MAX_WORKERS: usize = 4;
/// How long a browser may reuse the answer to a CORS preflight, in seconds.
const PREFLIGHT_MAX_AGE_S: u32 = 600;

/// What the endpoint checks against.
pub enum Backend {
    Corpus(Box<Corpus>),
    Archive(Archive),
}

/// An HTTP answer: status and body (JSON, or plain text for a report asked for as text).
#[derive(Debug, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub body: String,
    /// The body is plain text, not JSON.
    pub text: bool,
    /// Extra headers (`Allow` on a 405).
    pub headers: Vec<(&'static str, String)>,
}

impl Reply {
    fn json(status: u16, body: String) -> Reply {
        Reply { status, body, text: false, headers: Vec::new() }
    }

    pub fn error(status: u16, message: impl AsRef<str>) -> Reply {
        Reply::json(status, serde_json::json!({ "error": message.as_ref() }).to_string())
    }
}

/// The request body, as far as it was read.
pub enum Body {
    Bytes(Vec<u8>),
    /// Longer than [`MAX_REQUEST_BYTES`].
    TooLarge,
    /// The connection failed while reading it.
    Unreadable(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRequest {
    article: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    format: Format,
}

/// How the report is written: `crosscheck check --format`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Json,
    /// The plain-text summary the widget copies ("Copy summary").
    Text,
}

const EXPECTED: &str = r#"{"article": "...", "date": "YYYY-MM-DD" or null, "format": "json" or "text" (optional)}"#;

/// The answer to one request.
pub fn respond(backend: &Backend, method: &str, url: &str, body: Body) -> Reply {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    match (path, method) {
        ("/check", "POST") => check(backend, body),
        ("/health", "GET" | "HEAD") => health(backend),
        ("/check" | "/health", "OPTIONS") => Reply::json(204, String::new()),
        ("/check", _) => Reply { headers: vec![("Allow", "POST, OPTIONS".into())], ..Reply::error(405, "use POST for /check") },
        ("/health", _) => Reply { headers: vec![("Allow", "GET, HEAD, OPTIONS".into())], ..Reply::error(405, "use GET for /health") },
        _ => Reply::error(404, format!("no such endpoint {path:?}: POST /check or GET /health")),
    }
}

/// The article, its date and the report's format from a request body, or the answer saying
/// what is wrong.
pub fn parse_check(body: Body) -> Result<(String, Option<CalendarDate>, Format), Reply> {
    let bytes = match body {
        Body::Bytes(bytes) => bytes,
        Body::TooLarge => {
            return Err(Reply::error(413, format!("the request is larger than {} MB", MAX_REQUEST_BYTES / (1024 * 1024))))
        }
        Body::Unreadable(reason) => return Err(Reply::error(400, format!("the request body could not be read: {reason}"))),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Reply::error(400, format!("the request has no body; send JSON: {EXPECTED}")));
    }
    let request: CheckRequest = serde_json::from_slice(&bytes)
        .map_err(|e| Reply::error(400, format!("the request is not the JSON expected ({EXPECTED}): {e}")))?;
    let date = match request.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(
            CalendarDate::parse(text)
                .ok_or_else(|| Reply::error(400, format!("date {text:?} is not a date of the form YYYY-MM-DD")))?,
        ),
    };
    Ok((request.article, date, request.format))
}

fn check(backend: &Backend, body: Body) -> Reply {
    let (article, date, format) = match parse_check(body) {
        Ok(request) => request,
        Err(reply) => return reply,
    };
    let report = match backend {
        Backend::Corpus(corpus) => corpus.check_as_of(&article, date),
        Backend::Archive(archive) => crosscheck::check_against(&article, date, archive),
    };
    match (report, format) {
        (Ok(report), Format::Text) => Reply { text: true, ..Reply::json(200, report.to_text()) },
        (Ok(report), Format::Json) => match serde_json::to_string_pretty(&report) {
            Ok(json) => Reply::json(200, json),
            Err(e) => Reply::error(500, format!("the report could not be written as JSON: {e}")),
        },
        (Err(e), _) => error_reply(e),
    }
}

fn error_reply(e: CheckError) -> Reply {
    match e {
        e @ CheckError::EmptyArticle => Reply::error(422, e.to_string()),
        e @ CheckError::ArticleTooLarge { .. } => Reply::error(413, e.to_string()),
        e @ CheckError::Retrieval(_) => Reply::error(503, e.to_string()),
    }
}

fn health(backend: &Backend) -> Reply {
    match backend {
        Backend::Corpus(corpus) => Reply::json(
            200,
            serde_json::json!({ "ok": true, "backend": "corpus", "documents": corpus.documents().len() }).to_string(),
        ),
        Backend::Archive(archive) => {
            let shards: Vec<serde_json::Value> = archive
                .shard_status()
                .into_iter()
                .map(|(shard, status)| {
                    serde_json::json!({
                        "shard": shard.name,
                        "node": shard.node.to_string(),
                        "up": status.is_ok(),
                        "error": status.err(),
                    })
                })
                .collect();
            let ok = shards.iter().all(|s| s["up"] == true);
            Reply::json(
                if ok { 200 } else { 503 },
                serde_json::json!({ "ok": ok, "backend": "archive", "url": archive.url().to_string(), "shards": shards }).to_string(),
            )
        }
    }
}

/// Reads a request's body, no further than [`MAX_REQUEST_BYTES`].
fn read_body(request: &mut tiny_http::Request) -> Body {
    if request.body_length().is_some_and(|n| n > MAX_REQUEST_BYTES) {
        return Body::TooLarge;
    }
    let mut bytes = Vec::new();
    match request.as_reader().take(MAX_REQUEST_BYTES as u64 + 1).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() > MAX_REQUEST_BYTES => Body::TooLarge,
        Ok(_) => Body::Bytes(bytes),
        Err(e) => Body::Unreadable(e.to_string()),
    }
}

fn header(name: &str, value: &str) -> Option<tiny_http::Header> {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// Answers one request; a panic in the check (a bug) becomes a 500 where the build unwinds.
fn answer(backend: &Backend, allow_origin: &str, mut request: tiny_http::Request) {
    let method = request.method().as_str().to_string();
    let url = request.url().to_string();
    let body = if method == "POST" { read_body(&mut request) } else { Body::Bytes(Vec::new()) };
    let reply = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| respond(backend, &method, &url, body)))
        .unwrap_or_else(|_| Reply::error(500, "the check failed unexpectedly; the server is still running"));
    // The whole body is in memory: sent with its length, never chunked, which every client reads.
    let mut response = tiny_http::Response::from_string(reply.body).with_status_code(reply.status).with_chunked_threshold(usize::MAX);
    let content_type = if reply.text { "text/plain; charset=utf-8" } else { "application/json; charset=utf-8" };
    let headers = [
        ("Content-Type", content_type),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Access-Control-Allow-Origin", allow_origin),
        ("Access-Control-Allow-Methods", "POST, GET, OPTIONS"),
        ("Access-Control-Allow-Headers", "Content-Type"),
        ("Vary", "Origin"),
    ];
    for (name, value) in headers {
        response.add_header(header(name, value).expect("fixed header names and values are ASCII"));
    }
    response.add_header(header("Access-Control-Max-Age", &PREFLIGHT_MAX_AGE_S.to_string()).expect("ASCII"));
    for (name, value) in &reply.headers {
        if let Some(h) = header(name, value) {
            response.add_header(h);
        }
    }
    // The client may have gone; nothing is left to tell it.
    let _ = request.respond(response);
}

/// Serves until the process is stopped. `on_listening` is told the address bound (the port
/// the system chose for port 0).
pub fn run(address: SocketAddr, backend: Backend, allow_origin: String, on_listening: impl FnOnce(SocketAddr)) -> Result<(), String> {
    let server = tiny_http::Server::http(address).map_err(|e| format!("cannot listen on {address}: {e}"))?;
    let bound = server.server_addr().to_ip().unwrap_or(address);
    on_listening(bound);
    let server = Arc::new(server);
    let backend = Arc::new(backend);
    let allow_origin = Arc::new(allow_origin);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, MAX_WORKERS);
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (server, backend, allow_origin) = (server.clone(), backend.clone(), allow_origin.clone());
            std::thread::spawn(move || loop {
                match server.recv() {
                    Ok(request) => answer(&backend, &allow_origin, request),
                    Err(e) => eprintln!("crosscheck serve: {e}"),
                }
            })
        })
        .collect();
    for handle in handles {
        let _ = handle.join();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Backend {
        Backend::Corpus(Box::new(Corpus::embedded_default()))
    }

    fn body(json: &str) -> Body {
        Body::Bytes(json.as_bytes().to_vec())
    }

    #[test]
    fn a_check_answers_with_the_report_of_the_corpus() {
        let backend = corpus();
        let reply = respond(&backend, "POST", "/check", body(r#"{"article": "Ostria freed four fishermen on Wednesday.", "date": "2025-02-13"}"#));
        assert_eq!(reply.status, 200, "{}", reply.body);
        let Backend::Corpus(c) = &backend else { unreachable!() };
        let expected = serde_json::to_string_pretty(&c.check_as_of("Ostria freed four fishermen on Wednesday.", CalendarDate::parse("2025-02-13")).unwrap()).unwrap();
        assert_eq!(reply.body, expected);
    }

    #[test]
    fn a_check_asked_for_as_text_answers_with_the_clis_text_summary() {
        let backend = corpus();
        let article = "Ostria freed four fishermen on Wednesday.";
        let reply = respond(&backend, "POST", "/check", body(&format!(r#"{{"article": "{article}", "date": "2025-02-13", "format": "text"}}"#)));
        assert_eq!(reply.status, 200, "{}", reply.body);
        assert!(reply.text);
        let Backend::Corpus(c) = &backend else { unreachable!() };
        assert_eq!(reply.body, c.check_as_of(article, CalendarDate::parse("2025-02-13")).unwrap().to_text());
        assert!(reply.body.starts_with("1 claim"), "{}", reply.body);
        // Asked for as JSON, or not asked, it is the report as JSON.
        for asked in [r#", "format": "json""#, ""] {
            let reply = respond(&backend, "POST", "/check", body(&format!(r#"{{"article": "{article}"{asked}}}"#)));
            assert!(!reply.text && reply.body.starts_with('{'), "{}", reply.body);
        }
    }

    #[test]
    fn a_bad_request_is_told_what_is_wrong() {
        let backend = corpus();
        for (request, status, says) in [
            (body(""), 400, "no body"),
            (body("not json"), 400, "not the JSON expected"),
            (body(r#"{"text": "x"}"#), 400, "unknown field `text`"),
            (body(r#"{"date": "2025-02-13"}"#), 400, "missing field `article`"),
            (body(r#"{"article": 5}"#), 400, "invalid type"),
            (body(r#"{"article": "x", "date": "13/02/2025"}"#), 400, "not a date of the form YYYY-MM-DD"),
            (body(r#"{"article": "x", "format": "html"}"#), 400, "unknown variant `html`"),
            (body(r#"{"article": "   "}"#), 422, "the article is empty"),
            (Body::TooLarge, 413, "larger than"),
            (Body::Bytes(vec![0xff, 0xfe]), 400, "not the JSON expected"),
        ] {
            let reply = respond(&backend, "POST", "/check", request);
            assert_eq!(reply.status, status, "{}", reply.body);
            let error: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
            assert!(error["error"].as_str().unwrap().contains(says), "{}", reply.body);
        }
    }

    #[test]
    fn an_article_over_the_limit_is_refused_with_its_size() {
        let article = "a".repeat(MAX_ARTICLE_BYTES + 1);
        let reply = respond(&corpus(), "POST", "/check", body(&serde_json::json!({ "article": article }).to_string()));
        assert_eq!(reply.status, 413, "{}", reply.body);
        assert!(reply.body.contains("too large"), "{}", reply.body);
    }

    #[test]
    fn other_paths_and_methods_are_named() {
        let backend = corpus();
        assert_eq!(respond(&backend, "GET", "/check", body("")).status, 405);
        assert_eq!(respond(&backend, "GET", "/check", body("")).headers, vec![("Allow", "POST, OPTIONS".to_string())]);
        assert_eq!(respond(&backend, "POST", "/health", body("")).status, 405);
        assert_eq!(respond(&backend, "OPTIONS", "/check", body("")).status, 204);
        let missing = respond(&backend, "GET", "/admin", body(""));
        assert_eq!(missing.status, 404);
        assert!(missing.body.contains("POST /check"));
        let health = respond(&backend, "GET", "/health?x=1", body(""));
        assert_eq!(health.status, 200);
        assert!(health.body.contains("\"documents\":5"), "{}", health.body);
    }
}
