//! Codes and designations: an aircraft model ("Airbus A320"), a flight ("flight NW417"), a
//! virus strain ("H5N1"), a weapon ("F-16"), a road ("the M5"). Capitals run into digits name
//! a thing; they are no number: read apart, "A321" would be a count of 321 that agrees with
//! "A320"'s 320. One fact, the whole code, which only an identical code confirms.
//!
//! A code is a run of one to four capital letters glued to whole digits, with a hyphen or
//! without ("A320", "MH17", "F-16", "COVID-19"), or a capitalised word hyphened to them
//! ("Crew-10", "Covid-19"), and any letters and digits glued after ("H5N1", "A320neo"). A currency code before a sum ("EUR500") is money, not a code.
//!
//! Two different codes conflict only when they are plainly codes of one series naming one
//! thing: the same letters and as many digits ("A320"/"A321", "NW417"/"NW418", not "MH17"/
//! "MH370"), the same word naming what they designate on both sides ("Airbus A321", "an Airbus
//! A320"; "flight NW418", "flight NW417"), and no holders that tell them apart.

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::Reader;
use crate::compare::{Judged, Pair};
use crate::segment::{Token, TokenKind};
use crate::words::function::STOPWORD_SET;
use crate::words::units::CURRENCY_WORDS;

pub static KIND: Kind = Kind {
    kind: FactKind::Code,
    extract,
    compare,
    against: Against::Facts(&[]),
    in_evidence: true,
    in_memory: true,
    rules: &[
        Rule { name: "code.same", meaning: "the source gives the same code for the same thing" },
        Rule { name: "code.other_code", meaning: "the source gives the same thing another code of the same series" },
    ],
};

/// A code as written, folded ("a320", "f16"), its letters before the first digit ("a", "f"),
/// how many digits follow them, and the words beside it that say what it designates
/// ("airbus", "flight", "strain"), folded.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    pub code: String,
    pub series: String,
    pub digits: usize,
    pub named_by: Vec<String>,
}

/// One to four capitals, nothing else: the letters that open a code.
fn is_code_letters(t: &Token, text: &str) -> bool {
    t.kind == TokenKind::Word && (1..=4).contains(&text.chars().count()) && text.chars().all(|c| c.is_uppercase())
}

fn is_whole_number(t: &Token) -> bool {
    t.kind == TokenKind::Number && t.norm.chars().all(|c| c.is_ascii_digit())
}

/// A content word beside a code that may say what it designates: not a function word, not a
/// verb form ("operated", "landing"), not punctuation.
fn naming_word(t: Option<&Token>) -> Option<String> {
    let t = t.filter(|t| t.kind == TokenKind::Word && t.norm.chars().count() > 1 && !STOPWORD_SET.contains(&t.norm))?;
    let verb_like = !t.capitalized && (t.norm.ends_with("ed") || t.norm.ends_with("ing"));
    (!verb_like).then(|| t.norm.trim_end_matches('s').to_string())
}

/// A month or a weekday ("March 14", "Sunday 10"): never the name part of a code.
pub(crate) fn is_calendar_word(t: &Token) -> bool {
    crate::words::calendar::MONTHS.iter().any(|(m, _)| *m == t.norm.as_str()) || crate::words::calendar::WEEKDAYS.contains(&t.norm.as_str())
}

/// "Falcon 9 rocket", "the FTSE 250 index", "Crew 10 commander": a name and a number
/// after it, then the noun or the name the two designate, is one designation, not a count.
/// Not a year ("Euro 2024"), a date ("Sunday 14 July"), a score ("Ostria 2 Kelby 1"), nor a
/// count in a list ("the Harbour Party 40, Labour 35", "40 seats").
fn named_number(r: &Reader, i: usize) -> bool {
    let toks = r.tokens();
    let (Some(name), Some(number), Some(next)) = (toks.get(i), toks.get(i + 1), toks.get(i + 2)) else { return false };
    if name.kind != TokenKind::Word || !name.capitalized || !is_whole_number(number) || !number.space_before || name.norm.chars().count() < 2 {
        return false;
    }
    if is_calendar_word(name) || STOPWORD_SET.contains(&name.norm) || crate::words::roles::TITLE_SET.contains(&name.norm) {
        return false;
    }
    let year = number.norm.len() == 4 && number.norm.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
    if year {
        return false;
    }
    // "the Falcon 9's booster": only a designation takes a possessive.
    if next.norm == "'s" || next.norm == "'" && !next.space_before && toks.get(i + 3).is_some_and(|t| t.norm == "s") {
        return true;
    }
    if next.kind != TokenKind::Word {
        return false;
    }
    // "Ostria 2 Kelby 1" is a score; "Kestrel 420 LX 7" a model, its variant in capitals.
    let score = next.capitalized && toks.get(i + 3).is_some_and(|t| t.kind == TokenKind::Number) && !is_variant_letters(r, i + 2);
    let counted = !next.capitalized && (next.norm.ends_with('s') || STOPWORD_SET.contains(&next.norm) || matches!(next.norm.as_str(), "percent" | "per" | "pct") || crate::words::units::UNITS.iter().any(|(u, _, _)| *u == next.norm));
    !score && !counted
}

