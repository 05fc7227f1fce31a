//! ## What it does
//! Flags fullwidth punctuation, digits and letters in English text: "trust， and support",
//! "reach 70％", "（ SOSMA）", "excitement... ！". The fix is the ordinary character. Fullwidth
//! marks inside Chinese or Japanese text, or right beside it ("（环境）"), are left alone: that is
//! where they belong.
//!
//! ## Why is this bad?
//! A Chinese or Japanese input method types the fullwidth forms, and text that passed through
//! one, by a translator or a translation system, keeps them. In English they are wrong twice: they
//! look out of place, with a wide blank after them, and software that splits on "," or "%" does
//! not see them.
//!
//! ## Example
//! ```text
//! The examination pass rate should reach 70％ or more.
//! ```
//! Use instead: `70%`.

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{next_candidate, Span};

pub struct FullwidthCharacter;

/// The ordinary character a fullwidth one stands for.
fn ordinary(c: char) -> Option<char> {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21),
        '、' => Some(','),
        '。' => Some('.'),
        _ => None,
    }
}

/// Chinese characters and kana, beside which fullwidth marks are at home.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

/// First bytes of U+3000 to U+3FFF and U+F000 to U+FFFF in UTF-8.
fn may_start(b: u8) -> bool {
    b == 0xe3 || b == 0xef
}

impl Check for FullwidthCharacter {
    fn id(&self) -> &'static str {
        "broken/fullwidth-character"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let text = cx.doc.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(at) = next_candidate(bytes, i, may_start) {
            i = at;
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                i += 1;
                continue;
            };
            let start = i;
            if ordinary(c).is_none() {
                i += c.len_utf8();
                continue;
            }
            // A run of them ("ＰＣ", "）。") is one flag.
            let mut plain = String::new();
            for c in text[start..].chars() {
                let Some(p) = ordinary(c) else { break };
                plain.push(p);
                i += c.len_utf8();
            }
            let before = text[..start].chars().next_back();
            let after = text[i..].chars().next();
            if before.is_some_and(is_cjk) || after.is_some_and(is_cjk) {
                continue;
            }
            let written = &text[start..i];
            out.push(
                Flag::new(
                    self.id(),
                    Severity::Warning,
                    Span::new(start, i),
                    format!("fullwidth character: '{written}' in English text, for '{plain}'"),
                )
                .with_fix(plain),
            );
        }
    }
}
