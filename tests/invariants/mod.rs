//! What every report must satisfy whatever the input, and the two fuzz harnesses that feed the
//! engine hostile bytes. Shared by `tests/robustness.rs`, `tests/properties.rs`,
//! `tests/regressions/` (which replays kept fuzz inputs) and the fuzz targets (which include
//! this file by path), and `tests/labelled_stories.rs` (every report of the labelled stories).
//! A report that breaks one of these rules would make the page highlight the wrong words, or
//! panic when it slices the article at an offset that is not on a character boundary, or show
//! a user what cannot be: an agreement beside a source giving another value, a conflict
//! without both values, a time or a score read as several numbers. `tests/invariant_checks.rs`
//! shows each rule catching a report doctored to break it.

#![allow(dead_code)]

use crosscheck::analyse::numbers::{figure_at, number_at};
use crosscheck::corpus::{assemble, decode_document, embedded, parse_manifest};
use crosscheck::interval::{Reported, Stated};
use crosscheck::limits::MAX_ARTICLE_BYTES;
use crosscheck::report::{short, RollUp};
use crosscheck::segment::{tokens, Span, Token, TokenKind};
use crosscheck::{CheckError, Corpus, Document, Evidence, Fact, FactKind, Relation, Report, Verdict};
use std::sync::OnceLock;

/// Panics, naming the first broken rule, unless `report` is a sound report of `article`
/// checked against `documents`.
pub fn assert_sound(report: &Report, article: &str, documents: &[Document]) {
    for claim in &report.claims {
        let slice = span_in(article, claim.start, claim.end, "claim");
        assert_eq!(claim.text, slice, "claim text is not the article's words at its offsets");
        assert!(!claim.facts.is_empty(), "claim {:?} has no facts", claim.text);
        assert_eq!(claim.verdict, RollUp::of(claim.facts.iter().map(|f| f.verdict)), "claim verdict is not its facts' roll-up");
        assert_eq!(claim.confirmed, claim.facts.iter().filter(|f| f.verdict == Verdict::Agree).count(), "claim counts its confirmed facts wrong");
        assert!(claim.facts.windows(2).all(|w| w[0].start <= w[1].start), "claim facts are not in article order");
        for fact in &claim.facts {
            let slice = span_in(article, fact.start, fact.end, "fact");
            assert_eq!(fact.text, slice, "fact text is not the article's words at its offsets");
            if fact.verdict == Verdict::NotFound {
                assert!(fact.evidence.is_empty(), "not_found fact {:?} has evidence", fact.text);
            }
            for ev in &fact.evidence {
                let doc = documents
                    .iter()
                    .find(|d| d.id == ev.doc_id)
                    .unwrap_or_else(|| panic!("evidence names unknown document {:?}", ev.doc_id));
                let sentence = span_in(&doc.text, ev.start, ev.end, "evidence sentence");
                assert_eq!(ev.sentence, sentence, "evidence sentence is not the document's words at its offsets");
                span_in(&doc.text, ev.value_start, ev.value_end, "evidence value");
                assert!(ev.score.is_finite() && (0.0..=1.0).contains(&ev.score), "evidence score {} outside 0..1", ev.score);
            }
        }
    }
    for fact in report.claims.iter().flat_map(|c| &c.facts) {
        for ev in fact.evidence.iter().filter(|e| e.relation == Relation::Supports) {
            // The article's value as read, with the word before it: "passed 1,000" is at least
            // 1,000.
            let figure = matches!(fact.kind, FactKind::Quantity | FactKind::Percent | FactKind::Money);
            let claim = if figure { with_word_before(article, fact.start, &ev.claim_value) } else { ev.claim_value.clone() };
            if let Some(why) = supports_another_value(fact, ev, &claim) {
                panic!("{:?} fact {:?} ({}) is supported by {} saying {:?}: {why}", fact.kind, fact.text, fact.value, ev.source, ev.source_value);
            }
        }
        if matches!(fact.verdict, Verdict::Conflict | Verdict::Disputed) {
            assert_both_values_shown(fact);
        }
    }
    assert_compounds_whole(report, article);
    assert_eq!(report.summary, crosscheck::report::Summary::of(&report.claims), "summary does not count the claims and facts");
    // What the CLI prints and the page receives must be producible from any report.
    let json = serde_json::to_string(report).expect("report serialises to JSON");
    let back: Report = serde_json::from_str(&json).expect("report JSON reads back");
    assert_eq!(back.claims.len(), report.claims.len());
    let _ = report.to_text();
}

