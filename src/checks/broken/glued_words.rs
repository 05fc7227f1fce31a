//! ## What it does
//! Flags a token that is not an English word but splits into two common ones: "officialslike"
//! (officials like), "ofboat" (of boat), camel-case joins ("EducationMinister", "theChina"), a
//! subject run into its verb ("Icall", "Thisfulfilled", "Imay", "Themove") or a long opening
//! conjunction or preposition run into the word after it ("Sinceupdating"), a function word run
//! into the pronoun after it ("andI mean", "SoI would"), the article run into its
//! noun ("aworld", with no fix offered, since "afixed" may be "affixed"), a function word that
//! few words begin or end with run into a rarer word ("andmugs", "petalshave", "stewthem"),
//! frequent web typos that word lists carry as words ("ofthe", "itis", "inorder", "infact",
//! and capitalised at a sentence's start: "Underthe"), and a short phrase glued into a name the
//! lexicon knows only with a capital, written in lower case between lower-case words
//! ("performed ina film", "treating it asa terrorist incident").
//!
//! A name the lexicon knows run into a long common word is a lost space too ("Boeingaircraft").
//!
//! The document itself is evidence too, for words the lexicon does not know: two of the commonest
//! words ("Itis"), a word the document uses on its own followed by one of the commonest
//! ("Chinahas"), a name of the document and a short preposition or conjunction ("Irelandin",
//! "Universityof"; not "Termin" or "Helmandis", which other languages and surnames end in), two
//! names of the document run together ("LangPing"), a name the document uses on
//! its own and a capitalised word ("NingxiaHui"), or a lost space inside one
//! part of a hyphenated compound ("thefour-day").
//!
//! ## Why is this bad?
//! A lost space fuses two words; so does subword salad from weak machine translation. Names are
//! protected by the lexicon ("Kellogg" is a word there, and does not split into two frequent
//! words), brands written in camel case are in the lexicon ("YouTube"), and only lower-case
//! tokens or capitalised ones whose halves are both long and very common are considered. A
//! lower-case token does not split into a name ("hashira" is not "hash Ira"), and a capitalised
//! function word or prefix before a capital makes code or a name ("OnHit", "McGlory"), though
//! no identifier starts with the article "The" ("TheChinese" is two words). Two
//! content words that each begin or end several compounds the lexicon knows make a compound it
//! lacks, not a lost space ("sailcraft", "narrowboats"), and so does a known word with an ending
//! or a prefix ("landfilled", "outsprinting"), unless the document writes the two words apart
//! elsewhere ("golden week" and "goldenweek"). Two capitalised words run together
//! ("MarineTraffic") may be a brand the lexicon has not met, so that join is only a note, with
//! no fix offered.
//!
//! ## Example
//! ```text
//! echoed by other Western officialslike Australian Prime Minister Scott Morrison
//! ```
//! Use instead: `officials like`.

use std::cell::OnceCell;

use rustc_hash::FxHashSet;

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::evidence::{WordType, NOT_A_WORD};
use crate::checks::mt::article_agreement::starts_with_vowel_sound;
use crate::clause_words::is_finite_verb;
use crate::lexicon::Lexicon;
use crate::text::{Shape, TokenKind};
use crate::words::{
    is_auxiliary, is_determiner, is_function_word, is_speech_verb, is_subject_pronoun,
    without_possessive,
};

pub struct GluedWords;

/// Longer tokens are not two words run together (the longest English words are about 30
/// letters), and trying every split of a base64 blob would cost time quadratic in its length.
const MAX_TOKEN_BYTES: usize = 64;

/// Both halves must be at least this frequent (zipf × 100).
const MIN_PART_ZIPF100: u16 = 360;
const MIN_PART_ZIPF100_CAPITALISED: u16 = 450;
/// A lexicon entry rarer than this may be a frequent typo of two words ...
const MAX_JUNK_ZIPF100: u16 = 340;
/// ... when both halves are among the commonest words.
const MIN_PART_ZIPF100_JUNK: u16 = 580;
/// The lower-case part of a camel-case join must be this common.
const MIN_CAMEL_LEFT_ZIPF100: u16 = 400;

/// Clean text writes the word with a capital at least this often (permille): a name ("Ira"), not
/// a common word that names often contain ("University", 904).
const MIN_NAME_CAP_PERMILLE: u16 = 950;

fn is_name(e: crate::lexicon::Entry) -> bool {
    e.cap_permille.is_some_and(|c| c >= MIN_NAME_CAP_PERMILLE)
}

/// Prefixes and suffixes that are also words: "pretrained", "hydroacoustic" and "springless" are
/// derived words the lexicon may lack, not two words. A plural before "like" or "less" is still
/// a lost space: "officialslike".
fn is_affix_split(left: &str, right: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "ante", "anti", "bio", "co", "counter", "cyber", "de", "eco", "electro", "hydro", "hyper",
        "inter", "micro", "mid", "mini", "mono", "multi", "neo", "non", "over", "post", "pre",
        "pro", "re", "semi", "sub", "super", "tele", "trans", "ultra", "un", "under",
    ];
    const SUFFIXES: &[&str] = &[
        "able", "ally", "fold", "free", "ful", "hood", "less", "like", "ness", "proof", "ship",
        "wide", "wise",
    ];
    left.len() <= 7 && PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(left))
        || SUFFIXES.contains(&right) && !left.ends_with(['s', 'S'])
}

