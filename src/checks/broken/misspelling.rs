//! ## What it does
//! Flags a lower-case word that no English word list knows and that is one slip away from a
//! common word: a letter dropped ("atractive"), added ("recongnition") or changed
//! ("infrastructue"), or two letters swapped ("stduents"). The message names the word it
//! probably stands for; no fix is offered, since the slip is a guess.
//!
//! ## Why is this bad?
//! A misspelling in a published article or a training corpus is damage the writer did not
//! intend, and a reader or a model learns it. Rare words are not misspellings: the lexicon
//! holds every word of SCOWL and wordfreq and of 54 M words of clean text, so only a word none
//! of them lists is a candidate, and its neighbour must be common (zipf 4 or more, or 3.3 for a
//! neighbour of eight letters or more: "fragemented"; a short word is one slip away from too many
//! rare and foreign words, "bidis", "pesar"). Wordfreq counts the web, so it lists misspellings
//! too: its rare ones that no dictionary spells and clean text hardly writes ("sytem",
//! "beause", data/web-misspellings.txt) are still candidates, but the commonest ("goverment",
//! "recieve", zipf 2.3 and up) are left alone. Left alone too: a word the document uses twice (a term or a name), a
//! derived form of a known word ("galled", "untended"), a word beside a rare one or a quotation
//! mark (a foreign phrase, a title, jargon; a name beside it is fine when a common word stands
//! on its other side: "Bergin suffred an injury", not "Upolampes evena,"), names, capitalised
//! words, short words and words with digits or marks. A possessive is judged by its word
//! ("cihldren's"); the parts of a hyphenated compound are not ("curvi-linear").
//!
//! ## Example
//! ```text
//! The company said the infrastructue would be ready after the elctions.
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::lexicon::{self, word_hash};
use crate::text::{Shape, Span, TokenKind};
use crate::words::{is_closing_mark, is_opening_mark};

pub struct Misspelling;

/// Shorter words have too many neighbours to tell a slip from another word.
const MIN_LETTERS: usize = 5;
/// A short word is one slip away from many others, rare words and foreign ones among them
/// ("bidis", "pesar"), so only a common neighbour counts for it ...
const MIN_NEIGHBOUR_ZIPF100_SHORT: u16 = 400;
/// ... while a neighbour this long may be less common (zipf 3.3 and up: "fragemented").
const MIN_LETTERS_LESS_COMMON: usize = 8;
/// Longer tokens are not words.
const MAX_LETTERS: usize = 24;
mod spelling_neighbours {
    include!(concat!(env!("OUT_DIR"), "/spelling_neighbours.rs"));
}

/// Every word of data/web-misspellings.txt is rarer than this (zipf × 100): the bound of
/// scripts/build-web-misspellings.py, so that common words skip the search.
const MAX_WEB_MISSPELLING_ZIPF100: u16 = 230;

/// Hashes of data/web-misspellings.txt (see scripts/build-web-misspellings.py).
mod web_misspellings {
    include!(concat!(env!("OUT_DIR"), "/web_misspellings.rs"));
}

/// How common a word one slip away is, if it may be the word meant: common and no name (see
/// build.rs for the bounds).
fn neighbour_zipf100(candidate: &[u8]) -> Option<u16> {
    let hash = lexicon::word_hash_of_bytes(candidate);
    // The same bit as build.rs sets for each word of the table.
    let bit = (hash >> spelling_neighbours::NEIGHBOUR_BIT_SHIFT) as usize
        & (spelling_neighbours::NEIGHBOUR_BITMAP_WORDS * 64 - 1);
    if spelling_neighbours::NEIGHBOUR_BITMAP[bit / 64] & 1 << (bit % 64) == 0 {
        return None;
    }
    spelling_neighbours::NEIGHBOURS
        .binary_search_by_key(&hash, |&(h, _)| h)
        .ok()
        .map(|k| spelling_neighbours::NEIGHBOURS[k].1)
}

impl Check for Misspelling {
    fn id(&self) -> &'static str {
        "broken/misspelling"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let mut scratch = Vec::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word
                || t.shape != Shape::Lower
                || !(MIN_LETTERS..=MAX_LETTERS).contains(&t.span.len())
            {
                continue;
            }
            let Some(wt) = cx.evidence.word(i) else {
                continue;
            };
            if wt.forms.total() > 1 || !unknown(wt.lexicon, wt.hash) {
                continue;
            }
            let word = doc.tok(i);
            if !among_common_words(cx, i) {
                continue;
            }
            // A possessive is judged by the word it is made of: "cihldren's". (The parts of a
            // hyphenated compound are not: "curvi-linear", "bi-cameral" are a writer's choice.)
            let possessive = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
            let base = possessive.unwrap_or(word);
            if base.len() < MIN_LETTERS
                || !base.bytes().all(|b| b.is_ascii_lowercase())
                || possessive.is_some() && !unknown(cx.lexicon.get(base), word_hash(base))
                || cx.lexicon.is_derived(base)
            {
                continue;
            }
            let Some(neighbour) = best_neighbour(base.as_bytes(), &mut scratch) else {
                continue;
            };
            if cx.languages().is_foreign_line(t.line as usize) {
                continue;
            }
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                Span::new(t.span.start, t.span.start + base.len()),
                format!("misspelling: '{base}' is probably '{neighbour}'"),
            ));
        }
    }
}