/// The slice `text[start..end]`, after checking the offsets are ordered, inside the text and on
/// character boundaries.
fn span_in<'a>(text: &'a str, start: usize, end: usize, what: &str) -> &'a str {
    assert!(start <= end, "{what} starts after it ends ({start}..{end})");
    assert!(end <= text.len(), "{what} ends at {end}, past the text's {} bytes", text.len());
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} offsets {start}..{end} are not on character boundaries"
    );
    &text[start..end]
}

// What a user reads side by side must not contradict the verdict. The report gives the
// article's value normalised (`Fact::value`) but the source's only as its words
// (`Evidence::source_value`), so both sides' words are read again here with the engine's own
// number reader (`analyse::numbers`, which only reads digits and number words; whether two
// figures are about the same thing stays the engine's call). A pair that cannot be read, or two
// quantities in different units (a conversion), is not judged: the report does not carry the
// source's unit or normalised value, so a unit conversion cannot be checked from it.

/// Why a source whose evidence `ev` is said to support `fact` shows another value, if it does.
fn supports_another_value(fact: &Fact, ev: &Evidence, claim: &str) -> Option<String> {
    let (article, source) = (claim, ev.source_value.as_str());
    match fact.kind {
        FactKind::Quantity | FactKind::Percent => {
            let (mut a, mut b) = (figure_in(article, false)?, figure_in(source, false)?);
            if fact.kind == FactKind::Quantity {
                // Measures in units of one dimension are compared in the same unit, give or
                // take the rounding of a conversion; in units of two, or a measure of one
                // thing and a count of another, they are not compared at all.
                match (measure_unit(a.1.as_deref()), measure_unit(b.1.as_deref())) {
                    (Some((da, fa)), Some((db, fb))) if da == db => {
                        a.0 = a.0.scaled(fa);
                        b.0 = b.0.scaled(fb);
                        a.0.interval = a.0.interval.widened(0.05);
                        b.0.interval = b.0.interval.widened(0.05);
                        a.0.decimals = None;
                        b.0.decimals = None;
                    }
                    (Some(_), Some(_)) => return None,
                    (Some(_), None) | (None, Some(_)) if a.1.is_some() && b.1.is_some() => return None,
                    _ => {}
                }
            }
            (!figures_can_agree(&a.0, &b.0)).then(|| format!("{} and {} cannot both hold", a.0.describe(), b.0.describe()))
        }
        FactKind::Money => {
            if let (Some(x), Some(y)) = (currency(article), currency(source)) {
                if !same_currency(x, y) {
                    return Some(format!("{x} is not {y}"));
                }
            }
            let (a, b) = (figure_in(article, true)?, figure_in(source, true)?);
            (!figures_can_agree(&a.0, &b.0)).then(|| format!("{} and {} cannot both hold", a.0.describe(), b.0.describe()))
        }
        // A birthday may fall between two reports: a year apart is still the same age.
        FactKind::Age => {
            let (a, b) = (age_in(article)?, age_in(source)?);
            (a.1 + 1.0 < b.0 || b.1 + 1.0 < a.0).then(|| format!("aged {a:?} and {b:?}"))
        }
        FactKind::Ordinal => {
            let (a, b) = (rank_in(article)?, rank_in(source)?);
            (a != b).then(|| format!("rank {a} and rank {b}"))
        }
        FactKind::Score => {
            let (mut a, mut b) = (digit_numbers(article), digit_numbers(source));
            a.sort_by(f64::total_cmp);
            b.sort_by(f64::total_cmp);
            (!a.is_empty() && !b.is_empty() && a != b).then(|| format!("{a:?} and {b:?}"))
        }
        FactKind::Time => {
            let a = fact.value.split_once(':').and_then(|(h, m)| Some(h.parse::<i32>().ok()? * 60 + m.parse::<i32>().ok()?))?;
            let (b, b_loose, b_half_day) = clock_in(source)?;
            let slack = if b_loose || is_loose_time(article) { 30 } else { 0 };
            let apart = |x: i32, y: i32, period: i32| {
                let d = (x - y).rem_euclid(period);
                d.min(period - d)
            };
            let distance = if b_half_day { apart(a, b, 12 * 60) } else { apart(a, b, 24 * 60) };
            (distance > slack).then(|| format!("{} minutes apart", distance))
        }
        FactKind::Date => {
            let (a, b) = (date_parts(&fact.value), date_parts(source));
            let differ = |x: Option<u32>, y: Option<u32>| matches!((x, y), (Some(x), Some(y)) if x != y);
            let same_month = a.month.is_some() && a.month == b.month;
            let wrong = differ(a.weekday, b.weekday) || differ(a.month, b.month) || differ(a.year, b.year) || (same_month && differ(a.day, b.day));
            wrong.then(|| format!("{a:?} and {b:?}"))
        }
        _ => None,
    }
}

