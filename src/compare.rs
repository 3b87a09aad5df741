//! Facts compared: each fact of the article against the facts of the corpus sentences that
//! speak to the same thing, and verdicts out. Two values conflict only when they cannot both
//! be true; when unsure, no conflict is raised.

use crate::corpus::Document;
use crate::extract::terms::{Lexicon, Term, TermKind};
use crate::extract::{Analysed, DateValue, Extracted, PersonName, Role, Sentence, Value};
use crate::interval::{compatible, is_round};
use crate::normalize::within_edits;
use crate::report::{Claim, Evidence, Fact, FactKind, Relation, Verdict};
use crate::retrieve::{Index, Scratch, Sources};
use crate::tuning::*;
use std::collections::BTreeMap;

/// How a source fact bears on an article fact, before the source is chosen.
#[derive(Debug, Clone)]
struct Finding {
    doc: usize,
    /// The source sentence's id in the index.
    sentence: u32,
    relation: Relation,
    /// Closeness of the two contexts (0..1).
    score: f32,
    /// Byte span of the source's value in its document.
    value_span: (usize, usize),
    /// The source's value is garbled by translation noise (a repeated word inside it).
    garbled: bool,
    /// The article's words compared, when they are a part of the fact (an event judged by a
    /// figure inside it); otherwise the whole fact.
    claim_span: Option<(usize, usize)>,
}

/// What every comparison of one check reads: the index (for IDF), the terms' texts, and the
/// analysed source sentences.
struct Ctx<'a> {
    index: &'a Index,
    lexicon: &'a Lexicon<'a>,
    sources: &'a Sources<'a>,
}

/// Judges every fact of the analysed article.
pub fn judge(article: &str, analysed: &Analysed, index: &Index, documents: &[Document], lexicon: &mut Lexicon) -> Vec<Claim> {
    // A document identical to the article is the article itself: it is no evidence.
    let same_text: Vec<bool> = documents.iter().map(|d| d.text.trim() == article.trim()).collect();
    let mut sources = Sources::new(index, documents);
    let mut scratch = Scratch::default();
    let mut claims = Vec::new();
    for sentence in &analysed.sentences {
        if sentence.noise || sentence.facts.is_empty() {
            continue;
        }
        // Retrieve each fact's candidate sentences, have them analysed, then compare.
        let candidates: Vec<Vec<u32>> = sentence
            .facts
            .iter()
            .map(|fact| index.search(&query(sentence, fact), CANDIDATES_PER_FACT, &mut scratch).into_iter().map(|(id, _)| id).collect())
            .collect();
        sources.prepare(candidates.iter().flatten().copied(), lexicon);
        let ctx = Ctx { index, lexicon: &*lexicon, sources: &sources };
        let mut facts: Vec<Fact> = Vec::new();
        let mut findings_of: Vec<Vec<Finding>> = Vec::new();
        for (fact, ids) in sentence.facts.iter().zip(&candidates) {
            let findings: Vec<Finding> =
                findings_for(&ctx, sentence, fact, ids).into_iter().filter(|f| !same_text.get(f.doc).copied().unwrap_or(false)).collect();
            findings_of.push(findings);
        }
        // A statement stands or falls with the values in it: one with a wrong number in it is
        // wrong. So an event takes the findings of its most contested inner fact; with none
        // contested and no source reporting its words, it is still confirmed where a source
        // gives the same value for it (a number, a date, a rank, a quotation, a role). Names
        // alone confirm nothing, nor do dates that only name an event ("the 2020 election").
        for (n, fact) in sentence.facts.iter().enumerate() {
            if fact.kind != FactKind::Statement {
                continue;
            }
            // (confirms a statement, is a value, its findings per source)
            let inner: Vec<(bool, bool, Vec<Finding>)> = sentence
                .facts
                .iter()
                .enumerate()
                .filter(|(m, f)| *m != n && fact.span.contains(f.span) && (confirms_statement(f) || f.kind == FactKind::Place))
                .map(|(m, f)| {
                    let mut found = per_document(findings_of[m].clone());
                    for x in &mut found {
                        x.claim_span.get_or_insert((f.span.start, f.span.end));
                    }
                    (confirms_statement(f), is_value(f), found)
                })
                .collect();
            let contradictions = |fs: &Vec<Finding>| fs.iter().filter(|f| f.relation == Relation::Contradicts).count();
            let has_values = sentence.facts.iter().any(|f| fact.span.contains(f.span) && is_value(f));
            if let Some((_, _, worst)) = inner.iter().filter(|(_, _, fs)| contradictions(fs) > 0).max_by_key(|(_, _, fs)| contradictions(fs)) {
                findings_of[n] = worst.clone();
            } else if has_values {
                // A statement built on a figure or a date is confirmed by that value, not by
                // its other words: "65,000 people were arrested" is not confirmed by a source
                // saying only that people were arrested, nor by one that agrees on "this week".
                findings_of[n] = inner.into_iter().filter(|(_, value, _)| *value).flat_map(|(_, _, fs)| fs).collect();
            } else if findings_of[n].is_empty() {
                // A place confirms nothing by itself: a city is named in many sentences.
                findings_of[n] = inner.into_iter().filter(|(confirms, _, _)| *confirms).flat_map(|(_, _, fs)| fs).collect();
            }
        }
        for (fact, findings) in sentence.facts.iter().zip(findings_of) {
            facts.push(report_fact(article, fact, findings, index, documents));
        }
        // Specific facts first, events last: when spans tie, the specific fact speaks.
        claims.push(Claim::new(sentence.span.start, sentence.span.end, sentence.span.slice(article).to_string(), facts));
    }
    claims
}

