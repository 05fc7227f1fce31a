//! Corpus mode: in how many documents of a corpus does each line occur?
//!
//! A page template stamps the same footer, cookie notice or newsletter box on every page of a
//! site, so a line that recurs across many documents is boilerplate even when nothing in the line
//! itself says so (CCNet's paragraph-hash deduplication rests on the same observation). Counting
//! that exactly needs a hash set of every distinct line of the corpus, which grows without bound;
//! a count-min sketch answers "in how many documents?" from a fixed amount of memory, at the price
//! of sometimes overcounting, never undercounting.
//!
//! Lines are compared after CCNet's normalisation for deduplication (see [`normalize_line`]), so
//! the same footer with other quotes, spacing, case or dates is still the same line. Each document
//! adds each of its distinct lines once: the sketch counts documents, not occurrences.
//!
//! The sketch uses conservative update (only the smallest counters of a line grow), which cuts
//! overcounting several-fold but makes the result depend on the order documents are added. The
//! command line therefore computes each batch's [`LineKeys`] in parallel and adds them in input
//! order, so the counts, and every flag built on them, are the same whatever the thread count.
//!
//! Size: four rows of 32-bit counters, each row as wide as the memory budget allows in a power of
//! two (8 MiB, the command line's default, gives 2^19 counters a row). Lines are keyed by a 64-bit
//! hash that is fixed by specification, so saved counts can be loaded by another build. Once the
//! sketch is crowded every line reads a little high; [`Corpus`] raises the bar by the sketch's
//! measured floor so that crowding can never turn a line of one document into a recurring one.

use std::io::{self, Read, Write};

use unicode_normalization::UnicodeNormalization;

use crate::config::CorpusSettings;

/// Lines with fewer words than this after normalisation are not counted.
pub const MIN_WORDS: usize = 3;
/// Lines with fewer letters than this after normalisation are not counted.
pub const MIN_LETTERS: usize = 10;

/// Rows of the count-min sketch: each line is counted in one cell per row and its estimate is the
/// smallest of them, so an overcount needs a collision in every row.
const DEPTH: usize = 4;
/// Bounds on a row's width (as a power of two): from 1024 cells to the 4 GiB the command line allows.
const MIN_WIDTH_LOG2: u32 = 10;
const MAX_WIDTH_LOG2: u32 = 28;

/// Normalises a line for comparison across documents, CCNet-style, into `out`; returns whether
/// the line is long enough to count.
///
/// Compatibility forms are folded (NFKC: fullwidth letters, ligatures), letters lower-cased, each
/// run of digits made one `0` (dates, prices and page numbers change from page to page; the
/// template does not), punctuation, quotes, symbols and invisible characters dropped without a
/// trace ("e-mail" and "email" are one line) and runs of whitespace made one space.
///
/// A line counts only with at least [`MIN_WORDS`] words and [`MIN_LETTERS`] letters: across
/// documents, headings ("References", "Chapter 0"), one- and two-word link text ("Read more") and
/// rows of numbers recur by genre, not because a template copied them, and the single-document
/// boilerplate rules judge those by their words.
pub fn normalize_line(line: &str, out: &mut String) -> bool {
    out.clear();
    let mut words = 0;
    let mut letters = 0;
    let mut gap = false;
    let mut push = |c: char, out: &mut String| {
        if c.is_whitespace() {
            gap = true;
            return;
        }
        let numeric = c.is_numeric();
        if !numeric && !c.is_alphabetic() {
            return;
        }
        if out.is_empty() || gap {
            if !out.is_empty() {
                out.push(' ');
            }
            words += 1;
            gap = false;
        }
        if numeric {
            // Only digits write '0', so a '0' at the end is this number's.
            if !out.ends_with('0') {
                out.push('0');
            }
        } else {
            letters += 1;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    };
    if line.is_ascii() {
        line.chars().for_each(|c| push(c, out));
    } else {
        line.chars().nfkc().for_each(|c| push(c, out));
    }
    words >= MIN_WORDS && letters >= MIN_LETTERS
}

/// The key a line is counted under, or None for a line too short to count; `buf` is scratch space
/// reused across lines.
pub fn line_key(line: &str, buf: &mut String) -> Option<u64> {
    normalize_line(line, buf).then(|| fnv1a(buf.as_bytes()))
}

/// 64-bit FNV-1a: fixed by its specification, unlike the fast hashers whose output may change
/// between versions, so saved counts stay valid across builds. Normalised lines are short; its
/// byte-at-a-time speed is not what limits corpus mode.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// MurmurHash3's 64-bit finaliser: spreads a key over every bit, so each row of the sketch can
/// take its cell from the top bits of a differently seeded mix.
fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

const ROW_SEEDS: [u64; DEPTH] = [
    0x9e37_79b9_7f4a_7c15,
    0xbf58_476d_1ce4_e5b9,
    0x94d0_49bb_1331_11eb,
    0x2545_f491_4f6c_dd1d,
];

/// The distinct line keys of one document, in a fixed order: what the document adds to the counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineKeys(Vec<u64>);

impl LineKeys {
    /// The keys of every line of `text` long enough to count, each once.
    pub fn of(text: &str) -> LineKeys {
        let mut buf = String::new();
        let mut keys: Vec<u64> = text.lines().filter_map(|l| line_key(l, &mut buf)).collect();
        keys.sort_unstable();
        keys.dedup();
        LineKeys(keys)
    }
}

/// In how many documents each line occurs, estimated by a count-min sketch of fixed size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusCounts {
    width_log2: u32,
    /// `DEPTH` rows of `1 << width_log2` counters, row after row.
    cells: Vec<u32>,
    documents: u64,
}

