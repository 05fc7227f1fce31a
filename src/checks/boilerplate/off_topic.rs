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
use crate::text::TokenKind;
use crate::words::{fold, is_function_word};

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

fn stem(word: &str) -> &str {
    let w = word.strip_suffix("'s").unwrap_or(word);
    if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

impl Check for OffTopic {
    fn id(&self) -> &'static str {
        "boilerplate/off-topic"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        // Topic words of each paragraph, with their weight.
        let mut para_words: Vec<Vec<(String, f32)>> = Vec::with_capacity(doc.paragraphs.len());
        for p in &doc.paragraphs {
            let mut words: Vec<(String, f32)> = Vec::new();
            for t in doc.paragraph_tokens(p) {
                if t.kind != TokenKind::Word || t.span.len() < 3 {
                    continue;
                }
                let w = t.text(doc.text);
                if is_function_word(w) {
                    continue;
                }
                let zipf = cx.lexicon.zipf(w);
                if zipf > MAX_TOPIC_ZIPF {
                    continue;
                }
                let key = stem(&fold(w)).to_string();
                if words.iter().any(|(k, _)| *k == key) {
                    continue;
                }
                words.push((key, (MAX_TOPIC_ZIPF + 0.5 - zipf).clamp(0.5, 4.0)));
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
        // Where each word occurs: paragraph indices.
        let mut where_: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (pi, words) in para_words.iter().enumerate() {
            for (k, _) in words {
                where_.entry(k.as_str()).or_default().push(pi);
            }
        }
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
                    .filter(|(k, _)| where_[k.as_str()].iter().any(|&q| q.abs_diff(pi) >= 2))
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