/// What a fact searches the corpus with: the words around it and its own.
fn query(sentence: &Sentence, fact: &Extracted) -> Vec<Term> {
    if fact.terms.value.is_empty() {
        // Statements and quotations keep no precomputed terms; they are searched for once.
        let mut query = sentence.context(fact);
        query.extend(sentence.value_terms(fact));
        return query;
    }
    fact.terms.context.iter().chain(&fact.terms.value).copied().collect()
}

fn shared_beyond_units(ctx: &Ctx, fact: &Extracted, candidate: &Extracted) -> usize {
    let (mine, theirs) = (&fact.terms.unit, &candidate.terms.unit);
    fact.terms
        .context
        .iter()
        .filter(|t| ctx.matches_any(**t, &candidate.terms.context))
        .filter(|t| !(mine.contains(t) && theirs.contains(t)))
        .count()
}

fn confirms_statement(f: &Extracted) -> bool {
    is_value(f) || matches!(f.value, Value::Quote | Value::Date { identifying: false, .. })
}

/// A figure, a rank or a date that dates something (not one that names an event).
fn is_value(f: &Extracted) -> bool {
    match &f.value {
        Value::Quantity { .. } | Value::Ordinal { .. } => true,
        Value::Date { identifying, date } => !identifying && date.relative.is_none(),
        _ => false,
    }
}

impl Ctx<'_> {
    /// The IDF-weighted share of the claim's context found in the source's, over the smaller
    /// of the two, with each term weighted by its nearness to the value on both sides.
    /// `total` and `source_total` are the two contexts' IDF-weighted sizes; both contexts
    /// are sorted by term.
    fn weighted_overlap(&self, claim: &[(Term, f32)], total: f32, source: &[(Term, f32)], source_total: f32) -> f32 {
        let idf = |t: Term| self.index.idf(t);
        // Both sorted by term: walk them together; a name not found looks for another
        // spelling among the source's names.
        let mut shared = 0.0;
        let mut j = 0;
        let source_names = {
            let names = &source[source.partition_point(|(s, _)| s.kind() < TermKind::Name)..];
            &names[..names.partition_point(|(s, _)| s.is_name())]
        };
        for &(t, w) in claim {
            while j < source.len() && source[j].0 < t {
                j += 1;
            }
            let exact = source.get(j).filter(|(s, _)| *s == t);
            let spelled_otherwise = || if t.is_name() { source_names.iter().find(|(s, _)| self.terms_match(t, *s)) } else { None };
            if let Some((_, v)) = exact.or_else(spelled_otherwise) {
                shared += idf(t) * (w * v).sqrt();
            }
        }
        let denominator = total.min(source_total);
        if denominator <= 0.0 {
            return 0.0;
        }
        (shared / denominator).min(1.0)
    }

    /// Does any term of a sorted list of distinct terms (a sentence's, a fact's context)
    /// match `t`? An exact match is found by binary search; only a name looks further, for
    /// another spelling, among the list's names (one run: terms sort by kind first).
    fn matches_any(&self, t: Term, distinct: &[Term]) -> bool {
        if distinct.binary_search(&t).is_ok() {
            return true;
        }
        if !t.is_name() {
            return false;
        }
        name_run(distinct).iter().any(|&s| self.terms_match(t, s))
    }

    #[inline]
    fn terms_match(&self, a: Term, b: Term) -> bool {
        // Interned: two different terms have two different texts, so only names, which may
        // match another spelling, need their texts compared.
        a == b || (a.is_name() && b.is_name() && self.lexicon.names_may_match(a, b) && similar_names(self.lexicon.text(a), self.lexicon.text(b)))
    }

    /// Does the sentence use the word whose stem is `stem`?
    fn mentions(&self, s: &Sentence, stem: &str) -> bool {
        self.lexicon.find(TermKind::Word, stem).is_some_and(|w| s.all_terms().any(|t| t == w))
    }
}

/// The names in a sorted list of terms: one run, as terms sort by kind first.
fn name_run(sorted: &[Term]) -> &[Term] {
    let names = &sorted[sorted.partition_point(|s| s.kind() < TermKind::Name)..];
    &names[..names.partition_point(|s| s.is_name())]
}

/// Two name keys stand for the same name (allowing one romanisation slip in longer names).
pub fn names_match(a: &str, b: &str) -> bool {
    a == b || similar_names(a, b)
}

