//! Word tables the engine reads with, as data. Each table says what belongs in it; every
//! entry is general English or general news vocabulary. None names a person, place,
//! organisation or phrase of any particular story: a table that needed one would be a rule
//! fitted to that story.

pub mod calendar;
pub mod concepts;
pub mod function;
pub mod numbers;
pub mod roles;
pub mod units;

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A word list asked about at nearly every token, as a hash set built on first use (a scan
/// of a list of a hundred words costs more than the rest of reading the token).
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, set: OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word)
    }
}

/// Looks a word up in a table of (word, value) pairs.
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}
