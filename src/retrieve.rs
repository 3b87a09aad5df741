//! Evidence retrieved: every corpus sentence analysed once and indexed by its terms, so a fact
//! finds its candidate evidence by relevance (BM25) instead of by scanning every sentence.
//!
//! BM25 in brief: a sentence scores, for each query term it holds,
//! `idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avg_len))`, where `idf = ln(1 + (N − n + ½)/(n + ½))`
//! for N sentences of which n hold the term. `k1` and `b` are in `tuning.rs`.

use crate::corpus::Document;
use crate::extract::terms::Term;
use crate::extract::calendar::{resolve_all, CalendarDate};
use crate::extract::{analyse_document, Sentence};
use crate::tuning::{BM25_B, BM25_K1};
use rustc_hash::FxHashMap as HashMap;

/// Where a sentence lives: (document index, sentence index within the document).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SentenceRef {
    pub doc: u32,
    pub sentence: u32,
}

/// One term's entry in the index.
#[derive(Default)]
struct Posting {
    idf: f32,
    sentences: Vec<(u32, u16)>,
}

/// The analysed, indexed corpus.
pub struct Index {
    /// Each document's analysed sentences.
    pub documents: Vec<Vec<Sentence>>,
    refs: Vec<SentenceRef>,
    /// Term → its IDF and the (sentence id, term frequency) of each sentence holding it.
    postings: HashMap<Term, Posting>,
    lengths: Vec<u16>,
    avg_len: f32,
}

impl Index {
    pub fn build(documents: &[Document]) -> Index {
        Index::build_dated(documents, &[])
    }

    /// Builds the index, reading each document's relative dates against the day it was
    /// written where `dates` gives one (by position; missing entries mean unknown).
    pub fn build_dated(documents: &[Document], dates: &[Option<CalendarDate>]) -> Index {
        let mut index = Index { documents: Vec::with_capacity(documents.len()), refs: Vec::new(), postings: HashMap::default(), lengths: Vec::new(), avg_len: 1.0 };
        let mut total_len: u64 = 0;
        for (d, doc) in documents.iter().enumerate() {
            let mut analysed = analyse_document(&doc.text);
            if let Some(Some(day)) = dates.get(d) {
                resolve_all(&mut analysed, *day);
            }
            for (s, sentence) in analysed.sentences.iter().enumerate() {
                if sentence.noise {
                    continue;
                }
                let id = index.refs.len() as u32;
                index.refs.push(SentenceRef { doc: d as u32, sentence: s as u32 });
                let mut counts: HashMap<&Term, u16> = HashMap::default();
                let mut len: u32 = 0;
                for term in sentence.terms.iter().flatten() {
                    *counts.entry(term).or_default() += 1;
                    len += 1;
                }
                for (term, tf) in counts {
                    index.postings.entry(term.clone()).or_default().sentences.push((id, tf));
                }
                let len = len.min(u16::MAX as u32) as u16;
                index.lengths.push(len);
                total_len += len as u64;
            }
            index.documents.push(analysed.sentences);
        }
        if !index.refs.is_empty() {
            index.avg_len = (total_len as f32 / index.refs.len() as f32).max(1.0);
        }
        let total = index.refs.len() as f32;
        for posting in index.postings.values_mut() {
            posting.idf = bm25_idf(total, posting.sentences.len() as f32);
        }
        index
    }

    pub fn sentence_count(&self) -> usize {
        self.refs.len()
    }

    /// Inverse document frequency of a term over sentences (BM25's, always positive); a term
    /// the corpus never uses gets the highest.
    pub fn idf(&self, term: &Term) -> f32 {
        match self.postings.get(term) {
            Some(posting) => posting.idf,
            None => bm25_idf(self.refs.len() as f32, 0.0),
        }
    }

    /// Is the term anywhere in the corpus?
    pub fn contains(&self, term: &Term) -> bool {
        self.postings.contains_key(term)
    }

    /// The `k` sentences that best match the query terms, best first.
    pub fn search(&self, query: &[Term], k: usize) -> Vec<(SentenceRef, f32)> {
        let mut scores: HashMap<u32, f32> = HashMap::default();
        for term in query {
            let Some(posting) = self.postings.get(term) else { continue };
            let idf = posting.idf;
            for &(id, tf) in &posting.sentences {
                let tf = tf as f32;
                let len = self.lengths[id as usize] as f32;
                let norm = tf + BM25_K1 * (1.0 - BM25_B + BM25_B * len / self.avg_len);
                *scores.entry(id).or_default() += idf * tf * (BM25_K1 + 1.0) / norm;
            }
        }
        let mut ranked: Vec<(u32, f32)> = scores.into_iter().collect();
        let order = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        // Only the best k are wanted: select them, then sort just those.
        if k == 0 {
            return Vec::new();
        }
        if ranked.len() > k {
            ranked.select_nth_unstable_by(k - 1, order);
            ranked.truncate(k);
        }
        ranked.sort_by(order);
        ranked.into_iter().map(|(id, score)| (self.refs[id as usize], score)).collect()
    }

    pub fn sentence(&self, r: SentenceRef) -> &Sentence {
        &self.documents[r.doc as usize][r.sentence as usize]
    }
}

fn bm25_idf(sentences: f32, holding: f32) -> f32 {
    (1.0 + (sentences - holding + 0.5) / (holding + 0.5)).ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::analyse;

    fn doc(id: &str, text: &str) -> Document {
        Document { id: id.into(), source: id.into(), language: "en".into(), text: text.into() }
    }

    #[test]
    fn the_sentence_sharing_the_rarest_words_ranks_first() {
        let index = Index::build(&[
            doc("a", "The council met on Monday. The council approved the harbour budget."),
            doc("b", "Fishermen protested at the harbour over the new quota."),
        ]);
        let query = analyse("Fishermen protested the quota.");
        let terms: Vec<Term> = query.sentences[0].terms.iter().flatten().cloned().collect();
        let hits = index.search(&terms, 3);
        let best = index.sentence(hits[0].0);
        assert!(best.tokens.iter().any(|t| t.norm == "fishermen"), "{hits:?}");
    }

    #[test]
    fn rare_terms_weigh_more_than_common_ones() {
        let index = Index::build(&[doc("a", "The mayor spoke. The mayor left. The mayor returned. A harbour opened.")]);
        let common = index.idf(&Term::Word("mayor".into()));
        let rare = index.idf(&Term::Word("harbour".into()));
        assert!(rare > common && common > 0.0);
    }

    #[test]
    fn an_empty_corpus_finds_nothing() {
        let index = Index::build(&[]);
        assert_eq!(index.sentence_count(), 0);
        assert!(index.search(&[Term::Word("mayor".into())], 5).is_empty());
    }
}
