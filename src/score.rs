//! From flags to a document score: a risk per category and a 0-100 score that the worst category
//! dominates.
//!
//! Each flag adds to its category's exposure `x = Σ weight × (per_flag + per_density × 100 / words)`:
//! the first term counts flags (one leaked author box is boilerplate however long the article),
//! the second counts their density (a stray comma in a long article is not collapse). The risk is
//! `1 - exp(-x)`, so it saturates at 1, and the score is `100 × Π (1 - risk)`: one ruinous category
//! pulls the score down on its own and cannot be averaged away by clean ones. Because the exposure
//! is a sum over flags, every flag's share of the lost points is exact, which is how reports say
//! which flags cost the score.

use serde::Serialize;

use crate::check::{Category, Flag, Severity};

/// Exposure per flag and per flag-per-100-words, by category.
fn rates(category: Category) -> (f64, f64) {
    match category {
        Category::Mt => (0.08, 1.2),
        Category::Broken => (0.04, 0.35),
        Category::Boilerplate => (0.12, 0.1),
        Category::Repetition => (0.08, 0.2),
        Category::Encoding => (0.15, 0.5),
        Category::Language => (0.4, 0.5),
    }
}

fn severity_weight(s: Severity) -> f64 {
    match s {
        Severity::Error => 3.0,
        Severity::Warning => 1.0,
        Severity::Info => 0.2,
    }
}

/// Risk per category, 0 (clean) to 1 (ruined).
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Risk {
    pub mt: f64,
    pub boilerplate: f64,
    pub broken: f64,
    pub repetition: f64,
    pub encoding: f64,
    pub language: f64,
}

impl Risk {
    pub fn get(&self, c: Category) -> f64 {
        match c {
            Category::Mt => self.mt,
            Category::Boilerplate => self.boilerplate,
            Category::Broken => self.broken,
            Category::Repetition => self.repetition,
            Category::Encoding => self.encoding,
            Category::Language => self.language,
        }
    }

    fn set(&mut self, c: Category, v: f64) {
        match c {
            Category::Mt => self.mt = v,
            Category::Boilerplate => self.boilerplate = v,
            Category::Broken => self.broken = v,
            Category::Repetition => self.repetition = v,
            Category::Encoding => self.encoding = v,
            Category::Language => self.language = v,
        }
    }
}

/// How much broken and repeated text counts towards `risk.mt`.
const MT_SHARE_OF_BROKEN: f64 = 0.6;

/// Broken and repeated text that is not evidence of machine translation: a lost closing quote is a
/// slip of the keyboard or the CMS, commoner in the human references of the MQM set (0.66 per 1000
/// words) than in its system output (0.43), and so is a fullwidth mark from a Chinese or Japanese
/// keyboard; a paragraph cut short shows where a scraper, a segmenter or a length limit cut the
/// text, not how it was translated; and Gopher's document-wide repetition measures a register
/// (templated pages, news that repeats an official name), where a translation loop shows up as
/// `mt/repetition-loop` and `repetition/duplicate-sentence`. A lost bracket is evidence: no human
/// reference in either MT set drops one, and the worst systems of the garble set do (0.95 per
/// 1000 words).
const NOT_EVIDENCE_OF_MT: &[&str] = &[
    "broken/unbalanced-quotes",
    "broken/fullwidth-character",
    "broken/truncated-sentence",
    "repetition/repetitive-document",
];

/// The exposure `category`'s flags would have if they were MT flags.
fn exposure_as_mt(flags: &[Flag], category: Category, per_100: f64) -> f64 {
    let (per_flag, per_density) = rates(Category::Mt);
    flags
        .iter()
        .filter(|f| {
            f.category == category
                && f.severity > Severity::Info
                && !NOT_EVIDENCE_OF_MT.contains(&f.rule)
        })
        .map(|f| severity_weight(f.severity) * (per_flag + per_density * per_100))
        .sum()
}

