//! Places: where something is or happened. "in Kelby", "in a Westport courtroom", "a
//! rally in her home town of New Kelmar", "a cave just east of the town". A place
//! conflicts with another only for the same thing placed (the same rally, the same
//! courtroom, the same cave) and only when neither name holds the other ("Kelmar" and "New
//! Kelmar City" may be one place; a city and its country are); a place given relative to
//! another ("east of the town") conflicts with the opposite direction.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::terms::{is_stopword, proper_key, stem};
use crate::analyse::Reader;
use crate::compare::{names_match, Judged, Pair};
use crate::segment::{Token, TokenKind};
use crate::tuning::TUNING;
use crate::words::concepts::{DIRECTIONS, EVENT_NAME_WORDS, PLACE_KIND_WORDS, PLACE_PART_WORD_SET, REGION_ADJECTIVES, WORLD_REGIONS};
use crate::words::function::NOT_NAME_SET;
use crate::words::roles::{ORGANISATION_WORD_SET, TITLE_SET};

pub static KIND: Kind = Kind {
    kind: FactKind::Place,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: false,
    rules: &[
        Rule { name: "place.same", meaning: "the source places the same thing in the same place (or one whose name holds the other's)" },
        Rule { name: "place.other_place", meaning: "the source places the same thing, in the same event, somewhere else" },
        Rule { name: "place.other_direction", meaning: "the source places the same thing on the other side of the same place" },
    ],
};

/// A place fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Name keys of the place ("new", "kelmar", "city"); empty for "the city" in a direction.
    pub keys: Vec<String>,
    /// What is placed there: the noun after the name ("courtroom") or before the preposition
    /// ("rally"), and the other nouns of the clause just before it ("event to greet supporters
    /// in X"), as stems.
    pub located: Vec<String>,
    /// A direction from the place ("east"), for "east of the town", or the part of it a
    /// region adjective names ("north", for "northern Ostria").
    pub direction: Option<&'static str>,
    /// The words of the place as written.
    pub text: String,
    /// What the preposition says of the place: where something is or happens ("in", "at",
    /// "near"), where it goes ("to"), or where it comes from ("from").
    pub role: Role,
}

/// What a place is to the thing placed: places of one role are compared, never "from
/// Nigeria" with "to Europe" or "in a Dragon" with "flew to the station".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    At,
    To,
    From,
}

/// The role of a placing preposition (`PLACING`).
fn role_of(preposition: &str) -> Role {
    match preposition {
        "to" | "towards" | "toward" => Role::To,
        "from" => Role::From,
        _ => Role::At,
    }
}

/// Prepositions that place something: "in", "at", "near", "outside", "from", "to".
const PLACING: &[&str] = &["in", "at", "near", "outside", "inside", "to", "from", "across", "towards", "toward"];

fn is_place_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.capitalized && !t.repeated && !NOT_NAME_SET.contains(&t.norm) && !TITLE_SET.contains(&t.norm) && !crate::words::calendar::WEEKDAYS.contains(&t.norm.as_str()) && !crate::words::calendar::MONTHS.iter().any(|(m, _)| *m == t.norm.as_str())
}

/// The content noun a place is given for: before the preposition ("a rally in X",
/// "diplomats in X", "stuck in a cave"), skipping determiners and adjectives.
fn located_before(toks: &[Token], prep: usize) -> Option<String> {
    let mut k = prep;
    while k > 0 {
        let t = &toks[k - 1];
        if t.kind != TokenKind::Word || t.capitalized {
            return None;
        }
        if !is_stopword(&t.norm) {
            return Some(stem(&t.norm));
        }
        if !matches!(t.norm.as_str(), "a" | "an" | "the" | "its" | "his" | "her" | "their") {
            return None;
        }
        k -= 1;
    }
    None
}

