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
//! one that opens with a quote is fine.
//!
//! ## Example
//! ```text
//! Trump said he had a “lengthy and highly productive phone call" with Putin
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Span, Token, TokenKind};

pub struct UnbalancedQuotes;

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
        let n = doc.paragraphs.len();
        let first_flag = out.len();
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            let toks = doc.paragraph_tokens(p);
            let mut open: Vec<(Style, usize)> = Vec::new();
            for (k, t) in toks.iter().enumerate() {
                if t.kind != TokenKind::Punct {
                    continue;
                }
                match t.text(text) {
                    "“" => open.push((Style::Curly, k)),
                    "”" => match open.pop() {
                        Some((Style::Curly, _)) => {}
                        Some((Style::Straight, o)) => out.push(mixed(self.id(), toks, o, k, text)),
                        None => out.push(Flag::new(
                            self.id(),
                            Severity::Warning,
                            with_previous_word(toks, k),
                            "unbalanced quotes: a closing quote with no opening one",
                        )),
                    },
                    "\"" if is_straight_opener(toks, k, text) => open.push((Style::Straight, k)),
                    "\"" => match open.pop() {
                        Some((Style::Straight, _)) => {}
                        Some((Style::Curly, o)) => out.push(mixed(self.id(), toks, o, k, text)),
                        None => out.push(Flag::new(
                            self.id(),
                            Severity::Warning,
                            with_previous_word(toks, k),
                            "unbalanced quotes: a closing quote with no opening one",
                        )),
                    },
                    _ => {}
                }
            }
            if let Some(&(style, o)) = open.first() {
                let continues = (pi + 1 < n) && {
                    let next = &doc.paragraphs[pi + 1];
                    doc.paragraph_tokens(next).first().is_some_and(|t| {
                        matches!(
                            (style, t.text(text)),
                            (Style::Curly, "“") | (Style::Straight, "\"")
                        )
                    })
                };
                if !continues {
                    let end = toks[o + 1..]
                        .iter()
                        .find(|t| t.is_word())
                        .map_or(toks[o].span.end, |w| w.span.end);
                    out.push(Flag::new(
                        self.id(),
                        Severity::Warning,
                        Span::new(toks[o].span.start, end),
                        "unbalanced quotes: this quotation is never closed",
                    ));
                }
            }
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

/// A straight quote opens when it follows a space, the line start or an opening bracket or
/// dash, and touches the next word.
fn is_straight_opener(toks: &[Token], k: usize, text: &str) -> bool {
    let after_space = k == 0
        || toks[k].space_before
        || matches!(toks[k - 1].text(text), "(" | "[" | "—" | "–" | "-" | ":");
    let touches_next = toks.get(k + 1).is_some_and(|n| !n.space_before);
    after_space && touches_next
}

fn with_previous_word(toks: &[Token], k: usize) -> Span {
    let start = toks[..k]
        .iter()
        .rposition(|t| t.is_word())
        .map_or(toks[k].span.start, |j| toks[j].span.start);
    Span::new(start, toks[k].span.end)
}

fn mixed(rule: &'static str, toks: &[Token], open: usize, close: usize, text: &str) -> Flag {
    let span = Span::new(toks[open].span.start, toks[close].span.end);
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
