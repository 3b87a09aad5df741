//! People, their roles, organisations and places: "RFE/RL President & CEO Stephen Capus",
//! "Christopher W. Smith, a U.S. deputy assistant secretary of state", "Minsk Automobile
//! Plant", "in Vilnius". Names become keys that survive transliteration; roles become a head
//! title, its rank words and the organisation it belongs to.

use super::terms::proper_key;
use super::vocab::*;
use super::{clause_of, span_of, Extracted, PersonName, Role, Sentence, Value};
use crate::report::FactKind;
use crate::segment::{Token, TokenKind};

fn is_title(w: &str) -> bool {
    TITLE_SET.contains(w) || RANK_MODIFIER_SET.contains(w)
}

fn is_org_word(w: &str) -> bool {
    ORGANISATION_WORD_SET.contains(w)
}

/// An all-capitals token of two letters or more ("KGB", "RFE"): an acronym, not a name.
fn is_acronym(t: &Token, text: &str) -> bool {
    let raw = t.span.slice(text);
    raw.chars().filter(|c| c.is_alphabetic()).count() >= 2 && raw.chars().all(|c| !c.is_lowercase())
}

/// A capitalised word that may be part of a name.
fn is_name_word(t: &Token, i: usize, text: &str) -> bool {
    t.kind == TokenKind::Word
        && t.capitalized
        && !t.repeated
        && !is_acronym(t, text)
        && !NOT_NAME_SET.contains(&t.norm)
        && !is_title(&t.norm)
        && !MONTHS.iter().any(|(m, _)| *m == t.norm)
        && !WEEKDAYS.contains(&t.norm.as_str())
        && (i > 0 || t.norm.len() > 1)
}

/// An initial: one capital letter followed by a full stop ("W.").
fn is_initial(toks: &[Token], i: usize) -> bool {
    toks[i].kind == TokenKind::Word
        && toks[i].capitalized
        && toks[i].norm.chars().count() == 1
        && toks.get(i + 1).is_some_and(|n| n.norm == "." && !n.space_before)
}

pub fn extract(text: &str, s: &Sentence, facts: &mut Vec<Extracted>) {
    let toks = &s.tokens;
    let mut i = 0;
    while i < toks.len() {
        if !is_name_word(&toks[i], i, text) {
            i += 1;
            continue;
        }
        // The run of capitalised words (with initials) starting here.
        let mut j = i;
        let mut words: Vec<usize> = Vec::new();
        while j < toks.len() {
            if is_initial(toks, j) {
                j += 2;
                continue;
            }
            let t = &toks[j];
            if j > i && !t.space_before {
                break;
            }
            // Possessive "’s" ends a name.
            if is_name_word(t, j, text) || (t.kind == TokenKind::Word && t.capitalized && is_org_word(&t.norm) && !words.is_empty()) {
                words.push(j);
                j += 1;
                if toks.get(j).is_some_and(|n| matches!(n.norm.as_str(), "'" | "'s")) {
                    break;
                }
            } else {
                break;
            }
        }
        let run_end = j;
        if words.is_empty() {
            i += 1;
            continue;
        }
        // "Secretary of State Marco Rubio": the organisation word belongs to the role, the
        // name starts after it.
        if let Some(p) = words.iter().rposition(|&w| is_org_word(&toks[w].norm)) {
            if p + 1 < words.len() && words.len() - p > 2 {
                i = words[p + 1];
                continue;
            }
        }
        let org_like = words.iter().any(|&w| is_org_word(&toks[w].norm));
        let sentence_start = i == 0 || toks[..i].iter().all(|t| t.kind == TokenKind::Punct);
        let honorific = i > 0 && HONORIFICS.contains(&toks[i - 1].norm.as_str())
            || (i > 1 && toks[i - 1].norm == "." && HONORIFICS.contains(&toks[i - 2].norm.as_str()));
        if !org_like && (words.len() >= 2 || honorific) && words.len() <= 4 {
            let name = PersonName {
                given: words[..words.len() - 1].iter().map(|&w| proper_key(&toks[w].norm)).collect(),
                surname: proper_key(&toks[*words.last().unwrap_or(&i)].norm),
            };
            let (role, role_span) = role_around(text, s, i, run_end);
            let (a, b) = role_span.unwrap_or((i, run_end));
            let name_text: Vec<&str> = words.iter().map(|&w| toks[w].span.slice(text)).collect();
            let display = match &role {
                Some(r) => format!("{} ({})", name_text.join(" "), r.text),
                None => name_text.join(" "),
            };
            facts.push(Extracted {
                terms: Default::default(),
                span: span_of(s, a.min(i), b.max(run_end)),
                kind: FactKind::Person,
                value: Value::Person { name, role },
                tokens: (a.min(i), b.max(run_end)),
                core: (i, run_end),
                clause: clause_of(s, i),
                display,
            });
        } else if words.len() >= 2 || (org_like && !sentence_start) {
            let keys: Vec<String> = words.iter().map(|&w| proper_key(&toks[w].norm)).collect();
            let name_text: Vec<&str> = words.iter().map(|&w| toks[w].span.slice(text)).collect();
            facts.push(Extracted {
                terms: Default::default(),
                span: span_of(s, i, run_end),
                kind: FactKind::Place,
                value: Value::Entity { keys },
                tokens: (i, run_end),
                core: (i, run_end),
                clause: clause_of(s, i),
                display: name_text.join(" "),
            });
        } else if words.len() == 1 && i > 0 && matches!(toks[i - 1].norm.as_str(), "in" | "to" | "from") && !sentence_start {
            // "in Vilnius": where something happened.
            let keys = vec![proper_key(&toks[i].norm)];
            facts.push(Extracted {
                terms: Default::default(),
                span: span_of(s, i - 1, run_end),
                kind: FactKind::Place,
                value: Value::Place { keys },
                tokens: (i - 1, run_end),
                core: (i, run_end),
                clause: clause_of(s, i),
                display: toks[i].span.slice(text).to_string(),
            });
        }
        i = run_end.max(i + 1);
    }
    roles_without_names(text, s, facts);
}

