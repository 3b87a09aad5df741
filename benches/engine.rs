//! Engine benchmarks: index build and check, on the embedded corpus and on generated corpora
//! of 1,000 and 10,000 articles, plus the memory the 10,000-article index holds.
//!
//! `cargo bench --bench engine` (with `CARGO_PROFILE_RELEASE_PANIC=unwind`; see scripts/bench.sh). Besides criterion's own output, writes
//! `target/bench-engine.json` (memory, sizes, build throughput) for `scripts/bench.sh`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use crosscheck::{synthetic, Corpus, Document};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::{Duration, Instant};

/// Counts the bytes live on the heap, and the peak since the last reset, so the index's
/// memory can be measured as the difference across its build. Counting is off except during
/// that measurement: the engine allocates a lot, and the atomics would slow every benchmark.
struct CountingAllocator;

static COUNTING: AtomicBool = AtomicBool::new(false);
// Signed: memory allocated before counting began and freed during it counts below zero.
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn grew(by: usize) {
    if !COUNTING.load(Ordering::Relaxed) {
        return;
    }
    let by = by as isize;
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

fn shrank(by: usize) {
    if COUNTING.load(Ordering::Relaxed) {
        LIVE.fetch_sub(by as isize, Ordering::Relaxed);
    }
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                shrank(layout.size() - new_size);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

const LARGE: usize = 10_000;
const MEDIUM: usize = 1_000;
const CORPUS_SEED: u64 = 1;
/// Seed 0: the article retells story 0, which every generated corpus of 20+ articles covers.
const ARTICLE_SEED: u64 = 0;
const ARTICLE_WORDS: usize = 1_000;

fn text_bytes(documents: &[Document]) -> usize {
    documents.iter().map(|d| d.text.len()).sum()
}

fn default_documents() -> Vec<Document> {
    Corpus::embedded_default().documents().to_vec()
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    for (name, documents, samples) in [
        ("default", default_documents(), 50),
        ("synthetic-1000", synthetic::generate(MEDIUM, CORPUS_SEED), 10),
    ] {
        group.throughput(Throughput::Bytes(text_bytes(&documents) as u64));
        group.sample_size(samples);
        group.bench_with_input(BenchmarkId::from_parameter(name), &documents, |b, documents| {
            // The clone is part of what is timed but costs microseconds against the build;
            // dropping the corpus is not timed (freeing an index is no part of building it).
            b.iter_with_large_drop(|| Corpus::new(black_box(documents.clone())))
        });
    }
    group.finish();
}

fn check(c: &mut Criterion) {
    let article = synthetic::article(ARTICLE_WORDS, ARTICLE_SEED);
    let mut group = c.benchmark_group("check-1000-words");

    // Each corpus is built once, outside the timing, and only if its benchmark is selected.
    let mut default: Option<Corpus> = None;
    group.bench_function("default", |b| {
        let corpus = default.get_or_insert_with(Corpus::embedded_default);
        b.iter(|| corpus.check(black_box(&article)).map(|r| r.claims.len()))
    });
    drop(default);

    let mut large: Option<Corpus> = None;
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("synthetic-10000", |b| {
        let corpus = large.get_or_insert_with(|| Corpus::new(synthetic::generate(LARGE, CORPUS_SEED)));
        b.iter(|| corpus.check(black_box(&article)).map(|r| r.claims.len()))
    });
    group.finish();
}

/// Memory held by the 10,000-article index and the time of one build of it; not a criterion
/// benchmark because one build is long enough to time and memory needs exactly one build.
/// `BENCH_MEMORY=0` skips it (when profiling one benchmark, say).
fn large_index(_: &mut Criterion) {
    if std::env::var("BENCH_MEMORY").is_ok_and(|v| v == "0") {
        return;
    }
    let documents = synthetic::generate(LARGE, CORPUS_SEED);
    let text = text_bytes(&documents);
    let words: usize = documents.iter().map(|d| d.text.split_whitespace().count()).sum();
    // One build timed with counting off, then one counted: the documents moved into the
    // corpus exist before counting starts, so what is counted is the index alone.
    let started = Instant::now();
    drop(Corpus::new(documents.clone()));
    let seconds = started.elapsed().as_secs_f64();
    LIVE.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let corpus = Corpus::new(documents);
    COUNTING.store(false, Ordering::Relaxed);
    let index = LIVE.load(Ordering::Relaxed).max(0) as usize;
    let peak = PEAK.load(Ordering::Relaxed).max(0) as usize;
    let mb_per_s = text as f64 / 1e6 / seconds;
    println!(
        "index of {LARGE} articles: {words} words, {:.1} MB of text; built in {seconds:.2} s ({mb_per_s:.1} MB/s); \
         holds {:.1} MB ({:.2}× the text), peak {:.1} MB above the text during the build",
        text as f64 / 1e6,
        index as f64 / 1e6,
        index as f64 / text as f64,
        peak as f64 / 1e6
    );
    let report = serde_json::json!({
        "articles": LARGE,
        "words": words,
        "text_bytes": text,
        "index_bytes": index,
        "build_peak_bytes": peak,
        "build_seconds": seconds,
        "build_mb_per_s": mb_per_s,
        "default_text_bytes": text_bytes(&default_documents()),
        "synthetic_1000_text_bytes": text_bytes(&synthetic::generate(MEDIUM, CORPUS_SEED)),
    });
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-engine.json");
    if let Err(e) = std::fs::write(&path, serde_json::to_string_pretty(&report).unwrap_or_default()) {
        eprintln!("could not write {}: {e}", path.display());
    }
    drop(corpus);
}

criterion_group!(benches, large_index, build, check);
criterion_main!(benches);
