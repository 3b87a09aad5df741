//! Sums of money: "$3 billion", "HK$120 million (US$15.4 million)", "£15.8bn", "three billion
//! dollars", "38 million euros". A sum compares only with a sum in the same currency: "$38
//! million" is not "£38 million", and a conversion in brackets can agree but never conflicts
//! (outlets convert at different rates).

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::numbers::Figure;
use crate::analyse::Reader;
use crate::compare::{Judged, Line, Pair};
use crate::interval::{fit, Fit, Reported};
use crate::segment::Token;
use crate::words::units::{same_currency, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_COUNTRIES};

pub static KIND: Kind = Kind {
    kind: FactKind::Money,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "money.same", meaning: "the source gives the same sum, in the same currency, for the same thing" },
        Rule { name: "money.implied", meaning: "the source's sum implies the article's (\"$6.4 billion\" for \"more than $6 billion\")" },
        Rule { name: "money.incompatible", meaning: "sums of the same thing in the same currency that cannot both hold" },
        Rule { name: "money.other_direction", meaning: "the same change of the same thing, one rising and the other falling" },
    ],
};

/// A sum of money.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    pub reported: Reported,
    /// ISO code, or "$" for a dollar of no stated country.
    pub currency: &'static str,
}

/// The currency sign ending at token `i - 1` (the figure starts at `i`): "$", "HK$", "US$",
/// "£". Returns the code and the first token of the sign.
fn sign_before(toks: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let sign = toks.get(i.checked_sub(1)?)?;
    if sign.space_before && i >= 2 && !toks[i - 2].norm.ends_with(['$', '£', '€']) {
        // "$ 5" is rare; a sign glued to its prefix ("HK$") is handled below.
    }
    let raw = sign.norm.as_str();
    // A country prefix glued before "$": "US", "HK", "NZ".
    if raw == "$" && i >= 2 && !sign.space_before {
        let prefix = format!("{}$", toks[i - 2].norm);
        if let Some((_, code)) = CURRENCY_SIGNS.iter().find(|(s, _)| *s == prefix) {
            return Some((code, i - 2));
        }
    }
    CURRENCY_SIGNS.iter().find(|(s, _)| *s == raw).map(|(_, code)| (*code, i - 1))
}

/// A currency word after the figure ("38 million euros", "U.S. dollars").
fn word_after(toks: &[Token], j: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(j)?;
    if let Some((_, code)) = DOLLAR_COUNTRIES.iter().find(|(w, _)| *w == t.norm.as_str()) {
        if toks.get(j + 1).is_some_and(|n| n.norm.starts_with("dollar")) {
            return Some((code, j + 2));
        }
    }
    CURRENCY_WORDS.iter().find(|(w, _)| *w == t.norm.as_str()).map(|(_, code)| (*code, j + 1))
}

