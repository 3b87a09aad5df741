//! SphinxQL statements built from plain data, and the engine's answers read back: pure
//! functions, so every rule about what reaches the engine is tested without one.
//!
//! Nothing from a document or an article reaches a statement except through [`quote`]
//! (string literals) or [`match_query`] (retrieval keys, reduced to `[a-z0-9_]` tokens and
//! escaped again); index names are [`Ident`]s, checked when made.

use super::url::{is_index_name, NodeAddress};

/// Most keys one search sends. A fact has tens of keys; the cap bounds what one search
/// costs the engine when a caller passes a whole article's keys, keeping the heaviest.
pub const MAX_QUERY_KEYS: usize = 256;
/// Most sentences one search returns. The engine's own default cap (`max_matches`) is 1,000,
/// and each shard sends the master up to that many rows, so more costs every node memory.
pub const MAX_TOP_K: usize = 1_000;
/// The full-text field holding a sentence's retrieval keys.
pub const KEYS_FIELD: &str = "keys";
/// The full-text field holding one token naming the sentence's document ([`doc_key`]), so
/// the rows of a few documents are found through the engine's inverted index rather than by
/// scanning every row's `doc` attribute.
pub const DOC_FIELD: &str = "doc_key";
/// Most rows one statement asks for the sentences before retrieved ones.
pub const MAX_CONTEXT_ROWS: usize = 100_000;

/// The attributes a search returns, in this order, then the score.
const COLUMNS: &str = "id, doc, source, written, language, text, start_byte, end_byte, position, WEIGHT() AS score";
/// The columns an insert fills, in the order of [`values`].
const INSERT_COLUMNS: &str = "id, keys, doc_key, doc, source, written, language, text, start_byte, end_byte, position, key_count";

/// An index name fit to be written into a statement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ident(String);