/// Why saved counts could not be read.
#[derive(Debug, thiserror::Error)]
pub enum CountsFileError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("not a textqc corpus-counts file")]
    NotCounts,
    #[error("corpus counts of format version {0}; this textqc reads version {FORMAT_VERSION}")]
    Version(u32),
    #[error("corpus-counts file is damaged: {0}")]
    Damaged(&'static str),
}

const MAGIC: &[u8; 8] = b"TQCLINES";
/// Bumped whenever the file layout, the normalisation or the hashing changes: counts saved by
/// another version would silently miss every line.
pub const FORMAT_VERSION: u32 = 1;

impl CorpusCounts {
    /// Empty counts in at most `bytes` of memory (the largest power-of-two width that fits, and at
    /// least 16 KiB).
    pub fn with_memory(bytes: usize) -> CorpusCounts {
        let cells_per_row = (bytes / (DEPTH * 4)).max(1);
        let width_log2 =
            (usize::BITS - 1 - cells_per_row.leading_zeros()).clamp(MIN_WIDTH_LOG2, MAX_WIDTH_LOG2);
        CorpusCounts::with_width_log2(width_log2)
    }

    fn with_width_log2(width_log2: u32) -> CorpusCounts {
        CorpusCounts {
            width_log2,
            cells: vec![0; DEPTH << width_log2],
            documents: 0,
        }
    }

    /// Bytes the counters take.
    pub fn memory(&self) -> usize {
        self.cells.len() * 4
    }

