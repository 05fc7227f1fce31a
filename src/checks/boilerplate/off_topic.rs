//! ## What it does
//! Flags a line or block that the boilerplate line classifier calls page text mainly because its
//! topic words appear nowhere in the article's prose: a recipe teaser under a story about
//! diplomacy, a "related story" headline about football under a story about banks.
//!
//! ## Why is this bad?
//! Teasers of other articles, promo boxes and ads leak into scraped text with no phrase that
//! marks them. An article's paragraphs share their topic words (names, places, the subject); a
//! leaked block shares none. This is lexical cohesion, the idea behind TextTiling: each line's
//! words are weighted by rarity (a rare word says more about the topic than "week" does) and
//! looked for in the paragraphs of prose at least two lines away, so that two adjacent leaked lines
//! cannot vouch for each other. Cohesion alone does not flag a line: a sentence of an article can
//! be the only one about its detail. It is one signal of the classifier shared with
//! `boilerplate/page-line`, weighed with the line's shape and place, and this check reports the
//! lines where it weighed most.
//!
//! ## Example
//! ```text
//! Make-Ahead Jar Salad Stays Fresh for Days: Healthy Table Recipe
//! This week, we’re excited to share another dish to add to your make-ahead meal list …
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::page_lines::{PageLines, Reason, FEATURES};

pub struct OffTopic;

impl Check for OffTopic {
    fn id(&self) -> &'static str {
        "boilerplate/off-topic"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let lines = cx.page_lines();
        let off = FEATURES
            .iter()
            .position(|(n, _)| *n == "offtopic")
            .expect("the offtopic signal exists");
        for block in lines.blocks(cx.doc, Reason::Cohesion) {
            let shared = (block.0..=block.1)
                .map(|i| 1.0 - lines.features[i][off])
                .fold(0.0f32, f32::max);
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                PageLines::span(cx.doc, block),
                format!(
                    "off-topic block: at most {:.0}% of its topic words occur in the article's prose (p={:.2})",
                    shared * 100.0,
                    lines.verdicts[block.0].prob
                ),
            ));
        }
    }
}