/// The best split of `word` into two frequent words, if any. Parts of a capitalised word need
/// four letters; otherwise three, or fewer for the commonest words ("of", "a").
pub fn split_glued(
    lexicon: &Lexicon,
    word: &str,
    min_zipf100: u16,
    capitalised: bool,
) -> Option<(usize, u32)> {
    let mut best: Option<(usize, u32)> = None;
    // Parts of a capitalised word need four letters: no cut nearer an end is looked up.
    let min_part = if capitalised { 4 } else { 2 };
    for (cut, _) in word.char_indices().skip(min_part) {
        let (left, right) = word.split_at(cut);
        if right.chars().count() < min_part {
            break;
        }
        let Some(l) = lexicon.get(left) else { continue };
        if l.zipf100 < min_zipf100 {
            continue;
        }
        let Some(r) = lexicon.get(right) else {
            continue;
        };
        // A lower-case token was two lower-case words: "hashira" is not "hash Ira".
        if !capitalised && (is_name(l) || is_name(r)) {
            continue;
        }
        let short_ok = |s: &str, z: u16| {
            if capitalised {
                s.chars().count() >= 4
            } else {
                s.chars().count() >= 3 || z >= 550
            }
        };
        if l.zipf100 < min_zipf100
            || r.zipf100 < min_zipf100
            || !short_ok(left, l.zipf100)
            || !short_ok(right, r.zipf100)
            || is_affix_split(left, right)
        {
            continue;
        }
        let score = l.zipf100.min(r.zipf100) as u32;
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((cut, score));
        }
    }
    best
}

impl Check for GluedWords {
    fn id(&self) -> &'static str {
        "broken/glued-words"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let uses = OnceCell::new();
        let pairs = OnceCell::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word || t.span.len() < 3 || t.span.len() > MAX_TOKEN_BYTES {
                continue;
            }
            let word = doc.tok(i);
            let Some(wt) = cx.evidence.word(i) else {
                continue;
            };
            let hyphenated = word.contains('-');
            if !hyphenated && !may_be_glued(t.shape, wt) {
                continue;
            }
            // Three letters make too many abbreviations and units to split by frequency alone:
            // only the phrases the corpus says lose their space ("ofa", "asa") and a function
            // word before "I" ("soI") are looked at.
            if t.span.len() == 3
                && glued_phrase_cut(wt.hash).is_none()
                && !(t.shape == Shape::Mixed && word.ends_with('I'))
            {
                continue;
            }
            if !word
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || hyphenated && c == '-')
            {
                continue;
            }
            // A join the document repeats ("testsets", "TestAS", "Nono") is a term or a name,
            // not a lost space: those happen once.
            let repeated_mixed = t.shape == Shape::Mixed
                && uses.get_or_init(|| uses_per_type(cx))[cx.evidence.word_of[i] as usize] > 1;
            let once = wt.forms.total() <= 1 && !repeated_mixed;
            if !once {
                continue;
            }
            let cut = if hyphenated {
                hyphen_part_cut(cx, word)
            } else {
                whole_word_cut(cx, i, wt, word, &pairs)
            };
            let Some(cut) = cut else { continue };
            if cx.languages().is_foreign_line(t.line as usize) {
                continue;
            }
            let (left, right) = word.split_at(cut);
            // A brand the lexicon has not met is as likely as a lost space: a note. A lost
            // article's space and a misspelling look alike ("afixed" for "affixed"): no fix.
            let (severity, reading, certain) = if may_be_brand(cx, t.shape, left, right) {
                (Severity::Info, "glued words or a brand", false)
            } else if left == "a" {
                (Severity::Warning, "glued words or a misspelling", false)
            } else {
                (Severity::Warning, "glued words", true)
            };
            let verb = if certain { "reads" } else { "may read" };
            let flag = Flag::new(
                self.id(),
                severity,
                t.span,
                format!("{reading}: '{word}' {verb} as '{left} {right}'"),
            );
            out.push(if certain {
                flag.with_fix(format!("{left} {right}"))
            } else {
                flag
            });
        }
    }
}

/// Two capitalised words run together are a lost space ("CertainParade", "IranianNatanz") as
/// often as a brand the lexicon has not met ("MarineTraffic", "VesselFinder", "NationsBank",
/// about one in 15,000 words of Wikipedia), so such a join is only a note, which costs the score
/// little and is no evidence of machine translation, unless the document writes both halves as
/// names of their own ("LangPing") or a possessive ends the first ("People'sRepublic").
fn may_be_brand(cx: &Context, shape: Shape, left: &str, right: &str) -> bool {
    shape == Shape::Mixed
        && left.starts_with(char::is_uppercase)
        && right.starts_with(char::is_uppercase)
        && !left.ends_with("'s")
        && !left.ends_with("’s")
        && !(right == "I" && is_function_word(left))
        && !(in_document(cx, left) && in_document(cx, right))
}