    /// Documents added so far.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    fn cells_of(&self, key: u64) -> [usize; DEPTH] {
        let shift = 64 - self.width_log2;
        let width = 1usize << self.width_log2;
        std::array::from_fn(|row| row * width + (fmix64(key ^ ROW_SEEDS[row]) >> shift) as usize)
    }

    /// Adds one document: each of its distinct lines is counted once more, with conservative update.
    pub fn add_document(&mut self, keys: &LineKeys) {
        self.documents += 1;
        for &key in &keys.0 {
            let cells = self.cells_of(key);
            let least = cells.iter().map(|&c| self.cells[c]).min().unwrap_or(0);
            let next = least.saturating_add(1);
            for c in cells {
                let cell = &mut self.cells[c];
                *cell = (*cell).max(next);
            }
        }
    }

    /// The estimated number of documents containing the line with `key`: never fewer than the true
    /// number, more only where the line shares a cell with other lines in every row.
    pub fn documents_with(&self, key: u64) -> u64 {
        let estimate = self
            .cells_of(key)
            .iter()
            .map(|&c| self.cells[c])
            .min()
            .unwrap_or(0);
        u64::from(estimate).min(self.documents)
    }

    /// What a line found in a single document typically reads as once the sketch is crowded: the
    /// median counter (0 while most counters are unused), taken over every 16th counter to keep
    /// memory fixed. With conservative update a line's counters start from about this level when
    /// it first appears, so its estimate is about its true count plus this.
    pub fn floor(&self) -> u64 {
        let mut sample: Vec<u32> = self.cells.iter().step_by(16).copied().collect();
        let mid = sample.len() / 2;
        u64::from(*sample.select_nth_unstable(mid).1)
    }

    /// Writes the counts in a versioned little-endian format: magic, version, rows, log2 of the
    /// width, documents, then the counters row after row.
    pub fn save(&self, w: &mut dyn Write) -> io::Result<()> {
        w.write_all(MAGIC)?;
        w.write_all(&FORMAT_VERSION.to_le_bytes())?;
        w.write_all(&(DEPTH as u32).to_le_bytes())?;
        w.write_all(&self.width_log2.to_le_bytes())?;
        w.write_all(&self.documents.to_le_bytes())?;
        let mut buf = Vec::with_capacity(1 << 16);
        for chunk in self.cells.chunks(1 << 14) {
            buf.clear();
            buf.extend(chunk.iter().flat_map(|c| c.to_le_bytes()));
            w.write_all(&buf)?;
        }
        Ok(())
    }

    /// Reads counts written by [`CorpusCounts::save`].
    pub fn load(r: &mut dyn Read) -> Result<CorpusCounts, CountsFileError> {
        let mut header = [0u8; 28];
        r.read_exact(&mut header).map_err(|e| match e.kind() {
            io::ErrorKind::UnexpectedEof => CountsFileError::NotCounts,
            _ => CountsFileError::Io(e),
        })?;
        if &header[..8] != MAGIC {
            return Err(CountsFileError::NotCounts);
        }
        let u32_at =
            |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
        let version = u32_at(8);
        if version != FORMAT_VERSION {
            return Err(CountsFileError::Version(version));
        }
        if u32_at(12) as usize != DEPTH {
            return Err(CountsFileError::Damaged("unexpected number of rows"));
        }
        let width_log2 = u32_at(16);
        if !(MIN_WIDTH_LOG2..=MAX_WIDTH_LOG2).contains(&width_log2) {
            return Err(CountsFileError::Damaged("unexpected width"));
        }
        let mut documents = [0u8; 8];
        documents.copy_from_slice(&header[20..28]);
        let documents = u64::from_le_bytes(documents);
        // Read through `take` so that a damaged header cannot make us allocate more than the file holds.
        let expected = (DEPTH << width_log2) * 4;
        let mut bytes = Vec::new();
        r.take(expected as u64 + 1).read_to_end(&mut bytes)?;
        if bytes.len() != expected {
            return Err(CountsFileError::Damaged(if bytes.len() < expected {
                "truncated"
            } else {
                "trailing data"
            }));
        }
        let cells = bytes
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        Ok(CorpusCounts {
            width_log2,
            cells,
            documents,
        })
    }
}

/// The counts of a corpus with the threshold that makes a line recurring: what the
/// `boilerplate/recurring-line` check reads.
#[derive(Debug, Clone)]
pub struct Corpus {
    counts: CorpusCounts,
    min_documents: u64,
    floor: u64,
}

impl Corpus {
    /// A line recurs when it is in at least `min-docs` documents and at least `min-share` of them,
    /// counted above the sketch's floor (see [`CorpusCounts::floor`]): a line of one document can
    /// read as high as the floor plus one, never as high as the floor plus `min-docs`.
    pub fn new(counts: CorpusCounts, settings: &CorpusSettings) -> Corpus {
        let share = (settings.min_share * counts.documents as f64).ceil();
        // `as` saturates (and makes NaN 0), so no setting can wrap the threshold around.
        let min_documents = settings.min_docs.max(share as u64).max(2);
        let floor = counts.floor();
        Corpus {
            counts,
            min_documents,
            floor,
        }
    }