impl Ident {
    pub fn new(name: &str) -> Result<Ident, String> {
        if is_index_name(name) {
            Ok(Ident(name.to_string()))
        } else {
            Err(format!("{name:?} is not an index name (letters, digits and _)"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Ident {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A SphinxQL string literal holding exactly `text`. The engine's literals end at a quote and
/// escape with a backslash (a doubled quote is a syntax error there, unlike SQL), so those two
/// are escaped and every other character, newlines included, is passed as it is. Text with a
/// NUL byte cannot be stored (the engine's strings end at one): callers refuse it first.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        if c == '\\' || c == '\'' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// Characters the full-text query language gives meaning to (the list Sphinx's own
/// `EscapeString` escapes, and the quote).
const FULLTEXT_SPECIAL: &[char] = &['\\', '(', ')', '|', '-', '!', '@', '~', '"', '&', '/', '^', '$', '=', '<', '\'', '*', '?', '%'];

/// A word for a full-text query, each operator character escaped. Keys never hold one
/// ([`sanitize_key`]); this is the second guard, should that ever change.
pub fn escape_fulltext(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if FULLTEXT_SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A retrieval key as the engine stores it: ASCII letters folded to lower case (as the index's
/// `charset_table` folds them), digits and `_` kept, any other character made `_`, as
/// `retrieve::key_text` makes it. Upper-case operator words (`MAYBE`, `NEAR`) become plain
/// words. `None` for a key with no letter or digit left: it could match nothing.
pub fn sanitize_key(key: &str) -> Option<String> {
    let key: String = key
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '_' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => '_',
        })
        .collect();
    key.bytes().any(|b| b != b'_').then_some(key)
}

/// The keys a search sends: sanitized, each once (at its largest weight), weights that are
/// not positive numbers left out, heaviest first (then alphabetical), at most
/// [`MAX_QUERY_KEYS`].
///
/// The engine's query language has no per-keyword weight (and a repeated keyword counts
/// once), so the weights choose which keys are sent, not how much each counts.
pub fn query_keys(keys: &[(String, f32)]) -> Vec<String> {
    let mut kept = key_weights(keys);
    kept.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    kept.truncate(MAX_QUERY_KEYS);
    kept.into_iter().map(|(k, _)| k).collect()
}

/// The full-text query for keys: any of them, in the keys field. `None` for no keys: an empty
/// MATCH would match every row.
pub fn match_query(keys: &[String]) -> Option<String> {
    if keys.is_empty() {
        return None;
    }
    let words: Vec<String> = keys.iter().map(|k| escape_fulltext(k)).collect();
    Some(format!("@{KEYS_FIELD} ({})", words.join(" | ")))
}

/// The search: the `k` best rows by the engine's BM25 over the index, best first, ties in
/// document order (by document id, then place), as the in-memory index breaks them.
pub fn search_statement(index: &Ident, query: &str, k: usize) -> String {
    let k = k.clamp(1, MAX_TOP_K);
    format!(
        "SELECT {COLUMNS} FROM {index} WHERE MATCH({}) ORDER BY score DESC, doc ASC, start_byte ASC LIMIT {k} OPTION ranker=bm25, max_matches={k}",
        quote(query)
    )
}

/// One sentence row as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowValues<'a> {
    pub id: u64,
    /// The keys, space-separated.
    pub keys: String,
    pub doc: &'a str,
    pub source: &'a str,
    /// YYYY-MM-DD, or empty.
    pub written: &'a str,
    pub language: &'a str,
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    pub position: u32,
    /// How many keys `keys` holds (BM25's length of the sentence).
    pub key_count: u32,
}

/// A row's values as a statement's tuple, `(1, 'w_a', 'x0123456789abcdef', ...)`.
pub fn values(row: &RowValues) -> String {
    format!(
        "({}, {}, '{}', {}, {}, {}, {}, {}, {}, {}, {}, {})",
        row.id,
        quote(&row.keys),
        doc_key(row.doc),
        quote(row.doc),
        quote(row.source),
        quote(row.written),
        quote(row.language),
        quote(row.text),
        row.start,
        row.end,
        row.position,
        row.key_count
    )
}

/// The keys a search ranks by, each with its weight: sanitized as [`query_keys`] sends them,
/// a key given twice (or two that sanitize alike) at its largest weight, weights that are not
/// positive numbers left out.
pub fn key_weights(keys: &[(String, f32)]) -> Vec<(String, f32)> {
    let mut kept: Vec<(String, f32)> = Vec::new();
    for (key, weight) in keys {
        if !(weight.is_finite() && *weight > 0.0) {
            continue;
        }
        let Some(key) = sanitize_key(key) else { continue };
        match kept.iter_mut().find(|(k, _)| *k == key) {
            Some((_, w)) => *w = w.max(*weight),
            None => kept.push((key, *weight)),
        }
    }
    kept
}

/// The archive's sentence rows and their keys in all, for BM25's average length.
pub fn stats_statement(index: &Ident) -> String {
    format!("SELECT COUNT(*) AS sentences, SUM(key_count) AS key_total FROM {index}")
}

/// Writes tuples from [`values`] into a shard: a row whose id is already there is replaced,
/// so writing a sentence again stores it once.
pub fn replace_statement(shard: &Ident, tuples: &[String]) -> String {
    format!("REPLACE INTO {shard} ({INSERT_COLUMNS}) VALUES {}", tuples.join(", "))
}

pub fn truncate_statement(shard: &Ident) -> String {
    format!("TRUNCATE RTINDEX {shard}")
}

/// The token naming a document in the [`DOC_FIELD`]: `x` and 16 hexadecimal digits of a hash
/// of its id (one `[a-z0-9]` token whatever the id holds). Two documents may share one, once
/// in billions of pairs: rows found by it are matched to their document by `doc` too.
pub fn doc_key(doc: &str) -> String {
    format!("x{:016x}", mix(fnv1a(&[b"doc_key", doc.as_bytes()])))
}

/// The rows of some documents (by [`doc_key`]) with positions in `[from, to)`: what a
/// retrieved sentence's preceding sentences are read from. Unranked; at most `limit` rows.
pub fn context_statement(index: &Ident, doc_keys: &[String], from: u32, to: u32, limit: usize) -> String {
    let limit = limit.clamp(1, MAX_CONTEXT_ROWS);
    let query = format!("@{DOC_FIELD} ({})", doc_keys.iter().map(|k| escape_fulltext(k)).collect::<Vec<_>>().join(" | "));
    format!(
        "SELECT doc, position, text FROM {index} WHERE MATCH({}) AND position >= {from} AND position < {to} LIMIT {limit} OPTION ranker=none, max_matches={limit}",
        quote(&query)
    )
}

/// How many rows of a shard hold each of some keys (sanitized keys, one token each), with the
/// engine's statistics: one answer row per key, in order (`qpos`, `tokenized`, `normalized`,
/// `docs`, `hits`).
pub fn keywords_statement(shard: &Ident, keys: &[String]) -> String {
    format!("CALL KEYWORDS({}, {}, 1)", quote(&keys.join(" ")), quote(shard.as_str()))
}

/// A shard's own figures, `indexed_documents` among them (rows live now).
pub fn status_statement(shard: &Ident) -> String {
    format!("SHOW INDEX {shard} STATUS")
}

/// The newest day written of any row: a full scan of one attribute, each shard sending the
/// master its one best row. Rows without a date hold an empty string, which sorts first.
pub fn newest_statement(index: &Ident) -> String {
    format!("SELECT written FROM {index} ORDER BY written DESC, id ASC LIMIT 1 OPTION max_matches=1")
}

pub fn count_statement(index: &Ident) -> String {
    format!("SELECT COUNT(*) FROM {index}")
}

pub fn describe_statement(index: &Ident) -> String {
    format!("DESCRIBE {index}")
}

/// 64-bit FNV-1a: a fixed, documented hash, so ids and shard choices are the same on every
/// machine and in every version (std's hasher promises neither).
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &byte in *part {
            hash ^= byte as u64;
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// SplitMix64's finaliser: every output bit depends on every input bit (FNV's low bits alone
/// depend on few, and a shard is chosen by a remainder).
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A sentence's id, from its document's id, its place and its text: the same sentence of the
/// same document always gets the same id, so indexing a document again replaces its rows
/// instead of adding copies. 63 bits (the engine's ids are positive), never 0: among ten
/// million sentences the chance that two share an id is about 5 in a million.
pub fn sentence_id(doc: &str, start: usize, end: usize, text: &str) -> u64 {
    let id = mix(fnv1a(&[doc.as_bytes(), &(start as u64).to_le_bytes(), &(end as u64).to_le_bytes(), text.as_bytes()]));
    (id & (u64::MAX >> 1)).max(1)
}

/// The shard, of `shards`, that holds a document: by its id alone, so the same document
/// always goes to the same shard (and replaces its own rows there).
pub fn shard_of(doc: &str, shards: usize) -> usize {
    (mix(fnv1a(&[doc.as_bytes()])) % shards.max(1) as u64) as usize
}

/// A part of a distributed index, as `DESCRIBE` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// An index on the node itself.
    Local(Ident),
    /// Indexes on another node, reached through its agent (binary protocol) address.
    Remote { agent: NodeAddress, indexes: Vec<Ident> },
}

/// Reads one row of `DESCRIBE` on a distributed index: (`shard_0`, `local`) or
/// (`127.0.0.1:19309:shard_1`, `remote_1`).
pub fn parse_part(agent: &str, kind: &str) -> Result<Part, String> {
    if kind == "local" {
        return Ident::new(agent).map(Part::Local);
    }
    if !kind.starts_with("remote") {
        return Err(format!("unknown part {agent:?} of type {kind:?}"));
    }
    if agent.contains('|') {
        return Err(format!(
            "agent {agent:?} has mirrors; this client writes to one node per shard (give the URL a node holding each shard)"
        ));
    }
    let (address, indexes) = agent.rsplit_once(':').ok_or_else(|| format!("agent {agent:?} is not HOST:PORT:INDEX"))?;
    let (host, port) = address.rsplit_once(':').ok_or_else(|| format!("agent {agent:?} is not HOST:PORT:INDEX"))?;
    let port: u16 = port.parse().map_err(|_| format!("agent {agent:?} has no valid port"))?;
    let indexes = indexes.split(',').map(|i| Ident::new(i.trim())).collect::<Result<Vec<_>, _>>()?;
    let host = host.trim_start_matches('[').trim_end_matches(']').to_string();
    Ok(Part::Remote { agent: NodeAddress { host, port }, indexes })
}

/// The agents a warning of the engine is about, each with what went wrong, from one clause
/// per agent: `index crosscheck: agent 127.0.0.1:19309: connect() failed: ...;\nindex
/// crosscheck: agent 127.0.0.1:19311: query timed out`.
pub fn agent_failures(warning: &str) -> Vec<(String, String)> {
    let mut clauses: Vec<String> = Vec::new();
    for piece in warning.split(';') {
        match clauses.last_mut() {
            // A semicolon inside a reason: the piece belongs to the clause before.
            Some(last) if !piece.contains("agent ") => {
                last.push(';');
                last.push_str(piece);
            }
            _ => clauses.push(piece.to_string()),
        }
    }
    let mut failures: Vec<(String, String)> = Vec::new();
    for clause in &clauses {
        let Some(at) = clause.find("agent ") else { continue };
        let rest = &clause[at + "agent ".len()..];
        let address: String = rest.chars().take_while(|c| !c.is_whitespace()).collect::<String>().trim_end_matches([':', ',']).to_string();
        let reason = rest[address.len()..].trim_start_matches(':').trim().to_string();
        if !address.is_empty() && !failures.iter().any(|(a, _)| *a == address) {
            failures.push((address, reason));
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[(&str, f32)]) -> Vec<(String, f32)> {
        list.iter().map(|(k, w)| (k.to_string(), *w)).collect()
    }

    /// What the engine's lexer does to a string literal (searchd's SqlUnescape): a backslash
    /// takes the next character as it is.
    fn unquote(literal: &str) -> String {
        let inner = &literal[1..literal.len() - 1];
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                out.extend(chars.next());
            } else {
                assert_ne!(c, '\'', "an unescaped quote ends the literal early: {literal}");
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn a_quoted_literal_holds_exactly_the_text() {
        for text in ["", "plain", "it's", "back\\slash", "\\'", "'; DROP TABLE x; --", "two\nlines\ttab", "ünï 😀", "end\\"] {
            let literal = quote(text);
            assert_eq!(unquote(&literal), text, "{literal}");
        }
        // Without the escaping, the quote would end the literal: the twin of the test above.
        assert_eq!(quote("it's"), "'it\\'s'");
    }

    #[test]
    fn keys_are_reduced_to_plain_tokens() {
        assert_eq!(sanitize_key("w_releas").as_deref(), Some("w_releas"));
        assert_eq!(sanitize_key("W_Releas").as_deref(), Some("w_releas"));
        assert_eq!(sanitize_key("MAYBE").as_deref(), Some("maybe"));
        assert_eq!(sanitize_key("w_o'brien").as_deref(), Some("w_o_brien"));
        assert_eq!(sanitize_key("') OR 1=1 --").as_deref(), Some("___or_1_1___"));
        assert_eq!(sanitize_key("@keys \"x\"~3").as_deref(), Some("_keys__x__3"));
        assert_eq!(sanitize_key("n_é").as_deref(), Some("n__"));
        assert_eq!(sanitize_key("___"), None);
        assert_eq!(sanitize_key("'|()"), None);
        assert_eq!(sanitize_key(""), None);
    }

    #[test]
    fn a_query_sends_each_key_once_heaviest_first() {
        let sent = query_keys(&keys(&[("w_b", 1.0), ("w_a", 2.0), ("W_B", 3.0), ("w_c", 0.0), ("w_d", f32::NAN), ("w_e", -1.0), ("|", 9.0)]));
        assert_eq!(sent, vec!["w_b".to_string(), "w_a".to_string()]);
        let many: Vec<(String, f32)> = (0..MAX_QUERY_KEYS + 10).map(|i| (format!("w_{i}"), i as f32 + 1.0)).collect();
        let sent = query_keys(&many);
        assert_eq!(sent.len(), MAX_QUERY_KEYS);
        assert_eq!(sent[0], format!("w_{}", MAX_QUERY_KEYS + 9), "the heaviest key is kept");
        assert!(!sent.contains(&"w_0".to_string()), "the lightest is dropped");
    }

    #[test]
    fn no_keys_make_no_query() {
        assert_eq!(match_query(&[]), None);
        assert_eq!(query_keys(&keys(&[("'\"", 1.0), ("w_a", 0.0)])), Vec::<String>::new());
        assert_eq!(match_query(&["w_a".into(), "d_2318".into()]).as_deref(), Some("@keys (w_a | d_2318)"));
    }

    #[test]
    fn full_text_operators_are_escaped() {
        assert_eq!(escape_fulltext("w_a"), "w_a");
        assert_eq!(escape_fulltext("a|b-(c)\"d\"@e~f/g^h$=<i\\"), "a\\|b\\-\\(c\\)\\\"d\\\"\\@e\\~f\\/g\\^h\\$\\=\\<i\\\\");
        // Through both layers, a special character reaches the full-text parser escaped.
        let statement = search_statement(&Ident::new("ix").unwrap(), &match_query(&["a|b".into()]).unwrap(), 5);
        assert!(statement.contains("MATCH('@keys (a\\\\|b)')"), "{statement}");
    }

    #[test]
    fn the_search_statement_ranks_by_bm25_with_a_bounded_k() {
        let index = Ident::new("crosscheck").unwrap();
        let s = search_statement(&index, "@keys (w_a)", 10);
        assert!(s.starts_with("SELECT id, doc, source, written, language, text, start_byte, end_byte, position, WEIGHT() AS score FROM crosscheck WHERE MATCH('@keys (w_a)')"), "{s}");
        assert!(s.ends_with("LIMIT 10 OPTION ranker=bm25, max_matches=10"), "{s}");
        assert!(search_statement(&index, "x", 0).contains("LIMIT 1 "));
        assert!(search_statement(&index, "x", 1_000_000).contains(&format!("LIMIT {MAX_TOP_K} ")));
    }

    #[test]
    fn rows_are_written_as_escaped_tuples() {
        let row = RowValues {
            id: 7,
            keys: "w_a n_b".into(),
            doc: "d'1",
            source: "A \\ B",
            written: "2025-02-13",
            language: "en",
            text: "He said: 'no'.",
            start: 3,
            end: 17,
            position: 2,
            key_count: 2,
        };
        let tuple = values(&row);
        let key = doc_key("d'1");
        assert_eq!(tuple, format!("(7, 'w_a n_b', '{key}', 'd\\'1', 'A \\\\ B', '2025-02-13', 'en', 'He said: \\'no\\'.', 3, 17, 2, 2)"));
        let shard = Ident::new("crosscheck_1").unwrap();
        assert_eq!(
            replace_statement(&shard, &[tuple.clone(), tuple]).split(" VALUES ").next().unwrap(),
            "REPLACE INTO crosscheck_1 (id, keys, doc_key, doc, source, written, language, text, start_byte, end_byte, position, key_count)"
        );
    }

    #[test]
    fn a_document_key_is_one_plain_token_whatever_the_id_holds() {
        for id in ["wire", "d'1", "x') OR 1=1 --", "ünï 😀", ""] {
            let key = doc_key(id);
            assert_eq!(key.len(), 17, "{key}");
            assert!(key.starts_with('x') && key[1..].bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()), "{key}");
            assert_eq!(sanitize_key(&key).as_deref(), Some(key.as_str()), "the engine keeps it one token");
        }
        assert_eq!(doc_key("wire"), doc_key("wire"));
        assert_ne!(doc_key("wire"), doc_key("gazette"));
    }

    #[test]
    fn statements_for_the_context_the_counts_and_the_newest_date() {
        let index = Ident::new("crosscheck").unwrap();
        let s = context_statement(&index, &[doc_key("wire"), doc_key("gazette")], 3, 9, 12);
        assert_eq!(
            s,
            format!(
                "SELECT doc, position, text FROM crosscheck WHERE MATCH('@doc_key ({} | {})') AND position >= 3 AND position < 9 LIMIT 12 OPTION ranker=none, max_matches=12",
                doc_key("wire"),
                doc_key("gazette")
            )
        );
        assert!(context_statement(&index, &[doc_key("wire")], 0, 1, 10_000_000).contains(&format!("LIMIT {MAX_CONTEXT_ROWS} ")));
        let shard = Ident::new("crosscheck_0").unwrap();
        // Keys reach CALL KEYWORDS inside a quoted literal, like any text.
        assert_eq!(keywords_statement(&shard, &["w_a".into(), "it's".into()]), "CALL KEYWORDS('w_a it\\'s', 'crosscheck_0', 1)");
        assert_eq!(status_statement(&shard), "SHOW INDEX crosscheck_0 STATUS");
        assert_eq!(newest_statement(&index), "SELECT written FROM crosscheck ORDER BY written DESC, id ASC LIMIT 1 OPTION max_matches=1");
    }

    #[test]
    fn ids_come_from_the_document_and_the_sentence() {
        let id = sentence_id("wire", 0, 10, "Some text.");
        assert_eq!(id, sentence_id("wire", 0, 10, "Some text."), "the same sentence, the same id");
        assert_ne!(id, sentence_id("gazette", 0, 10, "Some text."), "another document");
        assert_ne!(id, sentence_id("wire", 11, 21, "Some text."), "the same words elsewhere in the document");
        assert_ne!(id, sentence_id("wire", 0, 10, "Some test."), "other words");
        assert_ne!(sentence_id("ab", 0, 0, "c"), sentence_id("a", 0, 0, "bc"));
        assert!(id > 0 && id <= i64::MAX as u64);
    }

    #[test]
    fn documents_spread_over_the_shards() {
        let mut counts = [0usize; 2];
        for i in 0..1_000 {
            counts[shard_of(&format!("synthetic-{i:05}"), 2)] += 1;
        }
        assert!(counts.iter().all(|&n| (400..=600).contains(&n)), "{counts:?}");
        assert_eq!(shard_of("wire", 2), shard_of("wire", 2));
        assert_eq!(shard_of("wire", 1), 0);
        assert_eq!(shard_of("wire", 0), 0);
    }

    #[test]
    fn describe_rows_name_the_parts() {
        assert_eq!(parse_part("crosscheck_0", "local"), Ok(Part::Local(Ident::new("crosscheck_0").unwrap())));
        assert_eq!(
            parse_part("127.0.0.1:19309:crosscheck_1,extra", "remote_1"),
            Ok(Part::Remote {
                agent: NodeAddress { host: "127.0.0.1".into(), port: 19309 },
                indexes: vec![Ident::new("crosscheck_1").unwrap(), Ident::new("extra").unwrap()],
            })
        );
        assert!(parse_part("a:1:x|b:2:x", "remote_1").unwrap_err().contains("mirrors"));
        assert!(parse_part("127.0.0.1:x:i", "remote_1").is_err());
        assert!(parse_part("x; DROP", "local").is_err());
        assert!(parse_part("127.0.0.1:19309:bad name", "remote_1").is_err());
    }

    #[test]
    fn warnings_name_the_agents_they_are_about() {
        let pair = |a: &str, r: &str| (a.to_string(), r.to_string());
        let warning = "index crosscheck: agent 127.0.0.1:19309: connect() failed: errno=111, Operation now in progress";
        assert_eq!(agent_failures(warning), vec![pair("127.0.0.1:19309", "connect() failed: errno=111, Operation now in progress")]);
        // Two nodes down, as searchd 2.2 words it.
        let two = "index crosscheck: agent 127.0.0.1:19609: connect() failed: errno=111, Operation now in progress;\nindex crosscheck: agent 127.0.0.1:19611: query timed out; retry later";
        assert_eq!(
            agent_failures(two),
            vec![pair("127.0.0.1:19609", "connect() failed: errno=111, Operation now in progress"), pair("127.0.0.1:19611", "query timed out; retry later")]
        );
        assert!(agent_failures("index crosscheck: out of memory").is_empty());
    }
}
