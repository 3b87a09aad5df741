//! Quantities: counts and measures. "more than 2,300 registered voters", "six years",
//! "thirty-seven office buildings", "a depth of 12 kilometres (7.5 miles)", "half a
//! century", "20 to 30 years". A measure is kept in its dimension's base unit, so figures
//! given in other units compare; a count compares with a count of the same thing.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::numbers::{fraction_at, qualifier_before, Figure};
use crate::analyse::Reader;
use crate::compare::{Line, Pair};
use crate::interval::{fit, is_round, Fit, Interval, Qualifier, Reported, Stated};
use crate::segment::{Token, TokenKind};
use crate::tuning::TUNING;
use crate::words::calendar::MONTHS;
use crate::words::concepts::ADDITION_WORDS;
use crate::words::function::{IRREGULAR_PAST_SET, STOPWORD_SET};
use crate::words::numbers::CARDINALS;
use crate::words::units::{Dimension, UNITS};

pub static KIND: Kind = Kind {
    kind: FactKind::Quantity,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "quantity.same", meaning: "the source gives the same figure of the same thing" },
        Rule { name: "quantity.implied", meaning: "the source's figure implies the article's (2,345 for \"more than 2,300\"), or confirms it within the looseness either gives" },
        Rule { name: "quantity.incompatible", meaning: "figures of the same thing, at the same time, that cannot both hold" },
        Rule { name: "quantity.other_direction", meaning: "the same change of the same thing, one rising and the other falling" },
        Rule { name: "quantity.other_portion", meaning: "the same count, of which the source says another portion (\"most of the 70\", not \"all of the 70\")" },
    ],
};

/// A count or measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value as written, in its own unit.
    pub reported: Reported,
    /// What the unit measures; `None` for a count.
    pub dimension: Option<Dimension>,
    /// The value in the dimension's base unit (the same as `reported` for a count).
    pub base: Reported,
    /// The unit word as written ("kilometres"), empty for a count.
    pub unit: String,
    /// How much of the count a statement is about: "all of the nearly 70 miners" (`all`),
    /// "most of the ..." (`most`), "none of the ..." (`none`).
    pub portion: Option<&'static str>,
}

/// Words that take a portion of a count: "all of the 70", "most of the 70".
const PORTIONS: &[&str] = &["all", "most", "none", "half", "some", "many", "few"];

/// Portions that cannot both be said of one count ("all" and "most", "none" and "some").
fn portions_clash(a: &str, b: &str) -> bool {
    let exclusive = |x: &str| matches!(x, "all" | "none");
    a != b && (exclusive(a) || exclusive(b)) || matches!((a, b), ("most", "few") | ("few", "most") | ("half", "most") | ("most", "half"))
}

/// "all of the", "most of the": the portion before a figure starting at `start`, and its first token.
fn portion_before(toks: &[Token], start: usize) -> Option<(&'static str, usize)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if start >= 3 && word(start - 2) == "of" && matches!(word(start - 1), "the" | "its" | "their") {
        let p = PORTIONS.iter().find(|p| **p == word(start - 3))?;
        return Some((p, start - 3));
    }
    None
}

/// "of its", "of the": where a part of a count names the count it is part of ("six of its ten
/// carriages"), read by the extraction here and by the frame's `partial`.
pub fn part_of_at(toks: &[Token], k: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    word(k) == "of" && matches!(word(k + 1), "its" | "the" | "their" | "his" | "her" | "our")
}

/// Is the word a unit of measure ("years", "km")?
pub fn is_unit_word(word: &str) -> bool {
    unit_of(word).is_some()
}

fn unit_of(word: &str) -> Option<(Dimension, f64)> {
    UNITS.iter().find(|(w, _, _)| *w == word).map(|&(_, d, f)| (d, f))
}

fn is_stop(t: &Token) -> bool {
    // A verb ends a noun phrase: "6.1 quake struck", "37 buildings collapsed".
    let verb = IRREGULAR_PAST_SET.contains(&t.norm) || t.norm.ends_with("ed") && t.norm.len() > 4;
    t.kind != TokenKind::Word || STOPWORD_SET.contains(&t.norm) || t.repeated || verb
}

/// The noun phrase after a count: up to three words, stopping at punctuation, function words,
/// numbers, month names and names, and after a plural noun ("years in prison", "people
/// were"). "theft and forgery counts" is one phrase.
pub fn noun_phrase(toks: &[Token], mut j: usize) -> usize {
    let mut words = 0;
    let mut end = j;
    // "three other buildings", "four further rate cuts", "two more days".
    if toks.get(j).is_some_and(|t| matches!(t.norm.as_str(), "other" | "further" | "more" | "additional" | "extra")) && toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && !is_stop(t)) {
        j += 1;
        end = j;
    }
    while let Some(t) = toks.get(j) {
        // "and" joins two nouns of one phrase when a noun follows it and the word before is
        // not a plural that ends the phrase.
        // Nor before a count: "6,800 people and runs fourteen plants".
        if t.norm == "and" && words > 0 && !toks[j - 1].norm.ends_with('s') && toks.get(j + 1).is_some_and(|n| !is_stop(n) && !n.capitalized) && toks.get(j + 2).is_some_and(|n| !is_stop(n) && !CARDINALS.iter().any(|(w, _)| *w == n.norm)) {
            j += 1;
            continue;
        }
        // A hyphened compound is one word of the phrase: "12 water-dropping aircraft".
        if t.norm == "-" && !t.space_before && words > 0 && toks.get(j + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.space_before && !is_stop(n)) {
            j += 2;
            end = j;
            continue;
        }
        // A capitalised word before a common noun modifies it ("3,000 US flights", "8.5 million
        // Windows devices"): the noun is what is counted, however the name is spelt (a name
        // that looks like a plural or a pronoun).
        let common_after = toks.get(j + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.capitalized && !STOPWORD_SET.contains(&n.norm) && !is_stop(n));
        let modifier = t.capitalized && t.kind == TokenKind::Word && !t.repeated && common_after && words < 2;
        let name = t.capitalized && !common_after;
        if (is_stop(t) && !modifier) || words == 3 || name || CARDINALS.iter().any(|(w, _)| *w == t.norm.as_str()) || MONTHS.iter().any(|(m, _)| *m == t.norm.as_str()) {
            break;
        }
        j += 1;
        words += 1;
        end = j;
        if t.norm.ends_with('s') && t.norm.len() > 3 && !t.norm.ends_with("ss") && !modifier {
            break;
        }
    }
    end
}

/// The unit after a figure (a hyphen first: "six-year"), then the phrase it counts. Returns
/// the unit's dimension, factor and word, and the token after the phrase.
fn unit_after(toks: &[Token], mut j: usize) -> (Option<(Dimension, f64)>, String, usize) {
    if toks.get(j).is_some_and(|t| t.norm == "-" && !t.space_before) {
        j += 1;
    }
    let Some(t) = toks.get(j) else { return (None, String::new(), j) };
    // A rate: "150 km/h", "93 miles per hour", one unit of its own (see `UNITS`).
    let glued = |k: usize| toks.get(k).is_some_and(|n| !n.space_before);
    let per = match (toks.get(j + 1).map(|n| n.norm.as_str()), toks.get(j + 2)) {
        (Some("/"), Some(n)) if glued(j + 1) && glued(j + 2) && n.kind == TokenKind::Word => Some(n.norm.as_str()),
        (Some("per"), Some(n)) if n.kind == TokenKind::Word => Some(n.norm.as_str()),
        _ => None,
    };
    if let Some(rate) = per.map(|n| format!("{}/{n}", t.norm)) {
        if let Some(unit) = unit_of(&rate) {
            return (Some(unit), rate, j + 3);
        }
    }
    if let Some(unit) = unit_of(&t.norm) {
        // "12 km", "a 12-year sentence", and what a duration measures: "four hours of
        // talks", "12 years in prison".
        let mut end = if t.norm.ends_with('s') { j + 1 } else { noun_phrase(toks, j + 1).max(j + 1) };
        if unit.0 == Dimension::Duration && end == j + 1 && toks.get(end).is_some_and(|n| matches!(n.norm.as_str(), "of" | "in")) && !toks.get(end + 1).is_some_and(|n| matches!(n.norm.as_str(), "last" | "the" | "this" | "that" | "recent")) {
            let phrase = noun_phrase(toks, end + 1);
            if phrase > end + 1 && phrase <= end + 3 {
                end = phrase;
            }
        }
        return (Some(unit), t.norm.to_string(), end);
    }
    (None, String::new(), noun_phrase(toks, j))
}

