//! The invariants of `tests/invariants` catch what they say they catch: a real report of an
//! invented story passes them, and the same report doctored to show what a user must never
//! see (an agreement beside another value, a conflict without the source's value, a time read
//! as two numbers) fails them, naming the broken rule.

mod invariants;

use crosscheck::report::{Claim, Summary};
use crosscheck::{Corpus, Document, Fact, FactKind, Relation, Report, Verdict};
use std::panic::{catch_unwind, AssertUnwindSafe};

const SOURCE: &str = "The Kestrel Valley ferry carried 212 passengers on Tuesday, the operator said. \
    The harbour board approved a loan of $38 million for the new pier. \
    Organisers said the festival could draw up to 12 million visitors. \
    The launch came at 9:41 a.m. on Tuesday.\n";

fn corpus() -> Corpus {
    Corpus::new(vec![Document { id: "gazette".into(), source: "Valley Gazette".into(), language: "en".into(), text: SOURCE.into() }])
}

/// The article, checked: it must pass the invariants as it stands.
fn checked(article: &str) -> (Corpus, Report) {
    let corpus = corpus();
    let report = corpus.check(article).expect("checks");
    invariants::assert_sound(&report, article, corpus.documents());
    (corpus, report)
}

/// The message `assert_sound` panics with on the doctored report, or a failure if it passes.
fn broken_rule(report: &Report, article: &str, corpus: &Corpus) -> String {
    let outcome = catch_unwind(AssertUnwindSafe(|| invariants::assert_sound(report, article, corpus.documents())));
    let why = outcome.expect_err("the doctored report passed the invariants");
    why.downcast_ref::<String>().cloned().or_else(|| why.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
}

fn fact_mut(report: &mut Report, kind: FactKind) -> &mut Fact {
    report.claims.iter_mut().flat_map(|c| c.facts.iter_mut()).find(|f| f.kind == kind).unwrap_or_else(|| panic!("no {kind:?} fact"))
}

/// Supporting evidence of the article's first fact of `kind`, now showing `shown`.
fn supported_by(article: &str, kind: FactKind, shown: &str) -> String {
    let (corpus, mut report) = checked(article);
    let fact = fact_mut(&mut report, kind);
    assert_eq!(fact.verdict, Verdict::Agree, "{fact:?}");
    let ev = fact.evidence.iter_mut().find(|e| e.relation == Relation::Supports).expect("supporting evidence");
    ev.source_value = shown.to_string();
    broken_rule(&report, article, &corpus)
}

#[test]
fn an_agreement_beside_another_figure_breaks_the_rules() {
    let why = supported_by("The Kestrel Valley ferry carried 212 passengers on Tuesday.", FactKind::Quantity, "312 passengers");
    assert!(why.contains("is supported by Valley Gazette saying \"312 passengers\""), "{why}");
}

#[test]
fn an_agreement_beside_another_currency_breaks_the_rules() {
    let why = supported_by("The harbour board approved a loan of $38 million for the new pier.", FactKind::Money, "£38 million");
    assert!(why.contains("dollar is not GBP"), "{why}");
}

#[test]
fn an_agreement_beside_another_cap_breaks_the_rules() {
    let why = supported_by("Organisers said the festival could draw up to 12 million visitors.", FactKind::Quantity, "up to 9 million visitors");
    assert!(why.contains("cannot both hold"), "{why}");
}

#[test]
fn an_agreement_beside_another_weekday_breaks_the_rules() {
    let why = supported_by("The Kestrel Valley ferry carried 212 passengers on Tuesday.", FactKind::Date, "on Wednesday");
    assert!(why.contains("is supported by"), "{why}");
}

#[test]
fn an_agreement_beside_another_time_breaks_the_rules() {
    let why = supported_by("The launch came at 9:41 a.m. on Tuesday.", FactKind::Time, "at 10:41 a.m.");
    assert!(why.contains("60 minutes apart"), "{why}");
}

/// The planted conflict the doctored reports below start from.
fn conflict() -> (&'static str, Corpus, Report) {
    let article = "The Kestrel Valley ferry carried 312 passengers on Tuesday.";
    let (corpus, report) = checked(article);
    let fact = report.claims.iter().flat_map(|c| &c.facts).find(|f| f.kind == FactKind::Quantity).unwrap();
    assert_eq!(fact.verdict, Verdict::Conflict, "{fact:?}");
    (article, corpus, report)
}

#[test]
fn a_conflict_without_the_source_value_breaks_the_rules() {
    let (article, corpus, mut report) = conflict();
    for ev in &mut fact_mut(&mut report, FactKind::Quantity).evidence {
        ev.source_value.clear();
    }
    assert!(broken_rule(&report, article, &corpus).contains("shows no source value"));
}

#[test]
fn a_conflict_whose_reason_leaves_out_a_value_breaks_the_rules() {
    let (article, corpus, mut report) = conflict();
    fact_mut(&mut report, FactKind::Quantity).reason = "article: 312 passengers".into();
    assert!(broken_rule(&report, article, &corpus).contains("does not show \"Valley Gazette: 212 passengers"));
    let (_, _, mut report) = conflict();
    fact_mut(&mut report, FactKind::Quantity).reason = "Valley Gazette: 212 passengers".into();
    assert!(broken_rule(&report, article, &corpus).contains("does not show the article's value"));
}

#[test]
fn a_conflict_without_a_contradicting_source_breaks_the_rules() {
    let (article, corpus, mut report) = conflict();
    fact_mut(&mut report, FactKind::Quantity).evidence.retain(|e| e.relation != Relation::Contradicts);
    assert!(broken_rule(&report, article, &corpus).contains("shows no source that contradicts it"));
}

/// The time fact of `article` replaced by facts of `kind` on the given words of it.
fn time_read_as(article: &str, kind: FactKind, parts: &[&str]) -> String {
    let (corpus, mut report) = checked(article);
    let claim = report.claims.iter().position(|c| c.facts.iter().any(|f| f.kind == FactKind::Time)).expect("a time fact");
    let c = &report.claims[claim];
    let time = c.facts.iter().find(|f| f.kind == FactKind::Time).unwrap().clone();
    let mut facts: Vec<Fact> = c.facts.iter().filter(|f| f.kind != FactKind::Time).cloned().collect();
    for part in parts {
        let start = time.start + article[time.start..time.end].find(part).unwrap();
        facts.push(Fact { start, end: start + part.len(), text: part.to_string(), kind, value: part.to_string(), ..time.clone() });
    }
    report.claims[claim] = Claim::new(c.start, c.end, c.text.clone(), facts);
    report.summary = Summary::of(&report.claims);
    broken_rule(&report, article, &corpus)
}

#[test]
fn a_time_split_into_two_numbers_breaks_the_rules() {
    let why = time_read_as("The launch came at 9:41 a.m. on Tuesday.", FactKind::Quantity, &["9", "41"]);
    assert!(why.contains("\"9:41\" is one figure, but it is split between the facts [\"9\", \"41\"]"), "{why}");
    let why = time_read_as("The launch came at 9:41 a.m. on Tuesday.", FactKind::Quantity, &["41"]);
    assert!(why.contains("reads a part of it as a number"), "{why}");
}
