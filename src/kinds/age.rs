//! Ages: "the 58-year-old Vela", "Vela, 58,", "a 41-year-old surgeon", "aged 31", "who
//! turned 27 this month". An age belongs to a person, named or described; two ages are
//! compared only for one person, and a person may be a year older in a later report.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::calendar::CalendarDate;
use crate::analyse::numbers::number_at;
use crate::analyse::{PersonName, Reader};
use crate::compare::{same_person, Judged, Line, Pair};
use crate::segment::TokenKind;
use crate::words::roles::{HONORIFICS, KINSHIP, TITLE_SET};

pub static KIND: Kind = Kind {
    kind: FactKind::Age,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "age.same", meaning: "the source gives the same person the same age" },
        Rule { name: "age.same_described", meaning: "the source gives a person described by the same noun (\"a 21-year-old woman\") the same age, whoever else their clauses name" },
        Rule { name: "age.other_age", meaning: "the source gives the same person another age, more than the time between the two reports allows" },
        Rule { name: "age.other_gender", meaning: "the person of that age is a grandson in one and a granddaughter in the other: one word for them is wrong" },
    ],
};

/// A person's age.
#[derive(Debug, Clone, PartialEq)]
pub struct Age {
    pub years: u32,
    /// The person it belongs to, when named.
    pub person: Option<PersonName>,
    /// The noun that describes them ("professor", "grandson"), folded.
    pub noun: Option<String>,
}

fn age_value(v: f64) -> Option<u32> {
    (v.fract() == 0.0 && (0.0..=125.0).contains(&v)).then_some(v as u32)
}

/// Reads the name of tokens [a, b) if they are a person's name words (capitalised, not
/// function words), resolving a lone surname to the full name named before.
fn name_in(r: &Reader, a: usize, b: usize) -> Option<PersonName> {
    super::person::name_of(r, a, b)
}

