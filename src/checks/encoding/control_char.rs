//! ## What it does
//! Flags invisible characters that have no place in plain text: C0 control characters (other
//! than tab and line breaks) and DEL, zero-width spaces and joiners, bidirectional overrides, a
//! byte-order mark inside the text, and soft hyphens. C1 controls (U+0080 to U+009F) are
//! Windows-1252 punctuation read as Latin-1 and are reported by encoding/mojibake, with the
//! character they stood for.
//!
//! ## Why is this bad?
//! They come from binary junk, copy-paste from PDFs and web pages, or deliberate obfuscation. They
//! split words invisibly ("Ukra\u{200B}ine" no longer matches "Ukraine") and can reorder what a
//! reader sees. A zero-width joiner inside an emoji sequence is legitimate and left alone.
//!
//! ## Example
//! ```text
//! peace\u{200B}keeping forces
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::Span;

pub struct ControlChar;

fn describe(c: char) -> Option<&'static str> {
    Some(match c {
        '\t' | '\n' | '\r' => return None,
        '\u{0}'..='\u{1f}' | '\u{7f}' => "a control character",
        '\u{200b}' => "a zero-width space",
        '\u{200c}' => "a zero-width non-joiner",
        '\u{2060}' => "a word joiner",
        '\u{feff}' => "a byte-order mark",
        '\u{ad}' => "a soft hyphen",
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => "a bidirectional control",
        _ => return None,
    })
}

impl Check for ControlChar {
    fn id(&self) -> &'static str {
        "encoding/control-char"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let text = cx.doc.text;
        // Only these bytes start one of the characters above: a byte loop skips the rest of
        // the text without decoding it, one table load a byte.
        const MAY_START: [bool; 256] = {
            let mut table = [false; 256];
            let mut b = 0;
            while b < 256 {
                table[b] = b < 0x20 && !matches!(b, 0x09 | 0x0a | 0x0d)
                    || matches!(b, 0x7f | 0xc2 | 0xe2 | 0xef);
                b += 1;
            }
            table
        };
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if !MAY_START[usize::from(b)] {
                continue;
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                continue;
            };
            let Some(what) = describe(c) else { continue };
            let span = Span::new(i, i + c.len_utf8());
            out.push(
                Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!("invisible character: {what} (U+{:04X})", c as u32),
                )
                .with_fix(""),
            );
        }
    }
}
