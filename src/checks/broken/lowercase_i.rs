//! ## What it does
//! Flags the pronoun "I" written in lower case: "i can't.", "so i thought that might be why",
//! "i'm sure". A lone "i" counts only before a verb ("i was", "i think") or as a contraction
//! ("i'm", "i've"), so list markers ("(i) the first"), variables ("for i in"), names ("Mitsubishi
//! i") and the "i" of other languages ("Odbrana i zaštita") are left alone. The fix is the
//! capital.
//!
//! ## Why is this bad?
//! English writes the pronoun with a capital everywhere. A lower-case one comes from text
//! lower-cased by a machine translation system or a pipeline, or from chat and comments typed
//! in haste: either way it is not edited prose.
//!
//! ## Example
//! ```text
//! Can you be a pillar? i can't.
//! ```
//! Use instead: `I can't.`

use crate::check::{Check, Context, Flag, Severity};
use crate::clause_words::is_finite_verb;
use crate::text::Shape;

pub struct LowercaseI;

/// The pronoun's forms as the evidence folds them.
const FORMS: &[&str] = &["i", "i'm", "i've", "i'll", "i'd"];

/// Present-tense verbs and adverbs that follow the pronoun and that the list of verb forms with a
/// tense leaves out because they are also infinitives or nouns.
const AFTER_I: &[&str] = &[
    "am", "have", "do", "don't", "can't", "won't", "didn't", "think", "know", "want", "need",
    "like", "love", "hope", "feel", "guess", "mean", "see", "believe", "agree", "just", "also",
    "really", "never", "always", "still", "made", "got", "went",
];

impl Check for LowercaseI {
    fn id(&self) -> &'static str {
        "broken/lowercase-i"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let ids: Vec<u32> = FORMS
            .iter()
            .filter_map(|f| cx.evidence.id_of_folded(f))
            .filter(|&id| cx.evidence.vocab[id as usize].forms.lower > 0)
            .collect();
        if ids.is_empty() {
            return;
        }
        for (i, id) in cx.evidence.word_of.iter().enumerate() {
            if !ids.contains(id) || doc.tokens[i].shape != Shape::Lower {
                continue;
            }
            let word = doc.tok(i);
            let before_verb = || {
                doc.tokens.get(i + 1).is_some_and(|n| {
                    let next = n.text(doc.text);
                    n.is_word()
                        && n.space_before
                        && n.line == doc.tokens[i].line
                        && n.shape == Shape::Lower
                        && (is_finite_verb(next) || AFTER_I.contains(&next))
                })
            };
            if word.len() > 1 || before_verb() {
                let fixed = format!("I{}", &word[1..]);
                out.push(
                    Flag::new(
                        self.id(),
                        Severity::Warning,
                        doc.tokens[i].span,
                        format!("lower-case pronoun: '{word}' for '{fixed}'"),
                    )
                    .with_fix(fixed),
                );
            }
        }
    }
}
