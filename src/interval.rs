//! Values as intervals. A news number is rarely a point: "more than 2,300" is (2300, ∞),
//! "about 30" is [27, 33], "2,318" is [2318, 2318]. Two values conflict only when they
//! cannot both hold. How a number was stated matters as well as the set it stands for: "up
//! to 12 million" states a cap, and "20 to 30 years" a range, so a different cap or range is
//! a different claim, while two lower bounds ("more than 300", "more than 350") never are.

use crate::tuning::TUNING;
use serde::{Deserialize, Serialize};

/// A real interval with open or closed ends; `lo` may be -∞ and `hi` +∞.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
    pub lo_open: bool,
    pub hi_open: bool,
}

/// How a number is qualified in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Qualifier {
    Exact,
    /// more than, over, upwards of
    MoreThan,
    /// at least, no fewer than, or more
    AtLeast,
    /// fewer than, less than, under
    LessThan,
    /// at most, no more than
    AtMost,
    /// up to, as many as: a stated cap
    UpTo,
    /// about, around, roughly, some, approximately, an estimated
    About,
    /// nearly, almost, just under
    Nearly,
    /// just over, slightly more than
    JustOver,
}

/// How a value was stated, beside the set of values it allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stated {
    /// A number, exact or rounded.
    Point,
    /// "about", "nearly", "just over": a number given loosely.
    Approximate,
    /// "more than", "at least": the true value is above.
    Lower,
    /// "less than", "at most": the true value is below.
    Upper,
    /// "up to": a stated maximum, itself the claim.
    Cap,
    /// "20 to 30": a stated range, itself the claim.
    Range,
}

/// A value as reported: the set it allows and how it was stated.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Reported {
    pub interval: Interval,
    pub stated: Stated,
    /// Decimals written ("47.2" has 1): two exact figures given to different precision are
    /// compared at the coarser one, so a wire's "47.2" agrees with the count's "47.18".
    #[serde(default)]
    pub decimals: Option<u8>,
}

/// How a source's value bears on the article's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// The same value, stated the same way.
    Same,
    /// The source's value implies the article's ("2,345" for "more than 2,300"), or confirms
    /// it within the looseness either gives ("around 7 a.m." for "6:52 a.m.").
    Implied,
    /// Both can hold, but neither says the other.
    Compatible,
    /// They cannot both hold.
    Incompatible,
}

impl Interval {
    pub fn exact(v: f64) -> Interval {
        Interval { lo: v, hi: v, lo_open: false, hi_open: false }
    }

    pub fn closed(lo: f64, hi: f64) -> Interval {
        Interval { lo: lo.min(hi), hi: lo.max(hi), lo_open: false, hi_open: false }
    }

    /// The interval a qualified number stands for.
    pub fn qualified(v: f64, q: Qualifier) -> Interval {
        let inf = f64::INFINITY;
        let (about, nearly) = (TUNING.approximate, TUNING.nearly);
        match q {
            Qualifier::Exact => Interval::exact(v),
            Qualifier::MoreThan => Interval { lo: v, hi: inf, lo_open: true, hi_open: true },
            Qualifier::AtLeast => Interval { lo: v, hi: inf, lo_open: false, hi_open: true },
            Qualifier::LessThan => Interval { lo: -inf, hi: v, lo_open: true, hi_open: true },
            Qualifier::AtMost | Qualifier::UpTo => Interval { lo: -inf, hi: v, lo_open: true, hi_open: false },
            Qualifier::About => Interval::closed(v * (1.0 - about), v * (1.0 + about)),
            Qualifier::Nearly => Interval { lo: v - loose_reach(v, nearly), hi: v, lo_open: false, hi_open: true },
            Qualifier::JustOver => Interval { lo: v, hi: v + loose_reach(v, nearly), lo_open: true, hi_open: false },
        }
    }

