//! Numbers, ranks and dates: "more than 1,200 political prisoners", "six-year", "his seventh
//! term", "87 percent", "June 8, 2022", "on Wednesday", "last month".

use super::vocab::*;
use super::{clause_of, span_of, DateValue, Extracted, Sentence, Value};
use crate::interval::{Interval, Qualifier};
use crate::report::FactKind;
use crate::segment::{Token, TokenKind};
use super::terms::{is_stopword, stem};

/// Finds quantities, ordinals and dates in a sentence.
pub fn extract(_text: &str, s: &Sentence, facts: &mut Vec<Extracted>) {
    let toks = &s.tokens;
    let lower_bound_sentence = says_real_number_is_higher(toks);
    let mut i = 0;
    while i < toks.len() {
        if let Some(len) = date_at(s, i, facts) {
            i += len;
            continue;
        }
        if let Some((rank, len)) = ordinal_at(toks, i) {
            let (unit, unit_end) = unit_after(toks, i + len);
            let end = if unit.is_empty() { i + len } else { unit_end };
            let display = format!("{} {}", ordinal_name(rank), unit.join(" "));
            facts.push(Extracted {
                terms: Default::default(),
                span: span_of(s, i, end),
                kind: FactKind::Ordinal,
                value: Value::Ordinal { rank, unit },
                tokens: (i, end),
                core: (i, i + len),
                clause: clause_of(s, i),
                display: display.trim().to_string(),
            });
            i += len;
            continue;
        }
        if let Some((value, len, vague)) = number_at(toks, i) {
            let (qualifier, qlen) = if vague.is_some() { (Qualifier::Exact, 0) } else { qualifier_before(toks, i) };
            let start = i - qlen;
            let mut j = i + len;
            // "six-year", "three-decade": a hyphen joins the unit.
            if toks.get(j).is_some_and(|t| t.norm == "-" && !t.space_before) {
                j += 1;
            }
            let (mut unit, unit_end) = unit_after(toks, j);
            let mut factor = 1.0;
            if let Some(first) = unit.first().cloned() {
                if let Some((_, base, f)) = UNIT_CONVERSIONS.iter().find(|(u, _, _)| stem(u) == first || *u == first) {
                    unit[0] = stem(base);
                    factor = *f;
                }
            }
            // "87 percent of the vote": what the percentage is of belongs to the unit.
            let mut end = if unit.is_empty() { j.max(i + len) } else { unit_end };
            if unit.first().is_some_and(|u| u == "percent")
                && toks.get(end).is_some_and(|t| t.is("of")) {
                    let skip = if toks.get(end + 1).is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an" | "all")) { 2 } else { 1 };
                    let (of_unit, of_end) = unit_after(toks, end + skip);
                    if !of_unit.is_empty() {
                        unit.extend(of_unit);
                        end = of_end;
                    }
                }
            // A number word that counts nothing named ("three of them", "mother of three")
            // says too little to check.
            if unit.is_empty() && toks[i].kind == TokenKind::Word {
                i += len;
                continue;
            }
            let mut interval = match vague {
                Some((lo, hi)) => Interval::closed(lo, hi),
                None => Interval::reported(value * factor, qualifier),
            };
            if lower_bound_sentence && interval.hi.is_finite() && interval.lo == interval.hi {
                interval = Interval::qualified(interval.lo, Qualifier::AtLeast);
            }
            let display = format!("{} {}", interval.describe(), unit.join(" "));
            facts.push(Extracted {
                terms: Default::default(),
                span: span_of(s, start, end),
                kind: FactKind::Quantity,
                value: Value::Quantity { interval, unit },
                tokens: (start, end),
                core: (start, i + len),
                clause: clause_of(s, i),
                display: display.trim().to_string(),
            });
            i += len;
            continue;
        }
        i += 1;
    }
}

fn ordinal_name(rank: u32) -> String {
    match rank % 10 {
        1 if rank % 100 != 11 => format!("{rank}st"),
        2 if rank % 100 != 12 => format!("{rank}nd"),
        3 if rank % 100 != 13 => format!("{rank}rd"),
        _ => format!("{rank}th"),
    }
}

