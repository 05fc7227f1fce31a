//! ## What it does
//! Flags a new sentence that starts, capital and all, right after a comma: "The bus overturned,
//! It had struck a truck", "However, The earliest moai date", "in the construction wing, It was
//! integrated".
//!
//! ## Why is this bad?
//! A line cut after a comma and glued to the next sentence, or two sentences whose full stop
//! became a comma, leave the second sentence's capital behind the comma. Clean text almost never
//! writes a capitalised article, subject pronoun or quantifier ("The", "It", "Some"), or a common
//! word it seldom capitalises, right after a comma: a 3.2 M-word sample of the lm-corpus does it
//! about once in 100,000 words, and nearly always as the same slip. A capitalised preposition
//! before a lower-case word opens the next sentence's adverbial phrase ("while on a date, In
//! second place, with 67 votes, was"). Left alone: "I", conjunctions (speech and verse
//! capitalise them: "the money, So how do we"), a salutation ("Fellow citizens, In obedience"), a
//! word the document capitalises elsewhere, a common word after an opening phrase, where it is
//! often a name ("Since then, May has written"), the pronouns of devotional writing ("through
//! His appointed time, He now wills"), a quotation after a verb of saying ("she said, The plan
//! is ready") and a title that goes on ("his second album, Tired of Hanging Around").
//!
//! ## Example
//! ```text
//! The bus overturned, It had struck a truck on the bridge.
//! ```
//! Use instead: a full stop before the new sentence, or a lower-case word.

use std::cell::OnceCell;

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::mt::fused_sentence::{self, is_reverential_pronoun, mentions_a_deity};
use crate::text::{Shape, Span, TokenKind};
use crate::words::{is_determiner, is_function_word, is_speech_verb};

pub struct CommaSplice;

/// Clean text capitalises the word mid-sentence at most this often (permille).
const MAX_CAP_PERMILLE: u16 = 15;
/// A salutation before its comma has at most this many words: "Fellow citizens,", "Dear Mr
/// Smith,".
const MAX_SALUTATION_WORDS: usize = 3;
/// Only words at least this frequent (zipf × 100): rare words' capitalisation is noise.
const MIN_ZIPF100: u16 = 350;

impl Check for CommaSplice {
    fn id(&self) -> &'static str {
        "broken/comma-splice"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let toks = &doc.tokens;
        let religious = OnceCell::new();
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            if cx.evidence.title_case[pi] || cx.languages().is_foreign_line(p.line) {
                continue;
            }
            let para = &toks[p.tokens.0..p.tokens.1];
            let sentences = &doc.sentences[p.sentences.0..p.sentences.1];
            // Commas are found in the bytes, and only their tokens are looked at: this runs on
            // every paragraph of a corpus.
            for at in memchr::memchr_iter(b',', p.span.text(doc.text).as_bytes()) {
                let at = p.span.start + at;
                let k = p.tokens.0 + para.partition_point(|t| t.span.start < at);
                let i = k + 1;
                if k >= p.tokens.1 || toks[k].span.start != at || i + 1 >= p.tokens.1 || k < 1 {
                    continue;
                }
                let (comma, t) = (&toks[k], &toks[i]);
                if comma.kind != TokenKind::Punct
                    || comma.span.len() != 1
                    || t.shape != Shape::Title
                    || !t.space_before
                {
                    continue;
                }
                let (before, after) = (&toks[i - 2], &toks[i + 1]);
                if before.kind != TokenKind::Word
                    || after.kind != TokenKind::Word
                    || after.shape != Shape::Lower
                    || after.line != t.line
                    || !after.space_before
                    || is_speech_verb(doc.tok(i - 2))
                    || title_goes_on(doc, i)
                {
                    continue;
                }
                // The sentence holds the comma and the capital: a sentence's first word comes
                // after no comma.
                let s = &sentences[sentences
                    .partition_point(|s| s.tokens.1 <= i)
                    .min(sentences.len() - 1)];
                if s.tokens.0 + 2 > i || i + 1 >= s.tokens.1 {
                    continue;
                }
                let Some(wt) = cx.evidence.word(i) else {
                    continue;
                };
                let opener = if wt.function {
                    (opens_subject(doc.tok(i))
                        || opens_adverbial_phrase(doc, i) && k - s.tokens.0 > MAX_SALUTATION_WORDS)
                        && !(is_reverential_pronoun(doc.tok(i))
                            && *religious.get_or_init(|| mentions_a_deity(doc)))
                } else {
                    // After an opening phrase ("In particular,", "After the war ended,") a
                    // capital is the subject: often a name that is also a word ("Since then,
                    // May has").
                    let first = doc.tok(s.tokens.0);
                    let opening_phrase =
                        is_function_word(first) && !is_determiner(first) && !opens_subject(first);
                    !opening_phrase
                        && wt.forms.title_mid <= 1
                        && wt.lexicon.is_some_and(|e| {
                            e.zipf100 >= MIN_ZIPF100
                                && e.cap_permille.is_some_and(|c| c <= MAX_CAP_PERMILLE)
                        })
                };
                if !opener {
                    continue;
                }
                let span = Span::new(before.span.start, t.span.end);
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!(
                        "comma splice: '{}' starts a new sentence after a comma",
                        span.text(doc.text)
                    ),
                ));
            }
        }
    }
}

