//! textqc: finds machine-translation garble, leaked boilerplate, broken sentences, repetition,
//! encoding damage and wrong-language text in English documents, scores each document and flags
//! spans with stable rule ids.
//!
//! The library computes and never prints: [`Engine`] turns text into a [`DocReport`]; the reporters
//! in [`report`] write those to any `io::Write` the binary hands them.

pub mod baseline;
pub mod check;
pub mod checks;
pub mod clause_words;
pub mod codepages;
pub mod config;
pub mod corpus;
pub mod decode;
pub mod engine;
pub mod eval;
pub mod lexicon;
pub mod lexicon_table;
pub mod mojibake;
pub mod report;
pub mod rules;
pub mod score;
pub mod text;
pub mod words;

pub use check::{Category, Flag, Severity};
pub use engine::{DocReport, Engine};
pub use text::{Document, LineIndex, Span};
