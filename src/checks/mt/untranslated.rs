//! ## What it does
//! Flags words of another script left inside English sentences: "but кожна every family",
//! "公式Official #Product1#", "初回限定49 %OFF". A run of Chinese or Japanese characters counts
//! from one character, a word of Cyrillic, Korean, Arabic, Hebrew, Thai or Devanagari from two
//! letters.
//!
//! Left alone:
//! - the native form of a name in brackets or quotes ("Beijing (北京)", "Alex (알렉스)");
//! - a word glossed by a quoted transliteration ("simply as 中国 \"Zhongguo\""), and a name after
//!   its romanisation ("Liu Bo 刘波 who");
//! - a word a linguist mentions rather than uses ("the Hebrew word נֵר", "known as 畓");
//! - Greek, which science writes inline (φ, λ, Ω);
//! - a Cyrillic or Greek letter inside a Latin word: that is a look-alike (homoglyph), not a
//!   translation;
//! - a paragraph mostly in another script, which `language/non-english` judges as a whole.
//!
//! A word of a language written in the Latin script is flagged when the lexicon does not know it,
//! it is written in lower case (names are capitalised), and it has a letter English never writes,
//! not even in the loanwords and names it keeps accents on ("café", "über"): "the Assembly, rujā
//! or väzzõl", "the dātor chatbot". Its letters are the macrons, carons, ogoneks and cedillas of
//! Latvian, Livonian, Estonian, Lithuanian, Czech, Polish, Hungarian, Romanian, Turkish and
//! Maltese, German's ß, the Nordic ø and å, Icelandic's þ and ð, the hooked letters of Hausa
//! ("ƙasar"), Azerbaijani's ə, the circumflexed consonants of Welsh and Esperanto, and the horned
//! and tone-marked vowels of Vietnamese. A word that is common English once its marks are gone
//! ("halāl", "wıth") is left alone.
//!
//! ## Why is this bad?
//! A translation system copies through what it cannot translate: a rare word, a product name,
//! a half-recognised phrase. The result is an English sentence with a hole in it that no English
//! reader can fill, and in a corpus a sign that the document came out of machine translation
//! without review. MQM, the scheme human raters use for translation errors, has a category of
//! its own for it (non-translation).
//!
//! ## Example
//! ```text
//! She said that in the conditions of independence, but кожна every family has lost someone.
//! ```
//! Use instead: the English word ("every").

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{next_candidate, Shape, Span};
use crate::words::is_function_word;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

pub struct Untranslated;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    /// Chinese characters and kana: one character is a word.
    Cjk,
    Hangul,
    Cyrillic,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,
    Indic,
    Thai,
    Myanmar,
    Khmer,
    Ethiopic,
}

