//! Claims extracted: every checkable fact of every sentence, with its byte span, its value and
//! the context words that say what the value is about. The same analysis runs on the article
//! and on every corpus document, so facts are compared with facts.

pub mod calendar;
pub mod people;
pub mod terms;
pub mod values;
pub mod vocab;

use crate::interval::Interval;
use crate::limits::MAX_ARTICLE_SENTENCES;
use crate::report::FactKind;
use crate::segment::{self, Span, Token, TokenKind};
use crate::tuning::{ANTECEDENT_LOOKBACK, ANTECEDENT_WEIGHT, CONTEXT_WINDOW, PROXIMITY_SCALE};
use terms::{Lexicon, Term, TermKind, TokenTerms};

/// A calendar value: any of its fields may be unknown.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DateValue {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<u8>,
    /// A relative expression not resolved to the calendar ("last month").
    pub relative: Option<&'static str>,
}

/// A role: "deputy assistant secretary of state".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Role {
    /// The title's head word ("secretary").
    pub head: String,
    /// Rank words ("deputy", "assistant"), sorted.
    pub rank: Vec<String>,
    /// Name keys of the organisation the role belongs to ("state", or an acronym's letters).
    pub organisation: Vec<String>,
    /// The role is said to be held at another time ("former", "at the time", "during").
    pub temporal: bool,
    /// The role's words as written.
    pub text: String,
}

/// A person's name, as keys that survive transliteration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonName {
    /// Name keys of the given names (initials dropped), in order.
    pub given: Vec<String>,
    /// Name key of the surname.
    pub surname: String,
}

/// The value of a fact.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A count or measure; `unit` holds the stems of what is counted.
    Quantity { interval: Interval, unit: Vec<String> },
    Ordinal { rank: u32, unit: Vec<String> },
    /// A date; `identifying` when it names an event rather than dating it ("the 2020 election").
    Date { date: DateValue, identifying: bool },
    Person { name: PersonName, role: Option<Role> },
    /// A role given without a name ("the chief of his apparatus KGB security").
    Role(Role),
    /// A named organisation or place, as name keys.
    Entity { keys: Vec<String> },
    /// A place where something happened ("in Vilnius").
    Place { keys: Vec<String> },
    /// Quoted words (compared by the stems of the tokens inside the marks).
    Quote,
    /// A statement compared as a whole.
    Event,
}

/// One fact found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    pub span: Span,
    pub kind: FactKind,
    pub value: Value,
    /// Token range [first, last) of the fact's words inside the sentence.
    pub tokens: (usize, usize),
    /// Token range of the value itself (the number and its qualifier, the date, the name):
    /// left out of the fact's context, which says what the value is about.
    pub core: (usize, usize),
    /// Index of the clause (in `Sentence::clauses`) holding the fact.
    pub clause: usize,
    /// A short human form of the value ("> 1200 political prisoners").
    pub display: String,
    /// The terms it is compared by, filled in once its sentence is complete.
    pub terms: FactTerms,
}

/// The terms a value fact is compared by, computed once per fact (see [`Sentence::context`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FactTerms {
    /// What the value is about: the words around it, sorted.
    pub context: Vec<Term>,
    /// The terms of the words after the value inside the fact (its unit: "years in prison").
    pub unit: Vec<Term>,
    /// The same words, weighted by nearness to the value, sorted by term.
    pub near: Vec<(Term, f32)>,
    /// The value's own terms (the number and its unit, the name).
    pub value: Vec<Term>,
    /// `near` with the value's own terms at full weight: what agreement is judged on. Sorted
    /// by term.
    pub near_with_value: Vec<(Term, f32)>,
    /// The IDF-weighted sizes of `near` and `near_with_value` against the corpus (set by
    /// `Index::weigh`, once the corpus's IDF is known).
    pub near_size: f32,
    pub near_with_value_size: f32,
}

/// A sentence with everything the comparison needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Vec<Token>,
    /// The matching terms of each token (empty for function words and punctuation).
    pub terms: Vec<TokenTerms>,
    /// Clause token ranges [first, last).
    pub clauses: Vec<(usize, usize)>,
    pub facts: Vec<Extracted>,
    /// Name keys of the person a pronoun in this sentence most likely refers to (the last
    /// person named before it).
    pub antecedent: Vec<String>,
    /// The antecedent's keys as name terms.
    pub antecedent_terms: Vec<Term>,
    /// The people the sentence is about: those it names, then the one a pronoun refers to.
    pub people: Vec<PersonName>,
    /// Every term of the sentence once, in id order (for membership tests).
    pub distinct: Vec<Term>,
    /// Stray lines, photo credits, cross-links: not checked.
    pub noise: bool,
}

