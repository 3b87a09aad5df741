//! Percentages and shares: "43.27 percent of the total", "38.94 per cent", "63.42%", "by
//! 4.33 percentage points", "more than half of the votes counted", "about 1 in 20 patients". A share compares with a
//! share of the same thing for the same holder (a party's vote, a city's turnout).

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::numbers::{figure_at, fraction_at, qualifier_before, Figure};
use crate::analyse::Reader;
use crate::compare::{Judged, Line, Pair};
use crate::interval::{fit, Fit, Qualifier, Reported};
use crate::segment::Token;

pub static KIND: Kind = Kind {
    kind: FactKind::Percent,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "percent.same", meaning: "the source gives the same share of the same thing" },
        Rule { name: "percent.implied", meaning: "the source's share implies the article's (43.27 for \"just over 43 per cent\")" },
        Rule { name: "percent.incompatible", meaning: "shares of the same thing for the same holder that cannot both hold" },
        Rule { name: "percent.other_direction", meaning: "the same change of the same thing, one rising and the other falling" },
    ],
};

/// A percentage, as a number of percent.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub reported: Reported,
    /// Given in percentage points ("by 4.33 percentage points", "25 basis points", "a
    /// quarter-point"): a move or a gap between two percents, never a level.
    pub points: bool,
}

/// The percent sign or words at `j`, and the token after them.
fn percent_at(toks: &[Token], j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    match t.norm.as_str() {
        "%" | "percent" | "pct" => {
            // "percentage points" is a difference of percents: compared as one.
            Some(j + 1)
        }
        "per" if toks.get(j + 1).is_some_and(|n| n.norm == "cent") => Some(j + 2),
        "percentage" if toks.get(j + 1).is_some_and(|n| n.norm.starts_with("point")) => Some(j + 2),
        _ => None,
    }
}

/// "basis points", "basis-point", "bps" at `j` (a hundredth of a percentage point: "25 basis
/// points" is 0.25), and the token after them.
fn basis_points_at(toks: &[Token], j: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    match word(j) {
        "bps" | "bp" => Some(j + 1),
        "basis" if matches!(word(j + 1), "point" | "points") => Some(j + 2),
        "basis" if word(j + 1) == "-" && matches!(word(j + 2), "point" | "points") => Some(j + 3),
        _ => None,
    }
}

/// "a quarter-point", "half a percentage point", "a half point": a fraction of one percentage
/// point, as rate moves are told; the token after it. "point" alone counts only glued to
/// "quarter" or "half" or after them.
fn point_after_fraction(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if !matches!(word(i), "quarter" | "half") {
        return None;
    }
    let j = match word(i + 1) {
        "-" if !toks[i + 1].space_before => i + 2,
        "a" if word(i) == "half" => i + 2,
        _ => i + 1,
    };
    match word(j) {
        "point" => Some(j + 1),
        "percentage" if word(j + 1) == "point" => Some(j + 2),
        _ => None,
    }
}

/// "of the vote", "of the ballots cast", "of the total": what the share is of.
fn of_phrase(toks: &[Token], mut j: usize) -> usize {
    if toks.get(j).is_some_and(|t| t.norm == "of") {
        let mut k = j + 1;
        if toks.get(k).is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an" | "all" | "its" | "their")) {
            k += 1;
        }
        // "99.8% of Brant's": the elliptic possessive is what it is a share of.
        let possessive = match (toks.get(k + 1).map(|t| t.norm.as_str()), toks.get(k + 2).map(|t| t.norm.as_str())) {
            (Some("'s"), _) => Some(k + 2),
            (Some("'"), Some("s")) => Some(k + 3),
            _ => None,
        };
        if let Some(after) = possessive.filter(|&after| toks.get(k).is_some_and(|t| t.capitalized) && !toks.get(after).is_some_and(|t| t.kind == crate::segment::TokenKind::Word)) {
            return after;
        }
        let end = super::quantity::noun_phrase(toks, k);
        if end > k {
            j = end;
            // "ballots cast", "votes counted".
            if toks.get(j).is_some_and(|t| t.norm.ends_with("ed") || t.norm == "cast") {
                j += 1;
            }
        }
    }
    j
}

