//! Compare: the third stage. One fact of the article against the facts of one source
//! sentence, each pair judged by the fact's own kind (`src/kinds/`): supports, contradicts,
//! or says nothing. Two values are judged only when their frames line up ([`Pair::align`]);
//! a value that differs conflicts only when they line up closely; when unsure, nothing is
//! said. Compare never searches: it is handed the candidate sentences retrieval found.

use crate::analyse::calendar::{CalendarDate, DateValue};
use crate::analyse::frame::{Frame, HeadFrom, When};
use crate::analyse::terms::{Lexicon, Term, TermKind};
use crate::analyse::{Extracted, PersonName, Sentence};
use crate::kinds::{self, Against, Value};
use crate::normalize::within_edits;
use crate::report::Relation;
use crate::segment::Span;
use crate::tuning::TUNING;

/// What every comparison of one check reads: the terms' texts and weights.
pub struct Ctx<'a> {
    pub lexicon: &'a Lexicon<'a>,
    /// By term index: BM25's IDF over the corpus's sentences.
    pub idf: &'a [f32],
    /// Number of corpus sentences.
    pub sentences: usize,
    /// The day the article was written, when known.
    pub written: Option<CalendarDate>,
    /// The newest day a corpus document was written: an article whose own day is unknown is
    /// taken to be written no earlier (a draft is checked against what was already published).
    pub newest: Option<CalendarDate>,
    /// The IDFs the comparisons test terms against, which depend on the corpus's size alone:
    /// computed once per check ([`Ctx::new`]) instead of a logarithm for every holder of
    /// every pair.
    thresholds: Thresholds,
}

/// IDFs of a corpus of a given size (see [`Ctx::thresholds`]).
struct Thresholds {
    /// A term the corpus never uses.
    unseen: f32,
    /// A name in `story_name_share` of the sentences ([`Ctx::is_story_name`]); -∞ when the
    /// corpus is too small to have a story name.
    story_name: f32,
    /// A term in two sentences: rarer is a rare head ([`Pair::align`]).
    rare: f32,
}

impl<'a> Ctx<'a> {
    pub fn new(lexicon: &'a Lexicon<'a>, idf: &'a [f32], sentences: usize, written: Option<CalendarDate>, newest: Option<CalendarDate>) -> Ctx<'a> {
        let n = sentences as f32;
        let thresholds = Thresholds {
            unseen: bm25_idf(n, 0.0),
            story_name: if n >= 8.0 { bm25_idf(n, n * TUNING.story_name_share) } else { f32::NEG_INFINITY },
            rare: bm25_idf(n, 2.0),
        };
        Ctx { lexicon, idf, sentences, written, newest, thresholds }
    }
}

impl Ctx<'_> {
    /// A term's IDF; a term the corpus never uses gets the highest.
    pub fn idf(&self, t: Term) -> f32 {
        self.idf.get(t.index()).copied().unwrap_or(self.thresholds.unseen)
    }

    /// A name so common in the corpus that it is the story's subject ("Ostria" in a story
    /// about Ostria), not one that tells two facts' holders apart.
    pub fn is_story_name(&self, t: Term) -> bool {
        self.idf(t) < self.thresholds.story_name
    }

    /// Do two terms stand for the same word or name (another spelling of a name included)?
    pub fn terms_match(&self, a: Term, b: Term) -> bool {
        a == b || (a.is_name() && b.is_name() && self.lexicon.names_may_match(a, b) && similar_names(self.lexicon.text(a), self.lexicon.text(b)))
    }

    /// Does any term of a sorted list match `t`?
    pub fn matches_any(&self, t: Term, sorted: &[Term]) -> bool {
        if sorted.binary_search(&t).is_ok() {
            return true;
        }
        t.is_name() && name_run(sorted).iter().any(|&s| self.terms_match(t, s))
    }

    /// The IDF-weighted share of `claim`'s weighted terms found in `source`'s (both sorted by
    /// term), over the smaller of the two sizes.
    pub fn overlap(&self, claim: &[(Term, f32)], claim_size: f32, source: &[(Term, f32)], source_size: f32) -> (f32, usize) {
        let mut shared = 0.0;
        let mut count = 0;
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
            let other_spelling = || if t.is_name() { source_names.iter().find(|(s, _)| self.terms_match(t, *s)) } else { None };
            if let Some((_, v)) = exact.or_else(other_spelling) {
                shared += self.idf(t) * (w * v).sqrt();
                count += 1;
            }
        }
        let denominator = claim_size.min(source_size);
        if denominator <= 0.0 {
            return (0.0, count);
        }
        ((shared / denominator).min(1.0), count)
    }

    /// The IDF-weighted size of a weighted context.
    pub fn size(&self, terms: &[(Term, f32)]) -> f32 {
        terms.iter().map(|&(t, w)| self.idf(t) * w).sum()
    }
}