    /// Do the two intervals share at least one point?
    pub fn overlaps(&self, other: &Interval) -> bool {
        let below = self.hi < other.lo || (self.hi == other.lo && (self.hi_open || other.lo_open));
        let above = other.hi < self.lo || (other.hi == self.lo && (other.hi_open || self.lo_open));
        !(below || above)
    }

    /// Is `other` wholly inside this interval?
    pub fn contains(&self, other: &Interval) -> bool {
        let lo_ok = self.lo < other.lo || (self.lo == other.lo && (!self.lo_open || other.lo_open));
        let hi_ok = other.hi < self.hi || (self.hi == other.hi && (!self.hi_open || other.hi_open));
        lo_ok && hi_ok
    }

    /// Widened by a relative margin on each finite end (never narrower than before).
    pub fn widened(&self, margin: f64) -> Interval {
        let margin = margin.abs();
        Interval {
            lo: if self.lo.is_finite() { self.lo - self.lo.abs() * margin } else { self.lo },
            hi: if self.hi.is_finite() { self.hi + self.hi.abs() * margin } else { self.hi },
            lo_open: self.lo_open && margin == 0.0,
            hi_open: self.hi_open && margin == 0.0,
        }
    }

    /// Scaled by a positive factor (a unit converted).
    pub fn scaled(&self, factor: f64) -> Interval {
        Interval { lo: self.lo * factor, hi: self.hi * factor, ..*self }
    }

    pub fn is_bounded(&self) -> bool {
        self.lo.is_finite() && self.hi.is_finite()
    }

    /// The interval a number stands for as a reporter wrote it. Reporters round: an exact
    /// round number ("30 years", "2,300 prisoners") is read as approximate, so rounding is
    /// never taken for a contradiction. But a figure is rounded no further than its last
    /// digit that is not zero: "41,250" was counted to the ten, and is no "45,250".
    pub fn reported(v: f64, q: Qualifier) -> Interval {
        if q == Qualifier::Exact && is_round(v) {
            let width = (v.abs() * TUNING.round_number).min(last_digit_place(v));
            // Half up, as a reporter rounds: "100" stands for 95 up to, not including, 105
            // (which would be written "110" or "105").
            Interval { hi_open: true, ..Interval::closed(v - width, v + width) }
        } else {
            Interval::qualified(v, q)
        }
    }

    /// A short human form: "2318", "> 2300", "≥ 2345", "28.5–31.5".
    pub fn describe(&self) -> String {
        match (self.lo.is_finite(), self.hi.is_finite()) {
            (true, true) if self.lo == self.hi => number(self.lo),
            (true, true) => format!("{}–{}", number(self.lo), number(self.hi)),
            (true, false) => format!("{} {}", if self.lo_open { ">" } else { "≥" }, number(self.lo)),
            (false, true) => format!("{} {}", if self.hi_open { "<" } else { "≤" }, number(self.hi)),
            (false, false) => "any".into(),
        }
    }
}

/// A number for reading: "2318", "6.1", "0.33".
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

impl Reported {
    /// A number as the text qualifies it.
    pub fn new(v: f64, q: Qualifier) -> Reported {
        let stated = match q {
            Qualifier::Exact => Stated::Point,
            Qualifier::About | Qualifier::Nearly | Qualifier::JustOver => Stated::Approximate,
            Qualifier::MoreThan | Qualifier::AtLeast => Stated::Lower,
            Qualifier::LessThan | Qualifier::AtMost => Stated::Upper,
            Qualifier::UpTo => Stated::Cap,
        };
        Reported { interval: Interval::reported(v, q), stated, decimals: None }
    }

    /// The same, with the decimals it was written with.
    pub fn with_decimals(self, decimals: u8) -> Reported {
        Reported { decimals: Some(decimals), ..self }
    }