/// "1 in 20", "about one in five", "two out of three", "one in every four": a ratio is a
/// share (5, 20, 66.7 percent), so "about 1 in 20 patients" agrees with "about 5 percent of
/// patients" and conflicts with "1 in 10". Both sides are whole numbers, the first smaller, the
/// second plain (no qualifier) and no more than a thousand; a second side followed by a unit
/// ("5 in 10 minutes") or a year ("2 in 2020") is no ratio. The share and the token after it.
fn ratio(toks: &[Token], first: &Figure) -> Option<(Reported, usize)> {
    ratio_from(toks, first.number, first.end, first.value).filter(|_| first.end == first.number + 1)
}

/// A ratio whose first side is the number `value` at tokens `number..end`: its share, and the
/// token after it. "one" is read only here, before "in" ("one in five"): elsewhere it is as
/// often no number ("one of them").
fn ratio_from(toks: &[Token], number: usize, end: usize, value: f64) -> Option<(Reported, usize)> {
    let mut j = end;
    match toks.get(j).map(|t| t.norm.as_str()) {
        Some("in") => j += 1,
        Some("out") if toks.get(j + 1).is_some_and(|t| t.norm == "of") => j += 2,
        _ => return None,
    }
    if toks.get(j).is_some_and(|t| t.norm == "every") {
        j += 1;
    }
    let second = figure_at(toks, j)?;
    let plain = second.start == second.number && second.end == second.number + 1 && second.reported.stated == crate::interval::Stated::Point;
    let unit_after = toks.get(second.end).is_some_and(|t| super::quantity::is_unit_word(&t.norm) || percent_at(toks, second.end).is_some());
    let (a, b) = (value, second.value);
    let sound = plain && a.fract() == 0.0 && b.fract() == 0.0 && a >= 1.0 && a < b && b <= 1000.0;
    (sound && !unit_after).then(|| (Reported::new(a / b * 100.0, qualifier_before(toks, number).0), second.end))
}

