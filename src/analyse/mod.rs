//! Analyse: the first stage. A text becomes sentences, tokens, terms and clauses, and every
//! checkable fact in it is found by the kinds of fact listed in [`crate::kinds`], each with
//! its frame ([`frame::Frame`]: what it measures, whom it belongs to, when). The same analysis
//! runs on the article and on every corpus document, so facts are compared with facts.

pub mod calendar;
pub mod frame;
pub mod numbers;
pub mod terms;

use crate::kinds::{self, FactKind, Value};
use crate::limits::MAX_ARTICLE_SENTENCES;
use crate::segment::{self, Span, Token, TokenKind};
use crate::tuning::TUNING;
use crate::words::calendar::ANAPHORIC_TIMES;
use crate::words::function::{CLAUSE_OPENERS, IRREGULAR_PAST_SET, PERSON_PRONOUNS};
use calendar::CalendarDate;
use frame::Frame;
use terms::{Lexicon, Term, TermKind, TokenTerms};

/// A person's name, as keys that survive transliteration.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonName {
    /// Name keys of every word of the name, in order ("tomas", "vela", "minto").
    pub keys: Vec<String>,
    /// The key of the family name: the last word, or the first in a name written family name
    /// first ("Vela Min-to").
    pub surname: String,
    /// For each key, whether its word ends in a consonant and "a" ("Petra", "Paula",
    /// "Alexandra"): the key drops the vowel, and a given name in that form is another name
    /// than the one without it ("Peter", "Paul", "Alexander").
    pub ends_in_a: Vec<bool>,
}

impl PersonName {
    /// Given names: every key but the surname's.
    pub fn given(&self) -> impl Iterator<Item = &String> {
        self.given_with_endings().map(|(key, _)| key)
    }

    /// Given names with whether each ends in a consonant and "a" ([`PersonName::ends_in_a`]).
    pub fn given_with_endings(&self) -> impl Iterator<Item = (&String, bool)> {
        let surname = self.keys.iter().position(|k| *k == self.surname);
        self.keys.iter().zip(self.ends_in_a.iter().copied()).enumerate().filter(move |(i, _)| Some(*i) != surname).map(|(_, pair)| pair)
    }

    pub fn is_full(&self) -> bool {
        self.keys.len() >= 2
    }
}

/// One fact found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    pub kind: FactKind,
    pub span: Span,
    /// Token range [first, last) of the fact's words inside the sentence.
    pub tokens: (usize, usize),
    /// Token range of the value itself (the number and its qualifier, the date, the name).
    pub core: (usize, usize),
    /// Index of the clause (in `Sentence::clauses`) holding the fact.
    pub clause: usize,
    pub value: Value,
    /// What the value measures, whom it belongs to, when (for values; people, places and
    /// quotations keep only their context).
    pub frame: Frame,
    /// A short human form of the value ("> 2300 foreign students").
    pub display: String,
    /// A value derived from another beside it (a currency or unit conversion in brackets):
    /// it can agree, but a difference says only that the conversion was made otherwise.
    pub derived: bool,
    /// Said to be what others wrongly or tentatively reported ("Initial reports said ..."):
    /// not the text's own claim, not checked.
    pub hedged: bool,
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
    /// The people the sentence is about: those it names (a surname alone resolved to the full
    /// name named before), then the one a pronoun refers to.
    pub people: Vec<PersonName>,
    /// The person a pronoun in this sentence most likely refers to.
    pub antecedent: Option<PersonName>,
    /// The antecedent was named before this sentence and added last to `people`.
    pub borrowed: bool,
    /// Every term of the sentence once, in id order (for membership tests).
    pub distinct: Vec<Term>,
    /// Stray lines, photo credits, cross-links: not checked.
    pub noise: bool,
    /// Speaks of what is to come ("will", "is set to"): its weekdays are the next ones.
    pub future: bool,
}

