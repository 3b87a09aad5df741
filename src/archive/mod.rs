//! A newsroom archive as the corpus: candidate evidence from a distributed search engine
//! (Sphinx 2.2, or Manticore Search, which keeps its SQL protocol and distributed indexes),
//! spoken to in SphinxQL over the MySQL wire protocol. Native only.
//!
//! The archive holds one row per document sentence, in real-time shards spread over the
//! engine's nodes; a distributed index on each node searches every shard. A row keeps what a
//! check needs back to compare and cite the sentence (its text, document id, source, date,
//! language, byte offsets and position) as stored attributes, and its retrieval keys
//! ([`crate::retrieve::index_rows`]) as the one full-text field. [`Archive::search`] asks for
//! the top-k rows by BM25 for a fact's keys.
//!
//! Faults are never silent: a shard that could not be searched is named in
//! [`Found::warnings`]; when no node answers, [`ArchiveError::Unreachable`] says so in one line.
//!
//! ```text
//!            sphinx://127.0.0.1:19306,127.0.0.1:19308/crosscheck
//!   node 0 (SphinxQL :19306, agents :19307)      node 1 (SphinxQL :19308, agents :19309)
//!     crosscheck_0 (rt)  <─────── agent ───────    crosscheck_1 (rt)
//!     crosscheck (distributed) ──── agent ──────>  crosscheck (distributed)
//! ```

pub mod sphinxql;
pub mod url;

use crate::corpus::{Document, LoadedCorpus};
use crate::analyse::calendar::CalendarDate;
use crate::retrieve::index_rows;
use mysql::prelude::Queryable;
use mysql::{Conn, OptsBuilder, Row};
use sphinxql::{Ident, Part, RowValues};
use std::sync::mpsc;
use std::sync::Mutex;
use crate::tuning::TUNING;
use std::time::{Duration, Instant};
pub use url::{EngineUrl, NodeAddress};

/// How long a node may take to accept a connection. On a newsroom's network a node answers in
/// milliseconds; a host that drops packets would otherwise hold a check for minutes.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// How long one statement may take. A search answers in tens of milliseconds (the engine gives
/// up on a silent shard after its own `agent_query_timeout`, 3 s in scripts/engine.sh); an
/// insert can wait while the node writes its RAM chunk to disk, which takes seconds.
pub const STATEMENT_TIMEOUT: Duration = Duration::from_secs(120);
/// Bytes of row values per insert statement: about 3,000 sentences, so the cost of a statement
/// (a round trip, a transaction) is spread thin, and far below the 8 MB packet the engine takes
/// (`max_packet_size`).
pub const BATCH_BYTES: usize = 1 << 20;
/// Insert statements queued for each shard while the next are prepared: analysis and the
/// engine's indexing overlap, and memory stays a few batches per shard.
const BATCHES_IN_FLIGHT: usize = 2;
/// The engine's largest packet; statements are kept far below it ([`BATCH_BYTES`]). Given
/// to the client so it does not ask the engine (`SELECT @@max_allowed_packet`).
const MAX_PACKET_BYTES: usize = 8 * 1024 * 1024;

/// A sentence of the archive, retrieved for a fact.
#[derive(Debug, Clone, PartialEq)]
pub struct RetrievedSentence {
    /// The row's id (from the document id and the sentence: [`sphinxql::sentence_id`]).
    pub id: u64,
    /// The document's id, source and language, as its corpus manifest gave them.
    pub doc: String,
    pub source: String,
    pub language: String,
    /// The day the document was written (YYYY-MM-DD), where its manifest said.
    pub date: Option<String>,
    /// The sentence, exactly as in the document.
    pub text: String,
    /// Byte offsets of the sentence in its document.
    pub start: usize,
    pub end: usize,
    /// Its position among the document's sentences (noise included), as `index_rows` counts.
    pub position: u32,
    /// Its BM25 score as the in-memory index computes it ([`Archive::search`]); comparable within one search only.
    pub score: f32,
}

/// What a search found, and which parts of the archive it could not search.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    /// Best first.
    pub sentences: Vec<RetrievedSentence>,
    /// One line per part of the archive not searched (a shard whose node is down, a node that
    /// did not answer); empty when the whole archive was searched.
    pub warnings: Vec<String>,
}

/// How often keys occur in the archive ([`Archive::frequencies`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Frequencies {
    /// Sentence rows in the shards counted.
    pub sentences: u64,
    /// By key, in the order asked: the rows holding it.
    pub holding: Vec<u64>,
    /// One line per shard not counted.
    pub warnings: Vec<String>,
}

/// Keys per `CALL KEYWORDS` statement: a few tens of kilobytes.
const KEYWORDS_PER_STATEMENT: usize = 4_096;
/// Documents per statement for [`Archive::preceding`].
const CONTEXT_DOCUMENTS_PER_STATEMENT: usize = 64;

/// Why the archive cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArchiveError {
    /// The engine URL is malformed.
    BadUrl(String),
    /// No node answered: each node tried, with why.
    Unreachable { url: String, nodes: Vec<(String, String)> },
    /// The engine answered, but not with an archive this client can use (no such index, a
    /// shard no node holds, a part it cannot read).
    Layout(String),
    /// A statement the engine refused.
    Engine { node: String, message: String },
    /// A shard could not be written.
    Write { shard: String, node: String, reason: String },
}

impl std::fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ArchiveError::BadUrl(reason) => write!(f, "engine URL: {reason}"),
            ArchiveError::Unreachable { url, nodes } => {
                write!(f, "the archive engine at {url} cannot be reached")?;
                for (i, (node, reason)) in nodes.iter().enumerate() {
                    write!(f, "{} {node}: {reason}", if i == 0 { ":" } else { ";" })?;
                }
                Ok(())
            }
            ArchiveError::Layout(reason) => write!(f, "archive engine: {reason}"),
            ArchiveError::Engine { node, message } => write!(f, "archive engine node {node}: {message}"),
            ArchiveError::Write { shard, node, reason } => write!(f, "cannot write shard {shard} on node {node}: {reason}"),
        }
    }
}