/// Two different name keys within one romanisation slip of each other.
fn similar_names(a: &str, b: &str) -> bool {
    // Keys are ASCII and keep the name's first letter; lengths further apart than the allowed
    // distance cannot match, which spares the edit distance for almost every pair.
    a.len() >= NAME_KEY_FUZZY_MIN
        && b.len() >= NAME_KEY_FUZZY_MIN
        && a.len().abs_diff(b.len()) <= NAME_KEY_DISTANCE
        && a.as_bytes()[0] == b.as_bytes()[0]
        && within_edits(a, b, NAME_KEY_DISTANCE)
}

/// Candidate evidence for one fact, compared.
fn findings_for(ctx: &Ctx, sentence: &Sentence, fact: &Extracted, candidates: &[u32]) -> Vec<Finding> {
    let mut out = Vec::new();
    let claim = Claimed::new(ctx, sentence, fact);
    for &id in candidates {
        compare_in_sentence(ctx, sentence, fact, &claim, ctx.sources.get(id), id, &mut out);
    }
    out
}

/// What a statement or a quotation is compared by, worked out once for all its candidates.
enum Claimed {
    /// A statement's content words: each token's word and name terms (numbers are left to the
    /// figures' own facts), weighted by the rarer of them (a name counts once, though it gives
    /// a word and a name term).
    Statement { words: Vec<(f32, [Option<Term>; 2])>, total: f32 },
    /// A quotation's words, by stem (numbers count as words).
    Quotation(Vec<Term>),
    Value,
}

impl Claimed {
    fn new(ctx: &Ctx, sentence: &Sentence, fact: &Extracted) -> Claimed {
        let tokens = |a: usize, b: usize| &sentence.terms[a.min(sentence.terms.len())..b.min(sentence.terms.len())];
        match fact.value {
            Value::Event => {
                let mut words = Vec::new();
                for terms in tokens(fact.tokens.0, fact.tokens.1) {
                    let mut kept = terms.iter().filter(|t| !t.is_number());
                    let pair = [kept.next(), kept.next()];
                    if let Some(weight) = pair.iter().flatten().map(|&t| ctx.index.idf(t)).reduce(f32::max) {
                        words.push((weight, pair));
                    }
                }
                let total = words.iter().map(|(w, _)| w).sum();
                Claimed::Statement { words, total }
            }
            Value::Quote => Claimed::Quotation(tokens(fact.core.0, fact.core.1).iter().filter_map(|ts| ts.iter().find(|t| !t.is_name())).collect()),
            _ => Claimed::Value,
        }
    }
}

fn compare_in_sentence(ctx: &Ctx, sentence: &Sentence, fact: &Extracted, claim: &Claimed, source: &Sentence, id: u32, out: &mut Vec<Finding>) {
    let doc = ctx.index.sentence(id).doc as usize;
    let push = |out: &mut Vec<Finding>, relation, score, span: (usize, usize)| {
        let garbled = source.tokens.iter().any(|t| t.repeated && t.span.start >= span.0 && t.span.end <= span.1);
        out.push(Finding { doc, sentence: id, relation, score, value_span: span, garbled, claim_span: None });
    };
    match claim {
        Claimed::Statement { words, total } => {
            // How much of what the statement says one source sentence holds: each content word
            // weighs its IDF and is covered when any of its terms is in the sentence.
            let (mut covered, mut count) = (0.0f32, 0usize);
            for (weight, terms) in words {
                if terms.iter().flatten().any(|&t| ctx.matches_any(t, &source.distinct)) {
                    covered += weight;
                    count += 1;
                }
            }
            let coverage = if *total > 0.0 { covered / total } else { 0.0 };
            if coverage >= EVENT_SUPPORT && count >= EVENT_MIN_SHARED && !different_people(ctx, sentence, source) {
                push(out, Relation::Supports, coverage, (source.span.start, source.span.end));
            }
        }
        Claimed::Quotation(content) => {
            // Compared by the quoted words' stems, so a translation's "organization" meets
            // "group".
            if content.is_empty() {
                return;
            }
            let found = content.iter().filter(|w| source.distinct.binary_search(w).is_ok()).count();
            let share = found as f32 / content.len() as f32;
            if share >= QUOTE_SUPPORT && (found >= 2 || content.len() == 1) {
                push(out, Relation::Supports, share, (source.span.start, source.span.end));
            }
        }
        Claimed::Value => {
            let mut other_people = None;
            for candidate in &source.facts {
                if let Some((relation, score)) = compare_values(ctx, sentence, fact, source, candidate, &mut other_people) {
                    push(out, relation, score, (candidate.span.start, candidate.span.end));
                }
            }
        }
    }
}

/// Can two values be compared at all? Checked before any context is compared: most pairs of
/// facts in a candidate sentence are of different kinds.
fn comparable(a: &Value, b: &Value) -> bool {
    matches!(
        (a, b),
        (Value::Quantity { .. }, Value::Quantity { .. })
            | (Value::Ordinal { .. }, Value::Ordinal { .. })
            | (Value::Date { .. }, Value::Date { .. })
            | (Value::Person { .. }, Value::Person { .. })
            | (Value::Role(_), Value::Person { role: Some(_), .. })
            | (Value::Role(_), Value::Role(_))
            | (Value::Entity { .. }, Value::Entity { .. })
            | (Value::Place { .. }, Value::Place { .. })
    )
}

