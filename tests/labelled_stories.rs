//! The invariants of `tests/invariants` over every report of the labelled stories in
//! `../shared/eval` (beside the repository, in CI as here): each draft checked against its
//! story's corpus, and each corpus document checked against the others (as the gold files
//! that name a corpus document do, leaving it out). The dev set's draft is checked against the
//! default corpus. Generated input finds crashes; these find the reports a user really reads.
// Native only: it reads the stories from disk.
#![cfg(not(target_arch = "wasm32"))]

mod invariants;

use crosscheck::corpus::{self, LoadedCorpus};
use crosscheck::{CalendarDate, Corpus, Report};
use std::path::{Path, PathBuf};

/// The shared eval folder, or `None` (with a note) when it is not beside the repository.
fn eval_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} is absent; the labelled stories were not checked", dir.display());
        None
    }
}

/// The `.txt` files of a folder, sorted.
fn texts_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// `loaded` without the document `id`.
fn leave_out(loaded: &LoadedCorpus, id: &str) -> LoadedCorpus {
    let mut rest = loaded.clone();
    rest.documents.retain(|d| d.id != id);
    rest.dates.retain(|(d, _)| d != id);
    rest
}

/// One report of the labelled set: what was checked, against what, and the report.
struct Checked {
    name: String,
    article: String,
    /// The day the article was written, where known.
    written: Option<CalendarDate>,
    loaded: LoadedCorpus,
    corpus: Corpus,
    report: Report,
}

fn check(name: String, article: String, loaded: LoadedCorpus, written: Option<CalendarDate>) -> Checked {
    let corpus = Corpus::from_loaded(loaded.clone());
    let report = corpus.check_as_of(&article, written).unwrap_or_else(|e| panic!("{name}: {e}"));
    Checked { name, article, written, loaded, corpus, report }
}

