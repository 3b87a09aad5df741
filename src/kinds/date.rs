//! Dates and weekdays: "on Wednesday, April 2", "Oct. 17", "in November 2029", "in 1987",
//! "on Nov. 6", "last month", "Saturday (Oct. 18)". Relative dates are read against the day
//! the text was written; a weekday written with its date is checked against the calendar
//! ("Sunday, March 15" in a year when the 15th was a Saturday); an impossible date
//! ("February 30") is no date.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::calendar::{self, days_in_month, DateValue};
use crate::analyse::terms::is_stopword;
use crate::analyse::terms::Term;
use crate::analyse::{Extracted, Reader, Sentence};
use crate::words::function::IRREGULAR_PAST_SET;
use crate::compare::{Judged, Line, Pair};
use crate::segment::{Token, TokenKind};
use crate::words::calendar::{MONTHS, RELATIVE_DATES, WEEKDAYS};

pub static KIND: Kind = Kind {
    kind: FactKind::Date,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "date.same", meaning: "the source dates the same event the same way" },
        Rule { name: "date.other_date", meaning: "the source dates the same event otherwise (another day, month or year)" },
        Rule { name: "date.same_year", meaning: "the source dates the same event to the same year, without the article's month or day" },
        Rule { name: "date.wrong_weekday", meaning: "the article's weekday is not the weekday of that date in the year the sources give" },
    ],
};

/// A date fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    pub date: DateValue,
    /// Names an event rather than dating it ("the 2019 referendum").
    pub identifying: bool,
    /// The weekday the text wrote beside a day of the month ("Sunday, March 15"), to be
    /// checked against the calendar.
    pub written_weekday: Option<u8>,
    /// The last day of a range of days in one month ("May 3-4": 4); `date` holds the first.
    pub last_day: Option<u8>,
}

