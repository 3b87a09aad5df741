//! Evidence retrieved: every corpus sentence indexed by its terms, so a fact finds its
//! candidate evidence by relevance (BM25) instead of by scanning every sentence.
//!
//! BM25 in brief: a sentence scores, for each query term it holds,
//! `idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avg_len))`, where `idf = ln(1 + (N − n + ½)/(n + ½))`
//! for N sentences of which n hold the term. `k1` and `b` are in `tuning.rs`.
//!
//! A small corpus is analysed whole at build and kept ([`KEEP_ANALYSED_MAX_BYTES`]); a large
//! one keeps only the index (about one byte per byte of text) and [`Sources`] analyses the
//! sentences a check retrieves, once per check.

use crate::analyse::calendar::CalendarDate;
use crate::analyse::terms::{Lexicon, Term, Vocabulary};
use crate::analyse::{self, analyse_document, Extracted, Memory, Reading, Sentence};
use crate::corpus::Document;
use crate::limits::MAX_SOURCES_ANALYSED;
use crate::segment::{self, Span};
use crate::tuning::TUNING;
use rustc_hash::FxHashMap as HashMap;

/// Where an indexed sentence lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexedSentence {
    /// Index of its document.
    pub doc: u32,
    /// Its position among the document's sentences (noise included).
    pub position: u32,
    pub span: Span,
    /// Its number of terms (BM25's length).
    len: u16,
}

/// The indexed corpus.
pub struct Index {
    vocabulary: Vocabulary,
    /// By term index: each sentence holding the term, with the term's share of the sentence's
    /// BM25 score (computed at build: it depends only on the term and the sentence).
    postings: Vec<Vec<(u32, f32)>>,
    /// By term index: BM25's IDF.
    idf: Vec<f32>,
    /// By term index: the most the term adds to any one sentence's score (MaxScore's bound).
    max_weight: Vec<f32>,
    /// By sentence id: the sentences checked and indexed (noise left out).
    sentences: Vec<IndexedSentence>,
    /// By sentence id, for a small corpus: each sentence analysed.
    analysed: Option<Vec<Sentence>>,
    /// By document: the day it was written, against which its relative dates are read.
    dates: Vec<Option<CalendarDate>>,
}

impl Index {
    pub fn build(documents: &[Document]) -> Index {
        Index::build_dated(documents, &[])
    }

    /// Builds the index, reading each document's relative dates against the day it was
    /// written where `dates` gives one (by position; missing entries mean unknown).
    pub fn build_dated(documents: &[Document], dates: &[Option<CalendarDate>]) -> Index {
        let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
        Index::build_with(documents, dates, bytes <= TUNING.keep_analysed_max_bytes)
    }

    /// Builds the index, keeping every sentence analysed or not.
    pub fn build_with(documents: &[Document], dates: &[Option<CalendarDate>], keep_analysed: bool) -> Index {
        let mut lexicon = Lexicon::new();
        let mut sentences: Vec<IndexedSentence> = Vec::new();
        let mut analysed: Vec<Sentence> = Vec::new();
        let mut postings: Vec<Vec<(u32, f32)>> = Vec::new();
        let mut counts: Vec<(Term, u16)> = Vec::new();
        let mut add = |sentences: &mut Vec<IndexedSentence>, doc: usize, position: usize, span: Span, terms: &mut dyn Iterator<Item = Term>| {
            let id = sentences.len() as u32;
            counts.clear();
            let mut len: u32 = 0;
            for term in terms {
                match counts.iter_mut().find(|(t, _)| *t == term) {
                    Some((_, n)) => *n = n.saturating_add(1),
                    None => counts.push((term, 1)),
                }
                len += 1;
            }
            for &(term, tf) in counts.iter() {
                if postings.len() <= term.index() {
                    postings.resize_with(term.index() + 1, Vec::new);
                }
                postings[term.index()].push((id, tf as f32));
            }
            sentences.push(IndexedSentence { doc: doc as u32, position: position as u32, span, len: len.min(u16::MAX as u32) as u16 });
        };
        for (d, doc) in documents.iter().enumerate() {
            if keep_analysed {
                let written = dates.get(d).copied().flatten();
                let mut whole = analyse_document(&doc.text, &mut lexicon, written);
                for (position, sentence) in whole.sentences.drain(..).enumerate() {
                    if sentence.noise {
                        continue;
                    }
                    add(&mut sentences, d, position, sentence.span, &mut sentence.all_terms());
                    analysed.push(sentence);
                }
            } else {
                // Only what retrieval needs: the terms of each sentence.
                for (position, span) in segment::sentences(&doc.text).into_iter().enumerate() {
                    let tokens = segment::tokens(&doc.text, span);
                    if analyse::is_noise(&tokens) {
                        continue;
                    }
                    let mut terms = (0..tokens.len()).flat_map(|i| lexicon.token_terms(&tokens, i));
                    add(&mut sentences, d, position, span, &mut terms);
                }
            }
        }
        let vocabulary = lexicon.into_vocabulary();
        postings.resize_with(vocabulary.end(), Vec::new);
        postings.iter_mut().for_each(|p| p.shrink_to_fit());
        let total = sentences.len() as f32;
        let idf: Vec<f32> = postings.iter().map(|p| bm25_idf(total, p.len() as f32)).collect();
        let total_len: u64 = sentences.iter().map(|s| s.len as u64).sum();
        let avg_len = if sentences.is_empty() { 1.0 } else { (total_len as f32 / total).max(1.0) };
        for (posting, &idf) in postings.iter_mut().zip(&idf) {
            for (id, weight) in posting.iter_mut() {
                let (tf, len) = (*weight, sentences[*id as usize].len as f32);
                let norm = tf + TUNING.bm25_k1 * (1.0 - TUNING.bm25_b + TUNING.bm25_b * len / avg_len);
                *weight = idf * tf * (TUNING.bm25_k1 + 1.0) / norm;
            }
        }
        let max_weight = postings.iter().map(|p| p.iter().map(|&(_, w)| w).fold(0.0, f32::max)).collect();
        sentences.shrink_to_fit();
        let mut index = Index { vocabulary, postings, idf, max_weight, sentences, analysed: None, dates: dates.to_vec() };
        if keep_analysed {
            analysed.iter_mut().for_each(|s| index.weigh(s));
            index.analysed = Some(analysed);
        }
        index
    }

