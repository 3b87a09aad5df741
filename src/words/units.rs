//! Units of measure and currencies. A unit belongs here when news writes figures in it; each
//! maps to a dimension and a factor to that dimension's base unit, so "12 kilometres" and
//! "7.5 miles" are one length.

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// Metres.
    Length,
    /// Kilograms.
    Mass,
    /// Seconds.
    Duration,
    /// Square metres.
    Area,
    /// Litres.
    Volume,
    /// Kilometres per hour.
    Speed,
    /// Degrees of angle or temperature, as written (never converted).
    Degree,
}

/// Unit words (folded) with their dimension and factor to the base unit.
pub const UNITS: &[(&str, Dimension, f64)] = {
    use Dimension::*;
    &[
        ("km", Length, 1000.0), ("kilometre", Length, 1000.0), ("kilometres", Length, 1000.0),
        ("kilometer", Length, 1000.0), ("kilometers", Length, 1000.0), ("m", Length, 1.0),
        ("metre", Length, 1.0), ("metres", Length, 1.0), ("meter", Length, 1.0), ("meters", Length, 1.0),
        ("cm", Length, 0.01), ("centimetres", Length, 0.01), ("centimeters", Length, 0.01),
        ("mm", Length, 0.001), ("millimetres", Length, 0.001), ("millimeters", Length, 0.001),
        ("mile", Length, 1609.344), ("miles", Length, 1609.344), ("mi", Length, 1609.344),
        ("ft", Length, 0.3048), ("feet", Length, 0.3048), ("foot", Length, 0.3048),
        ("inch", Length, 0.0254), ("inches", Length, 0.0254), ("yard", Length, 0.9144), ("yards", Length, 0.9144),
        ("kg", Mass, 1.0), ("kilogram", Mass, 1.0), ("kilograms", Mass, 1.0), ("kilogrammes", Mass, 1.0),
        ("g", Mass, 0.001), ("gram", Mass, 0.001), ("grams", Mass, 0.001),
        ("tonne", Mass, 1000.0), ("tonnes", Mass, 1000.0), ("ton", Mass, 907.185), ("tons", Mass, 907.185),
        ("lb", Mass, 0.453_592), ("lbs", Mass, 0.453_592), ("pound", Mass, 0.453_592),
        ("second", Duration, 1.0), ("seconds", Duration, 1.0), ("sec", Duration, 1.0), ("secs", Duration, 1.0),
        ("minute", Duration, 60.0), ("minutes", Duration, 60.0), ("min", Duration, 60.0), ("mins", Duration, 60.0),
        ("hour", Duration, 3600.0), ("hours", Duration, 3600.0), ("hr", Duration, 3600.0), ("hrs", Duration, 3600.0),
        ("day", Duration, 86_400.0), ("days", Duration, 86_400.0),
        ("week", Duration, 604_800.0), ("weeks", Duration, 604_800.0),
        ("month", Duration, 2_629_800.0), ("months", Duration, 2_629_800.0),
        ("year", Duration, 31_557_600.0), ("years", Duration, 31_557_600.0), ("yr", Duration, 31_557_600.0),
        ("decade", Duration, 315_576_000.0), ("decades", Duration, 315_576_000.0),
        ("century", Duration, 3_155_760_000.0), ("centuries", Duration, 3_155_760_000.0),
        ("sq", Area, 1.0), ("hectare", Area, 10_000.0), ("hectares", Area, 10_000.0), ("acre", Area, 4046.86), ("acres", Area, 4046.86),
        ("litre", Volume, 1.0), ("litres", Volume, 1.0), ("liter", Volume, 1.0), ("liters", Volume, 1.0),
        ("gallon", Volume, 3.785), ("gallons", Volume, 3.785), ("barrel", Volume, 158.987), ("barrels", Volume, 158.987),
        // A rate is read as its two words joined by "/": "km/h", and "kilometres per hour" as
        // "kilometres/hour".
        ("kph", Speed, 1.0), ("km/h", Speed, 1.0), ("mph", Speed, 1.609_344), ("knots", Speed, 1.852),
        ("km/hour", Speed, 1.0), ("kilometres/hour", Speed, 1.0), ("kilometers/hour", Speed, 1.0), ("kilometre/hour", Speed, 1.0),
        ("miles/hour", Speed, 1.609_344), ("mile/hour", Speed, 1.609_344), ("mi/h", Speed, 1.609_344),
        ("degree", Degree, 1.0), ("degrees", Degree, 1.0), ("°", Degree, 1.0),
    ]
};