/// "the real number is believed to be higher": every count in the sentence is a lower bound.
fn says_real_number_is_higher(toks: &[Token]) -> bool {
    let has = |w: &str| toks.iter().any(|t| t.norm == w);
    has("number") && (has("higher") || has("more")) && (has("real") || has("actual") || has("true") || has("believed"))
}

/// Parses a number at token `i`: digits, number words ("six", "two million"), or a vague
/// plural ("dozens"). Returns the value, the tokens used and, for vague plurals, the range.
fn number_at(toks: &[Token], i: usize) -> Option<(f64, usize, Option<(f64, f64)>)> {
    let t = &toks[i];
    if t.repeated {
        return None;
    }
    if t.kind == TokenKind::Number {
        let digits = t.norm.replace(',', "");
        // Past 15 digits an f64 no longer tells numbers apart (past ~309 they all parse as
        // infinity), so 1e400 would agree with 2e400: such a number is no checkable quantity.
        if digits.bytes().filter(u8::is_ascii_digit).count() > 15 {
            return None;
        }
        let v: f64 = digits.parse().ok()?;
        // A bare year is a date, handled before; a digit glued to letters ("7th") too.
        let mut len = 1;
        let mut value = v;
        if let Some(next) = toks.get(i + 1) {
            if let Some((_, m)) = MULTIPLIERS.iter().find(|(w, _)| next.norm == *w) {
                value *= m;
                len = 2;
            }
        }
        return Some((value, len, None));
    }
    if t.kind != TokenKind::Word {
        return None;
    }
    if let Some((_, lo, hi)) = VAGUE_QUANTITIES.iter().find(|(w, _, _)| t.norm == *w) {
        return Some(((lo + hi) / 2.0, 1, Some((*lo, *hi))));
    }
    let (_, base) = CARDINALS.iter().find(|(w, _)| t.norm == *w)?;
    // "a dozen" is fine; "dozen" alone without "a" is rare. Number words glued to other words
    // by a hyphen ("twenty-five") are combined.
    let mut value = *base;
    let mut len = 1;
    if toks.get(i + 1).is_some_and(|n| n.norm == "-" && !n.space_before) {
        if let Some((_, units)) = toks.get(i + 2).and_then(|n| CARDINALS.iter().find(|(w, _)| n.norm == *w)) {
            if *units < 10.0 && value >= 20.0 {
                value += units;
                len = 3;
            }
        }
    }
    if let Some(next) = toks.get(i + len) {
        if let Some((_, m)) = MULTIPLIERS.iter().find(|(w, _)| next.norm == *w) {
            value *= m;
            len += 1;
        }
    }
    Some((value, len, None))
}

/// The qualifier words right before token `i`, if any, and how many tokens they take.
fn qualifier_before(toks: &[Token], i: usize) -> (Qualifier, usize) {
    for (words, q) in QUALIFIERS {
        let n = words.len();
        if i >= n && toks[i - n..i].iter().zip(words.iter()).all(|(t, w)| t.norm == *w) {
            return (*q, n);
        }
    }
    (Qualifier::Exact, 0)
}

/// What a number counts: the stems of up to two content words after it, stopping at
/// punctuation, function words and other numbers. Returns the stems and the end token.
fn unit_after(toks: &[Token], mut j: usize) -> (Vec<String>, usize) {
    let mut unit = Vec::new();
    let mut end = j;
    // "percent" as a word or sign comes first.
    if let Some(t) = toks.get(j) {
        if t.norm == "%" || t.norm == "percent" || (t.norm == "per" && toks.get(j + 1).is_some_and(|n| n.norm == "cent")) {
            let len = if t.norm == "per" { 2 } else { 1 };
            return (vec!["percent".into()], j + len);
        }
    }
    // "two other American officials": "other" only says the count is of more of the same.
    if toks.get(j).is_some_and(|t| t.norm == "other") {
        j += 1;
        end = j;
    }
    while let Some(t) = toks.get(j) {
        // A capitalised word after a number is a name ("mother of three Alena ..."), not a
        // unit, unless it qualifies a common noun after it ("American officials").
        let name = t.capitalized && !toks.get(j + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.capitalized && !is_stopword(&n.norm));
        if t.kind != TokenKind::Word || is_stopword(&t.norm) || unit.len() == 2 || t.repeated || name {
            break;
        }
        if CARDINALS.iter().any(|(w, _)| *w == t.norm) || MONTHS.iter().any(|(m, _)| *m == t.norm) {
            break;
        }
        unit.push(stem(&t.norm));
        j += 1;
        end = j;
        // A plural noun ends the unit ("years in prison", "people were").
        if t.norm.ends_with('s') && t.norm.len() > 3 {
            break;
        }
    }
    // Keep the head noun last: "political prisoners" → both; the comparison looks for any.
    (unit, end)
}

