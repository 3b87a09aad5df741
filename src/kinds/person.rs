//! People and their roles: "NOR/LS President & CEO Oskar Veld", "Marta J. Lind, a deputy
//! assistant minister of trade", "Premier Vela Min-to", "his running mate, Ostrom Pell",
//! "defense lawyer Ana Lupo", "the chief of the harbour police". Names become
//! keys that survive transliteration; a surname alone is the full name named before it; a
//! role becomes a head title, its rank words, the organisation (or person) it belongs to, the
//! side it stands on, and whether it is held at another time ("former", "-elect").

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::terms::{is_stopword, proper_key};
use crate::analyse::{PersonName, Reader};
use crate::compare::{names_match, same_person, Judged, Pair};
use crate::segment::{Token, TokenKind};
use crate::words::calendar::{MONTHS, WEEKDAYS};
use crate::words::concepts::PLACE_KIND_WORDS;
use crate::words::function::{AUXILIARY_SET, IRREGULAR_PAST_SET, NOT_NAME_SET};
use crate::words::roles::{
    Side, HONORIFICS, ORGANISATION_WORD_SET, PUBLIC_ATTORNEY_MARKERS, RANK_MODIFIER_SET, SIDE_WORDS, SINGLE_HOLDER_TITLES, SUBORDINATE_OFFICES, TEMPORAL_MARKERS, TITLE_SET,
    TITLE_SYNONYMS, TOP_OFFICES,
};

pub static KIND: Kind = Kind {
    kind: FactKind::Person,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "person.named", meaning: "the source names the same person (the article gives no role to check)" },
        Rule { name: "person.same_role", meaning: "the source gives the same person the same role" },
        Rule { name: "person.other_rank", meaning: "the source gives the same person the same title at another rank (deputy assistant secretary, not deputy secretary)" },
        Rule { name: "person.other_side", meaning: "the source puts the same person on the other side (a prosecutor, not a defence lawyer)" },
        Rule { name: "person.other_office", meaning: "the source gives the same person, at the same time, an office that cannot go with the article's (a minister, not the premier)" },
        Rule { name: "person.other_organisation", meaning: "the source gives the same person the same office of another city, person or portfolio (the running mate of another candidate, the interior minister and not the transport minister)" },
        Rule { name: "person.office_holder", meaning: "the source names another holder of an office one person holds at a time" },
        Rule { name: "person.other_given_name", meaning: "the source gives the holder of the same office, of the same surname, another given name" },
        Rule { name: "person.same_office", meaning: "the source names the same office (a role given without a name)" },
    ],
};

/// A person and the role the text gives them, or a role given without a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: Option<PersonName>,
    pub role: Option<Role>,
}

/// A role: "deputy assistant minister of trade".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Role {
    /// The title's head word ("secretary").
    pub head: String,
    /// Rank words ("deputy", "assistant"), sorted.
    pub rank: Vec<String>,
    /// Name keys of the organisation the role belongs to ("state", an acronym's letters), or of
    /// the person it belongs to ("his running mate").
    pub organisation: Vec<String>,
    /// The role is held at another time ("former", "then", "President-elect").
    pub temporal: bool,
    /// The side of a court case it stands on.
    pub side: Option<Side>,
    /// The role's words as written.
    pub text: String,
}

fn is_title(w: &str) -> bool {
    TITLE_SET.contains(w) || RANK_MODIFIER_SET.contains(w)
}

/// An all-capitals token of two letters or more ("UNHCR", "NOR"): an acronym, not a name.
fn is_acronym(t: &Token, text: &str) -> bool {
    let raw = t.span.slice(text);
    raw.chars().filter(|c| c.is_alphabetic()).count() >= 2 && raw.chars().all(|c| !c.is_lowercase())
}

/// A capitalised word that may be part of a name.
pub(crate) fn is_name_word(t: &Token, i: usize, text: &str) -> bool {
    t.kind == TokenKind::Word
        && t.capitalized
        && !t.repeated
        && !is_acronym(t, text)
        && !NOT_NAME_SET.contains(&t.norm)
        && !is_title(&t.norm)
        && !MONTHS.iter().any(|(m, _)| *m == t.norm.as_str())
        && !WEEKDAYS.contains(&t.norm.as_str())
        && (i > 0 || t.norm.len() > 1)
        && t.norm.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '.')
}

/// An initial: one capital letter followed by a full stop ("W.").
pub(crate) fn is_initial(toks: &[Token], i: usize) -> bool {
    toks[i].kind == TokenKind::Word && toks[i].capitalized && toks[i].norm.chars().count() == 1 && toks.get(i + 1).is_some_and(|n| n.norm == "." && !n.space_before)
}

/// A name word and the lowercase part a hyphen joins to it ("Min-to", "Lund-Harris"):
/// its key, how many tokens it takes, and whether the part after the hyphen is lowercase
/// (a given name written family name first: "Vela Min-to").
pub(crate) fn name_word_at(toks: &[Token], i: usize) -> (String, usize, bool) {
    let mut word = toks[i].norm.trim_end_matches("'s").to_string();
    let mut len = 1;
    let mut lower_tail = false;
    while joins_name_part(toks, i + len) {
        let tail = &toks[i + len + 1];
        lower_tail |= !tail.capitalized;
        word.push_str(&tail.norm);
        len += 2;
    }
    (proper_key(&word), len, lower_tail)
}

/// How many tokens the name word at `i` takes ([`name_word_at`]'s length), without keying it:
/// a run of capitals is measured word by word, and its key is read only for a name.
fn name_word_len(toks: &[Token], i: usize) -> usize {
    let mut len = 1;
    while joins_name_part(toks, i + len) {
        len += 2;
    }
    len
}

