//! Ranks in a series: "her fifth term", "a fourth straight term", "its second floor", "came
//! third", "the 12th round". A rank counts a series over time: "a fourth term" won in 2026 and
//! "a fifth" in 2030 are both true, so a dated rank is compared only with a rank of the
//! same date.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::frame::When;
use crate::analyse::Reader;
use crate::compare::{Judged, Line, Pair};
use crate::segment::{Token, TokenKind};
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
    /// It ranks spans of a day to a month ("the third day", "its second week"): a series
    /// that moves on from one report to the next (`DAYS_OR_MORE`).
    pub of_days: bool,
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

/// Spans of time from a day to a month: a rank of them ("the third day of the search", "its
/// second week") moves on while a story is reported, so two reports written on different
/// days may both be right. Longer spans ("his second season", "a fourth year") hold for the
/// story's days.
const DAYS_OR_MORE: &[&str] = &["day", "night", "week", "weekend", "month"];

/// Verbs after which an ordinal is a place in a contest: "came third", "finished second".
const PLACE_VERBS: &[&str] = &["came", "finished", "placed", "ranked", "come", "finish", "finishing", "coming"];

/// The rank written at token `i` ("fifth", "12th"), and how many tokens it takes.
fn rank_at(toks: &[Token], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    match t.kind {
        TokenKind::Word => lookup(ORDINALS, &t.norm).map(|rank| (rank, 1)),
        TokenKind::Number => toks.get(i + 1).filter(|n| !n.space_before && matches!(n.norm.as_str(), "st" | "nd" | "rd" | "th")).and_then(|_| t.norm.parse::<u32>().ok()).map(|rank| (rank, 2)),
        TokenKind::Punct => None,
    }
}

fn extract(r: &mut Reader) {
    let toks = r.tokens();
    let mut i = 0;
    while i < toks.len() {
        if r.taken[i] {
            i += 1;
            continue;
        }
        let t = &toks[i];
        let Some((rank, len)) = rank_at(toks, i) else {
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
        let noun_at = |j: usize| toks.get(j).filter(|n| n.kind == TokenKind::Word && !STOPWORD_SET.contains(&n.norm) && !n.capitalized && n.norm != "time");
        let mut noun = noun_at(j);
        // "in the 12th and 67th minutes": the first rank takes the noun of the second.
        let mut shared = false;
        if noun.is_none() && matches!(r.norm(j), "and" | "or") {
            let k = j + 1;
            if let Some((_, n)) = rank_at(toks, k) {
                noun = noun_at(k + n);
                shared = noun.is_some();
            }
        }
        let place = i > 0 && PLACE_VERBS.contains(&r.norm(i - 1)) || i > 1 && r.is(i - 1, "in") && PLACE_VERBS.contains(&r.norm(i - 2));
        // "first" is mostly not a rank of a series ("for the first time", "first reported").
        if noun.is_none() && !place || rank == 1 && noun.is_none() {
            i += len;
            continue;
        }
        let end = if noun.is_some() && !shared { j + 1 } else { i + len };
        let of_days = noun.is_some_and(|n| DAYS_OR_MORE.contains(&n.norm.trim_end_matches('s')));
        let display = match noun {
            Some(n) => format!("{} {}", ordinal_name(rank), n.norm),
            None => format!("{} place", ordinal_name(rank)),
        };
        r.take(i, i + len);
        r.push(FactKind::Ordinal, (i, end), (i, i + len), Value::Ordinal(Rank { rank, of_days }), display);
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
    // "The third day of the search" and "the second day": unless both are of the same stated
    // day or written the same day, each may be right on its own day.
    let written_same_day = p.ctx.written.is_some() && p.ctx.written == p.source.written;
    if (a.of_days || b.of_days) && al.when != Line::Same && !written_same_day {
        return None;
    }
    (al.measured == Line::Same && al.may_conflict()).then(|| p.contradict("ordinal.other_rank", al.context)).flatten()
}

#[cfg(test)]
mod tests {
    use crate::kinds::FactKind;
    use crate::testing::{checked_in, dated_verdict_in, verdict_in};
    use crate::Verdict;

    #[test]
    fn a_date_outside_a_phrase_set_off_by_commas_does_not_date_the_rank_inside_it() {
        let corpus = ["Rivermouth, who finished fourth in the second division last season, will play Ostria Rovers in the final on May 17."];
        let article = |rank: &str| format!("Rivermouth, who finished {rank} in the second division last season, will face Ostria Rovers in the final on May 24.");
        let other = checked_in(&corpus, &article("fifth"), "fifth");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "fourth"));
        assert_eq!(verdict_in(&corpus, &article("fourth"), "fourth"), Verdict::Agree);
    }

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

    #[test]
    fn the_minute_of_a_goal_is_a_rank_of_minutes() {
        let corpus = ["Dean Hollis scored from a penalty in the 55th minute."];
        assert_eq!(verdict_in(&corpus, "Dean Hollis scored from the penalty spot in the 65th minute.", "65th minute"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Dean Hollis scored from the penalty spot in the 55th minute.", "55th minute"), Verdict::Agree);
    }

    #[test]
    fn two_ranks_joined_by_and_share_the_noun_after_the_second() {
        let corpus = ["Striker Jonas Ek scored in the 12th and 67th minutes."];
        let article = "Striker Jonas Ek found the net in the 12th and 76th minutes.";
        assert_eq!(verdict_in(&corpus, article, "76th minutes"), Verdict::Conflict);
        let first = checked_in(&corpus, article, "12th");
        assert_eq!((first.kind, first.verdict), (FactKind::Ordinal, Verdict::Agree));
    }

    #[test]
    fn a_rank_of_days_reported_on_another_day_is_no_conflict() {
        // "A third day" written a day after "a second day" is the next day of the same search.
        let corpus = [("d0", "2030-05-02", "Rescuers pressed on with the search for a second day, officials said.")];
        let article = "Rescuers pressed on with the search for a third day, officials said.";
        assert_eq!(dated_verdict_in(&corpus, article, Some("2030-05-03"), "third day"), Verdict::NotFound);
        // Twin: written the same day, the two ranks cannot both be right.
        assert_eq!(dated_verdict_in(&corpus, article, Some("2030-05-02"), "third day"), Verdict::Conflict);
    }
}