impl Sentence {
    /// All terms of tokens in [a, b), value tokens included.
    pub fn terms_in(&self, a: usize, b: usize) -> impl Iterator<Item = Term> + '_ {
        let end = b.min(self.terms.len());
        self.terms[a.min(end)..end].iter().flat_map(|t| t.iter())
    }

    /// Every term of the sentence.
    pub fn all_terms(&self) -> impl Iterator<Item = Term> + '_ {
        self.terms.iter().flat_map(|t| t.iter())
    }

    /// The context of a fact: terms of the words around its value (up to `CONTEXT_WINDOW`
    /// tokens either side, not across a dash, colon or semicolon), plus the person a pronoun
    /// points to. The value itself is left out: the context says what the value is about.
    pub fn context(&self, fact: &Extracted) -> Vec<Term> {
        let (a, b) = self.window(fact);
        let mut out: Vec<Term> = Vec::new();
        for i in a..b {
            if i >= fact.core.0 && i < fact.core.1 {
                continue;
            }
            for t in self.counted_terms(i) {
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
        for &t in &self.antecedent_terms {
            if !out.contains(&t) {
                out.push(t);
            }
        }
        out
    }
}

impl Sentence {
    /// The context of a fact with a weight per term that falls with the distance from the
    /// value: the words next to a figure say most about what it counts.
    pub fn weighted_context(&self, fact: &Extracted) -> Vec<(Term, f32)> {
        let (a, b) = self.window(fact);
        let mut out: Vec<(Term, f32)> = Vec::new();
        for i in a..b {
            if i >= fact.core.0 && i < fact.core.1 {
                continue;
            }
            let distance = if i < fact.core.0 { fact.core.0 - i - 1 } else { i - fact.core.1 };
            let weight = 1.0 / (1.0 + distance as f32 / PROXIMITY_SCALE);
            for t in self.counted_terms(i) {
                match out.iter_mut().find(|(x, _)| *x == t) {
                    Some((_, w)) => *w = w.max(weight),
                    None => out.push((t, weight)),
                }
            }
        }
        for &t in &self.antecedent_terms {
            if !out.iter().any(|(x, _)| *x == t) {
                out.push((t, ANTECEDENT_WEIGHT));
            }
        }
        out
    }

    /// The value's own terms, each once.
    pub fn value_terms(&self, fact: &Extracted) -> Vec<Term> {
        let mut out: Vec<Term> = Vec::new();
        for t in self.terms_in(fact.tokens.0, fact.tokens.1) {
            if !out.contains(&t) {
                out.push(t);
            }
        }
        out
    }

    /// The terms by which token `i` counts in a context: one per word, so a name is not
    /// counted twice (as a word and as a name). Inside a sentence a capitalised word counts by
    /// its name key; at the start, where any word is capitalised, by both.
    fn counted_terms(&self, i: usize) -> impl Iterator<Item = Term> + '_ {
        let terms = &self.terms[i];
        let name_only = i > 0 && terms.get(1).is_some_and(Term::is_name);
        terms.iter().skip(name_only as usize)
    }

    /// Tokens [a, b) around a fact that form its context window.
    pub fn window(&self, fact: &Extracted) -> (usize, usize) {
        // A date dates, and a rank ranks, the whole statement it stands in, not the words
        // next to it ("a landslide victory, his seventh in a row").
        if matches!(fact.kind, FactKind::Date | FactKind::Ordinal) {
            return self.clauses.get(fact.clause).copied().unwrap_or((0, self.tokens.len()));
        }
        let hard = |t: &Token| t.kind == TokenKind::Punct && (matches!(t.norm.as_str(), ";" | ":" | "(" | ")" | ",") || (t.norm == "-" && t.space_before));
        let mut a = fact.tokens.0;
        let mut steps = 0;
        while a > 0 && steps < CONTEXT_WINDOW && !hard(&self.tokens[a - 1]) {
            a -= 1;
            steps += 1;
        }
        let mut b = fact.tokens.1;
        steps = 0;
        while b < self.tokens.len() && steps < CONTEXT_WINDOW && !hard(&self.tokens[b]) {
            b += 1;
            steps += 1;
        }
        (a, b)
    }
}

