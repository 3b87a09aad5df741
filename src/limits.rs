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
/// Checking costs about 5 ms a sentence natively (more in wasm) when every sentence has
/// evidence in the corpus: 20,000 sentences of news took over three minutes in a release
/// build. 5,000 is five times a very long feature and bounds the worst case to well under one.
pub const MAX_ARTICLE_SENTENCES: usize = 5_000;
