//! Text segmented: sentences, clauses and word tokens, each with byte offsets into the
//! original text. Rules are for news prose in Latin and Cyrillic script: a full stop ends a
//! sentence unless it follows an abbreviation or an initial; a line break always does.

use crate::limits::MAX_SENTENCE_BYTES;
use crate::normalize::{fold, fold_compact};
use compact_str::CompactString;

/// A byte range of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner apostrophes, periods of initials such as "U.S.").
    Word,
    /// Digits, with inner separators ("2,318", "3.5").
    Number,
    /// Anything else that is not white space: punctuation, quotes, symbols.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// The folded form (lowercase, no accents, Latin script). Held inline up to 24 bytes,
    /// as nearly every word is: a sentence's tokens then take one allocation, not one each.
    /// A word table scanned at every token compares its words with `norm.as_str()`: the
    /// crate's own `&str == CompactString` is a call that is not inlined.
    pub norm: CompactString,
    /// Starts with an uppercase letter in the original.
    pub capitalized: bool,
    /// The token repeats the word before it ("deputy deputy"): translation noise, skipped
    /// when reading the sentence.
    pub repeated: bool,
    /// White space stands between this token and the previous one.
    pub space_before: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    pub fn is(&self, word: &str) -> bool {
        self.norm == word
    }
}

/// Abbreviations after which a full stop does not end a sentence (general English news usage).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr",
    "sr", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
    "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "approx", "est", "fig",
];

/// Longest word looked at for an abbreviation or an initial before a full stop, in bytes.
const MAX_ABBREVIATION_BYTES: usize = 16;

/// Splits text into sentences. Long runs with no sentence end are cut at `MAX_SENTENCE_BYTES`
/// (at a space where one is near) so no one sentence can be huge.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |out: &mut Vec<Span>, s: usize, e: usize| {
        let (s, e) = trim_span(text, s, e);
        if e > s {
            cut_long(text, s, e, out);
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, i) {
            // Take closing quotes and brackets that follow the stop.
            let mut end = i + 1;
            while end < bytes.len() {
                let rest = &text[end..];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '.' | '!' | '?') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            push(&mut out, start, end);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push(&mut out, start, bytes.len());
    out
}

/// Trims white space, and the byte-order mark a file may start with, from both ends.
fn trim_span(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let blank = |c: char| c.is_whitespace() || c == '\u{feff}';
    let slice = &text[s..e];
    s += slice.len() - slice.trim_start_matches(blank).len();
    let slice = &text[s..e];
    e = s + slice.trim_end_matches(blank).len();
    (s, e)
}

fn cut_long(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let mut s = s;
    while e - s > MAX_SENTENCE_BYTES {
        let mut cut = s + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(space) = text[s..cut].rfind(' ').filter(|&p| p > MAX_SENTENCE_BYTES / 2) {
            cut = s + space;
        }
        let (a, b) = trim_span(text, s, cut);
        if b > a {
            out.push(Span::new(a, b));
        }
        s = cut;
    }
    let (a, b) = trim_span(text, s, e);
    if b > a {
        out.push(Span::new(a, b));
    }
}

/// Does the stop at byte `i` end a sentence?
fn ends_sentence(text: &str, i: usize) -> bool {
    let after = &text[i + 1..];
    let next = after.chars().next();
    // "3.5", "U.S." inside a word, "..." handled by the caller taking runs.
    match next {
        None => return true,
        Some(c) if c.is_alphanumeric() => return false,
        _ => {}
    }
    if text.as_bytes()[i] != b'.' {
        return next_starts_sentence(after);
    }
    // The word before the stop. Abbreviations and initials are short, so look back only a few
    // bytes: scanning back to the last space at every stop made a long run without spaces
    // ("x.,x.,…") quadratic.
    let mut window = i.saturating_sub(MAX_ABBREVIATION_BYTES);
    while !text.is_char_boundary(window) {
        window += 1;
    }
    let before = &text[window..i];
    let Some(word_start) = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201C}' | '\u{2014}'))
        .map(|p| p + before[p..].chars().next().map_or(1, char::len_utf8))
        .or((window == 0).then_some(0))
    else {
        return next_starts_sentence(after);
    };
    let word = &before[word_start..];
    let folded = fold(word);
    let bare = folded.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    // An initial ("W."), or an abbreviation ("Mr.", "Jan.", "U.S.").
    if bare.chars().count() == 1 && bare.chars().all(|c| c.is_alphabetic()) && word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if ABBREVIATIONS.contains(&bare) {
        // "U.S." can end a sentence; only when the next word is capitalised and not a name
        // can we not tell, so keep the common case: abbreviations do not end sentences,
        // except "U.S." followed by a line end.
        return after.trim_start_matches([' ', '\t']).starts_with('\n');
    }
    next_starts_sentence(after)
}

