//! Text in, normalised: one comparable form for every word, whatever its script, accents,
//! quote style or transliteration. The article keeps its own bytes; only tokens are folded,
//! so every offset still points into the original text.

use compact_str::CompactString;

/// Folds a word to lowercase ASCII-like Latin: compatibility decomposition (ligatures, full-width
/// forms), accents dropped (Québec = Quebec), Cyrillic transliterated, curly quotes and dashes
/// made plain.
pub fn fold(word: &str) -> String {
    // Most words are plain ASCII, which decomposes to itself: only case and the backtick change.
    if word.is_ascii() {
        let mut folded = word.to_ascii_lowercase();
        if folded.contains('`') {
            folded = folded.replace('`', "'");
        }
        return folded;
    }
    fold_unicode(word)
}

/// [`fold`] into a string held inline when short (a token's folded form).
pub fn fold_compact(word: &str) -> CompactString {
    if word.is_ascii() && !word.contains('`') {
        let mut folded = CompactString::new(word);
        folded.as_mut_str().make_ascii_lowercase();
        return folded;
    }
    CompactString::from(fold(word))
}

/// The compatibility decomposition (NFKD) of a word. In the browser it is the browser's own
/// `String.prototype.normalize`, whose Unicode tables cost the module nothing (the crate's
/// would add about 40 KB to the gzipped wasm); natively it is the `unicode-normalization`
/// crate. Both follow the Unicode standard.
#[cfg(target_arch = "wasm32")]
fn nfkd(word: &str) -> String {
    String::from(js_sys::JsString::from(word).normalize("NFKD"))
}

#[cfg(not(target_arch = "wasm32"))]
fn nfkd(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfkd().collect()
}

/// Is `c` a combining mark (an accent that decomposition sets apart, a vowel sign)? The blocks
/// of combining marks of the scripts news is written in, without a Unicode table, so the
/// browser and the command line read every word alike: the combining diacritics (and their
/// extensions and supplement), Cyrillic, Hebrew, Arabic and Devanagari marks, the marks for
/// symbols, kana voicing marks, half marks and variation selectors.
pub fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C5 | 0x05C7
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x0900..=0x0903 | 0x093A..=0x093C | 0x093E..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963
        | 0x1AB0..=0x1ACE | 0x1DC0..=0x1DFF | 0x20D0..=0x20F0 | 0x302A..=0x302F | 0x3099..=0x309A
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF)
}

fn fold_unicode(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in nfkd(word).chars() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            _ if ('\u{0400}'..='\u{04FF}').contains(&c) => out.push_str(transliterate_cyrillic(c)),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A scholarly-style Latin rendering of one Cyrillic letter (of the East Slavic alphabets).
fn transliterate_cyrillic(c: char) -> &'static str {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'ґ' => "g", 'д' => "d", 'е' => "e",
        'ё' => "e", 'є' => "ye", 'ж' => "zh", 'з' => "z", 'и' => "i", 'і' => "i", 'ї' => "yi",
        'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p",
        'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ў' => "u", 'ф' => "f", 'х' => "kh",
        'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' => "", 'ы' => "y", 'ь' => "",
        'э' => "e", 'ю' => "yu", 'я' => "ya",
        _ => "",
    }
}

