//! The lexicon's hash table, shared by build.rs, which builds it from data/lexicon.tsv once at
//! compile time, and by the library, which reads it: parsing 250,000 lines at every start cost
//! a single-file run more than checking the file. Only `core` and `std` are used here, so that
//! the build script and the binary hash words alike on any platform.

/// Packed for "not measured".
pub const NONE: u32 = 0x7ff;

/// The hash the table is keyed by, of a word already folded as the lexicon spells its words
/// (lower case, straight apostrophes); never 0, which marks an empty slot.
pub fn word_hash(folded: &str) -> u64 {
    word_hash_of_bytes(folded.as_bytes())
}

/// [`word_hash`] of a folded word held as bytes.
pub fn word_hash_of_bytes(folded: &[u8]) -> u64 {
    hash_chunks(folded, |chunk| chunk)
}

/// [`word_hash`] of `bytes` after `fold` has rewritten each eight-byte chunk (little-endian, the
/// last one padded with zeros): lets a caller fold a word's case as it hashes it.
pub fn hash_chunks(bytes: &[u8], fold: impl Fn(u64) -> u64) -> u64 {
    let mut h: u64 = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = mix(h, fold(u64::from_le_bytes(word)));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = mix(h, fold(u64::from_le_bytes(word)));
    }
    // A finaliser spreads every input bit over the slot index and the tag.
    let mut x = h ^ bytes.len() as u64;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    x.max(1)
}

/// Folds eight bytes into the hash; the shift feeds the multiply's high bits back down, so that
/// the next chunk cannot cancel what this one changed.
fn mix(h: u64, chunk: u64) -> u64 {
    let x = (h ^ chunk).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ x >> 29
}

/// The slot's tag: the hash's high half, never 0. The low half picks the slot, so a word that is
/// not in the table matches a tag only by a 1 in 4 billion chance per slot probed.
pub fn tag_of(hash: u64) -> u32 {
    ((hash >> 32) as u32).max(1)
}

/// A word's three numbers in 10, 11 and 11 bits: zipf × 100, capitalised permille, permille
/// followed by a capital (each [`NONE`] when not measured).
pub fn pack(zipf100: u16, cap: Option<u16>, next_cap: Option<u16>) -> u32 {
    let pack = |v: Option<u16>| v.map_or(NONE, |v| u32::from(v.min(1000)));
    u32::from(zipf100.min(1023)) | pack(cap) << 10 | pack(next_cap) << 21
}

/// An open-addressing table of (tag, packed numbers), at most half full so that a probe for an
/// unknown word ends after a slot or two, and how many words it holds.
pub struct Table {
    pub slots: Vec<(u32, u32)>,
    pub len: usize,
}

/// Builds the table from the TSV lines `word<TAB>zipf100<TAB>cap<TAB>next_cap` ("-" for not
/// measured); when two words share a tag, the first line wins.
pub fn build(tsv: &str) -> Table {
    let lines = tsv.lines().count() + 1;
    let size = (lines * 2).next_power_of_two();
    let mask = size - 1;
    let mut table = Table {
        slots: vec![(0, 0); size],
        len: 0,
    };
    for line in tsv.lines() {
        let mut cols = line.trim_end_matches('\r').split('\t');
        let (Some(word), Some(zipf)) = (cols.next(), cols.next()) else {
            continue;
        };
        let Ok(zipf100) = zipf.parse() else { continue };
        let mut number = || cols.next().and_then(|c| c.parse().ok());
        let (cap, next_cap) = (number(), number());
        let hash = word_hash(word);
        let tag = tag_of(hash);
        let mut i = hash as usize & mask;
        loop {
            let slot = &mut table.slots[i];
            if slot.0 == tag {
                break;
            }
            if slot.0 == 0 {
                *slot = (tag, pack(zipf100, cap, next_cap));
                table.len += 1;
                break;
            }
            i = (i + 1) & mask;
        }
    }
    table
}