    pub fn documents(&self) -> u64 {
        self.counts.documents
    }

    /// Documents a line must be in to be flagged.
    pub fn min_documents(&self) -> u64 {
        self.min_documents
    }

    /// See [`CorpusCounts::floor`]; 0 while the counts are sparse, and estimates then exact but
    /// for rare collisions.
    pub fn floor(&self) -> u64 {
        self.floor
    }

    /// The estimated number of documents containing the line with `key`, if it is enough to make
    /// the line recurring.
    pub fn recurring(&self, key: u64) -> Option<u64> {
        let n = self.counts.documents_with(key);
        (n >= self.min_documents.saturating_add(self.floor)).then_some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(line: &str) -> Option<String> {
        let mut out = String::new();
        normalize_line(line, &mut out).then_some(out)
    }

    #[test]
    fn normalisation_folds_case_digits_punctuation_and_spacing() {
        let a = norm("© 2023 “The Springfield Gazette” — All rights reserved.").unwrap();
        assert_eq!(a, "0 the springfield gazette all rights reserved");
        assert_eq!(
            norm("© 1999  \"THE SPRINGFIELD GAZETTE\" all  rights reserved").as_deref(),
            Some(a.as_str())
        );
        assert_eq!(
            norm("Ｅ-mail us at the newsroom desk").as_deref(),
            Some("email us at the newsroom desk")
        );
        assert_eq!(
            norm("\tÉTÉ À PARIS, C'EST L'ÉTÉ  ").as_deref(),
            Some("été à paris cest lété")
        );
        // The same word, composed and decomposed.
        assert_eq!(
            norm("Café au lait tonight"),
            norm("Cafe\u{301} au lait tonight")
        );
    }

    #[test]
    fn short_lines_do_not_count() {
        for line in [
            "",
            "   ",
            "References",
            "Read more",
            "Page 3 of 12",
            "1 2 3 4 5 6",
            "a b c",
        ] {
            assert_eq!(norm(line), None, "{line:?}");
        }
        assert!(norm("Sign up for our newsletter").is_some());
    }

    #[test]
    fn keys_are_stable() {
        // FNV-1a's published test vector, and a fixed line: saved counts depend on both.
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        let mut buf = String::new();
        assert_eq!(
            line_key("All rights reserved, 2024.", &mut buf),
            Some(fnv1a(b"all rights reserved 0"))
        );
    }

    #[test]
    fn a_document_counts_each_line_once() {
        let keys = LineKeys::of("Sign up for our newsletter\nSIGN UP for our newsletter!\nShort\n");
        assert_eq!(keys.0.len(), 1);
        let mut counts = CorpusCounts::with_memory(1 << 16);
        counts.add_document(&keys);
        counts.add_document(&LineKeys::of("nothing long enough"));
        let mut buf = String::new();
        let key = line_key("sign up for our newsletter", &mut buf).unwrap();
        assert_eq!(counts.documents_with(key), 1);
        assert_eq!(counts.documents(), 2);
    }

    #[test]
    fn memory_is_fixed_by_the_budget() {
        assert_eq!(CorpusCounts::with_memory(8 << 20).memory(), 8 << 20);
        assert_eq!(CorpusCounts::with_memory(10 << 20).memory(), 8 << 20);
        assert_eq!(
            CorpusCounts::with_memory(0).memory(),
            (DEPTH * 4) << MIN_WIDTH_LOG2
        );
    }

    /// The count-min property: on a sketch far too small for its input, so that most cells are
    /// shared, no line is ever estimated below its true count.
    #[test]
    fn never_undercounts() {
        let mut counts = CorpusCounts::with_width_log2(MIN_WIDTH_LOG2);
        let mut truth = std::collections::HashMap::<u64, u64>::new();
        let mut state = 1u64;
        let mut next = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            fmix64(state)
        };
        for _ in 0..3000 {
            // Each document: a few lines from a small common pool (skewed), and many rare ones.
            let mut keys: Vec<u64> = (0..20)
                .map(|_| {
                    let r = next();
                    if r % 4 == 0 {
                        (r >> 8) % 50
                    } else {
                        r
                    }
                })
                .collect();
            keys.sort_unstable();
            keys.dedup();
            for &k in &keys {
                *truth.entry(k).or_default() += 1;
            }
            counts.add_document(&LineKeys(keys));
        }
        let mut exact = 0;
        for (&k, &n) in &truth {
            let est = counts.documents_with(k);
            assert!(est >= n, "key {k}: estimated {est}, true {n}");
            exact += usize::from(est == n);
        }
        // Not a bound, a sanity check: the sketch is not just saturated.
        assert!(exact > 0);
        for k in 0..50u64 {
            assert!(counts.documents_with(k) <= counts.documents());
        }
    }