fn extract(r: &mut Reader) {
    let toks = r.tokens();
    let taken_people: Vec<(usize, usize)> = r.facts.iter().filter(|f| f.kind == FactKind::Person).map(|f| f.core).collect();
    let in_person = |i: usize| taken_people.iter().any(|&(a, b)| i >= a && i < b);
    let mut out: Vec<((usize, usize), (usize, usize), Place)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let w = toks[i].norm.as_str();
        if let Some(part) = part_of_place(r, i, &in_person) {
            i = part.0 .1;
            out.push(part);
            continue;
        }
        // "just east of the town", "20 km south of Marl".
        if let Some(&(_, direction)) = DIRECTIONS.iter().find(|(d, _)| *d == w) {
            // "north-west of Tarrow": the compass point written with a hyphen is one direction.
            let compound = i >= 2 && toks[i - 1].norm == "-" && !toks[i - 1].space_before && !toks[i].space_before && matches!(r.norm(i - 2), "north" | "south");
            let (first, direction) = if compound {
                let joined = format!("{}{}", r.norm(i - 2), w);
                (i - 2, DIRECTIONS.iter().find(|(d, _)| *d == joined).map_or(direction, |&(_, d)| d))
            } else {
                (i, direction)
            };
            if r.is(i + 1, "of") && !toks[first].capitalized {
                let mut j = i + 2;
                if matches!(r.norm(j), "the" | "a") {
                    j += 1;
                }
                let name_end = (j..toks.len()).take_while(|&k| is_place_word(&toks[k]) || ORGANISATION_WORD_SET.contains(&toks[k].norm) && toks[k].capitalized).count() + j;
                let (keys, end) = if name_end > j {
                    ((j..name_end).map(|k| proper_key(&toks[k].norm)).collect(), name_end)
                } else if toks.get(j).is_some_and(|t| t.kind == TokenKind::Word && !is_stopword(&t.norm)) {
                    // "the city", "the border": a place the story has named.
                    (vec![stem(&toks[j].norm)], j + 1)
                } else {
                    (Vec::new(), j)
                };
                if !keys.is_empty() {
                    let mut start = first;
                    if start > 0 && matches!(r.norm(start - 1), "just" | "slightly" | "far" | "directly" | "due") {
                        start -= 1;
                    }
                    let prep = (0..start).rev().take(3).find(|&k| PLACING.contains(&r.norm(k)));
                    let mut located: Vec<String> = prep.and_then(|p| located_before(toks, p)).or_else(|| located_before(toks, start)).into_iter().collect();
                    located.extend(nouns_before(r, prep.unwrap_or(start)));
                    let text = r.words(first, end).to_string();
                    let role = prep.map_or(Role::At, |p| role_of(r.norm(p)));
                    out.push(((start, end), (first, end), Place { keys, located, direction: Some(direction), text, role }));
                    i = end;
                    continue;
                }
            }
        }
        if !PLACING.contains(&w) {
            i += 1;
            continue;
        }
        // "in [the|a|his] [northern] Name [noun]".
        let mut j = i + 1;
        while matches!(r.norm(j), "the" | "a" | "an" | "same" | "his" | "her" | "their" | "its") {
            j += 1;
        }
        // "in northern Ostria": the part of the place the adjective names.
        let region = REGION_ADJECTIVES.iter().find(|(w, _)| *w == r.norm(j) && !toks[j].capitalized).map(|&(_, d)| d);
        let region_start = j;
        if region.is_some() {
            j += 1;
        }
        let name_start = j;
        let mut name_end = j;
        while name_end < toks.len() && (is_place_word(&toks[name_end]) || (name_end > name_start && ORGANISATION_WORD_SET.contains(&toks[name_end].norm) && toks[name_end].capitalized)) && !in_person(name_end) {
            name_end += 1;
            if toks.get(name_end).is_some_and(|t| t.norm == "'s" || t.norm == "'") {
                break;
            }
        }
        if name_end == name_start || name_end - name_start > 4 || r.taken[name_start] {
            i += 1;
            continue;
        }
        // "in the Euro 2024 final", "at the European Championship": a name with a number
        // after it, or ending in a word for an event, names an event, not a place.
        let event = toks.get(name_end).is_some_and(|t| t.kind == TokenKind::Number) || EVENT_NAME_WORDS.contains(&toks[name_end - 1].norm.as_str());
        if event {
            i = name_end;
            continue;
        }
        // The possessive "Ostria's" before another noun is not where something is.
        if toks.get(name_end).is_some_and(|t| t.norm == "'s" || t.norm == "'") {
            i = name_end;
            continue;
        }
        let keys: Vec<String> = (name_start..name_end).map(|k| proper_key(&toks[k].norm)).collect();
        // "in a Westport courtroom": the name qualifies the noun after it.
        let mut end = name_end;
        let mut located = None;
        let mut k = name_end;
        while k < toks.len() && k < name_end + 3 && toks[k].kind == TokenKind::Word && !toks[k].capitalized && !is_stopword(&toks[k].norm) {
            k += 1;
        }
        if k > name_end && region_start > i + 1 {
            located = Some(stem(&toks[k - 1].norm));
            end = k;
        }
        // "a Harbour Party rally in Kelmar", "foreign diplomats in Marl": what is placed, before it,
        // belongs to the fact's words.
        let mut start = i;
        let located_noun = located.is_none();
        if located_noun {
            located = located_before(toks, i);
            if located.is_some() {
                let mut k = i;
                while k > 0 && i - k < 4 {
                    let t = &toks[k - 1];
                    let noun_phrase = t.kind == TokenKind::Word && (!is_stopword(&t.norm) || matches!(t.norm.as_str(), "a" | "an" | "the"));
                    if !noun_phrase || r.taken[k - 1] {
                        break;
                    }
                    k -= 1;
                    if matches!(t.norm.as_str(), "a" | "an" | "the") {
                        break;
                    }
                }
                start = k;
            }
        }
        // A single capitalised word right after "to"/"from" is often not a place ("to Vela");
        // people were taken by the person kind already.
        let text = r.words(region_start, name_end).to_string();
        let mut located: Vec<String> = located.into_iter().collect();
        located.extend(nouns_before(r, i));
        out.push(((start, end), (region_start, name_end), Place { keys, located, direction: region, text, role: role_of(w) }));
        i = end.max(i + 1);
    }
    for (span, core, place) in out {
        let display = match place.direction {
            Some(_) if REGION_ADJECTIVES.iter().any(|(w, _)| place.text.starts_with(w)) || place.text.split(' ').nth(1).is_some_and(|w| PLACE_PART_WORD_SET.contains(w)) => place.text.clone(),
            Some(d) => format!("{d} of {}", place.text.trim_start_matches(|c: char| c.is_lowercase() || c == ' ')),
            None => place.text.clone(),
        };
        r.push(FactKind::Place, span, core, Value::Place(place), display);
    }
}

