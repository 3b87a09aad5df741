//! Calendar and clock words.

pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
    ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9), ("sept", 9),
    ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// Monday first, as `CalendarDate::weekday` counts.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Relative date expressions: the words and a canonical name (read by `analyse::calendar`).
pub const RELATIVE_DATES: &[(&[&str], &str)] = &[
    (&["last", "month"], "last month"), (&["this", "month"], "this month"), (&["next", "month"], "next month"),
    (&["last", "week"], "last week"), (&["this", "week"], "this week"), (&["earlier", "this", "week"], "this week"),
    (&["next", "week"], "next week"), (&["last", "year"], "last year"), (&["this", "year"], "this year"),
    (&["next", "year"], "next year"), (&["yesterday"], "yesterday"), (&["today"], "today"),
    (&["tomorrow"], "tomorrow"), (&["tonight"], "today"), (&["last", "night"], "yesterday"),
    (&["recent", "months"], "recent months"), (&["earlier", "in", "the", "week"], "this week"),
];

/// Markers of the time of day after a clock time.
pub const AM: &[&str] = &["a.m.", "am", "a.m"];
pub const PM: &[&str] = &["p.m.", "pm", "p.m"];
/// Time zones written after a clock time ("7:48 p.m. EDT", "2348 GMT"), in capitals, and
/// their offset from UTC in minutes. Only abbreviations that name one zone belong here ("IST"
/// is India's, Ireland's and Israel's, so it is not).
pub const TIME_ZONES: &[(&str, i16)] = &[
    ("gmt", 0), ("utc", 0), ("bst", 60), ("cet", 60), ("cest", 120), ("eet", 120), ("eest", 180),
    ("msk", 180), ("jst", 540), ("kst", 540), ("aest", 600), ("aedt", 660), ("est", -300),
    ("edt", -240), ("cst", -360), ("cdt", -300), ("mst", -420), ("mdt", -360), ("pst", -480),
    ("pdt", -420),
];

/// Clock words that are times of day by themselves.
pub const CLOCK_WORDS: &[(&str, u16)] = &[("noon", 12 * 60), ("midday", 12 * 60), ("midnight", 0)];
/// Words that, before "to" or "for", put a sentence in the future ("is set to arrive
/// Thursday", "is due to visit"), so "on Thursday" is the next Thursday, not the last. "will"
/// does so alone.
pub const FUTURE_MARKERS: &[&str] = &["set", "scheduled", "expected", "due", "plans", "planned", "plan", "slated", "poised"];

/// Words that refer back to a time named in an earlier sentence ("The result in that vote
/// was ...").
pub const ANAPHORIC_TIMES: &[&[&str]] = &[&["that", "election"], &["that", "year"], &["that", "time"], &["that", "vote"], &["that", "race"], &["at", "the", "time"]];
