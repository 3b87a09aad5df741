//! A fact's frame: what its value measures, whom or what it belongs to, and when. Two values
//! are compared only when their frames line up ("the 21-year-old" and "Ruiz, 22" are one
//! person's age; "two French banks" and "two German banks" are not one thing). The frame is
//! read from the words around the value with a few general rules of English news prose:
//!
//! - **what it measures**: the noun the value counts ("37 office buildings"); when that
//!   noun says nothing ("2,310 people"), the state or act after or before it ("had been
//!   injured", "killing four"); for "the death toll rose to 17" or "turnout was 63.42
//!   percent", the thing named before the linking word; a bare value in a list ("and the
//!   Harbour Party 40") takes the noun of the value before it;
//! - **whom it belongs to**: the names in its clause (or in the clause a relative "who"
//!   hangs on), and the person a pronoun points to;
//! - **when**: a date in its clause or at the head of its sentence, the year "that election"
//!   points back to, or an earlier time ("up from nine", "three years ago");
//! - whether it is a **change** ("a gain of 12") rather than a level, and whether it
//!   describes **one instance** ("a six-lane road") rather than counting one thing.

use super::calendar::{CalendarDate, DateValue};
use super::terms::{Lexicon, Term, TermKind};
use super::{Extracted, Sentence};
use crate::kinds::{FactKind, Value};
use crate::segment::{Span, Token, TokenKind};
use crate::tuning::TUNING;
use crate::words::concepts::{CHANGE_WORDS, COLLECTIVE_NOUNS, FALLING_WORDS, FIGURE_HEADS, GENERIC_UNITS, GENERIC_VERBS, LINKING_WORDS, MEASURE_NOUNS, PARTIAL_WORDS, RISING_WORDS};
use crate::words::function::{AUXILIARY_SET, HEDGES, STOPWORD_SET};
use crate::words::roles::{AGENT_NOUN_SET, ORGANISATION_WORD_SET, TITLE_SET};

/// When a value holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum When {
    /// No time is stated: the value holds when the text was written.
    #[default]
    Unstated,
    /// At a stated time.
    On(DateValue),
    /// At some time before the text's own ("up from nine", "three years ago"), stated or not.
    Earlier(Option<DateValue>),
}

/// Where a frame's head was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HeadFrom {
    /// No head.
    #[default]
    None,
    /// The noun after the value ("37 buildings").
    Noun,
    /// A noun that says nothing of what is counted ("2,310 people").
    Generic,
    /// A state or act around the value ("had been injured", "killing four").
    Verb,
    /// What a linking word ties the value to ("the death toll rose to 17").
    Linked,
    /// The head of the value before it in a list ("and the Harbour Party 40").
    Inherited,
}

/// Which way a change moves a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// What a value is about.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    /// The measured thing's head, as a term ("build", "vote", "death"), when one is named.
    pub head: Option<Term>,
    /// Where the head was read.
    pub head_from: HeadFrom,
    /// The head is a measure (`MEASURE_NOUNS`: "magnitude", "depth"): a property that stays,
    /// not a count that moves from one day's report to the next.
    pub measure: bool,
    /// Words that qualify the head ("office"), as terms, sorted.
    pub modifiers: Vec<Term>,
    /// Proper adjectives qualifying the head ("French banks"): two different ones tell the
    /// things apart.
    pub proper_modifiers: Vec<Term>,
    /// Name terms of whom or what the value belongs to, sorted.
    pub holders: Vec<Term>,
    /// The first of them as written: the subject whose value it is.
    pub primary: Option<Term>,
    /// The capitalised word that opens the sentence, when the value's clause starts there and
    /// it was not taken as a holder ("Rivermouth reached the final", but also "Turnout was"):
    /// it may confirm the other side's holder, never tell two apart.
    pub opener: Option<Term>,
    /// Its holders are groups listed together ("farmers, traders and shippers"): the
    /// value is theirs jointly.
    pub joint: bool,
    /// A name in the possessive right before what the value belongs to: "Ostria's" in
    /// "Ostria's survey office measured 6.3".
    pub owner: Option<Term>,
    /// The words around the value, weighted by nearness, sorted by term.
    pub context: Vec<(Term, f32)>,
    /// The IDF-weighted size of `context` (set by `Index::weigh` once the corpus's IDF is known).
    pub context_size: f32,
    pub when: When,
    /// For a date or a time: the act it dates ([`crate::kinds::date::anchors`]), read once.
    pub anchors: Vec<Term>,
    /// For a date: the event noun it follows ([`crate::kinds::date::event_noun`]).
    pub event: Option<Term>,
    /// A change ("a gain of 12", "rose by 3"), not a level.
    pub change: bool,
    /// Which way a change goes, when its word says: "rose 3.1 percent" and "fell 3.1
    /// percent" are two claims that cannot both be true.
    pub direction: Option<Direction>,
    /// Where the word that gives `direction` stands in the text ("fell"), to show it beside
    /// the value.
    pub change_word: Option<Span>,
    /// The words leave it open whether the value is a change or a level: "Marr gained 31
    /// percent" is a share of the vote, "the index gained 3 percent" a change.
    pub change_unsure: bool,
    /// Describes one instance ("a six-lane road"): such values can agree, but two of
    /// them need not be the same thing.
    pub instance: bool,
    /// Counts only part of a whole, and the word that says so: "a Canadian and three others",
    /// "14 more": it never contradicts a count of the whole.
    pub partial: Option<&'static str>,
}

/// "Of the injured, 12 were in serious condition", "Of the 212 passengers, 40 were children": a
/// bare count right after a sentence's opening "Of the ..." counts a part of those; the token
/// of the word that names them.
fn fronted_partitive(s: &Sentence, fact: &Extracted) -> Option<usize> {
    let toks = &s.tokens;
    let start = fact.tokens.0.min(fact.core.0);
    if word_at(toks, 0) != "of" || !matches!(word_at(toks, 1), "the" | "those") || !(3..=5).contains(&start) || word_at(toks, start - 1) != "," || fact.tokens.1 > fact.core.1 {
        return None;
    }
    let named = start - 2;
    let plain = toks[2..=named].iter().all(|t| t.kind != TokenKind::Punct && !t.capitalized);
    (plain && toks[named].kind == TokenKind::Word).then_some(named)
}

/// "three others", "two other foreign nationals", "14 more", "another 318": a count of the
/// rest, not of the whole. The word that makes it so.
fn partial_word(s: &Sentence, fact: &Extracted, facts: &[Extracted]) -> Option<&'static str> {
    let after = word_at(&s.tokens, fact.core.1);
    let before = word_at(&s.tokens, fact.core.0.wrapping_sub(1));
    // "212 aftershocks, including 9 of magnitude 4", "among them two children".
    let (ca, _) = s.clause_range(fact.core.0);
    let included = matches!(word_at(&s.tokens, ca), "including" | "among") && fact.core.0 <= ca + 2;
    const BEFORE: [&str; 4] = ["another", "additional", "further", "including"];
    // "six of its ten carriages": a part of the count after it, and that count the whole.
    let part_of = |k: usize| crate::kinds::quantity::part_of_at(&s.tokens, k);
    if part_of(fact.core.1) && fact.tokens.1 > fact.core.1 + 2 || fronted_partitive(s, fact).is_some() {
        return Some("of");
    }
    if fact.core.0 >= 3 && part_of(fact.core.0 - 2) && facts.iter().any(|f| f.kind == FactKind::Quantity && f.core.1 == fact.core.0 - 2) {
        return Some("whole");
    }
    PARTIAL_WORDS.iter().find(|w| **w == after).or_else(|| BEFORE.iter().find(|w| **w == before)).copied().or(included.then_some("including"))
}

