//! Times index builds and checks outside criterion, for profiling (perf, callgrind):
//! `cargo run --release --example profile_check -- [ARTICLE|-] [ROUNDS] [ARTICLES]`.
//! ARTICLE `-` (the default) is the generated 1,000-word article the benchmarks use; ARTICLES,
//! when given, checks against that many generated articles instead of the default corpus.
use crosscheck::{synthetic, Corpus};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Counts allocations, so a round can say how many it made.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn main() {
    let mut args = std::env::args().skip(1);
    let article = match args.next().as_deref() {
        None | Some("-") => synthetic::article(1000, 0),
        Some(path) => std::fs::read_to_string(path).expect("readable article"),
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let generated: Option<usize> = args.next().and_then(|n| n.parse().ok());
    let started = Instant::now();
    let corpus = match generated {
        Some(n) => {
            let documents = synthetic::generate(n, 1);
            let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
            let started = Instant::now();
            let corpus = Corpus::new(documents);
            let took = started.elapsed();
            println!("index: {took:?} for {bytes} bytes ({:.1} MB/s)", bytes as f64 / 1e6 / took.as_secs_f64());
            corpus
        }
        None => {
            let corpus = Corpus::embedded_default();
            println!("index: {:?}", started.elapsed());
            corpus
        }
    };
    let started = Instant::now();
    let allocations = ALLOCATIONS.load(Ordering::Relaxed);
    let mut facts = 0;
    for _ in 0..rounds {
        let report = corpus.check(&article).expect("checks");
        let s = &report.summary;
        facts = s.agree + s.conflict + s.disputed + s.not_found;
        std::hint::black_box(report);
    }
    let took = started.elapsed() / rounds as u32;
    let made = (ALLOCATIONS.load(Ordering::Relaxed) - allocations) / rounds;
    println!("check: {took:?} per round ({facts} facts, {made} allocations)");
}
