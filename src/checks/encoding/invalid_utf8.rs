//! ## What it does
//! Flags bytes in the input that are not valid UTF-8. The document is still checked: each invalid
//! sequence is replaced by U+FFFD, and the flag points at the replacement.
//!
//! ## Why is this bad?
//! The text was stored in another encoding (Windows-1252, Latin-1) or cut in the middle of a
//! character; whatever those bytes were is unreadable now. A file is never rejected for it, so no
//! record is lost, but the damage is reported where it is.
//!
//! ## Example
//! ```text
//! China\x92s foreign minister   (a Windows-1252 apostrophe in a UTF-8 file)
//! ```

use crate::check::{Check, Context, Flag, Severity};

pub struct InvalidUtf8;

impl Check for InvalidUtf8 {
    fn id(&self) -> &'static str {
        "encoding/invalid-utf8"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        for span in cx.invalid_utf8 {
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                *span,
                "invalid UTF-8: bytes that are not text were replaced by U+FFFD",
            ));
        }
    }
}