/// Can two figures both hold as stated? A stated cap or range is itself the claim, so another
/// one does not confirm it ("up to 9 million" is not "up to 12 million"); two exact figures
/// written to different precision meet at the coarser ("33.5" for "33.49").
fn figures_can_agree(a: &Reported, b: &Reported) -> bool {
    let close = |x: f64, y: f64| x == y || (x - y).abs() <= 0.05 * x.abs().max(y.abs());
    match (a.stated, b.stated) {
        (Stated::Cap, Stated::Cap) => return close(a.interval.hi, b.interval.hi),
        (Stated::Range, Stated::Range) => return close(a.interval.lo, b.interval.lo) && close(a.interval.hi, b.interval.hi),
        _ => {}
    }
    if let (Some(da), Some(db)) = (a.decimals, b.decimals) {
        let exact = |r: &Reported| r.stated == Stated::Point && r.interval.lo == r.interval.hi;
        if da != db && exact(a) && exact(b) {
            let scale = 10f64.powi(i32::from(da.min(db)));
            return (a.interval.lo * scale + 0.5 + 1e-9).floor() == (b.interval.lo * scale + 0.5 + 1e-9).floor();
        }
    }
    a.interval.overlaps(&b.interval)
}

fn tokens_of(text: &str) -> Vec<Token> {
    tokens(text, Span::new(0, text.len()))
}

/// The first figure of `text` as the engine reads it, and the word after it (its unit, plural
/// "s" taken off). For money, currency signs and their prefixes ("NT$") are left out first, so
/// "more than $10 billion" reads as more than ten billion.
fn figure_in(text: &str, money: bool) -> Option<(Reported, Option<String>)> {
    let mut toks = tokens_of(text);
    if money {
        let sign = |t: &Token| matches!(t.norm.as_str(), "$" | "£" | "€" | "¥" | "₹" | "₽");
        let keep: Vec<bool> = (0..toks.len())
            .map(|i| !sign(&toks[i]) && (toks[i].kind != TokenKind::Word || !toks.get(i + 1).is_some_and(|n| n.norm == "$" && !n.space_before)))
            .collect();
        let mut k = keep.iter();
        toks.retain(|_| *k.next().unwrap());
    }
    let i = (0..toks.len()).find(|&i| number_at(&toks, i).is_some())?;
    let figure = figure_at(&toks, i)?;
    let unit = toks[figure.end..].iter().find(|t| t.norm != "-").filter(|t| t.kind == TokenKind::Word).map(|t| {
        let w = t.norm.as_str();
        w.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(w).to_string()
    });
    Some((figure.reported, unit))
}

