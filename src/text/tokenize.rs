//! One pass over a line that yields words, numbers and punctuation with their byte spans.
//!
//! Whitespace is not stored: checks that care about spacing look at the gap between two tokens'
//! spans. Apostrophes and hyphens inside a word, and the dots of an initialism ("U.S.", "e.g."),
//! stay inside the word so that the sentence splitter does not see them as full stops.

use super::Span;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// One punctuation mark, or a run of dots ("..").
    Punct,
    /// Any other visible character: symbols, emoji, currency signs.
    Symbol,
    /// A URL or e-mail address, kept whole so its dots are not taken for full stops.
    Link,
}

/// The capitalisation pattern of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Lower,
    /// First letter upper, the rest lower ("Leave").
    Title,
    /// Two or more letters, all upper ("XI", "NATO").
    Upper,
    /// Anything else ("iPhone", "McDonald", "A").
    Mixed,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    pub shape: Shape,
    /// Index of the line the token is on.
    pub line: u32,
    /// Whitespace separates this token from the previous one (or it starts its line).
    pub space_before: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// A word that starts with a capital, hyphenated and inner-capital names included:
    /// "Pre-Engineering", "NATO", "McDonald".
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.is_word()
            && match self.shape {
                Shape::Title | Shape::Upper => true,
                Shape::Mixed => self.text(text).starts_with(char::is_uppercase),
                Shape::Lower => false,
            }
    }
}

/// How many of `tokens` (a paragraph's or a sentence's) are words.
pub fn count_words(tokens: &[Token]) -> usize {
    tokens.iter().filter(|t| t.is_word()).count()
}

/// How many tokens back [`with_word_before`] looks for the word a mark belongs to.
const MARK_LOOKBACK: usize = 4;

/// The span of the mark at `k` together with the word or number just before it in `toks` (a
/// paragraph's tokens), where a flag on the mark is read: "said. ”", "00, )". The search looks
/// only a few tokens back, so a run of marks with no words costs linear time.
pub fn with_word_before(toks: &[Token], k: usize) -> Span {
    let from = k.saturating_sub(MARK_LOOKBACK);
    let start = toks[from..k]
        .iter()
        .rposition(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map_or(toks[k].span.start, |j| toks[from + j].span.start);
    Span::new(start, toks[k].span.end)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '‑')
}

/// Tokenises `line` (a slice of the document starting at byte `base`) into `out`.
pub(crate) fn tokenize_line(line: &str, base: usize, line_no: u32, out: &mut Vec<Token>) {
    let mut space_before = true;
    let bytes = line.as_bytes();
    // Searchers built once: building one costs more than searching a line.
    static LINK_MARKS: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
        LazyLock::new(|| [b"http".as_slice(), b"www.", b"WWW."].map(memchr::memmem::Finder::new));
    let may_link = memchr::memchr(b'@', bytes).is_some()
        || LINK_MARKS.iter().any(|f| f.find(bytes).is_some())
        || memchr::memchr_iter(b'.', bytes)
            .any(|k| bytes.get(k + 1).is_some_and(u8::is_ascii_lowercase));
    let mut i = 0;
    while i < line.len() {
        let c = match bytes[i] {
            b if b.is_ascii() => b as char,
            _ => match line[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        if c.is_whitespace() {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let link = if may_link && c.is_alphanumeric() {
            scan_link(line, i)
        } else {
            None
        };
        let (end, kind) = if let Some(end) = link {
            (end, TokenKind::Link)
        } else if c.is_alphabetic() {
            (scan_word(line, i), TokenKind::Word)
        } else if c.is_ascii_digit() {
            (scan_number(line, i), TokenKind::Number)
        } else if c == '.'
            && space_before
            && line[i + 1..].starts_with(|n: char| n.is_ascii_alphanumeric())
        {
            // ".NET", ".ini", ".5": a leading dot belongs to the word.
            (scan_word(line, i + 1).max(i + 2), TokenKind::Word)
        } else if c == '.' {
            let run = line[i..].bytes().take_while(|&b| b == b'.').count();
            (i + run, TokenKind::Punct)
        } else if is_punctuation(c) {
            (i + c.len_utf8(), TokenKind::Punct)
        } else {
            (i + c.len_utf8(), TokenKind::Symbol)
        };
        let span = Span::new(base + i, base + end);
        let shape = if kind == TokenKind::Word {
            shape_of(&line[i..end])
        } else {
            Shape::Mixed
        };
        out.push(Token {
            span,
            kind,
            shape,
            line: line_no,
            space_before,
        });
        space_before = false;
        // Every scanner ends past `c` and on a character boundary; the guard keeps it so.
        i = end.max(i + c.len_utf8());
        while i < line.len() && !line.is_char_boundary(i) {
            i += 1;
        }
    }
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '“' | '”'
                | '‘'
                | '’'
                | '«'
                | '»'
                | '„'
                | '‚'
                | '–'
                | '—'
                | '…'
                | '‹'
                | '›'
                | '¿'
                | '¡'
                | '·'
        )
}

/// The end of a URL or e-mail address starting at `start`, if one does.
/// Links longer than this are cut into several tokens.
const MAX_LINK_BYTES: usize = 512;

fn scan_link(line: &str, start: usize) -> Option<usize> {
    // A link is looked for at every word start: a bound on how far it reaches keeps a line
    // without spaces ("a@a@a@...") from costing time quadratic in its length.
    let rest = &line[start..];
    let rest = &rest[..rest.floor_char_boundary(MAX_LINK_BYTES)];
    // Most tokens hold neither a dot nor an @ before the next space: no link. A link ends at any
    // white space, so that no token holds any (the document counts its words by them).
    let bytes = rest.as_bytes();
    let mut chunk_len = bytes.len();
    let mut marked = false;
    for (i, &b) in bytes.iter().enumerate() {
        let space = if b.is_ascii() {
            b.is_ascii_whitespace() || b == 0x0b
        } else {
            rest.is_char_boundary(i) && rest[i..].starts_with(char::is_whitespace)
        };
        if space {
            chunk_len = i;
            break;
        }
        marked |= b == b'.' || b == b'@';
    }
    if !marked {
        return None;
    }
    let chunk = &rest[..chunk_len];
    let lower_prefix = |p: &str| {
        chunk.len() > p.len()
            && chunk
                .get(..p.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(p))
    };
    let is_url = lower_prefix("http://") || lower_prefix("https://") || lower_prefix("www.");
    let is_email = !is_url
        && chunk.find('@').is_some_and(|at| {
            at > 0
                && chunk[at + 1..].contains('.')
                && chunk[..at]
                    .chars()
                    .all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        });
    let is_domain = !is_url && !is_email && is_domain_name(chunk);
    if !is_url && !is_email && !is_domain {
        return None;
    }
    // Trailing sentence punctuation belongs to the sentence, not the link.
    let trimmed = chunk.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '\'' | '”' | '’'
        )
    });
    Some(start + trimmed.len())
}

