//! What the document itself says about its words, computed once for all checks.
//!
//! A lexicon knows that "leave" is rarely capitalised; only the document knows that it writes
//! "Vote Leave" five times, or that it calls the same man "Xi" and "XI". Checks weigh the two.
//! Each distinct word of the document is folded, counted and looked up in the lexicon once here,
//! so checks read per-token facts from arrays instead of hashing strings per token.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use std::collections::hash_map::Entry;

use crate::lexicon::{self, fold_into, word_hash, word_hash_of_ascii, Lexicon};
use crate::text::{Document, Shape, TokenKind};
use crate::words::{function_word_index_hash, is_opening_mark};

#[derive(Debug, Default, Clone, Copy)]
pub struct FormCounts {
    pub lower: u32,
    /// Title case, not at a sentence start.
    pub title_mid: u32,
    pub title_initial: u32,
    pub upper: u32,
}

impl FormCounts {
    /// How often the document writes the word, in any form.
    pub fn total(&self) -> u32 {
        self.lower + self.title_mid + self.title_initial + self.upper
    }
}

/// One distinct word (lower-cased, curly apostrophes made straight) of the document.
#[derive(Debug, Clone)]
pub struct WordType {
    pub forms: FormCounts,
    pub lexicon: Option<lexicon::Entry>,
    pub function: bool,
    /// Its index in [`crate::words::FUNCTION_WORDS`], for a function word.
    pub function_index: Option<u8>,
    /// [`crate::lexicon::word_hash`] of the folded word, to look it up in other word tables.
    pub hash: u64,
    /// Id of the word's crude stem (plural -s and possessive 's removed), shared by its variants.
    pub stem: u32,
}

/// Clean text capitalises a name mid-sentence at least this often (permille); title-case
/// common words ("National", "Committee") stay below it.
const MIN_NAME_CAP_PERMILLE: u16 = 850;

impl WordType {
    pub fn zipf100(&self) -> u16 {
        self.lexicon.map_or(0, |e| e.zipf100)
    }

    /// A name: not a function word, and unknown to the lexicon or nearly always capitalised there.
    pub fn name_like(&self) -> bool {
        !self.function
            && self
                .lexicon
                .and_then(|e| e.cap_permille)
                .is_none_or(|c| c >= MIN_NAME_CAP_PERMILLE)
    }
}

/// Marks tokens that are not words in [`Evidence::word_of`].
pub const NOT_A_WORD: u32 = u32::MAX;

pub struct Evidence {
    /// Per token: the first word of its sentence, or right after an opening quote, bracket, colon
    /// or dash, where a capital says nothing.
    pub initial: Vec<bool>,
    /// Per token: its index in `vocab`, or [`NOT_A_WORD`].
    pub word_of: Vec<u32>,
    pub vocab: Vec<WordType>,
    /// Folded word → id, keyed by a 64-bit hash of the folded form (collisions between two
    /// words of one document are astronomically unlikely) so lookups compare integers.
    index: FxHashMap<u64, u32>,
    /// Per paragraph: most of its words are capitalised, as in a title-case heading.
    pub title_case: Vec<bool>,
    /// Per paragraph: a hash of its letters and digits, lower-cased, words separated by one
    /// space: equal for lines that differ only in case, punctuation, quote style or spacing.
    pub fingerprints: Vec<u64>,
    /// Every word of `vocab` folded, end to end, and where each ends.
    folded: String,
    folded_ends: Vec<usize>,
}

/// See [`Evidence::fingerprints`]; `buf` is scratch space reused across lines.
pub fn fingerprint(line: &str, buf: &mut Vec<u8>) -> u64 {
    /// Per ASCII byte: the lower-case letter or digit it adds, [`GAP`] for whitespace, 0 for a
    /// mark, which adds nothing.
    const GAP: u8 = 1;
    const ASCII: [u8; 128] = {
        let mut table = [0u8; 128];
        let mut b = 0;
        while b < 128 {
            let c = b as u8;
            table[b] = if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                GAP
            } else {
                0
            };
            b += 1;
        }
        table
    };
    buf.clear();
    buf.reserve(line.len());
    let mut gap = false;
    let mut utf8 = [0u8; 4];
    let bytes = line.as_bytes();
    let mut i = 0;
    // ASCII bytes are judged by the table; only other characters are decoded.
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            match ASCII[usize::from(b)] {
                0 => {}
                GAP => gap = true,
                c => {
                    if gap && !buf.is_empty() {
                        buf.push(b' ');
                    }
                    gap = false;
                    buf.push(c);
                }
            }
            continue;
        }
        let c = line[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_alphanumeric() {
            if gap && !buf.is_empty() {
                buf.push(b' ');
            }
            gap = false;
            for l in c.to_lowercase() {
                buf.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
            }
        } else if c.is_whitespace() {
            gap = true;
        }
    }
    let mut h = FxHasher::default();
    h.write(buf);
    h.finish()
}