/// A unit of measure: its dimension and its size in that dimension's base unit.
fn measure_unit(word: Option<&str>) -> Option<(&'static str, f64)> {
    const UNITS: &[(&str, &str, f64)] = &[
        ("second", "time", 1.0), ("sec", "time", 1.0), ("minute", "time", 60.0), ("min", "time", 60.0),
        ("hour", "time", 3_600.0), ("hr", "time", 3_600.0), ("day", "time", 86_400.0), ("week", "time", 604_800.0),
        ("month", "time", 2_629_800.0), ("year", "time", 31_557_600.0), ("decade", "time", 315_576_000.0),
        ("century", "time", 3_155_760_000.0), ("millimeter", "length", 0.001), ("mm", "length", 0.001),
        ("centimeter", "length", 0.01), ("cm", "length", 0.01), ("meter", "length", 1.0), ("m", "length", 1.0),
        ("kilometer", "length", 1_000.0), ("km", "length", 1_000.0), ("mile", "length", 1_609.344), ("mi", "length", 1_609.344),
        ("foot", "length", 0.3048), ("feet", "length", 0.3048), ("ft", "length", 0.3048), ("inch", "length", 0.0254),
        ("yard", "length", 0.9144), ("gram", "mass", 0.001), ("kilogram", "mass", 1.0), ("kg", "mass", 1.0),
        ("tonne", "mass", 1_000.0), ("lb", "mass", 0.453_592), ("hectare", "area", 10_000.0), ("acre", "area", 4_046.856),
        ("liter", "volume", 1.0), ("gallon", "volume", 3.785), ("barrel", "volume", 158.987),
    ];
    let word = word?;
    let word = word.strip_suffix("ie").map(|w| format!("{w}y")).unwrap_or_else(|| word.replace("metre", "meter").replace("litre", "liter"));
    UNITS.iter().find(|(w, _, _)| *w == word).map(|&(_, dim, size)| (dim, size))
}

/// The currency `text` names, as a code ("dollar" when it says only dollars or "$").
fn currency(text: &str) -> Option<&'static str> {
    const SIGNS: &[(&str, &str)] = &[
        ("NT$", "TWD"), ("US$", "USD"), ("HK$", "HKD"), ("AU$", "AUD"), ("A$", "AUD"), ("CA$", "CAD"), ("C$", "CAD"),
        ("NZ$", "NZD"), ("S$", "SGD"), ("R$", "BRL"), ("$", "dollar"), ("£", "GBP"), ("€", "EUR"), ("¥", "yen or yuan"), ("₹", "INR"), ("₽", "RUB"),
    ];
    const WORDS: &[(&str, &str)] = &[
        ("dollar", "dollar"), ("euro", "EUR"), ("pound", "GBP"), ("sterling", "GBP"), ("yen", "JPY"), ("yuan", "CNY"),
        ("renminbi", "CNY"), ("rupee", "INR"), ("rouble", "RUB"), ("ruble", "RUB"), ("franc", "franc"),
    ];
    if let Some(&(_, code)) = SIGNS.iter().filter_map(|s| text.find(s.0).map(|at| (at, s))).min_by_key(|(at, _)| *at).map(|(_, s)| s) {
        return Some(code);
    }
    tokens_of(text).iter().find_map(|t| WORDS.iter().find(|(w, _)| t.norm.strip_suffix('s').unwrap_or(&t.norm) == *w).map(|(_, c)| *c))
}

fn same_currency(a: &str, b: &str) -> bool {
    let dollars = ["dollar", "USD", "TWD", "HKD", "AUD", "CAD", "NZD", "SGD"];
    a == b
        || (a == "dollar" && dollars.contains(&b))
        || (b == "dollar" && dollars.contains(&a))
        || (a == "yen or yuan" && matches!(b, "JPY" | "CNY"))
        || (b == "yen or yuan" && matches!(a, "JPY" | "CNY"))
}