/// Whether [`whole_word_cut`] may find a cut: most tokens are known words, settled here before
/// their letters are looked at.
fn may_be_glued(shape: Shape, wt: &WordType) -> bool {
    match (shape, wt.lexicon) {
        (Shape::Mixed | Shape::Lower | Shape::Title, None) => true,
        (Shape::Mixed | Shape::Lower | Shape::Title, Some(e)) => {
            e.zipf100 < MAX_JUNK_ZIPF100 && e.cap_permille.is_none()
                || shape == Shape::Lower && is_name(e)
                || shape == Shape::Mixed
        }
        _ => false,
    }
}

/// Where a lost space was in a word without hyphens, if it reads as two words.
fn whole_word_cut(
    cx: &Context,
    i: usize,
    wt: &WordType,
    word: &str,
    pairs: &OnceCell<FxHashSet<(u32, u32)>>,
) -> Option<usize> {
    let lexicon = cx.lexicon;
    let shape = cx.doc.tokens[i].shape;
    if wt.lexicon.is_none() {
        if let Some(cut) = possessive_cut(lexicon, word) {
            return Some(cut);
        }
    }
    match (shape, wt.lexicon) {
        (Shape::Mixed, None) => camel_cut(cx, word),
        // Web lists carry a lower-case function word run into a name ("theworld", "insan"), as
        // they carry brands ("jetblue", "wikihow"): only the function word tells them apart.
        (Shape::Mixed, Some(e)) if e.zipf100 < MAX_JUNK_ZIPF100 && e.cap_permille.is_none() => {
            camel_cut(cx, word).filter(|&c| {
                word.starts_with(|c: char| c.is_ascii_lowercase()) && is_function_word(&word[..c])
            })
        }
        // Web-crawled frequency lists carry frequent typos ("ofthe", "itis"): a rare entry made
        // of two function words is still two words, also capitalised ("Itis"), if the lm-corpus
        // writes them apart (data/glued-phrases.txt), unlike words and names ("whatnot",
        // "outdo", "Doby"); a rare word of two common ones is not ("wantonly", "upholds").
        // The same lists carry phrases the web glues often ("inorder", "infact"): the
        // lm-corpus writes them apart many times more often (data/glued-phrases.txt).
        (Shape::Lower | Shape::Title, Some(e))
            if e.zipf100 < MAX_JUNK_ZIPF100 && e.cap_permille.is_none() =>
        {
            match shape {
                // A capitalised one may be a name: "Hans Bethe", "Ömer Onan", "Moreto", "Toit",
                // "Amand", "Athen"; but not a function word the list splits from a determiner
                // after it ("Underthe", "Intothe"), a subject and its verb ("Itis"), or the
                // pronoun "I", always a capital: "Ithink".
                Shape::Title => glued_phrase_cut(wt.hash)
                    .filter(|&c| {
                        let (left, right) = word.split_at(c);
                        let left = left.to_ascii_lowercase();
                        !right.is_empty()
                            && (left == "i"
                                || is_function_word(&left)
                                    && is_determiner(right)
                                    && right.len() > 1
                                || (is_subject_pronoun(&left)
                                    || matches!(left.as_str(), "this" | "that"))
                                    && is_auxiliary(right))
                    })
                    .filter(|_| between_english_words(cx, i, true)),
                // The split must be the list's own: "Aton" is listed as "a ton", not as "at on".
                _ => split_glued(lexicon, word, MIN_PART_ZIPF100_JUNK, false)
                    .map(|(c, _)| c)
                    .filter(|&c| is_function_word(&word[..c]) && is_function_word(&word[c..]))
                    .filter(|&c| glued_phrase_cut(wt.hash) == Some(c))
                    .or_else(|| {
                        glued_phrase_cut(wt.hash)
                            .filter(|&c| c < word.len() && between_english_words(cx, i, false))
                    }),
            }
        }
        // A name written in lower case between lower-case words is a phrase that lost its space
        // when the lm-corpus writes the phrase apart a thousand times for each time it writes
        // the name so (data/glued-phrases.txt): "performed ina film", "treating it asa".
        (Shape::Lower, Some(e)) if is_name(e) => glued_phrase_cut(wt.hash)
            .filter(|&c| c < word.len() && between_english_words(cx, i, false)),
        // A function word run into the pronoun "I" is a lost space, whatever word the lexicon
        // knows by those letters: "andI" is no "Andi", "SoI" no Thai "soi".
        (Shape::Mixed, Some(_)) => camel_cut(cx, word).filter(|&c| &word[c..] == "I"),
        // A compound the document uses again ("testsets", "pretrained") is a term, not a lost
        // space: those happen once.
        (Shape::Lower, None)
            if wt.forms.lower + wt.forms.title_mid + wt.forms.title_initial <= 1 =>
        {
            split_glued(lexicon, word, MIN_PART_ZIPF100, false)
                .map(|(c, _)| c)
                .or_else(|| split_by_evidence(cx, word))
                .or_else(|| {
                    function_word_tail(
                        lexicon,
                        word,
                        TAIL_FUNCTION_WORDS,
                        3,
                        MIN_PART_ZIPF100_CAPITALISED,
                    )
                })
                // English and the languages it quotes seldom end a word in these, so a rarer
                // word before one will do: "gridlockand", "aftershocksof".
                .or_else(|| {
                    function_word_tail(lexicon, word, RARE_ENDING_TAILS, 3, MIN_TAIL_LEFT_ZIPF100)
                })
                .or_else(|| long_compound_cut(lexicon, word))
                .or_else(|| {
                    article_head(lexicon, word).filter(|_| between_english_words(cx, i, false))
                })
                .or_else(|| lower_function_word_head(lexicon, word))
                // A compound of parts that make many, or a known word with an ending or a
                // prefix ("landfilled", "outsprinting"), is one word unless the document writes
                // the parts apart.
                .filter(|&c| {
                    !(closed_compound(&word[..c], &word[c..]) || lexicon.is_derived(word))
                        || writes_apart(cx, pairs, &word[..c], &word[c..])
                })
        }
        (Shape::Title, None) => split_glued(lexicon, word, MIN_PART_ZIPF100_CAPITALISED, true)
            .map(|(c, _)| c)
            .or_else(|| split_by_evidence(cx, word))
            .or_else(|| {
                function_word_tail(lexicon, word, TAIL_FUNCTION_WORDS, 5, MIN_TAIL_LEFT_ZIPF100)
            })
            .or_else(|| {
                function_word_head(lexicon, word).filter(|_| between_english_words(cx, i, true))
            })
            .or_else(|| name_head(lexicon, word))
            .or_else(|| short_name_before_verb(cx, i, word)),
        _ => None,
    }
}

