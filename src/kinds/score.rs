//! Scores and results: "won 3-1", "a 2-2 draw", "beat them 4–0", and tallies: "voted 298-115".
//! One fact, never two numbers, and never a range: a pair joined by a dash is a score where the
//! sentence speaks of a match (`SCORE_WORDS`) or where no range can be read (the second number
//! not above the first: "3-1", "298-115"), and a season ("2019-20") is none. A formation
//! ("4-4-2") is neither.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::Reader;
use crate::compare::{Judged, Pair};
use crate::segment::TokenKind;
use crate::kinds::quantity::is_unit_word;
use crate::words::concepts::SCORE_WORD_SET;
use crate::words::lookup;
use crate::words::numbers::{CARDINALS, MULTIPLIERS, ONE};

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
        if let Some(((a, b), end)) = tally_in_words(r, i) {
            r.take(i, end);
            r.push(FactKind::Score, (i, end), (i, end), Value::Score(Score { points: (a, b) }), format!("{a}-{b}"));
            i = end;
            continue;
        }
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

/// "voted seven to two", "won by eight to one", "won 2 to 1": a tally or result in words,
/// the larger side first (a range runs low to high: "two to seven days" is none). Not after
/// "from" ("cut from seven to two" is a change), nor before a unit ("seven to two percent").
fn tally_in_words(r: &Reader, i: usize) -> Option<((u32, u32), usize)> {
    let toks = r.tokens();
    // The cheap test first: most tokens are not before a "to".
    if toks.get(i + 1)?.norm != "to" {
        return None;
    }
    let side = |k: usize| -> Option<u32> {
        let t = toks.get(k)?;
        match t.kind {
            TokenKind::Number => small(&t.norm),
            _ if t.norm == ONE => Some(1),
            _ => lookup(CARDINALS, &t.norm).filter(|v| *v < 20.0).map(|v| v as u32),
        }
    };
    let (a, b) = (side(i)?, side(i + 2)?);
    if b >= a || !r.free(i, i + 3) {
        return None;
    }
    let before = i.checked_sub(1).map(|k| toks[k].norm.as_str());
    let after = toks.get(i + 3);
    let measured = after.is_some_and(|t| is_unit_word(&t.norm) || lookup(MULTIPLIERS, &t.norm).is_some() || matches!(t.norm.as_str(), "%" | "percent" | "per"));
    let joined = |k: usize| toks.get(k).is_some_and(|t| t.norm == "-" && !t.space_before);
    (!matches!(before, Some("from" | "between" | "and" | "-")) && !measured && !joined(i + 1) && !joined(i + 3)).then_some(((a, b), i + 3))
}

/// Is the score a lead at some moment: an interim word (`INTERIM_WORDS`) within two words
/// before it or right after it?
fn interim(s: &crate::analyse::Sentence, f: &crate::analyse::Extracted) -> bool {
    let (a, b) = f.tokens;
    (a.saturating_sub(2)..a).chain(b..(b + 1).min(s.tokens.len())).any(|k| crate::words::concepts::INTERIM_WORDS.contains(&s.tokens[k].norm.as_str()))
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Score(a), Value::Score(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    let al = p.align()?;
    let same = a.points == b.points || a.points == (b.points.1, b.points.0);
    if same {
        al.may_agree().then(|| p.support("score.same", al.context.max(0.5))).flatten()
    } else {
        // A lead at some moment and a result, or leads at moments not shown to be one, are
        // not two accounts of one score.
        if interim(p.article, p.fact) || interim(p.source.sentence, p.candidate()) {
            return None;
        }
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
    fn a_tally_in_words_is_the_tally_in_digits() {
        // "voted seven to two" was two loose numbers, lined up with nothing.
        let corpus = ["The central bank's Monetary Policy Committee voted 7-2 to cut rates on Thursday."];
        assert_eq!(verdict_in(&corpus, "The central bank's Monetary Policy Committee voted seven to two to cut rates on Thursday.", "seven to two"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The central bank's Monetary Policy Committee voted eight to one to cut rates on Thursday.", "eight to one"), Verdict::Conflict);
        // A range, low to high, and a change "from" one to the other are no tallies.
        let kinds = |text: &str| -> Vec<FactKind> { analyse(text).sentences[0].facts.iter().map(|f| f.kind).collect() };
        assert!(!kinds("The repairs will take two to seven days.").contains(&FactKind::Score));
        assert!(!kinds("The board was cut from seven to two members.").contains(&FactKind::Score));
        assert!(!kinds("Rates may rise seven to two percent.").contains(&FactKind::Score));
    }

    #[test]
    fn another_result_for_the_same_match_conflicts() {
        let corpus = ["Harbour Rovers beat Northfield City 3-1 in the cup final on Saturday."];
        assert_eq!(verdict_in(&corpus, "Harbour Rovers beat Northfield City 2-1 in the cup final.", "2-1"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Harbour Rovers beat Northfield City 3-1 in the cup final.", "3-1"), Verdict::Agree);
    }

    /// "took a 19-16 lead": a lead at some moment of the match is no account of its result;
    /// another result is.
    #[test]
    fn a_lead_during_a_match_is_not_its_result() {
        let corpus = ["Rovers beat Kelby 3-1 at Marl Park on Saturday.", "The crowd was the biggest of the season."];
        assert_eq!(verdict_in(&corpus, "Rovers took a 2-1 lead over Kelby at Marl Park on Saturday.", "2-1"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Rovers beat Kelby 4-1 at Marl Park on Saturday.", "4-1"), Verdict::Conflict);
    }
}