impl std::error::Error for ArchiveError {}

/// A shard of the archive: a real-time index on one node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shard {
    pub name: String,
    /// The node that holds it, for SphinxQL (where its rows are written).
    pub node: NodeAddress,
    /// Its node's agent address, as the distributed index names it (none for the node a
    /// search goes through, which holds it locally).
    pub agent: Option<NodeAddress>,
}

/// What [`Archive::index_documents`] wrote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndexSummary {
    pub documents: usize,
    /// Sentence rows written (each replacing a row with its id, if there was one).
    pub sentences: usize,
    /// By shard, in [`Archive::shards`] order: (documents, sentences).
    pub by_shard: Vec<(usize, usize)>,
    /// Documents not written, with why (a NUL byte, offsets beyond the engine's integers).
    pub skipped: Vec<(String, String)>,
}

/// What `SHOW META` said about a statement.
struct Meta(Vec<(String, String)>);

impl Meta {
    fn total_found(&self) -> Option<u64> {
        self.0.iter().find(|(k, _)| k == "total_found").and_then(|(_, v)| v.parse().ok())
    }

    /// Each keyword of a full-text query with the rows holding it, over every shard searched.
    fn keyword_docs(&self) -> Vec<(String, u64)> {
        let value = |name: String| self.0.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone());
        (0..)
            .map_while(|i| Some((value(format!("keyword[{i}]"))?, value(format!("docs[{i}]")).and_then(|d| d.parse().ok()).unwrap_or(0))))
            .collect()
    }
}

/// How a node let a statement down.
enum NodeFailure {
    /// Unreachable, or the connection broke: try another node.
    Down(String),
    /// The node answered with an error.
    Refused(String),
}

impl NodeFailure {
    fn reason(&self) -> &str {
        match self {
            NodeFailure::Down(r) | NodeFailure::Refused(r) => r,
        }
    }
}

/// A node and its connection, opened on first use and again after it broke.
struct Node {
    address: NodeAddress,
    conn: Mutex<Option<Conn>>,
}

impl Node {
    fn new(address: NodeAddress) -> Node {
        Node { address, conn: Mutex::new(None) }
    }

    fn open(&self) -> Result<Conn, NodeFailure> {
        let opts = OptsBuilder::new()
            .ip_or_hostname(Some(self.address.host.clone()))
            .tcp_port(self.address.port)
            .prefer_socket(false)
            .tcp_connect_timeout(Some(CONNECT_TIMEOUT))
            .read_timeout(Some(STATEMENT_TIMEOUT))
            .write_timeout(Some(STATEMENT_TIMEOUT))
            .max_allowed_packet(Some(MAX_PACKET_BYTES))
            // The engine has no prepared statements to cache.
            .stmt_cache_size(Some(0));
        Conn::new(opts).map_err(|e| NodeFailure::Down(describe_mysql_error(&e)))
    }

    /// Runs `work` on the node's connection. A connection that broke is opened again once and
    /// the work retried (a node restarted since the last statement), so `work` must be safe to
    /// repeat (searches are; inserts replace by id).
    fn with<T>(&self, mut work: impl FnMut(&mut Conn) -> Result<T, mysql::Error>) -> Result<T, NodeFailure> {
        let mut slot = self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let reused = slot.is_some();
        for attempt in 0..2 {
            if slot.is_none() {
                *slot = Some(self.open()?);
            }
            let Some(conn) = slot.as_mut() else { unreachable!("opened above") };
            match work(conn) {
                Ok(value) => return Ok(value),
                Err(mysql::Error::MySqlError(e)) => return Err(NodeFailure::Refused(e.message)),
                Err(e) => {
                    *slot = None;
                    if !reused || attempt == 1 {
                        return Err(NodeFailure::Down(describe_mysql_error(&e)));
                    }
                }
            }
        }
        unreachable!("the loop returns")
    }
}

fn describe_mysql_error(e: &mysql::Error) -> String {
    match e {
        mysql::Error::IoError(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => "connection refused".to_string(),
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => "timed out".to_string(),
            std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::BrokenPipe => {
                "the connection was closed".to_string()
            }
            _ => io.to_string(),
        },
        mysql::Error::DriverError(mysql::DriverError::ConnectTimeout) => "timed out connecting".to_string(),
        mysql::Error::DriverError(mysql::DriverError::CouldNotConnect(Some((_, message, kind)))) => match kind {
            std::io::ErrorKind::ConnectionRefused => "connection refused".to_string(),
            std::io::ErrorKind::TimedOut => "timed out connecting".to_string(),
            _ => message.clone(),
        },
        mysql::Error::MySqlError(e) => e.message.clone(),
        other => other.to_string(),
    }
}

/// A connected archive.
pub struct Archive {
    url: EngineUrl,
    index: Ident,
    /// The URL's nodes first (in its order), then the other shards' nodes.
    nodes: Vec<Node>,
    /// By name.
    shards: Vec<Shard>,
    /// The archive's counts for ranking, and when they were read.
    stats: Mutex<Option<(Instant, Stats)>>,
}

/// What BM25 needs of the whole archive besides a key's count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Stats {
    sentences: u64,
    /// Keys over every sentence (the sum of their lengths).
    keys: u64,
}

/// The archive's counts are read again after this long, so a check sees what another client
/// indexed meanwhile (this client's own writes make it read them at once).
const STATS_TTL: Duration = Duration::from_secs(10);
/// Sentences asked of the engine per sentence wanted: the engine ranks by its own BM25
/// (each shard's IDF, no length normalisation, a repeated key counted once), and this client
/// ranks that pool again by the in-memory index's BM25, so the k returned are the ones the
/// in-memory index would return whenever they are in the pool.
///
/// Measured on a 1,000-word article against 10,000 generated articles (many sentences alike,
/// so many ties): of the in-memory index's 40 best for each of its 188 searches, the engine's
/// own 40 hold 41%; a pool of 160 re-ranked, 63%; of 400 with ties ordered by document, 80%
/// (and 9 verdicts of 188 differ instead of 24); of 1,000, 85% (8), not worth two and a half
/// times the rows. docs/performance.md has the cost.
const POOL_FACTOR: usize = 10;

