//! Values as intervals. A news number is rarely a point: "more than 1,200" is (1200, ∞),
//! "about 30" is [28.5, 31.5], "1,226" is [1226, 1226]. Two values conflict only when their
//! intervals cannot both hold, that is, when they do not overlap.

use crate::tuning::{APPROXIMATE_TOLERANCE, ROUND_NUMBER_MIN, ROUND_NUMBER_TOLERANCE};
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
    /// at least, no fewer than
    AtLeast,
    /// fewer than, less than, under
    LessThan,
    /// at most, up to, no more than
    AtMost,
    /// about, around, roughly, some, approximately, an estimated
    About,
    /// nearly, almost, just under
    Nearly,
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
        match q {
            Qualifier::Exact => Interval::exact(v),
            Qualifier::MoreThan => Interval { lo: v, hi: inf, lo_open: true, hi_open: true },
            Qualifier::AtLeast => Interval { lo: v, hi: inf, lo_open: false, hi_open: true },
            Qualifier::LessThan => Interval { lo: -inf, hi: v, lo_open: true, hi_open: true },
            Qualifier::AtMost => Interval { lo: -inf, hi: v, lo_open: true, hi_open: false },
            Qualifier::About => Interval::closed(v * (1.0 - APPROXIMATE_TOLERANCE), v * (1.0 + APPROXIMATE_TOLERANCE)),
            Qualifier::Nearly => Interval { lo: v * (1.0 - APPROXIMATE_TOLERANCE), hi: v, lo_open: false, hi_open: true },
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

    /// The interval a number stands for as a reporter wrote it. Reporters round: an exact
    /// round number ("30 years", "1,200 prisoners") is read as approximate, so rounding is
    /// never taken for a contradiction.
    pub fn reported(v: f64, q: Qualifier) -> Interval {
        if q == Qualifier::Exact && is_round(v) {
            Interval::qualified(v, Qualifier::Exact).widened(ROUND_NUMBER_TOLERANCE)
        } else {
            Interval::qualified(v, q)
        }
    }

    /// A short human form: "1226", "> 1200", "≥ 1253", "28.5–31.5".
    pub fn describe(&self) -> String {
        let n = |v: f64| {
            if v.fract() == 0.0 && v.abs() < 1e15 {
                format!("{}", v as i64)
            } else {
                format!("{v:.1}")
            }
        };
        match (self.lo.is_finite(), self.hi.is_finite()) {
            (true, true) if self.lo == self.hi => n(self.lo),
            (true, true) => format!("{}–{}", n(self.lo), n(self.hi)),
            (true, false) => format!("{} {}", if self.lo_open { ">" } else { "≥" }, n(self.lo)),
            (false, true) => format!("{} {}", if self.hi_open { "<" } else { "≤" }, n(self.hi)),
            (false, false) => "any".into(),
        }
    }
}

/// A number people write rounded: at least `ROUND_NUMBER_MIN` and a multiple of ten.
pub fn is_round(v: f64) -> bool {
    v >= ROUND_NUMBER_MIN && v.fract() == 0.0 && (v as i64) % 10 == 0
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
        let a = Interval::qualified(200.0, Qualifier::MoreThan);
        let b = Interval::qualified(250.0, Qualifier::MoreThan);
        assert!(compatible(&a, &b));
    }

    #[test]
    fn a_point_below_a_lower_bound_conflicts() {
        let a = Interval::exact(1226.0);
        let b = Interval::qualified(1253.0, Qualifier::AtLeast);
        assert!(!compatible(&a, &b));
        assert!(compatible(&Interval::qualified(1200.0, Qualifier::MoreThan), &Interval::exact(1226.0)));
    }

    #[test]
    fn small_counts_are_exact() {
        assert!(!compatible(&Interval::exact(5.0), &Interval::exact(6.0)));
    }

    #[test]
    fn round_numbers_are_read_as_approximate() {
        // "more than three decades" and "30 years"
        assert!(compatible(&Interval::qualified(30.0, Qualifier::MoreThan), &Interval::reported(30.0, Qualifier::Exact)));
        assert!(!compatible(&Interval::reported(5.0, Qualifier::Exact), &Interval::reported(6.0, Qualifier::Exact)));
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
