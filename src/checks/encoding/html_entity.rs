//! ## What it does
//! Flags an HTML character reference left in plain text: "&amp;", "&quot;", "&#39;",
//! "&#x2019;", "&nbsp;", and offers the character it stands for as the fix.
//!
//! ## Why is this bad?
//! A scraper or CMS that escapes text for HTML and never unescapes it, or escapes it twice,
//! leaves the markup in the words: "Procter &amp; Gamble", "it&#39;s". Plain text has no use for
//! the escape, so the repair is certain. Only numeric references and the named ones web pages
//! actually use are flagged, so "AT&T" and "R&D;" in prose are left alone.
//!
//! ## Example
//! ```text
//! Johnson &amp; Johnson said it&#39;s recalling the product.
//! ```
//! Use instead: `Johnson & Johnson said it's recalling the product.`

use crate::check::{Check, Context, Flag, Severity};
use crate::text::Span;

pub struct HtmlEntity;

/// Longest reference looked at, "&" and ";" included: "&#x10FFFF;" and the longest name below.
const MAX_REFERENCE_LEN: usize = 10;

/// Named references common on the web, and the characters they stand for.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("hellip", '…'),
    ("bull", '•'),
    ("middot", '·'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("sect", '§'),
    ("para", '¶'),
    ("times", '×'),
    ("divide", '÷'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("ntilde", 'ñ'),
    ("ccedil", 'ç'),
    ("auml", 'ä'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("szlig", 'ß'),
    ("Eacute", 'É'),
    ("Auml", 'Ä'),
    ("Ouml", 'Ö'),
    ("Uuml", 'Ü'),
    ("shy", '\u{ad}'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
];

impl Check for HtmlEntity {
    fn id(&self) -> &'static str {
        "encoding/html-entity"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let text = cx.doc.text;
        let bytes = text.as_bytes();
        for amp in memchr::memchr_iter(b'&', bytes) {
            let window = &bytes[amp + 1..bytes.len().min(amp + MAX_REFERENCE_LEN)];
            let Some(semi) = memchr::memchr(b';', window) else {
                continue;
            };
            let Some(decoded) = decode_reference(&text[amp + 1..amp + 1 + semi]) else {
                continue;
            };
            let span = Span::new(amp, amp + semi + 2);
            out.push(
                Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!(
                        "HTML entity: '{}' is markup for '{}' left in the text",
                        span.text(text),
                        decoded.escape_debug()
                    ),
                )
                .with_fix(decoded.to_string()),
            );
        }
    }
}

/// The character a reference's body stands for: "#39", "#x2019" or a name from [`NAMED`].
fn decode_reference(body: &str) -> Option<char> {
    if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                u32::from_str_radix(hex, 16).ok()?
            }
            None if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => {
                number.parse().ok()?
            }
            _ => return None,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    NAMED
        .iter()
        .find(|(name, _)| *name == body)
        .map(|&(_, c)| c)
}
