//! Sentence boundaries inside one paragraph.
//!
//! UAX#29 splits after "Mr." and "Gen."; news is full of both. A full stop ends a sentence unless
//! the word before it is a known abbreviation, a single capital initial followed by a capitalised
//! word ("Florence L. Silvia", "A. Duggan, F. Brenishan", also opening a sentence: "M. X.
//! Karunaratnam was"), the last letter
//! of a degree or a spaced initialism ("Ph. D. in", "the U. S. move"), or a comma follows it;
//! initialisms ("U.S.") never reach here because the tokenizer keeps their dots inside the word.
//! A stop followed by a lower-case word still ends the sentence: that is exactly the evidence the
//! fragment checks look for ("said. said on").

use super::document::Sentence;
use super::{Span, Token, TokenKind};

/// Abbreviations that are not also ordinary words, so a stop after them never ends a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "st", "sr", "jr", "mt", "ft", "vs", "etc",
    "inc", "corp", "co", "ltd", "bros", "dept", "univ", "approx", "fig", "figs", "vol", "jan",
    "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tues", "thu", "thur",
    "thurs", "ave", "blvd", "cf", "al", "pp", "messrs", "mme", "mlle", "sgt", "supt", "brig",
    "cllr", "lieut", "ph", "sq", "v", "cand", "jur", "theol", "snr", "jnr", "ll",
];

/// Abbreviations that are also words ("no", "art"): only before a number ("No. 5", "Art. 3").
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "art", "p", "ch", "sec", "para", "op"];

/// A stop after `word` belongs to it and ends no sentence: "Mr.", "Gen.", or "No." before a
/// number.
pub fn is_abbreviation(word: &str, next_is_number: bool) -> bool {
    word.len() <= 6
        && (ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
            || next_is_number
                && NUMBER_ABBREVIATIONS
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(word)))
}

fn is_terminal(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.span.text(text), "." | "!" | "?" | "..." | "…")
}

fn is_closer(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && matches!(t.span.text(text), "”" | "\"" | "’" | "'" | ")" | "]" | "»")
}

pub(crate) fn split_sentences(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let mut start = first;
    let mut i = first;
    while i < end {
        let t = &tokens[i];
        if is_terminal(text, t) && ends_sentence(text, tokens, first, i, end)
            || ends_with_initialism_stop(text, tokens, i, end)
        {
            let mut last = i;
            while last + 1 < end
                && (is_terminal(text, &tokens[last + 1])
                    || is_closer(text, &tokens[last + 1]) && !tokens[last + 1].space_before)
            {
                last += 1;
            }
            push(tokens, start, last + 1, paragraph, true, out);
            start = last + 1;
            i = last + 1;
            continue;
        }
        i += 1;
    }
    if start < end {
        push(tokens, start, end, paragraph, false, out);
    }
}

/// "in the U.S. The president": an initialism's dot doubles as a full stop when a capitalised
/// function word follows.
fn ends_with_initialism_stop(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let t = &tokens[i];
    if t.kind != TokenKind::Word || !t.span.text(text).ends_with('.') || i + 1 >= end {
        return false;
    }
    let next = &tokens[i + 1];
    let word = next.span.text(text);
    next.kind == TokenKind::Word
        && next.space_before
        && word.starts_with(char::is_uppercase)
        && crate::words::is_function_word(word)
        && word != "I"
}