impl Script {
    /// The script whose block holds `c`, its letters and marks alike. The punctuation these
    /// blocks hold ("・", "।", "،") ends a run.
    fn of(c: char) -> Option<Script> {
        Some(match c {
            '\u{3041}'..='\u{30FA}'
            | '\u{30FC}'..='\u{30FF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{FF66}'..='\u{FF9F}' => Script::Cjk,
            '\u{1100}'..='\u{11FF}' | '\u{3131}'..='\u{318E}' | '\u{AC00}'..='\u{D7A3}' => {
                Script::Hangul
            }
            '\u{0400}'..='\u{052F}' => Script::Cyrillic,
            '\u{0531}'..='\u{0587}' => Script::Armenian,
            '\u{10A0}'..='\u{10FF}' => Script::Georgian,
            '\u{0591}'..='\u{05C7}' | '\u{05D0}'..='\u{05EA}' => Script::Hebrew,
            '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}' => {
                return None
            }
            '\u{0610}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFC}' => Script::Arabic,
            '\u{0964}' | '\u{0965}' => return None,
            '\u{0900}'..='\u{0DFF}' => Script::Indic,
            '\u{0E01}'..='\u{0EFF}' => Script::Thai,
            '\u{1000}'..='\u{109F}' => Script::Myanmar,
            '\u{1200}'..='\u{139F}' => Script::Ethiopic,
            '\u{1780}'..='\u{17FF}' => Script::Khmer,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Script::Cjk => "Chinese or Japanese",
            Script::Hangul => "Korean",
            Script::Cyrillic => "Cyrillic",
            Script::Armenian => "Armenian",
            Script::Georgian => "Georgian",
            Script::Hebrew => "Hebrew",
            Script::Arabic => "in the Arabic script",
            Script::Indic => "in an Indic script",
            Script::Thai => "Thai or Lao",
            Script::Myanmar => "Burmese",
            Script::Ethiopic => "Ethiopic",
            Script::Khmer => "Khmer",
        }
    }

    /// Letters of the script a run needs: one Chinese character is a word, one Cyrillic letter
    /// is a symbol ("10х20" written with a Cyrillic "х").
    fn min_letters(self) -> usize {
        match self {
            Script::Cjk => 1,
            _ => 2,
        }
    }

    /// Scripts with letters that look like Latin ones, used to disguise words.
    fn has_lookalikes(self) -> bool {
        matches!(self, Script::Cyrillic | Script::Armenian)
    }
}

/// Words after which a foreign word is mentioned, not used: "the Hebrew word נֵר", "known as 畓".
const MENTIONED_AFTER: &[&str] = &[
    "as",
    "word",
    "words",
    "character",
    "characters",
    "letter",
    "letters",
    "term",
    "name",
    "written",
    "spelled",
    "spelt",
    "symbol",
    "kanji",
    "hanzi",
    "chinese",
    "japanese",
    "korean",
    "russian",
    "ukrainian",
    "hebrew",
    "arabic",
    "thai",
    "hindi",
    "sanskrit",
    "cyrillic",
    "radical",
];

/// A paragraph with fewer Latin letters than this many times its foreign ones is not English
/// prose with a word left in it.
const LATIN_PER_FOREIGN: usize = 4;

/// First bytes of the UTF-8 characters looked for: the Latin letters of U+00C0 to U+01BF and
/// U+0218 to U+021B (see [`is_foreign_latin`]), U+0400 to U+07FF, and the three-byte characters
/// outside U+2000 to U+2FFF.
const MAY_START_SCRIPT: [bool; 256] = {
    let mut table = [false; 256];
    table[0xc3] = true;
    table[0xc4] = true;
    table[0xc5] = true;
    table[0xc6] = true;
    table[0xc8] = true;
    let mut b = 0xd0;
    while b <= 0xef {
        table[b] = b != 0xe2 && !(b >= 0xde && b <= 0xdf);
        b += 1;
    }
    table
};

const OPENERS: &[char] = &['(', '[', '{', '（', '【', '「', '『', '《', '〈', '［'];
const CLOSERS: &[char] = &[')', ']', '}', '）', '】', '」', '』', '》', '〉', '］'];

impl Check for Untranslated {
    fn id(&self) -> &'static str {
        "mt/untranslated"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let text = doc.text;
        let bytes = text.as_bytes();
        let mut paragraph = 0;
        let mut paragraph_checked = usize::MAX;
        let mut paragraph_is_english = false;
        let mut line = LineState::default();
        let mut i = 0;
        // Latin letters with accents and general punctuation (curly quotes, dashes) are most of
        // the non-ASCII in English text: they are passed over without decoding.
        while let Some(at) = next_candidate(bytes, i, |b| MAY_START_SCRIPT[usize::from(b)]) {
            i = at;
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                i += 1;
                continue;
            };
            let mut start = i;
            let script = match Script::of(c) {
                Some(script) => {
                    let mut letters = 0;
                    for c in text[start..].chars() {
                        if Script::of(c) != Some(script) {
                            break;
                        }
                        letters += usize::from(c.is_alphabetic());
                        i += c.len_utf8();
                    }
                    if letters < script.min_letters() {
                        continue;
                    }
                    Some(script)
                }
                None => {
                    i += c.len_utf8();
                    if !is_foreign_latin(c) {
                        continue;
                    }
                    let Some(word) = unknown_lower_case_word(cx, start) else {
                        continue;
                    };
                    (start, i) = (word.start, word.end);
                    None
                }
            };
            while paragraph + 1 < doc.paragraphs.len()
                && doc.paragraphs[paragraph].span.end <= start
            {
                paragraph += 1;
            }
            let Some(p) = doc.paragraphs.get(paragraph) else {
                break;
            };
            if paragraph_checked != paragraph {
                paragraph_checked = paragraph;
                paragraph_is_english = is_latin_prose(p.span.text(text));
            }
            let lookalikes = script.is_some_and(Script::has_lookalikes);
            if !paragraph_is_english || !stands_in_english(text, &mut line, start, i, lookalikes) {
                continue;
            }
            let word = &text[start..i];
            let message = match script {
                Some(script) => format!(
                    "untranslated: '{word}' is {} inside an English sentence",
                    script.name()
                ),
                None => format!(
                    "untranslated: '{word}' is no English word, and English does not write '{c}'"
                ),
            };
            out.push(Flag::new(
                self.id(),
                Severity::Warning,
                Span::new(start, i),
                message,
            ));
        }
    }
}