impl Archive {
    /// Connects to the archive a `sphinx://` URL names and learns its layout from the
    /// distributed index on each node that answers: the shards on the node itself, and the
    /// others through its `agent` lines. A shard seen only through an agent is written through
    /// the SphinxQL port just below the agent port (the layout of scripts/engine.sh), unless
    /// the URL names the node that holds it.
    pub fn connect(url: &str) -> Result<Archive, ArchiveError> {
        let url = EngineUrl::parse(url).map_err(ArchiveError::BadUrl)?;
        let mut nodes: Vec<Node> = Vec::new();
        for address in &url.nodes {
            if !nodes.iter().any(|n| &n.address == address) {
                nodes.push(Node::new(address.clone()));
            }
        }
        let mut index: Option<Ident> = url.index.as_deref().map(Ident::new).transpose().map_err(ArchiveError::BadUrl)?;
        let mut failures = Vec::new();
        // (node, parts) for each node that answered.
        let mut layouts: Vec<(NodeAddress, Vec<Part>)> = Vec::new();
        for node in &nodes {
            match describe(node, index.as_ref(), &url)? {
                Ok((name, parts)) => {
                    index = Some(name);
                    layouts.push((node.address.clone(), parts));
                }
                Err(reason) => failures.push((node.address.to_string(), reason)),
            }
        }
        let Some(index) = index.filter(|_| !layouts.is_empty()) else {
            return Err(ArchiveError::Unreachable { url: url.to_string(), nodes: failures });
        };
        // The nodes known only through agent lines are asked too, so the layout names every
        // shard's agent (for warnings) when the URL names one node. One that does not answer
        // now is found down when it is used.
        let mut shards = shards_of(&layouts);
        for shard in &shards {
            if !nodes.iter().any(|n| n.address == shard.node) {
                nodes.push(Node::new(shard.node.clone()));
                let node = nodes.last().expect("just pushed");
                if let Ok(Ok((_, parts))) = describe(node, Some(&index), &url) {
                    layouts.push((node.address.clone(), parts));
                }
            }
        }
        if layouts.len() > url.nodes.len() {
            shards = shards_of(&layouts);
        }
        Ok(Archive { url, index, nodes, shards, stats: Mutex::new(None) })
    }

    /// The URL connected to.
    pub fn url(&self) -> &EngineUrl {
        &self.url
    }

    /// The index searched.
    pub fn index_name(&self) -> &str {
        self.index.as_str()
    }

    /// The shards, by name; documents are spread over them in this order.
    pub fn shards(&self) -> &[Shard] {
        &self.shards
    }

    fn node(&self, address: &NodeAddress) -> &Node {
        self.nodes.iter().find(|n| &n.address == address).expect("every shard's node is among the nodes (connect)")
    }