fn ends_sentence(text: &str, tokens: &[Token], first: usize, i: usize, end: usize) -> bool {
    let mark = tokens[i].span.text(text);
    let next = tokens[i + 1..end].iter().find(|t| !is_closer(text, t));
    let Some(next) = next else {
        return true;
    };
    if mark == "." && i > first && !tokens[i].space_before {
        let prev = &tokens[i - 1];
        let word = prev.span.text(text);
        if prev.kind == TokenKind::Word && is_abbreviation(word, next.kind == TokenKind::Number) {
            return false;
        }
        // A comma or semicolon goes on with the sentence: "Francesca B., Francesca L.".
        if next.kind == TokenKind::Punct && matches!(next.span.text(text), "," | ";") {
            return false;
        }
        // A stop glued to a number on either side joins the parts of a name, not two sentences:
        // "Nav1.8", "2.Deild". (Between two words it is a lost space as often as a file name:
        // "officials.advantage", "psxdll.dll".)
        if !next.space_before
            && (next.kind == TokenKind::Number
                || prev.kind == TokenKind::Number && next.kind == TokenKind::Word)
        {
            return false;
        }
        // A dotted abbreviation or a unit after a number, before a lower-case word: "a B.Sc. in
        // physics", "a blade of 80 cm. and".
        let next_lower =
            next.kind == TokenKind::Word && next.span.text(text).starts_with(char::is_lowercase);
        let dotted = prev.kind == TokenKind::Word && word.contains('.');
        let unit = prev.kind == TokenKind::Word
            && word.len() <= 3
            && i >= first + 2
            && tokens[i - 2].kind == TokenKind::Number;
        if next_lower && (dotted || unit) {
            return false;
        }
        let is_initial = is_single_capital(text, prev);
        // An abbreviated genus before its species: "F. rubiginosa", "O. couesi".
        if is_initial && next.kind == TokenKind::Word && is_species_epithet(next.span.text(text)) {
            return false;
        }
        let next_title =
            next.kind == TokenKind::Word && next.span.text(text).starts_with(char::is_uppercase);
        // An initial before a capitalised word is part of a name, also at the start of a
        // sentence: "E. Irving Couse was", "activist. M. X. Karunaratnam was born".
        let after_abbreviation =
            i >= first + 3 && is_abbreviation(tokens[i - 3].span.text(text), false);
        let after_initial = i >= first + 3 && is_single_capital(text, &tokens[i - 3]);
        let opens_sentence = i == first + 1
            || i >= first + 2
                && is_terminal(text, &tokens[i - 2])
                && !after_abbreviation
                && !after_initial;
        // After a word, or a mark inside a sentence: "James \"Jim\" P. Ursomarso", "A. Duggan,
        // F. Brenishan".
        let inside_sentence = i >= first + 2
            && (tokens[i - 2].kind == TokenKind::Word
                || matches!(
                    tokens[i - 2].span.text(text),
                    "," | ";" | ":" | "\"" | "“" | "(" | "‘"
                ));
        if is_initial && next_title && (opens_sentence || inside_sentence) {
            return false;
        }
        // The last letter of a degree ("Ph. D.", "Ph.D.") or of a spaced initialism ("the U. S.
        // move", "U. S. Virgin Islands") ends a sentence only where a dotted initialism would:
        // before a capitalised function word.
        let after_stop = is_initial && i >= first + 3 && tokens[i - 2].span.text(text) == ".";
        let ends_degree = after_stop && after_abbreviation;
        let spaced_initialism = after_stop && after_initial;
        if (ends_degree || spaced_initialism)
            && !(next_title
                && next.space_before
                && crate::words::is_function_word(next.span.text(text)))
        {
            return false;
        }
    }
    if matches!(mark, "..." | "…") {
        // An ellipsis followed by a lower-case word continues the sentence.
        return !(next.kind == TokenKind::Word
            && next.span.text(text).starts_with(char::is_lowercase));
    }
    true
}

/// A lower-case Latin word that is no English function word: "rubiginosa", "lucasi",
/// "dagestanicus".
fn is_species_epithet(word: &str) -> bool {
    const LATIN_ENDINGS: &[&str] = &["a", "ae", "i", "ii", "us", "um", "is", "es", "ensis"];
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && LATIN_ENDINGS.iter().any(|e| word.ends_with(e))
        && !crate::words::is_function_word(word)
}

fn is_single_capital(text: &str, t: &Token) -> bool {
    let word = t.span.text(text);
    t.kind == TokenKind::Word && word.chars().count() == 1 && word.chars().all(char::is_uppercase)
}

fn push(
    tokens: &[Token],
    start: usize,
    end: usize,
    paragraph: usize,
    terminated: bool,
    out: &mut Vec<Sentence>,
) {
    out.push(Sentence {
        span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
        tokens: (start, end),
        paragraph,
        terminated,
    });
}