/// Compares the article's fact with one source fact about (perhaps) the same thing.
fn compare_values(ctx: &Ctx, sentence: &Sentence, fact: &Extracted, source: &Sentence, candidate: &Extracted, other_people: &mut Option<bool>) -> Option<(Relation, f32)> {
    if !comparable(&fact.value, &candidate.value) {
        return None;
    }
    let (context, source_context) = (&fact.terms.context[..], &candidate.terms.context[..]);
    // Whether the two sentences are about different people, computed once per source sentence.
    let apart = *other_people.get_or_insert_with(|| different_people(ctx, sentence, source));
    let (mine, theirs) = (&fact.terms, &candidate.terms);
    let sim = ctx.weighted_overlap(&mine.near, mine.near_size, &theirs.near, theirs.near_size);
    // Shared context words, not counting a unit matched only by the other's unit ("years" and
    // "years"): the words that say the two values are about the same thing.
    let shared = shared_beyond_units(ctx, fact, candidate);
    let may_conflict = sim >= CONFLICT_CONTEXT && shared >= CONFLICT_MIN_SHARED && !apart;
    // For agreement the matching value counts as context too: two sentences giving the same
    // rare value in similar words are about the same thing.
    let support_sim = ctx.weighted_overlap(&mine.near_with_value, mine.near_with_value_size, &theirs.near_with_value, theirs.near_with_value_size);
    // ...but the value alone is not enough: some words around it must match as well, or "five
    // years in prison" would agree with "the first visit in five years".
    let may_agree = (support_sim >= AGREE_CONTEXT && shared >= 1 || shared >= AGREE_SHARED_ALONE) && !apart;
    match (&fact.value, &candidate.value) {
        (Value::Quantity { interval: a, unit: ua }, Value::Quantity { interval: b, unit: ub }) => {
            if !units_compatible(ctx, ua, ub, sentence, source) {
                return None;
            }
            // Counting the same thing: each side's unit words appear around the other's value
            // ("three inmates" is not "two political prisoners").
            let same_thing = units_described(ctx, ua, source_context) && units_described(ctx, ub, context);
            if a.contains(b) {
                // The source's figure implies the article's ("1,253" for "more than 1,200"). A
                // figure that is only consistent with it ("at least 1,253" for "more than
                // 11,800") confirms nothing, and contradicts nothing either.
                // A distinctive figure (exact, not small, not round: "87 percent", "1,226")
                // given for the same unit is itself the evidence that both speak of one thing.
                let distinctive = a == b && a.lo == a.hi && a.lo >= DISTINCTIVE_MIN && !is_round(a.lo) && !ua.is_empty() && ua == ub;
                // Two figures of the same thing with two more words in common agree too.
                let described = same_thing && !ua.is_empty() && shared >= CONFLICT_MIN_SHARED;
                (may_agree || ((distinctive || described) && !apart)).then_some((Relation::Supports, support_sim))
            } else if compatible(a, b) {
                None
            } else {
                // Figures sit in long windows full of other words; many shared words (beyond
                // the unit) also say that two figures count the same thing.
                let close = may_conflict || (shared >= CONFLICT_SHARED_ALONE && !apart);
                (close && same_thing).then_some((Relation::Contradicts, sim))
            }
        }
        (Value::Ordinal { rank: a, unit: ua }, Value::Ordinal { rank: b, unit: ub }) => {
            if !(ua.is_empty() || ub.is_empty() || ua.iter().any(|u| ub.contains(u))) {
                return None;
            }
            // An ordinal counts a series over time ("sixth term" in 2020, "seventh" in 2025):
            // a dated rank is compared only with a rank of the same date.
            let mine = absolute_dates(sentence, fact.clause);
            let theirs = absolute_dates(source, candidate.clause);
            let same_time = !mine.is_empty() && mine.iter().any(|d| theirs.iter().any(|e| dates_anchor(d, e)));
            if !mine.is_empty() && !same_time {
                return None;
            }
            if a == b {
                return may_agree.then_some((Relation::Supports, support_sim));
            }
            (may_conflict && same_time).then_some((Relation::Contradicts, sim))
        }
        (Value::Date { date: a, identifying: ia }, Value::Date { date: b, identifying: ib }) => {
            match date_relation(a, b) {
                Some(true) => may_agree.then_some((Relation::Supports, support_sim)),
                Some(false) => {
                    // A date that names an event ("the 2020 election") does not date it, and a
                    // source sentence that also gives the article's date is no contradiction.
                    let other_date_fits = source.facts.iter().any(|f| matches!(&f.value, Value::Date { date, .. } if date_relation(a, date) == Some(true)));
                    (may_conflict && !ia && !ib && !other_date_fits && a.year.is_some() == b.year.is_some()).then_some((Relation::Contradicts, sim))
                }
                None => None,
            }
        }
        // A role without a name is supported by the same office in a source, held by anyone
        // or no one named; it never conflicts (who holds it is not said).
        (Value::Role(x), Value::Person { role: Some(y), .. }) | (Value::Role(x), Value::Role(y)) => {
            let same_office = x.head == y.head && x.organisation.iter().any(|k| y.organisation.iter().any(|m| k.len() >= 2 && names_match(k, m)));
            same_office.then_some((Relation::Supports, 1.0))
        }
        (Value::Person { name: a, role: ra }, Value::Person { name: b, role: rb }) => compare_people(a, ra.as_ref(), b, rb.as_ref(), sim),
        (Value::Entity { keys: a }, Value::Entity { keys: b }) => {
            // The same name, word for word: "Minsk" is not "Minsk Automobile Plant".
            let same = a.len() == b.len() && a.iter().zip(b).all(|(k, m)| names_match(k, m));
            same.then_some((Relation::Supports, 1.0))
        }
        (Value::Place { keys: a }, Value::Place { keys: b }) => {
            if a.iter().all(|k| b.iter().any(|m| names_match(k, m))) {
                return may_agree.then_some((Relation::Supports, support_sim));
            }
            // A different place for the same event conflicts only when the article's place is
            // unknown to every source: a place the sources name may contain the other (a city
            // in a country) or be another name for it.
            let unknown = a.iter().all(|k| !ctx.lexicon.find(TermKind::Name, k).is_some_and(|t| ctx.index.contains(t)));
            (may_conflict && unknown && sim >= PLACE_CONFLICT_CONTEXT).then_some((Relation::Contradicts, sim))
        }
        _ => None,
    }
}