mod glued_phrases {
    include!(concat!(env!("OUT_DIR"), "/glued_phrases.rs"));
}

/// A common English word stands on each side of token `i` (`lower_case`: one mostly written in
/// lower case), or a mark other than a quote, or nothing: "muchas gracias" is Spanish, not "much
/// as", a quoted word is a word of another language ("house \"wasa\""), and "Hans Bethe" a name.
fn between_english_words(cx: &Context, i: usize, lower_case: bool) -> bool {
    let doc = cx.doc;
    let line = doc.tokens[i].line;
    let english = |j: usize| {
        let t = &doc.tokens[j];
        t.line != line
            || !t.is_word() && !matches!(t.text(doc.text), "\"" | "“" | "”" | "'" | "‘" | "’")
            || cx
                .evidence
                .word(j)
                .and_then(|w| w.lexicon)
                .is_some_and(|e| {
                    e.zipf100 >= MIN_CONTEXT_ZIPF100
                        && (!lower_case
                            || e.cap_permille
                                .is_some_and(|c| c <= MAX_CONTEXT_CAP_PERMILLE))
                })
    };
    (i == 0 || english(i - 1)) && (i + 1 >= doc.tokens.len() || english(i + 1))
}

/// A word beside a glued phrase is at least this common (zipf × 100) ...
const MIN_CONTEXT_ZIPF100: u16 = 300;
/// ... and capitalised mid-sentence at most this often (permille): not "las" or "el".
const MAX_CONTEXT_CAP_PERMILLE: u16 = 500;

/// Where the space goes in a phrase of data/glued-phrases.txt, by the glued word's hash.
fn glued_phrase_cut(hash: u64) -> Option<usize> {
    let k = glued_phrases::GLUED_PHRASES
        .binary_search_by_key(&hash, |&(h, _)| h)
        .ok()?;
    Some(glued_phrases::GLUED_PHRASES[k].1)
}

mod compound_parts {
    include!(concat!(env!("OUT_DIR"), "/compound_parts.rs"));
}

/// Two content words that each begin or end several compounds the lexicon knows make a compound
/// it lacks ("tideflats", "mudsnail", "gunbarrel"), not a lost space: running text seldom puts two
/// such words side by side, and a lost space joins whatever words it finds ("annualfee",
/// "consumptionwill").
fn closed_compound(head: &str, tail: &str) -> bool {
    !is_function_word(head)
        && !is_function_word(tail)
        && compound_parts::COMPOUND_HEADS.binary_search(&head).is_ok()
        && compound_parts::COMPOUND_TAILS.binary_search(&tail).is_ok()
}

/// The document writes the two words apart elsewhere ("the golden week of National Day"), so
/// that the compound is a lost space after all: "the holiday goldenweek". The document's pairs of
/// words are gathered once, on the first compound asked about, not scanned for each.
fn writes_apart(
    cx: &Context,
    pairs: &OnceCell<FxHashSet<(u32, u32)>>,
    head: &str,
    tail: &str,
) -> bool {
    let (Some(h), Some(t)) = (
        cx.evidence.id_of_folded(head),
        cx.evidence.id_of_folded(tail),
    ) else {
        return false;
    };
    pairs
        .get_or_init(|| {
            let ids = &cx.evidence.word_of;
            (1..ids.len())
                .filter(|&k| cx.doc.tokens[k].space_before && ids[k - 1] != NOT_A_WORD)
                .map(|k| (ids[k - 1], ids[k]))
                .collect()
        })
        .contains(&(h, t))
}

