//! Matching terms: what a token contributes to retrieval and to comparing contexts. A content
//! word gives its stem (English Snowball, with general synonyms folded to one stem); a
//! capitalised word also gives a name key that survives transliteration; a number gives its
//! digits.
//!
//! Terms are interned: a [`Term`] is a 32-bit id, so comparing two is comparing two integers,
//! and the index keeps its postings and IDF in arrays by id. The corpus's ids live in its
//! [`Vocabulary`]; an article checked against it adds its own unknown terms to a [`Lexicon`]
//! that lies over the corpus's vocabulary for the length of one check.

use crate::normalize::name_key;
use crate::tuning::TUNING;
use crate::words::concepts::{SPELLING, SYNONYMS, VERB_FORMS};
use crate::words::function::STOPWORD_SET;
use crate::words::numbers::CARDINALS;
use crate::segment::{Token, TokenKind};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

/// What a term stands for (in this order: terms sort by kind first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TermKind {
    /// A content word's stem.
    Word = 0,
    /// A capitalised word's name key.
    Name = 1,
    /// A number's digits.
    Number = 2,
}

const KINDS: [TermKind; 3] = [TermKind::Word, TermKind::Name, TermKind::Number];

/// An interned term: its kind in the top two bits, its index in the vocabulary below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Term(u32);

const KIND_SHIFT: u32 = 30;
const INDEX_MASK: u32 = (1 << KIND_SHIFT) - 1;

impl Term {
    fn new(kind: TermKind, index: u32) -> Term {
        Term(((kind as u32) << KIND_SHIFT) | (index & INDEX_MASK))
    }

    pub fn kind(self) -> TermKind {
        KINDS[(self.0 >> KIND_SHIFT) as usize]
    }

    /// Position in the vocabulary (dense over all kinds): the index of the term's postings.
    pub fn index(self) -> usize {
        (self.0 & INDEX_MASK) as usize
    }

    pub fn is_name(self) -> bool {
        self.kind() == TermKind::Name
    }

    pub fn is_number(self) -> bool {
        self.kind() == TermKind::Number
    }
}

/// The terms of one token: none, one, or a word and its name key.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TokenTerms {
    terms: [Option<Term>; 2],
}

impl TokenTerms {
    fn of(terms: &[Term]) -> TokenTerms {
        TokenTerms { terms: [terms.first().copied(), terms.get(1).copied()] }
    }

    pub fn iter(&self) -> impl Iterator<Item = Term> + '_ {
        self.terms.iter().flatten().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.terms[0].is_none()
    }

    pub fn get(&self, i: usize) -> Option<Term> {
        self.terms.get(i).copied().flatten()
    }
}

impl IntoIterator for TokenTerms {
    type Item = Term;
    type IntoIter = std::iter::Flatten<std::array::IntoIter<Option<Term>, 2>>;
    fn into_iter(self) -> Self::IntoIter {
        self.terms.into_iter().flatten()
    }
}

/// Which form of a token the token cache is keyed by: its terms depend on its folded text,
/// its kind and whether it is capitalised.
fn form_of(token: &Token) -> Option<usize> {
    match token.kind {
        TokenKind::Punct => None,
        TokenKind::Word => Some(token.capitalized as usize),
        TokenKind::Number => Some(2),
    }
}

/// Term texts and their ids, plus a cache of the terms of every token form seen, so each
/// distinct word is stemmed and keyed once.
#[derive(Default)]
pub struct Vocabulary {
    /// Index of the first term held here: a lexicon's own terms follow the corpus's.
    offset: u32,
    texts: Vec<Box<str>>,
    /// By term (from `offset`): a name's first byte and length, for a quick test before
    /// two names' texts are compared (0 for other terms).
    name_shapes: Vec<u16>,
    ids: [HashMap<Box<str>, u32>; 3],
    /// Token text → its terms, for lowercase words, capitalised words and numbers.
    token_forms: [HashMap<Box<str>, TokenTerms>; 3],
}

impl Vocabulary {
    /// Number of term ids in use, counting from 0 (the corpus's and this one's).
    pub fn end(&self) -> usize {
        self.offset as usize + self.texts.len()
    }

    fn find(&self, kind: TermKind, text: &str) -> Option<Term> {
        self.ids[kind as usize].get(text).map(|&i| Term::new(kind, i))
    }

