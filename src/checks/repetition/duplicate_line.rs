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

use rustc_hash::FxHashMap;

use crate::check::{Check, Context, Flag, Severity};
use crate::text::count_words;

pub struct DuplicateLine;

impl Check for DuplicateLine {
    fn id(&self) -> &'static str {
        "repetition/duplicate-line"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let mut seen: FxHashMap<u64, usize> = FxHashMap::default();
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            let words = count_words(doc.paragraph_tokens(p));
            if words < 4 {
                continue;
            }
            let key = cx.evidence.fingerprints[pi];
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
