//! Finding mojibake: UTF-8 text whose bytes were read in a single-byte code page on the way here,
//! once or several times ("é" → "Ã©" → "ÃƒÂ©").
//!
//! The method is the one behind ftfy, written afresh: a run of non-ASCII characters is turned back
//! into the bytes each code page gives its characters, and wherever those bytes are valid UTF-8
//! the run has a second *reading*. A reading is only a candidate: "Õ…" is also valid UTF-8 bytes
//! (an Armenian letter) in Windows-1252, and Ukrainian "Рі" is "г" in Windows-1251. So each reading
//! is judged by how natural the text looks before and after it, with a small cost model of
//! characters that ordinary text never puts side by side: a letter glued to a currency sign or a
//! C1 control, two scripts in one word, a lower-case letter followed by a capital, symbols piled
//! up. A reading is taken when it removes enough of that cost, produces no character that
//! ordinary text never contains (IPA, C1 controls, archaic Cyrillic, a lone letter of a foreign
//! script), and it is offered as a fix only when no other code page reads the run differently
//! and no byte was lost.
//!
//! Cost: one hash lookup per non-ASCII character, only for runs of two or more non-ASCII
//! characters (plus a check of single C1 controls and a stray "Ã"); ASCII text returns at once.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::codepages::ALL;
use crate::text::{first_non_ascii, Span};

const N: usize = ALL.len();

/// What was found: a span of the text, what it probably was, and whether the repair is certain.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub span: Span,
    /// The repaired text of the span (a best guess where `certain` is false).
    pub repaired: String,
    /// The span read back is unambiguous and complete: safe to offer as a fix.
    pub certain: bool,
    /// How the text was damaged, for a message: "UTF-8 read as Windows-1252".
    pub how: String,
}

/// Every mojibake span in `text`, in order.
pub fn find(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    if text.is_ascii() {
        return out;
    }
    // Words: runs between ASCII whitespace (a no-break space may be part of the mojibake). Only
    // a word with a non-ASCII character can be mojibake, so the search leaps from one such
    // character to the next and reads only the words around them.
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(found) = first_non_ascii(&bytes[i..]) {
        let at = i + found;
        let start = bytes[i..at]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(i, |k| i + k + 1);
        let end = bytes[at..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |k| at + k);
        i = end;
        // Count characters by their first byte.
        let non_ascii = bytes[at..end].iter().filter(|&&b| b >= 0xC0).count();
        let first = at;
        match non_ascii {
            0 => {}
            1 => {
                let c = text[first..].chars().next().expect("in bounds");
                let end = first + c.len_utf8();
                let before = text[..first].chars().next_back();
                let after = text[end..].chars().next();
                single(text, first, end, c, before, after, &mut out);
            }
            _ => word(text, start, end, &mut out),
        }
    }
    out
}

/// The byte each code page gives to non-ASCII `c`; 0 where it has none.
fn reverse() -> &'static FxHashMap<char, [u8; N]> {
    static MAP: OnceLock<FxHashMap<char, [u8; N]>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<char, [u8; N]> = FxHashMap::default();
        for (e, cp) in ALL.iter().enumerate() {
            for (i, &c) in cp.high.iter().enumerate() {
                map.entry(c).or_insert([0; N])[e] = 0x80 + i as u8;
            }
        }
        // Text mixes a code page with Latin-1 ("â\u{80}\u{9c}" beside "…"): a C1 control is
        // also the byte of its own value wherever the code page gives that byte another meaning.
        for b in 0x80u8..=0x9F {
            let codes = map.entry(char::from(b)).or_insert([0; N]);
            for code in codes.iter_mut() {
                if *code == 0 {
                    *code = b;
                }
            }
        }
        map
    })
}

/// Extra evidence a reading in this code page needs: Windows-1252 (and Latin-1) is by far the
/// most common misreading; the others must clear a higher bar.
fn prior(e: usize) -> i32 {
    i32::from(e != 0)
}

fn is_c1(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c)
}