/// A hyphen at `k` joining the word after it to the name word before ("Min-to").
fn joins_name_part(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.norm == "-" && !t.space_before) && toks.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.space_before)
}

/// The person named by tokens [a, b) (capitalised name words, initials, hyphenated parts),
/// if they are one: a surname alone is the full name named before it in the text.
pub fn name_of(r: &Reader, a: usize, b: usize) -> Option<PersonName> {
    let toks = r.tokens();
    let mut keys = Vec::new();
    let mut ends_in_a = Vec::new();
    let mut east_asian = false;
    let mut i = a;
    while i < b {
        if is_initial(toks, i) {
            i += 2;
            continue;
        }
        if !is_name_word(&toks[i], i, r.text) && !(i > a && ORGANISATION_WORD_SET.contains(&toks[i].norm) && false) {
            return None;
        }
        let (key, len, lower_tail) = name_word_at(toks, i);
        east_asian |= lower_tail && len > 1;
        keys.push(key);
        let last = toks[i + len - 1].norm.as_bytes();
        ends_in_a.push(last.len() > 2 && last.ends_with(b"a") && !b"aeiouy".contains(&last[last.len() - 2]));
        i += len;
    }
    if keys.is_empty() || keys.len() > 4 || keys.iter().any(|k| k.is_empty()) {
        return None;
    }
    if keys.len() == 1 {
        let key = &keys[0];
        if let Some(p) = r.people.iter().rev().find(|p| p.keys.iter().any(|k| names_match(k, key))) {
            return Some(p.clone());
        }
        if let Some(p) = r.memory.resolve(key) {
            return Some(p.clone());
        }
        return Some(PersonName { keys: keys.clone(), surname: key.clone(), ends_in_a });
    }
    // "Vela Min-to", "Tomas Vela Min-to": written family name first, the family name is
    // the word before the hyphenated given name.
    let surname = if east_asian && keys.len() <= 3 { keys[keys.len() - 2].clone() } else { keys[keys.len() - 1].clone() };
    Some(PersonName { keys, surname, ends_in_a })
}

fn extract(r: &mut Reader) {
    let text = r.text;
    let toks = r.tokens();
    let mut found: Vec<(usize, usize, PersonName, Option<(Role, (usize, usize))>)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !is_name_word(&toks[i], i, text) {
            i += 1;
            continue;
        }
        // The run of capitalised words (with initials and hyphenated parts) starting here.
        let mut j = i;
        let mut words = 0;
        let mut org_like = false;
        while j < toks.len() {
            if is_initial(toks, j) {
                j += 2;
                continue;
            }
            let t = &toks[j];
            if j > i && !t.space_before {
                break;
            }
            if is_name_word(t, j, text) {
                org_like |= ORGANISATION_WORD_SET.contains(&t.norm);
                let len = name_word_len(toks, j);
                words += 1;
                j += len;
                // Possessive "’s" ends a name.
                if toks.get(j).is_some_and(|n| matches!(n.norm.as_str(), "'" | "'s")) || t.norm.ends_with("'s") {
                    break;
                }
            } else if t.kind == TokenKind::Word && t.capitalized && ORGANISATION_WORD_SET.contains(&t.norm) && words > 0 {
                org_like = true;
                words += 1;
                j += 1;
            } else {
                break;
            }
        }
        let run_end = j;
        // "State Ada Marr" after "Secretary of": the organisation word belongs to the role,
        // the name starts after it.
        if org_like {
            if let Some(last_org) = (i..run_end).rev().find(|&k| ORGANISATION_WORD_SET.contains(&toks[k].norm)) {
                let after = (last_org + 1..run_end).filter(|&k| toks[k].kind == TokenKind::Word).count();
                if after >= 2 {
                    i = last_org + 1;
                    continue;
                }
            }
        }
        let sentence_start = i == 0 || toks[..i].iter().all(|t| t.kind == TokenKind::Punct);
        let honorific = i > 0 && HONORIFICS.contains(&toks[i - 1].norm.as_str()) || (i > 1 && toks[i - 1].norm == "." && HONORIFICS.contains(&toks[i - 2].norm.as_str()));
        // "Secretary of State Ada Marr": organisation words before the name belong to the role.
        let followed_by_name = toks.get(run_end).is_some_and(|t| t.norm == "(") ;
        let _ = followed_by_name;
        // "in New Kelmar", "at the Northern District": after a word that places, a place. So
        // is a name before a kind of place ("the Lower Quay district").
        let placing = |k: usize| matches!(toks[k].norm.as_str(), "in" | "at" | "near" | "across" | "outside" | "inside");
        let placed = i > 0 && placing(i - 1)
            || i > 1 && toks[i - 1].norm == "the" && placing(i - 2)
            || toks.get(run_end).is_some_and(|t| !t.capitalized && PLACE_KIND_WORDS.contains(&t.norm.as_str()));
        if org_like || words > 4 || r.taken[i] || placed {
            i = run_end.max(i + 1);
            continue;
        }
        let Some(name) = name_of(r, i, run_end) else {
            i = run_end.max(i + 1);
            continue;
        };
        let single = words == 1;
        let known = single && (r.memory.resolve(&name.surname).is_some() || r.people.iter().any(|p| p.keys.iter().any(|k| names_match(k, &name.surname))));
        if single && !known && !honorific && (sentence_start || !is_title_before(toks, i)) {
            // A capitalised word alone: a place, a brand, a sentence opener; not yet a person.
            i = run_end.max(i + 1);
            continue;
        }
        let role = role_around(r, i, run_end);
        r.people.push(name.clone());
        found.push((i, run_end, name, role));
        i = run_end.max(i + 1);
    }
    for (a, b, name, role) in found {
        let single = name.keys.len() == 1 || b - a <= 1;
        // A surname alone is a fact only with a role to check ("Premier Vela").
        if single && role.is_none() {
            continue;
        }
        let (span, role) = match role {
            Some((role, span)) => (span, Some(role)),
            None => ((a, b), None),
        };
        let display = match &role {
            Some(role) => format!("{} ({})", r.words(a, b), role.text),
            None => r.words(a, b).to_string(),
        };
        r.push(FactKind::Person, (span.0.min(a), span.1.max(b)), (a, b), Value::Person(Person { name: Some(name), role }), display);
    }
    // A role named without a person names no one a reader remembers.
    if !r.remembering {
        roles_without_names(r);
    }
}

