//! `--format sarif`: SARIF 2.1.0, the format CI gates and GitHub code scanning read.
//!
//! A SARIF log is a single JSON object, but a corpus can yield millions of flags, so the object is
//! written as the run goes: the tool and its rules first, then each result as its document is
//! checked. Only what SARIF places after the results is kept until the end: the input errors and
//! one compact line per document (score, verdict, risk), never the texts.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::{char_span, DocOut, FlagOut, InputError, Reporter, Source, Summary};
use crate::check::{Category, Severity};
use crate::engine::{DocReport, RuleInfo};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Characters either side of a flag that its fingerprint takes in.
const FINGERPRINT_CONTEXT: usize = 20;

/// Snippets are the flagged text itself; a flag over a longer stretch (a repeated paragraph, a
/// foreign-language passage) gets its region without one, to keep the log small.
const MAX_SNIPPET_BYTES: usize = 1024;

pub struct Sarif {
    /// Described once, at the head of the log.
    rules: Vec<RuleInfo>,
    rule_index: HashMap<&'static str, usize>,
    started: bool,
    results_written: usize,
    documents: JsonArray,
    notifications: JsonArray,
}

// The SARIF objects textqc writes, with the properties it fills, in a fixed order that reads well
// (`ruleId` first; a `serde_json::Value` would sort them alphabetically).

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'a str,
    version: &'a str,
    semantic_version: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    information_uri: &'a str,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    name: String,
    short_description: Text<'a>,
    full_description: Text<'a>,
    help: Help<'a>,
    default_configuration: Configuration,
    properties: RuleProperties<'a>,
}

#[derive(Serialize)]
struct Help<'a> {
    text: &'a str,
    markdown: &'a str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties<'a> {
    tags: [&'a str; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text<'a>,
    locations: [Location<'a>; 1],
    partial_fingerprints: Fingerprints,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix<'a>>,
    properties: ResultProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region<'a>>,
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: &'a str,
}

/// A range of the text by line and column (characters, 1-based, end exclusive) and by bytes.
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_offset: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text<'a>>,
}

/// textqc's own fingerprint; the suffix is bumped whenever what is hashed changes, so that old
/// and new fingerprints are never compared.
#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "textqcContextHash/v1")]
    context_hash: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix<'a> {
    description: Text<'a>,
    artifact_changes: [ArtifactChange<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange<'a> {
    artifact_location: ArtifactLocation<'a>,
    replacements: [Replacement<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: Region<'a>,
    inserted_content: Text<'a>,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    category: &'a str,
    cost: f64,
}

#[derive(Serialize)]
struct Notification<'a> {
    level: &'static str,
    message: Text<'a>,
    locations: [Location<'a>; 1],
}

impl Sarif {
    /// A reporter describing `rules` (every rule the engine has) in the log's rule table.
    pub fn new(rules: Vec<RuleInfo>) -> Sarif {
        let rule_index = rules.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        Sarif {
            rules,
            rule_index,
            started: false,
            results_written: 0,
            documents: JsonArray::default(),
            notifications: JsonArray::default(),
        }
    }

    /// Writes everything before the first result, once.
    fn start(&mut self, w: &mut dyn Write) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let rules = std::mem::take(&mut self.rules);
        let descriptions: Vec<String> =
            rules.iter().map(|r| what_it_does(&r.explanation)).collect();
        let driver = Driver {
            name: "textqc",
            version: env!("CARGO_PKG_VERSION"),
            semantic_version: env!("CARGO_PKG_VERSION"),
            information_uri: env!("CARGO_PKG_REPOSITORY"),
            rules: rules
                .iter()
                .zip(&descriptions)
                .map(|(r, description)| Rule {
                    id: r.id,
                    name: pascal_case(r.id),
                    short_description: Text { text: &r.summary },
                    full_description: Text { text: description },
                    help: Help {
                        text: &r.explanation,
                        markdown: &r.explanation,
                    },
                    // A built-in check chooses the severity of each flag; warning is its usual one.
                    default_configuration: Configuration {
                        level: level(r.severity.unwrap_or_default()),
                    },
                    properties: RuleProperties {
                        tags: [r.id.split('/').next().unwrap_or_default()],
                    },
                })
                .collect(),
        };
        write!(
            w,
            "{{\"$schema\":\"{SCHEMA}\",\"version\":\"2.1.0\",\"runs\":[{{\"tool\":{{\"driver\":"
        )?;
        serde_json::to_writer(&mut *w, &driver)?;
        write!(
            w,
            "}},\n\"columnKind\":\"unicodeCodePoints\",\n\"results\":["
        )
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `mt/fused-sentence` as `MtFusedSentence`: SARIF wants a rule name that reads as an identifier.
fn pascal_case(id: &str) -> String {
    id.split(['/', '-'])
        .flat_map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect()
}

/// The first section of a rule's explanation, without its heading, as one paragraph.
fn what_it_does(explanation: &str) -> String {
    explanation
        .lines()
        .skip_while(|l| l.starts_with("## ") || l.trim().is_empty())
        .take_while(|l| !l.starts_with("## "))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A path or record id as a SARIF `uri`: a relative reference with every byte that a URI cannot
/// hold percent-encoded (a colon too, which would otherwise read as a scheme).
fn uri(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for b in label.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// FNV-1a: a hash whose value is fixed by its definition, so fingerprints stay the same across
/// builds, platforms and Rust versions (the standard library promises no such thing).
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }

    /// Hashes `s` with every run of whitespace inside it as one space and none at its ends, so
    /// that re-wrapping or re-indenting the text around a finding does not make it a new one; then
    /// a separator.
    fn text(&mut self, s: &str) {
        for (k, word) in s.split_whitespace().enumerate() {
            if k > 0 {
                self.byte(b' ');
            }
            for &b in word.as_bytes() {
                self.byte(b);
            }
        }
        self.byte(0);
    }
}

/// Identifies a finding by its rule, the flagged text and a little text either side, not by its
/// position, so it is recognised after edits elsewhere move it.
fn fingerprint(rule: &str, text: &str, start: usize, end: usize) -> u64 {
    let mut hash = Fnv::new();
    hash.text(rule);
    hash.text(&text[context_start(text, start)..start]);
    hash.text(&text[start..end]);
    hash.text(&text[end..context_end(text, end)]);
    hash.0
}

/// Where the context before `at` starts: [`FINGERPRINT_CONTEXT`] characters back, whitespace not
/// counted, so that re-spacing does not shift the window.
fn context_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .filter(|(_, c)| !c.is_whitespace())
        .nth(FINGERPRINT_CONTEXT - 1)
        .map_or(0, |(i, _)| i)
}

/// Where the context after `at` ends, counted as in [`context_start`].
fn context_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .nth(FINGERPRINT_CONTEXT)
        .map_or(text.len(), |(i, _)| at + i)
}

fn region(flag: &FlagOut) -> Region<'static> {
    Region {
        start_line: flag.line,
        start_column: Some(flag.column),
        end_line: Some(flag.end_line),
        end_column: Some(flag.end_column),
        byte_offset: Some(flag.start),
        byte_length: Some(flag.end - flag.start),
        snippet: None,
    }
}