    fn text(&self, term: Term) -> Option<&str> {
        self.texts.get(term.index().checked_sub(self.offset as usize)?).map(|t| &**t)
    }

    fn insert(&mut self, kind: TermKind, text: &str) -> Term {
        if let Some(t) = self.find(kind, text) {
            return t;
        }
        let index = self.end() as u32;
        self.texts.push(text.into());
        self.name_shapes.push(if kind == TermKind::Name { name_shape(text) } else { 0 });
        self.ids[kind as usize].insert(text.into(), index);
        Term::new(kind, index)
    }

    fn cached(&self, token: &Token) -> Option<TokenTerms> {
        self.token_forms[form_of(token)?].get(token.norm.as_str()).copied()
    }
}

/// The terms of one analysis: a corpus's vocabulary (read only) with the terms it lacks.
pub struct Lexicon<'a> {
    corpus: Option<&'a Vocabulary>,
    own: Vocabulary,
}

impl Default for Lexicon<'static> {
    fn default() -> Self {
        Lexicon::new()
    }
}

impl Lexicon<'static> {
    /// A lexicon of its own (building a corpus's vocabulary, or analysing a text alone).
    pub fn new() -> Lexicon<'static> {
        Lexicon { corpus: None, own: Vocabulary::default() }
    }

    /// The vocabulary built up.
    pub fn into_vocabulary(self) -> Vocabulary {
        self.own
    }
}