/// A key under which the transliterations of one name meet: Kharlinovskaya and Harlinovskaya,
/// Yelena and Jelena, Kovalchyk and Kovalchik, Maksim and Maxim. It keeps the first
/// letter and the consonant skeleton after folding the spelling variants that romanisation
/// systems disagree on. Variants it does not fold (a "v" one system writes "u") are left to the
/// comparison, which takes keys one edit apart for one name.
pub fn name_key(word: &str) -> String {
    // Only ASCII letters are kept, and an ASCII word folds to its lowercase: it is read as
    // bytes, without folding a copy first.
    let mut s: String = if word.is_ascii() {
        word.bytes().filter(u8::is_ascii_alphabetic).map(|b| char::from(b.to_ascii_lowercase())).collect()
    } else {
        fold(word).chars().filter(|c| c.is_ascii_alphabetic()).collect()
    };
    // Spelling variants between romanisation systems, longest first, each applied to what the
    // ones before left. Asked of many words that hold none of them: a variant is looked for
    // in the bytes before a new string is made for it.
    for (from, to) in [
        ("shch", "sh"), ("kh", "h"), ("ts", "t"), ("tz", "t"), ("cz", "ch"), ("sz", "sh"),
        ("x", "ks"), ("ph", "f"), ("w", "v"), ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "y"),
    ] {
        if s.as_bytes().windows(from.len()).any(|w| w.iter().zip(from.as_bytes()).all(|(x, y)| x == y)) {
            s = s.replace(from, to);
        }
    }
    // A short name keeps its vowels: without them "Rao", "Roe" and "Ri" would be one letter,
    // and one name.
    if s.len() <= 3 {
        return s;
    }
    let mut key = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (is_vowel(c) || c == 'y') {
            continue;
        }
        if key.ends_with(c) {
            continue;
        }
        key.push(c);
    }
    key
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Edit distance between two short keys (names, words). Quadratic, so callers keep inputs short.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// Are two keys at most `k` edits apart? One edit or none is decided in one pass without
/// allocating (it is asked for many pairs of names); more falls back to the edit distance.
pub fn within_edits(a: &str, b: &str, k: usize) -> bool {
    if k != 1 || !a.is_ascii() || !b.is_ascii() {
        return edit_distance(a, b) <= k;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if long.len() == short.len() {
        // One substitution: everything after the first difference matches.
        prefix == short.len() || short[prefix + 1..] == long[prefix + 1..]
    } else {
        // One insertion into the shorter.
        short[prefix..] == long[prefix + 1..]
    }
}

#[cfg(test)]
mod tests {
    /// The table-free test of combining marks never calls a letter a mark, and knows every
    /// mark of the diacritic blocks news text carries.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn combining_marks_without_a_table_match_unicode() {
        use unicode_normalization::char::is_combining_mark as unicode_says;
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            assert!(!super::is_combining_mark(c) || unicode_says(c), "U+{:04X} is no mark", c as u32);
        }
        for c in [0x0300..0x0370u32, 0x1DC0..0x1E00, 0xFE20..0xFE30].into_iter().flatten().filter_map(char::from_u32) {
            assert!(super::is_combining_mark(c) || !unicode_says(c), "U+{:04X} is a mark", c as u32);
        }
    }

    use super::*;

    #[test]
    fn one_edit_is_decided_as_the_edit_distance_decides_it() {
        let keys = ["", "a", "ab", "ba", "abc", "abd", "acb", "abcd", "abdc", "xbcd", "abcde", "bcde", "brnvsk", "brhnvsk", "brnfsk"];
        for a in keys {
            for b in keys {
                assert_eq!(within_edits(a, b, 1), edit_distance(a, b) <= 1, "{a} {b}");
            }
        }
    }

    #[test]
    fn the_ascii_shortcut_folds_as_the_full_path_does() {
        for word in ["Velmora", "U.S.", "don`t", "ABC/DE", "2,300", "x-Ray_9", "\"quoted\"", "~!@#$%^&*()"] {
            assert_eq!(fold(word), fold_unicode(word), "{word}");
        }
    }

    #[test]
    fn folds_accents_quotes_and_case() {
        assert_eq!(fold("Québec"), "quebec");
        assert_eq!(fold("Québec’"), "quebec'");
        assert_eq!(fold("“extremist"), "\"extremist");
        assert_eq!(fold("ﬁnal"), "final");
    }

    #[test]
    fn transliterates_cyrillic() {
        assert_eq!(fold("Москва"), "moskva");
        assert_eq!(fold("США"), "ssha");
    }

    #[test]
    fn transliterations_of_one_name_share_a_key() {
        for (a, b) in [
            ("Yelena", "Yalena"),
            ("Yelena", "Jelena"),
            ("Kovalchyk", "Kovalchik"),
            ("Dmitry", "Dmitri"),
            ("Maksim", "Maxim"),
            ("Kharlinovskaya", "Harlinovskaya"),
            ("Харлиновская", "Kharlinovskaya"),
        ] {
            assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn a_v_written_u_by_another_romanisation_is_one_edit_away() {
        assert!(within_edits(&name_key("Navshuk"), &name_key("Naushuk"), 1));
        assert!(within_edits(&name_key("Kharlinovskaya"), &name_key("Kharlinouskaya"), 1));
    }

    /// The key as first written: every variant replaced in a new string, whether or not the
    /// word holds it, after folding a copy of the word.
    fn plain_name_key(word: &str) -> String {
        let mut s: String = fold(word).chars().filter(|c| c.is_ascii_alphabetic()).collect();
        for (from, to) in [
            ("shch", "sh"), ("kh", "h"), ("ts", "t"), ("tz", "t"), ("cz", "ch"), ("sz", "sh"),
            ("x", "ks"), ("ph", "f"), ("w", "v"), ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "y"),
        ] {
            s = s.replace(from, to);
        }
        if s.len() <= 3 {
            return s;
        }
        let mut key = String::new();
        for (i, c) in s.chars().enumerate() {
            if !(i > 0 && (is_vowel(c) || c == 'y')) && !key.ends_with(c) {
                key.push(c);
            }
        }
        key
    }

    #[test]
    fn name_keys_are_the_plain_replacements_keys() {
        let words = [
            "", "a", "Rao", "don`t", "O'Neill", "U.S.", "x-Ray_9", "Shchukin", "Kharvel", "Tsvetkov", "Schultz", "Czerny",
            "Szabo", "Maxim", "Phelan", "Wojcik", "Kovalchyk", "Quade", "Jelena", "czkh", "tzs", "shchts", "Kh", "accident",
            "mining", "agency", "Québec", "Москва", "Харлиновская", "ﬁnal", "Øbrand", "Łęzna",
        ];
        for w in words {
            assert_eq!(name_key(w), plain_name_key(w), "{w}");
        }
    }

    #[test]
    fn short_names_keep_their_vowels() {
        assert_eq!(name_key("Rao"), "rao");
        assert_ne!(name_key("Rao"), name_key("Roe"));
        assert_ne!(name_key("Bou"), name_key("Bu"));
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(name_key("Lupin"), name_key("Lupescu"));
        assert_ne!(name_key("Brandt"), name_key("Lenz"));
    }
}
