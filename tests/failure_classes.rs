//! One test per class of error a fact-checker must catch (or must not invent), each on an
//! invented story of its own: the planted error beside its correct twin, with what a user
//! reads: the verdict, the article's and the source's values side by side, and the rule that
//! decided. A class the engine must not call a conflict has a twin that it must. Corpora are
//! built in memory; no name, place or sentence comes from the labelled stories.

use crosscheck::corpus::LoadedCorpus;
use crosscheck::{CalendarDate, Corpus, Document, Fact, FactKind, Relation, Report, Verdict};

/// Sources as (id, day written, text).
type Sources<'a> = &'a [(&'a str, Option<&'a str>, &'a str)];

fn corpus(sources: Sources) -> Corpus {
    let documents = sources
        .iter()
        .map(|(id, _, text)| Document { id: id.to_string(), source: format!("The {id}"), language: "en".into(), text: text.to_string() })
        .collect();
    let dates = sources.iter().filter_map(|(id, date, _)| date.map(|d| (id.to_string(), d.to_string()))).collect();
    Corpus::from_loaded(LoadedCorpus { documents, dates, ..LoadedCorpus::default() })
}

/// The report on `article`, written on `written` (else read as of the newest source).
fn check(sources: Sources, article: &str, written: Option<&str>) -> Report {
    let written = written.map(|d| CalendarDate::parse(d).expect("a date"));
    corpus(sources).check_as_of(article, written).expect("checks")
}

/// Undated sources.
fn undated<'a>(texts: &[&'a str]) -> Vec<(&'a str, Option<&'a str>, &'a str)> {
    const IDS: [&str; 4] = ["Courier", "Ledger", "Herald", "Sentinel"];
    texts.iter().zip(IDS).map(|(t, id)| (id, None, *t)).collect()
}

/// Every fact, one line each, for a failure message.
fn facts_of(report: &Report) -> String {
    let lines: Vec<String> = report
        .claims
        .iter()
        .flat_map(|c| &c.facts)
        .map(|f| format!("{:?} {:?} [{}] {:?} {} :: {}", f.kind, f.text, f.value, f.verdict, f.rule, f.reason))
        .collect();
    lines.join("\n")
}

/// The fact whose words are `words` (a value before a statement holding the same words), else
/// the shortest holding them.
fn fact<'r>(report: &'r Report, words: &str) -> &'r Fact {
    let facts = || report.claims.iter().flat_map(|c| &c.facts);
    facts()
        .filter(|f| f.text == words)
        .min_by_key(|f| f.kind == FactKind::Statement)
        .or_else(|| facts().filter(|f| f.text.contains(words) && f.kind != FactKind::Statement).min_by_key(|f| f.text.len()))
        .unwrap_or_else(|| panic!("no fact holds {words:?}:\n{}", facts_of(report)))
}

/// `words` conflict by `rule`, and the user sees the article's `mine` beside the source's
/// `theirs`, in the evidence and in the reason.
fn assert_conflict(report: &Report, words: &str, rule: &str, mine: &str, theirs: &str) {
    let f = fact(report, words);
    let all = facts_of(report);
    assert_eq!((f.verdict, f.rule.as_str()), (Verdict::Conflict, rule), "{words:?}:\n{all}");
    let against: Vec<_> = f.evidence.iter().filter(|e| e.relation == Relation::Contradicts).collect();
    let shown = against.iter().any(|e| e.claim_value.contains(mine) && e.source_value.contains(theirs));
    let pairs: Vec<_> = against.iter().map(|e| (&e.claim_value, &e.source_value)).collect();
    assert!(shown, "{words:?}: no contradicting evidence shows {mine:?} beside {theirs:?}: {pairs:?}");
    assert_side_by_side(f, mine, theirs);
}

/// The reason reads "Source: their value; article: my value".
fn assert_side_by_side(f: &Fact, mine: &str, theirs: &str) {
    let (sources, article) = f.reason.rsplit_once("article: ").unwrap_or_else(|| panic!("{:?}: the reason shows no article value: {}", f.text, f.reason));
    assert!(sources.contains(theirs) && article.contains(mine), "{:?}: the reason does not show {theirs:?} beside {mine:?}: {}", f.text, f.reason);
}

