//! English word knowledge from clean text: how frequent a word is, and how often clean writers
//! capitalise it in the middle of a sentence.
//!
//! The second number is what tells a fused sentence ("around their heads Leave bystanders") from
//! a name ("talks with Putin"): "leave" is almost never capitalised mid-sentence in the corpus,
//! "putin" almost always. Both come from `data/lexicon.tsv`, built from ../shared/data/lm-corpus by
//! `scripts/build-lexicon.py` (see data/NOTICE); the table is embedded and indexed once per process.

use std::cell::RefCell;
use std::hash::Hasher;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHasher};

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

const CACHED_LEN: usize = 22;
const CACHE_SLOTS: usize = 4096;

#[derive(Clone, Copy)]
struct Slot {
    len: u8,
    key: [u8; CACHED_LEN],
    entry: Option<Entry>,
}

impl Slot {
    /// Length 255 never matches a word of at most `CACHED_LEN` bytes.
    const EMPTY: Slot = Slot {
        len: u8::MAX,
        key: [0; CACHED_LEN],
        entry: None,
    };
}

pub struct Lexicon {
    words: FxHashMap<&'static str, Entry>,
}

impl Lexicon {
    /// The embedded lexicon, parsed on first use.
    pub fn embedded() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(LEXICON_TSV))
    }

    fn parse(tsv: &'static str) -> Lexicon {
        let mut words = FxHashMap::default();
        words.reserve(tsv.len() / 16);
        for line in tsv.lines() {
            let mut cols = line.split('\t');
            let (Some(word), Some(zipf), cap, next_cap) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let Ok(zipf100) = zipf.parse() else { continue };
            let cap_permille = cap.and_then(|c| c.parse().ok());
            let next_cap_permille = next_cap.and_then(|c| c.parse().ok());
            words.insert(
                word,
                Entry {
                    zipf100,
                    cap_permille,
                    next_cap_permille,
                },
            );
        }
        Lexicon { words }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Looks a word up in any case; curly apostrophes count as straight ones.
    pub fn get(&self, word: &str) -> Option<Entry> {
        if word.len() <= CACHED_LEN
            && word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-')
        {
            return self.get_cached(word);
        }
        if word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-')
        {
            return self.words.get(word).copied();
        }
        if word.is_ascii() && word.len() <= 32 {
            let mut buf = [0u8; 32];
            for (b, c) in buf.iter_mut().zip(word.bytes()) {
                *b = c.to_ascii_lowercase();
            }
            let key = std::str::from_utf8(&buf[..word.len()]).ok()?;
            return if key.len() <= CACHED_LEN {
                self.get_cached(key)
            } else {
                self.words.get(key).copied()
            };
        }
        let mut buf = String::with_capacity(word.len());
        for c in word.chars() {
            if c == '’' {
                buf.push('\'');
            } else {
                buf.extend(c.to_lowercase());
            }
        }
        self.words.get(buf.as_str()).copied()
    }

    /// A per-thread direct-mapped cache in front of the table: word frequencies are Zipfian, so
    /// most lookups hit a few thousand words, and the cache keeps them out of the 250,000-entry
    /// table whose keys are scattered over megabytes.
    fn get_cached(&self, word: &str) -> Option<Entry> {
        thread_local! {
            static CACHE: RefCell<Vec<Slot>> = RefCell::new(vec![Slot::EMPTY; CACHE_SLOTS]);
        }
        let mut h = FxHasher::default();
        h.write(word.as_bytes());
        let slot = h.finish() as usize & (CACHE_SLOTS - 1);
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let s = &mut cache[slot];
            // Whole zero-padded arrays compare inline, without a call to memcmp.
            let mut key = [0u8; CACHED_LEN];
            key[..word.len()].copy_from_slice(word.as_bytes());
            if s.len as usize == word.len() && s.key == key {
                return s.entry;
            }
            let entry = self.words.get(word).copied();
            *s = Slot {
                len: word.len() as u8,
                key,
                entry,
            };
            entry
        })
    }

    pub fn zipf(&self, word: &str) -> f32 {
        self.get(word).map_or(0.0, |e| e.zipf())
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
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
}
