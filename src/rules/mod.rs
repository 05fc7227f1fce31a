//! Declarative rules: phrase lists and regular expressions in `rules/*.toml`, embedded in the
//! binary at build time. Each rule carries its own explanation and flag/clean examples, which the
//! test suite runs, so adding a rule is one TOML entry.
//!
//! All phrase rules share one Aho-Corasick automaton, so a hundred phrase lists cost one pass over
//! the text; regex rules run per paragraph only when a cheap literal prefilter says they could match.

mod spec;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::check::{Context, Flag};
use crate::text::{count_words, Span};
pub use spec::{Examples, RuleFile, RuleKind, RuleSpec, Scope};

include!(concat!(env!("OUT_DIR"), "/rule_files.rs"));

#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("{file}: {source}")]
    Parse {
        file: String,
        #[source]
        source: toml::de::Error,
    },
    #[error("{file}: rule {id}: {message}")]
    Invalid {
        file: String,
        id: String,
        message: String,
    },
}

/// A compiled declarative rule.
pub struct Rule {
    pub spec: RuleSpec,
    pub id: &'static str,
    regex: Option<Regex>,
}

pub struct RuleSet {
    pub rules: Vec<Rule>,
    phrases: Option<AhoCorasick>,
    /// Pattern index in the automaton → (rule index, phrase needs a word boundary at start, at end).
    phrase_rule: Vec<(usize, bool, bool)>,
}

impl RuleSet {
    /// The rules embedded from `rules/*.toml`.
    pub fn embedded() -> Result<RuleSet, RuleError> {
        RuleSet::from_files(
            RULE_FILES
                .iter()
                .map(|(n, t)| (n.to_string(), t.to_string())),
        )
    }

    pub fn from_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<RuleSet, RuleError> {
        let mut rules = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut phrase_rule = Vec::new();
        for (file, text) in files {
            let parsed: RuleFile = toml::from_str(&text).map_err(|source| RuleError::Parse {
                file: file.clone(),
                source,
            })?;
            for spec in parsed.rule {
                let invalid = |message: &str| RuleError::Invalid {
                    file: file.clone(),
                    id: spec.id.clone(),
                    message: message.to_string(),
                };
                if crate::check::Category::of_rule(&spec.id).is_none() {
                    return Err(invalid("the id must start with a category (mt, boilerplate, broken, repetition, encoding, language)"));
                }
                let regex = match spec.kind {
                    RuleKind::Regex => {
                        let pattern = spec
                            .pattern
                            .as_deref()
                            .ok_or_else(|| invalid("a regex rule needs `pattern`"))?;
                        Some(Regex::new(pattern).map_err(|e| invalid(&e.to_string()))?)
                    }
                    RuleKind::Phrase => {
                        if spec.phrases.is_empty() {
                            return Err(invalid("a phrase rule needs `phrases`"));
                        }
                        for p in &spec.phrases {
                            let starts = p.starts_with(|c: char| c.is_alphanumeric());
                            let ends = p.ends_with(|c: char| c.is_alphanumeric());
                            patterns.push(p.clone());
                            phrase_rule.push((rules.len(), starts, ends));
                        }
                        None
                    }
                };
                let id: &'static str = Box::leak(spec.id.clone().into_boxed_str());
                rules.push(Rule { spec, id, regex });
            }
        }
        // A DFA: a hundred phrases, many opening on words as common as "to" and "as", keep
        // the prefilter busy, so the automaton steps through most bytes of every document, and
        // a DFA steps fastest. Its table costs about 300 KB, built once at start-up.
        let phrases = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&patterns)
                    .expect("phrase automaton builds"),
            )
        };
        Ok(RuleSet {
            rules,
            phrases,
            phrase_rule,
        })
    }

    /// Runs every rule whose index `enabled` accepts.
    pub fn run(&self, cx: &Context, enabled: &dyn Fn(&str) -> bool, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let text = doc.text;
        let mut fired = Fired::default();
        let any_phrase = self
            .rules
            .iter()
            .any(|r| r.spec.kind == RuleKind::Phrase && enabled(r.id));
        if let Some(ac) = self.phrases.as_ref().filter(|_| any_phrase) {
            for m in ac.find_overlapping_iter(text) {
                let (ri, wb_start, wb_end) = self.phrase_rule[m.pattern().as_usize()];
                let rule = &self.rules[ri];
                if !enabled(rule.id) {
                    continue;
                }
                let bytes = text.as_bytes();
                if wb_start && m.start() > 0 && is_word_byte(text, m.start(), true) {
                    continue;
                }
                if wb_end && m.end() < bytes.len() && is_word_byte(text, m.end(), false) {
                    continue;
                }
                self.emit(cx, ri, Span::new(m.start(), m.end()), &mut fired, out);
            }
        }
        for (ri, rule) in self.rules.iter().enumerate() {
            let Some(re) = &rule.regex else { continue };
            if !enabled(rule.id) {
                continue;
            }
            for p in &doc.paragraphs {
                let line = p.span.text(text);
                for m in re.find_iter(line) {
                    if m.is_empty() {
                        continue;
                    }
                    let span = Span::new(p.span.start + m.start(), p.span.start + m.end());
                    self.emit(cx, ri, span, &mut fired, out);
                }
            }
        }
    }

    fn emit(&self, cx: &Context, ri: usize, span: Span, fired: &mut Fired, out: &mut Vec<Flag>) {
        let rule = &self.rules[ri];
        let doc = cx.doc;
        let pi = doc.paragraphs.partition_point(|p| p.span.end <= span.start);
        let Some(p) = doc.paragraphs.get(pi) else {
            return;
        };
        if let Some(max) = rule.spec.max_words {
            if fired.words_in(doc, pi) > max {
                return;
            }
        }
        let flagged = match rule.spec.scope {
            Scope::Line => p.span,
            Scope::Match => span,
        };
        if !fired.flags.insert((ri, flagged.start)) {
            return;
        }
        out.push(Flag::new(
            rule.id,
            rule.spec.severity,
            flagged,
            rule.spec.message.clone(),
        ));
    }
}

/// What the rules have flagged in one document: a rule flags a place once however many of its
/// phrases match there. A page of one long line can hold thousands of matches, so both the
/// places and the paragraphs' word counts are looked up, not recounted per match.
#[derive(Default)]
struct Fired {
    flags: FxHashSet<(usize, usize)>,
    words: FxHashMap<usize, usize>,
}

impl Fired {
    fn words_in(&mut self, doc: &crate::text::Document, pi: usize) -> usize {
        *self
            .words
            .entry(pi)
            .or_insert_with(|| count_words(doc.paragraph_tokens(&doc.paragraphs[pi])))
    }
}

/// Whether the character touching byte `at` (before it when `before`) is a letter or digit.
fn is_word_byte(text: &str, at: usize, before: bool) -> bool {
    let c = if before {
        text[..at].chars().next_back()
    } else {
        text[at..].chars().next()
    };
    c.is_some_and(char::is_alphanumeric)
}
