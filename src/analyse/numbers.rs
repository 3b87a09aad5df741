//! Numbers as news writes them: digits ("2,318", "3.5", "1 000 000" with no-break spaces),
//! words ("six", "thirty-seven", "two million", "a dozen"), "seven and a half", vague plurals
//! ("dozens"), their qualifiers ("more than", "nearly", "or more") and stated ranges ("20 to
//! 30", "20-30", "between 3 and 5"). The kinds of fact that hold numbers read them here.

use crate::interval::{Interval, Qualifier, Reported, Stated};
use crate::segment::{Token, TokenKind};
use crate::words::lookup;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;
use crate::words::numbers::{CARDINALS, FRACTIONS, MULTIPLIERS, ONE, EXCEEDING_VERBS, QUALIFIERS, TRAILING_QUALIFIERS, VAGUE_QUANTITIES};

/// Past this many significant digits an f64 no longer tells numbers apart (past ~309 they
/// all parse as infinity): such a number is no checkable value.
const MAX_DIGITS: usize = 15;

/// A number read at some token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    /// Tokens it takes.
    pub len: usize,
    /// Written in words ("six").
    pub word: bool,
    /// A vague plural ("dozens") and the range it stands for.
    pub vague: Option<(f64, f64)>,
    /// Half a unit of the last digit written, when a multiplier scales it ("15.8bn" ±0.05bn,
    /// "6 billion" ±0.5bn): how far the figure may have been rounded.
    pub rounding: Option<f64>,
    /// Decimals written in digits ("63.42" has 2), for an unscaled figure.
    pub decimals: Option<u8>,
}

/// A number with its qualifier, or a stated range: the value a fact states.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub reported: Reported,
    /// First token (the qualifier's, when there is one).
    pub start: usize,
    /// First token of the number itself.
    pub number: usize,
    /// Token after the figure.
    pub end: usize,
    /// Written in words.
    pub word: bool,
    /// The number as written, before any qualifier widens it.
    pub value: f64,
    /// How far it may have been rounded (see [`Number::rounding`]).
    pub rounding: Option<f64>,
}

/// The value of a digits token: "2,318" → 2318, "3.5", "1e6"; `None` when too long to tell
/// apart from its neighbours.
pub fn digits_value(norm: &str) -> Option<f64> {
    // "3½", "¾": a whole number and a vulgar fraction written as one sign, which the
    // text's normal form spells with a fraction slash ("31⁄2", "3⁄4").
    if let Some((left, denominator)) = norm.split_once('\u{2044}') {
        let (whole, numerator) = left.split_at(left.len().checked_sub(1)?);
        let (n, d) = (numerator.parse::<u8>().ok()?, denominator.parse::<u8>().ok()?);
        let whole = if whole.is_empty() { 0.0 } else { digits_value(whole).filter(|v| v.fract() == 0.0 && !whole.contains('.'))? };
        return (n < d && denominator.len() == 1).then(|| whole + f64::from(n) / f64::from(d));
    }
    // Read in place unless thousands separators must be taken out (most numbers have none).
    let digits: Cow<str> = if norm.contains(',') { norm.chars().filter(|c| *c != ',').collect::<String>().into() } else { norm.into() };
    let significant = digits.bytes().take_while(|b| *b != b'e').filter(u8::is_ascii_digit).count();
    if significant > MAX_DIGITS {
        return None;
    }
    let v: f64 = digits.parse().ok()?;
    (v.is_finite() && v.abs() < 1e15).then_some(v)
}

/// What a word stands for as the start of a number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum NumberWord {
    /// A vague plural ("dozens") and the range it stands for.
    Vague(f64, f64),
    /// "one", a count only before a multiplier or in a compound.
    One,
    Cardinal(f64),
}

/// The number word `word` is: of [`VAGUE_QUANTITIES`], then [`ONE`], then [`CARDINALS`], the
/// first that lists it. One hashed look-up: every kind of value asks [`number_at`] of every
/// word of a sentence, and nearly every word is no number.
fn number_word(word: &str) -> Option<NumberWord> {
    static WORDS: OnceLock<FxHashMap<&'static str, NumberWord>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words = FxHashMap::default();
        for &(w, lo, hi) in VAGUE_QUANTITIES {
            words.entry(w).or_insert(NumberWord::Vague(lo, hi));
        }
        words.entry(ONE).or_insert(NumberWord::One);
        for &(w, v) in CARDINALS {
            words.entry(w).or_insert(NumberWord::Cardinal(v));
        }
        words
    });
    words.get(word).copied()
}