/// `words` agree by `rule`, and the user sees the source's `theirs` beside the article's words.
fn assert_agree(report: &Report, words: &str, rule: &str, theirs: &str) {
    let f = fact(report, words);
    let all = facts_of(report);
    assert_eq!((f.verdict, f.rule.as_str()), (Verdict::Agree, rule), "{words:?}:\n{all}");
    let ev = f.evidence.iter().find(|e| e.relation == Relation::Supports).unwrap_or_else(|| panic!("{words:?}: no supporting evidence"));
    assert!(ev.source_value.contains(theirs), "{words:?}: the source shows {:?}", ev.source_value);
    assert_side_by_side(f, &f.text, theirs);
}

/// No source is shown to support `words`: the sources speak of something else, or contradict.
fn assert_not_agreed(report: &Report, words: &str) {
    let f = fact(report, words);
    assert!(matches!(f.verdict, Verdict::Conflict | Verdict::NotFound), "{words:?} must not agree:\n{}", facts_of(report));
    assert!(f.evidence.iter().all(|e| e.relation == Relation::Contradicts), "{words:?} is shown as supported:\n{}", facts_of(report));
}

/// No source is shown to contradict `words`.
fn assert_no_conflict(report: &Report, words: &str) {
    let f = fact(report, words);
    assert!(matches!(f.verdict, Verdict::Agree | Verdict::NotFound), "{words:?} must not conflict:\n{}", facts_of(report));
}

/// No fact of `kind` has exactly these words.
fn assert_no_fact(report: &Report, kind: FactKind, words: &str) {
    let found = report.claims.iter().flat_map(|c| &c.facts).any(|f| f.kind == kind && f.text == words);
    assert!(!found, "{words:?} was read as a {kind:?} fact:\n{}", facts_of(report));
}

// Ages.

#[test]
fn an_age_given_after_the_name_is_checked_against_one_given_before_it() {
    let sources = undated(&["The 24-year-old Lucia Ferrand won the Dunmore half marathon on Sunday, the organisers said."]);
    let wrong = check(&sources, "Lucia Ferrand, 25, won the Dunmore half marathon on Sunday.", None);
    assert_conflict(&wrong, "Ferrand, 25", "age.other_age", "25", "24-year-old");
    let right = check(&sources, "Lucia Ferrand, 24, won the Dunmore half marathon on Sunday.", None);
    assert_agree(&right, "Ferrand, 24", "age.same", "24-year-old");
}

#[test]
fn an_age_given_before_the_name_is_checked_against_one_given_after_it() {
    let sources = undated(&["Lucia Ferrand, 24, won the Dunmore half marathon on Sunday, the organisers said."]);
    let wrong = check(&sources, "The 29-year-old Lucia Ferrand won the Dunmore half marathon on Sunday.", None);
    assert_conflict(&wrong, "29-year-old", "age.other_age", "29-year-old", "24");
    let right = check(&sources, "The 24-year-old Lucia Ferrand won the Dunmore half marathon on Sunday.", None);
    assert_agree(&right, "24-year-old", "age.same", "24");
}

// Codes.

#[test]
fn a_model_code_is_no_count_and_another_model_of_one_series_conflicts() {
    // Read as numbers, "A321" was a count of 321 that agreed with "A320"'s 320.
    let sources = undated(&["A Skylark Air Airbus A320 landed safely at Harrowgate on Monday after a bird strike, the airline said."]);
    let wrong = check(&sources, "A Skylark Air Airbus A321 landed safely at Harrowgate on Monday.", None);
    assert_no_fact(&wrong, FactKind::Quantity, "321");
    assert_conflict(&wrong, "A321", "code.other_code", "A321", "A320");
    let right = check(&sources, "A Skylark Air Airbus A320 landed safely at Harrowgate on Monday.", None);
    assert_agree(&right, "A320", "code.same", "A320");
}

// Ordinals.

#[test]
fn another_rank_in_the_same_series_conflicts() {
    let sources = undated(&["The singer Mireille Oduya released a record fourth album, Tidewater, on Friday."]);
    let wrong = check(&sources, "Mireille Oduya released her fifth album, Tidewater, on Friday.", None);
    assert_conflict(&wrong, "fifth album", "ordinal.other_rank", "fifth album", "fourth album");
    let right = check(&sources, "Mireille Oduya released her fourth album, Tidewater, on Friday.", None);
    assert_agree(&right, "fourth album", "ordinal.same", "fourth album");
}