impl Sentence {
    /// All terms of tokens in [a, b).
    pub fn terms_in(&self, a: usize, b: usize) -> impl Iterator<Item = Term> + '_ {
        let end = b.min(self.terms.len());
        self.terms[a.min(end)..end].iter().flat_map(|t| t.iter())
    }

    /// Every term of the sentence.
    pub fn all_terms(&self) -> impl Iterator<Item = Term> + '_ {
        self.terms.iter().flat_map(|t| t.iter())
    }

    /// Does the sentence hold this term (exactly)?
    pub fn has(&self, t: Term) -> bool {
        self.distinct.binary_search(&t).is_ok()
    }

    /// The clause range holding token `i`.
    pub fn clause_range(&self, i: usize) -> (usize, usize) {
        self.clauses.get(clause_of(&self.clauses, i)).copied().unwrap_or((0, self.tokens.len()))
    }

    /// The words of tokens [a, b) as the text has them.
    pub fn words<'t>(&self, text: &'t str, a: usize, b: usize) -> &'t str {
        span_of(self, a, b).slice(text)
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
    /// An article: every checkable fact, statements included.
    Claims,
    /// A corpus document: the values, people, places and quotations a claim is compared
    /// with. Statements are compared by a source sentence's words, so they are not extracted.
    Evidence,
}

/// What a reader remembers from the sentences before: the people named (so a surname alone,
/// or a pronoun, can be resolved), and the last year named (so "that election" is dated).
#[derive(Debug, Clone, Default)]
pub struct Memory {
    /// Full names named, with the position of the sentence that last named each, latest last.
    people: Vec<(usize, PersonName)>,
    /// How often each person (by surname) has been named.
    mentions: Vec<(PersonName, usize)>,
    /// The last person named, and where.
    last_person: Option<(usize, PersonName)>,
    /// The first person the last sentence naming anyone named (its subject, mostly), and where.
    last_subject: Option<(usize, PersonName)>,
    /// The last year a sentence named, and where.
    last_year: Option<(usize, i32)>,
    /// Position of the sentence being read.
    position: usize,
    /// The day the text was written, when known.
    pub written: Option<CalendarDate>,
    /// When recording ([`Memory::recording`]): what a reading has asked of it.
    asked: Option<std::cell::RefCell<Asked>>,
}

/// What a reading asked of a [`Memory`] (any question but `written`).
#[derive(Debug, Clone, Default)]
struct Asked {
    /// The name keys [`Memory::resolve`] was asked for.
    names: Vec<String>,
    /// Whether anything else was asked (a pronoun's person, the salient person, a year).
    other: bool,
}

impl Memory {
    pub fn new(written: Option<CalendarDate>) -> Memory {
        Memory { written, ..Memory::default() }
    }

    /// A memory that records what a reading asks of it ([`Memory::consulted`],
    /// [`Memory::names_asked_alone`]).
    pub fn recording(written: Option<CalendarDate>) -> Memory {
        Memory { written, asked: Some(Default::default()), ..Memory::default() }
    }

    /// Records a question other than a name's.
    fn asked_other(&self) {
        if let Some(asked) = &self.asked {
            asked.borrow_mut().other = true;
        }
    }

    /// The full name a one-word mention stands for: the latest full name with that word.
    pub fn resolve(&self, key: &str) -> Option<&PersonName> {
        if let Some(asked) = &self.asked {
            asked.borrow_mut().names.push(key.to_string());
        }
        self.people.iter().rev().find(|(_, p)| p.keys.iter().any(|k| crate::compare::names_match(k, key))).map(|(_, p)| p)
    }

    /// The person a pronoun in the current sentence refers to.
    pub fn antecedent(&self) -> Option<&PersonName> {
        self.asked_other();
        self.last_person.as_ref().filter(|(at, _)| self.position - at <= TUNING.antecedent_lookback).map(|(_, p)| p)
    }

    /// The person the text is about: the one it names first and most (the first named counts
    /// twice more). "The 29-year-old" is about them when the sentence names no one.
    pub fn salient(&self) -> Option<&PersonName> {
        self.asked_other();
        self.mentions.iter().enumerate().max_by_key(|(i, (_, n))| (n + if *i == 0 { 2 } else { 0 }, std::cmp::Reverse(*i))).map(|(_, (p, _))| p)
    }

    /// The person the sentence just before names first: whom "the 30-year-old" opening the
    /// next sentence describes ("Ada Marr won the women's race. The 30-year-old ...").
    pub fn subject_before(&self) -> Option<&PersonName> {
        self.asked_other();
        self.last_subject.as_ref().filter(|(at, _)| at + 1 == self.position).map(|(_, p)| p)
    }

    /// The year "that election" or "at the time" means in the current sentence.
    pub fn recent_year(&self) -> Option<i32> {
        self.asked_other();
        self.last_year.filter(|(at, _)| self.position - at <= TUNING.time_lookback).map(|(_, y)| y)
    }