/// A number starting at token `i`.
pub fn number_at(toks: &[Token], i: usize) -> Option<Number> {
    let t = toks.get(i)?;
    if t.repeated {
        return None;
    }
    let mut len;
    let mut value;
    let mut word = false;
    let mut decimals = 0;
    match t.kind {
        TokenKind::Number => {
            value = digits_value(&t.norm)?;
            decimals = t.norm.split_once('.').map_or(0, |(_, d)| d.len() as i32);
            len = 1;
        }
        TokenKind::Word => {
            let base = match number_word(&t.norm)? {
                NumberWord::Vague(lo, hi) => {
                    return Some(Number { value: (lo + hi) / 2.0, len: 1, word: true, vague: Some((lo, hi)), rounding: None, decimals: None });
                }
                NumberWord::One => {
                    // "one" counts only before a multiplier or in a compound.
                    let before_multiplier = toks.get(i + 1).is_some_and(|n| lookup(MULTIPLIERS, &n.norm).is_some());
                    if !before_multiplier {
                        return None;
                    }
                    1.0
                }
                NumberWord::Cardinal(v) => v,
            };
            word = true;
            // "two-thirds", "three quarters of": the numerator of a fraction, read with it
            // (see [`fraction_at`]), is no count.
            if numerator_at(toks, i) {
                return None;
            }
            value = base;
            len = 1;
            // "twenty-five", "forty-eight".
            if base >= 20.0 && base % 10.0 == 0.0 && toks.get(i + 1).is_some_and(|n| n.norm == "-" && !n.space_before) {
                if let Some(units) = toks.get(i + 2).and_then(|n| if n.norm == ONE { Some(1.0) } else { lookup(CARDINALS, &n.norm) }) {
                    if units < 10.0 {
                        value += units;
                        len = 3;
                    }
                }
            }
        }
        TokenKind::Punct => return None,
    }
    // "seven and a half years".
    if toks.get(i + len).is_some_and(|n| n.norm == "and") && toks.get(i + len + 1).is_some_and(|n| n.norm == "a") && toks.get(i + len + 2).is_some_and(|n| n.norm == "half") {
        value += 0.5;
        len += 3;
        decimals = 1;
    }
    let mut scale = 1.0;
    // "two million", "$20bn", "5m" (a multiplier glued to digits counts only when glued or a
    // whole word: "5 m" is five metres).
    if let Some(next) = toks.get(i + len) {
        let glued_short = matches!(next.norm.as_str(), "m" | "k" | "bn" | "mn" | "tn");
        if let Some(m) = lookup(MULTIPLIERS, &next.norm) {
            if !glued_short || !next.space_before {
                if !(glued_short && next.norm == "m" && is_length_context(toks, i + len + 1)) {
                    scale *= m;
                    len += 1;
                    // "three hundred thousand".
                    if let Some(m2) = toks.get(i + len).and_then(|n| lookup(MULTIPLIERS, &n.norm)) {
                        if m < m2 {
                            scale *= m2;
                            len += 1;
                        }
                    }
                }
            }
        }
    }
    // "one hundred and seventeen", "two thousand four hundred": the words after a hundred or a
    // thousand that count below it are part of the number, which is then exact.
    let mut rest = 0.0;
    if word && (scale == 100.0 || scale == 1000.0) && value.fract() == 0.0 {
        let k = i + len + usize::from(toks.get(i + len).is_some_and(|n| n.norm == "and"));
        if let Some(n) = toks.get(k).filter(|n| n.kind == TokenKind::Word).and_then(|_| number_at(toks, k)) {
            if n.word && n.vague.is_none() && n.value >= 1.0 && n.value < scale && n.value.fract() == 0.0 {
                rest = n.value;
                len = k - i + n.len;
            }
        }
    }
    let rounding = (scale > 1.0 && rest == 0.0).then(|| 0.5 * scale * 10f64.powi(-decimals));
    // Scaled in decimal, so 8.2 billion is 8200000000 and not 8199999999.999999.
    let value = tidy(value * scale + rest);
    let written_decimals = (scale == 1.0 && t.kind == TokenKind::Number).then_some(decimals.max(0) as u8);
    Some(Number { value, len, word, vague: None, rounding, decimals: written_decimals })
}