#[test]
fn another_round_of_the_same_bout_conflicts() {
    let sources = undated(&["Femi Okafor stopped Liam Brennan in the 11th round at the Harrowgate Arena on Saturday."]);
    let wrong = check(&sources, "Femi Okafor stopped Liam Brennan in the 12th round at the Harrowgate Arena on Saturday.", None);
    assert_conflict(&wrong, "12th round", "ordinal.other_rank", "12th round", "11th round");
    let right = check(&sources, "Femi Okafor stopped Liam Brennan in the eleventh round at the Harrowgate Arena on Saturday.", None);
    assert_agree(&right, "eleventh round", "ordinal.same", "11th round");
}

// Numbers in words.

#[test]
fn a_count_in_words_is_checked_against_one_in_digits() {
    let sources = undated(&["The Calder Valley line will close 71 stations for repairs next year, the operator said."]);
    let wrong = check(&sources, "The Calder Valley line will close sixty-one stations for repairs next year.", None);
    assert_conflict(&wrong, "sixty-one stations", "quantity.incompatible", "sixty-one stations", "71 stations");
    let right = check(&sources, "The Calder Valley line will close seventy-one stations for repairs next year.", None);
    assert_agree(&right, "seventy-one stations", "quantity.same", "71 stations");
}

// Dates.

#[test]
fn a_weekday_in_a_dated_draft_is_checked_against_a_date_in_a_dated_report() {
    // Written on Saturday 10 May 2025: "on 9 May" is the Friday before.
    let sources: Sources = &[("Courier", Some("2025-05-10"), "The Norwick lifeboat rescued four fishermen off Gull Point on 9 May, the coastguard said.")];
    let wrong = check(sources, "The Norwick lifeboat rescued four fishermen off Gull Point on Tuesday.", Some("2025-05-10"));
    assert_conflict(&wrong, "on Tuesday", "date.other_date", "on Tuesday", "9 May");
    let right = check(sources, "The Norwick lifeboat rescued four fishermen off Gull Point on Friday.", Some("2025-05-10"));
    assert_agree(&right, "on Friday", "date.same", "9 May");
}

// People and their roles.

#[test]
fn a_role_given_to_the_wrong_person_conflicts() {
    let sources = undated(&["Ines Okoro, the mayor of Sandvik, and Tomas Lindgren, the city treasurer, opened the new ferry terminal on Monday."]);
    let wrong = check(&sources, "Tomas Lindgren, the mayor of Sandvik, opened the new ferry terminal on Monday.", None);
    assert_conflict(&wrong, "Tomas Lindgren, the mayor of Sandvik", "person.office_holder", "Tomas Lindgren, the mayor of Sandvik", "Ines Okoro, the mayor of Sandvik");
    let right = check(&sources, "Ines Okoro, the mayor of Sandvik, opened the new ferry terminal on Monday.", None);
    assert_agree(&right, "Ines Okoro, the mayor of Sandvik", "person.same_role", "Ines Okoro, the mayor of Sandvik");
}

#[test]
#[ignore = "engine misjudges: a title before a name (\"Mayor Tomas Lindgren\") is not checked against the source's holder of it at the same event (\"Mayor Ines Okoro opened the new ferry terminal\"): person.no_source"]
fn a_title_given_to_the_wrong_person_conflicts() {
    let sources = undated(&["Mayor Ines Okoro opened the new ferry terminal in Sandvik on Monday, the council said."]);
    let wrong = check(&sources, "Mayor Tomas Lindgren opened the new ferry terminal in Sandvik on Monday.", None);
    assert_conflict(&wrong, "Mayor Tomas Lindgren", "person.office_holder", "Mayor Tomas Lindgren", "Mayor Ines Okoro");
    let right = check(&sources, "Mayor Ines Okoro opened the new ferry terminal in Sandvik on Monday.", None);
    assert_agree(&right, "Mayor Ines Okoro", "person.same_role", "Mayor Ines Okoro");
}

const BANK: &str = "Elena Marsh, the bank's president, said interest rates would stay on hold until the autumn, the bank said.";