/// The age `text` gives, as a range of years ("in her 60s" is 60 to 69).
fn age_in(text: &str) -> Option<(f64, f64)> {
    let toks = tokens_of(text);
    let i = (0..toks.len()).find(|&i| number_at(&toks, i).is_some())?;
    let n = number_at(&toks, i)?;
    let decade = toks.get(i + n.len).is_some_and(|t| t.norm == "s" && !t.space_before);
    Some((n.value, if decade { n.value + 9.0 } else { n.value }))
}

/// The rank `text` gives: "fifth", "5th".
fn rank_in(text: &str) -> Option<u32> {
    const ORDINALS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];
    let toks = tokens_of(text);
    toks.iter().enumerate().find_map(|(i, t)| {
        if let Some(k) = ORDINALS.iter().position(|w| t.norm == *w) {
            return Some(k as u32 + 1);
        }
        let suffixed = toks.get(i + 1).is_some_and(|n| matches!(n.norm.as_str(), "st" | "nd" | "rd" | "th") && !n.space_before);
        (t.kind == TokenKind::Number && suffixed).then(|| t.norm.parse().ok()).flatten()
    })
}

/// Every number written in digits in `text`.
fn digit_numbers(text: &str) -> Vec<f64> {
    tokens_of(text).iter().filter(|t| t.kind == TokenKind::Number).filter_map(|t| t.norm.replace(',', "").parse().ok()).collect()
}

/// The time of day `text` gives, in minutes after midnight; whether it is given loosely (to
/// the hour, or "about"); whether it could be either half of the day (no a.m. or p.m.).
fn clock_in(text: &str) -> Option<(i32, bool, bool)> {
    let toks = tokens_of(text);
    if toks.iter().any(|t| t.norm == "noon" || t.norm == "midday") {
        return Some((12 * 60, is_loose_time(text), false));
    }
    if toks.iter().any(|t| t.norm == "midnight") {
        return Some((0, is_loose_time(text), false));
    }
    let i = toks.iter().position(|t| t.kind == TokenKind::Number)?;
    let (hour, mut minute, mut next) = match toks[i].norm.split_once('.') {
        Some((h, m)) if m.len() == 2 => (h.parse::<i32>().ok()?, Some(m.parse::<i32>().ok()?), i + 1),
        _ => (toks[i].norm.parse::<i32>().ok()?, None, i + 1),
    };
    if minute.is_none() && toks.get(next).is_some_and(|t| t.norm == ":") {
        minute = Some(toks.get(next + 1)?.norm.parse().ok()?);
        next += 2;
    }
    let marker = toks.get(next).map_or("", |t| t.norm.as_str());
    let pm = matches!(marker, "p.m." | "pm" | "p.m");
    let am = matches!(marker, "a.m." | "am" | "a.m");
    let h = if pm || am { hour % 12 + if pm { 12 } else { 0 } } else { hour };
    Some((h * 60 + minute.unwrap_or(0), minute.is_none() || is_loose_time(text), !(am || pm) && hour <= 12))
}

/// A time given loosely: to the hour ("8 a.m."), or "about", "around", "shortly after".
fn is_loose_time(text: &str) -> bool {
    let toks = tokens_of(text);
    let words = ["about", "around", "approximately", "roughly", "nearly", "almost", "shortly", "just", "some", "circa"];
    toks.iter().any(|t| words.contains(&t.norm.as_str())) || !toks.iter().any(|t| t.norm == ":" || t.norm.contains('.') && t.kind == TokenKind::Number)
}

/// The parts of a date that `text` writes out.
#[derive(Debug, Default)]
struct DateParts {
    weekday: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    year: Option<u32>,
}