/// A fraction in words whose fraction word is token `i` ("half", "a quarter", "one third",
/// "two-thirds", "three quarters of"): its value and its first token (the article or the
/// numerator). A plural ("thirds") needs a numerator below its denominator, and a spaced
/// "quarters" an "of" after it ("two quarters" of a year may be two financial quarters); a
/// singular other than "half" needs "a" or "one" before it ("third" alone is a rank).
pub fn fraction_at(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let t = toks.get(i)?;
    let &(_, f) = FRACTIONS.iter().find(|(w, _)| *w == t.norm.as_str())?;
    if t.norm.ends_with('s') {
        let hyphened = i >= 2 && toks[i - 1].norm == "-" && !toks[i - 1].space_before && !t.space_before;
        let k = if hyphened { i - 2 } else { i.checked_sub(1)? };
        if !hyphened && t.norm == "quarters" && !toks.get(i + 1).is_some_and(|n| n.norm == "of") {
            return None;
        }
        let n = lookup(CARDINALS, &toks[k].norm)?;
        return (n * f < 1.0).then_some((n * f, k));
    }
    if i > 0 && matches!(toks[i - 1].norm.as_str(), "a" | "one") {
        return Some((f, i - 1));
    }
    // "one-quarter", "one-third".
    if i > 1 && toks[i - 1].norm == "-" && !toks[i - 1].space_before && !t.space_before && toks[i - 2].norm == "one" {
        return Some((f, i - 2));
    }
    (t.norm == "half").then_some((f, i))
}

/// Token `i` is the numerator of a fraction that follows ("two" of "two-thirds").
fn numerator_at(toks: &[Token], i: usize) -> bool {
    (i + 1..=i + 2).any(|k| fraction_at(toks, k).is_some_and(|(_, start)| start == i))
}

/// A product rounded to twelve significant digits (the float error of a decimal times a power
/// of ten taken off).
fn tidy(v: f64) -> f64 {
    // A whole number of up to 12 digits is exact already.
    if v.fract() == 0.0 && v.abs() < 1e12 {
        return v;
    }
    format!("{v:.11e}").parse().unwrap_or(v)
}

/// "3m below the road": a glued "m" then reads as metres, not millions.
fn is_length_context(toks: &[Token], after: usize) -> bool {
    toks.get(after).is_some_and(|t| matches!(t.norm.as_str(), "below" | "above" | "deep" | "high" | "tall" | "long" | "wide" | "away" | "underground" | "mark"))
}

/// The qualifier words right before token `i`, and how many tokens they take.
pub fn qualifier_before(toks: &[Token], i: usize) -> (Qualifier, usize) {
    for (words, q) in QUALIFIERS {
        let n = words.len();
        if i >= n && toks[i - n..i].iter().zip(words.iter()).all(|(t, w)| t.norm == *w) {
            // "more than" after "no" is "no more than", read above; "over" as a preposition
            // of time ("over the weekend") never reaches here (a number follows).
            return (*q, n);
        }
    }
    (Qualifier::Exact, 0)
}

/// A qualifier right after the number ("50 or more"), and how many tokens it takes.
pub fn qualifier_after(toks: &[Token], j: usize) -> (Option<Qualifier>, usize) {
    for (words, q) in TRAILING_QUALIFIERS {
        let n = words.len();
        if toks.len() >= j + n && toks[j..j + n].iter().zip(words.iter()).all(|(t, w)| t.norm == *w) {
            return (Some(*q), n);
        }
    }
    (None, 0)
}

