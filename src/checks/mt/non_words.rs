//! ## What it does
//! Flags lower-case tokens that are not English words ("theicle", "sharpzziter", "preferies")
//! when a document has several of them: at least two, and at least one in 120 words.
//!
//! ## Why is this bad?
//! A weak translation system that runs out of vocabulary writes subword salad: pieces of words
//! glued to other pieces. One such token is a typo or a rare term; several in one text mean the
//! system collapsed. The lexicon knows 250,000 words of clean English, so a lower-case token it
//! lacks is rare in clean text. Names are capitalised, terms are repeated (a word the document uses
//! twice is left alone), handles, file names and addresses are glued to other marks, a Latin
//! species name follows its capitalised genus ("Schizophragma hydrangeoides"), and a quoted
//! sentence in another language has that language's function words ("Le bilan est lourd, plusieurs
//! policiers ont perdu la vie"); none of these is counted. In the dev sets' human references no
//! document reaches the bar.
//!
//! ## Example
//! ```text
//! The theicle was sent to the ofboat where preferies were sold.
//! ```

use rustc_hash::FxHashMap;

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::language::non_english::foreign_sentence;
use crate::text::{Document, Shape, TokenKind};
use crate::words::without_possessive;

pub struct NonWords;

/// A document needs this many non-words ...
const MIN_COUNT: usize = 2;
/// ... and at least one per this many words.
const WORDS_PER_NON_WORD: usize = 120;
/// Shorter tokens are abbreviations and interjections as often as they are fragments.
const MIN_LETTERS: usize = 3;

impl Check for NonWords {
    fn id(&self) -> &'static str {
        "mt/non-words"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let enough = |n: usize| n >= MIN_COUNT && n * WORDS_PER_NON_WORD >= doc.word_count;
        let mut found: Vec<usize> = (0..doc.tokens.len())
            .filter(|&i| is_non_word(cx, i))
            .filter(|&i| !cx.languages().is_foreign_line(doc.tokens[i].line as usize))
            .collect();
        // Sentences in another language are looked for only when the document would be flagged
        // without them, and each sentence once: the detector is the costly part.
        if !enough(found.len()) {
            return;
        }
        let mut foreign: FxHashMap<usize, bool> = FxHashMap::default();
        found.retain(|&i| !in_foreign_sentence(cx, i, &mut foreign));
        let n = found.len();
        if !enough(n) {
            return;
        }
        for i in found {
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                doc.tokens[i].span,
                format!(
                    "not an English word: '{}' (one of {n} in this document)",
                    doc.tok(i)
                ),
            ));
        }
    }
}

fn is_non_word(cx: &Context, i: usize) -> bool {
    let doc = cx.doc;
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Word || t.shape != Shape::Lower {
        return false;
    }
    // Most words are in the lexicon: that settles them before their letters are looked at.
    let Some(wt) = cx.evidence.word(i).filter(|w| w.lexicon.is_none()) else {
        return false;
    };
    let word = doc.tok(i);
    let letters = word.bytes().filter(u8::is_ascii_lowercase).count();
    if letters < MIN_LETTERS
        || !word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '\'' || c == '’')
    {
        return false;
    }
    // A possessive is judged by its word: "the glue's". Endings and prefixes are not: salad is
    // made of them ("generallys", "photoers", "withly").
    let base = without_possessive(word);
    let known_possessive = base.len() < word.len() && cx.lexicon.contains(base);
    wt.forms.total() <= 1 && !known_possessive && stands_alone(doc, i) && !species_epithet(cx, i)
}

/// Token `i` is in a sentence of another language inside English text, whose words are foreign,
/// not garbled: "Le bilan est lourd, plusieurs policiers ont perdu la vie."
/// `judged` holds the verdicts on the sentences judged so far, by index.
fn in_foreign_sentence(cx: &Context, i: usize, judged: &mut FxHashMap<usize, bool>) -> bool {
    let sentences = &cx.doc.sentences;
    let k = sentences.partition_point(|s| s.tokens.1 <= i);
    sentences.get(k).is_some_and(|s| {
        s.tokens.0 <= i && *judged.entry(k).or_insert_with(|| foreign_sentence(cx, s))
    })
}

/// The second half of a Latin binomial after a capitalised genus the lexicon does not know as a
/// common word, or its initial: "Schizophragma hydrangeoides", "Strobilanthes kunthiana", "P.
/// damicornis".
fn species_epithet(cx: &Context, i: usize) -> bool {
    const LATIN_ENDINGS: &[&str] = &["a", "us", "um", "is", "ae", "i", "es"];
    let doc = cx.doc;
    let same_line = |j: usize| doc.tokens[j].line == doc.tokens[i].line;
    let genus = i > 0
        && doc.tokens[i - 1].is_word()
        && doc.tokens[i - 1].shape == Shape::Title
        && same_line(i - 1)
        && cx.evidence.word(i - 1).is_some_and(|w| w.name_like());
    let genus_initial =
        i > 1 && doc.tok(i - 1) == "." && !doc.tokens[i - 1].space_before && same_line(i - 2) && {
            let b = doc.tok(i - 2).as_bytes();
            b.len() == 1 && b[0].is_ascii_uppercase()
        };
    (genus || genus_initial) && LATIN_ENDINGS.iter().any(|e| doc.tok(i).ends_with(e))
}

/// Not part of a handle, a hashtag, a path, an address or a hyphenated compound: "@jdoe",
/// "#tbt", "index/html", "co-op".
fn stands_alone(doc: &Document, i: usize) -> bool {
    const GLUE: &[&str] = &["@", "#", "/", "\\", "-", "_", ".", "=", "&", "+", "*", "~"];
    let glued_before = !doc.tokens[i].space_before && i > 0 && GLUE.contains(&doc.tok(i - 1));
    let glued_after = doc.tokens.get(i + 1).is_some_and(|n| {
        !n.space_before && GLUE.contains(&doc.tok(i + 1)) && doc.tok(i + 1) != "."
    }) || doc
        .tokens
        .get(i + 2)
        .is_some_and(|n| !n.space_before && doc.tok(i + 1) == "." && n.kind == TokenKind::Word);
    !glued_before && !glued_after
}
