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
    set: OnceLock<Built>,
}

/// A [`WordSet`]'s words, hashed, and their shapes.
struct Built {
    set: FxHashSet<&'static str>,
    /// By first byte: bit `n` is set when a word of `n` bytes (of `MAX_SHAPE_LEN` or more for
    /// bit `MAX_SHAPE_LEN`) starting with that byte is in the set. Most words asked about are
    /// not in the set, and most of those have a first byte and a length no word of it has:
    /// they are told apart by one load, without hashing the word.
    shapes: [u32; 256],
}

const MAX_SHAPE_LEN: usize = 31;

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, set: OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        let built = self.set.get_or_init(|| {
            let mut shapes = [0u32; 256];
            for w in self.words {
                if let Some(&first) = w.as_bytes().first() {
                    shapes[first as usize] |= 1 << w.len().min(MAX_SHAPE_LEN);
                }
            }
            Built { set: self.words.iter().copied().collect(), shapes }
        });
        match word.as_bytes().first() {
            Some(&first) if built.shapes[first as usize] & (1 << word.len().min(MAX_SHAPE_LEN)) == 0 => false,
            _ => built.set.contains(word),
        }
    }
}

/// Looks a word up in a table of (word, value) pairs.
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn a_word_set_holds_exactly_its_words_whatever_their_shape() {
        static WORDS: &[&str] = &["", "a", "an", "and", "über", "a-very-long-compound-word-of-forty-bytes", "a-very-long-compound-word-of-forty-bytez"];
        static SET: WordSet = WordSet::new(WORDS);
        for w in WORDS {
            assert!(SET.contains(w), "{w:?}");
        }
        for w in ["b", "ab", "ane", "Über", "ü", "a-very-long-compound-word-of-forty-bytes-", "a-very-long-compound-word-of-forty-bytey"] {
            assert!(!SET.contains(w), "{w:?}");
        }
    }
}
