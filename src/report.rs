//! The report: what a check returns, in the shape the CLI prints as JSON, the wasm module hands
//! to JavaScript, and `../shared/eval/score.py` reads. Every offset is a UTF-8 byte offset.
//! The fields are documented in `docs/report-schema.md`; keep the two in step.

use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

pub use crate::kinds::FactKind;

/// A verdict on one fact.
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
    /// Every verdict, most urgent first: the order an editor reads them in.
    pub const ALL: [Verdict; 4] = [Verdict::Conflict, Verdict::Disputed, Verdict::NotFound, Verdict::Agree];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Conflict => "conflict",
            Verdict::Disputed => "disputed",
            Verdict::NotFound => "not_found",
        }
    }

    /// How strongly a verdict calls for an editor's attention (higher first): a conflict, then
    /// a dispute, then a fact no source confirms, then an agreement.
    pub fn urgency(self) -> u8 {
        match self {
            Verdict::Conflict => 3,
            Verdict::Disputed => 2,
            Verdict::NotFound => 1,
            Verdict::Agree => 0,
        }
    }
}

/// What a claim (a sentence) adds up to, from its facts' verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RollUp {
    /// Every fact in it agrees.
    Agree,
    /// At least one fact conflicts.
    Conflict,
    /// No fact conflicts, at least one is disputed.
    Disputed,
    /// Some facts agree, the others no source speaks to ("2 of 4 facts confirmed").
    Unconfirmed,
    /// No source speaks to any of its facts.
    NotFound,
}

impl RollUp {
    /// Every roll-up, most urgent first.
    pub const ALL: [RollUp; 5] = [RollUp::Conflict, RollUp::Disputed, RollUp::Unconfirmed, RollUp::NotFound, RollUp::Agree];

    /// The roll-up of a claim whose facts have these verdicts.
    pub fn of(verdicts: impl IntoIterator<Item = Verdict>) -> RollUp {
        let (mut agree, mut conflict, mut disputed, mut not_found) = (0, 0, 0, 0);
        for v in verdicts {
            match v {
                Verdict::Agree => agree += 1,
                Verdict::Conflict => conflict += 1,
                Verdict::Disputed => disputed += 1,
                Verdict::NotFound => not_found += 1,
            }
        }
        if conflict > 0 {
            RollUp::Conflict
        } else if disputed > 0 {
            RollUp::Disputed
        } else if not_found == 0 && agree > 0 {
            RollUp::Agree
        } else if agree > 0 {
            RollUp::Unconfirmed
        } else {
            RollUp::NotFound
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RollUp::Agree => "agree",
            RollUp::Conflict => "conflict",
            RollUp::Disputed => "disputed",
            RollUp::Unconfirmed => "unconfirmed",
            RollUp::NotFound => "not_found",
        }
    }
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
    /// The human name of the document's source ("Harbour News Agency").
    pub source: String,
    /// The day the document was written ("2025-02-13"), when its manifest says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
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
    /// The rule that decided how this sentence bears on the fact ("quantity.incompatible").
    #[serde(default)]
    pub rule: String,
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
    /// The value compared, normalised for reading ("> 2300 foreign students", "2029-08").
    pub value: String,
    pub verdict: Verdict,
    /// The rule that decided the verdict, as `kind.rule` ("quantity.incompatible",
    /// "person.same_role", "no_source"): a trace an editor and a test can read.
    #[serde(default)]
    pub rule: String,
    /// One line a person can read: "Harbour News Agency: six years; article: five years".
    pub reason: String,
    /// The sentences behind the verdict: those that contradict first, then those that
    /// support, each group closest first. Empty for `not_found`.
    pub evidence: Vec<Evidence>,
}

/// A sentence of the article that holds at least one fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// What the facts add up to (see [`RollUp::of`]).
    pub verdict: RollUp,
    /// How many of its facts agree (the "2" of "2 of 4 facts confirmed").
    pub confirmed: usize,
    /// Its facts, in article order.
    pub facts: Vec<Fact>,
}

impl Claim {
    /// A claim from its facts (sorted into article order), with its roll-up.
    pub fn new(start: usize, end: usize, text: String, mut facts: Vec<Fact>) -> Claim {
        crate::small_sort::sort_short_by_key(&mut facts, |f| (f.start, std::cmp::Reverse(f.end)));
        let verdict = RollUp::of(facts.iter().map(|f| f.verdict));
        let confirmed = facts.iter().filter(|f| f.verdict == Verdict::Agree).count();
        Claim { start, end, text, verdict, confirmed, facts }
    }

    /// "2 of 4 facts confirmed", "the only fact conflicts": the roll-up in words.
    pub fn describe(&self) -> String {
        let n = self.facts.len();
        let facts = if n == 1 { "fact".to_string() } else { format!("{n} facts") };
        match self.verdict {
            RollUp::Agree if n == 1 => "its fact is confirmed".to_string(),
            RollUp::Agree => format!("all {facts} confirmed"),
            RollUp::Unconfirmed => format!("{} of {facts} confirmed", self.confirmed),
            RollUp::NotFound if n == 1 => "no source speaks to its fact".to_string(),
            RollUp::NotFound => format!("no source speaks to its {facts}"),
            RollUp::Conflict | RollUp::Disputed => {
                let count = |v: Verdict| self.facts.iter().filter(|f| f.verdict == v).count();
                let mut parts = Vec::new();
                for v in Verdict::ALL {
                    let c = count(v);
                    if c > 0 {
                        parts.push(format!("{c} {}", verdict_words(v)));
                    }
                }
                parts.join(", ")
            }
        }
    }
}

