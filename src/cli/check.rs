//! `textqc check`: reads inputs in bounded batches, checks each batch on every core, and reports
//! in input order, so memory stays flat on any corpus and output is deterministic.

use std::io::{IsTerminal, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use textqc::baseline::{Baseline, BaselineWriter};
use textqc::config::Settings;
use textqc::corpus::{CorpusCounts, LineKeys};
use textqc::report::{
    Detail, Github, Human, InputError, Json, JsonLines, Reporter, Source, Summary,
};
use textqc::{DocReport, Engine};

use super::inputs::{expand_paths, read_file, Item, JsonlReader, Stdin};
use super::routing::Router;
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
            detail: Detail::Flags,
        }),
        OutputFormat::Concise => Box::new(Human {
            color,
            detail: Detail::Scores,
        }),
        OutputFormat::Summary => Box::new(Human {
            color,
            detail: Detail::Summary,
        }),
        OutputFormat::Json => Box::<Json>::default(),
        OutputFormat::Jsonl => Box::new(JsonLines),
        OutputFormat::Github => Box::new(Github),
        OutputFormat::Sarif => Box::new(textqc::report::Sarif::new(engine.rule_infos())),
        OutputFormat::Html => Box::new(textqc::report::Html::new(&engine.rule_infos())),
    };
    let show_progress = args.progress || (!args.no_progress && std::io::stderr().is_terminal());
    let baseline = match args.baseline.as_ref().or(engine.settings.baseline.as_ref()) {
        Some(path) => Some(
            std::fs::File::open(path)
                .map_err(anyhow::Error::from)
                .and_then(|f| Ok(Baseline::load(f)?))
                .with_context(|| format!("reading the baseline {}", path.display()))?,
        ),
        None => None,
    };
    let mut sinks = Sinks {
        reporter: &mut *reporter,
        out: &mut out,
        summary: Summary::default(),
        baseline,
        new_baseline: args
            .write_baseline
            .as_ref()
            .map(|_| BaselineWriter::default()),
        router: Router::open(args.keep.as_deref(), args.reject.as_deref())?,
    };
    let mut errors = Vec::new();
    let files = expand_paths(&args.paths, &mut errors);
    for e in errors.drain(..) {
        sinks.error(&e, None)?;
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
        emit(&engine, items, &mut sinks)
    })?;
    let summary = sinks.finish(args.write_baseline.as_deref())?;
    out.flush()?;
    Ok(if summary.errors > 0 {
        ExitCode::from(2)
    } else if summary.failed > 0 && args.write_baseline.is_none() {
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
                each(
                    chunk
                        .iter()
                        .map(|p| read_file(p, stdin, args.max_doc_mb << 20))
                        .collect(),
                )?;
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
                let mut reader = match JsonlReader::open(
                    path,
                    stdin,
                    &args.id_field,
                    &args.text_field,
                    args.max_doc_mb << 20,
                ) {
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
    /// A checked document, with the JSONL line it was read from when --keep or --reject wants it.
    Checked(Source, String, Box<DocReport>, Option<Vec<u8>>),
    Failed(InputError, Option<Vec<u8>>),
}

/// Where each document goes once checked, in input order: the baseline, the report, the summary
/// and the --keep/--reject files.
struct Sinks<'a> {
    reporter: &'a mut dyn Reporter,
    out: &'a mut dyn Write,
    summary: Summary,
    baseline: Option<Baseline>,
    new_baseline: Option<BaselineWriter>,
    router: Option<Router>,
}

impl Sinks<'_> {
    fn document(
        &mut self,
        engine: &Engine,
        source: Source,
        text: String,
        mut report: DocReport,
        line: Option<Vec<u8>>,
    ) -> anyhow::Result<()> {
        if let Some(writer) = &mut self.new_baseline {
            writer.add(source.label(), &text, &report.flags);
        }
        if let Some(baseline) = &mut self.baseline {
            let flags = std::mem::take(&mut report.flags);
            let (kept, accepted) = baseline.accept(source.label(), &text, flags);
            self.summary.accepted += accepted;
            report = if accepted > 0 {
                engine.rescore(report, kept)
            } else {
                DocReport {
                    flags: kept,
                    ..report
                }
            };
        }
        self.summary.add(&report);
        self.reporter.document(self.out, &source, &text, &report)?;
        if let Some(router) = &mut self.router {
            router
                .document(&source, &text, line.as_deref(), &report)
                .context("writing --keep/--reject")?;
        }
        Ok(())
    }

    /// Ends the report and the files written beside it, and says what the baseline did.
    fn finish(self, write_baseline: Option<&Path>) -> anyhow::Result<Summary> {
        self.reporter.finish(self.out, &self.summary)?;
        if let Some(router) = self.router {
            router.finish().context("writing --keep/--reject")?;
        }
        if let Some(stale) = self.baseline.map(|b| b.unmatched()).filter(|&n| n > 0) {
            eprintln!(
                "textqc: note: {stale} finding{} of the baseline matched nothing (fixed, or the \
                 document is gone); --write-baseline records the current findings",
                if stale == 1 { "" } else { "s" }
            );
        }
        if let (Some(writer), Some(path)) = (self.new_baseline, write_baseline) {
            let n = writer.len();
            let write = || -> anyhow::Result<()> {
                let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
                writer.write(&mut file)?;
                file.flush()?;
                Ok(())
            };
            write().with_context(|| format!("writing the baseline {}", path.display()))?;
            eprintln!(
                "textqc: {n} finding{} recorded in {}",
                if n == 1 { "" } else { "s" },
                path.display()
            );
        }
        Ok(self.summary)
    }

    fn error(&mut self, e: &InputError, line: Option<&[u8]>) -> anyhow::Result<()> {
        self.summary.errors += 1;
        eprintln!("textqc: error: {}: {}", e.location, e.message);
        self.reporter.error(self.out, e)?;
        if let Some(router) = &mut self.router {
            router.error(e, line).context("writing --reject")?;
        }
        Ok(())
    }
}