pub fn bm25_idf(sentences: f32, holding: f32) -> f32 {
    (1.0 + (sentences - holding + 0.5) / (holding + 0.5)).ln()
}

/// The names in a sorted list of terms: one run, as terms sort by kind first.
pub fn name_run(sorted: &[Term]) -> &[Term] {
    let names = &sorted[sorted.partition_point(|s| s.kind() < TermKind::Name)..];
    &names[..names.partition_point(|s| s.is_name())]
}

/// Two name keys stand for the same name (allowing one romanisation slip in longer names).
pub fn names_match(a: &str, b: &str) -> bool {
    a == b || similar_names(a, b)
}

fn similar_names(a: &str, b: &str) -> bool {
    a.len() >= TUNING.name_key_fuzzy_min
        && b.len() >= TUNING.name_key_fuzzy_min
        && a.len().abs_diff(b.len()) <= TUNING.name_key_distance
        && a.as_bytes()[0] == b.as_bytes()[0]
        && within_edits(a, b, TUNING.name_key_distance)
}

/// Two names of one person: the same surname, and given names that do not differ (one may be
/// left out or be an initial; a given name's transliterations meet under its key, with "g"
/// and "h" one letter, as Cyrillic "г" is romanised both ways: "Olga" and "Olha" are one
/// name; "Olga" and "Oksana", or "Karl" and "Kurt", are two, however alike their first
/// letter, and so are "Peter" and "Petra", whose keys are one but for the "a").
pub fn same_person(a: &PersonName, b: &PersonName) -> bool {
    if !names_match(&a.surname, &b.surname) {
        return false;
    }
    let (ga, gb): (Vec<(&String, bool)>, Vec<(&String, bool)>) = (a.given_with_endings().collect(), b.given_with_endings().collect());
    if ga.is_empty() || gb.is_empty() {
        return true;
    }
    // "Petra" is not "Peter", though their keys are one.
    let one = |(x, p): (&String, bool), (y, q): (&String, bool)| p == q && (names_match(x, y) || names_match(&x.replace('g', "h"), &y.replace('g', "h")));
    ga.iter().any(|&x| gb.iter().any(|&y| one(x, y)))
}

/// A corpus sentence handed to the comparison.
pub struct Source<'a> {
    pub sentence: &'a Sentence,
    /// Its id in the index.
    pub id: u32,
    /// Its document's position in the corpus.
    pub doc: usize,
    /// The day its document was written, when known.
    pub written: Option<CalendarDate>,
}

/// One article fact and one source fact (or, for a statement, the source sentence).
pub struct Pair<'a> {
    pub ctx: &'a Ctx<'a>,
    pub article: &'a Sentence,
    pub fact: &'a Extracted,
    pub source: &'a Source<'a>,
    pub candidate: Option<&'a Extracted>,
}

/// How a source bears on a fact, and the rule that said so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Judged {
    pub relation: Relation,
    /// `kind.rule`, e.g. "quantity.incompatible".
    pub rule: &'static str,
    /// How closely the two speak of the same thing (0..1).
    pub score: f32,
    /// The source's words that decided it.
    pub span: Span,
}

/// How two frames line up, part by part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// Both say it, and it is the same.
    Same,
    /// One side or both do not say it.
    Unknown,
    /// One side says it, the other does not: enough to agree on, not to contradict.
    OneSided,
}

/// Two frames lined up (see [`Pair::align`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Alignment {
    /// What the values measure.
    pub measured: Line,
    /// Whom they belong to.
    pub holders: Line,
    /// When they hold.
    pub when: Line,
    /// The IDF-weighted share of the article fact's context the source fact's holds.
    pub context: f32,
    /// How many context words they share.
    pub shared: usize,
    /// What they measure is named by a specific noun on both sides ("hours of talks").
    pub specific: bool,
    /// That noun is rare in the corpus (in a sentence or two): its two uses are likely one thing.
    pub rare: bool,
    /// What they measure lines up and one side names it with a noun ("registered voters"),
    /// or both with the same act ("64 remain trapped", "more than 40 were trapped").
    pub named: bool,
    /// The holder one side names, the other describes ("the Mining Bureau", "the mining
    /// agency"): the frame lines up without more words shared.
    pub described: bool,
    /// Neither value states a time, and the two texts were written the same day: each gives
    /// that day's figure.
    pub same_day: bool,
}

