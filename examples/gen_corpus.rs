//! Writes a generated corpus and an article to check, for the browser benchmark:
//! `cargo run --release --example gen_corpus -- [ARTICLES] [DIR]` (defaults 10000, bench/data)
//! writes DIR/corpus-ARTICLES.json (an array of documents) and DIR/article-1000.txt.

use crosscheck::synthetic;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let articles: usize = match args.next().map(|a| a.parse()) {
        None => 10_000,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            eprintln!("usage: gen_corpus [ARTICLES] [DIR]: ARTICLES must be a whole number");
            return ExitCode::from(2);
        }
    };
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "bench/data".to_string()));
    let corpus = synthetic::generate(articles, 1);
    let written = std::fs::create_dir_all(&dir)
        .and_then(|_| std::fs::write(dir.join(format!("corpus-{articles}.json")), serde_json::to_vec(&corpus).unwrap_or_default()))
        .and_then(|_| std::fs::write(dir.join("article-1000.txt"), synthetic::article(1000, 0)));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: cannot write to {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
