//! ## What it does
//! Flags two words side by side, one of them a function word, in an order clean English almost
//! never writes: "It with cooperation the of business day", "What organization are we from?",
//! "the reception results is find".
//!
//! ## Why is this bad?
//! Fluent text puts articles before nouns and prepositions before their objects; machine
//! translation that collapses into word salad leaves function words stranded. Which pairs are
//! impossible is measured, not guessed: `data/function-word-pairs.tsv` lists the pairs of a
//! function word and a function word or one of the 4,000 commonest other words that 64 M tokens
//! of clean English (the lm-corpus) write adjacent at most 1 time in 500 of what chance would
//! give, among pairs chance would give at least 50 times.
//! Capitals are names or titles ("the US has", "a The Who song") unless they start a sentence,
//! and a word repeated ("the the") is `repetition/doubled-word`'s.
//!
//! ## Example
//! ```text
//! It with cooperation a term 30 is with week, the of business day with hours.
//! ```

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::check::{Check, Context, Flag, Severity};
use crate::lexicon::word_hash;
use crate::text::{Shape, Span};
use crate::words::FUNCTION_WORDS;

pub struct FunctionWordOrder;

static PAIRS_TSV: &str = include_str!("../../../data/function-word-pairs.tsv");

/// A word of the pair table: a function word, or a content word's number in the table.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Function(usize),
    Content(usize),
}

/// The impossible pairs, as bit tables indexed by the words' numbers.
struct Pairs {
    /// Content words of the table by [`word_hash`].
    content: FxHashMap<u64, usize>,
    function_function: Vec<bool>,
    function_content: Vec<bool>,
    content_function: Vec<bool>,
}

impl Pairs {
    fn embedded() -> &'static Pairs {
        static PAIRS: OnceLock<Pairs> = OnceLock::new();
        PAIRS.get_or_init(|| Pairs::parse(PAIRS_TSV))
    }

    fn parse(tsv: &str) -> Pairs {
        let n = FUNCTION_WORDS.len();
        let rows: Vec<(&str, &str)> = tsv
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?, cols.next()?))
            })
            .collect();
        let mut content: FxHashMap<u64, usize> = FxHashMap::default();
        let mut side = |w: &str| match FUNCTION_WORDS.binary_search(&w) {
            Ok(i) => Side::Function(i),
            Err(_) => {
                let next = content.len();
                Side::Content(*content.entry(word_hash(w)).or_insert(next))
            }
        };
        let sides: Vec<(Side, Side)> = rows.iter().map(|(a, b)| (side(a), side(b))).collect();
        let c = content.len();
        let mut pairs = Pairs {
            content,
            function_function: vec![false; n * n],
            function_content: vec![false; n * c],
            content_function: vec![false; c * n],
        };
        for (a, b) in sides {
            match (a, b) {
                (Side::Function(a), Side::Function(b)) => pairs.function_function[a * n + b] = true,
                (Side::Function(a), Side::Content(b)) => pairs.function_content[a * c + b] = true,
                (Side::Content(a), Side::Function(b)) => pairs.content_function[a * n + b] = true,
                (Side::Content(_), Side::Content(_)) => {}
            }
        }
        pairs
    }

    fn impossible(&self, a: Side, b: Side) -> bool {
        let (n, c) = (FUNCTION_WORDS.len(), self.content.len());
        match (a, b) {
            (Side::Function(a), Side::Function(b)) => self.function_function[a * n + b],
            (Side::Function(a), Side::Content(b)) => self.function_content[a * c + b],
            (Side::Content(a), Side::Function(b)) => self.content_function[a * n + b],
            (Side::Content(_), Side::Content(_)) => false,
        }
    }
}

impl Check for FunctionWordOrder {
    fn id(&self) -> &'static str {
        "mt/function-word-order"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let pairs = Pairs::embedded();
        // Each distinct word of the document, placed in the table once.
        let sides: Vec<Option<Side>> = cx
            .evidence
            .vocab
            .iter()
            .map(|w| match w.function_index {
                Some(i) => Some(Side::Function(usize::from(i))),
                None => pairs.content.get(&w.hash).map(|&i| Side::Content(i)),
            })
            .collect();
        let side = |i: usize| {
            let id = cx.evidence.word_of[i];
            sides.get(id as usize).copied().flatten()
        };
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
            let (Some(a), Some(b)) = (side(i - 1), side(i)) else {
                continue;
            };
            if a == b || !pairs.impossible(a, b) {
                continue;
            }
            let span = Span::new(first.span.start, second.span.end);
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                span,
                format!(
                    "words out of order: '{}' is almost never written in clean English",
                    span.text(doc.text)
                ),
            ));
        }
    }
}
