//! Runs every enabled check and rule over one document and scores it. One engine is built per
//! process (rules compiled, lexicon loaded) and shared by all threads.

use serde::Serialize;

use crate::check::{Check, Context, Flag, Severity};
use crate::checks;
use crate::checks::evidence::Evidence;
use crate::checks::gopher::RepetitionStats;
use crate::config::Settings;
use crate::corpus::{Corpus, CorpusCounts};
use crate::decode::decode_lossy;
use crate::lexicon::Lexicon;
use crate::rules::{RuleError, RuleSet};
use crate::score::{score, Risk};
use crate::text::{Document, Span};

pub struct Engine {
    checks: Vec<Box<dyn Check>>,
    pub rules: RuleSet,
    lexicon: &'static Lexicon,
    pub settings: Settings,
    /// Line counts over the corpus being checked, in corpus mode.
    corpus: Option<Corpus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
        }
    }
}

#[derive(Debug, Clone)]
pub struct DocReport {
    pub flags: Vec<Flag>,
    /// Points of the score each flag cost, parallel to `flags`.
    pub costs: Vec<f64>,
    pub score: f64,
    pub risk: Risk,
    pub verdict: Verdict,
    pub words: usize,
    /// Document statistics under the names data-filtering pipelines use.
    pub stats: Stats,
}

/// Per-document statistics, reported whatever the flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Gopher's repetition signals (datatrove's `GopherRepetitionFilter` names).
    pub repetition: RepetitionStats,
}

/// The rule ids of every built-in check and declarative rule, with the rule's category.
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Option<Severity>,
    pub summary: String,
    pub explanation: String,
    pub declarative: bool,
}

impl Engine {
    pub fn new(settings: Settings) -> Result<Engine, RuleError> {
        Ok(Engine {
            checks: checks::builtin(),
            rules: RuleSet::embedded()?,
            lexicon: Lexicon::embedded(),
            settings,
            corpus: None,
        })
    }

    /// Checks from now on against these line counts of the corpus the documents belong to, with
    /// the thresholds of `settings.corpus` (see `boilerplate/recurring-line`).
    pub fn set_corpus(&mut self, counts: CorpusCounts) {
        self.corpus = Some(Corpus::new(counts, &self.settings.corpus));
    }

    /// The corpus set by [`Engine::set_corpus`], with its thresholds.
    pub fn corpus(&self) -> Option<&Corpus> {
        self.corpus.as_ref()
    }

    /// Checks bytes that may not be valid UTF-8; offsets in the report are into the returned text.
    pub fn check_bytes(&self, bytes: &[u8]) -> (String, DocReport) {
        let decoded = decode_lossy(bytes);
        let report = self.check_with(&decoded.text, &decoded.invalid);
        (decoded.text, report)
    }

    pub fn check(&self, text: &str) -> DocReport {
        self.check_with(text, &[])
    }

    fn check_with(&self, text: &str, invalid_utf8: &[Span]) -> DocReport {
        let doc = Document::new(text);
        let evidence = Evidence::new(&doc, self.lexicon);
        let cx = Context {
            doc: &doc,
            lexicon: self.lexicon,
            evidence: &evidence,
            invalid_utf8,
            corpus: self.corpus.as_ref(),
            page_lines: Default::default(),
            repetition: Default::default(),
            languages: Default::default(),
        };
        let mut flags = Vec::new();
        for check in &self.checks {
            if self.settings.enabled(check.id()) {
                check.run(&cx, &mut flags);
            }
        }
        let enabled = |id: &str| self.settings.enabled(id);
        self.rules.run(&cx, &enabled, &mut flags);
        flags.sort_by(|a, b| {
            (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
        });
        let stats = Stats {
            repetition: cx.repetition().stats,
        };
        self.report(flags, doc.word_count, stats)
    }

    fn report(&self, flags: Vec<Flag>, words: usize, stats: Stats) -> DocReport {
        let scored = score(&flags, words);
        let fails = scored.score < self.settings.fail_under
            || flags.iter().any(|f| f.severity >= self.settings.fail_on);
        DocReport {
            flags,
            costs: scored.costs,
            score: scored.score,
            risk: scored.risk,
            verdict: if fails { Verdict::Fail } else { Verdict::Pass },
            words,
            stats,
        }
    }

    /// The report again with only `flags`, some of its own (those a baseline did not accept),
    /// scored and judged as if the others had never been raised.
    pub fn rescore(&self, report: DocReport, flags: Vec<Flag>) -> DocReport {
        self.report(flags, report.words, report.stats)
    }

    /// Every rule textqc knows, built-in checks first.
    pub fn rule_infos(&self) -> Vec<RuleInfo> {
        let mut out: Vec<RuleInfo> = self
            .checks
            .iter()
            .map(|c| {
                let explanation = checks::explanation(c.id()).unwrap_or_default().to_string();
                RuleInfo {
                    id: c.id(),
                    severity: None,
                    summary: summary_of(&explanation),
                    explanation,
                    declarative: false,
                }
            })
            .collect();
        for r in &self.rules.rules {
            let mut explanation = r.spec.explanation.trim().to_string();
            if !r.spec.examples.flag.is_empty() {
                explanation.push_str("\n\n## Flagged\n");
                for e in &r.spec.examples.flag {
                    explanation.push_str(&format!("    {e}\n"));
                }
            }
            if !r.spec.examples.clean.is_empty() {
                explanation.push_str("\n## Clean\n");
                for e in &r.spec.examples.clean {
                    explanation.push_str(&format!("    {e}\n"));
                }
            }
            out.push(RuleInfo {
                id: r.id,
                severity: Some(r.spec.severity),
                summary: r.spec.message.clone(),
                explanation,
                declarative: true,
            });
        }
        out.sort_by_key(|r| r.id);
        out
    }
}

/// The first sentence of the "What it does" section.
fn summary_of(explanation: &str) -> String {
    let body: String = explanation
        .lines()
        .skip_while(|l| l.starts_with("##") || l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    match body.find(": ").or_else(|| body.find(". ")) {
        Some(i) if i < 120 => body[..i].to_string(),
        _ if body.chars().count() <= 100 => body,
        _ => {
            let cut: String = body.chars().take(100).collect();
            let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
            format!("{at_word} …")
        }
    }
}