/// Function words that a lost space leaves at the end of the word before: "likea",
/// "Headquarterson", "Badgesto".
/// "in" is not among them: "chunkin" drops a g. Names end in "-son" and "-a" ("Mileson",
/// "Traina"), so "on" follows an "s" only after a long word ("Headquarterson") and "a" needs a
/// very common word or a participle before it.
const TAIL_FUNCTION_WORDS: &[&str] = &["the", "and", "for", "to", "on", "of", "at", "by", "a"];
/// Function words that few words end in.
const RARE_ENDING_TAILS: &[&str] = &[
    "the", "and", "for", "of", "by", "that", "them", "have", "between", "with", "from", "this",
    "which", "would", "into",
];
/// A plural before a tail "on" has at least this many letters: "Mileson" is a name.
const MIN_PLURAL_BEFORE_ON_CHARS: usize = 8;
/// A word before a tail "a" is this common, or a participle ("Levyinga").
const MIN_A_TAIL_LEFT_ZIPF100: u16 = 500;
/// The word before a function-word tail must be at least this common (zipf × 100) ...
const MIN_TAIL_LEFT_ZIPF100: u16 = 240;
/// ... and written in lower case at least half the time mid-sentence: a name may end in "a".
const MAX_TAIL_LEFT_CAP_PERMILLE: u16 = 500;
/// Both words of a long compound ("umbilicalcord") need only be this common ...
const MIN_COMPOUND_PART_ZIPF100: u16 = 280;
/// ... when the token is this long and each part has at least four letters.
const MIN_COMPOUND_CHARS: usize = 11;

/// An unknown word made of a common word and a function word the next word lost its space to:
/// "likea" (like a), "Levyinga" (Levying a), "Headquarterson" (Headquarters on).
fn function_word_tail(
    lexicon: &Lexicon,
    word: &str,
    tails: &[&str],
    min_left_chars: usize,
    min_left_zipf100: u16,
) -> Option<usize> {
    tails.iter().find_map(|tail| {
        let left = word.strip_suffix(tail)?;
        let e = lexicon.get(left)?;
        let name_ending = match *tail {
            "on" => left.ends_with('s') && left.chars().count() < MIN_PLURAL_BEFORE_ON_CHARS,
            "a" => e.zipf100 < MIN_A_TAIL_LEFT_ZIPF100 && !left.ends_with("ing"),
            _ => false,
        };
        (!name_ending
            && left.chars().count() >= min_left_chars
            && e.zipf100 >= min_left_zipf100
            && e.cap_permille
                .is_none_or(|c| c <= MAX_TAIL_LEFT_CAP_PERMILLE)
            && !is_affix_split(left, tail))
        .then_some(left.len())
    })
}

/// Subjects and long conjunctions or prepositions that open sentences and lose the space after
/// them: "Icall", "Thisfulfilled", "Sinceupdating". Other short words start too many names
/// ("Ainside", "Ingrow", "Youhang").
const HEAD_FUNCTION_WORDS: &[&str] = &[
    "I", "He", "She", "It", "We", "They", "This", "There", "The", "Before", "Since", "After",
    "During", "Despite", "Because", "Although",
];
/// The word after a function-word head has at least this many letters ...
const MIN_HEAD_RIGHT_CHARS: usize = 4;
/// ... and is this common (zipf × 100) ...
const MIN_HEAD_RIGHT_ZIPF100: u16 = 360;
/// ... or this common after "The".
const MIN_ARTICLE_HEAD_RIGHT_ZIPF100: u16 = 400;

/// An unknown capitalised word made of a function word that opens a sentence and a common word
/// the space after it went missing from: "Icall" (I call), "Thisfulfilled" (This fulfilled),
/// "Themove" (The move). Names begin with "The" more often ("Theadore", "Thepier"), so the
/// word after it must be commoner.
fn function_word_head(lexicon: &Lexicon, word: &str) -> Option<usize> {
    HEAD_FUNCTION_WORDS.iter().find_map(|head| {
        let right = word.strip_prefix(head)?;
        let e = lexicon.get(right)?;
        // "I" before a short verb with a tense: "Imay reconsider", "Iwas", but not "Ivan".
        if *head == "I"
            && right.len() == 3
            && right.bytes().all(|b| b.is_ascii_lowercase())
            && is_finite_verb(right)
        {
            return Some(head.len());
        }
        let min_zipf100 = if *head == "The" {
            MIN_ARTICLE_HEAD_RIGHT_ZIPF100
        } else {
            MIN_HEAD_RIGHT_ZIPF100
        };
        (right.chars().count() >= MIN_HEAD_RIGHT_CHARS
            && right.starts_with(|c: char| c.is_ascii_lowercase())
            && e.zipf100 >= min_zipf100
            && e.cap_permille
                .is_none_or(|c| c <= MAX_TAIL_LEFT_CAP_PERMILLE)
            && !is_affix_split(head, right))
        .then_some(head.len())
    })
}

