//! English word knowledge from clean text: how frequent a word is, and how often clean writers
//! capitalise it in the middle of a sentence.
//!
//! The second number is what tells a fused sentence ("around their heads Leave bystanders") from
//! a name ("talks with Putin"): "leave" is almost never capitalised mid-sentence in the corpus,
//! "putin" almost always. Both come from `data/lexicon.tsv`, built from ../shared/data/lm-corpus by
//! `scripts/build-lexicon.py` (see data/NOTICE); the table is embedded and indexed once per process.
//!
//! Every check of every document asks this table about words, most of them rare, so a lookup must
//! cost one cache miss, not three: the table keeps a hash of each word instead of the word, in one
//! flat array of eight-byte slots probed linearly (see [`tag_of`] for the odds of a false match).

use std::hash::Hasher;
use std::sync::OnceLock;

use rustc_hash::FxHasher;

static LEXICON_TSV: &str = include_str!("../data/lexicon.tsv");

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

/// Packed for "not measured".
const NONE: u32 = 0x7ff;

impl Slot {
    fn new(hash: u64, zipf100: u16, cap: Option<u16>, next_cap: Option<u16>) -> Slot {
        let pack = |v: Option<u16>| v.map_or(NONE, |v| u32::from(v.min(1000)));
        Slot {
            tag: tag_of(hash),
            packed: u32::from(zipf100.min(1023)) | pack(cap) << 10 | pack(next_cap) << 21,
        }
    }

    fn entry(&self) -> Entry {
        let known = |v: u32| (v != NONE).then_some(v as u16);
        Entry {
            zipf100: (self.packed & 0x3ff) as u16,
            cap_permille: known(self.packed >> 10 & NONE),
            next_cap_permille: known(self.packed >> 21 & NONE),
        }
    }
}

/// The slot's tag: the hash's high half, never 0. The low half picks the slot, so a word that is
/// not in the table matches a tag only by a 1 in 4 billion chance per slot probed.
fn tag_of(hash: u64) -> u32 {
    ((hash >> 32) as u32).max(1)
}

/// The hash the table is keyed by, of a word already folded as the lexicon spells its words
/// (lower case, straight apostrophes); never 0, which marks an empty slot.
pub fn word_hash(folded: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(folded.as_bytes());
    // FxHash leaves the low bits weak; a finaliser spreads every input bit over the slot index.
    let mut x = h.finish() ^ folded.len() as u64;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    x.max(1)
}

pub struct Lexicon {
    slots: Vec<Slot>,
    mask: usize,
    len: usize,
}

impl Lexicon {
    /// The embedded lexicon, parsed on first use.
    pub fn embedded() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(LEXICON_TSV))
    }

    fn parse(tsv: &str) -> Lexicon {
        let bytes = tsv.as_bytes();
        let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        // At most half full, so a probe for an unknown word ends after a slot or two.
        let size = (lines * 2).next_power_of_two();
        let mut lexicon = Lexicon {
            slots: vec![Slot::default(); size],
            mask: size - 1,
            len: 0,
        };
        // Parsed at every start, so lines and columns are cut with byte scans: the lines are
        // short and a char pattern or a memchr call per column costs more than the bytes.
        let mut start = 0;
        while start < bytes.len() {
            let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
            let line = tsv[start..end].trim_end_matches('\r');
            start = end + 1;
            let mut cols = [None; 4];
            let mut col = 0;
            let mut from = 0;
            for (i, &b) in line.as_bytes().iter().enumerate() {
                if b == b'\t' && col < cols.len() {
                    cols[col] = Some(&line[from..i]);
                    col += 1;
                    from = i + 1;
                }
            }
            if col < cols.len() {
                cols[col] = Some(&line[from..]);
            }
            let [Some(word), Some(zipf), cap, next_cap] = cols else {
                continue;
            };
            let Ok(zipf100) = zipf.parse() else { continue };
            let number = |c: Option<&str>| c.and_then(|c| c.parse().ok());
            let hash = word_hash(word);
            lexicon.insert(
                hash,
                Slot::new(hash, zipf100, number(cap), number(next_cap)),
            );
        }
        lexicon
    }

    /// Adds a word unless its hash is already taken (the first line wins).
    fn insert(&mut self, hash: u64, slot: Slot) {
        let mut i = hash as usize & self.mask;
        loop {
            let s = &mut self.slots[i];
            if s.tag == slot.tag {
                return;
            }
            if s.tag == 0 {
                *s = slot;
                self.len += 1;
                return;
            }
            i = (i + 1) & self.mask;
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
        if word.is_ascii() && word.len() <= 32 {
            let mut buf = [0u8; 32];
            for (b, c) in buf.iter_mut().zip(word.bytes()) {
                *b = c.to_ascii_lowercase();
            }
            let key = std::str::from_utf8(&buf[..word.len()]).ok()?;
            return self.get_hashed(word_hash(key));
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
    fn knows_common_words_in_any_case() {
        let lex = Lexicon::embedded();
        assert!(lex.zipf("the") > 7.0);
        assert!(lex.zipf("The") > 7.0);
        assert!(lex.contains("officials"));
        assert!(!lex.contains("officialslike"));
    }

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
