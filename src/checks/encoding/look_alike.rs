//! ## What it does
//! Flags Latin words written with Cyrillic or Greek letters that look the same: "Аdvеrtіѕе wіth
//! thе" where "А", "е", "і" and "ѕ" are Cyrillic. Neighbouring words are reported together, and
//! the fix puts the Latin letters back. A word with a Cyrillic letter that has no Latin twin is
//! a transliteration ("člověkъ"), not a disguise, and is left alone.
//!
//! Greek is flagged only for its capitals and omicron, which are indistinguishable from Latin
//! letters: units and symbols of science ("5 μm", "NF-κB", "TNF-α") mix Greek letters into
//! Latin words on purpose.
//!
//! ## Why is this bad?
//! Spam and SEO pages swap in look-alike letters so that filters do not recognise the words,
//! and some keyboards and OCR tools do it by accident. Either way the text is no longer what it
//! reads as: a search for "advertise" misses "Аdvеrtіѕе", a tokenizer splits it into rare
//! pieces, and a language model learns the disguise.
//!
//! ## Example
//! ```text
//! Аdvеrtіѕе wіth thе most visited news site in Belize.
//! ```
//! Use instead: `Advertise with the most visited news site in Belize.`

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{next_candidate, Span};

pub struct LookAlike;

/// The Latin letter a Cyrillic or Greek letter is drawn like, if any.
fn latin_twin(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'һ' => 'h',
        'ӏ' => 'l',
        'А' | 'Α' => 'A',
        'В' | 'Β' => 'B',
        'Е' | 'Ε' => 'E',
        'К' | 'Κ' => 'K',
        'М' | 'Μ' => 'M',
        'Н' | 'Η' => 'H',
        'О' | 'Ο' => 'O',
        'Р' | 'Ρ' => 'P',
        'С' => 'C',
        'Т' | 'Τ' => 'T',
        'Х' | 'Χ' => 'X',
        'І' | 'Ι' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        'Ү' | 'Υ' => 'Y',
        'Ζ' => 'Z',
        'Ν' => 'N',
        'ο' => 'o',
        _ => return None,
    })
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// A letter that does not belong in a Latin word: any Cyrillic letter, or a Greek letter drawn
/// like a Latin one.
fn is_foreign(c: char) -> bool {
    is_cyrillic(c) || matches!(c, '\u{0370}'..='\u{03FF}') && latin_twin(c).is_some()
}

/// First bytes of Greek and Cyrillic letters in UTF-8 (U+0370 to U+052F).
fn may_start_foreign(b: u8) -> bool {
    (0xcd..=0xd4).contains(&b)
}

/// Unflagged words allowed between two flagged ones of the same report.
const MAX_GAP_WORDS: usize = 2;

impl Check for LookAlike {
    fn id(&self) -> &'static str {
        "encoding/look-alike"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let bytes = doc.text.as_bytes();
        let mut flagged: Vec<usize> = Vec::new();
        let mut i = 0;
        while let Some(at) = next_candidate(bytes, i, may_start_foreign) {
            let Some(t) = doc.token_at(at) else {
                i = at + 1;
                continue;
            };
            let token = &doc.tokens[t];
            i = token.span.end.max(at + 1);
            let word = token.text(doc.text);
            // A Cyrillic letter with no Latin twin makes a transliteration ("člověkъ").
            if token.is_word()
                && word.chars().any(|c| c.is_ascii_alphabetic())
                && word.chars().any(is_foreign)
                && word
                    .chars()
                    .all(|c| !is_foreign(c) || latin_twin(c).is_some())
            {
                flagged.push(t);
            }
        }
        let mut group_start = 0;
        for g in 0..flagged.len() {
            let ends_group = flagged.get(g + 1).is_none_or(|&next| {
                let here = flagged[g];
                doc.tokens[next].line != doc.tokens[here].line
                    || doc.tokens[here + 1..next]
                        .iter()
                        .filter(|t| t.is_word())
                        .count()
                        > MAX_GAP_WORDS
            });
            if ends_group {
                out.push(report(
                    self.id(),
                    doc.text,
                    doc.tokens[flagged[group_start]].span.start,
                    doc.tokens[flagged[g]].span.end,
                ));
                group_start = g + 1;
            }
        }
    }
}

/// Longest text quoted in a message, in characters.
const MAX_QUOTED_CHARS: usize = 40;

fn report(rule: &'static str, text: &str, start: usize, end: usize) -> Flag {
    let span = Span::new(start, end);
    let written = span.text(text);
    let latin: String = written
        .chars()
        .map(|c| latin_twin(c).filter(|_| is_foreign(c)).unwrap_or(c))
        .collect();
    let flag = Flag::new(
        rule,
        Severity::Warning,
        span,
        format!(
            "look-alike letters: '{}' is written with Cyrillic or Greek letters ('{}')",
            shortened(written),
            shortened(&latin)
        ),
    );
    // A word between two disguised ones may be Russian after all.
    if latin.chars().any(is_cyrillic) {
        flag
    } else {
        flag.with_fix(latin)
    }
}

fn shortened(s: &str) -> String {
    match s.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((k, _)) => format!("{}…", &s[..k]),
        None => s.to_string(),
    }
}