fn verdict_words(v: Verdict) -> &'static str {
    match v {
        Verdict::Agree => "agree",
        Verdict::Conflict => "conflict",
        Verdict::Disputed => "disputed",
        Verdict::NotFound => "not found",
    }
}

/// How many claims got each roll-up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimCounts {
    pub agree: usize,
    pub conflict: usize,
    pub disputed: usize,
    pub unconfirmed: usize,
    pub not_found: usize,
}

/// How many facts got each verdict, and how many claims each roll-up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub agree: usize,
    pub conflict: usize,
    pub disputed: usize,
    pub not_found: usize,
    #[serde(default)]
    pub claims: ClaimCounts,
}

impl Summary {
    /// The counts of these claims and their facts.
    pub fn of(claims: &[Claim]) -> Summary {
        let mut summary = Summary::default();
        for claim in claims {
            let c = &mut summary.claims;
            match claim.verdict {
                RollUp::Agree => c.agree += 1,
                RollUp::Conflict => c.conflict += 1,
                RollUp::Disputed => c.disputed += 1,
                RollUp::Unconfirmed => c.unconfirmed += 1,
                RollUp::NotFound => c.not_found += 1,
            }
            for fact in &claim.facts {
                summary.count(fact.verdict);
            }
        }
        summary
    }