/// Is there a title word right before token `i` ("Premier Vela")?
fn is_title_before(toks: &[Token], i: usize) -> bool {
    i > 0 && TITLE_SET.contains(&toks[i - 1].norm)
}

/// The role given to the name at tokens [a, b): before it ("Secretary of State Ada Marr",
/// "a deputy assistant minister of trade, Marta J. Lind") or after it as an
/// appositive ("Oskar Veld, president of ...", "Oden, 61, a former fire chief").
fn role_around(r: &Reader, a: usize, b: usize) -> Option<(Role, (usize, usize))> {
    let toks = r.tokens();
    let text = r.text;
    // Before, directly: walk left over title words, "of", "&", organisation words, "-elect".
    let mut k = a;
    let mut has_title = false;
    let mut plain = 0;
    while k > 0 {
        let t = &toks[k - 1];
        let w = t.norm.as_str();
        let glued_dash = w == "-" && !t.space_before;
        // Lowercase words that qualify a title just named ("defense lawyer", "rugby team
        // captain", "former ... mayor"), two at most.
        let next_lower = toks.get(k).is_some_and(|n| n.kind == TokenKind::Word && !n.capitalized);
        let qualifier = has_title && plain < 2 && next_lower && t.kind == TokenKind::Word && !t.capitalized && !is_stopword(w) && !t.norm.ends_with("ed");
        let ok = is_title(w)
            || glued_dash
            || matches!(w, "of" | "&" | "/" | "and" | "for" | "u.s" | "u.s." | "elect" | "designate" | "ex" | "running" | "former" | "then" | "late" | "outgoing" | "incoming" | "acting" | "interim")
            || (t.kind == TokenKind::Word && t.capitalized && !NOT_NAME_SET.contains(w))
            || is_acronym(t, text)
            || t.repeated
            || qualifier;
        // "goalkeeper Ivo Brandt and rugby team captain Kaur Oden": another person's
        // name ends the walk.
        let after_name = w == "and" && k >= 2 && toks[k - 2].capitalized && toks[k - 2].kind == TokenKind::Word && !is_title(&toks[k - 2].norm) && !ORGANISATION_WORD_SET.contains(&toks[k - 2].norm);
        if !ok || t.norm == "," || after_name {
            break;
        }
        if qualifier && !is_title(w) {
            plain += 1;
        }
        has_title |= TITLE_SET.contains(w);
        k -= 1;
    }
    // The walk must not end on "of"/"and": "the head of Ostria's ..." belongs to another phrase.
    while k < a && matches!(toks[k].norm.as_str(), "of" | "and" | "&" | "-" | "for") {
        k += 1;
    }
    if has_title && k < a {
        if let Some(role) = parse_role(r, k, a) {
            return Some((role, (k, b)));
        }
    }
    // Before, across a comma: "a deputy assistant minister of trade, Marta J. Lind",
    // "his running mate, Ostrom Pell".
    if a >= 2 && toks[a - 1].norm == "," {
        let mut k = a - 1;
        while k > 0 {
            let t = &toks[k - 1];
            if t.kind == TokenKind::Punct && !matches!(t.norm.as_str(), "." | "-" | "/" | "&" | "'" | "'s") {
                break;
            }
            // The article that opens the role, not one inside a phrase after its title ("the
            // secretary of state at the time, Ada Marr").
            let title_after = (k..a - 1).any(|m| is_title(&toks[m].norm));
            if matches!(t.norm.as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its") && title_after {
                k -= 1;
                break;
            }
            k -= 1;
        }
        if a - 1 - k <= 10 {
            if let Some(role) = parse_role(r, k, a - 1) {
                return Some((role, (k, b)));
            }
        }
    }
    // After, as an appositive: ", [a|the] ... title ... ," up to the next comma or clause end,
    // over an age set off before it (", 61,").
    let mut b2 = b;
    if toks.get(b2).is_some_and(|t| t.norm == ",") && toks.get(b2 + 1).is_some_and(|t| t.kind == TokenKind::Number) && toks.get(b2 + 2).is_some_and(|t| t.norm == ",") {
        b2 += 2;
    }
    // Not a list going on: "Vela, 58, and his running mate" is not Vela's role.
    if toks.get(b2).is_some_and(|t| t.norm == ",") && !toks.get(b2 + 1).is_some_and(|t| matches!(t.norm.as_str(), "and" | "or" | "but" | "while" | "who" | "which")) {
        let mut e = b2 + 1;
        while e < toks.len() && !(toks[e].kind == TokenKind::Punct && matches!(toks[e].norm.as_str(), "," | ";" | ":" | "(" | ")")) && e - b2 <= 14 {
            if toks[e].kind == TokenKind::Punct && toks[e].norm == "-" && toks[e].space_before {
                break;
            }
            if matches!(toks[e].norm.as_str(), "who" | "which" | "said" | "says" | "was" | "is" | "had" | "has" | "told" | "wrote") {
                break;
            }
            e += 1;
        }
        if let Some(role) = parse_role(r, b2 + 1, e) {
            return Some((role, (a, e)));
        }
    }
    None
}

