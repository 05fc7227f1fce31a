//! ## What it does
//! Flags a sentence that starts with a lower-case word right after a full stop: "a spokesperson
//! said. said on March 7", "surprised Chinese officials. advantage.", "a broker. of peace".
//!
//! ## Why is this bad?
//! A stray full stop inside a sentence, left by a careless edit or by machine translation that
//! lost the sentence structure, cuts a clause in two. Abbreviations and initials do not end
//! sentences here ("U.S.", "Gen.", "e.g."), and an ellipsis may be followed by lower case.
//!
//! ## Example
//! ```text
//! the bombings and killings. brutal and unprecedented attacks
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Shape, Span, TokenKind};

pub struct LowercaseSentenceStart;

impl Check for LowercaseSentenceStart {
    fn id(&self) -> &'static str {
        "broken/lowercase-sentence-start"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for pair in doc.sentences.windows(2) {
            let (prev, cur) = (&pair[0], &pair[1]);
            if prev.paragraph != cur.paragraph || !prev.terminated {
                continue;
            }
            let last = &doc.tokens[prev.tokens.1 - 1];
            if doc.tok(prev.tokens.1 - 1) != "." {
                continue;
            }
            let first = &doc.tokens[cur.tokens.0];
            if first.kind != TokenKind::Word || first.shape != Shape::Lower {
                continue;
            }
            // The word before the stop: a lone lower-case letter is a list marker ("a. the").
            let before = prev.tokens.1.checked_sub(2).map(|j| &doc.tokens[j]);
            if before.is_none_or(|b| b.kind != TokenKind::Word || b.span.len() == 1) {
                continue;
            }
            let start = before.map_or(last.span.start, |b| b.span.start);
            let span = Span::new(start, first.span.end);
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                span,
                format!(
                    "stray full stop: '{}' starts a sentence in lower case",
                    span.text(doc.text)
                ),
            ));
        }
    }
}
