//! ## What it does
//! Flags a sentence of eight or more words that the document has just written word for word,
//! in the same paragraph or the one before: "The talks will resume in May. ... The talks will
//! resume in May.", and one of four or more words written twice in a row.
//!
//! ## Why is this bad?
//! A sentence pasted twice, a teaser of the article caught again in its body, or a machine
//! translation that looped over its input: a writer says a long sentence once. Short ones recur
//! in clean prose ("It was not.") and are left alone, and a whole paragraph written twice is
//! repetition/duplicate-line's to report.
//!
//! ## Example
//! ```text
//! The minister said the plan would cut costs by a third. He gave no date. The minister said the plan would cut costs by a third.
//! ```

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use crate::check::{Check, Context, Flag, Severity};
use crate::text::count_words;

pub struct DuplicateSentence;

/// Shorter sentences recur in clean prose ...
const MIN_WORDS: usize = 8;
/// ... but not twice in a row, unless they are shorter than this ("Come on. Come on.").
const MIN_WORDS_AGAIN: usize = 4;

impl Check for DuplicateSentence {
    fn id(&self) -> &'static str {
        "repetition/duplicate-sentence"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let mut seen: FxHashMap<u64, usize> = FxHashMap::default();
        for (si, s) in doc.sentences.iter().enumerate() {
            // A copy is the same text, numbers and marks included: "the 1991 census gave it
            // 4,123 people" again with another number is a template, not a copy.
            let text = s.span.text(doc.text);
            if text.len() < MIN_WORDS_AGAIN * 2 {
                continue;
            }
            let words = count_words(doc.sentence_tokens(s));
            if words < MIN_WORDS {
                // A shorter sentence counts only right after itself: "He was given a
                // suspended sentence. He was given a suspended sentence."
                let again = words >= MIN_WORDS_AGAIN
                    && si > 0
                    && doc.sentences[si - 1].paragraph == s.paragraph
                    && doc.sentences[si - 1].span.text(doc.text) == text;
                if again {
                    out.push(Flag::new(
                        self.id(),
                        Severity::Warning,
                        s.span,
                        "duplicate sentence: the same words as the sentence right before it",
                    ));
                }
                continue;
            }
            let mut h = FxHasher::default();
            h.write(text.as_bytes());
            let key = h.finish();
            let Some(&first) = seen.get(&key) else {
                seen.insert(key, si);
                continue;
            };
            // A pull quote or a teaser comes back far from its first copy, and pages show
            // them on purpose; a slip or a loop repeats a sentence at once.
            // A paragraph written twice is repetition/duplicate-line's, even where its
            // quotes or spaces differ.
            let first_paragraph = doc.sentences[first].paragraph;
            let near = s.paragraph - first_paragraph <= 1;
            let paragraph_repeated = s.paragraph != first_paragraph
                && cx.evidence.fingerprints[s.paragraph]
                    == cx.evidence.fingerprints[first_paragraph]
                || whole_paragraph(doc, si) && whole_paragraph(doc, first);
            if !near || paragraph_repeated {
                continue;
            }
            let line = doc.tokens[doc.sentences[first].tokens.0].line;
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                s.span,
                format!(
                    "duplicate sentence: the same words as the sentence on line {}",
                    line + 1
                ),
            ));
        }
    }
}

/// The sentence is its paragraph's only one.
fn whole_paragraph(doc: &crate::text::Document, si: usize) -> bool {
    let p = &doc.paragraphs[doc.sentences[si].paragraph];
    p.sentences.1 - p.sentences.0 == 1
}