#[test]
#[ignore = "engine misjudges: \"Elena Marsh, the country's president\" agrees with the source's \"Elena Marsh, the bank's president\" (person.same_role): whose president is not compared"]
fn an_office_of_another_organisation_does_not_agree() {
    let wrong = check(&undated(&[BANK]), "Elena Marsh, the country's president, said interest rates would stay on hold until the autumn.", None);
    assert_not_agreed(&wrong, "Elena Marsh");
}

/// The twin of the test above.
#[test]
fn an_office_of_the_same_organisation_agrees() {
    let right = check(&undated(&[BANK]), "Elena Marsh, the bank's president, said interest rates would stay on hold until the autumn.", None);
    assert_agree(&right, "Elena Marsh", "person.same_role", "the bank's president");
}

#[test]
fn a_title_before_an_election_and_one_after_it_do_not_conflict() {
    let sources: Sources = &[
        ("Courier", Some("2025-03-07"), "Vice President Idris Calloway held his final rally in Merrow on Friday, the eve of the vote."),
        ("Ledger", Some("2025-03-09"), "Idris Calloway won the presidential election on Saturday with 54 percent of the vote."),
    ];
    let after = check(sources, "President-elect Idris Calloway thanked his supporters in Merrow on Sunday.", Some("2025-03-09"));
    assert_no_conflict(&after, "Idris Calloway");
    let eve = check(sources, "Vice President Idris Calloway held his final rally in Merrow on Friday.", Some("2025-03-07"));
    assert_agree(&eve, "Idris Calloway", "person.same_role", "Vice President Idris Calloway");
    // The twin: the office he did not yet hold on the eve.
    let wrong = check(sources, "President Idris Calloway held his final rally in Merrow on Friday.", Some("2025-03-07"));
    assert_conflict(&wrong, "Idris Calloway", "person.other_rank", "President Idris Calloway", "Vice President Idris Calloway");
}

#[test]
#[ignore = "engine misjudges: \"Defence Minister Idris Calloway\" on the day a source calls him \"Vice President Idris Calloway\" is person.no_source, not person.other_office"]
fn another_office_at_the_same_time_conflicts() {
    let sources: Sources = &[("Courier", Some("2025-03-07"), "Vice President Idris Calloway held his final rally in Merrow on Friday, the eve of the vote.")];
    let wrong = check(sources, "Defence Minister Idris Calloway held his final rally in Merrow on Friday.", Some("2025-03-07"));
    assert_conflict(&wrong, "Idris Calloway", "person.other_office", "Defence Minister Idris Calloway", "Vice President Idris Calloway");
}

#[test]
fn a_grandson_is_not_a_granddaughter() {
    let sources = undated(&["Rescuers pulled Maren Holt and her 9-year-old granddaughter from the ruins of their house in Kelby, the fire service said."]);
    let wrong = check(&sources, "Rescuers pulled Maren Holt and her 9-year-old grandson from the ruins of their house in Kelby.", None);
    assert_conflict(&wrong, "9-year-old grandson", "age.other_gender", "9-year-old grandson", "9-year-old granddaughter");
    let right = check(&sources, "Rescuers pulled Maren Holt and her 9-year-old granddaughter from the ruins of their house in Kelby.", None);
    assert_agree(&right, "9-year-old granddaughter", "age.same", "9-year-old granddaughter");
}

#[test]
fn a_grandson_is_not_a_granddaughter_beside_another_age() {
    let sources = undated(&["Rescuers pulled Maren Holt, 71, and her 9-year-old granddaughter from the ruins of their house in Kelby."]);
    let wrong = check(&sources, "Rescuers pulled Maren Holt and her 9-year-old grandson from the ruins of their house in Kelby.", None);
    assert_conflict(&wrong, "9-year-old grandson", "age.other_gender", "9-year-old grandson", "9-year-old granddaughter");
    let right = check(&sources, "Rescuers pulled Maren Holt and her 9-year-old granddaughter from the ruins of their house in Kelby.", None);
    assert_agree(&right, "9-year-old granddaughter", "age.same", "9-year-old granddaughter");
}

// Places.

