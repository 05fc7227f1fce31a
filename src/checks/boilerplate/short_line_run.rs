//! ## What it does
//! Flags runs of short lines that the boilerplate line classifier calls page text mainly for their
//! layout: a menu, a tag list or a share bar (short lines in a row), a dateline and source tag
//! before the article starts, a footer after it ends ("Hong Kong / CNN / –").
//!
//! ## Why is this bad?
//! Navigation, section labels, share buttons and source tags arrive as short fragments, one per
//! line, when a page is flattened to text. Article text comes in sentences. A single short line
//! between two paragraphs of prose is usually a subheading and is left alone unless its words say
//! otherwise (see `boilerplate/page-line` and `boilerplate/off-topic`, which share the classifier).
//!
//! ## Example
//! ```text
//! Hong Kong
//! CNN
//! –
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::page_lines::{PageLines, Reason};

pub struct ShortLineRun;

impl Check for ShortLineRun {
    fn id(&self) -> &'static str {
        "boilerplate/short-line-run"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let lines = cx.page_lines();
        for block in lines.blocks(cx.doc, Reason::Layout) {
            let n = block.1 - block.0 + 1;
            let v = &lines.verdicts[block.0];
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                PageLines::span(cx.doc, block),
                format!(
                    "{n} line{} laid out like a menu, share bar, dateline or footer from the page around the article (p={:.2}, strongest signal: {})",
                    if n == 1 { "" } else { "s" },
                    v.prob,
                    v.top_signal
                ),
            ));
        }
    }
}