/// Function words that open a sentence as or before its subject: "The bus", "It was", "There
/// are". Conjunctions are left out: speech and verse capitalise them after a comma ("the money,
/// So how do we").
fn opens_subject(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "This"
            | "These"
            | "Those"
            | "It"
            | "Its"
            | "He"
            | "His"
            | "She"
            | "They"
            | "Their"
            | "We"
            | "Our"
            | "There"
            | "My"
            | "Other"
            | "Some"
            | "Many"
            | "Most"
            | "Several"
            | "Both"
            | "Each"
    )
}

/// A preposition that opens a sentence's adverbial phrase, before a lower-case word or a
/// determiner and one: "on a date, In second place, with 67 votes, was", "a north-westerly wind,
/// During the day the temperature". A title goes on in capitals ("the bands U2, After the Fire
/// and Kajagoogoo"). The caller asks for more words before the comma than a salutation has
/// ("Fellow citizens, In obedience to the will of the people").
fn opens_adverbial_phrase(doc: &crate::text::Document, i: usize) -> bool {
    let lower_at = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|n| n.is_word() && n.shape == Shape::Lower && n.line == doc.tokens[i].line)
    };
    matches!(
        doc.tok(i),
        "In" | "During"
            | "After"
            | "Before"
            | "On"
            | "At"
            | "With"
            | "By"
            | "From"
            | "Despite"
            | "Since"
            | "Under"
            | "Following"
            | "Amid"
            | "Throughout"
            | "For"
            | "Within"
            | "Upon"
            | "Against"
            | "Toward"
            | "Towards"
            | "Through"
            | "Unlike"
            | "Among"
    ) && lower_at(i + 1)
        && (!is_determiner(doc.tok(i + 1)) || lower_at(i + 2) || is_number_at(doc, i + 2))
}

fn is_number_at(doc: &crate::text::Document, j: usize) -> bool {
    doc.tokens
        .get(j)
        .is_some_and(|n| n.kind == TokenKind::Number)
}

/// A title goes on after the capital: "three levels, Original and Grand", "the show, Just a
/// Minute", "its second album, Tired of Hanging Around".
fn title_goes_on(doc: &crate::text::Document, i: usize) -> bool {
    doc.tokens
        .get(i + 1)
        .is_some_and(|n| matches!(n.text(doc.text), "and" | "or" | "of" | "&"))
        || fused_sentence::title_goes_on(doc, i)
}