fn date_parts(text: &str) -> DateParts {
    const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let toks = tokens_of(text);
    let month_of = |t: &Token| {
        let w = t.norm.as_str();
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        full.iter().position(|m| *m == w).or_else(|| (w != "may").then(|| MONTHS.iter().position(|m| *m == w || (w == "sept" && *m == "sep"))).flatten()).map(|m| m as u32 + 1)
    };
    let day_at = |i: usize| toks.get(i).filter(|t| t.kind == TokenKind::Number).and_then(|t| t.norm.parse::<u32>().ok()).filter(|d| (1..=31).contains(d));
    let mut parts = DateParts::default();
    for (i, t) in toks.iter().enumerate() {
        if parts.weekday.is_none() {
            parts.weekday = WEEKDAYS.iter().position(|w| t.norm == *w).map(|w| w as u32);
        }
        if parts.month.is_none() {
            if let Some(m) = month_of(t) {
                parts.month = Some(m);
                // "January 13", "Jan. 13", "13 January".
                let after = if toks.get(i + 1).is_some_and(|n| n.norm == ".") { i + 2 } else { i + 1 };
                parts.day = day_at(after).or_else(|| i.checked_sub(1).and_then(day_at));
            }
        }
        if parts.year.is_none() && t.kind == TokenKind::Number && t.norm.len() == 4 {
            parts.year = t.norm.parse().ok().filter(|y| (1000..3000).contains(y));
        }
    }
    parts
}

/// A conflict (or a dispute) a user can act on shows both values: the article's and each
/// contradicting source's, in the evidence and in the reason.
fn assert_both_values_shown(fact: &Fact) {
    let against: Vec<&Evidence> = fact.evidence.iter().filter(|e| e.relation == Relation::Contradicts).collect();
    assert!(!against.is_empty(), "{:?} fact {:?} shows no source that contradicts it", fact.verdict, fact.text);
    // The article's words, or the value's own words where the fact holds more (a date folded
    // in with the value it times).
    let mine = std::iter::once(&fact.text).chain(against.iter().map(|e| &e.claim_value)).map(|t| format!("article: {}", short(t, 60)));
    let shown = mine.into_iter().any(|m| fact.reason.contains(&m));
    assert!(shown, "{:?} fact {:?}: the reason {:?} does not show the article's value", fact.verdict, fact.text, fact.reason);
    for ev in against {
        assert!(!ev.claim_value.trim().is_empty(), "{:?} fact {:?}: evidence from {} shows no article value", fact.verdict, fact.text, ev.source);
        assert!(!ev.source_value.trim().is_empty(), "{:?} fact {:?}: evidence from {} shows no source value", fact.verdict, fact.text, ev.source);
        let theirs = format!("{}: {}", ev.source, short(&ev.source_value, 60));
        assert!(fact.reason.contains(&theirs), "{:?} fact {:?}: the reason {:?} does not show {theirs:?}", fact.verdict, fact.text, fact.reason);
    }
}

/// The kinds whose facts hold a number.
const NUMBER_KINDS: &[FactKind] =
    &[FactKind::Quantity, FactKind::Money, FactKind::Percent, FactKind::Date, FactKind::Time, FactKind::Age, FactKind::Ordinal, FactKind::Score];

/// A time ("9:41"), a score, formation or range written with dashes ("3-1", "4-4-2", "10–12")
/// and a range "between 10 and 12" are one figure, never split into several number facts: no
/// two facts share one, and no count, sum, share, age or rank reads a part of it as a number
/// of its own ("9:41" is not 9 and 41). (A date holding only the last day of a day range,
/// "14 March" of "12–14 March", reads no number wrongly apart; that the range is one date is
/// tested in `tests/failure_classes.rs`.)
fn assert_compounds_whole(report: &Report, article: &str) {
    let facts: Vec<&Fact> = report.claims.iter().flat_map(|c| &c.facts).filter(|f| NUMBER_KINDS.contains(&f.kind)).collect();
    for (start, end) in compound_figures(article) {
        let figure = &article[start..end];
        let over: Vec<&&Fact> = facts.iter().filter(|f| f.start < end && start < f.end).collect();
        for f in over.iter().filter(|f| !(f.start <= start && end <= f.end)) {
            let texts: Vec<&str> = over.iter().map(|f| f.text.as_str()).collect();
            assert!(over.len() == 1, "{figure:?} is one figure, but it is split between the facts {texts:?}");
            let counts = !matches!(f.kind, FactKind::Date | FactKind::Time | FactKind::Score);
            assert!(!counts, "{figure:?} is one figure, but the {:?} fact {:?} reads a part of it as a number", f.kind, f.text);
        }
    }
}