    pub fn count(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Agree => self.agree += 1,
            Verdict::Conflict => self.conflict += 1,
            Verdict::Disputed => self.disputed += 1,
            Verdict::NotFound => self.not_found += 1,
        }
    }

    /// "8 claims (1 conflict, 2 unconfirmed, 5 agree); 20 facts: 1 conflict, 3 not found, 16 agree".
    pub fn line(&self) -> String {
        let c = &self.claims;
        let total = c.agree + c.conflict + c.disputed + c.unconfirmed + c.not_found;
        let claims: Vec<String> = [
            (c.conflict, "conflict"),
            (c.disputed, "disputed"),
            (c.unconfirmed, "unconfirmed"),
            (c.not_found, "not found"),
            (c.agree, "agree"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, w)| format!("{n} {w}"))
        .collect();
        let facts = self.agree + self.conflict + self.disputed + self.not_found;
        let fact_parts: Vec<String> = Verdict::ALL
            .iter()
            .map(|&v| {
                let n = match v {
                    Verdict::Agree => self.agree,
                    Verdict::Conflict => self.conflict,
                    Verdict::Disputed => self.disputed,
                    Verdict::NotFound => self.not_found,
                };
                format!("{n} {}", verdict_words(v))
            })
            .collect();
        let plural = |n: usize, w: &str| if n == 1 { format!("1 {w}") } else { format!("{n} {w}s") };
        if claims.is_empty() {
            format!("{}; {}", plural(total, "claim"), plural(facts, "fact"))
        } else {
            format!("{} ({}); {}: {}", plural(total, "claim"), claims.join(", "), plural(facts, "fact"), fact_parts.join(", "))
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
    /// The day it was written ("2025-02-13"), when its manifest says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
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
    /// The report as people read it in a terminal: each claim with its roll-up, and under it
    /// each fact, most urgent first, with its reason and evidence.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.summary.line());
        for warning in &self.warnings {
            let _ = writeln!(out, "warning: {warning}");
        }
        for skipped in &self.skipped {
            let _ = writeln!(out, "skipped {}: {}", skipped.file, skipped.reason);
        }
        for claim in &self.claims {
            let _ = writeln!(out, "\n[{}] {} ({})", claim.verdict.as_str().to_ascii_uppercase(), one_line(&claim.text), claim.describe());
            let mut facts: Vec<&Fact> = claim.facts.iter().collect();
            crate::small_sort::sort_short_by_key(&mut facts, |f| (std::cmp::Reverse(f.verdict.urgency()), f.start));
            for fact in facts {
                let _ = writeln!(out, "  - {:<9} “{}” ({}): {}", fact.verdict.as_str(), one_line(&fact.text), fact.kind.as_str(), fact.reason);
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

/// The text on one line: runs of white space (line breaks, tabs, no-break spaces) made one
/// space. Control and invisible format characters are left out, so a terminal shows the
/// words and nothing else.
fn one_line(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control() && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_agrees_only_when_every_fact_agrees() {
        use Verdict::*;
        assert_eq!(RollUp::of([Agree, Agree]), RollUp::Agree);
        assert_eq!(RollUp::of([Agree, NotFound]), RollUp::Unconfirmed);
        assert_eq!(RollUp::of([NotFound, NotFound]), RollUp::NotFound);
        assert_eq!(RollUp::of([Agree, Disputed, NotFound]), RollUp::Disputed);
        assert_eq!(RollUp::of([Agree, Disputed, Conflict]), RollUp::Conflict);
    }

    #[test]
    fn text_output_shows_invisible_characters_as_nothing_not_as_escapes() {
        assert_eq!(one_line("five\u{200b} years\n\tin\u{a0}prison"), "five years in prison");
    }
}

/// The text on one line, cut after `max` characters.
pub fn short(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4 + 4));
    let mut chars = 0;
    for word in text.split_whitespace() {
        for c in (!out.is_empty()).then_some(' ').into_iter().chain(word.chars()) {
            if chars == max {
                out.push('…');
                return out;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

/// Where a source sentence stands, as the report cites it: its document, the sentence, and
/// the words of the source's value.
pub struct Cited {
    pub doc_id: String,
    pub source: String,
    pub date: Option<String>,
    pub sentence: String,
    /// Byte offsets of the sentence in its document.
    pub start: usize,
    pub end: usize,
    pub source_value: String,
    /// Byte offsets of the source's value in its document.
    pub value_start: usize,
    pub value_end: usize,
}

/// The reported fact: the decided verdict with its evidence and a reason a person can read.
/// `cite` says where a finding's sentence stands.
pub fn fact(article: &str, fact: &crate::analyse::Extracted, decided: crate::aggregate::Decided, cite: &dyn Fn(&crate::compare::Finding) -> Option<Cited>, source_name: &dyn Fn(usize) -> Option<String>) -> Fact {
    use crate::tuning::TUNING;
    let text = fact.span.slice(article).to_string();
    // A change set against one going the other way shows its change word: "rose 3.1 percent".
    let shown = match fact.frame.change_word {
        Some(word) if decided.rule.ends_with(".other_direction") && word.start < fact.span.start => article.get(word.start..fact.span.end).unwrap_or(&text).to_string(),
        _ => text.clone(),
    };
    let evidence: Vec<Evidence> = decided
        .chosen
        .iter()
        .take(TUNING.max_evidence)
        .filter_map(|f| {
            let c = cite(f)?;
            Some(Evidence {
                doc_id: c.doc_id,
                source: c.source,
                date: c.date,
                sentence: c.sentence,
                start: c.start,
                end: c.end,
                relation: f.judged.relation,
                claim_value: shown.clone(),
                source_value: c.source_value,
                value_start: c.value_start,
                value_end: c.value_end,
                score: (f.judged.score.clamp(0.0, 1.0) * 100.0).round() / 100.0,
                rule: f.judged.rule.to_string(),
            })
        })
        .collect();
    let mut reason = reason(fact.kind, decided.verdict, &evidence, &shown, fact.hedged);
    if !decided.set_aside.is_empty() {
        let mut named: Vec<String> = Vec::new();
        for (doc, why) in &decided.set_aside {
            if let Some(name) = source_name(*doc) {
                let item = format!("{name} ({why})");
                if !named.contains(&item) {
                    named.push(item);
                }
            }
        }
        // "…; article: about 40 %. Set aside: …": the set-aside sources are a sentence of their own.
        if !reason.ends_with('.') {
            reason.push('.');
        }
        reason.push_str(&format!(" Set aside: {}.", named.join(", ")));
    }
    let value = if fact.display.is_empty() { short(&text, 80) } else { fact.display.clone() };
    Fact { start: fact.span.start, end: fact.span.end, text, kind: fact.kind, value, verdict: decided.verdict, rule: decided.rule, reason, evidence }
}

/// One line a person can read: "Harbour News Agency: six years; article: five years".
fn reason(kind: FactKind, verdict: Verdict, evidence: &[Evidence], text: &str, hedged: bool) -> String {
    let mine = short(text, 60);
    let say = |e: &Evidence| format!("{}: {}", e.source, short(&e.source_value, 60));
    match verdict {
        Verdict::NotFound if hedged => "Given as what others reported, not as the article's own claim: not checked.".to_string(),
        Verdict::NotFound => "No source in the corpus speaks to this.".to_string(),
        Verdict::Agree => {
            let mut names: Vec<&str> = Vec::new();
            for e in evidence {
                if !names.contains(&e.source.as_str()) {
                    names.push(&e.source);
                }
            }
            match kind {
                FactKind::Statement | FactKind::Quote => format!("Reported the same way by {}.", names.join(", ")),
                _ => format!("{}; article: {mine}", evidence.first().map(say).unwrap_or_default()),
            }
        }
        Verdict::Conflict => {
            let against: Vec<String> = evidence.iter().filter(|e| e.relation == Relation::Contradicts).map(say).collect();
            format!("{}; article: {mine}", against.join("; "))
        }
        Verdict::Disputed => {
            let sides: Vec<String> = evidence
                .iter()
                .map(|e| format!("{} {}", say(e), if e.relation == Relation::Supports { "(agrees)" } else { "(differs)" }))
                .collect();
            format!("Sources disagree. {}; article: {mine}", sides.join("; "))
        }
    }
}