/// Two to five capitals, as a model's variant is written ("LX", "NG", "XR").
fn is_variant_letters(r: &Reader, i: usize) -> bool {
    r.tokens().get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalized) && {
        let text = r.words(i, i + 1);
        (2..=5).contains(&text.len()) && text.chars().all(|c| c.is_ascii_uppercase())
    }
}

/// Where a designation ending at token `end` really ends: a variant in capitals and its
/// number after it are part of it ("Kestrel 420 LX 7", "the 420 LX 8"), not a count of
/// seven of something.
fn variant_end(r: &Reader, mut end: usize) -> usize {
    let toks = r.tokens();
    while toks.get(end).is_some_and(|t| t.space_before) && is_variant_letters(r, end) {
        // "LX 7", or "LX-7" with a hyphen glued to both.
        let hyphen = toks.get(end + 1).is_some_and(|t| t.norm == "-" && !t.space_before) && toks.get(end + 2).is_some_and(|t| !t.space_before && is_whole_number(t));
        if hyphen {
            end += 3;
        } else if toks.get(end + 1).is_some_and(|t| t.space_before && is_whole_number(t)) {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// "the 420 LX 7": a whole number that opens a designation, its variant in capitals and
/// the variant's number after it (not a year: "2024 NBA 3-point" is no model).
fn numbered_variant(r: &Reader, i: usize) -> bool {
    let toks = r.tokens();
    let year = |t: &Token| t.norm.len() == 4 && t.norm.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
    toks.get(i).is_some_and(|t| is_whole_number(t) && !year(t)) && variant_end(r, i + 1) > i + 1
}

fn extract(r: &mut Reader) {
    let toks = r.tokens();
    let mut i = 0;
    while i + 1 < toks.len() {
        let numbered = numbered_variant(r, i);
        let end = (numbered || named_number(r, i)).then(|| variant_end(r, i + if numbered { 1 } else { 2 }));
        if let Some(end) = end.filter(|&end| r.free(i, end)) {
            let code: String = toks[i..end].iter().filter(|t| t.norm != "-").map(|t| t.norm.as_str()).collect();
            let named_by: Vec<String> = [naming_word(i.checked_sub(1).and_then(|k| toks.get(k))), naming_word(toks.get(end))].into_iter().flatten().collect();
            let digits = toks[i..end].iter().find(|t| is_whole_number(t)).map_or(0, |t| t.norm.len());
            let value = Code { code, series: toks[i].norm.to_string(), digits, named_by };
            r.take(i, end);
            let display = r.words(i, end).to_string();
            r.push(FactKind::Code, (i, end), (i, end), Value::Code(value), display);
            i = end;
            continue;
        }
        // "A320" or "F-16": the digits glued to the letters, or to a hyphen glued to them.
        let digits_at = if toks[i + 1].norm == "-" && !toks[i + 1].space_before { i + 2 } else { i + 1 };
        let glued = toks[i].capitalized && !toks[i + 1].space_before && toks.get(digits_at).is_some_and(|t| is_whole_number(t) && !t.space_before);
        // "Crew-10", "Covid-19": a capitalised word hyphened to digits designates one thing too.
        // So is one glued to them ("Crew10", a lost hyphen).
        let hyphened = || toks[i].kind == TokenKind::Word && toks[i].norm.chars().count() >= 2 && !is_calendar_word(&toks[i]);
        if !glued || !(is_code_letters(&toks[i], r.words(i, i + 1)) || hyphened()) || CURRENCY_WORDS.iter().any(|(w, _)| *w == toks[i].norm) || !r.free(i, digits_at + 1) {
            i += 1;
            continue;
        }
        // Letters and digits glued after ("H5N1", "A320neo").
        let mut end = digits_at + 1;
        while toks.get(end).is_some_and(|t| !t.space_before && (t.kind == TokenKind::Word || is_whole_number(t))) {
            end += 1;
        }
        let end = variant_end(r, end);
        let code: String = toks[i..end].iter().filter(|t| t.norm != "-").map(|t| t.norm.as_str()).collect();
        let mut named_by: Vec<String> = [naming_word(i.checked_sub(1).and_then(|k| toks.get(k))), naming_word(toks.get(end))].into_iter().flatten().collect();
        named_by.dedup();
        let value = Code { code, series: toks[i].norm.to_string(), digits: toks[digits_at].norm.len(), named_by };
        r.take(i, end);
        let display = r.words(i, end).to_string();
        r.push(FactKind::Code, (i, end), (i, end), Value::Code(value), display);
        i = end;
    }
}

fn compare(p: &Pair) -> Option<Judged> {
    let (Value::Code(a), Value::Code(b)) = (&p.fact.value, &p.candidate().value) else { return None };
    // Holders that tell the two apart ("Northwind's A320", "Skyline's A321") stop it here.
    let al = p.align_loose()?;
    let named_alike = a.named_by.iter().any(|w| b.named_by.contains(w));
    // "420 LX 7" is the "Kestrel 420 LX 7" with its maker's name left out.
    let makers_name_dropped = |x: &Code, y: &Code| x.code.starts_with(|c: char| c.is_ascii_digit()) && y.code.strip_suffix(x.code.as_str()).is_some_and(|maker| !maker.is_empty() && maker.chars().all(|c| c.is_alphabetic()));
    // "the Kestrel 420" may be any variant of it ("Kestrel 420 LX 7"): no other code.
    let variant_left_out = |x: &Code, y: &Code| {
        y.code.strip_prefix(x.code.as_str()).and_then(|rest| rest.chars().next()).is_some_and(|c| c.is_alphabetic() != x.code.ends_with(|l: char| l.is_alphabetic()))
    };
    if variant_left_out(a, b) || variant_left_out(b, a) {
        return None;
    }
    if a.code == b.code || makers_name_dropped(a, b) || makers_name_dropped(b, a) {
        return (named_alike || a.named_by.is_empty() || b.named_by.is_empty() || al.shared >= 1).then(|| p.support("code.same", al.context.max(0.5))).flatten();
    }
    let one_series = a.series == b.series && a.digits == b.digits;
    (one_series && named_alike && p.align().is_some()).then(|| p.contradict("code.other_code", al.context.max(0.5))).flatten()
}

#[cfg(test)]
mod tests {
    use crate::kinds::FactKind;
    use crate::testing::{first_sentence_facts as kinds, verdict_in};
    use crate::Verdict;

    #[test]
    fn a_code_is_one_fact_and_no_number() {
        for (text, code) in [
            ("The Airbus A320 carried 162 passengers.", "A320"),
            ("The H5N1 strain was found on 12 farms.", "H5N1"),
            ("Two F-16 jets escorted it.", "F-16"),
            ("The four Crew-10 members docked on Sunday.", "Crew-10"),
            ("Crew10 members waved.", "Crew10"),
            ("A Falcon 9 rocket lifted off with four astronauts.", "Falcon 9"),
            ("The FTSE 250 index rose 1.5%.", "FTSE 250"),
            ("The Falcon 9's booster landed.", "Falcon 9"),
        ] {
            let facts = kinds(text);
            assert!(facts.contains(&(FactKind::Code, code.to_string())), "{text}: {facts:?}");
            assert!(!facts.iter().any(|(k, t)| *k == FactKind::Quantity && code.contains(t.as_str())), "{text}: {facts:?}");
        }
        // A sum in a currency's code is money; a lowercase run ("in2020", a lost space) no code.
        assert!(!kinds("It cost EUR500 to fix.").iter().any(|(k, _)| *k == FactKind::Code));
        assert!(!kinds("It was built in2020 by the city.").iter().any(|(k, _)| *k == FactKind::Code));
        // A count after a name, a year, a date and a score are no designations.
        for text in ["About 5 percent of patients left.", "The Harbour Party 40 seats, Labour 35.", "Ostria won Euro 2024 final.", "It ended Ostria 2 Kelby 1 on Sunday.", "It opened on Sunday 14 July."] {
            assert!(!kinds(text).iter().any(|(k, _)| *k == FactKind::Code), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn a_mission_named_with_a_number_counts_nothing() {
        // "Crew-10 members" are not ten members.
        let corpus = ["Crew-10 members: Ana Pell (commander) and Rui Sato (pilot) of the space agency."];
        assert_eq!(verdict_in(&corpus, "The space agency flew four crew members.", "four crew members"), Verdict::NotFound);
        // Its twin: a count of members conflicts with another count of them.
        let corpus = ["The Crew-10 mission flew four crew members of the space agency."];
        assert_eq!(verdict_in(&corpus, "The Crew-10 mission flew three crew members of the space agency.", "three crew members"), Verdict::Conflict);
    }

    #[test]
    fn a_code_is_no_holder() {
        // "Crew-10" names a mission, not whose the satellites are.
        let corpus = ["Roughly three hours after the Crew-10 scrub, Rocketco launched 21 Starlink satellites from the pad."];
        assert_eq!(verdict_in(&corpus, "About three hours after the Crew-10 stand-down, it launched 23 Starlink satellites from the pad.", "23 Starlink"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "About three hours after the Crew-10 stand-down, it launched 21 Starlink satellites from the pad.", "21 Starlink"), Verdict::Agree);
    }

    #[test]
    fn another_model_of_the_same_maker_conflicts_and_the_same_one_agrees() {
        let corpus = ["An Airbus A320 operated by Northwind Airways made an emergency landing at Kestrel Field."];
        assert_eq!(verdict_in(&corpus, "A Northwind Airways Airbus A321 made an emergency landing.", "A321"), Verdict::Conflict);
        assert_eq!(verdict_in(&corpus, "A Northwind Airways Airbus A320 made an emergency landing.", "A320"), Verdict::Agree);
    }

    #[test]
    fn a_model_and_its_variant_in_capitals_are_one_code() {
        for (text, code) in [
            ("Regulators grounded 171 Kestrel 420 LX 7 aircraft on Saturday.", "Kestrel 420 LX 7"),
            ("The airline flies 65 Kestrel 420 LX-7 aircraft.", "Kestrel 420 LX-7"),
            ("The 420 LX 7 has flown since 2018.", "420 LX 7"),
        ] {
            let facts = kinds(text);
            assert!(facts.contains(&(FactKind::Code, code.to_string())), "{text}: {facts:?}");
            // Neither the model's number nor its variant's is a count.
            assert!(!facts.iter().any(|(k, t)| *k == FactKind::Quantity && (t.starts_with("420") || t.starts_with('7'))), "{text}: {facts:?}");
        }
        // A score with a side in capitals after a plain one is still no code when the side is a word.
        assert!(!kinds("It ended Ostria 2 Kelby 1 on Sunday.").iter().any(|(k, _)| *k == FactKind::Code));
    }

    #[test]
    fn a_model_named_without_its_maker_or_its_variant() {
        let corpus = ["Skyline Airways flies a Kestrel 420 LX 7 jet on its coastal routes."];
        // The maker's name left out: the same model.
        assert_eq!(verdict_in(&corpus, "Skyline Airways flies a 420 LX 7 jet on its coastal routes.", "420 LX 7"), Verdict::Agree);
        // The variant left out may be any of them: no other model.
        assert_ne!(verdict_in(&corpus, "Skyline Airways flies a Kestrel 420 jet on its coastal routes.", "Kestrel 420"), Verdict::Conflict);
        // Its twin: another variant of the model conflicts.
        assert_eq!(verdict_in(&corpus, "Skyline Airways flies a Kestrel 420 LX 8 jet on its coastal routes.", "Kestrel 420 LX 8"), Verdict::Conflict);
    }

    #[test]
    fn codes_of_another_series_or_of_another_thing_do_not_conflict() {
        // "MH17" and "MH370" are two flights, not one flight's two numbers.
        let corpus = ["Relatives of those aboard flight MH370 met the airline in the capital on Monday."];
        assert_ne!(verdict_in(&corpus, "Relatives of those aboard flight MH17 met the airline in the capital.", "MH17"), Verdict::Conflict);
        // Its twin: the same series, as many digits, named alike.
        assert_eq!(verdict_in(&corpus, "Relatives of those aboard flight MH371 met the airline in the capital.", "MH371"), Verdict::Conflict);
        // Nothing names what "A4" and "A5" designate alike: a road and a paper size.
        let corpus = ["The A4 road was closed after the crash near the bridge."];
        assert_ne!(verdict_in(&corpus, "The crash near the bridge was on A5 paper.", "A5"), Verdict::Conflict);
    }
}
