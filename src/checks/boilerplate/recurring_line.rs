//! ## What it does
//! Flags lines that recur across many documents of one corpus, saying in how many: "this line
//! appears in 412 of 10,000 documents". Lines are compared after folding case, digits,
//! punctuation, quotes and spacing, so a footer with this year's date is the same footer. It runs
//! only in corpus mode (`textqc check --corpus`), which counts the lines of every input first.
//!
//! ## Why is this bad?
//! A site's template stamps the same footer, cookie notice, newsletter box or disclaimer on every
//! page, and a scraper keeps it; one page alone often cannot tell it from the article, but a line
//! that a share of a whole corpus carries word for word is not any one document's own text (the
//! observation behind CCNet's paragraph deduplication). A line counts as recurring when it is in
//! at least 5 documents and at least 0.01% of them (`--corpus-min-docs`, `--corpus-min-share`, or
//! `min-docs` and `min-share` under `[corpus]` in textqc.toml). Lines of fewer than three words or
//! ten letters are never counted: headings such as "References" recur by genre, not by copying.
//!
//! Consecutive recurring lines (a footer of five lines) are one flag that gives each line's count,
//! as one leaked box is one flag for the other boilerplate checks. The flag is a warning like
//! theirs: the threshold already asks for more copies than a quotation or a story carried by a
//! few outlets usually makes. A whole document copied into several others is flagged line by
//! line; that is duplication, which deduplication should remove first.
//!
//! The counts come from a count-min sketch of fixed size (`--corpus-sketch-mb`, 8 MiB by default)
//! that never undercounts. Up to a few hundred thousand distinct lines per 8 MiB (some 10,000
//! documents) they are exact but for rare collisions; beyond, every line reads a little high, by
//! up to about the sketch's floor (its median cell), so a line must then be in that many more
//! documents to be flagged and the message says "about". More memory makes the counts exact.
//!
//! ## Example
//! ```text
//! The ministry said the agreement would be signed next month.
//! © 2024 The Springfield Gazette. All rights reserved.
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::corpus::line_key;
use crate::text::Span;

pub struct RecurringLine;

/// Blocks of up to this many lines list each line's count; longer ones give the range.
const MAX_LISTED: usize = 5;

impl Check for RecurringLine {
    fn id(&self) -> &'static str {
        "boilerplate/recurring-line"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let Some(corpus) = cx.corpus else {
            return;
        };
        let doc = cx.doc;
        let mut buf = String::new();
        // Per paragraph: the documents it is in, if that makes it recurring, else 0.
        let counts: Vec<u64> = doc
            .paragraphs
            .iter()
            .map(|p| {
                line_key(p.span.text(doc.text), &mut buf)
                    .and_then(|key| corpus.recurring(key))
                    .unwrap_or(0)
            })
            .collect();
        let recurring = |i: usize| counts[i] > 0;
        let mut i = 0;
        while i < counts.len() {
            if !recurring(i) {
                i += 1;
                continue;
            }
            // A block: recurring lines with at most one blank line between them.
            let mut j = i;
            while j + 1 < counts.len()
                && recurring(j + 1)
                && doc.paragraphs[j + 1].line <= doc.paragraphs[j].line + 2
            {
                j += 1;
            }
            let block = &counts[i..=j];
            let least = block.iter().min().copied().unwrap_or(0);
            let most = block.iter().max().copied().unwrap_or(0);
            let of = thousands(corpus.documents());
            // A crowded sketch overcounts every line a little: say so.
            let about = if corpus.floor() > 0 { "about " } else { "" };
            let message = match block.len() {
                1 => format!(
                    "this line appears in {about}{} of {of} documents",
                    thousands(most)
                ),
                n if least == most => format!(
                    "these {n} lines each appear in {about}{} of {of} documents",
                    thousands(most)
                ),
                n if n <= MAX_LISTED => {
                    let mut listed: Vec<String> = block.iter().map(|&c| thousands(c)).collect();
                    let last = listed.pop().unwrap_or_default();
                    format!(
                        "these {n} lines appear in {about}{} and {last} of {of} documents",
                        listed.join(", ")
                    )
                }
                n => format!(
                    "these {n} lines each appear in {about}{} to {} of {of} documents",
                    thousands(least),
                    thousands(most)
                ),
            };
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                Span::new(doc.paragraphs[i].span.start, doc.paragraphs[j].span.end),
                message,
            ));
            i = j + 1;
        }
    }
}

/// `10000` as `10,000`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(412), "412");
        assert_eq!(thousands(10_000), "10,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