/// A name run into a long common word that is no part of names: "Boeingaircraft",
/// "Carrollrecalled". Place names join a name and a short word ("Jacksonville", "Jamestown").
fn name_head(lexicon: &Lexicon, word: &str) -> Option<usize> {
    if word.len() < MIN_NAME_HEAD_CHARS + MIN_NAME_TAIL_CHARS {
        return None;
    }
    let mut best = None;
    // Names of three letters or fewer are as often abbreviations and styles: "Hon", "Gen".
    for (cut, _) in word.char_indices().skip(MIN_NAME_HEAD_CHARS) {
        let (left, right) = word.split_at(cut);
        if right.chars().count() < MIN_NAME_TAIL_CHARS {
            break;
        }
        let (Some(l), Some(r)) = (lexicon.get(left), lexicon.get(right)) else {
            continue;
        };
        if is_name(l)
            && l.zipf100 >= MIN_NAME_HEAD_ZIPF100
            && r.zipf100 >= MIN_NAME_TAIL_ZIPF100
            && r.cap_permille
                .is_some_and(|c| c <= MAX_NAME_TAIL_CAP_PERMILLE)
        {
            best = Some(cut);
        }
    }
    best
}

/// The last syllable of a name, after the name's first word, run into the verb of its clause:
/// "Minister Kang Fuattended the reception", "the Hart-Celler Actsigned into law". Only a verb
/// in "-ed" or one of saying counts: names end in "-shall" and "-comes" ("Peshall", "Wilcomes").
fn short_name_before_verb(cx: &Context, i: usize, word: &str) -> Option<usize> {
    let doc = cx.doc;
    let after_name = i >= 1 && {
        let prev = &doc.tokens[i - 1];
        prev.is_word()
            && prev.shape != Shape::Lower
            && prev.line == doc.tokens[i].line
            && doc.tokens[i].space_before
    };
    if !after_name || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    (2..=3).find(|&cut| {
        word.is_char_boundary(cut) && {
            let (head, verb) = word.split_at(cut);
            head.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && verb.len() >= MIN_VERB_AFTER_SHORT_NAME_CHARS
                && verb.bytes().all(|b| b.is_ascii_lowercase())
                && (verb.ends_with("ed") || is_speech_verb(verb))
                && is_finite_verb(verb)
                && cx
                    .lexicon
                    .get(verb)
                    .is_some_and(|e| e.zipf100 >= MIN_VERB_AFTER_SHORT_NAME_ZIPF100)
        }
    })
}

/// The verb after a short piece of a name has at least this many letters ...
const MIN_VERB_AFTER_SHORT_NAME_CHARS: usize = 5;
/// ... and is this common (zipf × 100): "attended" (447).
const MIN_VERB_AFTER_SHORT_NAME_ZIPF100: u16 = 400;

/// The common word after a name has at least this many letters ...
const MIN_NAME_TAIL_CHARS: usize = 6;
/// ... is this common (zipf × 100) ...
const MIN_NAME_TAIL_ZIPF100: u16 = 380;
/// ... and capitalised mid-sentence at most this often (permille), so no part of names.
const MAX_NAME_TAIL_CAP_PERMILLE: u16 = 100;
/// The name is this common (zipf × 100) ...
const MIN_NAME_HEAD_ZIPF100: u16 = 350;
/// ... and this long.
const MIN_NAME_HEAD_CHARS: usize = 4;

/// The article "a" run into a common word it can stand before: "aworld", "apolicy". Splits
/// elsewhere need two letters on the left, since so many words start with one.
fn article_head(lexicon: &Lexicon, word: &str) -> Option<usize> {
    let right = word.strip_prefix('a')?;
    let e = lexicon.get(right)?;
    (right.chars().count() >= MIN_HEAD_RIGHT_CHARS
        && e.zipf100 >= MIN_ARTICLE_RIGHT_ZIPF100
        && e.cap_permille.is_some_and(|c| c < MIN_NAME_CAP_PERMILLE)
        && !is_function_word(right)
        && starts_with_vowel_sound(right) == Some(false)
        && !lexicon.is_derived(word))
    .then_some(1)
}

/// Function words that few English words begin with, run into the word after them in lower
/// case: "andmugs", "ofboat".
const RARE_OPENING_HEADS: &[&str] = &["and", "the", "of", "with", "from", "that"];