/// "2:00:35" at token `i`: hours, minutes and seconds written with colons and no spaces (a
/// race or a flight time, never a time of day, which news gives to the minute). Returns the
/// seconds and the token after it.
pub fn span_of_hours(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let part = |k: usize, max_len: usize| toks.get(k).filter(|t| t.kind == TokenKind::Number && t.norm.len() <= max_len && t.norm.bytes().all(|b| b.is_ascii_digit()) && (k == i || !t.space_before)).and_then(|t| t.norm.parse::<u32>().ok());
    let colon = |k: usize| toks.get(k).is_some_and(|t| t.norm == ":" && !t.space_before);
    let (h, m, s) = (part(i, 2)?, part(i + 2, 2)?, part(i + 4, 2)?);
    let two_digits = |k: usize| toks[k].norm.len() == 2;
    if !(colon(i + 1) && colon(i + 3) && two_digits(i + 2) && two_digits(i + 4) && m < 60 && s < 60) {
        return None;
    }
    Some((f64::from(h * 3600 + m * 60 + s), i + 5))
}

/// "a quarter of a century", "half a century", "three-quarters of an hour": a fraction of one
/// unit.
fn fraction_of_unit(toks: &[Token], i: usize) -> Option<(f64, usize, usize, (Dimension, f64), String)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let (fraction, start) = fraction_at(toks, i)?;
    let mut j = i + 1;
    if word(j) == "of" {
        j += 1;
    }
    if !matches!(word(j), "a" | "an") {
        return None;
    }
    let unit = unit_of(word(j + 1))?;
    if word(j + 1).ends_with('s') {
        return None;
    }
    Some((fraction, start, j + 2, unit, word(j + 1).to_string()))
}

/// "at least a week", "for more than an hour", "nearly a year": one unit of time, bounded by a
/// qualifier. Not "a week ago" (a date), "18,000 passengers a day" (a rate, no qualifier),
/// "a week-long strike" or "a year and a half" (another figure).
fn one_unit_of_time(toks: &[Token], i: usize) -> Option<(Qualifier, usize, usize, (Dimension, f64), String)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if !matches!(word(i), "a" | "an") {
        return None;
    }
    let (q, qlen) = qualifier_before(toks, i);
    let unit = unit_of(word(i + 1)).filter(|(d, _)| *d == Dimension::Duration)?;
    let singular = !word(i + 1).ends_with('s') && word(i + 1).len() > 3;
    let dated = matches!(word(i + 2), "ago" | "later" | "earlier" | "before" | "after" | "-" | "or" | "and");
    (q != Qualifier::Exact && singular && !dated).then(|| (q, i - qlen, i + 2, unit, word(i + 1).to_string()))
}

fn display(reported: &Reported, unit: &str, toks: &[Token], from: usize, to: usize) -> String {
    let words: Vec<&str> = toks[from.min(to)..to].iter().filter(|t| t.kind == TokenKind::Word && !STOPWORD_SET.contains(&t.norm)).map(|t| t.norm.as_str()).collect();
    let what = if words.is_empty() { unit.to_string() } else { words.join(" ") };
    format!("{} {}", reported.describe(), what).trim().to_string()
}

fn extract(r: &mut Reader) {
    let toks = r.tokens();
    let mut i = 0;
    while i < toks.len() {
        if r.taken[i] {
            i += 1;
            continue;
        }
        if let Some((fraction, start, end, (dimension, factor), unit)) = fraction_of_unit(toks, i) {
            // "about three-quarters of an hour".
            let (q, qlen) = qualifier_before(toks, start);
            let start = if r.free(start - qlen, start) { start - qlen } else { start };
            if r.free(start, end) {
                let reported = Reported::new(fraction, q);
                let quantity = Quantity { reported, dimension: Some(dimension), base: reported.scaled(factor), unit: unit.clone(), portion: None };
                // What it measures follows the unit, as after a number: "half an hour of talks".
                let phrase_end = unit_after(toks, end - 1).2.max(end);
                let text = display(&reported.scaled(1.0), &unit, toks, end - 1, phrase_end);
                r.take(start, end);
                r.push(FactKind::Quantity, (start, phrase_end), (start, end), Value::Quantity(quantity), text);
                i = end;
                continue;
            }
        }
        if let Some((q, start, end, (dimension, factor), unit)) = one_unit_of_time(toks, i) {
            if r.free(start, end) {
                let reported = Reported::new(1.0, q);
                let quantity = Quantity { reported, dimension: Some(dimension), base: reported.scaled(factor), unit: unit.clone(), portion: None };
                // What it measures follows the unit, as after a number: "an hour of talks".
                let phrase_end = unit_after(toks, end - 1).2.max(end);
                let text = display(&reported, &unit, toks, end - 1, phrase_end);
                r.take(start, end);
                r.push(FactKind::Quantity, (start, phrase_end), (start, end), Value::Quantity(quantity), text);
                i = end;
                continue;
            }
        }
        if let Some((seconds, end)) = span_of_hours(toks, i) {
            // "won in 2:00:35": hours, minutes and seconds, one span of 7,235 seconds, to the
            // second (never widened as a round number).
            let (q, qlen) = qualifier_before(toks, i);
            let start = if r.free(i - qlen, i) { i - qlen } else { i };
            if r.free(start, end) {
                let exact = Reported { interval: Interval::closed(seconds, seconds), stated: Stated::Point, decimals: None };
                let reported = if q == Qualifier::Exact { exact } else { Reported::new(seconds, q) };
                // Its unit is the hour it is written in, so "two hours and 35 seconds" (in hours
                // too) meets it to the second, with no slack for a conversion.
                let quantity = Quantity { reported, dimension: Some(Dimension::Duration), base: reported, unit: "hours".to_string(), portion: None };
                let written: String = toks[i..end].iter().map(|t| t.norm.as_str()).collect();
                let text = match q {
                    Qualifier::Exact => written,
                    _ => format!("{} ({written})", reported.describe()),
                };
                r.take(start, end);
                r.push(FactKind::Quantity, (start, end), (start, end), Value::Quantity(quantity), text);
                i = end;
                continue;
            }
        }
        let Some(figure) = r.figure_at(i) else {
            i += 1;
            continue;
        };
        let Figure { reported, start, end, word, .. } = figure;
        if !r.free(i, end) {
            i += 1;
            continue;
        }
        let start = if r.free(start, i) { start } else { i };
        let (unit, unit_word, mut phrase_end) = unit_after(toks, end);
        // "two hours and 24 minutes", "2 hours, 35 seconds": a span of time and its smaller
        // part are one duration. Its base is summed in the base unit (7,200 + 35 seconds), so
        // that it equals "2:00:35" to the second.
        let mut reported = reported;
        let mut end = end;
        let mut base_part = 0.0;
        if let Some((Dimension::Duration, big)) = unit.filter(|_| phrase_end == end + 1 && (r.is(end + 1, "and") || r.is(end + 1, ","))) {
            let part = r.figure_at(end + 2).filter(|f| f.reported.stated == Stated::Point && r.free(end + 2, f.end));
            if let Some((part, (Some((Dimension::Duration, small)), _, part_end))) = part.map(|f| (f.value, unit_after(toks, f.end))) {
                if small < big && part_end > end + 3 {
                    let add = part * small / big;
                    reported.interval.lo += add;
                    reported.interval.hi += add;
                    base_part = part * small;
                    end = part_end;
                    phrase_end = part_end;
                }
            }
        }
        // "six of its ten carriages", "8 of the 12 seats": a part of a count counts what the
        // count counts.
        let mut whole_of = None;
        if phrase_end == end && unit.is_none() && part_of_at(toks, end) {
            if let Some(whole) = r.figure_at(end + 2).filter(|f| f.start == end + 2 && f.reported.stated == Stated::Point && f.value > figure.value) {
                let (whole_unit, _, whole_end) = unit_after(toks, whole.end);
                if whole_unit.is_none() && whole_end > whole.end {
                    whole_of = Some((whole.value, whole.end));
                    phrase_end = whole_end;
                }
            }
        }
        // A number word that counts nothing named ("three of them", "mother of three") says
        // too little to check.
        // Unless a linking word ties it to what it counts: "rose to seventeen", "steady at eleven".
        let linked = start > 0 && matches!(r.norm(start - 1), "to" | "at" | "was" | "were" | "reached" | "passed" | "topped" | "hit" | "by") || start > 1 && r.is(start - 1, "steady");
        // Or it is a bare figure in a list after a count of something: "... and the Jade Party seven".
        let listed = r.facts.iter().any(|f| f.kind == FactKind::Quantity && f.tokens.1 > f.core.1 && f.tokens.1 <= start && (f.tokens.1..start).any(|k| matches!(r.norm(k), "," | "and" | "while" | "with" | "whereas")));
        if word && unit.is_none() && phrase_end == end && !linked && !listed {
            i = end;
            continue;
        }
        // "1 of 2" in a caption, a lone digit: nothing counted and nothing around to say what.
        let (dimension, factor) = unit.map_or((None, 1.0), |(d, f)| (Some(d), f));
        let portion = portion_before(toks, start);
        let mut base = figure.reported.scaled(factor);
        base.interval.lo += base_part;
        base.interval.hi += base_part;
        let quantity = Quantity { reported, dimension, base, unit: unit_word.clone(), portion: portion.map(|(p, _)| p) };
        let text = match (portion, whole_of) {
            (Some((p, _)), _) => format!("{p} of {}", display(&reported, &unit_word, toks, end, phrase_end)),
            // "6 of 10 carriages".
            (None, Some((whole, whole_end))) => format!("{} of {}", reported.describe(), display(&Reported { interval: Interval::exact(whole), stated: Stated::Point, decimals: None }, &unit_word, toks, whole_end, phrase_end)),
            (None, None) => display(&reported, &unit_word, toks, end, phrase_end),
        };
        let first = portion.map_or(start, |(_, k)| k);
        r.take(start, end);
        r.push(FactKind::Quantity, (first, phrase_end.max(end)), (start, end), Value::Quantity(quantity), text);
        i = end;
    }
}

