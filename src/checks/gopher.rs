//! Gopher's repetition signals (Rae et al. 2021, as implemented by datatrove's
//! `GopherRepetitionFilter`), computed per document under their upstream names, with the spans of
//! the repeated material so that a flag can point at it.
//!
//! - `dup_line_frac`, `dup_para_frac`: share of lines (split on newlines) and paragraphs (split on
//!   blank lines) that repeat an earlier one exactly;
//! - `dup_line_char_frac`, `dup_para_char_frac`: characters in those repeats over the document's;
//! - `top_{2,3,4}_gram_char_frac`: characters of the most frequent word n-gram (times its count)
//!   over the document's;
//! - `dup_{5..10}_gram_char_frac`: characters of word n-grams that repeat an earlier one (scanning
//!   left to right and skipping past each repeat, as datatrove does) over the document's.
//!
//! Words are the tokenizer's words and numbers, compared exactly (case-sensitive). N-grams are
//! compared by a 64-bit rolling hash of their word hashes, so a document costs one hash per word and
//! one set lookup per word and n, with no allocation per word.

use rustc_hash::{FxHashSet, FxHasher};
use serde::Serialize;
use std::hash::Hasher;

use crate::text::{Document, Span, TokenKind};

/// datatrove's defaults for `GopherRepetitionFilter`: a document above any of them is dropped.
pub mod defaults {
    pub const DUP_LINE_FRAC: f64 = 0.30;
    pub const DUP_PARA_FRAC: f64 = 0.30;
    pub const DUP_LINE_CHAR_FRAC: f64 = 0.20;
    pub const DUP_PARA_CHAR_FRAC: f64 = 0.20;
    /// (n, bound) for `top_{n}_gram_char_frac`.
    pub const TOP_N_GRAMS: [(usize, f64); 3] = [(2, 0.20), (3, 0.18), (4, 0.16)];
    /// (n, bound) for `dup_{n}_gram_char_frac`.
    pub const DUP_N_GRAMS: [(usize, f64); 6] = [
        (5, 0.15),
        (6, 0.14),
        (7, 0.13),
        (8, 0.12),
        (9, 0.11),
        (10, 0.10),
    ];
    // The measure skips positions for duplicated n-grams by the longest top n-gram: its prefix.
    const _: () = assert!(TOP_N_GRAMS[TOP_N_GRAMS.len() - 1].0 <= DUP_N_GRAMS[0].0);
}

/// Gopher's repetition signals of one document, each a fraction of 0 to 1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct RepetitionStats {
    pub dup_line_frac: f64,
    pub dup_para_frac: f64,
    pub dup_line_char_frac: f64,
    pub dup_para_char_frac: f64,
    pub top_2_gram_char_frac: f64,
    pub top_3_gram_char_frac: f64,
    pub top_4_gram_char_frac: f64,
    pub dup_5_gram_char_frac: f64,
    pub dup_6_gram_char_frac: f64,
    pub dup_7_gram_char_frac: f64,
    pub dup_8_gram_char_frac: f64,
    pub dup_9_gram_char_frac: f64,
    pub dup_10_gram_char_frac: f64,
}

