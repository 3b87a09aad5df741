//! Ranks in a series: "her fifth term", "a fourth straight term", "its second floor", "came
//! third", "the 12th round". A rank counts a series over time: "a fourth term" won in 2026 and
//! "a fifth" in 2030 are both true, so a dated rank is compared only with a rank of the
//! same date.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::frame::When;
use crate::analyse::Reader;
use crate::compare::{Judged, Line, Pair};
use crate::segment::TokenKind;
use crate::words::function::STOPWORD_SET;
use crate::words::lookup;
use crate::words::numbers::ORDINALS;

pub static KIND: Kind = Kind {
    kind: FactKind::Ordinal,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "ordinal.same", meaning: "the source gives the same rank in the same series" },
        Rule { name: "ordinal.other_rank", meaning: "the source gives another rank in the same series at the same time" },
    ],
};

/// A rank.
#[derive(Debug, Clone, PartialEq)]
pub struct Rank {
    pub rank: u32,
}

pub fn ordinal_name(rank: u32) -> String {
    match rank % 10 {
        1 if rank % 100 != 11 => format!("{rank}st"),
        2 if rank % 100 != 12 => format!("{rank}nd"),
        3 if rank % 100 != 13 => format!("{rank}rd"),
        _ => format!("{rank}th"),
    }
}

/// Words between an ordinal and its noun that do not change the series: "a fourth straight
/// term", "a record fourth term", "her third consecutive term".
const SERIES_WORDS: &[&str] = &["straight", "consecutive", "successive", "record", "successive", "full", "presidential", "year", "time"];

/// Verbs after which an ordinal is a place in a contest: "came third", "finished second".
const PLACE_VERBS: &[&str] = &["came", "finished", "placed", "ranked", "come", "finish", "finishing", "coming"];

fn extract(r: &mut Reader) {
    let toks = r.tokens();
    let mut i = 0;
    while i < toks.len() {
        if r.taken[i] {
            i += 1;
            continue;
        }
        let t = &toks[i];
        let parsed = if t.kind == TokenKind::Word {
            lookup(ORDINALS, &t.norm).map(|rank| (rank, 1))
        } else if t.kind == TokenKind::Number {
            toks.get(i + 1).filter(|n| !n.space_before && matches!(n.norm.as_str(), "st" | "nd" | "rd" | "th")).and_then(|_| t.norm.parse::<u32>().ok()).map(|rank| (rank, 2))
        } else {
            None
        };
        let Some((rank, len)) = parsed else {
            i += 1;
            continue;
        };
        // "a fifth of the 60 years", "a third of the seats": a fraction, not a rank.
        if t.kind == TokenKind::Word && r.is(i + len, "of") && i > 0 && matches!(r.norm(i - 1), "a" | "one" | "two" | "three") {
            i += 1;
            continue;
        }
        // The noun it ranks, over series words: "fourth straight term".
        let mut j = i + len;
        while j < toks.len() && SERIES_WORDS.contains(&toks[j].norm.as_str()) {
            j += 1;
        }
        let noun = toks.get(j).filter(|n| n.kind == TokenKind::Word && !STOPWORD_SET.contains(&n.norm) && !n.capitalized && n.norm != "time");
        let place = i > 0 && PLACE_VERBS.contains(&r.norm(i - 1)) || i > 1 && r.is(i - 1, "in") && PLACE_VERBS.contains(&r.norm(i - 2));
        // "first" is mostly not a rank of a series ("for the first time", "first reported").
        if noun.is_none() && !place || rank == 1 && noun.is_none() {
            i += len;
            continue;
        }
        let end = if noun.is_some() { j + 1 } else { i + len };
        let display = match noun {
            Some(n) => format!("{} {}", ordinal_name(rank), n.norm),
            None => format!("{} place", ordinal_name(rank)),
        };
        r.take(i, i + len);
        r.push(FactKind::Ordinal, (i, end), (i, i + len), Value::Ordinal(Rank { rank }), display);
        i = end;
    }
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Ordinal(a), Value::Ordinal(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    let al = p.align()?;
    // Two ranks dated in ways that cannot be set side by side ("in May", "in the 2019
    // election") may be of two moments of the series.
    if let (When::On(x), When::On(y)) = (&p.fact.frame.when, &p.candidate().frame.when) {
        if x.same_moment(y).is_none() {
            return None;
        }
    }
    if a.rank == b.rank {
        return (al.may_agree() || al.measured == Line::Same && al.shared >= 1).then(|| p.support("ordinal.same", al.context.max(0.5))).flatten();
    }
    // A dated rank contradicts only a rank of the same date: a fourth term won in 2026 and a
    // fifth in 2030 are both true.
    let dated = matches!(p.fact.frame.when, When::On(_)) || matches!(p.candidate().frame.when, When::On(_));
    if dated && al.when != Line::Same {
        return None;
    }
    (al.measured == Line::Same && al.may_conflict()).then(|| p.contradict("ordinal.other_rank", al.context)).flatten()
}

#[cfg(test)]
mod tests {
    use crate::testing::verdict_in;
    use crate::Verdict;

    #[test]
    fn ranks_of_a_series_at_different_dates_do_not_conflict() {
        let corpus = ["The mayor won his second term in the 2019 election.", "The mayor won a third term in the 2023 election on May 4."];
        assert_eq!(verdict_in(&corpus, "The mayor won his third term in May.", "third term"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The mayor won his second term in May.", "second term"), Verdict::Conflict);
    }

    #[test]
    fn another_rank_of_the_same_series_conflicts() {
        let corpus = ["The vote gave the Azure Party a record fourth term in office."];
        assert_eq!(verdict_in(&corpus, "The vote handed the Azure Party a third consecutive term in office.", "third consecutive term"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "The vote handed the Azure Party a fourth straight term in office.", "fourth straight term"), Verdict::Agree);
    }

    #[test]
    fn the_floor_that_collapsed() {
        let corpus = ["A six-storey hotel was badly damaged, with its second floor gutted."];
        assert_eq!(verdict_in(&corpus, "A six-storey hotel was left unsafe after its third floor was gutted.", "third floor"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "A six-storey hotel was left unsafe after its second floor was gutted.", "second floor"), Verdict::Agree);
    }
}