    /// A lexicon for one check: the corpus's terms, and room for the article's own.
    pub fn lexicon(&self) -> Lexicon<'_> {
        Lexicon::over(&self.vocabulary)
    }

    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    pub fn sentence(&self, id: u32) -> &IndexedSentence {
        &self.sentences[id as usize]
    }

    /// Inverse document frequency of a term over sentences (BM25's, always positive); a term
    /// the corpus never uses gets the highest.
    pub fn idf(&self, term: Term) -> f32 {
        match self.idf.get(term.index()) {
            Some(&idf) => idf,
            None => bm25_idf(self.sentences.len() as f32, 0.0),
        }
    }

    /// Weighs each fact's context by the corpus's IDF (see `Frame::context_size`).
    pub fn weigh(&self, sentence: &mut Sentence) {
        for fact in &mut sentence.facts {
            fact.frame.context_size = fact.frame.context.iter().map(|&(t, w)| self.idf(t) * w).sum();
        }
    }

    /// By term index: the IDF table, for the comparison (which reads weights, never searches).
    pub fn idf_table(&self) -> &[f32] {
        &self.idf
    }

    /// The day each document was written, by position.
    pub fn dates(&self) -> &[Option<CalendarDate>] {
        &self.dates
    }

    /// Is the term anywhere in the corpus?
    pub fn contains(&self, term: Term) -> bool {
        self.postings.get(term.index()).is_some_and(|p| !p.is_empty())
    }

    /// The `k` sentences that best match the query terms, best first, as (sentence id,
    /// score). `scratch` holds the scores between calls, so a check allocates them once.
    ///
    /// Exact top-k by MaxScore (Turtle and Flood, 1995): terms are added rarest first (by the
    /// most any one sentence can gain from them), and once the terms left could not lift a
    /// sentence not yet seen past the k-th best score so far, only the sentences already in
    /// play are scored further, and those that can no longer reach the k-th are dropped. The
    /// common words, whose postings are longest, are then looked up rather than scanned.
    pub fn search(&self, query: &[Term], k: usize, scratch: &mut Scratch) -> Vec<(u32, f32)> {
        if k == 0 {
            return Vec::new();
        }
        if scratch.scores.len() != self.sentences.len() {
            scratch.scores = vec![0.0; self.sentences.len()];
        }
        let Scratch { scores, touched, kth } = scratch;
        let mut terms: Vec<(usize, f32)> =
            query.iter().filter_map(|t| self.max_weight.get(t.index()).map(|&m| (t.index(), m))).filter(|&(_, m)| m > 0.0).collect();
        terms.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // What the terms from i on can add to one sentence, at most.
        let mut left: Vec<f32> = vec![0.0; terms.len() + 1];
        for i in (0..terms.len()).rev() {
            left[i] = left[i + 1] + terms[i].1;
        }
        // Float sums in another order may differ in the last bits: bounds keep a margin.
        let beyond = |bound: f32, threshold: f32| bound * (1.0 + TUNING.maxscore_margin) < threshold;
        let mut closed = false;
        // The k-th best score so far. Scores only grow, so an older threshold is a lower one:
        // pruning with it is safe, only less sharp. It is found again only when that costs
        // no more than the work just done.
        let mut threshold = 0.0f32;
        for (i, &(term, _)) in terms.iter().enumerate() {
            let posting = &self.postings[term];
            if !closed && touched.len() >= k && posting.len() >= touched.len() / 2 {
                threshold = kth_best(scores, touched, k, kth);
                closed = beyond(left[i], threshold);
            }
            if !closed {
                for &(id, weight) in posting {
                    let score = &mut scores[id as usize];
                    if *score == 0.0 {
                        touched.push(id);
                    }
                    *score += weight;
                }
                continue;
            }
            let lookups = touched.len() * (usize::BITS - posting.len().leading_zeros()) as usize;
            if lookups <= posting.len() {
                for &id in touched.iter() {
                    if let Ok(p) = posting.binary_search_by_key(&id, |&(s, _)| s) {
                        scores[id as usize] += posting[p].1;
                    }
                }
            } else {
                for &(id, weight) in posting {
                    let score = &mut scores[id as usize];
                    if *score != 0.0 {
                        *score += weight;
                    }
                }
            }
            if touched.len() <= lookups.min(posting.len()) {
                threshold = kth_best(scores, touched, k, kth);
            }
            touched.retain(|&id| {
                let keep = !beyond(scores[id as usize] + left[i + 1], threshold);
                if !keep {
                    scores[id as usize] = 0.0;
                }
                keep
            });
        }
        let mut ranked: Vec<(u32, f32)> = touched.iter().map(|&id| (id, scores[id as usize])).collect();
        for &id in touched.iter() {
            scores[id as usize] = 0.0;
        }
        touched.clear();
        let order = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        // Only the best k are wanted: select them, then sort just those.
        if ranked.len() > k {
            ranked.select_nth_unstable_by(k - 1, order);
            ranked.truncate(k);
        }
        ranked.sort_unstable_by(order);
        ranked
    }

    /// Analyses indexed sentence `id` on its own, reading it with what the sentences before it
    /// say (the people they name, the year they name): the same sentence a whole-document
    /// analysis gives.
    fn analyse(&self, id: u32, documents: &[Document], lexicon: &mut Lexicon) -> Sentence {
        let entry = self.sentences[id as usize];
        let text = documents.get(entry.doc as usize).map_or("", |d| d.text.as_str());
        let written = self.dates.get(entry.doc as usize).copied().flatten();
        let mut before: Vec<(&str, Span)> = self.sentences[..id as usize]
            .iter()
            .rev()
            .take_while(|e| e.doc == entry.doc && (entry.position - e.position) as usize <= TUNING.antecedent_lookback)
            .map(|e| (text, e.span))
            .collect();
        before.reverse();
        let mut sentence = read_retrieved(text, entry.span, written, &before, lexicon);
        self.weigh(&mut sentence);
        sentence
    }
}

