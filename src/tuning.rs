//! Every tuning constant of the engine, in one struct: what each means, its range, and why it
//! has the value it has (the model: Pagefind's `RankingWeights`). Change one here and run
//! `make eval`; nothing else in the code holds a number that changes a verdict.

/// The engine's tuning.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    // ---- Reading values -------------------------------------------------------------------
    /// Relative half-width of "about N", "some N", "roughly N" (0.1 = ±10%). Range 0.05–0.25;
    /// news usage of "about" rarely strays beyond a tenth.
    pub approximate: f64,
    /// How far below N "nearly N" / "almost N" reaches, and above N "just over N" (0.05 =
    /// 5%). Range 0.02–0.1: "nearly 60" is 57 to 59, not 50. Never further than the step of
    /// N's last written digit (`interval::loose_reach`): "nearly 1,070" is 1,060 to 1,069.
    pub nearly: f64,
    /// Relative half-width given to an unqualified round number ("30 years" for 30.5), and
    /// never more than the place of its last digit that is not zero ("41,250" is ±10), its top
    /// left open as rounding half up leaves it ("100" is 95 up to 105, not 105). Range 0–0.1;
    /// 0.05 keeps 2,400 from matching 2,600 while absorbing rounding.
    pub round_number: f64,
    /// Smallest value treated as possibly rounded (and a multiple of ten). Below it counts are
    /// exact: five years is not six.
    pub round_number_min: f64,
    /// Relative half-width within which two measures given in different units are the same
    /// (a conversion rounds: "12 km (7.5 miles)"). Range 0.01–0.05.
    pub conversion: f64,
    /// Two spans of time that say nothing of what they measure ("in 2:00:35", "by 34
    /// seconds") and lie this many times apart are two spans (a race time and a margin), not
    /// one misreported. Range 5–20: a misreported duration is off by a digit, seldom tenfold.
    pub unmeasured_span_ratio: f64,
    /// Two sums of money further apart than this factor are two things (a share price and a
    /// deal's total), unless one is the other's figure with another scale word ("$7 million"
    /// for "$7 billion"). Range 20–1000: reports misstate a sum by a few times, not a hundred.
    pub other_sum_ratio: f64,
    /// Half-width, in minutes, of "about 7 a.m." and of a time given to the hour ("7 a.m." for
    /// 6:52). Range 5–30.
    pub clock_approximate: u16,

    // ---- Retrieval (BM25 over corpus sentences) -------------------------------------------
    /// BM25 term-frequency saturation. Range 0.5–2.0; sentences are short, so saturation
    /// hardly matters and the usual 1.2 is kept.
    pub bm25_k1: f32,
    /// BM25 length normalisation (0 = none, 1 = full). Range 0–1; 0.75 is the usual value and
    /// keeps long run-on sentences from winning by sheer size.
    pub bm25_b: f32,
    /// How many corpus sentences are retrieved as candidate evidence for one fact. Range
    /// 10–100; more costs time, fewer risks missing a paraphrase in a large corpus.
    pub candidates_per_fact: usize,
    /// Relative slack when a search decides that a sentence can no longer reach the top
    /// candidates. Not a ranking knob: it only absorbs float rounding. Range 1e-6–1e-3.
    pub maxscore_margin: f32,
    /// Largest corpus (bytes of text) whose sentences are analysed once, at build, and kept; a
    /// larger one keeps only its index and analyses the few sentences a check retrieves.
    /// Range 0–8 MB: an analysed sentence holds about 50 bytes per byte of text.
    pub keep_analysed_max_bytes: usize,
    /// How much more a query weighs the keys of a fact's frame (what it measures, whom it
    /// belongs to) than the other words around it, by repeating them. Range 1–4.
    pub frame_key_weight: usize,

    // ---- Lining two frames up -------------------------------------------------------------
    /// Share of the article fact's context (IDF-weighted words of its clause, nearer words
    /// weighing more) that a source fact's context must hold for a value to agree when what it
    /// measures lines up. Range 0–1.
    pub agree_context: f32,
    /// The same share required before a differing value is called a conflict, when what it
    /// measures and whom it belongs to line up. Higher than `agree_context`: a false conflict
    /// costs more trust than a missed one.
    pub conflict_context: f32,
    /// The share required before a differing value is a conflict when one side does not say
    /// what it measures (a bare "40" in "and the Harbour Party 40") or whom it belongs to.
    pub conflict_context_loose: f32,
    /// The share at which two times of day or two dates with no act word on either side
    /// ("came off the tracks at 5:34 a.m.", "made an emergency landing on Saturday") time one
    /// act, to agree or conflict (0.5–1.0). Without an act to tie them, only nearly the same
    /// words around them say the two are one moment. The same share lets two ages of described
    /// people that no holder ties ("a 67-year-old man died when a tree fell on his car")
    /// conflict.
    pub unanchored_context: f32,
    /// Fewest shared context words (besides the value and what it measures) for a conflict.
    pub conflict_min_shared: usize,
    /// Smallest exact figure distinctive enough that the same figure of the same measured
    /// thing is evidence on its own ("64 percent", "2,318"); smaller counts recur too often.
    pub distinctive_min: f64,
    /// How fast a context word's weight falls with its distance (in tokens) from the value:
    /// weight = 1 / (1 + distance / scale). Range 2–10; 4 halves the weight four words away.
    pub proximity_scale: f32,
    /// Weight of the person a pronoun refers to, added to a context. Range 0–1.
    pub antecedent_weight: f32,
    /// How many sentences back a pronoun may point to the last person named. Range 3–50.
    pub antecedent_lookback: usize,
    /// How many sentences back "that election" or "the time" may find the year it means.
    pub time_lookback: usize,
    /// How many tokens either side of a value its holders are looked for, within its clause.
    /// Range 30–200: a news clause rarely runs longer; past it a "clause" is a list or a run
    /// without punctuation, whose far names hold nothing of the value (and reading them all
    /// for every value made such a sentence cost the square of its length).
    pub holder_reach: usize,

    // ---- Statements, quotations, names -----------------------------------------------------
    /// Share of a statement's content (IDF-weighted) that one source sentence must cover for
    /// the statement to count as reported there. Range 0–1.
    pub statement_support: f32,
    /// Fewest content words a statement must share with a source sentence to be supported.
    pub statement_min_shared: usize,
    /// Share of a quotation's words a source quotation must contain, in any order, to be the
    /// same quotation (translations reword a little). Range 0.5–1.
    pub quote_support: f32,
    /// Largest edit distance between two name keys still taken for the same name (after
    /// transliteration folding). Range 0–2; 1 absorbs one romanisation slip.
    pub name_key_distance: usize,
    /// Shortest name key to which `name_key_distance` applies; shorter keys must match exactly.
    pub name_key_fuzzy_min: usize,
    /// Shortest lowercase word that may describe a holder another report names ("mining" for
    /// the "Mining Bureau"). Range 4–8: shorter words ("bank", "city") are too common to tell
    /// one holder from another by chance of spelling.
    pub described_holder_min_len: usize,
    /// Share of the corpus's sentences past which a name is the story's own subject ("Ostria"
    /// in a story about Ostria) and no longer tells two facts' holders apart. Range 0.1–0.5.
    pub story_name_share: f32,
    /// How many tokens either side of a value form its near context. Range 4–15.
    pub context_window: usize,
    /// Most evidence sentences shown for one fact.
    pub max_evidence: usize,
}

/// The tuning the engine runs with.
pub const TUNING: Tuning = Tuning {
    approximate: 0.10,
    nearly: 0.05,
    round_number: 0.05,
    round_number_min: 20.0,
    conversion: 0.03,
    unmeasured_span_ratio: 10.0,
    other_sum_ratio: 100.0,
    clock_approximate: 15,
    bm25_k1: 1.2,
    bm25_b: 0.75,
    candidates_per_fact: 40,
    maxscore_margin: 1e-4,
    keep_analysed_max_bytes: 2 * 1024 * 1024,
    frame_key_weight: 2,
    agree_context: 0.20,
    conflict_context: 0.30,
    conflict_context_loose: 0.45,
    unanchored_context: 0.8,
    conflict_min_shared: 1,
    distinctive_min: 10.0,
    proximity_scale: 4.0,
    antecedent_weight: 0.5,
    antecedent_lookback: 20,
    time_lookback: 2,
    holder_reach: 60,
    statement_support: 0.5,
    statement_min_shared: 2,
    quote_support: 0.6,
    name_key_distance: 1,
    name_key_fuzzy_min: 4,
    described_holder_min_len: 5,
    story_name_share: 0.25,
    context_window: 10,
    max_evidence: 5,
};
