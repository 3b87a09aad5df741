//! The report: what a check returns, in the shape the CLI prints as JSON, the wasm module hands
//! to JavaScript, and `../shared/eval/score.py` reads. Every offset is a UTF-8 byte offset.
//! The fields are documented in `docs/report-schema.md`; keep the two in step.

use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// A verdict on one fact, or the summary verdict of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// At least one source says the same thing, and none says otherwise.
    Agree,
    /// A source says something that cannot be true at the same time as the article.
    Conflict,
    /// The sources disagree among themselves: some agree with the article, some do not.
    Disputed,
    /// No source speaks to the fact.
    NotFound,
}

impl Verdict {
    pub const ALL: [Verdict; 4] =
        [Verdict::Agree, Verdict::Conflict, Verdict::Disputed, Verdict::NotFound];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Conflict => "conflict",
            Verdict::Disputed => "disputed",
            Verdict::NotFound => "not_found",
        }
    }

    /// How strongly a verdict calls for an editor's attention; a claim shows its most urgent fact.
    pub fn urgency(self) -> u8 {
        match self {
            Verdict::Conflict => 3,
            Verdict::Disputed => 2,
            Verdict::Agree => 1,
            Verdict::NotFound => 0,
        }
    }
}

/// What sort of thing a fact states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A count or measure: "more than 1,200 political prisoners", "six years", "87 percent".
    Quantity,
    /// A rank: "his seventh term".
    Ordinal,
    /// A date or time: "in 2020", "on Wednesday", "last month".
    Date,
    /// A person, with the role the article gives them where it gives one.
    Person,
    /// A role held by someone: "deputy assistant secretary of state".
    Role,
    /// A named organisation or place.
    Entity,
    /// A place where something happened: "in Vilnius".
    Place,
    /// Words inside quotation marks.
    Quote,
    /// A statement of what happened, compared as a whole.
    Event,
}

/// How one source sentence bears on a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Supports,
    Contradicts,
}

/// One source sentence that bears on a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The corpus document's id.
    pub doc_id: String,
    /// The human name of the document's source ("Associated Press").
    pub source: String,
    /// The evidence sentence, as it stands in the document.
    pub sentence: String,
    /// Byte offsets of the sentence in the document.
    pub start: usize,
    pub end: usize,
    pub relation: Relation,
    /// The article's value, as the article words it.
    pub claim_value: String,
    /// The source's value, as the source words it (the matched words of the sentence).
    pub source_value: String,
    /// Byte offsets of `source_value` in the document, when it is one span of the sentence.
    pub value_start: usize,
    pub value_end: usize,
    /// How closely the sentence speaks to the same thing (0..1); higher is closer.
    pub score: f32,
}

/// One checkable fact inside a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Byte offsets of the fact's words in the article.
    pub start: usize,
    pub end: usize,
    /// The fact's words, as the article has them.
    pub text: String,
    pub kind: FactKind,
    /// The value compared, normalised for reading ("> 1200 political prisoners", "2020-08").
    pub value: String,
    pub verdict: Verdict,
    /// One line a person can read: "Associated Press: six years; article: five years".
    pub reason: String,
    /// The sentences behind the verdict, strongest first. Empty for `not_found`.
    pub evidence: Vec<Evidence>,
}

/// A sentence of the article that holds at least one fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The most urgent of the facts' verdicts (conflict, then disputed, then agree).
    pub verdict: Verdict,
    pub facts: Vec<Fact>,
}

/// How many facts got each verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub agree: usize,
    pub conflict: usize,
    pub disputed: usize,
    pub not_found: usize,
}

impl Summary {
    pub fn count(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Agree => self.agree += 1,
            Verdict::Conflict => self.conflict += 1,
            Verdict::Disputed => self.disputed += 1,
            Verdict::NotFound => self.not_found += 1,
        }
    }
}

/// A document the corpus holds, as the report lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    pub source: String,
    pub language: String,
    pub bytes: usize,
}

/// A document that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub file: String,
    pub reason: String,
}

/// The whole result of checking one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub claims: Vec<Claim>,
    pub summary: Summary,
    pub documents: Vec<DocumentInfo>,
    /// Corpus documents left out when the corpus was built.
    pub skipped: Vec<Skipped>,
    /// Things the reader should know about the check itself (input cut short, and so on).
    pub warnings: Vec<String>,
}

impl Report {
    /// The report as people read it in a terminal: each claim, its verdict, and for each fact
    /// the reason and the evidence sentence.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let s = &self.summary;
        let _ = writeln!(
            out,
            "{} claims: {} agree, {} conflict, {} disputed, {} not found",
            self.claims.len(),
            s.agree,
            s.conflict,
            s.disputed,
            s.not_found
        );
        for warning in &self.warnings {
            let _ = writeln!(out, "warning: {warning}");
        }
        for skipped in &self.skipped {
            let _ = writeln!(out, "skipped {}: {}", skipped.file, skipped.reason);
        }
        for claim in &self.claims {
            let _ = writeln!(out, "\n[{}] {}", claim.verdict.as_str().to_uppercase(), one_line(&claim.text));
            for fact in &claim.facts {
                let _ = writeln!(out, "  - {:<9} {:?}: {}", fact.verdict.as_str(), fact.text, fact.reason);
                for ev in fact.evidence.iter().take(3) {
                    let mark = match ev.relation {
                        Relation::Supports => "+",
                        Relation::Contradicts => "x",
                    };
                    let _ = writeln!(out, "      {mark} {} ({}): {}", ev.source, ev.doc_id, one_line(&ev.sentence));
                }
            }
        }
        out
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