    /// Learns from a sentence once it is read, and moves on to the next.
    pub fn learn(&mut self, sentence: &Sentence) {
        let at = self.position;
        for p in &sentence.people {
            if p.is_full() {
                self.people.retain(|(_, q)| q != p);
                self.people.push((at, p.clone()));
            }
        }
        let named = named_people(sentence);
        for p in &named {
            match self.mentions.iter_mut().find(|(q, _)| crate::compare::same_person(q, p)) {
                Some((q, n)) => {
                    *n += 1;
                    if p.is_full() && !q.is_full() {
                        *q = (*p).clone();
                    }
                }
                None => self.mentions.push(((*p).clone(), 1)),
            }
        }
        if let Some(p) = named.last() {
            self.last_person = Some((at, (*p).clone()));
        }
        if let Some(p) = named.first() {
            self.last_subject = Some((at, (*p).clone()));
        }
        let years = sentence.facts.iter().filter_map(|f| match &f.value {
            Value::Date(d) => d.date.year.filter(|_| d.date.relative.is_none()),
            _ => None,
        });
        if let Some(y) = years.last() {
            self.last_year = Some((at, y));
        }
        // Names older than the lookback are let go, so memory stays small on long texts.
        self.people.retain(|(when, _)| at - when <= TUNING.antecedent_lookback * 4);
        self.position += 1;
    }

    /// Has a reading asked a recording memory what the sentences before say? When a sentence
    /// read with nothing before it never asked, it reads the same wherever it stands.
    pub fn consulted(&self) -> bool {
        self.asked.as_ref().is_some_and(|asked| {
            let asked = asked.borrow();
            asked.other || !asked.names.is_empty()
        })
    }

    /// The name keys a recording memory was asked for, when nothing else was asked: a
    /// reading that asked only these reads the same after any sentences that name no one
    /// whose key matches one of them.
    pub fn names_asked_alone(&self) -> Option<Vec<String>> {
        let asked = self.asked.as_ref()?.borrow();
        (!asked.other).then(|| asked.names.clone())
    }

    /// Skips a sentence that is not read (noise).
    pub fn skip(&mut self) {
        self.position += 1;
    }
}

/// The people a sentence names itself (not the one a pronoun points to).
fn named_people(sentence: &Sentence) -> Vec<&PersonName> {
    let n = sentence.people.len() - usize::from(sentence.borrowed);
    sentence.people[..n].iter().collect()
}

/// Analyses a text on its own. (Its terms are interned in a lexicon of its own; to compare
/// with a corpus, use [`analyse_with`].)
pub fn analyse(text: &str) -> Analysed {
    analyse_with(text, &mut Lexicon::new(), None)
}

/// Analyses an article written on `written` (when known), interning its terms in `lexicon`
/// (at most `MAX_ARTICLE_SENTENCES`).
pub fn analyse_with(text: &str, lexicon: &mut Lexicon, written: Option<CalendarDate>) -> Analysed {
    analyse_limited(text, MAX_ARTICLE_SENTENCES, Reading::Claims, lexicon, written)
}

/// Analyses a corpus document written on `written` (no sentence limit beyond the document
/// size limit).
pub fn analyse_document(text: &str, lexicon: &mut Lexicon, written: Option<CalendarDate>) -> Analysed {
    analyse_limited(text, usize::MAX, Reading::Evidence, lexicon, written)
}

fn analyse_limited(text: &str, max_sentences: usize, reading: Reading, lexicon: &mut Lexicon, written: Option<CalendarDate>) -> Analysed {
    let spans = segment::sentences(text);
    let truncated = spans.len() > max_sentences;
    let mut sentences = Vec::with_capacity(spans.len().min(max_sentences));
    let mut memory = Memory::new(written);
    for span in spans.into_iter().take(max_sentences) {
        let sentence = analyse_span(text, span, reading, lexicon, &memory);
        memory.learn(&sentence);
        sentences.push(sentence);
    }
    Analysed { sentences, truncated }
}

/// Analyses one sentence of a text, reading it with what `memory` holds of the sentences
/// before it.
pub fn analyse_span(text: &str, span: Span, reading: Reading, lexicon: &mut Lexicon, memory: &Memory) -> Sentence {
    read_span(text, span, reading, lexicon, memory, false)
}

/// A sentence read only for what a reader remembers of it ([`Memory::learn`]: the people it
/// names, the years it gives), as a retrieved sentence's preceding sentences are. Only the
/// kinds that matter to it run ([`kinds::Kind::in_memory`]); its words are not interned, and
/// its facts get no hedge and no frame, which nothing reads there.
pub fn analyse_for_memory(text: &str, span: Span, lexicon: &mut Lexicon, memory: &Memory) -> Sentence {
    read_span(text, span, Reading::Evidence, lexicon, memory, true)
}