/// The figure whose number starts at token `i`: its qualifier, a stated range ("20 to 30",
/// "between 20 and 30"), or a vague plural.
pub fn figure_at(toks: &[Token], i: usize) -> Option<Figure> {
    let first = number_at(toks, i)?;
    if let Some((lo, hi)) = first.vague {
        return Some(Figure { reported: Reported { interval: Interval::closed(lo, hi), stated: Stated::Approximate, decimals: None }, start: i, number: i, end: i + 1, word: true, value: first.value, rounding: None });
    }
    let mut end = i + first.len;
    // A range: "20 to 30", "20-30", "between 3 and 5". "from 9 to 13" is a change, not a
    // range: two figures.
    // "ranging from 2.8 to 5.9" is a range all the same.
    let ranging = i >= 2 && matches!(toks[i - 2].norm.as_str(), "ranging" | "ranged" | "range" | "varying" | "varied");
    let between = i >= 1 && (toks[i - 1].norm == "between" || ranging && toks[i - 1].norm == "from");
    let from = i >= 1 && toks[i - 1].norm == "from" && !ranging;
    let joiner = toks.get(end).map(|t| t.norm.as_str());
    let joins = match joiner {
        Some("to") => !from,
        Some("and") => between,
        Some("-") | Some("\u{2013}") => !toks[end].space_before || toks.get(end + 1).is_some_and(|n| !n.space_before),
        _ => false,
    };
    // "between 1 and 500.00.0": a range whose second number cannot be read is no figure at
    // all, not its first number alone.
    if between && joiner == Some("and") && toks.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number) && number_at(toks, end + 1).is_none() {
        return None;
    }
    if joins {
        if let Some(second) = number_at(toks, end + 1) {
            if second.vague.is_none() && second.value > first.value {
                // "5 to 10 million": the multiplier of the second applies to the first.
                let mut lo = first.value;
                let scale = second_multiplier(toks, end + 1, &second);
                if scale > 1.0 && lo * scale <= second.value {
                    lo *= scale;
                }
                let start = if between { i - 1 } else { i };
                return Some(Figure { reported: Reported::range(lo, second.value), start, number: i, end: end + 1 + second.len, word: first.word, value: lo, rounding: None });
            }
        }
    }
    let (q, qlen) = qualifier_before(toks, i);
    let start = i - qlen;
    let (after, alen) = qualifier_after(toks, end);
    let q = match (q, after) {
        (Qualifier::Exact, Some(a)) => a,
        (Qualifier::Exact, None) if i >= 1 && EXCEEDING_VERBS.contains(&toks[i - 1].norm.as_str()) => Qualifier::AtLeast,
        _ => q,
    };
    end += alen;
    let mut reported = Reported::written(first.value, q, first.rounding);
    if let Some(d) = first.decimals.filter(|_| q == Qualifier::Exact) {
        reported = reported.with_decimals(d);
    }
    Some(Figure { reported, start, number: i, end, word: first.word, value: first.value, rounding: first.rounding })
}

