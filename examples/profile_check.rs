//! Checks one article against the default corpus many times, for profiling:
//! `cargo run --release --example profile_check -- ARTICLE [ROUNDS]`.
use crosscheck::Corpus;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile_check ARTICLE [ROUNDS]");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let article = std::fs::read_to_string(&path).expect("readable article");
    let started = Instant::now();
    let corpus = Corpus::embedded_default();
    println!("index: {:?}", started.elapsed());
    let started = Instant::now();
    for _ in 0..rounds {
        let report = corpus.check(&article).expect("checks");
        std::hint::black_box(report);
    }
    println!("check: {:?} per round", started.elapsed() / rounds as u32);
}
