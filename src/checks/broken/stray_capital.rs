//! ## What it does
//! Flags a common word capitalised in the middle of running text, between two lower-case words:
//! "was Accused of", "a Suburb of Paris", "pursued Criminal charges".
//!
//! ## Why is this bad?
//! A stray capital is left by an edit that cut a sentence start, by a template or a translation
//! that capitalises the words it inserts, or by a slip of the shift key; it makes a reader look
//! for a name that is not there. Only words that clean text almost never capitalises mid-sentence
//! count (the lexicon measures it on 54 M words: "accused" 0.3%; before a function word up to
//! 6%, "this Kind of equipment"), or almost never between two lower-case words, where titles do
//! not reach ("public" 17% overall, but 0.5% there: "a variety of Public figures"), and only where
//! the document writes the word capitalised once, with lower-case words on both sides and no
//! capital linked to it by "of", "and" or "de": a name or a term ("the Leave campaign" written
//! twice) and a title ("a film called Heat was", "the Capture of Saigon") are left alone.
//!
//! ## Example
//! ```text
//! In 1824 he was Accused of disqualification.
//! ```

use crate::check::{Check, Context, Flag, Severity};
use crate::clause_words::lower_alone;
use crate::text::{Shape, TokenKind};
use crate::words::{introduces_name, is_function_word};

pub struct StrayCapital;

/// Clean text capitalises the word mid-sentence at most this often (permille) ...
const MAX_CAP_PERMILLE: u16 = 15;
/// ... or this often, before a function word.
const MAX_CAP_PERMILLE_BEFORE_FUNCTION: u16 = 60;
/// ... and the word is this common (zipf × 100), so that the rate is measured well.
const MIN_ZIPF100: u16 = 350;
/// No other capitalised word this near, in tokens.
const WINDOW: usize = 3;

impl Check for StrayCapital {
    fn id(&self) -> &'static str {
        "broken/stray-capital"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            if cx.evidence.title_case[pi] || cx.languages().is_foreign_line(p.line) {
                continue;
            }
            for i in p.tokens.0 + 1..p.tokens.1.saturating_sub(1) {
                let t = &doc.tokens[i];
                if t.shape != Shape::Title || cx.evidence.initial[i] || !t.space_before {
                    continue;
                }
                let lower_word = |j: usize| {
                    let n = &doc.tokens[j];
                    n.kind == TokenKind::Word && n.shape == Shape::Lower && n.line == t.line
                };
                if !lower_word(i - 1) || !lower_word(i + 1) || !doc.tokens[i + 1].space_before {
                    continue;
                }
                let Some(wt) = cx.evidence.word(i) else {
                    continue;
                };
                // Before a function word in running text ("this Kind of equipment") a word that
                // titles capitalise now and then is stray too.
                let before_function_word = is_function_word(doc.tok(i + 1));
                let rarely_capitalised = wt.lexicon.is_some_and(|e| {
                    e.zipf100 >= MIN_ZIPF100
                        && e.cap_permille.is_some_and(|c| {
                            c <= MAX_CAP_PERMILLE
                                || before_function_word && c <= MAX_CAP_PERMILLE_BEFORE_FUNCTION
                        })
                }) || lower_alone(doc.tok(i));
                // A title keeps other words capitalised near it: "the Capture of Saigon",
                // "Population and Development", "the Place de la Nation".
                // A sentence's first word counts when it is no function word: "Arc of the
                // Testimony is an album", but not "In the Second innings".
                let capital_at = |j: usize| {
                    let n = &doc.tokens[j];
                    n.is_word()
                        && n.shape != Shape::Lower
                        && (!cx.evidence.initial[j] || !is_function_word(doc.tok(j)))
                };
                // Only across the words that link a title: "the Capture of Saigon", not "E. coli
                // and yeast Switch".
                let linked = |range: &mut dyn Iterator<Item = usize>| {
                    for j in range {
                        if capital_at(j) {
                            return true;
                        }
                        if !links_title(doc.tok(j)) {
                            return false;
                        }
                    }
                    false
                };
                let capital_near = linked(&mut (i.saturating_sub(WINDOW).max(p.tokens.0)..i).rev())
                    || linked(&mut (i + 1..(i + WINDOW + 1).min(p.tokens.1)));
                if !rarely_capitalised
                    || capital_near
                    || wt.forms.title_mid > 1
                    || is_function_word(doc.tok(i))
                    || names_a_title(doc.tok(i - 1))
                    || names_a_kind(doc.tok(i + 1))
                {
                    continue;
                }
                let word = doc.tok(i);
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    t.span,
                    format!("stray capital: '{word}' is a common word written with a capital mid-sentence"),
                ));
            }
        }
    }
}

/// Words after which a title or a name follows: "a film called Heat", "the word Love", "the
/// team Inter".
fn names_a_title(word: &str) -> bool {
    introduces_name(word)
        || matches!(
            word,
            "word" | "term" | "as" | "series" | "group" | "team" | "ship" | "horse"
        )
}

/// Words after which a capital names one of a kind: "the Modified division", "the Equilibrium
/// label", "the Hunting team", "Loaded magazine".
fn names_a_kind(word: &str) -> bool {
    matches!(
        word,
        "label"
            | "division"
            | "section"
            | "model"
            | "class"
            | "series"
            | "award"
            | "prize"
            | "trophy"
            | "cup"
            | "league"
            | "team"
            | "club"
            | "band"
            | "brand"
            | "gallery"
            | "category"
            | "programme"
            | "program"
            | "project"
            | "campaign"
            | "movement"
            | "operation"
            | "festival"
            | "party"
            | "members"
            | "member"
            | "magazine"
            | "newspaper"
            | "journal"
            | "album"
            | "film"
            | "song"
            | "tour"
            | "race"
            | "match"
            | "final"
            | "tournament"
    )
}

/// Lower-case words that join the capitalised words of a title or a name, in English and in
/// the languages whose names English text quotes: "Capture of Saigon", "Route du Sud".
fn links_title(word: &str) -> bool {
    matches!(
        word,
        "of" | "and"
            | "the"
            | "for"
            | "in"
            | "on"
            | "to"
            | "a"
            | "an"
            | "at"
            | "with"
            | "from"
            | "or"
            | "&"
            | "by"
            | "upon"
            | "into"
            | "over"
            | "under"
            | "against"
            | "de"
            | "du"
            | "des"
            | "la"
            | "le"
            | "les"
            | "et"
            | "della"
            | "del"
            | "di"
            | "da"
            | "von"
            | "van"
            | "der"
            | "y"
    )
}