/// The side of a court case a role's words put it on.
fn side_of(words: &[&str]) -> Option<Side> {
    if let Some(&(_, side)) = SIDE_WORDS.iter().find(|(w, _)| words.contains(w)) {
        return Some(side);
    }
    // "Assistant U.S. Attorney", "district attorney": the prosecution.
    let attorney = words.iter().any(|w| *w == "attorney" || *w == "attorneys");
    (attorney && words.iter().any(|w| PUBLIC_ATTORNEY_MARKERS.contains(w))).then_some(Side::Prosecution)
}

fn is_quote_mark(t: &Token) -> bool {
    matches!(t.norm.as_str(), "\"" | "\u{201c}" | "\u{201d}" | "\u{ab}" | "\u{bb}")
}

/// A company's chief officers, named by their letters: "chief executive (officer)" and "CEO"
/// are one office ("ceo"), "chief financial officer" ("cfo") another. Other roles are kept
/// as read.
fn chief_officer(span: &[Token], h: usize, head: String, rank: Vec<String>) -> (String, Vec<String>) {
    let Some(chief) = span[..h].iter().rposition(|t| t.norm == "chief") else { return (head, rank) };
    let middle: Vec<&Token> = span[chief + 1..h].iter().filter(|t| !t.repeated).collect();
    let letters = match head.as_str() {
        "officer" if !middle.is_empty() && middle.len() <= 2 && middle.iter().all(|t| t.kind == TokenKind::Word) => middle.iter().filter_map(|t| t.norm.chars().next()).collect::<String>(),
        "executive" if middle.is_empty() => "e".to_string(),
        _ => return (head, rank),
    };
    (format!("c{letters}o"), rank.into_iter().filter(|r| r != "chief" && r != "executive").collect())
}

/// Is a title one of a company's chief officers ("ceo", "cfo", "coo")?
fn is_chief_officer(head: &str) -> bool {
    head.len() == 3 && head.starts_with('c') && head.ends_with('o')
}

/// Reads a role from tokens [a, b): its head title, rank words, organisation and whether it
/// is placed in another time.
fn parse_role(r: &Reader, a: usize, b: usize) -> Option<Role> {
    let toks = r.tokens();
    let text = r.text;
    if a >= b {
        return None;
    }
    let span = &toks[a..b];
    // The head: the first title that is not a rank word ("deputy assistant minister",
    // "President & CEO"), else the last rank word ("chief of staff").
    let mut head_idx = None;
    let mut last_rank = None;
    for (n, t) in span.iter().enumerate() {
        if t.repeated {
            continue;
        }
        if matches!(t.norm.as_str(), "of" | "to" | "for" | "at") && (head_idx.is_some() || last_rank.is_some()) {
            break;
        }
        if TITLE_SET.contains(&t.norm) && !RANK_MODIFIER_SET.contains(&t.norm) {
            head_idx = Some(n);
            break;
        }
        if RANK_MODIFIER_SET.contains(&t.norm) && TITLE_SET.contains(&t.norm) {
            last_rank = Some(n);
        }
    }
    let h = head_idx.or(last_rank)?;
    let head = span[h].norm.to_string();
    let mut rank: Vec<String> = span[..h].iter().filter(|t| !t.repeated && RANK_MODIFIER_SET.contains(&t.norm) && t.norm != head).map(|t| t.norm.to_string()).collect();
    // "Vice-President": the rank glued by a hyphen.
    rank.sort_unstable();
    rank.dedup();
    let (head, rank) = chief_officer(span, h, head, rank);
    let mut organisation: Vec<String> = Vec::new();
    let add_org = |organisation: &mut Vec<String>, toks: &[Token]| {
        let caps: Vec<&Token> = toks.iter().filter(|t| t.kind == TokenKind::Word && !t.repeated && !matches!(t.norm.as_str(), "a" | "an" | "the" | "and" | "of")).collect();
        let initials: String = caps.iter().filter(|t| t.capitalized).filter_map(|t| t.norm.chars().next()).collect();
        if initials.len() >= 2 {
            organisation.push(initials);
        }
        for t in caps {
            if (is_acronym(t, text) || t.capitalized || !is_stopword(&t.norm)) && !TITLE_SET.contains(&t.norm) && !TEMPORAL_MARKERS.contains(&t.norm.as_str()) {
                organisation.push(if is_acronym(t, text) { t.norm.to_string() } else { proper_key(&t.norm) });
            }
        }
    };
    let before: Vec<Token> = span[..h].iter().filter(|t| !RANK_MODIFIER_SET.contains(&t.norm) && (t.capitalized || is_acronym(t, text))).cloned().collect();
    // Acronyms written with a slash ("NOR/LS") are one organisation: join their letters.
    let acronym: String = before.iter().filter(|t| is_acronym(t, text)).map(|t| t.norm.clone()).collect();
    if acronym.len() >= 2 {
        organisation.push(acronym);
    }
    add_org(&mut organisation, &before);
    if let Some(of) = span[h..].iter().position(|t| matches!(t.norm.as_str(), "of" | "to" | "at" | "for")) {
        let after: Vec<Token> = span[h + of + 1..].to_vec();
        let joined: String = after.iter().filter(|t| t.capitalized && t.kind == TokenKind::Word).filter_map(|t| t.norm.chars().next()).collect();
        if joined.len() >= 2 {
            organisation.push(joined);
        }
        add_org(&mut organisation, &after);
    }
    // "his running mate": the role belongs to the person the pronoun points to.
    if span.iter().any(|t| matches!(t.norm.as_str(), "his" | "her")) || (a > 0 && matches!(toks[a - 1].norm.as_str(), "his" | "her")) {
        let owner = r.people.last().cloned().or_else(|| r.memory.antecedent().cloned());
        if let Some(owner) = owner {
            organisation.push(owner.surname.clone());
        }
    }
    organisation.sort_unstable();
    organisation.dedup();
    // The words of the clause outside any quotation: "'a once-in-a-generation chance,' said
    // chief executive X" places no role in another time.
    let clause_words: Vec<&str> = {
        let (ca, cb) = r.sentence.clause_range(a);
        let mut quoted = toks[..ca].iter().filter(|t| is_quote_mark(t)).count() % 2 == 1;
        toks[ca..cb]
            .iter()
            .filter(|t| {
                if is_quote_mark(t) {
                    quoted = !quoted;
                }
                !quoted
            })
            .map(|t| t.norm.as_str())
            .collect()
    };
    let words: Vec<&str> = span.iter().map(|t| t.norm.as_str()).collect();
    let before_word = a.checked_sub(1).map(|k| toks[k].norm.as_str());
    let temporal = words.iter().any(|w| TEMPORAL_MARKERS.contains(w))
        || before_word.is_some_and(|w| matches!(w, "former" | "then" | "ex" | "late" | "outgoing" | "incoming" | "future"))
        || clause_words.iter().any(|w| matches!(*w, "former" | "then" | "during" | "previously" | "once" | "ex"))
        || clause_words.windows(3).any(|w| w == ["at", "the", "time"]);
    let mut side_words = words.clone();
    if let Some(w) = before_word {
        side_words.push(w);
    }
    let side = side_of(&side_words);
    // The role's words as written, spaced as written ("the founder's grandson", "Vice-President").
    let mut shown = String::new();
    for t in span.iter().filter(|t| !t.repeated && !matches!(t.norm.as_str(), "a" | "an" | "the")) {
        if !shown.is_empty() && t.space_before {
            shown.push(' ');
        }
        shown.push_str(t.span.slice(text));
    }
    Some(Role { head, rank, organisation, temporal, side, text: shown })
}

