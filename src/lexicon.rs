//! English word knowledge from clean text: how frequent a word is, and how often clean writers
//! capitalise it in the middle of a sentence.
//!
//! The second number is what tells a fused sentence ("around their heads Leave bystanders") from
//! a name ("talks with Putin"): "leave" is almost never capitalised mid-sentence in the corpus,
//! "putin" almost always. Both come from `data/lexicon.tsv`, built from ../shared/data/lm-corpus by
//! `scripts/build-lexicon.py` (see data/NOTICE); build.rs turns it into the hash table the binary
//! embeds, so that a run starts without parsing it.
//!
//! Every check of every document asks this table about words, most of them rare, so a lookup must
//! cost one cache miss, not three: the table keeps a hash of each word instead of the word, in one
//! flat array of eight-byte slots probed linearly (see [`crate::lexicon_table::tag_of`] for the odds of a false match).

use std::sync::OnceLock;

use crate::lexicon_table::hash_chunks;
use crate::lexicon_table::{tag_of, NONE};
pub use crate::lexicon_table::{word_hash, word_hash_of_bytes};

/// The table build.rs makes from `data/lexicon.tsv` (see [`crate::lexicon_table`]).
static LEXICON_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.bin"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Zipf frequency × 100: 700 is "the"-like, 300 is one per million words... per 10^(z-9).
    pub zipf100: u16,
    /// Permille of mid-sentence occurrences written with a capital, when the corpus saw enough.
    pub cap_permille: Option<u16>,
    /// Permille of the lower-case word's occurrences followed by a capitalised token.
    pub next_cap_permille: Option<u16>,
}

impl Entry {
    pub fn zipf(&self) -> f32 {
        self.zipf100 as f32 / 100.0
    }
}

/// One slot of the table, eight bytes so that the table stays small enough to sit in cache: the
/// high half of a word's hash (0 when empty) and its three numbers packed in 10, 11 and 11 bits.
#[derive(Clone, Copy, Default)]
struct Slot {
    tag: u32,
    packed: u32,
}

impl Slot {
    fn entry(&self) -> Entry {
        let known = |v: u32| (v != NONE).then_some(v as u16);
        Entry {
            zipf100: (self.packed & 0x3ff) as u16,
            cap_permille: known(self.packed >> 10 & NONE),
            next_cap_permille: known(self.packed >> 21 & NONE),
        }
    }
}

pub struct Lexicon {
    slots: Vec<Slot>,
    mask: usize,
    len: usize,
}

