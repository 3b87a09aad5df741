//! Statements: what a clause says happened, compared as a whole with a source sentence's
//! words. Only where no other fact inside it decides it: a clause that holds a figure, a
//! date, a rank, an age or a sum is judged by those values, so a statement never repeats
//! their verdict (no twins). A statement agrees when one source sentence covers most of
//! what it says (by IDF weight, synonyms folded), names everyone it names, and does not
//! negate it; it never conflicts (words alone cannot show that two things cannot both hold).

use super::{Against, FactKind, Kind, Rule, Value};
use crate::analyse::frame::is_value;
use crate::analyse::numbers::number_at;
use crate::analyse::terms::Term;
use crate::analyse::{span_of, Reader, Sentence};
use crate::compare::{same_person, Judged, Pair};
use crate::segment::TokenKind;
use crate::tuning::TUNING;
use crate::words::function::{CLAUSE_OPENERS, NEGATION_SET};

pub static KIND: Kind = Kind {
    kind: FactKind::Statement,
    extract,
    compare,
    against: Against::Sentence,
    in_evidence: false,
    in_memory: false,
    rules: &[Rule { name: "statement.reported", meaning: "one source sentence says most of what the statement says, names everyone it names, and does not negate it" }],
};

fn extract(r: &mut Reader) {
    let s = r.sentence;
    // Content words outside the other facts: a piece that is only a name and its role is the
    // person's fact, not a statement.
    let inside: Vec<bool> = (0..s.tokens.len()).map(|i| r.facts.iter().any(|f| i >= f.tokens.0 && i < f.tokens.1)).collect();
    let content = |a: usize, b: usize| (a..b).filter(|&i| !s.terms[i].is_empty() && !inside[i]).count();
    let only_facts = |a: usize, b: usize| (a..b).all(|i| inside[i] || s.tokens[i].kind == TokenKind::Punct);
    let mut found = Vec::new();
    for &(a, b) in &s.clauses {
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut start = a;
        for i in a..b {
            let t = &s.tokens[i];
            if t.norm == "," && t.kind == TokenKind::Punct {
                pieces.push((start, i));
                start = i + 1;
            } else if t.norm == "and" && i > start && !inside[i] {
                pieces.push((start, i));
                start = i;
            }
        }
        pieces.push((start, b));
        // Pieces too thin to stand alone join their neighbour; either side of "and" needs
        // more to stand alone: "banks and timber exports" joins two nouns, not two statements.
        let mut merged: Vec<(usize, usize, bool)> = Vec::new();
        for (n, p) in pieces.iter().enumerate() {
            let and_next = pieces.get(n + 1).is_some_and(|q| s.tokens.get(q.0).is_some_and(|t| t.norm == "and"));
            let and_here = s.tokens.get(p.0).is_some_and(|t| t.norm == "and");
            let needed = if and_here { 3 } else { 2 };
            match merged.last_mut() {
                // A piece of other facts' words only ("Ivo Brant, 41,") stands aside: what
                // follows it is a statement of its own, not part of the age's clause.
                Some(last) if !last.2 && only_facts(last.0, last.1) && content(p.0, p.1) >= needed => {
                    merged.push((p.0, p.1, false))
                }
                Some(last) if last.2 || content(last.0, last.1) < 2 || content(p.0, p.1) < needed => last.1 = p.1,
                _ => merged.push((p.0, p.1, false)),
            }
            // A thin piece before "and" waits for what follows it.
            if let Some(last) = merged.last_mut() {
                last.2 = and_next && content(last.0, last.1) < 3;
            }
        }
        let merged: Vec<(usize, usize)> = merged.into_iter().map(|(a, b, _)| (a, b)).collect();
        for (a, b) in merged {
            if content(a, b) < 2 {
                continue;
            }
            let mut a2 = a;
            while a2 < b && (s.tokens[a2].kind == TokenKind::Punct || matches!(s.tokens[a2].norm.as_str(), "and" | "but")) {
                a2 += 1;
            }
            let mut b2 = b;
            while b2 > a2 && s.tokens[b2 - 1].kind == TokenKind::Punct && !matches!(s.tokens[b2 - 1].norm.as_str(), "\"" | "'") {
                b2 -= 1;
            }
            // No twins: a piece holding a value (or a quotation, which is its own fact) is
            // judged by it.
            let piece = span_of(s, a2, b2);
            let decided = r.facts.iter().any(|f| (is_value(f.kind) || f.kind == FactKind::Quote) && f.span.start < piece.end && piece.start < f.span.end);
            if decided {
                continue;
            }
            // No twins: the words of a person or a place at either end are that fact's, so the
            // statement is what is left ("read the ruling" + "in a Westport courtroom").
            while a2 < b2 && (inside[a2] || s.tokens[a2].kind == TokenKind::Punct) {
                a2 += 1;
            }
            while b2 > a2 && (inside[b2 - 1] || s.tokens[b2 - 1].kind == TokenKind::Punct) {
                b2 -= 1;
            }
            while b2 > a2 && crate::words::function::STOPWORD_SET.contains(&s.tokens[b2 - 1].norm) {
                b2 -= 1;
            }
            if content(a2, b2) < 2 {
                continue;
            }
            if b2 <= a2 {
                continue;
            }
            // A piece of names only ("MARL, Ostria", a dateline) says nothing to check.
            if (a2..b2).filter(|&i| !s.terms[i].is_empty()).all(|i| s.tokens[i].capitalized) {
                continue;
            }
            found.push((a2, b2));
        }
    }
    for (a, b) in found {
        r.push(FactKind::Statement, (a, b), (a, b), Value::Statement, String::new());
    }
}