    /// The `k` sentences (at most [`sphinxql::MAX_TOP_K`]) that best match the keys, best
    /// first, ranked as the in-memory index ranks them. Keys are key texts (`w_releas`,
    /// `n_hrlnvsk`, `d_2318`) with their weights (how often the fact's query repeats them):
    /// reduced to `[a-z0-9_]`, each sent once, the heaviest [`sphinxql::MAX_QUERY_KEYS`]
    /// ([`sphinxql::query_keys`]). No usable key finds nothing, without asking the engine.
    ///
    /// The engine's own BM25 (ranker `bm25`) has each shard's IDF, no length normalisation and
    /// no weight per keyword, so it only chooses a pool, [`POOL_FACTOR`] times `k`, ties in
    /// document order; the pool is ranked again here by BM25 with the tuning's k1 and b, each
    /// key's weight, its count over every shard searched (`SHOW META`), and the archive's
    /// sentence count and average length (`Archive::stats`), each sentence's keys read from
    /// its text (`index_rows`, as when it was indexed); ties by document id, then place. The
    /// score returned is that BM25.
    ///
    /// The search goes through the URL's first node that answers; the shards it could not
    /// reach, and the nodes that did not answer, are named in the warnings.
    pub fn search(&self, keys: &[(String, f32)], k: usize) -> Result<Found, ArchiveError> {
        let sent = sphinxql::query_keys(keys);
        let Some(query) = sphinxql::match_query(&sent) else {
            return Ok(Found::default());
        };
        if k == 0 {
            return Ok(Found::default());
        }
        let k = k.min(sphinxql::MAX_TOP_K);
        let pool = (k * POOL_FACTOR).clamp(k, sphinxql::MAX_TOP_K);
        let statement = sphinxql::search_statement(&self.index, &query, pool);
        let (mut sentences, warnings, meta) = self.select(&statement, retrieved)?;
        let stats = self.stats()?;
        let holding = meta.keyword_docs();
        let weights: Vec<(String, f32)> = sphinxql::key_weights(keys).into_iter().filter(|(k, _)| sent.contains(k)).collect();
        let (k1, b) = (TUNING.bm25_k1, TUNING.bm25_b);
        let n = stats.sentences as f32;
        let avg_len = if stats.sentences == 0 { 1.0 } else { (stats.keys as f32 / n).max(1.0) };
        for s in &mut sentences {
            // The sentence's own keys, as `index_rows` gave them when it was indexed.
            let own: Vec<String> = index_rows(&s.text).into_iter().flat_map(|r| r.keys).filter_map(|k| sphinxql::sanitize_key(&k)).collect();
            let len = own.len() as f32;
            let mut score = 0.0;
            for (key, weight) in &weights {
                let tf = own.iter().filter(|k| *k == key).count() as f32;
                if tf == 0.0 {
                    continue;
                }
                let held = holding.iter().find(|(k, _)| k == key).map_or(1.0, |&(_, d)| d as f32);
                let idf = (1.0 + (n - held + 0.5) / (held + 0.5)).ln().max(0.0);
                score += weight * idf * tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * len / avg_len));
            }
            s.score = score;
        }
        sentences.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.doc.cmp(&b.doc)).then(a.start.cmp(&b.start)));
        sentences.truncate(k);
        Ok(Found { sentences, warnings })
    }

    /// The archive's sentence count and key count, for BM25's IDF and average length: asked
    /// of the engine at most every [`STATS_TTL`] (one scan of the `key_count` attribute), and
    /// again after this client writes.
    fn stats(&self) -> Result<Stats, ArchiveError> {
        let mut cached = self.stats.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((when, stats)) = *cached {
            if when.elapsed() < STATS_TTL {
                return Ok(stats);
            }
        }
        let (rows, _, _) = self.select(&sphinxql::stats_statement(&self.index), |row| {
            match (row.get_opt::<u64, usize>(0).and_then(|v| v.ok()), row.get_opt::<u64, usize>(1).and_then(|v| v.ok())) {
                (Some(sentences), Some(keys)) => Ok(Stats { sentences, keys }),
                _ => Err("the engine returned no valid count of rows and keys".to_string()),
            }
        })?;
        let stats = rows.first().copied().unwrap_or_default();
        *cached = Some((Instant::now(), stats));
        Ok(stats)
    }

    fn forget_stats(&self) {
        *self.stats.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
    }

    /// The newest day a document of the archive was written (its manifest date), and the
    /// parts of the archive not searched for it; `None` when no document has a date.
    ///
    /// One statement: a full scan of the `written` attribute on every shard, each shard
    /// sending back its newest row (no index on attributes is needed, and the answer is always
    /// the archive as it is now, whoever indexed into it since). At 100,000 articles (3.7
    /// million rows) it takes about as long as one search (docs/performance.md).
    pub fn newest(&self) -> Result<(Option<CalendarDate>, Vec<String>), ArchiveError> {
        let statement = sphinxql::newest_statement(&self.index);
        let (rows, warnings, _) = self.select(&statement, |row| match row.get_opt::<String, usize>(0) {
            Some(Ok(written)) => Ok(written),
            _ => Err("the engine returned a row without a valid written".to_string()),
        })?;
        Ok((rows.first().and_then(|written| CalendarDate::parse(written)), warnings))
    }

    /// How many sentences the archive holds, and how many hold each key: what BM25's IDF over
    /// the whole archive is computed from (`ln(1 + (N − n + ½)/(n + ½))`), as the in-memory
    /// index computes it over its corpus. Asked of each shard's node (`SHOW INDEX ... STATUS`,
    /// then `CALL KEYWORDS` with statistics, which reads the shard's dictionary: no row is
    /// scanned) and summed. A shard that cannot be asked is left out and named in the
    /// warnings. Keys are sanitized as a search sanitizes them; one with nothing left holds 0.
    ///
    /// The engine counts a row replaced by `REPLACE` (a document indexed again) until it merges
    /// the chunk that held it, so such a key's count can run a little high until then.
    pub fn frequencies(&self, keys: &[String]) -> Result<Frequencies, ArchiveError> {
        let sanitized: Vec<Option<String>> = keys.iter().map(|k| sphinxql::sanitize_key(k)).collect();
        let mut out = Frequencies { sentences: 0, holding: vec![0; keys.len()], warnings: Vec::new() };
        for shard in &self.shards {
            let name = Ident::new(&shard.name).map_err(ArchiveError::Layout)?;
            let counted = self.node(&shard.node).with(|conn| {
                let status: Vec<(String, String)> = conn.query(sphinxql::status_statement(&name))?;
                let mut holding: Vec<(usize, u64)> = Vec::new();
                let wanted: Vec<(usize, &String)> = sanitized.iter().enumerate().filter_map(|(i, k)| k.as_ref().map(|k| (i, k))).collect();
                for chunk in wanted.chunks(KEYWORDS_PER_STATEMENT) {
                    let words: Vec<String> = chunk.iter().map(|(_, k)| (*k).clone()).collect();
                    let rows: Vec<Row> = conn.query(sphinxql::keywords_statement(&name, &words))?;
                    for row in rows {
                        // qpos counts the statement's tokens from 1: one token a key.
                        let qpos: Option<usize> = row.get_opt::<String, usize>(0).and_then(|v| v.ok()).and_then(|v| v.parse().ok());
                        let docs: Option<u64> = row.get_opt::<String, usize>(3).and_then(|v| v.ok()).and_then(|v| v.parse().ok());
                        if let (Some(q), Some(docs)) = (qpos, docs) {
                            if let Some(&(i, _)) = q.checked_sub(1).and_then(|q| chunk.get(q)) {
                                holding.push((i, docs));
                            }
                        }
                    }
                }
                Ok((status, holding))
            });
            match counted {
                Ok((status, holding)) => {
                    let live = status.iter().find(|(k, _)| k == "indexed_documents").and_then(|(_, v)| v.parse::<u64>().ok());
                    let Some(live) = live else {
                        return Err(ArchiveError::Layout(format!("shard {} on node {} does not say how many rows it holds", shard.name, shard.node)));
                    };
                    out.sentences += live;
                    for (i, docs) in holding {
                        out.holding[i] += docs;
                    }
                }
                Err(failure) => out.warnings.push(format!("shard {} (node {}) was not counted: {}", shard.name, shard.node, failure.reason())),
            }
        }
        Ok(out)
    }

    /// The sentences before each of `sentences` in its document, oldest first: those at most
    /// `lookback` positions before it (the rows the archive holds, so noise and sentences
    /// without a key are not among them), as the in-memory index reads a sentence with the
    /// ones before it to find whom a pronoun means and what year "that year" is.
    ///
    /// One statement per 64 documents, through the distributed index: the documents' rows by
    /// their [`sphinxql::doc_key`] token in the inverted index, within the positions wanted.
    /// The parts of the archive not searched are in the warnings, as for a search.
    pub fn preceding(&self, sentences: &[RetrievedSentence], lookback: u32) -> Result<(Vec<Vec<String>>, Vec<String>), ArchiveError> {
        // By document: the positions wanted.
        let mut documents: Vec<(&str, Vec<u32>)> = Vec::new();
        for s in sentences.iter().filter(|s| s.position > 0 && lookback > 0) {
            match documents.iter_mut().find(|(d, _)| *d == s.doc) {
                Some((_, positions)) => positions.push(s.position),
                None => documents.push((&s.doc, vec![s.position])),
            }
        }
        let mut rows: Vec<(String, u32, String)> = Vec::new();
        let mut warnings: Vec<String> = Vec::new();
        for chunk in documents.chunks(CONTEXT_DOCUMENTS_PER_STATEMENT) {
            let from = chunk.iter().flat_map(|(_, p)| p).map(|p| p.saturating_sub(lookback)).min().unwrap_or(0);
            let to = chunk.iter().flat_map(|(_, p)| p).copied().max().unwrap_or(0);
            let keys: Vec<String> = chunk.iter().map(|(d, _)| sphinxql::doc_key(d)).collect();
            // No more rows than positions in the range for each document, unless a document
            // holds two rows at one position (edited and indexed again): then as many as match.
            let mut limit = chunk.len() * (to - from) as usize;
            loop {
                let statement = sphinxql::context_statement(&self.index, &keys, from, to, limit);
                let (found, found_warnings, meta) = self.select(&statement, |row| {
                    let doc = row.get_opt::<String, usize>(0).and_then(|v| v.ok());
                    let position = row.get_opt::<u32, usize>(1).and_then(|v| v.ok());
                    let text = row.get_opt::<String, usize>(2).and_then(|v| v.ok());
                    match (doc, position, text) {
                        (Some(doc), Some(position), Some(text)) => Ok((doc, position, text)),
                        _ => Err("the engine returned a row without a valid doc, position or text".to_string()),
                    }
                })?;
                let total = meta.total_found().unwrap_or(found.len() as u64);
                if total as usize > found.len() {
                    if limit < sphinxql::MAX_CONTEXT_ROWS && limit < total as usize {
                        limit = (total as usize).min(sphinxql::MAX_CONTEXT_ROWS);
                        continue;
                    }
                    return Err(ArchiveError::Layout(format!(
                        "{total} rows match the sentences before {} retrieved ones, more than the {} one statement reads",
                        sentences.len(),
                        sphinxql::MAX_CONTEXT_ROWS
                    )));
                }
                for w in found_warnings {
                    if !warnings.contains(&w) {
                        warnings.push(w);
                    }
                }
                rows.extend(found);
                break;
            }
        }
        rows.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        rows.dedup();
        let before = sentences
            .iter()
            .map(|s| {
                rows.iter()
                    .filter(|(doc, position, _)| *doc == s.doc && *position < s.position && s.position - *position <= lookback)
                    .map(|(_, _, text)| text.clone())
                    .collect()
            })
            .collect();
        Ok((before, warnings))
    }

    /// Runs a SELECT through the URL's first node that answers, reading each row with `read`,
    /// and returns the rows with the parts of the archive the node could not search (from
    /// `SHOW META` on the same connection) and the nodes that did not answer, and how many rows
    /// matched in all and the rest of `SHOW META` (`total_found`, `keyword[i]`, `docs[i]`).
    fn select<T>(&self, statement: &str, read: impl Fn(Row) -> Result<T, String>) -> Result<(Vec<T>, Vec<String>, Meta), ArchiveError> {
        let mut down: Vec<(String, String)> = Vec::new();
        let mut refused: Option<(String, String)> = None;
        for node in &self.nodes {
            let answer = node.with(|conn| {
                let rows: Vec<Row> = conn.query(statement)?;
                // SHOW META on the same connection: the engine's warnings about this search.
                let meta: Vec<(String, String)> = conn.query("SHOW META")?;
                Ok((rows, meta))
            });
            match answer {
                Ok((rows, meta)) => {
                    let rows = rows
                        .into_iter()
                        .map(&read)
                        .collect::<Result<Vec<_>, _>>()
                        .map_err(|message| ArchiveError::Engine { node: node.address.to_string(), message })?;
                    let mut warnings: Vec<String> = down
                        .iter()
                        .map(|(n, reason)| format!("node {n} did not answer ({reason}); the archive was searched through {}", node.address))
                        .collect();
                    for (name, value) in &meta {
                        if name == "warning" {
                            warnings.extend(self.describe_warning(value));
                        }
                    }
                    return Ok((rows, warnings, Meta(meta)));
                }
                Err(NodeFailure::Down(reason)) => down.push((node.address.to_string(), reason)),
                Err(NodeFailure::Refused(message)) => {
                    refused.get_or_insert((node.address.to_string(), message));
                }
            }
        }
        match refused {
            Some((node, message)) => Err(ArchiveError::Engine { node, message }),
            None => Err(ArchiveError::Unreachable { url: self.url.to_string(), nodes: down }),
        }
    }

    /// An engine warning as the parts of the archive it is about: "shard crosscheck_1 (node
    /// 127.0.0.1:19308) was not searched: connect() failed ...".
    fn describe_warning(&self, warning: &str) -> Vec<String> {
        let mut lines = Vec::new();
        for (agent, reason) in sphinxql::agent_failures(warning) {
            let reason = plain_reason(&reason);
            let shards: Vec<&Shard> = self.shards.iter().filter(|s| s.agent.as_ref().is_some_and(|a| a.to_string() == agent)).collect();
            if shards.is_empty() {
                lines.push(format!("agent {agent} was not searched: {reason}"));
            }
            for shard in shards {
                lines.push(format!("shard {} (node {}) was not searched: {reason}", shard.name, shard.node));
            }
        }
        if lines.is_empty() {
            lines.push(format!("the archive engine warned: {warning}"));
        }
        lines
    }

    /// Indexes a loaded corpus folder: each document with its manifest date.
    pub fn index_corpus(&self, loaded: &LoadedCorpus) -> Result<IndexSummary, ArchiveError> {
        let dated = loaded.documents.iter().map(|d| {
            let date = loaded.dates.iter().find(|(id, _)| *id == d.id).and_then(|(_, date)| CalendarDate::parse(date));
            (d, date)
        });
        self.index_documents(dated)
    }

    /// Writes documents into the archive, one row per sentence that can be evidence (noise
    /// left out, and sentences without a key, which no search could find), each document into
    /// the shard its id chooses ([`sphinxql::shard_of`]). Rows have ids from their document
    /// and content, and replace the rows with the same id: a document indexed again is stored
    /// once.
    ///
    /// Sentences are analysed here while each shard's node indexes the batches before, one
    /// writer thread per shard. Every shard's node must answer; the first failure stops the
    /// indexing (what was written stays, and writing it again replaces it).
    pub fn index_documents<'a>(
        &self,
        documents: impl IntoIterator<Item = (&'a Document, Option<CalendarDate>)>,
    ) -> Result<IndexSummary, ArchiveError> {
        let mut summary = IndexSummary { by_shard: vec![(0, 0); self.shards.len()], ..IndexSummary::default() };
        if self.shards.is_empty() {
            return Err(ArchiveError::Layout(format!("index {} has no shards to write to", self.index)));
        }
        let shard_names: Vec<Ident> =
            self.shards.iter().map(|s| Ident::new(&s.name)).collect::<Result<_, _>>().map_err(ArchiveError::Layout)?;
        self.check_writable()?;
        self.forget_stats();
        let written = std::thread::scope(|scope| {
            let mut senders = Vec::new();
            let mut writers = Vec::new();
            for (shard, name) in self.shards.iter().zip(&shard_names) {
                let (send, receive) = mpsc::sync_channel::<Vec<String>>(BATCHES_IN_FLIGHT);
                senders.push(send);
                let node = self.node(&shard.node);
                writers.push(scope.spawn(move || -> Result<(), ArchiveError> {
                    for tuples in receive {
                        let statement = sphinxql::replace_statement(name, &tuples);
                        node.with(|c| c.query_drop(&statement)).map_err(|f| ArchiveError::Write {
                            shard: shard.name.clone(),
                            node: shard.node.to_string(),
                            reason: f.reason().to_string(),
                        })?;
                    }
                    Ok(())
                }));
            }
            let mut pending: Vec<(Vec<String>, usize)> = vec![(Vec::new(), 0); self.shards.len()];
            let mut stopped = false;
            'documents: for (document, date) in documents {
                if let Some(reason) = unstorable(document) {
                    summary.skipped.push((document.id.clone(), reason));
                    continue;
                }
                let written = date.map(|d| d.to_string()).unwrap_or_default();
                let s = sphinxql::shard_of(&document.id, self.shards.len());
                let mut rows = 0;
                for row in index_rows(&document.text) {
                    if row.keys.is_empty() {
                        continue;
                    }
                    let text = &document.text[row.start..row.end];
                    let tuple = sphinxql::values(&RowValues {
                        id: sphinxql::sentence_id(&document.id, row.start, row.end, text),
                        keys: row.keys.join(" "),
                        doc: &document.id,
                        source: &document.source,
                        written: &written,
                        language: &document.language,
                        text,
                        start: row.start as u32,
                        end: row.end as u32,
                        position: row.position,
                        key_count: row.keys.len() as u32,
                    });
                    let (batch, bytes) = &mut pending[s];
                    *bytes += tuple.len();
                    batch.push(tuple);
                    rows += 1;
                    if *bytes >= BATCH_BYTES {
                        let full = std::mem::take(batch);
                        *bytes = 0;
                        if senders[s].send(full).is_err() {
                            // The writer stopped on an error, which it returns below.
                            stopped = true;
                            break 'documents;
                        }
                    }
                }
                summary.documents += 1;
                summary.sentences += rows;
                summary.by_shard[s].0 += 1;
                summary.by_shard[s].1 += rows;
            }
            if !stopped {
                for (s, (batch, _)) in pending.into_iter().enumerate() {
                    if !batch.is_empty() && senders[s].send(batch).is_err() {
                        break;
                    }
                }
            }
            drop(senders);
            for writer in writers {
                match writer.join() {
                    Ok(result) => result?,
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            Ok(summary)
        });
        self.forget_stats();
        written
    }

    /// Does the shard's node answer and hold the shard as a real-time index? If not, why.
    fn probe(&self, shard: &Shard) -> Result<(), String> {
        let tables = self
            .node(&shard.node)
            .with(|c| c.query::<(String, String), _>("SHOW TABLES"))
            .map_err(|f| format!("the node did not answer ({})", f.reason()))?;
        match tables.iter().find(|(name, _)| *name == shard.name) {
            Some((_, kind)) if kind == "rt" => Ok(()),
            Some((_, kind)) => Err(format!("it is a {kind} index there, not a real-time one")),
            None => {
                let listed: Vec<String> = self.url.nodes.iter().map(|n| n.to_string()).collect();
                Err(format!(
                    "that node does not hold it; name the node that does in the URL (sphinx://{},HOST:PORT/{})",
                    listed.join(","),
                    self.index
                ))
            }
        }
    }

    /// Each shard, and whether its node answers and holds it (why not, if not).
    pub fn shard_status(&self) -> Vec<(Shard, Result<(), String>)> {
        self.shards.iter().map(|shard| (shard.clone(), self.probe(shard))).collect()
    }

    /// Every shard's node answers and holds the shard: checked before anything is written, so
    /// a node that is down (or a shard's node guessed wrong) stops the indexing with one clear
    /// error instead of after half the documents.
    fn check_writable(&self) -> Result<(), ArchiveError> {
        for shard in &self.shards {
            self.probe(shard).map_err(|reason| ArchiveError::Write { shard: shard.name.clone(), node: shard.node.to_string(), reason })?;
        }
        Ok(())
    }

    /// Empties every shard.
    pub fn clear(&self) -> Result<(), ArchiveError> {
        self.forget_stats();
        for shard in &self.shards {
            let name = Ident::new(&shard.name).map_err(ArchiveError::Layout)?;
            self.node(&shard.node).with(|c| c.query_drop(sphinxql::truncate_statement(&name))).map_err(|f| ArchiveError::Write {
                shard: shard.name.clone(),
                node: shard.node.to_string(),
                reason: f.reason().to_string(),
            })?;
        }
        Ok(())
    }

    /// Sentence rows stored, by shard (in [`Archive::shards`] order), each asked of the node
    /// that holds it.
    pub fn stored(&self) -> Result<Vec<u64>, ArchiveError> {
        self.shards
            .iter()
            .map(|shard| {
                let name = Ident::new(&shard.name).map_err(ArchiveError::Layout)?;
                let count: Option<u64> = self
                    .node(&shard.node)
                    .with(|c| c.query_first(sphinxql::count_statement(&name)))
                    .map_err(|f| ArchiveError::Engine { node: shard.node.to_string(), message: f.reason().to_string() })?;
                Ok(count.unwrap_or(0))
            })
            .collect()
    }
}