fn extract(r: &mut Reader) {
    let toks = r.tokens();
    let mut i = 0;
    while i < toks.len() {
        if r.taken[i] {
            i += 1;
            continue;
        }
        let Some(n) = number_at(toks, i) else {
            i += 1;
            continue;
        };
        let Some(years) = age_value(n.value) else {
            i += 1;
            continue;
        };
        let after = i + n.len;
        // "58-year-old", "eight-year-old", "30 years old".
        let hyphened = r.are(after, &["-", "year", "-", "old"]) || r.are(after, &["-", "years", "-", "old"]);
        let spaced = r.are(after, &["years", "old"]) || r.are(after, &["year", "old"]);
        if hyphened || spaced {
            let end = after + if hyphened { 4 } else { 2 };
            let mut start = i;
            if start > 0 && matches!(r.norm(start - 1), "a" | "an" | "the" | "her" | "his" | "their" | "its") {
                start -= 1;
            }
            // What follows: a name ("the 58-year-old Vela"), or a noun ("surgeon").
            let mut fact_end = end;
            let mut person = None;
            let mut noun = None;
            let name_end = (end..toks.len()).take_while(|&k| toks[k].kind == TokenKind::Word && toks[k].capitalized || toks[k].norm == "-" && !toks[k].space_before).count() + end;
            if name_end > end {
                // A name the text has named before, or a full name; a lone capitalised word it
                // has not ("the 27-year-old Canadian") describes, as a noun does.
                person = name_in(r, end, name_end).filter(|p| p.is_full() || r.memory.resolve(&p.surname).is_some());
                if person.is_some() {
                    fact_end = name_end;
                }
            }
            if person.is_none() {
                let phrase = super::quantity::noun_phrase(toks, end);
                if phrase > end {
                    noun = Some(toks[phrase - 1].norm.to_string());
                    // "the 32-year-old Kelby man": where the man is from is a claim of its own,
                    // not the age's; the age's words end at "-old".
                    let proper = (end..phrase - 1).any(|k| toks[k].capitalized);
                    fact_end = if proper { end } else { phrase };
                }
                // "Ada Marr, a 41-year-old surgeon": the name before.
                if start >= 2 && toks[start - 1].norm == "," {
                    let first = (0..start - 1).rev().take_while(|&k| toks[k].kind == TokenKind::Word && toks[k].capitalized || toks[k].norm == "-" && !toks[k].space_before).last();
                    if let Some(first) = first {
                        person = name_in(r, first, start - 1);
                    }
                }
            }
            // "the 29-year-old", "the 27-year-old Canadian": the person the story is about;
            // opening a sentence, the one the sentence before is about ("Ada Marr won. The
            // 30-year-old ..."), whom it goes on describing.
            if person.is_none() && start < i && r.norm(start) == "the" {
                let opens = toks[..start].iter().all(|t| t.kind == TokenKind::Punct);
                let before = if opens { r.memory.subject_before() } else { None };
                person = before.or_else(|| r.memory.salient()).cloned();
            }
            let display = age_display(years, person.as_ref(), noun.as_deref(), r);
            r.take(i, end);
            r.push(FactKind::Age, (start, fact_end), (i, end), Value::Age(Age { years, person, noun }), display);
            i = fact_end;
            continue;
        }
        // "Vela, 58," / "Lund-Harris, 37, wearing": a number set off after a name.
        if i >= 2 && toks[i - 1].norm == "," && n.len == 1 && toks[i].kind == TokenKind::Number && toks.get(after).is_none_or(|t| t.norm == "," || t.norm == "." || t.norm == "and" || t.norm == ")") {
            let first = (0..i - 1).rev().take_while(|&k| toks[k].kind == TokenKind::Word && toks[k].capitalized || toks[k].norm == "-" && !toks[k].space_before).last();
            // Not the title before the name: "Manager Mark Toller, 52".
            let first = first.map(|f| (f..i - 2).find(|&k| !TITLE_SET.contains(&toks[k].norm) && !HONORIFICS.contains(&toks[k].norm.as_str())).unwrap_or(f));
            if let Some(first) = first {
                if let Some(person) = name_in(r, first, i - 1) {
                    let display = age_display(years, Some(&person), None, r);
                    r.take(i, after);
                    r.push(FactKind::Age, (first, after), (i, after), Value::Age(Age { years, person: Some(person), noun: None }), display);
                    i = after;
                    continue;
                }
            }
        }
        // "aged 31", "who turned 27", "at age 60".
        let before = r.norm(i.wrapping_sub(1));
        if matches!(before, "aged" | "turned" | "turns" | "age") && n.len == 1 {
            let start = i - 1;
            // The person: the name before ", who turned", or before "aged".
            let mut k = start;
            while k > 0 && matches!(r.norm(k - 1), "who" | "," | "at" | "has" | "had" | "just") {
                k -= 1;
            }
            let first = (0..k).rev().take_while(|&m| toks[m].kind == TokenKind::Word && toks[m].capitalized || toks[m].norm == "-" && !toks[m].space_before).last();
            let person = first.and_then(|f| name_in(r, f, k));
            if person.is_some() {
                let display = age_display(years, person.as_ref(), None, r);
                r.take(i, after);
                r.push(FactKind::Age, (start, after), (i, after), Value::Age(Age { years, person, noun: None }), display);
                i = after;
                continue;
            }
        }
        i += 1;
    }
}

fn age_display(years: u32, person: Option<&PersonName>, noun: Option<&str>, _r: &Reader) -> String {
    match (person, noun) {
        (Some(p), _) => format!("{years} years old ({})", p.keys.join(" ")),
        (None, Some(n)) => format!("{years} years old ({n})"),
        _ => format!("{years} years old"),
    }
}

/// Whole years that may pass between two reports (a birthday may fall in between).
fn years_between(a: Option<CalendarDate>, b: Option<CalendarDate>) -> u32 {
    match (a, b) {
        (Some(a), Some(b)) => {
            let days = a.days_until(b).unsigned_abs();
            ((days + 364) / 365) as u32
        }
        _ => 0,
    }
}

/// The gender and relation a noun names ("grandson" → male grandchild), if it names one.
fn kin(noun: &str) -> Option<(char, &'static str)> {
    KINSHIP.iter().find(|(w, _, _)| *w == noun || format!("{w}s") == noun).map(|&(_, g, rel)| (g, rel))
}

