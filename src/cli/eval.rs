//! `textqc eval`: runs the detector over labelled records and prints how well its flags match.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;
use rayon::prelude::*;
use textqc::config::Settings;
use textqc::eval::{
    CategoryMap, Evaluation, FileReport, GoldOptions, GoldRecord, Prf, SegmentGold,
};
use textqc::{Category, Engine};

#[derive(Args)]
pub struct EvalArgs {
    /// Labelled JSONL files (the format of ../shared/data/dev).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = EvalFormat::Human)]
    format: EvalFormat,
    #[arg(long, default_value = "id")]
    id_field: String,
    #[arg(long, default_value = "text")]
    text_field: String,
    /// A document-level quality number, higher is worse (e.g. mqm_score, mqm_fluency_score).
    #[arg(long)]
    doc_score_field: Option<String>,
    /// Records with the same value of this field are ranked against each other.
    #[arg(long, default_value = "doc")]
    group_field: String,
    /// A boolean field marking records whose text is clean apart from labelled spans.
    #[arg(long, default_value = "is_reference")]
    clean_field: String,
    /// The quality number is higher-is-better (chrF): rank against its negation.
    #[arg(long)]
    higher_is_better: bool,
    /// The quality number of clean records that have none (e.g. 100 for a reference's chrF).
    #[arg(long)]
    clean_doc_score: Option<f64>,
    /// Segment-level numeric labels: FIELD holding [start, end] pairs.
    #[arg(long)]
    segments_field: Option<String>,
    /// The per-segment number (e.g. seg_chrf); segments below --segment-below are damaged.
    #[arg(long, default_value = "seg_chrf")]
    segment_score_field: String,
    #[arg(long, default_value_t = 25.0)]
    segment_below: f64,
    #[arg(long, default_value_t = 8)]
    segment_min_words: usize,
    /// The risk ranked against --doc-score-field: a category, or `score` for 100 − score.
    #[arg(long, default_value = "mt")]
    risk: String,
    /// Map a gold label to textqc categories: PATTERN=CAT[,CAT] (PATTERN may end in /*).
    #[arg(long = "map", value_name = "PATTERN=CATS")]
    maps: Vec<String>,
    /// Print the document gate's precision and recall at every score threshold.
    #[arg(long)]
    sweep: bool,
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum EvalFormat {
    Human,
    Json,
}

const BATCH: usize = 256;

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let settings = Settings {
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        ..Settings::default()
    };
    let engine = Engine::new(settings)?;
    let mut map = CategoryMap::default();
    for m in &args.maps {
        map.set(m).map_err(anyhow::Error::msg)?;
    }
    let risk = match args.risk.as_str() {
        "score" => None,
        name => Some(
            Category::from_name(name)
                .with_context(|| format!("--risk: unknown category '{name}'"))?,
        ),
    };
    let opts = GoldOptions {
        id_field: args.id_field.clone(),
        text_field: args.text_field.clone(),
        doc_score_field: args.doc_score_field.clone(),
        group_field: args.group_field.clone(),
        clean_field: args.clean_field.clone(),
        higher_is_better: args.higher_is_better,
        clean_doc_score: args.clean_doc_score,
        segments: args.segments_field.as_ref().map(|f| SegmentGold {
            spans_field: f.clone(),
            score_field: args.segment_score_field.clone(),
            below: args.segment_below,
            min_words: args.segment_min_words,
        }),
        ..GoldOptions::default()
    };
    let mut errors = 0;
    let mut reports = Vec::new();
    for path in &args.files {
        let name = path.display().to_string();
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("textqc: error: {name}: {e}");
                errors += 1;
                continue;
            }
        };
        let mut eval = Evaluation::new(&name, map.clone(), risk);
        let mut lines = BufReader::new(file).lines().enumerate();
        loop {
            let mut batch = Vec::with_capacity(BATCH);
            for (no, line) in lines.by_ref() {
                let parsed = line
                    .map_err(|e| e.to_string())
                    .and_then(|l| {
                        if l.trim().is_empty() {
                            Err(String::new())
                        } else {
                            serde_json::from_str(&l).map_err(|e| format!("invalid JSON: {e}"))
                        }
                    })
                    .and_then(|v| GoldRecord::parse(&v, &opts));
                match parsed {
                    Ok(rec) => batch.push(rec),
                    Err(e) if e.is_empty() => {}
                    Err(e) => {
                        eprintln!("textqc: error: {name}:{}: {e}", no + 1);
                        errors += 1;
                    }
                }
                if batch.len() == BATCH {
                    break;
                }
            }
            if batch.is_empty() {
                break;
            }
            let checked: Vec<_> = batch
                .par_iter()
                .map(|rec| engine.check(&rec.text))
                .collect();
            for (rec, report) in batch.iter().zip(&checked) {
                eval.add(rec, report);
            }
        }
        reports.push(eval.finish());
    }
    let mut out = std::io::stdout().lock();
    match args.format {
        EvalFormat::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &serde_json::json!({"version": 1, "files": reports}),
            )?;
            writeln!(out)?;
        }
        EvalFormat::Human => {
            for r in &reports {
                render(&mut out, r, &args)?;
            }
        }
    }
    Ok(if errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

fn prf_row(out: &mut dyn Write, name: &str, p: &Prf) -> std::io::Result<()> {
    writeln!(
        out,
        "  {name:<34} {:>6} {:>9} {:>6} {:>7} {:>6}",
        p.flags,
        pct(p.precision()),
        p.gold,
        pct(p.recall()),
        pct(p.f1())
    )
}

fn render(out: &mut dyn Write, r: &FileReport, args: &EvalArgs) -> std::io::Result<()> {
    writeln!(
        out,
        "== {}: {} records, {} words",
        r.name, r.records, r.words
    )?;
    // Span precision means nothing for records labelled only by line: show flag counts there.
    let span_labelled = r.overall.gold > 0 || r.lines.is_none();
    if span_labelled {
        writeln!(
            out,
            "  {:<34} {:>6} {:>9} {:>6} {:>7} {:>6}",
            "category", "flags", "precision", "gold", "recall", "F1"
        )?;
        for (c, p) in &r.by_category {
            prf_row(out, c.name(), p)?;
        }
        prf_row(out, "all", &r.overall)?;
    } else {
        let counts: Vec<String> = r
            .by_category
            .iter()
            .map(|(c, p)| format!("{} {}", c.name(), p.flags))
            .collect();
        writeln!(out, "  flags: {}", counts.join(", "))?;
    }
    if !r.by_label.is_empty() {
        writeln!(out, "  {:<34} {:>6} {:>7}", "gold label", "gold", "recall")?;
        for (label, p) in &r.by_label {
            writeln!(out, "  {label:<34} {:>6} {:>7}", p.gold, pct(p.recall()))?;
        }
    }
    if !r.rules.is_empty() {
        writeln!(
            out,
            "  {:<34} {:>6} {:>9} {:>11}",
            "rule", "flags", "precision", "clean-false"
        )?;
        for row in &r.rules {
            let p = (span_labelled && row.flags > 0)
                .then(|| row.flags_correct as f64 / row.flags as f64);
            writeln!(
                out,
                "  {:<34} {:>6} {:>9} {:>11}",
                row.rule,
                row.flags,
                pct(p),
                row.clean_false
            )?;
        }
    }
    if let Some(l) = &r.lines {
        writeln!(
            out,
            "  lines: precision {} recall {} F1 {} ({} boilerplate lines, {} flagged)",
            pct(l.precision()),
            pct(l.recall()),
            pct(l.f1()),
            l.gold,
            l.flags
        )?;
    }
    if let (Some((tau, groups)), Some(field)) = (r.kendall, &args.doc_score_field) {
        writeln!(
            out,
            "  kendall tau, risk.{} vs {field}: {tau:.3} (mean over {groups} groups)",
            args.risk
        )?;
    }
    if let Some(f) = r.clean_false_per_kword {
        writeln!(
            out,
            "  clean records: {f:.3} false flags per 1000 words ({} words)",
            r.clean_words
        )?;
    }
    if args.sweep {
        writeln!(
            out,
            "  gate sweep ({} of {} documents damaged): reject when score < threshold",
            r.damaged_documents, r.records
        )?;
        writeln!(
            out,
            "  {:>9} {:>8} {:>9} {:>7}",
            "threshold", "rejected", "precision", "recall"
        )?;
        for s in &r.sweep {
            writeln!(
                out,
                "  {:>9} {:>8} {:>9} {:>7}",
                s.threshold,
                s.rejected,
                pct(s.precision),
                pct(s.recall)
            )?;
        }
    }
    writeln!(out)
}
