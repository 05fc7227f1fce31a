//! Does a short run of words look like a person's name? Used by the byline checks.

use crate::check::Context;
use crate::text::{Shape, Token, TokenKind};

const PARTICLES: &[&str] = &[
    "al", "el", "de", "da", "del", "della", "der", "den", "van", "von", "bin", "ibn", "la", "le",
    "di", "du", "dos", "das", "st",
];

/// Tokens (words and initials' dots only) that spell a name of 2 to 5 words: every word
/// capitalised and, when the lexicon knows it, usually capitalised in clean text too.
pub fn looks_like_name(cx: &Context, toks: &[Token]) -> bool {
    let text = cx.doc.text;
    let mut words = 0;
    for t in toks {
        match t.kind {
            TokenKind::Punct if t.text(text) == "." => continue,
            TokenKind::Word => {}
            _ => return false,
        }
        let w = t.text(text);
        words += 1;
        if PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w)) && words > 1 {
            continue;
        }
        let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        if initial {
            continue;
        }
        if !matches!(t.shape, Shape::Title | Shape::Mixed) || !w.starts_with(char::is_uppercase) {
            return false;
        }
        if let Some(cap) = cx.lexicon.get(w).and_then(|e| e.cap_permille) {
            if cap < 300 {
                return false;
            }
        }
    }
    (2..=5).contains(&words)
}