/// "the southern coast of Veldmark", "the north bank of the Marl", "the eastern outskirts
/// of the city": a direction (of `REGION_ADJECTIVES` or a compass point) before a part of a
/// place (`PLACE_PART_WORDS`) names that part of the place, as "northern Ostria" does.
fn part_of_place(r: &Reader, i: usize, in_person: &dyn Fn(usize) -> bool) -> Option<((usize, usize), (usize, usize), Place)> {
    let toks = r.tokens();
    let t = &toks[i];
    if t.kind != TokenKind::Word || t.capitalized {
        return None;
    }
    if !PLACE_PART_WORD_SET.contains(r.norm(i + 1)) {
        return None;
    }
    let w = t.norm.as_str();
    let compass = |(d, _): &&(&str, &str)| *d == w && !matches!(w, "upstream" | "downstream" | "inside" | "outside");
    let direction = REGION_ADJECTIVES.iter().find(|(d, _)| *d == w).or_else(|| DIRECTIONS.iter().find(compass)).map(|&(_, d)| d)?;
    if !r.is(i + 2, "of") {
        return None;
    }
    let mut j = i + 3;
    if r.is(j, "the") {
        j += 1;
    }
    let name_end = (j..toks.len()).take_while(|&k| is_place_word(&toks[k]) && !in_person(k) && k < j + 4).count() + j;
    let (keys, end) = if name_end > j {
        ((j..name_end).map(|k| proper_key(&toks[k].norm)).collect::<Vec<_>>(), name_end)
    } else if toks.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized && !is_stopword(&t.norm)) {
        // "the north bank of the river": a place the story has named.
        (vec![stem(&toks[j].norm)], j + 1)
    } else {
        return None;
    };
    // The possessive "Ostria's" before another noun is not where something is.
    if toks.get(end).is_some_and(|t| t.norm == "'s" || t.norm == "'") {
        return None;
    }
    let start = if i > 0 && matches!(r.norm(i - 1), "the" | "its" | "a") { i - 1 } else { i };
    let mut located: Vec<String> = located_before(toks, start).into_iter().collect();
    located.extend(nouns_before(r, start));
    let text = r.words(i, end).to_string();
    let role = (0..start).rev().take(2).find(|&k| PLACING.contains(&r.norm(k))).map_or(Role::At, |k| role_of(r.norm(k)));
    Some(((start, end), (i, end), Place { keys, located, direction: Some(direction), text, role }))
}

