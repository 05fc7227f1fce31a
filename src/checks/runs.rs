//! Runs of words with no punctuation between them: the unit in which repeated words and phrases
//! are looked for (a comma or a full stop between two copies is usually deliberate).

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