/// Where a run of digits starting at `i` ends ("1,226", "3.5").
fn digits_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i].is_ascii_digit() || (matches!(b[i], b',' | b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) && b[i - 1].is_ascii_digit())) {
        i += 1;
    }
    i
}

/// `value` (the words of a fact's value) with the verb before it in `article` when that verb
/// makes the figure a threshold passed ("passed 1,000"), looked for from the fact's start;
/// `value` alone otherwise.
fn with_word_before(article: &str, fact_start: usize, value: &str) -> String {
    let Some(at) = article.get(fact_start..).and_then(|rest| rest.find(value)).map(|i| fact_start + i) else {
        return value.to_string();
    };
    let before = article[..at].trim_end();
    let word_start = before.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    if before.len() - word_start > 20 || word_start >= before.len() || !crosscheck::words::numbers::EXCEEDING_VERBS.contains(&before[word_start..].to_lowercase().as_str()) {
        return value.to_string();
    }
    format!("{} {value}", &before[word_start..])
}

/// The byte spans of the compound figures of `text` (see [`assert_compounds_whole`]).
fn compound_figures(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let glued_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'-' | b'.' | b',' | b':' | b'/') || b[i - 1] >= 0x80);
        if !b[i].is_ascii_digit() || glued_before {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = digits_end(b, i);
        let first_end = end;
        // "9:41", "10:30:15": an hour of one or two digits, minutes (and seconds) of two.
        let two_digits = |at: usize| b.get(at..at + 2).is_some_and(|d| d.iter().all(u8::is_ascii_digit)) && !b.get(at + 2).is_some_and(u8::is_ascii_digit);
        if end - start <= 2 && b.get(end) == Some(&b':') && two_digits(end + 1) {
            end += 3;
            while b.get(end) == Some(&b':') && two_digits(end + 1) {
                end += 3;
            }
        }
        // "3-1", "4-4-2", "10–12": joined by a hyphen or an en dash, no spaces.
        let time = end > first_end;
        while !time && end < b.len() {
            let joiner = if b.get(end) == Some(&b'-') {
                1
            } else if text[end..].starts_with('\u{2013}') {
                3
            } else {
                break;
            };
            if !b.get(end + joiner).is_some_and(u8::is_ascii_digit) {
                break;
            }
            end = digits_end(b, end + joiner);
        }
        // "between 10 and 12" (a range: the second number above the first).
        let between = start >= 8
            && b[start - 8..start].eq_ignore_ascii_case(b"between ")
            && !text[..start - 8].chars().next_back().is_some_and(char::is_alphanumeric) && text[first_end..].starts_with(" and ") && b.get(first_end + 5).is_some_and(u8::is_ascii_digit);
        if end == first_end && between {
            let second_end = digits_end(b, first_end + 5);
            let value = |a: usize, z: usize| text[a..z].replace(',', "").parse::<f64>().ok();
            if let (Some(lo), Some(hi)) = (value(start, first_end), value(first_end + 5, second_end)) {
                if hi > lo {
                    end = second_end;
                }
            }
        }
        if end > first_end {
            out.push((start, end));
        }
        i = end.max(i + 1);
    }
    out
}

/// Checks `article`, asserting the outcome is a sound report or a refusal for the reason given.
pub fn assert_checks_soundly(corpus: &Corpus, article: &str) {
    match corpus.check(article) {
        Ok(report) => assert_sound(&report, article, corpus.documents()),
        Err(CheckError::EmptyArticle) => assert!(article.trim().is_empty(), "refused a non-empty article as empty"),
        Err(CheckError::ArticleTooLarge { bytes, .. }) => {
            assert!(bytes == article.len() && bytes > MAX_ARTICLE_BYTES, "refused a {bytes}-byte article as too large")
        }
        Err(CheckError::Retrieval(why)) => panic!("the in-memory corpus failed to retrieve: {why}"),
    }
}