/// The role given to the name at tokens [a, b): before it ("Secretary of State Marco Rubio",
/// "a U.S. deputy assistant secretary of state, Christopher W. Smith") or after it as an
/// appositive ("Stephen Kaplan, president of Radio Free Europe/Radio Liberty").
fn role_around(text: &str, s: &Sentence, a: usize, b: usize) -> (Option<Role>, Option<(usize, usize)>) {
    let toks = &s.tokens;
    // Before, directly: walk left over title words, "of", "&", organisation words.
    let mut k = a;
    let mut has_title = false;
    while k > 0 {
        let t = &toks[k - 1];
        let w = t.norm.as_str();
        let ok = is_title(w)
            || matches!(w, "of" | "&" | "/" | "and" | "for" | "u.s" | "u.s.")
            || (t.kind == TokenKind::Word && t.capitalized && !NOT_NAMES.contains(&w))
            || is_acronym(t, text)
            || t.repeated;
        if !ok || (t.norm == "," ) {
            break;
        }
        has_title |= TITLES.contains(&w);
        k -= 1;
    }
    if has_title && k < a {
        if let Some(role) = parse_role(text, s, k, a) {
            return (Some(role), Some((k, b)));
        }
    }
    // Before, across a comma: "a U.S. deputy assistant secretary of state, Christopher W. Smith".
    if a >= 2 && toks[a - 1].norm == "," {
        let mut k = a - 1;
        while k > 0 {
            let t = &toks[k - 1];
            if t.kind == TokenKind::Punct && !matches!(t.norm.as_str(), "." | "-" | "/" | "&") {
                break;
            }
            if matches!(t.norm.as_str(), "a" | "an" | "the") {
                k -= 1;
                break;
            }
            k -= 1;
        }
        if a - 1 - k <= 10 {
            if let Some(role) = parse_role(text, s, k, a - 1) {
                return (Some(role), Some((k, b)));
            }
        }
    }
    // After, as an appositive: ", [a|the] ... title ... ," up to the next comma or clause end.
    if toks.get(b).is_some_and(|t| t.norm == ",") {
        let mut e = b + 1;
        while e < toks.len() && !(toks[e].kind == TokenKind::Punct && matches!(toks[e].norm.as_str(), "," | ";" | ":" | "(" | ")")) && e - b <= 14 {
            if toks[e].kind == TokenKind::Punct && toks[e].norm == "-" && toks[e].space_before {
                break;
            }
            if matches!(toks[e].norm.as_str(), "who" | "which" | "said" | "says" | "was" | "is" | "had" | "has") {
                break;
            }
            e += 1;
        }
        if let Some(role) = parse_role(text, s, b + 1, e) {
            return (Some(role), Some((a, e)));
        }
    }
    (None, None)
}

