//! Runs of words with no punctuation between them: the unit in which repeated words and phrases
//! are looked for (a comma or a full stop between two copies is usually deliberate).

use std::hash::Hasher;

use rustc_hash::FxHasher;

use crate::checks::evidence::{Evidence, NOT_A_WORD};
use crate::text::{Document, TokenKind};

/// Calls `f` with the token indices of each run of words and numbers within a sentence, runs
/// being broken by any other token.
pub fn for_each_word_run(doc: &Document, f: impl FnMut(&[usize])) {
    for_each_word_run_across(doc, |_| false, f);
}

/// [`for_each_word_run`], with the tokens for which `pass` holds (commas, say) left out of the
/// runs instead of breaking them.
pub fn for_each_word_run_across(
    doc: &Document,
    pass: impl Fn(&str) -> bool,
    mut f: impl FnMut(&[usize]),
) {
    let mut run: Vec<usize> = Vec::with_capacity(64);
    for s in &doc.sentences {
        run.clear();
        for i in s.tokens.0..s.tokens.1 {
            match doc.tokens[i].kind {
                TokenKind::Word | TokenKind::Number => run.push(i),
                _ if pass(doc.tok(i)) => {}
                _ => {
                    if run.len() >= 2 {
                        f(&run);
                    }
                    run.clear();
                }
            }
        }
        if run.len() >= 2 {
            f(&run);
        }
    }
}

/// Per run position, a key equal for two positions whenever [`same_phrase`] would call their
/// words the same (a word's document id, or a hash of a number's text): a cheap test, in one
/// contiguous slice, of which positions can start a repeat at all. `keys` is reused.
pub fn run_keys(doc: &Document, ev: &Evidence, run: &[usize], keys: &mut Vec<u64>) {
    keys.clear();
    keys.extend(run.iter().map(|&i| match ev.word_of[i] {
        NOT_A_WORD => {
            let mut h = FxHasher::default();
            h.write(doc.tok(i).as_bytes());
            h.finish() | 1 << 63
        }
        id => u64::from(id),
    }));
}

/// Whether the `n` words starting at run positions `a` and `b` are the same (ignoring case):
/// words compare by their document word id, numbers by their text.
pub fn same_phrase(
    doc: &Document,
    ev: &Evidence,
    run: &[usize],
    a: usize,
    b: usize,
    n: usize,
) -> bool {
    (0..n).all(|k| {
        let (x, y) = (run[a + k], run[b + k]);
        match (ev.word_of[x], ev.word_of[y]) {
            (NOT_A_WORD, NOT_A_WORD) => doc.tok(x) == doc.tok(y),
            (i, j) => i == j,
        }
    })
}
