//! `crosscheck serve` as a widget on another origin meets it: a real process on a free port,
//! spoken to over HTTP. The report it answers is the one `crosscheck check` prints; bad
//! requests get a status and a JSON error naming the problem, and the server stays up.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_crosscheck");

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A running `crosscheck serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `crosscheck serve ARGS --port 0` and reads the port it chose from its first line.
fn serve(args: &[&str]) -> Server {
    let mut child = Command::new(BIN)
        .arg("serve")
        .args(args)
        .args(["--port", "0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start crosscheck serve");
    let mut line = String::new();
    BufReader::new(child.stderr.take().expect("stderr")).read_line(&mut line).expect("read the first line");
    let port = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    Server { child, port }
}

/// An HTTP answer: status, headers (names lower-cased), body.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    fn error(&self) -> String {
        self.json()["error"].as_str().unwrap_or_else(|| panic!("no error in {}", self.body)).to_string()
    }
}

/// Sends one request (`extra` headers as written) and reads the whole answer.
fn request(server: &Server, method: &str, path: &str, extra: &str, body: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://cms.example\r\nConnection: close\r\n{extra}Content-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    // The server may answer before it has read a body it refuses.
    let _ = stream.write_all(body);
    read_answer(stream)
}

fn read_answer(mut stream: TcpStream) -> Answer {
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8(raw).expect("UTF-8 answer");
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or_else(|| panic!("no head in {text:?}"));
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).expect("status line");
    let headers = lines.filter_map(|l| l.split_once(':')).map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string())).collect();
    Answer { status, headers, body: body.to_string() }
}

fn post(server: &Server, json: &str) -> Answer {
    request(server, "POST", "/check", "Content-Type: application/json\r\n", json.as_bytes())
}

fn corpus_dir() -> String {
    repo().join("corpus/belarus-2025-02").to_str().unwrap().to_string()
}

#[test]
fn a_posted_article_gets_the_report_crosscheck_check_prints() {
    let server = serve(&["--corpus", &corpus_dir()]);
    let draft = repo().join("tests/fixtures/draft-sample.txt");
    let article = std::fs::read_to_string(&draft).unwrap();
    for date in [Some("2025-02-13"), None] {
        let body = serde_json::json!({ "article": article, "date": date }).to_string();
        let answer = post(&server, &body);
        assert_eq!(answer.status, 200, "{}", answer.body);
        assert_eq!(answer.header("content-type"), Some("application/json; charset=utf-8"));
        assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
        assert_eq!(answer.header("content-length"), Some(answer.body.len().to_string().as_str()));

        let dir = corpus_dir();
        let mut args = vec!["check", "--corpus", &dir, draft.to_str().unwrap()];
        if let Some(d) = date {
            args.extend(["--date", d]);
        }
        let cli = Command::new(BIN).args(&args).output().expect("crosscheck check");
        assert!(cli.status.success());
        let printed: Value = serde_json::from_slice(&cli.stdout).expect("the CLI's JSON");
        assert_eq!(answer.json(), printed, "the same report (date {date:?})");
        assert!(printed["claims"].as_array().is_some_and(|c| !c.is_empty()));
    }
    // The twin: another article gets another report, so the equality above is not trivial.
    let other = post(&server, r#"{"article": "The mayor of Kelmar opened a bridge on Tuesday."}"#);
    assert_eq!(other.status, 200);
    assert_ne!(other.json()["claims"], post(&server, &serde_json::json!({ "article": article }).to_string()).json()["claims"]);
}

#[test]
fn bad_requests_get_clear_errors_and_the_server_stays_up() {
    let server = serve(&["--corpus", &corpus_dir()]);
    for (body, status, says) in [
        ("", 400, "the request has no body"),
        ("{\"article\": ", 400, "not the JSON expected"),
        ("[1, 2]", 400, "not the JSON expected"),
        (r#"{"article": "x", "extra": 1}"#, 400, "unknown field `extra`"),
        (r#"{"date": "2025-02-13"}"#, 400, "missing field `article`"),
        (r#"{"article": null}"#, 400, "invalid type"),
        (r#"{"article": "x", "date": "yesterday"}"#, 400, "date \"yesterday\" is not a date of the form YYYY-MM-DD"),
        (r#"{"article": "x", "date": "2025-02-30"}"#, 400, "is not a date"),
        (r#"{"article": " \n\t "}"#, 422, "the article is empty"),
    ] {
        let answer = post(&server, body);
        assert_eq!(answer.status, status, "{body}: {}", answer.body);
        assert!(answer.error().contains(says), "{body}: {}", answer.body);
        assert_eq!(answer.header("access-control-allow-origin"), Some("*"), "errors are readable cross-origin too");
    }
    let wrong_method = request(&server, "GET", "/check", "", b"");
    assert_eq!(wrong_method.status, 405);
    assert_eq!(wrong_method.header("allow"), Some("POST, OPTIONS"));
    let missing = request(&server, "GET", "/", "", b"");
    assert_eq!(missing.status, 404);
    assert!(missing.error().contains("POST /check or GET /health"));

    // Bodies past the limit: one that says so in its length is refused before it is read.
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(stream, "POST /check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n\r\n", 64 * 1024 * 1024).unwrap();
    let huge = read_answer(stream);
    assert_eq!(huge.status, 413, "{}", huge.body);
    assert!(huge.error().contains("larger than"), "{}", huge.body);
    // An article over the article limit, inside a body under the request limit.
    let article = "word ".repeat(crosscheck::limits::MAX_ARTICLE_BYTES / 5 + 1);
    let answer = post(&server, &serde_json::json!({ "article": article }).to_string());
    assert_eq!(answer.status, 413, "{}", answer.body);
    assert!(answer.error().contains("the article is too large"), "{}", answer.body);

    let health = request(&server, "GET", "/health", "", b"");
    assert_eq!(health.status, 200, "still up after every bad request");
    assert_eq!(health.json(), serde_json::json!({ "ok": true, "backend": "corpus", "documents": 5 }));
}

#[test]
fn a_page_on_another_origin_may_call_it() {
    let server = serve(&["--allow-origin", "https://cms.example"]);
    let preflight = request(
        &server,
        "OPTIONS",
        "/check",
        "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n",
        b"",
    );
    assert_eq!(preflight.status, 204);
    assert_eq!(preflight.header("access-control-allow-origin"), Some("https://cms.example"));
    assert!(preflight.header("access-control-allow-methods").is_some_and(|m| m.contains("POST")));
    assert!(preflight.header("access-control-allow-headers").is_some_and(|h| h.eq_ignore_ascii_case("content-type")));
    // Without --corpus, the built-in corpus answers.
    let answer = post(&server, r#"{"article": "Belarus freed three prisoners, among them an American, on Wednesday."}"#);
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.header("access-control-allow-origin"), Some("https://cms.example"));
}

#[test]
fn a_server_that_cannot_start_says_why() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = Command::new(BIN).args(["serve", "--port", &port]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with(&format!("crosscheck: cannot listen on 127.0.0.1:{port}: ")), "{err}");
    let out = Command::new(BIN).args(["serve", "--port", "0", "--engine", "sphinx://127.0.0.1:1/x"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "crosscheck: the archive engine at sphinx://127.0.0.1:1/x cannot be reached: 127.0.0.1:1: connection refused\n");
    let out = Command::new(BIN).args(["serve", "--port", "0", "--corpus", "no/such/folder"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("crosscheck: corpus no/such/folder: "));
}