/// A text, analysed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysed {
    pub sentences: Vec<Sentence>,
    /// More sentences than `MAX_ARTICLE_SENTENCES`: the rest were not analysed.
    pub truncated: bool,
}

/// What a text is read for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// An article: every checkable fact, statements and quotations included.
    Claims,
    /// A corpus document: the values and people a claim is compared with. Statements and
    /// quotations are compared by a source sentence's words, never by its facts, so they are
    /// not extracted.
    Evidence,
}

/// Analyses a text on its own: sentences, tokens, terms, clauses, facts. (Its terms are
/// interned in a lexicon of its own; to compare with a corpus, use [`analyse_with`].)
pub fn analyse(text: &str) -> Analysed {
    analyse_with(text, &mut Lexicon::new())
}

/// Analyses an article, interning its terms in `lexicon` (at most `MAX_ARTICLE_SENTENCES`).
pub fn analyse_with(text: &str, lexicon: &mut Lexicon) -> Analysed {
    analyse_limited(text, MAX_ARTICLE_SENTENCES, Reading::Claims, lexicon)
}

/// Analyses a corpus document (no sentence limit beyond the document size limit).
pub fn analyse_document(text: &str, lexicon: &mut Lexicon) -> Analysed {
    analyse_limited(text, usize::MAX, Reading::Evidence, lexicon)
}

fn analyse_limited(text: &str, max_sentences: usize, reading: Reading, lexicon: &mut Lexicon) -> Analysed {
    let spans = segment::sentences(text);
    let truncated = spans.len() > max_sentences;
    let mut sentences = Vec::with_capacity(spans.len().min(max_sentences));
    // The last person named: (sentence position, name keys).
    let mut last_person: Option<(usize, Vec<String>)> = None;
    for (position, span) in spans.into_iter().take(max_sentences).enumerate() {
        let mut sentence = analyse_span(text, span, reading, lexicon);
        if let Some((named_at, keys)) = &last_person {
            if position - named_at <= ANTECEDENT_LOOKBACK {
                set_antecedent(&mut sentence, keys, lexicon);
            }
        }
        if let Some(keys) = person_named(&sentence) {
            last_person = Some((position, keys));
        }
        finish(&mut sentence);
        sentences.push(sentence);
    }
    Analysed { sentences, truncated }
}

/// Analyses one sentence of a text, on its own: everything but the person its pronouns refer
/// to (see [`set_antecedent`]) and its facts' terms (see [`finish`]).
pub fn analyse_span(text: &str, span: Span, reading: Reading, lexicon: &mut Lexicon) -> Sentence {
    let tokens = segment::tokens(text, span);
    let noise = is_noise(&tokens);
    let terms: Vec<TokenTerms> = (0..tokens.len()).map(|i| lexicon.token_terms(&tokens, i)).collect();
    let clauses = clauses(&tokens);
    let mut sentence = Sentence { span, tokens, terms, clauses, facts: Vec::new(), antecedent: Vec::new(), antecedent_terms: Vec::new(), people: Vec::new(), distinct: Vec::new(), noise };
    if !noise {
        let mut facts = Vec::new();
        values::extract(text, &sentence, &mut facts);
        people::extract(text, &sentence, &mut facts);
        if reading == Reading::Claims {
            quotes(text, &sentence, &mut facts);
            events(text, &sentence, &mut facts);
        }
        facts.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
        sentence.facts = facts;
    }
    sentence
}

/// Stray lines, photo credits, cross-links: sentences that are not checked or indexed.
pub fn is_noise(tokens: &[Token]) -> bool {
    segment::is_noise(tokens) || is_cross_link(tokens)
}

/// A pronoun refers back to the last person named in an earlier sentence (`keys`: that
/// person's surname key, then given-name keys).
pub fn set_antecedent(sentence: &mut Sentence, keys: &[String], lexicon: &mut Lexicon) {
    if has_pronoun(&sentence.tokens) {
        sentence.antecedent = keys.to_vec();
        sentence.antecedent_terms = keys.iter().map(|k| lexicon.intern(TermKind::Name, k)).collect();
    }
}

