//! General English vocabularies the extractor reads with: function words, number words,
//! months and weekdays, qualifiers, titles and honorifics. None names a person, place or
//! organisation of any particular story.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A word list asked about at nearly every token, as a hash set built on first use (a scan
/// of a list of a hundred words costs more than the rest of reading the token).
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, set: OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word)
    }
}

pub static STOPWORD_SET: WordSet = WordSet::new(STOPWORDS);
pub static TITLE_SET: WordSet = WordSet::new(TITLES);
pub static RANK_MODIFIER_SET: WordSet = WordSet::new(RANK_MODIFIERS);
pub static NOT_NAME_SET: WordSet = WordSet::new(NOT_NAMES);
pub static ORGANISATION_WORD_SET: WordSet = WordSet::new(ORGANISATION_WORDS);

/// Function words and reporting verbs that say nothing about what happened.
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
    "haven't", "hadn't", "didn't", "doesn't", "won't", "wouldn't", "being", "like", "how", "why",
    "let", "well", "way", "ways", "made", "make", "makes", "get", "got", "go", "went", "come",
    "came", "being", "least", "less", "fewer", "nearly", "almost", "roughly", "around",
    "approximately", "mostly", "latest", "new", "reported", "report", "reports",
];

/// Cardinal number words and their values.
pub const CARDINALS: &[(&str, f64)] = &[
    ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0), ("six", 6.0),
    ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0), ("eleven", 11.0), ("twelve", 12.0),
    ("thirteen", 13.0), ("fourteen", 14.0), ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0),
    ("eighteen", 18.0), ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0),
    ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0),
    ("dozen", 12.0),
];

/// Words that multiply the number before them ("two million").
pub const MULTIPLIERS: &[(&str, f64)] = &[
    ("hundred", 100.0), ("thousand", 1_000.0), ("million", 1_000_000.0), ("billion", 1_000_000_000.0),
];

/// Vague plurals and the range each stands for.
pub const VAGUE_QUANTITIES: &[(&str, f64, f64)] = &[
    ("dozens", 24.0, 99.0), ("scores", 40.0, 99.0), ("hundreds", 200.0, 999.0),
    ("thousands", 2_000.0, 99_999.0), ("millions", 2_000_000.0, 999_999_999.0),
];

/// Ordinal words and their rank.
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12),
];

/// Units that are a multiple of another (the base unit, the factor).
pub const UNIT_CONVERSIONS: &[(&str, &str, f64)] = &[
    ("decade", "year", 10.0), ("decades", "year", 10.0), ("century", "year", 100.0),
    ("centuries", "year", 100.0), ("years", "year", 1.0), ("yr", "year", 1.0), ("months", "month", 1.0),
    ("weeks", "week", 1.0), ("days", "day", 1.0), ("hours", "hour", 1.0), ("%", "percent", 1.0),
    ("pct", "percent", 1.0), ("persons", "people", 1.0), ("person", "people", 1.0),
];

/// Qualifiers before a number, longest first, with the interval each makes.
pub const QUALIFIERS: &[(&[&str], crate::interval::Qualifier)] = {
    use crate::interval::Qualifier::*;
    &[
        (&["no", "fewer", "than"], AtLeast),
        (&["no", "less", "than"], AtLeast),
        (&["no", "more", "than"], AtMost),
        (&["more", "than"], MoreThan),
        (&["greater", "than"], MoreThan),
        (&["upwards", "of"], MoreThan),
        (&["in", "excess", "of"], MoreThan),
        (&["at", "least"], AtLeast),
        (&["as", "many", "as"], AtMost),
        (&["up", "to"], AtMost),
        (&["at", "most"], AtMost),
        (&["fewer", "than"], LessThan),
        (&["less", "than"], LessThan),
        (&["just", "under"], Nearly),
        (&["an", "estimated"], About),
        (&["over"], MoreThan),
        (&["under"], LessThan),
        (&["about"], About),
        (&["around"], About),
        (&["roughly"], About),
        (&["approximately"], About),
        (&["some"], About),
        (&["nearly"], Nearly),
        (&["almost"], Nearly),
    ]
};

pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("april", 4), ("apr", 4),
    ("may", 5), ("june", 6), ("july", 7), ("august", 8), ("aug", 8), ("september", 9), ("sept", 9),
    ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Relative date expressions: the words and a canonical name.
pub const RELATIVE_DATES: &[(&[&str], &str)] = &[
    (&["last", "month"], "last month"), (&["this", "month"], "this month"), (&["next", "month"], "next month"),
    (&["last", "week"], "last week"), (&["this", "week"], "this week"), (&["earlier", "this", "week"], "this week"),
    (&["next", "week"], "next week"), (&["last", "year"], "last year"), (&["this", "year"], "this year"),
    (&["next", "year"], "next year"), (&["yesterday"], "yesterday"), (&["today"], "today"),
    (&["tomorrow"], "tomorrow"), (&["recent", "months"], "recent months"), (&["earlier", "in", "the", "week"], "this week"),
];

