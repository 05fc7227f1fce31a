//! Reporters: one per output format, all fed the same documents in input order. They write to
//! whatever `io::Write` the binary gives them; the library itself never prints.

mod github;
mod html;
mod human;
mod json;
mod sarif;

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::check::Category;
use crate::engine::{DocReport, Verdict};
use crate::text::LineIndex;

pub use github::Github;
pub use html::Html;
pub use human::{Detail, Human};
pub use json::{Json, JsonLines};
pub use sarif::Sarif;

/// Where a document came from: a file path or a JSONL record id.
#[derive(Debug, Clone)]
pub enum Source {
    Path(String),
    Id(String),
}

impl Source {
    pub fn label(&self) -> &str {
        match self {
            Source::Path(p) | Source::Id(p) => p,
        }
    }
}

/// An input that could not be checked (unreadable file, invalid JSON record).
#[derive(Debug, Clone)]
pub struct InputError {
    /// File path, or `file:line` for a record.
    pub location: String,
    pub message: String,
    /// The file and line of a record, kept apart so that no reader has to split `location`
    /// (a file may be named "notes:12").
    pub record: Option<(String, usize)>,
}

impl InputError {
    /// An error about a whole input: a file, a directory or a document.
    pub fn new(location: impl Into<String>, message: impl Into<String>) -> InputError {
        InputError {
            location: location.into(),
            message: message.into(),
            record: None,
        }
    }

    /// An error about the record on line `line` (1-based) of `file`.
    pub fn at_record(file: &str, line: usize, message: impl Into<String>) -> InputError {
        InputError {
            location: format!("{file}:{line}"),
            message: message.into(),
            record: Some((file.to_string(), line)),
        }
    }
}

/// Totals over a run.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub documents: usize,
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
    pub flags: usize,
    pub by_category: [usize; 6],
    /// Flags per rule, so that a corpus run shows which rules reject most.
    pub by_rule: BTreeMap<&'static str, usize>,
    pub words: usize,
    /// Flags a baseline accepted: neither reported nor counted above.
    pub accepted: usize,
}

impl Summary {
    pub fn add(&mut self, report: &DocReport) {
        self.documents += 1;
        match report.verdict {
            Verdict::Pass => self.passed += 1,
            Verdict::Fail => self.failed += 1,
        }
        self.flags += report.flags.len();
        self.words += report.words;
        for f in &report.flags {
            self.by_category[Category::ALL
                .iter()
                .position(|c| *c == f.category)
                .unwrap_or(0)] += 1;
            *self.by_rule.entry(f.rule).or_default() += 1;
        }
    }

    pub fn to_json(&self) -> Value {
        let cats: Map<String, Value> = Category::ALL
            .iter()
            .zip(self.by_category)
            .map(|(c, n)| (c.name().to_string(), json!(n)))
            .collect();
        json!({
            "documents": self.documents,
            "passed": self.passed,
            "failed": self.failed,
            "errors": self.errors,
            "flags": self.flags,
            "flags_by_category": cats,
            "flags_by_rule": self.by_rule,
            "words": self.words,
            "baseline_accepted": self.accepted,
        })
    }
}

pub trait Reporter {
    fn document(
        &mut self,
        w: &mut dyn Write,
        source: &Source,
        text: &str,
        report: &DocReport,
    ) -> io::Result<()>;
    fn error(&mut self, w: &mut dyn Write, error: &InputError) -> io::Result<()>;
    fn finish(&mut self, w: &mut dyn Write, summary: &Summary) -> io::Result<()>;
}

/// One flag of the output contract.
#[derive(Serialize)]
pub struct FlagOut<'a> {
    pub rule: &'a str,
    pub category: &'a str,
    pub severity: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: &'a str,
    pub cost: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<&'a str>,
}

/// The DOC object of the output contract, serialised without building a JSON tree.
#[derive(Serialize)]
pub struct DocOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    pub score: f64,
    pub verdict: &'a str,
    pub risk: &'a crate::score::Risk,
    pub words: usize,
    pub stats: &'a crate::engine::Stats,
    pub flags: Vec<FlagOut<'a>>,
}

impl<'a> DocOut<'a> {
    pub fn new(source: &'a Source, text: &str, report: &'a DocReport) -> DocOut<'a> {
        let index = LineIndex::new(text);
        let flags = report
            .flags
            .iter()
            .zip(&report.costs)
            .map(|(f, cost)| {
                let (line, column) = index.line_col(text, f.span.start);
                let (end_line, end_column) = index.line_col(text, f.span.end);
                FlagOut {
                    rule: f.rule,
                    category: f.category.name(),
                    severity: f.severity.name(),
                    start: f.span.start,
                    end: f.span.end,
                    line,
                    column,
                    end_line,
                    end_column,
                    message: &f.message,
                    cost: *cost,
                    fix: f.fix.as_deref(),
                }
            })
            .collect();
        let (path, id) = match source {
            Source::Path(p) => (Some(p.as_str()), None),
            Source::Id(i) => (None, Some(i.as_str())),
        };
        DocOut {
            path,
            id,
            score: report.score,
            verdict: report.verdict.name(),
            risk: &report.risk,
            words: report.words,
            stats: &report.stats,
            flags,
        }
    }
}

/// The byte range `start..end` of `text` widened to whole characters where an end falls inside
/// one, and kept within the text, so that a report can slice the text with it.
fn char_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut start = start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
}

/// The DOC object as a JSON value.
pub fn doc_json(source: &Source, text: &str, report: &DocReport) -> Value {
    serde_json::to_value(DocOut::new(source, text, report)).unwrap_or(Value::Null)
}

pub fn error_json(error: &InputError) -> Value {
    json!({"source": error.location, "error": error.message})
}