/// The token ranges [first, last) of every hedge (`HEDGES`) the sentence holds. Every value
/// found asks [`is_hedged_by`]; the phrases are looked for once per sentence, not once per
/// value in its clause.
pub fn hedge_phrases(s: &Sentence) -> Vec<(usize, usize)> {
    // One pass over the tokens, a hedge compared whole only where its first word stands: this
    // is asked of every sentence with a value, and a window of every hedge at every token cost
    // a few thousand instructions a sentence. (The order found in does not matter: the phrases
    // are only asked whether one lies before a value.)
    let mut found = Vec::new();
    for (k, t) in s.tokens.iter().enumerate() {
        let (word, rest) = (t.norm.as_str(), &s.tokens[k..]);
        for hedge in HEDGES {
            if hedge[0] == word && rest.len() >= hedge.len() && rest.iter().zip(hedge.iter()).all(|(t, w)| t.norm.as_str() == *w) {
                found.push((k, k + hedge.len()));
            }
        }
    }
    found
}

/// Is the value at token `i` said to be what others tentatively or wrongly reported? Given the
/// sentence's [`hedge_phrases`]: a hedge lies wholly in the clause of token `i`, before it.
pub fn is_hedged_by(s: &Sentence, hedges: &[(usize, usize)], i: usize) -> bool {
    if hedges.is_empty() {
        return false;
    }
    let (a, _) = s.clause_range(i);
    let end = i.min(s.tokens.len());
    hedges.iter().any(|&(first, last)| first >= a && last <= end)
}

/// Reads the frame of every fact of a sentence, once the sentence's facts are all known.
pub fn read_all(_text: &str, s: &mut Sentence, lexicon: &mut Lexicon, written: Option<CalendarDate>, anaphoric_year: Option<i32>) {
    let sentence_date = sentence_date(s);
    let mut facts = std::mem::take(&mut s.facts);
    let antecedent: Vec<Term> = s.antecedent.iter().map(|p| lexicon.intern(TermKind::Name, &p.surname)).collect();
    let marks = TokenMarks::of(s, &facts);
    for n in 0..facts.len() {
        let mut frame = Frame::default();
        let fact = &facts[n];
        let (a, b) = (fact.core.0, fact.tokens.1.max(fact.core.1));
        frame.context = weighted_context(s, fact, &antecedent);
        if is_value(fact.kind) {
            if matches!(fact.kind, FactKind::Quantity | FactKind::Money | FactKind::Percent | FactKind::Ordinal) {
                read_measured(s, fact, &facts[..n], &facts, &mut frame, lexicon);
            }
            (frame.holders, frame.primary) = holders(s, fact, &facts, &marks, &antecedent);
            frame.joint = joint(s, fact, &marks);
            frame.owner = owner(s, fact);
            frame.when = when(s, fact, &facts, &marks, sentence_date.as_ref(), written, anaphoric_year);
            let change = change_word(s, fact.core.0.min(a));
            frame.change = change.is_some();
            frame.direction = change.and_then(|k| direction_of(&s.tokens[k].norm));
            frame.change_word = change.filter(|_| frame.direction.is_some()).map(|k| s.tokens[k].span);
            frame.change_unsure = frame.change && UNSURE_CHANGE.contains(&word_at(&s.tokens, fact.core.0.min(a).wrapping_sub(1)));
            frame.instance = is_instance(s, fact);
            frame.partial = partial_word(s, fact, &facts);
        } else {
            (frame.holders, frame.primary) = holders(s, fact, &facts, &marks, &antecedent);
            frame.when = when(s, fact, &facts, &marks, sentence_date.as_ref(), written, anaphoric_year);
        }
        let _ = b;
        frame.opener = opener_term(s, fact).filter(|t| !frame.holders.contains(t));
        if matches!(fact.kind, FactKind::Date | FactKind::Time) {
            frame.anchors = crate::kinds::date::anchors(s, fact);
        }
        if fact.kind == FactKind::Date {
            frame.event = crate::kinds::date::event_noun(s, fact);
        }
        // What it measures is lined up as the head, not counted again as a shared word.
        if let Some(h) = frame.head {
            frame.context.retain(|(t, _)| *t != h);
        }
        facts[n].frame = frame;
    }
    respectively(s, &mut facts);
    // A conversion beside a value of the same kind ("12 km (7.5 miles)", "$20bn (£15.8bn)").
    for n in 1..facts.len() {
        let (prev, this) = (&facts[n - 1], &facts[n]);
        if prev.kind == this.kind && is_value(this.kind) && this.tokens.0 >= prev.tokens.1 {
            let between: Vec<&str> = s.tokens[prev.tokens.1..this.core.0].iter().map(|t| t.norm.as_str()).collect();
            let conversion = matches!(between.as_slice(), ["("] | ["(", "about"] | ["(", "around"] | ["(", "roughly"] | ["(", "approximately"] | [",", "or"] | ["or"] | [",", "or", "about"] | [",", "or", "roughly"] | [",", "or", "around"] | [",", "about"] | ["or", "about"] | ["or", "roughly"]);
            let same_measure = match (&prev.value, &this.value) {
                (Value::Quantity(x), Value::Quantity(y)) => x.dimension.is_some() && x.dimension == y.dimension,
                (Value::Money(_), Value::Money(_)) => true,
                _ => false,
            };
            if conversion && same_measure {
                facts[n].derived = true;
                // A conversion takes the qualifier's sense of the value it converts, and its frame.
                let frame = facts[n - 1].frame.clone();
                facts[n].frame = Frame { context: facts[n].frame.context.clone(), ..frame };
            }
        }
    }
    s.facts = facts;
}

/// "the Azure and Jade parties will get $30 million and $25 million, respectively": the values of
/// a clause ending in "respectively" belong, in order, to the names listed before them.
fn respectively(s: &Sentence, facts: &mut [Extracted]) {
    let Some(at) = s.tokens.iter().position(|t| t.norm == "respectively") else { return };
    let (a, _) = s.clause_range(at);
    let values: Vec<usize> = (0..facts.len()).filter(|&n| is_value(facts[n].kind) && facts[n].tokens.0 >= a && facts[n].tokens.1 <= at).collect();
    let Some(&first) = values.first() else { return };
    if values.iter().any(|&n| facts[n].kind != facts[first].kind) {
        return;
    }
    // The names before the first value, in groups split by "and" and commas.
    let mut groups: Vec<Vec<Term>> = vec![Vec::new()];
    for i in a..facts[first].tokens.0 {
        let t = &s.tokens[i];
        if t.norm == "and" || t.norm == "," {
            if groups.last().is_some_and(|g| !g.is_empty()) {
                groups.push(Vec::new());
            }
            continue;
        }
        if t.capitalized && t.kind == TokenKind::Word {
            if let Some(g) = groups.last_mut() {
                g.extend(s.terms[i].iter().filter(|t| t.is_name()));
            }
        }
    }
    groups.retain(|g| !g.is_empty());
    if groups.len() != values.len() {
        return;
    }
    for (&n, mut g) in values.iter().zip(groups) {
        facts[n].frame.primary = g.first().copied();
        g.sort_unstable();
        g.dedup();
        facts[n].frame.holders = g;
    }
}

/// The kinds whose facts are values read in a frame.
pub fn is_value(kind: FactKind) -> bool {
    matches!(kind, FactKind::Quantity | FactKind::Money | FactKind::Percent | FactKind::Date | FactKind::Time | FactKind::Age | FactKind::Ordinal | FactKind::Score)
}

/// A date at the head of a sentence dates all of it: "In 2019, the Harbour Party held 44 seats,
/// the Azure Party 31, and the Jade Party four."
fn sentence_date(s: &Sentence) -> Option<DateValue> {
    let first = s.facts.iter().find(|f| f.kind == FactKind::Date)?;
    let at_head = first.tokens.0 <= 1 && s.tokens.get(first.tokens.1).is_some_and(|t| t.norm == ",");
    match (&first.value, at_head) {
        (Value::Date(d), true) if !d.identifying => Some(d.date.clone()),
        _ => None,
    }
}

fn word_at<'a>(toks: &'a [Token], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.norm.as_str())
}