/// An unknown lower-case word made of a function word that few words begin with and a word of
/// four letters or more that clean text writes in lower case: "andmugs" (and mugs), "ofboat",
/// "andbreathable"; not a misspelling whose end is a rare short word ("fromula", "offics").
fn lower_function_word_head(lexicon: &Lexicon, word: &str) -> Option<usize> {
    RARE_OPENING_HEADS.iter().find_map(|head| {
        let right = word.strip_prefix(head)?;
        let e = lexicon.get(right)?;
        let chars = right.chars().count();
        (chars >= MIN_HEAD_RIGHT_CHARS
            && (e.zipf100 >= MIN_LOWER_HEAD_RIGHT_ZIPF100
                || chars >= MIN_LONG_WORD_CHARS && e.zipf100 >= MIN_TAIL_LEFT_ZIPF100)
            && e.cap_permille
                .is_none_or(|c| c <= MAX_TAIL_LEFT_CAP_PERMILLE)
            && !is_affix_split(head, right))
        .then_some(head.len())
    })
}

/// The word after a function word in lower case is at least this common (zipf × 100) ...
const MIN_LOWER_HEAD_RIGHT_ZIPF100: u16 = 300;
/// ... unless it is this long: long rare words are words, short ones often fragments.
const MIN_LONG_WORD_CHARS: usize = 7;

/// The word after a lost article's space is at least this common (zipf × 100).
const MIN_ARTICLE_RIGHT_ZIPF100: u16 = 400;

/// Two less common words run together into a long unknown token: "umbilicalcord",
/// "driverlesstaxi", "translationalmedicine". Short unknown tokens are names and coinages too
/// often to split on rarer words.
fn long_compound_cut(lexicon: &Lexicon, word: &str) -> Option<usize> {
    if word.chars().count() < MIN_COMPOUND_CHARS {
        return None;
    }
    let mut best: Option<(usize, u16)> = None;
    for (cut, _) in word.char_indices().skip(4) {
        let (left, right) = word.split_at(cut);
        if right.chars().count() < 4 {
            break;
        }
        let common = |e: Option<crate::lexicon::Entry>| {
            e.filter(|e| {
                e.zipf100 >= MIN_COMPOUND_PART_ZIPF100
                    && e.cap_permille
                        .is_none_or(|c| c <= MAX_TAIL_LEFT_CAP_PERMILLE)
            })
        };
        let (Some(l), Some(r)) = (common(lexicon.get(left)), common(lexicon.get(right))) else {
            continue;
        };
        let score = l.zipf100.min(r.zipf100);
        if !is_affix_split(left, right) && best.is_none_or(|(_, s)| score > s) {
            best = Some((cut, score));
        }
    }
    best.map(|(cut, _)| cut)
}

/// A possessive run into the next word: "RMB'sshare", "company’sshares".
fn possessive_cut(lexicon: &Lexicon, word: &str) -> Option<usize> {
    let at = word
        .find("'s")
        .map(|i| i + 2)
        .or_else(|| word.find("’s").map(|i| i + 4))?;
    let (owner, next) = word.split_at(at);
    let owner_letters = owner.chars().filter(|c| c.is_alphabetic()).count();
    (owner_letters >= 3
        && next.chars().count() >= 3
        && next.chars().all(|c| c.is_lowercase())
        && lexicon
            .get(next)
            .is_some_and(|e| e.zipf100 >= MIN_PART_ZIPF100))
    .then_some(at)
}

/// A lost space inside one part of a hyphenated compound: "thefour-day", "high-speedrail".
fn hyphen_part_cut(cx: &Context, word: &str) -> Option<usize> {
    let mut offset = 0;
    for part in word.split('-') {
        let lower = part.chars().all(|c| c.is_lowercase());
        if lower && part.chars().count() >= 4 && !cx.lexicon.contains(part) {
            if let Some((cut, _)) = split_glued(cx.lexicon, part, MIN_PART_ZIPF100, false) {
                return Some(offset + cut);
            }
        }
        offset += part.len() + 1;
    }
    None
}

/// Whether the document uses `word` as a token of its own.
fn in_document(cx: &Context, word: &str) -> bool {
    let f = cx.evidence.form(word);
    f.lower + f.title_mid + f.title_initial + f.upper > 0
}

/// Function words a name of the document may lose its space before, however short.
const NAME_TAILS: &[&str] = &["and", "for", "from", "in", "of", "the", "to", "with"];
/// A word the lexicon knows is a name there if clean text capitalises it at least this often
/// (permille): "Ireland", "University", not "term".
const MIN_TAIL_NAME_CAP_PERMILLE: u16 = 300;

/// The commonest words (zipf × 100), "the", "and", "is", "has": a name seldom ends in one.
const MIN_COMMONEST_ZIPF100: u16 = 550;

