//! ## What it does
//! Flags an initialism written with spaces between its letters: "the U. S. economy", "U. K.
//! troops". The letters must join into a common initialism of clean text ("US", "UK"), and
//! they must not be a person's initials: none after a capitalised word ("Vicky M. C. Chen") or
//! before a surname ("C. S. Lewis").
//!
//! ## Why is this bad?
//! Tokenised text that was put back together carelessly, most often machine translation, leaves
//! a space after every full stop. Human writers and editors keep an initialism together.
//!
//! ## Example
//! ```text
//! predicted that the U. S. economy will continue its gradual growth
//! ```
//! Use instead: `U.S.`.

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Shape, Span, TokenKind};

pub struct SpacedInitialism;

/// Clean text writes the joined letters in capitals at least this often (permille): "US", "UK" ...
const MIN_ACRONYM_CAP_PERMILLE: u16 = 700;
/// ... and they are this common (zipf × 100): a person's two initials ("H. G.", "C. L.") are
/// rarer ...
const MIN_ACRONYM_ZIPF100: u16 = 440;
/// ... while three or four letters are seldom a person's, and need only this ("U. S. S. R.").
const MIN_LONG_ACRONYM_ZIPF100: u16 = 300;
/// A capitalised word after the initials that clean text capitalises this often (permille) is a
/// surname: "C. S. Lewis".
const MIN_SURNAME_CAP_PERMILLE: u16 = 960;
/// Longest initialism looked at, in letters.
const MAX_LETTERS: usize = 4;

impl Check for SpacedInitialism {
    fn id(&self) -> &'static str {
        "broken/spaced-initialism"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let toks = &doc.tokens;
        let letter_at = |j: usize| {
            toks.get(j).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.span.len() == 1
                    && doc.tok(j).bytes().all(|b| b.is_ascii_uppercase())
            }) && toks
                .get(j + 1)
                .is_some_and(|d| !d.space_before && doc.tok(j + 1) == ".")
        };
        let mut i = 0;
        while i < toks.len() {
            if !letter_at(i) {
                i += 1;
                continue;
            }
            let mut letters = 1;
            while letters < MAX_LETTERS
                && letter_at(i + 2 * letters)
                && toks[i + 2 * letters].space_before
                && toks[i + 2 * letters].line == toks[i].line
            {
                letters += 1;
            }
            let end = i + 2 * letters;
            if letters >= 2 && !after_capitalised_word(cx, i) && !before_surname(cx, end) {
                let joined: String = (0..letters).map(|k| doc.tok(i + 2 * k)).collect();
                let known = cx
                    .lexicon
                    .get(&joined.to_ascii_lowercase())
                    .is_some_and(|e| {
                        let min_zipf100 = if letters == 2 {
                            MIN_ACRONYM_ZIPF100
                        } else {
                            MIN_LONG_ACRONYM_ZIPF100
                        };
                        e.zipf100 >= min_zipf100
                            && e.cap_permille
                                .is_some_and(|c| c >= MIN_ACRONYM_CAP_PERMILLE)
                    });
                if known {
                    let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
                    let fixed: String = span.text(doc.text).split_whitespace().collect();
                    out.push(
                        Flag::new(
                            self.id(),
                            Severity::Warning,
                            span,
                            format!(
                                "spaced initialism: '{}' is written '{fixed}'",
                                span.text(doc.text)
                            ),
                        )
                        .with_fix(fixed),
                    );
                }
            }
            i = end;
        }
    }
}

/// A capitalised word stands right before token `i` on its line: a first name before initials.
fn after_capitalised_word(cx: &Context, i: usize) -> bool {
    i > 0 && {
        let prev = &cx.doc.tokens[i - 1];
        prev.is_word() && prev.shape != Shape::Lower && prev.line == cx.doc.tokens[i].line
    }
}

/// Token `j` is a capitalised word that clean text nearly always capitalises, or does not know.
fn before_surname(cx: &Context, j: usize) -> bool {
    cx.doc.tokens.get(j).is_some_and(|t| {
        t.is_word()
            && t.shape != Shape::Lower
            && cx.evidence.word(j).is_none_or(|w| {
                w.lexicon
                    .and_then(|e| e.cap_permille)
                    .is_none_or(|c| c >= MIN_SURNAME_CAP_PERMILLE)
            })
    })
}
