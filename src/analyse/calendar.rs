//! Calendar values and relative dates resolved against a known date: "last month", "on
//! Wednesday", "yesterday", "in January" become calendar dates when the article or the corpus
//! manifest says when the text was written. Without that date they stay relative and are
//! compared as written.

use crate::words::calendar::WEEKDAYS;

/// A calendar value: any of its fields may be unknown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateValue {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// Monday = 0 … Sunday = 6.
    pub weekday: Option<u8>,
    /// A relative expression not resolved to the calendar ("last month").
    pub relative: Option<&'static str>,
}

impl DateValue {
    pub fn year(year: i32) -> DateValue {
        DateValue { year: Some(year), ..DateValue::default() }
    }

    /// A calendar day with all its fields, weekday included.
    pub fn on(day: CalendarDate) -> DateValue {
        DateValue { year: Some(day.year), month: Some(day.month), day: Some(day.day), weekday: Some(day.weekday()), relative: None }
    }

    /// The day, when year, month and day are all known.
    pub fn calendar_day(&self) -> Option<CalendarDate> {
        let (year, month, day) = (self.year?, self.month?, self.day?);
        CalendarDate::new(year, month, day)
    }

    /// "Wednesday April 2 2031", "November 2029", "last month".
    pub fn describe(&self) -> String {
        if let Some(r) = self.relative {
            return r.to_string();
        }
        let mut parts = Vec::new();
        if let Some(w) = self.weekday {
            let name = WEEKDAYS.get(w as usize).copied().unwrap_or("?");
            let mut c = name.chars();
            // The table's names are ASCII: no Unicode case table is needed for them.
            parts.push(c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default());
        }
        match (self.month, self.day) {
            (Some(m), Some(day)) => parts.push(format!("{} {day}", month_name(m))),
            (Some(m), None) => parts.push(month_name(m).to_string()),
            _ => {}
        }
        if let Some(y) = self.year {
            parts.push(y.to_string());
        }
        parts.join(" ")
    }

    /// How two dates relate: `Some(true)` when everything both say agrees (and they share
    /// something), `Some(false)` when something both say differs, `None` when they cannot be
    /// compared (a relative date against a calendar date, or nothing in common).
    pub fn relation(&self, other: &DateValue) -> Option<bool> {
        match (self.relative, other.relative) {
            (Some(x), Some(y)) => return (x == y).then_some(true),
            (Some(_), None) | (None, Some(_)) => return None,
            _ => {}
        }
        let mut common = 0;
        let mut differ = false;
        for (x, y) in [
            (self.year.map(i64::from), other.year.map(i64::from)),
            (self.month.map(i64::from), other.month.map(i64::from)),
            (self.day.map(i64::from), other.day.map(i64::from)),
            (self.weekday.map(i64::from), other.weekday.map(i64::from)),
        ] {
            if let (Some(x), Some(y)) = (x, y) {
                common += 1;
                differ |= x != y;
            }
        }
        // A day of the month without its month says nothing by itself.
        if common == 1 && self.day.is_some() && other.day.is_some() && (self.month.is_none() || other.month.is_none()) {
            return None;
        }
        (common > 0).then_some(!differ)
    }
}

impl DateValue {
    /// Do two dates name one moment as far as both say? Like [`DateValue::relation`], but a
    /// weekday counts only where a day of the month is missing: a wrong weekday beside the
    /// right date is the date kind's to judge, not a reason to call two moments different.
    pub fn same_moment(&self, other: &DateValue) -> Option<bool> {
        if self.day.is_some() && other.day.is_some() {
            let strip = |d: &DateValue| DateValue { weekday: None, ..d.clone() };
            return strip(self).relation(&strip(other));
        }
        self.relation(other)
    }

    /// Does this date say at least what `other` says (each of its day, month and weekday)?
    pub fn covers(&self, other: &DateValue) -> bool {
        (other.day.is_none() || self.day.is_some()) && (other.month.is_none() || self.month.is_some()) && (other.weekday.is_none() || self.weekday.is_some() || self.day.is_some())
    }
}

