//! ## What it does
//! Flags a phrase of two to four words that comes again at once or after one word: "in the first
//! half in the first half", "Pete Hegses last week said last week".
//!
//! ## Why is this bad?
//! Machine translation and careless edits duplicate phrases; a writer repeats a phrase that close
//! only for effect, and then rarely without a comma. With a word between the copies, repeats of
//! function words ("of the ... of the"), of names or numbers ("Hong Kong people administering
//! Hong Kong") and repeats around a linking word ("overseas Chinese to overseas Chinese") are
//! ordinary writing and left alone.
//!
//! ## Example
//! ```text
//! US Secretary of Defense Pete Hegses last week said last week that the US could not focus
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::mt::self_coordination::repeats_for_degree;
use crate::checks::runs::{for_each_word_run, run_keys, same_phrase};
use crate::text::Span;
use crate::words::is_function_word;

pub struct RepeatedPhrase;

impl Check for RepeatedPhrase {
    fn id(&self) -> &'static str {
        "repetition/repeated-phrase"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let mut keys = Vec::new();
        for_each_word_run(doc, |run| {
            run_keys(doc, cx.evidence, run, &mut keys);
            let mut covered_until = 0;
            for a in 0..run.len() {
                // The second copy starts two to five words on: most positions end here.
                if a < covered_until
                    || !keys[run.len().min(a + 2)..run.len().min(a + 6)].contains(&keys[a])
                {
                    continue;
                }
                'n: for n in (2..=4).rev() {
                    for gap in 0..=1 {
                        let b = a + n + gap;
                        if b + n > run.len()
                            || cx.evidence.word_of[run[b]] != cx.evidence.word_of[run[a]]
                            || !same_phrase(doc, cx.evidence, run, a, b, n)
                        {
                            continue;
                        }
                        // "progress, and more and more people": "and" before an idiom of degree.
                        if gap == 0
                            && n == 2
                            && matches!(doc.tok(run[a]), "and" | "or")
                            && repeats_for_degree(doc.tok(run[a + 1]))
                        {
                            continue;
                        }
                        let content = (a..a + n).any(|k| !is_function_word(doc.tok(run[k])));
                        // With a word between the copies, only a plain phrase around a word that
                        // does not link two things: "last week said last week", not "Hong Kong
                        // people administering Hong Kong" or "the first in the first".
                        if gap > 0 && (!content || links_or_names(doc, run, a, n, a + n)) {
                            continue;
                        }
                        // Three or more copies are a loop, reported by mt/repetition-loop.
                        if gap == 0
                            && b + 2 * n <= run.len()
                            && same_phrase(doc, cx.evidence, run, a, b + n, n)
                        {
                            covered_until = b + 2 * n;
                            break 'n;
                        }
                        let span = Span::new(
                            doc.tokens[run[a]].span.start,
                            doc.tokens[run[b + n - 1]].span.end,
                        );
                        let phrase = Span::new(
                            doc.tokens[run[a]].span.start,
                            doc.tokens[run[a + n - 1]].span.end,
                        );
                        out.push(Flag::new(
                            self.id(),
                            Severity::Warning,
                            span,
                            format!("repeated phrase: '{}' twice", phrase.text(doc.text)),
                        ));
                        covered_until = b + n;
                        break 'n;
                    }
                }
            }
        });
    }
}

/// The word between the copies joins two things ("and", "to", "in"), or the phrase holds a name
/// or a number: then repeating it is ordinary writing.
fn links_or_names(
    doc: &crate::text::Document,
    run: &[usize],
    a: usize,
    n: usize,
    gap_at: usize,
) -> bool {
    let gap_word = doc.tok(run[gap_at]);
    let phrase_named = (a..a + n).any(|k| {
        let t = &doc.tokens[run[k]];
        t.kind == crate::text::TokenKind::Number
            || matches!(
                t.shape,
                crate::text::Shape::Title | crate::text::Shape::Upper
            )
    });
    is_function_word(gap_word) || phrase_named
}
