//! ## What it does
//! Flags a word joined to itself by "and" or "or": "relations have been upgraded and upgraded",
//! "to ensure vitality and vitality".
//!
//! ## Why is this bad?
//! Source languages pair near-synonyms (Chinese "upgrade and elevate" as two verbs); machine
//! translation that knows one English word for both writes it twice. Fluent writers repeat a word around
//! "and" only in a few idioms of degree and time ("more and more", "bigger and bigger", "again and
//! again", "lots and lots", "kept mixing and mixing"), which are left alone, as are function
//! words, names ("Iowa and Iowa" in a list of places) and a second copy that what follows narrows
//! to another thing ("self-raised funds and funds collected through other channels").
//!
//! ## Example
//! ```text
//! ASEAN relations have been continuously upgraded and upgraded.
//! ```
//! Use instead: two different words, or one.

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::evidence::NOT_A_WORD;
use crate::text::{Shape, Span};

pub struct SelfCoordination;

/// Words that English repeats around "and" for degree, time or distance.
const IDIOMS: &[&str] = &[
    "again", "around", "back", "bit", "by", "day", "down", "far", "forth", "inch", "little",
    "many", "much", "near", "on", "out", "over", "round", "side", "step", "through", "time", "up",
    "year", "lots", "loads", "tons", "miles", "hours", "days", "weeks", "months", "years", "ages",
];

/// English joins the word to itself with "and" for a growing degree ("bigger and bigger", "more
/// and more") or in an idiom of time or distance ("again and again").
pub fn repeats_for_degree(word: &str) -> bool {
    word.ends_with("er")
        || matches!(word, "more" | "less" | "fewer")
        || IDIOMS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A name is written with a capital this often (permille) mid-sentence.
const NAME_CAP_PERMILLE: u16 = 400;

impl Check for SelfCoordination {
    fn id(&self) -> &'static str {
        "mt/self-coordination"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let toks = &doc.tokens;
        let conjunctions = [
            cx.evidence.id_of_folded("and"),
            cx.evidence.id_of_folded("or"),
        ];
        for i in 1..toks.len().saturating_sub(1) {
            if !conjunctions.contains(&Some(cx.evidence.word_of[i]))
                || !matches!(doc.tok(i), "and" | "or")
            {
                continue;
            }
            let (left, right) = (&toks[i - 1], &toks[i + 1]);
            let id = cx.evidence.word_of[i - 1];
            // "democracy or Democracy 2.0": a common word, then a name spelt like it.
            if id == NOT_A_WORD
                || cx.evidence.word_of[i + 1] != id
                || left.line != right.line
                || left.span.len() < 3
                || left.shape == Shape::Lower && right.shape != Shape::Lower
            {
                continue;
            }
            let Some(word) = cx.evidence.word(i - 1) else {
                continue;
            };
            let text = doc.tok(i - 1);
            let known_common_word = word
                .lexicon
                .is_some_and(|e| e.cap_permille.is_some_and(|c| c < NAME_CAP_PERMILLE));
            // Participles repeat for an action that goes on ("kept mixing and mixing"), and a
            // second copy narrowed by what follows is another thing ("funds and funds collected
            // through other channels", "people and people who").
            let narrowed = toks.get(i + 2).is_some_and(|n| {
                n.line == right.line
                    && matches!(n.text(doc.text), "that" | "who" | "which" | "whose")
                    || n.shape == Shape::Lower && n.text(doc.text).ends_with("ed")
            });
            if word.function
                || !known_common_word
                || repeats_for_degree(text)
                || text.ends_with("ing")
                || narrowed
            {
                continue;
            }
            let span = Span::new(left.span.start, right.span.end);
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                span,
                format!(
                    "self-coordination: '{}' joins a word to itself",
                    span.text(doc.text)
                ),
            ));
        }
    }
}