#[test]
#[ignore = "engine misjudges: a river after \"on the River\" is no place fact, so \"on the River Selbourne\" is not checked against \"on the River Tavish\" (no fact at all)"]
fn another_river_conflicts() {
    let sources = undated(&["A ferry capsized on the River Tavish near Crennick on Thursday, the coastguard said."]);
    let wrong = check(&sources, "A ferry capsized on the River Selbourne near Crennick on Thursday.", None);
    assert_conflict(&wrong, "River Selbourne", "place.other_place", "River Selbourne", "River Tavish");
    let right = check(&sources, "A ferry capsized on the River Tavish near Crennick on Thursday.", None);
    assert_agree(&right, "River Tavish", "place.same", "River Tavish");
}

#[test]
fn another_town_conflicts() {
    let sources = undated(&["The Aldermoor dam burst on Thursday, flooding homes in Crennick, officials said."]);
    let wrong = check(&sources, "The Aldermoor dam burst on Thursday, flooding homes in Dunlow.", None);
    assert_conflict(&wrong, "Dunlow", "place.other_place", "Dunlow", "Crennick");
    let right = check(&sources, "The Aldermoor dam burst on Thursday, flooding homes in Crennick.", None);
    assert_agree(&right, "Crennick", "place.same", "Crennick");
}

#[test]
fn another_country_conflicts() {
    let sources = undated(&["The cyclist Joana Vieira crashed out of the race in Portugal on Wednesday, her team said."]);
    let wrong = check(&sources, "The cyclist Joana Vieira crashed out of the race in Spain on Wednesday.", None);
    assert_conflict(&wrong, "Spain", "place.other_place", "Spain", "Portugal");
    let right = check(&sources, "The cyclist Joana Vieira crashed out of the race in Portugal on Wednesday.", None);
    assert_agree(&right, "Portugal", "place.same", "Portugal");
}

// Money.

#[test]
fn a_price_per_share_is_not_the_deal_total() {
    let sources = undated(&["Vantor Systems will pay $18 a share for Kelp Analytics, a deal worth $540 million, the companies said."]);
    let wrong = check(&sources, "Vantor Systems will pay $18 million for Kelp Analytics.", None);
    assert_not_agreed(&wrong, "$18 million");
    let total = check(&sources, "Vantor Systems will pay $540 a share for Kelp Analytics.", None);
    assert_not_agreed(&total, "$540");
    let right = check(&sources, "Vantor Systems will pay $18 a share for Kelp Analytics.", None);
    assert_agree(&right, "$18", "money.same", "$18");
    let right = check(&sources, "Vantor Systems will buy Kelp Analytics in a deal worth $540 million.", None);
    assert_agree(&right, "$540 million", "money.same", "$540 million");
}

#[test]
fn dollars_are_not_pounds() {
    let sources = undated(&["The Harwick council approved a £38 million loan for the tram extension on Tuesday."]);
    let wrong = check(&sources, "The Harwick council approved a $38 million loan for the tram extension on Tuesday.", None);
    assert_not_agreed(&wrong, "$38 million");
    let right = check(&sources, "The Harwick council approved a 38 million pound loan for the tram extension on Tuesday.", None);
    assert_agree(&right, "38 million pound", "money.same", "£38 million");
}

// Counts.

#[test]
fn banks_of_another_country_are_not_the_same_banks() {
    let sources = undated(&["Two German banks, Hessler and Baumring, pulled out of the Ostrava pipeline financing on Monday."]);
    let wrong = check(&sources, "Two French banks pulled out of the Ostrava pipeline financing on Monday.", None);
    assert_not_agreed(&wrong, "Two French banks");
    let right = check(&sources, "Two German banks pulled out of the Ostrava pipeline financing on Monday.", None);
    assert_agree(&right, "Two German banks", "quantity.same", "Two German banks");
}

#[test]
fn another_cap_conflicts() {
    let sources = undated(&["The new Lorvan reservoir will supply up to 12 million people, the water board said."]);
    let wrong = check(&sources, "The new Lorvan reservoir will supply up to 9 million people.", None);
    assert_conflict(&wrong, "up to 9 million people", "quantity.incompatible", "up to 9 million people", "up to 12 million people");
    let right = check(&sources, "The new Lorvan reservoir will supply up to 12 million people.", None);
    assert_agree(&right, "up to 12 million people", "quantity.same", "up to 12 million people");
}

