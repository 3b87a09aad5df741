//! Relative dates resolved against a known date: "last month", "on Wednesday", "yesterday",
//! "in January" become calendar dates when the article or the corpus manifest says when the
//! text was written. Without that date they stay relative and are compared as written.

use super::{Analysed, DateValue, Sentence, Value};

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
        let date = CalendarDate { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) && (1000..=9999).contains(&year)).then_some(date)
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
    fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        (self.days() + 3).rem_euclid(7) as u8
    }

    fn plus_days(self, n: i64) -> CalendarDate {
        CalendarDate::from_days(self.days() + n)
    }
}

impl std::fmt::Display for CalendarDate {
    /// "2025-02-13".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
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
/// January.
pub fn resolve(date: &mut DateValue, today: CalendarDate) {
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
                let back = (i64::from(today.weekday()) - i64::from(weekday)).rem_euclid(7);
                set_day(date, today.plus_days(-back));
            } else if let (Some(month), None) = (date.month, date.year) {
                date.year = Some(if month <= today.month { today.year } else { today.year - 1 });
            }
        }
    }
}

/// Resolves every date of an analysed text written on `today`.
pub fn resolve_all(analysed: &mut Analysed, today: CalendarDate) {
    for sentence in &mut analysed.sentences {
        resolve_sentence(sentence, today);
    }
}

/// Resolves one sentence's relative dates against `today`.
pub fn resolve_sentence(sentence: &mut Sentence, today: CalendarDate) {
    for fact in &mut sentence.facts {
        if let Value::Date { date, .. } = &mut fact.value {
            resolve(date, today);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(relative: Option<&'static str>, weekday: Option<u8>, month: Option<u8>) -> DateValue {
        let mut d = DateValue { relative, weekday, month, ..DateValue::default() };
        resolve(&mut d, CalendarDate::parse("2025-02-13").unwrap());
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
        resolve(&mut d, CalendarDate::parse("2025-01-10").unwrap());
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
    fn vague_spans_stay_relative() {
        assert_eq!(resolved(Some("recent months"), None, None).relative, Some("recent months"));
    }
}
