//! `textqc check`: reads inputs in bounded batches, checks each batch on every core, and reports
//! in input order, so memory stays flat on any corpus and output is deterministic.

use std::io::{IsTerminal, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use textqc::config::Settings;
use textqc::corpus::{CorpusCounts, LineKeys};
use textqc::report::{Github, Human, InputError, Json, JsonLines, Reporter, Source, Summary};
use textqc::{DocReport, Engine};

use super::inputs::{expand_paths, read_file, Item, JsonlReader, Stdin};
use super::{CheckArgs, ColorChoice, InputFormat, OutputFormat};

/// Documents per batch: enough to keep every core busy, few enough to keep memory flat.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 16 << 20;

pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let settings = load_settings(&args)?;
    let mut engine = Engine::new(settings).context("loading the embedded rules")?;
    if let Some(j) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
            .context("starting worker threads")?;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let mut reporter: Box<dyn Reporter> = match args.format {
        _ if args.diff => Box::new(super::diff::Diff),
        OutputFormat::Human => Box::new(Human {
            color,
            quiet: false,
        }),
        OutputFormat::Concise => Box::new(Human { color, quiet: true }),
        OutputFormat::Json => Box::<Json>::default(),
        OutputFormat::Jsonl => Box::new(JsonLines),
        OutputFormat::Github => Box::new(Github),
        OutputFormat::Sarif => Box::new(textqc::report::Sarif::new(engine.rule_infos())),
        OutputFormat::Html => Box::new(textqc::report::Html::new(&engine.rule_infos())),
    };
    let show_progress = args.progress || (!args.no_progress && std::io::stderr().is_terminal());
    let mut summary = Summary::default();
    let mut errors = Vec::new();
    let files = expand_paths(&args.paths, &mut errors);
    for e in errors.drain(..) {
        report_error(&mut *reporter, &mut out, &mut summary, &e)?;
    }

    let two_passes = args.corpus && args.corpus_load.is_none();
    let stdin = if two_passes && files.iter().any(|p| p.as_os_str() == "-") {
        Stdin::spool().context("copying standard input to a temporary file for --corpus")?
    } else {
        Stdin::Pipe
    };
    if args.corpus {
        let counts = match &args.corpus_load {
            Some(path) => load_counts(path)?,
            None => count_lines(&args, &files, &stdin, show_progress)?,
        };
        if let Some(path) = &args.corpus_save {
            save_counts(&counts, path)?;
        }
        let mib = counts.memory() >> 20;
        engine.set_corpus(counts);
        if let Some(floor) = engine.corpus().map(|c| c.floor()).filter(|&f| f > 0) {
            eprintln!(
                "textqc: note: the corpus line counts are crowded in {mib} MiB: a line must be in \
                 {floor} more documents to be flagged; a larger --corpus-sketch-mb makes them exact"
            );
        }
    }
    read_batches(&args, &files, &stdin, show_progress, |items| {
        emit(&engine, items, &mut *reporter, &mut out, &mut summary)
    })?;
    reporter.finish(&mut out, &summary)?;
    out.flush()?;
    Ok(if summary.errors > 0 {
        ExitCode::from(2)
    } else if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn load_settings(args: &CheckArgs) -> anyhow::Result<Settings> {
    let path = if args.isolated {
        None
    } else if let Some(p) = &args.config {
        Some(p.clone())
    } else {
        Settings::discover(&std::env::current_dir()?)
    };
    let mut settings = match path {
        Some(p) => Settings::load(&p)?,
        None => Settings::default(),
    };
    if !args.select.is_empty() {
        settings.select = args.select.clone();
    }
    settings.ignore.extend(args.ignore.iter().cloned());
    if let Some(f) = args.fail_under {
        settings.fail_under = f;
    }
    if let Some(n) = args.corpus_min_docs {
        settings.corpus.min_docs = n;
    }
    if let Some(share) = args.corpus_min_share {
        settings.corpus.min_share = share;
    }
    settings.corpus.check().map_err(anyhow::Error::msg)?;
    Ok(settings)
}

/// Reads the inputs in order, in batches small enough to keep memory flat, and hands each batch to
/// `each`. A JSONL file that cannot be opened becomes a batch of one error.
fn read_batches(
    args: &CheckArgs,
    files: &[PathBuf],
    stdin: &Stdin,
    show_progress: bool,
    mut each: impl FnMut(Vec<Item>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    match args.input {
        InputFormat::Text => {
            let bar = progress(show_progress, files.len() as u64, "files");
            for chunk in files.chunks(BATCH_DOCS) {
                each(chunk.iter().map(|p| read_file(p, stdin)).collect())?;
                bar.inc(chunk.len() as u64);
            }
            bar.finish_and_clear();
        }
        InputFormat::Jsonl => {
            let total: u64 = files
                .iter()
                .filter_map(|p| {
                    if p.as_os_str() == "-" {
                        stdin.size()
                    } else {
                        std::fs::metadata(p).ok().map(|m| m.len())
                    }
                })
                .sum();
            let bar = progress(show_progress, total, "bytes");
            for path in files {
                let mut reader =
                    match JsonlReader::open(path, stdin, &args.id_field, &args.text_field) {
                        Ok(r) => r,
                        Err(e) => {
                            each(vec![Item::Error(e)])?;
                            continue;
                        }
                    };
                let mut before = 0;
                loop {
                    let mut items = Vec::new();
                    let mut bytes = 0;
                    while items.len() < BATCH_DOCS && bytes < BATCH_BYTES {
                        let Some(item) = reader.next_item() else {
                            break;
                        };
                        bytes += match &item {
                            Item::Record(r) => r.len(),
                            _ => 0,
                        };
                        items.push(item);
                    }
                    if items.is_empty() {
                        break;
                    }
                    each(items)?;
                    bar.inc(reader.bytes_read - before);
                    before = reader.bytes_read;
                }
            }
            bar.finish_and_clear();
        }
    }
    Ok(())
}

fn line_keys(item: Item) -> Option<LineKeys> {
    match item {
        Item::Bytes(_, bytes) => Some(LineKeys::of(&String::from_utf8_lossy(&bytes))),
        Item::Text(_, text) => Some(LineKeys::of(&text)),
        Item::Record(r) => line_keys(r.parse()),
        // Reported once, by the checking pass.
        Item::Error(_) => None,
    }
}

/// Corpus mode's first pass: in how many documents each line occurs. Each batch's line keys are
/// computed in parallel and added in input order, so the counts do not depend on the threads.
fn count_lines(
    args: &CheckArgs,
    files: &[PathBuf],
    stdin: &Stdin,
    show_progress: bool,
) -> anyhow::Result<CorpusCounts> {
    let memory = (args.corpus_sketch_mb as usize).saturating_mul(1 << 20);
    let mut counts = CorpusCounts::with_memory(memory);
    read_batches(args, files, stdin, show_progress, |items| {
        let keys: Vec<LineKeys> = items.into_par_iter().filter_map(line_keys).collect();
        for k in &keys {
            counts.add_document(k);
        }
        Ok(())
    })?;
    Ok(counts)
}

fn load_counts(path: &Path) -> anyhow::Result<CorpusCounts> {
    let mut file = std::io::BufReader::new(
        std::fs::File::open(path)
            .with_context(|| format!("opening corpus counts {}", path.display()))?,
    );
    CorpusCounts::load(&mut file)
        .with_context(|| format!("reading corpus counts {}", path.display()))
}

fn save_counts(counts: &CorpusCounts, path: &Path) -> anyhow::Result<()> {
    let write = || -> std::io::Result<()> {
        let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
        counts.save(&mut file)?;
        file.flush()
    };
    write().with_context(|| format!("saving corpus counts to {}", path.display()))
}

fn progress(show: bool, total: u64, unit: &str) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    let template = if unit == "bytes" {
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta})"
    } else {
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} files ({per_sec}, eta {eta})"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

enum Outcome {
    Checked(Source, String, Box<DocReport>),
    Failed(InputError),
}

fn emit(
    engine: &Engine,
    items: Vec<Item>,
    reporter: &mut dyn Reporter,
    out: &mut dyn Write,
    summary: &mut Summary,
) -> anyhow::Result<()> {
    let outcomes: Vec<Outcome> = items
        .into_par_iter()
        .map(|item| check_item(engine, item))
        .collect();
    for o in outcomes {
        match o {
            Outcome::Checked(source, text, report) => {
                summary.add(&report);
                reporter.document(out, &source, &text, &report)?;
            }
            Outcome::Failed(e) => report_error(reporter, out, summary, &e)?,
        }
    }
    Ok(())
}

fn check_item(engine: &Engine, item: Item) -> Outcome {
    match item {
        // A bug in a check must not take the run and the other records down with it: the
        // document is reported as an error, naming it, and the run goes on.
        Item::Bytes(source, bytes) => {
            match catch_unwind(AssertUnwindSafe(|| engine.check_bytes(&bytes))) {
                Ok((text, report)) => Outcome::Checked(source, text, Box::new(report)),
                Err(_) => Outcome::Failed(internal_error(&source)),
            }
        }
        Item::Text(source, text) => match catch_unwind(AssertUnwindSafe(|| engine.check(&text))) {
            Ok(report) => Outcome::Checked(source, text, Box::new(report)),
            Err(_) => Outcome::Failed(internal_error(&source)),
        },
        // Parsed here, on a worker, so that reading the input stays cheap.
        Item::Record(r) => check_item(engine, r.parse()),
        Item::Error(e) => Outcome::Failed(e),
    }
}

fn report_error(
    reporter: &mut dyn Reporter,
    out: &mut dyn Write,
    summary: &mut Summary,
    e: &InputError,
) -> anyhow::Result<()> {
    summary.errors += 1;
    eprintln!("textqc: error: {}: {}", e.location, e.message);
    reporter.error(out, e)?;
    Ok(())
}

fn internal_error(source: &Source) -> InputError {
    InputError {
        location: source.label().to_string(),
        message: "internal error while checking this document (please report it); the run goes on"
            .to_string(),
    }
}