/// The multiplier the second number of a range took ("10 million" → 1e6), if any.
fn second_multiplier(toks: &[Token], i: usize, n: &Number) -> f64 {
    if n.len >= 2 {
        toks.get(i + n.len - 1).and_then(|t| lookup(MULTIPLIERS, &t.norm)).unwrap_or(1.0)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{tokens, Span};

    fn figure(text: &str) -> Option<(String, Reported)> {
        let toks = tokens(text, Span::new(0, text.len()));
        let i = toks.iter().position(|t| number_at(&toks, toks.iter().position(|x| std::ptr::eq(x, t)).unwrap()).is_some())?;
        let f = figure_at(&toks, i)?;
        Some((crate::segment::Span::new(toks[f.start].span.start, toks[f.end - 1].span.end).slice(text).to_string(), f.reported))
    }

    #[test]
    fn digits_words_and_compounds() {
        assert_eq!(figure("thirty-seven buildings").unwrap().1.interval.lo, 37.0);
        assert_eq!(figure("seven and a half years").unwrap().1.interval.lo, 7.5);
        assert!(figure("two million people").unwrap().1.interval.contains(&Interval::exact(2e6)));
        assert!(figure("$20bn lost").unwrap().1.interval.contains(&Interval::exact(20e9)));
        assert_eq!(figure("2,318 prisoners").unwrap().1.interval.lo, 2318.0);
    }

    /// "one hundred and seventeen jets" was read as 17 jets (and "one hundred" dropped).
    #[test]
    fn the_words_after_a_hundred_or_a_thousand_are_one_exact_number() {
        let read = |text: &str| figure(text).map(|(words, r)| (words, r.interval.lo, r.interval.hi));
        assert_eq!(read("one hundred and seventeen jets"), Some(("one hundred and seventeen".into(), 117.0, 117.0)));
        assert_eq!(read("two thousand four hundred and five jets"), Some(("two thousand four hundred and five".into(), 2405.0, 2405.0)));
        // A round hundred alone is still read as rounded, and "and" before a noun joins nothing.
        assert_eq!(read("two hundred jets").map(|(w, lo, _)| (w, lo < 200.0)), Some(("two hundred".into(), true)));
        assert_eq!(read("two hundred and eleven jets and seven ships").map(|(_, lo, _)| lo), Some(211.0));
    }

    #[test]
    fn a_fraction_in_words_is_read_whole() {
        let at = |text: &str, word: &str| {
            let toks = tokens(text, Span::new(0, text.len()));
            let i = toks.iter().position(|t| t.norm == word).unwrap();
            fraction_at(&toks, i).map(|(v, s)| ((v * 1000.0).round() / 1000.0, toks[s].norm.clone()))
        };
        assert_eq!(at("two-thirds of the votes", "thirds"), Some((0.667, "two".into())));
        assert_eq!(at("about three quarters of an hour", "quarters"), Some((0.75, "three".into())));
        assert_eq!(at("a quarter of a century", "quarter"), Some((0.25, "a".into())));
        assert_eq!(at("one-quarter of the voting rights", "quarter"), Some((0.25, "one".into())));
        // Its numerator is no count of thirds.
        assert_eq!(figure("two-thirds of the votes"), None);
        // Twins: a rank, financial quarters and more than a whole are no fractions.
        assert_eq!(at("the third of May", "third"), None);
        assert_eq!(at("grew in two quarters", "quarters"), None);
        assert_eq!(at("seven thirds", "thirds"), None);
        assert_eq!(figure("grew in two quarters").unwrap().1.interval.lo, 2.0);
    }

    #[test]
    fn a_range_with_an_unreadable_end_is_no_figure() {
        // Proptest found "between 1 and 500 000.00.0": its first number alone was read as a
        // count.
        assert_eq!(figure("between 1 and 500 000.00.0"), None);
        assert_eq!(figure("between 1 and 500 people").unwrap().0, "between 1 and 500");
    }

    #[test]
    fn a_stated_range_is_one_figure() {
        let (words, r) = figure("the union wants 20 to 30 days").unwrap();
        assert_eq!(words, "20 to 30");
        assert_eq!((r.stated, r.interval.lo, r.interval.hi), (Stated::Range, 20.0, 30.0));
        let (words, r) = figure("pushing for 20-30 days").unwrap();
        assert_eq!((words.as_str(), r.stated), ("20-30", Stated::Range));
        let (_, r) = figure("between 5 and 10 million people").unwrap();
        assert_eq!((r.interval.lo, r.interval.hi), (5e6, 10e6));
    }

    #[test]
    fn qualifiers_before_and_after() {
        let (words, r) = figure("magnitude 4 or greater").unwrap();
        assert_eq!((words.as_str(), r.stated), ("4 or greater", Stated::Lower));
        let (words, r) = figure("up to 12 million").unwrap();
        assert_eq!((words.as_str(), r.stated), ("up to 12 million", Stated::Cap));
        // "add up to" is a total, not a cap.
        let (_, r) = figure("savings should add up to 12 million").unwrap();
        assert_eq!(r.stated, Stated::Point);
    }

    #[test]
    fn a_scaled_figure_is_as_loose_as_its_last_digit() {
        let (_, a) = figure("£15.8bn").unwrap();
        let (_, b) = figure("£16.1bn").unwrap();
        assert!(!a.interval.overlaps(&b.interval), "{a:?} {b:?}");
        let (_, c) = figure("$6 billion").unwrap();
        assert!(c.interval.contains(&Interval::exact(6.2e9)), "{c:?}");
    }

    #[test]
    fn thousands_set_apart_by_spaces_are_read_whole() {
        for text in ["1 000 000 euros", "1\u{a0}000\u{a0}000 euros", "1\u{202f}000\u{202f}000 euros"] {
            let toks = tokens(text, Span::new(0, text.len()));
            assert_eq!(number_at(&toks, 0).map(|n| (n.value, n.len)), Some((1e6, 1)), "{text:?}");
        }
        let (words, r) = figure("about 4 500 people").unwrap();
        assert_eq!((words.as_str(), r.stated), ("about 4 500", Stated::Approximate));
        // A year and a count beside it stay two numbers.
        let toks = tokens("2024 15 people", Span::new(0, 14));
        assert_eq!((number_at(&toks, 0).unwrap().value, number_at(&toks, 1).unwrap().value), (2024.0, 15.0));
    }

    #[test]
    fn a_number_with_a_huge_exponent_is_no_value() {
        let toks = tokens("1e308 faults", Span::new(0, 12));
        assert_eq!((toks.len(), number_at(&toks, 0)), (2, None));
    }

    #[test]
    fn a_vulgar_fraction_is_part_of_its_number() {
        // "Roughly 3½ hours" was no figure at all.
        assert!(figure("roughly 3½ hours later").unwrap().1.interval.contains(&Interval::exact(3.5)));
        assert_eq!(figure("about ¾ of them").unwrap().1.interval.lo > 0.6, true);
        // Twin: a fraction after a decimal is no value.
        assert_eq!(figure("3.2½ hours"), None);
    }

    #[test]
    fn numbers_too_long_to_tell_apart_are_not_values() {
        assert_eq!(digits_value("1234567890123456789"), None);
        assert_eq!(digits_value("1e308"), None);
        assert_eq!(digits_value("1e6"), Some(1e6));
    }
}
