//! Every tuning constant of the engine, with what it means, its range and why it has the value
//! it has. Change one here and run `make eval`; nothing else in the code holds a magic number
//! that changes a verdict.

// ---- Values ---------------------------------------------------------------------------------

/// Relative half-width of "about N", "some N", "roughly N" (0.1 = ±10%). Range 0.05–0.25;
/// news usage of "about" rarely strays beyond a tenth.
pub const APPROXIMATE_TOLERANCE: f64 = 0.10;
/// Relative half-width given to an unqualified round number ("30 years" for 30.5).
/// Range 0–0.1; 0.05 keeps 1,200 from matching 1,300 while absorbing rounding.
pub const ROUND_NUMBER_TOLERANCE: f64 = 0.05;
/// Smallest value treated as possibly rounded (and a multiple of ten). Below it counts are
/// exact: five years is not six.
pub const ROUND_NUMBER_MIN: f64 = 20.0;

// ---- Retrieval (BM25 over corpus sentences) -------------------------------------------------

/// BM25 term-frequency saturation. Range 0.5–2.0; sentences are short, so saturation hardly
/// matters and the usual 1.2 is kept.
pub const BM25_K1: f32 = 1.2;
/// BM25 length normalisation (0 = none, 1 = full). Range 0–1; 0.75 is the usual value and
/// keeps long run-on sentences from winning by sheer size.
pub const BM25_B: f32 = 0.75;
/// How many corpus sentences are retrieved as candidate evidence for one fact. Range 10–100;
/// more costs time, fewer risks missing a paraphrase in a large corpus.
pub const CANDIDATES_PER_FACT: usize = 40;
/// Relative slack when a search decides that a sentence can no longer reach the top
/// candidates. Not a ranking knob: it only absorbs float rounding (sums in another order
/// differ in the last bits), so that pruning never drops a sentence the full sum would keep.
/// Range 1e-6–1e-3.
pub const MAXSCORE_MARGIN: f32 = 1e-4;
/// Largest corpus (bytes of text) whose sentences are analysed once, at build, and kept; a
/// larger one keeps only its index and analyses the few sentences a check retrieves. Range
/// 0–8 MB: an analysed sentence holds about 50 bytes per byte of text, so 2 MB of text costs
/// about 100 MB; the default corpus (22 KB) is kept, a newsroom archive is not. Verdicts are
/// the same either way (a test holds both to one report).
pub const KEEP_ANALYSED_MAX_BYTES: usize = 2 * 1024 * 1024;

// ---- Matching a fact with a source sentence -------------------------------------------------

/// Share of a fact's context (IDF-weighted content words around it) that a source sentence
/// must contain to be about the same thing, for a verdict of agree. Range 0–1.
pub const AGREE_CONTEXT: f32 = 0.30;
/// The same share required before a differing value is called a conflict. Higher than
/// `AGREE_CONTEXT`: a false conflict costs more trust than a missed one.
pub const CONFLICT_CONTEXT: f32 = 0.45;
/// Fewest shared context words (besides the value itself) for a conflict.
pub const CONFLICT_MIN_SHARED: usize = 2;
/// Share of an event's content (IDF-weighted) that one source sentence must cover for the
/// event to count as reported there. Range 0–1.
pub const EVENT_SUPPORT: f32 = 0.5;
/// Fewest content words an event must share with a source sentence to be supported.
pub const EVENT_MIN_SHARED: usize = 2;
/// Share of a quotation's words a source quotation must contain, in any order, to be the same
/// quotation (translations reword a little). Range 0.5–1.
pub const QUOTE_SUPPORT: f32 = 0.6;
/// Largest edit distance between two name keys still taken for the same name (after
/// transliteration folding). Range 0–2; 1 absorbs one romanisation slip.
pub const NAME_KEY_DISTANCE: usize = 1;
/// Shortest name key to which `NAME_KEY_DISTANCE` applies; shorter keys must match exactly.
pub const NAME_KEY_FUZZY_MIN: usize = 4;
/// How many tokens either side of a value form its context (never across a comma, colon,
/// semicolon or dash). Range 4–15; 10 reaches back over a unit named a few words earlier.
pub const CONTEXT_WINDOW: usize = 10;
/// Most evidence sentences shown for one fact (the strongest per source come first).
pub const MAX_EVIDENCE: usize = 5;
/// Context share required before a different place for the same event is a conflict; places
/// are compared only when the article's place is unknown to every source. Range 0.5–1.
pub const PLACE_CONFLICT_CONTEXT: f32 = 0.5;

/// Titles that one person holds at a time in one organisation: two different holders at the
/// same time cannot both be right. General vocabulary, not a list of offices of any story.
pub const SINGLE_HOLDER_TITLES: &[&str] = &[
    "president", "secretary", "minister", "director", "ceo", "chairman", "chairwoman", "chair",
    "governor", "mayor", "chancellor", "premier", "head", "editor", "treasurer", "commander",
];

/// Unit words so general that they say nothing about what is counted ("1,253 people whom
/// rights groups consider political prisoners").
pub const GENERIC_UNITS: &[&str] = &["peopl", "person", "individu", "other", "case"];

/// Smallest exact figure distinctive enough that the same figure for the same unit is evidence
/// on its own ("87 percent", "1,226"); smaller counts recur too often ("five years").
pub const DISTINCTIVE_MIN: f64 = 10.0;

/// Shared context words (beyond the unit) that make two figures about the same thing even when
/// the rest of their contexts differ (long windows full of other words). Range 3–6.
pub const CONFLICT_SHARED_ALONE: usize = 4;

/// How fast a context word's weight falls with its distance (in tokens) from the value:
/// weight = 1 / (1 + distance / scale). Range 2–10; 4 halves the weight four words away.
pub const PROXIMITY_SCALE: f32 = 4.0;
/// Weight of the person a pronoun refers to, added to a context. Range 0–1.
pub const ANTECEDENT_WEIGHT: f32 = 0.5;
/// How many sentences back a pronoun may point to the last person named. Range 3–50: news
/// names a person again within a few sentences; a bound keeps finding the antecedent of one
/// sentence of a large document cheap when the index analyses it on demand.
pub const ANTECEDENT_LOOKBACK: usize = 20;

/// Shared context words (beyond the unit) that make two equal values about the same thing
/// even when their long contexts differ otherwise. Range 3–6.
pub const AGREE_SHARED_ALONE: usize = 4;
