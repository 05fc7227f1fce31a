//! ## What it does
//! Flags a word broken in two by a stray space: "the gov ernment said", "an import ant step".
//! One of the two pieces is no English word, or a rare one beside the far more common word they
//! make joined ("rel eased"), and joined they make a known word; the fix joins them.
//!
//! ## Why is this bad?
//! A space lands inside a word when a scraper turns a soft hyphen, a line-break hyphen or an
//! inline tag into a space, or when an editor slips. The pieces read as noise. Two real words
//! that also make one ("every one", "may be", "in to") are left alone: either spelling can be
//! meant. So is a piece the document uses on its own elsewhere (a term, a name), and a join that
//! clean text writes as a name ("Mac Donald").
//!
//! ## Example
//! ```text
//! The gov ernment said the measures would take effect next month.
//! ```
//! Use instead: `government`.

use crate::check::{Check, Context, Flag, Severity};
use crate::lexicon::fold_into;
use crate::text::{Shape, Span, TokenKind};

pub struct SplitWord;

/// A piece this rare (zipf × 100), or unknown, is no word of its own ...
const MAX_PIECE_ZIPF100: u16 = 300;
/// ... but beside a function word it must be rarer still: "the era of fending for yourself".
const MAX_PIECE_ZIPF100_BY_FUNCTION_WORD: u16 = 200;
/// A piece up to this much more common may still be a fragment ...
const LOOSE_PIECE_EXTRA_ZIPF100: u16 = 100;
/// ... when the joined word is this much more common than it (zipf × 100: 30 times).
const MIN_JOINED_GAIN_ZIPF100: u16 = 150;
/// The joined word must be at least this common ...
const MIN_JOINED_ZIPF100: u16 = 280;
/// ... or this common, when a piece is no word at all ("exopl anet").
const MIN_JOINED_ZIPF100_OF_FRAGMENT: u16 = 200;
/// Clean text capitalises the joined word mid-sentence at most this often (permille): a common
/// word, not a name.
const MAX_JOINED_CAP_PERMILLE: u16 = 940;

/// A piece clean text capitalises at least this often (permille) is a name there ("ure", a
/// river), so in lower case it is still a fragment.
const MIN_NAME_CAP_PERMILLE: u16 = 850;

impl Check for SplitWord {
    fn id(&self) -> &'static str {
        "broken/split-word"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let mut joined = String::new();
        let mut right_folded = String::new();
        for i in 1..doc.tokens.len() {
            let (left, right) = (&doc.tokens[i - 1], &doc.tokens[i]);
            if left.kind != TokenKind::Word
                || right.kind != TokenKind::Word
                || right.shape != Shape::Lower
                || !matches!(left.shape, Shape::Lower | Shape::Title)
                || right.span.start != left.span.end + 1
                || left.span.len() < 2
                || right.span.len() < 2
            {
                continue;
            }
            let (Some(l), Some(r)) = (cx.evidence.word(i - 1), cx.evidence.word(i)) else {
                continue;
            };
            // A capitalised piece before a function word is a name: "on the show Spet Doma in
            // Slovenia".
            if left.shape == Shape::Title && r.function {
                continue;
            }
            let max_zipf100 = if l.function || r.function {
                MAX_PIECE_ZIPF100_BY_FUNCTION_WORD
            } else {
                MAX_PIECE_ZIPF100
            };
            // A rare piece that clean text writes in lower case often enough to be measured is
            // a word of its own: "terra cotta". The bound is a piece's own rarity, or, for a
            // piece somewhat rarer, the joined word's being far more common ("rel eased",
            // "celeb rate"); a piece no word list knows is a fragment whatever the join
            // ("exopl anet").
            let stray = |w: &crate::checks::evidence::WordType, max_zipf100: u16| {
                w.zipf100() < max_zipf100
                    && w.lexicon
                        .and_then(|e| e.cap_permille)
                        .is_none_or(|c| c >= MIN_NAME_CAP_PERMILLE)
                    && w.forms.total() <= 1
            };
            let loose_bound = max_zipf100 + LOOSE_PIECE_EXTRA_ZIPF100;
            // A capitalised piece may be a name of its own: only a stray tail joins it ("the
            // Cong ress"), not a word ("Arca de Noé").
            let (left_stray, right_stray) = (
                left.shape == Shape::Lower && stray(l, loose_bound),
                stray(r, loose_bound),
            );
            if !(left_stray || right_stray) || l.function && r.function {
                continue;
            }
            let (lt, rt) = (doc.tok(i - 1), doc.tok(i));
            if !lt.chars().chain(rt.chars()).all(char::is_alphabetic) {
                continue;
            }
            fold_into(lt, &mut joined);
            fold_into(rt, &mut right_folded);
            joined.push_str(&right_folded);
            let Some(entry) = cx
                .lexicon
                .get(&joined)
                .filter(|e| e.cap_permille.is_none_or(|c| c <= MAX_JOINED_CAP_PERMILLE))
            else {
                continue;
            };
            let fragment = |w: &crate::checks::evidence::WordType, is_stray: bool| {
                is_stray
                    && (w.lexicon.is_none() && entry.zipf100 >= MIN_JOINED_ZIPF100_OF_FRAGMENT
                        || entry.zipf100 >= MIN_JOINED_ZIPF100
                            && (w.zipf100() < max_zipf100
                                || entry.zipf100 >= w.zipf100() + MIN_JOINED_GAIN_ZIPF100))
            };
            if !(fragment(l, left_stray) || fragment(r, right_stray)) {
                continue;
            }
            if cx.languages().is_foreign_line(right.line as usize) {
                continue;
            }
            let span = Span::new(left.span.start, right.span.end);
            let fixed = format!("{lt}{rt}");
            out.push(
                Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!("split word: '{}' reads as '{fixed}'", span.text(doc.text)),
                )
                .with_fix(fixed),
            );
        }
    }
}