impl Alignment {
    /// Close enough for the same value to confirm the article's.
    pub fn may_agree(&self) -> bool {
        match (self.measured, self.holders) {
            (Line::Same, Line::Same) => true,
            (Line::Same, _) => self.shared >= 1 || self.when == Line::Same || self.named,
            (_, Line::Same) => self.shared >= 1 && self.context >= TUNING.agree_context * 0.5,
            _ => self.shared >= 2 && self.context >= TUNING.agree_context,
        }
    }

    /// In nearly the same words (`unanchored_context`, two shared words at least): what lines
    /// up two values that no act word or holder ties.
    pub fn in_nearly_the_same_words(&self) -> bool {
        self.context >= TUNING.unanchored_context && self.shared >= 2
    }

    /// Close enough for a different value to contradict the article's.
    pub fn may_conflict(&self) -> bool {
        // What is measured and the stated day both line up ("2,140 were injured" as of
        // Monday, "2,310 had been injured" by Monday): no more words are needed.
        // So do two counts of a specific thing in texts written the same day, neither giving
        // another time ("10 dead" and "the death toll remained at nine").
        if self.measured == Line::Same && (self.when == Line::Same || self.same_day && self.specific) && self.holders != Line::OneSided {
            return true;
        }
        if self.shared < TUNING.conflict_min_shared && !self.rare {
            return false;
        }
        // A stated time both give lines them up as much as a holder does.
        let holders = if self.holders == Line::Unknown && self.when == Line::Same { Line::Same } else { self.holders };
        match (self.measured, holders) {
            (Line::Same, Line::Same) => self.context >= TUNING.conflict_context * 0.5 || self.specific && self.described,
            (Line::Same, Line::Unknown) => self.context >= TUNING.conflict_context || self.specific && (self.context >= TUNING.conflict_context * 0.5 || self.rare),
            (Line::Unknown, Line::Same) => self.context >= TUNING.conflict_context && self.shared >= 2,
            (Line::Same, Line::OneSided) => self.specific && self.context >= TUNING.conflict_context_loose,
            (Line::Unknown, Line::Unknown) => self.context >= TUNING.conflict_context_loose && self.shared >= 2,
            _ => false,
        }
    }
}

