//! ## What it does
//! Flags text that is not in English: a paragraph of German, Chinese or Russian inside an English
//! article, or a document that is not English at all, where every paragraph is flagged as an
//! error. Short lines are judged together ("Nachrichten aus Berlin / Der Kanzler reist nach Paris
//! / ..."), and nothing shorter than twelve words (or twenty characters of a script written
//! without spaces, such as Chinese) is ever judged: language identification is unreliable below
//! that (whatlang calls "said on Monday" Afrikaans).
//!
//! A span written mostly in another script (Cyrillic, Chinese, Arabic...) is not English whatever
//! its language; whatlang names the language. A span in the Latin script is flagged only when
//! whatlang is confident it is another language, it has few of the words English cannot do
//! without ("the", "and", "of", "was"), and it has the function words of the language it is
//! said to be in ("der", "und", "le", "que", "di"), twice as many as English ones, and more
//! lower-case words that are not common English than words that are. English crowded with
//! foreign names and titles is left alone. The checks that know only English (unknown words,
//! misspellings, glued and split words, stray capitals, fused sentences) stay out of the stretches
//! flagged here, so a paragraph of French costs the score once, as text in the wrong language,
//! and not again as a dozen unknown English words.
//!
//! ## Why is this bad?
//! An English corpus or an English article with a paragraph of German, Chinese or Russian in it
//! is not what its label says: a failed translation, an untranslated quote block or a scraped
//! page in another language.
//!
//! ## Example
//! ```text
//! Die Bundesregierung hat am Montag angekündigt, dass sie die Hilfen für die Ukraine ausweiten will.
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::text::{Shape, Span, TokenKind};

pub struct NonEnglish;

/// Words below which a span is never judged.
const MIN_WORDS: usize = 12;
/// Letters of a script written without spaces (Chinese, Japanese, Thai) below which a span is
/// never judged.
const MIN_SPACELESS_LETTERS: usize = 20;
/// English prose has a fifth or more of these; a span with that many is English.
const ENGLISH_SHARE: f32 = 0.15;
/// At most this much of a span is given to the language detector.
const MAX_DETECT_BYTES: usize = 600;
/// English function words (the wider list shared with other checks) at this share make a
/// Latin-script span English without asking the detector.
const ENGLISH_PREFILTER_SHARE: f32 = 0.18;
/// A span in the Latin script said to be another language needs this share of function words of
/// some other language.
const FOREIGN_SHARE: f32 = 0.12;

/// A lower-case word at least this frequent in English (Zipf scale) counts as English: "They
/// released an album entitled ¿Qué es lo que quieres de mí?" is English.
const COMMON_ENGLISH_ZIPF: f32 = 3.5;

/// Function words that are English and nothing else among the languages that share its script
/// (so not "a", "in", "no", "an", "die", "son").
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "is", "was", "were", "are", "that", "with", "for", "this", "which",
    "from", "by", "have", "has", "had", "been", "would", "will", "could", "should", "it", "its",
    "he", "she", "they", "we", "you", "his", "her", "their", "our", "who", "what", "when", "where",
    "not", "but", "or", "at", "be", "as", "on", "said", "after", "also", "about", "there", "than",
    "into", "over", "more", "new", "can", "if", "up", "out", "one", "all", "between", "because",
    "these", "those", "them", "him", "your", "how", "why", "only", "such", "other", "some", "any",
    "each", "being", "did", "does", "do", "must", "may", "might", "shall", "upon", "within",
    "without", "through", "during", "under", "against", "while", "whose", "whom", "just", "very",
    "most", "many", "much", "my", "me", "us",
];

