//! Quotations: words between quotation marks (straight or curly, “…”, «…», "…"), and who said
//! them ("..., Lenz said", "the judge told the court", "prosecutors said in a statement").
//! A quotation is the same in a source when most of its words are (translations reword a
//! little, British spellings differ); it conflicts when the source gives the same words to
//! someone else: a quote put in the wrong mouth.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::terms::{stem, Term};
use crate::analyse::{PersonName, Reader};
use crate::compare::{same_person, Judged, Pair};
use crate::segment::{Span, TokenKind};
use crate::tuning::TUNING;
use crate::words::function::STOPWORD_SET;

pub static KIND: Kind = Kind {
    kind: FactKind::Quote,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: false,
    rules: &[
        Rule { name: "quote.same", meaning: "a source quotes the same words (from the same speaker, where both say who)" },
        Rule { name: "quote.other_speaker", meaning: "a source gives the same words to someone else" },
    ],
};

/// Quoted words and who said them.
#[derive(Debug, Clone, PartialEq)]
pub struct Quotation {
    /// The stems of the quoted words, as terms, sorted and distinct.
    pub words: Vec<Term>,
    /// Who said them, when the sentence says.
    pub speaker: Option<Speaker>,
}

/// Who said a quotation.
#[derive(Debug, Clone, PartialEq)]
pub enum Speaker {
    Person(PersonName),
    /// "he said", "she told": the last person the text named, as a reader guesses it.
    Pronoun(PersonName),
    /// A noun for the speaker: "prosecutors", "the judge", "a spokesman" (stem).
    Noun(String),
}

/// Verbs that attribute a quotation.
const SAYING: &[&str] = &["said", "says", "say", "told", "tells", "added", "wrote", "writes", "asked", "declared", "stated", "warned", "insisted", "argued", "explained", "noted", "replied", "according"];

fn opens(c: char, prev_space: bool) -> bool {
    matches!(c, '\u{201C}' | '\u{00AB}' | '\u{201E}') || (c == '"' && prev_space)
}

fn extract(r: &mut Reader) {
    let raw = r.sentence.span.slice(r.text);
    if !raw.contains(['"', '\u{201C}', '\u{201D}', '\u{00AB}', '\u{201E}']) {
        return;
    }
    let toks = r.tokens();
    let base = r.sentence.span.start;
    let chars: Vec<(usize, char)> = raw.char_indices().collect();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    let mut open_at: Option<usize> = None;
    while k < chars.len() {
        let (pos, c) = chars[k];
        // A straight mark opens after a space (or at the start, or after a bracket) and closes
        // after anything else ("wrong," he said).
        let prev_space = k == 0 || chars[k - 1].1.is_whitespace() || matches!(chars[k - 1].1, '(' | '[' | '\u{2014}' | ':');
        match open_at {
            None if opens(c, prev_space) => open_at = Some(pos),
            None if matches!(c, '\u{201D}') || (c == '"' && !prev_space) => {
                // A closing mark with no opener: the quotation began in the sentence before.
                ranges.push((0, pos + c.len_utf8()));
            }
            Some(start) if matches!(c, '\u{201D}' | '\u{00BB}' | '"') => {
                ranges.push((start, pos + c.len_utf8()));
                open_at = None;
            }
            _ => {}
        }
        k += 1;
    }
    if let Some(start) = open_at {
        // The quotation goes on into the next sentence.
        ranges.push((start, raw.len()));
    }
    for (start, end) in ranges {
        let (start, end) = (base + start, base + end);
        let inside: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].span.start >= start && toks[i].span.end <= end && toks[i].kind != TokenKind::Punct).collect();
        let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else { continue };
        let content: Vec<&str> = inside.iter().map(|&i| toks[i].norm.as_str()).filter(|w| !STOPWORD_SET.contains(w) && !toks.iter().any(|t| t.norm == *w && t.repeated)).collect();
        if content.len() < 2 {
            continue;
        }
        let mut words: Vec<Term> = inside.iter().filter_map(|&i| r.sentence.terms[i].iter().find(|t| !t.is_name() && !t.is_number()).or_else(|| r.sentence.terms[i].iter().next())).collect();
        words.sort_unstable();
        words.dedup();
        // The attribution after the quotation (", Lenz said", "the judge told the court")
        // or before it ("Marr said:").
        let after = toks.iter().position(|t| t.span.start >= end).unwrap_or(toks.len());
        let (speaker, attribution_end) = speaker_after(r, after).map_or_else(|| (speaker_before(r, first), None), |(s, e)| (Some(s), Some(e)));
        let last_token = attribution_end.unwrap_or(last + 1);
        let close = toks.iter().rposition(|t| t.span.end <= end).unwrap_or(last);
        let span_end = attribution_end.map_or(end, |e| toks[e - 1].span.end.max(end));
        let open = toks.iter().position(|t| t.span.start >= start).unwrap_or(first);
        let display = format!("“{}”", content.join(" "));
        let fact_tokens = (open.min(first), last_token.max(close + 1));
        r.push(FactKind::Quote, fact_tokens, (first, last + 1), Value::Quote(Quotation { words, speaker }), display);
        if let Some(fact) = r.facts.last_mut() {
            fact.span = Span::new(start.min(fact.span.start), span_end);
        }
    }
}

