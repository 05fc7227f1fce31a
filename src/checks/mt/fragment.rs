//! ## What it does
//! Flags a sentence fragment left behind by a misplaced full stop: a one- or two-word "sentence"
//! of content words after another sentence in the same paragraph ("to end the fight. Ukraine.",
//! "he said. Barkins."), and an attribution cut off from its quote ("in Shanghai. One Yu Bin
//! said.").
//!
//! ## Why is this bad?
//! Machine translation that mis-places a sentence boundary strands the last words of a clause as
//! a sentence of their own. Complete one-word utterances ("Yes.", "Exactly."), short sentences with
//! a function word ("He did.") and headings are left alone.
//!
//! ## Example
//! ```text
//! At the very least, observers are left outside the rapid development that they say surprised Chinese officials. advantage.
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::TokenKind;
use crate::words::{is_function_word, is_interjection, is_speech_verb};

pub struct Fragment;

impl Check for Fragment {
    fn id(&self) -> &'static str {
        "mt/fragment"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for (si, s) in doc.sentences.iter().enumerate() {
            if si == 0 || doc.sentences[si - 1].paragraph != s.paragraph || !s.terminated {
                continue;
            }
            let prev = &doc.sentences[si - 1];
            if !prev.terminated || doc.tok(prev.tokens.1 - 1) != "." {
                continue;
            }
            let toks = doc.sentence_tokens(s);
            if toks.iter().any(|t| {
                matches!(
                    t.kind,
                    TokenKind::Number | TokenKind::Symbol | TokenKind::Link
                )
            }) {
                continue;
            }
            let words: Vec<&str> = toks
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.text(doc.text))
                .collect();
            let Some(&last) = words.last() else { continue };
            if doc.tok(s.tokens.1 - 1) != "." {
                continue;
            }
            let stranded = words.len() <= 2
                && !words
                    .iter()
                    .any(|w| is_function_word(w) || is_interjection(w));
            let orphan_attribution = (2..=4).contains(&words.len())
                && is_speech_verb(last)
                && !words.iter().any(|w| is_function_word(w))
                && !toks
                    .iter()
                    .any(|t| t.kind == TokenKind::Punct && t.text(doc.text) != ".");
            if !stranded && !orphan_attribution {
                continue;
            }
            let message = if orphan_attribution {
                format!(
                    "fragment: '{}' is an attribution cut off from its sentence",
                    s.span.text(doc.text)
                )
            } else {
                format!(
                    "fragment: '{}' stands alone after a full stop",
                    s.span.text(doc.text)
                )
            };
            out.push(Flag::new(self.id(), Severity::Warning, s.span, message));
        }
    }
}