fn extract(r: &mut Reader) {
    let toks = r.tokens();
    let mut i = 0;
    while i < toks.len() {
        if r.taken[i] {
            i += 1;
            continue;
        }
        let Some(figure) = r.figure_at(i) else {
            i += 1;
            continue;
        };
        let Figure { reported, start, end, value, .. } = figure;
        let before = sign_before(toks, i);
        let after = if before.is_none() { word_after(toks, end) } else { None };
        let (currency, from, to) = match (before, after) {
            (Some((code, s)), _) => (code, s, end),
            (None, Some((code, e))) => (code, i, e),
            _ => {
                i += 1;
                continue;
            }
        };
        // The qualifier stands before the sign: "more than $6 billion".
        let (q, qlen) = crate::analyse::numbers::qualifier_before(toks, from);
        let reported = if qlen > 0 && start == i { Reported::written(value, q, figure.rounding) } else { reported };
        let first = if qlen > 0 { from - qlen } else { from.min(start) };
        if !r.free(first, to) {
            i += 1;
            continue;
        }
        let display = format!("{} {currency}", reported.describe());
        r.take(first, to);
        r.push(FactKind::Money, (first, to), (first, to), Value::Money(Money { reported, currency }), display);
        i = to;
    }
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Money(a), Value::Money(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    if !same_currency(a.currency, b.currency) {
        return None;
    }
    let al = p.align()?;
    // A conversion from another currency is only as exact as its rate.
    let derived = p.fact.derived || p.candidate().derived;
    let slack = if derived { crate::tuning::TUNING.approximate } else { 0.0 };
    match fit(&a.reported, &b.reported, slack) {
        Fit::Same | Fit::Implied if p.opposite_changes() => al.may_conflict().then(|| p.contradict_direction("money.other_direction", al.context)).flatten(),
        f @ (Fit::Same | Fit::Implied) => {
            let same_value = a.reported == b.reported && al.measured != Line::Unknown;
            let rule = if f == Fit::Same { "money.same" } else { "money.implied" };
            (al.may_agree() || same_value && al.shared >= 1 || derived && al.shared >= 1).then(|| p.support(rule, al.context.max(0.5))).flatten()
        }
        Fit::Compatible => None,
        Fit::Incompatible if derived => None,
        Fit::Incompatible if !one_order_of_sum(&a.reported, &b.reported) => None,
        Fit::Incompatible => al.may_conflict().then(|| p.contradict("money.incompatible", al.context)).flatten(),
    }
}

/// Could two sums be one sum misreported? Sums of one order of size, or one figure with the
/// wrong scale word ("$7 million" for "$7 billion"). A share price ($48) and the deal's
/// total ($12.4 billion) are two things, whatever words surround them: past
/// `other_sum_ratio` they conflict only as a scale slip.
fn one_order_of_sum(a: &Reported, b: &Reported) -> bool {
    // The figure written: the middle of "about $6 million", the bound of "more than $6 billion".
    let size = |r: &Reported| {
        let (lo, hi) = (r.interval.lo.abs(), r.interval.hi.abs());
        match (lo > 0.0 && lo.is_finite(), hi.is_finite()) {
            (true, true) => (lo + hi) / 2.0,
            (true, false) => lo,
            _ => hi,
        }
    };
    let (x, y) = (size(a), size(b));
    if !(x > 0.0 && y > 0.0 && x.is_finite() && y.is_finite()) {
        return true;
    }
    let ratio = x.max(y) / x.min(y);
    if ratio <= crate::tuning::TUNING.other_sum_ratio {
        return true;
    }
    // A thousandfold slip, or a millionfold ("thousand" for "billion"): the same figure.
    [1e3, 1e6, 1e9].iter().any(|scale| (ratio / scale - 1.0).abs() <= crate::tuning::TUNING.approximate)
}

#[cfg(test)]
mod tests {
    use crate::testing::{checked_in, verdict_in};
    use crate::Verdict;

    #[test]
    fn the_same_sum_in_another_currency_is_not_the_same_sum() {
        let corpus = ["The city will spend $38 million on the bridge repair."];
        assert_eq!(verdict_in(&corpus, "The city will spend £38 million on the bridge repair.", "£38 million"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "The city plans to spend $38 million on the bridge repair.", "$38 million"), Verdict::Agree);
    }

    #[test]
    fn a_figure_written_to_fewer_decimals_is_the_same_figure() {
        // "$1.237" against "$1.2370" was only compatible, never confirmed.
        let corpus = ["Sterling touched $1.2370 against the dollar in London trading after the Norrland decision."];
        assert_eq!(verdict_in(&corpus, "Sterling touched $1.237 against the dollar in London trading after the Norrland decision.", "$1.237"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Sterling touched $1.247 against the dollar in London trading after the Norrland decision.", "$1.247"), Verdict::Conflict);
    }

    #[test]
    fn two_loose_figures_around_one_number_agree() {
        // "about 83.7 pence" and "around 83.74 pence" overlapped without either holding the other.
        let corpus = ["The euro rose to around 83.74 pence in London trading after the Norrland decision."];
        assert_eq!(verdict_in(&corpus, "The euro rose to about 83.7 pence in London trading after the Norrland decision.", "about 83.7 pence"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The euro rose to about 105 pence in London trading after the Norrland decision.", "about 105 pence"), Verdict::Conflict);
    }

    #[test]
    fn a_sum_off_by_a_thousandfold_conflicts() {
        let corpus = ["The court ordered Ivo Marek to repay more than $6 billion."];
        assert_eq!(verdict_in(&corpus, "The court ordered Ivo Marek to repay about $6 million.", "about $6 million"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "The court also ordered Ivo Marek to repay more than $6 billion.", "more than $6 billion"), Verdict::Agree);
    }

    #[test]
    fn a_sum_in_words_is_the_sum_in_figures() {
        let corpus = ["The regulator found that savers at the bank lost $3 billion."];
        assert_eq!(verdict_in(&corpus, "The regulator found that savers at the bank lost three billion dollars.", "three billion dollars"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The regulator found that savers at the bank lost five billion dollars.", "five billion dollars"), Verdict::Conflict);
    }

    #[test]
    fn a_conversion_agrees_but_a_different_rate_is_no_conflict() {
        let corpus = ["Auditors said the losses were over $20bn (£15.8bn)."];
        assert_eq!(verdict_in(&corpus, "Auditors said the losses were over $20bn (£16.4bn).", "£16.4bn"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Auditors said losses were over $20bn (£15.8bn).", "£15.8bn"), Verdict::Agree);
    }

    #[test]
    fn sums_given_respectively_meet_their_own_holders() {
        let corpus = ["The Azure Party will receive a grant of $36 million, while the Crimson Party and the Jade Party will get $30 million and $25 million, respectively."];
        assert_eq!(verdict_in(&corpus, "The Crimson Party will get a grant of $34 million.", "$34 million"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "The Crimson Party will get a grant of $30 million.", "$30 million"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The Jade Party will get a grant of $30 million.", "$30 million"), Verdict::Conflict);
    }

    #[test]
    fn a_sum_gained_is_not_the_same_sum_lost() {
        let corpus = ["Quarterly profit at Lindqvist Bank fell by $40 million to $310 million."];
        let fact = checked_in(&corpus, "Quarterly profit at Lindqvist Bank rose by $40 million to $310 million.", "$40 million");
        assert_eq!((fact.verdict, fact.rule.as_str()), (Verdict::Conflict, "money.other_direction"));
        assert_eq!(verdict_in(&corpus, "Quarterly profit at Lindqvist Bank declined by $40 million to $310 million.", "$40 million"), Verdict::Agree);
    }

    #[test]
    fn a_share_price_is_not_the_deals_total() {
        // A sum a hundred times another, and not the same figure with another scale word, is
        // another thing: a price per share beside a deal's total.
        let corpus = ["Corvel Mills agreed to buy Lindqvist in a deal worth $12.4 billion.", "Roads reopened in the evening."];
        let fact = checked_in(&corpus, "Lindqvist shareholders will receive Corvel Mills shares in a deal worth nearly $48.", "nearly $48");
        assert_eq!((fact.verdict, fact.evidence.len()), (Verdict::NotFound, 0), "{fact:#?}");
        // Its twins: the total given a thousand times too small, or just wrong, conflicts.
        let fact = checked_in(&corpus, "Corvel Mills agreed to buy Lindqvist in a deal worth $12.4 million.", "$12.4 million");
        assert_eq!((fact.verdict, fact.evidence[0].source_value.as_str()), (Verdict::Conflict, "$12.4 billion"), "{fact:#?}");
        assert_eq!(verdict_in(&corpus, "Corvel Mills agreed to buy Lindqvist in a deal worth $9.8 billion.", "$9.8 billion"), Verdict::Conflict);
    }
    #[test]
    fn a_sum_a_relative_clause_gives_its_noun_is_that_nouns() {
        let corpus = ["The regulator's fine, which was $2.4 million, drew an appeal from the carrier."];
        let other = checked_in(&corpus, "The regulator's fine was $4.2 million, officials said.", "$4.2 million");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "$2.4 million"));
        assert_eq!(verdict_in(&corpus, "The regulator's fine was $2.4 million, officials said.", "$2.4 million"), Verdict::Agree);
        // What the carrier offered is no fine.
        let corpus = ["The carrier's offer, which was $2.4 million, drew a reply from the regulator."];
        assert_ne!(verdict_in(&corpus, "The regulator's fine was $4.2 million, officials said.", "$4.2 million"), Verdict::Conflict);
    }
}