fn is_content(t: &Token) -> bool {
    t.kind == TokenKind::Word && !t.repeated && !STOPWORD_SET.contains(&t.norm) && t.norm.chars().count() > 1
}

/// The term a word is compared by as the head of what is measured.
fn head_term(lexicon: &mut Lexicon, word: &str) -> Term {
    lexicon.intern_stem(word)
}

fn is_generic(word: &str) -> bool {
    GENERIC_UNITS.contains(&word) || FIGURE_HEADS.contains(&word) || GENERIC_VERBS.contains(&word)
}

/// A participle or state word that says what happened to what is counted: "injured",
/// "trapped", "missing", "dead", "killed", "stuck".
fn is_state(t: &Token) -> bool {
    is_content(t) && !t.capitalized && (t.norm.ends_with("ed") || t.norm.ends_with("ing") || matches!(t.norm.as_str(), "missing" | "dead" | "stuck" | "hurt" | "alive" | "homeless" | "safe" | "unaccounted"))
}

/// A verb or verbal noun before a value that says what it counts: "killing four", "lost $3
/// billion", "injuring more than 300".
fn is_verb_like(t: &Token) -> bool {
    is_content(t) && !t.capitalized && (t.norm.ends_with("ed") || t.norm.ends_with("ing") || matches!(t.norm.as_str(), "lost" | "won" | "took" | "cost" | "paid" | "owe" | "owes" | "forfeit" | "seized" | "killed" | "hit" | "left" | "got" | "held" | "sought" | "gave"))
}

/// What the value measures: the head noun of the words the kind took as its unit, or a
/// state or act around it, or what a linking word ties it to.
fn read_measured(s: &Sentence, fact: &Extracted, before: &[Extracted], facts: &[Extracted], frame: &mut Frame, lexicon: &mut Lexicon) {
    let toks = &s.tokens;
    let (clause_start, clause_end) = s.clause_range(fact.core.0);
    let value_start = fact.tokens.0.min(fact.core.0);
    // "the magnitude 6.1 quake", "magnitude 6.1", "magnitudes ranging from 2.8 to 5.9": a
    // measure noun right before the value, or a few words before it.
    let measure = (value_start.saturating_sub(3).max(clause_start)..value_start).rev().find(|&k| MEASURE_NOUNS.contains(&word_at(toks, k).trim_end_matches('s')) && (k + 1..value_start).all(|m| matches!(word_at(toks, m), "ranging" | "from" | "of" | "between" | "at" | "a" | "an" | "the")));
    if let Some(k) = measure {
        frame.head = Some(head_term(lexicon, word_at(toks, k).trim_end_matches('s')));
        frame.head_from = HeadFrom::Noun;
        frame.measure = true;
        return;
    }
    // "Of the injured, 12 were in serious condition": a part of those the sentence opens with.
    if let Some(k) = fronted_partitive(s, fact) {
        frame.head = Some(head_term(lexicon, word_at(toks, k)));
        frame.head_from = HeadFrom::Noun;
        return;
    }
    // "its fleet of 65 aircraft": the size of a body of things, which is what is measured.
    if value_start >= clause_start + 2 && word_at(toks, value_start - 1) == "of" && COLLECTIVE_NOUNS.contains(&word_at(toks, value_start - 2)) {
        frame.head = Some(head_term(lexicon, word_at(toks, value_start - 2)));
        frame.head_from = HeadFrom::Noun;
        return;
    }
    // 1. The noun phrase the kind took after the value ("37 office buildings").
    // A rank's noun is what it ranks, a unit of time included ("the 67th minute").
    let unit: Vec<usize> = (fact.core.1..fact.tokens.1).filter(|&i| is_content(&toks[i]) && (fact.kind == FactKind::Ordinal || !crate::kinds::quantity::is_unit_word(&toks[i].norm))).collect();
    if let Some(&measure) = unit.iter().find(|&&i| MEASURE_NOUNS.contains(&toks[i].norm.as_str())) {
        // "a 6.1 magnitude earthquake": the measure, not the thing measured.
        frame.head = Some(head_term(lexicon, &toks[measure].norm));
        frame.head_from = HeadFrom::Noun;
        frame.measure = true;
        return;
    }
    let mut head: Option<(usize, HeadFrom)> = None;
    if let Some(&last) = unit.last() {
        let from = if is_generic(&toks[last].norm) { HeadFrom::Generic } else { HeadFrom::Noun };
        head = Some((last, from));
        for &i in &unit[..unit.len() - 1] {
            if toks[i].capitalized {
                frame.proper_modifiers.push(super::terms::with_proper_key(&toks[i].norm, |key| lexicon.intern(TermKind::Name, key)));
            } else if !TITLE_SET.contains(&toks[i].norm) {
                frame.modifiers.push(head_term(lexicon, &toks[i].norm));
            }
        }
    }
    // 1b. What a measure is of, in a bare noun after "of": "112 millimetres of rain", "30 cm
    // of snow", "24 hours of talks" (not "within 3 km of the town": a distance from it).
    let dimension = match &fact.value {
        Value::Quantity(q) => q.dimension,
        _ => None,
    };
    let measure = dimension.is_some();
    let physical = dimension.is_some_and(|d| d != crate::words::units::Dimension::Duration);
    if head.is_none() && measure && word_at(toks, fact.tokens.1) == "of" && fact.tokens.1 + 1 < clause_end {
        let j = fact.tokens.1 + 1;
        if is_content(&toks[j]) && !toks[j].capitalized && !is_verb_like(&toks[j]) {
            head = Some((j, HeadFrom::Noun));
        }
    }
    // 1c. What a count is of, in the nouns after "of": "dozens of workers heading to ...",
    // "hundreds of hotel guests" (the last of up to three plain words).
    if head.is_none() && !measure && fact.tokens.1 == fact.core.1 && word_at(toks, fact.tokens.1) == "of" {
        let plain = |t: &Token| is_content(t) && !t.capitalized && !is_verb_like(t);
        let run = (fact.tokens.1 + 1..clause_end.min(fact.tokens.1 + 4)).take_while(|&j| plain(&toks[j])).last();
        if let Some(j) = run {
            head = Some((j, if is_generic(&toks[j].norm) { HeadFrom::Generic } else { HeadFrom::Noun }));
        }
    }
    // 1d. A count of a model counts what the noun after the model's name says: "65 Ardent
    // 310 XR aircraft", "12 F-16 jets".
    if head.is_none() {
        let model = facts.iter().find(|f| f.kind == FactKind::Code && f.tokens.0 == fact.tokens.1.max(fact.core.1));
        if let Some(j) = model.map(|f| f.tokens.1).filter(|&j| j < clause_end && is_content(&toks[j]) && !toks[j].capitalized && !is_verb_like(&toks[j])) {
            head = Some((j, if is_generic(&toks[j].norm) { HeadFrom::Generic } else { HeadFrom::Noun }));
        }
    }
    if head.is_none_or(|(_, from)| from == HeadFrom::Generic) {
        // 2. A state after it: "2,310 people had been injured", "212 were missing".
        let mut j = fact.tokens.1.max(fact.core.1);
        while j < clause_end && j < fact.tokens.1 + 6 && (AUXILIARY_SET.contains(&toks[j].norm) || toks[j].norm == "not") {
            j += 1;
        }
        let mut k = value_start;
        while k > clause_start && matches!(word_at(toks, k - 1), "a" | "an" | "the" | "some" | "another" | "its" | "his" | "her" | "their") {
            k -= 1;
        }
        if j < clause_end && is_state(&toks[j]) {
            head = Some((j, HeadFrom::Verb));
        } else if let Some(subject) = lasting_subject(toks, clause_start, k) {
            // 3a. A span of time something took: "a repair that took 18 months" measures the
            // repair, not the taking.
            head = Some((subject, HeadFrom::Noun));
        } else if k > clause_start && is_verb_like(&toks[k - 1]) && !LINKING_WORDS.contains(&word_at(toks, k - 1)) && (direction_of(word_at(toks, k - 1)).is_none() || UNSURE_CHANGE.contains(&word_at(toks, k - 1))) {
            // (Not a change that says which way: "the kelda weakened 0.4%" and "strengthened
            // 0.4%" measure one thing, the kelda, in two directions. "Gained 37 %" may be a
            // share won, an act.)
            // 3. An act before it: "killing at least four people", "lost $3 billion".
            head = Some((k - 1, HeadFrom::Verb));
        } else if head.is_none() && physical && k >= clause_start + 2 && word_at(toks, k - 1) == "of" && is_content(&toks[k - 2]) && !toks[k - 2].capitalized && !is_verb_like(&toks[k - 2]) {
            // 4a. A measure of the noun before "of": "winds of up to 150 km/h", "waves of
            // six metres" (not a span of time: "a term of seven years" is what someone
            // "wanted", in other words).
            head = Some((k - 2, HeadFrom::Noun));
        } else if head.is_none() && k > clause_start {
            // 4. What a linking word ties it to: "the death toll rose to 17", "turnout was
            // 63.42 percent", "a depth of 18.3 km".
            if let Some(i) = linked_head(toks, clause_start, k) {
                head = Some((i, HeadFrom::Linked));
            }
        }
    }
    // 4b. A part of a count before it: "374 structures, 174 of them homes", "three of whom
    // were children" measures what the part is.
    let end = fact.tokens.1.max(fact.core.1);
    if head.is_none() && word_at(toks, end) == "of" && matches!(word_at(toks, end + 1), "them" | "whom" | "which" | "those") {
        let noun = if matches!(word_at(toks, end + 2), "were" | "are" | "was" | "is") { end + 3 } else { end + 2 };
        if toks.get(noun).is_some_and(|t| is_content(t) && !t.capitalized && !is_verb_like(t)) && noun < clause_end.max(end + 3) {
            head = Some((noun, HeadFrom::Noun));
        }
    }
    // 4c. A value a relative clause gives its noun: "the board's estimate — which, at 40
    // days, ...", "the fine, which was $2 million, ...".
    if head.is_none() {
        head = relative_antecedent(toks, value_start).map(|i| (i, HeadFrom::Noun));
    }
    // 5. A bare value in a list takes what the value before it measures: "the Azure Party
    // took forty-four seats ... and the Harbour Party 40".
    let compared = matches!((word_at(toks, value_start.wrapping_sub(2)), word_at(toks, value_start.wrapping_sub(1))), ("up" | "down", "from") | ("compared", "with" | "to") | (_, "than"));
    if (fact.tokens.1 == fact.core.1 || compared) && head.is_none_or(|(_, from)| from == HeadFrom::Linked && compared) {
        let inheritable = |f: &Extracted| f.frame.head_from == HeadFrom::Noun || compared && f.frame.head.is_some();
        // A decimal is not one more of the things an integer count before it counted.
        let decimal = matches!(&fact.value, Value::Quantity(q) if q.reported.interval.lo.fract() != 0.0);
        if let Some(prev) = before.iter().rev().find(|f| f.kind == fact.kind && inheritable(f)).filter(|_| !decimal || compared) {
            frame.head = prev.frame.head;
            frame.head_from = HeadFrom::Inherited;
            frame.modifiers = prev.frame.modifiers.clone();
            return;
        }
    }
    if let Some((i, from)) = head {
        let word = toks[i].norm.as_str();
        // "the death toll": the word before a figure head says what it counts.
        let word = if FIGURE_HEADS.contains(&word) && i > 0 && is_content(&toks[i - 1]) && !toks[i - 1].capitalized { toks[i - 1].norm.as_str() } else { word };
        frame.head = Some(head_term(lexicon, word));
        frame.head_from = if is_generic(word) { HeadFrom::Generic } else { from };
    }
    frame.modifiers.sort_unstable();
    frame.modifiers.dedup();
    frame.proper_modifiers.sort_unstable();
    frame.proper_modifiers.dedup();
}