impl RepetitionStats {
    /// Every signal with its name and datatrove's default bound.
    pub fn signals(&self) -> [(&'static str, f64, f64); 13] {
        use defaults::*;
        [
            ("dup_line_frac", self.dup_line_frac, DUP_LINE_FRAC),
            ("dup_para_frac", self.dup_para_frac, DUP_PARA_FRAC),
            (
                "dup_line_char_frac",
                self.dup_line_char_frac,
                DUP_LINE_CHAR_FRAC,
            ),
            (
                "dup_para_char_frac",
                self.dup_para_char_frac,
                DUP_PARA_CHAR_FRAC,
            ),
            (
                "top_2_gram_char_frac",
                self.top_2_gram_char_frac,
                TOP_N_GRAMS[0].1,
            ),
            (
                "top_3_gram_char_frac",
                self.top_3_gram_char_frac,
                TOP_N_GRAMS[1].1,
            ),
            (
                "top_4_gram_char_frac",
                self.top_4_gram_char_frac,
                TOP_N_GRAMS[2].1,
            ),
            (
                "dup_5_gram_char_frac",
                self.dup_5_gram_char_frac,
                DUP_N_GRAMS[0].1,
            ),
            (
                "dup_6_gram_char_frac",
                self.dup_6_gram_char_frac,
                DUP_N_GRAMS[1].1,
            ),
            (
                "dup_7_gram_char_frac",
                self.dup_7_gram_char_frac,
                DUP_N_GRAMS[2].1,
            ),
            (
                "dup_8_gram_char_frac",
                self.dup_8_gram_char_frac,
                DUP_N_GRAMS[3].1,
            ),
            (
                "dup_9_gram_char_frac",
                self.dup_9_gram_char_frac,
                DUP_N_GRAMS[4].1,
            ),
            (
                "dup_10_gram_char_frac",
                self.dup_10_gram_char_frac,
                DUP_N_GRAMS[5].1,
            ),
        ]
    }

    /// The signals above datatrove's default bounds.
    pub fn exceeded(&self) -> Vec<(&'static str, f64, f64)> {
        self.signals()
            .into_iter()
            .filter(|(_, v, bound)| v > bound)
            .collect()
    }
}

/// The signals and, per signal in the order of [`RepetitionStats::signals`], the byte spans of
/// the repeated material (later copies of lines and paragraphs, occurrences of the top n-gram,
/// repeated n-grams).
#[derive(Debug, Clone, Default)]
pub struct Repetition {
    pub stats: RepetitionStats,
    pub material: Vec<Vec<Span>>,
}

/// Documents shorter than this many words are not measured (every signal is 0): in a ten-word
/// text one repeated pair is a fifth of it and means nothing.
pub const MIN_WORDS: usize = 50;

pub fn measure(doc: &Document) -> Repetition {
    let text = doc.text;
    let mut material: Vec<Vec<Span>> = vec![Vec::new(); 13];
    let mut stats = RepetitionStats::default();
    let mut words: Vec<usize> = Vec::with_capacity(doc.tokens.len());
    words.extend(
        doc.tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .map(|(i, _)| i),
    );
    if words.len() < MIN_WORDS {
        return Repetition { stats, material };
    }
    let total_chars = text.trim().chars().count().max(1) as f64;

    // Lines (non-empty, as `\n+` splitting gives) and paragraphs (split on blank lines).
    let lines: Vec<Span> = doc
        .lines
        .iter()
        .copied()
        .filter(|l| !l.is_empty())
        .collect();
    let line_dups = duplicates(text, &lines, &mut material[0]);
    material[2] = material[0].clone();
    stats.dup_line_frac = line_dups.0 as f64 / lines.len().max(1) as f64;
    stats.dup_line_char_frac = line_dups.1 as f64 / total_chars;
    let mut paras: Vec<Span> = Vec::new();
    let mut cur: Option<Span> = None;
    for l in &doc.lines {
        if l.text(text).trim().is_empty() {
            paras.extend(cur.take());
        } else {
            cur = Some(cur.map_or(*l, |c| c.cover(*l)));
        }
    }
    paras.extend(cur);
    // Without blank lines every line is a paragraph: the lines' count stands.
    let (n, chars) = if paras == lines {
        material[1] = material[0].clone();
        line_dups
    } else {
        duplicates(text, &paras, &mut material[1])
    };
    material[3] = material[1].clone();
    stats.dup_para_frac = n as f64 / paras.len().max(1) as f64;
    stats.dup_para_char_frac = chars as f64 / total_chars;

    // Word hashes, char lengths and prefix sums for rolling n-gram hashes.
    const B: u64 = 0x9E37_79B9_7F4A_7C15;
    let nw = words.len();
    let mut prefix = Vec::with_capacity(nw + 1);
    let mut char_prefix = Vec::with_capacity(nw + 1);
    prefix.push(0u64);
    char_prefix.push(0usize);
    let (mut hash, mut chars) = (0u64, 0usize);
    for &ti in &words {
        let w = doc.tok(ti);
        let mut h = FxHasher::default();
        h.write(w.as_bytes());
        hash = hash.wrapping_mul(B).wrapping_add(h.finish() | 1);
        chars += if w.is_ascii() {
            w.len()
        } else {
            w.chars().count()
        };
        prefix.push(hash);
        char_prefix.push(chars);
    }
    let mut pow = [1u64; 11];
    for k in 1..11 {
        pow[k] = pow[k - 1].wrapping_mul(B);
    }
    let gram = |i: usize, n: usize| prefix[i + n].wrapping_sub(prefix[i].wrapping_mul(pow[n]));
    let span_of = |i: usize, n: usize| {
        Span::new(
            doc.tokens[words[i]].span.start,
            doc.tokens[words[i + n - 1]].span.end,
        )
    };

    // Top n-grams: the most frequent n-gram's characters (with spaces) times its count.
    let mut counts = GramTable::with_room(nw);
    // Where the last n-gram counted occurs more than once, in order: a longer n-gram can repeat
    // only there, so each length counts only the places where the shorter one repeats, and
    // visits nothing else. An n-gram seen once ties with the first one, which stands for them
    // all.
    let mut places: Vec<u32> = (0..nw as u32).collect();
    let mut taken = vec![false; nw];
    for (slot, &(n, bound)) in defaults::TOP_N_GRAMS.iter().enumerate() {
        counts.clear();
        let mut best: (u32, usize) = (1, 0);
        for &at in &places {
            let i = at as usize;
            if i + n > nw {
                break;
            }
            let e = counts.count(gram(i, n), at);
            if e.0 > best.0 {
                best = (e.0, e.1 as usize);
            }
            if e.0 >= 2 {
                taken[i] = true;
                taken[e.1 as usize] = true;
            }
        }
        // Every place taken was visited, so the places kept stay in order.
        places.retain(|&p| std::mem::replace(&mut taken[p as usize], false));
        let first = best.1;
        let len = char_prefix[first + n] - char_prefix[first] + (n - 1);
        let frac = (len * best.0 as usize) as f64 / total_chars;
        match n {
            2 => stats.top_2_gram_char_frac = frac,
            3 => stats.top_3_gram_char_frac = frac,
            _ => stats.top_4_gram_char_frac = frac,
        }
        // The occurrences are shown only for a signal over its bound: another pass otherwise.
        if best.0 >= 2 && frac > bound {
            let target = gram(first, n);
            material[4 + slot] = (0..=nw - n)
                .filter(|&i| gram(i, n) == target)
                .map(|i| span_of(i, n))
                .collect();
        }
    }

    // Duplicated n-grams, scanning as datatrove does: a repeat is counted and skipped over.
    // A longer n-gram can only repeat where a shorter one does, so the scans stop at the first
    // length without a repeat.
    let mut seen = counts;
    for (slot, (n, _)) in defaults::DUP_N_GRAMS.iter().enumerate() {
        let n = *n;
        if nw < n {
            break;
        }
        seen.clear();
        let mut repeated = 0usize;
        // An n-gram whose shorter prefix occurs once is new here and never seen again: only the
        // places where the longest top n-gram repeats are visited, from the first one at or
        // after `i` on.
        let mut i = 0;
        for &at in &places {
            if (at as usize) < i {
                continue;
            }
            i = at as usize;
            if i + n > nw {
                break;
            }
            if seen.count(gram(i, n), at).0 == 1 {
                i += 1;
            } else {
                repeated += char_prefix[i + n] - char_prefix[i];
                material[7 + slot].push(span_of(i, n));
                i += n;
            }
        }
        let frac = repeated as f64 / total_chars;
        match n {
            5 => stats.dup_5_gram_char_frac = frac,
            6 => stats.dup_6_gram_char_frac = frac,
            7 => stats.dup_7_gram_char_frac = frac,
            8 => stats.dup_8_gram_char_frac = frac,
            9 => stats.dup_9_gram_char_frac = frac,
            _ => stats.dup_10_gram_char_frac = frac,
        }
        if repeated == 0 {
            break;
        }
    }
    Repetition { stats, material }
}

/// Counts of n-grams by their 64-bit hash, with the position of each one's first occurrence: an
/// open-addressing table probed linearly, since counting n-grams is the bulk of measuring a
/// document. Clearing it between lengths only moves the stamp that marks a slot as in use, so
/// that no length pays for zeroing a table four times the document's size.
struct GramTable {
    slots: Vec<GramSlot>,
    /// Slots stamped otherwise are empty.
    stamp: u32,
    mask: usize,
}

#[derive(Clone, Copy, Default)]
struct GramSlot {
    key: u64,
    count: u32,
    first: u32,
    stamp: u32,
}

impl GramTable {
    /// A table for up to `n` distinct keys, kept at most half full.
    fn with_room(n: usize) -> GramTable {
        let size = (2 * n.max(1)).next_power_of_two();
        GramTable {
            slots: vec![GramSlot::default(); size],
            stamp: 1,
            mask: size - 1,
        }
    }

