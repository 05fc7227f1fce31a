//! Runs of words with no punctuation between them: the unit in which repeated words and phrases
//! are looked for (a comma or a full stop between two copies is usually deliberate).

use crate::text::{Document, TokenKind};

/// Calls `f` with the token indices of each run of two or more adjacent words or numbers.
pub fn for_each_word_run(doc: &Document, mut f: impl FnMut(&[usize])) {
    let mut run: Vec<usize> = Vec::with_capacity(64);
    for s in &doc.sentences {
        run.clear();
        for i in s.tokens.0..s.tokens.1 {
            match doc.tokens[i].kind {
                TokenKind::Word | TokenKind::Number => run.push(i),
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

pub fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && (a.eq_ignore_ascii_case(b) || a == b)
}

/// Whether the `n` words starting at run positions `a` and `b` are the same.
pub fn same_phrase(doc: &Document, run: &[usize], a: usize, b: usize, n: usize) -> bool {
    (0..n).all(|k| same_word(doc.tok(run[a + k]), doc.tok(run[b + k])))
}
