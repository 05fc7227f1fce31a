//! ## What it does
//! Flags two function words side by side in an order clean English almost never writes: "It
//! with cooperation the of business day", "What organization are we from?".
//!
//! ## Why is this bad?
//! Fluent text puts articles before nouns and prepositions before their objects; machine
//! translation that collapses into word salad leaves function words stranded next to each
//! other. Which pairs are impossible is measured, not guessed: `data/function-word-pairs.tsv`
//! lists the pairs that 64 M tokens of clean English (the lm-corpus) write adjacent at most
//! 1 time in 500 of what chance would give, among pairs chance would give at least 50 times.
//! Capitals are names or titles ("the US has", "a The Who song") unless they start a sentence,
//! and a word repeated ("the the") is `repetition/doubled-word`'s.
//!
//! ## Example
//! ```text
//! It with cooperation a term 30 is with week, the of business day with hours.
//! ```

use std::sync::OnceLock;

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Shape, Span};
use crate::words::FUNCTION_WORDS;

pub struct FunctionWordOrder;

static PAIRS_TSV: &str = include_str!("../../../data/function-word-pairs.tsv");

/// Impossible pairs as a square table indexed by the two words' places in [`FUNCTION_WORDS`].
fn impossible() -> &'static [bool] {
    static TABLE: OnceLock<Vec<bool>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let n = FUNCTION_WORDS.len();
        let mut table = vec![false; n * n];
        let index = |w: &str| FUNCTION_WORDS.binary_search(&w).ok();
        for line in PAIRS_TSV.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            if let (Some(Some(a)), Some(Some(b))) = (cols.next().map(index), cols.next().map(index))
            {
                table[a * n + b] = true;
            }
        }
        table
    })
}

impl Check for FunctionWordOrder {
    fn id(&self) -> &'static str {
        "mt/function-word-order"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let table = impossible();
        let n = FUNCTION_WORDS.len();
        for i in 1..doc.tokens.len() {
            let (first, second) = (&doc.tokens[i - 1], &doc.tokens[i]);
            // "US has" is a country, not the pronoun: a capital counts only at a sentence start.
            let first_plain = first.shape == Shape::Lower
                || first.shape == Shape::Title && cx.evidence.initial[i - 1];
            if !first_plain
                || second.shape != Shape::Lower
                || !second.space_before
                || first.line != second.line
            {
                continue;
            }
            let (Some(a), Some(b)) = (
                cx.evidence.word(i - 1).and_then(|w| w.function_index),
                cx.evidence.word(i).and_then(|w| w.function_index),
            ) else {
                continue;
            };
            if a == b || !table[usize::from(a) * n + usize::from(b)] {
                continue;
            }
            let span = Span::new(first.span.start, second.span.end);
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                span,
                format!(
                    "function words out of order: '{}' is almost never written in clean English",
                    span.text(doc.text)
                ),
            ));
        }
    }
}
