//! What the document itself says about its words, computed once for all checks.
//!
//! A lexicon knows that "leave" is rarely capitalised; only the document knows that it writes
//! "Vote Leave" five times, or that it calls the same man "Xi" and "XI". Checks weigh the two.

use rustc_hash::FxHashMap;

use crate::text::{Document, Shape, TokenKind};
use crate::words::is_opening_mark;

#[derive(Debug, Default, Clone, Copy)]
pub struct FormCounts {
    pub lower: u32,
    /// Title case, not at a sentence start.
    pub title_mid: u32,
    pub title_initial: u32,
    pub upper: u32,
}

pub struct Evidence {
    /// Per token: the first word of its sentence, or right after an opening quote, bracket, colon
    /// or dash, where a capital says nothing.
    pub initial: Vec<bool>,
    /// Per lower-cased word.
    pub forms: FxHashMap<String, FormCounts>,
    /// Per paragraph: most of its words are capitalised, as in a title-case heading.
    pub title_case: Vec<bool>,
}

impl Evidence {
    pub fn new(doc: &Document) -> Evidence {
        let text = doc.text;
        let mut initial = vec![false; doc.tokens.len()];
        for s in &doc.sentences {
            let mut first = true;
            for (t, init) in doc.tokens[s.tokens.0..s.tokens.1]
                .iter()
                .zip(&mut initial[s.tokens.0..s.tokens.1])
            {
                match t.kind {
                    TokenKind::Word | TokenKind::Number => {
                        *init = first;
                        first = false;
                    }
                    TokenKind::Punct => {
                        let mark = t.text(text);
                        if is_opening_mark(mark) || matches!(mark, ":" | "–" | "—" | "-" | ";")
                        {
                            first = true;
                        }
                    }
                    TokenKind::Symbol | TokenKind::Link => first = true,
                }
            }
        }
        let mut forms: FxHashMap<String, FormCounts> = FxHashMap::default();
        let mut key = String::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            key.clear();
            key.extend(t.text(text).chars().flat_map(char::to_lowercase));
            let entry = match forms.get_mut(key.as_str()) {
                Some(e) => e,
                None => forms.entry(key.clone()).or_default(),
            };
            match t.shape {
                Shape::Lower => entry.lower += 1,
                Shape::Title if initial[i] => entry.title_initial += 1,
                Shape::Title => entry.title_mid += 1,
                Shape::Upper => entry.upper += 1,
                Shape::Mixed => {}
            }
        }
        let title_case = doc
            .paragraphs
            .iter()
            .map(|p| {
                let words: Vec<_> = doc
                    .paragraph_tokens(p)
                    .iter()
                    .filter(|t| t.is_word())
                    .collect();
                let caps = words
                    .iter()
                    .filter(|t| matches!(t.shape, Shape::Title | Shape::Upper | Shape::Mixed))
                    .count();
                words.len() >= 2 && caps * 10 >= words.len() * 6
            })
            .collect();
        Evidence {
            initial,
            forms,
            title_case,
        }
    }

    pub fn form(&self, word: &str) -> FormCounts {
        let key: String = word.chars().flat_map(char::to_lowercase).collect();
        self.forms.get(&key).copied().unwrap_or_default()
    }
}