/// The noun whose duration a value gives, when a verb of lasting stands right before the
/// value (token `k`): "the repair took 18 months", "a trial that lasted six weeks". Only the
/// verbs here, whose object is a span of time and whose subject is what the span measures.
fn lasting_subject(toks: &[Token], clause_start: usize, k: usize) -> Option<usize> {
    const LASTING: &[&str] = &["took", "take", "takes", "taking", "lasted", "last", "lasts", "lasting"];
    if k < clause_start + 2 || !LASTING.contains(&word_at(toks, k - 1)) {
        return None;
    }
    let mut i = k - 2;
    if matches!(word_at(toks, i), "that" | "which") && i > clause_start {
        i -= 1;
    }
    (is_content(&toks[i]) && !toks[i].capitalized && !is_verb_like(&toks[i])).then_some(i)
}

/// The noun a relative clause opening right before a value hangs on, where the clause only
/// states the value: "the guidance, which, at 40 days, ...", "the fine — which was $2
/// million — ...". Token `k` is the value's first token; punctuation may stand on either side
/// of "which".
fn relative_antecedent(toks: &[Token], k: usize) -> Option<usize> {
    let mut i = k.checked_sub(1)?;
    if !matches!(word_at(toks, i), "at" | "was" | "is" | "were" | "are") {
        return None;
    }
    let punct = |i: usize| toks[i].kind == TokenKind::Punct;
    i = i.checked_sub(1)?;
    while punct(i) {
        i = i.checked_sub(1)?;
    }
    if word_at(toks, i) != "which" {
        return None;
    }
    i = i.checked_sub(1)?;
    while punct(i) {
        i = i.checked_sub(1)?;
    }
    (is_content(&toks[i]) && !toks[i].capitalized && !is_verb_like(&toks[i])).then_some(i)
}

/// The head a linking word ties a value to, looking back from token `k` (the first token of
/// the value) within the clause: "the number of people injured ... passed 2,000" → injured;
/// "the death toll held steady at eleven" → death; "turnout was 63.42" → turnout.
fn linked_head(toks: &[Token], clause_start: usize, k: usize) -> Option<usize> {
    let before = word_at(toks, k - 1);
    // "put the magnitude at 6.3", "a depth of 18.3 km", "the toll at 17": a measure or a
    // figure named right before "at", "of" or "to".
    if matches!(before, "at" | "of" | "to") && k >= 2 {
        let noun = word_at(toks, k - 2);
        if MEASURE_NOUNS.contains(&noun) || FIGURE_HEADS.contains(&noun) {
            return Some(k - 2);
        }
    }
    // "steady at eleven", "about 40": a word between the link and the value.
    let linked = LINKING_WORDS.contains(&before) || (k >= 2 && LINKING_WORDS.contains(&word_at(toks, k - 2)) && matches!(before, "steady" | "unchanged" | "about" | "some"));
    if !linked {
        return None;
    }
    // A figure head in the clause: "the number of people killed ... rose to 17", "the death
    // toll held steady at eleven".
    for i in (clause_start..k).rev() {
        let w = word_at(toks, i);
        if FIGURE_HEADS.contains(&w) {
            if word_at(toks, i + 1) == "of" {
                // The first specific word after "of": "number of people injured" → injured.
                let mut j = i + 2;
                while j < k && (!is_content(&toks[j]) || is_generic(&toks[j].norm)) {
                    j += 1;
                }
                if j < k {
                    return Some(j);
                }
            }
            if i > clause_start && is_content(&toks[i - 1]) && !toks[i - 1].capitalized {
                return Some(i - 1);
            }
            return Some(i);
        }
    }
    // "Turnout was 63.42 percent": the subject of a copula right before the value.
    let copula = matches!(before, "was" | "were" | "is" | "are" | "remained" | "stood" | "stands" | "totalled" | "totaled" | "reached" | "hit" | "passed" | "top" | "tops" | "topped" | "exceeded" | "exceeds" | "surpassed");
    if !copula {
        return None;
    }
    let noun = |i: &usize| is_content(&toks[*i]) && (!toks[*i].capitalized || *i == 0) && !is_verb_like(&toks[*i]);
    let subject = (clause_start..k - 1).rev().take(4).find(noun)?;
    // "The turnout at the 2019 referendum was 58.3 percent": the noun a prepositional phrase
    // hangs on is the subject, not the phrase's own noun.
    let preposition = (clause_start.max(subject.saturating_sub(3))..subject).rev().find(|&j| matches!(word_at(toks, j), "in" | "of" | "for" | "at" | "during" | "among" | "across"));
    Some(preposition.and_then(|j| (clause_start.max(j.saturating_sub(3))..j).rev().find(noun)).unwrap_or(subject))
}

