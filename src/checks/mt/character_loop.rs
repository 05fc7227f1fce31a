//! ## What it does
//! Flags a word in which a letter or a short string of letters repeats on and on: "butaaaaaaaaa
//! aaaaaaaa...", "hahahahahahahahahaha". A letter must come twelve times in a row, a string of
//! two to four letters eight times.
//!
//! ## Why is this bad?
//! A neural translation system that falls into a loop inside a word writes the same letters until
//! it hits its length limit; an OCR or scraping fault does the same with one glyph. Writers
//! stretch a word for emphasis ("sooo", "hahaha"), but not to a dozen copies.
//!
//! ## Example
//! ```text
//! George who's a bit of a "butaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
//! ```

use crate::check::{Check, Context, Flag, Severity};

pub struct CharacterLoop;

/// A single letter repeated this many times is a loop ...
const MIN_SAME_LETTER: usize = 12;
/// ... and a string of two to [`MAX_UNIT`] letters this many times.
const MIN_UNIT_COPIES: usize = 8;
const MAX_UNIT: usize = 4;

impl Check for CharacterLoop {
    fn id(&self) -> &'static str {
        "mt/character-loop"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let mut letters: Vec<char> = Vec::new();
        let mut loops: Vec<(u32, String, usize)> = Vec::new();
        // Each distinct word is looked at once, in its folded form, and only when the lexicon
        // does not know it.
        for (id, wt) in cx.evidence.vocab.iter().enumerate() {
            if wt.lexicon.is_some() {
                continue;
            }
            let word = cx.evidence.folded(id);
            if word.len() < MIN_SAME_LETTER {
                continue;
            }
            let found = if word.is_ascii() {
                longest_loop(word.as_bytes())
            } else {
                letters.clear();
                letters.extend(word.chars());
                longest_loop(&letters)
            };
            if let Some((unit, copies)) = found {
                loops.push((id as u32, unit, copies));
            }
        }
        if loops.is_empty() {
            return;
        }
        // The ids were pushed in order: each token finds its word's loop by a binary search.
        for (i, id) in cx.evidence.word_of.iter().enumerate() {
            let Ok(k) = loops.binary_search_by_key(id, |l| l.0) else {
                continue;
            };
            let (_, unit, copies) = &loops[k];
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                doc.tokens[i].span,
                format!(
                    "character loop: '{unit}' {copies} times in a row in '{}'",
                    shortened(doc.tok(i))
                ),
            ));
        }
    }
}

/// A letter of a word, as a byte of an ASCII word or a character of any other.
trait Letter: Copy + PartialEq {
    fn is_letter(self) -> bool;
    fn push_to(self, s: &mut String);
}

impl Letter for u8 {
    fn is_letter(self) -> bool {
        self.is_ascii_alphabetic()
    }
    fn push_to(self, s: &mut String) {
        s.push(char::from(self));
    }
}

impl Letter for char {
    fn is_letter(self) -> bool {
        self.is_alphabetic()
    }
    fn push_to(self, s: &mut String) {
        s.push(self);
    }
}

/// The repeating string and its number of copies, if the word holds a loop.
fn longest_loop<L: Letter>(letters: &[L]) -> Option<(String, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    for unit in 1..=MAX_UNIT {
        let needed = if unit == 1 {
            MIN_SAME_LETTER
        } else {
            MIN_UNIT_COPIES
        };
        // Positions that repeat the letter `unit` before them, in a row, ending at `i`.
        let mut matched = 0;
        for i in unit..=letters.len() {
            if i < letters.len() && letters[i] == letters[i - unit] && letters[i].is_letter() {
                matched += 1;
                continue;
            }
            let copies = (matched + unit) / unit;
            let at = i - matched - unit;
            matched = 0;
            // A string of one letter repeated is the one-letter loop.
            if copies < needed
                || unit > 1 && letters[at..at + unit].iter().all(|&c| c == letters[at])
                || best.is_some_and(|(_, _, length)| copies * unit <= length)
            {
                continue;
            }
            best = Some((at, unit, copies * unit));
        }
    }
    best.map(|(at, unit, length)| {
        let mut s = String::new();
        for &c in &letters[at..at + unit] {
            c.push_to(&mut s);
        }
        (s, length / unit)
    })
}

/// Longest word quoted in a message, in characters.
const MAX_QUOTED_CHARS: usize = 24;

fn shortened(s: &str) -> String {
    match s.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((k, _)) => format!("{}…", &s[..k]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(word: &str) -> Option<(String, usize)> {
        longest_loop(word.as_bytes())
    }

    #[test]
    fn counts_the_copies_of_the_repeating_string() {
        assert_eq!(found("butaaaaaaaaaaaaaa"), Some(("a".to_string(), 14)));
        assert_eq!(found("hahahahahahahahaha"), Some(("ha".to_string(), 9)));
        assert_eq!(found("sooooooo"), None);
        assert_eq!(found("hahahaha"), None);
        assert_eq!(found("internationalisation"), None);
        assert_eq!(
            longest_loop(&"ааааааааааааа".chars().collect::<Vec<_>>()),
            Some(("а".to_string(), 13))
        );
    }
}