/// Honorifics before a name.
pub const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam"];

/// Words that head a role ("secretary", "president").
pub const TITLES: &[&str] = &[
    "president", "secretary", "minister", "chief", "director", "ceo", "chairman", "chairwoman",
    "chair", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor",
    "senator", "general", "commander", "judge", "editor", "head", "leader", "chancellor", "premier",
    "prime", "founder", "coordinator", "adviser", "advisor", "undersecretary", "treasurer",
    "prosecutor", "attorney", "officer", "councillor", "deputy", "king", "queen", "pope",
    "engineer", "economist", "architect", "scientist", "executive", "manager", "captain",
];

/// Words that set a role's rank: "deputy assistant secretary" is not "deputy secretary".
pub const RANK_MODIFIERS: &[&str] = &[
    "deputy", "assistant", "vice", "associate", "under", "principal", "executive", "acting",
    "interim", "senior", "junior", "chief", "general", "special", "first",
];

/// Words that mark a role as held at another time, so two holders need not conflict.
pub const TEMPORAL_MARKERS: &[&str] = &[
    "former", "then", "ex", "late", "previous", "predecessor", "once", "during", "time", "until",
    "outgoing", "incoming", "future", "new", "erstwhile", "first", "term", "administration",
];

/// Words that end an organisation or place name, never a person's.
pub const ORGANISATION_WORDS: &[&str] = &[
    "department", "ministry", "service", "services", "agency", "office", "committee", "council",
    "court", "center", "centre", "union", "party", "group", "bank", "university", "institute",
    "foundation", "association", "organization", "organisation", "company", "corporation", "inc",
    "times", "post", "news", "press", "journal", "herald", "tribune", "radio", "television", "tv",
    "plant", "factory", "prize", "award", "embassy", "parliament", "assembly", "government",
    "administration", "house", "states", "kingdom", "republic", "nations", "federation", "army",
    "navy", "police", "guard", "forces", "church", "school", "hospital", "airport", "station",
    "street", "square", "river", "sea", "ocean", "mountains", "city", "region", "province",
    "county", "district", "state", "europe", "east", "west", "north", "south", "liberty", "rights",
    "watch", "network", "media", "channel", "club", "team", "league", "senate", "congress",
    "fund", "program", "programme", "project", "campaign", "initiative", "alliance", "coalition",
    "movement", "front", "treaty", "accord", "agreement", "war", "revolution", "day", "week",
    "peace", "nobel", "kgb", "fbi", "cia", "nato", "un", "eu",
];

/// Words that, capitalised, still are not names: sentence openers and calendar words.
pub const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "after", "before", "since", "during", "with", "as", "but",
    "and", "or", "if", "when", "while", "for", "from", "to", "of", "by", "it", "he", "she", "they",
    "we", "this", "that", "these", "those", "his", "her", "their", "its", "also", "however",
    "still", "some", "many", "more", "most", "less", "another", "other", "according", "see",
    "photo", "file", "there", "here", "then", "what", "who", "how", "why", "where", "even",
    "mr", "ms", "mrs", "dr", "president", "secretary", "prime", "minister",
];

/// General news verbs and nouns that say the same thing in other words, with one canonical
/// stem for each group. Only meaning-preserving groups of common words belong here.
pub const SYNONYMS: &[(&str, &[&str])] = &[
    ("releas", &["free", "freed", "freeing", "liber", "releas", "set"]),
    ("prison", &["prison", "prisoner", "imprison", "jail", "jail", "inmat", "detaine", "incarcer"]),
    ("organ", &["organ", "group", "organis"]),
    ("visit", &["visit", "trip", "travel", "went"]),
    ("meet", &["meet", "met", "talk", "meeting"]),
    ("arrest", &["arrest", "detain", "detent"]),
    ("sentenc", &["sentenc", "convict", "jail"]),
    ("vote", &["vote", "ballot"]),
    ("elect", &["elect", "reelect", "re-elect"]),
    ("american", &["american", "u.s", "u.s.", "us", "america"]),
    ("diplomat", &["diplomat", "diplomaci", "envoy"]),
    ("sanction", &["sanction", "penalti"]),
    ("eas", &["eas", "loosen", "relax", "soften", "lift", "attenu"]),
    ("unidentifi", &["unidentifi", "unnam", "identifi", "name"]),
    ("respond", &["respond", "answer", "repli", "comment"]),
    ("invad", &["invad", "invas"]),
];