/// Letters of the Latin script that English does not write, not even in the names and loanwords
/// it keeps accents on ("café", "naïve", "über", "señor"): the macrons, carons, ogoneks and
/// cedillas of Latvian, Livonian, Estonian, Lithuanian, Czech, Polish, Hungarian, Romanian,
/// Turkish, Maltese, German's ß, the Nordic ø and å, Icelandic's þ and ð, the hooked letters of
/// Hausa, Azerbaijani's ə, the circumflexed consonants of Welsh and Esperanto, and Vietnamese's
/// horned and tone-marked vowels.
fn is_foreign_latin(c: char) -> bool {
    FOREIGN_LATIN.contains(&c) || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
}

const FOREIGN_LATIN: &[char] = &[
    'ā', 'ē', 'ī', 'ō', 'ū', 'ő', 'ű', 'ą', 'ę', 'ł', 'ś', 'ź', 'ż', 'ć', 'ń', 'ř', 'ě', 'ů', 'č',
    'š', 'ž', 'ď', 'ť', 'ň', 'ľ', 'ĺ', 'ŕ', 'õ', 'ġ', 'ħ', 'ş', 'ğ', 'ı', 'ț', 'ș', 'ă', 'ļ', 'ņ',
    'ķ', 'ģ', 'ŗ', 'ß', 'ø', 'å', 'đ', 'ư', 'ơ', 'ė', 'į', 'ų', 'þ', 'ð', 'ƙ', 'ɗ', 'ɓ', 'ə', 'ŵ',
    'ŷ', 'ĉ', 'ĝ', 'ĥ', 'ĵ', 'ŝ', 'ŭ',
];

/// The word holding the character at byte `at`, if it has three letters or more, is written in
/// lower case (a name is capitalised) and the lexicon does not know it ("złoty" is a word).
fn unknown_lower_case_word(cx: &Context, at: usize) -> Option<Span> {
    let doc = cx.doc;
    let t = doc.token_at(at)?;
    let token = &doc.tokens[t];
    let word = token.text(doc.text);
    let known = cx.evidence.word(t).is_none_or(|w| w.lexicon.is_some());
    (token.is_word()
        && token.shape == Shape::Lower
        && !known
        && word.chars().count() >= MIN_LATIN_LETTERS
        && word.chars().all(char::is_alphabetic)
        && cx
            .lexicon
            .get(&without_accents(word))
            .is_none_or(|e| e.zipf100 < MIN_ENGLISH_ZIPF100))
    .then_some(token.span)
}

/// Shortest unknown word flagged for its letters.
const MIN_LATIN_LETTERS: usize = 3;

/// A word that is this common in English once its accents are gone (zipf × 100) is English with
/// a scholar's or a typist's marks on it: "halāl", "wıth".
const MIN_ENGLISH_ZIPF100: u16 = 300;