fn extract(r: &mut Reader) {
    let toks = r.tokens();
    let mut i = 0;
    while i < toks.len() {
        if r.taken[i] {
            i += 1;
            continue;
        }
        // "more than half of the votes", "a third of the seats": a fraction of a whole.
        // A fraction in words is a round figure: "two-thirds of the votes" agrees with 65
        // percent (read as "about"), unless it is qualified ("more than half").
        if let Some((fraction, first)) = fraction_at(toks, i) {
            let of = toks.get(i + 1).is_some_and(|t| t.norm == "of");
            // "of the vote", and after a numerator a bare noun: "two-thirds of voting rights".
            let whole = toks.get(i + 2).is_some_and(|t| matches!(t.norm.as_str(), "the" | "all" | "its" | "their") || first + 1 < i && t.kind == crate::segment::TokenKind::Word && !t.capitalized && !matches!(t.norm.as_str(), "a" | "an" | "one"));
            // Not "a quarter of the 60 years": a fraction of a figure is no share of a whole.
            let of_figure = toks.get(i + 3).is_some_and(|t| t.kind == crate::segment::TokenKind::Number);
            // "three-quarters of one per cent", "half a percentage point": a fraction of one percent.
            let one = match (of, toks.get(i + 1 + usize::from(of)).map(|t| t.norm.as_str())) {
                (_, Some("a" | "one")) => percent_at(toks, i + 2 + usize::from(of)),
                _ => None,
            };
            let one = one.or_else(|| point_after_fraction(toks, i));
            if let Some(after) = one.filter(|&after| r.free(first, after)) {
                let (q, qlen) = qualifier_before(toks, first);
                let start = if r.free(first - qlen, first) { first - qlen } else { first };
                let reported = Reported::new(fraction, q);
                let display = format!("{} percent", reported.describe());
                let points = toks[after - 1].norm.starts_with("point");
                r.take(start, after);
                let phrase_end = of_phrase(toks, after);
                r.push(FactKind::Percent, (start, phrase_end), (start, after), Value::Percent(Share { reported, points }), display);
                i = after;
                continue;
            }
            if of && whole && !of_figure {
                let (q, qlen) = qualifier_before(toks, first);
                let start = first - qlen;
                let end = of_phrase(toks, i + 1);
                if end > i + 1 && r.free(start, end) {
                    let q = if q == Qualifier::Exact { Qualifier::About } else { q };
                    let reported = Reported::new(fraction * 100.0, q);
                    let display = format!("{} percent", reported.describe());
                    r.take(start, i + 1);
                    r.push(FactKind::Percent, (start, end), (start, i + 1), Value::Percent(Share { reported, points: false }), display);
                    i = end;
                    continue;
                }
            }
        }
        // "about 1 in 20 patients", "one in five": a ratio.
        let one = (toks[i].norm == "one").then(|| ratio_from(toks, i, i + 1, 1.0).map(|(share, end)| (i - qualifier_before(toks, i).1, share, end))).flatten();
        let figure = r.figure_at(i);
        let found = one.or_else(|| figure.and_then(|f| ratio(toks, &f).map(|(share, end)| (f.start, share, end))));
        if let Some((start, share, ratio_end)) = found.filter(|(start, _, end)| r.free(*start, *end)) {
            let display = format!("{} percent", share.describe());
            r.take(start, ratio_end);
            // What it is a share of follows it: "1 in 20 patients".
            let phrase_end = super::quantity::noun_phrase(toks, ratio_end);
            r.push(FactKind::Percent, (start, phrase_end), (start, ratio_end), Value::Percent(Share { reported: share, points: false }), display);
            i = ratio_end;
            continue;
        }
        let Some(figure) = figure else {
            i += 1;
            continue;
        };
        let Figure { reported, start, end, .. } = figure;
        let basis = basis_points_at(toks, end);
        let Some(after_sign) = basis.or_else(|| percent_at(toks, end)) else {
            i += 1;
            continue;
        };
        // "25 basis points" is 0.25 percentage points, to two more decimals.
        let reported = if basis.is_some() { Reported { decimals: reported.decimals.map(|d| d + 2), ..reported.scaled(0.01) } } else { reported };
        if !r.free(start, after_sign) {
            i += 1;
            continue;
        }
        let phrase_end = of_phrase(toks, after_sign);
        let display = format!("{} percent", reported.describe());
        r.take(start, after_sign);
        let points = basis.is_some() || toks[after_sign - 1].norm.starts_with("point");
        r.push(FactKind::Percent, (start, phrase_end), (start, after_sign), Value::Percent(Share { reported, points }), display);
        i = after_sign;
    }
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Percent(a), Value::Percent(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    // Points are a move or a gap: "each by 25 basis points" is not a rate "cut to 4.5%". A
    // move told in percent ("cut by 0.25%") may still be the same move.
    if a.points != b.points && !(p.fact.frame.change && p.candidate().frame.change) {
        return None;
    }
    let al = p.align()?;
    match fit(&a.reported, &b.reported, 0.0) {
        Fit::Same | Fit::Implied if p.opposite_changes() => al.may_conflict().then(|| p.contradict_direction("percent.other_direction", al.context)).flatten(),
        f @ (Fit::Same | Fit::Implied) => {
            let rule = if f == Fit::Same { "percent.same" } else { "percent.implied" };
            // A share given to the hundredth ("63.42") in frames that line up is itself evidence.
            let exact = a.reported == b.reported && a.reported.interval.lo.fract() != 0.0;
            (al.may_agree() || exact && (al.shared >= 1 || al.measured == Line::Same)).then(|| p.support(rule, al.context.max(0.5))).flatten()
        }
        Fit::Compatible => None,
        Fit::Incompatible => {
            // A share stated loosely ("nearly 60 per cent") against a precise one is a
            // conflict only when the two line up on what and whose it is.
            let loose = a.reported.stated != b.reported.stated;
            let lined = al.measured == Line::Same || al.holders == Line::Same;
            (al.may_conflict() && (!loose || lined)).then(|| p.contradict("percent.incompatible", al.context)).flatten()
        }
    }
}

#[allow(dead_code)]
fn unused(_: Qualifier) {}

#[cfg(test)]
mod tests {
    use crate::testing::{checked_in, verdict_in};
    use crate::Verdict;

    #[test]
    fn a_currency_that_weakened_did_not_strengthen() {
        let corpus = ["The Ostrian kelda weakened 0.4% against the dollar after the announcement, trading at 41.3 per dollar."];
        let other = checked_in(&corpus, "The Ostrian kelda strengthened 0.4% against the dollar after the announcement.", "0.4%");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "weakened 0.4%"));
        assert_eq!(verdict_in(&corpus, "The Ostrian kelda weakened 0.4% against the dollar after the announcement.", "0.4%"), Verdict::Agree);
    }

    #[test]
    fn the_year_a_record_is_measured_from_does_not_date_the_figure() {
        let corpus = ["Annual inflation in Norland accelerated to 9.8 percent in 2024, the highest since 2010, the statistics office said."];
        let other = checked_in(&corpus, "Annual inflation in Norland accelerated to 8.9 percent in 2024, the statistics office said.", "8.9 percent");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "9.8 percent"));
        assert_eq!(verdict_in(&corpus, "Annual inflation in Norland accelerated to 9.8 percent in 2024.", "9.8 percent"), Verdict::Agree);
    }

    #[test]
    fn the_day_of_a_rise_is_not_the_day_of_the_rate_it_rose_from() {
        let corpus = ["Norland's central bank lifted its key rate on Wednesday to 6.25 percent from 5.75 percent, its third rise this year."];
        // The rate it rose from is no rate of that day: the old rate given as the new is wrong.
        let old = checked_in(&corpus, "Norland's central bank raised its key rate to 5.75% on Wednesday.", "5.75%");
        assert_eq!((old.verdict, old.evidence[0].source_value.as_str()), (Verdict::Conflict, "6.25 percent"));
        let other = checked_in(&corpus, "Norland's central bank raised its key rate to 6.5% on Wednesday.", "6.5%");
        assert_eq!((other.verdict, other.evidence.len()), (Verdict::Conflict, 1));
        assert_eq!(verdict_in(&corpus, "Norland's central bank raised its key rate to 6.25% on Wednesday.", "6.25%"), Verdict::Agree);
    }

    #[test]
    fn the_value_a_change_starts_from_is_the_earlier_level() {
        let corpus = ["The central bank cut interest rates to 4.5%, the lowest level in two years."];
        assert_eq!(verdict_in(&corpus, "The central bank cut interest rates to 4.5% from 4.75%, the lowest level in two years.", "4.75%"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "The central bank cut interest rates from 4.75% to 4.5%, the lowest level in two years.", "4.75%"), Verdict::NotFound);
        // Its twin: the level it was cut to conflicts.
        assert_eq!(verdict_in(&corpus, "The central bank cut interest rates to 4.75%, the lowest level in two years.", "4.75%"), Verdict::Conflict);
        // A month after "from" and the earlier value is that value's, not the level's.
        let corpus = ["Figures last month showed inflation cooled to 2.5% in December, down from 2.6% in November."];
        assert_ne!(verdict_in(&corpus, "Inflation, which slowed to 2.5% in December from 2.6% in November, is forecast to climb.", "2.5%"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Inflation, which slowed to 2.7% in December from 2.6% in November, is forecast to climb.", "2.7%"), Verdict::Conflict);
    }

    #[test]
    fn a_ratio_is_a_share() {
        use crate::kinds::FactKind;
        let facts = crate::testing::first_sentence_facts;
        assert_eq!(facts("About one in five adults smoke."), [(FactKind::Percent, "About one in five adults".to_string())]);
        // A count in a span of time, or in a year, is no ratio.
        assert!(!facts("She scored 5 in 10 minutes.").iter().any(|(k, _)| *k == FactKind::Percent));
        assert!(!facts("He won 2 in 2020.").iter().any(|(k, _)| *k == FactKind::Percent));
        // "1 in 20" and "5 percent" are one share; "1 in 10" is another.
        let corpus = ["About 5 percent of patients at the Harrow clinic stopped the treatment because of its side effects."];
        assert_eq!(verdict_in(&corpus, "About 1 in 20 patients at the Harrow clinic stopped the treatment because of its side effects.", "About 1 in 20"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "About 1 in 10 patients at the Harrow clinic stopped the treatment because of its side effects.", "About 1 in 10"), Verdict::Conflict);
    }

    #[test]
    fn the_subject_before_a_phrase_is_what_a_share_measures() {
        let corpus = ["Marr won the 2019 election easily. Official turnout at that election was 66.1 percent, officials said.", "Voter turnout was 63.42 percent this time."];
        let article = |share: &str| format!("Turnout was 63.42 per cent, down from {share} per cent in the 2019 election, when Marr won.");
        assert_eq!(verdict_in(&corpus, &article("66.1"), "66.1 per cent"), Verdict::Agree);
        // Twin: another turnout for that election conflicts.
        assert_eq!(verdict_in(&corpus, &article("68.1"), "68.1 per cent"), Verdict::Conflict);
    }

    #[test]
    fn in_a_list_a_share_is_the_name_before_its() {
        let corpus = ["Vela won 47.2 per cent of the vote, Ostrom 38.9 per cent and Kaur 13.9 per cent."];
        assert_eq!(verdict_in(&corpus, "Vela secured about 47 % of the vote, while Ostrom gained around 39 % and Kaur, about 14 %.", "about 14 %"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Vela secured about 47 % of the vote, while Ostrom gained around 39 % and Kaur, about 24 %.", "about 24 %"), Verdict::Conflict);
    }

    #[test]
    fn a_share_gained_is_the_share_not_the_margin() {
        let corpus = ["Early counts showed Vela ahead with 44.6 per cent of the vote, with Ostrom taking 37.1 per cent, a margin of 7.5 per cent."];
        assert_eq!(verdict_in(&corpus, "Vela secured about 45 % of the votes, while Ms Ostrom gained around 37 %.", "around 37 %"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Vela secured about 45 % of the votes, while Ms Ostrom gained around 27 %.", "around 27 %"), Verdict::Conflict);
    }

    #[test]
    fn more_than_half_is_not_forty_percent() {
        let corpus = ["Mira Holt won 3,904,117 votes, or 43.27 percent of the votes counted."];
        assert_eq!(verdict_in(&corpus, "Mira Holt won 3,904,117 votes, more than half of the votes counted.", "more than half of the votes counted"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Mira Holt won 3,904,117 votes, or just over 43 per cent of the votes counted.", "just over 43 per cent of the votes counted"), Verdict::Agree);
    }

    #[test]
    fn two_thirds_is_a_share_not_two_counts_of_thirds() {
        // It was read as "2 thirds", a count of thirds, found by nothing.
        let corpus = ["Holders of 88 percent of the voting rights backed the merger at the meeting in Osaka."];
        assert_eq!(verdict_in(&corpus, "More than two-thirds of voting rights backed the merger at the meeting in Osaka.", "two-thirds of voting rights"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Fewer than two-thirds of voting rights backed the merger at the meeting in Osaka.", "two-thirds of voting rights"), Verdict::Conflict);
    }

    #[test]
    fn a_fraction_in_words_is_a_round_share() {
        let corpus = ["Lindqvist's side had 65 percent of the possession in the first half."];
        assert_eq!(verdict_in(&corpus, "Lindqvist's side had two-thirds of the possession in the first half.", "two-thirds of the possession"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Lindqvist's side had three-quarters of the possession in the first half.", "three-quarters of the possession"), Verdict::Conflict);
    }

    #[test]
    fn three_quarters_of_one_per_cent_is_0_75_percent() {
        let corpus = ["The central bank expects the economy to grow by 0.75% in 2025, down from 1.5%."];
        assert_eq!(verdict_in(&corpus, "The central bank expects the economy to grow by three-quarters of one per cent in 2025.", "three-quarters of one per cent"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The central bank expects the economy to grow by half a per cent in 2025.", "half a per cent"), Verdict::Conflict);
    }

    #[test]
    fn basis_points_are_hundredths_of_a_point() {
        // "25 basis points" was a count of 25 "basis", found by nothing.
        let corpus = ["The Norrland central bank cut interest rates by a quarter-point to 4.5% on Thursday."];
        assert_eq!(verdict_in(&corpus, "The Norrland central bank cut interest rates by 25 basis points to 4.5% on Thursday.", "25 basis points"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The Norrland central bank cut interest rates by 50 basis points to 4.5% on Thursday.", "50 basis points"), Verdict::Conflict);
        let corpus = ["Two members of the Norrland central bank's board voted for a 50 basis-point cut on Thursday."];
        assert_eq!(verdict_in(&corpus, "Two members of the Norrland central bank's board voted for a half-point cut on Thursday.", "a half-point"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Two members of the Norrland central bank's board voted for a quarter-point cut on Thursday.", "a quarter-point"), Verdict::Conflict);
    }

    #[test]
    fn a_share_of_a_possessive_is_a_share_of_that() {
        // "99.8% of Brant's" was read as a share of nothing named, against "50% of the enlarged group".
        let corpus = ["Brant shareholders will own 50% of the enlarged group after the Korvo deal."];
        let article = "The Korvo deal was backed by 89.1% of Korvo's shareholders and 99.8% of Brant's.";
        assert_eq!(verdict_in(&corpus, article, "99.8%"), Verdict::NotFound);
        // Twin: another share of the same possessive conflicts.
        let corpus = ["The Korvo deal was backed by 89.1% of Korvo's shareholders and 97.8% of Brant's."];
        assert_eq!(verdict_in(&corpus, article, "99.8%"), Verdict::Conflict);
    }

    #[test]
    fn points_are_no_level() {
        // "each by 25 basis points" conflicted with a rate "cut to 4.5%".
        let corpus = ["The Norrland central bank cut interest rates to 4.5% on Thursday."];
        assert_eq!(verdict_in(&corpus, "Markets expect the Norrland central bank to cut interest rates twice more, each by 25 basis points.", "25 basis points"), Verdict::NotFound);
        // Twin: a level in percent conflicts.
        assert_eq!(verdict_in(&corpus, "The Norrland central bank cut interest rates to 4.25% on Thursday.", "4.25%"), Verdict::Conflict);
    }

    #[test]
    fn shares_of_two_candidates_do_not_meet() {
        let corpus = ["Mira Holt won 43.27 percent of the vote, while Ivo Marek won 38.94 percent."];
        assert_eq!(verdict_in(&corpus, "Ivo Marek took 38.94 per cent of the vote.", "38.94 per cent of the vote"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Ivo Marek took 36.94 per cent of the vote.", "36.94 per cent of the vote"), Verdict::Conflict);
    }

    #[test]
    fn a_rise_is_not_a_fall_of_the_same_size() {
        let corpus = ["Tarvik Foods shares fell 3.1 percent in Oslo trading on Tuesday."];
        let fact = checked_in(&corpus, "Tarvik Foods shares rose 3.1 percent in Oslo trading on Tuesday.", "3.1 percent");
        assert_eq!((fact.verdict, fact.rule.as_str()), (Verdict::Conflict, "percent.other_direction"));
        // Both values side by side, each with the word that says which way it went.
        assert_eq!(fact.evidence[0].source_value, "fell 3.1 percent");
        assert!(fact.reason.ends_with("article: rose 3.1 percent"), "{}", fact.reason);
        // Twin: another word for the same fall agrees.
        assert_eq!(verdict_in(&corpus, "Tarvik Foods shares dropped 3.1 percent in Oslo trading on Tuesday.", "3.1 percent"), Verdict::Agree);
    }
}