/// A split that the document itself supports, for a word the lexicon does not know: two of the
/// commonest words ("Itis", "Inthe"), a word the document uses on its own followed by one of
/// the commonest ("Chinahas" where "China" is a word of the document) or by a short function
/// word ("Irelandin"), or one of the commonest
/// followed by a common longer word ("withinscriptions").
fn split_by_evidence(cx: &Context, word: &str) -> Option<usize> {
    let lower = word.chars().all(|c| !c.is_uppercase());
    let long = |w: &str| w.chars().count() >= 4;
    let mut best: Option<(usize, u16)> = None;
    for (cut, _) in word.char_indices().skip(2) {
        let (left, right) = word.split_at(cut);
        if right.chars().count() < 2 {
            break;
        }
        let Some(r) = cx.lexicon.get(right) else {
            continue;
        };
        let commonest = |z: u16| z >= MIN_COMMONEST_ZIPF100;
        // "Irelandin", "Universityof": a name and a short function word that no name or word of
        // another language ends in ("Reformas", "Helmandis", "Termin"); the callers ask that
        // the document use the name on its own.
        let name_then_function_word = || {
            !lower
                && NAME_TAILS.contains(&right)
                && cx.lexicon.get(left).is_none_or(|e| {
                    e.cap_permille
                        .is_some_and(|c| c >= MIN_TAIL_NAME_CAP_PERMILLE)
                })
        };
        // "Foodworksstore": a name of the document the lexicon does not know, and a common
        // longer word.
        let Some(l) = cx.lexicon.get(left) else {
            if !lower
                && (r.zipf100 >= MIN_PART_ZIPF100_CAPITALISED && right.chars().count() >= 5
                    || name_then_function_word())
                && long(left)
                && in_document(cx, left)
                && best.is_none()
            {
                best = Some((cut, 0));
            }
            continue;
        };
        let supported = commonest(l.zipf100) && commonest(r.zipf100)
            || commonest(r.zipf100)
                && (right.len() >= 3 || name_then_function_word())
                && long(left)
                && in_document(cx, left)
            // "Actpassed", "Boeingaircraft": a capitalised word of the document and a common
            // longer word.
            || !lower
                && r.zipf100 >= MIN_PART_ZIPF100_CAPITALISED
                && right.chars().count() >= 5
                && in_document(cx, left)
            || lower
                && commonest(l.zipf100)
                && is_function_word(left)
                && right.chars().count() >= 5
                && r.zipf100 >= MIN_PART_ZIPF100 - 60;
        let score = l.zipf100.min(r.zipf100);
        if supported && best.is_none_or(|(_, s)| score > s) && !is_affix_split(left, right) {
            best = Some((cut, score));
        }
    }
    best.map(|(cut, _)| cut)
}

/// Mixed-case words are not counted in the word forms: how many tokens each word type has,
/// counted once per document (not once per candidate: a long document has thousands), tells
/// whether one is repeated.
fn uses_per_type(cx: &Context) -> Vec<u32> {
    let mut uses = vec![0u32; cx.evidence.vocab.len()];
    for &id in &cx.evidence.word_of {
        if let Some(n) = uses.get_mut(id as usize) {
            *n += 1;
        }
    }
    uses
}

/// "EducationMinister", "theChina": a lower-case letter followed by a capital inside an unknown
/// word, where the part before is a common word and the part after is capitalised. Brand names
/// written this way ("YouTube", "PayPal", "iPhone") are in the lexicon and never reach here.
fn camel_cut(cx: &Context, word: &str) -> Option<usize> {
    let base = without_possessive(word);
    if base.len() < word.len() && cx.lexicon.contains(base) {
        return None;
    }
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if prev_lower && c.is_uppercase() {
            let (left, right) = word.split_at(i);
            // A capitalised function word or prefix before a capital makes code and names
            // ("OnHit", "McGlory"), not a lost space ("EducationMinister"); but not the article
            // that opens a sentence ("TheChinese"), which no identifier starts with and which the
            // lexicon knows brands for ("TheStreet").
            let left_capitalised = left.starts_with(char::is_uppercase);
            let left_common = cx
                .lexicon
                .get(left)
                .is_some_and(|e| e.zipf100 >= MIN_CAMEL_LEFT_ZIPF100)
                && left.chars().count() >= 2
                && (left == "The"
                    || !(left_capitalised
                        && (is_function_word(left) || left.chars().count() <= 2)));
            let right_word = right
                .chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == '\'' || c == '’')
                && right.chars().count() >= 2
                // "theUS", but not a term with an acronym in it: "TestAS", "PowerPC".
                || right.chars().all(char::is_uppercase)
                    && right.len() >= 2
                    && left.starts_with(char::is_lowercase);
            // The pronoun after a function word: "andI mean", "whenI was", "SoI would".
            let pronoun_after_function_word = right == "I"
                && left.chars().skip(1).all(|c| c.is_ascii_lowercase())
                && is_function_word(left);
            // Two names of the document run together: "Lang Ping" and "LangPing"; or a name
            // the document uses on its own and a capitalised word: "Ningxia" and "NingxiaHui".
            let both_in_document = in_document(cx, left) && in_document(cx, right);
            let name_of_document = left.chars().count() >= 4
                && right.chars().count() >= 3
                && right_word
                && left.starts_with(char::is_uppercase)
                && right.starts_with(char::is_uppercase)
                && in_document(cx, left)
                && cx.lexicon.get(left).is_none_or(is_name);
            return (left_common && right_word
                || pronoun_after_function_word
                || both_in_document
                || name_of_document)
                .then_some(i);
        }
        prev_lower = c.is_lowercase();
    }
    None
}
