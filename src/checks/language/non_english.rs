//! ## What it does
//! Flags paragraphs that are not in English, as told by whatlang, and only where the paragraph is
//! long enough for the answer to be reliable (twelve words or more).
//!
//! ## Why is this bad?
//! An English corpus or an English article with a paragraph of German, Chinese or Russian in it
//! is not what its label says: a failed translation, an untranslated quote block or a scraped
//! page in another language. Paragraphs full of English function words are English whatever
//! names they carry, and are not sent to the detector at all (whatlang calls "said on Monday"
//! Afrikaans).
//!
//! ## Example
//! ```text
//! Die Bundesregierung hat am Montag angekündigt, dass sie die Hilfen für die Ukraine ausweiten will.
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::TokenKind;

pub struct NonEnglish;

const MIN_WORDS: usize = 12;
/// English prose has a third or more function words; below this share the paragraph is asked.
const ENGLISH_FUNCTION_SHARE: f32 = 0.18;

impl Check for NonEnglish {
    fn id(&self) -> &'static str {
        "language/non-english"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let mut foreign_words = 0;
        let start = out.len();
        for p in &doc.paragraphs {
            let toks = doc.paragraph_tokens(p);
            let words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
            let line = p.span.text(doc.text);
            // Scripts without spaces have few "words": count characters instead.
            let long_enough = words >= MIN_WORDS || line.chars().count() >= 40 && !line.is_ascii();
            if !long_enough {
                continue;
            }
            let function = (p.tokens.0..p.tokens.1)
                .filter(|&i| cx.evidence.word(i).is_some_and(|w| w.function))
                .count();
            if words > 0 && function as f32 >= ENGLISH_FUNCTION_SHARE * words as f32 {
                continue;
            }
            let Some(info) = whatlang::detect(line) else {
                continue;
            };
            if info.lang() == whatlang::Lang::Eng || !info.is_reliable() {
                continue;
            }
            foreign_words += words.max(1);
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                p.span,
                format!(
                    "not English: this paragraph reads as {} (confidence {:.2})",
                    info.lang().eng_name(),
                    info.confidence()
                ),
            ));
        }
        if foreign_words * 2 > doc.word_count.max(1) {
            for f in &mut out[start..] {
                f.severity = Severity::Error;
            }
        }
    }
}