/// The statement's content words: each token's word and name terms (numbers left out),
/// weighted by the rarer of them.
/// The sentence's first word is capitalised whatever it is: it gives a name term only when the
/// corpus mostly writes it capitalised ("Ostria says ..."), not when it mostly writes it in
/// lower case ("Prosecutors say ...": a common noun).
fn words(p: &Pair) -> (Vec<(f32, [Option<Term>; 2])>, f32) {
    let s = p.article;
    let (a, b) = p.fact.tokens;
    let first_word = s.tokens.iter().position(|t| t.kind == TokenKind::Word);
    let common_first = first_word.and_then(|i| s.terms.get(i)).is_some_and(|terms| {
        let idf_of = |name: bool| terms.iter().filter(|t| t.is_name() == name && !t.is_number()).map(|t| p.ctx.idf(t)).next();
        // Rarer as a name than as a word by more than half: mostly written in lower case.
        matches!((idf_of(true), idf_of(false)), (Some(name), Some(word)) if name - word > std::f32::consts::LN_2)
    });
    let mut out = Vec::new();
    for i in a.min(s.terms.len())..b.min(s.terms.len()) {
        let mut kept = s.terms[i].iter().filter(|t| !t.is_number() && !(common_first && Some(i) == first_word && t.is_name()));
        let pair = [kept.next(), kept.next()];
        if let Some(weight) = pair.iter().flatten().map(|&t| p.ctx.idf(t)).reduce(f32::max) {
            out.push((weight, pair));
        }
    }
    let total = out.iter().map(|(w, _)| w).sum();
    (out, total)
}

fn negated(s: &Sentence, a: usize, b: usize) -> bool {
    s.tokens[a.min(s.tokens.len())..b.min(s.tokens.len())].iter().any(|t| NEGATION_SET.contains(&t.norm))
}

