//! ## What it does
//! Flags lines that the boilerplate line classifier calls page text by their own shape and words:
//! link and button text ("Reply", "Click to share on Twitter (Opens in new window)"), widget
//! titles, sign-up and cookie boxes, dates and contact data standing alone, teasers that end in an
//! ellipsis.
//!
//! ## Why is this bad?
//! A scraper that flattens a web page to text keeps its chrome: comment widgets, share bars,
//! newsletter boxes, footers. None of it is the article, and in a training corpus it teaches a model
//! to end stories with "ReplyDelete". The classifier weighs measured signals (length, final
//! punctuation, stop-word share, capitalisation, words of web-page chrome, links, e-mails, phone
//! numbers, dates, the line's place and neighbours, its cohesion with the article); its weights
//! are fitted on labelled pages by `scripts/fit-boilerplate.py`. Blocks whose main evidence is a
//! run of short lines or a lack of shared topic words are reported by `boilerplate/short-line-run`
//! and `boilerplate/off-topic` instead.
//!
//! ## Example
//! ```text
//! The ministry said the agreement would be signed next month.
//! Your email address will not be published. Required fields are marked *
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::page_lines::{PageLines, Reason};

pub struct PageLine;

impl Check for PageLine {
    fn id(&self) -> &'static str {
        "boilerplate/page-line"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let lines = cx.page_lines();
        for block in lines.blocks(cx.doc, Reason::Shape) {
            let v = &lines.verdicts[block.0];
            let n = block.1 - block.0 + 1;
            let what = if n == 1 {
                "a line".to_string()
            } else {
                format!("{n} lines")
            };
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                PageLines::span(cx.doc, block),
                format!(
                    "page text: {what} from the web page around the article (p={:.2}, strongest signal: {})",
                    v.prob, v.top_signal
                ),
            ));
        }
    }
}