/// Reads a retrieved sentence as a reading of its whole document would, given the sentences
/// before it (oldest first). Most sentences never ask what came before (no pronoun, no
/// surname alone, no "that year"), or ask only for surnames the sentences before never write:
/// read alone, they read as after those sentences, and those are not read.
fn read_retrieved(text: &str, span: Span, written: Option<CalendarDate>, before: &[(&str, Span)], lexicon: &mut Lexicon) -> Sentence {
    let alone = Memory::recording(written);
    let sentence = analyse::analyse_span(text, span, Reading::Evidence, lexicon, &alone);
    if !needs_before(&alone, before) {
        return sentence;
    }
    let mut memory = Memory::new(written);
    for &(earlier, at) in before {
        let read = analyse::analyse_for_memory(earlier, at, lexicon, &memory);
        memory.learn(&read);
    }
    analyse::analyse_span(text, span, Reading::Evidence, lexicon, &memory)
}

/// Must a sentence read alone with `alone` be read again after the sentences before it? Only
/// when its reading asked what came before: for a pronoun, the person the text is about or
/// "that year", always; for surnames only, when one of the sentences before could give a full
/// name with a matching key. A reader remembers only full names, and a full name is a run of
/// name words (`person::name_word_at`), so a matching word with another name word next to it,
/// initials ("W.") aside. Otherwise the sentences before answer every question it asked as
/// nothing does, and it reads the same.
fn needs_before(alone: &Memory, before: &[(&str, Span)]) -> bool {
    if !alone.consulted() {
        return false;
    }
    let Some(keys) = alone.names_asked_alone() else { return true };
    use crate::kinds::person::{is_initial, is_name_word, name_word_at};
    before.iter().any(|&(text, span)| {
        let tokens = segment::tokens(text, span);
        let name_word = |k: usize| k < tokens.len() && is_name_word(&tokens[k], k, text);
        (0..tokens.len()).any(|i| {
            let t = &tokens[i];
            t.kind == segment::TokenKind::Word && t.capitalized && {
                let (key, len, _) = name_word_at(&tokens, i);
                let mut before = i;
                while before >= 2 && is_initial(&tokens, before - 2) {
                    before -= 2;
                }
                let mut after = i + len;
                while after < tokens.len() && is_initial(&tokens, after) {
                    after += 2;
                }
                let in_run = before >= 1 && name_word(before - 1) || name_word(after);
                in_run && keys.iter().any(|k| crate::compare::names_match(&key, k))
            }
        })
    })
}