/// The one line per document kept for the run's properties: enough to rank documents, with the
/// risks that are not zero.
#[derive(Serialize)]
struct DocumentLine<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    score: f64,
    verdict: &'a str,
    flags: usize,
    risk: Map<String, Value>,
}

impl Reporter for Sarif {
    fn document(
        &mut self,
        w: &mut dyn Write,
        source: &Source,
        text: &str,
        report: &DocReport,
    ) -> io::Result<()> {
        self.start(w)?;
        let doc = DocOut::new(source, text, report);
        let artifact = uri(source.label());
        let mut occurrences: HashMap<u64, usize> = HashMap::new();
        for (flag, original) in doc.flags.iter().zip(&report.flags) {
            let (start, end) = char_span(text, flag.start, flag.end);
            let hash = fingerprint(flag.rule, text, start, end);
            // Identical findings in identical context are told apart by their order.
            let seen = occurrences.entry(hash).or_default();
            *seen += 1;
            let description = flag.fix.map(|fix| format!("Replace with '{fix}'"));
            let fixes = match (flag.fix, &description) {
                (Some(fix), Some(description)) => vec![Fix {
                    description: Text { text: description },
                    artifact_changes: [ArtifactChange {
                        artifact_location: ArtifactLocation { uri: &artifact },
                        replacements: [Replacement {
                            deleted_region: region(flag),
                            inserted_content: Text { text: fix },
                        }],
                    }],
                }],
                _ => Vec::new(),
            };
            let snippet = (end - start <= MAX_SNIPPET_BYTES).then(|| Text {
                text: &text[start..end],
            });
            let result = SarifResult {
                rule_id: flag.rule,
                rule_index: self.rule_index.get(flag.rule).copied(),
                level: level(original.severity),
                message: Text { text: flag.message },
                locations: [Location {
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation { uri: &artifact },
                        region: Some(Region {
                            snippet,
                            ..region(flag)
                        }),
                    },
                }],
                partial_fingerprints: Fingerprints {
                    context_hash: format!("{hash:016x}:{seen}"),
                },
                fixes,
                properties: ResultProperties {
                    category: flag.category,
                    cost: flag.cost,
                },
            };
            w.write_all(if self.results_written == 0 {
                b"\n"
            } else {
                b",\n"
            })?;
            serde_json::to_writer(&mut *w, &result)?;
            self.results_written += 1;
        }
        let risk = Category::ALL
            .iter()
            .map(|&c| (c.name(), report.risk.get(c)))
            .filter(|(_, r)| *r > 0.0)
            .map(|(name, r)| (name.to_string(), json!((r * 1000.0).round() / 1000.0)))
            .collect();
        self.documents.push(&DocumentLine {
            path: doc.path,
            id: doc.id,
            score: doc.score,
            verdict: doc.verdict,
            flags: doc.flags.len(),
            risk,
        })
    }

    fn error(&mut self, w: &mut dyn Write, error: &InputError) -> io::Result<()> {
        self.start(w)?;
        let (artifact, line) = match &error.record {
            Some((file, line)) => (file.as_str(), Some(*line)),
            None => (error.location.as_str(), None),
        };
        let text = format!("{}: {}", error.location, error.message);
        self.notifications.push(&Notification {
            level: "error",
            message: Text { text: &text },
            locations: [Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation {
                        uri: &uri(artifact),
                    },
                    region: line.map(|start_line| Region {
                        start_line,
                        ..Region::default()
                    }),
                },
            }],
        })
    }

    fn finish(&mut self, w: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        self.start(w)?;
        write!(
            w,
            "\n],\n\"invocations\":[{{\"executionSuccessful\":{},\"toolExecutionNotifications\":[",
            self.notifications.is_empty()
        )?;
        self.notifications.write_items(w)?;
        w.write_all(b"]}],\n\"properties\":{\"summary\":")?;
        serde_json::to_writer(&mut *w, &summary.to_json())?;
        w.write_all(b",\n\"documents\":[")?;
        self.documents.write_items(w)?;
        w.write_all(b"]}}]}\n")
    }
}

