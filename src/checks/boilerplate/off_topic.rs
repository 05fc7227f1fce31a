//! ## What it does
//! Flags a paragraph whose distinctive words appear nowhere else in the document: a recipe teaser
//! under a story about diplomacy, a "related story" about football under a story about banks.
//!
//! ## Why is this bad?
//! Teasers of other articles, promo boxes and ads leak into scraped text with no phrase that
//! marks them. An article's paragraphs share their topic words (names, places, the subject); a
//! leaked block shares none. This is lexical cohesion, the idea behind TextTiling: each paragraph's
//! words are weighted by rarity (a rare word says more about the topic than "week" does) and
//! looked for in the paragraphs at least two away, so that two adjacent leaked lines cannot vouch
//! for each other. Short documents and short paragraphs are not judged.
//!
//! ## Example
//! ```text
//! Make-Ahead Jar Salad Stays Fresh for Days: Healthy Table Recipe
//! This week, we’re excited to share another dish to add to your make-ahead meal list …
//! ```

use rustc_hash::FxHashMap;

use crate::check::{Check, Context, Flag, Severity};

pub struct OffTopic;

/// Paragraphs need this many distinct topic words to be judged.
const MIN_TOPIC_WORDS: usize = 5;
/// A neighbour of a flagged paragraph needs this many to join its block.
const MIN_NEIGHBOUR_WORDS: usize = 3;
/// ... and may share at most this much with the rest.
const MAX_SHARED_NEIGHBOUR: f32 = 0.4;
/// The document needs this many paragraphs with topic words.
const MIN_PARAGRAPHS: usize = 6;
/// At most this share of the paragraph's topic weight may be found elsewhere.
const MAX_SHARED: f32 = 0.12;
/// Words more frequent than this (zipf) carry no topic.
const MAX_TOPIC_ZIPF: f32 = 5.6;

impl Check for OffTopic {
    fn id(&self) -> &'static str {
        "boilerplate/off-topic"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let ev = cx.evidence;
        // Topic words (stem ids) of each paragraph, with their weight.
        let mut para_words: Vec<Vec<(u32, f32)>> = Vec::with_capacity(doc.paragraphs.len());
        // Per stem id: the first and last paragraph it occurs in.
        let mut span: FxHashMap<u32, (usize, usize)> = FxHashMap::default();
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            let mut words: Vec<(u32, f32)> = Vec::new();
            for i in p.tokens.0..p.tokens.1 {
                let Some(w) = ev.word(i) else { continue };
                if w.function || doc.tokens[i].span.len() < 3 {
                    continue;
                }
                let zipf = w.zipf100() as f32 / 100.0;
                if zipf > MAX_TOPIC_ZIPF || words.iter().any(|(k, _)| *k == w.stem) {
                    continue;
                }
                words.push((w.stem, (MAX_TOPIC_ZIPF + 0.5 - zipf).clamp(0.5, 4.0)));
                let e = span.entry(w.stem).or_insert((pi, pi));
                e.1 = pi;
            }
            para_words.push(words);
        }
        let judged = para_words
            .iter()
            .filter(|w| w.len() >= MIN_TOPIC_WORDS)
            .count();
        if judged < MIN_PARAGRAPHS {
            return;
        }
        // A word supports paragraph `pi` when it also occurs two or more paragraphs away.
        let elsewhere = |k: &u32, pi: usize| {
            span.get(k)
                .is_some_and(|&(first, last)| first + 2 <= pi || last >= pi + 2)
        };
        let shares: Vec<Option<f32>> = para_words
            .iter()
            .enumerate()
            .map(|(pi, words)| {
                if words.len() < MIN_NEIGHBOUR_WORDS {
                    return None;
                }
                let total = words.iter().fold(0.0, |acc, (_, w)| acc + w);
                let shared = words
                    .iter()
                    .filter(|(k, _)| elsewhere(k, pi))
                    .fold(0.0, |acc, (_, w)| acc + w);
                Some(shared / total)
            })
            .collect();
        let mut flagged: Vec<bool> = shares
            .iter()
            .zip(&para_words)
            .map(|(s, w)| w.len() >= MIN_TOPIC_WORDS && s.is_some_and(|s| s <= MAX_SHARED))
            .collect();
        // A leaked block spans several lines: grow from each seed into weakly tied neighbours.
        let mut grew = true;
        while grew {
            grew = false;
            for pi in 0..flagged.len() {
                let next_to_flagged =
                    (pi > 0 && flagged[pi - 1]) || flagged.get(pi + 1).copied().unwrap_or(false);
                if !flagged[pi]
                    && next_to_flagged
                    && shares[pi].is_some_and(|s| s <= MAX_SHARED_NEIGHBOUR)
                {
                    flagged[pi] = true;
                    grew = true;
                }
            }
        }
        for (pi, share) in shares.iter().enumerate() {
            let (true, Some(share)) = (flagged[pi], share) else {
                continue;
            };
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                doc.paragraphs[pi].span,
                format!(
                    "off-topic block: {:.0}% of its topic words occur elsewhere in the document",
                    share * 100.0
                ),
            ));
        }
    }
}
