//! Dumps the boilerplate line classifier's signals, for `scripts/fit-boilerplate.py`.
//!
//! Reads JSONL records `{"id", "text"}` on stdin and writes one JSON object per record:
//! `{"id", "lines": [[start, end, [signals...]], ...]}`, one entry per non-blank line. With
//! `--names` it prints the signal names instead; with `--probs`, each line's verdict, for reading.

use std::io::{self, BufRead, Write};

use textqc::check::Context;
use textqc::checks::evidence::Evidence;
use textqc::checks::page_lines::{features, FEATURES};
use textqc::lexicon::Lexicon;
use textqc::Document;

fn main() -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if std::env::args().any(|a| a == "--names") {
        let names: Vec<&str> = FEATURES.iter().map(|(n, _)| *n).collect();
        serde_json::to_writer(&mut out, &names)?;
        writeln!(out)?;
        return Ok(());
    }
    for line in io::stdin().lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: serde_json::Value = serde_json::from_str(&line)?;
        let text = rec["text"].as_str().unwrap_or_default();
        let doc = Document::new(text);
        let evidence = Evidence::new(&doc, Lexicon::embedded());
        let cx = Context {
            doc: &doc,
            lexicon: Lexicon::embedded(),
            evidence: &evidence,
            invalid_utf8: &[],
            corpus: None,
            page_lines: Default::default(),
            repetition: Default::default(),
            languages: Default::default(),
        };
        if std::env::args().any(|a| a == "--probs") {
            let pl = cx.page_lines();
            for (p, v) in doc.paragraphs.iter().zip(&pl.verdicts) {
                let mark = if v.prob >= pl.threshold {
                    "FLAG"
                } else {
                    "    "
                };
                let line = p.span.text(text);
                let cut = line.char_indices().nth(100).map_or(line.len(), |(i, _)| i);
                writeln!(
                    out,
                    "{mark} {:.2} {:?} {:<22} | {}",
                    v.prob,
                    v.reason,
                    v.top_signal,
                    &line[..cut]
                )?;
            }
            writeln!(out)?;
            continue;
        }
        let feats = features(&cx);
        let lines: Vec<serde_json::Value> = doc
            .paragraphs
            .iter()
            .zip(&feats)
            .map(|(p, f)| serde_json::json!([p.span.start, p.span.end, f.to_vec()]))
            .collect();
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({"id": rec["id"], "lines": lines}),
        )?;
        writeln!(out)?;
    }
    Ok(())
}