pub fn default_corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(Corpus::embedded_default)
}

/// Real news prose: the first kilobyte or so of the first embedded document.
pub fn news_article() -> &'static str {
    let text = embedded::FILES[0].1;
    let mut end = text.len().min(1_500);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Fuzz harness `check`: the bytes as an article checked against the embedded corpus, and as a
/// corpus document that real prose and the document itself are checked against.
pub fn check_bytes(data: &[u8]) {
    if let Ok(article) = std::str::from_utf8(data) {
        assert_checks_soundly(default_corpus(), article);
    }
    if let Ok(text) = decode_document(data) {
        let document = Document { id: "fuzz".into(), source: "Fuzz".into(), language: String::new(), text: text.clone() };
        let corpus = Corpus::new(vec![document]);
        assert_checks_soundly(&corpus, news_article());
        // The document with one more line (a document identical to the article is not taken
        // as evidence), so every fact has a source saying the same.
        assert_checks_soundly(&corpus, &format!("{text}\nThe court freed 12 people."));
    }
}

/// Fuzz harness `corpus_loader`: the bytes as a corpus, split at 0xFF bytes (never part of
/// UTF-8 text). Part 0 is `corpus.json`; part i is the file named by the i-th letter ("a.txt",
/// "b.txt", ...). Assembling must skip every bad part with a reason and keep ids unique, and the
/// corpus built must check an article soundly.
pub fn load_corpus_bytes(data: &[u8]) {
    const ARTICLE: &str = "On Monday the court sentenced 12 activists to six years in prison, officials said. \
        “It was a farce,” said Maria Ivanova, the deputy head of the group, in the capital.";
    let mut parts = data.split(|&b| b == 0xFF);
    let manifest_bytes = parts.next().unwrap_or_default();
    let files: Vec<(String, &[u8])> =
        parts.take(26).enumerate().map(|(i, bytes)| (format!("{}.txt", (b'a' + i as u8) as char), bytes)).collect();
    let manifest = std::str::from_utf8(manifest_bytes).ok().and_then(|json| parse_manifest(json).ok());
    let names: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
    let loaded = assemble(manifest.as_ref(), &names, |name| {
        files.iter().find(|(f, _)| f == name).map(|(_, bytes)| bytes.to_vec()).ok_or_else(|| "no such file".to_string())
    });

    for (i, doc) in loaded.documents.iter().enumerate() {
        assert!(!doc.id.is_empty(), "document with an empty id");
        assert!(loaded.documents[..i].iter().all(|d| d.id != doc.id), "duplicate id {:?}", doc.id);
        assert!(!doc.text.trim().is_empty() && !doc.text.contains('\0'), "unusable text kept: {:?}", doc.text);
    }
    // Nothing is dropped silently: every manifest entry and every file it does not mention is
    // either loaded or skipped with a reason.
    let unmentioned = names
        .iter()
        .filter(|n| manifest.as_ref().is_none_or(|m| !m.documents.iter().any(|e| file_stem(&e.file) == file_stem(n))))
        .count();
    let entries = manifest.as_ref().map_or(0, |m| m.documents.len()) + unmentioned;
    assert_eq!(loaded.documents.len() + loaded.skipped.len(), entries, "an entry was neither loaded nor skipped");
    assert!(loaded.skipped.iter().all(|s| !s.reason.is_empty()), "skipped without a reason");

    let corpus = Corpus::from_loaded(loaded);
    let report = corpus.check(ARTICLE).expect("a news article is always checked");
    assert_sound(&report, ARTICLE, corpus.documents());
    assert_eq!(report.skipped.len(), corpus.skipped().len());
}

/// The file name without folder or extension, as `assemble` matches manifest entries to files.
fn file_stem(file: &str) -> &str {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}
