//! ## What it does
//! Flags mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 on its way here, so that
//! "’" became "â€™" and "é" became "Ã©". Where the bytes reassemble into valid UTF-8 the repair is
//! certain and offered as a fix (applied only on request, never silently).
//!
//! ## Why is this bad?
//! Mojibake makes text unreadable for people and poisons the vocabulary of a model trained on it.
//! The check does not guess from letter frequencies: it reverses the exact misdecoding, byte by
//! byte, and reports only sequences that come out as valid UTF-8 (the idea behind ftfy), so
//! accented words written correctly ("café", "naïve") are never touched.
//!
//! ## Example
//! ```text
//! Itâ€™s the cafÃ© on the corner
//! ```
//! Use instead: `It’s the café on the corner`.

use crate::check::{Check, Context, Flag, Severity};
use crate::text::Span;

pub struct Mojibake;

/// The byte that Windows-1252 (or, for its holes, Latin-1) decodes to `c`.
fn cp1252_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{00}'..='\u{7f}' => return None,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        '\u{80}'..='\u{ff}' => c as u32 as u8,
        _ => return None,
    };
    Some(b)
}

/// Repairs the misdecoded sequence starting at the beginning of `s`, if there is one: returns
/// the number of bytes of `s` it spans and the repaired character.
fn repair_at(s: &str) -> Option<(usize, char)> {
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    let lead = cp1252_byte(first)?;
    let need = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = vec![lead];
    let mut end = first.len_utf8();
    for _ in 0..need {
        let (i, c) = chars.next()?;
        let b = cp1252_byte(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        bytes.push(b);
        end = i + c.len_utf8();
    }
    let decoded = std::str::from_utf8(&bytes).ok()?;
    let c = decoded.chars().next()?;
    Some((end, c))
}

/// A byte in 0x80..0xFF could only start mojibake; skip text without one quickly.
fn may_contain(text: &str) -> bool {
    text.bytes()
        .any(|b| b == 0xC2 || b == 0xC3 || b == 0xC5 || b == 0xC6 || b == 0xCB || b == 0xE2)
}

impl Check for Mojibake {
    fn id(&self) -> &'static str {
        "encoding/mojibake"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let text = cx.doc.text;
        if !may_contain(text) {
            return;
        }
        let mut run: Option<(Span, String)> = None;
        let mut i = 0;
        while i < text.len() {
            let rest = &text[i..];
            let c = rest.chars().next().expect("in bounds");
            match repair_at(rest) {
                Some((len, fixed)) => {
                    let span = Span::new(i, i + len);
                    match &mut run {
                        Some((s, f)) if s.end == i => {
                            s.end = span.end;
                            f.push(fixed);
                        }
                        _ => {
                            flush(self.id(), text, run.take(), out);
                            run = Some((span, fixed.to_string()));
                        }
                    }
                    i += len;
                }
                None => i += c.len_utf8(),
            }
        }
        flush(self.id(), text, run, out);
    }
}

fn flush(rule: &'static str, text: &str, run: Option<(Span, String)>, out: &mut Vec<Flag>) {
    if let Some((span, fixed)) = run {
        out.push(
            Flag::new(
                rule,
                Severity::Warning,
                span,
                format!(
                    "mojibake: '{}' is UTF-8 read as Windows-1252; it was '{fixed}'",
                    span.text(text)
                ),
            )
            .with_fix(fixed),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_classic_cases() {
        assert_eq!(repair_at("â€™s"), Some((8, '’')));
        assert_eq!(repair_at("Ã©t"), Some((4, 'é')));
        assert_eq!(repair_at("café"), None);
        assert_eq!(repair_at("naïve"), None);
    }
}
