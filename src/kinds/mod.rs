//! The registry of kinds of fact. Each kind (a quantity, a sum of money, a date, a person and
//! their role, ...) lives in one module of its own, with its extraction, its comparison and
//! its tests; this file lists them ([`KINDS`]), in the order they read a sentence: a value
//! kind takes the words of its value, so a time ("6:52 a.m.") or a score ("3-1") is never
//! read again as two numbers. A new kind touches its own file and this one.

pub mod age;
pub mod code;
pub mod date;
pub mod money;
pub mod ordinal;
pub mod percent;
pub mod person;
pub mod place;
pub mod quantity;
pub mod quote;
pub mod score;
pub mod statement;
pub mod time;

use crate::analyse::Reader;
use crate::compare::{Judged, Pair};
use serde::{Deserialize, Serialize};

/// The value of a fact, one variant per kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Quantity(quantity::Quantity),
    Money(money::Money),
    Percent(percent::Share),
    Date(date::Dated),
    Time(time::Clock),
    Age(age::Age),
    Ordinal(ordinal::Rank),
    Score(score::Score),
    Code(code::Code),
    Person(person::Person),
    Place(place::Place),
    Quote(quote::Quotation),
    Statement,
}

/// What a kind's facts are compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Against {
    /// The facts a source sentence holds of the same kind, and of these kinds besides.
    Facts(&'static [FactKind]),
    /// The source sentence as a whole (its words).
    Sentence,
}

/// A rule a kind decides by, for the report's `rule` and the documentation.
pub struct Rule {
    pub name: &'static str,
    pub meaning: &'static str,
}

/// One kind of fact: how it is found and how it is judged.
pub struct Kind {
    pub kind: FactKind,
    /// Finds this kind's facts in a sentence.
    pub extract: fn(&mut Reader),
    /// Judges an article fact against one source fact (or sentence).
    pub compare: fn(&Pair) -> Option<Judged>,
    pub against: Against,
    /// Read in corpus documents too (statements are not: they are compared with a source's
    /// words).
    pub in_evidence: bool,
    /// Read in the sentences before a retrieved one, for what a reader remembers of them (the
    /// people they name, the years they give): the kinds whose facts are remembered (person,
    /// date, age) and every kind that takes words before the person kind reads them. A kind
    /// that takes no words (quotations) or runs after the person kind (places) is not.
    pub in_memory: bool,
    pub rules: &'static [Rule],
}

/// Every kind, in the order they read a sentence.
pub static KINDS: &[&Kind] = &[
    &quote::KIND,
    &time::KIND,
    &score::KIND,
    &money::KIND,
    &code::KIND,
    &percent::KIND,
    &age::KIND,
    &date::KIND,
    &ordinal::KIND,
    &quantity::KIND,
    &person::KIND,
    &place::KIND,
    &statement::KIND,
];

/// The kind of a fact.
pub fn kind(kind: FactKind) -> &'static Kind {
    KINDS.iter().find(|k| k.kind == kind).copied().unwrap_or(&statement::KIND)
}

/// What sort of thing a fact states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A count or measure: "more than 2,300 foreign students", "six years", "12 km".
    Quantity,
    /// A sum of money, with its currency: "$3 billion", "HK$120 million".
    Money,
    /// A percentage or a share: "43.27 percent of the vote", "more than half of the votes".
    Percent,
    /// A calendar date or a weekday: "on Wednesday, April 2", "in November 2029".
    Date,
    /// A time of day: "at 6:52 a.m.".
    Time,
    /// A person's age: "the 58-year-old", "Oden, 61".
    Age,
    /// A rank in a series: "a fourth straight term", "its second floor".
    Ordinal,
    /// A score or result: "won 3-1".
    Score,
    /// A code or designation: "an Airbus A320", "flight NW417", "the H5N1 strain".
    Code,
    /// A person, with the role or relation the article gives them: "Premier Vela Min-to".
    Person,
    /// Where something is or happened: "in a Westport courtroom", "just east of the town".
    Place,
    /// Words inside quotation marks, and who said them.
    Quote,
    /// A statement of what happened, compared as a whole (only where no other fact in it
    /// decides it).
    Statement,
}

impl FactKind {
    pub const ALL: [FactKind; 13] = [
        FactKind::Quantity,
        FactKind::Money,
        FactKind::Percent,
        FactKind::Date,
        FactKind::Time,
        FactKind::Age,
        FactKind::Ordinal,
        FactKind::Score,
        FactKind::Code,
        FactKind::Person,
        FactKind::Place,
        FactKind::Quote,
        FactKind::Statement,
    ];

    /// The name in the report ("quantity").
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Quantity => "quantity",
            FactKind::Money => "money",
            FactKind::Percent => "percent",
            FactKind::Date => "date",
            FactKind::Time => "time",
            FactKind::Age => "age",
            FactKind::Ordinal => "ordinal",
            FactKind::Score => "score",
            FactKind::Code => "code",
            FactKind::Person => "person",
            FactKind::Place => "place",
            FactKind::Quote => "quote",
            FactKind::Statement => "statement",
        }
    }

    /// A label for people ("time of day").
    pub fn label(self) -> &'static str {
        match self {
            FactKind::Quantity => "quantity",
            FactKind::Money => "money",
            FactKind::Percent => "percentage",
            FactKind::Date => "date",
            FactKind::Time => "time of day",
            FactKind::Age => "age",
            FactKind::Ordinal => "rank",
            FactKind::Score => "score",
            FactKind::Code => "code",
            FactKind::Person => "person and role",
            FactKind::Place => "place",
            FactKind::Quote => "quotation",
            FactKind::Statement => "statement",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_registered_once_and_names_its_rules() {
        for k in FactKind::ALL {
            assert_eq!(KINDS.iter().filter(|d| d.kind == k).count(), 1, "{k:?}");
            assert!(!kind(k).rules.is_empty(), "{k:?} names no rule");
            for rule in kind(k).rules {
                assert!(rule.name.starts_with(&format!("{}.", k.as_str())), "{}", rule.name);
            }
        }
    }

    #[test]
    fn every_rule_is_explained_in_the_architecture_notes() {
        // An editor reads a verdict's rule name; ARCHITECTURE.md ("Rules") says what decides it.
        let notes = include_str!("../../ARCHITECTURE.md");
        let missing: Vec<&str> = KINDS.iter().flat_map(|k| k.rules).map(|r| r.name).filter(|name| !notes.contains(&format!("`{name}`"))).collect();
        assert!(missing.is_empty(), "rules not in ARCHITECTURE.md: {missing:?}");
    }
}