impl<'a> Lexicon<'a> {
    /// A lexicon over a corpus's vocabulary: its terms keep their ids, new ones follow them.
    pub fn over(corpus: &'a Vocabulary) -> Lexicon<'a> {
        let own = Vocabulary { offset: corpus.end() as u32, ..Vocabulary::default() };
        Lexicon { corpus: Some(corpus), own }
    }

    pub fn find(&self, kind: TermKind, text: &str) -> Option<Term> {
        self.corpus.and_then(|c| c.find(kind, text)).or_else(|| self.own.find(kind, text))
    }

    pub fn intern(&mut self, kind: TermKind, text: &str) -> Term {
        match self.corpus.and_then(|c| c.find(kind, text)) {
            Some(t) => t,
            None => self.own.insert(kind, text),
        }
    }

    /// Could two different name terms be one name spelled two ways? A quick test on their
    /// first letters and lengths, before [`crate::compare::names_match`] reads the texts.
    pub fn names_may_match(&self, a: Term, b: Term) -> bool {
        let shape = |t: Term| -> u16 {
            let held_by = self.holder(t);
            held_by.name_shapes.get(t.index().wrapping_sub(held_by.offset as usize)).copied().unwrap_or(0)
        };
        let (x, y) = (shape(a), shape(b));
        x >> 8 == y >> 8 && x != 0 && y != 0 && (x & 0xff).abs_diff(y & 0xff) <= TUNING.name_key_distance as u16 && (x & 0xff).min(y & 0xff) >= TUNING.name_key_fuzzy_min as u16
    }

    /// This lexicon's own terms (those its corpus's vocabulary lacks; all of them for
    /// `Lexicon::new`), by index.
    pub fn own_terms(&self) -> Vec<Term> {
        let mut terms: Vec<Term> = self.own.ids.iter().zip(KINDS).flat_map(|(ids, kind)| ids.values().map(move |&i| Term::new(kind, i))).collect();
        terms.sort_unstable_by_key(|t| t.index());
        terms
    }

    /// How many term ids are in use (the corpus's and this lexicon's own).
    pub fn len(&self) -> usize {
        self.own.end()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn text(&self, term: Term) -> &str {
        self.holder(term).text(term).unwrap_or("")
    }

    /// The vocabulary that holds a term: the corpus's, or this lexicon's own after it.
    fn holder(&self, term: Term) -> &Vocabulary {
        match self.corpus {
            Some(corpus) if term.index() < self.own.offset as usize => corpus,
            _ => &self.own,
        }
    }

    /// The terms of token `i`.
    pub fn token_terms(&mut self, tokens: &[Token], i: usize) -> TokenTerms {
        let t = &tokens[i];
        if t.repeated {
            return TokenTerms::default();
        }
        let Some(form) = form_of(t) else { return TokenTerms::default() };
        if let Some(terms) = self.corpus.and_then(|c| c.cached(t)).or_else(|| self.own.cached(t)) {
            return terms;
        }
        let terms = self.derive_terms(t);
        self.own.token_forms[form].insert(t.norm.as_str().into(), terms);
        terms
    }

    /// The terms of a token, interned: what [`Lexicon::token_terms`] caches. A token's terms
    /// depend only on its folded text, its kind and its capital.
    fn derive_terms(&mut self, t: &Token) -> TokenTerms {
        match t.kind {
            TokenKind::Punct => TokenTerms::default(),
            TokenKind::Number => TokenTerms::of(&[self.intern(TermKind::Number, &t.norm.replace(',', ""))]),
            TokenKind::Word => {
                let w = t.norm.as_str();
                if let Some((_, v)) = CARDINALS.iter().find(|(n, _)| *n == w) {
                    return TokenTerms::of(&[self.intern(TermKind::Number, &format!("{v}"))]);
                }
                if is_stopword(w) || w.chars().count() < 2 {
                    return TokenTerms::default();
                }
                let word = self.intern_stem(w);
                let name = if t.capitalized { with_proper_key(w, |key| (key.len() >= 2).then(|| self.intern(TermKind::Name, key))) } else { None };
                TokenTerms { terms: [Some(word), name] }
            }
        }
    }

    /// The word term of a folded word's stem ([`stem`]).
    pub fn intern_stem(&mut self, word: &str) -> Term {
        with_stem(word, |stem| self.intern(TermKind::Word, stem))
    }
}

/// A name key's first byte and length (capped at 255) in one number.
fn name_shape(key: &str) -> u16 {
    let first = key.as_bytes().first().copied().unwrap_or(0) as u16;
    (first << 8) | key.len().min(255) as u16
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// Remembers a pure function's answers for words already seen (stemming and keying a word
/// costs far more than looking it up; news repeats its words), and hands the answer to `then`.
/// Each thread keeps its own; past `WORD_MEMO_CAPACITY` words it starts afresh, so memory stays
/// bounded. (`then` must not ask the same memo again.)
fn memoised<R>(memo: &'static std::thread::LocalKey<RefCell<HashMap<Box<str>, Box<str>>>>, word: &str, compute: fn(&str) -> String, then: impl FnOnce(&str) -> R) -> R {
    const WORD_MEMO_CAPACITY: usize = 100_000;
    memo.with(|m| {
        if let Some(found) = m.borrow().get(word) {
            return then(found);
        }
        let value = compute(word);
        let answer = then(&value);
        let mut m = m.borrow_mut();
        if m.len() >= WORD_MEMO_CAPACITY {
            m.clear();
        }
        m.insert(word.into(), value.into_boxed_str());
        answer
    })
}

thread_local! {
    static STEMS: RefCell<HashMap<Box<str>, Box<str>>> = RefCell::default();
    static PROPER_KEYS: RefCell<HashMap<Box<str>, Box<str>>> = RefCell::default();
    static NAME_KEYS: RefCell<HashMap<Box<str>, Box<str>>> = RefCell::default();
}

/// Hands the name key of a word ([`name_key`]) to `then`, remembered: a comparison asks it of
/// every word of a source sentence's clause, for each article fact held against that sentence.
pub fn with_name_key<R>(word: &str, then: impl FnOnce(&str) -> R) -> R {
    memoised(&NAME_KEYS, word, name_key, then)
}

/// The stem of a folded word, with synonyms folded to their group's stem.
pub fn stem(word: &str) -> String {
    with_stem(word, str::to_string)
}

/// Hands the stem of a folded word ([`stem`]) to `then`, without copying it.
pub fn with_stem<R>(word: &str, then: impl FnOnce(&str) -> R) -> R {
    memoised(&STEMS, word, stem_uncached, then)
}

fn stem_uncached(word: &str) -> String {
    let base = VERB_FORMS.iter().find(|(form, _)| *form == word).map_or(word, |(_, base)| base);
    let american = american(base);
    let s = stemmer().stem(&american);
    synonym_of(&s).or_else(|| synonym_of(&american)).map_or_else(|| s.into_owned(), str::to_string)
}

/// The canonical stem of the synonym group holding `stem`, if any.
fn synonym_of(stem: &str) -> Option<&'static str> {
    static GROUPS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let groups = GROUPS.get_or_init(|| SYNONYMS.iter().flat_map(|(canonical, members)| members.iter().map(move |m| (*m, *canonical))).collect());
    groups.get(stem).copied()
}

/// A folded word in American spelling: "organised" → "organized", "behaviour" →
/// "behavior", "centre" → "center", and the words no suffix rule covers (`SPELLING`). Both
/// spellings then stem alike. Applied to every word, so a rule that changes a word with no
/// British form only changes it the same way on both sides.
pub fn american(word: &str) -> String {
    if let Some((_, us)) = SPELLING.iter().find(|(uk, _)| *uk == word) {
        return us.to_string();
    }
    let n = word.len();
    for (uk, us, min) in [
        ("isation", "ization", 9), ("isations", "izations", 10), ("ised", "ized", 7), ("ising", "izing", 8),
        ("ises", "izes", 7), ("ise", "ize", 7), ("yse", "yze", 7), ("ysed", "yzed", 7),
        ("ours", "ors", 7), ("our", "or", 6), ("tres", "ters", 6), ("tre", "ter", 5),
    ] {
        if n >= min && word.ends_with(uk) && word.is_ascii() {
            return format!("{}{us}", &word[..n - uk.len()]);
        }
    }
    word.to_string()
}

pub fn is_stopword(word: &str) -> bool {
    STOPWORD_SET.contains(word)
}

/// The name key of a capitalised word, with a demonym suffix taken off so that "Moravian"
/// meets "Moravia" and "Ostrian" meets "Ostria".
pub fn proper_key(word: &str) -> String {
    with_proper_key(word, str::to_string)
}

/// Hands the name key of a capitalised word ([`proper_key`]) to `then`, without copying it.
pub fn with_proper_key<R>(word: &str, then: impl FnOnce(&str) -> R) -> R {
    memoised(&PROPER_KEYS, word, proper_key_uncached, then)
}

fn proper_key_uncached(word: &str) -> String {
    let w = word.trim_end_matches("'s").trim_end_matches('\'');
    let base = if w.len() >= 7 && w.ends_with("ian") {
        &w[..w.len() - 3]
    } else if w.len() >= 7 && w.ends_with("an") {
        &w[..w.len() - 2]
    } else {
        w
    };
    name_key(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_sort_by_kind_first_so_a_sentences_names_are_one_run() {
        let mut lexicon = Lexicon::new();
        let name = lexicon.intern(TermKind::Name, "vlmr");
        let word = lexicon.intern(TermKind::Word, "harbour");
        let number = lexicon.intern(TermKind::Number, "12");
        let late_word = lexicon.intern(TermKind::Word, "quota");
        let mut sorted = vec![number, late_word, name, word];
        sorted.sort_unstable();
        assert_eq!(sorted.iter().map(|t| t.kind()).collect::<Vec<_>>(), [TermKind::Word, TermKind::Word, TermKind::Name, TermKind::Number]);
    }

    #[test]
    fn an_article_keeps_the_corpus_ids_and_its_own_terms_follow_them() {
        let mut corpus = Lexicon::new();
        let harbour = corpus.intern(TermKind::Word, "harbour");
        let vocabulary = corpus.into_vocabulary();
        let mut article = Lexicon::over(&vocabulary);
        assert_eq!(article.intern(TermKind::Word, "harbour"), harbour);
        let quota = article.intern(TermKind::Word, "quota");
        assert!(quota.index() >= vocabulary.end());
        assert_eq!((article.text(harbour), article.text(quota)), ("harbour", "quota"));
        assert_eq!(article.find(TermKind::Name, "harbour"), None);
    }

    #[test]
    fn synonyms_share_a_stem() {
        assert_eq!(stem("freed"), stem("released"));
        assert_eq!(stem("imprisoned"), stem("prisoners"));
    }

    #[test]
    fn demonyms_meet_their_country() {
        assert_eq!(proper_key("moravian"), proper_key("moravia"));
        assert_eq!(proper_key("ostrian"), proper_key("ostria"));
        assert_eq!(proper_key("american"), proper_key("america"));
    }
}