/// The word with its accents, macrons and carons taken off: "halāl" is "halal".
fn without_accents(word: &str) -> String {
    word.nfd()
        .filter(|&c| !is_combining_mark(c))
        .map(|c| match c {
            'ł' => 'l',
            'ı' => 'i',
            'đ' => 'd',
            'ħ' => 'h',
            _ => c,
        })
        .collect()
}

/// Latin letters outnumber the letters of other scripts several times over.
fn is_latin_prose(paragraph: &str) -> bool {
    let (mut latin, mut foreign) = (0usize, 0usize);
    for c in paragraph.chars() {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if !c.is_ascii() && c.is_alphabetic() {
            if Script::of(c).is_some() {
                foreign += 1;
            } else {
                latin += 1;
            }
        }
    }
    latin >= LATIN_PER_FOREIGN * foreign.max(1)
}

/// What the text of a line says before a point: open brackets and quotations. The runs of a
/// line are met in order, so the text between two of them is read once.
#[derive(Default)]
struct LineState {
    /// Where the text has been read up to.
    read_to: usize,
    brackets: usize,
    straight_quotes: usize,
    curly_quotes: isize,
}

impl LineState {
    /// Reads on up to `to`, starting afresh at each line break. A run that starts inside text
    /// already read (a word holding two runs) is judged by the state after it.
    fn advance(&mut self, text: &str, to: usize) {
        if to <= self.read_to {
            return;
        }
        for c in text[self.read_to..to].chars() {
            match c {
                '\n' => {
                    *self = LineState {
                        read_to: self.read_to,
                        ..LineState::default()
                    }
                }
                '"' => self.straight_quotes += 1,
                '“' => self.curly_quotes += 1,
                '”' => self.curly_quotes -= 1,
                _ if OPENERS.contains(&c) => self.brackets += 1,
                _ if CLOSERS.contains(&c) => self.brackets = self.brackets.saturating_sub(1),
                _ => {}
            }
        }
        self.read_to = to;
    }

    fn inside_brackets_or_quotes(&self) -> bool {
        self.brackets > 0 || self.straight_quotes % 2 == 1 || self.curly_quotes > 0
    }
}

/// Longest stretch looked at on either side of a run for the marks and the word around it, in
/// bytes.
const MAX_LOOK_AROUND: usize = 64;

/// The run `start..end` is used as a word of the English sentence around it: not quoted, not in
/// brackets, not glossed, not mentioned, not a look-alike inside a Latin word.
fn stands_in_english(
    text: &str,
    line: &mut LineState,
    start: usize,
    end: usize,
    lookalikes: bool,
) -> bool {
    line.advance(text, start);
    let mut back = start.saturating_sub(MAX_LOOK_AROUND);
    while !text.is_char_boundary(back) {
        back += 1;
    }
    let mut ahead = (end + MAX_LOOK_AROUND).min(text.len());
    while !text.is_char_boundary(ahead) {
        ahead -= 1;
    }
    let before = text[back..start].rsplit('\n').next().unwrap_or("");
    let after = text[end..ahead].split('\n').next().unwrap_or("");
    if lookalikes
        && (before.ends_with(|c: char| c.is_ascii_alphabetic())
            || after.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        return false;
    }
    if line.inside_brackets_or_quotes() {
        return false;
    }
    let next = after.trim_start();
    let prev = before.trim_end();
    if next.starts_with(['"', '“', '\'', '‘'])
        || prev.ends_with(['"', '”', '\'', '’', ':', '=', '/'])
    {
        return false;
    }
    let previous_word = prev
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // A name in its own script after its romanisation: "Liu Bo 刘波 who".
    let glosses_name = prev.len() < before.len()
        && prev.ends_with(|c: char| c.is_ascii_alphabetic())
        && previous_word.starts_with(|c: char| c.is_ascii_uppercase())
        && !is_function_word(previous_word);
    !glosses_name && !MENTIONED_AFTER.contains(&previous_word.to_ascii_lowercase().as_str())
}