/// An agent failure in plain words where the engine's are misleading: searchd reports a
/// refused connection as "connect() failed: errno=111, Operation now in progress".
fn plain_reason(reason: &str) -> String {
    if reason.starts_with("connect() failed: errno=111") {
        "connection refused".to_string()
    } else {
        reason.to_string()
    }
}

/// The index a node serves as the archive (`index`, or its only distributed index) and its
/// parts. The outer error: the node answered, but not with a usable archive; the inner: the
/// node did not answer (why).
fn describe(node: &Node, index: Option<&Ident>, url: &EngineUrl) -> Result<Result<(Ident, Vec<Part>), String>, ArchiveError> {
    let tables = match node.with(|c| c.query::<(String, String), _>("SHOW TABLES")) {
        Ok(tables) => tables,
        Err(failure) => return Ok(Err(failure.reason().to_string())),
    };
    let name = match index {
        Some(name) => name.clone(),
        None => {
            let distributed: Vec<&str> = tables.iter().filter(|(_, t)| t == "distributed").map(|(n, _)| n.as_str()).collect();
            match distributed.as_slice() {
                [one] => Ident::new(one).map_err(ArchiveError::Layout)?,
                [] => {
                    return Err(ArchiveError::Layout(format!(
                        "node {} has no distributed index; name the index to use: {url}/INDEX",
                        node.address
                    )))
                }
                several => {
                    return Err(ArchiveError::Layout(format!(
                        "node {} has several distributed indexes ({}); name one: {url}/INDEX",
                        node.address,
                        several.join(", ")
                    )))
                }
            }
        }
    };
    let kind = tables.iter().find(|(n, _)| n == name.as_str()).map(|(_, t)| t.as_str());
    let parts = match kind {
        Some("distributed") => {
            let rows = match node.with(|c| c.query::<(String, String), _>(sphinxql::describe_statement(&name))) {
                Ok(rows) => rows,
                Err(NodeFailure::Down(reason)) => return Ok(Err(reason)),
                Err(NodeFailure::Refused(message)) => return Err(ArchiveError::Engine { node: node.address.to_string(), message }),
            };
            rows.iter()
                .map(|(agent, kind)| sphinxql::parse_part(agent, kind))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| ArchiveError::Layout(format!("index {name} on node {}: {e}", node.address)))?
        }
        // An archive of one shard: a real-time index searched directly.
        Some("rt") => vec![Part::Local(name.clone())],
        Some(other) => {
            return Err(ArchiveError::Layout(format!(
                "index {name} on node {} is a {other} index; the archive needs a distributed or rt one",
                node.address
            )))
        }
        None => {
            let names: Vec<&str> = tables.iter().map(|(n, _)| n.as_str()).collect();
            return Err(ArchiveError::Layout(format!(
                "node {} has no index {name} (it has: {})",
                node.address,
                if names.is_empty() { "none".to_string() } else { names.join(", ") }
            )));
        }
    };
    Ok(Ok((name, parts)))
}