fn read_span(text: &str, span: Span, reading: Reading, lexicon: &mut Lexicon, memory: &Memory, remembering: bool) -> Sentence {
    let tokens = segment::tokens(text, span);
    let noise = is_noise(&tokens);
    let terms: Vec<TokenTerms> = if remembering {
        vec![TokenTerms::default(); tokens.len()]
    } else {
        (0..tokens.len()).map(|i| lexicon.token_terms(&tokens, i)).collect()
    };
    let clauses = clauses(&tokens);
    let future = speaks_of_future(&tokens);
    let mut sentence = Sentence {
        span,
        tokens,
        terms,
        clauses,
        facts: Vec::new(),
        people: Vec::new(),
        antecedent: None,
        borrowed: false,
        distinct: Vec::new(),
        noise,
        future,
    };
    if !noise {
        let mut reader = Reader { text, sentence: &sentence, taken: vec![false; sentence.tokens.len()], memory, reading, remembering, facts: Vec::new(), people: Vec::new(), hedges: None, figures: vec![std::cell::OnceCell::new(); sentence.tokens.len()] };
        for kind in kinds::KINDS {
            if reading == Reading::Evidence && !kind.in_evidence || remembering && !kind.in_memory {
                continue;
            }
            (kind.extract)(&mut reader);
        }
        let Reader { mut facts, people, .. } = reader;
        // A photo caption ("... in Marl, May 6, 2031. IVO BRANDT/NORTH WIRE/Pix")
        // dates the photo, not what it shows.
        if is_caption(text, span) {
            facts.retain(|f| f.kind != FactKind::Date);
        }
        crate::small_sort::sort_short_by_key(&mut facts, |f| (f.span.start, std::cmp::Reverse(f.span.end)));
        // A pronoun refers to the person its own sentence names before it, else to the last
        // person named before the sentence.
        if let Some(pronoun) = sentence.tokens.iter().position(|t| PERSON_PRONOUNS.contains(&t.norm.as_str())) {
            // "Vela, 58, and his deputy": a person given an age is named too.
            let named_before = facts.iter().filter(|f| f.core.1 <= pronoun).filter_map(|f| match &f.value {
                Value::Person(p) => p.name.clone(),
                Value::Age(age) => age.person.clone(),
                _ => None,
            }).last();
            let before = named_before.or_else(|| people.first().filter(|_| sentence.tokens[..pronoun].iter().any(|t| t.capitalized)).cloned());
            match before {
                Some(p) => sentence.antecedent = Some(p),
                None => {
                    if let Some(p) = memory.antecedent() {
                        sentence.antecedent = Some(p.clone());
                    }
                }
            }
        }
        sentence.people = people;
        if let Some(p) = &sentence.antecedent {
            if !sentence.people.contains(p) {
                sentence.people.push(p.clone());
                sentence.borrowed = true;
            }
        }
        sentence.facts = facts;
    }
    if remembering {
        return sentence;
    }
    // Sized at once (a token has two terms at most): collected from a flattening iterator,
    // the list grew a few times for every sentence.
    let mut distinct = Vec::with_capacity(2 * sentence.terms.len());
    distinct.extend(sentence.all_terms());
    sentence.distinct = distinct;
    sentence.distinct.sort_unstable();
    sentence.distinct.dedup();
    if !sentence.facts.is_empty() {
        let year = anaphoric_year(&sentence.tokens, memory);
        frame::read_all(text, &mut sentence, lexicon, memory.written, year);
    }
    sentence
}

/// Does the sentence speak of what is to come: "will", "is set to", "is expected to", "is
/// due to", "plans to"? ("as expected" does not.)
pub(crate) fn speaks_of_future(tokens: &[Token]) -> bool {
    let w = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    (0..tokens.len()).any(|i| w(i) == "will" || crate::words::calendar::FUTURE_MARKERS.contains(&w(i)) && matches!(w(i + 1), "to" | "for") && w(i) != "will")
}

/// The year a sentence refers back to with "that election", "at the time".
fn anaphoric_year(tokens: &[Token], memory: &Memory) -> Option<i32> {
    let refers_back = ANAPHORIC_TIMES.iter().any(|words| segment::holds_phrase(tokens, words));
    refers_back.then(|| memory.recent_year()).flatten()
}

