//! ## What it does
//! Flags double quotation marks that do not pair up: a closing quote with no opening one
//! ("partnership.” without limits”."), a quotation opened with a curly quote and closed with a
//! straight one or the other way round (“lengthy and highly productive phone call"), and a
//! quotation that is never closed.
//!
//! ## Why is this bad?
//! A lost or swapped quote changes who said what, and is what a CMS, a scraper or a copy-paste
//! between editors leaves behind. News convention is respected: a quotation that runs over several
//! paragraphs opens each of them and closes only at the end, so an unclosed paragraph followed by
//! one that opens with a quote is fine, and a mark glued to a number outside any quotation is an
//! inch mark ("a 48” stand").
//!
//! ## Example
//! ```text
//! Trump said he had a “lengthy and highly productive phone call" with Putin
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{with_word_before, Shape, Span, Token, TokenKind};
use crate::words::{is_determiner, is_speech_verb};

pub struct UnbalancedQuotes;

/// A quotation may stay open over this many following paragraphs before it counts as unclosed:
/// text written a sentence a line (MT test sets, subtitles) splits one quoted speech over ten lines
/// or more, opened on the first and closed on the last.
const MAX_OPEN_PARAGRAPHS: usize = 12;
/// This many mixed quotations in one document make the mixing a style of the document.
const SYSTEMATIC: usize = 4;

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Curly,
    Straight,
}

impl Check for UnbalancedQuotes {
    fn id(&self) -> &'static str {
        "broken/unbalanced-quotes"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let text = doc.text;
        let toks = &doc.tokens;
        let first_flag = out.len();
        // Open quotations: style, token index, paragraph index. They may stay open across
        // paragraphs: segment-per-line text breaks long quotations without re-opening them.
        let mut open: Vec<(Style, usize, usize)> = Vec::new();
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            let range = p.tokens.0..p.tokens.1;
            // A paragraph that opens with the same quote continues the quotation of the paragraph
            // before (news style); a quotation left open further back was never closed.
            if let (Some(&(style, o, q)), Some(first)) = (open.last(), toks.get(p.tokens.0)) {
                if range.contains(&p.tokens.0)
                    && matches!(
                        (style, first.text(text)),
                        (Style::Curly, "“") | (Style::Straight, "\"")
                    )
                {
                    open.pop();
                    if q + 1 < pi {
                        out.push(never_closed(self.id(), toks, o));
                    }
                }
            }
            // Quotations left open too long were never closed.
            while open
                .first()
                .is_some_and(|&(_, _, q)| pi > q + MAX_OPEN_PARAGRAPHS)
            {
                let (_, o, _) = open.remove(0);
                out.push(never_closed(self.id(), toks, o));
            }
            for k in range {
                let t = &toks[k];
                if t.kind != TokenKind::Punct {
                    continue;
                }
                let mark = t.text(text);
                let closing = match mark {
                    // “ closes a German-style „quotation“, or any quotation it is glued to or ends
                    // a line after: "production. “".
                    "“" if !open.is_empty()
                        && k > p.tokens.0
                        && (!t.space_before || !touches_next(toks, k)) =>
                    {
                        Style::Curly
                    }
                    "“" | "„" => {
                        reopen(self.id(), toks, &mut open, out, Style::Curly, pi);
                        open.push((Style::Curly, k, pi));
                        continue;
                    }
                    "\"" if is_straight_opener(toks, k, p.tokens.0, text) => {
                        reopen(self.id(), toks, &mut open, out, Style::Straight, pi);
                        open.push((Style::Straight, k, pi));
                        continue;
                    }
                    "”" => Style::Curly,
                    "\"" => Style::Straight,
                    _ => continue,
                };
                match open.pop() {
                    Some((style, _, _)) if style == closing => {}
                    Some((_, o, _)) => out.push(mixed(self.id(), toks, o, k, text)),
                    // With no quotation open, a mark glued to a number measures inches: "a 48”
                    // stand", "4" × 5½"".
                    None if !t.space_before
                        && k > p.tokens.0
                        && toks[k - 1].kind == TokenKind::Number => {}
                    None => out.push(Flag::new(
                        self.id(),
                        Severity::Warning,
                        with_word_before(&toks[p.tokens.0..p.tokens.1], k - p.tokens.0),
                        "unbalanced quotes: a closing quote with no opening one",
                    )),
                }
            }
            // A quotation that runs into its own attribution, or a quoted term or title, lost its
            // closing quote, whatever the next paragraph opens with.
            if let Some(&(_, o, q)) = open.last() {
                if q == pi
                    && (runs_into_attribution(toks, o, p.tokens.1, text)
                        || quotes_a_term(toks, o, p.tokens.0, text))
                {
                    open.pop();
                    out.push(never_closed(self.id(), toks, o));
                }
            }
        }
        for (_, o, _) in open {
            out.push(never_closed(self.id(), toks, o));
        }
        // A document that closes curly quotes with straight ones throughout has a house style (or
        // a CMS) problem, not a broken sentence at each quotation: keep the flags, as notes.
        let mixed = out[first_flag..]
            .iter()
            .filter(|f| f.message.starts_with("mixed"))
            .count();
        if mixed >= SYSTEMATIC {
            for f in out[first_flag..]
                .iter_mut()
                .filter(|f| f.message.starts_with("mixed"))
            {
                f.severity = Severity::Info;
                f.message
                    .push_str(&format!(" (as in {mixed} quotations of this document)"));
            }
        }
    }
}