/// Why a document cannot be stored as it is, if it cannot.
fn unstorable(document: &Document) -> Option<String> {
    let fields = [("id", &document.id), ("source", &document.source), ("language", &document.language), ("text", &document.text)];
    if let Some((field, _)) = fields.iter().find(|(_, value)| value.contains('\0')) {
        return Some(format!("its {field} holds a NUL byte, which the engine's strings cannot hold"));
    }
    if document.text.len() > u32::MAX as usize {
        return Some("larger than 4 GB, beyond the engine's offsets".to_string());
    }
    None
}

/// The shards of the layouts the nodes reported, by name: each with the node that holds it
/// (the node listing it as local; else the SphinxQL port below its agent port, the layout of
/// scripts/engine.sh) and the agent address other nodes reach it through.
fn shards_of(layouts: &[(NodeAddress, Vec<Part>)]) -> Vec<Shard> {
    let mut shards: Vec<Shard> = Vec::new();
    for (node, parts) in layouts {
        for part in parts {
            if let Part::Local(name) = part {
                match shards.iter_mut().find(|s| s.name == name.as_str()) {
                    Some(_) => {}
                    None => shards.push(Shard { name: name.to_string(), node: node.clone(), agent: None }),
                }
            }
        }
    }
    for (_, parts) in layouts {
        for part in parts {
            if let Part::Remote { agent, indexes } = part {
                for name in indexes {
                    match shards.iter_mut().find(|s| s.name == name.as_str()) {
                        Some(shard) => {
                            shard.agent.get_or_insert_with(|| agent.clone());
                        }
                        None => shards.push(Shard {
                            name: name.to_string(),
                            node: NodeAddress { host: agent.host.clone(), port: agent.port.saturating_sub(1) },
                            agent: Some(agent.clone()),
                        }),
                    }
                }
            }
        }
    }
    shards.sort_by(|a, b| a.name.cmp(&b.name));
    shards
}