/// An ordinal at token `i`: "seventh", "7th".
fn ordinal_at(toks: &[Token], i: usize) -> Option<(u32, usize)> {
    let t = &toks[i];
    if t.kind == TokenKind::Word {
        let (_, rank) = ORDINALS.iter().find(|(w, _)| t.norm == *w)?;
        // "first" is mostly not a rank of a series ("for the first time", "first term" is);
        // keep it only before a noun, as other ordinals.
        let next_is_word = toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word && !is_stopword(&n.norm) && n.norm != "time");
        if *rank == 1 && !next_is_word {
            return None;
        }
        return Some((*rank, 1));
    }
    if t.kind == TokenKind::Number {
        let next = toks.get(i + 1)?;
        if !next.space_before && matches!(next.norm.as_str(), "st" | "nd" | "rd" | "th") {
            let rank: u32 = t.norm.parse().ok()?;
            return Some((rank, 2));
        }
    }
    None
}

fn month_of(t: &Token) -> Option<u8> {
    // "may" is a verb far more often than a month; only take it capitalised.
    if t.norm == "may" && !t.capitalized {
        return None;
    }
    if !t.capitalized {
        return None;
    }
    MONTHS.iter().find(|(m, _)| t.norm == *m).map(|(_, n)| *n)
}

fn year_of(t: &Token) -> Option<i32> {
    if t.kind != TokenKind::Number || t.norm.contains([',', '.']) || t.norm.len() != 4 {
        return None;
    }
    let y: i32 = t.norm.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// A date starting at token `i`; pushes the fact and returns the tokens it takes.
fn date_at(s: &Sentence, i: usize, facts: &mut Vec<Extracted>) -> Option<usize> {
    let toks = &s.tokens;
    let t = &toks[i];
    let mut date = DateValue::default();
    let mut len = 0;
    if let Some(m) = month_of(t) {
        date.month = Some(m);
        len = 1;
        if toks.get(1 + i).is_some_and(|n| n.norm == ".") {
            len += 1;
        }
        if let Some(d) = toks.get(i + len).filter(|n| n.kind == TokenKind::Number) {
            if let Ok(day) = d.norm.parse::<u8>() {
                if (1..=31).contains(&day) {
                    date.day = Some(day);
                    len += 1;
                }
            }
        }
        if toks.get(i + len).is_some_and(|n| n.norm == ",") && toks.get(i + len + 1).and_then(year_of).is_some() {
            len += 1;
        }
        if let Some(y) = toks.get(i + len).and_then(year_of) {
            date.year = Some(y);
            len += 1;
        }
    } else if let Some(y) = year_of(t) {
        date.year = Some(y);
        len = 1;
    } else if let Some(w) = WEEKDAYS.iter().position(|d| t.norm == *d) {
        date.weekday = Some(w as u8);
        len = 1;
    } else {
        for (words, name) in RELATIVE_DATES {
            let n = words.len();
            if toks.len() >= i + n && toks[i..i + n].iter().zip(words.iter()).all(|(t, w)| t.norm == *w) {
                date.relative = Some(name);
                len = n;
                break;
            }
        }
    }
    if len == 0 {
        return None;
    }
    // Take "in", "on", "since" before the date into its span, so the span reads as a phrase.
    let start = if i > 0 && matches!(toks[i - 1].norm.as_str(), "in" | "on" | "since" | "by" | "until") { i - 1 } else { i };
    let end = i + len;
    // A date right before a noun names the event ("the 2020 election"), it does not date it.
    let identifying = date.year.is_some() && date.month.is_none()
        && toks.get(end).is_some_and(|n| n.kind == TokenKind::Word && !is_stopword(&n.norm) && !n.capitalized);
    let display = describe_date(&date);
    facts.push(Extracted {
        terms: Default::default(),
        span: span_of(s, start, end),
        kind: FactKind::Date,
        value: Value::Date { date, identifying },
        tokens: (start, end),
        core: (start, end),
        clause: clause_of(s, i),
        display,
    });
    Some(len)
}

pub fn describe_date(d: &DateValue) -> String {
    if let Some(r) = d.relative {
        return r.to_string();
    }
    let month = |m: u8| {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            .get(m.wrapping_sub(1) as usize)
            .copied()
            .unwrap_or("?")
    };
    let mut parts = Vec::new();
    if let Some(w) = d.weekday {
        let name = WEEKDAYS.get(w as usize).copied().unwrap_or("?");
        let mut c = name.chars();
        parts.push(c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default());
    }
    match (d.month, d.day) {
        (Some(m), Some(day)) => parts.push(format!("{} {day}", month(m))),
        (Some(m), None) => parts.push(month(m).to_string()),
        _ => {}
    }
    if let Some(y) = d.year {
        parts.push(y.to_string());
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use crate::analyse::{analyse, Value};
    use crate::report::FactKind;

    fn facts(text: &str) -> Vec<(FactKind, String, String)> {
        analyse(text)
            .sentences
            .iter()
            .flat_map(|s| s.facts.iter().filter(|f| f.kind != FactKind::Statement).map(|f| (f.kind, f.span.slice(text).to_string(), f.display.clone())))
            .collect()
    }

    #[test]
    fn qualified_counts_become_intervals() {
        let f = facts("The country holds more than 1,200 political prisoners.");
        assert!(f.iter().any(|(k, span, d)| *k == FactKind::Quantity && span == "more than 1,200 political prisoners" && d == "> 1200 polit prison"), "{f:?}");
    }

    #[test]
    fn number_words_and_hyphenated_units() {
        let f = facts("He extended his more than three-decade rule and was sentenced to six years.");
        assert!(f.iter().any(|(_, span, d)| span == "more than three-decade rule" && d == "> 30 year rule"), "{f:?}");
        assert!(f.iter().any(|(_, span, d)| span == "six years" && d == "6 year"), "{f:?}");
    }

    #[test]
    fn percentages_take_what_they_are_of() {
        let f = facts("He won with 87 percent of the vote. He claimed 87% of the votes.");
        let percents: Vec<_> = f.iter().filter(|(k, _, _)| *k == FactKind::Quantity).collect();
        assert_eq!(percents.len(), 2, "{f:?}");
        assert!(percents.iter().all(|(_, _, d)| d.starts_with("87 percent vote")), "{f:?}");
    }

    #[test]
    fn dates_years_weekdays_and_relative_dates() {
        let f = facts("On June 8, 2022, the court met. He left on Wednesday, last month, in 1994.");
        let dates: Vec<&str> = f.iter().filter(|(k, _, _)| *k == FactKind::Date).map(|(_, _, d)| d.as_str()).collect();
        assert_eq!(dates, ["June 8 2022", "Wednesday", "last month", "1994"]);
    }

    #[test]
    fn a_year_before_a_noun_identifies_the_event() {
        let a = analyse("Protests followed the 2020 election.");
        let id = a.sentences[0].facts.iter().find_map(|f| match &f.value { Value::Date { identifying, .. } => Some(*identifying), _ => None });
        assert_eq!(id, Some(true));
    }

    #[test]
    fn ordinals_with_their_unit() {
        let f = facts("He won a seventh term. It was his 7th win.");
        let ords: Vec<&str> = f.iter().filter(|(k, _, _)| *k == FactKind::Ordinal).map(|(_, _, d)| d.as_str()).collect();
        assert_eq!(ords, ["7th term", "7th win"]);
    }
}
