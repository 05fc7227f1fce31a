//! ## What it does
//! Flags characters not in Unicode Normalization Form C: a letter followed by a combining accent
//! ("e" + U+0301) where a precomposed letter ("é") exists, and compatibility singletons. The NFC
//! form is offered as a fix.
//!
//! ## Why is this bad?
//! The same word in two normal forms compares unequal, so search, deduplication and tokenisers
//! treat "café" and "café" as different words. Text from macOS file systems and some PDFs
//! arrives decomposed.
//!
//! ## Example
//! ```text
//! cafe\u{301} (e + combining acute)
//! ```
//! Use instead: `café`.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{first_non_ascii, Span};

pub struct NotNfc;

impl Check for NotNfc {
    fn id(&self) -> &'static str {
        "encoding/not-nfc"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let text = cx.doc.text;
        if is_nfc_quick(possible_non_starters(text)) == IsNormalized::Yes {
            return;
        }
        // Clusters: a starter and the combining marks after it.
        let mut iter = text.char_indices().peekable();
        while let Some((i, _)) = iter.next() {
            let mut end = text.len();
            while let Some(&(j, c)) = iter.peek() {
                if canonical_combining_class(c) == 0 {
                    end = j;
                    break;
                }
                iter.next();
            }
            let cluster = &text[i..end];
            if !cluster.is_ascii() && is_nfc_quick(cluster.chars()) != IsNormalized::Yes {
                let nfc: String = cluster.nfc().collect();
                if nfc != cluster {
                    out.push(
                        Flag::new(
                            self.id(),
                            Severity::Info,
                            Span::new(i, end),
                            format!("not NFC: '{cluster}' should be the single form '{nfc}'"),
                        )
                        .with_fix(nfc),
                    );
                }
            }
        }
    }
}

/// The characters from U+0300 on, the only ones that can be combining marks or take part in a
/// composition, found by their first byte (0xCC and up) without decoding the rest. Leaving out
/// the characters between can only make the quick check doubt text that is normalised (two
/// marks it takes for neighbours), never pass text that is not: the clusters are then checked one
/// by one.
fn possible_non_starters(text: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(k) = first_non_ascii(&bytes[i..]) {
            let at = i + k;
            let c = text[at..].chars().next()?;
            i = at + c.len_utf8();
            if bytes[at] >= 0xCC {
                return Some(c);
            }
        }
        i = bytes.len();
        None
    })
}