/// One word, `text[start..end]`, with two or more non-ASCII characters.
fn word(text: &str, start: usize, end: usize, out: &mut Vec<Finding>) {
    let run = &text[start..end];
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let chars: Vec<(usize, char)> = run.char_indices().map(|(i, c)| (start + i, c)).collect();
    let map = reverse();
    let codes: Vec<[u8; N]> = chars
        .iter()
        .map(|&(_, c)| map.get(&c).copied().unwrap_or([0; N]))
        .collect();
    let plain: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
    let base = cost(before, &plain, after);

    let mut best: Option<Candidate> = None;
    let mut others: Vec<Candidate> = Vec::new();
    for e in 0..N {
        let Some(first) = read(&plain, &codes, e) else {
            continue;
        };
        let Some(c) = judge(before, &plain, after, base, e, first) else {
            continue;
        };
        match &best {
            Some(b) if b.score >= c.score => others.push(c),
            _ => {
                if let Some(b) = best.replace(c) {
                    others.push(b);
                }
            }
        }
    }
    let Some(best) = best else {
        report_c1(&chars, out);
        return;
    };
    let certain = !best.truncated
        && best.complete
        && others
            .iter()
            .all(|o| o.final_text == best.final_text || o.score + 1 < best.score);
    // Trim what the reading leaves unchanged at either end.
    let fixed: Vec<char> = best.final_text.chars().collect();
    let pre = plain.iter().zip(&fixed).take_while(|(a, b)| a == b).count();
    let suf = plain[pre..]
        .iter()
        .rev()
        .zip(fixed[pre..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let span_start = chars[pre].0;
    let span_end = chars.get(plain.len() - suf).map(|&(i, _)| i).unwrap_or(end);
    let repaired: String = fixed[pre..fixed.len() - suf].iter().collect();
    report_c1(&chars[..pre], out);
    let mut layers: Vec<(&str, usize)> = Vec::new();
    for name in &best.names {
        match layers.last_mut() {
            Some((n, k)) if n == name => *k += 1,
            _ => layers.push((name, 1)),
        }
    }
    let layers: Vec<String> = layers
        .into_iter()
        .map(|(n, k)| match k {
            1 => n.to_string(),
            2 => format!("{n} twice"),
            _ => format!("{n} {k} times"),
        })
        .collect();
    let mut how = format!("UTF-8 read as {}", layers.join(", then as "));
    if best.truncated {
        how.push_str(", with bytes lost");
    }
    out.push(Finding {
        span: Span::new(span_start, span_end),
        repaired,
        certain,
        how,
    });
    report_c1(&chars[plain.len() - suf..], out);
}

/// Flags C1 controls left outside any reading: Windows-1252 punctuation read as Latin-1.
fn report_c1(chars: &[(usize, char)], out: &mut Vec<Finding>) {
    for &(i, c) in chars {
        if !is_c1(c) {
            continue;
        }
        let span = Span::new(i, i + c.len_utf8());
        let cp = crate::codepages::CP1252.high[(c as u32 - 0x80) as usize];
        if cp != c {
            // Punctuation is what these bytes nearly always were; a letter (Š, œ) is a guess.
            let certain = !cp.is_alphabetic();
            out.push(Finding {
                span,
                repaired: cp.to_string(),
                certain,
                how: "Windows-1252 read as Latin-1".into(),
            });
        } else {
            out.push(Finding {
                span,
                repaired: String::new(),
                certain: false,
                how: "a byte of another encoding read as Latin-1".into(),
            });
        }
    }
}

/// A cluster of one character: a C1 control, or a lone "Ã" whose second byte became a space.
fn single(
    text: &str,
    start: usize,
    end: usize,
    c: char,
    before: Option<char>,
    after: Option<char>,
    out: &mut Vec<Finding>,
) {
    if is_c1(c) {
        report_c1(&[(start, c)], out);
        return;
    }
    if !matches!(c, 'Ã' | 'Г') || after != Some(' ') {
        return;
    }
    let next_word_lower = text[end + 1..]
        .chars()
        .next()
        .is_some_and(|n| n.is_ascii_lowercase());
    let lone_word = before.is_none_or(|b| matches!(b, ' ' | '\'' | '\n' | '('));
    let latin_before = text[..start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|b| b.is_ascii());
    let hit = match c {
        // "voilÃ le", "jusqu'Ã nos jours", "relatifs Ã l’utilisation"
        'Ã' => before.is_some_and(|b| b.is_ascii_lowercase()) || lone_word && next_word_lower,
        // Windows-1251: "se trouve Г l’ouest"
        _ => lone_word && next_word_lower && latin_before,
    };
    if hit {
        let name = if c == 'Ã' {
            "Windows-1252"
        } else {
            "Windows-1251"
        };
        out.push(Finding {
            span: Span::new(start, end),
            repaired: "à".into(),
            certain: false,
            how: format!("UTF-8 read as {name}, its second byte turned into a space"),
        });
    }
}

struct Candidate {
    final_text: String,
    /// The gain less what the code pages used cost (Windows-1252 is the likeliest reading).
    score: i32,
    /// No further layer of mojibake was left unread.
    complete: bool,
    truncated: bool,
    names: Vec<&'static str>,
}

/// One reading of a run: the text with every valid UTF-8 sequence decoded.
struct Reading {
    text: Vec<char>,
    /// Decoded sequences, and whether any was three or four bytes long.
    units: usize,
    long_unit: bool,
    /// A lead byte followed by continuation bytes, but too few: a byte was lost.
    truncated: bool,
}

/// Reads `chars` (with their code-page bytes `codes`) in code page `e`.
fn read(chars: &[char], codes: &[[u8; N]], e: usize) -> Option<Reading> {
    let byte = |i: usize| -> Option<u8> {
        let c = chars[i];
        if c.is_ascii() {
            Some(c as u8)
        } else {
            let b = codes[i][e];
            (b != 0).then_some(b)
        }
    };
    // Quick reject: no lead byte followed by a continuation byte.
    let any = (0..chars.len() - 1).any(|i| {
        byte(i).is_some_and(|b| (0xC2..=0xF4).contains(&b))
            && byte(i + 1).is_some_and(|b| (0x80..=0xBF).contains(&b))
    });
    if !any {
        return None;
    }
    let mut r = Reading {
        text: Vec::with_capacity(chars.len()),
        units: 0,
        long_unit: false,
        truncated: false,
    };
    let mut i = 0;
    while i < chars.len() {
        match utf8_at(i, chars.len(), &byte) {
            Step::Char(len, c) => {
                r.text.push(c);
                r.units += 1;
                r.long_unit |= len > 2;
                i += len;
            }
            Step::Truncated(len) => {
                r.truncated = true;
                r.text.extend_from_slice(&chars[i..i + len]);
                i += len;
            }
            Step::None => {
                r.text.push(chars[i]);
                i += 1;
            }
        }
    }
    (r.units > 0).then_some(r)
}

enum Step {
    Char(usize, char),
    Truncated(usize),
    None,
}

/// The UTF-8 sequence (or CESU-8 surrogate pair) whose lead byte is at `i`.
fn utf8_at(i: usize, len: usize, byte: &dyn Fn(usize) -> Option<u8>) -> Step {
    let Some(lead) = byte(i) else {
        return Step::None;
    };
    let (need, lo, hi) = match lead {
        0xC2..=0xDF => (1, 0x80, 0xBF),
        0xE0 => (2, 0xA0, 0xBF),
        // 0xED: surrogates (0xA0 and up) are allowed through for CESU-8 below.
        0xE1..=0xEF => (2, 0x80, 0xBF),
        0xF0 => (3, 0x90, 0xBF),
        0xF1..=0xF3 => (3, 0x80, 0xBF),
        0xF4 => (3, 0x80, 0x8F),
        _ => return Step::None,
    };
    let mut buf = [lead, 0, 0, 0];
    for (k, slot) in buf.iter_mut().enumerate().take(need + 1).skip(1) {
        let ok = i + k < len
            && byte(i + k).is_some_and(|b| {
                *slot = b;
                if k == 1 {
                    (lo..=hi).contains(&b)
                } else {
                    (0x80..=0xBF).contains(&b)
                }
            });
        if !ok {
            return if k > 1 {
                Step::Truncated(k)
            } else {
                Step::None
            };
        }
    }
    if lead == 0xED {
        // A surrogate: valid only as the first half of a CESU-8 pair.
        let hi_half = (0xA0..=0xAF).contains(&buf[1]);
        if !hi_half && buf[1] >= 0xA0 {
            return Step::None;
        }
        if hi_half {
            let mut low = [0u8; 3];
            let ok = i + 5 < len
                && (0..3).all(|k| {
                    byte(i + 3 + k).is_some_and(|b| {
                        low[k] = b;
                        true
                    })
                })
                && low[0] == 0xED
                && (0xB0..=0xBF).contains(&low[1])
                && (0x80..=0xBF).contains(&low[2]);
            if !ok {
                return Step::None;
            }
            let high = 0xD000 | (u32::from(buf[1] & 0x3F) << 6) | u32::from(buf[2] & 0x3F);
            let low = 0xD000 | (u32::from(low[1] & 0x3F) << 6) | u32::from(low[2] & 0x3F);
            let cp = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
            return match char::from_u32(cp) {
                Some(c) => Step::Char(6, c),
                None => Step::None,
            };
        }
    }
    match std::str::from_utf8(&buf[..=need]) {
        Ok(s) => Step::Char(need + 1, s.chars().next().expect("one char")),
        Err(_) => Step::None,
    }
}

/// Whether a reading of the run is better than the run, peeling further layers of mojibake off
/// the result while that helps; None if it is not taken.
fn judge(
    before: Option<char>,
    orig: &[char],
    after: Option<char>,
    base: i32,
    e: usize,
    first: Reading,
) -> Option<Candidate> {
    let mut names = vec![ALL[e].name];
    let mut need = if first.long_unit { 1 } else { 2 } + prior(e);
    let mut truncated = first.truncated;
    let mut current = first.text;
    let mut current_cost = cost(before, &current, after);
    let mut best: Option<Candidate> = None;
    let has_letter = |t: &[char]| t.iter().any(|&c| script(kind(c)).is_some());
    // Runs with no letter at all are kaomoji and line art more often than mojibake.
    let symbols_only = !has_letter(orig);
    let mut penalty = prior(e);
    let mut consider = |text: &[char],
                        c: i32,
                        need: i32,
                        truncated: bool,
                        names: &[&'static str],
                        penalty: i32| {
        let gain = base - c;
        let need = need + i32::from(symbols_only && !has_letter(text));
        if gain >= need
            && best.as_ref().is_none_or(|b| gain - penalty > b.score)
            && plausible(before, orig, text, after)
        {
            best = Some(Candidate {
                final_text: text.iter().collect(),
                score: gain - penalty,
                truncated,
                names: names.to_vec(),
                complete: true,
            });
        }
    };
    consider(&current, current_cost, need, truncated, &names, penalty);
    // Peel further layers: "ÃƒÂ©" reads as "Ã©", which reads as "é".
    let map = reverse();
    // Whether the last text still reads as something else.
    let mut more = true;
    for _ in 0..3 {
        let codes: Vec<[u8; N]> = current
            .iter()
            .map(|c| map.get(c).copied().unwrap_or([0; N]))
            .collect();
        let mut next: Option<(Reading, i32, usize)> = None;
        for e2 in 0..N {
            let Some(r) = read(&current, &codes, e2) else {
                continue;
            };
            let c = cost(before, &r.text, after);
            if next.as_ref().is_none_or(|n| c < n.1) {
                next = Some((r, c, e2));
            }
        }
        let Some((r, c, e2)) = next else {
            more = false;
            break;
        };
        if c >= current_cost && !r.long_unit {
            break;
        }
        current = r.text;
        current_cost = c;
        truncated |= r.truncated;
        names.push(ALL[e2].name);
        penalty += prior(e2);
        need = (need - 1).max(1);
        consider(&current, current_cost, need, truncated, &names, penalty);
    }
    // A repair that stops short of a further layer ("┒" read back only as far as "â”’"
    // because "┒" looked no better) is not certain.
    if let Some(b) = &mut best {
        b.complete = b.names.len() == names.len() && !more;
    }
    best
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Cjk,
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Space,
    Lower(Script),
    Upper(Script),
    Caseless(Script),
    Digit,
    /// A combining mark.
    Mark,
    /// Punctuation that opens: “ ‘ „ ‚ « ‹ ¿ ¡.
    Open,
    /// Punctuation that closes, or follows a word: ” » › ™ ®.
    Close,
    /// ’ and ': apostrophes as well as closing quotes.
    Apos,
    /// ASCII punctuation, dashes, ellipses, emoji, arrows: no evidence either way.
    Neutral,
    /// Currency, math and Latin-1 symbols: £ © ° ± ² µ ¶ § × ÷ ¼.
    Sym,
    Box,
    /// Characters ordinary text does not contain: mojibake's own alphabet (¤ ¦ ¨ ¬ ¯ ¸ ƒ ˆ ‰ †
    /// √ ≈ ◊), IPA, modifier letters, archaic Cyrillic, Armenian, Hebrew points, private use.
    Rare,
    Control,
}

fn kind(c: char) -> Kind {
    use Kind::*;
    if c.is_ascii() {
        return match c {
            'a'..='z' => Lower(Script::Latin),
            'A'..='Z' => Upper(Script::Latin),
            '0'..='9' => Digit,
            ' ' | '\t' | '\n' | '\r' => Space,
            '\'' => Apos,
            '\u{0}'..='\u{1f}' | '\u{7f}' => Control,
            _ => Neutral,
        };
    }
    match c {
        '\u{80}'..='\u{9f}' => Control,
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{3000}' => Space,
        '’' => Apos,
        '“' | '‘' | '„' | '‚' | '«' | '‹' | '¿' | '¡' => Open,
        '”' | '»' | '›' | '™' | '®' => Close,
        '¤' | '¦' | '¨' | '¬' | '¯' | '¸' | '\u{ad}' | 'ƒ' | 'ˆ' | 'ˇ' | '˘' | '˙' | '˚' | '˛'
        | '˜' | '˝' | '†' | '‡' | '‰' | '◊' | '√' | '≈' | '∆' | '∂' | '∑' | '∏' | '∫' | 'Ω'
        | '≠' | '⁄' | 'ſ' | '⌐' | '\u{f8ff}' => Rare,
        '¢' | '£' | '¥' | '€' | '©' | '°' | '±' | '²' | '³' | '¹' | 'µ' | '¶' | '§' | '×' | '÷'
        | '¼' | '½' | '¾' | 'ª' | 'º' | '´' | '·' | '≤' | '≥' | '∞' | '№' => Sym,
        '\u{20a0}'..='\u{20cf}' | '\u{2200}'..='\u{22ff}' => Sym,
        '\u{2500}'..='\u{259f}' => Box,
        '\u{300}'..='\u{36f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}' => Mark,
        // Latin Extended-B, except Romanian and Pinyin letters; IPA; modifier letters.
        '\u{218}'..='\u{21b}' | '\u{1cd}'..='\u{1dc}' => letter(c, Script::Latin),
        '\u{180}'..='\u{24f}' | '\u{250}'..='\u{2af}' => Rare,
        'ʻ' | 'ʼ' => Apos,
        '\u{2b0}'..='\u{2ff}' => Rare,
        '\u{370}'..='\u{385}' | '\u{387}' => Rare,
        '\u{386}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}' => letter(c, Script::Greek),
        '\u{400}'..='\u{45f}' | '\u{490}'..='\u{491}' => letter(c, Script::Cyrillic),
        '\u{460}'..='\u{5cf}' => Rare,
        '\u{5d0}'..='\u{5ff}' => letter(c, Script::Hebrew),
        '\u{600}'..='\u{61f}' | '\u{64b}'..='\u{65f}' => Rare,
        '\u{620}'..='\u{6ff}' => letter(c, Script::Arabic),
        '\u{700}'..='\u{8ff}' | '\u{1d00}'..='\u{1dbf}' => Rare,
        '\u{e000}'..='\u{f8fe}' | '\u{fff0}'..='\u{fffc}' => Rare,
        '\u{fffd}' => Neutral,
        '\u{2e80}'..='\u{2fff}'
        | '\u{3040}'..='\u{30ff}'
        | '\u{3100}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3ffff}' => letter(c, Script::Cjk),
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' | '\u{fb00}'..='\u{fb06}' => {
            letter(c, Script::Latin)
        }
        _ if c.is_alphabetic() => letter(c, Script::Other),
        _ if c.is_whitespace() => Space,
        _ => Neutral,
    }
}

fn letter(c: char, s: Script) -> Kind {
    if c.is_lowercase() {
        Kind::Lower(s)
    } else if c.is_uppercase() {
        Kind::Upper(s)
    } else {
        Kind::Caseless(s)
    }
}

fn script(k: Kind) -> Option<Script> {
    match k {
        Kind::Lower(s) | Kind::Upper(s) | Kind::Caseless(s) => Some(s),
        _ => None,
    }
}

/// How unnatural `chars` look between `before` and `after`: the sum of what each character,
/// each adjacent pair and each character between two others costs.
fn cost(before: Option<char>, chars: &[char], after: Option<char>) -> i32 {
    let mut all: Vec<char> = Vec::with_capacity(chars.len() + 2);
    all.push(before.unwrap_or(' '));
    all.extend_from_slice(chars);
    all.push(after.unwrap_or(' '));
    let kinds: Vec<Kind> = all.iter().map(|&c| kind(c)).collect();
    let is_letter = |k: Kind| script(k).is_some();
    let mut total = 0;
    for i in 1..all.len() {
        total += pair(all[i - 1], kinds[i - 1], all[i], kinds[i]);
    }
    for i in 1..all.len() - 1 {
        let (c, k, l, r) = (all[i], kinds[i], kinds[i - 1], kinds[i + 1]);
        total += match k {
            Kind::Rare => 2,
            Kind::Control => 3,
            // Combining marks are rare in running text and common in accidental readings.
            Kind::Mark => 2,
            _ => 0,
        };
        // Punctuation or a symbol inside a word: "DivisÃ£o", "RÄ«ga", "WÄ…sosz"; more so after
        // a letter with an accent.
        if !c.is_ascii()
            && !is_letter(k)
            && !matches!(k, Kind::Apos | Kind::Mark | Kind::Space)
            && !matches!(c, '–' | '‐' | '‑' | '·')
            && is_letter(l)
            && is_letter(r)
        {
            total += 1 + i32::from(!all[i - 1].is_ascii());
        }
        let joins = |k: Kind| is_letter(k) || k == Kind::Apos;
        if !c.is_ascii() && is_letter(k) && !joins(l) && !joins(r) && !lone_ok(c, k) {
            total += 2;
        }
        // MacRoman's "‚Ä" before a third character: "‚Äô" is "’".
        if c == 'Ä' && all[i - 1] == '‚' && !all[i + 1].is_ascii() {
            total += 2;
        }
        if !c.is_ascii()
            && matches!(k, Kind::Lower(_))
            && matches!(l, Kind::Upper(_))
            && matches!(r, Kind::Upper(_))
        {
            total += 1;
        }
    }
    total
}

/// Letters that make a word on their own: "à", "é", "è"; Greek letters in science ("the γ
/// chain"); letters of scripts without case.
fn lone_ok(c: char, k: Kind) -> bool {
    matches!(c, 'à' | 'á' | 'é' | 'è' | 'ò' | 'ó' | 'À' | 'É' | 'È')
        || matches!(k, Kind::Lower(Script::Greek) | Kind::Caseless(_))
}

fn pair(a: char, ka: Kind, b: char, kb: Kind) -> i32 {
    use Kind::*;
    let sa = script(ka);
    let sb = script(kb);
    if let (Some(x), Some(y)) = (sa, sb) {
        if x != y {
            return match (ka, kb) {
                // Greek letters in Latin words are science: "IL2Rγc", "TNFα".
                (Lower(Script::Greek), _) | (_, Lower(Script::Greek))
                    if matches!((x, y), (Script::Latin, _) | (_, Script::Latin)) =>
                {
                    0
                }
                _ if matches!(
                    (x, y),
                    (Script::Latin, Script::Greek) | (Script::Greek, Script::Latin)
                ) =>
                {
                    1
                }
                _ => 3,
            };
        }
        return match (ka, kb) {
            // A capital right after a small letter: "DivisÃ£o", "вЂ".
            (Lower(_), Upper(_)) if !b.is_ascii() => 2,
            (Lower(_), Upper(_)) if !a.is_ascii() => 1,
            // A Latin-1 capital before a small letter that Windows-1252 has among its
            // punctuation: "Åšwit", "Ãœ".
            _ if ('\u{c0}'..='\u{de}').contains(&a) && matches!(b, 'š' | 'œ' | 'ž') => 2,
            // A capital with an accent before a small one with another: "Ä±", "Äî".
            (Upper(Script::Latin), Lower(Script::Latin)) if !a.is_ascii() && !b.is_ascii() => 1,
            _ => 0,
        };
    }
    let symbolic = |k: Kind| matches!(k, Sym | Rare | Box);
    let mut c = 0;
    if sa.is_some() && (symbolic(kb) || kb == Open) || sb.is_some() && symbolic(ka) {
        c += 1;
    }
    if sa.is_some() && kb == Box || sb.is_some() && ka == Box {
        c += 1;
    }
    if sb.is_some() && ka == Close {
        c += 1;
    }
    if symbolic(ka) && (symbolic(kb) || matches!(kb, Open | Close | Apos))
        || matches!(ka, Open | Close | Apos) && symbolic(kb)
        || ka == Close && kb == Open
    {
        c += 1;
    }
    if matches!(a, 'œ' | 'Œ') && sb.is_none() {
        c += 1;
    }
    // The lead characters of two-byte Windows-1252 mojibake before what follows them there
    // and hardly anywhere else: "Â£", "Ã©", "Ã\u{a0}", "Ã”".
    if matches!(a, 'Â' | 'Ã' | 'Î' | 'Ð')
        && (matches!(kb, Open | Close)
            || matches!(
                b,
                '€' | 'œ'
                    | 'Š'
                    | 'š'
                    | '¢'
                    | '£'
                    | 'Ÿ'
                    | 'ž'
                    | '\u{a0}'
                    | '\u{ad}'
                    | '©'
                    | '°'
                    | '·'
                    | '–'
                    | '—'
                    | '´'
            ))
    {
        c += 2;
    }
    // A capital with an accent before a number sign: "Î³", "Ì¶".
    if matches!(ka, Upper(_))
        && !a.is_ascii()
        && matches!(
            b,
            '²' | '³' | '¹' | '¼' | '½' | '¾' | '±' | 'µ' | '÷' | '×' | '¶' | '§'
        )
    {
        c += 1;
    }
    c
}

/// A reading is plausible if every character it brings in is one ordinary text contains, and a
/// letter of a script other than Latin has a neighbour of its own script (real Hebrew or Chinese
/// mojibake spans whole words; a lone Armenian letter after "HUHLL" is a coincidence).
fn plausible(before: Option<char>, orig: &[char], text: &[char], after: Option<char>) -> bool {
    let at = |i: usize| -> Option<char> { text.get(i).copied().or(after) };
    for (i, &c) in text.iter().enumerate() {
        if c.is_ascii() || orig.contains(&c) {
            continue;
        }
        let k = kind(c);
        if matches!(k, Kind::Rare | Kind::Control) {
            return false;
        }
        let Some(s) = script(k) else { continue };
        if s == Script::Latin {
            continue;
        }
        let neighbour = |n: Option<char>| n.and_then(|n| script(kind(n)));
        let l = neighbour(if i == 0 { before } else { Some(text[i - 1]) });
        let r = neighbour(at(i + 1));
        let same = l == Some(s) || r == Some(s);
        // Greek small letters stand alone in science: "α2", "the γ chain".
        let greek_in_latin = s == Script::Greek
            && (k == Kind::Lower(Script::Greek)
                || l == Some(Script::Latin)
                || r == Some(Script::Latin));
        if !same && !greek_in_latin {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `MOJIBAKE_DEBUG="text" cargo test --lib debug_cost -- --nocapture` shows how each code
    /// page reads a word and what that reading costs.
    #[test]
    fn debug_cost() {
        let Ok(text) = std::env::var("MOJIBAKE_DEBUG") else {
            return;
        };
        for w in text.split_ascii_whitespace() {
            let chars: Vec<char> = w.chars().collect();
            let map = reverse();
            let codes: Vec<[u8; N]> = chars
                .iter()
                .map(|c| map.get(c).copied().unwrap_or([0; N]))
                .collect();
            println!("{w:?}: cost {}", cost(None, &chars, None));
            for (e, cp) in ALL.iter().enumerate() {
                if let Some(r) = read(&chars, &codes, e) {
                    let t: String = r.text.iter().collect();
                    println!(
                        "  {}: {t:?} cost {} plausible {} long {}",
                        cp.name,
                        cost(None, &r.text, None),
                        plausible(None, &chars, &r.text, None),
                        r.long_unit
                    );
                }
            }
        }
        println!("{:?}", find(&text));
    }

    fn fix(s: &str) -> Vec<(String, String, bool)> {
        find(s)
            .into_iter()
            .map(|f| (f.span.text(s).to_string(), f.repaired, f.certain))
            .collect()
    }

    #[test]
    fn repairs_classic_cases() {
        assert_eq!(
            fix("Itâ€™s the cafÃ© on the corner"),
            vec![
                ("â€™".into(), "’".into(), true),
                ("Ã©".into(), "é".into(), true)
            ]
        );
        assert_eq!(
            fix("The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows."),
            vec![("ÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢".into(), "’".into(), true)]
        );
        assert_eq!(fix("Hi guys í\u{a0}½í¸\u{8d}")[0].1, "😍");
        assert_eq!(fix("РґРѕСЂРѕРіРµ")[0].1, "дороге");
    }

    #[test]
    fn leaves_real_text_alone() {
        for s in [
            "It’s the café of a naïve señor, 5 €.",
            "HUHLL Õ…",
            "Join ZZAJÉ’s Official Fan List",
            "a radius of 10 Å—",
            "Рік тому ВІКІ",
            "“×” curves, 4288×…",
            "SELKÄ\u{a0}EDELLÄ\u{a0}MAAHAN",
            "I'm not such a fan of Charlotte Brontë…”",
        ] {
            assert_eq!(fix(s), vec![], "{s}");
        }
    }

    #[test]
    fn c1_controls_are_windows_1252() {
        assert_eq!(
            fix("parlé\u{85} Tu"),
            vec![("\u{85}".into(), "…".into(), true)]
        );
    }

    #[test]
    fn lone_a_grave_is_flagged_without_a_fix() {
        assert_eq!(
            fix("jusqu'Ã nos jours"),
            vec![("Ã".into(), "à".into(), false)]
        );
        assert_eq!(fix("IRMÃ E"), vec![]);
    }
}