/// Finds facts in one sentence: the tokens, what is taken, and the facts found so far. The
/// kinds run in registry order; a value kind takes the tokens of its value, so a later kind
/// does not read them again ("6:42 a.m." is a time, not two numbers).
pub struct Reader<'a> {
    pub text: &'a str,
    pub sentence: &'a Sentence,
    /// By token: already part of a value.
    pub taken: Vec<bool>,
    pub memory: &'a Memory,
    pub reading: Reading,
    /// Read only for what a reader remembers of the sentence ([`analyse_for_memory`]): a
    /// kind may leave out what only its facts hold (a hedge, a role named without a person).
    pub remembering: bool,
    pub facts: Vec<Extracted>,
    /// The people named in the sentence, as the person kind finds them.
    pub people: Vec<PersonName>,
    /// The sentence's hedges ([`frame::hedge_phrases`]), read at the first fact found.
    pub hedges: Option<Vec<(usize, usize)>>,
    /// By token: the figure starting there ([`numbers::figure_at`]), read at the first kind
    /// that asks. Money, percentages and quantities each ask it of every free token, and a
    /// figure depends on the tokens alone.
    figures: Vec<std::cell::OnceCell<Option<numbers::Figure>>>,
}

impl<'a> Reader<'a> {
    pub fn tokens(&self) -> &'a [Token] {
        &self.sentence.tokens
    }

    /// The folded word at `i`, or "" past the end.
    pub fn norm(&self, i: usize) -> &'a str {
        self.sentence.tokens.get(i).map_or("", |t| t.norm.as_str())
    }

    /// Is token `i` this word?
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.norm(i) == word
    }

    /// Are the tokens from `i` on these words?
    pub fn are(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    pub fn free(&self, a: usize, b: usize) -> bool {
        (a..b.min(self.taken.len())).all(|i| !self.taken[i])
    }

    pub fn take(&mut self, a: usize, b: usize) {
        for i in a..b.min(self.taken.len()) {
            self.taken[i] = true;
        }
    }

    pub fn span(&self, a: usize, b: usize) -> Span {
        span_of(self.sentence, a, b)
    }

    pub fn words(&self, a: usize, b: usize) -> &'a str {
        span_of(self.sentence, a, b).slice(self.text)
    }

    pub fn clause_of(&self, i: usize) -> usize {
        clause_of(&self.sentence.clauses, i)
    }

    /// The figure whose number starts at token `i` ([`numbers::figure_at`]), read once.
    pub fn figure_at(&self, i: usize) -> Option<numbers::Figure> {
        match self.figures.get(i) {
            Some(cell) => *cell.get_or_init(|| numbers::figure_at(self.tokens(), i)),
            None => numbers::figure_at(self.tokens(), i),
        }
    }

    /// Records a fact whose words are tokens `tokens` and whose value is tokens `core`.
    pub fn push(&mut self, kind: FactKind, tokens: (usize, usize), core: (usize, usize), value: Value, display: String) {
        let hedged = !self.remembering && {
            let sentence = self.sentence;
            frame::is_hedged_by(sentence, self.hedges.get_or_insert_with(|| frame::hedge_phrases(sentence)), core.0)
        };
        self.facts.push(Extracted {
            kind,
            span: self.span(tokens.0, tokens.1),
            tokens,
            core,
            clause: self.clause_of(core.0),
            value,
            frame: Frame::default(),
            display,
            derived: false,
            hedged,
        });
    }
}

/// Stray lines, photo credits, cross-links: sentences that are not checked or indexed.
pub fn is_noise(tokens: &[Token]) -> bool {
    segment::is_noise(tokens) || is_cross_link(tokens) || is_credit(tokens)
}

/// "SEE ALSO: ..." lines and similar cross-links are not claims.
fn is_cross_link(tokens: &[Token]) -> bool {
    tokens.len() >= 2 && tokens[0].is("see") && tokens[1].is("also") && tokens[0].capitalized
}

/// A photo credit line: "Photo: Ada Marr, North Wire", "IVO BRANDT/NORTH WIRE/Pix".
fn is_credit(tokens: &[Token]) -> bool {
    // Asked of every sentence: the words are counted and read in place, not collected.
    let words = || tokens.iter().filter(|t| t.kind == TokenKind::Word);
    let word_count = words().count();
    let starts_credit = tokens.first().is_some_and(|t| matches!(t.norm.as_str(), "photo" | "photos" | "image" | "credit" | "file")) && tokens.get(1).is_some_and(|t| t.norm == ":");
    let shouting = word_count >= 2 && word_count <= 8 && tokens.iter().all(|t| t.kind != TokenKind::Number) && tokens.iter().any(|t| t.norm == "/");
    starts_credit && word_count <= 12 || shouting && words().all(|t| t.capitalized)
}