/// Roles named without a person: "the chief of the harbour police", "the mayor of the town".
/// Only a role that names its organisation is a fact: "the president" alone says too little.
fn roles_without_names(r: &mut Reader) {
    let text = r.text;
    let toks = r.tokens();
    let taken: Vec<(usize, usize)> = r.facts.iter().filter(|f| f.kind == FactKind::Person).map(|f| f.tokens).collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < toks.len() {
        let t = &toks[i];
        let free = !taken.iter().any(|&(a, b)| i >= a && i < b);
        if !(free && t.kind == TokenKind::Word && TITLE_SET.contains(&t.norm) && !t.repeated) {
            i += 1;
            continue;
        }
        let mut a = i;
        while a > 0 {
            let p = &toks[a - 1];
            let org_like = p.kind == TokenKind::Word && (p.capitalized || is_acronym(p, text) || is_title(&p.norm)) && !taken.iter().any(|&(x, y)| a > x && a - 1 < y);
            if org_like {
                a -= 1;
            } else {
                break;
            }
        }
        // "his head", "her lawyer": a relation to someone, not an office named.
        if a > 0 && matches!(toks[a - 1].norm.as_str(), "its" | "his" | "her" | "their" | "my" | "our" | "your") {
            i += 1;
            continue;
        }
        let with_article = a > 0 && matches!(toks[a - 1].norm.as_str(), "the" | "a" | "an");
        let mut b = i + 1;
        let continues = toks.get(b).is_some_and(|n| matches!(n.norm.as_str(), "of" | "for" | "at" | "to"));
        while continues
            && b < toks.len()
            && b - i <= 8
            && !(toks[b].kind == TokenKind::Punct && toks[b].norm != "/" && toks[b].norm != "-")
            && !matches!(toks[b].norm.as_str(), "who" | "which" | "that" | "said" | "says" | "and" | "was" | "is" | "has" | "had")
            && !is_verb_after_role(toks, b)
            && !taken.iter().any(|&(x, _)| b == x)
        {
            b += 1;
        }
        let Some(role) = parse_role(r, a, b) else {
            i += 1;
            continue;
        };
        if role.organisation.is_empty() {
            i = b;
            continue;
        }
        let start = if with_article { a - 1 } else { a };
        out.push((start, a, b, role));
        i = b;
    }
    for (start, a, b, role) in out {
        let display = role.text.clone();
        r.push(FactKind::Person, (start, b), (a, b), Value::Person(Person { name: None, role: Some(role) }), display);
    }
}

/// Does the role phrase end at token `b` because a verb starts there ("the minister of Trade
/// visited ...")? A past form or an auxiliary in lower case, not glued to a hyphen
/// ("state-owned").
fn is_verb_after_role(toks: &[Token], b: usize) -> bool {
    let t = &toks[b];
    let glued = b > 0 && toks[b - 1].norm == "-";
    t.kind == TokenKind::Word && !t.capitalized && !glued && (t.norm.ends_with("ed") || IRREGULAR_PAST_SET.contains(&t.norm) || AUXILIARY_SET.contains(&t.norm))
}

fn synonyms(a: &str, b: &str) -> bool {
    a == b || TITLE_SYNONYMS.iter().any(|group| group.contains(&a) && group.contains(&b))
}

fn orgs_overlap(x: &Role, y: &Role) -> bool {
    x.organisation.iter().any(|k| y.organisation.iter().any(|m| k.len() >= 2 && names_match(k, m)))
}

