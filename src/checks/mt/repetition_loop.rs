//! ## What it does
//! Flags a word or phrase repeated three or more times in a row: "five hundred and fifty five
//! hundred and fifty five hundred and fifty", also between commas: "I love it, I love it, I love
//! it, I love it".
//!
//! ## Why is this bad?
//! Neural machine translation that loses its place in the source falls into a loop and repeats
//! the same phrase until it hits a length limit. Writers almost never repeat a phrase three times;
//! a single word needs four copies without punctuation ("no no no" is speech), and is never a
//! loop between commas ("no, no, no, no!" is emphasis).
//!
//! ## Example
//! ```text
//! Only two of the five hundred and fifty five hundred and fifty five hundred and fifty
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::runs::{for_each_word_run_across, run_keys, same_phrase};
use crate::text::Span;

pub struct RepetitionLoop;

impl Check for RepetitionLoop {
    fn id(&self) -> &'static str {
        "mt/repetition-loop"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let mut keys = Vec::new();
        // Clauses between commas count as one run: loops go on across commas.
        for_each_word_run_across(
            doc,
            |mark| matches!(mark, "," | ";" | "、"),
            |run| {
                run_keys(doc, cx.evidence, run, &mut keys);
                let mut a = 0;
                while a < run.len() {
                    // A loop repeats its first word within six words: most positions end here.
                    let near = &keys[a + 1..run.len().min(a + 7)];
                    if !near.contains(&keys[a]) {
                        a += 1;
                        continue;
                    }
                    let mut best: Option<(usize, usize)> = None;
                    let first = cx.evidence.word_of[run[a]];
                    for n in 1..=6 {
                        let needed = if n == 1 { 4 } else { 3 };
                        // A loop repeats its first word every n words: most positions end here.
                        if a + needed * n > run.len()
                            || (1..needed).any(|c| cx.evidence.word_of[run[a + c * n]] != first)
                        {
                            continue;
                        }
                        let mut copies = 1;
                        while a + (copies + 1) * n <= run.len()
                            && same_phrase(doc, cx.evidence, run, a, a + copies * n, n)
                        {
                            copies += 1;
                        }
                        let across_commas = n == 1 && commas_within(run, a, copies);
                        if copies >= needed
                            && !across_commas
                            && best.is_none_or(|(bn, bc)| n * copies > bn * bc)
                        {
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
            },
        );
    }
}

/// A comma or semicolon stands between the first and last copy of the one-word loop at `a`:
/// the only tokens of a clause run that are not in it.
fn commas_within(run: &[usize], a: usize, copies: usize) -> bool {
    run[a + copies - 1] - run[a] >= copies
}
