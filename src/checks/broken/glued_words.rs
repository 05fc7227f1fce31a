//! ## What it does
//! Flags a token that is not an English word but splits into two common ones: "officialslike"
//! (officials like), "ofboat" (of boat).
//!
//! ## Why is this bad?
//! A lost space fuses two words; so does subword salad from weak machine translation. Names are
//! protected by the lexicon ("Kellogg" is a word there, and does not split into two frequent
//! words), and only lower-case tokens or capitalised ones whose halves are both very common are
//! considered.
//!
//! ## Example
//! ```text
//! echoed by other Western officialslike Australian Prime Minister Scott Morrison
//! ```
//! Use instead: `officials like`.

use crate::check::{Check, Context, Flag, Severity};
use crate::lexicon::Lexicon;
use crate::text::{Shape, TokenKind};

pub struct GluedWords;

/// Both halves must be at least this frequent (zipf × 100).
const MIN_PART_ZIPF100: u16 = 330;
const MIN_PART_ZIPF100_CAPITALISED: u16 = 420;

/// The best split of `word` into two frequent words, if any.
pub fn split_glued(lexicon: &Lexicon, word: &str, min_zipf100: u16) -> Option<(usize, u32)> {
    let mut best: Option<(usize, u32)> = None;
    for (cut, _) in word.char_indices().skip(2) {
        let (left, right) = word.split_at(cut);
        if right.chars().count() < 2 {
            break;
        }
        let (Some(l), Some(r)) = (lexicon.get(left), lexicon.get(right)) else {
            continue;
        };
        let short_ok = |s: &str, z: u16| s.chars().count() >= 3 || z >= 550;
        if l.zipf100 < min_zipf100
            || r.zipf100 < min_zipf100
            || !short_ok(left, l.zipf100)
            || !short_ok(right, r.zipf100)
        {
            continue;
        }
        let score = l.zipf100.min(r.zipf100) as u32;
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((cut, score));
        }
    }
    best
}

impl Check for GluedWords {
    fn id(&self) -> &'static str {
        "broken/glued-words"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word || t.span.len() < 5 {
                continue;
            }
            let min = match t.shape {
                Shape::Lower => MIN_PART_ZIPF100,
                Shape::Title => MIN_PART_ZIPF100_CAPITALISED,
                _ => continue,
            };
            let word = doc.tok(i);
            let Some(wt) = cx.evidence.word(i) else {
                continue;
            };
            if wt.lexicon.is_some() || !word.chars().all(char::is_alphabetic) {
                continue;
            }
            if t.shape == Shape::Title && wt.forms.title_mid + wt.forms.title_initial > 1 {
                continue;
            }
            let Some((cut, _)) = split_glued(cx.lexicon, word, min) else {
                continue;
            };
            let (left, right) = word.split_at(cut);
            out.push(
                Flag::new(
                    self.id(),
                    Severity::Warning,
                    t.span,
                    format!("glued words: '{word}' reads as '{left} {right}'"),
                )
                .with_fix(format!("{left} {right}")),
            );
        }
    }
}