fn month_of(t: &Token) -> Option<u8> {
    // "may" is a verb far more often than a month; "mar" and "jun" too short to trust lowercase.
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

fn day_of(t: &Token) -> Option<u8> {
    if t.kind != TokenKind::Number || t.norm.len() > 2 {
        return None;
    }
    t.norm.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

/// A numeric date "17/10/2031" or "10/17/2031": read only when one order makes a real date.
fn numeric_date(toks: &[Token], i: usize) -> Option<(DateValue, usize)> {
    if !(toks.get(i + 1)?.norm == "/" && toks.get(i + 3)?.norm == "/") {
        return None;
    }
    let parts = [toks.get(i)?, toks.get(i + 2)?, toks.get(i + 4)?];
    if !parts.iter().all(|t| t.kind == TokenKind::Number) {
        return None;
    }
    let (a, b): (u8, u8) = (parts[0].norm.parse().ok()?, parts[1].norm.parse().ok()?);
    let year: i32 = parts[2].norm.parse().ok()?;
    let valid = |m: u8, d: u8| (1..=12).contains(&m) && d >= 1 && d <= days_in_month(year, m);
    let (dm, md) = (valid(b, a), valid(a, b));
    let (month, day) = match (dm, md) {
        (true, false) => (b, a),
        (false, true) => (a, b),
        (true, true) if a == b => (a, b),
        _ => return None,
    };
    Some((DateValue { year: Some(year), month: Some(month), day: Some(day), ..DateValue::default() }, 5))
}

/// A date starting at token `i`, and how many tokens it takes.
fn date_at(toks: &[Token], i: usize) -> Option<(DateValue, usize)> {
    let t = &toks[i];
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut date = DateValue::default();
    let mut len = 0;
    // Asked at every free token of every sentence: the folded word is read once, and a phrase
    // is compared whole only when its first word is this one.
    let norm = t.norm.as_str();
    if let Some(w) = WEEKDAYS.iter().position(|d| norm == *d) {
        date.weekday = Some(w as u8);
        len = 1;
        // "Saturday, March 15", "Saturday (Oct. 18)", "Friday, Oct. 17".
        let mut k = i + 1;
        if matches!(word(k), "," | "(") {
            k += 1;
        }
        if let Some((more, n)) = toks.get(k).and_then(|_| month_date_at(toks, k)) {
            date.month = more.month;
            date.day = more.day;
            date.year = more.year;
            len = k + n - i;
            if word(i + len) == ")" && word(i + 1) == "(" {
                len += 1;
            }
        }
    } else if let Some((d, n)) = month_date_at(toks, i) {
        date = d;
        len = n;
    } else if let Some((d, n)) = numeric_date(toks, i) {
        date = d;
        len = n;
    } else if let Some(y) = year_of(t) {
        date.year = Some(y);
        len = 1;
    } else {
        for (words, name) in RELATIVE_DATES {
            let n = words.len();
            if words[0] == norm && toks.len() >= i + n && toks[i..i + n].iter().zip(words.iter()).all(|(t, w)| t.norm.as_str() == *w) {
                date.relative = Some(name);
                len = n;
                break;
            }
        }
    }
    (len > 0).then_some((date, len))
}

/// "March 15, 2031", "Oct. 17", "15 March 2031", "November 2029", "April 2".
fn month_date_at(toks: &[Token], i: usize) -> Option<(DateValue, usize)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut date = DateValue::default();
    // "15 March 2031" (not the end of "0-1 Jan.", a score or range before the month).
    let joined = i >= 1 && matches!(toks[i - 1].norm.as_str(), "-" | "\u{2013}" | "/" | ":") && !toks[i].space_before;
    if let (Some(day), Some(month)) = (toks.get(i).and_then(day_of).filter(|_| !joined), toks.get(i + 1).and_then(month_of)) {
        date.day = Some(day);
        date.month = Some(month);
        let mut len = 2;
        if let Some(y) = toks.get(i + 2).and_then(year_of) {
            date.year = Some(y);
            len = 3;
        }
        return valid(&date).then_some((date, len));
    }
    let month = month_of(toks.get(i)?)?;
    date.month = Some(month);
    let mut len = 1;
    // The full stop of an abbreviation ("Nov. 2"), not a sentence's after a month written out
    // ("vote in July.").
    // A month is written out when no name of it in `MONTHS` is longer.
    let written_out = MONTHS.iter().filter(|(_, m)| *m == month).all(|(name, _)| name.len() <= word(i).len());
    if word(i + 1) == "." && !written_out {
        len += 1;
    }
    if let Some(day) = toks.get(i + len).and_then(day_of) {
        // Not "May 5 percent", "in March 20 people".
        let next = word(i + len + 1);
        if !matches!(next, "%" | "percent" | "per" | "people") {
            date.day = Some(day);
            len += 1;
            // "13th"
            if matches!(word(i + len), "st" | "nd" | "rd" | "th") {
                len += 1;
            }
        }
    }
    if word(i + len) == "," && toks.get(i + len + 1).and_then(year_of).is_some() {
        len += 1;
    }
    if let Some(y) = toks.get(i + len).and_then(year_of) {
        date.year = Some(y);
        len += 1;
    }
    // A month alone, without a day or year, must be a capitalised month word not at a
    // sentence start's "May" ("May I ...").
    let placed = i > 0 && matches!(word(i - 1), "in" | "since" | "until" | "by" | "last" | "next" | "early" | "late" | "mid" | "of" | "this" | "from" | "through");
    if date.day.is_none() && date.year.is_none() && !placed && (toks[i].norm == "may" || i == 0 && word(i + 1) != "," && toks.len() > 1 && toks[i + 1].kind == TokenKind::Word && toks[i + 1].capitalized) {
        return None;
    }
    valid(&date).then_some((date, len))
}

/// A date that can exist: no February 30.
fn valid(date: &DateValue) -> bool {
    match (date.month, date.day) {
        (Some(m), Some(d)) => d <= days_in_month(date.year.unwrap_or(2000), m),
        _ => true,
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
        // "31/02/2025": slashed numbers that make no date are no date, nor three numbers.
        if toks[i].kind == TokenKind::Number && r.is(i + 1, "/") && toks.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number) {
            let mut end = i + 3;
            while r.is(end, "/") && toks.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number) {
                end += 2;
            }
            if numeric_date(toks, i).is_none() {
                r.take(i, end);
                i = end;
                continue;
            }
        }
        let Some((mut date, len)) = date_at(toks, i) else {
            i += 1;
            continue;
        };
        // "today" in quoted words is the day the speaker spoke, which the article's own day
        // need not be: no date to check.
        let quoted = date.relative.is_some() && r.facts.iter().any(|f| f.kind == FactKind::Quote && f.tokens.0 <= i && i + len <= f.tokens.1);
        if quoted {
            i += len;
            continue;
        }
        let written_weekday = date.weekday.filter(|_| date.day.is_some());
        if !r.free(i, i + len) {
            i += 1;
            continue;
        }
        // A month-day-year that cannot exist was rejected above; one with a day past the
        // month's end in a known year too.
        if let (Some(y), Some(m), Some(d)) = (date.year, date.month, date.day) {
            if calendar::CalendarDate::new(y, m, d).is_none() {
                i += len;
                continue;
            }
        }
        let mut end = i + len;
        // "May 3-4": a range of days, one fact (not the date May 3 and the number 4).
        let dash = |k: usize| toks.get(k).is_some_and(|t| matches!(t.norm.as_str(), "-" | "\u{2013}") && !t.space_before);
        let last_day = date.day.filter(|_| dash(end) && r.free(end, end + 2)).and_then(|first| {
            let t = toks.get(end + 1).filter(|t| t.kind == TokenKind::Number && !t.space_before)?;
            t.norm.parse::<u8>().ok().filter(|d| *d > first && *d <= 31)
        });
        if last_day.is_some() {
            end += 2;
        }
        // Take "in", "on", "since", "by" before the date into its span, so it reads as a phrase.
        let start = if i > 0 && matches!(toks[i - 1].norm.as_str(), "in" | "on" | "since" | "by" | "until" | "from") && r.free(i - 1, i) { i - 1 } else { i };
        // A bare year before a noun names the event ("the 2019 referendum"), it does not date it.
        // So does one between "the" and a name ("the 1966 World Cup", "the 2018 Games").
        let determined = i > 0 && matches!(toks[i - 1].norm.as_str(), "the" | "a" | "its" | "his" | "her" | "their");
        let identifying = date.year.is_some() && date.month.is_none() && date.weekday.is_none()
            && toks.get(end).is_some_and(|n| n.kind == TokenKind::Word && !is_stopword(&n.norm) && (!n.capitalized || determined));
        // "in the 2030 vote on March 9": a year the clause names dates its day.
        if date.year.is_none() && date.month.is_some() {
            let (ca, cb) = r.sentence.clause_range(i);
            let near = ca.max(i.saturating_sub(4))..cb.min(i + len + 4);
            date.year = near.filter(|&k| k < i || k >= i + len).find_map(|k| year_of(&toks[k]));
        }
        if let Some(day) = r.memory.written {
            // The date's own clause says whether it is ahead: in "Inflation, which cooled to
            // 2.5% in December, is expected to climb", December is past. A clause of little
            // more than the date ("In March, the minister will visit") takes the sentence's.
            let (ca, cb) = r.sentence.clause_range(i);
            let cb = (i + len..cb).find(|&k| toks[k].norm == ",").unwrap_or(cb);
            // A phrase set off by a comma and opened by an article ("..., a premium over the
            // closing price on Friday") names a thing, not the act to come: its day is past.
            let piece = (ca..i).rev().find(|&k| toks[k].norm == ",").map_or(ca, |k| k + 1);
            let appositive = piece > ca && i > piece && matches!(toks[piece].norm.as_str(), "a" | "an" | "the") && !crate::analyse::speaks_of_future(&toks[piece..cb]);
            let future = r.sentence.future && !appositive && (cb - ca <= len + 3 || crate::analyse::speaks_of_future(&toks[ca..cb]));
            calendar::resolve(&mut date, day, future);
        }
        calendar::complete(&mut date);
        let display = match (last_day, date.day) {
            (Some(last), Some(first)) => {
                let described = date.describe();
                let (day, range) = (format!(" {first}"), format!(" {first}-{last}"));
                match described.find(&day).filter(|&k| !described[k + day.len()..].starts_with(|c: char| c.is_ascii_digit())) {
                    Some(k) => format!("{}{range}{}", &described[..k], &described[k + day.len()..]),
                    None => format!("{described} to {last}"),
                }
            }
            _ => date.describe(),
        };
        r.take(i, end);
        r.push(FactKind::Date, (start, end), (start, end), Value::Date(Dated { date, identifying, written_weekday, last_day }), display);
        i = end;
    }
}

/// Is the token at `k` a verb of an act: a past tense ("struck", "convicted"), or a verb after
/// "to" or a modal ("to resign", "will meet")?
pub(crate) fn is_act(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    t.kind == TokenKind::Word && !t.capitalized && !t.repeated && (t.norm.ends_with("ed") && t.norm.len() > 4 || IRREGULAR_PAST_SET.contains(&t.norm) || k > 0 && matches!(toks[k - 1].norm.as_str(), "to" | "will" | "would" | "could" | "can" | "may") && !is_stopword(&t.norm))
}

