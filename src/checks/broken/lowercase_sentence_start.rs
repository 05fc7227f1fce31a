//! ## What it does
//! Flags a sentence that starts with a lower-case word right after a full stop: "a spokesperson
//! said. said on March 7", "surprised Chinese officials. advantage.", "a broker. of peace".
//!
//! ## Why is this bad?
//! A stray full stop inside a sentence, left by a careless edit or by machine translation that
//! lost the sentence structure, cuts a clause in two. Abbreviations and initials do not end
//! sentences here ("U.S.", "Gen.", "e.g.", "ESBL-E. coli"), and an ellipsis may be followed by
//! lower case. Left alone too: a full stop inside a name, with no space on either side, before a
//! word that is not a common English one or after one with a digit ("oe24.at", "Portfolio.hu",
//! "index.html").
//!
//! ## Example
//! ```text
//! the bombings and killings. brutal and unprecedented attacks
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Shape, Span, TokenKind};

pub struct LowercaseSentenceStart;

/// A word at least this common (zipf × 100) after a full stop glued to both words is a clause
/// cut in two ("officials.advantage"); a rarer one is a domain or a file extension ("oe24.at",
/// "Portfolio.hu").
const MIN_COMMON_ZIPF100: u16 = 400;

/// "ESBL-E": an initial at the end of a hyphenated name, before a species or a surname.
fn initial_after_hyphen(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3 && b[b.len() - 2] == b'-' && b[b.len() - 1].is_ascii_uppercase()
}

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
            // The word before the stop: a lone lower-case letter is a list marker ("a. the"), a
            // lone capital an initial.
            let before = prev.tokens.1.checked_sub(2).map(|j| &doc.tokens[j]);
            if before.is_none_or(|b| b.kind != TokenKind::Word || b.span.len() == 1) {
                continue;
            }
            let before_text = before.map_or("", |b| b.text(doc.text));
            if initial_after_hyphen(before_text) {
                continue;
            }
            let glued = !last.space_before && !first.space_before;
            let common = cx
                .evidence
                .word(cur.tokens.0)
                .is_some_and(|w| w.zipf100() >= MIN_COMMON_ZIPF100);
            if glued && (!common || before_text.bytes().any(|b| b.is_ascii_digit())) {
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