/// A currency: its code, and whether it is a dollar of some country (a bare "$" then matches
/// any dollar the other side names only as "$").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    pub code: &'static str,
}

/// Currency signs and the prefixes before them, longest first ("US$", "HK$", "$", "£").
/// A bare "$" is code "$": any dollar; the codes with a country are that country's dollar.
pub const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("us$", "USD"), ("nt$", "TWD"), ("hk$", "HKD"), ("a$", "AUD"), ("au$", "AUD"), ("c$", "CAD"),
    ("ca$", "CAD"), ("s$", "SGD"), ("nz$", "NZD"), ("r$", "BRL"), ("mx$", "MXN"), ("$", "$"),
    ("£", "GBP"), ("€", "EUR"), ("¥", "JPY"), ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"), ("₺", "TRY"),
    ("₦", "NGN"), ("₱", "PHP"), ("₴", "UAH"), ("zł", "PLN"),
];

/// Currency words after a number ("eight billion dollars", "38 million euros") and ISO codes.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "$"), ("dollars", "$"), ("usd", "USD"), ("euro", "EUR"), ("euros", "EUR"), ("eur", "EUR"),
    ("pound", "GBP"), ("pounds", "GBP"), ("sterling", "GBP"), ("gbp", "GBP"), ("yen", "JPY"), ("jpy", "JPY"),
    ("yuan", "CNY"), ("renminbi", "CNY"), ("cny", "CNY"), ("rupee", "INR"), ("rupees", "INR"), ("inr", "INR"),
    ("won", "KRW"), ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"), ("rub", "RUB"),
    ("franc", "CHF"), ("francs", "CHF"), ("chf", "CHF"), ("lira", "TRY"), ("naira", "NGN"), ("peso", "$P"),
    ("pesos", "$P"), ("real", "BRL"), ("reais", "BRL"), ("zloty", "PLN"), ("hryvnia", "UAH"), ("rand", "ZAR"),
    ("krona", "SEK"), ("kronor", "SEK"), ("krone", "NOK"), ("kroner", "NOK"), ("shekel", "ILS"), ("shekels", "ILS"),
    ("dirham", "AED"), ("dirhams", "AED"), ("riyal", "SAR"), ("riyals", "SAR"), ("twd", "TWD"), ("hkd", "HKD"),
    ("aud", "AUD"), ("cad", "CAD"), ("sgd", "SGD"), ("nzd", "NZD"), ("pence", "GBP/100"), ("cents", "$/100"),
];

/// Adjectives that give a bare "$" or "dollars" its country ("Cayman Islands dollars" is left
/// to the sign; "U.S. dollars", "Canadian dollars").
pub const DOLLAR_COUNTRIES: &[(&str, &str)] = &[
    ("u.s.", "USD"), ("us", "USD"), ("american", "USD"),
    ("australian", "AUD"), ("canadian", "CAD"), ("singapore", "SGD"), ("zealand", "NZD"),
];

/// Do two currency codes name the same money? A bare dollar ("$") may be any dollar.
pub fn same_currency(a: &str, b: &str) -> bool {
    let dollar = |c: &str| matches!(c, "$" | "USD" | "TWD" | "HKD" | "AUD" | "CAD" | "SGD" | "NZD");
    a == b || ((a == "$" || b == "$") && dollar(a) && dollar(b))
}