/// Does a negation of the sentence reach a word for which `bears` holds? A negation reaches
/// the words after it up to the next punctuation mark or joining word ("did not lose money,
/// and ...", "did not lose money and ..."), which is where English puts what it denies.
fn negation_bears_on(s: &Sentence, bears: impl Fn(usize) -> bool) -> bool {
    let ends = |t: &crate::segment::Token| t.kind == TokenKind::Punct && !matches!(t.norm.as_str(), "'" | "-") || matches!(t.norm.as_str(), "and" | "or" | "but") || CLAUSE_OPENERS.contains(&t.norm.as_str());
    s.tokens.iter().enumerate().filter(|(_, t)| NEGATION_SET.contains(&t.norm)).any(|(n, _)| {
        let end = s.tokens[n + 1..].iter().position(ends).map_or(s.tokens.len(), |k| n + 1 + k);
        (n + 1..end).any(&bears)
    })
}

/// Does the article's sentence name one person and the source's a different one?
fn different_people(p: &Pair) -> bool {
    let (mine, theirs) = (&p.article.people, &p.source.sentence.people);
    !mine.is_empty() && !theirs.is_empty() && !mine.iter().any(|a| theirs.iter().any(|b| same_person(a, b)))
}

fn compare(p: &Pair) -> Option<Judged> {
    let (words, total) = words(p);
    let source = p.source.sentence;
    let (mut covered, mut count) = (0.0f32, 0usize);
    let mut names_missing = false;
    for (weight, terms) in &words {
        let hit = terms.iter().flatten().any(|&t| p.ctx.matches_any(t, &source.distinct));
        if hit {
            covered += weight;
            count += 1;
        } else if terms.iter().flatten().any(|t| t.is_name() && !p.ctx.is_story_name(*t)) {
            names_missing = true;
        }
    }
    let coverage = if total > 0.0 { covered / total } else { 0.0 };
    // A clause and its source must not disagree on a negation ("did not name"). The source's
    // negation counts only where it bears on what the statement says: "rejecting his claim
    // that customers did not lose money and accusing him of lying" does not deny the lying.
    let (a, b) = p.fact.tokens;
    // Read only for a statement the words already support: it reads the whole source sentence.
    let flipped = || {
        let mut mine: Vec<Term> = words.iter().flat_map(|(_, terms)| terms.iter().flatten().copied()).collect();
        mine.sort_unstable();
        mine.dedup();
        let bears = |i: usize| source.terms.get(i).is_some_and(|terms| terms.iter().any(|t| p.ctx.matches_any(t, &mine)));
        negated(p.article, a, b) != negation_bears_on(source, bears)
    };
    let supported = coverage >= TUNING.statement_support && count >= TUNING.statement_min_shared && !names_missing && !flipped() && !different_people(p) && numbers_given(p);
    supported.then(|| p.support("statement.reported", coverage)).flatten()
}

/// Does the source sentence give every number the statement gives, when it gives numbers
/// ("kills four" is not reported by "killing two workers and the driver")? A number no
/// typed fact took is still part of what is said.
fn numbers_given(p: &Pair) -> bool {
    let numbers = |s: &Sentence, a: usize, b: usize| -> Vec<f64> {
        let mut out = Vec::new();
        let mut i = a;
        while i < b.min(s.tokens.len()) {
            match number_at(&s.tokens, i) {
                Some(n) => {
                    out.push(n.value);
                    i += n.len.max(1);
                }
                None => i += 1,
            }
        }
        out
    };
    let (a, b) = p.fact.tokens;
    let mine = numbers(p.article, a, b);
    if mine.is_empty() {
        return true;
    }
    // A sentence with no number may still report it in other words ("the three Americans"
    // against "the Americans"); one that gives other numbers and not this one does not.
    let theirs = numbers(p.source.sentence, 0, p.source.sentence.tokens.len());
    theirs.is_empty() || mine.iter().all(|v| theirs.contains(v))
}

#[cfg(test)]
mod tests {
    use crate::kinds::FactKind;
    use crate::testing::{checked_in, verdict_in};
    use crate::Verdict;