/// Offices bound to a place, a person or a portfolio: "mayor of Westport", "running mate of
/// X", "Transport Minister". Two of them for one person with two different places, persons or
/// portfolios cannot both be meant.
const BOUND_OFFICES: &[&str] = &["mayor", "governor", "mate", "councillor", "sheriff", "premier", "minister"];

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Person(a), Value::Person(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    match (&a.name, &b.name) {
        (Some(x), Some(y)) if same_person(x, y) => compare_roles(p, a.role.as_ref(), b.role.as_ref()),
        (Some(nx), Some(ny)) => {
            // The same office at the same rank, held now by two fully named people, one person
            // at a time: they cannot both hold it.
            let (x, y) = (a.role.as_ref()?, b.role.as_ref()?);
            let same_title = synonyms(&x.head, &y.head) && x.rank == y.rank;
            let single = (SINGLE_HOLDER_TITLES.contains(&x.head.as_str()) && x.rank.is_empty()) || x.rank.iter().any(|r| r == "chief" || r == "head");
            if !(nx.is_full() && ny.is_full() && same_title && single && !x.temporal && !y.temporal) {
                return None;
            }
            // Of the same organisation: two holders.
            if !x.organisation.is_empty() && !y.organisation.is_empty() && orgs_overlap(x, y) {
                return p.contradict("person.office_holder", 0.8);
            }
            // One surname, no organisation on either side ("Chief executive Ana Kelby", "CEO
            // Ines Kelby"): one person, whose given name one side has wrong. Two people of one
            // family hold two offices, or one office at two times.
            let unplaced = x.organisation.is_empty() && y.organisation.is_empty();
            (unplaced && names_match(&nx.surname, &ny.surname)).then(|| p.contradict("person.other_given_name", 0.8)).flatten()
        }
        (None, _) => {
            // A role without a name is supported by the same office in a source, held by
            // anyone or no one named; it never conflicts (who holds it is not said).
            let (x, y) = (a.role.as_ref()?, b.role.as_ref()?);
            // At the same rank: a deputy minister is not the minister.
            (synonyms(&x.head, &y.head) && x.rank == y.rank && orgs_overlap(x, y)).then(|| p.support("person.same_office", 0.8)).flatten()
        }
        _ => None,
    }
}