impl<'a> Pair<'a> {
    pub fn candidate(&self) -> &'a Extracted {
        self.candidate.expect("a value pair has a source fact")
    }

    /// Lines the two values' frames up, or `None` when they cannot be about the same thing:
    /// they measure different things, belong to different holders, hold at different times,
    /// or one is a change and the other a level.
    pub fn align(&self) -> Option<Alignment> {
        let (a, b) = (&self.fact.frame, &self.candidate().frame);
        if a.change != b.change && !a.change_unsure && !b.change_unsure {
            return None;
        }
        let measured = self.measured(a, b)?;
        let (holders, described) = self.holders(a, b)?;
        let when = self.when(a, b)?;
        let (context, shared) = self.ctx.overlap(&a.context, a.context_size, &b.context, b.context_size);
        // A holder one side names and the other describes is a word they share.
        let shared = shared + usize::from(described);
        let noun = |f: &Frame| matches!(f.head_from, HeadFrom::Noun | HeadFrom::Linked);
        // "people whom aid agencies count as refugees" names its noun too.
        let named_by_clause = |f: &Frame, other: &Frame, s: &Sentence, e: &Extracted| f.head_from == HeadFrom::Generic && noun(other) && other.head.is_some_and(|h| self.clause_has(s, e, h));
        let specific = measured == Line::Same
            && (noun(a) || named_by_clause(a, b, self.article, self.fact))
            && (noun(b) || named_by_clause(b, a, self.source.sentence, self.candidate()));
        let rare = specific && a.head.is_some_and(|h| self.ctx.idf(h) >= self.ctx.thresholds.rare);
        let verb = |f: &Frame| f.head_from == HeadFrom::Verb;
        let named = measured == Line::Same && (a.head_from == HeadFrom::Noun || b.head_from == HeadFrom::Noun || verb(a) && verb(b));
        // A count that moves from day to day, not a measure that stays ("magnitude 7.2").
        let count = |f: &Extracted| matches!(&f.value, Value::Quantity(q) if q.dimension.is_none()) && !f.frame.measure;
        let same_day = matches!((&a.when, &b.when), (When::Unstated, When::Unstated))
            && self.ctx.written.is_some()
            && self.ctx.written == self.source.written
            && count(self.fact)
            && count(self.candidate());
        Some(Alignment { measured, holders, when, context, shared, specific, rare, named, described, same_day })
    }

    /// Both values are changes that go opposite ways ("rose 3.1 percent", "fell 3.1
    /// percent"): the same figure then says the opposite.
    pub fn opposite_changes(&self) -> bool {
        matches!((self.fact.frame.direction, self.candidate().frame.direction), (Some(x), Some(y)) if x != y)
    }

    /// Like [`Pair::align`], but holders that differ only make the line unknown.
    pub fn align_loose(&self) -> Option<Alignment> {
        let (a, b) = (&self.fact.frame, &self.candidate().frame);
        if a.change != b.change && !a.change_unsure && !b.change_unsure {
            return None;
        }
        let measured = self.measured(a, b)?;
        let holders = self.holders(a, b).map_or(Line::Unknown, |(line, _)| line);
        let when = self.when(a, b)?;
        let (context, shared) = self.ctx.overlap(&a.context, a.context_size, &b.context, b.context_size);
        Some(Alignment { measured, holders, when, context, shared, specific: false, rare: false, named: false, described: false, same_day: false })
    }

    fn measured(&self, a: &Frame, b: &Frame) -> Option<Line> {
        // "two French banks" and "two German banks".
        if !a.proper_modifiers.is_empty() && !b.proper_modifiers.is_empty() && !a.proper_modifiers.iter().any(|t| self.ctx.matches_any(*t, &b.proper_modifiers)) {
            return None;
        }
        match (a.head, b.head) {
            (Some(x), Some(y)) if x == y => Some(Line::Same),
            // "office buildings" and "buildings damaged": a head among the other's words.
            (Some(x), Some(y)) if b.modifiers.contains(&x) || a.modifiers.contains(&y) => Some(Line::Same),
            // "people" says nothing of what is counted: "2,310 people whom aid agencies count as
            // refugees" counts refugees when its clause names them.
            (Some(x), Some(y)) if a.head_from == HeadFrom::Generic || b.head_from == HeadFrom::Generic => {
                let named = if a.head_from == HeadFrom::Generic { self.clause_has(self.article, self.fact, y) } else { self.clause_has(self.source.sentence, self.candidate(), x) };
                Some(if named { Line::Same } else { Line::Unknown })
            }
            // "a 290-metre vessel" and "a length of 290 metres": the measure is of the thing.
            (Some(_), Some(_)) if self.same_dimension() && a.measure != b.measure => Some(Line::Unknown),
            (Some(_), Some(_)) => None,
            // "moving at eight knots" and "a speed of 8 knots": a physical measure of one
            // dimension, not named otherwise on either side, is the same measure.
            (None, None) | (None, Some(_)) | (Some(_), None) if self.same_dimension() && [a, b].iter().all(|f| f.head.is_none() || f.measure) => Some(Line::Same),
            _ => Some(Line::Unknown),
        }
    }

    /// Are both values physical measures of one dimension (not a span of time, which measures
    /// too many things: a sentence, an age, a delay)?
    fn same_dimension(&self) -> bool {
        let dim = |f: &Extracted| match &f.value {
            Value::Quantity(q) => q.dimension.filter(|d| *d != crate::words::units::Dimension::Duration),
            _ => None,
        };
        dim(self.fact).is_some() && dim(self.fact) == dim(self.candidate())
    }

    /// Does the clause of `fact` in `s` name the term `t` (outside the fact's own words)?
    fn clause_has(&self, s: &Sentence, fact: &Extracted, t: Term) -> bool {
        let (a, mut b) = s.clause_range(fact.core.0);
        // "2,310 people whom aid agencies count as refugees": the relative clause
        // says what the people are.
        if b < s.tokens.len() && matches!(s.tokens[b].norm.as_str(), "who" | "whom" | "that" | "which") {
            b = s.clause_range(b).1;
        }
        // Not the words of another value: "8,600 people and runs 14 processing plants" does not
        // say the people are plants.
        let other_value = |i: usize| s.facts.iter().any(|f| (f.span != fact.span || f.kind != fact.kind) && crate::analyse::frame::is_value(f.kind) && i >= f.tokens.0 && i < f.tokens.1);
        (a..b).filter(|&i| i < fact.core.0 || i >= fact.core.1).any(|i| s.terms[i].iter().any(|u| u == t) && !other_value(i))
    }

    fn holders(&self, a: &Frame, b: &Frame) -> Option<(Line, bool)> {
        // "Ostria's agency" is not "Kelby's agency", however often the story names Kelby.
        if let (Some(x), Some(y)) = (a.owner, b.owner) {
            if !self.ctx.terms_match(x, y) {
                return None;
            }
        }
        // The holders that tell two values apart, read in place each time they are needed:
        // collecting them cost two allocations for each of the many pairs lined up.
        fn telling<'f, 'c>(ctx: &'f Ctx<'c>, f: &'f Frame) -> impl Iterator<Item = Term> + Clone + use<'f, 'c> {
            f.holders.iter().copied().filter(move |t| !ctx.is_story_name(*t))
        }
        let (x, y) = (telling(self.ctx, a), telling(self.ctx, b));
        let (x_empty, y_empty) = (x.clone().next().is_none(), y.clone().next().is_none());
        // Groups that act on a figure must be the same groups: what "traders" lost is not
        // what "farmers, traders and shippers" lost.
        let (ga, gb) = (x.clone().filter(|t| !t.is_name()), y.clone().filter(|t| !t.is_name()));
        if ga.clone().next().is_some() && gb.clone().next().is_some() && (a.joint != b.joint || !ga.clone().any(|t| gb.clone().any(|u| u == t))) {
            return None;
        }
        // The first named is whose it is: "Vela and his running mate won 4.2 million votes" is
        // not "Oden and his running mate took 3.9 million".
        let first = |f: &Frame| f.primary.filter(|t| !self.ctx.is_story_name(*t));
        if let (Some(p), Some(q)) = (first(a), first(b)) {
            if !y.clone().any(|u| self.ctx.terms_match(p, u)) && !x.clone().any(|t| self.ctx.terms_match(q, t)) {
                return None;
            }
        }
        // A name opening a sentence ("Rivermouth reached the final") confirms a holder the
        // other side names; it never tells two apart (it may be "Turnout was").
        let opener = |f: &Frame| f.opener.filter(|t| !self.ctx.is_story_name(*t));
        fn confirms(ctx: &Ctx, o: Option<Term>, mut other: impl Iterator<Item = Term>, other_opener: Option<Term>) -> bool {
            o.is_some_and(|o| other.any(|u| ctx.terms_match(o, u)) || other_opener.is_some_and(|u| ctx.terms_match(o, u)))
        }
        if x_empty && confirms(self.ctx, opener(a), y.clone(), opener(b)) || y_empty && confirms(self.ctx, opener(b), x.clone(), opener(a)) {
            return Some((Line::Same, false));
        }
        if x_empty && y_empty {
            return Some((Line::Unknown, false));
        }
        // "Norland's mining agency" is the "Kestrel Mining Bureau" another report names: a
        // holder named on one side is described in common words on the other.
        if x_empty && self.describes(self.article, self.fact, y.clone()) || y_empty && self.describes(self.source.sentence, self.candidate(), x.clone()) {
            return Some((Line::Same, true));
        }
        if x_empty || y_empty {
            return Some((Line::OneSided, false));
        }
        x.clone().any(|t| y.clone().any(|u| self.ctx.terms_match(t, u))).then_some((Line::Same, false))
    }

    /// Does the clause of `fact` in `s` describe, in lowercase words, a holder the other side
    /// names ("the mining agency" for the "Mining Bureau")? The word must be a content word
    /// of `described_holder_min_len` letters at least whose name key is one of `names`.
    fn describes(&self, s: &Sentence, fact: &Extracted, names: impl Iterator<Item = Term> + Clone) -> bool {
        // The keys are read from the lexicon as they are needed: collecting them first cost an
        // allocation for each of the many pairs this is asked of.
        let keys = names.filter(|t| t.is_name()).map(|t| self.ctx.lexicon.text(t));
        if keys.clone().next().is_none() {
            return false;
        }
        let (a, b) = s.clause_range(fact.core.0);
        (a..b.min(s.tokens.len())).filter(|&i| i < fact.tokens.0.min(fact.core.0) || i >= fact.tokens.1.max(fact.core.1)).any(|i| {
            let t = &s.tokens[i];
            !t.capitalized
                && t.kind == crate::segment::TokenKind::Word
                && t.norm.len() >= TUNING.described_holder_min_len
                && !crate::analyse::terms::is_stopword(&t.norm)
                && crate::analyse::terms::with_name_key(&t.norm, |key| keys.clone().any(|k| k == key))
        })
    }

    /// Do the two values hold at the same time? A value with no time holds when its text was
    /// written.
    fn when(&self, a: &Frame, b: &Frame) -> Option<Line> {
        let article_year = self.ctx.written.or(self.ctx.newest).map(|d| d.year);
        let source_year = self.source.written.map(|d| d.year);
        let on_year = |d: &DateValue, year: Option<i32>| -> Option<bool> { Some(d.year? == year?) };
        match (&a.when, &b.when) {
            (When::Unstated, When::Unstated) => Some(Line::Unknown),
            (When::On(x), When::On(y)) => match x.same_moment(y) {
                Some(true) => Some(Line::Same),
                // Another year or month is another moment; another day may be one event
                // dated wrongly, and a figure that moves from day to day is the aggregate's
                // to set aside.
                Some(false) if x.year.zip(y.year).is_some_and(|(a, b)| a != b) || x.month.zip(y.month).is_some_and(|(a, b)| a != b) => None,
                Some(false) => Some(Line::Unknown),
                None => Some(Line::Unknown),
            },
            (When::On(x), When::Unstated) => if on_year(x, source_year) == Some(false) && x.month.is_none() { None } else { Some(Line::Unknown) },
            (When::Unstated, When::On(y)) => if on_year(y, article_year) == Some(false) && y.month.is_none() { None } else { Some(Line::Unknown) },
            (When::Earlier(Some(x)), When::Earlier(Some(y))) => match x.relation(y) {
                Some(false) => None,
                Some(true) => Some(Line::Same),
                None => Some(Line::Unknown),
            },
            (When::Earlier(_), When::Earlier(_)) => Some(Line::Unknown),
            (When::Earlier(x), When::On(y)) | (When::On(y), When::Earlier(x)) => {
                let now = if matches!(a.when, When::Earlier(_)) { article_year } else { source_year };
                match x {
                    Some(x) => match x.relation(y) {
                        Some(false) => None,
                        Some(true) => Some(Line::Same),
                        None => Some(Line::Unknown),
                    },
                    // "up from nine" is any earlier time: a year before the text's own.
                    None => (y.year.is_some() && y.year < now.or(Some(i32::MAX))).then_some(Line::Unknown),
                }
            }
            (When::Earlier(_), When::Unstated) | (When::Unstated, When::Earlier(_)) => None,
        }
    }

    /// The source fact's span.
    pub fn source_span(&self) -> Span {
        self.candidate.map_or(self.source.sentence.span, |c| c.span)
    }

    pub fn support(&self, rule: &'static str, score: f32) -> Option<Judged> {
        Some(Judged { relation: Relation::Supports, rule, score, span: self.source_span() })
    }

    pub fn contradict(&self, rule: &'static str, score: f32) -> Option<Judged> {
        Some(Judged { relation: Relation::Contradicts, rule, score, span: self.source_span() })
    }

    /// Contradicts a change that goes the other way, showing the source's change word with
    /// its value ("fell 3.1 percent").
    pub fn contradict_direction(&self, rule: &'static str, score: f32) -> Option<Judged> {
        let span = self.source_span();
        let span = match self.candidate().frame.change_word {
            Some(word) if word.start < span.start => Span::new(word.start, span.end),
            _ => span,
        };
        Some(Judged { relation: Relation::Contradicts, rule, score, span })
    }
}