/// A JSON array kept as its serialised items, one per line: far smaller than a `Value` tree.
#[derive(Default)]
struct JsonArray {
    bytes: Vec<u8>,
    len: usize,
}

impl JsonArray {
    fn push(&mut self, item: &impl Serialize) -> io::Result<()> {
        self.bytes
            .extend_from_slice(if self.len == 0 { b"\n" } else { b",\n" });
        serde_json::to_writer(&mut self.bytes, item)?;
        self.len += 1;
        Ok(())
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn write_items(&self, w: &mut dyn Write) -> io::Result<()> {
        w.write_all(&self.bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_read_as_identifiers() {
        assert_eq!(pascal_case("mt/fused-sentence"), "MtFusedSentence");
        assert_eq!(pascal_case("encoding/mojibake"), "EncodingMojibake");
    }

    #[test]
    fn uris_escape_what_a_uri_cannot_hold() {
        assert_eq!(uri("seeds/001.txt"), "seeds/001.txt");
        assert_eq!(uri("my notes/a#1.txt"), "my%20notes/a%231.txt");
        assert_eq!(uri("c:doc"), "c%3Adoc");
        assert_eq!(uri("é"), "%C3%A9");
    }

    #[test]
    fn input_errors_name_the_file_and_the_record_line() {
        let mut sarif = Sarif::new(Vec::new());
        let mut out = Vec::new();
        let errors = [
            InputError::at_record("corpus.jsonl", 12, "invalid JSON"),
            InputError::new("notes:12", "not found"),
        ];
        for e in &errors {
            sarif.error(&mut out, e).unwrap();
        }
        sarif.finish(&mut out, &Summary::default()).unwrap();
        let log: Value = serde_json::from_slice(&out).unwrap();
        let notes = &log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
        let place = |i: usize| &notes[i]["locations"][0]["physicalLocation"];
        assert_eq!(place(0)["artifactLocation"]["uri"], "corpus.jsonl");
        assert_eq!(place(0)["region"]["startLine"], 12);
        assert_eq!(place(1)["artifactLocation"]["uri"], "notes%3A12");
        assert!(place(1).get("region").is_none());
    }

    #[test]
    fn fingerprints_ignore_position_and_spacing_but_not_context() {
        let a = "Intro.\nThe the cat sat.";
        let b = "A longer intro here.\n\nThe the  cat sat.";
        let fa = fingerprint("repetition/doubled-word", a, 7, 14);
        let fb = fingerprint("repetition/doubled-word", b, 22, 29);
        assert_eq!(&a[7..14], &b[22..29]);
        assert_ne!(fa, fb, "the text before differs");
        let c = "Intro.\nThe the cat sat.\n";
        assert_eq!(fa, fingerprint("repetition/doubled-word", c, 7, 14));
        let d = "Intro.  The the cat sat.";
        assert_eq!(fa, fingerprint("repetition/doubled-word", d, 8, 15));
    }

    #[test]
    fn the_first_section_is_the_full_description() {
        let e = "## What it does\nFlags a\nthing.\n\nMore.\n\n## Why is this bad?\nBecause.";
        assert_eq!(what_it_does(e), "Flags a thing. More.");
        assert_eq!(
            what_it_does("Plain text.\n\n## Flagged\n    x"),
            "Plain text."
        );
    }
}