    #[test]
    fn an_unknown_statement_is_not_found_and_a_reported_one_agrees() {
        let corpus = ["The bridge was closed for repairs after the storm damaged its deck."];
        assert_eq!(verdict_in(&corpus, "The orchestra will tour Peru next spring.", "The orchestra will tour Peru next spring"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "The storm damaged the bridge deck.", "The storm damaged the bridge deck"), Verdict::Agree);
    }

    #[test]
    fn a_statement_naming_someone_no_source_names_is_not_found() {
        let corpus = ["During the hearing, a former colleague gave evidence against him."];
        assert_eq!(verdict_in(&corpus, "During the hearing, Caro Ellis gave evidence against him.", "evidence"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "At the hearing a former colleague gave evidence against him.", "evidence"), Verdict::Agree);
    }

    /// A capitalised first word the corpus writes in lower case is no name the source must
    /// give; one the corpus writes capitalised still is.
    #[test]
    fn a_statement_opening_with_a_capitalised_common_word_agrees() {
        let corpus = [
            "He is expected to face charges of smuggling rare birds in a separate case.",
            "The prosecutors asked for a long sentence, and the prosecutors won.",
            "Ostria sent its envoy, and Ostria asked for a long sentence.",
        ];
        assert_eq!(verdict_in(&corpus, "Prosecutors say he smuggled rare birds in a separate case.", "he smuggled rare birds"), Verdict::Agree);
        assert_eq!(verdict_in(&corpus, "Ostria says he smuggled rare birds in a separate case.", "he smuggled rare birds"), Verdict::NotFound);
    }

    #[test]
    fn a_negated_statement_is_not_the_same_statement() {
        let corpus = ["The agency did not name the sailor who was rescued."];
        assert_eq!(verdict_in(&corpus, "The agency named the sailor who was rescued.", "The agency named the sailor"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "The agency did not name the sailor who was rescued last week.", "The agency did not name the sailor"), Verdict::Agree);
    }

    /// A negation elsewhere in the source sentence does not deny what the statement says; one
    /// that reaches its words does.
    #[test]
    fn a_negation_about_something_else_in_the_source_sentence_does_not_flip_a_statement() {
        let corpus = ["The inquiry ended after rejecting the claim that the crew did not check the valve and blaming the pump maker for the leak."];
        assert_eq!(verdict_in(&corpus, "The inquiry blamed the pump maker for the leak.", "blamed"), Verdict::Agree);
        let corpus = ["The inquiry ended without blaming the pump maker for the leak."];
        assert_eq!(verdict_in(&corpus, "The inquiry blamed the pump maker for the leak.", "blamed"), Verdict::NotFound);
    }

    /// "Ivo Brant, 41, wearing ...": the name and the age are their own facts, so what the
    /// rest of the piece says is checked as a statement instead of riding on the age.
    #[test]
    fn a_statement_after_a_name_and_an_age_is_checked() {
        let article = "Ivo Brant, 41, wearing a grey wool suit, left the court early.";
        let corpus = ["Ivo Brant, wearing a grey wool suit, was led into the court."];
        let fact = checked_in(&corpus, article, "wearing a grey wool suit");
        assert_eq!((fact.kind, fact.text.as_str(), fact.verdict), (FactKind::Statement, "wearing a grey wool suit", Verdict::Agree));
        let corpus = ["Ivo Brant, in a blue coat, was led into the court."];
        assert_eq!(verdict_in(&corpus, article, "wearing a grey wool suit"), Verdict::NotFound);
    }

    #[test]
    fn a_statement_with_a_number_the_source_does_not_give_is_not_reported() {
        // "kills four": the number no typed fact took is still part of what is said.
        let corpus = ["Tarrow bus crash: a coach overturned on Friday, killing two passengers and the driver."];
        assert_eq!(verdict_in(&corpus, "Tarrow coach crash kills four\n\nIt overturned on Friday.", "crash kills four"), Verdict::NotFound);
        assert_eq!(verdict_in(&corpus, "Tarrow coach crash kills two\n\nIt overturned on Friday.", "crash kills two"), Verdict::Agree);
    }
}
