//! The registry of kinds of fact. Each kind (a quantity, a sum of money, a date, a person and
//! their role, ...) lives in one module of its own, with its extraction, its comparison and
//! its tests; this file lists them. A new kind touches its own file and this one.

use serde::{Deserialize, Serialize};

/// What sort of thing a fact states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A count or measure: "more than 1,200 political prisoners", "six years", "15.5 km".
    Quantity,
    /// A sum of money, with its currency: "$8 billion", "NT$160 million".
    Money,
    /// A percentage or a share: "40.05 percent of the vote", "more than half of the ballots".
    Percent,
    /// A calendar date or a weekday: "on Wednesday, April 3", "in November 2022".
    Date,
    /// A time of day: "at 7:58 a.m.".
    Time,
    /// A person's age: "the 64-year-old", "Hou, 65".
    Age,
    /// A rank in a series: "a third straight term", "its first floor".
    Ordinal,
    /// A score or result: "won 3-1".
    Score,
    /// A person, with the role or relation the article gives them: "Premier Chen Chien-jen".
    Person,
    /// Where something is or happened: "in a Manhattan courtroom", "just north of the city".
    Place,
    /// Words inside quotation marks, and who said them.
    Quote,
    /// A statement of what happened, compared as a whole (only where no other fact in it
    /// decides it).
    Statement,
}

impl FactKind {
    pub const ALL: [FactKind; 12] = [
        FactKind::Quantity,
        FactKind::Money,
        FactKind::Percent,
        FactKind::Date,
        FactKind::Time,
        FactKind::Age,
        FactKind::Ordinal,
        FactKind::Score,
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
            FactKind::Person => "person and role",
            FactKind::Place => "place",
            FactKind::Quote => "quotation",
            FactKind::Statement => "statement",
        }
    }
}