/// Top-level domains common enough in news to tell "chinanews.com" from "end.Next".
const DOMAINS: &[&str] = &[
    "ai", "au", "biz", "ca", "cn", "co", "com", "de", "edu", "eu", "fr", "gov", "in", "info", "io",
    "it", "jp", "kr", "net", "nl", "org", "ru", "tv", "uk", "us",
];

/// "chinanews.com", "visa.visitsaudi.com", "com.cn": dot-separated labels ending in a known
/// top-level domain, ignoring punctuation after it.
fn is_domain_name(chunk: &str) -> bool {
    let name = chunk.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let mut labels = name.split('.');
    let Some(last) = labels.next_back() else {
        return false;
    };
    let mut count = 1;
    for l in labels {
        if l.is_empty() || !l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        count += 1;
    }
    count >= 2 && DOMAINS.contains(&last)
}

fn scan_word(line: &str, start: usize) -> usize {
    let bytes = line.as_bytes();
    // Most words are ASCII letters and digits ended by a space or a mark that neither joins
    // ("'", "-") nor may belong to the word ("."): settled byte by byte, without decoding.
    const ASCII_ALNUM: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        table
    };
    let mut ascii_end = start;
    while ascii_end < bytes.len() && ASCII_ALNUM[usize::from(bytes[ascii_end])] {
        ascii_end += 1;
    }
    if ascii_end > start
        && bytes
            .get(ascii_end)
            .is_none_or(|&b| b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.'))
    {
        return ascii_end;
    }
    // The ASCII letters and digits read so far belong to the word whatever follows.
    let mut end = ascii_end;
    let mut it = line[ascii_end..].char_indices().peekable();
    while let Some((off, c)) = it.next() {
        let pos = ascii_end + off;
        if c.is_alphanumeric() || is_mark(c) {
            end = pos + c.len_utf8();
            continue;
        }
        let next_alnum = it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if is_joiner(c) && next_alnum && end == pos {
            continue;
        }
        if c == '.' && end == pos && is_initialism_dot(&line[start..pos]) {
            // "U.S", "e.g": keep the dot; a final dot is kept only after an initialism.
            if next_alnum && it.peek().is_some_and(|&(_, n)| n.is_alphabetic()) {
                end = pos + 1;
                continue;
            }
            if line[start..pos].contains('.') {
                end = pos + 1;
                if bytes.get(pos + 1) == Some(&b'-') {
                    continue;
                }
            }
        }
        break;
    }
    end
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// The letters before this dot are single letters separated by dots ("U", "U.S", "e.g").
fn is_initialism_dot(before: &str) -> bool {
    let last_seg = before.rsplit(['.', '-']).next().unwrap_or("");
    let mut chars = last_seg.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

fn scan_number(line: &str, start: usize) -> usize {
    let bytes = line.as_bytes();
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        // Digits, letters ("24th", "5G") and separators between digits ("3.5", "1,000").
        let separator = matches!(b, b'.' | b',' | b':')
            && bytes.get(end + 1).is_some_and(|n| n.is_ascii_digit());
        if b.is_ascii_alphanumeric() || separator {
            end += 1;
        } else {
            break;
        }
    }
    end
}

pub(crate) fn shape_of(word: &str) -> Shape {
    if word.is_ascii() {
        return shape_of_ascii(word.as_bytes());
    }
    let mut chars = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = chars.next() else {
        return Shape::Mixed;
    };
    let mut rest_lower = true;
    let mut rest_upper = true;
    let mut n = 1;
    for c in chars {
        n += 1;
        rest_lower &= !c.is_uppercase();
        rest_upper &= !c.is_lowercase();
    }
    match (first.is_uppercase(), rest_lower, rest_upper) {
        (false, true, _) if first.is_lowercase() => Shape::Lower,
        (true, _, true) if n >= 2 => Shape::Upper,
        (true, true, _) if n >= 2 => Shape::Title,
        _ => Shape::Mixed,
    }
}

/// [`shape_of`] for an ASCII word, byte by byte.
fn shape_of_ascii(word: &[u8]) -> Shape {
    let mut letters = word.iter().filter(|b| b.is_ascii_alphabetic());
    let Some(first) = letters.next() else {
        return Shape::Mixed;
    };
    let (mut rest_lower, mut rest_upper, mut n) = (true, true, 1);
    for b in letters {
        n += 1;
        rest_lower &= b.is_ascii_lowercase();
        rest_upper &= b.is_ascii_uppercase();
    }
    match (first.is_ascii_uppercase(), rest_lower, rest_upper) {
        (false, true, _) => Shape::Lower,
        (true, _, true) if n >= 2 => Shape::Upper,
        (true, true, _) if n >= 2 => Shape::Title,
        _ => Shape::Mixed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_have_the_shape_their_characters_give() {
        let by_chars = |w: &str| {
            let mut chars = w.chars().filter(|c| c.is_alphabetic());
            let Some(first) = chars.next() else {
                return Shape::Mixed;
            };
            let rest: Vec<char> = chars.collect();
            let (lower, upper) = (
                rest.iter().all(|c| !c.is_uppercase()),
                rest.iter().all(|c| !c.is_lowercase()),
            );
            match (first.is_uppercase(), lower, upper) {
                (false, true, _) if first.is_lowercase() => Shape::Lower,
                (true, _, true) if !rest.is_empty() => Shape::Upper,
                (true, true, _) if !rest.is_empty() => Shape::Title,
                _ => Shape::Mixed,
            }
        };
        for w in [
            "", "a", "A", "the", "The", "NATO", "iPhone", "McDonald", "U.S.", "e.g.", "24th",
            "X-Men", "don't", "5G", "---",
        ] {
            assert_eq!(shape_of(w), by_chars(w), "{w:?}");
        }
    }

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize_line(s, 0, 0, &mut out);
        out.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn keeps_initialisms_and_apostrophes() {
        assert_eq!(
            toks("the U.S.-China talks, e.g. Xi’s plan."),
            vec![
                "the",
                "U.S.-China",
                "talks",
                ",",
                "e.g.",
                "Xi’s",
                "plan",
                "."
            ]
        );
    }

    #[test]
    fn splits_stray_stops_and_quotes() {
        assert_eq!(
            toks("behavior. . “accord” 3.5%"),
            vec!["behavior", ".", ".", "“", "accord", "”", "3.5", "%"]
        );
        assert_eq!(toks("war... Then"), vec!["war", "...", "Then"]);
        assert_eq!(
            toks("Write to a.b@wsj.com, or https://x.com/a."),
            vec![
                "Write",
                "to",
                "a.b@wsj.com",
                ",",
                "or",
                "https://x.com/a",
                "."
            ]
        );
        assert_eq!(
            toks("Data of springtour.com shows, Alibaba.com. Then"),
            vec![
                "Data",
                "of",
                "springtour.com",
                "shows",
                ",",
                "Alibaba.com",
                ".",
                "Then"
            ]
        );
        assert_eq!(
            toks("the U.S. and end.Next"),
            vec!["the", "U.S.", "and", "end", ".", "Next"]
        );
    }

    #[test]
    fn shapes() {
        assert_eq!(shape_of("Leave"), Shape::Title);
        assert_eq!(shape_of("XI"), Shape::Upper);
        assert_eq!(shape_of("leave"), Shape::Lower);
        assert_eq!(shape_of("iPhone"), Shape::Mixed);
        assert_eq!(shape_of("A"), Shape::Mixed);
    }
}
