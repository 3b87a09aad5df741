//! Hard limits on input, in one place. Each keeps the engine's time and memory bounded on
//! hostile input; past a limit the caller gets a clear error, never a hang. The numbers are
//! far above any real article or wire story.

/// Largest article checked, in bytes (10 MiB: a very long feature is ~100 KB).
pub const MAX_ARTICLE_BYTES: usize = 10 * 1024 * 1024;
/// Largest corpus document accepted, in bytes (64 MiB: whole archives pasted as one file).
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024 * 1024;
/// Most documents in one corpus.
pub const MAX_DOCUMENTS: usize = 100_000;
/// Longest sentence analysed, in bytes; a longer run without a sentence end is cut into
/// pieces of this size so one 1 MB line cannot make extraction quadratic.
pub const MAX_SENTENCE_BYTES: usize = 2_000;
/// Most article sentences whose facts are checked; the rest are reported as not checked.
/// Bounds the check's time: 20,000 sentences of news, every one with evidence in the default
/// corpus, take a few seconds in a native release build (`tests/robustness.rs`,
/// `ten_megabytes_of_news`).
pub const MAX_ARTICLE_SENTENCES: usize = 20_000;
/// Most facts of one article that are checked (each costs a retrieval and comparisons); far
/// above any real article (a long feature has a few hundred), it bounds the time a text made
/// only of dates and figures can take.
pub const MAX_ARTICLE_FACTS: usize = 20_000;
/// Most corpus sentences a check keeps analysed at once when the index does not keep them (a
/// large corpus). An analysed sentence takes a few kilobytes; a 1,000-word article against
/// 10,000 articles retrieves about 5,000. Past the limit the kept ones are let go between
/// article sentences and analysed again when retrieved again, so a huge article checked
/// against a huge corpus cannot exhaust the page's memory.
pub const MAX_SOURCES_ANALYSED: usize = 8_000;