/// Does the article's sentence name one person and the source's a different one? A sentence
/// about someone else's sentence or term is not evidence about this one.
fn different_people(ctx: &Ctx, sentence: &Sentence, source: &Sentence) -> bool {
    let (mine, theirs) = (&sentence.people, &source.people);
    if mine.is_empty() || theirs.is_empty() {
        return false;
    }
    let named_in = |p: &PersonName, s: &Sentence| name_run(&s.distinct).iter().any(|&t| names_match(ctx.lexicon.text(t), &p.surname));
    let shared = mine.iter().any(|a| theirs.iter().any(|b| same_person(a, b)) || named_in(a, source))
        || theirs.iter().any(|b| named_in(b, sentence));
    !shared
}

fn same_person(a: &PersonName, b: &PersonName) -> bool {
    if !names_match(&a.surname, &b.surname) {
        return false;
    }
    match (a.given.first(), b.given.first()) {
        (Some(x), Some(y)) => names_match(x, y) || x.len() <= 1 || y.len() <= 1,
        _ => true,
    }
}

fn compare_people(a: &PersonName, ra: Option<&Role>, b: &PersonName, rb: Option<&Role>, sim: f32) -> Option<(Relation, f32)> {
    if same_person(a, b) {
        return match (ra, rb) {
            // A mention without a role says nothing about the article's role for them.
            (Some(_), None) => None,
            (Some(x), Some(y)) if x.head == y.head && orgs_overlap(x, y) && x.rank != y.rank && !x.temporal && !y.temporal => {
                Some((Relation::Contradicts, 1.0))
            }
            (Some(x), Some(y)) if x.head == y.head => Some((Relation::Supports, 1.0)),
            _ => Some((Relation::Supports, 0.8)),
        };
    }
    // The same office held by two different people at the same time cannot both be true.
    let (x, y) = (ra?, rb?);
    let full_names = !a.given.is_empty() && !b.given.is_empty();
    let same_office = x.head == y.head && x.rank == y.rank && !x.organisation.is_empty() && !y.organisation.is_empty() && orgs_overlap(x, y);
    // One holder at a time: a head title of that kind with no rank below it (there are many
    // deputy assistant secretaries, one secretary), or any title ranked "chief" or "head".
    let single = (SINGLE_HOLDER_TITLES.contains(&x.head.as_str()) && x.rank.is_empty()) || x.rank.iter().any(|r| r == "chief" || r == "head");
    (full_names && same_office && !x.temporal && !y.temporal && single)
        .then_some((Relation::Contradicts, sim.max(0.5)))
}

fn orgs_overlap(x: &Role, y: &Role) -> bool {
    if x.organisation.is_empty() || y.organisation.is_empty() {
        return true;
    }
    x.organisation.iter().any(|k| y.organisation.iter().any(|m| k.len() >= 2 && names_match(k, m)))
}

/// Are all of a unit's words among the terms around the other value?
fn units_described(ctx: &Ctx, unit: &[String], context: &[Term]) -> bool {
    unit.iter().all(|u| GENERIC_UNITS.contains(&u.as_str()) || ctx.lexicon.find(TermKind::Word, u).is_some_and(|w| context.contains(&w)))
}