/// The speaker named right after a quotation: ", Lenz said", "said Petra Ilves, a ...",
/// "the judge told the court", "prosecutors said in a written statement". Returns the speaker and
/// the token after the attribution's words.
fn speaker_after(r: &Reader, mut i: usize) -> Option<(Speaker, usize)> {
    let toks = r.tokens();
    while i < toks.len() && toks[i].kind == TokenKind::Punct && toks[i].norm != "-" {
        i += 1;
    }
    let stop = |k: usize| k >= toks.len() || (toks[k].kind == TokenKind::Punct && matches!(toks[k].norm.as_str(), "," | "." | ";" | ":"));
    // "said X": the verb first.
    if toks.get(i).is_some_and(|t| SAYING.contains(&t.norm.as_str())) {
        let from = i + 1;
        let mut e = from;
        while !stop(e) && e < from + 6 {
            e += 1;
        }
        return speaker_in(r, from, e).map(|s| (s, e));
    }
    // "X said", "the judge told the court".
    let verb = (i..toks.len().min(i + 7)).find(|&k| SAYING.contains(&toks[k].norm.as_str()))?;
    if (i..verb).any(stop) {
        return None;
    }
    let speaker = speaker_in(r, i, verb)?;
    let mut e = verb + 1;
    while !stop(e) && e < verb + 6 {
        e += 1;
    }
    Some((speaker, e))
}

/// The speaker before a quotation: "Marr said: “...”", "Brandt said that “...”".
fn speaker_before(r: &Reader, first: usize) -> Option<Speaker> {
    let toks = r.tokens();
    let verb = (first.saturating_sub(4)..first).rev().find(|&k| SAYING.contains(&toks[k].norm.as_str()))?;
    let from = (0..verb).rev().take(5).take_while(|&k| toks[k].kind != TokenKind::Punct || toks[k].norm == "-").last()?;
    speaker_in(r, from, verb)
}

/// A speaker in tokens [a, b): a person (named, or a pronoun for the last one named) or a
/// noun ("prosecutors", "the judge").
fn speaker_in(r: &Reader, a: usize, b: usize) -> Option<Speaker> {
    let toks = r.tokens();
    if a >= b {
        return None;
    }
    if b - a == 1 && matches!(toks[a].norm.as_str(), "he" | "she") {
        return r.memory.antecedent().cloned().map(Speaker::Pronoun);
    }
    let caps: Vec<usize> = (a..b).filter(|&k| toks[k].capitalized && toks[k].kind == TokenKind::Word).collect();
    if let (Some(&f), Some(&l)) = (caps.first(), caps.last()) {
        if let Some(p) = super::person::name_of(r, f, l + 1) {
            return Some(Speaker::Person(p));
        }
    }
    let noun = (a..b).find(|&k| toks[k].kind == TokenKind::Word && !toks[k].capitalized && !STOPWORD_SET.contains(&toks[k].norm))?;
    // "the judge": the person the text named with that title, when it did.
    Some(Speaker::Noun(stem(&toks[noun].norm)))
}

