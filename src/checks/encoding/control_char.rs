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

/// The eight bytes of `word` may hold the first byte of a character above: a byte below 0x20,
/// DEL, or a byte of a non-ASCII character (the test for bytes below 0x20 is exact about whether
/// there is one, not about where).
fn may_hold_one(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & TOPS;
    let del = word ^ (ONES * 0x7f);
    let is_del = del.wrapping_sub(ONES) & !del & TOPS;
    (below_space | is_del | word & TOPS) != 0
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
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Printable ASCII is most of any text: eight bytes of it are passed over at once.
            if let Some(chunk) = bytes.get(i..i + 8) {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                if !may_hold_one(u64::from_le_bytes(word)) {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            i += 1;
            if !MAY_START[usize::from(b)] {
                continue;
            }
            let Some(c) = text.get(i - 1..).and_then(|rest| rest.chars().next()) else {
                continue;
            };
            let i = i - 1;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunk_is_passed_over_only_when_every_byte_is_printable_ascii() {
        for b in 0u8..=255 {
            let mut chunk = *b"abcdefgh";
            chunk[5] = b;
            let expected = !(0x20..0x7f).contains(&b);
            assert_eq!(may_hold_one(u64::from_le_bytes(chunk)), expected, "{b:#x}");
        }
    }
}
