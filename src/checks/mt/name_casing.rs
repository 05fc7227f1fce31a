//! ## What it does
//! Flags a name written in capitals where the same document writes it in title case: "XI" beside
//! "Xi", "PUTIN" beside "Putin".
//!
//! ## Why is this bad?
//! Machine translation handles names token by token and can change their form from one sentence
//! to the next; a careful writer spells a name the same way throughout. The document is the
//! evidence: the title-case form must be the usual one (twice or more mid-sentence, more often
//! than the capitals), and lines written wholly in capitals are headings, not errors.
//!
//! ## Example
//! ```text
//! It has a high interest for XI, and has been enthusiastically cultivated ... Xi Jinping
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{count_words, Shape};

pub struct NameCasing;

impl Check for NameCasing {
    fn id(&self) -> &'static str {
        "mt/name-casing"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            let toks = doc.paragraph_tokens(p);
            let words = count_words(toks);
            let upper = toks.iter().filter(|t| t.shape == Shape::Upper).count();
            if upper * 2 >= words || cx.evidence.title_case[pi] && upper * 4 >= words {
                continue;
            }
            for t in toks.iter().filter(|t| t.shape == Shape::Upper) {
                let word = t.text(doc.text);
                if word.chars().count() > 12 || !word.chars().all(char::is_alphabetic) {
                    continue;
                }
                let form = cx.evidence.form(word);
                if form.title_mid < 2 || form.title_mid <= form.upper || form.lower > 0 {
                    continue;
                }
                let title: String = word
                    .chars()
                    .enumerate()
                    .flat_map(|(i, c)| -> Vec<char> {
                        if i == 0 {
                            vec![c]
                        } else {
                            c.to_lowercase().collect()
                        }
                    })
                    .collect();
                out.push(
                    Flag::new(
                        self.id(),
                        Severity::Warning,
                        t.span,
                        format!(
                            "inconsistent name: '{word}' here, '{title}' {} times elsewhere",
                            form.title_mid
                        ),
                    )
                    .with_fix(title),
                );
            }
        }
    }
}
