//! Matching terms: what a token contributes to retrieval and to comparing contexts. A content
//! word gives its stem (English Snowball, with general synonyms folded to one stem); a
//! capitalised word also gives a name key that survives transliteration; a number gives its
//! digits.

use super::vocab::{CARDINALS, STOPWORDS, SYNONYMS};
use crate::normalize::name_key;
use crate::segment::{Token, TokenKind};
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    Word(String),
    Name(String),
    Number(String),
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The stem of a folded word, with synonyms folded to their group's stem.
pub fn stem(word: &str) -> String {
    let s = stemmer().stem(word);
    for (canonical, members) in SYNONYMS {
        if members.iter().any(|m| *m == s.as_ref() || *m == word) {
            return canonical.to_string();
        }
    }
    s.into_owned()
}

pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

/// The name key of a capitalised word, with a demonym suffix taken off so that "Belarusian"
/// meets "Belarus" and "Lithuanian" meets "Lithuania".
pub fn proper_key(word: &str) -> String {
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

/// The terms of token `i`.
pub fn token_terms(tokens: &[Token], i: usize) -> Vec<Term> {
    let t = &tokens[i];
    if t.repeated {
        return Vec::new();
    }
    match t.kind {
        TokenKind::Punct => Vec::new(),
        TokenKind::Number => vec![Term::Number(t.norm.replace(',', ""))],
        TokenKind::Word => {
            let w = t.norm.as_str();
            if let Some((_, v)) = CARDINALS.iter().find(|(n, _)| *n == w) {
                return vec![Term::Number(format!("{v}"))];
            }
            if is_stopword(w) || w.chars().count() < 2 {
                return Vec::new();
            }
            let mut out = vec![Term::Word(stem(w))];
            if t.capitalized {
                let key = proper_key(w);
                if key.len() >= 2 {
                    out.push(Term::Name(key));
                }
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_share_a_stem() {
        assert_eq!(stem("freed"), stem("released"));
        assert_eq!(stem("imprisoned"), stem("prisoners"));
    }

    #[test]
    fn demonyms_meet_their_country() {
        assert_eq!(proper_key("estonian"), proper_key("estonia"));
        assert_eq!(proper_key("lithuanian"), proper_key("lithuania"));
        assert_eq!(proper_key("american"), proper_key("america"));
    }
}