/// [`Evidence::fingerprints`], worked out only where two lines could share one. Equal
/// fingerprints have as many ASCII letters and digits, and an ASCII line's count takes one quick
/// pass; a line whose count no other line has gets a number of its own instead, which keeps every
/// equality and inequality between lines that the fingerprints would give.
fn line_fingerprints(doc: &Document) -> Vec<u64> {
    let text = doc.text;
    let alnum = |bytes: &[u8]| bytes.iter().filter(|b| b.is_ascii_alphanumeric()).count();
    let mut buf = Vec::new();
    let mut fingerprints = vec![0u64; doc.paragraphs.len()];
    // Per line, its count if its fingerprint may be all ASCII, and whether it is still to do.
    let mut counts: Vec<(Option<usize>, bool)> = Vec::with_capacity(doc.paragraphs.len());
    for (p, f) in doc.paragraphs.iter().zip(&mut fingerprints) {
        let line = p.span.text(text);
        if line.is_ascii() {
            counts.push((Some(alnum(line.as_bytes())), true));
        } else {
            *f = fingerprint(line, &mut buf);
            counts.push((buf.is_ascii().then(|| alnum(&buf)), false));
        }
    }
    let mut seen: FxHashMap<usize, u32> = FxHashMap::default();
    for &(count, _) in &counts {
        if let Some(c) = count {
            *seen.entry(c).or_default() += 1;
        }
    }
    for (i, ((p, f), &(count, to_do))) in doc
        .paragraphs
        .iter()
        .zip(&mut fingerprints)
        .zip(&counts)
        .enumerate()
    {
        if !to_do {
            continue;
        }
        *f = if count.is_some_and(|c| seen[&c] > 1) {
            fingerprint(p.span.text(text), &mut buf)
        } else {
            // Numbers from the top of the range down: a fingerprint falls among them as seldom
            // as two fingerprints collide.
            u64::MAX - i as u64
        };
    }
    fingerprints
}