    /// A number as written, with how far it may have been rounded when a multiplier scaled it
    /// ("15.8bn" ±0.05bn; at most the round-number tolerance).
    pub fn written(v: f64, q: Qualifier, rounding: Option<f64>) -> Reported {
        match (q, rounding) {
            (Qualifier::Exact, Some(r)) => {
                let r = r.min(v.abs() * TUNING.round_number);
                Reported { interval: Interval::closed(v - r, v + r), stated: Stated::Point, decimals: None }
            }
            _ => Reported::new(v, q),
        }
    }

    /// A stated range, "20 to 30".
    pub fn range(lo: f64, hi: f64) -> Reported {
        Reported { interval: Interval::closed(lo, hi), stated: Stated::Range, decimals: None }
    }

    /// Scaled by a positive factor (a unit converted), stated the same way.
    pub fn scaled(&self, factor: f64) -> Reported {
        Reported { interval: self.interval.scaled(factor), stated: self.stated, decimals: self.decimals }
    }

    /// "≥ 2345", "20–30", "up to 12000000".
    pub fn describe(&self) -> String {
        match self.stated {
            Stated::Cap => format!("up to {}", number(self.interval.hi)),
            _ => self.interval.describe(),
        }
    }
}

/// How a source's value bears on the article's (see [`Fit`]); `slack` widens both sides by a
/// relative margin first (units converted, 0 otherwise).
pub fn fit(article: &Reported, source: &Reported, slack: f64) -> Fit {
    let (a, b) = (article.interval.widened(slack), source.interval.widened(slack));
    let close = |x: f64, y: f64| x == y || (x - y).abs() <= TUNING.round_number.max(slack) * x.abs().max(y.abs()) * 0.2 + slack * x.abs().max(y.abs());
    match (article.stated, source.stated) {
        // A stated cap or range is the claim itself: another one is another claim.
        (Stated::Cap, Stated::Cap) => return if close(article.interval.hi, source.interval.hi) { Fit::Same } else { Fit::Incompatible },
        (Stated::Range, Stated::Range) => {
            let same = close(article.interval.lo, source.interval.lo) && close(article.interval.hi, source.interval.hi);
            return if same { Fit::Same } else { Fit::Incompatible };
        }
        (Stated::Cap, _) | (_, Stated::Cap) | (Stated::Range, _) | (_, Stated::Range) => {
            return if a.overlaps(&b) { Fit::Compatible } else { Fit::Incompatible };
        }
        _ => {}
    }
    // Two exact figures written to different precision meet at the coarser: "47.18" is
    // "47.2" to one decimal, "38.94" is "38.9".
    if let (Some(da), Some(db)) = (article.decimals, source.decimals) {
        let exact = |r: &Reported| r.stated == Stated::Point && r.interval.lo == r.interval.hi;
        if da != db && exact(article) && exact(source) && slack == 0.0 {
            let coarse = da.min(db) as i32;
            let round = |v: f64| (v * 10f64.powi(coarse) + 0.5 + 1e-9).floor();
            let same = round(article.interval.lo) == round(source.interval.lo);
            // Either way round: the coarser value is the finer one rounded ("$1.237" and
            // "$1.2370", "47.2" and "47.18").
            return if same { Fit::Implied } else { Fit::Incompatible };
        }
    }
    if !a.overlaps(&b) {
        return Fit::Incompatible;
    }
    // Two loose figures around the same number ("about 83.7 pence", "around 83.74 pence")
    // say the same.
    let centre = |i: &Interval| (i.lo + i.hi) / 2.0;
    if article.stated == Stated::Approximate && source.stated == Stated::Approximate && a.is_bounded() && b.is_bounded() && close(centre(&a), centre(&b)) {
        return Fit::Same;
    }
    if article.stated == source.stated && a == b {
        return Fit::Same;
    }
    if a.contains(&b) {
        return Fit::Implied;
    }
    // A loose source confirms a precise article value inside it: "around 7 a.m." for 6:52,
    // "nearly 60" for 59, "about 30" for 30.
    if source.stated == Stated::Approximate || (source.stated == Stated::Point && b.lo != b.hi) {
        if b.is_bounded() && b.contains(&a) {
            return Fit::Implied;
        }
    }
    Fit::Compatible
}