pub struct Scored {
    pub score: f64,
    pub risk: Risk,
    /// Points of the score each flag cost, in the order of the flags.
    pub costs: Vec<f64>,
}

pub fn score(flags: &[Flag], words: usize) -> Scored {
    let per_100 = 100.0 / words.max(50) as f64;
    let exposure_of = |f: &Flag| {
        let (per_flag, per_density) = rates(f.category);
        severity_weight(f.severity) * (per_flag + per_density * per_100)
    };
    let exposures: Vec<f64> = flags.iter().map(exposure_of).collect();
    let mut risk = Risk::default();
    let mut total = 0.0;
    let mut by_category = [0.0; 6];
    for (f, e) in flags.iter().zip(&exposures) {
        by_category[Category::ALL
            .iter()
            .position(|c| *c == f.category)
            .unwrap_or(0)] += e;
    }
    for (c, x) in Category::ALL.into_iter().zip(by_category) {
        total += x;
        // Machine translation that collapses breaks sentences and repeats itself: broken and
        // repeated text is evidence of MT as well, at a share of its weight.
        let x = if c == Category::Mt {
            x + MT_SHARE_OF_BROKEN
                * (exposure_as_mt(flags, Category::Broken, per_100)
                    + exposure_as_mt(flags, Category::Repetition, per_100))
        } else {
            x
        };
        risk.set(c, round3(1.0 - (-x).exp()));
    }
    let score = 100.0 * (-total).exp();
    let lost = 100.0 - score;
    let costs = exposures
        .iter()
        .map(|e| {
            if total > 0.0 {
                round3(lost * e / total)
            } else {
                0.0
            }
        })
        .collect();
    Scored {
        score: (score * 10.0).round() / 10.0,
        risk,
        costs,
    }
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    fn flag(rule: &'static str, s: Severity) -> Flag {
        Flag::new(rule, s, Span::new(0, 1), "")
    }

    #[test]
    fn clean_document_scores_100() {
        let s = score(&[], 500);
        assert_eq!(s.score, 100.0);
        assert_eq!(s.risk, Risk::default());
    }

    #[test]
    fn worst_category_dominates_and_costs_add_up() {
        let mut flags = vec![flag("boilerplate/x", Severity::Warning)];
        let one = score(&flags, 500);
        flags.extend((0..10).map(|_| flag("mt/x", Severity::Warning)));
        let many = score(&flags, 500);
        assert!(many.risk.mt > many.risk.boilerplate);
        assert!(many.score < one.score);
        let lost: f64 = many.costs.iter().sum();
        assert!((lost - (100.0 - many.score)).abs() < 0.2);
    }

    #[test]
    fn broken_text_counts_towards_mt_but_lost_quotes_cut_paragraphs_and_gopher_repetition_do_not() {
        let glued = score(&[flag("broken/glued-words", Severity::Warning)], 500);
        assert!(glued.risk.mt > 0.0);
        let bracket = score(
            &[flag("broken/unbalanced-brackets", Severity::Warning)],
            500,
        );
        assert!(bracket.risk.mt > 0.0);
        let quote = score(&[flag("broken/unbalanced-quotes", Severity::Warning)], 500);
        assert_eq!(quote.risk.mt, 0.0);
        assert!(quote.risk.broken > 0.0);
        let cut = score(&[flag("broken/truncated-sentence", Severity::Warning)], 500);
        assert_eq!(cut.risk.mt, 0.0);
        let wide = score(
            &[flag("broken/fullwidth-character", Severity::Warning)],
            500,
        );
        assert_eq!(wide.risk.mt, 0.0);
        let repetitive = score(
            &[flag("repetition/repetitive-document", Severity::Warning)],
            500,
        );
        assert_eq!(repetitive.risk.mt, 0.0);
        let looped = score(
            &[flag("repetition/duplicate-sentence", Severity::Warning)],
            500,
        );
        assert!(looped.risk.mt > 0.0);
    }
}