fn stem_of(key: &str) -> &str {
    let w = key.strip_suffix("'s").unwrap_or(key);
    if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

impl Evidence {
    pub fn new(doc: &Document, lexicon: &Lexicon) -> Evidence {
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
                        // A straight quote glued to the word before it closes a quotation.
                        let closes = matches!(mark, "\"" | "'") && !t.space_before;
                        if is_opening_mark(mark) && !closes
                            || matches!(mark, ":" | "–" | "—" | "-" | ";")
                        {
                            first = true;
                        }
                    }
                    TokenKind::Symbol | TokenKind::Link => first = true,
                }
            }
        }
        // A document's distinct words are rarely more than half its tokens: room for them up
        // front spares the tables their growing.
        let room = doc.tokens.len() / 2;
        let mut index: FxHashMap<u64, u32> =
            FxHashMap::with_capacity_and_hasher(room, Default::default());
        // Every distinct folded word, end to end, with where each ends, and its hash.
        let mut keys = String::with_capacity(text.len() / 2);
        let mut key_ends: Vec<usize> = Vec::with_capacity(room);
        let mut hashes: Vec<u64> = Vec::with_capacity(room);
        let mut vocab: Vec<WordType> = Vec::with_capacity(room);
        let mut word_of = vec![NOT_A_WORD; doc.tokens.len()];
        let mut key = String::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            // Most words are ASCII, hashed as they are folded; only a new word is written out.
            let word = t.text(text);
            let hash = if word.is_ascii() {
                word_hash_of_ascii(word)
            } else {
                fold_into(word, &mut key);
                word_hash(&key)
            };
            let id = match index.entry(hash) {
                Entry::Occupied(e) => *e.get(),
                Entry::Vacant(e) => {
                    let id = vocab.len() as u32;
                    e.insert(id);
                    fold_into(word, &mut key);
                    keys.push_str(&key);
                    key_ends.push(keys.len());
                    hashes.push(hash);
                    let function_index = function_word_index_hash(hash);
                    vocab.push(WordType {
                        forms: FormCounts::default(),
                        lexicon: None,
                        function: function_index.is_some(),
                        function_index,
                        hash,
                        stem: id,
                    });
                    id
                }
            };
            word_of[i] = id;
            let forms = &mut vocab[id as usize].forms;
            match t.shape {
                Shape::Lower => forms.lower += 1,
                Shape::Title if initial[i] => forms.title_initial += 1,
                Shape::Title => forms.title_mid += 1,
                Shape::Upper => forms.upper += 1,
                Shape::Mixed => {}
            }
        }
        // The lexicon is looked up in a loop of its own: the lookups are independent cache misses
        // that the processor overlaps, where interleaved with the tokens it waits for each.
        for (w, &hash) in vocab.iter_mut().zip(&hashes) {
            w.lexicon = lexicon.get_hashed(hash);
        }
        // Stems: a word whose stem is itself a word of the document shares that word's id.
        let mut start = 0;
        for (id, &end) in key_ends.iter().enumerate() {
            let key = &keys[start..end];
            start = end;
            let stem = stem_of(key);
            if stem.len() != key.len() {
                if let Some(&sid) = index.get(&word_hash(stem)) {
                    vocab[id].stem = sid;
                }
            }
        }
        let title_case = doc
            .paragraphs
            .iter()
            .map(|p| {
                let words = doc.paragraph_tokens(p).iter().filter(|t| t.is_word());
                let (n, caps) = words.fold((0, 0), |(n, c), t| {
                    (
                        n + 1,
                        c + matches!(t.shape, Shape::Title | Shape::Upper | Shape::Mixed) as usize,
                    )
                });
                n >= 2 && caps * 10 >= n * 6
            })
            .collect();
        let fingerprints = line_fingerprints(doc);
        Evidence {
            initial,
            word_of,
            vocab,
            index,
            title_case,
            fingerprints,
            folded: keys,
            folded_ends: key_ends,
        }
    }

    /// The word type of token `i`, if it is a word.
    pub fn word(&self, i: usize) -> Option<&WordType> {
        self.vocab.get(*self.word_of.get(i)? as usize)
    }

    /// The folded form of word `id` of `vocab` (lower case, straight apostrophes).
    pub fn folded(&self, id: usize) -> &str {
        let start = if id == 0 { 0 } else { self.folded_ends[id - 1] };
        &self.folded[start..self.folded_ends[id]]
    }

    /// The id in `vocab` of a word already folded (lower case, straight apostrophes), if the
    /// document uses it.
    pub fn id_of_folded(&self, folded: &str) -> Option<u32> {
        self.index.get(&word_hash(folded)).copied()
    }

    pub fn form(&self, word: &str) -> FormCounts {
        let mut key = String::new();
        fold_into(word, &mut key);
        self.index
            .get(&word_hash(&key))
            .map(|&id| self.vocab[id as usize].forms)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: letters and digits lower-cased, words separated by one space.
    fn fingerprint_by_chars(line: &str) -> u64 {
        let words: Vec<String> = line
            .split(char::is_whitespace)
            .map(|w| {
                w.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect::<String>()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let mut h = FxHasher::default();
        h.write(words.join(" ").as_bytes());
        h.finish()
    }

    #[test]
    fn lines_share_a_fingerprint_only_when_their_letters_and_digits_match() {
        let text = "Read more: Top 10\nAn unrelated line of text\nREAD MORE -- top 10!\n\
                    Émigrés in Paris\némigrés IN paris.\nTen letters\nTen lettres\nread more top 10";
        let doc = Document::new(text);
        let ev = Evidence::new(&doc, Lexicon::embedded());
        let f = &ev.fingerprints;
        assert_eq!(f.len(), 8);
        assert!(f[0] == f[2] && f[2] == f[7]);
        assert_eq!(f[3], f[4]);
        for (a, b) in [(0, 1), (1, 5), (5, 6), (0, 3), (1, 6)] {
            assert_ne!(f[a], f[b], "{a} {b}");
        }
    }

    #[test]
    fn fingerprint_ignores_case_punctuation_and_spacing() {
        let mut buf = Vec::new();
        for line in [
            "Read more: “Top 10” stories",
            "  read MORE -- top 10 STORIES ",
            "Émigrés\u{a0}in\tPARIS, 2019",
            "",
            "...",
        ] {
            assert_eq!(
                fingerprint(line, &mut buf),
                fingerprint_by_chars(line),
                "{line:?}"
            );
        }
        assert_eq!(
            fingerprint("Read more: “Top 10” stories", &mut buf),
            fingerprint("read MORE -- top 10 STORIES", &mut buf)
        );
    }
}
