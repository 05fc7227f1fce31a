//! ## What it does
//! Flags "a" before a word that starts with a vowel sound and "an" before a consonant: "a
//! “accord”", "an decision", and the same before a name whose first sound is plain ("an Boeing
//! statement", "an Chinese envoy", "a Osama video").
//!
//! ## Why is this bad?
//! Fluent writers rarely get the article wrong; machine translation that picks the article before
//! the noun, and edits that swap a noun, do. Words whose sound differs from their spelling ("a
//! union", "a one-off", "an hour", "an honest") are handled, and acronyms and unknown words are
//! left alone.
//!
//! ## Example
//! ```text
//! officials have expressed their approval of a “accord” between the US and Russia
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Shape, Span, Token, TokenKind};

pub struct ArticleAgreement;

/// Whether the noun at token `j` after the article starts with a vowel sound, when that is
/// plain: a name read as a word after a lower-case article ("an Boeing statement", "a Osama
/// video"), or a known lower-case word.
fn noun_sound(cx: &Context, article: &str, an: bool, noun: &Token, j: usize) -> Option<bool> {
    let text = cx.doc.text;
    let word = noun.text(text);
    if noun.kind != TokenKind::Word {
        return None;
    }
    if matches!(article, "a" | "an") {
        if let Some(vowel) = plain_sound(word) {
            return Some(vowel);
        }
    }
    // German place names: "Halle an der Saale", "Frankfurt an der Oder".
    if noun.shape != Shape::Lower
        || noun.span.len() < 2
        || an && matches!(word, "der" | "den" | "dem")
        || !word.is_ascii()
        || cx.evidence.word(j).is_none_or(|w| w.zipf100() < 250)
    {
        return None;
    }
    starts_with_vowel_sound(word)
}

/// Whether a capitalised word, read as a word and not as letters, plainly starts with a vowel
/// sound whatever it names: a consonant other than "h" and then a vowel ("Boeing", "Tesla"), or
/// a consonant pair that English says as one ("Chinese", "Shanghai"), starts with a consonant;
/// "A", "I" or "O" and then "h", or a consonant with a vowel ("Ahmed", "Osama", "Iraqi",
/// "Obama"), with a vowel.
/// Initialisms read as letters ("an MP", "an Mi-8"), names with other onsets ("an Mbeki") and
/// vowels said as consonants ("a European", "a Ukrainian", "a One Direction song") do not
/// qualify.
fn plain_sound(word: &str) -> Option<bool> {
    let b = word.as_bytes();
    if b.len() < 4 || !word.bytes().skip(1).all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let consonant = matches!(
        b[0],
        b'B' | b'C' | b'D' | b'G' | b'J' | b'K' | b'P' | b'T' | b'V' | b'W' | b'Z'
    ) && (vowel(b[1]) || b[1] == b'h' && matches!(b[0], b'C' | b'P' | b'T' | b'W'))
        || b[0] == b'S' && b[1] == b'h';
    let vowel_start = matches!(b[0], b'A' | b'I' | b'O')
        && (b[1] == b'h' || !vowel(b[1]) && b[1] != b'n' && vowel(b[2]));
    if consonant {
        Some(false)
    } else if vowel_start {
        Some(true)
    } else {
        None
    }
}

/// Whether the word is said with a vowel first ("hour", "apple"), if the spelling tells.
pub fn starts_with_vowel_sound(word: &str) -> Option<bool> {
    let w = word.to_ascii_lowercase();
    let first = w.chars().next()?;
    const CONSONANT_SOUND: &[&str] = &[
        "one", "once", "eu", "ewe", "uni", "usu", "use", "usa", "uti", "ura", "ure", "uro", "uto",
        "ubi",
    ];
    const VOWEL_SOUND: &[&str] = &["hour", "honest", "honor", "honour", "heir", "herb"];
    // The prefix "un-" before a word in "in-" or "im-" keeps its vowel: "an unincorporated
    // community", "an unimportant detail", unlike "a union".
    const UN_PREFIX: &[&str] = &["unin", "unim", "unident"];
    // Older and British usage writes "an" before an unstressed h: "an historic event", "an hotel".
    const EITHER: &[&str] = &["histor", "hypoth", "heroic", "habitual", "hotel", "humble"];
    if UN_PREFIX.iter().any(|p| w.starts_with(p)) {
        return Some(true);
    }
    if EITHER.iter().any(|p| w.starts_with(p)) {
        return None;
    }
    if CONSONANT_SOUND.iter().any(|p| w.starts_with(p)) {
        return Some(false);
    }
    if VOWEL_SOUND.iter().any(|p| w.starts_with(p)) {
        return Some(true);
    }
    match first {
        'a' | 'e' | 'i' | 'o' => Some(true),
        // "a unique" but "an umbrella": too many of both to judge.
        'u' => None,
        'b'..='z' => Some(false),
        _ => None,
    }
}

impl Check for ArticleAgreement {
    fn id(&self) -> &'static str {
        "mt/article-agreement"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let text = doc.text;
        for p in &doc.paragraphs {
            let toks = doc.paragraph_tokens(p);
            for (k, t) in toks.iter().enumerate() {
                // "a" and "an" are two bytes at most: longer tokens are passed over unread.
                if t.span.len() > 2 {
                    continue;
                }
                let article = t.text(text);
                let an = match article {
                    "a" => false,
                    "an" => true,
                    "A" | "An" if cx.evidence.initial[p.tokens.0 + k] => article == "An",
                    _ => continue,
                };
                // Skip one opening quote between the article and its noun.
                let mut j = k + 1;
                if toks.get(j).is_some_and(|q| {
                    q.kind == TokenKind::Punct && matches!(q.text(text), "“" | "\"" | "‘")
                }) {
                    j += 1;
                }
                let Some(noun) = toks.get(j) else { continue };
                let Some(vowel) = noun_sound(cx, article, an, noun, p.tokens.0 + j) else {
                    continue;
                };
                if vowel == an {
                    continue;
                }
                let want = if vowel { "an" } else { "a" };
                let span = Span::new(t.span.start, noun.span.end);
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!("article agreement: '{}' wants '{want}'", span.text(text)),
                ));
            }
        }
    }
}
