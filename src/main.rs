//! The command-line adapter: reads an article and a corpus from disk, runs [`Corpus::check`]
//! and prints the report. Every problem with the input becomes one line on stderr naming the
//! file and the reason, and exit status 2; nothing here unwraps on user input.

// The program is native only (clap, files, a terminal); the wasm build of the crate is the
// library. `wasm-pack test` still compiles every target for wasm32, so it gets an empty main.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod serve;

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use crate::serve;
    use clap::{Parser, Subcommand, ValueEnum};
    use crosscheck::archive::{Archive, IndexSummary};
    use crosscheck::corpus::{self, LoadedCorpus};
    use crosscheck::limits::MAX_ARTICLE_BYTES;
    use crosscheck::report::DocumentInfo;
    use crosscheck::Corpus;
    use std::io::{self, Read, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    /// Exit status for input that cannot be used (the same status clap uses for a bad command line).
    const EXIT_BAD_INPUT: u8 = 2;
    /// Exit status when the report could not be written.
    const EXIT_OUTPUT_FAILED: u8 = 1;

    #[derive(Parser)]
    #[command(
        name = "crosscheck",
        version,
        about = "Checks the claims of a news article against a corpus of other reports on the same story."
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Check an article: every checkable claim, a verdict per fact, and the evidence.
        Check {
            /// Folder of reference documents (.txt files, optional corpus.json manifest).
            /// Without it, the built-in corpus is used.
            #[arg(long, value_name = "DIR", conflicts_with = "engine")]
            corpus: Option<PathBuf>,
            /// A newsroom archive to check against instead of a corpus folder:
            /// sphinx://HOST:PORT[,HOST:PORT...]/INDEX (see `crosscheck index`).
            #[arg(long, value_name = "URL")]
            engine: Option<String>,
            /// Output format.
            #[arg(long, value_enum, default_value_t = Format::Json)]
            format: Format,
            /// The day the article was written (YYYY-MM-DD): its relative dates ("last month",
            /// "on Wednesday") are read against it.
            #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
            date: Option<crosscheck::CalendarDate>,
            /// The article to check, as a UTF-8 text file; `-` reads standard input.
            #[arg(value_name = "ARTICLE")]
            article: PathBuf,
        },
        /// Load a corpus folder into a newsroom archive (a Sphinx or Manticore engine), its
        /// documents spread over the shards the engine's distributed index names.
        Index {
            /// The archive engine: sphinx://HOST:PORT[,HOST:PORT...][/INDEX].
            #[arg(long, value_name = "URL")]
            engine: String,
            /// Folder of documents (.txt files, optional corpus.json manifest).
            #[arg(long, value_name = "DIR")]
            corpus: PathBuf,
        },
        /// Answer checks over HTTP: POST /check with {"article": "...", "date": "YYYY-MM-DD"
        /// or null} returns the report; GET /health.
        Serve {
            /// Port to listen on (0: any free port, printed on start).
            #[arg(long, value_name = "P", default_value_t = 8787)]
            port: u16,
            /// Address to listen on. The default answers this machine only; a newsroom server
            /// behind its proxy sets its own.
            #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
            host: std::net::IpAddr,
            /// Folder of reference documents to check against. Without it (and without
            /// --engine), the built-in corpus.
            #[arg(long, value_name = "DIR", conflicts_with = "engine")]
            corpus: Option<PathBuf>,
            /// A newsroom archive to check against: sphinx://HOST:PORT[,HOST:PORT...]/INDEX.
            #[arg(long, value_name = "URL")]
            engine: Option<String>,
            /// The origin allowed to read the answers (CORS), e.g. https://cms.example.org.
            #[arg(long, value_name = "ORIGIN", default_value = "*")]
            allow_origin: String,
        },
        /// List the documents of a corpus: id, source, language and size.
        Corpus {
            /// Folder of reference documents. Without it, the built-in corpus is listed.
            #[arg(long, value_name = "DIR")]
            corpus: Option<PathBuf>,
            /// Output format.
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Json,
        Text,
    }

    /// A failure to report: the message for stderr and the exit status.
    struct Failure {
        message: String,
        status: u8,
    }

    impl Failure {
        fn input(message: impl Into<String>) -> Failure {
            Failure { message: message.into(), status: EXIT_BAD_INPUT }
        }
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        let outcome = match cli.command {
            Command::Check { engine: Some(url), format, date, article, .. } => check_archive(&url, &article, format, date),
            Command::Check { corpus, engine: None, format, date, article } => check(corpus.as_deref(), &article, format, date),
            Command::Index { engine, corpus } => index(&engine, &corpus),
            Command::Serve { port, host, corpus, engine, allow_origin } => serve(host, port, corpus.as_deref(), engine.as_deref(), allow_origin),
            Command::Corpus { corpus, format } => list_corpus(corpus.as_deref(), format),
        };
        match outcome {
            Ok(()) => ExitCode::SUCCESS,
            Err(failure) => {
                eprintln!("crosscheck: {}", failure.message);
                ExitCode::from(failure.status)
            }
        }
    }

    fn parse_date(text: &str) -> Result<crosscheck::CalendarDate, String> {
        crosscheck::CalendarDate::parse(text).ok_or_else(|| format!("{text:?} is not a date of the form YYYY-MM-DD"))
    }

    fn check(corpus_dir: Option<&Path>, article_path: &Path, format: Format, date: Option<crosscheck::CalendarDate>) -> Result<(), Failure> {
        let name = article_name(article_path);
        // The article is read first: its problems are cheaper to find than a corpus's.
        let article = read_article(article_path).map_err(|reason| Failure::input(format!("article {name}: {reason}")))?;
        let loaded = load_documents(corpus_dir)?;
        // An article the corpus's manifest lists (one outlet checked against the others) was
        // written on the day the manifest gives it, unless told otherwise.
        let listed = loaded.date_listed_for(&article_path.to_string_lossy());
        let corpus = Corpus::from_loaded(loaded);
        let report = corpus.check_as_of(&article, date.or(listed)).map_err(|e| Failure::input(format!("article {name}: {e}")))?;
        print_report(&report, format)
    }

    fn print_report(report: &crosscheck::Report, format: Format) -> Result<(), Failure> {
        let output = match format {
            Format::Json => serde_json::to_string_pretty(report)
                .map_err(|e| Failure { message: format!("cannot write the report as JSON: {e}"), status: EXIT_OUTPUT_FAILED })?,
            Format::Text => report.to_text(),
        };
        write_stdout(&output)
    }

    /// A check against a newsroom archive: the same report, with evidence retrieved from the
    /// search engine.
    fn check_archive(url: &str, article_path: &Path, format: Format, date: Option<crosscheck::CalendarDate>) -> Result<(), Failure> {
        let name = article_name(article_path);
        let article = read_article(article_path).map_err(|reason| Failure::input(format!("article {name}: {reason}")))?;
        let archive = connect_archive(url)?;
        let report = crosscheck::check_against(&article, date, &archive).map_err(|e| Failure::input(format!("article {name}: {e}")))?;
        print_report(&report, format)
    }

    /// Connects to an archive, or fails with one line: a malformed URL and an engine that
    /// cannot be reached are both input that cannot be used (exit status 2).
    fn connect_archive(url: &str) -> Result<Archive, Failure> {
        Archive::connect(url).map_err(|e| Failure::input(e.to_string()))
    }

    fn index(url: &str, corpus_dir: &Path) -> Result<(), Failure> {
        // The URL is checked before the folder is read: it is the cheaper mistake to find.
        crosscheck::archive::EngineUrl::parse(url).map_err(|e| Failure::input(format!("engine URL: {e}")))?;
        let loaded = corpus::load_dir(corpus_dir).map_err(|e| Failure::input(e.to_string()))?;
        for skipped in &loaded.skipped {
            eprintln!("crosscheck: skipped {}: {}", corpus_dir.join(&skipped.file).display(), skipped.reason);
        }
        let archive = connect_archive(url)?;
        let summary = archive.index_corpus(&loaded).map_err(|e| Failure::input(e.to_string()))?;
        for (id, reason) in &summary.skipped {
            eprintln!("crosscheck: skipped document {id}: {reason}");
        }
        write_stdout(&describe_indexing(&archive, &summary))
    }

    fn describe_indexing(archive: &Archive, summary: &IndexSummary) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut out = format!(
            "indexed {} ({}) into index {} at {}\n",
            plural(summary.documents, "document", "documents"),
            plural(summary.sentences, "sentence", "sentences"),
            archive.index_name(),
            archive.url()
        );
        for (shard, (documents, sentences)) in archive.shards().iter().zip(&summary.by_shard) {
            out.push_str(&format!(
                "  {} on {}: {}, {}\n",
                shard.name,
                shard.node,
                plural(*documents, "document", "documents"),
                plural(*sentences, "sentence", "sentences")
            ));
        }
        out
    }

    fn serve(host: std::net::IpAddr, port: u16, corpus_dir: Option<&Path>, engine: Option<&str>, allow_origin: String) -> Result<(), Failure> {
        if allow_origin.is_empty() || !allow_origin.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(Failure::input(format!("--allow-origin {allow_origin:?} is not an origin (https://host, or *)")));
        }
        let (backend, what) = match engine {
            Some(url) => {
                let archive = connect_archive(url)?;
                let what = format!("the archive at {}", archive.url());
                (serve::Backend::Archive(archive), what)
            }
            None => {
                let corpus = load_corpus(corpus_dir)?;
                let what = format!("{} corpus documents", corpus.documents().len());
                (serve::Backend::Corpus(Box::new(corpus)), what)
            }
        };
        serve::run(std::net::SocketAddr::new(host, port), backend, allow_origin, |bound| {
            eprintln!("crosscheck: serving http://{bound} (POST /check, GET /health) against {what}");
        })
        .map_err(Failure::input)
    }

    fn list_corpus(corpus_dir: Option<&Path>, format: Format) -> Result<(), Failure> {
        let corpus = load_corpus(corpus_dir)?;
        let documents: Vec<DocumentInfo> = corpus.document_infos();
        let output = match format {
            Format::Json => serde_json::to_string_pretty(&documents)
                .map_err(|e| Failure { message: format!("cannot write the list as JSON: {e}"), status: EXIT_OUTPUT_FAILED })?,
            Format::Text => {
                let width = |header: &str, column: &dyn Fn(&DocumentInfo) -> usize| {
                    documents.iter().map(column).chain([header.chars().count()]).max().unwrap_or(0)
                };
                let id_width = width("ID", &|d| d.id.chars().count());
                let source_width = width("SOURCE", &|d| d.source.chars().count());
                let mut out = format!("{:<id_width$}  {:<source_width$}  LANGUAGE  {:>9}\n", "ID", "SOURCE", "BYTES");
                for d in &documents {
                    out.push_str(&format!("{:<id_width$}  {:<source_width$}  {:<8}  {:>9}\n", d.id, d.source, d.language, d.bytes));
                }
                out
            }
        };
        write_stdout(&output)
    }

    fn article_name(path: &Path) -> String {
        if path == Path::new("-") {
            "(standard input)".to_string()
        } else {
            path.display().to_string()
        }
    }

    /// The article's text, exactly as in the file (offsets in the report are byte offsets into it),
    /// or why it cannot be checked.
    fn read_article(path: &Path) -> Result<String, String> {
        let too_large = |bytes: u64| {
            format!(
                "too large ({:.1} MB; the limit is {} MB)",
                bytes as f64 / (1024.0 * 1024.0),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            )
        };
        let limit = MAX_ARTICLE_BYTES as u64;
        let bytes = if path == Path::new("-") {
            let mut bytes = Vec::new();
            // One byte past the limit is enough to know the input is too large.
            io::stdin().lock().take(limit + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
            if bytes.len() as u64 > limit {
                return Err(format!("too large (more than {} MB)", MAX_ARTICLE_BYTES / (1024 * 1024)));
            }
            bytes
        } else {
            let meta = std::fs::metadata(path).map_err(|e| describe_io_error(&e))?;
            if meta.is_dir() {
                return Err("is a folder, not a text file".to_string());
            }
            if meta.len() > limit {
                return Err(too_large(meta.len()));
            }
            std::fs::read(path).map_err(|e| describe_io_error(&e))?
        };
        if bytes.len() as u64 > limit {
            return Err(too_large(bytes.len() as u64));
        }
        String::from_utf8(bytes).map_err(|e| {
            format!("not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and try again", e.utf8_error().valid_up_to())
        })
    }

    fn describe_io_error(e: &io::Error) -> String {
        match e.kind() {
            io::ErrorKind::NotFound => "no such file".to_string(),
            io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot read: {e}"),
        }
    }

    /// The corpus from a folder, or the built-in one. Files that could not be used are named on
    /// stderr; the check goes on with the rest.
    fn load_corpus(dir: Option<&Path>) -> Result<Corpus, Failure> {
        load_documents(dir).map(Corpus::from_loaded)
    }

    /// The documents of a corpus folder, or of the built-in corpus, the skipped ones named.
    fn load_documents(dir: Option<&Path>) -> Result<LoadedCorpus, Failure> {
        let loaded: LoadedCorpus = match dir {
            Some(dir) => corpus::load_dir(dir).map_err(|e| Failure::input(e.to_string()))?,
            None => corpus::embedded_default(),
        };
        for skipped in &loaded.skipped {
            let file = match dir {
                Some(dir) => dir.join(&skipped.file).display().to_string(),
                None => skipped.file.clone(),
            };
            eprintln!("crosscheck: skipped {file}: {}", skipped.reason);
        }
        Ok(loaded)
    }

    fn write_stdout(text: &str) -> Result<(), Failure> {
        let mut stdout = io::stdout().lock();
        let written = stdout.write_all(text.as_bytes()).and_then(|()| {
            if !text.ends_with('\n') {
                stdout.write_all(b"\n")?;
            }
            stdout.flush()
        });
        match written {
            Ok(()) => Ok(()),
            // The reader went away (`crosscheck check a.txt | head`): nothing left to tell anyone.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Failure { message: format!("cannot write the output: {e}"), status: EXIT_OUTPUT_FAILED }),
        }
    }
}
