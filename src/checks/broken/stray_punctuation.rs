//! ## What it does
//! Flags punctuation that stands on its own: a full stop or comma after a space ("behavior. .",
//! "solution to the war. .", "sovereignty” , he"), two full stops or commas in a row ("war..",
//! "rose,, and"), a full stop with no space before the next sentence ("disabled in your
//! browser.JavaScript"), a comma with no space after it ("rose,and"), a space before a clitic
//! ("Google 's inventions", "did n't") and spaces inside both brackets of a pair ("( WoW!Korea
//! )"), the last two as tokenised machine translation leaves them.
//!
//! ## Why is this bad?
//! A lone mark is what a deleted word, a botched edit or a machine translation leaves behind. A
//! spaced ellipsis (". . .") is a style, not damage, and is left alone.
//!
//! ## Example
//! ```text
//! to push for a diplomatic solution to the war. .
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{with_word_before, Shape, Span, TokenKind};
use crate::words::is_dangling_word;

pub struct StrayPunctuation;

impl Check for StrayPunctuation {
    fn id(&self) -> &'static str {
        "broken/stray-punctuation"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for p in &doc.paragraphs {
            let toks = doc.paragraph_tokens(p);
            for (k, t) in toks.iter().enumerate() {
                if t.kind != TokenKind::Punct {
                    continue;
                }
                let mark = t.text(doc.text);
                if lost_space_after_stop(toks, k, doc.text) {
                    out.push(missing_space(
                        self.id(),
                        doc.text,
                        toks,
                        k,
                        "runs two sentences together",
                    ));
                    continue;
                }
                if lost_space_after_comma(toks, k, doc.text) {
                    out.push(missing_space(
                        self.id(),
                        doc.text,
                        toks,
                        k,
                        "needs a space after the comma",
                    ));
                    continue;
                }
                if let Some(span) = spaced_bracket(toks, k, doc.text) {
                    out.push(Flag::new(
                        self.id(),
                        Severity::Warning,
                        span,
                        format!(
                            "stray space: '{}' has spaces inside its brackets",
                            span.text(doc.text)
                        ),
                    ));
                    continue;
                }
                let spaced = t.space_before && k > 0 && matches!(mark, "." | "," | ";");
                let doubled = mark == ".."
                    || mark == ","
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| !n.space_before && n.text(doc.text) == ",");
                if !spaced && !doubled {
                    continue;
                }
                if spaced && is_spaced_ellipsis(toks, k, doc.text) {
                    continue;
                }
                if spaced
                    && mark == "."
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| !n.space_before && n.kind != TokenKind::Punct)
                {
                    // ".NET", " .5": the dot belongs to the next token.
                    continue;
                }
                let span = with_word_before(toks, k);
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    if doubled && mark == "," {
                        "stray punctuation: two commas in a row".to_string()
                    } else if doubled {
                        "stray punctuation: two full stops in a row".to_string()
                    } else {
                        format!("stray punctuation: '{mark}' stands apart from the sentence")
                    },
                ));
            }
        }
        spaced_clitics(self.id(), doc.text, out);
    }
}

/// A pair of round brackets with a space on both inner sides, around words on one line: "( WoW!
/// Korea )", as tokenised machine translation leaves it. A writer's slip spaces one side at most
/// ("( okra)"). The span covers the pair.
fn spaced_bracket(toks: &[crate::text::Token], k: usize, text: &str) -> Option<Span> {
    const MAX_INSIDE: usize = 12;
    let open = &toks[k];
    let first = toks.get(k + 1)?;
    if open.text(text) != "("
        || !first.space_before
        || first.line != open.line
        || !matches!(first.kind, TokenKind::Word | TokenKind::Number)
    {
        return None;
    }
    let close = (k + 2..toks.len().min(k + 2 + MAX_INSIDE))
        .take_while(|&j| toks[j].line == open.line && toks[j].text(text) != "(")
        .find(|&j| toks[j].text(text) == ")")?;
    let last = &toks[close - 1];
    (toks[close].space_before && matches!(last.kind, TokenKind::Word | TokenKind::Number))
        .then(|| Span::new(open.span.start, toks[close].span.end))
}