/// Scores kept between searches.
#[derive(Default)]
pub struct Scratch {
    /// By sentence id: the score so far (0 for a sentence not in play).
    scores: Vec<f32>,
    /// The sentences in play.
    touched: Vec<u32>,
    /// Room to find the k-th best score.
    kth: Vec<f32>,
}

/// The k-th best score among the sentences in play (0 when fewer are).
fn kth_best(scores: &[f32], touched: &[u32], k: usize, room: &mut Vec<f32>) -> f32 {
    if touched.len() < k {
        return 0.0;
    }
    room.clear();
    room.extend(touched.iter().map(|&id| scores[id as usize]));
    let (_, kth, _) = room.select_nth_unstable_by(k - 1, |a, b| b.total_cmp(a));
    *kth
}

/// The analysed source sentences a check looks at: the index's own when it keeps them, else
/// analysed on demand and kept until the check ends.
pub struct Sources<'a> {
    index: &'a Index,
    documents: &'a [Document],
    analysed: HashMap<u32, Sentence>,
    /// Most sentences kept analysed at once (`MAX_SOURCES_ANALYSED`).
    limit: usize,
}

impl<'a> Sources<'a> {
    pub fn new(index: &'a Index, documents: &'a [Document]) -> Sources<'a> {
        Sources { index, documents, analysed: HashMap::default(), limit: MAX_SOURCES_ANALYSED }
    }

    /// The document a source sentence belongs to.
    pub fn doc_of(&self, id: u32) -> usize {
        self.index.sentence(id).doc as usize
    }

    /// Makes sure the sentences are analysed, so [`Sources::get`] can lend them.
    pub fn prepare(&mut self, ids: impl IntoIterator<Item = u32>, lexicon: &mut Lexicon) {
        if self.index.analysed.is_some() {
            return;
        }
        // Nothing is borrowed between two preparations: letting go is safe, and costs only
        // analysing again what is retrieved again.
        if self.analysed.len() > self.limit {
            self.analysed.clear();
        }
        for id in ids {
            if !self.analysed.contains_key(&id) {
                let sentence = self.index.analyse(id, self.documents, lexicon);
                self.analysed.insert(id, sentence);
            }
        }
    }

    /// An analysed sentence, by id (prepared first when the index does not keep them).
    pub fn get(&self, id: u32) -> &Sentence {
        match &self.index.analysed {
            Some(all) => &all[id as usize],
            None => &self.analysed[&id],
        }
    }
}

/// What a fact searches the corpus with: the keys of its frame (what it measures, whom it
/// belongs to) weighed more, then the words around it, then its own value's terms. A source
/// that gives the same thing another value is found by the frame, and then judged.
pub fn query(sentence: &Sentence, fact: &Extracted) -> Vec<Term> {
    let frame = &fact.frame;
    // Sized once for all the keys below (a token has two terms at most), not grown key by key.
    let clause = if frame.context.is_empty() { let (a, b) = sentence.clause_range(fact.core.0); b.saturating_sub(a) } else { 0 };
    let words = fact.tokens.1.saturating_sub(fact.tokens.0);
    let mut out: Vec<Term> = Vec::with_capacity(TUNING.frame_key_weight * (1 + frame.holders.len()) + frame.context.len() + 2 * (clause + words));
    for _ in 0..TUNING.frame_key_weight {
        out.extend(frame.head);
        out.extend(frame.holders.iter().copied());
    }
    out.extend(frame.context.iter().map(|&(t, _)| t));
    if frame.context.is_empty() {
        let (a, b) = sentence.clause_range(fact.core.0);
        out.extend(sentence.terms_in(a, b));
    }
    out.extend(sentence.terms_in(fact.tokens.0, fact.tokens.1));
    out
}

/// A sentence an external retriever found: its text and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Retrieved {
    pub doc_id: String,
    pub source: String,
    pub language: String,
    /// The day its document was written ("YYYY-MM-DD"), where its manifest said.
    pub date: Option<String>,
    /// The sentence, as in its document.
    pub text: String,
    /// Byte offsets of the sentence in its document.
    pub start: usize,
    pub end: usize,
    /// The sentences before it in its document, oldest first, at most `antecedent_lookback`
    /// positions back (empty when the retriever cannot give them): read before it, as the
    /// in-memory index reads a sentence after the ones before it (whom "he" means, what year
    /// "that year" is).
    pub before: Vec<String>,
}

