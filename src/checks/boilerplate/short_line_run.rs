//! ## What it does
//! Flags runs of short lines without final punctuation: a menu or a share bar (three or more in a
//! row anywhere), or a dateline and source tag before the article starts or a footer after it
//! ends (two or more: "Hong Kong / CNN / –").
//!
//! ## Why is this bad?
//! Navigation, section labels, share buttons and source tags arrive as short fragments, one per
//! line, when a page is flattened to text. Article text comes in sentences. A single short line
//! between paragraphs is usually a subheading and is left alone.
//!
//! ## Example
//! ```text
//! Hong Kong
//! CNN
//! –
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Paragraph, Span, TokenKind};

pub struct ShortLineRun;

const MAX_WORDS: usize = 4;

fn is_short(cx: &Context, p: &Paragraph) -> bool {
    let toks = cx.doc.paragraph_tokens(p);
    let words = toks
        .iter()
        .filter(|t| t.is_word() || t.kind == TokenKind::Number)
        .count();
    let ends = toks
        .last()
        .is_some_and(|t| matches!(t.text(cx.doc.text), "." | "!" | "?" | "”" | "\""));
    words <= MAX_WORDS && !(ends && words >= 2)
}

fn is_prose(cx: &Context, p: &Paragraph) -> bool {
    let toks = cx.doc.paragraph_tokens(p);
    toks.iter().filter(|t| t.is_word()).count() >= 8
        && cx.doc.sentences[p.sentences.0..p.sentences.1]
            .iter()
            .any(|s| s.terminated)
}

impl Check for ShortLineRun {
    fn id(&self) -> &'static str {
        "boilerplate/short-line-run"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let paras = &doc.paragraphs;
        let first_prose = paras.iter().position(|p| is_prose(cx, p));
        let last_prose = paras.iter().rposition(|p| is_prose(cx, p));
        let mut i = 0;
        while i < paras.len() {
            if !is_short(cx, &paras[i]) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < paras.len()
                && is_short(cx, &paras[j + 1])
                && paras[j + 1].line <= paras[j].line + 2
            {
                j += 1;
            }
            let len = j - i + 1;
            let at_edge = first_prose.is_none_or(|f| j < f) || last_prose.is_some_and(|l| i > l);
            if len >= 3 || (at_edge && len >= 2) {
                let span = Span::new(paras[i].span.start, paras[j].span.end);
                let what = if at_edge {
                    "a dateline, source tag or footer"
                } else {
                    "a menu or share bar"
                };
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!("{len} short lines in a row: {what} from the page around the article"),
                ));
            }
            i = j + 1;
        }
    }
}
