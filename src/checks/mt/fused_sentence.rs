//! ## What it does
//! Flags a common word written with a capital in the middle of a sentence, right after another
//! word: "around their heads Leave bystanders", "Vladimir Putin It is seen as".
//!
//! ## Why is this bad?
//! Machine translation that loses a sentence boundary glues two sentences together and keeps the
//! second one's capital. The result reads as word salad. A scraper that joins two lines does the
//! same. Clean writers capitalise a word like "leave" or "it" mid-sentence almost never, which the
//! lexicon measures on 54 M words of clean English; names, titles and words the document itself
//! capitalises mid-sentence elsewhere are left alone, and so are title-case headings.
//!
//! ## Example
//! ```text
//! peace deals around their heads Leave bystanders in the face of the outlook.
//! ```
//! Use instead: two sentences, or a lower-case word.

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Shape, Span, TokenKind};
use crate::words::is_determiner_or_preposition;

pub struct FusedSentence;

/// Clean text capitalises the word mid-sentence at most this often (permille).
const MAX_CAP_PERMILLE: u16 = 40;
/// Only words at least this frequent: rare words' capitalisation statistics are noise.
const MIN_ZIPF100: u16 = 350;

impl Check for FusedSentence {
    fn id(&self) -> &'static str {
        "mt/fused-sentence"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            if cx.evidence.title_case[pi] {
                continue;
            }
            for i in p.tokens.0 + 1..p.tokens.1 {
                let t = &doc.tokens[i];
                if t.shape != Shape::Title || cx.evidence.initial[i] {
                    continue;
                }
                let prev = &doc.tokens[i - 1];
                if prev.kind != TokenKind::Word || !t.space_before {
                    continue;
                }
                // After an article or preposition no new clause can start: "the Leave campaign".
                if is_determiner_or_preposition(doc.tok(i - 1)) {
                    continue;
                }
                let word = doc.tok(i);
                if word == "I" || word.starts_with("I’") || word.starts_with("I'") {
                    continue;
                }
                let Some(wt) = cx.evidence.word(i) else {
                    continue;
                };
                let Some(entry) = wt.lexicon else {
                    continue;
                };
                let Some(cap) = entry.cap_permille else {
                    continue;
                };
                if cap > MAX_CAP_PERMILLE || entry.zipf100 < MIN_ZIPF100 {
                    continue;
                }
                if wt.forms.title_mid >= 2 {
                    continue;
                }
                // "Premier He Lifeng", "actor Will Smith": a capitalised word before another
                // starts a name.
                if doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && n.shape == Shape::Title && n.line == t.line)
                {
                    continue;
                }
                let span = Span::new(prev.span.start, t.span.end);
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!(
                        "fused sentences: '{}' joins two clauses without a full stop",
                        span.text(doc.text)
                    ),
                ));
            }
        }
    }
}