/// The names a value belongs to: those in its clause (outside the value), or, in a relative
/// clause with none, those its "who" or "which" hangs on; and the person a pronoun points to.
/// What each token of a sentence is part of, marked once for all its facts (a token's lookups
/// in `holders` then cost nothing, however many facts a long sentence holds).
struct TokenMarks {
    /// Inside a date, a time or a code ("Crew-10", "Falcon 9"): words that are no holder.
    dated: Vec<bool>,
    /// A group that acts on figures ("prosecutors", "farmers"): `AGENT_NOUN_SET`.
    agent: Vec<bool>,
    /// The "Party" or "City" of a name, or a title: `ORGANISATION_WORD_SET`, `TITLE_SET`.
    generic: Vec<bool>,
    /// Inside a named person (or the person an age is given to): the tokens of the name, and
    /// the fact that names them.
    person: Vec<Option<(usize, usize, usize)>>,
    /// Inside a phrase set off by commas that opens with a participle or "which"/"who" ("The
    /// carmaker, led by its founder Ana Kelby since 2021, plans ..."): the phrase's first and
    /// last token. Its names say who did what the phrase says, not whose a value outside it is.
    aside: Vec<Option<(usize, usize)>>,
}

impl TokenMarks {
    fn of(s: &Sentence, facts: &[Extracted]) -> TokenMarks {
        let n = s.tokens.len();
        let agent = s.tokens.iter().map(|t| AGENT_NOUN_SET.contains(&t.norm)).collect();
        let generic = s.tokens.iter().map(|t| ORGANISATION_WORD_SET.contains(&t.norm) || TITLE_SET.contains(&t.norm)).collect();
        let mut marks = TokenMarks { dated: vec![false; n], agent, generic, person: vec![None; n], aside: vec![None; n] };
        let toks = &s.tokens;
        let mut open = None;
        for i in 0..n {
            if toks[i].norm != "," {
                continue;
            }
            if let Some(o) = open.take() {
                marks.aside[o..i].fill(Some((o, i)));
            }
            let opens = i > 0 && toks.get(i + 1).is_some_and(|t| matches!(t.norm.as_str(), "which" | "who" | "whose") || is_verb_like(t) && !t.norm.ends_with("ing"));
            if opens {
                open = Some(i + 1);
            }
        }
        for (k, f) in facts.iter().enumerate() {
            if matches!(f.kind, FactKind::Date | FactKind::Time | FactKind::Code) {
                marks.dated[f.tokens.0.min(n)..f.tokens.1.min(n)].fill(true);
            }
            let (from, to) = match &f.value {
                Value::Person(p) if p.name.is_some() => (f.core.0, f.core.1),
                Value::Age(age) if age.person.is_some() => (f.tokens.0, f.core.0),
                _ => continue,
            };
            for slot in &mut marks.person[from.min(n)..to.min(n).max(from.min(n))] {
                slot.get_or_insert((from, to, k));
            }
        }
        marks
    }

    /// Is token `i` in an aside that `fact` stands outside of?
    fn set_apart(&self, i: usize, fact: &Extracted) -> bool {
        self.aside.get(i).copied().flatten().is_some_and(|(from, to)| fact.core.0 < from || fact.core.0 >= to)
    }

    /// Do token `i` and `fact` stand in different asides, or one in an aside and the other
    /// outside it? ("Rivermouth, who finished fourth last season, play in the final on 17
    /// May": the date is not when the fourth place was.)
    fn apart(&self, i: usize, fact: &Extracted) -> bool {
        let at = |k: usize| self.aside.get(k).copied().flatten();
        at(i) != at(fact.core.0)
    }
}

