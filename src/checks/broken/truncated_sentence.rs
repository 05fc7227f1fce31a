//! ## What it does
//! Flags a paragraph that stops in the middle of a sentence: its last sentence has no final
//! punctuation and ends on a word no sentence ends on ("It is seen as"), or a paragraph of prose
//! that stops at a comma ("Mugabe was born in 1924 in Kutama,"). Also flags a sentence of any
//! paragraph that has its full stop right after an article ("10 for the."), and, as a note
//! (severity info), a paragraph of prose that stops on a lower-case word, or a name or number
//! after one ("the first country in Asia"), without a full stop where the document's other
//! prose paragraphs, three times as many, end with one.
//!
//! ## Why is this bad?
//! Truncation by a scraper, a length limit or machine translation loses the end of the thought.
//! Headings, titles and chat lines also lack a full stop, so an unpunctuated line is only flagged
//! when it ends on an article, preposition, conjunction or auxiliary; after a full sentence in
//! the same paragraph (not a list number: "2. Student debt is") it is no heading, so two words
//! suffice ("Because for the"). A full stop does not mend
//! a sentence cut after "the", "a" or "an"; an article quoted as a word ('the word "the".') is
//! left alone.
//!
//! ## Example
//! ```text
//! a carefully built partnership with Chinese leader Xi Jinping President Vladimir Putin It is seen as
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{count_words, Shape, Span, Token, TokenKind};
use crate::words::is_dangling_word;

pub struct TruncatedSentence;

impl Check for TruncatedSentence {
    fn id(&self) -> &'static str {
        "broken/truncated-sentence"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for s in doc.sentences.iter().filter(|s| s.terminated) {
            let toks = doc.sentence_tokens(s);
            let Some(stop) = toks.iter().rposition(|t| {
                t.kind == TokenKind::Punct && matches!(t.text(doc.text), "." | "!" | "?")
            }) else {
                continue;
            };
            let words = count_words(&toks[..stop]);
            let Some(article) = stop.checked_sub(1).map(|k| &toks[k]) else {
                continue;
            };
            if words < 4 || !matches!(article.text(doc.text), "the" | "a" | "an") {
                continue;
            }
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                Span::new(article.span.start, toks[stop].span.end),
                format!(
                    "truncated sentence: it stops after '{}'",
                    article.text(doc.text)
                ),
            ));
        }
        let prose_endings = std::cell::OnceCell::new();
        for p in &doc.paragraphs {
            let (first, end) = p.sentences;
            if first == end {
                continue;
            }
            let last = &doc.sentences[end - 1];
            if last.terminated {
                continue;
            }
            let toks = doc.sentence_tokens(last);
            let Some(tail) = toks.last() else { continue };
            let after_sentences = after_full_sentences(doc, p);
            let words: Vec<usize> = (last.tokens.0..last.tokens.1)
                .filter(|&i| doc.tokens[i].is_word())
                .collect();
            // A heading is one short line; after full sentences in its paragraph, even two
            // words are a cut sentence: "Because for the".
            let min_words = if after_sentences { 2 } else { 4 };
            if words.len() < min_words {
                continue;
            }
            let from = words[words.len().saturating_sub(3)];
            let span = Span::new(doc.tokens[from].span.start, tail.span.end);
            let tail_text = tail.text(doc.text);
            // A comma ends no paragraph of prose: "Mugabe was born in 1924 in Kutama,".
            let cut = match tail.kind {
                TokenKind::Punct => after_sentences && tail_text == ",",
                TokenKind::Word => is_dangling_word(tail_text),
                _ => false,
            };
            if cut {
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!("truncated sentence: the paragraph stops at '{}'", tail_text),
                ));
            } else if matches!(tail.kind, TokenKind::Word | TokenKind::Number)
                && after_sentences
                && words.len() >= 4
                && open_tail(doc, last, tail)
                && *prose_endings.get_or_init(|| ends_prose(doc))
            {
                // Any word may end a cut; a paragraph a writer left open, a heading run in,
                // may too: a note, not a warning.
                out.push(Flag::new(
                    self.id(),
                    Severity::Info,
                    span,
                    format!(
                        "truncated sentence: the paragraph stops at '{}' without a full stop, \
                         where the document's other paragraphs end with one",
                        tail_text
                    ),
                ));
            }
        }
    }
}

/// Prose paragraphs (two sentences or more) that end with a stop outnumber the open ones, the
/// one judged included, this many times.
const MIN_TERMINATED_PER_OPEN: usize = 3;

/// A paragraph of prose: its earlier sentences ended with stops, so its last one is no heading,
/// and one of them is a sentence, not a list number ("2. Student debt is depleting").
fn after_full_sentences(doc: &crate::text::Document, p: &crate::text::Paragraph) -> bool {
    let (first, end) = p.sentences;
    let earlier = &doc.sentences[first..end.saturating_sub(1)];
    !earlier.is_empty()
        && earlier.iter().all(|s| s.terminated)
        && earlier
            .iter()
            .any(|s| count_words(doc.sentence_tokens(s)) >= 4)
}

/// The last sentence stops on a lower-case word, or on a name or a number after one ("the first
/// country in Asia", "in the 2020"), not on a run of capitals that may be a heading run in.
fn open_tail(doc: &crate::text::Document, last: &crate::text::Sentence, tail: &Token) -> bool {
    let lower = |t: &Token| t.shape == Shape::Lower && !t.text(doc.text).contains('.');
    let before = doc.sentence_tokens(last).iter().rev().nth(1);
    lower(tail)
        || before.is_some_and(|b| b.kind == TokenKind::Word && lower(b))
            && !tail.text(doc.text).contains('.')
}

/// The document ends its prose paragraphs with a stop, so an open one stands out; chat and
/// verse leave lines open by habit.
fn ends_prose(doc: &crate::text::Document) -> bool {
    let (mut terminated, mut open) = (0, 0);
    for p in doc
        .paragraphs
        .iter()
        .filter(|p| p.sentences.1 - p.sentences.0 >= 2)
    {
        if doc.sentences[p.sentences.1 - 1].terminated {
            terminated += 1;
        } else {
            open += 1;
        }
    }
    terminated >= MIN_TERMINATED_PER_OPEN * open.max(1)
}