/// What an external retriever answers a search with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answer {
    /// Best first.
    pub sentences: Vec<Retrieved>,
    /// One line per part of the corpus that could not be searched.
    pub warnings: Vec<String>,
}

/// A corpus held outside the engine (an archive in a search engine, `src/archive/`): it finds
/// the candidate sentences for a fact's keys. Everything after retrieval is the engine's own.
pub trait Retriever {
    /// The `k` best sentences for weighted keys ([`key_text`] forms), best first; an error
    /// when nothing could be searched at all.
    fn search(&self, keys: &[(String, f32)], k: usize) -> Result<Answer, String>;

    /// The newest day a document of the corpus was written, when known: an undated article is
    /// read as written then, as against an in-memory corpus.
    fn newest(&self) -> Option<CalendarDate> {
        None
    }

    /// How many sentences the corpus holds, and how many hold each key (in the order given),
    /// when the retriever can count them: words then weigh by their rarity in the whole
    /// corpus, as in memory, not among the sentences found.
    fn frequencies(&self, _keys: &[String]) -> Option<(usize, Vec<usize>)> {
        None
    }
}

/// A fact's query terms as weighted keys for an external retriever: each distinct term once,
/// weighed by how often the query repeats it.
pub fn query_keys(terms: &[Term], lexicon: &Lexicon) -> Vec<(String, f32)> {
    let mut out: Vec<(String, f32)> = Vec::new();
    for &t in terms {
        let key = key_text(t, lexicon);
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, w)) => *w += 1.0,
            None => out.push((key, 1.0)),
        }
    }
    out
}

/// The sentences a check against an external retriever found, analysed as the in-memory
/// index analyses its own, with what the comparison needs: their documents, and how rare
/// each word is among them. Two differences from the in-memory check, both documented in
/// ARCHITECTURE.md: a retrieved sentence is read on its own, so a pronoun in it points to no
/// one named in the sentences before; and words weigh by their rarity among the sentences
/// retrieved for this article, not in the whole archive.
#[derive(Default)]
pub struct External {
    sentences: Vec<(Sentence, usize, Retrieved)>,
    seen: HashMap<(String, usize), u32>,
    documents: Vec<(Retrieved, Option<CalendarDate>)>,
}

impl External {
    /// Searches and analyses what is found; returns the found sentences' ids here.
    pub fn retrieve(&mut self, retriever: &dyn Retriever, keys: &[(String, f32)], k: usize, lexicon: &mut Lexicon, warnings: &mut Vec<String>) -> Result<Vec<u32>, String> {
        let answer = retriever.search(keys, k)?;
        for w in answer.warnings {
            if !warnings.contains(&w) {
                warnings.push(w);
            }
        }
        let mut ids = Vec::new();
        for found in answer.sentences {
            let key = (found.doc_id.clone(), found.start);
            if let Some(&id) = self.seen.get(&key) {
                ids.push(id);
                continue;
            }
            let doc = match self.documents.iter().position(|(d, _)| d.doc_id == found.doc_id) {
                Some(d) => d,
                None => {
                    let date = found.date.as_deref().and_then(CalendarDate::parse);
                    self.documents.push((Retrieved { text: String::new(), before: Vec::new(), ..found.clone() }, date));
                    self.documents.len() - 1
                }
            };
            let written = self.documents[doc].1;
            // Read after the sentences before it, as `Index::analyse` reads a sentence.
            let before: Vec<(&str, Span)> = found.before.iter().map(|t| (t.as_str(), Span::new(0, t.len()))).collect();
            let sentence = read_retrieved(&found.text, Span::new(0, found.text.len()), written, &before, lexicon);
            if sentence.noise {
                continue;
            }
            let id = self.sentences.len() as u32;
            self.sentences.push((sentence, doc, found));
            self.seen.insert(key, id);
            ids.push(id);
        }
        Ok(ids)
    }

    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// The corpus's sentence count and, by term index, BM25's IDF of each term over the whole
    /// corpus, when the retriever counts keys ([`Retriever::frequencies`]).
    pub fn corpus_idf(&self, retriever: &dyn Retriever, lexicon: &Lexicon) -> Option<(usize, Vec<f32>)> {
        let terms = lexicon.own_terms();
        let keys: Vec<String> = terms.iter().map(|&t| key_text(t, lexicon)).collect();
        let (total, holding) = retriever.frequencies(&keys)?;
        let mut idf = vec![bm25_idf(total as f32, 0.0); lexicon.len()];
        for (t, held) in terms.iter().zip(holding) {
            idf[t.index()] = bm25_idf(total as f32, held as f32);
        }
        Some((total, idf))
    }