/// Counts what was added to something ("another 60", "14 more", "200 extra"), not a whole, a
/// part named in it ("including 141 homes") or the rest beside one named ("a Canadian and
/// three others", which a source may count as "three Danes").
fn counts_the_rest(f: &crate::analyse::Extracted) -> bool {
    f.frame.partial.is_some_and(|w| w == "more" || ADDITION_WORDS.contains(&w))
}

/// Both are parts of a count ("six of its ten carriages").
fn parts_of_one_count(p: &Pair) -> bool {
    p.fact.frame.partial == Some("of") && p.candidate().frame.partial == Some("of")
}

/// The two parts of a count do the same: the first word after each that is no auxiliary or
/// function word ("were", "had", "in") is the same ("left the rails", "in serious condition").
fn same_act(p: &Pair) -> bool {
    fn act<'s>(s: &'s crate::analyse::Sentence, f: &crate::analyse::Extracted) -> Option<&'s str> {
        let (_, end) = s.clause_range(f.core.0);
        let t = s.tokens[f.tokens.1.min(end)..end].iter().find(|t| t.kind == crate::segment::TokenKind::Word && !crate::words::function::AUXILIARY_SET.contains(&t.norm) && !crate::analyse::terms::is_stopword(&t.norm))?;
        Some(t.norm.as_str())
    }
    act(p.article, p.fact).zip(act(p.source.sentence, p.candidate())).is_some_and(|(a, b)| a == b)
}

/// Is the figure distinctive enough to be evidence of the same thing on its own ("2,318",
/// "64 percent"): exact, not small, not round?
pub fn distinctive(r: &Reported) -> bool {
    let v = r.interval.lo;
    r.stated == Stated::Point && r.interval.lo == r.interval.hi && (v >= TUNING.distinctive_min && !is_round(v) || v.fract() != 0.0)
}