/// Frequent function words of other languages written in the Latin script, excluding any that
/// are also English words.
const FOREIGN: &[&str] = &[
    // German
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "von", "zu", "den", "dem",
    "auf", "für", "sich", "auch", "dass", "wird", "nach", "bei", "aus", "sie", "wir", "werden",
    "hat", "sind", "oder", "wie", "um", "über", "noch", "nur", "vor", // French
    "de", "le", "la", "les", "et", "est", "une", "du", "des", "qui", "que", "pour", "dans", "pas",
    "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "sont", "ont", "été", "mais", "ou",
    "nous", "vous", "leur", "par", "plus", // Spanish, Portuguese, Italian, Catalan
    "el", "los", "las", "y", "es", "del", "por", "para", "con", "una", "se", "lo", "su", "sus",
    "al", "como", "más", "pero", "fue", "ha", "han", "está", "este", "esta", "o", "e", "em", "uma",
    "os", "não", "com", "mais", "foi", "di", "che", "per", "non", "della", "delle", "dei", "degli",
    "nel", "nella", "sono", "è", "anche", "gli", "da", "dos", "na", "ao",
    // Dutch, Scandinavian
    "het", "een", "van", "en", "zijn", "niet", "op", "te", "met", "voor", "dat", "ook", "och",
    "att", "er", "ikke", "og", "af", "til", "jeg", "det", "som", "med", "på", "är", "för",
    // Polish, Czech, Romanian, Turkish, Indonesian, Tagalog, Swahili
    "się", "nie", "jest", "że", "je", "že", "și", "în", "cu", "pe", "bir", "ve", "bu", "ile",
    "yang", "dan", "ini", "itu", "dengan", "untuk", "ang", "ng", "mga", "sa", "ya", "wa", "kwa",
];

impl Check for NonEnglish {
    fn id(&self) -> &'static str {
        "language/non-english"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let text = doc.text;
        let foreign = &cx.languages().spans;
        let foreign_letters: usize = foreign
            .iter()
            .map(|f| letters(f.span(doc).text(text)))
            .sum();
        // Most of the document is foreign: it is not an English document at all.
        let whole_document = foreign_letters > 0 && foreign_letters * 2 > letters(text);
        for f in foreign {
            let (a, b) = f.paragraphs;
            let what = if b - a > 1 {
                format!("these {} lines read", b - a)
            } else {
                "this paragraph reads".to_string()
            };
            let mut message = format!("not English: {what} as {}", f.language);
            if whole_document {
                message.push_str("; most of the document is not English");
            }
            out.push(Flag::new(
                self.id(),
                if whole_document {
                    Severity::Error
                } else {
                    Severity::Warning
                },
                f.span(doc),
                message,
            ));
        }
    }
}

/// A stretch of paragraphs judged to be in another language.
pub struct ForeignSpan {
    /// Paragraphs `a..b`.
    pub paragraphs: (usize, usize),
    pub language: String,
}

impl ForeignSpan {
    pub fn span(&self, doc: &crate::text::Document) -> Span {
        let (a, b) = self.paragraphs;
        Span::new(doc.paragraphs[a].span.start, doc.paragraphs[b - 1].span.end)
    }
}

/// The document's stretches in another language, and which lines they cover: the checks that
/// know only English (unknown words, misspellings, glued words) stay out of them, where every
/// word would be a finding and none would help.
pub struct Languages {
    pub spans: Vec<ForeignSpan>,
    foreign_line: Vec<bool>,
}

impl Languages {
    /// Whether line `line` (an index into the document's lines) is in a foreign stretch.
    pub fn is_foreign_line(&self, line: usize) -> bool {
        self.foreign_line.get(line).copied().unwrap_or(false)
    }
}