    /// By term index: BM25's IDF of each term among the sentences retrieved.
    pub fn idf(&self, lexicon: &Lexicon) -> Vec<f32> {
        let n = lexicon.len();
        let mut df = vec![0u32; n];
        for (s, _, _) in &self.sentences {
            for t in &s.distinct {
                if let Some(d) = df.get_mut(t.index()) {
                    *d += 1;
                }
            }
        }
        let total = self.sentences.len() as f32;
        df.into_iter().map(|d| bm25_idf(total, d as f32)).collect()
    }

    /// Weighs every retrieved sentence's facts' contexts by `idf` (see `Frame::context_size`).
    pub fn weigh_all(&mut self, idf: &[f32]) {
        for (s, _, _) in &mut self.sentences {
            weigh_by(s, idf);
        }
    }

    pub fn source(&self, id: u32) -> crate::compare::Source<'_> {
        let (sentence, doc, _) = &self.sentences[id as usize];
        crate::compare::Source { sentence, id, doc: *doc, written: self.documents[*doc].1 }
    }

    pub fn cite(&self, f: &crate::compare::Finding) -> Option<crate::report::Cited> {
        let (_, _, found) = self.sentences.get(f.sentence as usize)?;
        let value = f.judged.span;
        Some(crate::report::Cited {
            doc_id: found.doc_id.clone(),
            source: found.source.clone(),
            date: found.date.clone(),
            sentence: found.text.clone(),
            start: found.start,
            end: found.end,
            source_value: found.text.get(value.start..value.end).unwrap_or("").to_string(),
            value_start: found.start + value.start,
            value_end: found.start + value.end,
        })
    }

    pub fn source_name(&self, doc: usize) -> Option<String> {
        self.documents.get(doc).map(|(d, _)| d.source.clone())
    }

    /// The documents evidence was found in, as a report lists them (their size is the size
    /// of the sentences retrieved from them: the archive holds the rest).
    pub fn document_infos(&self) -> Vec<crate::report::DocumentInfo> {
        self.documents
            .iter()
            .enumerate()
            .map(|(n, (d, date))| crate::report::DocumentInfo {
                id: d.doc_id.clone(),
                source: d.source.clone(),
                language: d.language.clone(),
                bytes: self.sentences.iter().filter(|(_, doc, _)| *doc == n).map(|(_, _, r)| r.text.len()).sum(),
                date: date.map(|d| d.to_string()),
            })
            .collect()
    }
}

/// Weighs a sentence's facts' contexts by an IDF table (a term it lacks weighs as the rarest).
pub fn weigh_by(sentence: &mut Sentence, idf: &[f32]) {
    let rarest = idf.iter().copied().fold(1.0f32, f32::max);
    for fact in &mut sentence.facts {
        fact.frame.context_size = fact.frame.context.iter().map(|&(t, w)| idf.get(t.index()).copied().unwrap_or(rarest) * w).sum();
    }
}

/// One sentence of a document as an external search engine indexes it (see `src/archive/`):
/// where it is, and its retrieval keys as text, one per term occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexRow {
    /// Its position among the document's sentences (noise included).
    pub position: u32,
    /// Byte offsets of the sentence in the document.
    pub start: usize,
    pub end: usize,
    /// Its terms as key texts ([`key_text`]), in order, repeated as often as they occur.
    pub keys: Vec<String>,
}

/// A term as an external index stores it: a kind letter and an underscore before the term's
/// text (`w_releas` for a word's stem, `n_hrlnvsk` for a name key, `d_2318` for a number), so
/// that a search engine's own tokenizer keeps each key one token.
pub fn key_text(term: Term, lexicon: &Lexicon) -> String {
    use crate::analyse::terms::TermKind;
    let prefix = match term.kind() {
        TermKind::Word => "w_",
        TermKind::Name => "n_",
        TermKind::Number => "d_",
    };
    let text: String = lexicon.text(term).chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    format!("{prefix}{text}")
}

/// The sentences of a document that a check can use as evidence (noise left out), with their
/// keys: what an external index holds for the document. The same terms the in-memory index
/// holds, so both rank alike.
pub fn index_rows(text: &str) -> Vec<IndexRow> {
    let mut lexicon = Lexicon::new();
    let mut rows = Vec::new();
    for (position, span) in segment::sentences(text).into_iter().enumerate() {
        let tokens = segment::tokens(text, span);
        if analyse::is_noise(&tokens) {
            continue;
        }
        let terms: Vec<Term> = (0..tokens.len()).flat_map(|i| lexicon.token_terms(&tokens, i)).collect();
        let keys = terms.into_iter().map(|t| key_text(t, &lexicon)).collect();
        rows.push(IndexRow { position: position as u32, start: span.start, end: span.end, keys });
    }
    rows
}