/// The name keys of the last person a sentence names (surname first).
pub fn person_named(sentence: &Sentence) -> Option<Vec<String>> {
    sentence.facts.iter().rev().find_map(|f| match &f.value {
        Value::Person { name, .. } => Some(std::iter::once(name.surname.clone()).chain(name.given.iter().cloned()).collect()),
        _ => None,
    })
}

/// Computes, once the sentence is complete, what comparisons read again and again: the terms
/// each value fact is compared by, the people it is about, its distinct terms.
pub fn finish(sentence: &mut Sentence) {
    sentence.people = sentence
        .facts
        .iter()
        .filter_map(|f| match &f.value {
            Value::Person { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect();
    if let Some((surname, given)) = sentence.antecedent.split_first() {
        sentence.people.push(PersonName { surname: surname.clone(), given: given.to_vec() });
    }
    sentence.distinct = sentence.all_terms().collect();
    sentence.distinct.sort_unstable();
    sentence.distinct.dedup();
    let mut facts = std::mem::take(&mut sentence.facts);
    for fact in &mut facts {
        if matches!(fact.value, Value::Event | Value::Quote) {
            continue;
        }
        // Sorted by term (stably: a value's own term stays after the same term nearby), so two
        // contexts are matched in one pass.
        let mut near = sentence.weighted_context(fact);
        let value = sentence.value_terms(fact);
        let mut near_with_value = near.clone();
        near_with_value.extend(value.iter().map(|&t| (t, 1.0)));
        near.sort_by_key(|&(t, _)| t);
        near_with_value.sort_by_key(|&(t, _)| t);
        let mut context = sentence.context(fact);
        context.sort_unstable();
        let unit = sentence.terms_in(fact.core.1, fact.tokens.1).collect();
        fact.terms = FactTerms { context, near, value, near_with_value, unit, ..FactTerms::default() };
    }
    sentence.facts = facts;
}

pub fn has_pronoun(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| matches!(t.norm.as_str(), "he" | "she" | "him" | "her" | "his" | "hers"))
}

/// "SEE ALSO: ..." lines and similar cross-links are not claims.
fn is_cross_link(tokens: &[Token]) -> bool {
    tokens.len() >= 2 && tokens[0].is("see") && tokens[1].is("also") && tokens[0].capitalized
}

/// Words that open a new clause.
const CLAUSE_OPENERS: &[&str] = &[
    "but", "after", "before", "while", "although", "though", "because", "whereas", "when", "until",
    "since", "including", "where", "which", "who", "then",
];

/// Splits a sentence's tokens into clauses at strong punctuation and at clause-opening words.
fn clauses(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        let boundary_punct = t.kind == TokenKind::Punct
            && (matches!(t.norm.as_str(), ";" | ":" | "(" | ")")
                || (t.norm == "-" && t.space_before && tokens.get(i + 1).is_some_and(|n| n.space_before)));
        let opener = t.kind == TokenKind::Word
            && i > start
            && CLAUSE_OPENERS.contains(&t.norm.as_str())
            && tokens.get(i.wrapping_sub(1)).is_none_or(|p| p.norm != "-")
            && !(t.norm == "since" && tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number));
        let comma_and = t.kind == TokenKind::Word
            && matches!(t.norm.as_str(), "and" | "but")
            && i > 0
            && tokens[i - 1].norm == ",";
        if boundary_punct {
            if i > start {
                out.push((start, i));
            }
            start = i + 1;
        } else if (opener || comma_and) && i > start {
            out.push((start, i));
            start = i;
        }
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    if out.is_empty() {
        out.push((0, tokens.len()));
    }
    out
}

/// Which clause holds token `i`.
pub fn clause_of(sentence: &Sentence, i: usize) -> usize {
    sentence.clauses.iter().position(|&(a, b)| i >= a && i < b).unwrap_or(0)
}

/// The byte span of tokens [a, b) of a sentence.
pub fn span_of(sentence: &Sentence, a: usize, b: usize) -> Span {
    let start = sentence.tokens.get(a).map_or(sentence.span.start, |t| t.span.start);
    let end = sentence.tokens.get(b.saturating_sub(1)).map_or(sentence.span.end, |t| t.span.end);
    Span::new(start, end.max(start))
}

/// Quotations: words between quotation marks, straight or curly (“…”, «…», "…").
fn quotes(text: &str, sentence: &Sentence, facts: &mut Vec<Extracted>) {
    let raw = sentence.span.slice(text);
    if !raw.contains(['"', '\u{201C}', '\u{00AB}', '\u{201E}']) {
        return;
    }
    let chars: Vec<(usize, char)> = raw.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        let prev_space = k == 0 || !chars[k - 1].1.is_alphanumeric();
        let opens = matches!(c, '\u{201C}' | '\u{00AB}' | '\u{201E}') || (c == '"' && prev_space);
        if !opens {
            k += 1;
            continue;
        }
        let closer = |d: char| match c {
            '\u{00AB}' => d == '\u{00BB}',
            '"' => d == '"' || d == '\u{201D}',
            _ => d == '\u{201D}' || d == '"',
        };
        let Some(close) = (k + 1..chars.len()).find(|&j| closer(chars[j].1)) else { break };
        let start = sentence.span.start + pos;
        let end = sentence.span.start + chars[close].0 + chars[close].1.len_utf8();
        let inside: Vec<usize> = (0..sentence.tokens.len())
            .filter(|&i| sentence.tokens[i].span.start > start && sentence.tokens[i].span.end < end)
            .collect();
        let words: Vec<String> = inside
            .iter()
            .map(|&i| &sentence.tokens[i])
            .filter(|t| t.kind != TokenKind::Punct && !t.repeated)
            .map(|t| t.norm.to_string())
            .collect();
        if let (Some(&first), Some(&last), false) = (inside.first(), inside.last(), words.is_empty()) {
            facts.push(Extracted {
                terms: Default::default(),
                span: Span::new(start, end),
                kind: FactKind::Quote,
                display: format!("“{}”", words.join(" ")),
                value: Value::Quote,
                tokens: (first, last + 1),
                core: (first, last + 1),
                clause: clause_of(sentence, first),
            });
        }
        k = close + 1;
    }
}