/// What a date dates: the verbs near it in its clause ("the storm struck on Wednesday", "the
/// toll rose to 17 on Saturday"), or the noun a possessive date qualifies ("Tuesday's
/// storm"). Two dates of one story date the same event only when these meet.
pub fn anchors(s: &Sentence, f: &Extracted) -> Vec<Term> {
    let toks = &s.tokens;
    let (a, b) = s.clause_range(f.core.0);
    if toks.get(f.tokens.1).is_some_and(|t| t.norm == "'s" || t.norm == "'") {
        if let Some(k) = (f.tokens.1 + 1..b.min(f.tokens.1 + 4)).find(|&k| toks[k].kind == TokenKind::Word && !is_stopword(&toks[k].norm)) {
            return s.terms[k].iter().filter(|t| !t.is_name()).collect();
        }
    }
    let verb = |k: usize| is_act(toks, k);
    let near = |k: usize| k + 8 >= f.core.0 && k <= f.tokens.1 + 8;
    // A verb and the word that completes it ("found guilty", "named chairman").
    let mut out: Vec<Term> = (a..b)
        .filter(|&k| (k < f.tokens.0 || k >= f.tokens.1) && near(k) && verb(k))
        .flat_map(|k| {
            let next = (k + 1 < b && toks[k + 1].kind == TokenKind::Word && !toks[k + 1].capitalized && !is_stopword(&toks[k + 1].norm)).then_some(k + 1);
            std::iter::once(k).chain(next).flat_map(|i| s.terms[i].iter().filter(|t| !t.is_name()))
        })
        .collect();
    // Reporting verbs date the report, not the event ("said on Wednesday" is kept: a source
    // may date the same report).
    out.sort_unstable();
    out.dedup();
    out
}

/// The acts a date of a report dates: where the date follows a reporting verb ("an aid group
/// said on Monday"), the acts of the sentence before that attribution ("has freed").
fn reported_acts(s: &Sentence, f: &Extracted) -> Vec<Term> {
    let toks = &s.tokens;
    let mut k = f.tokens.0;
    if k > 0 && matches!(toks[k - 1].norm.as_str(), "on" | "late" | "early") {
        k -= 1;
    }
    let reporting = k > 0 && crate::words::concepts::REPORTING_VERBS.contains(&toks[k - 1].norm.as_str());
    if !reporting {
        return Vec::new();
    }
    // Back to the comma that opens the attribution, then every act before it.
    let Some(comma) = (0..k - 1).rev().find(|&i| toks[i].norm == ",") else { return Vec::new() };
    (0..comma).filter(|&i| is_act(toks, i)).flat_map(|i| s.terms[i].iter().filter(|t| !t.is_name())).collect()
}

/// Does the date's own text write its year ("in March 2027"), rather than the reading supply
/// it from the day of writing ("in March")?
fn written_year(s: &Sentence, f: &Extracted) -> bool {
    s.tokens.get(f.tokens.0..f.tokens.1).is_some_and(|ts| ts.iter().any(|t| year_of(t).is_some()))
}

/// The event a date follows in its noun phrase: "the invasion of Kelmar in February 2031",
/// "the protests in Marl in 2030", "the election on Sunday" (invasion, protests, election),
/// as a term. Two dates that follow the same event noun date the same event, as two dates of
/// the same act do; unlike a verb, a differing noun keeps nothing apart.
pub fn event_noun(s: &Sentence, f: &Extracted) -> Option<Term> {
    const MOST_SKIPPED: usize = 4;
    let toks = &s.tokens;
    let start = f.tokens.0;
    if !toks.get(start).is_some_and(|t| matches!(t.norm.as_str(), "in" | "on" | "of")) {
        return None;
    }
    // Back over one place or party named after the noun: "of Kelmar", "in Marl".
    let mut k = start;
    if k >= 2 && toks[k - 1].capitalized && toks[k - 1].kind == TokenKind::Word {
        let mut j = k - 1;
        while j > 0 && start - j < MOST_SKIPPED && toks[j - 1].capitalized && toks[j - 1].kind == TokenKind::Word {
            j -= 1;
        }
        if j == 0 || !matches!(toks[j - 1].norm.as_str(), "of" | "in") {
            return None;
        }
        k = j - 1;
    }
    let n = k.checked_sub(1)?;
    let t = &toks[n];
    let plain_noun = |i: usize| {
        let t = &toks[i];
        t.kind == TokenKind::Word && !t.capitalized && !t.repeated && !is_stopword(&t.norm) && t.norm.chars().count() > 3 && !is_act(toks, i) && !t.norm.ends_with("ing")
    };
    // "The visit came on Wednesday", "the vote took place on Sunday": a verb that says only
    // that something happened dates its subject, the first plain noun of the clause.
    let occurred = matches!(t.norm.as_str(), "came" | "happened" | "occurred") || t.norm == "place" && n > 0 && matches!(toks[n - 1].norm.as_str(), "took" | "takes");
    if occurred {
        let (a, _) = s.clause_range(n);
        let subject = (a..n).find(|&i| plain_noun(i))?;
        return s.terms[subject].iter().find(|t| !t.is_name());
    }
    plain_noun(n).then(|| s.terms[n].iter().find(|t| !t.is_name())).flatten()
}

/// Is the date a weekday alone ("on Thursday", "by Thursday evening"), with no day or month
/// written beside it?
fn bare_weekday(s: &Sentence, f: &Extracted) -> bool {
    s.tokens[f.core.0..f.core.1.min(s.tokens.len())].iter().all(|t| t.kind != TokenKind::Number && month_of(t).is_none())
}

/// Is the date relative to the day of writing ("yesterday", "last month", `RELATIVE_DATES`)?
fn relative(s: &Sentence, f: &Extracted) -> bool {
    let words = &s.tokens[f.core.0..f.core.1.min(s.tokens.len())];
    RELATIVE_DATES.iter().any(|(phrase, _)| words.windows(phrase.len()).any(|w| w.iter().zip(phrase.iter()).all(|(t, p)| t.norm == *p)))
}