/// Does the noun name someone by their relation to another ("her grandson", "his wife"), so
/// that whose relation it is tells two of them apart? "woman" and "boy" do not.
fn of_someone(noun: &str) -> bool {
    kin(noun).is_some_and(|(_, relation)| !matches!(relation, "person" | "young person"))
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Age(a), Value::Age(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    match (&a.person, &b.person) {
        (Some(x), Some(y)) => {
            if !same_person(x, y) {
                return None;
            }
            let written = p.ctx.written.or(p.ctx.newest);
            // A birthday may fall between the two texts: one year of difference per year
            // (or part of one) between the days they were written.
            let slack = years_between(written, p.source.written);
            if a.years == b.years {
                p.support("age.same", 1.0)
            } else if a.years.abs_diff(b.years) <= slack {
                None
            } else {
                p.contradict("age.other_age", 1.0)
            }
        }
        (None, None) => {
            // Two described people: the same age in lined-up frames.
            let (na, nb) = (a.noun.as_deref()?, b.noun.as_deref()?);
            // The same age of the same noun ("a 21-year-old woman") is hers, whoever acts in
            // the clause ("rescuers recovered the body of ...", "... was found"): the names
            // around do not keep the two apart (`age.same_described`).
            let loose = a.years == b.years && na == nb && !of_someone(na);
            let al = if loose { p.align_loose()? } else { p.align()? };
            if a.years != b.years {
                // No holder on either side ("A 67-year-old man died when a tree fell on his
                // car"): only nearly the same words say the two are one person.
                let alike = al.holders == Line::Unknown && al.in_nearly_the_same_words();
                return (na == nb && (al.holders == Line::Same || alike) && al.may_conflict()).then(|| p.contradict("age.other_age", al.context)).flatten();
            }
            if na == nb {
                let rule = if loose && al.holders != Line::Same { "age.same_described" } else { "age.same" };
                return (al.may_agree() || al.shared >= 1).then(|| p.support(rule, al.context.max(0.5))).flatten();
            }
            // "her 9-year-old grandson" where the source has "9-year-old granddaughter".
            match (kin(na), kin(nb)) {
                (Some((ga, ra)), Some((gb, rb))) if ra == rb && ga != gb && ga != ' ' && gb != ' ' && al.shared >= 1 => p.contradict("age.other_gender", al.context.max(0.5)),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{dated_verdict_in, verdict_in};
    use crate::Verdict;

    #[test]
    fn the_same_age_of_the_same_described_person_agrees_whoever_acts_in_the_clause() {
        let corpus = ["The body of a 21-year-old woman surnamed Lenz was found near the Marl trail on Friday."];
        let agree = "Rescuers recovered the body of a 21-year-old woman from the Marl trail.";
        assert_eq!(verdict_in(&corpus, agree, "a 21-year-old woman"), Verdict::Agree);
        // Another age in a frame that lines up less is no conflict; in one that does, it is.
        assert_eq!(verdict_in(&corpus, "Rescuers recovered the body of a 24-year-old woman from the Marl trail.", "a 24-year-old woman"), Verdict::NotFound);
        let lined = ["Rescuers recovered the body of a 21-year-old woman from the Marl trail on Friday."];
        assert_eq!(verdict_in(&lined, "Rescuers recovered the body of a 24-year-old woman from the Marl trail on Friday.", "a 24-year-old woman"), Verdict::Conflict);
        // No holder on either side: nearly the same words make one person, other words two.
        let unheld = ["A 67-year-old man died when a tree fell on his car near the Marl bridge, police said."];
        assert_eq!(verdict_in(&unheld, "A 76-year-old man died when a tree fell on his car near the Marl bridge.", "76-year-old man"), Verdict::Conflict);
        assert_eq!(verdict_in(&unheld, "A 67-year-old man died when a tree fell on his car near the Marl bridge.", "67-year-old man"), Verdict::Agree);
        assert_ne!(verdict_in(&unheld, "A 76-year-old man was rescued from the river by a neighbour.", "76-year-old man"), Verdict::Conflict);
        // Whose grandson it is tells two grandsons apart.
        let kin = ["Officers said Ada Lenz's 9-year-old grandson was found near the Marl trail."];
        assert_eq!(verdict_in(&kin, "Officers said Oskar Veld's 9-year-old grandson was found near the Marl trail.", "9-year-old grandson"), Verdict::NotFound);
    }

    #[test]
    fn an_age_set_off_after_a_name_is_that_persons_age() {
        let corpus = ["Mira Holt, 58, beat the opposition candidate on Saturday."];
        assert_eq!(verdict_in(&corpus, "Earlier, Mira Holt won the vote. Holt, 55, thanked her supporters.", "Holt, 55"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Earlier, Mira Holt won the vote. The 58-year-old Holt thanked her supporters.", "The 58-year-old Holt"), Verdict::Agree);
    }

    #[test]
    fn ages_of_two_people_do_not_meet() {
        let corpus = ["Ivo Marek, 60, a hospital worker, said the house shook."];
        assert_eq!(verdict_in(&corpus, "Lena Varga, 46, a hospital worker, said the house shook.", "Lena Varga, 46"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Ivo Marek, 46, a hospital worker, said the house shook.", "Ivo Marek, 46"), Verdict::Conflict);
    }

    #[test]
    fn a_person_a_year_older_months_later_is_no_conflict() {
        let corpus = [("verdict", "2031-05-08", "The jury convicted 44-year-old Ivo Marek on Thursday.")];
        assert_eq!(dated_verdict_in(&corpus, "The judge sentenced the 45-year-old Ivo Marek.", Some("2032-02-12"), "45-year-old Ivo Marek"), Verdict::NotFound);
        assert_eq!(dated_verdict_in(&corpus, "The judge sentenced the 47-year-old Ivo Marek.", Some("2032-02-12"), "47-year-old Ivo Marek"), Verdict::Conflict);
    }

    #[test]
    fn a_grandson_who_is_a_granddaughter_conflicts() {
        let corpus = ["Rescuers found two people in the rubble; the man said they were his wife and 9-year-old granddaughter."];
        assert_eq!(verdict_in(&corpus, "Rescuers found two people in the rubble, and the man identified his wife and his 9-year-old grandson.", "9-year-old grandson"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Rescuers found two people in the rubble, and the man identified his wife and his 9-year-old granddaughter.", "9-year-old granddaughter"), Verdict::Agree);
    }

    #[test]
    fn an_age_set_off_after_a_titled_name_is_that_persons_age() {
        // "Manager Mark Toller, 25,": the title before the name is not part of it.
        let corpus = ["Manager Mark Toller, 52, said the players gave everything."];
        assert_eq!(verdict_in(&corpus, "Manager Mark Toller, 25, said his players had given everything.", "Mark Toller, 25"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "Manager Mark Toller, 52, said his players had given everything.", "Mark Toller, 52"), Verdict::Agree);
    }

    /// "The 30-year-old" opening a sentence describes whom the sentence before is about, not
    /// the person the story is most about.
    #[test]
    fn the_n_year_old_is_whom_the_sentence_before_names() {
        let corpus = ["Ada Marr, 30, set a course record in the women's race.", "Ivo Brant, 23, won the men's race in a record time."];
        let article = "Ivo Brant won the men's race in a record time. Brant thanked his coach. Ada Marr won the women's race in 2:13:44. The 30-year-old set a course record.";
        assert_eq!(verdict_in(&corpus, article, "The 30-year-old"), Verdict::Agree);
        // Its twin: another age for her conflicts.
        let article = "Ivo Brant won the men's race in a record time. Brant thanked his coach. Ada Marr won the women's race in 2:13:44. The 32-year-old set a course record.";
        assert_eq!(verdict_in(&corpus, article, "The 32-year-old"), Verdict::Conflict);
    }

    /// "the 34-year-old" inside a sentence whose subject is someone else is the person the
    /// story is about, not whom the sentence before names first.
    #[test]
    fn the_n_year_old_inside_a_sentence_is_the_storys_person() {
        let corpus = ["Ivo Brant, 32, was ordered to forfeit his boats.", "Judge Ada Marr, 61, said he knew it was wrong."];
        let article = "Ivo Brant was sentenced. \"He knew it was wrong,\" Ada Marr said. She ordered the 32-year-old to forfeit his boats.";
        assert_eq!(verdict_in(&corpus, article, "the 32-year-old"), Verdict::Agree);
        // Its twin: another age for him conflicts.
        let article = "Ivo Brant was sentenced. \"He knew it was wrong,\" Ada Marr said. She ordered the 34-year-old to forfeit his boats.";
        assert_eq!(verdict_in(&corpus, article, "the 34-year-old"), Verdict::Conflict);
    }

    /// "the 32-year-old Kelby man": the age's words end at "-old"; where he is from is another
    /// claim. A plain noun after the age is still its words ("the 32-year-old fisherman").
    #[test]
    fn a_proper_adjective_after_an_age_is_not_the_ages_words() {
        let ages = |text: &str| -> Vec<String> {
            crate::analyse::analyse(text).sentences.iter().flat_map(|s| s.facts.iter()).filter(|f| f.kind == crate::kinds::FactKind::Age).map(|f| f.span.slice(text).to_string()).collect()
        };
        assert_eq!(ages("Police said the 32-year-old Kelby man was charged."), ["the 32-year-old"]);
        assert_eq!(ages("Police said the 32-year-old fisherman was charged."), ["the 32-year-old fisherman"]);
    }
}
