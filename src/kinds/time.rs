//! Times of day: "at 6:52 a.m.", "around 7 a.m.", "7am", "4:15pm", "at noon", "20:30". One
//! fact, never two numbers. A time given to the hour ("7 a.m.") or "around" one is read
//! loosely, so "around 7 a.m." confirms "6:52 a.m.".

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::Reader;
use crate::compare::{Judged, Pair};
use crate::interval::{fit, Fit, Interval, Reported, Stated};
use crate::segment::TokenKind;
use crate::tuning::TUNING;
use crate::words::calendar::{AM, CLOCK_WORDS, PM, TIME_ZONES};

pub static KIND: Kind = Kind {
    kind: FactKind::Time,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "time.same", meaning: "the source gives the same time of day for the same event, or one that rounds it" },
        Rule { name: "time.other_time", meaning: "the source gives the same event a time of day the article's cannot round to" },
    ],
};

/// A time of day, in minutes after midnight.
#[derive(Debug, Clone, PartialEq)]
pub struct Clock {
    pub minutes: Reported,
    /// The zone written after it, as minutes ahead of UTC ("EDT": -240).
    pub zone: Option<i16>,
}

/// The time zone written in capitals at token `j`, if any.
fn zone_at(r: &Reader, j: usize) -> Option<i16> {
    let t = r.tokens().get(j)?;
    let caps = t.kind == TokenKind::Word && t.capitalized && t.span.slice(r.text).chars().all(|c| c.is_ascii_uppercase());
    caps.then(|| TIME_ZONES.iter().find(|(z, _)| *z == t.norm.as_str()).map(|&(_, o)| o)).flatten()
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
        let mut parsed: Option<(u16, bool, usize)> = None; // (minutes, to the hour, tokens)
        if let Some(&(_, m)) = CLOCK_WORDS.iter().find(|(w, _)| t.norm == *w) {
            parsed = Some((m, false, 1));
        } else if t.kind == TokenKind::Number && t.norm.len() == 4 && t.norm.bytes().all(|b| b.is_ascii_digit()) && zone_at(r, i + 1).is_some() {
            // "(2348 GMT)": hours and minutes run together, told by the zone after them.
            let (h, m) = (t.norm[..2].parse::<u16>().unwrap_or(99), t.norm[2..].parse::<u16>().unwrap_or(99));
            if h < 24 && m < 60 {
                parsed = Some((h * 60 + m, false, 1));
            }
        } else if let Some((hour, minute)) = dotted_clock(&t.norm).filter(|_| t.kind == TokenKind::Number) {
            // "4.40pm", "10.20 a.m.": hours and minutes split by a point, told by the marker;
            // without one it is a number ("4.40 metres").
            let marker = r.norm(i + 1);
            if AM.contains(&marker) || PM.contains(&marker) {
                parsed = Some((on_the_clock(hour, PM.contains(&marker)) + minute, false, 2));
            }
        } else if t.kind == TokenKind::Number && t.norm.len() <= 2 {
            let hour: u16 = t.norm.parse().unwrap_or(99);
            let mut len = 1;
            let mut minute = None;
            if r.is(i + 1, ":") && toks.get(i + 2).is_some_and(|n| n.kind == TokenKind::Number && n.norm.len() == 2 && !n.space_before) && !toks[i + 1].space_before {
                minute = toks[i + 2].norm.parse::<u16>().ok().filter(|m| *m < 60);
                if minute.is_some() {
                    len = 3;
                }
            }
            let marker = r.norm(i + len);
            let pm = PM.contains(&marker);
            let am = AM.contains(&marker);
            if (am || pm) && (1..=12).contains(&hour) {
                parsed = Some((on_the_clock(hour, pm) + minute.unwrap_or(0), minute.is_none(), len + 1));
            } else if let Some(m) = minute {
                // "20:30": a 24-hour time after "at", "by", "around", "from", "until", or written
                // with two digits for the hour ("close 21:00", "08:15"). "3:59" alone is a time
                // of day or a span, never two numbers: its numbers are taken, and nothing is
                // read. "2:03:45" is a span (a race time), left to the quantity.
                let after_at = i > 0 && matches!(r.norm(i - 1), "at" | "by" | "around" | "about" | "from" | "until" | "before" | "after");
                let seconds = r.is(i + 3, ":") && toks.get(i + 4).is_some_and(|n| n.kind == TokenKind::Number && !n.space_before);
                if super::quantity::span_of_hours(toks, i).is_some() {
                    i += 5;
                    continue;
                }
                if hour < 24 && (after_at || t.norm.len() == 2) && !seconds {
                    parsed = Some((hour * 60 + m, false, len));
                } else if r.free(i, i + 3) {
                    let end = if seconds { i + 5 } else { i + 3 };
                    r.take(i, end.min(toks.len()));
                    i = end;
                    continue;
                }
            }
        }
        let Some((minutes, to_the_hour, len)) = parsed else {
            i += 1;
            continue;
        };
        let zone = zone_at(r, i + len);
        let end = i + len + usize::from(zone.is_some());
        if !r.free(i, end) {
            i += 1;
            continue;
        }
        // "9–11 a.m.": the hour closes a range of hours, read as one time from its first hour
        // (minutes after midnight, on the same side of noon); "won 4–1 am" is a score's second
        // side, left to the score.
        let first_hour = (i >= 2 && matches!(r.norm(i - 1), "-" | "\u{2013}") && !toks[i - 1].space_before && !toks[i].space_before && toks[i - 2].kind == TokenKind::Number && r.free(i - 2, i))
            .then(|| toks[i - 2].norm.parse::<u16>().ok())
            .flatten();
        if let Some(first) = first_hour {
            let from = (first % 12) * 60 + (minutes / 720) * 720;
            if !(1..=12).contains(&first) || !to_the_hour || from >= minutes {
                i += 1;
                continue;
            }
            let display = format!("{:02}:00\u{2013}{:02}:{:02}", from / 60, minutes / 60, minutes % 60);
            let reported = Reported { interval: Interval::closed(f64::from(from), f64::from(minutes)), stated: Stated::Range, decimals: None };
            r.take(i - 2, end);
            r.push(FactKind::Time, (i - 2, end), (i - 2, end), Value::Time(Clock { minutes: reported, zone }), display);
            i = end;
            continue;
        }
        let (qualifier, qlen) = crate::analyse::numbers::qualifier_before(toks, i);
        let loose = qlen > 0 && matches!(qualifier, crate::interval::Qualifier::About | crate::interval::Qualifier::Nearly | crate::interval::Qualifier::JustOver);
        let m = f64::from(minutes);
        let half = f64::from(TUNING.clock_approximate);
        let reported = if loose || to_the_hour {
            Reported { interval: Interval::closed(m - half, m + half), stated: if loose { Stated::Approximate } else { Stated::Point }, decimals: None }
        } else {
            Reported { interval: Interval::exact(m), stated: Stated::Point, decimals: None }
        };
        let start = if qlen > 0 && loose { i - qlen } else { i };
        let start = if start > 0 && matches!(r.norm(start - 1), "at" | "by" | "around" | "about") && r.free(start - 1, start) { start - 1 } else { start };
        let display = format!("{:02}:{:02}", minutes / 60, minutes % 60);
        r.take(start, end);
        r.push(FactKind::Time, (start, end), (start, end), Value::Time(Clock { minutes: reported, zone }), display);
        i = end;
    }
}