/// Events: each clause, cut at commas into pieces that each say something (two content words
/// or more), is a statement compared as a whole.
fn events(_text: &str, sentence: &Sentence, facts: &mut Vec<Extracted>) {
    let content = |a: usize, b: usize| sentence.terms[a..b].iter().filter(|t| !t.is_empty()).count();
    for (c, &(a, b)) in sentence.clauses.iter().enumerate() {
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut start = a;
        for i in a..b {
            let t = &sentence.tokens[i];
            if t.norm == "," && t.kind == TokenKind::Punct {
                pieces.push((start, i));
                start = i + 1;
            } else if t.norm == "and" && i > start {
                // Coordination joins two statements ("met X and went to Y"); a thin side is
                // merged back below ("an American and two others").
                pieces.push((start, i));
                start = i;
            }
        }
        pieces.push((start, b));
        // Merge pieces too thin to stand alone into their neighbour. A side of "and" needs
        // more to stand alone: "banks and potash exports" joins two nouns, not two statements.
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for p in pieces {
            // A clause ending in a comma leaves an empty last piece that starts past the end.
            let needed = if sentence.tokens.get(p.0).is_some_and(|t| t.norm == "and") { 3 } else { 2 };
            match merged.last_mut() {
                Some(last) if content(last.0, last.1) < 2 || content(p.0, p.1) < needed => last.1 = p.1,
                _ => merged.push(p),
            }
        }
        for (a, b) in merged {
            if content(a, b) < 2 {
                continue;
            }
            // Trim leading and trailing punctuation and conjunctions from the span.
            let mut a2 = a;
            while a2 < b && (sentence.tokens[a2].kind == TokenKind::Punct || matches!(sentence.tokens[a2].norm.as_str(), "and" | "but")) {
                a2 += 1;
            }
            let mut b2 = b;
            while b2 > a2 && sentence.tokens[b2 - 1].kind == TokenKind::Punct && !matches!(sentence.tokens[b2 - 1].norm.as_str(), "\"" | "'") {
                b2 -= 1;
            }
            if b2 <= a2 {
                continue;
            }
            facts.push(Extracted {
                terms: Default::default(),
                span: span_of(sentence, a2, b2),
                kind: FactKind::Statement,
                value: Value::Event,
                tokens: (a2, b2),
                core: (a2, b2),
                clause: c,
                display: String::new(),
            });
        }
    }
}