/// A quotation left open at the end of a paragraph and not continued by the next may still
/// close later (text split a segment a line), but not across a new quotation of the same style:
/// English nests quotations in single quotes. Careless text nests double quotes within one
/// paragraph ("I think Mr. Wang "waited for" the opportunity"), so that is left alone.
fn reopen(
    rule: &'static str,
    toks: &[Token],
    open: &mut Vec<(Style, usize, usize)>,
    out: &mut Vec<Flag>,
    style: Style,
    paragraph: usize,
) {
    if let Some(&(s, o, q)) = open.last() {
        if s == style && q < paragraph {
            open.pop();
            out.push(never_closed(rule, toks, o));
        }
    }
}

/// The quotation opened at token `o` names a term or a title, which never runs over paragraphs
/// as speech does: it follows an article, a preposition or a naming word ("one of the first
/// “Chinese Time-honored Brands", "a film called “Heat"), not a verb of saying, a comma or a
/// colon.
fn quotes_a_term(toks: &[Token], o: usize, para_start: usize, text: &str) -> bool {
    o > para_start && {
        let before = &toks[o - 1];
        let word = before.text(text);
        before.is_word()
            && before.shape == Shape::Lower
            && (is_determiner(word)
                || matches!(
                    word,
                    "of" | "for"
                        | "in"
                        | "on"
                        | "at"
                        | "as"
                        | "called"
                        | "named"
                        | "dubbed"
                        | "titled"
                        | "entitled"
                        | "so-called"
                        | "first"
                        | "second"
                        | "third"
                        | "last"
                        | "new"
                ))
    }
}

/// Words an attribution may start with before its speech verb: "he said", "the spokesman said".
const ATTRIBUTION_WORDS: usize = 4;

/// The quotation opened at token `o` goes on, before token `end`, into a comma and an
/// attribution: "“… but not enough, Bruno Le Maire told reporters.", "…, said Mr. Chirac.".
fn runs_into_attribution(toks: &[Token], o: usize, end: usize, text: &str) -> bool {
    (o + 1..end).any(|k| toks[k].text(text) == "," && attribution_at(toks, k + 1, end, text))
}

fn attribution_at(toks: &[Token], start: usize, end: usize, text: &str) -> bool {
    let Some(first) = toks.get(start).filter(|t| start < end && t.is_word()) else {
        return false;
    };
    let first_text = first.text(text);
    if is_speech_verb(first_text) {
        return toks
            .get(start + 1)
            .is_some_and(|n| start + 1 < end && n.is_word() && n.shape != Shape::Lower);
    }
    if first.shape == Shape::Lower && !matches!(first_text, "he" | "she" | "they" | "the") {
        return false;
    }
    let mut words = 0;
    for t in &toks[start..end] {
        let word = t.text(text);
        if !t.is_word() {
            if word != "." {
                return false;
            }
            continue;
        }
        if is_speech_verb(word) {
            return words > 0;
        }
        words += 1;
        if words > ATTRIBUTION_WORDS {
            return false;
        }
    }
    false
}

/// A straight quote opens when it follows a space, the paragraph start or an opening bracket or
/// dash, and touches the next word.
fn is_straight_opener(toks: &[Token], k: usize, para_start: usize, text: &str) -> bool {
    let after_space = k == para_start
        || toks[k].space_before
        || matches!(toks[k - 1].text(text), "(" | "[" | "—" | "–" | "-" | ":");
    after_space && touches_next(toks, k)
}

/// The mark at token `k` is followed, on its line and without a space, by another token.
fn touches_next(toks: &[Token], k: usize) -> bool {
    toks.get(k + 1)
        .is_some_and(|n| !n.space_before && n.line == toks[k].line)
}

fn never_closed(rule: &'static str, toks: &[Token], o: usize) -> Flag {
    let line = toks[o].line;
    let end = toks[o + 1..]
        .iter()
        .take_while(|t| t.line == line)
        .find(|t| t.is_word())
        .map_or(toks[o].span.end, |w| w.span.end);
    Flag::new(
        rule,
        Severity::Warning,
        Span::new(toks[o].span.start, end),
        "unbalanced quotes: this quotation is never closed",
    )
}

/// Flags the closing quote and the word before it: the quotation may be long, the damage is here.
fn mixed(rule: &'static str, toks: &[Token], open: usize, close: usize, text: &str) -> Flag {
    let start = (open..close)
        .rev()
        .find(|&j| toks[j].is_word() && toks[j].line == toks[close].line)
        .map_or(toks[close].span.start, |j| toks[j].span.start);
    let span = Span::new(start, toks[close].span.end);
    Flag::new(
        rule,
        Severity::Warning,
        span,
        format!(
            "mixed quotes: opened with {} and closed with {}",
            toks[open].text(text),
            toks[close].text(text)
        ),
    )
}