fn holders(s: &Sentence, fact: &Extracted, facts: &[Extracted], marks: &TokenMarks, antecedent: &[Term]) -> (Vec<Term>, Option<Term>) {
    let (mut a, b) = s.clause_range(fact.core.0);
    // "defeated Kaur Oden and his running mate Ostrom Pell, who took 3,904,117 votes": an
    // "and" right after a name joins two holders, not two clauses.
    while a > 1 && matches!(word_at(&s.tokens, a), "and" | "or") && s.tokens[a - 1].capitalized && s.tokens[a - 1].kind == TokenKind::Word {
        let (pa, _) = s.clause_range(a - 1);
        a = (pa..a).rev().find(|&i| is_verb_like(&s.tokens[i])).map_or(pa, |v| v + 1);
    }
    let reach = TUNING.holder_reach;
    let (a, b) = (a.max(fact.core.0.min(fact.tokens.0).saturating_sub(reach)), b.min(fact.tokens.1.max(fact.core.1) + reach));
    // Names outside the value, not the words of a date or a time ("January", "Thursday"), not
    // a capitalised first word of the sentence unless it is part of a name ("Turnout was"),
    // and not the "Party" or "City" of a name, which tell no two holders apart. Groups that
    // act on figures ("prosecutors", "customers", "probation officers") are holders too.
    let dated = |i: usize| marks.dated.get(i).copied().unwrap_or(false);
    let person_at = |i: usize| -> Option<(usize, usize, &str)> {
        let (from, to, k) = marks.person.get(i).copied().flatten()?;
        let name = match &facts[k].value {
            Value::Person(p) => p.name.as_ref(),
            Value::Age(age) => age.person.as_ref(),
            _ => None,
        };
        name.map(|n| (from, to, n.surname.as_str()))
    };
    let in_name = |i: usize| person_at(i).is_some();
    // A first word that a relative "who" follows ("Freitas, who has led the town") is a
    // person's name.
    let named_by_who = matches!((word_at(&s.tokens, 1), word_at(&s.tokens, 2)), (",", "who" | "whose"));
    let opener = |i: usize| i == 0 && !in_name(0) && !named_by_who && !s.tokens.get(1).is_some_and(|t| t.capitalized && t.kind == TokenKind::Word);
    let outside = |i: usize| i < fact.tokens.0.min(fact.core.0) || i >= fact.tokens.1.max(fact.core.1);
    // The holder terms of token `i`: its name terms, or the word term of a group; none for a
    // token left out.
    let terms_at = |i: usize| {
        let (names, most) = if !outside(i) || dated(i) || marks.set_apart(i, fact) {
            (true, 0)
        } else if marks.agent[i] {
            (false, 1)
        } else if opener(i) || marks.generic[i] {
            (true, 0)
        } else {
            (true, 2)
        };
        s.terms[i].iter().filter(move |t| t.is_name() == names).take(most)
    };
    let names = |from: usize, to: usize| -> Vec<Term> { (from..to).flat_map(terms_at).collect() };
    let names_any = |from: usize, to: usize| (from..to).flat_map(terms_at).next().is_some();
    // The first token naming someone in a range, for whose the value is first.
    // A person's name before other names ("Outgoing Deputy Premier Vela Min-to").
    let first_named = |from: usize, to: usize| {
        let named = |i: &usize| terms_at(*i).any(|t| t.is_name());
        (from..to).filter(|&i| in_name(i)).find(named).or_else(|| (from..to).find(named))
    };
    // Who says it is not whose it is: "X said 212 workers took part", "..., officials said".
    let reporting = (a..b).find(|&i| REPORTING.contains(&s.tokens[i].norm.as_str()));
    let (a, b) = match reporting {
        // "According to Ardent, 2,318 ...": the claim starts after the speaker's comma.
        Some(r) if r < fact.core.0 && s.tokens[r].norm == "according" => ((r..fact.core.0).find(|&i| s.tokens[i].norm == ",").map_or(r + 1, |c| c + 1), b),
        // "X told analysts the company would cut ...": whom it is told to is no holder
        // either (a group or a name, with its article: "told the Ostrian broadcaster").
        Some(r) if r < fact.core.0 && matches!(s.tokens[r].norm.as_str(), "told" | "tells") => {
            let mut k = r + 1;
            k += usize::from(matches!(word_at(&s.tokens, k), "the" | "a" | "an"));
            let from = k;
            while k < fact.core.0.min(fact.tokens.0) && k < from + 4 && (marks.agent[k] || s.tokens[k].capitalized && s.tokens[k].kind == TokenKind::Word) {
                k += 1;
            }
            (if k > from { k } else { r + 1 }, b)
        }
        Some(r) if r < fact.core.0 => (r + 1, b),
        Some(r) if r >= fact.tokens.1 => (a, r),
        _ => (a, b),
    };
    // The comma-set piece the value stands in names its holder before it ("Of the 90 seats
    // in the Senate, the Harbour Party won 40"); a piece naming no one before the value
    // takes the names of its clause before it ("Vela and his running mate, Pell, ...,
    // received 4,212,730 votes"), and only then the names after it ("lost by customers of X").
    let comma = |i: usize| s.tokens[i].norm == "," || s.tokens[i].norm == "(" || s.tokens[i].norm == ")";
    let start = fact.core.0.min(fact.tokens.0);
    let piece_start = (a..start).rev().find(|&i| comma(i)).map_or(a, |i| i + 1);
    // A relative clause after the value ("... that forced a jet operated by X to land") says
    // who did something else: the names in it are not this value's.
    let relative = |i: usize| matches!(s.tokens[i].norm.as_str(), "that" | "which" | "who" | "whom");
    let piece_end = (fact.tokens.1.max(fact.core.1)..b).find(|&i| comma(i) || relative(i)).unwrap_or(b);
    let mut range = (piece_start, start);
    // "the 40 days sought by the state", "a fine imposed by the Ostrian regulator": the
    // agent of a participle right after the value is whose value it is, before any name
    // earlier in the clause.
    let end = fact.tokens.1.max(fact.core.1);
    let passive = end + 1 < piece_end && s.tokens[end].norm.ends_with("ed") && s.tokens[end + 1].norm == "by" && names_any(end + 2, piece_end);
    if passive {
        range = (end + 2, piece_end);
    }
    // "the Azure Party won 44 seats and the Harbour Party 40": after another value and an
    // "and", the names between are this value's alone.
    let gapped = facts
        .iter()
        .filter(|f| is_value(f.kind) && f.tokens.1 <= start && f.tokens.0 >= piece_start)
        .map(|f| f.tokens.1)
        .max()
        .filter(|&e| (e..start).any(|i| s.tokens[i].norm == "and") && names_any(e, start));
    if let Some(e) = gapped.filter(|_| !passive) {
        range = (e, start);
    }
    let mut out = names(range.0, range.1);
    if out.is_empty() {
        // "Marr gained around 31 % and Lenz, about 22 %": in a list, the names after the value
        // before are this one's.
        let listed = facts.iter().filter(|f| is_value(f.kind) && f.tokens.1 <= piece_start && f.tokens.0 >= a && f.tokens.1 < start).map(|f| f.tokens.1).max();
        let from = listed.filter(|&e| names_any(e, piece_start)).unwrap_or(a);
        range = (from, piece_start);
        out = names(from, piece_start);
    }
    if out.is_empty() {
        range = (start, piece_end);
        out = names(start, piece_end);
    }
    if out.is_empty() && a > 0 && matches!(word_at(&s.tokens, a), "who" | "which" | "whose" | "whom") {
        // The names after the last verb of the clause before: "defeated Kaur Oden ... and his
        // running mate Ostrom Pell, who took ...".
        let (mut pa, pb) = s.clause_range(a - 1);
        // "... defeated Kaur Oden and his running mate Ostrom Pell, who": both are its subject.
        while pa > 0 && matches!(word_at(&s.tokens, pa), "and" | "or") {
            pa = s.clause_range(pa - 1).0;
        }
        // After the clause's first verb: "running" in "his running mate" is none.
        let from = (pa..pb).find(|&i| is_verb_like(&s.tokens[i])).map_or(pa, |v| v + 1);
        range = (from, pb);
        out = names(from, pb);
    }
    let pronoun = s.tokens[a..b].iter().any(|t| matches!(t.norm.as_str(), "his" | "her" | "he" | "she" | "him"));
    if pronoun {
        out.extend_from_slice(antecedent);
    }
    // Whose it is first: the first name, and of a person's name its surname ("Outgoing
    // Deputy Premier Vela Min-to", "Tomas Vela": Vela).
    // "... and his running mate, Pell, won": the one "his" points to comes first.
    let first = first_named(range.0, range.1);
    let owner_pronoun = (range.0..first.unwrap_or(range.1)).any(|i| matches!(s.tokens[i].norm.as_str(), "his" | "her"));
    let primary = first
        .filter(|_| !owner_pronoun || antecedent.is_empty())
        .map(|i| person_at(i).and_then(|(from, to, surname)| (from..to).find(|&k| super::terms::with_proper_key(&s.tokens[k].norm, |key| key == surname))).unwrap_or(i))
        .and_then(|i| terms_at(i).find(|t| t.is_name()))
        .or_else(|| if owner_pronoun { antecedent.iter().copied().find(|t| t.is_name()) } else { None })
        .or_else(|| out.iter().copied().find(|t| t.is_name()));
    out.sort_unstable();
    out.dedup();
    (out, primary)
}

/// The name term of a capitalised word opening the sentence, for a fact in the clause it opens
/// (not one within a longer name, which is a holder already).
fn opener_term(s: &Sentence, fact: &Extracted) -> Option<Term> {
    let first = s.tokens.first()?;
    let longer = s.tokens.get(1).is_some_and(|t| t.capitalized && t.kind == TokenKind::Word);
    if first.kind != TokenKind::Word || !first.capitalized || longer || fact.tokens.0.min(fact.core.0) == 0 || s.clause_range(fact.core.0).0 != 0 {
        return None;
    }
    s.terms[0].iter().find(|t| t.is_name())
}

/// The possessive name in the value's clause before it: "Ostria's survey office measured a
/// magnitude of 6.3", "Kelby's seismology office gave it 6.1".
fn owner(s: &Sentence, fact: &Extracted) -> Option<Term> {
    let (a, _) = s.clause_range(fact.core.0);
    (a..fact.tokens.0.min(fact.core.0))
        .rev()
        .find(|&i| s.tokens[i].capitalized && s.tokens.get(i + 1).is_some_and(|t| t.norm == "'s" || t.norm == "'") && i > 0 || i == 0 && s.tokens.get(1).is_some_and(|t| t.norm == "'s"))
        .and_then(|i| s.terms[i].iter().find(|t| t.is_name()))
}

/// Are groups listed together in the value's clause ("farmers, traders and shippers")?
fn joint(s: &Sentence, fact: &Extracted, marks: &TokenMarks) -> bool {
    let (a, b) = s.clause_range(fact.core.0);
    let agent = |i: usize| marks.agent[i];
    (a..b).any(|i| agent(i) && (i + 2..(i + 4).min(b)).any(|j| agent(j) && (i + 1..j).all(|k| matches!(s.tokens[k].norm.as_str(), "," | "and" | "or" | "the" | "its" | "equity"))))
}

/// Verbs that report what someone said: the names before them are the speaker's.
const REPORTING: &[&str] = &["said", "says", "say", "told", "tells", "added", "according", "stated", "wrote", "announced", "confirmed", "reported", "showed", "estimated"];