/// Judges the document's paragraphs: each long one alone, short ones joined until long enough.
pub fn languages(cx: &Context) -> Languages {
    let doc = cx.doc;
    let text = doc.text;
    let mut foreign_line = Vec::new();
    let mut found = Vec::new();
    if doc.paragraphs.is_empty() {
        return Languages {
            spans: found,
            foreign_line,
        };
    }
    // Spans to judge: each long paragraph, and runs of short ones joined until long enough.
    // Word and letter counts are per paragraph, so joining costs no re-scan of the text.
    let sizes: Vec<Size> = doc
        .paragraphs
        .iter()
        .map(|p| {
            let (mut words, mut function) = (0, 0);
            for i in p.tokens.0..p.tokens.1 {
                if let Some(w) = cx.evidence.word(i) {
                    words += 1;
                    function += usize::from(w.function);
                }
            }
            let line = p.span.text(text);
            let spaceless_letters = if line.is_ascii() {
                0
            } else {
                line.chars().filter(|&c| spaceless(c)).count()
            };
            Size {
                words,
                function,
                spaceless_letters,
            }
        })
        .collect();
    let total = |a: usize, b: usize| {
        sizes[a..b].iter().fold(Size::default(), |t, s| Size {
            words: t.words + s.words,
            function: t.function + s.function,
            spaceless_letters: t.spaceless_letters + s.spaceless_letters,
        })
    };
    let long_enough = |a: usize, b: usize| {
        let t = total(a, b);
        t.words >= MIN_WORDS || t.spaceless_letters >= MIN_SPACELESS_LETTERS
    };
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut pending: Option<(usize, usize)> = None;
    for i in 0..doc.paragraphs.len() {
        if long_enough(i, i + 1) {
            pending = None;
            spans.push((i, i + 1));
            continue;
        }
        let (start, _) = pending.unwrap_or((i, i));
        if long_enough(start, i + 1) {
            spans.push((start, i + 1));
            pending = None;
        } else {
            pending = Some((start, i + 1));
        }
    }
    // A short tail right after a joined block joins that block.
    if let (Some((start, end)), Some(last)) = (pending, spans.last_mut()) {
        let joined = last.1 - last.0 > 1 || !long_enough(last.0, last.0 + 1);
        if joined && last.1 == start {
            last.1 = end;
        }
    }

    for (a, b) in spans {
        let span = Span::new(doc.paragraphs[a].span.start, doc.paragraphs[b - 1].span.end);
        if let Some(language) = judge(cx, a, b, span.text(text), total(a, b)) {
            found.push(ForeignSpan {
                paragraphs: (a, b),
                language,
            });
        }
    }
    if !found.is_empty() {
        foreign_line = vec![false; doc.lines.len()];
        for f in &found {
            for p in &doc.paragraphs[f.paragraphs.0..f.paragraphs.1] {
                foreign_line[p.line] = true;
            }
        }
    }
    Languages {
        spans: found,
        foreign_line,
    }
}

/// The words of tokens `first..last` are another language's, by the function words of English
/// and of the languages that share its script, and by how many lower-case words are common
/// English. English with foreign titles or names keeps its own function words: "In 1798 he
/// published a French translation of ... as Tableau du règne végétal selon la méthode de
/// Jussieu".
fn words_say_foreign(cx: &Context, first: usize, last: usize) -> bool {
    let doc = cx.doc;
    let (mut words, mut english, mut foreign) = (0usize, 0usize, 0usize);
    // Lower-case content words (names are capitalised) that are or are not common English.
    let (mut english_content, mut foreign_content) = (0usize, 0usize);
    let mut lower = String::new();
    for t in &doc.tokens[first..last] {
        if t.kind != TokenKind::Word {
            continue;
        }
        words += 1;
        lower.clear();
        lower.extend(t.text(doc.text).chars().flat_map(char::to_lowercase));
        if ENGLISH.contains(&lower.as_str()) {
            english += 1;
        } else if FOREIGN.contains(&lower.as_str()) {
            foreign += 1;
        } else if t.shape == Shape::Lower {
            if cx.lexicon.zipf(&lower) >= COMMON_ENGLISH_ZIPF {
                english_content += 1;
            } else {
                foreign_content += 1;
            }
        }
    }
    let words = words.max(1) as f32;
    (english as f32) < ENGLISH_SHARE * words
        && foreign as f32 >= FOREIGN_SHARE * words
        && foreign >= 2 * english
        && foreign_content > english_content
}