/// Minutes after midnight at an hour of 1–12 before or after noon.
fn on_the_clock(hour: u16, pm: bool) -> u16 {
    (hour % 12 + if pm { 12 } else { 0 }) * 60
}

/// "4.40" as (4, 40): an hour of 1–12, a point, two digits of minutes.
fn dotted_clock(norm: &str) -> Option<(u16, u16)> {
    let (h, m) = norm.split_once('.')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = (h.parse::<u16>().ok()?, m.parse::<u16>().ok()?);
    ((1..=12).contains(&h) && m < 60).then_some((h, m))
}

/// Minutes after midnight in a zone `offset` minutes ahead of UTC, as minutes after midnight UTC.
fn in_utc(m: &Reported, offset: i16) -> Reported {
    let lo = (m.interval.lo - f64::from(offset)).rem_euclid(1440.0);
    Reported { interval: Interval { lo, hi: lo + (m.interval.hi - m.interval.lo), ..m.interval }, ..*m }
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Time(a), Value::Time(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    if p.candidate().derived || p.fact.derived {
        return None;
    }
    let al = p.align()?;
    // A time of day dates an act, as a date does: the two must be of one act.
    let (mine, theirs) = (&p.fact.frame.anchors, &p.candidate().frame.anchors);
    // With no act word on either side ("came off the tracks at 5:34"), nearly the same words
    // around the two times tie them to one act.
    let anchored = mine.iter().any(|t| theirs.contains(t)) || mine.is_empty() && theirs.is_empty() && al.in_nearly_the_same_words();
    if !mine.is_empty() && !theirs.is_empty() && !anchored {
        return None;
    }
    // Both zones known: compared in UTC ("7:48 p.m. EDT" is "2348 GMT"). One known, the other
    // is taken to be in it.
    let (am, bm) = match (a.zone, b.zone) {
        (Some(x), Some(y)) if x != y => (in_utc(&a.minutes, x), in_utc(&b.minutes, y)),
        _ => (a.minutes, b.minutes),
    };
    match fit(&am, &bm, 0.0) {
        Fit::Same | Fit::Implied => (al.may_agree() || anchored && al.shared >= 1).then(|| p.support("time.same", al.context.max(0.5))).flatten(),
        Fit::Compatible => None,
        Fit::Incompatible => (anchored && al.may_conflict()).then(|| p.contradict("time.other_time", al.context)).flatten(),
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse::analyse;
    use crate::kinds::FactKind;
    use crate::testing::verdict_in;
    use crate::Verdict;

    #[test]
    fn a_time_in_another_zone_is_the_same_time_in_utc() {
        // "(2348 GMT)" was a count of 2348, and "GMT" a holder.
        let corpus = ["The Rocketco launch from Pad 12 is planned for 2348 GMT on Friday."];
        let article = "The Rocketco launch from Pad 12 is planned for 7:48 p.m. EDT on Friday.";
        assert_eq!(verdict_in(&corpus, article, "7:48 p.m. EDT"), Verdict::Agree);
        // Twin: the same clock time in another zone conflicts.
        assert_eq!(verdict_in(&corpus, "The Rocketco launch from Pad 12 is planned for 7:48 p.m. GMT on Friday.", "7:48 p.m. GMT"), Verdict::Conflict);
        let kinds: Vec<FactKind> = analyse("The launch is planned for 2348 GMT.").sentences[0].facts.iter().map(|f| f.kind).collect();
        assert!(kinds.contains(&FactKind::Time) && !kinds.contains(&FactKind::Quantity), "{kinds:?}");
    }

    #[test]
    fn a_two_digit_hour_is_a_time_and_a_bare_clock_figure_no_numbers() {
        let kinds = |text: &str| -> Vec<FactKind> { analyse(text).sentences[0].facts.iter().map(|f| f.kind).collect() };
        let time = kinds("Polling stations close 21:00 on Sunday.");
        assert!(time.contains(&FactKind::Time) && !time.contains(&FactKind::Quantity), "{time:?}");
        let text = "She ran the mile in 3:59 last year.";
        assert!(!kinds(text).contains(&FactKind::Quantity), "{text}: {:?}", kinds(text));
        // Hours, minutes and seconds are one span (see quantity), never three numbers.
        let facts = crate::testing::first_sentence_facts("He finished in 2:03:45 in the rain.");
        assert_eq!(facts, [(FactKind::Quantity, "2:03:45".to_string())]);
    }

    #[test]
    fn a_range_of_hours_is_one_time_and_a_score_before_am_no_time() {
        let facts = crate::testing::first_sentence_facts;
        assert_eq!(facts("The office opens 9–11 a.m. on Saturdays."), [(FactKind::Time, "9–11 a.m.".to_string())]);
        let score = facts("Rovers won 4–1 am Samstag.");
        assert!(score.iter().any(|(k, t)| *k == FactKind::Score && t == "4–1") && !score.iter().any(|(k, _)| *k == FactKind::Time), "{score:?}");
        // A range confirms a time inside it and conflicts with one outside it.
        let corpus = ["The counter at Dunmore station sold tickets from 9–11 a.m. on Saturday, the operator said."];
        assert_eq!(verdict_in(&corpus, "The counter at Dunmore station sold tickets from 9–11 a.m. on Saturday.", "9–11 a.m."), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The counter at Dunmore station sold tickets from 2–4 p.m. on Saturday.", "2–4 p.m."), Verdict::Conflict);
    }

    #[test]
    fn a_time_is_one_fact_not_two_numbers() {
        let a = analyse("The quake struck at 9:41 a.m. on the coast.");
        let facts: Vec<FactKind> = a.sentences[0].facts.iter().map(|f| f.kind).collect();
        assert!(facts.contains(&FactKind::Time) && !facts.contains(&FactKind::Quantity), "{facts:?}");
    }

    #[test]
    fn around_the_hour_confirms_a_time_near_it_and_not_one_far_from_it() {
        let corpus = ["The storm reached the coast around 7 a.m. as commuters set off for work."];
        assert_eq!(verdict_in(&corpus, "The storm reached the coast at 6:52 a.m. as commuters set off for work.", "at 6:52 a.m."), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The storm reached the coast at 9:41 a.m. as commuters set off for work.", "at 9:41 a.m."), Verdict::Conflict);
    }

    #[test]
    fn times_with_no_act_word_in_the_same_words_are_one_moment() {
        // "came" names no act of its own: the words around the two times tie them.
        let corpus = ["The train left Varn at 5:10 a.m. and came off the tracks at 5:34 a.m. near the Kolt bridge."];
        assert_eq!(verdict_in(&corpus, "The train, which left Varn at 5:10 a.m., came off the tracks at 5:43 a.m. near the Kolt bridge.", "at 5:43 a.m."), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "The train, which left Varn at 5:10 a.m., came off the tracks at 5:34 a.m. near the Kolt bridge.", "at 5:34 a.m."), Verdict::Agree);
        // Other words around another time say nothing of it.
        assert_eq!(verdict_in(&corpus, "A bus came at 5:43 a.m.", "at 5:43 a.m."), Verdict::NotFound);
    }

    #[test]
    fn a_time_written_with_a_point_is_a_time_of_day() {
        // "4.40pm" was a quantity of 4.4, never set against the police's "4:14 p.m.".
        let facts = crate::testing::first_sentence_facts("Police were called at about 4.40pm that day.");
        assert_eq!(facts, [(FactKind::Time, "at about 4.40pm".to_string())]);
        let corpus = ["Police received a report of a crash on the Brant road at 4:14 p.m. on Thursday.", "Roads reopened in the evening."];
        assert_eq!(verdict_in(&corpus, "Police received a report of a crash on the Brant road at 4.40pm on Thursday.", "4.40pm"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Police received a report of a crash on the Brant road at 4.14 pm on Thursday.", "4.14 pm"), Verdict::Agree);
        // Its twin: a decimal with no marker stays a number ("4.40 metres" is no time).
        let facts = crate::testing::first_sentence_facts("The river rose 4.40 metres at the Brant road.");
        assert!(!facts.iter().any(|(k, _)| *k == FactKind::Time), "{facts:?}");
    }
}