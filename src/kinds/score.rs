//! Scores and results: "won 3-1", "a 2-2 draw", "beat them 4–0", and tallies: "voted 298-115".
//! One fact, never two numbers, and never a range: a pair joined by a dash is a score where the
//! sentence speaks of a match (`SCORE_WORDS`) or where no range can be read (the second number
//! not above the first: "3-1", "298-115"), and a season ("2019-20") is none. A formation
//! ("4-4-2") is neither.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::Reader;
use crate::compare::{Judged, Pair};
use crate::segment::TokenKind;
use crate::words::concepts::SCORE_WORD_SET;

pub static KIND: Kind = Kind {
    kind: FactKind::Score,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "score.same", meaning: "the source gives the same result of the same match" },
        Rule { name: "score.other_score", meaning: "the source gives the same match another result" },
    ],
};

/// A score: the two sides' points as written (winner first, usually).
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub points: (u32, u32),
}

fn small(norm: &str) -> Option<u32> {
    norm.parse::<u32>().ok().filter(|v| *v < 200)
}

fn extract(r: &mut Reader) {
    let toks = r.tokens();
    let sporting = toks.iter().any(|t| SCORE_WORD_SET.contains(&t.norm));
    let mut i = 0;
    while i + 2 < toks.len() {
        let joined = toks[i].kind == TokenKind::Number
            && matches!(toks[i + 1].norm.as_str(), "-" | "\u{2013}" | "\u{2014}")
            && !toks[i + 1].space_before
            && toks[i + 2].kind == TokenKind::Number
            && !toks[i + 2].space_before;
        if !joined || !r.free(i, i + 3) {
            i += 1;
            continue;
        }
        // "4-4-2": a formation, nothing to check; its numbers are taken so no quantity reads them.
        let formation = toks.get(i + 3).is_some_and(|t| t.norm == "-" && !t.space_before) && toks.get(i + 4).is_some_and(|t| t.kind == TokenKind::Number);
        if formation {
            let mut end = i + 3;
            while toks.get(end).is_some_and(|t| t.norm == "-") && toks.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number) {
                end += 2;
            }
            r.take(i, end);
            i = end;
            continue;
        }
        // A tally, the larger side first, may run to any size ("voted 298-115", "250-3"); a
        // year and a short one after it is a season ("the 2019-20 season"), no result.
        let tally = |n: &str, m: &str| -> Option<(u32, u32)> {
            let (a, b) = (n.replace(',', "").parse::<u32>().ok()?, m.replace(',', "").parse::<u32>().ok()?);
            let season = (1800..=2100).contains(&a) && b < 100;
            (b <= a && a < 1_000_000 && !season).then_some((a, b))
        };
        let pair = small(&toks[i].norm).zip(small(&toks[i + 2].norm)).or_else(|| tally(&toks[i].norm, &toks[i + 2].norm));
        let Some((a, b)) = pair else {
            i += 1;
            continue;
        };
        // A score where the sentence speaks of a match, or where a range reading cannot be
        // (the second number not above the first: "3-1", "2-2").
        if !(sporting || b <= a) {
            i += 1;
            continue;
        }
        r.take(i, i + 3);
        r.push(FactKind::Score, (i, i + 3), (i, i + 3), Value::Score(Score { points: (a, b) }), format!("{a}-{b}"));
        i += 3;
    }
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Score(a), Value::Score(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    let al = p.align()?;
    let same = a.points == b.points || a.points == (b.points.1, b.points.0);
    if same {
        al.may_agree().then(|| p.support("score.same", al.context.max(0.5))).flatten()
    } else {
        (al.may_conflict() && al.holders == crate::compare::Line::Same).then(|| p.contradict("score.other_score", al.context)).flatten()
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse::analyse;
    use crate::kinds::FactKind;
    use crate::testing::verdict_in;
    use crate::Verdict;

    #[test]
    fn a_score_and_a_formation_are_not_numbers() {
        let a = analyse("Rovers won 3-1 on Saturday playing a 4-4-2 formation.");
        let kinds: Vec<FactKind> = a.sentences[0].facts.iter().map(|f| f.kind).collect();
        assert!(kinds.contains(&FactKind::Score) && !kinds.contains(&FactKind::Quantity), "{kinds:?}");
    }

    #[test]
    fn a_tally_is_one_fact_and_a_season_is_none() {
        let kinds = |text: &str| -> Vec<FactKind> { analyse(text).sentences[0].facts.iter().map(|f| f.kind).collect() };
        let tally = kinds("The assembly voted 298-115 to approve the budget.");
        assert!(tally.contains(&FactKind::Score) && !tally.contains(&FactKind::Quantity), "{tally:?}");
        let season = kinds("It was his best result of the 2019-20 season.");
        assert!(!season.contains(&FactKind::Score), "{season:?}");
    }

    #[test]
    fn another_result_for_the_same_match_conflicts() {
        let corpus = ["Harbour Rovers beat Northfield City 3-1 in the cup final on Saturday."];
        assert_eq!(verdict_in(&corpus, "Harbour Rovers beat Northfield City 2-1 in the cup final.", "2-1"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Harbour Rovers beat Northfield City 3-1 in the cup final.", "3-1"), Verdict::Agree);
    }
}