/// How one source fact bears on one article fact, with where it stands.
#[derive(Debug, Clone)]
pub struct Finding {
    pub doc: usize,
    /// The source sentence's id in the index.
    pub sentence: u32,
    pub judged: Judged,
    /// When the source's value holds: its own date, else its document's.
    pub time: Option<DateValue>,
    /// The source's value is garbled by translation noise (a repeated word inside it).
    pub garbled: bool,
    /// The source fact is itself a derived value (a conversion).
    pub derived: bool,
    /// The source's value as read ("2143 injured"), to tell sources that differ apart.
    pub value: String,
    /// Both values are given for the same stated time: of a document's findings, these speak
    /// for it first.
    pub timed: bool,
    /// The source value's figure, where it has one (`figure`).
    pub figure: Option<f64>,
}

/// Compares one article fact with the candidate source sentences.
pub fn findings(ctx: &Ctx, article: &Sentence, fact: &Extracted, sources: &[Source]) -> Vec<Finding> {
    let kind = kinds::kind(fact.kind);
    let mut out = Vec::new();
    for source in sources {
        let first = out.len();
        let mut judge = |candidate: Option<&Extracted>| {
            let pair = Pair { ctx, article, fact, source, candidate };
            if let Some(judged) = (kind.compare)(&pair) {
                // A source value the article's own sentence gives to another fact of this kind
                // ("its first flight on 15 October and its certificate on October 25" against
                // "its certificate on October 25") is that fact's evidence, no contradiction of
                // this one.
                let given_to_another = || {
                    article.facts.iter().filter(|o| o.kind == fact.kind && o.span != fact.span).any(|other| {
                        let pair = Pair { ctx, article, fact: other, source, candidate };
                        (kind.compare)(&pair).is_some_and(|j| j.relation == Relation::Supports)
                    })
                };
                if judged.relation == Relation::Contradicts && candidate.is_some() && given_to_another() {
                    return;
                }
                let span = judged.span;
                let garbled = source.sentence.tokens.iter().any(|t| t.repeated && t.span.start >= span.start && t.span.end <= span.end);
                let time = match candidate.map(|c| &c.frame.when) {
                    Some(When::On(d)) => Some(d.clone()),
                    Some(When::Earlier(_)) => None,
                    _ => source.written.map(DateValue::on),
                };
                let value = candidate.map_or_else(String::new, |c| c.display.clone());
                let timed = match (&fact.frame.when, candidate.map(|c| &c.frame.when)) {
                    (When::On(x), Some(When::On(y))) => x.same_moment(y) == Some(true),
                    _ => false,
                };
                let figure = candidate.and_then(|c| figure(&c.value));
                out.push(Finding { doc: source.doc, sentence: source.id, judged, time, garbled, derived: candidate.is_some_and(|c| c.derived), value, timed, figure });
            }
        };
        match kind.against {
            Against::Sentence => judge(None),
            Against::Facts(others) => {
                for candidate in &source.sentence.facts {
                    if (candidate.kind == fact.kind || others.contains(&candidate.kind)) && !candidate.hedged {
                        judge(Some(candidate));
                    }
                }
            }
        }
        // A sentence that gives the article's value for the thing lined up, and another value
        // beside it ("Marr won 47.2 per cent, Lenz 38.9 per cent, a margin of 8.3"), speaks for
        // the value: the other is about something else.
        let mine = &out[first..];
        if mine.iter().any(|f| f.judged.relation == Relation::Supports) && mine.iter().any(|f| f.judged.relation == Relation::Contradicts) {
            let mut k = first;
            out.retain(|f| {
                k += 1;
                k <= first || f.judged.relation == Relation::Supports
            });
        } else if mine.len() > 1 && mine.iter().all(|f| f.judged.relation == Relation::Contradicts) {
            // Several figures of one sentence differ ("40 seats in the 90-seat council" against
            // 38 seats): the one nearest the article's is the one it speaks of, and the only one
            // shown.
            let mine = figure(&fact.value);
            let gap = |f: &Finding| mine.zip(f.figure).map_or(f64::INFINITY, |(x, y)| ((x - y) / x.abs().max(y.abs()).max(1e-9)).abs());
            let best = (first..out.len()).min_by(|&i, &j| gap(&out[i]).total_cmp(&gap(&out[j])).then(out[j].judged.score.total_cmp(&out[i].judged.score))).unwrap_or(first);
            out.swap(first, best);
            out.truncate(first + 1);
        }
    }
    out
}

/// A value's figure, where it has one, to tell which of a sentence's figures is nearest.
fn figure(v: &Value) -> Option<f64> {
    let r = match v {
        Value::Quantity(q) => &q.base,
        Value::Money(m) => &m.reported,
        Value::Percent(p) => &p.reported,
        _ => return None,
    };
    let (lo, hi) = (r.interval.lo, r.interval.hi);
    [lo, hi].iter().all(|v| v.is_finite()).then_some((lo + hi) / 2.0).or(lo.is_finite().then_some(lo))
}