/// The names in the subject of the act a date dates (the nearest act before it in its clause,
/// or else the first after it): who did it ("Reyes and Moss flew up in September").
/// The subject is read back from the verb to a comma or another act.
fn subject_names(s: &Sentence, f: &Extracted) -> Vec<Term> {
    let (a, b) = s.clause_range(f.core.0);
    let act = |k: usize| is_act(&s.tokens, k) && (k < f.tokens.0 || k >= f.tokens.1);
    let Some(verb) = (a..f.tokens.0).rev().find(|&k| act(k)).or_else(|| (f.tokens.1..b).find(|&k| act(k))) else { return Vec::new() };
    // A capital that opens the sentence ("Officials") is a name only as part of a longer one.
    let opener = |k: usize| k == 0 && !s.tokens.get(1).is_some_and(|t| t.capitalized);
    let mut names = Vec::new();
    for k in (a..verb).rev() {
        if (k >= f.tokens.0 && k < f.tokens.1) || matches!(s.tokens[k].norm.as_str(), "on" | "in" | "at") && k + 1 == f.tokens.0 {
            continue;
        }
        if s.tokens[k].norm == "," || act(k) {
            break;
        }
        if !opener(k) && !super::code::is_calendar_word(&s.tokens[k]) {
            names.extend(s.terms[k].iter().filter(|t| t.is_name()));
        }
    }
    names
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Date(a), Value::Date(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    // "Sunday, March 15" where the source puts March 15 in a year when it was a Saturday.
    if let (Some(weekday), Some(m), Some(d)) = (a.written_weekday, a.date.month, a.date.day) {
        let same_year = a.date.year.is_none() || b.date.year.is_none() || a.date.year == b.date.year;
        if b.date.month == Some(m) && b.date.day == Some(d) && same_year {
            let year = b.date.year.or(a.date.year);
            if let Some(truth) = year.and_then(|y| calendar::true_weekday(&DateValue { year: Some(y), month: Some(m), day: Some(d), ..DateValue::default() })) {
                return if truth != weekday { p.contradict("date.wrong_weekday", 1.0) } else { p.support("date.same", 1.0) };
            }
        }
    }
    // Ranges of days ("May 3-4") in the same month: the same range is the same date, ranges
    // that overlap are neither the same nor incompatible, ranges apart are other dates.
    if a.last_day.is_some() || b.last_day.is_some() {
        let days = |d: &Dated| d.date.day.map(|first| (first, d.last_day.unwrap_or(first)));
        let same_month = a.date.month == b.date.month && (a.date.year.is_none() || b.date.year.is_none() || a.date.year == b.date.year);
        if let (Some((a0, a1)), Some((b0, b1)), true) = (days(a), days(b), same_month) {
            if (a0, a1) != (b0, b1) && a0 <= b1 && b0 <= a1 {
                return None;
            }
        }
    }
    // "since August" opens a span of time; it is no date of an act that "this year" or "on
    // May 3" dates: a start is compared only with a start.
    let since = |s: &Sentence, f: &Extracted| s.tokens.get(f.tokens.0).is_some_and(|t| t.norm == "since");
    if since(p.article, p.fact) != since(p.source.sentence, p.candidate()) {
        return None;
    }
    let (mine, theirs) = (&p.fact.frame.anchors, &p.candidate().frame.anchors);
    // "convicted in October" and "found him guilty Oct. 9": the act's word may stand a few
    // words off the other side's verb.
    // One window of words per side, searched for every term.
    let near = |s: &Sentence, f: &Extracted, terms: &[Term], act: bool| -> bool {
        if terms.is_empty() {
            return false;
        }
        let (a, b) = s.clause_range(f.core.0);
        // As an act, not a noun of the act's stem: "such a sentence" is no "sentenced".
        let determined = |k: usize| act && k > 0 && matches!(s.tokens[k - 1].norm.as_str(), "a" | "an" | "the" | "such" | "this" | "that" | "his" | "her" | "its" | "their");
        // Nor in a participle's phrase after it: "filed a memo earlier this month, arguing
        // that" dates the filing, not the arguing.
        let participle = |k: usize| act && s.tokens[k].norm == "," && s.tokens.get(k + 1).is_some_and(|t| t.norm.ends_with("ing") && !t.capitalized);
        let hi = (f.tokens.1..b.min(f.tokens.1 + 8)).find(|&k| participle(k)).unwrap_or(b.min(f.tokens.1 + 8));
        (a.max(f.core.0.saturating_sub(8))..hi).filter(|&k| (k < f.tokens.0 || k >= f.tokens.1) && !determined(k)).any(|k| s.terms[k].iter().any(|t| !t.is_name() && terms.contains(&t)))
    };
    let same_event = p.fact.frame.event.is_some() && p.fact.frame.event == p.candidate().frame.event;
    // "Ostria has freed two prisoners, an aid group said on Monday": a date of the report
    // dates the act it reports, enough to confirm the same act's day, never to contradict
    // one (an act may be reported a day after it).
    let reported = |s: &Sentence, f: &Extracted, acts: &[Term]| !acts.is_empty() && reported_acts(s, f).iter().any(|t| acts.contains(t));
    let by_report = reported(p.source.sentence, p.candidate(), mine) || reported(p.article, p.fact, theirs);
    // With no act word on either side ("made an emergency landing on Saturday": a light verb
    // names no act), nearly the same words around the two dates tie them to one act, as for
    // times of day.
    let unanchored = (mine.is_empty() && theirs.is_empty()).then(|| p.align_loose()).flatten();
    let anchored = same_event
        || mine.iter().any(|t| theirs.contains(t))
        || unanchored.is_some_and(|l| l.in_nearly_the_same_words())
        || !theirs.is_empty() && !mine.is_empty() && {
            near(p.source.sentence, p.candidate(), mine, true) || near(p.article, p.fact, theirs, true)
        };
    // The same act by other people is another event: "Reyes and Moss flew up in
    // September" is not "Hale and Gorin flew to the station in September".
    // Asked last, where a verdict would follow: it reads both clauses.
    let other_people = || {
        let (mine, theirs) = (subject_names(p.article, p.fact), subject_names(p.source.sentence, p.candidate()));
        anchored && !mine.is_empty() && !theirs.is_empty() && !mine.iter().any(|&t| theirs.iter().any(|&u| p.ctx.terms_match(t, u)))
    };
    // A date belongs to its act more than to the names around it ("Kelby Bank collapsed", "his
    // firms collapsed"): anchored to one act, other holders do not keep two dates apart.
    let al = if anchored || by_report { unanchored.or_else(|| p.align_loose())? } else { p.align()? };
    if !mine.is_empty() && !theirs.is_empty() && !anchored && !by_report {
        return None;
    }
    // The word the identifying year names ("election" of "the 2020 election") stands by the
    // other side's date.
    let names_the_event = || {
        let ((s, f), (other, of)) = if a.identifying { ((p.article, p.fact), (p.source.sentence, p.candidate())) } else { ((p.source.sentence, p.candidate()), (p.article, p.fact)) };
        s.terms.get(f.tokens.1).is_some_and(|named| near(other, of, &named.iter().collect::<Vec<Term>>(), false))
    };
    // An undated article's "on Thursday" was read against a guessed day of writing (the
    // corpus's newest): only its weekday is known, and another text's "Thursday" may be it.
    let guessed = p.ctx.written.is_none() && a.date.weekday.is_some() && bare_weekday(p.article, p.fact) && bare_weekday(p.source.sentence, p.candidate());
    let weekday_only = DateValue { weekday: a.date.weekday, ..DateValue::default() };
    let a_date = if guessed { &weekday_only } else { &a.date };
    match a_date.relation(&b.date) {
        // "the 2018 World Cup" names an event; it does not date "took the job in 2018", only
        // an act of the event it names ("the election in August 2020" for "the 2020 election").
        Some(true) if a.identifying != b.identifying && !names_the_event() => None,
        Some(true) => {
            // The same day or month and year, attached to the same act, is the same date.
            let full = a_date.day.is_some() || a_date.month.is_some() && a_date.year.is_some() || a_date.weekday.is_some();
            let close = (anchored || by_report) && full && al.shared >= 1;
            // A source confirms only what it says: "this year" is no confirmation of "March 15".
            // A year it names for the same act confirms the article's year ("the opening of
            // the Brenna bridge in 2027" for "in March 2027"), and says so.
            if !b.date.covers(a_date) {
                // Both years written out: a relative date ("last month", "next year") is read against
                // a day of writing that may be wrong, too loose to confirm anything by its year.
                let same_year = a.date.year.is_some() && a.date.month.is_some() && a.date.year == b.date.year && a.date.day.is_none() && written_year(p.article, p.fact) && written_year(p.source.sentence, p.candidate());
                let same_act = anchored && (al.shared >= 2 || al.context >= crate::tuning::TUNING.agree_context);
                return (same_year && same_act && !a.identifying && !other_people()).then(|| p.support("date.same_year", al.context.max(0.5))).flatten();
            }
            ((close || al.may_agree() || al.context >= crate::tuning::TUNING.agree_context * 0.5 && al.shared >= 2) && !other_people()).then(|| p.support("date.same", al.context.max(0.5))).flatten()
        }
        Some(false) => {
            // A date that names an event ("the 2019 referendum") does not date it, and a source
            // sentence that also gives the article's date is no contradiction.
            if a.identifying || b.identifying {
                return None;
            }
            // An undated article's "yesterday" or "last month" is read against a guessed day
            // of writing: what day it means is unknown, so it contradicts nothing.
            if p.ctx.written.is_none() && relative(p.article, p.fact) {
                return None;
            }
            let other_fits = p.source.sentence.facts.iter().any(|f| matches!(&f.value, Value::Date(d) if a.date.relation(&d.date) == Some(true)));
            // "in February" and "in February": the same month, its year read from each
            // text's day of writing, differs only by what the reading supplied.
            let supplied_year = a.date.year != b.date.year && a.date.month == b.date.month && a.date.day == b.date.day && (!written_year(p.article, p.fact) || !written_year(p.source.sentence, p.candidate()));
            if supplied_year {
                return None;
            }
            // A year against a full date, or the other way, says too little about one moment.
            let comparable = a.date.year.is_some() == b.date.year.is_some() || a.date.month.is_some() && b.date.month.is_some() || a.date.weekday.is_some() && b.date.weekday.is_some();
            let lined = anchored && (al.holders == Line::Same || al.context >= crate::tuning::TUNING.conflict_context);
            (!other_fits && comparable && lined && al.may_conflict() && !other_people()).then(|| p.contradict("date.other_date", al.context)).flatten()
        }
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse::analyse;
    use crate::kinds::FactKind;
    use crate::testing::{checked_in, dated_checked_in, dated_verdict_in, verdict_in};
    use crate::Verdict;

    fn dates(text: &str) -> Vec<String> {
        analyse(text).sentences.iter().flat_map(|s| s.facts.iter().filter(|f| f.kind == FactKind::Date).map(|f| f.display.clone())).collect()
    }

    #[test]
    fn a_noun_is_not_the_act_of_its_verb() {
        // "such a sentence" tied "argued last month" to "was sentenced Thursday".
        let corpus = [("wire", "2024-03-28", "NEW YORK − Ivo Marek-Lund was sentenced to 25 years in prison Thursday for stealing $8 billion from customers of the now-bankrupt Kestrel exchange he founded.")];
        let article = "Ivo Marek-Lund could have faced up to 100 years behind bars – but last month, his lawyers argued such a sentence would have been barbaric.";
        assert_eq!(dated_verdict_in(&corpus, article, Some("2024-03-28"), "last month"), Verdict::NotFound);
        // Twin: the act itself dated otherwise conflicts.
        assert_eq!(dated_verdict_in(&corpus, "Ivo Marek-Lund was sentenced to 25 years in prison last month for stealing $8 billion from customers.", Some("2024-03-28"), "last month"), Verdict::Conflict);
    }

    #[test]
    fn a_participle_after_a_comma_is_not_the_dated_act() {
        // "filed a memo earlier this month, arguing that" was taken for the lawyers' arguing.
        let corpus = [("wire", "2024-03-28", "Prosecutors filed a 116-page sentencing memo earlier this month, arguing that Ivo Marek-Lund's punishment should be \"commensurate with the extraordinary dimensions of his crimes.\"")];
        let article = "Ivo Marek-Lund could have faced up to 100 years behind bars – but last month, his lawyers argued such a sentence would have been barbaric.";
        assert_eq!(dated_verdict_in(&corpus, article, Some("2024-03-28"), "last month"), Verdict::NotFound);
        // Twin: the filing itself dated otherwise conflicts.
        let article = "Last month, prosecutors filed a 116-page sentencing memo, arguing that Ivo Marek-Lund's punishment should be commensurate with his crimes.";
        assert_eq!(dated_verdict_in(&corpus, article, Some("2024-03-28"), "Last month"), Verdict::Conflict);
    }

    #[test]
    fn the_same_act_by_other_people_is_another_event() {
        // "Reyes and Moss flew up in September" agreed with "Hale and Gorin flew ... in September".
        let corpus = ["Ada Hale and Ivo Gorin flew to the Norland station in September on a craft with two empty seats for Tam Reyes and Lia Moss."];
        assert_eq!(verdict_in(&corpus, "Tam Reyes and Lia Moss flew to the Norland station in September in a craft with two empty seats.", "in September"), Verdict::NotFound);
        // Twin: the same people's flight agrees.
        assert_eq!(verdict_in(&corpus, "Ada Hale and Ivo Gorin flew up to the Norland station in September.", "in September"), Verdict::Agree);
    }

    #[test]
    fn a_year_that_names_an_event_does_not_date_an_act() {
        // "the 2018 World Cup semifinal" confirmed "who took the job in 2018".
        let corpus = ["In the 2018 World Cup semifinal, Harbour took the lead against Norland but lost 2-1."];
        let article = "Coach Ada Lenz, who took the job in 2018, said Harbour would rebuild.";
        assert_eq!(verdict_in(&corpus, article, "in 2018"), Verdict::NotFound);
        // Twin: the same act with another year conflicts.
        let corpus = ["Coach Ada Lenz took the job in 2016 and has led Harbour since."];
        assert_eq!(verdict_in(&corpus, article, "in 2018"), Verdict::Conflict);
        // A year that names the event the other side dates still confirms it.
        let corpus = ["Opposition leaders say Mira Holt rigged the 2020 presidential election in Norland."];
        assert_eq!(verdict_in(&corpus, "Mira Holt rigged the presidential election in August 2020 in Norland, opposition leaders say.", "in August 2020"), Verdict::Agree);
    }

    #[test]
    fn a_past_clause_in_a_sentence_about_the_future_dates_the_past() {
        let day = crate::analyse::calendar::CalendarDate::parse("2025-02-11");
        let shown = |text: &str| -> Vec<String> {
            let mut lexicon = crate::analyse::terms::Lexicon::new();
            crate::analyse::analyse_with(text, &mut lexicon, day).sentences.iter().flat_map(|s| s.facts.iter().filter(|f| f.kind == FactKind::Date).map(|f| f.display.clone())).collect()
        };
        // "which rose in December" is past though the sentence looks ahead.
        assert_eq!(shown("Prices, which rose sharply in December, are expected to fall by the summer."), ["December 2024"]);
        // Its twin: a date in the clause that looks ahead is ahead.
        assert_eq!(shown("Prices are expected to fall sharply in December, officials said."), ["December 2025"]);
        // And a clause of little more than the date takes the sentence's time.
        assert_eq!(shown("In December, prices will fall again."), ["December 2025"]);
        assert_eq!(shown("The minister will visit Kelby, Marl and Vestia in December."), ["December 2025"]);
    }

    #[test]
    fn a_start_is_compared_only_with_a_start() {
        let corpus = [("chamber", "2025-02-07", "The value of the pound fell sharply as the Bank of Kelby hinted there would be more interest rate cuts this year."), ("wire", "2025-02-11", "Markets were calm on Tuesday.")];
        let article = "Last week, the Bank of Kelby cut interest rates by 0.25 percentage points to 4.5%, marking the third rate cut since August last year.";
        assert_eq!(dated_verdict_in(&corpus, article, None, "since August"), Verdict::NotFound);
        // Its twin: another start of the same span conflicts.
        let corpus = ["Prices at the Kelby market have risen sharply since August, when the drought began."];
        assert_eq!(verdict_in(&corpus, "Prices at the Kelby market have risen sharply since June, when the drought began.", "since June"), Verdict::Conflict);
    }

    #[test]
    fn a_year_that_names_an_event_dates_nothing() {
        // "the 1966 World Cup" and "the 2018 World Cup" are two events, not two dates of one.
        let corpus = ["Ostria, the birthplace of the sport, is still without a major title in the men's game since winning the 1966 World Cup and its players watched."];
        let article = "Marek, who led Ostria in fewer than 100 games after taking the job in 2016, took them to the 2018 World Cup semifinal and to two finals.";
        assert!(!matches!(verdict_in(&corpus, article, "2018"), Verdict::Conflict | Verdict::Disputed));
        // Its twin: a year that dates the same act conflicts.
        let corpus = ["Marek took the job in 2016 and led Ostria to two finals."];
        assert_eq!(verdict_in(&corpus, "Marek took the job in 2018 and led Ostria to two finals.", "2018"), Verdict::Conflict);
    }

    #[test]
    fn an_undated_articles_weekday_is_any_such_weekday() {
        // The undated article is read as of the newest document (Thursday 7 November): its
        // "Thursday" need not be that day, and another report's Thursday may be it.
        let corpus = [("mercury", "2019-11-01", "By Thursday evening, the fire had destroyed 349 structures, officials said."), ("herald", "2019-11-07", "The fire was fully contained on Wednesday.")];
        assert_eq!(dated_verdict_in(&corpus, "By Thursday evening, the fire had destroyed 349 structures.", None, "Thursday"), Verdict::Agree);
        // Its twin: another weekday conflicts.
        assert_eq!(dated_verdict_in(&corpus, "By Tuesday evening, the fire had destroyed 349 structures.", None, "Tuesday"), Verdict::Conflict);
        // Written on a known day, the article's Thursday is that day's.
        assert_eq!(dated_verdict_in(&corpus, "By Thursday evening, the fire had destroyed 349 structures.", Some("2019-11-07"), "Thursday"), Verdict::Conflict);
        // Nor is an undated article's "yesterday" a known day; written on one, it is.
        let corpus = [("guardian", "2025-02-06", "The Bank of England cut interest rates again today, its governor said."), ("wire", "2025-02-11", "Markets were calm on Tuesday.")];
        assert_eq!(dated_verdict_in(&corpus, "The Bank of England cut interest rates yesterday, its governor said.", None, "yesterday"), Verdict::NotFound);
        assert_eq!(dated_verdict_in(&corpus, "The Bank of England cut interest rates yesterday, its governor said.", Some("2025-02-07"), "yesterday"), Verdict::Agree);
        assert_eq!(dated_verdict_in(&corpus, "The Bank of England cut interest rates yesterday, its governor said.", Some("2025-02-11"), "yesterday"), Verdict::Conflict);
    }

    #[test]
    fn a_month_at_the_end_of_a_sentence_leaves_it_its_full_stop() {
        let text = "Shareholders will vote in July. The jury reached its verdict on Nov. 2.";
        let analysed = analyse(text);
        let spans: Vec<&str> = analysed.sentences.iter().flat_map(|s| s.facts.iter().filter(|f| f.kind == FactKind::Date).map(|f| f.span.slice(text))).collect();
        assert_eq!(spans, ["in July", "on Nov. 2"]);
    }

    #[test]
    fn dates_years_weekdays_and_relative_dates() {
        assert_eq!(dates("On June 9, 2027, the court met. He left on Wednesday, last month, in 1987."), ["Wednesday June 9 2027", "Wednesday", "last month", "1987"]);
        assert_eq!(dates("It was announced on Friday, October 17, and again on Saturday (Oct. 18)."), ["Friday October 17", "Saturday October 18"]);
    }

    #[test]
    fn another_weekday_in_nearly_the_same_words_conflicts_though_no_act_word_ties_them() {
        // "made" names no act of its own: only the words around the two days line them up.
        let corpus = ["The Lindholm ferry made an emergency stop at Corran Pier on Saturday after its engine failed, the operator said."];
        assert_eq!(verdict_in(&corpus, "The Lindholm ferry made an emergency stop at Corran Pier on Sunday after its engine failed.", "on Sunday"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "The Lindholm ferry made an emergency stop at Corran Pier on Saturday after its engine failed.", "on Saturday"), Verdict::Agree);
        // Its twin: a day of something else in the same story, in other words, is no conflict.
        assert_ne!(verdict_in(&corpus, "The Lindholm ferry made its first crossing of the season on Sunday.", "on Sunday"), Verdict::Conflict);
    }

    #[test]
    fn a_range_of_days_is_one_date() {
        assert_eq!(dates("The festival was held on May 3-4 in the hall."), ["May 3-4"]);
        let corpus = ["The festival was held on May 3-4 in the old hall, its organisers said.", "The court met on Monday."];
        assert_eq!(verdict_in(&corpus, "Organisers held the festival on May 3-4 in the old hall.", "May 3-4"), Verdict::Agree);
        // A day inside the range is neither the same nor another date; one outside it is.
        assert_eq!(verdict_in(&corpus, "Organisers held the festival on May 4 in the old hall.", "May 4"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Organisers held the festival on May 10-11 in the old hall.", "May 10-11"), Verdict::Conflict);
    }

    #[test]
    fn the_same_year_of_the_same_act_confirms_a_month() {
        let corpus = ["The new bridge over the Brenna was opened in 2027 by the city, officials said.", "The court met on Monday."];
        let article = |when: &str| format!("The new bridge over the Brenna was opened in {when} by the city.");
        assert_eq!(verdict_in(&corpus, &article("March 2027"), "March 2027"), Verdict::Agree);
        // Twin: another year of the same act conflicts.
        assert_eq!(verdict_in(&corpus, &article("March 2026"), "March 2026"), Verdict::Conflict);
        // A relative date on either side ("last month", "next year") confirms no year.
        let relative = [("wire", "2031-05-08", "The new bridge over the Brenna was opened next year by the city, officials said.")];
        let text = "The new bridge over the Brenna was opened last month by the city.";
        assert_ne!(dated_verdict_in(&relative, text, Some("2032-02-12"), "last month"), Verdict::Agree);
    }

    #[test]
    fn the_same_year_of_the_same_event_noun_confirms_a_month() {
        let corpus = ["Officials blamed the invasion of Kelmar in 2031 for the grain crisis.", "The court met on Monday."];
        let article = |when: &str| format!("The invasion of Kelmar in {when} deepened the grain crisis.");
        assert_eq!(verdict_in(&corpus, &article("February 2031"), "in February 2031"), Verdict::Agree);
        // Twin: another year of the same event conflicts.
        assert_eq!(verdict_in(&corpus, &article("February 2030"), "in February 2030"), Verdict::Conflict);
    }

    #[test]
    fn a_month_whose_year_each_reading_supplied_is_no_conflict() {
        let corpus = [("wire", "2031-01-13", "The new councillors will take office in February, ahead of the mayor's inauguration.")];
        let article = |when: &str| format!("The new councillors take office in {when}, ahead of the mayor's inauguration.");
        assert_ne!(dated_verdict_in(&corpus, &article("February"), Some("2031-01-19"), "in February"), Verdict::Conflict);
        // Twin: a month the article dates in another year, in words, conflicts.
        let written = [("wire", "2031-01-13", "The new councillors will take office in February 2031, ahead of the mayor's inauguration.")];
        assert_eq!(dated_verdict_in(&written, &article("February 2032"), Some("2031-01-19"), "in February 2032"), Verdict::Conflict);
    }

    #[test]
    fn a_caption_dates_its_photo_not_the_event() {
        let corpus = [("wire", "2031-04-02", "A strong storm struck Marl early on Wednesday, April 2, officials said.")];
        let article = "Volunteers clear a street a day after a strong storm struck Marl on April 3, 2031.";
        assert_eq!(dated_verdict_in(&corpus, article, Some("2031-04-03"), "on April 3, 2031"), Verdict::Conflict);
        let caption = format!("{article} ANNA VOSS/NORTH WIRE\nThe toll rose.");
        assert!(dates(&caption).is_empty(), "{:?}", dates(&caption));
        let credited = format!("{article} (Marl Press Office via NW)\nThe toll rose.");
        assert!(dates(&credited).is_empty(), "{:?}", dates(&credited));
        let said_so = "In this photo released by the Marl Press Office, volunteers clear a street on April 3, 2031.";
        assert!(dates(said_so).is_empty(), "{:?}", dates(said_so));
    }

    #[test]
    fn an_impossible_date_is_no_date() {
        assert!(dates("It happened on February 30, 2025.").iter().all(|d| !d.contains("February 30")));
        assert!(dates("It happened on 31/02/2025.").is_empty());
        assert_eq!(dates("It happened on 17/10/2031."), ["Friday October 17 2031"]);
    }

    #[test]
    fn a_weekday_that_is_not_the_dates_conflicts() {
        let corpus = [("wire", "2031-03-16", "Voters elected Mira Holt on Saturday, March 15, 2031.")];
        assert_eq!(dated_verdict_in(&corpus, "Voters on Sunday, March 15, elected Mira Holt.", None, "on Sunday, March 15"), Verdict::Conflict);
        assert_eq!(dated_verdict_in(&corpus, "Voters on Saturday, March 15, elected Mira Holt.", None, "on Saturday, March 15"), Verdict::Agree);
    }

    #[test]
    fn a_weekday_read_against_the_day_the_source_was_written() {
        let corpus = [("wire", "2031-05-08", "Ivo Marek was sentenced Thursday to 12 years in prison.")];
        assert_eq!(dated_verdict_in(&corpus, "Ivo Marek was sentenced on Wednesday to 12 years in prison.", None, "on Wednesday"), Verdict::Conflict);
        assert_eq!(dated_verdict_in(&corpus, "Ivo Marek was sentenced on Thursday to 12 years in prison.", None, "on Thursday"), Verdict::Agree);
    }

    #[test]
    fn another_year_for_the_same_event_conflicts() {
        let corpus = ["Lukas Berg was elected mayor in 2009 after a disputed vote."];
        assert_eq!(verdict_in(&corpus, "Lukas Berg was elected mayor in 2011.", "in 2011"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Lukas Berg was elected mayor in 2009.", "in 2009"), Verdict::Agree);
    }

    #[test]
    fn a_year_that_names_an_event_does_not_date_it() {
        let corpus = ["Protests followed the 2019 referendum in the capital."];
        assert_eq!(verdict_in(&corpus, "Protests followed the 2018 referendum in the capital.", "2018"), Verdict::NotFound);
    }

    #[test]
    fn a_name_that_opens_a_sentence_before_who_is_whose_date_it_is() {
        let corpus = ["\"We have never seen it,\" said Mayor Ada Lind, who has led the town since 2017."];
        assert_eq!(verdict_in(&corpus, "Lind, who has led the town since 2013, said the school is now a shelter.", "since 2013"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Lind, who has led the town since 2017, said the school is now a shelter.", "since 2017"), Verdict::Agree);
    }

    #[test]
    fn since_a_weekday_dates_the_act_of_its_clause() {
        // "since Sunday" opens no clause of its own: it dates the burning.
        let corpus = ["The wildfire near Tarrow has burned through the forest since Sunday, forcing hundreds from their homes."];
        assert_eq!(verdict_in(&corpus, "The wildfire near Tarrow has burned through the forest since Saturday, forcing hundreds from their homes.", "since Saturday"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "The wildfire near Tarrow has burned through the forest since Sunday, officials said.", "since Sunday"), Verdict::Agree);
    }

    /// "today" inside quoted words is the day the speaker spoke: an article written three
    /// days later that repeats the quotation does not move it to its own day.
    #[test]
    fn a_relative_day_in_a_quotation_is_the_speakers_day() {
        let corpus = [("local", "2031-10-09", "Roads in the city reopened on Monday."), ("wire", "2031-10-08", "Ivo Brant won the Kelby marathon. \u{201c}A record was not on my mind today, but I knew it would come,\u{201d} Brant said.")];
        let quoted = "Ivo Brant won the Kelby marathon on Sunday. \u{201c}A record was not on my mind today, but I knew it would come,\u{201d} Brant said.";
        assert_eq!(dated_verdict_in(&corpus, quoted, Some("2031-10-11"), "today"), Verdict::Agree);
        // Its twin: the article's own "today" is its own day, and conflicts.
        let corpus = [("wire", "2031-10-08", "Ivo Brant won the Kelby marathon in record time today, officials said."), ("local", "2031-10-09", "Roads in the city reopened on Monday.")];
        assert_eq!(dated_verdict_in(&corpus, "Ivo Brant won the Kelby marathon today in record time.", Some("2031-10-11"), "today"), Verdict::Conflict);
    }

    #[test]
    fn a_weekday_and_day_in_a_clause_about_what_is_to_come_keep_their_own_year() {
        // The draft is read as of the newest report (July); "will receive" made February the
        // next one, and the reader was shown a Friday, March 14 of 2026, a Saturday.
        let corpus = [
            ("a", "2025-03-20", "Kelby said its holders will be paid a premium over the close of March 14, 2025."),
            ("b", "2025-07-30", "Regulators are still reviewing the Kelby offer."),
        ];
        let article = "Kelby holders will be paid a premium over the close of Friday, March 14.";
        let fact = dated_checked_in(&corpus, article, None, "Friday, March 14");
        assert_eq!((fact.verdict, fact.value.as_str()), (Verdict::Agree, "Friday March 14 2025"), "{fact:#?}");
        // Its twin: the Thursday before conflicts.
        let article = "Kelby holders will be paid a premium over the close of Thursday, March 13.";
        assert_eq!(dated_verdict_in(&corpus, article, None, "Thursday, March 13"), Verdict::Conflict);
    }

    #[test]
    fn a_weekday_in_a_phrase_naming_a_thing_in_a_sentence_about_what_is_to_come_is_past() {
        // "will receive ..., a premium over the closing price on Friday" made that Friday the
        // next one, and the draft's "Friday, March 14" a conflict.
        let corpus = [("a", "2025-03-18", "Kelby holders will receive two shares each, a premium of 20 percent over the closing price on Friday.")];
        let article = "That is a premium of a fifth over the closing price on Friday, March 14.";
        assert_eq!(dated_verdict_in(&corpus, article, None, "Friday, March 14"), Verdict::Agree);
        // Its twin: the Thursday before conflicts.
        let article = "That is a premium of a fifth over the closing price on Thursday, March 13.";
        assert_eq!(dated_verdict_in(&corpus, article, None, "Thursday, March 13"), Verdict::Conflict);
        // And a day the clause sets ahead is still the next one.
        let corpus = [("a", "2025-03-18", "Kelby holders will vote on the offer on Friday, the company said.")];
        let fact = dated_checked_in(&corpus, "Kelby holders will vote on the offer on Friday, March 21.", None, "Friday, March 21");
        assert_eq!(fact.verdict, Verdict::Agree, "{fact:#?}");
    }

    /// "Ostria has freed a reporter, an aid group said on Monday": the report's day
    /// confirms the day of the act it reports, and never contradicts another day (an act may
    /// be reported a day after it); the act's own day does.
    #[test]
    fn a_date_of_the_report_confirms_the_day_of_the_act_it_reports() {
        let reported = ["Ostria has freed a reporter and a student from its jails, an exiled aid group said on Monday.", "The talks went on for weeks."];
        assert_eq!(verdict_in(&reported, "Ostrian authorities on Monday freed a reporter and a student.", "on Monday"), Verdict::Agree);
        assert_eq!(verdict_in(&reported, "Ostrian authorities on Tuesday freed a reporter and a student.", "on Tuesday"), Verdict::NotFound);
        let dated = ["Ostria freed a reporter and a student on Monday, an aid group said.", "The talks went on for weeks."];
        assert_eq!(verdict_in(&dated, "Ostrian authorities on Tuesday freed a reporter and a student.", "on Tuesday"), Verdict::Conflict);
    }

    /// "The visit came on Monday": a verb that only says something happened dates its subject,
    /// as "a visit on Monday" does; another day of that visit conflicts.
    #[test]
    fn what_came_on_a_day_is_the_event_that_day_dates() {
        let corpus = ["The releases followed what Western diplomats described as a secret visit on Monday to Korvo, the capital.", "The talks went on for weeks."];
        assert_eq!(verdict_in(&corpus, "The American visit to Korvo, the capital, came on Monday.", "on Monday"), Verdict::Agree);
        let other = checked_in(&corpus, "The American visit to Korvo, the capital, came on Tuesday.", "on Tuesday");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "on Monday"));
    }
}
