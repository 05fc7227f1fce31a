//! ## What it does
//! Flags a document whose repetition exceeds one of Gopher's bounds (datatrove's defaults for
//! `GopherRepetitionFilter`): duplicate lines or paragraphs (`dup_line_frac` > 0.30,
//! `dup_para_frac` > 0.30, `dup_line_char_frac` > 0.20, `dup_para_char_frac` > 0.20), one word
//! n-gram covering too much of the text (`top_2_gram_char_frac` > 0.20, `top_3_gram_char_frac` >
//! 0.18, `top_4_gram_char_frac` > 0.16), or repeated long n-grams (`dup_5_gram_char_frac` > 0.15
//! down to `dup_10_gram_char_frac` > 0.10). The flags cover the repeated material: every later
//! copy of a repeated line or paragraph when those bounds are exceeded, otherwise the longest
//! stretch of the repeated n-grams (one flag: they are scattered through the text).
//!
//! ## Why is this bad?
//! Text that says the same thing over and over is a template, a spam page, a scraper that looped,
//! or a machine translation stuck in a loop; Gopher and the corpora built after it drop such
//! documents. The signals are reported under their upstream names in every report's `stats`, so
//! data people can filter on them with their own bounds. Documents under 50 words are not judged.
//!
//! ## Example
//! ```text
//! Click here to subscribe to our newsletter for the latest news and offers
//! Click here to subscribe to our newsletter for the latest news and offers
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::gopher::merge_spans;

pub struct RepetitiveDocument;

/// At most this many flags per document: the first stretches of repeated material.
const MAX_FLAGS: usize = 20;

impl Check for RepetitiveDocument {
    fn id(&self) -> &'static str {
        "repetition/repetitive-document"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let rep = cx.repetition();
        let signals = rep.stats.signals();
        let exceeded: Vec<usize> = (0..signals.len())
            .filter(|&i| signals[i].1 > signals[i].2)
            .collect();
        // Repeated lines and paragraphs are the material to show when they are over a bound;
        // otherwise the n-gram signal furthest over its bound.
        let ratio = |i: usize| signals[i].1 / signals[i].2;
        let by_lines = exceeded.iter().copied().filter(|&i| i < 4);
        let Some(worst) = by_lines
            .max_by(|&a, &b| ratio(a).total_cmp(&ratio(b)))
            .or_else(|| {
                exceeded
                    .iter()
                    .copied()
                    .max_by(|&a, &b| ratio(a).total_cmp(&ratio(b)))
            })
        else {
            return;
        };
        let names: Vec<String> = exceeded
            .iter()
            .map(|&i| format!("{} {:.2} > {:.2}", signals[i].0, signals[i].1, signals[i].2))
            .collect();
        let message = format!(
            "repetitive document (Gopher repetition bounds exceeded: {}); this is the repeated material",
            names.join(", ")
        );
        let mut spans = merge_spans(cx.doc.text, rep.material[worst].clone());
        if worst >= 4 {
            // Repeated n-grams are scattered: one flag, on the longest stretch of them.
            spans.sort_by_key(|s| std::cmp::Reverse(s.len()));
            spans.truncate(1);
            spans[..].sort();
        }
        for span in spans.into_iter().take(MAX_FLAGS) {
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                span,
                message.clone(),
            ));
        }
    }
}
