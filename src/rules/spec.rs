use serde::Deserialize;

use crate::check::Severity;

/// One `rules/*.toml` file: a list of `[[rule]]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub rule: Vec<RuleSpec>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleKind {
    /// A list of phrases, matched case-insensitively on word boundaries.
    Phrase,
    /// A regular expression (Rust `regex` syntax), matched within each line.
    Regex,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Flag the whole line (paragraph) the match is in.
    #[default]
    Line,
    /// Flag only the matched text.
    Match,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub flag: Vec<String>,
    #[serde(default)]
    pub clean: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RuleSpec {
    /// `category/name`.
    pub id: String,
    #[serde(default)]
    pub severity: Severity,
    pub kind: RuleKind,
    #[serde(default)]
    pub scope: Scope,
    /// Only lines with at most this many words: prose that mentions a phrase is not boilerplate.
    pub max_words: Option<usize>,
    #[serde(default)]
    pub phrases: Vec<String>,
    pub pattern: Option<String>,
    pub message: String,
    pub explanation: String,
    #[serde(default)]
    pub examples: Examples,
}
