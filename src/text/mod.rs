//! The one model of a document that every check reads.
//!
//! Checks never re-scan the raw text for structure: lines, paragraphs, tokens and sentences are
//! computed once here, all as UTF-8 byte offsets into the original text, so that flags from
//! different checks line up and line:column is only computed when a reporter renders a flag.

mod ascii;
mod document;
mod line_index;
mod sentences;
mod span;
mod tokenize;

pub use ascii::{first_non_ascii, next_candidate};
pub use document::{Document, Paragraph, Sentence};
pub use line_index::LineIndex;
pub use sentences::is_abbreviation;
pub use span::Span;
pub use tokenize::{count_words, with_word_before, Shape, Token, TokenKind};
