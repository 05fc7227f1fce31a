//! ## What it does
//! Flags author lines: "About Florence L. Silvia", "By Jane Doe", "Reporting by ...", and a bare
//! name standing alone among the last lines of the document ("Layla Al Mansoori").
//!
//! ## Why is this bad?
//! Author boxes and bylines come from the page template, not the article text; a corpus that keeps
//! them teaches a model to end articles with a stranger's name. A line counts as a name when every
//! word is capitalised and the lexicon does not know it as a common word usually written in lower
//! case, so a heading like "Historical Precedent and Risks" is not taken for one.
//!
//! ## Example
//! ```text
//! About Florence L. Silvia
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::names::looks_like_name;
use crate::text::TokenKind;

pub struct Byline;

const LEADS: &[&[&str]] = &[
    &["about"],
    &["by"],
    &["written", "by"],
    &["reporting", "by"],
    &["reported", "by"],
    &["edited", "by"],
    &["editing", "by"],
    &["story", "by"],
    &["words", "by"],
    &["photos", "by"],
    &["author"],
    &["posted", "by"],
];

/// Longest byline, in tokens other than ":", "," and "|".
const MAX_TOKENS: usize = 10;

impl Check for Byline {
    fn id(&self) -> &'static str {
        "boilerplate/byline"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let n = doc.paragraphs.len();
        // A byline is a short line: a longer one is given up at its eleventh token.
        let mut toks = Vec::with_capacity(MAX_TOKENS + 1);
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            toks.clear();
            toks.extend(
                doc.paragraph_tokens(p)
                    .iter()
                    .filter(|t| {
                        t.kind != TokenKind::Punct || !matches!(t.text(doc.text), ":" | "," | "|")
                    })
                    .take(MAX_TOKENS + 1)
                    .copied(),
            );
            if toks.is_empty() || toks.len() > MAX_TOKENS {
                continue;
            }
            let lead = LEADS.iter().find(|lead| {
                lead.len() < toks.len()
                    && lead
                        .iter()
                        .zip(&toks)
                        .all(|(w, t)| t.text(doc.text).eq_ignore_ascii_case(w))
            });
            let message = match lead {
                Some(lead) if looks_like_name(cx, &toks[lead.len()..]) => {
                    "byline: an author line from the page template"
                }
                None if pi + 2 >= n && n >= 3 && looks_like_name(cx, &toks) => {
                    "byline: a lone name at the end of the document, from the page's author box"
                }
                _ => continue,
            };
            out.push(Flag::new(self.id(), Severity::Warning, p.span, message));
        }
    }
}
