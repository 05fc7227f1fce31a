//! ## What it does
//! Flags a word written twice in a row: "the the", "said said".
//!
//! ## Why is this bad?
//! A doubled word is the commonest slip of editing and of machine translation. Doublings that
//! English allows ("had had", "that that", "bye bye") are left alone, and so are a name in code
//! whose comment ends on it ("# connect the client client.connect(host)") and a word before the
//! acronym it spells ("at AT&T").
//!
//! ## Example
//! ```text
//! in the first half of of this year
//! ```

use std::cell::OnceCell;

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::evidence::NOT_A_WORD;
use crate::checks::runs::{for_each_word_run, same_phrase};
use crate::text::{Document, Shape, Span, TokenKind};

pub struct DoubledWord;

/// Doublings that are grammar ("had had", "that that"), a word of their own ("so-so", "bye
/// bye", "go-go") or an interjection. Emphatic ones ("very very", "many many") are left out:
/// the whole lm-corpus writes them once per two million words, and an edited text not at all.
const ALLOWED: &[&str] = &[
    "had", "that", "bye", "no", "yes", "ha", "so", "knock", "tut", "chop", "pom", "bora", "aye",
    "go", "do", "blah", "boo", "hip", "tsk", "sh", "ooh",
];

impl Check for DoubledWord {
    fn id(&self) -> &'static str {
        "repetition/doubled-word"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        // Most documents double no word: one pass over the word ids settles it.
        let ids = &cx.evidence.word_of;
        if !ids.windows(2).any(|p| p[0] == p[1] && p[0] != NOT_A_WORD) {
            return;
        }
        let doubled = OnceCell::new();
        for_each_word_run(doc, |run| {
            for w in run.windows(2) {
                let a = doc.tok(w[0]);
                if !same_phrase(doc, cx.evidence, w, 0, 1, 1)
                    || doc.tokens[w[0]].kind == TokenKind::Number
                {
                    continue;
                }
                if ALLOWED.iter().any(|x| x.eq_ignore_ascii_case(a)) || opens_code(doc, w[1]) {
                    continue;
                }
                // A word and the acronym it spells are two words: "the first FIRST Global
                // competition".
                let shapes = (doc.tokens[w[0]].shape, doc.tokens[w[1]].shape);
                if matches!(
                    shapes,
                    (Shape::Lower, Shape::Upper) | (Shape::Upper, Shape::Lower)
                ) {
                    continue;
                }
                // "Sir Run Run Shaw" written twice in a document is a name, not a slip, and so is
                // a name the document never writes single ("Wagga Wagga").
                let capitalised =
                    |j: usize| matches!(doc.tokens[j].shape, Shape::Title | Shape::Upper);
                if capitalised(w[0])
                    && capitalised(w[1])
                    && (doubled.get_or_init(|| doublings_per_type(cx))[ids[w[0]] as usize] > 1
                        || reduplicated_name(cx, w[0]))
                {
                    continue;
                }
                let span = Span::new(doc.tokens[w[0]].span.start, doc.tokens[w[1]].span.end);
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!("doubled word: '{a}' twice in a row"),
                ));
            }
        });
    }
}

/// The word at token `w` is an identifier in code, glued to a member, a call or an index: a
/// comment that ends on the name a listing's next line begins with ("# connect the client
/// client.connect(host)"), flattened onto one line by a scraper, doubles no word of prose.
fn opens_code(doc: &Document, w: usize) -> bool {
    let glued = |j: usize| doc.tokens.get(j).filter(|t| !t.space_before);
    match glued(w + 1).map(|t| t.text(doc.text)) {
        Some(".") => glued(w + 2).is_some_and(|t| t.kind == TokenKind::Word),
        Some(mark) => matches!(mark, "(" | "[" | "_" | "->" | "::"),
        None => false,
    }
}

/// The word at token `at` is a name, unknown to the lexicon or nearly always capitalised there,
/// that the document writes only in this pair: "Wagga Wagga", "Niang Niang Palace". A slip
/// doubles a word the document uses on its own too ("Shanghai Shanghai").
fn reduplicated_name(cx: &Context, at: usize) -> bool {
    cx.evidence.word(at).is_some_and(|w| {
        let f = &w.forms;
        f.lower + f.title_mid + f.title_initial + f.upper == 2 && w.name_like()
    })
}

/// How often each word type is written twice in a row, counted once per document: a name
/// doubled again elsewhere ("Sir Run Run Shaw" twice) is no slip, and asking each pair to scan
/// the document would take time in the square of its doublings.
fn doublings_per_type(cx: &Context) -> Vec<u32> {
    let mut doublings = vec![0u32; cx.evidence.vocab.len()];
    for pair in cx.evidence.word_of.windows(2) {
        if pair[0] == pair[1] {
            if let Some(n) = doublings.get_mut(pair[0] as usize) {
                *n += 1;
            }
        }
    }
    doublings
}