/// The nouns of the clause in the six words before token `i`: what a place may be given for.
fn nouns_before(r: &Reader, i: usize) -> Vec<String> {
    let toks = r.tokens();
    let (a, _) = r.sentence.clause_range(i.min(toks.len().saturating_sub(1)));
    // Not the words of another fact ("a 21-year-old woman").
    let inside = |k: usize| r.taken[k] || r.facts.iter().any(|f| k >= f.tokens.0 && k < f.tokens.1);
    (a.max(i.saturating_sub(6))..i).filter(|&k| toks[k].kind == TokenKind::Word && !toks[k].capitalized && !is_stopword(&toks[k].norm) && !toks[k].norm.ends_with("ed") && !inside(k)).map(|k| stem(&toks[k].norm)).collect()
}

/// Do the two names name one place, or may one hold the other? Every word of the shorter is
/// in the longer ("Kelmar" and "New Kelmar City", "Marl" and "Marl County").
fn may_be_one(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.iter().all(|k| long.iter().any(|m| names_match(k, m)))
}

/// Do the two names name one place? The same words, or the longer adding only words such as
/// "City" or "County" ("Marl" and "Marl County"; not "Kelmar" and "New Kelmar City").
fn one_place(a: &Place, b: &Place) -> bool {
    let (short, long) = if a.keys.len() <= b.keys.len() { (a, b) } else { (b, a) };
    static GENERIC: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let generic = GENERIC.get_or_init(|| PLACE_KIND_WORDS.iter().map(|w| proper_key(w)).collect());
    may_be_one(&short.keys, &long.keys) && long.keys.iter().all(|k| short.keys.iter().any(|m| names_match(k, m)) || generic.contains(k))
}

/// Things placed that are one kind of thing: "courtroom" and "court", "rally" and "event".
/// The first of each list is the thing placed itself; the rest are the nouns just before it
/// ("an event to greet supporters in X"): one side's thing must be among the other's.
fn same_thing(a: &[String], b: &[String]) -> bool {
    a.first().is_some_and(|x| b.contains(x)) || b.first().is_some_and(|y| a.contains(y))
}

/// Is the place a continent or world region ("Europe", "Latin America")?
fn in_world_region(p: &Place) -> bool {
    p.text.split(' ').any(|w| WORLD_REGIONS.iter().any(|r| r.eq_ignore_ascii_case(w)))
}