fn compare(p: &Pair) -> Option<crate::compare::Judged> {
    let (Value::Quantity(a), Value::Quantity(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    if a.dimension != b.dimension {
        return None;
    }
    let al = p.align()?;
    let slack = if a.unit != b.unit && a.dimension.is_some() { TUNING.conversion } else { 0.0 };
    match fit(&a.base, &b.base, slack) {
        Fit::Same | Fit::Implied if a.portion.zip(b.portion).is_some_and(|(x, y)| portions_clash(x, y)) => {
            // "all of the nearly 70 miners" against "most of the nearly 70 miners".
            (al.measured == Line::Same && al.shared >= 1).then(|| p.contradict("quantity.other_portion", al.context.max(0.5))).flatten()
        }
        Fit::Same | Fit::Implied if p.opposite_changes() => al.may_conflict().then(|| p.contradict_direction("quantity.other_direction", al.context)).flatten(),
        // "another 60 buildings were damaged" counts what was added, not the 59 destroyed: a
        // count of what was added confirms only such a count.
        Fit::Same | Fit::Implied if counts_the_rest(p.fact) != counts_the_rest(p.candidate()) => None,
        // "eight of its ten carriages caught fire" is another part than the eight that "left
        // the rails".
        Fit::Same | Fit::Implied if parts_of_one_count(p) && !same_act(p) => None,
        Fit::Same | Fit::Implied => {
            // A distinctive figure ("2,318", "18.3 km") given in words that meet is itself
            // evidence that both speak of one thing.
            let telling = distinctive(&a.reported) || a.reported == b.reported && a.reported.interval.lo.fract() != 0.0;
            // The same fractional measure in the same unit and words of bound ("no more than
            // seven and a half years") is too particular to be two things' by chance.
            // So is the same stated range ("20-30 years", "20 to 30 years").
            let particular = a.reported == b.reported
                && a.unit == b.unit
                && a.dimension.is_some()
                && ([a.reported.interval.lo, a.reported.interval.hi].iter().any(|v| v.is_finite() && v.fract() != 0.0) || a.reported.stated == crate::interval::Stated::Range && a.reported.interval.lo < a.reported.interval.hi);
            let same_value = fit(&a.base, &b.base, slack) == Fit::Same && (telling && al.shared >= 1 || particular);
            let rule = if fit(&a.base, &b.base, slack) == Fit::Same { "quantity.same" } else { "quantity.implied" };
            // A bound ("more than three days") is implied by any larger figure: only one of the
            // same measured thing confirms it ("12 years" in a headline does not).
            // And a figure that only falls within the article's looser one ("approximately 14
            // kilometers", an aftershock's 9.1 miles) needs its holders or its words as well.
            let loose = a.reported.stated == crate::interval::Stated::Approximate && al.holders != Line::Same && al.context < TUNING.agree_context;
            let implied_unmeasured = rule == "quantity.implied" && (al.measured != Line::Same || loose);
            (al.may_agree() && !implied_unmeasured || same_value).then(|| p.support(rule, al.context.max(0.5))).flatten()
        }
        Fit::Compatible => None,
        Fit::Incompatible => {
            // Two instances ("a three-story hotel", "a nine-story hotel") need not be one.
            let instances = p.fact.frame.instance || p.candidate().frame.instance;
            // A part never contradicts a whole, nor one part another ("three others"), unless
            // both are the same addition for the same holder ("200 extra soldiers"), or the
            // same part named in a list of what a whole includes ("including 95,000 electric
            // models").
            let one_addition = matches!((p.fact.frame.partial, p.candidate().frame.partial), (Some(x), Some(y)) if x == y && (ADDITION_WORDS.contains(&x) || x == "including"))
                && al.holders != Line::OneSided
                && al.measured == Line::Same;
            // So may the part of a count that does what the other count does ("six of its ten
            // carriages left the rails", "eight carriages left the rails"), and two wholes a
            // part is taken of ("of its ten carriages", "of its 12 carriages").
            let one_part = match (p.fact.frame.partial, p.candidate().frame.partial) {
                (Some("of"), Some("of") | None) | (None, Some("of")) => same_act(p),
                (Some(x), Some(y)) => x == "whole" && y == "whole",
                _ => false,
            };
            let partial = p.fact.frame.partial.is_some() || p.candidate().frame.partial.is_some();
            if instances && al.holders != Line::Same || partial && !one_addition && !one_part {
                return None;
            }
            // A measure (a length, a duration) conflicts only where both say what it measures:
            // "18.3 km below the surface" and "a depth of 9.1 miles" of an aftershock are two.
            let duration = a.dimension == Some(crate::words::units::Dimension::Duration);
            // "three weeks previously", "two years ago": a span that places a moment, not one
            // that measures anything.
            let offset = |s: &crate::analyse::Sentence, f: &crate::analyse::Extracted| matches!(s.tokens.get(f.tokens.1).map(|t| t.norm.as_str()), Some("ago" | "previously" | "earlier" | "later" | "before" | "after" | "beforehand" | "afterwards"));
            let offsets = offset(p.article, p.fact) || offset(p.source.sentence, p.candidate());
            // A span that names nothing it measures is whose it is: where both name someone
            // first, it conflicts only when that is the same one (who ran it), and only with
            // a span of its size ("2:00:35" is no "34 seconds" off a record).
            let primaries = match (p.fact.frame.primary, p.candidate().frame.primary) {
                (Some(x), Some(y)) => p.ctx.terms_match(x, y),
                _ => true,
            };
            let (x, y) = (a.base.interval.lo.abs(), b.base.interval.lo.abs());
            let sized = x.max(y) < x.min(y) * TUNING.unmeasured_span_ratio;
            if a.dimension.is_some() && al.measured != Line::Same && !(duration && al.holders == Line::Same && primaries && sized && !offsets) {
                return None;
            }
            // A bare number ("atop pad 39", "the 100") says nothing of what it counts: it may
            // agree with a figure, never contradict one.
            let bare = |f: &crate::analyse::Extracted, q: &Quantity| q.dimension.is_none() && f.frame.head.is_none();
            if bare(p.fact, a) || bare(p.candidate(), b) {
                return None;
            }
            al.may_conflict().then(|| p.contradict("quantity.incompatible", al.context)).flatten()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse::analyse;
    use crate::kinds::{FactKind, Value};
    use crate::testing::{checked_in, dated_checked_in, dated_verdict_in, verdict_in};
    use crate::Verdict;

    fn quantities(text: &str) -> Vec<(String, String)> {
        analyse(text)
            .sentences
            .iter()
            .flat_map(|s| s.facts.iter().filter(|f| f.kind == FactKind::Quantity).map(|f| (f.span.slice(text).to_string(), f.display.clone())))
            .collect()
    }

    #[test]
    fn hours_and_minutes_are_one_duration() {
        assert_eq!(quantities("The meeting lasted two hours and 24 minutes."), [("two hours and 24 minutes".to_string(), "2.4 hours".to_string())]);
        let corpus = ["The shareholder meeting in Osaka lasted two hours and 24 minutes."];
        assert_eq!(verdict_in(&corpus, "The shareholder meeting in Osaka lasted almost two and a half hours.", "two and a half hours"), Verdict::Agree);
        // Its twin: a span that it cannot be conflicts.
        assert_eq!(verdict_in(&corpus, "The shareholder meeting in Osaka lasted almost four hours.", "four hours"), Verdict::Conflict);
    }

    #[test]
    fn a_part_of_a_count_measures_what_the_part_is() {
        // "174 of them homes" counts homes, not the structures before it.
        let corpus = ["In all, the fire in the hills destroyed 349 structures across the county."];
        assert_eq!(verdict_in(&corpus, "In all, the fire in the hills destroyed 374 structures across the county, 174 of them homes.", "174"), Verdict::NotFound);
        // Its twin: another count of the same part conflicts.
        let corpus = ["In all, the fire in the hills destroyed 374 structures across the county, 174 of them homes."];
        assert_eq!(verdict_in(&corpus, "In all, the fire in the hills destroyed 374 structures across the county, 184 of them homes.", "184"), Verdict::Conflict);
    }

    #[test]
    fn a_bare_number_never_contradicts_a_count() {
        let corpus = ["The Kelby rocket awaiting launch atop pad 39 at the Marl Space Center."];
        assert_eq!(verdict_in(&corpus, "A Kelby rocket carrying four astronauts lifted off from the launch pad at the Marl Space Center.", "four astronauts"), Verdict::NotFound);
        // Its twin: a count of the same thing conflicts.
        let corpus = ["The Kelby rocket awaiting launch with five astronauts atop the pad at the Marl Space Center."];
        assert_eq!(verdict_in(&corpus, "A Kelby rocket carrying four astronauts lifted off from the launch pad at the Marl Space Center.", "four astronauts"), Verdict::Conflict);
    }

    #[test]
    fn qualified_counts_and_what_they_count() {
        assert_eq!(quantities("The region has more than 2,300 foreign students."), [("more than 2,300 foreign students".to_string(), "> 2300 foreign students".to_string())]);
        assert_eq!(quantities("It charged him on nine theft and forgery counts.")[0].1, "9 theft forgery counts");
    }

    #[test]
    fn a_hyphened_compound_is_one_word_of_what_is_counted() {
        let counted: Vec<String> = quantities("Crews were backed by 12 water-dropping aircraft.").into_iter().map(|(text, _)| text).collect();
        assert_eq!(counted, ["12 water-dropping aircraft"]);
        // What is counted is the aircraft, not the water: 21 of them conflict.
        let corpus = ["More than 700 firefighters, backed by 12 water-dropping aircraft, fought the blaze."];
        assert_eq!(verdict_in(&corpus, "More than 700 firefighters and 21 aircraft fought the blaze.", "21 aircraft"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "More than 700 firefighters and 12 aircraft fought the blaze.", "12 aircraft"), Verdict::Agree);
    }

    #[test]
    fn a_count_written_as_a_word_after_and_starts_its_own_phrase() {
        let counted: Vec<String> = quantities("The firm employs about 6,800 people and runs fourteen processing plants.").into_iter().map(|(text, _)| text).collect();
        assert_eq!(counted, ["about 6,800 people", "fourteen processing plants"]);
    }

    #[test]
    fn measures_in_other_units_are_one_measure() {
        let a = analyse("The epicentre was at a depth of 12 kilometres.");
        let b = analyse("It struck at a depth of 7.5 miles.");
        let base = |x: &crate::analyse::Analysed| x.sentences[0].facts.iter().find_map(|f| match &f.value {
            Value::Quantity(q) => Some(q.base.interval.lo),
            _ => None,
        });
        let (x, y) = (base(&a).unwrap(), base(&b).unwrap());
        assert!((x - y).abs() / x < 0.01, "{x} {y}");
    }

    #[test]
    fn the_same_fractional_bound_in_other_words_agrees() {
        let story = |bound: &str| [
            format!("They argue that a term of no more than {bound} years would be fair for a first offence."),
            "The court met on Monday.".to_string(),
            "Prosecutors asked for 15 years in prison.".to_string(),
            "The judge will rule on Thursday.".to_string(),
        ];
        let ask = |bound: &str| format!("Her lawyers wanted no more than {bound} years.");
        let (half, whole) = (story("seven and a half"), story("seven"));
        assert_eq!(verdict_in(&half.each_ref().map(String::as_str), &ask("seven and a half"), "no more than seven and a half years"), Verdict::Agree);
        // A whole figure in other words is no such coincidence.
        assert_eq!(verdict_in(&whole.each_ref().map(String::as_str), &ask("seven"), "no more than seven years"), Verdict::NotFound);
    }

    #[test]
    fn the_same_stated_range_in_other_words_agrees() {
        let story = |range: &str| [
            format!("Prosecutors are pressing for {range} years."),
            "The court met on Monday.".to_string(),
            "The judge will rule on Thursday.".to_string(),
        ];
        let ask = "Prosecutors had asked the court to jail the trader for 20 to 30 years, citing the harm done.";
        let same = story("20-30");
        assert_eq!(verdict_in(&same.each_ref().map(String::as_str), ask, "20 to 30 years"), Verdict::Agree);
        // Twin: another range of the same thing conflicts.
        let other = story("10-15");
        assert_eq!(verdict_in(&other.each_ref().map(String::as_str), ask, "20 to 30 years"), Verdict::Conflict);
    }

    #[test]
    fn a_bound_is_implied_only_by_a_figure_of_the_same_thing() {
        let article = "The council reached its decision after more than three days of talks.";
        let headline = ["Ousted mayor Ada Marr gets 12 years for bribery", "The court met in the capital."];
        assert_eq!(verdict_in(&headline, article, "more than three days of talks"), Verdict::NotFound);
        let longer = ["After four days of talks, the council announced its decision on Thursday.", "The court met in the capital."];
        assert_eq!(verdict_in(&longer, article, "more than three days of talks"), Verdict::Agree);
        // Twin: shorter talks cannot be more than three days.
        let shorter = ["After two days of talks, the council announced its decision on Thursday.", "The court met in the capital."];
        assert_eq!(verdict_in(&shorter, article, "more than three days of talks"), Verdict::Conflict);
    }

    #[test]
    fn a_loose_figure_is_not_confirmed_by_another_things_figure_within_it() {
        let article = "The survey put the focus under the bay at a depth of about 14 kilometres, officials said.";
        let aftershock = ["Tremors went on all night, one of magnitude 5.2 and a depth of 9.1 miles.", "Schools were closed."];
        assert_eq!(verdict_in(&aftershock, article, "about 14 kilometres"), Verdict::NotFound);
        // Twin: the same focus at a figure within it agrees.
        let focus = ["The survey gave the focus under the bay a depth of 14.3 kilometres.", "Schools were closed."];
        assert_eq!(verdict_in(&focus, article, "about 14 kilometres"), Verdict::Agree);
    }

    #[test]
    fn a_gapped_count_is_the_second_names_alone() {
        let corpus = [
            "The Kestrel Party took 44 seats, while the Marlin Party won 41 seats in the 90-seat council.",
            "The council meets in March.",
        ];
        let article = |n: &str| format!("In the 90-seat council, the Kestrel Party won 44 seats and the Marlin Party {n}, while others took six.");
        assert_eq!(verdict_in(&corpus, &article("41"), "41"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, &article("39"), "39"), Verdict::Conflict);
        // The figure shown against it is the one it speaks of, not the council's size.
        let docs = corpus.iter().enumerate().map(|(i, t)| crate::Document { id: format!("d{i}"), source: format!("Source {i}"), language: "en".into(), text: t.to_string() }).collect();
        let report = crate::Corpus::new(docs).check(&article("39")).expect("checks");
        let reason = &crate::testing::fact_in(&report, "39").reason;
        assert!(reason.contains("41 seats") && !reason.contains("90"), "{reason}");
    }

    #[test]
    fn whose_count_it_is_is_the_first_person_named() {
        let corpus = [
            "Outgoing Deputy Premier Vela Min-to of the Harbour Party won the race, taking 4,212,736 votes.",
            "The Vela-Dunn ticket defeated Kaur Oden and his running mate Ostrom Pell, who took 3,904,117 votes.",
        ];
        let article = |votes: &str| format!("Vela, 58, and his running mate, Ostrom Pell, won the race with {votes} votes, according to the Harbour Party.");
        assert_eq!(verdict_in(&corpus, &article("4,212,736"), "4,212,736 votes"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, &article("4,112,736"), "4,112,736 votes"), Verdict::Conflict);
    }

    #[test]
    fn a_span_that_places_a_moment_measures_nothing() {
        let corpus = ["KELBY − Ivo Marek was jailed for 12 years on Thursday for taking $3 billion from savers.", "Ivo Marek spent 9 years in the navy."];
        let article = "The judge read the ruling in the same courtroom where, three weeks previously, Ivo Marek told jurors he meant no harm to anyone.";
        assert_eq!(verdict_in(&corpus, article, "three weeks"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Ivo Marek spent 14 years in the navy.", "14 years"), Verdict::Conflict);
    }

    #[test]
    fn a_date_no_source_speaks_to_is_reported_with_the_value_it_times() {
        let corpus = [("wire", "2031-05-08", "Nearly 2,140 people were injured in the flood, officials said.")];
        let report = |n: &str| {
            let loaded = crate::corpus::LoadedCorpus {
                name: String::new(),
                documents: corpus.iter().map(|(id, _, t)| crate::corpus::Document { id: id.to_string(), source: id.to_string(), language: "en".into(), text: t.to_string() }).collect(),
                skipped: vec![],
                dates: corpus.iter().map(|(id, d, _)| (id.to_string(), d.to_string())).collect(),
                listed: vec![],
            };
            crate::Corpus::from_loaded(loaded).check_as_of(&format!("The number of people injured in the flood passed {n} on Thursday."), crate::CalendarDate::parse("2031-05-08")).unwrap()
        };
        for (n, verdict) in [("2,000", Verdict::Agree), ("3,000", Verdict::Conflict)] {
            let r = report(n);
            let facts: Vec<_> = r.claims.iter().flat_map(|c| &c.facts).collect();
            let fact = facts.iter().find(|f| f.text == format!("{n} on Thursday")).unwrap_or_else(|| panic!("{facts:#?}"));
            assert_eq!(fact.verdict, verdict, "{n}");
            assert!(!facts.iter().any(|f| f.text == "on Thursday"), "the date is no fact of its own");
        }
    }

    #[test]
    fn people_a_relative_clause_names_are_what_it_counts() {
        let corpus = ["At least 2,345 people whom aid agencies count as refugees remain in camps, and the true figure is thought to be higher."];
        assert_eq!(verdict_in(&corpus, "According to Ardent, 2,318 refugees remain in the country.", "2,318 refugees"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "According to Ardent, more than 2,300 refugees remain in the country.", "more than 2,300 refugees"), Verdict::Agree);
        // People the clause does not name are not the refugees.
        let other = ["At least 2,345 people whom officials count as seasonal workers remain on the farms, and the true figure is thought to be higher."];
        assert_eq!(verdict_in(&other, "According to Ardent, 2,318 refugees remain in the country.", "2,318 refugees"), Verdict::NotFound);
    }

    #[test]
    fn a_quarter_of_a_century_is_25_years() {
        let corpus = ["A court in Marl sentenced the smuggler to 25 years in jail on Tuesday."];
        assert_eq!(verdict_in(&corpus, "A court in Marl sentenced the smuggler to a quarter of a century in jail.", "a quarter of a century"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "A court in Marl sentenced the smuggler to half a century in jail.", "half a century"), Verdict::Conflict);
    }

    #[test]
    fn a_count_of_the_rest_confirms_no_total() {
        // "fifty-nine structures had been destroyed" agreed with "another 60 structures" damaged.
        let corpus = ["Flames in Oakvale County damaged another 60 structures, fire officials said."];
        assert_eq!(verdict_in(&corpus, "Fire officials said fifty-nine structures in Oakvale County had been destroyed.", "fifty-nine structures"), Verdict::NotFound);
        // Twin: a count of the rest agrees with the same count of the rest.
        assert_eq!(verdict_in(&corpus, "Fire officials said flames in Oakvale County damaged another 60 structures.", "60 structures"), Verdict::Agree);
    }

    #[test]
    fn a_count_of_further_things_counts_them() {
        // "four further rate cuts" was no fact: "further" ended the phrase before its noun.
        let corpus = ["Investors in Norland priced in two further rate cuts by the end of 2025."];
        assert_eq!(verdict_in(&corpus, "Investors in Norland priced in four further rate cuts by the end of 2025.", "four further rate cuts"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "By the end of 2025, investors in Norland priced in two further rate cuts.", "two further rate cuts"), Verdict::Agree);
    }

    #[test]
    fn three_quarters_of_an_hour_is_45_minutes() {
        // It was read as "three quarters" and as "a quarter of an hour".
        let corpus = ["Prime Minister Ola Berg spoke for 45 minutes in parliament on Wednesday."];
        assert_eq!(verdict_in(&corpus, "Prime Minister Ola Berg spoke for about three-quarters of an hour in parliament on Wednesday.", "three-quarters of an hour"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Prime Minister Ola Berg spoke for about a quarter of an hour in parliament on Wednesday.", "a quarter of an hour"), Verdict::Conflict);
    }

    #[test]
    fn a_count_written_as_a_word_is_the_count() {
        let corpus = ["Mayor Ada Lenz said 37 office buildings were damaged in the flood."];
        assert_eq!(verdict_in(&corpus, "Mayor Ada Lenz said thirty-seven office buildings had been damaged.", "thirty-seven office buildings"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Mayor Ada Lenz said forty-seven office buildings had been damaged.", "forty-seven office buildings"), Verdict::Conflict);
    }

    #[test]
    fn two_lower_bounds_never_conflict_but_a_point_below_one_does() {
        let corpus = ["The governor has pardoned more than 350 prisoners since July."];
        assert_eq!(verdict_in(&corpus, "The governor has pardoned more than 300 prisoners since July.", "more than 300 prisoners"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The governor has pardoned 290 prisoners since July.", "290 prisoners"), Verdict::Conflict);
    }

    #[test]
    fn a_different_stated_range_conflicts_and_the_same_range_agrees() {
        let corpus = ["Prosecutors had asked the court to jail Ivo Marek for 20 to 30 years."];
        assert_eq!(verdict_in(&corpus, "Prosecutors had asked for 10 to 20 years for Ivo Marek.", "10 to 20 years"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Prosecutors had asked for 20 to 30 years for Ivo Marek.", "20 to 30 years"), Verdict::Agree);
    }

    #[test]
    fn counts_of_different_things_in_one_sentence_do_not_meet() {
        // The injured are not the dead: the count of one is no evidence about the other.
        let corpus = ["The flood killed 17 people and injured 2,143, officials said."];
        assert_eq!(verdict_in(&corpus, "Officials said 2,143 people were injured in the flood.", "2,143 people"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Officials said 2,314 people were injured in the flood.", "2,314 people"), Verdict::Conflict);
        let corpus = ["The flood injured 2,143 people, officials said."];
        assert_eq!(verdict_in(&corpus, "Officials said 2,143 people were killed in the flood.", "2,143 people"), Verdict::NotFound);
    }

    #[test]
    fn one_instance_is_not_another() {
        // "a three-story hotel" and "a nine-story hotel" are two hotels.
        let corpus = ["A nine-story hotel collapsed in the old town."];
        assert_eq!(verdict_in(&corpus, "A three-story hotel collapsed in the old town.", "three-story hotel"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "A nine-story hotel collapsed in the old town on Friday.", "nine-story hotel"), Verdict::Agree);
    }

    #[test]
    fn people_are_not_counted_by_the_noun_of_another_count_in_their_clause() {
        // "8,600 people and runs 14 processing plants": the plants are the other count's
        // noun, not what the people are. Where the people's own figure lines up, it is the
        // one set against the article's.
        let corpus = ["Corvel Mills employs about 6,800 people and runs 14 processing plants."];
        let fact = checked_in(&corpus, "Corvel Mills employs about 8,600 people and runs 14 processing plants.", "8,600 people");
        assert_eq!(fact.verdict, Verdict::Conflict);
        assert_eq!(fact.evidence[0].source_value, "about 6,800 people");
        // Where it does not (only the source names whose they are), the plants are no
        // evidence about the people either.
        let corpus = ["Corvel Mills, based in Tarrow, employs about 6,800 people and runs 14 processing plants."];
        let fact = checked_in(&corpus, "The company employs about 8,600 people and runs 14 processing plants.", "8,600 people");
        assert_eq!((fact.verdict, fact.evidence.len()), (Verdict::NotFound, 0), "{fact:#?}");
    }

    #[test]
    fn a_level_that_rose_is_not_one_that_fell_as_far() {
        let corpus = ["The Varna river fell 2 metres overnight at the Kolt bridge, officials said."];
        let fact = checked_in(&corpus, "Officials said the Varna river rose 2 metres overnight at the Kolt bridge.", "2 metres");
        assert_eq!((fact.verdict, fact.rule.as_str()), (Verdict::Conflict, "quantity.other_direction"));
        assert_eq!(fact.evidence[0].source_value, "fell 2 metres");
        assert_eq!(verdict_in(&corpus, "Officials said the Varna river dropped 2 metres overnight at the Kolt bridge.", "2 metres"), Verdict::Agree);
    }

    #[test]
    fn a_span_after_after_belongs_to_the_clause_before_it() {
        // "after 12 minutes" is a phrase of time, not a clause of its own: its context is the
        // scoring, on both sides.
        let corpus = ["The Swedish forward, 24, opened the scoring after 12 minutes and made it 2-0 midway through the second half."];
        assert_eq!(verdict_in(&corpus, "The Swedish forward, 24, opened the scoring after 12 minutes.", "12 minutes"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The Swedish forward, 24, opened the scoring after 21 minutes.", "21 minutes"), Verdict::Conflict);
    }

    #[test]
    fn a_name_opening_the_sentence_confirms_the_sources_holder() {
        // "Corvel employs …": the first word may be a name or not ("Turnout was …"); where it
        // is a holder the source names, the two counts are the same company's.
        let corpus = ["Corvel Mills, based in Tarrow, employs about 6,800 people."];
        assert_eq!(verdict_in(&corpus, "Corvel employs about 8,600 people.", "8,600 people"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Corvel employs about 6,800 people.", "6,800 people"), Verdict::Agree);
        // Another first word tells nothing apart, and confirms nothing either.
        assert_eq!(verdict_in(&corpus, "Harlow employs about 8,600 people.", "8,600 people"), Verdict::NotFound);
    }

    #[test]
    fn two_counts_of_one_addition_conflict() {
        let corpus = ["The port authority asked the coastguard for 40 extra divers to help with the search."];
        let fact = checked_in(&corpus, "The port authority asked the coastguard for 60 extra divers.", "60 extra divers");
        assert_eq!(fact.verdict, Verdict::Conflict, "{fact:#?}");
        assert_eq!(fact.reason, "Source 0: 40 extra divers; article: 60 extra divers");
        assert_eq!(fact.rule, "quantity.incompatible");
        assert_eq!(verdict_in(&corpus, "The port authority asked the coastguard for 40 extra divers.", "40 extra divers"), Verdict::Agree);
    }

    #[test]
    fn a_part_is_no_conflict_with_the_whole_nor_with_a_rest() {
        // An addition is not the whole force, and "four others" is a rest beside someone else.
        let corpus = ["The port authority asked the coastguard for 40 extra divers to help with the search."];
        assert_eq!(verdict_in(&corpus, "The port authority asked the coastguard for 60 divers.", "60 divers"), Verdict::NotFound);
        let corpus = ["The coastguard rescued a Danish skipper and three others."];
        assert_eq!(verdict_in(&corpus, "The coastguard rescued a Danish skipper and four others.", "four others"), Verdict::NotFound);
        // "more" counts a toll's increment, which differs from one report to the next.
        let corpus = ["The coastguard said 14 more divers had joined the search."];
        assert_eq!(verdict_in(&corpus, "The coastguard said 20 more divers had joined the search.", "20"), Verdict::NotFound);
    }

    /// A capitalised word before the counted noun modifies it: "3,000 US flights" counts
    /// flights (not a count with no noun, "US" read as the pronoun), "8.5 million Windows
    /// devices" counts devices (not "Windows", read as a plural that ends the phrase).
    #[test]
    fn a_name_before_the_counted_noun_modifies_it() {
        let counted: Vec<String> = quantities("Over 3,000 US flights were cancelled and 8.5 million Windows devices crashed.").into_iter().map(|(_, display)| display).collect();
        assert_eq!(counted, ["> 3000 flights", "8450000–8550000 windows devices"]);
        let corpus = ["The faulty update crashed 8.5 million Windows devices, the company said on Saturday."];
        assert_eq!(verdict_in(&corpus, "The faulty update crashed 8.5 million devices.", "8.5 million devices"), Verdict::Agree);
        // Its twin: another count of the same devices conflicts.
        assert_eq!(verdict_in(&corpus, "The faulty update crashed 85 million devices.", "85 million devices"), Verdict::Conflict);
    }

    /// "2:00:35" is a span of hours, minutes and seconds: one figure, to the second.
    #[test]
    fn a_race_time_is_one_span_to_the_second() {
        assert_eq!(quantities("Brant won in 2:00:35 on Sunday."), [("2:00:35".to_string(), "2:00:35".to_string())]);
        let corpus = ["Ivo Brant won the Kelby marathon in 2:00:35, breaking the course record.", "Roads reopened in the evening."];
        assert_eq!(verdict_in(&corpus, "Brant won the Kelby marathon in two hours and 35 seconds.", "two hours and 35 seconds"), Verdict::Agree);
        // Its twin: another time, 18 seconds slower, conflicts.
        assert_eq!(verdict_in(&corpus, "Ivo Brant won the Kelby marathon in 2:00:53.", "2:00:53"), Verdict::Conflict);
    }

    /// Spans that name nothing they measure: a race time is no margin, and one runner's time
    /// is not another's.
    #[test]
    fn an_unmeasured_span_is_whose_it_is_and_of_its_size() {
        let corpus = ["Ivo Brant won the Kelby marathon in 2:00:35, beating the old record by 34 seconds.", "Roads reopened in the evening."];
        // The old record, 2:01:09, set by someone else, and a margin: neither is his time.
        assert_eq!(verdict_in(&corpus, "Ada Marr had won the Kelby marathon in 2:01:09 a year before.", "2:01:09"), Verdict::NotFound);
        let margin = ["Ivo Brant beat the old Kelby marathon record by 34 seconds.", "Roads reopened in the evening."];
        assert_eq!(verdict_in(&margin, "Ivo Brant won the Kelby marathon in 2:00:35 on a cold morning.", "2:00:35"), Verdict::NotFound);
        assert_eq!(verdict_in(&margin, "Ivo Brant beat the old Kelby marathon record by 43 seconds on Sunday.", "43 seconds"), Verdict::Conflict);
        // Its twin: his own time, written otherwise, conflicts.
        assert_eq!(verdict_in(&corpus, "Ivo Brant won the Kelby marathon in 2:01:09 on Sunday.", "2:01:09"), Verdict::Conflict);
    }

    #[test]
    fn a_holder_one_report_names_and_another_describes_is_one_holder() {
        let corpus = ["The Kestrel Mining Bureau located the leak at a depth of 410 metres.", "Roads reopened in the evening."];
        // "the mining agency" is the Mining Bureau: its other depth conflicts, its own agrees.
        let conflict = checked_in(&corpus, "Crews said the regional mining agency placed its source at a depth of 520 metres.", "520 metres");
        assert_eq!(conflict.verdict, Verdict::Conflict, "{conflict:#?}");
        assert_eq!(conflict.evidence[0].source_value, "410 metres", "{conflict:#?}");
        assert_eq!(verdict_in(&corpus, "Crews said the regional mining agency placed its source at a depth of 410 metres.", "410 metres"), Verdict::Agree);
        // Its twins: a holder described otherwise, or not at all, is not the Bureau.
        assert_eq!(verdict_in(&corpus, "Crews said the regional water agency placed its source at a depth of 520 metres.", "520 metres"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Crews said a rival survey placed its source at a depth of 520 metres.", "520 metres"), Verdict::NotFound);
    }

    /// Two reports written the same day, neither giving another time, give that day's count:
    /// a different count of the same thing conflicts without more words in common. A report
    /// of another day may give an earlier count; a measure that stays (a magnitude) is no
    /// count of the day.
    #[test]
    fn counts_of_one_thing_in_reports_of_the_same_day_conflict() {
        let corpus = [
            ("wire", "2031-05-07", "Of the 12 dead, four were found near the old harbour wall."),
            ("wire", "2031-05-07", "Officials said the dead had not yet been named."),
            ("wire", "2031-05-07", "Relatives gathered to mourn the dead."),
        ];
        let article = "Ferries stayed in port, although the death toll remained steady at eleven.";
        let same_day = dated_checked_in(&corpus, article, Some("2031-05-07"), "eleven");
        assert_eq!(same_day.verdict, Verdict::Conflict, "{same_day:#?}");
        assert_eq!(same_day.evidence[0].source_value, "12 dead");
        let other_day = dated_checked_in(&corpus, article, Some("2031-05-09"), "eleven");
        assert_eq!(other_day.verdict, Verdict::NotFound, "{other_day:#?}");
        let measures = [
            ("wire", "2031-05-07", "A partly collapsed hotel after the 6.9 magnitude earthquake."),
            ("wire", "2031-05-07", "Seismologists revised the magnitude twice."),
            ("wire", "2031-05-07", "Its magnitude surprised the coast."),
        ];
        let aftershocks = "The quake set off dozens of aftershocks, with magnitudes ranging from 3.1 to 5.8.";
        assert_eq!(dated_verdict_in(&measures, aftershocks, Some("2031-05-07"), "from 3.1 to 5.8"), Verdict::NotFound);
    }

    /// "dozens of workers" counts workers; it takes no head from a value before it.
    #[test]
    fn a_vague_count_of_a_noun_counts_that_noun() {
        let article = "The magnitude 6.9 quake struck at dawn, leaving dozens of workers trapped.";
        assert_eq!(verdict_in(&["The magnitude 6.9 quake struck at dawn."], article, "dozens"), Verdict::NotFound);
        assert_eq!(verdict_in(&["The magnitude 6.9 quake struck at dawn.", "Nearly 150 workers were trapped in the mine."], article, "dozens"), Verdict::Conflict);
        assert_eq!(verdict_in(&["The magnitude 6.9 quake struck at dawn.", "Nearly 50 workers were trapped in the mine."], article, "dozens"), Verdict::Agree);
    }

    /// A measure of a thing and the thing measured: "a 290-metre vessel" is "a length of 290
    /// metres"; "moving at eight knots" is "a speed of 8 knots", and 12 knots is not.
    #[test]
    fn a_measure_named_on_one_side_is_the_measure_of_the_thing_on_the_other() {
        let corpus = ["The Korvo, which has a length of 290 metres, lost power.", "The ship was coming in at a speed of 8 knots.", "Officials met the crew."];
        assert_eq!(verdict_in(&corpus, "The Korvo, a 290-metre vessel, lost power.", "290-metre"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The Korvo, a 310-metre vessel, lost power.", "310-metre"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "The ship was moving at eight knots.", "eight knots"), Verdict::Agree);
        let faster = checked_in(&corpus, "The ship was moving at 12 knots.", "12 knots");
        assert_eq!((faster.verdict, faster.evidence[0].source_value.as_str()), (Verdict::Conflict, "8 knots"));
    }

    /// "the 60 years demanded by creditors": the agent after the value is whose figure it is,
    /// not the group an earlier clause names.
    #[test]
    fn a_figure_given_by_an_agent_after_it_is_that_agents() {
        let article = "The court gave Brant a repayment term that was twice what investors offered and less than a third of the 60 years demanded by creditors.";
        let corpus = ["Creditors had demanded 60 years for Brant."];
        assert_eq!(verdict_in(&corpus, article, "60 years"), Verdict::Agree);
        let corpus = ["Creditors had demanded 70 years for Brant."];
        let other = checked_in(&corpus, article, "60 years");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "70 years"));
    }

    /// "its fleet of 65 aircraft" gives the fleet's size; the 171 aircraft a regulator
    /// grounded are another count of the same kind of aircraft.
    #[test]
    fn a_fleets_size_is_no_count_of_what_was_grounded() {
        let corpus = ["Norland Air said it would ground its fleet of 65 Kestrel 420 LX 7 aircraft for checks on Saturday."];
        let grounded = "Regulators ordered the grounding of 171 Kestrel 420 LX 7 aircraft after a panel blew out on a Norland Air flight.";
        assert_ne!(verdict_in(&corpus, grounded, "171"), Verdict::Conflict);
        // Its twin: the fleet's size given otherwise.
        let fleet = "Norland Air grounded its fleet of 56 Kestrel 420 LX 7 aircraft for checks on Saturday.";
        let other = checked_in(&corpus, fleet, "56");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "65"));
        assert_eq!(verdict_in(&corpus, "Norland Air grounded its fleet of 65 Kestrel 420 LX 7 aircraft for checks on Saturday.", "65"), Verdict::Agree);
    }

    /// "65 Kestrel 420 LX 7 aircraft" counts aircraft: the count reaches past the model's name
    /// to the noun it counts, so a count of the same aircraft given otherwise conflicts.
    #[test]
    fn a_count_of_a_model_counts_the_noun_after_its_name() {
        let corpus = ["Inspectors found loose bolts on 40 aircraft at the Skyline Airways base, the airline said on Monday."];
        let other = checked_in(&corpus, "Inspectors found loose bolts on 14 Kestrel 420 LX 7 aircraft at the Skyline Airways base.", "14");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "40 aircraft"));
        assert_eq!(verdict_in(&corpus, "Inspectors found loose bolts on 40 Kestrel 420 LX 7 aircraft at the Skyline Airways base.", "40"), Verdict::Agree);
    }

    #[test]
    fn a_name_in_a_relative_clause_after_a_count_is_not_whose_count_it_is() {
        let corpus = ["Rescuers said 120 passengers were on the Skyline Airways flight when it left the runway on Monday."];
        let other = checked_in(&corpus, "Rescuers said 140 passengers were on the flight that Brant Air had leased when it left the runway.", "140");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "120 passengers"));
        assert_eq!(verdict_in(&corpus, "Rescuers said 120 passengers were on the flight that Brant Air had leased when it left the runway.", "120"), Verdict::Agree);
    }

    #[test]
    fn a_bound_is_implied_by_a_count_of_the_same_act_in_other_words() {
        let corpus = ["According to the regional fire service, 64 individuals remain trapped, some of them in collapsed farm buildings near Kelby."];
        let other = checked_in(&corpus, "More than 40 people were reportedly trapped.", "More than 40");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Agree, "64 individuals"));
        // Another act is another count; a figure the source's rules out, in its words, conflicts.
        assert_eq!(verdict_in(&corpus, "More than 40 people were reportedly injured.", "More than 40"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "At least 90 individuals remain trapped in collapsed buildings, the fire service said.", "At least 90"), Verdict::Conflict);
    }

    #[test]
    fn a_part_of_a_count_counts_what_the_count_counts() {
        let corpus = ["The train derailed near Kelby on Monday. Eight of its ten carriages left the rails, the operator said."];
        let other = checked_in(&corpus, "Six of its ten carriages left the rails.", "Six of its ten carriages");
        assert_eq!((other.verdict, other.value.as_str(), other.evidence[0].source_value.as_str()), (Verdict::Conflict, "6 of 10 carriages", "Eight of its ten carriages"));
        assert_eq!(verdict_in(&corpus, "Eight of its ten carriages left the rails.", "Eight of its ten carriages"), Verdict::Agree);
        // A count of the same act, written without its whole, is the same part.
        assert_eq!(verdict_in(&corpus, "Six carriages left the rails.", "Six carriages"), Verdict::Conflict);
        // Another part of the same whole does something else, and the whole is no part.
        assert_eq!(verdict_in(&corpus, "Two of its ten carriages caught fire.", "Two of its ten carriages"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Eight of its ten carriages caught fire.", "Eight of its ten carriages"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "The train had twelve carriages.", "twelve carriages"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Six of its twelve carriages left the rails.", "twelve carriages"), Verdict::Conflict);
    }

    #[test]
    fn one_unit_of_time_with_a_bound_is_a_duration() {
        let corpus = ["The ministers reached a deal after more than an hour of talks in Kelby, officials said."];
        let other = checked_in(&corpus, "The ministers reached a deal after 20 minutes of talks in Kelby.", "20 minutes");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "more than an hour of talks"));
        assert_eq!(verdict_in(&corpus, "The ministers reached a deal after more than 60 minutes of talks in Kelby.", "60 minutes"), Verdict::Agree);
        // A longer span is within the bound, not said by it; "a day" in a rate, and "a week
        // ago", are no spans.
        assert_eq!(verdict_in(&corpus, "The ministers reached a deal after 90 minutes of talks in Kelby.", "90 minutes"), Verdict::NotFound);
        let kinds = |text: &str| crate::analyse::analyse(text).sentences.iter().flat_map(|s| s.facts.iter()).filter(|f| f.kind == crate::kinds::FactKind::Quantity).map(|f| f.span.slice(text).to_string()).collect::<Vec<_>>();
        assert_eq!(kinds("The line carries about 18,000 passengers a day."), ["about 18,000 passengers"]);
        assert!(kinds("It closed more than a week ago.").is_empty());
        assert_eq!(kinds("It will stay closed for at least a week."), ["at least a week"]);
    }

    #[test]
    fn a_count_after_an_opening_of_the_counts_a_part_of_those() {
        let corpus = ["Of the injured, 12 were in serious condition, the regional health department said."];
        let other = checked_in(&corpus, "Of the injured, 21 were in serious condition.", "21");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "12"));
        assert_eq!(verdict_in(&corpus, "Of the injured, 12 were in serious condition, officials said.", "12"), Verdict::Agree);
        // Another part of them, or a part of others, is another count.
        assert_eq!(verdict_in(&corpus, "Of the injured, 30 were children.", "30"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Of the injured, 5 were in critical condition.", "5"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Of the dead, 21 were in serious condition.", "21"), Verdict::NotFound);
    }

    #[test]
    fn a_crowd_of_a_size_is_that_crowd() {
        let corpus = ["A crowd of 18,412 watched the semi-final on Saturday."];
        let other = checked_in(&corpus, "A crowd of 14,812 watched the semi-final at the Kestrel Ground.", "14,812");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "18,412"));
        assert_eq!(verdict_in(&corpus, "A crowd of 18,412 watched the semi-final at the Kestrel Ground.", "18,412"), Verdict::Agree);
        // Those who watched it elsewhere are no crowd.
        assert_eq!(verdict_in(&corpus, "Some 14,812 viewers watched the semi-final on television on Saturday.", "14,812"), Verdict::NotFound);
    }

    #[test]
    fn an_agreement_shows_first_the_source_that_gives_the_same_figure() {
        let corpus = [
            "Three people were killed and dozens hurt when a train derailed on a bridge outside Kelby on Monday morning.",
            "A passenger train derailed near Kelby early on Monday, killing three people and injuring 47, the rail operator said.",
        ];
        let fact = checked_in(&corpus, "A passenger train derailed near Kelby on Monday, killing three people and injuring 47.", "47");
        assert_eq!((fact.verdict, fact.rule.as_str(), fact.evidence[0].source_value.as_str()), (Verdict::Agree, "quantity.same", "47"));
        // A figure only one source bears out, loosely, is shown with that source.
        let loose = checked_in(&corpus[..1], "A passenger train derailed near Kelby on Monday, killing three people and injuring 47.", "47");
        assert_eq!((loose.verdict, loose.evidence[0].source_value.as_str()), (Verdict::Agree, "dozens"));
    }

    #[test]
    fn whom_a_figure_is_told_to_is_not_whose_it_is() {
        let corpus = ["Chief executive Ana Kelby told analysts the company would cut about 2,000 jobs at its plants in Norland and Ostria."];
        let other = checked_in(&corpus, "Kelby said the company would cut about 3,000 jobs in Norland and Ostria.", "3,000");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "about 2,000 jobs"));
        assert_eq!(verdict_in(&corpus, "Kelby said the company would cut about 2,000 jobs in Norland and Ostria.", "2,000"), Verdict::Agree);
    }

    #[test]
    fn a_name_in_a_phrase_set_off_by_commas_is_not_whose_the_count_outside_it_is() {
        let corpus = ["The carmaker, led by its founder Ana Kelby since 2021, plans to shed roughly 2,000 jobs in Norland and Ostria."];
        let other = checked_in(&corpus, "The carmaker will cut about 3,000 jobs in Norland and Ostria.", "3,000");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "roughly 2,000 jobs"));
        assert_eq!(verdict_in(&corpus, "The carmaker will cut about 2,000 jobs in Norland and Ostria.", "2,000"), Verdict::Agree);
    }

    #[test]
    fn a_date_in_a_phrase_set_off_by_commas_does_not_date_the_count_outside_it() {
        let corpus = [("wire", "2026-03-10", "Skyline Motors plans to cut 2,000 jobs at its Kelby plant, the company said.")];
        let article = |n: &str| format!("Skyline Motors, led by Kurt Olsen since 2019, plans to cut {n} jobs at its Kelby plant.");
        assert_eq!(dated_verdict_in(&corpus, &article("3,000"), Some("2026-03-10"), "3,000"), Verdict::Conflict);
        assert_eq!(dated_verdict_in(&corpus, &article("2,000"), Some("2026-03-10"), "2,000"), Verdict::Agree);
    }

    #[test]
    fn jobs_shed_are_a_count_as_jobs_cut_are() {
        let corpus = ["Skyline Motors will shed 2,000 jobs at its Kelby plant, the company said."];
        assert_eq!(verdict_in(&corpus, "Skyline Motors will cut 3,000 jobs at its Kelby plant.", "3,000"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Skyline Motors will cut 2,000 jobs at its Kelby plant.", "2,000"), Verdict::Agree);
    }

    #[test]
    fn the_same_part_of_what_a_whole_includes_conflicts_with_another_count_of_it() {
        let corpus = ["Skyline Motors delivered 1.1 million vehicles in the quarter, including 95,000 electric models."];
        let other = checked_in(&corpus, "Skyline Motors delivered 1.1 million vehicles in the quarter, including 59,000 electric models.", "59,000");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "95,000 electric models"));
        assert_eq!(verdict_in(&corpus, "In the quarter Skyline Motors delivered 1.1 million vehicles, including 95,000 electric models.", "95,000"), Verdict::Agree);
        // Another part of the whole is no count of this one.
        assert_ne!(verdict_in(&corpus, "Skyline Motors delivered 1.1 million vehicles in the quarter, including 59,000 hybrid trucks.", "59,000"), Verdict::Conflict);
    }

    #[test]
    fn a_round_figure_is_rounded_half_up() {
        let corpus = ["The probation office recommended a sentence of 100 years, the filing showed."];
        let other = checked_in(&corpus, "The probation office recommended a sentence of 105 years, the filing showed.", "105 years");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "100 years"));
        // 95 to 104 round to 100.
        assert_ne!(verdict_in(&corpus, "The probation office recommended a sentence of 104 years, the filing showed.", "104 years"), Verdict::Conflict);
        assert_ne!(verdict_in(&corpus, "The probation office recommended a sentence of 95 years, the filing showed.", "95 years"), Verdict::Conflict);
    }

    #[test]
    fn a_figure_counted_to_the_ten_is_rounded_no_further() {
        let corpus = ["A crowd of 41,250 watched the final at Kelby Park on Saturday."];
        let other = checked_in(&corpus, "A crowd of 45,250 watched the final at Kelby Park.", "45,250");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "41,250"));
        // A figure rounded to the thousand may be the same crowd.
        assert_ne!(verdict_in(&corpus, "A crowd of 41,000 watched the final at Kelby Park.", "41,000"), Verdict::Conflict);
    }
    #[test]
    fn a_value_a_relative_clause_gives_its_noun_measures_that_noun() {
        // "the board's estimate — which, at 40 days, ...": the 40 days are the estimate.
        let corpus = ["The minister will weigh the review board's estimate — which, at 40 days, drew complaints from the airlines — before ruling."];
        let other = checked_in(&corpus, "The minister will weigh the 45 days estimated by the review board.", "45 days");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "40 days"));
        assert_eq!(verdict_in(&corpus, "The minister will weigh the 40 days estimated by the review board.", "40 days"), Verdict::Agree);
        // What a body recommends is its guidance.
        let corpus = ["Regulators will weigh the safety panel's guidance, which, at 12 weeks, angered the airlines."];
        let other = checked_in(&corpus, "Regulators will weigh the 16 weeks recommended by the safety panel.", "16 weeks");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "12 weeks"));
        // The days another noun's relative clause gives are that noun's: the airline's
        // request is no estimate of the board's.
        let corpus = ["The minister will weigh the airline's request — which, at 40 days, drew complaints from the review board — before ruling."];
        assert_ne!(verdict_in(&corpus, "The minister will weigh the 45 days estimated by the review board.", "45 days"), Verdict::Conflict);
    }
}