/// Every report of the labelled set, story by story.
fn labelled_reports(eval: &Path) -> Vec<Checked> {
    let mut stories: Vec<PathBuf> =
        std::fs::read_dir(eval.join("stories")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    stories.sort();
    let mut sets: Vec<(String, LoadedCorpus, Vec<PathBuf>)> = Vec::new();
    for story in &stories {
        let name = story.file_name().unwrap().to_string_lossy().to_string();
        let loaded = corpus::load_dir(&story.join("corpus")).unwrap_or_else(|e| panic!("{name}: {e}"));
        sets.push((name, loaded, texts_in(&story.join("articles"))));
    }
    sets.push(("dev".into(), corpus::embedded_default(), texts_in(&eval.join("dev/articles"))));
    let mut out = Vec::new();
    for (story, loaded, drafts) in sets {
        assert!(!drafts.is_empty(), "{story}: no drafts");
        for draft in drafts {
            let article = std::fs::read_to_string(&draft).unwrap();
            out.push(check(format!("{story}/{}", draft.file_name().unwrap().to_string_lossy()), article, loaded.clone(), None));
        }
        for doc in &loaded.documents {
            let written = loaded.dates.iter().find(|(id, _)| *id == doc.id).and_then(|(_, d)| CalendarDate::parse(d));
            out.push(check(format!("{story}/corpus/{}", doc.id), doc.text.clone(), leave_out(&loaded, &doc.id), written));
        }
    }
    out
}

#[test]
fn every_labelled_report_is_sound() {
    let Some(eval) = eval_dir() else { return };
    let reports = labelled_reports(&eval);
    // Three stories of two drafts and six documents, and the dev draft with five documents.
    assert!(reports.len() >= 3 * 8 + 6, "only {} reports: a story is missing", reports.len());
    for checked in &reports {
        assert!(!checked.report.claims.is_empty(), "{}: no claims at all", checked.name);
        // The panic message of a broken rule follows this line in the test's output.
        eprintln!("checking {}", checked.name);
        invariants::assert_sound(&checked.report, &checked.article, checked.corpus.documents());
    }
}

/// Each fact as a user reads it: where, what kind, its value and its verdict, and (with
/// `rules`) the rule that decided it.
fn verdicts(report: &Report, rules: bool) -> Vec<(usize, usize, String, String, String)> {
    let rule = |f: &crosscheck::Fact| if rules { f.rule.clone() } else { String::new() };
    report.claims.iter().flat_map(|c| &c.facts).map(|f| (f.start, f.end, f.value.clone(), format!("{:?}", f.verdict), rule(f))).collect()
}

/// The facts whose reading differs between the two lists.
fn differences(a: &[(usize, usize, String, String, String)], b: &[(usize, usize, String, String, String)]) -> Vec<String> {
    let mut out: Vec<String> = a.iter().filter(|x| !b.contains(x)).map(|x| format!("{x:?} in the corpus's order")).collect();
    out.extend(b.iter().filter(|x| !a.contains(x)).map(|x| format!("{x:?} in reverse order")));
    out
}

/// Every draft of the labelled set checked against its corpus listed in reverse order, beside
/// its report against the corpus in order.
fn reversed_reports(eval: &Path) -> Vec<(String, Report, Report)> {
    let mut out = Vec::new();
    for checked in labelled_reports(eval).into_iter().filter(|c| !c.name.contains("/corpus/")) {
        let documents: Vec<_> = checked.corpus.documents().iter().rev().cloned().collect();
        let dates = checked.corpus.documents().iter().zip(checked.corpus.dates()).filter_map(|(d, day)| day.map(|day| (d.id.clone(), day.to_string()))).collect();
        let reversed = Corpus::from_loaded(LoadedCorpus { documents, dates, ..LoadedCorpus::default() }).check(&checked.article).expect("checks");
        out.push((checked.name, checked.report, reversed));
    }
    assert!(out.len() >= 7, "only {} drafts", out.len());
    out
}

/// A story's corpus listed in reverse order gives every draft the same verdicts: no order
/// among documents leaks into a judgment.
#[test]
fn a_corpus_in_reverse_order_gives_the_same_verdicts() {
    let Some(eval) = eval_dir() else { return };
    for (name, forward, reversed) in reversed_reports(&eval) {
        let diff = differences(&verdicts(&forward, false), &verdicts(&reversed, false));
        assert!(diff.is_empty(), "{name}: the verdicts depend on the corpus's order: {diff:#?}");
    }
}

/// ... and names the same deciding rule for each.
#[test]
fn a_corpus_in_reverse_order_gives_the_same_rules() {
    let Some(eval) = eval_dir() else { return };
    let mut diffs = Vec::new();
    for (name, forward, reversed) in reversed_reports(&eval) {
        diffs.extend(differences(&verdicts(&forward, true), &verdicts(&reversed, true)).into_iter().map(|d| format!("{name}: {d}")));
    }
    assert!(diffs.is_empty(), "the deciding rules depend on the corpus's order: {diffs:#?}");
}

/// A story's corpus whose sentences are analysed only when a check retrieves them (as a
/// corpus too large to keep analysed is) gives every report of the labelled set exactly as
/// the corpus kept analysed does: a retrieved sentence is read with what the sentences before
/// it say, as a reading of the whole document reads it.
#[test]
fn sentences_analysed_on_demand_give_every_labelled_report_as_sentences_kept() {
    let Some(eval) = eval_dir() else { return };
    let mut differing = Vec::new();
    for checked in labelled_reports(&eval) {
        let on_demand = Corpus::from_loaded_on_demand(checked.loaded.clone());
        let report = on_demand.check_as_of(&checked.article, checked.written).expect("checks");
        if serde_json::to_string(&report).unwrap() != serde_json::to_string(&checked.report).unwrap() {
            let diff = differences(&verdicts(&checked.report, true), &verdicts(&report, true));
            differing.push(format!("{}: {diff:#?}", checked.name));
        }
    }
    assert!(differing.is_empty(), "{} reports differ: {differing:#?}", differing.len());
}
