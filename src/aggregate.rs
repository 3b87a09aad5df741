//! Aggregate: the fourth stage. The findings of every source for one fact become one verdict,
//! with the rule that decided it:
//!
//! - where the article's day is known, a count or share it gives for no time of its own is
//!   that day's, and a source of another day does not contradict it (`own_day`);
//! - each source counts once: a source that states the article's value somewhere does not
//!   contradict it elsewhere; otherwise its closest sentence speaks for it;
//! - sources that disagree among themselves for a reason the frames show are each right for
//!   their own moment: a toll that rises from one day's report to the next is not a conflict
//!   with either day, unless the article claims the same day as the one it differs from
//!   (`moments`);
//! - a conversion ("(£15.8bn)") and a source garbled at that very spot ("assistant assistant
//!   director") cannot outvote sources that agree;
//! - then: support and no contradiction is agree, contradiction and no support is conflict,
//!   both is disputed, neither is not found.

use crate::analyse::calendar::{CalendarDate, DateValue};
use crate::analyse::frame::{is_value, When};
use crate::analyse::Extracted;
use crate::compare::Finding;
use crate::kinds::{FactKind, Value};
use crate::report::{Relation, Verdict};
use std::collections::BTreeMap;

/// The verdict on one fact, the findings that decided it (one per source, those that
/// contradict first), and what the reader should know besides.
#[derive(Debug, Clone)]
pub struct Decided {
    pub verdict: Verdict,
    pub rule: String,
    pub chosen: Vec<Finding>,
    /// Sources whose differing value was set aside, and why.
    pub set_aside: Vec<(usize, &'static str)>,
}

/// Two moments are the same day (a weekday alone matches the same weekday).
fn same_day(a: &DateValue, b: &DateValue) -> bool {
    a.relation(b) == Some(true) && (a.day.is_some() && b.day.is_some() || a.weekday.is_some() && b.weekday.is_some())
}

fn different_day(a: &DateValue, b: &DateValue) -> bool {
    a.relation(b) == Some(false) && (a.day.is_some() || a.weekday.is_some()) && (b.day.is_some() || b.weekday.is_some())
}

/// Kinds whose values change from one report to the next (a toll, a count, a sum).
fn may_move(kind: FactKind) -> bool {
    matches!(kind, FactKind::Quantity | FactKind::Money | FactKind::Percent)
}

/// Sets aside contradictions that speak of another moment: where the sources themselves
/// give this figure differently on different days, a source of another day (or of an
/// unknown day) does not contradict the article unless the article claims its day.
fn moments(fact: &Extracted, findings: Vec<Finding>, set_aside: &mut Vec<(usize, &'static str)>) -> Vec<Finding> {
    if !may_move(fact.kind) || !findings.iter().any(|f| f.judged.relation == Relation::Contradicts) {
        return findings;
    }
    // Where a dated source gives the article's figure, an undated one that gives another may
    // be of another day.
    let dated_support = findings.iter().any(|f| f.judged.relation == Relation::Supports && f.time.is_some());
    // The sources give different figures on different days.
    let dated: Vec<(&DateValue, &str)> = findings.iter().filter_map(|f| f.time.as_ref().map(|t| (t, f.value.as_str()))).collect();
    let moving = dated.iter().enumerate().any(|(i, (a, x))| dated[i + 1..].iter().any(|(b, y)| x != y && different_day(a, b)));
    if !moving {
        if !dated_support {
            return findings;
        }
        return findings
            .into_iter()
            .filter(|f| {
                let keep = f.judged.relation == Relation::Supports || f.time.is_some();
                if !keep {
                    set_aside.push((f.doc, "an undated report's figure"));
                }
                keep
            })
            .collect();
    }
    let claimed = match &fact.frame.when {
        When::On(d) if d.day.is_some() || d.weekday.is_some() => Some(d.clone()),
        _ => None,
    };
    // A figure no source gives on any day, and given for no day, is contradicted by them all.
    let supported = findings.iter().any(|f| f.judged.relation == Relation::Supports);
    if claimed.is_none() && !supported {
        return findings;
    }
    findings
        .into_iter()
        .filter(|f| {
            let keep = match (&claimed, &f.time) {
                (Some(c), Some(t)) => same_day(c, t) || f.judged.relation == Relation::Supports && !different_day(c, t),
                (Some(_), None) => f.judged.relation == Relation::Supports,
                (None, _) => f.judged.relation == Relation::Supports,
            };
            if !keep {
                set_aside.push((f.doc, "another day's figure"));
            }
            keep
        })
        .collect()
}

/// Sets aside contradictions of another day when the article's own day is known (one outlet
/// checked against another, each dated by its manifest): a count or share, given for no
/// time of its own, is the article's day's figure, and a source written on another day (or
/// giving another day) speaks of that day: "374 structures destroyed" on 7 November does not
/// contradict "349" on 1 November. An undated draft is not read this way: its day is a guess.
fn own_day(fact: &Extracted, findings: Vec<Finding>, written: Option<CalendarDate>, set_aside: &mut Vec<(usize, &'static str)>) -> Vec<Finding> {
    // Counts and shares (structures destroyed, firefighters, containment): what a report
    // tallies so far, in whole numbers. A measure (a magnitude of 7.3, a depth) or a sum of
    // money is not re-counted.
    let tally = match &fact.value {
        Value::Quantity(q) => q.dimension.is_none() && q.reported.interval.lo.fract() == 0.0,
        Value::Percent(_) => true,
        _ => false,
    };
    let (Some(day), When::Unstated, true) = (written, &fact.frame.when, tally) else { return findings };
    let today = DateValue::on(day);
    findings
        .into_iter()
        .filter(|f| {
            let other = f.judged.relation == Relation::Contradicts && f.time.as_ref().is_some_and(|t| different_day(&today, t));
            if other {
                set_aside.push((f.doc, "another day's figure"));
            }
            !other
        })
        .collect()
}

/// For each source, the one finding that stands for it: one given for the article's own
/// stated time first ("a fifth term in the 2030 election" over "her fourth term" of 2026),
/// then support over contradiction (a source that states the article's value somewhere does
/// not contradict it), then the closest. A value only implied ("dozens" for "all of the 48")
/// is no statement of it: it outranks no contradiction of the same source that lines up at
/// least as closely.
fn per_document(findings: Vec<Finding>) -> Vec<Finding> {
    let mut closest_contradiction: BTreeMap<usize, f32> = BTreeMap::new();
    for f in findings.iter().filter(|f| f.judged.relation == Relation::Contradicts) {
        let e = closest_contradiction.entry(f.doc).or_insert(f.judged.score);
        *e = e.max(f.judged.score);
    }
    let mut best: BTreeMap<usize, Finding> = BTreeMap::new();
    for f in findings {
        let only_implied = |x: &Finding| {
            x.judged.relation == Relation::Supports && x.judged.rule.ends_with(".implied") && closest_contradiction.get(&x.doc).is_some_and(|&c| c >= x.judged.score)
        };
        let rank = |x: &Finding| {
            let implied = only_implied(x);
            let stated = x.judged.relation == Relation::Supports && !implied;
            ((x.timed && !implied) as u8, stated as u8, (x.judged.relation == Relation::Contradicts) as u8, x.judged.score)
        };
        let replace = best.get(&f.doc).is_none_or(|old| rank(&f) > rank(old));
        if replace {
            best.insert(f.doc, f);
        }
    }
    best.into_values().collect()
}

/// The verdict on one fact from every source's findings.
pub fn decide(fact: &Extracted, findings: Vec<Finding>, written: Option<CalendarDate>) -> Decided {
    let mut set_aside = Vec::new();
    let findings = if fact.hedged { Vec::new() } else { findings };
    let findings = own_day(fact, findings, written, &mut set_aside);
    let findings = moments(fact, findings, &mut set_aside);
    let mut chosen = per_document(findings);
    let any_support = chosen.iter().any(|f| f.judged.relation == Relation::Supports);
    if any_support {
        chosen.retain(|f| {
            let drop = f.judged.relation == Relation::Contradicts && (f.garbled || f.derived);
            if drop {
                set_aside.push((f.doc, if f.garbled { "garbled text" } else { "a conversion" }));
            }
            !drop
        });
    }
    // Contradictions first; then a finding that gives the article's value itself (a `*.same`
    // rule: "47" for "47") before one that only implies it ("dozens"), the closest first; then
    // by the value shown: never by where a document stands in the corpus.
    let exact = |f: &Finding| f.judged.rule.ends_with(".same");
    crate::small_sort::sort_short_by(&mut chosen, |a, b| {
        (b.judged.relation == Relation::Contradicts)
            .cmp(&(a.judged.relation == Relation::Contradicts))
            .then(exact(b).cmp(&exact(a)))
            .then(b.judged.score.total_cmp(&a.judged.score))
            .then(a.value.cmp(&b.value))
    });
    // A source that gives the article's value is no source set aside, whatever else it says.
    set_aside.retain(|(doc, _)| !chosen.iter().any(|f| f.doc == *doc && f.judged.relation == Relation::Supports));
    let mut seen = Vec::new();
    set_aside.retain(|entry| !seen.contains(entry) && {
        seen.push(*entry);
        true
    });
    let supports = chosen.iter().filter(|f| f.judged.relation == Relation::Supports).count();
    let contradicts = chosen.len() - supports;
    let verdict = match (supports, contradicts) {
        (0, 0) => Verdict::NotFound,
        (_, 0) => Verdict::Agree,
        (0, _) => Verdict::Conflict,
        _ => Verdict::Disputed,
    };
    let rule = match verdict {
        Verdict::NotFound if fact.hedged => format!("{}.hedged", fact.kind.as_str()),
        Verdict::NotFound => format!("{}.no_source", fact.kind.as_str()),
        Verdict::Disputed => format!("{}.disputed", fact.kind.as_str()),
        _ => chosen.first().map_or_else(String::new, |f| f.judged.rule.to_string()),
    };
    let _ = is_value;
    Decided { verdict, rule, chosen, set_aside }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Document;
    use crate::testing::fact_in;
    use crate::{Corpus, Verdict};

    /// A source that only implies the article's count ("dozens of guests" for "all of the
    /// nearly 40 guests") does not outvote its own sentence that says another portion of it
    /// ("most of the nearly 40 guests"); one that states the count does.
    #[test]
    fn an_implied_count_does_not_outrank_the_same_sources_closer_contradiction() {
        use crate::compare::{Finding, Judged};
        use crate::report::Relation;
        let finding = |relation, rule, sentence| Finding {
            doc: 0,
            sentence,
            judged: Judged { relation, rule, score: 0.5, span: crate::segment::Span { start: 0, end: 1 } },
            time: None,
            garbled: false,
            derived: false,
            value: String::new(),
            timed: false,
            figure: None,
        };
        let portion = finding(Relation::Contradicts, "quantity.other_portion", 2);
        let implied = super::per_document(vec![finding(Relation::Supports, "quantity.implied", 1), portion.clone()]);
        assert_eq!(implied.iter().map(|f| f.judged.relation).collect::<Vec<_>>(), [Relation::Contradicts]);
        let stated = super::per_document(vec![finding(Relation::Supports, "quantity.same", 1), portion]);
        assert_eq!(stated.iter().map(|f| f.judged.relation).collect::<Vec<_>>(), [Relation::Supports]);
    }

    #[test]
    fn a_count_of_another_day_does_not_contradict_an_article_of_its_own_day() {
        // Outlets checked against each other: "374 structures" on 7 November was flagged
        // against "349" on 1 November.
        use crate::testing::dated_verdict_in;
        let corpus = [("wire", "2019-11-01", "The Kestrel Fire has destroyed 349 structures, fire officials said.")];
        let article = "The Kestrel Fire destroyed 374 structures, fire officials said.";
        assert_eq!(dated_verdict_in(&corpus, article, Some("2019-11-07"), "374 structures"), Verdict::NotFound);
        // Twins: written the same day, it conflicts; so does a measure, which no later report re-counts.
        assert_eq!(dated_verdict_in(&corpus, article, Some("2019-11-01"), "374 structures"), Verdict::Conflict);
        let corpus = [("wire", "2024-04-03", "The magnitude 7.4 earthquake struck off Hualien, the weather agency said.")];
        assert_eq!(dated_verdict_in(&corpus, "The magnitude 7.3 earthquake struck off Hualien, the weather agency said.", Some("2024-04-04"), "7.3"), Verdict::Conflict);
    }

    /// The deciding rule and the evidence's sources of `words`, against the documents in this order.
    fn decided(corpus: &[&str], article: &str, words: &str) -> (Verdict, String, Vec<String>) {
        let docs = corpus.iter().enumerate().map(|(i, t)| Document { id: format!("d{i}"), source: format!("Source {i}"), language: "en".into(), text: t.to_string() }).collect();
        let report = Corpus::new(docs).check(article).expect("checks");
        let fact = fact_in(&report, words);
        (fact.verdict, fact.rule.clone(), fact.evidence.iter().map(|e| e.sentence.clone()).collect())
    }

    #[test]
    fn a_source_that_gives_the_value_is_never_also_set_aside() {
        // The first source gives "4,812 patients" and, in another sentence, other counts of
        // patients; the second dates its figure.
        let wire = "A daily dose of the drug Kessotan cut the risk of a second stroke by 23 percent in a trial of 4,812 patients, researchers reported on Thursday. In the treated group, 312 patients had a second stroke, compared with 405 in the placebo group.";
        let daily = "The trial, published Thursday, enrolled 4,812 people who had already had one stroke.";
        let fact = crate::testing::checked_in(&[wire, daily], "A daily pill cut the risk of a second stroke by 23 percent in a trial of 4,812 patients, researchers reported on Thursday.", "4,812 patients");
        assert_eq!(fact.verdict, Verdict::Agree);
        assert!(fact.reason.contains("4,812"), "{}", fact.reason);
        assert!(!fact.reason.contains("Set aside: Source 0"), "a supporting source is shown as set aside: {}", fact.reason);
    }

    #[test]
    fn the_deciding_rule_and_the_evidence_do_not_depend_on_the_corpus_order() {
        let exact = "Ada Lenz won 33.49 percent of the vote in the county, officials said.";
        let bound = "Ada Lenz won 33.5 percent of the vote in the county, officials said.";
        let article = "Ada Lenz won 33.49 percent of the vote in the county.";
        let forward = decided(&[exact, bound], article, "33.49 percent");
        let reversed = decided(&[bound, exact], article, "33.49 percent");
        assert_eq!(forward.0, Verdict::Agree);
        // The source that gives the value itself decides, whichever comes first.
        assert_eq!(forward.1, "percent.same");
        assert_eq!(forward, reversed);
        // Twin: a source with another value conflicts, whatever the order.
        let other = "Ada Lenz won 38.2 percent of the vote in the county, officials said.";
        let against = decided(&[other, bound], article, "33.49 percent");
        assert_eq!(against.0, Verdict::Disputed);
        assert_eq!(against, decided(&[bound, other], article, "33.49 percent"));
    }
}