    fn clear(&mut self) {
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.slots.fill(GramSlot::default());
            self.stamp = 1;
        }
    }

    /// Counts one more occurrence of `key`, first seen at `at` if new; returns (count, first).
    fn count(&mut self, key: u64, at: u32) -> (u32, u32) {
        // The keys are already hashes; the high bits are the best mixed.
        let mut i = (key >> 32) as usize & self.mask;
        loop {
            let slot = &mut self.slots[i];
            if slot.stamp != self.stamp {
                *slot = GramSlot {
                    key,
                    count: 1,
                    first: at,
                    stamp: self.stamp,
                };
                return (1, at);
            }
            if slot.key == key {
                slot.count += 1;
                return (slot.count, slot.first);
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// Counts the spans whose exact text repeats an earlier one; pushes the repeats to `out`.
/// Returns (repeats, characters in repeats).
fn duplicates(text: &str, spans: &[Span], out: &mut Vec<Span>) -> (usize, usize) {
    // Lines compare by a 64-bit hash of their text: long lines are not compared byte by byte.
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    let mut n = 0;
    let mut chars = 0;
    for s in spans {
        let t = s.text(text);
        let mut h = FxHasher::default();
        h.write(t.as_bytes());
        if !seen.insert(h.finish()) {
            n += 1;
            chars += t.chars().count();
            out.push(*s);
        }
    }
    (n, chars)
}

/// Merges spans that touch or are separated only by whitespace and punctuation.
pub fn merge_spans(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(last) = out.last_mut() {
            if s.start <= last.end
                || text[last.end..s.start]
                    .chars()
                    .all(|c| !c.is_alphanumeric())
            {
                last.end = last.end.max(s.end);
                continue;
            }
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_has_low_signals() {
        let text = "The ministry said on Monday that trade with its neighbours grew by a third last year, helped by lower energy prices and a new rail link.\nOfficials expect the growth to continue, although analysts warned that demand in Europe remains weak and that the currency could fall.\nExporters of machinery and farm goods gained the most, the ministry said, while imports of oil and gas fell for the second year.";
        let r = measure(&Document::new(text));
        assert!(r.stats.exceeded().is_empty(), "{:?}", r.stats);
        assert_eq!(r.stats.dup_line_frac, 0.0);
    }

    #[test]
    fn repeated_lines_and_ngrams_are_measured() {
        let line = "Click here to subscribe to our newsletter for the latest news and offers";
        let body =
            "The ministry said on Monday that trade with its neighbours grew by a third last year.";
        let text = format!("{body}\n{line}\n{line}\n{line}\n{body} Then it fell.\n{line}");
        let r = measure(&Document::new(&text));
        assert!((r.stats.dup_line_frac - 0.5).abs() < 1e-9, "{:?}", r.stats);
        assert!(r.stats.dup_line_char_frac > 0.2);
        assert!(r.stats.dup_10_gram_char_frac > 0.10);
        let exceeded: Vec<_> = r.stats.exceeded().into_iter().map(|e| e.0).collect();
        assert!(exceeded.contains(&"dup_line_frac"));
        assert_eq!(r.material[0].len(), 3);
    }

    /// The signals as datatrove computes them, by counting every n-gram as a word sequence.
    fn naive(words: &[&str], total_chars: f64) -> Vec<f64> {
        let mut out = Vec::new();
        for n in [2, 3, 4] {
            let mut counts: std::collections::HashMap<&[&str], u32> = Default::default();
            let mut best: (u32, &[&str]) = (0, &[]);
            for g in words.windows(n) {
                let c = counts.entry(g).or_default();
                *c += 1;
                if *c > best.0 {
                    best = (*c, g);
                }
            }
            let len: usize = best.1.iter().map(|w| w.chars().count()).sum::<usize>() + n - 1;
            out.push((len * best.0 as usize) as f64 / total_chars);
        }
        for n in 5..=10 {
            let mut seen: std::collections::HashSet<&[&str]> = Default::default();
            let (mut i, mut repeated) = (0, 0);
            while i + n <= words.len() {
                if seen.insert(&words[i..i + n]) {
                    i += 1;
                } else {
                    repeated += words[i..i + n]
                        .iter()
                        .map(|w| w.chars().count())
                        .sum::<usize>();
                    i += n;
                }
            }
            out.push(repeated as f64 / total_chars);
        }
        out
    }

    #[test]
    fn n_gram_signals_match_counting_every_n_gram() {
        let vocab = [
            "the", "of", "said", "Minister", "trade", "a", "grew", "é", "talks", "on",
        ];
        let mut seed: u64 = 7;
        for round in 0..200 {
            let len = 50 + round % 90;
            // Small vocabularies for some documents, so that long n-grams repeat too.
            let kinds = 2 + round % 9;
            let words: Vec<&str> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    vocab[(seed >> 33) as usize % kinds]
                })
                .collect();
            let text = words.join(" ");
            let r = measure(&Document::new(&text));
            let expected = naive(&words, text.chars().count() as f64);
            let got = &r.stats.signals()[4..];
            for ((name, value, _), want) in got.iter().zip(&expected) {
                assert!(
                    (value - want).abs() < 1e-12,
                    "{name} of {text:?}: {value} != {want}"
                );
            }
        }
    }
}
