//! Function words: what carries grammar, not content.

use super::WordSet;

pub static STOPWORD_SET: WordSet = WordSet::new(STOPWORDS);
pub static NOT_NAME_SET: WordSet = WordSet::new(NOT_NAMES);
pub static AUXILIARY_SET: WordSet = WordSet::new(AUXILIARIES);
pub static IRREGULAR_PAST_SET: WordSet = WordSet::new(IRREGULAR_PAST);
pub static NEGATION_SET: WordSet = WordSet::new(NEGATIONS);

/// Function words and reporting verbs that say nothing about what happened. A word here is
/// never a term of retrieval or comparison.
pub const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "into", "onto", "as", "than", "that", "this", "these", "those", "it", "its", "it's", "is", "are",
    "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "not",
    "no", "he", "she", "they", "them", "their", "his", "her", "him", "hers", "we", "us", "our",
    "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where",
    "while", "there", "here", "then", "so", "if", "also", "about", "after", "before", "since",
    "during", "over", "under", "up", "down", "out", "off", "all", "any", "some", "such", "own",
    "more", "most", "other", "another", "only", "very", "can", "could", "would", "should", "will",
    "may", "might", "must", "said", "says", "say", "saying", "told", "tell", "according", "just",
    "mr", "ms", "mrs", "dr", "now", "yet", "even", "still", "both", "each", "either", "neither",
    "via", "per", "upon", "within", "without", "through", "between", "among", "against", "toward",
    "towards", "because", "though", "although", "however", "whether", "again", "further", "much",
    "many", "few", "one", "ones", "s", "t", "n", "don't", "wasn't", "isn't", "weren't", "hasn't",
    "haven't", "hadn't", "didn't", "doesn't", "won't", "wouldn't", "like", "how", "why",
    "let", "well", "way", "ways", "made", "make", "makes", "get", "got", "go", "went", "come",
    "came", "least", "less", "fewer", "nearly", "almost", "roughly", "around",
    "approximately", "mostly", "latest", "new", "reported", "report", "reports", "reportedly",
    "added", "noted", "stated", "wrote", "including", "been", "already", "ever", "too",
    "am", "pm", "a.m.", "p.m.",
];

/// Words that, capitalised (at the start of a sentence, in a headline), still are not names.
pub const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "after", "before", "since", "during", "with", "as", "but",
    "and", "or", "if", "when", "while", "for", "from", "to", "of", "by", "it", "he", "she", "they",
    "we", "this", "that", "these", "those", "his", "her", "their", "its", "also", "however",
    "still", "some", "many", "more", "most", "less", "another", "other", "according", "see",
    "photo", "file", "there", "here", "then", "what", "who", "how", "why", "where", "even",
    "mr", "ms", "mrs", "dr", "i", "our", "we", "you", "my", "your", "one", "no", "not", "all",
    "both", "each", "every", "about", "over", "under", "up", "out", "just", "only", "so", "yet",
    "local", "national", "federal", "former", "incumbent", "outgoing", "earlier", "later",
    "meanwhile", "yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "that",
    "among", "despite", "although", "though", "because", "until", "unless", "whether",
    "breaking", "update", "updated", "editor", "note", "read", "more", "advertisement", "related",
];

/// Forms of "be", "have" and the like that stand between a count and what it counts
/// ("2,310 people had been injured", "64 remain missing"), and adverbs that do too.
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "remain", "remained",
    "remains", "still", "now", "reportedly", "also", "already", "feared", "believed", "confirmed",
    "said", "reported", "thought", "known", "left", "got", "get", "became", "become", "officially",
];

/// Words that open a new clause.
pub const CLAUSE_OPENERS: &[&str] = &[
    "but", "after", "before", "while", "although", "though", "because", "whereas", "when", "until",
    "since", "including", "where", "which", "who", "then", "whom", "whose",
];

/// Negations: a statement that has one and a source sentence that does not (or the other way)
/// do not say the same thing.
pub const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "didn't",
    "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't",
    "won't", "wouldn't", "couldn't", "can't", "cannot", "denied", "denies", "deny", "failed",
    "unable", "refused",
];

/// Third-person pronouns and possessives that point back to a person named before.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers", "himself", "herself"];

/// Words that say a figure is what others reported, or what was wrongly reported: a fact so
/// hedged is not the article's own claim and is not checked ("Initial reports said ...").
pub const HEDGES: &[&[&str]] = &[
    &["initial", "reports"], &["initial", "report"], &["early", "reports"], &["earlier", "reports"],
    &["first", "reports"], &["unconfirmed", "reports"], &["rumours"], &["rumors"], &["erroneously"],
    &["mistakenly"], &["falsely"], &["wrongly"], &["incorrectly"],
];

/// Irregular past tenses of common news verbs: with the regular "-ed" forms, the verbs a date
/// or a time is attached to ("the storm struck on Wednesday", "the toll rose to 17 on Saturday").
pub const IRREGULAR_PAST: &[&str] = &[
    "rose", "fell", "hit", "struck", "won", "lost", "took", "met", "left", "began", "begun", "came", "went",
    "found", "held", "gave", "saw", "led", "sent", "shook", "spoke", "stood", "broke", "brought", "built",
    "bought", "caught", "chose", "drove", "ate", "fled", "flew", "fought", "forgot", "froze", "grew", "hid",
    "kept", "knew", "laid", "lay", "lit", "meant", "paid", "put", "quit", "ran", "rang", "sank", "sat", "set",
    "shot", "shut", "slept", "sold", "sought", "spent", "split", "spread", "stole", "stuck", "swore", "taught",
    "threw", "understood", "woke", "wore", "wrote", "became", "beat", "bled", "blew", "bore", "bound", "burnt",
    "cost", "cut", "dealt", "drew", "fed", "felt", "forbade", "forgave", "got", "hung", "heard", "hurt", "lent",
    "let", "made", "read", "rode", "said", "sang", "sprang", "stung", "swam", "swept", "swung", "told", "thought",
    "tore", "wept", "withdrew", "won", "overthrew", "undertook",
];