impl Lexicon {
    /// The embedded lexicon, read on first use.
    pub fn embedded() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::from_bin(LEXICON_BIN))
    }

    fn from_bin(bin: &[u8]) -> Lexicon {
        let u32_at = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let (header, body) = bin.split_at(8);
        let mut len = [0u8; 8];
        len.copy_from_slice(header);
        let slots: Vec<Slot> = body
            .chunks_exact(8)
            .map(|s| Slot {
                tag: u32_at(&s[..4]),
                packed: u32_at(&s[4..]),
            })
            .collect();
        Lexicon {
            mask: slots.len() - 1,
            slots,
            len: u64::from_le_bytes(len) as usize,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Looks up a word by [`word_hash`] of its folded form.
    pub fn get_hashed(&self, hash: u64) -> Option<Entry> {
        let tag = tag_of(hash);
        let mut i = hash as usize & self.mask;
        loop {
            let s = &self.slots[i];
            if s.tag == tag {
                return Some(s.entry());
            }
            if s.tag == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Looks a word up in any case; curly apostrophes count as straight ones.
    pub fn get(&self, word: &str) -> Option<Entry> {
        if word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-')
        {
            return self.get_hashed(word_hash(word));
        }
        if word.is_ascii() {
            return self.get_hashed(word_hash_of_ascii(word));
        }
        let mut folded = String::with_capacity(word.len());
        fold_into(word, &mut folded);
        self.get_hashed(word_hash(&folded))
    }

    pub fn zipf(&self, word: &str) -> f32 {
        self.get(word).map_or(0.0, |e| e.zipf())
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// A known word with an ending or a prefix: "galled", "aversions", "untended", "gloving",
    /// "realised". A bare "d" or "s" follows only a stem in "e" or a whole word: "businessd" is
    /// no derived word.
    pub fn is_derived(&self, word: &str) -> bool {
        const SUFFIXES: &[&str] = &["s", "es", "d", "ed", "ing", "er", "ers", "ly", "ness"];
        const PREFIXES: &[&str] = &[
            "un", "re", "non", "pre", "over", "under", "mis", "dis", "out",
        ];
        let known = |w: &str| self.get(w).is_some_and(|e| e.zipf100 >= MIN_STEM_ZIPF100);
        SUFFIXES.iter().any(|suffix| {
            word.strip_suffix(suffix).is_some_and(|stem| {
                stem.len() >= 3
                    && (*suffix != "d" || stem.ends_with('e'))
                    && (known(stem)
                        // "gloving", "realised": the stem's silent e was dropped.
                        || matches!(*suffix, "ing" | "ed" | "er" | "ers")
                            && known(&format!("{stem}e"))
                        // "spatted", "stabbing": a doubled consonant.
                        || stem.len() >= 4
                            && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2]
                            && known(&stem[..stem.len() - 1]))
            })
        }) || PREFIXES.iter().any(|prefix| {
            word.strip_prefix(prefix)
                .is_some_and(|rest| rest.len() >= 4 && known(rest))
        })
    }
}

/// A word the lexicon knows, this common (zipf × 100), is the stem of a derived word.
const MIN_STEM_ZIPF100: u16 = 250;

/// [`word_hash`] of an ASCII word folded (lower-cased), without writing the folded word out.
pub fn word_hash_of_ascii(word: &str) -> u64 {
    debug_assert!(word.is_ascii());
    hash_chunks(word.as_bytes(), lower_ascii_letters)
}

/// The eight bytes with their ASCII capitals made small, all at once: a byte's top bit is set
/// by adding to its low seven bits exactly when they reach 'A', and again when they pass 'Z'.
fn lower_ascii_letters(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !TOPS;
    let from_a = low7 + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low7 + (0x80 - u64::from(b'Z') - 1) * ONES;
    let capitals = from_a & !past_z & !x & TOPS;
    x | capitals >> 2
}

/// Folds a word as the lexicon spells its words: lower case, curly apostrophes made straight.
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if c == '’' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_derived_words_from_a_word_and_a_stray_letter() {
        let lex = Lexicon::embedded();
        for derived in ["untended", "gloving", "realised", "stabbing", "aversions"] {
            assert!(lex.is_derived(derived), "{derived}");
        }
        for not_derived in ["businessd", "theicle", "ofboat"] {
            assert!(!lex.is_derived(not_derived), "{not_derived}");
        }
    }

    #[test]
    fn hashes_an_ascii_word_as_its_folded_form() {
        for word in [
            "",
            "a",
            "The",
            "OFFICIALS",
            "McDonald's",
            "x-Ray",
            "@[`{",
            "AZaz09",
            "Pre-Engineering",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "\x7f\x00Q",
        ] {
            assert_eq!(
                word_hash_of_ascii(word),
                word_hash(&word.to_ascii_lowercase()),
                "{word:?}"
            );
        }
    }

    #[test]
    fn knows_common_words_in_any_case() {
        let lex = Lexicon::embedded();
        assert!(lex.zipf("the") > 7.0);
        assert!(lex.zipf("The") > 7.0);
        assert!(lex.contains("officials"));
        assert!(!lex.contains("officialslike"));
    }

    /// The table build.rs built from, read here to check it against.
    static LEXICON_TSV: &str = include_str!("../data/lexicon.tsv");

    #[test]
    fn every_line_of_the_table_is_found() {
        let lex = Lexicon::embedded();
        assert_eq!(lex.len(), LEXICON_TSV.lines().count());
        for line in LEXICON_TSV.lines().step_by(97) {
            let mut cols = line.split('\t');
            let word = cols.next().unwrap_or_default();
            let zipf: u16 = cols.next().and_then(|z| z.parse().ok()).unwrap_or_default();
            assert_eq!(lex.get(word).map(|e| e.zipf100), Some(zipf), "{word}");
        }
    }

    #[test]
    fn curly_apostrophes_and_capitals_fold() {
        let lex = Lexicon::embedded();
        assert_eq!(lex.get("Don’t"), lex.get("don't"));
        assert!(lex.get("don't").is_some());
    }
}
