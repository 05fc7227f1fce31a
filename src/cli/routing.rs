//! `--keep` and `--reject`: a corpus cleaner wants the records themselves split in two, the
//! passing ones written on for ingestion and the failing ones set aside with their reasons, as
//! datatrove's filters hand excluded documents to a writer of their own. Every input lands in
//! exactly one of the two files, an unreadable one too, so that the counts add up to the input's.
//!
//! A JSONL record is written back byte for byte as it was read: its other fields (often large
//! metadata) are never parsed, and a rejected record gets one more field, `textqc`, spliced in
//! before its closing brace. A file given as text becomes a record `{"path", "text"}`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Context as _;
use serde::Serialize;
use textqc::report::{InputError, Source};
use textqc::DocReport;

/// The field added to a rejected record.
const FIELD: &str = "textqc";

pub struct Router {
    keep: Option<BufWriter<File>>,
    reject: Option<BufWriter<File>>,
}

/// Why a document was rejected: its score and each rule that cost it points.
#[derive(Serialize)]
struct Verdict<'a> {
    score: f64,
    verdict: &'a str,
    reasons: Vec<Reason<'a>>,
}

#[derive(Serialize)]
struct Reason<'a> {
    rule: &'a str,
    category: &'a str,
    count: usize,
    cost: f64,
    /// The message of the rule's first flag.
    message: &'a str,
}

#[derive(Serialize)]
struct Unreadable<'a> {
    source: &'a str,
    verdict: &'a str,
    error: &'a str,
}

impl Router {
    /// `None` when neither file is asked for.
    pub fn open(keep: Option<&Path>, reject: Option<&Path>) -> anyhow::Result<Option<Router>> {
        let create = |path: Option<&Path>| -> anyhow::Result<Option<BufWriter<File>>> {
            path.map(|p| {
                File::create(p)
                    .map(|f| BufWriter::with_capacity(1 << 16, f))
                    .with_context(|| format!("creating {}", p.display()))
            })
            .transpose()
        };
        let router = Router {
            keep: create(keep)?,
            reject: create(reject)?,
        };
        Ok((router.keep.is_some() || router.reject.is_some()).then_some(router))
    }

    /// Writes a checked document to the file its verdict sends it to. `line` is the JSONL line it
    /// was read from, if it was a record.
    pub fn document(
        &mut self,
        source: &Source,
        text: &str,
        line: Option<&[u8]>,
        report: &DocReport,
    ) -> io::Result<()> {
        let passed = report.verdict == textqc::engine::Verdict::Pass;
        let Some(out) = (if passed {
            self.keep.as_mut()
        } else {
            self.reject.as_mut()
        }) else {
            return Ok(());
        };
        let verdict = (!passed).then(|| verdict(report));
        match line {
            Some(line) => write_record(out, line, verdict.as_ref()),
            None => {
                #[derive(Serialize)]
                struct FileRecord<'a> {
                    path: &'a str,
                    text: &'a str,
                    #[serde(skip_serializing_if = "Option::is_none")]
                    textqc: Option<&'a Verdict<'a>>,
                }
                serde_json::to_writer(
                    &mut *out,
                    &FileRecord {
                        path: source.label(),
                        text,
                        textqc: verdict.as_ref(),
                    },
                )?;
                out.write_all(b"\n")
            }
        }
    }

    /// Writes an input that could not be checked to the reject file: the line as text when there
    /// was one, since it may not be JSON at all.
    pub fn error(&mut self, error: &InputError, line: Option<&[u8]>) -> io::Result<()> {
        let Some(out) = self.reject.as_mut() else {
            return Ok(());
        };
        #[derive(Serialize)]
        struct ErrorRecord<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            line: Option<std::borrow::Cow<'a, str>>,
            textqc: Unreadable<'a>,
        }
        serde_json::to_writer(
            &mut *out,
            &ErrorRecord {
                line: line.map(|l| String::from_utf8_lossy(l.trim_ascii_end())),
                textqc: Unreadable {
                    source: &error.location,
                    verdict: "error",
                    error: &error.message,
                },
            },
        )?;
        out.write_all(b"\n")
    }

    pub fn finish(self) -> io::Result<()> {
        for mut out in [self.keep, self.reject].into_iter().flatten() {
            out.flush()?;
        }
        Ok(())
    }
}

fn verdict(report: &DocReport) -> Verdict<'_> {
    let mut reasons: Vec<Reason> = Vec::new();
    for (f, &cost) in report.flags.iter().zip(&report.costs) {
        match reasons.iter_mut().find(|r| r.rule == f.rule) {
            Some(r) => {
                r.count += 1;
                r.cost += cost;
            }
            None => reasons.push(Reason {
                rule: f.rule,
                category: f.category.name(),
                count: 1,
                cost,
                message: &f.message,
            }),
        }
    }
    for r in &mut reasons {
        r.cost = (r.cost * 10.0).round() / 10.0;
    }
    reasons.sort_by(|a, b| b.cost.total_cmp(&a.cost).then(a.rule.cmp(b.rule)));
    Verdict {
        score: report.score,
        verdict: report.verdict.name(),
        reasons,
    }
}

/// The record as read, with the verdict spliced in before its closing brace when there is one.
/// The line parsed as a JSON object, so it ends in `}` once its trailing whitespace is cut.
fn write_record(out: &mut impl Write, line: &[u8], verdict: Option<&Verdict>) -> io::Result<()> {
    let object = line.trim_ascii_end();
    let Some(verdict) = verdict else {
        out.write_all(object)?;
        return out.write_all(b"\n");
    };
    let Some(open) = object.strip_suffix(b"}") else {
        return Err(io::Error::other(
            "a record that parsed is not a JSON object",
        ));
    };
    out.write_all(open)?;
    if !open.trim_ascii().ends_with(b"{") {
        out.write_all(b",")?;
    }
    write!(out, "\"{FIELD}\":")?;
    serde_json::to_writer(&mut *out, verdict)?;
    out.write_all(b"}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spliced(line: &str) -> String {
        let v = Verdict {
            score: 12.5,
            verdict: "fail",
            reasons: vec![],
        };
        let mut out = Vec::new();
        write_record(&mut out, line.as_bytes(), Some(&v)).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn splices_the_verdict_into_the_record() {
        let out = spliced("{\"id\": 1, \"text\": \"x\", \"meta\": {\"a\": [1]}}\r\n");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["meta"]["a"][0], 1);
        assert_eq!(v["textqc"]["score"], 12.5);
        assert!(out.ends_with("}\n"));
    }

    #[test]
    fn splices_into_an_empty_object() {
        let v: serde_json::Value = serde_json::from_str(&spliced("{ }\n")).unwrap();
        assert_eq!(v["textqc"]["verdict"], "fail");
    }
}