fn bm25_idf(sentences: f32, holding: f32) -> f32 {
    (1.0 + (sentences - holding + 0.5) / (holding + 0.5)).ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::analyse_with;
    use crate::analyse::terms::TermKind;

    fn doc(id: &str, text: &str) -> Document {
        Document { id: id.into(), source: id.into(), language: "en".into(), text: text.into() }
    }

    #[test]
    fn the_sentence_sharing_the_rarest_words_ranks_first() {
        let index = Index::build(&[
            doc("a", "The council met on Monday. The council approved the harbour budget."),
            doc("b", "Fishermen protested at the harbour over the new quota."),
        ]);
        let mut lexicon = index.lexicon();
        let query = analyse_with("Fishermen protested the quota.", &mut lexicon, None);
        let terms: Vec<Term> = query.sentences[0].all_terms().collect();
        let hits = index.search(&terms, 3, &mut Scratch::default());
        assert_eq!(index.sentence(hits[0].0).doc, 1, "{hits:?}");
    }

    #[test]
    fn rare_terms_weigh_more_than_common_ones() {
        let index = Index::build(&[doc("a", "The mayor spoke. The mayor left. The mayor returned. A harbour opened.")]);
        let lexicon = index.lexicon();
        let common = index.idf(lexicon.find(TermKind::Word, "mayor").unwrap());
        let rare = index.idf(lexicon.find(TermKind::Word, &crate::analyse::terms::stem("harbour")).unwrap());
        assert!(rare > common && common > 0.0);
    }

    #[test]
    fn index_rows_give_each_sentence_its_keys_as_single_tokens() {
        let text = "Police freed 2,318 prisoners in Kelby.\nA\nThe mayor left.";
        let rows = index_rows(text);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(&text[rows[0].start..rows[0].end], "Police freed 2,318 prisoners in Kelby.");
        assert!(rows[0].keys.contains(&"d_2318".to_string()), "{:?}", rows[0].keys);
        assert!(rows[0].keys.iter().any(|k| k.starts_with("n_")), "{:?}", rows[0].keys);
        assert!(rows.iter().flat_map(|r| &r.keys).all(|k| k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')));
        assert_eq!(rows[1].position, 2);
    }

    #[test]
    fn an_empty_corpus_finds_nothing() {
        let index = Index::build(&[]);
        assert_eq!(index.sentence_count(), 0);
        let mut lexicon = index.lexicon();
        let mayor = lexicon.intern(TermKind::Word, "mayor");
        assert!(index.search(&[mayor], 5, &mut Scratch::default()).is_empty());
    }

    /// Every sentence scored with every query term, no pruning: what `search` must equal.
    fn exhaustive(index: &Index, query: &[Term], k: usize) -> Vec<(u32, f32)> {
        let mut scores: HashMap<u32, f32> = HashMap::default();
        for term in query {
            for &(id, weight) in index.postings.get(term.index()).map_or(&[][..], |p| &p[..]) {
                *scores.entry(id).or_default() += weight;
            }
        }
        let mut ranked: Vec<(u32, f32)> = scores.into_iter().collect();
        ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(k);
        ranked
    }

    #[test]
    fn pruned_search_finds_the_same_best_sentences_as_scoring_them_all() {
        let documents = crate::synthetic::generate(300, 7);
        let index = Index::build_with(&documents, &[], false);
        let mut lexicon = index.lexicon();
        let article = analyse_with(&crate::synthetic::article(400, 3), &mut lexicon, None);
        let mut scratch = Scratch::default();
        let mut compared = 0;
        for sentence in &article.sentences {
            let query: Vec<Term> = sentence.all_terms().collect();
            for k in [1, 5, 40] {
                let pruned = index.search(&query, k, &mut scratch);
                let full = exhaustive(&index, &query, k);
                assert_eq!(pruned.len(), full.len(), "k = {k}");
                // Rank by rank the same scores (sums in another order may differ in the last
                // bits), and every sentence clearly above the k-th in both.
                for (p, f) in pruned.iter().zip(&full) {
                    assert!((p.1 - f.1).abs() <= 1e-4 * f.1, "k = {k}: {pruned:?} vs {full:?}");
                }
                let Some(&(_, kth)) = full.last() else { continue };
                let clear = |r: &[(u32, f32)]| r.iter().filter(|h| h.1 > kth * 1.001).map(|h| h.0).collect::<Vec<_>>();
                assert_eq!(clear(&pruned), clear(&full), "k = {k}");
                compared += full.len();
            }
        }
        assert!(compared > 100, "too few hits compared: {compared}");
    }

    #[test]
    fn a_check_lets_go_of_analysed_sources_past_its_limit_and_analyses_them_again() {
        let documents = crate::synthetic::generate(30, 5);
        let on_demand = Index::build_with(&documents, &[], false);
        let kept = Index::build_with(&documents, &[], true);
        let mut lexicon = on_demand.lexicon();
        let mut sources = Sources::new(&on_demand, &documents);
        sources.limit = 10;
        let ids: Vec<u32> = (0..on_demand.sentence_count() as u32).collect();
        // Every sentence asked for twice, in batches: some are let go and analysed again.
        for batch in ids.chunks(7).chain(ids.chunks(5)) {
            sources.prepare(batch.iter().copied(), &mut lexicon);
            assert!(sources.analysed.len() <= 10 + 7);
            for &id in batch {
                // Terms are interned in another order by each index: compare what reads the same.
                let facts = |s: &Sentence| s.facts.iter().map(|f| (f.span, f.kind, f.display.clone())).collect::<Vec<_>>();
                let whole = &kept.analysed.as_ref().unwrap()[id as usize];
                assert_eq!(facts(sources.get(id)), facts(whole), "sentence {id}");
                assert_eq!(sources.get(id).antecedent, whole.antecedent, "sentence {id}");
            }
        }
    }

    /// What a retrieved sentence reads as, on demand: its facts, and whom its pronoun means.
    fn read_on_demand(documents: &[Document], wanted: &str) -> (Vec<String>, Option<Vec<String>>) {
        let index = Index::build_with(documents, &[], false);
        let mut lexicon = index.lexicon();
        let id = (0..index.sentence_count() as u32).find(|&id| index.sentence(id).span.slice(&documents[index.sentence(id).doc as usize].text).contains(wanted)).unwrap();
        let sentence = index.analyse(id, documents, &mut lexicon);
        (sentence.facts.iter().map(|f| f.display.clone()).collect(), sentence.antecedent.map(|p| p.keys))
    }

    #[test]
    fn a_retrieved_sentence_that_asks_nothing_of_the_ones_before_reads_the_same_alone() {
        let memory = Memory::recording(None);
        let mut lexicon = Lexicon::new();
        let text = "The storm struck the coast on Monday, killing 14 people.";
        analyse::analyse_span(text, Span::new(0, text.len()), Reading::Evidence, &mut lexicon, &memory);
        assert!(!memory.consulted());
        let documents = [doc("a", "Premier Ada Vela toured the coast. The storm struck the coast on Monday, killing 14 people.")];
        assert_eq!(read_on_demand(&documents, "killing").0, ["Monday", "14 people"]);
    }

    #[test]
    fn a_retrieved_sentence_with_a_pronoun_is_read_after_the_ones_before() {
        let memory = Memory::recording(None);
        let mut lexicon = Lexicon::new();
        let text = "She said 14 people died.";
        analyse::analyse_span(text, Span::new(0, text.len()), Reading::Evidence, &mut lexicon, &memory);
        assert!(memory.consulted());
        let documents = [doc("a", "Premier Ada Vela toured the coast. She said 14 people died.")];
        let whole = analyse_document(&documents[0].text, &mut Lexicon::new(), None);
        let named = whole.sentences[0].people[0].keys.clone();
        assert_eq!(read_on_demand(&documents, "She said").1, Some(named));
    }

    #[test]
    fn a_surname_is_read_after_the_sentences_before_only_when_they_name_it_in_full() {
        let cases = [
            // Named in full, initials between: read after the sentences before.
            ("Ana J. K. Ruiz led the council for a decade. The council met on Monday. Ruiz, 58, resigned on Friday.", true),
            // Named in full after a hyphenated given name.
            ("Min-to Vela Ruiz led the council. Ruiz, 58, resigned on Friday.", true),
            // The word alone, never in a full name: read alone, as it reads after them.
            ("The Ruiz bridge opened in 2030. Crowds came to Ruiz. Ruiz, 58, resigned on Friday.", false),
        ];
        for (text, before) in cases {
            let documents = [doc("a", text)];
            let index = Index::build_with(&documents, &[], false);
            let last = index.sentence_count() as u32 - 1;
            let entry = index.sentence(last);
            let mut lexicon = index.lexicon();
            let alone = Memory::recording(None);
            analyse::analyse_span(text, entry.span, Reading::Evidence, &mut lexicon, &alone);
            let earlier: Vec<(&str, Span)> = (0..last).map(|id| (text, index.sentence(id).span)).collect();
            assert_eq!(needs_before(&alone, &earlier), before, "{text}");
            let whole = analyse_document(text, &mut Lexicon::new(), None);
            let on_demand = index.analyse(last, &documents, &mut lexicon);
            let read = |s: &Sentence| (s.facts.iter().map(|f| f.display.clone()).collect::<Vec<_>>(), s.people.iter().map(|p| p.keys.clone()).collect::<Vec<_>>());
            assert_eq!(read(&on_demand), read(whole.sentences.last().unwrap()), "{text}");
        }
    }
}
