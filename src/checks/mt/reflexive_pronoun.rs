//! ## What it does
//! Flags a first-person subject whose verb takes the plain object pronoun where English needs
//! the reflexive: "I gave me such data" (myself), "we found us in a queue" (ourselves).
//!
//! ## Why is this bad?
//! Slavic languages mark a reflexive object with one word for every person (Ukrainian and
//! Russian "себе", Czech "si"); a translation system that renders it with the object pronoun of
//! the subject writes a sentence no English speaker would. The 54 M words of the lm-corpus put
//! "me" right after "I" and a verb once (an archaic "I think me"), and "us" after "we" and a verb
//! never. Left alone: a verb that
//! links the subject to itself ("I am me", "we became us"), the dialect that adds "me" to a
//! verb of getting before what is got ("I got me a truck"), and a Roman numeral after a name
//! ("World War I gave us").
//!
//! ## Example
//! ```text
//! I gave me such data for payment.
//! ```
//! Use instead: `I gave myself`, or the object the source meant.

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Shape, Span, TokenKind};
use crate::words::is_function_word;

pub struct ReflexivePronoun;

/// Verbs that link a subject to a description of itself: "I am me", "we became us".
const LINKING_VERBS: &[&str] = &[
    "become", "became", "becomes", "remain", "remained", "seem", "seemed", "stay", "stayed",
];

/// After "me" the dialect's benefactive names what is got: "I got me a truck".
const BENEFACTIVE_OBJECT: &[&str] = &["a", "an", "some", "one"];

impl Check for ReflexivePronoun {
    fn id(&self) -> &'static str {
        "mt/reflexive-pronoun"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let toks = &doc.tokens;
        // Word ids settle most tokens without reading their text.
        let subjects = [
            cx.evidence.id_of_folded("i"),
            cx.evidence.id_of_folded("we"),
        ];
        if subjects.iter().all(Option::is_none) {
            return;
        }
        for i in 0..toks.len().saturating_sub(2) {
            if !subjects.contains(&Some(cx.evidence.word_of[i])) {
                continue;
            }
            let object = match doc.tok(i) {
                "I" => "me",
                "we" | "We" => "us",
                _ => continue,
            };
            let line = toks[i].line;
            let (verb, pronoun) = (&toks[i + 1], &toks[i + 2]);
            if verb.kind != TokenKind::Word
                || verb.shape != Shape::Lower
                || verb.line != line
                || pronoun.line != line
                || !verb.space_before
                || !pronoun.space_before
                || doc.tok(i + 2) != object
            {
                continue;
            }
            let verb_text = doc.tok(i + 1);
            if is_function_word(verb_text) || LINKING_VERBS.contains(&verb_text) {
                continue;
            }
            // "World War I gave us": a numeral, not a subject.
            if i > 0 && toks[i - 1].line == line && toks[i - 1].is_capitalised(doc.text) {
                continue;
            }
            if toks
                .get(i + 3)
                .is_some_and(|n| n.line == line && BENEFACTIVE_OBJECT.contains(&n.text(doc.text)))
            {
                continue;
            }
            let span = Span::new(toks[i].span.start, pronoun.span.end);
            let reflexive = if object == "me" {
                "myself"
            } else {
                "ourselves"
            };
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                span,
                format!(
                    "reflexive pronoun: '{}' wants '{reflexive}'",
                    span.text(doc.text)
                ),
            ));
        }
    }
}