    #[test]
    fn save_and_load_round_trip_and_reject_damage() {
        let mut counts = CorpusCounts::with_width_log2(MIN_WIDTH_LOG2);
        counts.add_document(&LineKeys::of(
            "Sign up for our newsletter\nAll rights reserved here",
        ));
        let mut bytes = Vec::new();
        counts.save(&mut bytes).unwrap();
        assert_eq!(CorpusCounts::load(&mut bytes.as_slice()).unwrap(), counts);

        let truncated = &bytes[..bytes.len() - 1];
        assert!(matches!(
            CorpusCounts::load(&mut &truncated[..]),
            Err(CountsFileError::Damaged(_))
        ));
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(CorpusCounts::load(&mut longer.as_slice()).is_err());
        assert!(matches!(
            CorpusCounts::load(&mut &b"{\"id\": 1}"[..]),
            Err(CountsFileError::NotCounts)
        ));
        let mut other_version = bytes.clone();
        other_version[8] = 99;
        assert!(matches!(
            CorpusCounts::load(&mut other_version.as_slice()),
            Err(CountsFileError::Version(99))
        ));
        let mut huge = bytes[..28].to_vec();
        huge[16] = 60;
        assert!(CorpusCounts::load(&mut huge.as_slice()).is_err());
    }

    #[test]
    fn threshold_is_the_larger_of_count_and_share() {
        let mut counts = CorpusCounts::with_width_log2(MIN_WIDTH_LOG2);
        counts.documents = 100_000;
        let settings = CorpusSettings {
            min_docs: 5,
            min_share: 0.0001,
        };
        assert_eq!(Corpus::new(counts.clone(), &settings).min_documents(), 10);
        counts.documents = 1000;
        assert_eq!(Corpus::new(counts.clone(), &settings).min_documents(), 5);
        let nonsense = CorpusSettings {
            min_docs: 0,
            min_share: f64::NAN,
        };
        assert_eq!(Corpus::new(counts, &nonsense).min_documents(), 2);
    }

    /// A sketch far too small for its corpus: every line of one document reads high, but never
    /// high enough to be called recurring, while a line shared by many still is.
    #[test]
    fn a_crowded_sketch_raises_the_bar_by_its_floor() {
        let mut counts = CorpusCounts::with_width_log2(MIN_WIDTH_LOG2);
        let word = |mut n: u64| -> String {
            (0..6)
                .map(|_| {
                    let c = char::from(b'a' + (n % 26) as u8);
                    n /= 26;
                    c
                })
                .collect()
        };
        let line = |d: u64, i: u64| format!("{} {} line {}", word(d), word(i), word(d * 31 + i));
        for d in 0..2000 {
            let mut text: String = (0..10).map(|i| line(d, i) + "\n").collect();
            if d % 10 == 0 {
                text.push_str("Sign up for our newsletter today\n");
            }
            counts.add_document(&LineKeys::of(&text));
        }
        let corpus = Corpus::new(counts, &CorpusSettings::default());
        assert!(corpus.floor() > 0, "the test needs a crowded sketch");
        let mut buf = String::new();
        for d in 0..2000 {
            for i in 0..10 {
                let key = line_key(&line(d, i), &mut buf).unwrap();
                assert_eq!(corpus.recurring(key), None, "{}", line(d, i));
            }
        }
        let shared = line_key("sign up for our newsletter today", &mut buf).unwrap();
        assert!(corpus.recurring(shared).is_some_and(|n| n >= 200));
    }
}
