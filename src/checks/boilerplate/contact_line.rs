//! ## What it does
//! Flags a line of at most 40 words that carries an e-mail address, such as a "Write to ... at"
//! contact line: "Write to Lingling Wei at Lingling.Wei@wsj.com".
//!
//! ## Why is this bad?
//! Contact lines belong to the page around the article (the author box, the footer), not to the
//! article itself. Prose that mentions an address in a long sentence is left alone.
//!
//! ## Example
//! ```text
//! Write to Lingling Wei at Lingling.Wei@wsj.com, Alexander Ward at alex.ward@wsj.com
//! ```

use std::sync::OnceLock;

use regex::Regex;

use crate::check::{Check, Context, Flag, Severity};
use crate::text::count_words;

pub struct ContactLine;

/// Lines with more words than this are prose that happens to mention an address.
const MAX_WORDS: usize = 40;

fn email() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
            .expect("valid regex")
    })
}

impl Check for ContactLine {
    fn id(&self) -> &'static str {
        "boilerplate/contact-line"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for p in &doc.paragraphs {
            let line = p.span.text(doc.text);
            if memchr::memchr(b'@', line.as_bytes()).is_none() {
                continue;
            }
            let words = count_words(doc.paragraph_tokens(p));
            if words > MAX_WORDS {
                continue;
            }
            if let Some(m) = email().find(line) {
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    p.span,
                    format!(
                        "contact line: an e-mail address ({}) from the page's author box or footer",
                        m.as_str()
                    ),
                ));
            }
        }
    }
}