/// Can what the two units count be the same thing?
fn units_compatible(ctx: &Ctx, a: &[String], b: &[String], sa: &Sentence, sb: &Sentence) -> bool {
    let is_percent = |u: &[String]| u.first().is_some_and(|x| x == "percent");
    if is_percent(a) != is_percent(b) {
        return false;
    }
    // "people" says nothing about what is counted: read it as no unit.
    let specific = |u: &[String]| -> Vec<String> { u.iter().filter(|w| !GENERIC_UNITS.contains(&w.as_str())).cloned().collect() };
    let (a, b) = (&specific(a)[..], &specific(b)[..]);
    if a.iter().any(|u| b.contains(u)) {
        return true;
    }
    // A unit the other sentence mentions ("1,226" in a sentence about political prisoners).
    let mentions = |u: &[String], s: &Sentence| u.iter().any(|w| ctx.mentions(s, w));
    if a.is_empty() && !b.is_empty() {
        return mentions(b, sa);
    }
    if b.is_empty() && !a.is_empty() {
        return mentions(a, sb);
    }
    // Neither says what it counts: the contexts decide.
    a.is_empty() || (mentions(a, sb) && mentions(b, sa))
}

fn absolute_dates(s: &Sentence, clause: usize) -> Vec<DateValue> {
    s.facts
        .iter()
        .filter(|f| f.clause == clause)
        .filter_map(|f| match &f.value {
            Value::Date { date, .. } if date.relative.is_none() && (date.year.is_some() || date.month.is_some()) => Some(date.clone()),
            _ => None,
        })
        .collect()
}

/// Two dates are of the same moment where both say something and nothing they both say differs.
fn dates_anchor(a: &DateValue, b: &DateValue) -> bool {
    let mut common = 0;
    for (x, y) in [(a.year.map(|v| v as i64), b.year.map(|v| v as i64)), (a.month.map(i64::from), b.month.map(i64::from))] {
        if let (Some(x), Some(y)) = (x, y) {
            if x != y {
                return false;
            }
            common += 1;
        }
    }
    common > 0
}

/// Some(true) when the dates agree, Some(false) when they cannot be the same, None when they
/// cannot be compared (a relative date against a calendar date, or nothing in common).
fn date_relation(a: &DateValue, b: &DateValue) -> Option<bool> {
    match (a.relative, b.relative) {
        (Some(x), Some(y)) => return (x == y).then_some(true),
        (Some(_), None) | (None, Some(_)) => return None,
        _ => {}
    }
    let mut common = 0;
    let mut differ = false;
    for (x, y) in [
        (a.year.map(|v| v as i64), b.year.map(|v| v as i64)),
        (a.month.map(i64::from), b.month.map(i64::from)),
        (a.day.map(i64::from), b.day.map(i64::from)),
        (a.weekday.map(i64::from), b.weekday.map(i64::from)),
    ] {
        if let (Some(x), Some(y)) = (x, y) {
            common += 1;
            differ |= x != y;
        }
    }
    if common == 0 {
        return None;
    }
    Some(!differ)
}

/// Chooses, for each source, the sentence that speaks most closely to the fact, and turns the
/// findings into the reported fact with its verdict, reason and evidence.
/// For each source, the one finding that stands for it: support wins over contradiction (a
/// source that states the article's value somewhere does not contradict it), then the closest
/// context.
fn per_document(findings: Vec<Finding>) -> Vec<Finding> {
    let mut best: BTreeMap<usize, Finding> = BTreeMap::new();
    for f in findings {
        let replace = match best.get(&f.doc) {
            None => true,
            Some(old) => {
                let rank = |x: &Finding| (x.relation == Relation::Supports) as u8;
                (rank(&f), f.score) > (rank(old), old.score)
            }
        };
        if replace {
            best.insert(f.doc, f);
        }
    }
    best.into_values().collect()
}

fn report_fact(article: &str, fact: &Extracted, findings: Vec<Finding>, index: &Index, documents: &[Document]) -> Fact {
    let mut chosen = per_document(findings);
    // A source garbled at that very spot ("deputy deputy secretary") cannot outvote the
    // sources that agree; it still counts when no source agrees.
    let mut garbled_sources: Vec<String> = Vec::new();
    if chosen.iter().any(|f| f.relation == Relation::Supports) {
        chosen.retain(|f| {
            let drop = f.garbled && f.relation == Relation::Contradicts;
            if drop {
                garbled_sources.extend(documents.get(f.doc).map(|d| d.source.clone()));
            }
            !drop
        });
    }
    chosen.sort_by(|a, b| (b.relation == Relation::Contradicts).cmp(&(a.relation == Relation::Contradicts)).then(b.score.total_cmp(&a.score)));
    let supports = chosen.iter().filter(|f| f.relation == Relation::Supports).count();
    let contradicts = chosen.len() - supports;
    let verdict = match (supports, contradicts) {
        (0, 0) => Verdict::NotFound,
        (_, 0) => Verdict::Agree,
        (0, _) => Verdict::Conflict,
        _ => Verdict::Disputed,
    };
    let claim_value = if fact.display.is_empty() { fact.span.slice(article).to_string() } else { fact.display.clone() };
    let evidence: Vec<Evidence> = chosen
        .iter()
        .take(MAX_EVIDENCE)
        .filter_map(|f| {
            let doc = documents.get(f.doc)?;
            let s = index.sentence(f.sentence);
            let sentence = s.span.slice(&doc.text).to_string();
            let source_value = doc.text.get(f.value_span.0..f.value_span.1).unwrap_or("").to_string();
            Some(Evidence {
                doc_id: doc.id.clone(),
                source: doc.source.clone(),
                sentence,
                start: s.span.start,
                end: s.span.end,
                relation: f.relation,
                claim_value: match f.claim_span {
                    Some((a, b)) => article.get(a..b).unwrap_or("").to_string(),
                    None => fact.span.slice(article).to_string(),
                },
                source_value,
                value_start: f.value_span.0,
                value_end: f.value_span.1,
                score: (f.score * 100.0).round() / 100.0,
                date: None,
                rule: String::new(),
            })
        })
        .collect();
    let mut reason = reason(fact, verdict, &evidence, article);
    if !garbled_sources.is_empty() {
        reason.push_str(&format!(" ({} words it otherwise, in garbled text, not counted.)", garbled_sources.join(", ")));
    }
    Fact {
        start: fact.span.start,
        end: fact.span.end,
        text: fact.span.slice(article).to_string(),
        kind: fact.kind,
        value: claim_value,
        verdict,
        rule: String::new(),
        reason,
        evidence,
    }
}