#[test]
fn a_toll_that_rose_from_one_day_to_the_next_does_not_conflict() {
    let sources: Sources = &[
        ("Courier", Some("2025-06-02"), "The storm killed 4 people in Belmouth, officials said on Monday."),
        ("Ledger", Some("2025-06-03"), "The storm killed 9 people in Belmouth, officials said on Tuesday, as rescuers reached the harbour."),
    ];
    let later = check(sources, "The storm killed 9 people in Belmouth, officials said.", Some("2025-06-03"));
    assert_no_conflict(&later, "9 people");
    assert_agree(&later, "9 people", "quantity.same", "9 people");
    let earlier = check(sources, "The storm killed 4 people in Belmouth, officials said.", Some("2025-06-02"));
    assert_no_conflict(&earlier, "4 people");
    // The twin: a figure the report of that day does not give.
    let wrong = check(sources, "The storm killed 7 people in Belmouth, officials said.", Some("2025-06-03"));
    assert_conflict(&wrong, "7 people", "quantity.incompatible", "7 people", "9 people");
}

#[test]
fn a_lower_toll_of_the_day_before_does_not_contradict() {
    let sources: Sources = &[
        ("Courier", Some("2025-06-02"), "The storm killed 4 people in Belmouth, officials said on Monday."),
        ("Ledger", Some("2025-06-03"), "The storm killed 9 people in Belmouth, officials said on Tuesday, as rescuers reached the harbour."),
    ];
    let wrong = check(sources, "The storm killed 7 people in Belmouth, officials said.", Some("2025-06-03"));
    assert_conflict(&wrong, "7 people", "quantity.incompatible", "7 people", "9 people");
    let f = fact(&wrong, "7 people");
    assert!(f.evidence.iter().all(|e| e.relation == Relation::Supports || e.doc_id != "Courier"), "{}", facts_of(&wrong));
    assert!(!f.reason.contains("4 people"), "{}", f.reason);
}

#[test]
fn a_measure_of_rain_is_checked_against_the_same_measure_of_rain() {
    // A length measures what follows "of": without it, "121 millimetres" measured nothing
    // and could not conflict.
    let sources = undated(&["Officials said 112 millimetres of rain fell on Dunmere in a single day."]);
    let wrong = check(&sources, "In Dunmere, 121 millimetres of rain fell in a single day.", None);
    assert_conflict(&wrong, "121 millimetres", "quantity.incompatible", "121 millimetres", "112 millimetres");
    let right = check(&sources, "In Dunmere, 112 millimetres of rain fell in a single day.", None);
    assert_agree(&right, "112 millimetres", "quantity.same", "112 millimetres");
    // A measure of something else is no conflict.
    let other = check(&sources, "In Dunmere, 121 millimetres of snow fell in a single day.", None);
    assert_no_conflict(&other, "121 millimetres");
}

#[test]
fn a_speed_is_one_unit_and_measures_the_noun_before_of() {
    // "km/h" was read as kilometres, and "winds of" did not say what was measured.
    let sources = undated(&["Storm Ferra reached the coast of Marrow Bay with winds of up to 150 km/h, forecasters said."]);
    let wrong = check(&sources, "Storm Ferra reached the coast of Marrow Bay with winds of up to 180 km/h.", None);
    assert_conflict(&wrong, "up to 180 km/h", "quantity.incompatible", "180 km/h", "150 km/h");
    // The same speed in miles per hour agrees (93 mph is 150 km/h).
    let right = check(&sources, "Storm Ferra reached the coast of Marrow Bay with winds of up to 93 miles per hour.", None);
    assert_agree(&right, "up to 93 miles per hour", "quantity.same", "150 km/h");
    // A speed of something else is no conflict.
    let other = check(&sources, "A train crossed Marrow Bay at 180 km/h on a test run.", None);
    assert_no_conflict(&other, "180 km/h");
}