fn compare_roles(p: &Pair, ra: Option<&Role>, rb: Option<&Role>) -> Option<Judged> {
    let (x, y) = match (ra, rb) {
        (None, _) => return p.support("person.named", 0.5),
        // A mention without a role says nothing about the article's role for them.
        (Some(_), None) => return None,
        (Some(x), Some(y)) => (x, y),
    };
    if let (Some(sx), Some(sy)) = (x.side, y.side) {
        if sx != sy {
            return p.contradict("person.other_side", 1.0);
        }
    }
    let now = !x.temporal && !y.temporal;
    // "prosecutor" and "Assistant U.S. Attorney": one side, one role in other words.
    if x.side.is_some() && x.side == y.side && x.side != Some(Side::Bench) && !synonyms(&x.head, &y.head) {
        return p.support("person.same_role", 0.8);
    }
    if synonyms(&x.head, &y.head) {
        if x.rank != y.rank && now && (x.organisation.is_empty() || y.organisation.is_empty() || orgs_overlap(x, y)) {
            return p.contradict("person.other_rank", 1.0);
        }
        let bound = BOUND_OFFICES.contains(&x.head.as_str());
        if bound && !x.organisation.is_empty() && !y.organisation.is_empty() && !orgs_overlap(x, y) && x.temporal == y.temporal {
            return p.contradict("person.other_organisation", 1.0);
        }
        return p.support("person.same_role", 1.0);
    }
    // A company's chief executive is not its chief financial officer.
    if now && is_chief_officer(&x.head) && is_chief_officer(&y.head) && (x.organisation.is_empty() || y.organisation.is_empty() || orgs_overlap(x, y)) {
        return p.contradict("person.other_office", 1.0);
    }
    // The premier is not one of the ministers at the same time.
    let top = |r: &Role| TOP_OFFICES.contains(&r.head.as_str()) && r.rank.is_empty();
    let sub = |r: &Role| SUBORDINATE_OFFICES.contains(&r.head.as_str());
    if now && (top(x) && sub(y) || sub(x) && top(y)) {
        return p.contradict("person.other_office", 1.0);
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::analyse::analyse;
    use crate::kinds::Value;
    use crate::testing::{checked_in, verdict_in};
    use crate::Verdict;

    fn people(text: &str) -> Vec<(String, Option<(String, Vec<String>, Vec<String>)>)> {
        analyse(text)
            .sentences
            .iter()
            .flat_map(|s| s.facts.iter())
            .filter_map(|f| match &f.value {
                Value::Person(p) if p.name.is_some() => Some((f.span.slice(text).to_string(), p.role.as_ref().map(|r| (r.head.clone(), r.rank.clone(), r.organisation.clone())))),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn an_office_holder_given_another_first_name_is_a_conflict() {
        let corpus = ["Chief executive Ines Kelby told analysts the company would cut jobs at its plants."];
        let other = checked_in(&corpus, "CEO Ana Kelby said the company would cut jobs.", "Ana Kelby");
        assert_eq!((other.verdict, other.evidence[0].source_value.as_str()), (Verdict::Conflict, "Chief executive Ines Kelby"));
        assert_eq!(verdict_in(&corpus, "CEO Ines Kelby said the company would cut jobs.", "Ines Kelby"), Verdict::Agree);
        // Each of two organisations may have its own chief executive; a former one is another time.
        let two = ["Skyline Motors chief executive Ines Kelby told analysts the company would cut jobs at its plants."];
        assert_eq!(verdict_in(&two, "Brant Air chief executive Ana Kelby said the company would cut jobs.", "Ana Kelby"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Former chief executive Ana Kelby said the company would cut jobs.", "Ana Kelby"), Verdict::NotFound);
    }

    /// "the secretary of state at the time, Ada Marr": the role is hers, so the office's
    /// holder named in a source (someone else, now) does not support it.
    #[test]
    fn a_role_before_a_name_with_a_phrase_of_time_is_that_persons() {
        let corpus = ["Secretary of State Ivo Brant visited Korvo on Monday."];
        let other = "In 2005, the secretary of state at the time, Ada Marr, denounced the plan.";
        assert_eq!(verdict_in(&corpus, other, "secretary of state at the time"), Verdict::NotFound);
        let same = "In 2005, the secretary of state at the time, Ivo Brant, denounced the plan.";
        assert_eq!(verdict_in(&corpus, same, "secretary of state at the time"), Verdict::Agree);
    }

    /// A role given without a name is the office only at the same rank, and its words end
    /// where a verb starts ("the secretary of State visited ...").
    #[test]
    fn a_deputy_is_not_the_office_he_deputises_for() {
        let corpus = ["Secretary of State Ivo Brant visited Korvo on Monday."];
        assert_eq!(verdict_in(&corpus, "The deputy secretary of State visited Korvo on Monday.", "deputy secretary of State"), Verdict::NotFound);
        let office = checked_in(&corpus, "The secretary of State visited Korvo on Monday.", "secretary of State");
        assert_eq!((office.verdict, office.text.as_str()), (Verdict::Agree, "The secretary of State"));
    }

    #[test]
    fn role_before_a_name() {
        let p = people("The report thanks Secretary of State Ada Marr for it.");
        assert_eq!(p[0].0, "Secretary of State Ada Marr");
        assert_eq!(p[0].1.as_ref().map(|r| r.0.as_str()), Some("secretary"));
    }

    #[test]
    fn role_in_an_appositive_with_its_organisation() {
        let p = people("As noted by Ana Lupo, president of Northern Open Radio/Lake Service, talks went on.");
        let (head, _, org) = p[0].1.clone().expect("role");
        assert_eq!(head, "president");
        assert!(org.contains(&"norls".to_string()), "{org:?}");
    }

    #[test]
    fn repeated_words_do_not_change_the_rank() {
        let p = people("Oskar J. Lund, assistant assistant director of trade, went.");
        let (head, rank, _) = p[0].1.clone().expect("role");
        assert_eq!((head.as_str(), rank), ("director", vec!["assistant".to_string()]));
    }

    #[test]
    fn a_name_written_family_name_first_keeps_its_family_name() {
        let a = analyse("Deputy Premier Vela Min-to won. Vela thanked voters.");
        let names: Vec<String> = a.sentences.iter().flat_map(|s| s.people.iter().map(|p| p.surname.clone())).collect();
        assert!(names.len() >= 2 && names.iter().all(|n| n == &names[0]), "{names:?}");
    }

    #[test]
    fn one_office_two_holders_conflict() {
        let corpus = ["Anna Kowal, director of the Kelby Shipping Authority, signed the deal."];
        assert_eq!(verdict_in(&corpus, "Kelby Shipping Authority director Anna Brenner signed the deal.", "Kelby Shipping Authority director Anna Brenner"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Kelby Shipping Authority director Anna Kowal signed the deal.", "Kelby Shipping Authority director Anna Kowal"), Verdict::Agree);
    }

    #[test]
    fn a_given_name_that_only_shares_its_first_letter_is_another_person() {
        let corpus = ["Kurt Olsen, chief executive of Skyline Motors, told analysts on Tuesday that jobs would go."];
        // Two people in an office one person holds at a time.
        assert_eq!(verdict_in(&corpus, "Karl Olsen, chief executive of Skyline Motors, told analysts that jobs would go.", "Karl Olsen"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Kurt Olsen, chief executive of Skyline Motors, told analysts that jobs would go.", "Kurt Olsen"), Verdict::Agree);
        // A given name romanised two ways is one name.
        let corpus = ["Olha Kovalenko, chief executive of Skyline Motors, told analysts on Tuesday that jobs would go."];
        assert_eq!(verdict_in(&corpus, "Olga Kovalenko, chief executive of Skyline Motors, said jobs would go.", "Olga Kovalenko"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Oksana Kovalenko, chief executive of Skyline Motors, said jobs would go.", "Oksana Kovalenko"), Verdict::Conflict);
    }

    #[test]
    fn a_given_name_and_its_form_in_a_are_two_people() {
        let corpus = ["Health Minister Petra Hale told parliament on Monday that the campaign had cost more than planned."];
        assert_eq!(verdict_in(&corpus, "Health Minister Peter Hale said the campaign had cost more than planned.", "Peter Hale"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Health Minister Petra Hale said the campaign had cost more than planned.", "Petra Hale"), Verdict::Agree);
    }

    #[test]
    fn a_former_holder_is_no_conflict() {
        // The twin above conflicts; here the source's director held the office before.
        let corpus = ["Former director Piet Laar of the Kelby Shipping Authority signed the deal in 2019."];
        assert_eq!(verdict_in(&corpus, "Kelby Shipping Authority director Anna Brenner signed the deal.", "Kelby Shipping Authority director Anna Brenner"), Verdict::NotFound);
    }

    #[test]
    fn a_different_rank_for_the_same_person_conflicts() {
        let corpus = ["Marta Lind, a deputy assistant minister of trade, arrived."];
        assert_eq!(verdict_in(&corpus, "Marta Lind, a deputy minister of trade, arrived.", "Marta Lind, a deputy minister of trade"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Marta Lind, a deputy assistant minister of trade, arrived on Monday.", "Marta Lind, a deputy assistant minister of trade"), Verdict::Agree);
    }

    #[test]
    fn offices_with_many_holders_do_not_conflict() {
        let corpus = ["Marta Lind, a deputy assistant minister of trade, arrived."];
        assert_eq!(verdict_in(&corpus, "Oskar Veld, a deputy assistant minister of trade, arrived.", "Oskar Veld, a deputy assistant minister of trade"), Verdict::NotFound);
    }

    #[test]
    fn the_other_side_of_a_case_conflicts() {
        let corpus = ["Later, Assistant U.S. Attorney Nora Vance cross-examined the witness."];
        assert_eq!(verdict_in(&corpus, "The witness was questioned by defense lawyer Nora Vance.", "defense lawyer Nora Vance"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "The witness was questioned by prosecutor Nora Vance.", "prosecutor Nora Vance"), Verdict::Agree);
    }

    #[test]
    fn a_minister_is_not_the_premier() {
        let corpus = ["Interior Minister Petra Ilves posted on her blog that crews hoped to reach the village."];
        assert_eq!(verdict_in(&corpus, "Premier Petra Ilves posted on her blog.", "Premier Petra Ilves"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Interior Minister Petra Ilves posted on her blog.", "Interior Minister Petra Ilves"), Verdict::Agree);
        // A chancellor may be the finance minister: no conflict, where a premier's twin above is one.
        let corpus = ["The growth forecast was a blow for finance minister Petra Ilves, who is seeking to speed up the economy."];
        assert_ne!(verdict_in(&corpus, "Chancellor Petra Ilves is seeking to speed up the economy.", "Chancellor Petra Ilves"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Premier Petra Ilves is seeking to speed up the economy.", "Premier Petra Ilves"), Verdict::Conflict);
    }

    #[test]
    fn a_title_before_and_after_an_election_is_no_conflict() {
        let corpus = ["President-elect Mira Holt will take office next month."];
        assert_eq!(verdict_in(&corpus, "Vice President Mira Holt won the election.", "Vice President Mira Holt"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Senator Mira Holt won the election.", "Senator Mira Holt"), Verdict::NotFound);
    }

    #[test]
    fn the_running_mate_of_another_candidate_conflicts() {
        let corpus = ["The ticket beat Ivo Marek of the Crimson Party and his running mate Tomas Ruzicka, who took 3.9 million votes."];
        assert_eq!(verdict_in(&corpus, "Mira Holt and her running mate, Tomas Ruzicka, won 4.2 million votes.", "her running mate, Tomas Ruzicka"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Ivo Marek and his running mate, Tomas Ruzicka, won 3.9 million votes.", "his running mate, Tomas Ruzicka"), Verdict::Agree);
    }

    #[test]
    fn the_mayor_of_another_city_conflicts() {
        let corpus = ["The result beat that of former Westport mayor Dara Quist of the Azure Party in 2019."];
        assert_eq!(verdict_in(&corpus, "In 2019, former Eastbay mayor Dara Quist lost the race.", "former Eastbay mayor Dara Quist"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "In 2019, former Westport mayor Dara Quist lost the race.", "former Westport mayor Dara Quist"), Verdict::Agree);
    }

    #[test]
    fn a_chief_executive_is_not_the_chief_financial_officer() {
        let corpus = ["Marlow Foods chief executive Ines Varga told reporters on Monday."];
        assert_eq!(verdict_in(&corpus, "Marlow Foods chief financial officer Ines Varga spoke to reporters.", "Ines Varga"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Marlow Foods Chief Operating Officer Ines Varga spoke to reporters.", "Ines Varga"), Verdict::Conflict);
        // Twins: the same office in other words.
        assert_eq!(verdict_in(&corpus, "Marlow Foods CEO Ines Varga spoke to reporters.", "Ines Varga"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Marlow Foods Chief Executive Officer Ines Varga spoke to reporters.", "Ines Varga"), Verdict::Agree);
    }

    #[test]
    fn a_word_inside_a_quotation_does_not_place_a_role_in_another_time() {
        // "once" in the quotation is no "once a minister".
        let corpus = ["\"It is a once-in-a-lifetime chance,\" Marlow Foods chief executive Ines Varga said."];
        assert_eq!(verdict_in(&corpus, "\"It is a once-in-a-lifetime chance,\" said Marlow Foods chief financial officer Ines Varga.", "Ines Varga"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "\"It is a once-in-a-lifetime chance,\" said Marlow Foods chief executive Ines Varga.", "Ines Varga"), Verdict::Agree);
    }

    #[test]
    fn a_role_is_shown_spaced_as_written() {
        let shown: Vec<String> = analyse("Ada Marr, head of Ostria's survey office, said so.").sentences.iter().flat_map(|s| s.facts.iter().map(|f| f.display.clone())).collect();
        assert!(shown.contains(&"Ada Marr (head of Ostria's survey office)".to_string()), "{shown:?}");
    }

    #[test]
    fn a_minister_of_another_portfolio_holds_another_office() {
        let corpus = ["Transport Minister Ivo Sarn said a faulty switch was the likely cause.", "Defence Minister Ana Lupo said the talks went well."];
        assert_eq!(verdict_in(&corpus, "Interior Minister Ivo Sarn said a faulty switch was the likely cause of the crash.", "Ivo Sarn"), Verdict::Conflict);
        // Twins: the same portfolio in other words or spellings.
        assert_eq!(verdict_in(&corpus, "Ivo Sarn, the minister of transport, said a faulty switch was the likely cause of the crash.", "Ivo Sarn"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Defense Minister Ana Lupo said the talks had gone well.", "Ana Lupo"), Verdict::Agree);
    }
}