/// A space before a clitic, as tokenised machine translation leaves it when nothing joins the
/// pieces again: "Google 's inventions", "they 've got", "did n't". A quoted letter ("an 's'")
/// and a Dutch name ("near 's-Hertogenbosch") are left alone.
fn spaced_clitics(rule: &'static str, text: &str, out: &mut Vec<Flag>) {
    let bytes = text.as_bytes();
    // The curly apostrophe is three bytes ending in 0x99; the straight one is one.
    for at in memchr::memchr2_iter(b'\'', 0x99, bytes) {
        let (start, len) = if bytes[at] == b'\'' {
            (at, 1)
        } else if at >= 2 && &bytes[at - 2..=at] == "’".as_bytes() {
            (at - 2, 3)
        } else {
            continue;
        };
        // "n't" keeps its n: the space comes before it.
        let n_before = start >= 1 && bytes[start - 1] == b'n';
        let space_at = if n_before { start - 1 } else { start };
        if space_at < 2
            || bytes[space_at - 1] != b' '
            || !bytes[space_at - 2].is_ascii_alphanumeric()
        {
            continue;
        }
        let rest = &bytes[start + len..];
        let clitic_len = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let clitic = &rest[..clitic_len];
        let clitic_ok = if n_before {
            clitic == b"t"
        } else {
            matches!(clitic, b"s" | b"re" | b"ll" | b"ve" | b"d" | b"m")
        };
        let after = rest.get(clitic_len).copied();
        // Nor a Dutch name: "'s-Hertogenbosch".
        if !clitic_ok || after.is_some_and(|b| matches!(b, b'\'' | 0xE2 | b'"' | b'-')) {
            continue;
        }
        let word_start = bytes[..space_at - 1]
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric())
            .map_or(0, |p| p + 1);
        let span = Span::new(word_start, start + len + clitic_len);
        let fixed: String = span.text(text).replacen(' ', "", 1);
        out.push(
            Flag::new(
                rule,
                Severity::Warning,
                span,
                format!(
                    "stray space: '{}' has a space before its clitic",
                    span.text(text)
                ),
            )
            .with_fix(fixed),
        );
    }
}

/// A flag on the words either side of the mark at token `k`, which lost the space after it; the
/// fix puts the space back.
fn missing_space(
    rule: &'static str,
    text: &str,
    toks: &[crate::text::Token],
    k: usize,
    what: &str,
) -> Flag {
    let span = Span::new(toks[k - 1].span.start, toks[k + 1].span.end);
    let fix = format!(
        "{}{} {}",
        toks[k - 1].text(text),
        toks[k].text(text),
        toks[k + 1].text(text)
    );
    Flag::new(
        rule,
        Severity::Warning,
        span,
        format!("missing space: '{}' {what}", span.text(text)),
    )
    .with_fix(fix)
}

/// A full stop, question or exclamation mark between a lower-case word that can end a sentence
/// and a capitalised word, with no space on either side: "browser.JavaScript", "live?When". A
/// word that cannot end a sentence makes a name instead ("ASP.NET", "the.Net").
fn lost_space_after_stop(toks: &[crate::text::Token], k: usize, text: &str) -> bool {
    let (Some(prev), Some(next)) = (k.checked_sub(1).map(|j| &toks[j]), toks.get(k + 1)) else {
        return false;
    };
    matches!(toks[k].text(text), "." | "?" | "!")
        && !toks[k].space_before
        && !next.space_before
        && prev.kind == TokenKind::Word
        && prev.shape == Shape::Lower
        && prev.span.len() >= 2
        && !is_dangling_word(prev.text(text))
        && next.kind == TokenKind::Word
        && matches!(next.shape, Shape::Title | Shape::Mixed)
        && next.text(text).starts_with(|c: char| c.is_uppercase())
        && next.line == toks[k].line
}

/// A comma between two lower-case words with no space after it: "rose,and", "hesitation,but".
/// Numbers ("1,000"), lists of single letters ("x,y") and code ("target_host,target_port") are
/// left alone.
fn lost_space_after_comma(toks: &[crate::text::Token], k: usize, text: &str) -> bool {
    let (Some(prev), Some(next)) = (k.checked_sub(1).map(|j| &toks[j]), toks.get(k + 1)) else {
        return false;
    };
    let lower_word = |t: &crate::text::Token| {
        t.kind == TokenKind::Word && t.shape == Shape::Lower && t.span.len() >= 2
    };
    toks[k].text(text) == ","
        && !toks[k].space_before
        && !next.space_before
        && lower_word(prev)
        && lower_word(next)
        && next.line == toks[k].line
        && (prev.space_before || k == 1 || toks[k - 2].line != prev.line)
}

fn is_spaced_ellipsis(toks: &[crate::text::Token], k: usize, text: &str) -> bool {
    let is_dot = |j: usize| toks.get(j).is_some_and(|t| t.text(text) == ".");
    let run_start = (0..=k).rev().take_while(|&j| is_dot(j)).last().unwrap_or(k);
    let run_end = (k..toks.len())
        .take_while(|&j| is_dot(j))
        .last()
        .unwrap_or(k);
    run_end - run_start + 1 >= 3
}
