//! Archive benchmarks: indexing throughput, search latency and the whole check of a
//! 1,000-word article through the engine, beside the in-memory check of the same article
//! against the same corpus, on generated corpora of 10,000 and 100,000 articles spread over
//! the engine's shards.
//!
//! Needs a running engine: `CROSSCHECK_ENGINE=sphinx://... cargo bench --bench archive`
//! (scripts/bench.sh starts two nodes of its own). The archive is emptied first and left
//! holding the last corpus. Writes target/bench-archive.json and the section
//! target/bench-archive.md that scripts/bench.sh puts into docs/performance.md.
//!
//! ARCHIVE_BENCH_SIZES   corpus sizes in articles (default "10000,100000")
//!
//! The generated articles are dated (a day of 2024 each, in their manifest), so the archive's
//! newest day is a real one and the undated article is read as written then, in both checks.

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
    use crosscheck::archive::{Archive, RetrievedSentence};
    use crosscheck::corpus::LoadedCorpus;
    use crosscheck::retrieve::{index_rows, Answer, Retrieved, Retriever};
    use crosscheck::{synthetic, CalendarDate, Corpus, Document};
    use std::cell::RefCell;
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
    /// Whole checks timed through the engine, by corpus size, after one not timed: a check
    /// at 100,000 articles takes seconds. Medians and p95 of so few are rough, and say so.
    fn checks_timed(articles: usize) -> usize {
        if articles >= 50_000 { 7 } else { 15 }
    }
    /// In-memory checks timed (each is one to two orders of magnitude faster).
    const MEMORY_CHECKS: usize = 15;

    /// The archive as a check's retriever, counting and timing its searches and keeping what
    /// each found (for the cost of the sentences before them, [`Archive::preceding`]).
    struct Counted<'a> {
        archive: &'a Archive,
        searches: RefCell<Vec<(Duration, Vec<(String, f32)>, Vec<RetrievedSentence>)>>,
    }

    impl Retriever for Counted<'_> {
        fn search(&self, keys: &[(String, f32)], k: usize) -> Result<Answer, String> {
            let started = Instant::now();
            let found = self.archive.search(keys, k).map_err(|e| e.to_string())?;
            let took = started.elapsed();
            let sentences = found
                .sentences
                .iter()
                .map(|s| Retrieved { doc_id: s.doc.clone(), source: s.source.clone(), language: s.language.clone(), date: s.date.clone(), text: s.text.clone(), start: s.start, end: s.end, before: Vec::new() })
                .collect();
            self.searches.borrow_mut().push((took, keys.to_vec(), found.sentences));
            Ok(Answer { sentences, warnings: found.warnings })
        }

        fn newest(&self) -> Option<CalendarDate> {
            Retriever::newest(self.archive)
        }
    }

    /// A day of 2024 for generated article `i`, as its manifest would give it.
    fn day_of(i: usize) -> String {
        format!("2024-{:02}-{:02}", i / 28 % 12 + 1, i % 28 + 1)
    }

    struct Check {
        engine: Latency,
        memory: Latency,
        facts: usize,
        searches: usize,
        /// Median share of a check through the engine spent waiting for its searches.
        searching_ms: f64,
        newest: Latency,
        preceding: Latency,
        frequencies_ms: f64,
        frequency_keys: usize,
        verdicts_differ: usize,
        warnings: usize,
    }

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
        check: Check,
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
            let days: Vec<Option<CalendarDate>> = (0..documents.len()).map(|i| CalendarDate::parse(&day_of(i))).collect();
            let text_bytes: usize = documents.iter().map(|d| d.text.len()).sum();
            // The analysis alone (the engine's share of the indexing is the rest).
            let started = Instant::now();
            let analysed: usize = documents.iter().map(|d| index_rows(&d.text).len()).sum();
            let analysis_s = started.elapsed().as_secs_f64();
            let started = Instant::now();
            let summary = archive.index_documents(documents.iter().zip(days.iter().copied())).map_err(|e| e.to_string())?;
            let index_s = started.elapsed().as_secs_f64();
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
            let check = check_both(&archive, documents, &days, &article)?;
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
                check,
            });
        }
        write(&url, &archive, &connect, queries.len(), &runs)
    }

    /// The whole check of the article through the engine and in memory, against the same
    /// dated corpus, with what a check through the engine asks of it.
    fn check_both(archive: &Archive, documents: Vec<Document>, days: &[Option<CalendarDate>], article: &str) -> Result<Check, String> {
        let articles = documents.len();
        let newest = latency((0..20).map(|_| {
            let started = Instant::now();
            let _ = archive.newest();
            started.elapsed()
        }).collect());
        let counted = Counted { archive, searches: RefCell::new(Vec::new()) };
        let through = crosscheck::check_against(article, None, &counted).map_err(|e| e.to_string())?;
        let mut engine = Vec::new();
        let mut searching = Vec::new();
        let mut warnings = through.warnings.len();
        for _ in 0..checks_timed(articles) {
            counted.searches.borrow_mut().clear();
            let started = Instant::now();
            let report = crosscheck::check_against(article, None, &counted).map_err(|e| e.to_string())?;
            engine.push(started.elapsed());
            searching.push(counted.searches.borrow().iter().map(|(d, _, _)| *d).sum::<Duration>());
            warnings += report.warnings.len();
        }
        let recorded = counted.searches.borrow();
        let searches = recorded.len();
        // What the two engine-side changes of ARCHITECTURE.md ("What differs") would add: the
        // sentences before each search's finds (a statement per search), and the counts of
        // every key of the article's searches and of the sentences found (once a check).
        let lookback = crosscheck::tuning::TUNING.antecedent_lookback as u32;
        let preceding = latency(recorded.iter().map(|(_, _, found)| {
            let started = Instant::now();
            let _ = archive.preceding(found, lookback);
            started.elapsed()
        }).collect());
        let mut keys: Vec<String> = recorded.iter().flat_map(|(_, keys, _)| keys.iter().map(|(k, _)| k.clone())).collect();
        keys.extend(recorded.iter().flat_map(|(_, _, found)| found.iter().flat_map(|s| index_rows(&s.text).into_iter().flat_map(|r| r.keys))));
        keys.sort();
        keys.dedup();
        let started = Instant::now();
        archive.frequencies(&keys).map_err(|e| e.to_string())?;
        let frequencies_ms = started.elapsed().as_secs_f64() * 1000.0;
        drop(recorded);

        let loaded = LoadedCorpus {
            name: "generated".into(),
            dates: documents.iter().zip(days).filter_map(|(d, day)| day.map(|day| (d.id.clone(), day.to_string()))).collect(),
            documents,
            skipped: Vec::new(),
            listed: Vec::new(),
        };
        let corpus = Corpus::from_loaded(loaded);
        let in_memory = corpus.check(article).map_err(|e| e.to_string())?;
        let memory = latency((0..MEMORY_CHECKS).map(|_| {
            let started = Instant::now();
            let _ = corpus.check(article);
            started.elapsed()
        }).collect());
        let verdict = |r: &crosscheck::Report| r.claims.iter().flat_map(|c| &c.facts).map(|f| ((f.start, f.end, f.kind), f.verdict)).collect::<std::collections::BTreeMap<_, _>>();
        let (a, b) = (verdict(&in_memory), verdict(&through));
        let verdicts_differ = a.keys().chain(b.keys()).collect::<std::collections::BTreeSet<_>>().into_iter().filter(|k| a.get(k) != b.get(k)).count();
        let facts = through.claims.iter().map(|c| c.facts.len()).sum();
        eprintln!("archive bench: {articles} articles: check through the engine {:.0} ms ({searches} searches), in memory {:.0} ms", latency(engine.clone()).median_ms, memory.median_ms);
        let searching = latency(searching);
        Ok(Check {
            engine: latency(engine),
            memory,
            facts,
            searches,
            searching_ms: searching.median_ms,
            newest,
            preceding,
            frequencies_ms,
            frequency_keys: keys.len(),
            verdicts_differ,
            warnings,
        })
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
                "check": {
                    "engine_ms": { "median": r.check.engine.median_ms, "p95": r.check.engine.p95_ms, "max": r.check.engine.max_ms, "samples": r.check.engine.samples },
                    "in_memory_ms": { "median": r.check.memory.median_ms, "p95": r.check.memory.p95_ms, "max": r.check.memory.max_ms, "samples": r.check.memory.samples },
                    "facts": r.check.facts,
                    "searches": r.check.searches,
                    "searching_ms_median": r.check.searching_ms,
                    "newest_ms": { "median": r.check.newest.median_ms, "p95": r.check.newest.p95_ms },
                    "preceding_ms_per_search": { "median": r.check.preceding.median_ms, "p95": r.check.preceding.p95_ms },
                    "frequencies_ms": r.check.frequencies_ms,
                    "frequency_keys": r.check.frequency_keys,
                    "verdicts_differing_from_in_memory": r.check.verdicts_differ,
                    "warnings": r.check.warnings,
                },
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
        md.push_str("\n**The whole check** of `synthetic::article(1000, 0)` (1,000 words), through the engine (`check_against` over \
            the archive) and in memory (`Corpus::check` on the same dated corpus, built once outside the timing):\n\n");
        md.push_str("| Articles | Through the engine, median | p95 | Searches a check makes | Of it, waiting for searches (median) | In memory, median | p95 | Engine ÷ in memory | Verdicts that differ |\n");
        md.push_str("|---|---|---|---|---|---|---|---|---|\n");
        for r in runs {
            let c = &r.check;
            md.push_str(&format!(
                "| {} | {:.0} ms | {:.0} ms | {} (one per fact; {:.2} s of searching at the median search above) | {:.0} ms | {:.1} ms | {:.1} ms | {:.2}× | {} of {} facts |\n",
                thousands(r.articles),
                c.engine.median_ms,
                c.engine.p95_ms,
                c.searches,
                c.searches as f64 * r.search.median_ms / 1000.0,
                c.searching_ms,
                c.memory.median_ms,
                c.memory.p95_ms,
                c.engine.median_ms / c.memory.median_ms.max(1e-9),
                c.verdicts_differ,
                c.facts,
            ));
        }
        md.push_str("\n| Articles | `newest` (one statement), median | p95 | Sentences before a search's finds (`preceding`), per search, median | p95 | Key counts for a check (`frequencies`) |\n");
        md.push_str("|---|---|---|---|---|---|\n");
        for r in runs {
            let c = &r.check;
            md.push_str(&format!(
                "| {} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms | {:.0} ms for {} keys |\n",
                thousands(r.articles),
                c.newest.median_ms,
                c.newest.p95_ms,
                c.preceding.median_ms,
                c.preceding.p95_ms,
                c.frequencies_ms,
                thousands(c.frequency_keys),
            ));
        }
        md.push_str(&format!(
            "\n- **Indexing** is `Archive::index_documents` from generated articles in memory (`synthetic::generate(n, 1)`) \
             to rows acknowledged by the engine: each sentence analysed for its keys (`retrieve::index_rows`; the \"analysis \
             alone\" column is that part), written as `REPLACE` batches of about 1 MB, one writer per shard, while the next \
             batches are prepared.\n\
             - **Search** is `Archive::search`: the keys of one sentence of `synthetic::article(1000, 0)` (the in-memory \
             benchmark's article), top {K}: a pool of ten times as many by the engine's bm25 over the distributed index, ranked \
             again by the in-memory index's BM25 in the client; {queries} sentences × {PASSES} passes after one untimed pass; \
             {:.1} sentences returned per search on average.\n\
             - **Connect**: `Archive::connect` (the layout read from every node) takes {:.1} ms (median of {CONNECTS}).\n\
             - **The whole check through the engine** is `crosscheck::check_against` with the archive as retriever: the \
             article analysed, one search per fact for its {} candidates (`candidates_per_fact`) through one connection, one \
             after the other, every sentence found analysed, compared and aggregated; {} timed checks after one untimed \
             (fewer at 100,000 articles, so its p95 is close to its maximum). \"Waiting for searches\" is the time inside \
             `Retriever::search`; the rest is the engine's own work on what came back. The in-memory check is \
             `Corpus::check` ({MEMORY_CHECKS} timed), whose index search is microseconds. Verdicts that differ are those of \
             the one article, fact by fact (ARCHITECTURE.md, \"What differs from the in-memory check\").\n\
             - **`newest`** is `Archive::newest`, the newest manifest date (a scan of the `written` attribute of every row); \
             **`preceding`** and **`frequencies`** are what the two engine-side changes of ARCHITECTURE.md would add to a \
             check: the sentences before each search's finds (one statement per search, timed on the finds of the check's own \
             searches) and the archive's counts of every key of those searches and of the sentences found (once a check).\n",
            runs.last().map_or(0.0, |r| r.hits_per_search),
            connect.median_ms,
            crosscheck::tuning::TUNING.candidates_per_fact,
            runs.first().map_or(0, |r| checks_timed(r.articles)),
        ));
        if runs.iter().any(|r| r.check.warnings > 0) {
            md.push_str("- **Warning**: some checks reported shards not searched; these figures are not of the whole archive.\n");
        }
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