/// Reads a role from tokens [a, b): its head title, rank words, organisation and whether it
/// is placed in another time.
fn parse_role(text: &str, s: &Sentence, a: usize, b: usize) -> Option<Role> {
    let toks = &s.tokens;
    if a >= b {
        return None;
    }
    let span = &toks[a..b];
    // The head: the last proper title (not a rank word alone) before "of"/"to"/"for".
    // The head: the first title that is not a rank word ("deputy assistant secretary",
    // "President & CEO"), else the last rank word ("chief of staff").
    let mut head_idx = None;
    let mut last_rank = None;
    for (n, t) in span.iter().enumerate() {
        if t.repeated {
            continue;
        }
        if matches!(t.norm.as_str(), "of" | "to" | "for") && (head_idx.is_some() || last_rank.is_some()) {
            break;
        }
        if TITLES.contains(&t.norm.as_str()) && !RANK_MODIFIERS.contains(&t.norm.as_str()) {
            head_idx = Some(n);
            break;
        }
        if RANK_MODIFIERS.contains(&t.norm.as_str()) && TITLES.contains(&t.norm.as_str()) {
            last_rank = Some(n);
        }
    }
    let h = head_idx.or(last_rank)?;
    let head = span[h].norm.to_string();
    let mut rank: Vec<String> = span[..h]
        .iter()
        .filter(|t| !t.repeated && RANK_MODIFIERS.contains(&t.norm.as_str()) && t.norm != head)
        .map(|t| t.norm.to_string())
        .collect();
    rank.sort();
    rank.dedup();
    // The organisation: capitalised words and acronyms before the title, and the words after
    // "of" / "to" / "at".
    let mut organisation: Vec<String> = Vec::new();
    let add_org = |organisation: &mut Vec<String>, toks: &[Token]| {
        let caps: Vec<&Token> = toks.iter().filter(|t| t.kind == TokenKind::Word && !t.repeated && !matches!(t.norm.as_str(), "a" | "an" | "the" | "and" | "of")).collect();
        let initials: String = caps.iter().filter(|t| t.capitalized).filter_map(|t| t.norm.chars().next()).collect();
        if initials.len() >= 2 {
            organisation.push(initials);
        }
        for t in caps {
            if (is_acronym(t, text) || t.capitalized || !super::terms::is_stopword(&t.norm))
                && !TITLES.contains(&t.norm.as_str()) {
                    organisation.push(if is_acronym(t, text) { t.norm.to_string() } else { proper_key(&t.norm) });
                }
        }
    };
    let before: Vec<Token> = span[..h].iter().filter(|t| !RANK_MODIFIERS.contains(&t.norm.as_str()) && (t.capitalized || is_acronym(t, text))).cloned().collect();
    // Acronyms written with a slash ("RFE/RL") are one organisation: join their letters.
    let acronym: String = before.iter().filter(|t| is_acronym(t, text)).map(|t| t.norm.clone()).collect();
    if acronym.len() >= 2 {
        organisation.push(acronym);
    }
    add_org(&mut organisation, &before);
    if let Some(of) = span[h..].iter().position(|t| matches!(t.norm.as_str(), "of" | "to" | "at")) {
        let after: Vec<Token> = span[h + of + 1..].to_vec();
        let joined: String = after.iter().filter(|t| t.capitalized && t.kind == TokenKind::Word).filter_map(|t| t.norm.chars().next()).collect();
        if joined.len() >= 2 {
            organisation.push(joined);
        }
        add_org(&mut organisation, &after);
    }
    organisation.sort();
    organisation.dedup();
    let clause_terms: Vec<&str> = {
        let c = clause_of(s, a);
        let (ca, cb) = s.clauses.get(c).copied().unwrap_or((0, toks.len()));
        toks[ca..cb].iter().map(|t| t.norm.as_str()).collect()
    };
    let temporal = span.iter().any(|t| TEMPORAL_MARKERS.contains(&t.norm.as_str()))
        || clause_terms.iter().any(|w| matches!(*w, "former" | "then" | "during" | "previously" | "once"))
        || clause_terms.windows(3).any(|w| w == ["at", "the", "time"]);
    let words: Vec<&str> = span.iter().filter(|t| !t.repeated && !matches!(t.norm.as_str(), "a" | "an" | "the")).map(|t| t.span.slice(text)).collect();
    Some(Role { head, rank, organisation, temporal, text: words.join(" ").replace(" ,", ",") })
}