/// When the value holds.
fn when(s: &Sentence, fact: &Extracted, facts: &[Extracted], marks: &TokenMarks, sentence_date: Option<&DateValue>, written: Option<CalendarDate>, anaphoric_year: Option<i32>) -> When {
    let toks = &s.tokens;
    let clause = fact.clause;
    // "up from nine", "down from 47 after the 2019 election", "three years ago".
    let start = fact.tokens.0.min(fact.core.0);
    let before2 = (word_at(toks, start.wrapping_sub(2)), word_at(toks, start.wrapping_sub(1)));
    // "cut rates to 4.5% from 4.75%", "fell from $1.2425 to $1.237": a value after "from",
    // with a value of its kind after "to" in its clause, is the earlier one.
    let to_value = |f: &Extracted| f.kind == fact.kind && f.clause == clause && f.span != fact.span && word_at(toks, f.tokens.0.min(f.core.0).wrapping_sub(1)) == "to";
    let from_to = before2.1 == "from" && facts.iter().any(to_value);
    let earlier_before = from_to || matches!(before2, ("up", "from") | ("down", "from") | (_, "previously") | ("compared", "with") | ("compared", "to"));
    let after_end = fact.tokens.1.max(fact.core.1);
    let ago = (after_end..(after_end + 4).min(toks.len())).find(|&i| toks[i].norm == "ago");
    let ago_year = ago.and_then(|i| {
        let n = super::numbers::number_at(toks, i.checked_sub(2)?)?;
        let unit = word_at(toks, i - 1);
        let years = if unit.starts_with("year") { n.value } else { return None };
        written.map(|w| w.year - years as i32)
    });
    // A date in the same clause (not the fact itself, not one that names an event).
    // A date in the clause dates the value, one that names an event too ("her fourth term"
    // in "the 2018 vote that gave her a fourth term").
    // Several dates in one clause say one moment between them ("in the 2023 election on May
    // 4"): the fullest, with a year another gives.
    // A possessive date qualifies a noun ("Tuesday's storm"), it does not date the value.
    let possessive = |f: &Extracted| s.tokens.get(f.tokens.1).is_some_and(|t| t.norm == "'s" || t.norm == "'");
    // "63.42 per cent, down from 66.1 per cent in the 2019 election": a date after an earlier
    // value ("up from", "down from") is that value's.
    // So is one after "from" and a value ("slowed to 2.5% in December from 2.6% in
    // November": November is the 2.6%'s).
    let from_value = |i: usize| (i + 1..(i + 3).min(toks.len())).any(|k| toks[k].kind == TokenKind::Number);
    let compared_before = |f: &Extracted| f.tokens.0 > after_end && (after_end..f.tokens.0).any(|i| word_at(toks, i) == "from" && (matches!(word_at(toks, i.wrapping_sub(1)), "up" | "down") || from_value(i)));
    // "The storm hit early Tuesday, causing four deaths": a participle after a comma
    // tells what followed the dated act; the count it gives (a toll that may rise) is of no
    // stated day.
    let participle_between = |f: &Extracted| {
        if fact.kind != FactKind::Quantity {
            return false;
        }
        let (from, to) = if f.tokens.1 <= start { (f.tokens.1, start) } else { (after_end, f.tokens.0) };
        (from..to).any(|i| word_at(toks, i) == "," && toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized && t.norm.ends_with("ing") && t.norm.len() > 5))
    };
    // "The carmaker, led by its founder since 2021, plans to cut 2,000 jobs": a date in an
    // aside (`TokenMarks::aside`) says when that phrase holds, not the value outside it; nor
    // does a date outside date a value inside one.
    let aside = |f: &Extracted| marks.apart(f.tokens.0, fact);
    // "the highest since 2010", "its first win since March": the date a record is measured
    // from, not when the value holds.
    let record_since = |f: &Extracted| {
        let since = if word_at(toks, f.tokens.0) == "since" { f.tokens.0 } else if word_at(toks, f.tokens.0.wrapping_sub(1)) == "since" { f.tokens.0 - 1 } else { return false };
        let before = word_at(toks, since.wrapping_sub(1));
        before.len() > 4 && before.ends_with("est") || matches!(before, "most" | "least" | "first" | "last")
    };
    let clause_dates: Vec<&DateValue> = facts.iter().filter(|f| f.clause == clause && f.span != fact.span && f.kind == FactKind::Date && !possessive(f) && !compared_before(f) && !participle_between(f) && !aside(f) && !record_since(f)).filter_map(|f| match &f.value {
        Value::Date(d) if d.date.relative.is_none() || d.date.year.is_some() => Some(&d.date),
        _ => None,
    }).collect();
    let own_date = clause_dates.iter().max_by_key(|d| (d.day.is_some(), d.month.is_some(), d.weekday.is_some())).map(|d| {
        let mut d = (*d).clone();
        if d.year.is_none() {
            d.year = clause_dates.iter().find_map(|e| e.year);
        }
        d
    });
    // "down from 47 after the 2019 election": a year in the words right after an earlier value.
    // The clause's own date ("lifted its rate on Wednesday to 6.25% from 5.75%") is the
    // current value's, never the earlier one's.
    let following_year = if earlier_before {
        facts.iter().find_map(|f| match &f.value {
            Value::Date(d) if f.tokens.0 >= after_end && f.tokens.0 <= after_end + 4 && d.date.year.is_some() => Some(DateValue::year(d.date.year.unwrap_or_default())),
            _ => None,
        })
    } else {
        None
    };
    if earlier_before || ago.is_some() {
        return When::Earlier(following_year.or_else(|| ago_year.map(DateValue::year)));
    }
    if fact.kind == FactKind::Date {
        return When::Unstated;
    }
    // "The Harbour Party had held 47 seats after the 2019 election": a clause of time dates
    // the sentence it hangs on.
    // It dates the clause just before it, unless that clause compares with an earlier value
    // ("the Harbour Party 40, down from 47 after the 2019 election": 2019 is the 47's).
    let (own_start, own_end) = s.clause_range(fact.core.0);
    let compares = (own_start..own_end).any(|i| word_at(toks, i) == "from" && matches!(word_at(toks, i.wrapping_sub(1)), "up" | "down"));
    let time_clause = || {
        facts.iter().filter(|f| f.kind == FactKind::Date && f.clause == clause + 1 && !possessive(f) && !compares).find_map(|f| {
            let (ca, _) = s.clauses.get(f.clause).copied().unwrap_or((0, 0));
            let opener = matches!(word_at(toks, ca), "after" | "before" | "since" | "during" | "until" | "following");
            // "the most since records began in 1913": a clause with a verb of its own dates
            // its own act, not the figure before it.
            let own_verb = (ca + 1..f.tokens.0.min(toks.len())).any(|k| crate::kinds::date::is_act(toks, k));
            match &f.value {
                Value::Date(d) if opener && !own_verb && d.date.year.is_some() && ca == own_end => Some(d.date.clone()),
                _ => None,
            }
        })
    };
    if let Some(d) = own_date.or_else(|| sentence_date.cloned()).or_else(time_clause) {
        return When::On(d);
    }
    if let Some(y) = anaphoric_year {
        return When::On(DateValue::year(y));
    }
    // "down from 66.1 per cent three years ago, when the Harbour Party ticket took 52.4 per
    // cent": a clause opened by "when" holds at the time of the value before it.
    let (ca, _) = s.clause_range(fact.core.0);
    if word_at(toks, ca) == "when" {
        if let Some(prev) = facts.iter().rev().find(|f| f.tokens.1 <= ca && f.frame.when != When::Unstated) {
            return prev.frame.when.clone();
        }
    }
    When::Unstated
}