/// A word with this lexicon entry and [`word_hash`] may be a slip. The lexicon holds every word
/// of SCOWL, wordfreq and the clean corpus, rare ones ("yearn", "skein") and the commonest
/// misspellings ("goverment") alike: only a word it lacks counts, or one of the web's rare
/// misspellings that wordfreq lists and no dictionary spells ("sytem", "beause").
fn unknown(entry: Option<lexicon::Entry>, hash: u64) -> bool {
    entry.is_none_or(|e| {
        e.zipf100 < MAX_WEB_MISSPELLING_ZIPF100
            && web_misspellings::WEB_MISSPELLINGS
                .binary_search(&hash)
                .is_ok()
    })
}

/// The most common word one slip away from `word` (letters swapped, dropped, added or
/// changed), if one is a common word and no name.
fn best_neighbour(word: &[u8], buf: &mut Vec<u8>) -> Option<String> {
    let mut best: Option<(u16, Vec<u8>)> = None;
    // Candidates are lower-case ASCII, already folded as the lexicon keys words.
    let mut consider = |candidate: &[u8]| {
        let Some(zipf100) = neighbour_zipf100(candidate).filter(|&z| {
            z >= MIN_NEIGHBOUR_ZIPF100_SHORT || candidate.len() >= MIN_LETTERS_LESS_COMMON
        }) else {
            return;
        };
        if best.as_ref().is_none_or(|(z, _)| zipf100 > *z) {
            best = Some((zipf100, candidate.to_vec()));
        }
    };
    let n = word.len();
    // Edits that keep the length are made in place on a copy of the word and undone after.
    buf.clear();
    buf.extend_from_slice(word);
    for k in 0..n.saturating_sub(1) {
        if word[k] == word[k + 1] {
            continue;
        }
        buf.swap(k, k + 1);
        consider(buf);
        buf.swap(k, k + 1);
    }
    for k in 0..n {
        buf.clear();
        buf.extend_from_slice(&word[..k]);
        buf.extend_from_slice(&word[k + 1..]);
        consider(buf);
    }
    for k in 0..=n {
        buf.clear();
        buf.extend_from_slice(&word[..k]);
        buf.push(b'a');
        buf.extend_from_slice(&word[k..]);
        for c in b'a'..=b'z' {
            buf[k] = c;
            consider(buf);
        }
    }
    buf.clear();
    buf.extend_from_slice(word);
    for k in 0..n {
        for c in b'a'..=b'z' {
            if c != word[k] {
                buf[k] = c;
                consider(buf);
            }
        }
        buf[k] = word[k];
    }
    best.map(|(_, w)| String::from_utf8_lossy(&w).into_owned())
}

/// Words beside a slip are this common: a rare one marks a foreign phrase or jargon ("the
/// plastral scute", "Chef de tribu de la").
const MIN_CONTEXT_ZIPF100: u16 = 300;

/// The words on either side are common English, with no quotation mark or bracket between: a slip among
/// plain prose, not a foreign word or a quoted title ("Rachel in \"La juive\""). One of them may be
/// a name if the other is a common word: "Bergin suffred an injury", but not a genus and its
/// species ("Cyathaspis banksi.") or a foreign title ("Valter brani Sarajevo").
fn among_common_words(cx: &Context, i: usize) -> bool {
    let doc = cx.doc;
    #[derive(PartialEq)]
    enum Side {
        Word,
        Mark,
        Name,
        Other,
    }
    let side = |j: Option<usize>| {
        let Some(j) = j.filter(|&j| j < doc.tokens.len()) else {
            return Side::Mark;
        };
        let t = &doc.tokens[j];
        match t.kind {
            TokenKind::Word => match cx.evidence.word(j) {
                Some(w) if w.function || w.zipf100() >= MIN_CONTEXT_ZIPF100 => Side::Word,
                Some(w) if t.shape == Shape::Title && w.name_like() => Side::Name,
                _ => Side::Other,
            },
            TokenKind::Punct if is_opening_mark(doc.tok(j)) || is_closing_mark(doc.tok(j)) => {
                Side::Other
            }
            _ => Side::Mark,
        }
    };
    matches!(
        (side(i.checked_sub(1)), side(Some(i + 1))),
        (Side::Word | Side::Mark, Side::Word | Side::Mark)
            | (Side::Name, Side::Word)
            | (Side::Word, Side::Name)
    )
}