pub fn month_name(m: u8) -> &'static str {
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        .get(m.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// A day of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    /// Parses "YYYY-MM-DD" (as manifests and the CLI's `--date` give it).
    pub fn parse(text: &str) -> Option<CalendarDate> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.get(..2)?.parse().ok()?;
        CalendarDate::new(year, month, day).filter(|_| (1000..=9999).contains(&year))
    }

    /// The day, if it exists: February 30 does not.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(CalendarDate { year, month, day })
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: CalendarDate) -> i64 {
        later.days() - self.days()
    }

    /// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> CalendarDate {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CalendarDate { year, month, day }
    }

    /// Monday = 0 … Sunday = 6, as `vocab::WEEKDAYS`.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        (self.days() + 3).rem_euclid(7) as u8
    }

    pub fn plus_days(self, n: i64) -> CalendarDate {
        CalendarDate::from_days(self.days() + n)
    }
}

impl std::fmt::Display for CalendarDate {
    /// "2025-02-13".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

fn set_day(date: &mut DateValue, day: CalendarDate) {
    date.year = Some(day.year);
    date.month = Some(day.month);
    date.day = Some(day.day);
    date.weekday = Some(day.weekday());
    date.relative = None;
}

/// Resolves one date written relative to `today`, the day the text was written. News speaks
/// of the past: "on Wednesday" is the last Wednesday up to that day, "in January" the last
/// January; in a clause about what is to come (`future`: "is set to arrive Thursday") the
/// next one. A weekday given with its day of the month and a known year is kept as written,
/// so that a wrong one can be seen; the weekday of a full date is filled in.
pub fn resolve(date: &mut DateValue, today: CalendarDate, future: bool) {
    let shift_month = |by: i32| {
        let index = today.year * 12 + i32::from(today.month) - 1 + by;
        (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
    };
    match date.relative {
        Some("last month") | Some("this month") | Some("next month") => {
            let by = match date.relative {
                Some("last month") => -1,
                Some("next month") => 1,
                _ => 0,
            };
            let (year, month) = shift_month(by);
            date.year = Some(year);
            date.month = Some(month);
            date.relative = None;
        }
        Some("last year") => (date.year, date.relative) = (Some(today.year - 1), None),
        Some("this year") => (date.year, date.relative) = (Some(today.year), None),
        Some("next year") => (date.year, date.relative) = (Some(today.year + 1), None),
        Some("yesterday") => set_day(date, today.plus_days(-1)),
        Some("today") => set_day(date, today),
        Some("tomorrow") => set_day(date, today.plus_days(1)),
        Some(_) => {}
        None => {
            if let (Some(weekday), None, None) = (date.weekday, date.month, date.year) {
                let shift = if future {
                    (i64::from(weekday) - i64::from(today.weekday())).rem_euclid(7)
                } else {
                    -(i64::from(today.weekday()) - i64::from(weekday)).rem_euclid(7)
                };
                set_day(date, today.plus_days(shift));
            } else if let (Some(month), None) = (date.month, date.year) {
                let year = match (future, month <= today.month, month >= today.month) {
                    (false, true, _) | (true, _, true) => today.year,
                    (false, false, _) => today.year - 1,
                    (true, _, false) => today.year + 1,
                };
                // A clause about what is to come puts a month already past in the next year,
                // but "will be paid over the close of Friday, March 14" names this year's
                // by its weekday. Only that choice is undone: a weekday that fits neither year,
                // or a past date's weekday that fits another year, is kept wrong, to be seen.
                let falls_on = |y: i32| true_weekday(&DateValue { year: Some(y), ..date.clone() }) == date.weekday;
                let this_years = year == today.year + 1 && date.weekday.is_some() && date.day.is_some() && !falls_on(year) && falls_on(today.year);
                date.year = Some(if this_years { today.year } else { year });
            }
        }
    }
}

/// Fills in the weekday of a date whose year, month and day are known (a weekday written
/// with it is kept, so a wrong one stays visible).
pub fn complete(date: &mut DateValue) {
    if date.weekday.is_none() {
        if let Some(day) = date.calendar_day() {
            date.weekday = Some(day.weekday());
        }
    }
}

/// The weekday a full date falls on, when its year, month and day are known.
pub fn true_weekday(date: &DateValue) -> Option<u8> {
    date.calendar_day().map(CalendarDate::weekday)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(relative: Option<&'static str>, weekday: Option<u8>, month: Option<u8>) -> DateValue {
        let mut d = DateValue { relative, weekday, month, ..DateValue::default() };
        resolve(&mut d, CalendarDate::parse("2025-02-13").unwrap(), false);
        d
    }

    #[test]
    fn parses_iso_dates_and_rejects_impossible_ones() {
        assert_eq!(CalendarDate::parse("2025-02-13"), Some(CalendarDate { year: 2025, month: 2, day: 13 }));
        assert_eq!(CalendarDate::parse("2025-02-30"), None);
        assert_eq!(CalendarDate::parse("13 Feb"), None);
    }

    #[test]
    fn last_month_across_a_new_year() {
        let mut d = DateValue { relative: Some("last month"), ..DateValue::default() };
        resolve(&mut d, CalendarDate::parse("2025-01-10").unwrap(), false);
        assert_eq!((d.year, d.month), (Some(2024), Some(12)));
    }

    #[test]
    fn a_weekday_is_the_last_one_up_to_the_day_of_writing() {
        // 2025-02-13 was a Thursday: "on Wednesday" is the 12th, "on Thursday" the 13th.
        let d = resolved(None, Some(2), None);
        assert_eq!((d.year, d.month, d.day), (Some(2025), Some(2), Some(12)));
        let d = resolved(None, Some(3), None);
        assert_eq!(d.day, Some(13));
    }

    #[test]
    fn a_month_without_a_year_is_the_last_such_month() {
        assert_eq!(resolved(None, None, Some(1)).year, Some(2025));
        assert_eq!(resolved(None, None, Some(8)).year, Some(2024));
    }

    #[test]
    fn a_weekday_in_a_clause_about_what_is_to_come_is_the_next_one() {
        // Written on Wednesday 2031-03-26: "is set to arrive Thursday" is the 27th.
        let mut d = DateValue { weekday: Some(3), ..DateValue::default() };
        resolve(&mut d, CalendarDate::parse("2031-03-26").unwrap(), true);
        assert_eq!((d.month, d.day), (Some(3), Some(27)));
        let mut d = DateValue { weekday: Some(3), ..DateValue::default() };
        resolve(&mut d, CalendarDate::parse("2031-03-26").unwrap(), false);
        assert_eq!((d.month, d.day), (Some(3), Some(20)));
    }

    #[test]
    fn an_impossible_day_is_no_date() {
        assert_eq!(CalendarDate::new(2025, 2, 30), None);
        assert_eq!(CalendarDate::new(2025, 2, 31), None);
        assert!(CalendarDate::new(2024, 2, 29).is_some());
    }

    #[test]
    fn the_weekday_of_a_full_date() {
        // 15 March 2031 was a Saturday (5).
        assert_eq!(true_weekday(&DateValue { year: Some(2031), month: Some(3), day: Some(15), ..DateValue::default() }), Some(5));
    }

    #[test]
    fn vague_spans_stay_relative() {
        assert_eq!(resolved(Some("recent months"), None, None).relative, Some("recent months"));
    }

    #[test]
    fn a_weekday_with_its_day_of_the_month_names_the_year() {
        // Read on 2025-07-30 in a clause about what is to come ("will receive ... the close of
        // Friday, March 14"): next March is 2026's, but the 14th was a Friday in 2025.
        let today = CalendarDate::parse("2025-07-30").unwrap();
        let mut d = DateValue { weekday: Some(4), month: Some(3), day: Some(14), ..DateValue::default() };
        resolve(&mut d, today, true);
        assert_eq!(d.year, Some(2025));
        // Its twins: a weekday the 14th had in neither year is kept, wrong, in the year read;
        // and so is a past date's weekday that would fit another year ("Thursday, 19 January"
        // read in 2024: the 19th was a Thursday in 2023, but the story's January is 2024's).
        let mut d = DateValue { weekday: Some(1), month: Some(3), day: Some(14), ..DateValue::default() };
        resolve(&mut d, today, true);
        assert_eq!((d.year, d.weekday), (Some(2026), Some(1)));
        let mut d = DateValue { weekday: Some(3), month: Some(1), day: Some(19), ..DateValue::default() };
        resolve(&mut d, CalendarDate::parse("2024-01-20").unwrap(), false);
        assert_eq!((d.year, d.weekday), (Some(2024), Some(3)));
    }
}