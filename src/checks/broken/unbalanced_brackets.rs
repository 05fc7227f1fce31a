//! ## What it does
//! Flags brackets that do not pair up within a paragraph: a closing bracket with no opening one
//! ("only 12 0 both 00, )"), an opening one never closed ("the spokesman (who asked not to be
//! named said"), and a pair of different kinds ("(see below]").
//!
//! ## Why is this bad?
//! A parenthesis lost in an edit or dropped by machine translation leaves the reader unsure where
//! an aside ends. Paragraphs are the unit: an aside does not run across one. Enumerators ("1)",
//! "b)") and emoticons (":)") outside brackets close nothing and are left alone.
//!
//! ## Example
//! ```text
//! Pool will deposit jeans Wednesday 0, 99 0 only 12 0 both 00, )
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{with_word_before, Span, Token, TokenKind};

pub struct UnbalancedBrackets;

fn closer_of(open: &str) -> Option<&'static str> {
    Some(match open {
        "(" => ")",
        "[" => "]",
        "（" => "）",
        _ => return None,
    })
}

fn is_closer(mark: &str) -> bool {
    matches!(mark, ")" | "]" | "）")
}

impl Check for UnbalancedBrackets {
    fn id(&self) -> &'static str {
        "broken/unbalanced-brackets"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let text = doc.text;
        for p in &doc.paragraphs {
            let toks = doc.paragraph_tokens(p);
            if !toks.iter().any(|t| {
                t.kind == TokenKind::Punct
                    && (is_closer(t.text(text)) || closer_of(t.text(text)).is_some())
            }) {
                continue;
            }
            let mut open: Vec<usize> = Vec::new();
            for (k, t) in toks.iter().enumerate() {
                if t.kind != TokenKind::Punct {
                    continue;
                }
                let mark = t.text(text);
                if closer_of(mark).is_some() {
                    open.push(k);
                    continue;
                }
                if !is_closer(mark) || open.is_empty() && enumerator_or_emoticon(toks, k, text) {
                    continue;
                }
                match open.pop() {
                    Some(o) if closer_of(toks[o].text(text)) == Some(mark) => {}
                    Some(o) => out.push(flag(
                        self.id(),
                        Span::new(toks[o].span.start, t.span.end),
                        format!(
                            "unbalanced brackets: opened with '{}' and closed with '{mark}'",
                            toks[o].text(text)
                        ),
                    )),
                    None => out.push(flag(
                        self.id(),
                        with_word_before(toks, k),
                        format!("unbalanced brackets: '{mark}' closes nothing"),
                    )),
                }
            }
            for o in open {
                // The word the bracket opens on, if it comes before another mark: a search that
                // stops at marks stays linear on a line of brackets alone.
                let end = toks[o + 1..]
                    .iter()
                    .take_while(|t| t.kind != TokenKind::Punct)
                    .find(|t| t.is_word())
                    .map_or(toks[o].span.end, |w| w.span.end);
                out.push(flag(
                    self.id(),
                    Span::new(toks[o].span.start, end),
                    format!(
                        "unbalanced brackets: '{}' is never closed",
                        toks[o].text(text)
                    ),
                ));
            }
        }
    }
}

fn flag(rule: &'static str, span: Span, message: String) -> Flag {
    Flag::new(rule, Severity::Warning, span, message)
}

/// An item's number, letter or roman numeral: "12", "b", "iv"; not a unit or an acronym ("km)",
/// "UTC)"), whose opening bracket is lost.
fn is_item_label(label: &str) -> bool {
    let roman = |l: &str| {
        matches!(
            l.to_ascii_lowercase().as_str(),
            "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x" | "xi" | "xii"
        )
    };
    label.len() <= 2 && label.bytes().all(|b| b.is_ascii_digit())
        || label.len() == 1 && label.bytes().all(|b| b.is_ascii_alphabetic())
        || label.len() <= 4 && roman(label)
}

/// "1)", "b)" or "iv)" after a space, a colon or the line start counts items; ":)" smiles.
fn enumerator_or_emoticon(toks: &[Token], k: usize, text: &str) -> bool {
    let Some(prev) = k.checked_sub(1).map(|j| &toks[j]) else {
        return false;
    };
    if matches!(prev.text(text), ":" | ";" | ":-" | ";-") && !toks[k].space_before {
        return true;
    }
    let label = prev.text(text);
    let short_label = is_item_label(label) && !toks[k].space_before;
    let starts_item = k < 2 || {
        let before = &toks[k - 2];
        before.kind == TokenKind::Punct && !is_closer(before.text(text)) || prev.space_before
    };
    short_label && starts_item
}
