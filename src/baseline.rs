//! A baseline of accepted findings, so that a CI gate brought to an existing set of documents
//! fails on new damage only, the way PHPStan's and SwiftLint's baselines work.
//!
//! A finding is remembered by its document, its rule and the text it flags, with a count, not by
//! its offsets: an edit elsewhere in the document moves every offset after it, and an accepted
//! finding must not come back because a paragraph above it grew. The count keeps a new copy of
//! an accepted finding ("the the" accepted once, now written twice) from hiding behind the old
//! one. Entries that match nothing any more are counted, so a run can say the baseline is stale.

use std::collections::BTreeMap;
use std::io::{self, Read, Write};

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::check::Flag;

/// The version of the baseline file format.
const FORMAT_VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("cannot read the baseline: {0}")]
    Io(#[from] io::Error),
    #[error("invalid baseline: {0}")]
    Json(#[from] serde_json::Error),
    #[error(
        "baseline format version {0} is not supported (this textqc reads version {FORMAT_VERSION})"
    )]
    Version(u32),
}

/// The file: `{"version": 1, "findings": [{"source", "rule", "text", "count"}, ...]}`, sorted so
/// that a rewritten baseline diffs cleanly in review.
#[derive(Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    /// The file path as given on the command line, or the JSONL record id.
    source: String,
    rule: String,
    /// The flagged text.
    text: String,
    count: u32,
}

/// A finding's identity within one document.
type Finding = (String, String);

/// The accepted findings of a baseline file, consumed as documents are checked.
#[derive(Default)]
pub struct Baseline {
    by_source: FxHashMap<String, FxHashMap<Finding, u32>>,
}

impl Baseline {
    pub fn load(reader: impl Read) -> Result<Baseline, BaselineError> {
        let file: BaselineFile = serde_json::from_reader(io::BufReader::new(reader))?;
        if file.version != FORMAT_VERSION {
            return Err(BaselineError::Version(file.version));
        }
        let mut baseline = Baseline::default();
        for e in file.findings {
            *baseline
                .by_source
                .entry(normalise_source(&e.source))
                .or_default()
                .entry((e.rule, e.text))
                .or_default() += e.count;
        }
        Ok(baseline)
    }

    /// Splits the flags of the document `source` (whose text is `text`) into those the baseline
    /// does not accept, returned, and the number it accepts, each use taking one from the count.
    pub fn accept(&mut self, source: &str, text: &str, flags: Vec<Flag>) -> (Vec<Flag>, usize) {
        let Some(accepted) = self.by_source.get_mut(&normalise_source(source)) else {
            return (flags, 0);
        };
        let before = flags.len();
        let kept: Vec<Flag> = flags
            .into_iter()
            .filter(|f| {
                let key = (f.rule.to_string(), flagged_text(text, f).to_string());
                match accepted.get_mut(&key) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        false
                    }
                    _ => true,
                }
            })
            .collect();
        let n = before - kept.len();
        (kept, n)
    }

    /// Accepted findings that no document has matched so far: fixed, or their document gone.
    pub fn unmatched(&self) -> u64 {
        self.by_source
            .values()
            .flat_map(|m| m.values())
            .map(|&n| u64::from(n))
            .sum()
    }
}

/// Collects the findings of a run into a baseline file.
#[derive(Default)]
pub struct BaselineWriter {
    counts: BTreeMap<(String, String, String), u32>,
}

impl BaselineWriter {
    pub fn add(&mut self, source: &str, text: &str, flags: &[Flag]) {
        let source = normalise_source(source);
        for f in flags {
            *self
                .counts
                .entry((
                    source.clone(),
                    f.rule.to_string(),
                    flagged_text(text, f).to_string(),
                ))
                .or_default() += 1;
        }
    }

    /// The number of findings collected.
    pub fn len(&self) -> u64 {
        self.counts.values().map(|&n| u64::from(n)).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    pub fn write(self, w: &mut impl Write) -> Result<(), BaselineError> {
        let file = BaselineFile {
            version: FORMAT_VERSION,
            findings: self
                .counts
                .into_iter()
                .map(|((source, rule, text), count)| Entry {
                    source,
                    rule,
                    text,
                    count,
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *w, &file)?;
        writeln!(w)?;
        Ok(())
    }
}

fn flagged_text<'t>(text: &'t str, flag: &Flag) -> &'t str {
    text.get(flag.span.start..flag.span.end).unwrap_or("")
}

/// The same file named the same way whatever the platform or the leading "./": a baseline
/// written on one machine is read on another.
fn normalise_source(source: &str) -> String {
    let s = source.replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Severity;
    use crate::text::Span;

    fn flag(rule: &'static str, start: usize, end: usize) -> Flag {
        Flag::new(rule, Severity::Warning, Span::new(start, end), "m")
    }

    fn round_trip(source: &str, text: &str, flags: &[Flag]) -> Baseline {
        let mut w = BaselineWriter::default();
        w.add(source, text, flags);
        let mut buf = Vec::new();
        w.write(&mut buf).unwrap();
        Baseline::load(buf.as_slice()).unwrap()
    }

    #[test]
    fn accepts_a_finding_after_its_offsets_moved() {
        let old = "He said the the talks went well.";
        let mut baseline = round_trip(
            "./docs/a.txt",
            old,
            &[flag("repetition/doubled-word", 8, 15)],
        );
        let new = "Earlier today, he said the the talks went well.";
        let (kept, accepted) = baseline.accept(
            "docs/a.txt",
            new,
            vec![flag("repetition/doubled-word", 23, 30)],
        );
        assert!(kept.is_empty());
        assert_eq!(accepted, 1);
        assert_eq!(baseline.unmatched(), 0);
    }

    #[test]
    fn a_new_copy_of_an_accepted_finding_is_reported() {
        let text = "the the one, then the the other";
        let mut baseline = round_trip("a", text, &[flag("repetition/doubled-word", 0, 7)]);
        let flags = vec![
            flag("repetition/doubled-word", 0, 7),
            flag("repetition/doubled-word", 18, 25),
        ];
        let (kept, accepted) = baseline.accept("a", text, flags);
        assert_eq!((kept.len(), accepted), (1, 1));
        assert_eq!(kept[0].span.start, 18);
    }

    #[test]
    fn other_documents_and_rules_are_not_accepted() {
        let text = "the the";
        let mut baseline = round_trip("a", text, &[flag("repetition/doubled-word", 0, 7)]);
        let (kept, _) = baseline.accept("b", text, vec![flag("repetition/doubled-word", 0, 7)]);
        assert_eq!(kept.len(), 1);
        let (kept, _) = baseline.accept("a", text, vec![flag("mt/fused-sentence", 0, 7)]);
        assert_eq!(kept.len(), 1);
        assert_eq!(baseline.unmatched(), 1);
    }

    #[test]
    fn rejects_another_format_version() {
        let err = Baseline::load(r#"{"version": 9, "findings": []}"#.as_bytes()).err();
        assert!(matches!(err, Some(BaselineError::Version(9))));
    }
}
