//! ## What it does
//! Flags a paragraph that repeats an earlier one, compared after folding case, quote style,
//! punctuation and spacing: the same photo caption twice, once with straight quotes.
//!
//! ## Why is this bad?
//! Scrapers pick up captions, pull quotes and teasers twice; a repeated paragraph is never part
//! of the article's argument. The later copy is flagged and points at the first. Paragraphs of
//! fewer than four words ("Advertisement", "Share") are left to the boilerplate checks.
//!
//! ## Example
//! ```text
//! A sign outside the Canadian Embassy ... reads "We stand in solidarity with Ukraine" ...
//! A sign outside the Canadian Embassy ... reads “We stand in solidarity with Ukraine” ...
//! ```

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use crate::check::{Check, Context, Flag, Severity};

pub struct DuplicateLine;

/// A hash of the line's letters and digits, lower-cased, words separated by one space: equal for
/// lines that differ only in case, punctuation, quote style or spacing.
pub fn line_fingerprint(line: &str) -> u64 {
    let mut h = FxHasher::default();
    let mut gap = false;
    let mut started = false;
    let mut push = |h: &mut FxHasher, c: char, gap: &mut bool| {
        if *gap && started {
            h.write_u8(b' ');
        }
        *gap = false;
        started = true;
        for l in c.to_lowercase() {
            h.write_u32(l as u32);
        }
    };
    for c in line.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                push(&mut h, c.to_ascii_lowercase(), &mut gap);
            } else if c.is_ascii_whitespace() {
                gap = true;
            }
        } else if c.is_alphanumeric() {
            push(&mut h, c, &mut gap);
        } else if c.is_whitespace() {
            gap = true;
        }
    }
    h.finish()
}

impl Check for DuplicateLine {
    fn id(&self) -> &'static str {
        "repetition/duplicate-line"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let mut seen: FxHashMap<u64, usize> = FxHashMap::default();
        for p in &doc.paragraphs {
            let words = doc
                .paragraph_tokens(p)
                .iter()
                .filter(|t| t.is_word())
                .count();
            if words < 4 {
                continue;
            }
            let key = line_fingerprint(p.span.text(doc.text));
            match seen.get(&key) {
                Some(&first) => out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    p.span,
                    format!("duplicate paragraph: the same text as line {}", first + 1),
                )),
                None => {
                    seen.insert(key, p.line);
                }
            }
        }
    }
}
