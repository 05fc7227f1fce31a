//! What every check produces and what it may read.

use serde::{Deserialize, Serialize};

use crate::lexicon::Lexicon;
use crate::text::{Document, Span};

/// The families of damage textqc reports; each gets its own risk in the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Mt,
    Boilerplate,
    Broken,
    Repetition,
    Encoding,
    Language,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Mt,
        Category::Boilerplate,
        Category::Broken,
        Category::Repetition,
        Category::Encoding,
        Category::Language,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Mt => "mt",
            Category::Boilerplate => "boilerplate",
            Category::Broken => "broken",
            Category::Repetition => "repetition",
            Category::Encoding => "encoding",
            Category::Language => "language",
        }
    }

    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The category named by the part of a rule id before the slash.
    pub fn of_rule(rule: &str) -> Option<Category> {
        Category::from_name(rule.split('/').next()?)
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    #[default]
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding: a rule, a span of the text and a message a reviewer can act on.
#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    /// A replacement for the span, offered only where the repair is certain.
    pub fix: Option<String>,
}

impl Flag {
    pub fn new(
        rule: &'static str,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
    ) -> Flag {
        Flag {
            rule,
            category: Category::of_rule(rule).expect("rule ids start with a category"),
            severity,
            span,
            message: message.into(),
            fix: None,
        }
    }

    pub fn with_fix(mut self, fix: impl Into<String>) -> Flag {
        self.fix = Some(fix.into());
        self
    }
}

/// Everything a check may read about one document.
pub struct Context<'d, 't> {
    pub doc: &'d Document<'t>,
    pub lexicon: &'d Lexicon,
    pub evidence: &'d crate::checks::evidence::Evidence,
    /// Where the input's invalid UTF-8 was replaced by U+FFFD.
    pub invalid_utf8: &'d [Span],
    /// How often lines occur across the corpus, when the document is checked as part of one.
    pub corpus: Option<&'d crate::corpus::Corpus>,
    /// The line classifier's verdicts, computed on first use by the checks that share them.
    pub page_lines: std::cell::OnceCell<crate::checks::page_lines::PageLines>,
    /// Gopher's repetition signals, computed on first use.
    pub repetition: std::cell::OnceCell<crate::checks::gopher::Repetition>,
    /// The stretches in another language, computed on first use.
    pub languages: std::cell::OnceCell<crate::checks::language::non_english::Languages>,
}

impl Context<'_, '_> {
    /// Whether each line belongs to the article or to the page around it (see
    /// [`crate::checks::page_lines`]); computed once per document.
    pub fn page_lines(&self) -> &crate::checks::page_lines::PageLines {
        self.page_lines
            .get_or_init(|| crate::checks::page_lines::PageLines::new(self))
    }

    /// The stretches of the document in another language (see
    /// [`crate::checks::language::non_english`]).
    pub fn languages(&self) -> &crate::checks::language::non_english::Languages {
        self.languages
            .get_or_init(|| crate::checks::language::non_english::languages(self))
    }

    /// Gopher's repetition signals and the repeated material (see [`crate::checks::gopher`]).
    pub fn repetition(&self) -> &crate::checks::gopher::Repetition {
        self.repetition
            .get_or_init(|| crate::checks::gopher::measure(self.doc))
    }
}

/// A built-in check: one per file under `src/checks/<category>/`, its module doc comment being the
/// explanation that `textqc explain` prints.
pub trait Check: Send + Sync {
    /// `category/name`, the same as the file's path under `src/checks`.
    fn id(&self) -> &'static str;
    fn run(&self, cx: &Context, out: &mut Vec<Flag>);
}