/// How far "nearly N" reaches below N (and "just over N" above it): `share` of N, but no
/// further than the step of N's last written digit. "Nearly 1,070" is 1,060 to 1,069 (a
/// writer with 1,058 would round to 1,060); "nearly 60" is 57 to 59.
fn loose_reach(v: f64, share: f64) -> f64 {
    let by_share = v.abs() * share;
    if v.fract() != 0.0 || v.abs() < 10.0 || v.abs() > 1e15 {
        return by_share;
    }
    let mut step = 1.0;
    while (v / (step * 10.0)).fract() == 0.0 && step * 10.0 <= v.abs() {
        step *= 10.0;
    }
    by_share.min(step)
}

/// A number people write rounded: at least `round_number_min` and a multiple of ten.
/// The place of a whole number's last digit that is not zero: 10 for 41,250, 100 for 2,400.
fn last_digit_place(v: f64) -> f64 {
    let mut n = v.abs() as u64;
    let mut place = 1.0;
    while n != 0 && n % 10 == 0 {
        n /= 10;
        place *= 10.0;
    }
    place
}

pub fn is_round(v: f64) -> bool {
    v >= TUNING.round_number_min && v.fract() == 0.0 && (v as i64) % 10 == 0
}

/// Can both values be true at once?
pub fn compatible(a: &Interval, b: &Interval) -> bool {
    a.overlaps(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lower_bounds_never_conflict() {
        let a = Interval::qualified(300.0, Qualifier::MoreThan);
        let b = Interval::qualified(350.0, Qualifier::MoreThan);
        assert!(compatible(&a, &b));
    }

    #[test]
    fn a_point_below_a_lower_bound_conflicts() {
        let a = Interval::exact(2318.0);
        let b = Interval::qualified(2345.0, Qualifier::AtLeast);
        assert!(!compatible(&a, &b));
        assert!(compatible(&Interval::qualified(2300.0, Qualifier::MoreThan), &Interval::exact(2318.0)));
    }

    #[test]
    fn small_counts_are_exact() {
        assert!(!compatible(&Interval::exact(5.0), &Interval::exact(6.0)));
    }

    /// "Nearly N" reaches down no further than N's last written digit: a writer with 1,058
    /// would say "nearly 1,060", not "nearly 1,070".
    #[test]
    fn nearly_reaches_no_further_than_the_last_written_digit() {
        let nearly = Reported::new(1070.0, Qualifier::Nearly);
        assert_eq!(fit(&Reported::new(1058.0, Qualifier::Exact), &nearly, 0.0), Fit::Incompatible);
        assert_eq!(fit(&Reported::new(1066.0, Qualifier::Exact), &nearly, 0.0), Fit::Implied);
        // Where a share of N is the nearer reach, it still holds: "nearly 60" is 57 to 59.
        let sixty = Reported::new(60.0, Qualifier::Nearly);
        assert_eq!(fit(&Reported::new(55.0, Qualifier::Exact), &sixty, 0.0), Fit::Incompatible);
        assert_eq!(fit(&Reported::new(58.0, Qualifier::Exact), &sixty, 0.0), Fit::Implied);
    }

    #[test]
    fn round_numbers_are_read_as_approximate() {
        // "more than three decades" and "30 years"
        assert!(compatible(&Interval::qualified(30.0, Qualifier::MoreThan), &Interval::reported(30.0, Qualifier::Exact)));
        assert!(!compatible(&Interval::reported(5.0, Qualifier::Exact), &Interval::reported(6.0, Qualifier::Exact)));
    }

    #[test]
    fn a_different_stated_cap_conflicts_and_its_twin_the_same_cap_agrees() {
        let up_to = |v| Reported::new(v, Qualifier::UpTo);
        assert_eq!(fit(&up_to(12e6), &up_to(9e6), 0.0), Fit::Incompatible);
        assert_eq!(fit(&up_to(12e6), &up_to(12e6), 0.0), Fit::Same);
    }

    #[test]
    fn a_different_stated_range_conflicts_and_its_twin_the_same_range_agrees() {
        assert_eq!(fit(&Reported::range(10.0, 20.0), &Reported::range(20.0, 30.0), 0.0), Fit::Incompatible);
        assert_eq!(fit(&Reported::range(20.0, 30.0), &Reported::range(20.0, 30.0), 0.0), Fit::Same);
    }

    #[test]
    fn two_lower_bounds_are_compatible_and_a_point_below_one_is_not() {
        let more = |v| Reported::new(v, Qualifier::MoreThan);
        assert_eq!(fit(&more(300.0), &more(350.0), 0.0), Fit::Implied);
        assert_eq!(fit(&more(350.0), &more(300.0), 0.0), Fit::Compatible);
        assert_eq!(fit(&Reported::new(2318.0, Qualifier::Exact), &Reported::new(2345.0, Qualifier::AtLeast), 0.0), Fit::Incompatible);
    }

    #[test]
    fn a_loose_source_confirms_a_precise_value_inside_it_and_not_one_outside() {
        let about = Reported::new(480.0, Qualifier::About);
        assert_eq!(fit(&Reported::new(478.0, Qualifier::Exact), &about, 0.0), Fit::Implied);
        assert_eq!(fit(&Reported::new(600.0, Qualifier::Exact), &about, 0.0), Fit::Incompatible);
        let nearly = Reported::new(2140.0, Qualifier::Nearly);
        assert_eq!(fit(&Reported::new(2000.0, Qualifier::MoreThan), &nearly, 0.0), Fit::Implied);
    }

    #[test]
    fn open_ends_touching_do_not_overlap() {
        assert!(!Interval::qualified(5.0, Qualifier::MoreThan).overlaps(&Interval::exact(5.0)));
        assert!(Interval::qualified(5.0, Qualifier::AtLeast).overlaps(&Interval::exact(5.0)));
    }

    fn qualifier() -> impl Strategy<Value = Qualifier> {
        prop_oneof![
            Just(Qualifier::Exact),
            Just(Qualifier::MoreThan),
            Just(Qualifier::AtLeast),
            Just(Qualifier::LessThan),
            Just(Qualifier::AtMost),
            Just(Qualifier::About),
            Just(Qualifier::Nearly),
            Just(Qualifier::JustOver),
            Just(Qualifier::UpTo),
        ]
    }

    proptest! {
        #[test]
        fn a_value_always_agrees_with_itself(v in 0.0f64..1e9, q in qualifier()) {
            let a = Interval::qualified(v, q);
            prop_assert!(compatible(&a, &a));
        }

        #[test]
        fn conflict_is_symmetric(v in 0.0f64..1e6, w in 0.0f64..1e6, q in qualifier(), r in qualifier()) {
            let a = Interval::qualified(v, q);
            let b = Interval::qualified(w, r);
            prop_assert_eq!(compatible(&a, &b), compatible(&b, &a));
        }

        #[test]
        fn widening_a_qualifier_never_creates_a_conflict(v in 0.0f64..1e6, w in 0.0f64..1e6, q in qualifier(), m in 0.0f64..2.0) {
            let a = Interval::qualified(v, q);
            let b = Interval::exact(w);
            if compatible(&a, &b) {
                prop_assert!(compatible(&a.widened(m), &b));
            }
            // Replacing an exact number by a bound through it never creates a conflict either.
            let exact = Interval::exact(v);
            if compatible(&exact, &b) {
                for loose in [Qualifier::AtLeast, Qualifier::AtMost, Qualifier::About] {
                    prop_assert!(compatible(&Interval::qualified(v, loose), &b));
                }
            }
        }
    }
}
