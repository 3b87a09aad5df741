//! Numbers written as words, and the words that qualify a number.

use crate::interval::Qualifier;

/// Cardinal number words and their values. ("one" is left out: "one of the", "one day" are
/// rarely counts worth checking; "a dozen" is in.)
pub const CARDINALS: &[(&str, f64)] = &[
    ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0), ("six", 6.0),
    ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0), ("eleven", 11.0), ("twelve", 12.0),
    ("thirteen", 13.0), ("fourteen", 14.0), ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0),
    ("eighteen", 18.0), ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0),
    ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0),
    ("dozen", 12.0),
];

/// "one" is a count only in compounds and before a multiplier ("one million", "twenty-one").
pub const ONE: &str = "one";

/// Words that multiply the number before them ("two million", "$20bn", "5m").
pub const MULTIPLIERS: &[(&str, f64)] = &[
    ("hundred", 100.0), ("thousand", 1_000.0), ("million", 1_000_000.0), ("billion", 1_000_000_000.0),
    ("trillion", 1_000_000_000_000.0), ("bn", 1_000_000_000.0), ("mn", 1_000_000.0), ("m", 1_000_000.0),
    ("k", 1_000.0), ("tn", 1_000_000_000_000.0), ("millions", 1_000_000.0), ("billions", 1_000_000_000.0),
];

/// Vague plurals and the range each stands for.
pub const VAGUE_QUANTITIES: &[(&str, f64, f64)] = &[
    ("dozens", 24.0, 99.0), ("scores", 40.0, 99.0), ("hundreds", 200.0, 999.0),
    ("thousands", 2_000.0, 99_999.0), ("millions", 2_000_000.0, 999_999_999.0),
];

/// Ordinal words and their rank.
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12),
    ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15), ("twentieth", 20),
];

/// Fractions as words: "a quarter of a century", "half a century", "more than half of the
/// votes". Ordinals that double as fractions ("a fifth") are read as fractions only after
/// "a", "one" or a number.
pub const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5), ("quarter", 0.25), ("third", 1.0 / 3.0), ("fifth", 0.2), ("tenth", 0.1),
    ("thirds", 1.0 / 3.0), ("quarters", 0.25), ("fifths", 0.2),
];

/// Verbs that put a figure as a threshold passed: "injuries top 2,000", "the toll passed 60".
/// The figure reads as "at least"; the verb stays out of the figure's words. Only verbs of
/// going past a mark belong here ("reached" and "hit" may land on the figure exactly).
pub const EXCEEDING_VERBS: &[&str] = &[
    "top", "tops", "topped", "topping", "passed", "passing", "surpassed", "surpasses", "exceeded", "exceeds", "exceeding", "crossed",
];

/// Qualifiers before a number, longest first, with the reading each gives it.
pub const QUALIFIERS: &[(&[&str], Qualifier)] = {
    use Qualifier::*;
    &[
        // "savings should add up to $1.4bn": a total, not a cap.
        (&["add", "up", "to"], Exact),
        (&["adds", "up", "to"], Exact),
        (&["added", "up", "to"], Exact),
        (&["adding", "up", "to"], Exact),
        (&["no", "fewer", "than"], AtLeast),
        (&["no", "less", "than"], AtLeast),
        (&["no", "more", "than"], AtMost),
        (&["not", "more", "than"], AtMost),
        (&["more", "than"], MoreThan),
        (&["greater", "than"], MoreThan),
        (&["upwards", "of"], MoreThan),
        (&["in", "excess", "of"], MoreThan),
        (&["well", "over"], MoreThan),
        (&["at", "least"], AtLeast),
        (&["a", "minimum", "of"], AtLeast),
        (&["as", "many", "as"], UpTo),
        (&["as", "much", "as"], UpTo),
        (&["up", "to"], UpTo),
        (&["a", "maximum", "of"], UpTo),
        (&["at", "most"], AtMost),
        (&["fewer", "than"], LessThan),
        (&["less", "than"], LessThan),
        (&["just", "under"], Nearly),
        (&["just", "below"], Nearly),
        (&["just", "short", "of"], Nearly),
        (&["just", "over"], JustOver),
        (&["just", "above"], JustOver),
        (&["slightly", "more", "than"], JustOver),
        (&["an", "estimated"], About),
        (&["close", "to"], Nearly),
        (&["over"], MoreThan),
        (&["above"], MoreThan),
        (&["exceeding"], MoreThan),
        (&["under"], LessThan),
        (&["below"], LessThan),
        (&["about"], About),
        (&["around"], About),
        (&["roughly"], About),
        (&["approximately"], About),
        (&["some"], About),
        (&["almost"], Nearly),
        (&["nearly"], Nearly),
        (&["estimated"], About),
        (&["approx"], About),
    ]
};

/// Words after a number that make it a lower or upper bound: "magnitude 4 or greater",
/// "50 or more".
pub const TRAILING_QUALIFIERS: &[(&[&str], Qualifier)] = {
    use Qualifier::*;
    &[
        (&["or", "more"], AtLeast),
        (&["or", "greater"], AtLeast),
        (&["or", "higher"], AtLeast),
        (&["or", "above"], AtLeast),
        (&["and", "above"], AtLeast),
        (&["or", "over"], AtLeast),
        (&["plus"], AtLeast),
        (&["or", "less"], AtMost),
        (&["or", "fewer"], AtMost),
        (&["or", "lower"], AtMost),
        (&["or", "so"], About),
    ]
};