fn emit(engine: &Engine, items: Vec<Item>, sinks: &mut Sinks) -> anyhow::Result<()> {
    let keep_lines = sinks.router.is_some();
    let outcomes: Vec<Outcome> = items
        .into_par_iter()
        .map(|item| check_item(engine, item, keep_lines))
        .collect();
    for o in outcomes {
        match o {
            Outcome::Checked(source, text, report, line) => {
                sinks.document(engine, source, text, *report, line)?
            }
            Outcome::Failed(e, line) => sinks.error(&e, line.as_deref())?,
        }
    }
    Ok(())
}

fn check_item(engine: &Engine, item: Item, keep_lines: bool) -> Outcome {
    match item {
        // A bug in a check must not take the run and the other records down with it: the
        // document is reported as an error, naming it, and the run goes on.
        Item::Bytes(source, bytes) => {
            match catch_unwind(AssertUnwindSafe(|| engine.check_bytes(&bytes))) {
                Ok((text, report)) => Outcome::Checked(source, text, Box::new(report), None),
                Err(_) => Outcome::Failed(internal_error(&source), None),
            }
        }
        Item::Text(source, text) => match catch_unwind(AssertUnwindSafe(|| engine.check(&text))) {
            Ok(report) => Outcome::Checked(source, text, Box::new(report), None),
            Err(_) => Outcome::Failed(internal_error(&source), None),
        },
        // Parsed here, on a worker, so that reading the input stays cheap.
        Item::Record(r) => {
            let outcome = check_item(engine, r.parse(), false);
            if !keep_lines {
                return outcome;
            }
            let line = Some(r.into_line());
            match outcome {
                Outcome::Checked(source, text, report, _) => {
                    Outcome::Checked(source, text, report, line)
                }
                Outcome::Failed(e, _) => Outcome::Failed(e, line),
            }
        }
        Item::Error(e) => Outcome::Failed(e, None),
    }
}

fn internal_error(source: &Source) -> InputError {
    InputError::new(
        source.label(),
        "internal error while checking this document (please report it); the run goes on",
    )
}
