//! ## What it does
//! Flags a word or phrase repeated three or more times in a row: "five hundred and fifty five
//! hundred and fifty five hundred and fifty".
//!
//! ## Why is this bad?
//! Neural machine translation that loses its place in the source falls into a loop and repeats
//! the same phrase until it hits a length limit. Writers almost never repeat a phrase three times
//! without punctuation; a single word needs four copies ("no no no" is speech).
//!
//! ## Example
//! ```text
//! Only two of the five hundred and fifty five hundred and fifty five hundred and fifty
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::runs::{for_each_word_run, same_phrase};
use crate::text::Span;

pub struct RepetitionLoop;

impl Check for RepetitionLoop {
    fn id(&self) -> &'static str {
        "mt/repetition-loop"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for_each_word_run(doc, |run| {
            let mut a = 0;
            while a < run.len() {
                let mut best: Option<(usize, usize)> = None;
                for n in 1..=6 {
                    let mut copies = 1;
                    while a + (copies + 1) * n <= run.len()
                        && same_phrase(doc, cx.evidence, run, a, a + copies * n, n)
                    {
                        copies += 1;
                    }
                    let needed = if n == 1 { 4 } else { 3 };
                    if copies >= needed && best.is_none_or(|(bn, bc)| n * copies > bn * bc) {
                        best = Some((n, copies));
                    }
                }
                let Some((n, copies)) = best else {
                    a += 1;
                    continue;
                };
                let last = run[a + n * copies - 1];
                let span = Span::new(doc.tokens[run[a]].span.start, doc.tokens[last].span.end);
                let phrase = Span::new(
                    doc.tokens[run[a]].span.start,
                    doc.tokens[run[a + n - 1]].span.end,
                );
                out.push(Flag::new(
                    self.id(),
                    Severity::Error,
                    span,
                    format!(
                        "repetition loop: '{}' {copies} times",
                        phrase.text(doc.text)
                    ),
                ));
                a += n * copies;
            }
        });
    }
}
