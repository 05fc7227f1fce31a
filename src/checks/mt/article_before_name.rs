//! ## What it does
//! Flags "the" before a name that clean English never gives an article, where the name is a
//! subject or a possessor: "the India's annual shopping season starts", "the Laos were
//! awarded", "all the guests watched a video reviewing the China's achievements".
//!
//! ## Why is this bad?
//! Chinese, Russian and many other languages have no articles, and a translation system that
//! adds them by habit puts one before a country or a person. A line cut after its "the" and
//! glued to a sentence that opens on a name leaves the same thing ("attacked the Clinton
//! said"). Which names never take "the" is measured on 54 M words of clean English
//! (data/clause-words.tsv, built by scripts/build-clause-words.py): a name seen at least 10
//! times mid-sentence before a verb with a tense or with "'s", and after "the" at most 2% of
//! them ("India", "Clinton"), unlike institutions ("the Senate voted", "the Internet's"). Left
//! alone: a name that clean text writes in lower case now and then ("White's", "the
//! Representatives was"), a name that goes on in capitals or names the noun after it ("the
//! Clinton administration"), and a verb in "-ed", which may be a participle describing a noun
//! ("the California spotted owl").
//!
//! ## Example
//! ```text
//! And he expected growth to resume in the India's annual shopping season.
//! ```
//! Use instead: `in India's annual shopping season`.

use crate::check::{Check, Context, Flag, Severity};
use crate::clause_words;
use crate::text::{Shape, Span};
use crate::words::without_possessive;

pub struct ArticleBeforeName;

/// Clean text capitalises the name mid-sentence at least this often (permille): a name, not a
/// common word that starts one ("white", "representatives").
const MIN_NAME_CAP_PERMILLE: u16 = 950;

impl Check for ArticleBeforeName {
    fn id(&self) -> &'static str {
        "mt/article-before-name"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let Some(the) = cx.evidence.id_of_folded("the") else {
            return;
        };
        let toks = &doc.tokens;
        for i in 0..toks.len().saturating_sub(2) {
            if cx.evidence.word_of[i] != the || toks[i].shape != Shape::Lower {
                continue;
            }
            let (name, after) = (&toks[i + 1], &toks[i + 2]);
            if name.shape != Shape::Title
                || !name.space_before
                || name.line != toks[i].line
                || after.line != name.line
                || after.shape != Shape::Lower
                || !after.is_word()
            {
                continue;
            }
            let written = doc.tok(i + 1);
            let bare = without_possessive(written);
            let possessive = bare.len() < written.len();
            let verb = doc.tok(i + 2);
            let subject = possessive || clause_words::is_finite_verb(verb) && !verb.ends_with("ed");
            let always_capitalised = cx
                .lexicon
                .get(bare)
                .and_then(|e| e.cap_permille)
                .is_some_and(|c| c >= MIN_NAME_CAP_PERMILLE);
            if !(subject && always_capitalised && clause_words::bare_name(bare)) {
                continue;
            }
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                Span::new(toks[i].span.start, name.span.end),
                format!(
                    "article before a name: clean text writes '{bare}' without 'the'; a slip, \
                     or a sentence cut after 'the'"
                ),
            ));
        }
    }
}