#[test]
fn a_year_in_a_time_clause_with_its_own_verb_does_not_date_the_figure_before_it() {
    // "since records began in 1931" dates the records, not the rain: a wrong year there
    // kept the wrong rainfall from lining up with the right one.
    let sources = undated(&["Dunmere had 112 millimetres of rain in a day, the most since records began in 1931."]);
    let wrong = check(&sources, "Dunmere had 121 millimetres of rain in a day, the most since records began in 1913.", None);
    assert_conflict(&wrong, "121 millimetres", "quantity.incompatible", "121 millimetres", "112 millimetres");
    assert_conflict(&wrong, "in 1913", "date.other_date", "1913", "1931");
    // A time clause without a verb dates the figure: seats held after another election are
    // no conflict.
    let sources = undated(&["The Harbour Party held 47 seats after the 2019 election, officials said."]);
    let other = check(&sources, "The Harbour Party held 40 seats after the 2023 election.", None);
    assert_no_conflict(&other, "40 seats");
}

// Figures of several numbers.

#[test]
fn a_time_of_day_is_one_fact_not_two_numbers() {
    let sources = undated(&["The Arvid rocket lifted off from the Skarvik pad at 9:41 a.m. on Thursday, the agency said."]);
    let wrong = check(&sources, "The Arvid rocket lifted off from the Skarvik pad at 9:14 a.m. on Thursday.", None);
    assert_conflict(&wrong, "at 9:14 a.m.", "time.other_time", "at 9:14 a.m.", "9:41 a.m.");
    let right = check(&sources, "The Arvid rocket lifted off from the Skarvik pad at 9:41 a.m. on Thursday.", None);
    assert_agree(&right, "at 9:41 a.m.", "time.same", "9:41 a.m.");
    for words in ["9", "41", "14"] {
        assert_no_fact(&wrong, FactKind::Quantity, words);
        assert_no_fact(&right, FactKind::Quantity, words);
    }
}

#[test]
fn a_score_and_a_formation_are_not_numbers() {
    let sources = undated(&["Portwell Athletic beat Dunmere Rovers 3-1 in the county cup final on Saturday, playing a 4-4-2 formation, the club said."]);
    let wrong = check(&sources, "Portwell Athletic beat Dunmere Rovers 3-2 in the county cup final on Saturday.", None);
    assert_conflict(&wrong, "3-2", "score.other_score", "3-2", "3-1");
    let right = check(&sources, "Portwell Athletic beat Dunmere Rovers 3-1 in the county cup final on Saturday, playing a 4-4-2 formation.", None);
    assert_agree(&right, "3-1", "score.same", "3-1");
    let numbers: Vec<&Fact> = right.claims.iter().flat_map(|c| &c.facts).filter(|f| f.kind == FactKind::Quantity).collect();
    assert!(numbers.is_empty(), "a score or a formation read as numbers: {numbers:#?}");
}

#[test]
fn a_range_is_one_fact() {
    let sources = undated(&["Between 10 and 12 ships were stuck outside the port of Varrow on Monday, the harbour office said."]);
    let right = check(&sources, "Between 10 and 12 ships were stuck outside the port of Varrow on Monday.", None);
    assert_agree(&right, "Between 10 and 12 ships", "quantity.same", "Between 10 and 12 ships");
    let wrong = check(&sources, "Between 15 and 20 ships were stuck outside the port of Varrow on Monday.", None);
    assert_conflict(&wrong, "Between 15 and 20 ships", "quantity.incompatible", "Between 15 and 20 ships", "Between 10 and 12 ships");
    for words in ["10", "12", "15", "20"] {
        assert_no_fact(&right, FactKind::Quantity, words);
        assert_no_fact(&wrong, FactKind::Quantity, words);
    }
}

#[test]
fn a_vote_tally_is_one_fact() {
    let sources = undated(&["The Orlen assembly voted 298-115 to approve the canal budget on Wednesday."]);
    let wrong = check(&sources, "The Orlen assembly voted 289-115 to approve the canal budget on Wednesday.", None);
    for words in ["289-", "289", "115"] {
        assert_no_fact(&wrong, FactKind::Quantity, words);
    }
    assert_conflict(&wrong, "289-115", "score.other_score", "289-115", "298-115");
    let right = check(&sources, "On Wednesday the Orlen assembly voted 298-115 to approve the canal budget.", None);
    assert_agree(&right, "298-115", "score.same", "298-115");
}