/// Could the two speakers be one? A person and a title noun may be one (the judge named
/// Lenz): only two people, or two nouns, can be told apart.
fn different(a: &Speaker, b: &Speaker, p: &Pair) -> bool {
    match (a, b) {
        (Speaker::Person(x) | Speaker::Pronoun(x), Speaker::Person(y) | Speaker::Pronoun(y)) => !same_person(x, y),
        (Speaker::Noun(x), Speaker::Noun(y)) => x != y && !(x.starts_with(y.as_str()) || y.starts_with(x.as_str())),
        (Speaker::Person(x) | Speaker::Pronoun(x), Speaker::Noun(n)) | (Speaker::Noun(n), Speaker::Person(x) | Speaker::Pronoun(x)) => {
            // A person the text gave that title is that noun ("Judge Ada Lenz" is "the
            // judge"); a person against a plural group ("prosecutors") is someone else.
            let titled = |s: &crate::analyse::Sentence| s.facts.iter().any(|f| matches!(&f.value, Value::Person(q) if q.name.as_ref().is_some_and(|m| same_person(m, x)) && q.role.as_ref().is_some_and(|r| stem(&r.head) == *n)));
            let plural = n.ends_with('s') || matches!(n.as_str(), "prosecutor" | "prosecut" | "polic" | "offici" | "author");
            let group = plural || n == "prosecutor";
            !titled(p.article) && !titled(p.source.sentence) && group
        }
    }
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Quote(a), Value::Quote(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    if a.words.is_empty() {
        return None;
    }
    let found = a.words.iter().filter(|w| b.words.binary_search(w).is_ok()).count();
    let share = found as f32 / a.words.len() as f32;
    // Most of the article's words in the source's quotation, or the source's short quotation
    // wholly inside a longer one of the article's.
    let inside = b.words.len() >= 3 && b.words.iter().filter(|w| a.words.binary_search(w).is_ok()).count() as f32 / b.words.len() as f32 >= 0.9;
    // A short quotation ("a dangerous gamble") is the same only with all its words.
    let short = a.words.len() < 4;
    // A two-word quotation of the source's ("a "clear win"") inside the article's, from the
    // speaker both name.
    // (Or, where neither says who, in sentences that name the same person.)
    let same_speaker = match (&a.speaker, &b.speaker) {
        (Some(x @ (Speaker::Person(_) | Speaker::Pronoun(_))), Some(y @ (Speaker::Person(_) | Speaker::Pronoun(_)))) => !different(x, y, p),
        (None, None) => p.article.people.iter().any(|x| p.source.sentence.people.iter().any(|y| same_person(x, y))),
        _ => false,
    };
    let inside_pair = b.words.len() == 2 && b.words.iter().all(|w| a.words.binary_search(w).is_ok()) && same_speaker;
    if !(share >= TUNING.quote_support && found >= 2 && (!short || found == a.words.len()) || inside && found >= 3 || inside_pair) {
        return None;
    }
    match (&a.speaker, &b.speaker) {
        // A speaker read from a pronoun is a guess: it tells no two speakers apart.
        (Some(x), Some(y)) if different(x, y, p) && !matches!(x, Speaker::Pronoun(_)) && !matches!(y, Speaker::Pronoun(_)) => p.contradict("quote.other_speaker", share),
        _ => p.support("quote.same", share),
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::verdict_in;
    use crate::Verdict;

    #[test]
    fn the_same_words_from_the_same_speaker_agree() {
        let corpus = ["“The trial was a political farce,” said Petra Ivanova, the deputy head of the group."];
        assert_eq!(verdict_in(&corpus, "Petra Ivanova said: “The trial was a political farce.”", "“The trial was a political farce.”"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Petra Ivanova said: “The verdict was a relief for everyone here.”", "“The verdict was a relief for everyone here.”"), Verdict::NotFound);
    }

    #[test]
    fn a_short_quotation_inside_a_longer_one_of_the_same_speaker_agrees() {
        let corpus = ["Back in the capital, Ada Marr described the deal as a \"clear win\" for the city."];
        let article = "Ada Marr called the deal “a clear win and an answer to the critics of the plan.”";
        assert_eq!(verdict_in(&corpus, article, "clear win"), Verdict::Agree);
        // Twin: the same two words from someone else are no confirmation.
        let other = "Ivo Brandt called the deal “a clear win and an answer to the critics of the plan.”";
        assert_ne!(verdict_in(&corpus, other, "clear win"), Verdict::Agree);
    }

    #[test]
    fn the_same_words_from_someone_else_conflict() {
        let corpus = ["“The gang organised raids on hundreds of farms across three counties,” prosecutors said in a written statement."];
        let article = "Judge Ada Lenz sentenced him. “The gang organized raids on hundreds of farms across three counties,” the judge told the court.";
        assert_eq!(verdict_in(&corpus, article, "the judge told the court"), Verdict::Conflict);
        let right = "Judge Ada Lenz sentenced him. “The gang organized raids on hundreds of farms across three counties,” prosecutors said in a statement.";
        assert_eq!(verdict_in(&corpus, right, "prosecutors said in a statement"), Verdict::Agree);
    }

    #[test]
    fn a_speaker_read_from_a_pronoun_tells_no_one_apart() {
        // Each "he" is read as the last person its own text named, which may not be the same
        // person in both: the words themselves agree.
        let corpus = ["Coach Ivo Marek thanked the players. Captain Tom Reyes left the field. \"It's time for change, and for a new chapter,\" he said in a statement."];
        let article = "Coach Ivo Marek thanked the players. \"It's time for change, and for a new chapter,\" he said.";
        assert_eq!(verdict_in(&corpus, article, "he said"), Verdict::Agree);
        // Its twin: a speaker named on both sides still conflicts.
        let named = "Coach Ivo Marek thanked the players. \"It's time for change, and for a new chapter,\" Marek said.";
        let corpus = ["Captain Tom Reyes left the field. \"It's time for change, and for a new chapter,\" Reyes said in a statement."];
        assert_eq!(verdict_in(&corpus, named, "Marek said"), Verdict::Conflict);
    }
}