/// The text on one line (runs of white space made one space), cut after `max` characters.
fn short(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4 + 4));
    let mut chars = 0;
    for word in text.split_whitespace() {
        for c in (!out.is_empty()).then_some(' ').into_iter().chain(word.chars()) {
            if chars == max {
                out.push('…');
                return out;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

/// One line a person can read: "Associated Press: six years; article: five years".
fn reason(fact: &Extracted, verdict: Verdict, evidence: &[Evidence], article: &str) -> String {
    // The article's side as compared: the figure inside a statement when the figure decided.
    let compared = evidence.iter().find(|e| e.relation == Relation::Contradicts).or(evidence.first());
    let mine = short(compared.map_or(fact.span.slice(article), |e| e.claim_value.as_str()), 60);
    let say = |e: &Evidence| format!("{}: {}", e.source, short(&e.source_value, 60));
    match verdict {
        Verdict::NotFound => "No source in the corpus speaks to this.".to_string(),
        Verdict::Agree => {
            let names: Vec<&str> = evidence.iter().map(|e| e.source.as_str()).collect();
            if fact.kind == FactKind::Statement || fact.kind == FactKind::Quote {
                format!("Reported the same way by {}.", names.join(", "))
            } else {
                format!("{}; article: {mine}", evidence.first().map(say).unwrap_or_default())
            }
        }
        Verdict::Conflict => {
            let against: Vec<String> = evidence.iter().filter(|e| e.relation == Relation::Contradicts).map(say).collect();
            format!("{}; article: {mine}", against.join("; "))
        }
        Verdict::Disputed => {
            let sides: Vec<String> = evidence
                .iter()
                .map(|e| format!("{} {}", say(e), if e.relation == Relation::Supports { "(agrees)" } else { "(differs)" }))
                .collect();
            format!("Sources disagree. {}; article: {mine}", sides.join("; "))
        }
    }
}

#[cfg(test)]
mod tests {
    //! One test per behaviour the comparison promises, each on a corpus of a sentence or two.
    use crate::{Corpus, Document, Verdict};

    fn verdict(corpus_text: &[&str], article: &str, words: &str) -> Verdict {
        let docs = corpus_text
            .iter()
            .enumerate()
            .map(|(i, t)| Document { id: format!("d{i}"), source: format!("Source {i}"), language: "en".into(), text: t.to_string() })
            .collect();
        let report = Corpus::new(docs).check(article).expect("checks");
        report
            .claims
            .iter()
            .flat_map(|c| &c.facts)
            .filter(|f| f.text == words)
            .min_by_key(|f| f.kind == crate::FactKind::Statement)
            .unwrap_or_else(|| panic!("no fact {words:?} in {report:#?}"))
            .verdict
    }

    #[test]
    fn a_reason_quotes_a_value_on_one_line_cut_after_sixty_characters() {
        assert_eq!(super::short("  five\n  years  ", 60), "five years");
        assert_eq!(super::short("a  b\n c", 3), "a b…");
        assert_eq!(super::short("a b", 3), "a b");
        assert_eq!(super::short("", 3), "");
    }

    #[test]
    fn two_lower_bounds_never_conflict() {
        let v = verdict(&["The governor has pardoned more than 250 prisoners since July."], "The governor has pardoned more than 200 prisoners since July.", "more than 200 prisoners");
        assert_eq!(v, Verdict::Agree);
    }

    #[test]
    fn a_different_count_of_the_same_thing_conflicts() {
        let v = verdict(&["The court sentenced Ivo Marek to six years in prison."], "The court sentenced Ivo Marek to five years in prison.", "five years");
        assert_eq!(v, Verdict::Conflict);
    }

    #[test]
    fn another_persons_sentence_is_no_evidence() {
        let v = verdict(&["The court sentenced Ivo Marek to six years in prison."], "The court sentenced Lena Varga to five years in prison.", "five years");
        assert_eq!(v, Verdict::NotFound);
    }

    #[test]
    fn ranks_of_a_series_at_different_dates_do_not_conflict() {
        let corpus = ["The mayor won his second term in the 2019 election.", "The mayor won a third term in the 2023 election on May 4."];
        assert_eq!(verdict(&corpus, "The mayor won his third term in May.", "third term"), Verdict::Agree);
        assert_eq!(verdict(&corpus, "The mayor won his second term in May.", "second term"), Verdict::Conflict);
    }

    #[test]
    fn one_office_two_holders_conflict() {
        let v = verdict(&["Anna Kowal, director of the Baltic Shipping Authority, signed the deal."], "Baltic Shipping Authority director Anna Brenner signed the deal.", "Baltic Shipping Authority director Anna Brenner");
        assert_eq!(v, Verdict::Conflict);
    }

    #[test]
    fn a_former_holder_is_no_conflict() {
        let v = verdict(&["During the first term, former director Piet Laar of the Baltic Shipping Authority visited."], "Baltic Shipping Authority director Anna Brenner signed the deal.", "Baltic Shipping Authority director Anna Brenner");
        assert_ne!(v, Verdict::Conflict);
    }

    #[test]
    fn a_different_rank_for_the_same_person_conflicts() {
        let v = verdict(&["Marta Lind, a deputy assistant minister of trade, arrived."], "Marta Lind, a deputy minister of trade, arrived.", "Marta Lind, a deputy minister of trade");
        assert_eq!(v, Verdict::Conflict);
    }

    #[test]
    fn transliterations_of_a_name_are_one_person() {
        let v = verdict(&["Police freed Olena Navshuk on Friday."], "Police freed Olena Naushuk on Friday.", "Olena Naushuk");
        assert_eq!(v, Verdict::Agree);
    }

    #[test]
    fn sources_that_disagree_make_a_fact_disputed() {
        let corpus = ["The bridge took 14 months to repair, officials said.", "The bridge took 16 months to repair, officials said."];
        assert_eq!(verdict(&corpus, "The bridge took 14 months to repair.", "14 months"), Verdict::Disputed);
    }

    #[test]
    fn an_unknown_statement_is_not_found() {
        let v = verdict(&["The bridge took 14 months to repair."], "The orchestra will tour Japan next spring.", "The orchestra will tour Japan next spring");
        assert_eq!(v, Verdict::NotFound);
    }

    #[test]
    fn a_place_the_sources_name_is_never_a_conflict() {
        // A city and its country are both named by the sources: one may contain the other.
        let corpus = ["The minister opened the plant in Rivne on Monday.", "Rivne is a city in Volhyn."];
        let v = verdict(&corpus, "The minister opened the plant in Volhyn on Monday.", "in Volhyn");
        assert_ne!(v, Verdict::Conflict);
    }

    #[test]
    fn a_looser_figure_confirms_nothing_and_contradicts_nothing() {
        // "at least 1,253" is consistent with "more than 11,800" but does not say it.
        let v = verdict(&["At least 1,253 people remain in prison, rights groups say."], "More than 11,800 people remain in prison, rights groups say.", "More than 11,800 people remain");
        assert_eq!(v, Verdict::NotFound);
    }

    #[test]
    fn offices_with_many_holders_do_not_conflict() {
        let v = verdict(&["Marta Lind, a deputy assistant minister of trade, arrived."], "Oskar Veld, a deputy assistant minister of trade, arrived.", "Oskar Veld, a deputy assistant minister of trade");
        assert_ne!(v, Verdict::Conflict);
    }

    #[test]
    fn relative_dates_are_read_against_the_day_each_text_was_written() {
        use crate::{CalendarDate, LoadedCorpus};
        let loaded = LoadedCorpus {
            name: String::new(),
            documents: vec![Document { id: "wire".into(), source: "Wire".into(), language: "en".into(), text: "The harbour bridge reopened last month after a long repair.".into() }],
            skipped: vec![],
            dates: vec![("wire".into(), "2024-06-12".into())],
        };
        let corpus = Corpus::from_loaded(loaded);
        let date_of = |article: &str, written: &str| {
            let report = corpus.check_as_of(article, CalendarDate::parse(written)).expect("checks");
            report.claims.iter().flat_map(|c| &c.facts).find(|f| f.kind == crate::FactKind::Date).map(|f| f.verdict)
        };
        // Written in June, "last month" is May; so is "in May" written a week later.
        assert_eq!(date_of("The harbour bridge reopened in May after a long repair.", "2024-06-20"), Some(Verdict::Agree));
        assert_eq!(date_of("The harbour bridge reopened in April after a long repair.", "2024-06-20"), Some(Verdict::Conflict));
        // A source with no date keeps its "last month" as written: nothing to set "May" against.
        let undated = Corpus::new(corpus.documents().to_vec());
        let report = undated.check_as_of("The harbour bridge reopened in May after a long repair.", CalendarDate::parse("2024-06-20")).expect("checks");
        assert!(report.claims.iter().flat_map(|c| &c.facts).filter(|f| f.kind == crate::FactKind::Date).all(|f| f.verdict == Verdict::NotFound));
    }
}

