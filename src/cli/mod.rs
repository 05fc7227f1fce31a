//! Subcommands and their options.

mod check;
mod diff;
mod eval;
mod inputs;
mod routing;
mod rules;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "textqc",
    version,
    about = "Find machine-translation garble, leaked boilerplate, broken sentences and encoding damage in English text"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check documents: files, directories (recursively), `-` for stdin, or JSONL records.
    Check(CheckArgs),
    /// List every rule.
    Rules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Measure the detector against labelled records (spans, lines, document scores).
    Eval(eval::EvalArgs),
    /// Print a rule's explanation and examples.
    Explain {
        /// A rule id, e.g. mt/fused-sentence.
        rule: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// One document per file (or stdin).
    Text,
    /// One JSON object per line, with an id and a text field.
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Diagnostics with snippets, a score line per document and a summary.
    Human,
    /// Only the score line per document and the summary.
    Concise,
    /// Only the summary: for a corpus split with --keep/--reject, or a gate that reads only the
    /// exit code.
    Summary,
    /// One JSON object: {"version": 1, "documents": [...], "summary": {...}}.
    Json,
    /// One document object per line, streamed.
    Jsonl,
    /// GitHub Actions annotations.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other CI gates.
    Sarif,
    /// One self-contained HTML page with the flagged spans highlighted, for reviewers.
    Html,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Args)]
pub struct CheckArgs {
    /// Files, directories or `-` (stdin).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input: InputFormat,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,
    /// JSONL field holding the record id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// JSONL field holding the text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// Only these rules or categories (comma-separated prefixes).
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Never these rules or categories.
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Fail documents scoring below this (default 50, or the config file's).
    #[arg(long)]
    fail_under: Option<f64>,
    /// A textqc.toml to use instead of discovering one.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Ignore any configuration file.
    #[arg(long)]
    isolated: bool,
    /// Worker threads (default: every core).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Show a progress bar on stderr (default: when stderr is a terminal).
    #[arg(long, overrides_with = "no_progress")]
    progress: bool,
    #[arg(long)]
    no_progress: bool,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Instead of the report, print what the offered fixes would change, as a line diff per
    /// document (files are never rewritten).
    #[arg(long)]
    diff: bool,
    /// Corpus mode: read the inputs twice, first counting in how many documents each line occurs,
    /// then flag lines that recur across documents (boilerplate/recurring-line). Standard input
    /// is copied to a temporary file to be read twice.
    #[arg(long)]
    corpus: bool,
    /// Memory for the corpus line counts, in MiB; fixed whatever the corpus size.
    #[arg(long, value_name = "MIB", default_value_t = 8,
          value_parser = clap::value_parser!(u32).range(1..=4096), requires = "corpus")]
    corpus_sketch_mb: u32,
    /// A line recurs when in at least this many documents (default 5, or min-docs under
    /// [corpus] in the config)...
    #[arg(long, value_name = "N", requires = "corpus")]
    corpus_min_docs: Option<u64>,
    /// ...and in at least this share of them (default 0.0001, or min-share under [corpus]).
    #[arg(long, value_name = "SHARE", requires = "corpus")]
    corpus_min_share: Option<f64>,
    /// Save the corpus line counts to FILE, to check other shards against them with
    /// --corpus-load.
    #[arg(long, value_name = "FILE", requires = "corpus")]
    corpus_save: Option<PathBuf>,
    /// Check against the line counts saved in FILE instead of counting the inputs (one pass).
    #[arg(long, value_name = "FILE", requires = "corpus",
          conflicts_with_all = ["corpus_save", "corpus_sketch_mb"])]
    corpus_load: Option<PathBuf>,
    /// Accept the findings recorded in FILE by --write-baseline (or the config's `baseline`):
    /// they are not reported and cost no score, so only new findings fail the gate.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record every finding of this run in FILE, to be accepted by later runs with --baseline;
    /// the exit code is then 0 unless an input could not be read.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Documents (files, or JSONL records) larger than this are reported as errors, not checked:
    /// checking holds about 35 bytes of memory per byte of text.
    #[arg(long, value_name = "MB", default_value_t = 32,
          value_parser = clap::value_parser!(u64).range(1..=65536))]
    max_doc_mb: u64,
    /// Write the documents that pass to FILE as JSONL: records as they were read, files as
    /// {"path", "text"}.
    #[arg(long, value_name = "FILE")]
    keep: Option<PathBuf>,
    /// Write the documents that fail, and inputs that could not be read, to FILE as JSONL, each
    /// with a "textqc" field holding its score and the rules that cost it.
    #[arg(long, value_name = "FILE")]
    reject: Option<PathBuf>,
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Rules { format } => rules::list(matches!(format, RulesFormat::Json)),
        Command::Explain { rule } => rules::explain(&rule),
    }
}