/// The sentence `sentence` of the document is in another language by its words alone: a quoted
/// sentence of French or Spanish inside an English paragraph, too short for the detector but
/// long enough for its function words to speak ("Le bilan est lourd, plusieurs policiers ont
/// perdu la vie."). The checks that know only English words leave such a sentence alone.
/// The detector must agree, which it does not for word salad whose short pieces happen to be
/// another language's function words ("T :e,uma Hi Re Itobo of Ta").
pub fn foreign_sentence(cx: &Context, sentence: &crate::text::Sentence) -> bool {
    let (first, last) = sentence.tokens;
    let words = cx.doc.tokens[first..last]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    words >= MIN_SENTENCE_WORDS
        && words_say_foreign(cx, first, last)
        && whatlang::detect(sentence.span.text(cx.doc.text))
            .is_some_and(|info| info.lang() != whatlang::Lang::Eng && info.is_reliable())
}

/// A sentence judged by its words alone has at least this many.
const MIN_SENTENCE_WORDS: usize = 6;

fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphabetic()).count()
}

/// Scripts written without spaces between words.
fn spaceless(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{0e00}'..='\u{0eff}' | '\u{1000}'..='\u{109f}'
        | '\u{1780}'..='\u{17ff}' | '\u{20000}'..='\u{3ffff}')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{c0}'..='\u{24f}').contains(&c)
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
}

/// The language paragraphs `a..b` (text `s`) are in, if it is surely not English.
/// A paragraph's word counts, summed over the lines judged together.
#[derive(Default, Clone, Copy)]
struct Size {
    words: usize,
    function: usize,
    spaceless_letters: usize,
}

fn judge(cx: &Context, a: usize, b: usize, s: &str, size: Size) -> Option<String> {
    let doc = cx.doc;
    // Prose full of English function words is English whatever names it carries: the cheap
    // test spares the trigram detector almost every paragraph of an English corpus.
    if size.function as f32 >= ENGLISH_PREFILTER_SHARE * size.words.max(1) as f32 {
        return None;
    }
    let (first, last) = (doc.paragraphs[a].tokens.0, doc.paragraphs[b - 1].tokens.1);
    let all = letters(s);
    let latin = s.chars().filter(|&c| is_latin(c)).count();
    let mostly_latin = all == 0 || latin * 2 >= all;
    // So are lines of common English words, menus included.
    let lower: Vec<_> = (first..last)
        .filter(|&i| doc.tokens[i].shape == Shape::Lower)
        .filter_map(|i| cx.evidence.word(i))
        .collect();
    let common = lower
        .iter()
        .filter(|w| w.zipf100() as f32 >= COMMON_ENGLISH_ZIPF * 100.0)
        .count();
    if mostly_latin && lower.len() >= 3 && common * 2 >= lower.len() {
        return None;
    }
    // A few hundred characters decide the language as well as a whole page does, at a fraction
    // of the trigram detector's cost.
    let sample = &s[..s.floor_char_boundary(MAX_DETECT_BYTES)];
    if !mostly_latin {
        // Mostly another script: not English, whatever whatlang makes of it.
        let info = whatlang::detect(sample);
        let name = match info {
            Some(i) if i.lang() != whatlang::Lang::Eng => i.lang().eng_name().to_string(),
            Some(i) => format!("{} script", i.script().name()),
            None => "another script".to_string(),
        };
        return Some(name);
    }
    // The words must say "foreign" before the detector is asked what language it is.
    if !words_say_foreign(cx, first, last) {
        return None;
    }
    let info = whatlang::detect(sample)?;
    if info.lang() == whatlang::Lang::Eng || !info.is_reliable() {
        return None;
    }
    Some(format!(
        "{} (confidence {:.2})",
        info.lang().eng_name(),
        info.confidence()
    ))
}
