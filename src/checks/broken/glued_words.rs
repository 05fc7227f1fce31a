//! ## What it does
//! Flags a token that is not an English word but splits into two common ones: "officialslike"
//! (officials like), "ofboat" (of boat), camel-case joins ("EducationMinister", "theChina"), and
//! frequent web typos that word lists carry as words ("ofthe", "itis").
//!
//! ## Why is this bad?
//! A lost space fuses two words; so does subword salad from weak machine translation. Names are
//! protected by the lexicon ("Kellogg" is a word there, and does not split into two frequent
//! words), brands written in camel case are in the lexicon ("YouTube"), and only lower-case
//! tokens or capitalised ones whose halves are both long and very common are considered.
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
const MIN_PART_ZIPF100: u16 = 360;
const MIN_PART_ZIPF100_CAPITALISED: u16 = 450;
/// A lexicon entry rarer than this may be a frequent typo of two words ...
const MAX_JUNK_ZIPF100: u16 = 340;
/// ... when both halves are among the commonest words.
const MIN_PART_ZIPF100_JUNK: u16 = 580;
/// The lower-case part of a camel-case join must be this common.
const MIN_CAMEL_LEFT_ZIPF100: u16 = 400;

/// The best split of `word` into two frequent words, if any.
pub fn split_glued(lexicon: &Lexicon, word: &str, min_zipf100: u16) -> Option<(usize, u32)> {
    let mut best: Option<(usize, u32)> = None;
    for (cut, _) in word.char_indices().skip(2) {
        let (left, right) = word.split_at(cut);
        if right.chars().count() < 2 {
            break;
        }
        let Some(l) = lexicon.get(left) else { continue };
        if l.zipf100 < min_zipf100 {
            continue;
        }
        let Some(r) = lexicon.get(right) else {
            continue;
        };
        let min_chars = if min_zipf100 == MIN_PART_ZIPF100_CAPITALISED {
            4
        } else {
            3
        };
        let short_ok =
            |s: &str, z: u16| s.chars().count() >= min_chars || z >= 550 && min_chars == 3;
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
            if t.kind != TokenKind::Word || t.span.len() < 4 {
                continue;
            }
            let word = doc.tok(i);
            let Some(wt) = cx.evidence.word(i) else {
                continue;
            };
            if !word
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
            {
                continue;
            }
            // A join the document repeats ("testsets", "TestAS", "Nono") is a term or a name,
            // not a lost space: those happen once.
            let once =
                wt.forms.lower + wt.forms.title_mid + wt.forms.title_initial + wt.forms.upper <= 1
                    && !repeated_mixed(cx, i);
            if !once {
                continue;
            }
            let cut = match (t.shape, wt.lexicon) {
                (Shape::Mixed, None) => camel_cut(cx, word),
                (Shape::Lower, Some(e))
                    if e.zipf100 < MAX_JUNK_ZIPF100 && e.cap_permille.is_none() =>
                {
                    // Web-crawled frequency lists carry frequent typos ("ofthe", "itis"): a rare
                    // entry made of two of the commonest words is still two words.
                    split_glued(cx.lexicon, word, MIN_PART_ZIPF100_JUNK).map(|(c, _)| c)
                }
                // A compound the document uses again ("testsets", "pretrained") is a term, not a
                // lost space: those happen once.
                (Shape::Lower, None)
                    if wt.forms.lower + wt.forms.title_mid + wt.forms.title_initial <= 1 =>
                {
                    split_glued(cx.lexicon, word, MIN_PART_ZIPF100).map(|(c, _)| c)
                }
                (Shape::Title, None) => {
                    split_glued(cx.lexicon, word, MIN_PART_ZIPF100_CAPITALISED).map(|(c, _)| c)
                }
                _ => None,
            };
            let Some(cut) = cut else { continue };
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

/// "EducationMinister", "theChina": a lower-case letter followed by a capital inside an unknown
/// word, where the part before is a common word and the part after is capitalised. Brand names
/// written this way ("YouTube", "PayPal", "iPhone") are in the lexicon and never reach here.
/// Mixed-case words are not counted in the word forms: look for another token of the same type.
fn repeated_mixed(cx: &Context, i: usize) -> bool {
    let id = cx.evidence.word_of[i];
    cx.doc.tokens[i].shape == Shape::Mixed
        && cx
            .evidence
            .word_of
            .iter()
            .filter(|&&w| w == id)
            .nth(1)
            .is_some()
}

fn camel_cut(cx: &Context, word: &str) -> Option<usize> {
    let base = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    if base.len() < word.len() && cx.lexicon.contains(base) {
        return None;
    }
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if prev_lower && c.is_uppercase() {
            let (left, right) = word.split_at(i);
            let left_common = cx
                .lexicon
                .get(left)
                .is_some_and(|e| e.zipf100 >= MIN_CAMEL_LEFT_ZIPF100)
                && left.chars().count() >= 2;
            let right_word = right
                .chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == '\'' || c == '’')
                && right.chars().count() >= 2
                || right.chars().all(char::is_uppercase) && right.len() >= 2;
            return (left_common && right_word).then_some(i);
        }
        prev_lower = c.is_lowercase();
    }
    None
}