fn retrieved(row: Row) -> Result<RetrievedSentence, String> {
    fn get<T: mysql::prelude::FromValue>(row: &Row, i: usize, name: &str) -> Result<T, String> {
        match row.get_opt::<T, usize>(i) {
            Some(Ok(value)) => Ok(value),
            _ => Err(format!("the engine returned a row without a valid {name}")),
        }
    }
    let written: String = get(&row, 3, "written")?;
    Ok(RetrievedSentence {
        id: get(&row, 0, "id")?,
        doc: get(&row, 1, "doc")?,
        source: get(&row, 2, "source")?,
        date: Some(written).filter(|w| !w.is_empty()),
        language: get(&row, 4, "language")?,
        text: get(&row, 5, "text")?,
        start: get::<u64>(&row, 6, "start_byte")? as usize,
        end: get::<u64>(&row, 7, "end_byte")? as usize,
        position: get(&row, 8, "position")?,
        score: get::<f64>(&row, 9, "score")? as f32,
    })
}

/// The archive as the engine's retriever: a search by the fact's keys, the sentences with
/// where they stand, and a warning for every part of the archive not searched.
impl crate::retrieve::Retriever for Archive {
    fn search(&self, keys: &[(String, f32)], k: usize) -> Result<crate::retrieve::Answer, String> {
        let found = Archive::search(self, keys, k).map_err(|e| e.to_string())?;
        let (before, more) = self.preceding(&found.sentences, TUNING.antecedent_lookback as u32).map_err(|e| e.to_string())?;
        let mut warnings = found.warnings;
        warnings.extend(more.into_iter().filter(|w| !warnings.contains(w)).collect::<Vec<_>>());
        let sentences = found
            .sentences
            .into_iter()
            .zip(before)
            .map(|(s, before)| crate::retrieve::Retrieved { doc_id: s.doc, source: s.source, language: s.language, date: s.date, text: s.text, start: s.start, end: s.end, before })
            .collect();
        Ok(crate::retrieve::Answer { sentences, warnings })
    }