#[test]
fn a_24_hour_time_without_at_is_one_fact() {
    let sources = undated(&["Polling stations in Merrow close at 20:00 on Sunday, the election board said."]);
    let wrong = check(&sources, "Polling stations in Merrow close 21:00 on Sunday.", None);
    for words in ["21", "00"] {
        assert_no_fact(&wrong, FactKind::Quantity, words);
    }
    assert_conflict(&wrong, "21:00", "time.other_time", "21:00", "20:00");
    let right = check(&sources, "Polling stations in Merrow close 20:00 on Sunday.", None);
    assert_agree(&right, "20:00", "time.same", "20:00");
}

#[test]
fn a_date_range_is_one_fact() {
    let sources = undated(&["The Kelby folk festival takes place on May 3-4 in the old market hall, its organisers said."]);
    let wrong = check(&sources, "The Kelby folk festival takes place on May 10-11 in the old market hall.", None);
    assert_no_fact(&wrong, FactKind::Quantity, "11");
    assert_conflict(&wrong, "May 10-11", "date.other_date", "May 10-11", "May 3-4");
    let right = check(&sources, "The Kelby folk festival takes place on May 3-4 in the old market hall.", None);
    assert_agree(&right, "May 3-4", "date.same", "May 3-4");
}

// Paraphrases.

#[test]
#[ignore = "engine misjudges: \"a six-member team\" is not the count of \"six workers\" (quantity.no_source), nor \"a seven-member team\" another count of them"]
fn a_six_member_team_is_six_workers() {
    let sources = undated(&["Six workers from the Ferris pumping station repaired the broken main overnight, the utility said."]);
    let right = check(&sources, "A six-member team from the Ferris pumping station repaired the broken main overnight.", None);
    assert_agree(&right, "six-member team", "quantity.same", "Six workers");
    let wrong = check(&sources, "A seven-member team from the Ferris pumping station repaired the broken main overnight.", None);
    assert_conflict(&wrong, "seven-member team", "quantity.incompatible", "seven-member team", "Six workers");
}

#[test]
#[ignore = "engine misjudges: \"within two minutes of the start\" is not checked against \"less than 120 seconds in\" (quantity.no_source): a span from the start is not read as a bound, nor minutes as seconds"]
fn within_two_minutes_is_less_than_120_seconds() {
    let sources = undated(&["Nadia Kovacs scored less than 120 seconds in as Portwell beat Dunmere in the county cup final."]);
    let right = check(&sources, "Nadia Kovacs scored within two minutes of the start as Portwell beat Dunmere in the county cup final.", None);
    assert_agree(&right, "two minutes", "quantity.implied", "120 seconds");
    let wrong = check(&sources, "Nadia Kovacs scored more than three minutes in as Portwell beat Dunmere in the county cup final.", None);
    assert_conflict(&wrong, "three minutes", "quantity.incompatible", "three minutes", "120 seconds");
}

#[test]
fn a_source_value_the_article_gives_to_another_fact_of_its_sentence_is_no_conflict() {
    // The source's "March 25" is the date the article gives the certificate, not a wrong
    // date for the first voyage.
    let article = "The Kestrel made its first voyage on 15 March 2023 and received its safety certificate on March 25.";
    let sources = undated(&["The Kestrel received its safety certificate on March 25, 2023, the registry said."]);
    let report = check(&sources, article, None);
    assert_no_conflict(&report, "on 15 March 2023");
    assert_agree(&report, "on March 25", "date.same", "March 25");
    // Its twin: a source that dates the voyage otherwise contradicts it.
    let sources = undated(&["The Kestrel made its first voyage on March 18, 2023, the registry said."]);
    let report = check(&sources, article, None);
    assert_conflict(&report, "on 15 March 2023", "date.other_date", "15 March 2023", "March 18");
}

#[test]
fn a_number_in_words_past_a_hundred_is_checked_whole() {
    // "one hundred and seventeen" was read as seventeen, so neither its twin nor its error
    // was ever lined up with the source's count.
    let sources = undated(&["Regulators grounded 171 jets of the type on Saturday."]);
    let wrong = check(&sources, "Regulators grounded one hundred and seventeen jets of the type on Saturday.", None);
    assert_conflict(&wrong, "one hundred and seventeen jets", "quantity.incompatible", "one hundred and seventeen", "171");
    let right = check(&sources, "Regulators grounded one hundred and seventy-one jets of the type on Saturday.", None);
    assert_agree(&right, "one hundred and seventy-one jets", "quantity.same", "171");
}