fn next_starts_sentence(after: &str) -> bool {
    let rest = after.trim_start_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']']);
    let Some(first_ws) = rest.chars().next() else { return true };
    if !first_ws.is_whitespace() {
        return false;
    }
    let rest = rest.trim_start();
    match rest.chars().next() {
        None => true,
        Some(c) => c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\'' | '(' | '[' | '\u{2022}' | '-'),
    }
}

/// Splits a span of text into tokens.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let slice = span.slice(text);
    // About one token per five bytes of prose.
    let mut out: Vec<Token> = Vec::with_capacity(slice.len() / 5 + 1);
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut k = 0;
    let mut space_before = true;
    while k < chars.len() {
        let (pos, c) = chars[k];
        if c.is_whitespace() {
            space_before = true;
            k += 1;
            continue;
        }
        let start = pos;
        let first_char = k;
        let kind;
        let mut spaced = false;
        if c.is_numeric() {
            kind = TokenKind::Number;
            if let Some(end) = spaced_thousands_end(&chars, k) {
                spaced = true;
                k = end;
            } else {
                k += 1;
            }
            let mut exponent = false;
            while k < chars.len() {
                let (_, d) = chars[k];
                let next_digit = chars.get(k + 1).is_some_and(|(_, n)| n.is_numeric());
                // "1e308" is one token: read apart, its "308" would be a number of its own.
                let exponent_mark = matches!(d, 'e' | 'E') && next_digit && !exponent && chars[k - 1].1.is_ascii_digit();
                if d.is_numeric() || (matches!(d, ',' | '.') && next_digit) || exponent_mark {
                    exponent |= exponent_mark;
                    k += 1;
                } else {
                    break;
                }
            }
        } else if c.is_alphabetic() {
            kind = TokenKind::Word;
            k += 1;
            while k < chars.len() {
                let (_, d) = chars[k];
                let next_alpha = chars.get(k + 1).is_some_and(|(_, n)| n.is_alphabetic());
                let glued_word = d.is_uppercase()
                    && chars[k - 1].1.is_lowercase()
                    && chars.get(k + 1).is_some_and(|(_, n)| n.is_lowercase())
                    && k - first_char >= 3;
                if glued_word {
                    // "MoraviaSaid": two words run together by a lost space.
                    break;
                }
                if d.is_alphabetic() || is_combining(d) {
                    k += 1;
                } else if matches!(d, '\'' | '\u{2019}') && next_alpha {
                    // Inner apostrophes stay ("wasn't"), but not the possessive 's.
                    let s_poss = chars.get(k + 1).is_some_and(|(_, n)| *n == 's')
                        && chars.get(k + 2).is_none_or(|(_, n)| !n.is_alphabetic());
                    if s_poss {
                        break;
                    }
                    k += 1;
                } else if d == '.' && chars.get(k + 1).is_some_and(|(_, n)| n.is_alphabetic())
                    && chars.get(k + 2).is_some_and(|(_, n)| *n == '.')
                {
                    // Dotted abbreviations: "U.S.", "a.m."
                    k += 3;
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
            k += 1;
        }
        let end = if k < chars.len() { chars[k].0 } else { slice.len() };
        let raw = &slice[start..end];
        // Thousands set apart by spaces are folded to commas, as "1,000,000" is written.
        let norm = if spaced { fold_compact(&raw.replace(THOUSANDS_SPACES, ",")) } else { fold_compact(raw) };
        let capitalized = raw.chars().next().is_some_and(char::is_uppercase);
        let repeated = kind == TokenKind::Word
            && out.last().is_some_and(|prev| prev.kind == TokenKind::Word && prev.norm == norm && norm.len() > 1);
        out.push(Token {
            span: Span::new(span.start + start, span.start + end),
            kind,
            norm,
            capitalized,
            repeated,
            space_before,
        });
        space_before = false;
    }
    out
}

/// The spaces that set thousands apart: a space, a no-break space, a narrow no-break space.
const THOUSANDS_SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// Where a number written with its thousands set apart by spaces ("1 000 000", "4 500") ends,
/// when the digits from `k` are one: a first group of one to three digits, then groups of
/// exactly three, each after one such space. Any other group after a space ("in 2024 15
/// people", "3 50") makes the digits separate numbers.
fn spaced_thousands_end(chars: &[(usize, char)], k: usize) -> Option<usize> {
    // Digits after a colon, a stop or a dash are the second part of another figure: "at
    // 10:30 300 people" holds a time, not 30,300.
    if k > 0 && matches!(chars[k - 1].1, ':' | '.' | ',' | '/' | '-' | '\u{2013}') {
        return None;
    }
    let digits = |from: usize| chars.get(from..).map_or(0, |rest| rest.iter().take_while(|(_, c)| c.is_ascii_digit()).count());
    let first = digits(k);
    if !(1..=3).contains(&first) {
        return None;
    }
    let mut end = k + first;
    while chars.get(end).is_some_and(|(_, c)| THOUSANDS_SPACES.contains(c)) {
        match digits(end + 1) {
            0 => break,
            3 => end += 4,
            _ => return None,
        }
    }
    (end > k + first).then_some(end)
}

fn is_combining(c: char) -> bool {
    crate::normalize::is_combining_mark(c)
}

/// Do the tokens hold these words, one after the other?
pub fn holds_phrase(tokens: &[Token], words: &[&str]) -> bool {
    tokens.windows(words.len()).any(|w| w.iter().zip(words).all(|(t, word)| t.norm == *word))
}

/// Is this sentence noise (a stray letter, a lone word on a line, a photo credit)?
pub fn is_noise(tokens: &[Token]) -> bool {
    let words = tokens.iter().filter(|t| t.kind != TokenKind::Punct).count();
    words == 0 || (words == 1 && tokens.iter().all(|t| t.norm.chars().count() <= 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let text = "Mr. Brandt met Oskar W. Brandt at the U.S. consulate. It was Jan. 21, 2031. Then they left.";
        assert_eq!(
            split(text),
            ["Mr. Brandt met Oskar W. Brandt at the U.S. consulate.", "It was Jan. 21, 2031.", "Then they left."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "He called it “a shambles.” She agreed.";
        assert_eq!(split(text), ["He called it “a shambles.”", "She agreed."]);
    }

    #[test]
    fn lines_are_sentences() {
        assert_eq!(split("Headline here\n\nFirst line. Second"), ["Headline here", "First line.", "Second"]);
    }

    #[test]
    fn decimals_and_separators_are_one_token() {
        let text = "more than 2,318 people and 3.5 percent, U.S.-built";
        let toks = tokens(text, Span::new(0, text.len()));
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["more", "than", "2,318", "people", "and", "3.5", "percent", ",", "u.s.", "-", "built"]);
    }

    fn norms(text: &str) -> Vec<String> {
        tokens(text, Span::new(0, text.len())).iter().map(|t| t.norm.to_string()).collect()
    }

    #[test]
    fn thousands_set_apart_by_spaces_are_one_number() {
        for space in [" ", "\u{a0}", "\u{202f}"] {
            let text = format!("1{space}000{space}000 euros and 4{space}500 people");
            assert_eq!(norms(&text), ["1,000,000", "euros", "and", "4,500", "people"], "{space:?}");
            let toks = tokens(&text, Span::new(0, text.len()));
            assert_eq!(toks[0].span.slice(&text), format!("1{space}000{space}000"));
        }
    }

    #[test]
    fn numbers_side_by_side_are_not_thousands() {
        // A year then a count; a group that is not three digits; a first group of four.
        assert_eq!(norms("in 2024 15 people"), ["in", "2024", "15", "people"]);
        assert_eq!(norms("in 2024 150 people"), ["in", "2024", "150", "people"]);
        assert_eq!(norms("3 50 and 12 345 6789"), ["3", "50", "and", "12", "345", "6789"]);
        assert_eq!(norms("4 500, then"), ["4,500", ",", "then"]);
        assert_eq!(norms("1 000 000.50 euros"), ["1,000,000.50", "euros"]);
        assert_eq!(norms("at 10:30 300 people"), ["at", "10", ":", "30", "300", "people"]);
    }

    #[test]
    fn an_exponent_is_part_of_its_number() {
        assert_eq!(norms("1e308 and 2E6 or 5e"), ["1e308", "and", "2e6", "or", "5", "e"]);
    }

    #[test]
    fn a_figure_with_spaced_thousands_is_checked_as_one_number() {
        use crate::testing::verdict_in;
        use crate::Verdict;
        let corpus = ["The county paid 1,000,000 euros for the repairs to the Marlow footbridge, its treasurer said."];
        for space in [" ", "\u{a0}", "\u{202f}"] {
            let figure = |n: u8| format!("{n}{space}000{space}000 euros");
            let article = |n: u8| format!("The county paid {} for the repairs to the Marlow footbridge.", figure(n));
            assert_eq!(verdict_in(&corpus, &article(1), &figure(1)), Verdict::Agree, "{space:?}");
            assert_eq!(verdict_in(&corpus, &article(2), &figure(2)), Verdict::Conflict, "{space:?}");
        }
        let corpus = ["The clean-up drew 4,500 volunteers to the Brenna river banks on Sunday, organisers said."];
        assert_eq!(verdict_in(&corpus, "The clean-up drew 4\u{202f}500 volunteers to the Brenna river banks on Sunday.", "4\u{202f}500 volunteers"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "The clean-up drew 5 500 volunteers to the Brenna river banks on Sunday.", "5 500 volunteers"), Verdict::Conflict);
    }

    #[test]
    fn a_year_then_a_count_are_two_numbers() {
        use crate::testing::verdict_in;
        use crate::Verdict;
        let corpus = ["In 2024, 15 people were hurt at the Oakmere level crossing, the rail operator said."];
        assert_eq!(verdict_in(&corpus, "In 2024 15 people were hurt at the Oakmere level crossing.", "15 people"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "In 2024 25 people were hurt at the Oakmere level crossing.", "25 people"), Verdict::Conflict);
    }

    #[test]
    fn a_number_with_an_exponent_is_not_read_as_its_exponent() {
        use crate::testing::verdict_in;
        use crate::{Corpus, Document, Verdict};
        let source = "The Halvard probe logged 308 faults during its descent, engineers said.";
        // The twin: a 308 fact agrees with the source.
        assert_eq!(verdict_in(&[source], "The Halvard probe logged 308 faults during its descent.", "308 faults"), Verdict::Agree);
        let corpus = Corpus::new(vec![Document { id: "d0".into(), source: "Source 0".into(), language: "en".into(), text: source.into() }]);
        let report = corpus.check("The Halvard probe logged 1e308 faults during its descent.").expect("checks");
        let facts: Vec<&crate::Fact> = report.claims.iter().flat_map(|c| &c.facts).collect();
        assert!(facts.iter().all(|f| !f.text.contains("308") || f.text.contains("1e308")), "{facts:#?}");
        assert!(facts.iter().all(|f| !(f.kind == crate::FactKind::Quantity && f.verdict == Verdict::Agree)), "{facts:#?}");
    }

    #[test]
    fn repeated_words_are_marked_as_noise() {
        let text = "assistant assistant director";
        let toks = tokens(text, Span::new(0, text.len()));
        assert!(!toks[0].repeated && toks[1].repeated && !toks[2].repeated);
    }

    #[test]
    fn a_long_line_is_cut_into_bounded_sentences() {
        let text = "word ".repeat(10_000);
        let spans = sentences(&text);
        assert!(spans.len() > 1);
        assert!(spans.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "Bélarus’ “leader” said: «да».";
        for s in sentences(text) {
            for t in tokens(text, s) {
                assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            }
        }
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_first_sentence() {
        let text = "\u{feff}First line. Second.";
        assert_eq!(split(text), ["First line.", "Second."]);
    }
}
