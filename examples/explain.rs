//! Prints, for each fact of an article, its frame (what it measures, whom it belongs to,
//! when) and how the check judged it: a tool for reading why a verdict is what it is.
//!
//!     cargo run --release --example explain -- CORPUS_DIR ARTICLE [FILTER]

// Native only: it reads a corpus folder from disk, and `wasm-pack test` compiles the
// examples for wasm32 too.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
use crosscheck::analyse::terms::Lexicon;
#[cfg(not(target_arch = "wasm32"))]
use crosscheck::analyse::{analyse_with, Memory};
#[cfg(not(target_arch = "wasm32"))]
use crosscheck::{corpus, Corpus};

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, path) = (&args[0], &args[1]);
    let filter = args.get(2).cloned().unwrap_or_default();
    let loaded = corpus::load_dir(std::path::Path::new(dir)).expect("corpus");
    let article = std::fs::read_to_string(path).expect("article");
    let _ = Memory::default();
    // Dated as the CLI dates it: by the manifest, where it lists the article's file.
    let written = loaded.date_listed_for(path);
    let mut lexicon = Lexicon::new();
    let reading_day = written.or_else(|| loaded.dates.iter().filter_map(|(_, d)| crosscheck::CalendarDate::parse(d)).max());
    let analysed = analyse_with(&article, &mut lexicon, reading_day);
    let corpus = Corpus::from_loaded(loaded);
    let report = corpus.check_as_of(&article, written).expect("checks");
    for sentence in &analysed.sentences {
        for f in &sentence.facts {
            let text = f.span.slice(&article);
            if !filter.is_empty() && !text.contains(&filter) {
                continue;
            }
            let fr = &f.frame;
            let head = fr.head.map(|t| lexicon.text(t).to_string()).unwrap_or_default();
            let holders: Vec<&str> = fr.holders.iter().map(|t| lexicon.text(*t)).collect();
            let anchors: Vec<&str> = fr.anchors.iter().map(|t| lexicon.text(*t)).collect();
            println!("== {:?} {:?} [{}] head={head}({:?}) holders={holders:?} anchors={anchors:?} when={:?} change={} instance={} derived={} hedged={}", f.kind, text, f.display, fr.head_from, fr.when, fr.change, fr.instance, f.derived, f.hedged);
            if let Some(rf) = report.claims.iter().flat_map(|c| &c.facts).find(|r| r.start == f.span.start && r.end == f.span.end && r.kind == f.kind) {
                println!("   {:?} {} :: {}", rf.verdict, rf.rule, rf.reason);
                for e in &rf.evidence {
                    println!("     {:?} {} [{}] {}", e.relation, e.rule, e.source, e.sentence.chars().take(140).collect::<String>());
                }
            }
        }
    }
}