    /// The newest manifest date in the archive ([`Archive::newest`]). A failure here is not
    /// the check's to report: the searches that follow meet the same fault and say so.
    fn newest(&self) -> Option<CalendarDate> {
        Archive::newest(self).ok().and_then(|(newest, _)| newest)
    }

    /// The archive's counts ([`Archive::frequencies`]); a shard not counted was not searched
    /// either, and the searches say so.
    fn frequencies(&self, keys: &[String]) -> Option<(usize, Vec<usize>)> {
        let counted = Archive::frequencies(self, keys).ok()?;
        Some((counted.sentences as usize, counted.holding.into_iter().map(|h| h as usize).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(port: u16) -> NodeAddress {
        NodeAddress { host: "127.0.0.1".into(), port }
    }

    fn ident(name: &str) -> Ident {
        Ident::new(name).unwrap()
    }

    #[test]
    fn a_shard_is_written_on_the_node_that_holds_it() {
        // Node 0 answered; node 1 did not, and is known only through node 0's agent line.
        let layouts = vec![(
            node(19306),
            vec![Part::Local(ident("cc_0")), Part::Remote { agent: node(19309), indexes: vec![ident("cc_1")] }],
        )];
        let shards = shards_of(&layouts);
        assert_eq!(
            shards,
            vec![
                Shard { name: "cc_0".into(), node: node(19306), agent: None },
                Shard { name: "cc_1".into(), node: node(19308), agent: Some(node(19309)) },
            ]
        );
        // Both answered: each shard is on the node that lists it as its own, whatever its port.
        let layouts = vec![
            (node(19306), vec![Part::Local(ident("cc_0")), Part::Remote { agent: node(29999), indexes: vec![ident("cc_1")] }]),
            (node(20000), vec![Part::Local(ident("cc_1")), Part::Remote { agent: node(19307), indexes: vec![ident("cc_0")] }]),
        ];
        let shards = shards_of(&layouts);
        assert_eq!(shards[0], Shard { name: "cc_0".into(), node: node(19306), agent: Some(node(19307)) });
        assert_eq!(shards[1], Shard { name: "cc_1".into(), node: node(20000), agent: Some(node(29999)) });
    }

    #[test]
    fn a_document_the_engine_cannot_hold_is_named() {
        let doc = |text: &str| Document { id: "d".into(), source: "s".into(), language: "en".into(), text: text.into() };
        assert_eq!(unstorable(&doc("Plain text.")), None);
        assert!(unstorable(&doc("a\0b")).unwrap().contains("text holds a NUL byte"));
    }

    #[test]
    fn a_refused_agent_is_said_plainly() {
        assert_eq!(plain_reason("connect() failed: errno=111, Operation now in progress"), "connection refused");
        assert_eq!(plain_reason("query timed out"), "query timed out");
    }

    #[test]
    fn errors_are_one_line_naming_what_failed() {
        let e = ArchiveError::Unreachable {
            url: "sphinx://127.0.0.1:1,127.0.0.1:2/x".into(),
            nodes: vec![("127.0.0.1:1".into(), "connection refused".into()), ("127.0.0.1:2".into(), "timed out".into())],
        };
        assert_eq!(
            e.to_string(),
            "the archive engine at sphinx://127.0.0.1:1,127.0.0.1:2/x cannot be reached: 127.0.0.1:1: connection refused; 127.0.0.1:2: timed out"
        );
        assert!(!e.to_string().contains('\n'));
    }
}