/// Roles named without a person: "the chief of his apparatus KGB security", "the mayor of the
/// town". Only a role that names its organisation is a fact: "the president" alone says too
/// little to compare.
fn roles_without_names(text: &str, s: &Sentence, facts: &mut Vec<Extracted>) {
    let toks = &s.tokens;
    let taken: Vec<(usize, usize)> = facts.iter().filter(|f| matches!(f.value, Value::Person { .. })).map(|f| f.tokens).collect();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let free = !taken.iter().any(|&(a, b)| i >= a && i < b);
        if !(free && t.kind == TokenKind::Word && TITLES.contains(&t.norm.as_str()) && !t.repeated) {
            i += 1;
            continue;
        }
        // The role runs from a determiner or the organisation before the title to the end of
        // its phrase after it (a comma, a clause word, or a person).
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
        let with_article = a > 0 && matches!(toks[a - 1].norm.as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their");
        let mut b = i + 1;
        // After the title the role goes on only through "of ...", "for ...", "at ...".
        let continues = toks.get(b).is_some_and(|n| matches!(n.norm.as_str(), "of" | "for" | "at" | "to"));
        while continues
            && b < toks.len()
            && b - i <= 8
            && !(toks[b].kind == TokenKind::Punct && toks[b].norm != "/" && toks[b].norm != "-")
            && !matches!(toks[b].norm.as_str(), "who" | "which" | "that" | "said" | "says" | "and" | "was" | "is" | "has" | "had")
            && !taken.iter().any(|&(x, _)| b == x)
        {
            b += 1;
        }
        let Some(role) = parse_role(text, s, a, b) else {
            i += 1;
            continue;
        };
        if role.organisation.is_empty() {
            i = b;
            continue;
        }
        let start = if with_article { a - 1 } else { a };
        facts.push(Extracted {
            terms: Default::default(),
            span: span_of(s, start, b),
            kind: FactKind::Person,
            display: role.text.clone(),
            value: Value::Role(role),
            tokens: (start, b),
            core: (a, b),
            clause: clause_of(s, i),
        });
        i = b;
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse::{analyse, Value};

    fn people(text: &str) -> Vec<(String, Option<(String, Vec<String>, Vec<String>)>)> {
        analyse(text)
            .sentences
            .iter()
            .flat_map(|s| s.facts.iter())
            .filter_map(|f| match &f.value {
                Value::Person { role, .. } => Some((f.span.slice(text).to_string(), role.as_ref().map(|r| (r.head.clone(), r.rank.clone(), r.organisation.clone())))),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn role_before_a_name() {
        let p = people("The report thanks Secretary of State Marco Rubio for it.");
        assert_eq!(p[0].0, "Secretary of State Marco Rubio");
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
    fn acronym_organisation_before_the_title() {
        let p = people("“Good day,” NOR/LS President & CEO Ana Lupin said.");
        let (head, _, org) = p[0].1.clone().expect("role");
        assert_eq!(head, "president");
        assert!(org.contains(&"norls".to_string()), "{org:?}");
    }

    #[test]
    fn repeated_words_do_not_change_the_rank() {
        let p = people("Christopher W. Smith, deputy deputy secretary of state, went.");
        let (head, rank, _) = p[0].1.clone().expect("role");
        assert_eq!((head.as_str(), rank), ("secretary", vec!["deputy".to_string()]));
    }

    #[test]
    fn a_role_without_a_name_keeps_its_organisation() {
        let text = "He met the chief of the harbour police and left.";
        let a = analyse(text);
        let role = a.sentences[0].facts.iter().find_map(|f| match &f.value {
            Value::Role(r) => Some((f.span.slice(text).to_string(), r.head.clone())),
            _ => None,
        });
        assert_eq!(role, Some(("the chief of the harbour police".to_string(), "chief".to_string())));
    }

    #[test]
    fn a_bare_title_is_not_a_role_fact() {
        let a = analyse("The leader could have been seeking a deal.");
        assert!(!a.sentences[0].facts.iter().any(|f| matches!(f.value, Value::Role(_))));
    }
}
