//! ## What it does
//! Flags a word repeated as two items of one list: "garbage sorting songs, songs, comics and
//! micro-videos", "in the form of archaeology, archaeology and philology".
//!
//! ## Why is this bad?
//! Machine translation that renders two source words by one English word lists it twice; an
//! edit that pasted an item again does the same. English repeats a word across a comma only for
//! emphasis, and then three times or more ("blue, blue, blue", a refrain), which is left alone,
//! as are names ("Aguascalientes, Aguascalientes": a city and its state) and short words ("no,
//! no"). The lm-corpus writes such a pair about once in a million words; the MT output of the
//! MQM set writes it once in 18,000 words, all 28 times inside a rater's error span.
//!
//! ## Example
//! ```text
//! They live a simple, simple and persistent life.
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::evidence::NOT_A_WORD;
use crate::text::{Shape, Span, TokenKind};

pub struct DoubledListItem;

/// Shorter words are interjections and emphasis ("no, no", "oh, oh").
const MIN_LETTERS: usize = 4;

impl Check for DoubledListItem {
    fn id(&self) -> &'static str {
        "repetition/doubled-list-item"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let ids = &cx.evidence.word_of;
        let tok = |j: usize| doc.tokens.get(j).map(|t| t.text(doc.text));
        let item = |j: usize| {
            doc.tokens.get(j).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.shape == Shape::Lower
                    && t.text(doc.text).chars().count() >= MIN_LETTERS
            })
        };
        for c in 1..doc.tokens.len().saturating_sub(1) {
            // The same word on both sides is rare: tested first, before any text is read.
            if ids[c - 1] != ids[c + 1] || ids[c - 1] == NOT_A_WORD || tok(c) != Some(",") {
                continue;
            }
            let (a, b) = (c - 1, c + 1);
            if !item(a) || !item(b) || doc.tokens[a].line != doc.tokens[b].line {
                continue;
            }
            let triple_before = a >= 2 && tok(a - 1) == Some(",") && ids[a - 2] == ids[a];
            let triple_after = tok(b + 1) == Some(",") && ids.get(b + 2) == Some(&ids[b]);
            let list_goes_on = matches!(tok(b + 1), Some("," | "." | ";" | "and" | "or"));
            if triple_before || triple_after || !list_goes_on {
                continue;
            }
            let span = Span::new(doc.tokens[a].span.start, doc.tokens[b].span.end);
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                span,
                format!(
                    "doubled list item: '{}' is listed twice in a row",
                    doc.tok(a)
                ),
            ));
        }
    }
}
