//! ## What it does
//! Flags U+FFFD, the replacement character "�", already present in the text.
//!
//! ## Why is this bad?
//! Some earlier step decoded invalid bytes and replaced them: the original characters are lost
//! (typically curly quotes, dashes or accented letters). Bytes that are invalid in the input
//! itself are reported by encoding/invalid-utf8 instead.
//!
//! ## Example
//! ```text
//! China�s foreign minister
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::Span;

pub struct ReplacementChar;

impl Check for ReplacementChar {
    fn id(&self) -> &'static str {
        "encoding/replacement-char"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let text = cx.doc.text;
        let finder = memchr::memmem::Finder::new("\u{FFFD}".as_bytes());
        for i in finder.find_iter(text.as_bytes()) {
            let span = Span::new(i, i + 3);
            if cx.invalid_utf8.contains(&span) {
                continue;
            }
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                span,
                "replacement character: an earlier step lost the original character here",
            ));
        }
    }
}