/// The word that makes the value at token `i` a change rather than a level: "a gain of 12",
/// "gained 12 seats", "rose by 3", "up by three".
fn change_word(s: &Sentence, i: usize) -> Option<usize> {
    let toks = &s.tokens;
    let w1 = word_at(toks, i.wrapping_sub(1));
    let w2 = word_at(toks, i.wrapping_sub(2));
    if w1 == "of" && CHANGE_WORDS.contains(&w2) {
        return Some(i - 2);
    }
    if w1 == "by" {
        let (a, _) = s.clause_range(i);
        let word = (a..i).find(|&k| CHANGE_WORDS.contains(&toks[k].norm.as_str()) || toks[k].norm.starts_with("increas") || toks[k].norm.starts_with("decreas"));
        if word.is_some() {
            return word;
        }
    }
    // Right before a value, some change words take what they count as their object: "cut
    // 2,000 jobs", "shed 2,000 jobs", "lost 12 seats" count the jobs and seats, a level.
    (CHANGE_WORDS.contains(&w1) && !matches!(w1, "up" | "down" | "cut" | "shed" | "lost" | "margin")).then(|| i - 1)
}

/// Change words that leave it open whether the figure is a change or a level: "Marr gained 31
/// percent" is a share of the vote, "the index gained 3 percent" a change.
const UNSURE_CHANGE: &[&str] = &["gained", "gain", "gains", "gaining", "added", "adding"];

/// Which way a change word moves a figure (`RISING_WORDS`, `FALLING_WORDS`).
fn direction_of(word: &str) -> Option<Direction> {
    if RISING_WORDS.contains(&word) || word.starts_with("increas") {
        Some(Direction::Up)
    } else if FALLING_WORDS.contains(&word) || word.starts_with("decreas") {
        Some(Direction::Down)
    } else {
        None
    }
}

/// "a six-lane road", "a 30-degree slope": a compound that describes one instance.
fn is_instance(s: &Sentence, fact: &Extracted) -> bool {
    let start = fact.tokens.0;
    let hyphened = s.tokens.get(fact.core.1).is_some_and(|t| t.norm == "-" && !t.space_before) || s.tokens.get(fact.core.1.saturating_sub(1)).is_some_and(|t| t.norm.contains('-'));
    hyphened && start > 0 && matches!(word_at(&s.tokens, start - 1), "a" | "an" | "another" | "one")
}

/// The fact's context: terms of the words of its clause (up to `context_window` tokens
/// either side, never past the clause), weighted by nearness, plus the person a pronoun
/// points to. The value's own words are left out: the context says what it is about.
fn weighted_context(s: &Sentence, fact: &Extracted, antecedent: &[Term]) -> Vec<(Term, f32)> {
    let (ca, cb) = s.clause_range(fact.core.0);
    // A clause of little more than the value ("after more than three days of talks")
    // takes its words from the sentence around it.
    let own = (ca..cb).filter(|&i| (i < fact.tokens.0.min(fact.core.0) || i >= fact.tokens.1.max(fact.core.1)) && !s.terms[i].is_empty()).count();
    let small = own < 3;
    let (ca, cb) = if small { (0, s.tokens.len()) } else { (ca, cb) };
    let window = if small { s.tokens.len() } else { TUNING.context_window };
    let (a, b) = (fact.core.0.saturating_sub(window).max(ca), (fact.core.1 + window).min(cb).max(fact.tokens.1.min(s.tokens.len())));
    // Sized for every term the window can give (two a token) and the antecedent's, so it is
    // allocated once for each fact rather than grown.
    // "the board's estimate — which, at 40 days, drew complaints": the value is the
    // estimate's, and the words of the estimate's clause are its words too, weighed by their
    // distance from the noun.
    let relative = relative_antecedent(&s.tokens, fact.tokens.0.min(fact.core.0)).map(|k| (k, s.clause_range(k))).filter(|(_, (x, y))| *y <= a || *x >= b);
    let extra = relative.map_or(0, |(_, (x, y))| y - x);
    let mut out: Vec<(Term, f32)> = Vec::with_capacity(2 * (b.saturating_sub(a) + extra) + antecedent.len());
    let own = (a..b).map(|i| (i, if i < fact.core.0 { fact.core.0.saturating_sub(i + 1) } else { i.saturating_sub(fact.core.1) }));
    let theirs = relative.into_iter().flat_map(|(k, (x, y))| (x..y).map(move |i| (i, k.abs_diff(i))));
    for (i, distance) in own.chain(theirs) {
        // The value's own words are left out; what it counts is the frame's head.
        if i >= fact.core.0.min(fact.tokens.0) && i < fact.core.1.max(fact.tokens.1) {
            continue;
        }
        let weight = 1.0 / (1.0 + distance as f32 / TUNING.proximity_scale);
        let terms = &s.terms[i];
        // One term per word: inside a sentence a capitalised word counts by its name key, but
        // the "Party" or "Court" of a name also as the word it is.
        let name_only = i > 0 && terms.get(1).is_some_and(Term::is_name) && !ORGANISATION_WORD_SET.contains(&s.tokens[i].norm);
        for (n, t) in terms.iter().enumerate() {
            if t.is_number() {
                continue;
            }
            // A capitalised word's word term still meets the same word written lowercase
            // ("Coast Guard", "coast patrol"), at half weight.
            let weight = if name_only && n == 0 { weight * 0.5 } else { weight };
            match out.iter_mut().find(|(x, _)| *x == t) {
                Some((_, w)) => *w = w.max(weight),
                None => out.push((t, weight)),
            }
        }
    }
    for &t in antecedent {
        if !out.iter().any(|(x, _)| *x == t) {
            out.push((t, TUNING.antecedent_weight));
        }
    }
    out.sort_unstable_by_key(|&(t, _)| t);
    out
}

#[cfg(test)]
mod tests {
    use super::When;
    use crate::analyse::analyse;

    /// The `when` of each fact of the first sentence, by its words.
    fn whens(text: &str) -> Vec<(String, When)> {
        let a = analyse(text);
        a.sentences[0].facts.iter().map(|f| (f.span.slice(text).to_string(), f.frame.when.clone())).collect()
    }

    #[test]
    fn a_date_in_a_relative_clause_dates_only_that_clause() {
        // "which broke out ... on Oct. 23" dated the structures destroyed since.
        let found = whens("The blaze, which broke out near Oakvale on Oct. 23, destroyed 374 structures.");
        let count = found.iter().find(|(w, _)| w.starts_with("374")).expect("374");
        assert_eq!(count.1, When::Unstated, "{found:?}");
        // Twin: in the clause of the act it dates the count.
        let found = whens("The blaze broke out near Oakvale on Oct. 23 and destroyed 374 structures.");
        let count = found.iter().find(|(w, _)| w.starts_with("374")).expect("374");
        assert!(matches!(&count.1, When::On(d) if d.day == Some(23)), "{found:?}");
    }

    #[test]
    fn a_date_after_down_from_is_the_earlier_values() {
        let found = whens("Turnout was 63.42 per cent, down from 66.1 per cent in the 2019 election.");
        let now = found.iter().find(|(w, _)| w.starts_with("63.42")).expect("63.42");
        assert_eq!(now.1, When::Unstated, "{found:?}");
        let earlier = found.iter().find(|(w, _)| w.contains("66.1")).expect("66.1");
        assert!(matches!(&earlier.1, When::Earlier(Some(d)) if d.year == Some(2019)), "{found:?}");
        // Twin: a date of the clause with no earlier value dates the value.
        let dated = whens("Turnout was 63.42 per cent in the 2019 election.");
        assert!(matches!(&dated[0].1, When::On(d) if d.year == Some(2019)), "{dated:?}");
    }

    #[test]
    fn a_toll_after_a_participle_is_not_dated_by_the_act_before_it() {
        let found = whens("A severe storm hit the coast early on Tuesday, causing four deaths.");
        let toll = found.iter().find(|(w, _)| w.starts_with("four")).expect("four deaths");
        assert_eq!(toll.1, When::Unstated, "{found:?}");
        // Twin: a toll given in the same clause as its day is of that day.
        let found = whens("The storm killed four people on Tuesday.");
        let toll = found.iter().find(|(w, _)| w.starts_with("four")).expect("four people");
        assert!(matches!(&toll.1, When::On(d) if d.weekday.is_some()), "{found:?}");
    }
}