/// Is one name a compound of the other's words, as a name in another language writes it
/// ("Olympiastadion" and "Olympic Stadium")? A long word of one begins as a word of the other.
fn compound_of(a: &str, b: &str) -> bool {
    // Compared by their first five letters, without case (names are ASCII far more often
    // than not; another script simply never matches).
    fn head(w: &str) -> Option<&str> {
        w.get(..5).filter(|h| h.is_ascii())
    }
    let begins = |long: &str, short: &str| {
        long.split(' ').filter(|l| l.len() >= 10).any(|l| short.split(' ').filter(|s| s.len() >= 5 && !s.eq_ignore_ascii_case(l)).any(|s| head(l).zip(head(s)).is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))))
    };
    begins(a, b) || begins(b, a)
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Place(a), Value::Place(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    let (context, shared) = p.ctx.overlap(&p.fact.frame.context, p.fact.frame.context_size, &p.candidate().frame.context, p.candidate().frame.context_size);
    match (a.direction, b.direction) {
        (Some(x), Some(y)) => {
            if !may_be_one(&a.keys, &b.keys) || !same_thing(&a.located, &b.located) && context < TUNING.conflict_context_loose {
                return None;
            }
            if x == y {
                return (shared >= 1).then(|| p.support("place.same", context.max(0.5))).flatten();
            }
            (shared >= 2 && context >= TUNING.conflict_context).then(|| p.contradict("place.other_direction", context)).flatten()
        }
        (None, None) => {
            if one_place(a, b) {
                return (shared >= 1 || same_thing(&a.located, &b.located)).then(|| p.support("place.same", context.max(0.5))).flatten();
            }
            // One name inside the other may be one place or two ("Kelmar", "New Kelmar City"),
            // a continent may hold the country ("to Europe", "to Spain"), and one name may be
            // the other's compound in another language ("Olympiastadion", "Olympic Stadium").
            if may_be_one(&a.keys, &b.keys) || a.role != b.role || in_world_region(a) || in_world_region(b) || compound_of(&a.text, &b.text) {
                return None;
            }
            // Another place for the same thing in the same event: the things placed are one
            // kind of thing, the events line up, and neither sentence names the other place.
            // And at one time: "lost the Euro 2020 final to Italy" is not the 2024 final.
            let lined = same_thing(&a.located, &b.located) && context >= TUNING.conflict_context && shared >= 2 && p.align_loose().is_some();
            let names = |s: &crate::analyse::Sentence, keys: &[String]| keys.iter().all(|k| s.tokens.iter().any(|t| t.capitalized && names_match(&proper_key(&t.norm), k)));
            (lined && !names(p.article, &b.keys) && !names(p.source.sentence, &a.keys)).then(|| p.contradict("place.other_place", context)).flatten()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{checked_in, verdict_in};
    use crate::Verdict;

    #[test]
    fn another_courtroom_for_the_same_hearing_conflicts() {
        let corpus = ["Judge Ada Lenz read the ruling in the same Westport courtroom where the hearing was held."];
        assert_eq!(verdict_in(&corpus, "Judge Ada Lenz read the ruling in a Northfield courtroom.", "in a Northfield courtroom"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Judge Ada Lenz read the ruling in a Westport courtroom.", "in a Westport courtroom"), Verdict::Agree);
    }

    #[test]
    fn a_place_whose_name_holds_the_others_is_no_conflict() {
        let corpus = ["Supporters gathered at a rally in Kelmar on Saturday night to cheer the winner."];
        // "Kelmar County" is Kelmar; "New Kelmar" may be another town: neither conflicts.
        assert_eq!(verdict_in(&corpus, "Supporters gathered at a rally in Kelmar County on Saturday night to cheer the winner.", "in Kelmar County"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Supporters gathered at a rally in New Kelmar on Saturday night to cheer the winner.", "in New Kelmar"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Supporters gathered at a rally in Westport on Saturday night to cheer the winner.", "in Westport"), Verdict::Conflict);
    }

    #[test]
    fn the_other_side_of_the_city_conflicts() {
        let corpus = ["About 40 walkers were stuck in a cave just east of the town, rescue officials said."];
        assert_eq!(verdict_in(&corpus, "About 40 walkers were stuck in a cave just west of the town.", "just west of the town"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "About 40 walkers were stuck in a cave just east of the town.", "just east of the town"), Verdict::Agree);
    }

    #[test]
    fn a_compass_point_written_with_a_hyphen_is_one_direction() {
        let corpus = ["The fire broke out near the village of Alvor, about 8 km south-east of Tarrow, on Sunday."];
        let fact = checked_in(&corpus, "The fire broke out near the village of Alvor, about 8 km north-west of Tarrow, on Sunday.", "west of Tarrow");
        assert_eq!((fact.text.as_str(), fact.verdict), ("north-west of Tarrow", Verdict::Conflict));
        // Twin: the same compass point agrees.
        assert_eq!(verdict_in(&corpus, "The fire broke out near the village of Alvor, about 8 km south-east of Tarrow, late on Sunday.", "east of Tarrow"), Verdict::Agree);
    }

    #[test]
    fn the_south_of_a_country_is_not_its_north() {
        let corpus = ["A high-speed train derailed near Varno in northern Ostria early on Thursday, officials said."];
        let fact = checked_in(&corpus, "A high-speed train derailed near Varno in southern Ostria early on Thursday.", "southern Ostria");
        assert_eq!((fact.value.as_str(), fact.verdict), ("southern Ostria", Verdict::Conflict));
        assert_eq!(verdict_in(&corpus, "A high-speed train derailed near Varno in northern Ostria early on Thursday.", "northern Ostria"), Verdict::Agree);
    }

    #[test]
    fn a_part_of_a_place_named_by_a_direction_is_a_place() {
        let corpus = ["Storm Kara slammed into the northern coast of Ostria on Monday night with winds of 140 km/h, officials said."];
        let fact = checked_in(&corpus, "Storm Kara hit the southern coast of Ostria on Monday night with strong winds.", "southern coast");
        assert_eq!((fact.value.as_str(), fact.verdict), ("southern coast of Ostria", Verdict::Conflict), "{fact:#?}");
        // Twins: the same part agrees, in other words too; another thing on the other coast
        // is no conflict.
        assert_eq!(verdict_in(&corpus, "Storm Kara hit the north coast of Ostria on Monday night with strong winds.", "north coast"), Verdict::Agree);
        let boats = ["Fishing boats stayed moored in harbours along the northern coast of Ostria all week."];
        assert_eq!(verdict_in(&boats, "Storm Kara hit the southern coast of Ostria on Monday night with strong winds.", "southern coast"), Verdict::NotFound);
    }

    #[test]
    fn where_something_comes_from_is_not_where_it_goes() {
        let corpus = ["His parents made the long journey to Westport in search of a better life."];
        assert_eq!(verdict_in(&corpus, "His parents made the long journey from Kelmar in search of a better life.", "from Kelmar"), Verdict::NotFound);
        // Twin: another place it went to conflicts; a continent may hold the place.
        assert_eq!(verdict_in(&corpus, "His parents made the long journey to Marl in search of a better life.", "to Marl"), Verdict::Conflict);
        let continent = ["His parents made the long journey to Europe in search of a better life."];
        assert_eq!(verdict_in(&continent, "His parents made the long journey to Marl in search of a better life.", "to Marl"), Verdict::NotFound);
    }

    #[test]
    fn an_event_named_like_a_place_is_no_place() {
        let corpus = ["Ostria beat Kelby 2-1 in the European Championship final on Sunday.", "Ostria beat Kelby 2-1 in the Euro 2024 final in Marl on Sunday."];
        assert_eq!(verdict_in(&corpus, "Ostria beat Kelby 2-1 in the final in Marl on Sunday.", "in Marl"), Verdict::Agree);
        let fact = checked_in(&corpus, "Ostria beat Kelby 2-1 in the Euro 2024 final in Westport on Sunday.", "in Westport");
        assert_eq!(fact.verdict, Verdict::Conflict, "{fact:#?}");
        assert!(fact.evidence.iter().all(|e| e.source_value.ends_with("in Marl")), "{fact:#?}");
    }

    #[test]
    fn a_place_of_another_year_is_no_other_place() {
        let corpus = ["Kelby lost the 2024 final to Ostria in Marl after extra time."];
        assert_eq!(verdict_in(&corpus, "Kelby lost the 2020 final to Vestia in Marl after extra time.", "to Vestia"), Verdict::NotFound);
        // Its twin: the same year's final lost to another team conflicts.
        assert_eq!(verdict_in(&corpus, "Kelby lost the 2024 final to Vestia in Marl after extra time.", "to Vestia"), Verdict::Conflict);
    }

    #[test]
    fn a_name_in_another_language_is_no_other_place() {
        let corpus = ["Ostria beat Kelby 2-1 in a dramatic final at the Olympic Stadium on Sunday."];
        assert_eq!(verdict_in(&corpus, "Ostria beat Kelby 2-1 in the final at the Olympiastadion on Sunday.", "Olympiastadion"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Ostria beat Kelby 2-1 in the final at the Wembley Stadium on Sunday.", "Wembley"), Verdict::Conflict);
    }

    #[test]
    fn a_name_before_a_kind_of_place_is_a_place() {
        // "the Lower Quay district" is where the leak was, not a person called Lower Quay.
        let corpus = ["Engineers traced the leak to a broken main in the Lower Quay district, where 14,000 people live."];
        let fact = checked_in(&corpus, "Engineers traced the leak to a broken main in the Upper Quay district.", "in the Upper Quay district");
        assert_eq!(fact.verdict, Verdict::Conflict, "{fact:#?}");
        assert_eq!(fact.reason, "Source 0: in the Lower Quay district; article: in the Upper Quay district");
        assert_eq!(verdict_in(&corpus, "Engineers traced the leak to a broken main in the Lower Quay district.", "in the Lower Quay district"), Verdict::Agree);
    }
}