/// Is the sentence at `span` a photo caption: one that says so ("In this photo released by
/// ...", "This handout image shows ...") or one followed on its line by a credit alone
/// ("NORTH WIRE", "K.N.", "Ada Marr/North Wire", "(Press Office via NW)")?
fn is_caption(text: &str, span: Span) -> bool {
    use crate::words::concepts::CAPTION_OPENERS;
    let head: String = span.slice(text).chars().take(24).collect::<String>().to_lowercase();
    if CAPTION_OPENERS.iter().any(|o| head.starts_with(o) && head[o.len()..].starts_with([' ', ','])) {
        return true;
    }
    // A credit is a few words: look no further than that, so a long line costs nothing.
    const MAX_CREDIT_BYTES: usize = 120;
    let rest = &text[span.end..];
    let line_end = rest.bytes().take(MAX_CREDIT_BYTES + 1).position(|b| b == b'\n').unwrap_or(rest.len());
    if line_end > MAX_CREDIT_BYTES {
        return false;
    }
    let line = rest[..line_end].trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let shouted = |w: &&str| letters(w) >= 2 && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    // "(Ostria's Presidential Press Office via NW)": a credit in brackets.
    if line.starts_with('(') && line.ends_with(')') && words.len() <= 10 {
        return words.iter().any(shouted) || line.contains('/') || words.contains(&"via");
    }
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase())) && (words.iter().any(shouted) || line.contains('/'))
}

/// Does the sentence hold a third-person pronoun?
pub fn has_pronoun(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| PERSON_PRONOUNS.contains(&t.norm.as_str()))
}

/// Splits a sentence's tokens into clauses at strong punctuation and at clause-opening words.
/// Brackets do not split: what they hold belongs to the clause around them.
fn clauses(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        let dash = t.norm == "-" || t.norm == "\u{2014}" || t.norm == "\u{2013}";
        let boundary_punct = t.kind == TokenKind::Punct
            && (matches!(t.norm.as_str(), ";" | ":") || (dash && t.space_before && tokens.get(i + 1).is_some_and(|n| n.space_before)));
        let opener = t.kind == TokenKind::Word
            && i > start
            && CLAUSE_OPENERS.contains(&t.norm.as_str())
            && tokens.get(i.wrapping_sub(1)).is_none_or(|p| p.norm != "-")
            // "since 2019", "after 12 minutes", "until 5 p.m.", "since Sunday": a phrase of
            // time, not a clause.
            && !(matches!(t.norm.as_str(), "since" | "after" | "before" | "until") && tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number || crate::words::calendar::WEEKDAYS.contains(&n.norm.as_str()) || crate::words::calendar::MONTHS.iter().any(|(m, _)| *m == n.norm.as_str())));
        let comma_and = t.kind == TokenKind::Word && matches!(t.norm.as_str(), "and" | "but" | "while") && i > 0 && tokens[i - 1].norm == ",";
        // "The blaze, which broke out on Oct. 23, destroyed 374 structures": a relative clause
        // set off by commas ends at the comma where the main clause's verb takes up again.
        let relative_ends = t.norm == ","
            && i > start
            && tokens[start].kind == TokenKind::Word
            && matches!(tokens[start].norm.as_str(), "which" | "who")
            && start > 0
            && tokens[start - 1].norm == ","
            && tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.capitalized && (n.norm.ends_with("ed") || IRREGULAR_PAST_SET.contains(&n.norm)));
        if boundary_punct || relative_ends {
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
pub fn clause_of(clauses: &[(usize, usize)], i: usize) -> usize {
    clauses.iter().position(|&(a, b)| i >= a && i < b).unwrap_or(0)
}

/// The byte span of tokens [a, b) of a sentence.
pub fn span_of(sentence: &Sentence, a: usize, b: usize) -> Span {
    let start = sentence.tokens.get(a).map_or(sentence.span.start, |t| t.span.start);
    let end = sentence.tokens.get(b.saturating_sub(1)).map_or(sentence.span.end, |t| t.span.end);
    Span::new(start, end.max(start))
}

/// A name term of a key, if the lexicon knows it (or interns it).
pub fn name_term(lexicon: &mut Lexicon, key: &str) -> Term {
    lexicon.intern(TermKind::Name, key)
}
