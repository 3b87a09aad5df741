//! Archive benchmarks: indexing throughput and search latency through the engine, on
//! generated corpora of 10,000 and 100,000 articles spread over the engine's shards.
//!
//! Needs a running engine: `CROSSCHECK_ENGINE=sphinx://... cargo bench --bench archive`
//! (scripts/bench.sh starts two nodes of its own). The archive is emptied first and left
//! holding the last corpus. Writes target/bench-archive.json and the section
//! target/bench-archive.md that scripts/bench.sh puts into docs/performance.md.
//!
//! ARCHIVE_BENCH_SIZES   corpus sizes in articles (default "10000,100000")
//!
//! The whole check through the engine waits for the engine to check against an external
//! retriever; until then a search stands for the retrieval of one fact.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(message) = bench::run() {
        eprintln!("archive bench: {message}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use crosscheck::archive::Archive;
    use crosscheck::retrieve::index_rows;
    use crosscheck::synthetic;
    use std::time::{Duration, Instant};

    const DEFAULT_SIZES: &[usize] = &[10_000, 100_000];
    /// The generated corpora's seed, and the article's, as in benches/engine.rs: the article
    /// retells story 0, which every generated corpus covers.
    const CORPUS_SEED: u64 = 1;
    const ARTICLE_SEED: u64 = 0;
    const ARTICLE_WORDS: usize = 1_000;
    /// Sentences asked for per search: a fact's candidates, as the in-memory index gives them.
    const K: usize = 10;
    /// Passes over the article's sentences: enough searches (about 300) for a stable median and
    /// p95, after one pass not timed (connections opened, the engine's caches warm).
    const PASSES: usize = 5;
    /// Connections timed, for the cost of `Archive::connect` (a check opens one).
    const CONNECTS: usize = 20;

    struct Latency {
        median_ms: f64,
        p95_ms: f64,
        max_ms: f64,
        samples: usize,
    }

    fn latency(mut samples: Vec<Duration>) -> Latency {
        samples.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let at = |q: f64| ms(samples[((samples.len() as f64 * q).ceil() as usize).clamp(1, samples.len()) - 1]);
        Latency { median_ms: at(0.5), p95_ms: at(0.95), max_ms: ms(*samples.last().unwrap()), samples: samples.len() }
    }

    struct Run {
        articles: usize,
        text_bytes: usize,
        sentences: usize,
        by_shard: Vec<usize>,
        analysis_s: f64,
        index_s: f64,
        search: Latency,
        hits_per_search: f64,
        warnings: usize,
    }

    pub fn run() -> Result<(), String> {
        let url = std::env::var("CROSSCHECK_ENGINE").map_err(|_| "set CROSSCHECK_ENGINE to the engine's URL (scripts/engine.sh url)".to_string())?;
        let sizes: Vec<usize> = match std::env::var("ARCHIVE_BENCH_SIZES") {
            Ok(list) => list.split(',').map(|s| s.trim().parse().map_err(|_| format!("ARCHIVE_BENCH_SIZES: {s:?} is not a number"))).collect::<Result<_, _>>()?,
            Err(_) => DEFAULT_SIZES.to_vec(),
        };
        let archive = Archive::connect(&url).map_err(|e| e.to_string())?;
        let connect = latency((0..CONNECTS).map(|_| {
            let started = Instant::now();
            let _ = Archive::connect(&url);
            started.elapsed()
        }).collect());
        let article = synthetic::article(ARTICLE_WORDS, ARTICLE_SEED);
        let queries: Vec<Vec<(String, f32)>> =
            index_rows(&article).into_iter().filter(|r| !r.keys.is_empty()).map(|r| r.keys.into_iter().map(|k| (k, 1.0)).collect()).collect();
        let mut runs = Vec::new();
        for &articles in &sizes {
            archive.clear().map_err(|e| e.to_string())?;
            let documents = synthetic::generate(articles, CORPUS_SEED);
            let text_bytes: usize = documents.iter().map(|d| d.text.len()).sum();
            // The analysis alone (the engine's share of the indexing is the rest).
            let started = Instant::now();
            let analysed: usize = documents.iter().map(|d| index_rows(&d.text).len()).sum();
            let analysis_s = started.elapsed().as_secs_f64();
            let started = Instant::now();
            let summary = archive.index_documents(documents.iter().map(|d| (d, None))).map_err(|e| e.to_string())?;
            let index_s = started.elapsed().as_secs_f64();
            drop(documents);
            eprintln!(
                "archive bench: {articles} articles, {} sentences ({analysed} analysed) indexed in {index_s:.1} s",
                summary.sentences
            );
            for query in &queries {
                archive.search(query, K).map_err(|e| e.to_string())?;
            }
            let mut samples = Vec::new();
            let (mut hits, mut warnings) = (0usize, 0usize);
            for _ in 0..PASSES {
                for query in &queries {
                    let started = Instant::now();
                    let found = archive.search(query, K).map_err(|e| e.to_string())?;
                    samples.push(started.elapsed());
                    hits += found.sentences.len();
                    warnings += found.warnings.len();
                }
            }
            let searches = samples.len();
            runs.push(Run {
                articles,
                text_bytes,
                sentences: summary.sentences,
                by_shard: summary.by_shard.iter().map(|&(_, s)| s).collect(),
                analysis_s,
                index_s,
                search: latency(samples),
                hits_per_search: hits as f64 / searches as f64,
                warnings,
            });
        }
        write(&url, &archive, &connect, queries.len(), &runs)
    }

    fn shell(command: &str) -> String {
        std::process::Command::new("bash")
            .args(["-c", command])
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "unknown".to_string())
    }

    fn thousands(n: usize) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    }

    fn write(url: &str, archive: &Archive, connect: &Latency, queries: usize, runs: &[Run]) -> Result<(), String> {
        let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
        let version = shell("searchd --help 2>/dev/null | head -n 1");
        let json = serde_json::json!({
            "url": url,
            "engine": version,
            "shards": archive.shards().iter().map(|s| format!("{} on {}", s.name, s.node)).collect::<Vec<_>>(),
            "connect_ms": { "median": connect.median_ms, "p95": connect.p95_ms },
            "queries": queries,
            "k": K,
            "runs": runs.iter().map(|r| serde_json::json!({
                "articles": r.articles,
                "text_bytes": r.text_bytes,
                "sentences": r.sentences,
                "sentences_by_shard": r.by_shard,
                "analysis_seconds": r.analysis_s,
                "index_seconds": r.index_s,
                "index_mb_per_s": r.text_bytes as f64 / 1e6 / r.index_s,
                "index_sentences_per_s": r.sentences as f64 / r.index_s,
                "search_ms": { "median": r.search.median_ms, "p95": r.search.p95_ms, "max": r.search.max_ms, "samples": r.search.samples },
                "hits_per_search": r.hits_per_search,
                "warnings": r.warnings,
            })).collect::<Vec<_>>(),
        });
        let mut md = String::new();
        md.push_str("## Archive engine\n\n");
        md.push_str(&format!(
            "Measured by `benches/archive.rs` (`scripts/bench.sh`) on {}: {version}, {} shards on {} nodes of this machine \
             (scripts/engine.sh), through SphinxQL at `{url}`. {} cores; 1-minute load average {} at the end.\n\n",
            shell("date -u '+%Y-%m-%d %H:%M UTC'"),
            archive.shards().len(),
            archive.shards().iter().map(|s| &s.node).collect::<std::collections::BTreeSet<_>>().len(),
            shell("nproc"),
            shell("cut -d' ' -f1 /proc/loadavg"),
        ));
        md.push_str("| Articles | Text | Sentences (by shard) | Indexing | Throughput | Analysis alone | Search top-10, median | p95 | max |\n");
        md.push_str("|---|---|---|---|---|---|---|---|---|\n");
        for r in runs {
            md.push_str(&format!(
                "| {} | {:.1} MB | {} ({}) | {:.1} s | {:.1} MB/s, {} sentences/s | {:.1} s | {:.1} ms | {:.1} ms | {:.1} ms |\n",
                thousands(r.articles),
                r.text_bytes as f64 / 1e6,
                thousands(r.sentences),
                r.by_shard.iter().map(|&n| thousands(n)).collect::<Vec<_>>().join(" + "),
                r.index_s,
                r.text_bytes as f64 / 1e6 / r.index_s,
                thousands((r.sentences as f64 / r.index_s) as usize),
                r.analysis_s,
                r.search.median_ms,
                r.search.p95_ms,
                r.search.max_ms,
            ));
        }
        md.push_str(&format!(
            "\n- **Indexing** is `Archive::index_documents` from generated articles in memory (`synthetic::generate(n, 1)`) \
             to rows acknowledged by the engine: each sentence analysed for its keys (`retrieve::index_rows`; the \"analysis \
             alone\" column is that part), written as `REPLACE` batches of about 1 MB, one writer per shard, while the next \
             batches are prepared.\n\
             - **Search** is `Archive::search`: the keys of one sentence of `synthetic::article(1000, 0)` (the in-memory \
             benchmark's article), top {K} by BM25 over the distributed index; {queries} sentences × {PASSES} passes after one \
             untimed pass; {:.1} sentences returned per search on average.\n\
             - **Connect**: `Archive::connect` (the layout read from every node) takes {:.1} ms (median of {CONNECTS}).\n\
             - **The whole check through the engine** waits for the engine's check against an external retriever; compare \
             meanwhile one search here with the in-memory check of the same article above, which runs one retrieval per fact.\n",
            runs.last().map_or(0.0, |r| r.hits_per_search),
            connect.median_ms,
        ));
        if runs.iter().any(|r| r.warnings > 0) {
            md.push_str("- **Warning**: some searches reported shards not searched; these figures are not of the whole archive.\n");
        }
        std::fs::write(target.join("bench-archive.json"), serde_json::to_string_pretty(&json).unwrap_or_default())
            .map_err(|e| format!("cannot write target/bench-archive.json: {e}"))?;
        std::fs::write(target.join("bench-archive.md"), &md).map_err(|e| format!("cannot write target/bench-archive.md: {e}"))?;
        print!("{md}");
        Ok(())
    }
}
