//! ## What it does
//! Flags a sentence that runs on into the next without a full stop where the second one starts
//! with a name: a capitalised name and a verb with a tense right after a word that clean text
//! does not follow with a subject ("will reinforce Mazda sold 27,482 vehicles", "the path of
//! green development China pursues a peaceful policy"), or after a year or a date ("by 2020 Mr.
//! Chen Hailing believes").
//!
//! ## Why is this bad?
//! A line cut short and glued to the next, or a lost full stop, leaves two clauses in one
//! sentence. When the second starts with a common word a capital gives it away (see
//! mt/fused-sentence); when it starts with a name, only grammar does: a name after "reinforce" is
//! its object, and an object is not followed by a verb of its own. Two word lists measured on 54 M
//! words of clean English (data/clause-words.tsv, built by scripts/build-clause-words.py) tell
//! which words never take a subject after them ("development", "reinforce", but not "said",
//! "that" or "year": "last year Apple sold") and which verb forms carry a tense ("sold",
//! "adheres", "will"). Left alone: a clause with no verb of its own before the name (after "that"
//! or "said": "said the reasons for firing Ms Kovac were"); an opening phrase that lacks its
//! comma ("After peace had been established Mallet became"); a participle used as an adjective
//! ("the recently released Google Chrome is"); and a relative clause without "that", whose verb
//! has lost its object ("the achievements Belarus had in industry", "the contributions China can
//! make to"). The price: a run-on after a preposition, an article or "and" ("will continue to
//! Ambassador Silva said") goes unflagged, since a name is normal there.
//!
//! ## Example
//! ```text
//! The strategy will reinforce Mazda sold 27,482 vehicles in the United States.
//! ```
//! Use instead: the end of the first sentence, a full stop, then the second.

use crate::check::{Check, Context, Flag, Severity};
use crate::clause_words;
use crate::text::{is_abbreviation, Document, Shape, Span, TokenKind};
use crate::words::{is_determiner, is_function_word, is_month, is_pronoun_i, is_speech_verb};

pub struct RunOnSentence;

/// Longest name looked over, in words.
const MAX_NAME_WORDS: usize = 5;

impl Check for RunOnSentence {
    fn id(&self) -> &'static str {
        "broken/run-on-sentence"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        for s in &doc.sentences {
            let (start, end) = s.tokens;
            for i in start + 2..end {
                // The cheap tests first: a capital after a word, then the word lists, then the
                // clause before, read back from the word only here.
                let t = &doc.tokens[i];
                let prev = &doc.tokens[i - 1];
                if !t.is_capitalised(doc.text)
                    || !t.space_before
                    || !prev.space_before
                    || prev.line != t.line
                    || cx.evidence.initial[i]
                    || is_pronoun_i(doc.tok(i))
                {
                    continue;
                }
                let ends_clause = if prev.kind == TokenKind::Number {
                    date_or_amount_ends(doc, i - 1)
                } else {
                    prev.kind == TokenKind::Word
                        && prev.shape == Shape::Lower
                        && clause_words::no_subject_after(doc.tok(i - 1))
                        && !takes_clause(doc, i - 1)
                        && !adjective_before_name(doc, i - 1)
                };
                if !ends_clause
                    || !tensed_before(doc, start, i - 1)
                    || adverbial_open(doc, start, i - 1)
                {
                    continue;
                }
                let Some(verb) = verb_after_name(doc, i, end) else {
                    continue;
                };
                if object_gap(doc, verb, end) {
                    continue;
                }
                let span = Span::new(prev.span.start, t.span.end);
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!(
                        "run-on sentence: '{}' starts a new clause right after '{}', which clean text does not follow with a subject",
                        Span::new(t.span.start, doc.tokens[verb].span.end).text(doc.text),
                        doc.tok(i - 1),
                    ),
                ));
            }
        }
    }
}

/// The number at `n` ends a phrase that a preposition or a month opens: "by 2020", "on
/// September 27th", "in 2019". A number after a determiner describes the name after it ("the
/// 2020 Olympics"), and one in a range or an address goes on ("from 64 MB to 1 GB", "at 72
/// Bukit Tinggi Road").
fn date_or_amount_ends(doc: &Document, n: usize) -> bool {
    n.checked_sub(1).is_some_and(|j| {
        let before = &doc.tokens[j];
        before.kind == TokenKind::Word
            && (is_month(before.text(doc.text))
                || matches!(before.text(doc.text), "in" | "by" | "on" | "since" | "of"))
    }) && doc.tokens.get(n + 1).is_some_and(|name| {
        // Not a unit or a date: "in 2019 GB", "on 24 March".
        let word = name.text(doc.text);
        !(is_month(word) || name.shape == Shape::Upper && word.len() <= 3 || word.contains('.'))
    })
}

/// The clause that token `w` ends has a verb with a tense before it: read back to the start of
/// the sentence or of the clause ("that", a relative pronoun, a verb of saying).
fn tensed_before(doc: &Document, start: usize, w: usize) -> bool {
    for k in (start..w).rev() {
        if opens_clause(doc, k) {
            return false;
        }
        if is_finite_verb(doc, k) {
            return true;
        }
    }
    false
}

/// An adverbial phrase opens the clause that token `w` ends, and no comma has closed it yet.
fn adverbial_open(doc: &Document, start: usize, w: usize) -> bool {
    for k in (start..w).rev() {
        if doc.tok(k) == "," {
            return false;
        }
        if opens_adverbial(doc, start, k) {
            return true;
        }
    }
    false
}

/// Token `k` opens a clause whose subject and verb follow: "that", a relative pronoun, or a
/// verb of saying ("said Mr. Wang's reasons for firing Ms. Ayton were weak").
fn opens_clause(doc: &Document, k: usize) -> bool {
    let word = doc.tok(k);
    matches!(word, "that" | "which" | "who" | "whom" | "whose") || is_speech_verb(word)
}

/// Token `k` opens a clause with an adverbial phrase or a subordinate clause: at the start of the
/// sentence, or after a comma or a word that joins clauses ("After peace had been established
/// Mallet became", "so that in the years to come Americans will"). The main clause may then
/// start with a name after any word until a comma: the comma is often left out.
fn opens_adverbial(doc: &Document, start: usize, k: usize) -> bool {
    let at_clause_start = k == start
        || matches!(
            doc.tok(k - 1),
            "," | ";"
                | ":"
                | "-"
                | "–"
                | "—"
                | "("
                | "and"
                | "but"
                | "or"
                | "so"
                | "that"
                | "which"
                | "where"
                | "who"
                | "then"
        );
    // "at least 8200 households are" is a quantity, not a place.
    let quantity = doc.tok(k).eq_ignore_ascii_case("at")
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| matches!(n.text(doc.text), "least" | "most"));
    at_clause_start
        && !quantity
        && doc.tokens[k].kind == TokenKind::Word
        && matches!(
            doc.tok(k).to_ascii_lowercase().as_str(),
            "after"
                | "although"
                | "as"
                | "at"
                | "because"
                | "before"
                | "by"
                | "despite"
                | "during"
                | "for"
                | "following"
                | "from"
                | "if"
                | "in"
                | "on"
                | "once"
                | "since"
                | "though"
                | "under"
                | "unless"
                | "until"
                | "upon"
                | "when"
                | "whenever"
                | "where"
                | "whereas"
                | "while"
                | "with"
                | "without"
        )
}

/// The word at `w` may take a clause without "that": a verb of saying or knowing ("adding Iran
/// will", "the dog, finding Dinoire wouldn't wake up"), or
/// a word after a form of "be" ("it is possible Erdmannsdörfer conducted", "it is now known
/// McArthur was").
fn takes_clause(doc: &Document, w: usize) -> bool {
    let word = doc.tok(w);
    if is_speech_verb(word)
        || matches!(
            word,
            "adding"
                | "saying"
                | "noting"
                | "stating"
                | "explaining"
                | "arguing"
                | "insisting"
                | "warning"
                | "claiming"
                | "stressing"
                | "finding"
                | "knowing"
                | "believing"
                | "hoping"
                | "fearing"
                | "realising"
                | "realizing"
                | "assuming"
                | "suggesting"
                | "showing"
                | "seeing"
                | "learning"
                | "noticing"
        )
    {
        return true;
    }
    (w.saturating_sub(2)..w).any(|j| {
        let t = &doc.tokens[j];
        t.shape == Shape::Lower && is_be(t.text(doc.text))
    })
}

fn is_finite_verb(doc: &Document, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.kind == TokenKind::Word && t.shape == Shape::Lower && clause_words::is_finite_verb(doc.tok(k))
}

/// A participle after a determiner, an adverb or a name describes the name after it: "a
/// continuously developing China will", "the published Draft contains", "a London based band".
/// So does any word after a number: "the 7-foot Przybilla went".
fn adjective_before_name(doc: &Document, w: usize) -> bool {
    let Some(before) = w.checked_sub(1).map(|j| &doc.tokens[j]) else {
        return false;
    };
    if before.kind == TokenKind::Number {
        return true;
    }
    let word = doc.tok(w);
    let participle = word.ends_with("ing") || word.ends_with("ed") || word.ends_with("en");
    let before_text = before.text(doc.text);
    participle
        && before.kind == TokenKind::Word
        && (is_determiner(&before_text.to_lowercase())
            || before.shape == Shape::Lower && before_text.ends_with("ly")
            || before.is_capitalised(doc.text))
}

/// The verb with a tense right after the name from token `i` on, within the sentence: "Mazda
/// sold", "Shinzo Abe will", "Mr. Chen Hailing believes", and across a place after it: "China
/// Media Group in Beijing said".
fn verb_after_name(doc: &Document, i: usize, end: usize) -> Option<usize> {
    let line = doc.tokens[i].line;
    let on_line = |j: usize| j < end && doc.tokens[j].line == line;
    let name_word = |j: usize| {
        on_line(j) && doc.tokens[j].space_before && doc.tokens[j].is_capitalised(doc.text)
    };
    let mut j = i + 1;
    let mut place_taken = false;
    while j < i + MAX_NAME_WORDS + 2 {
        if name_word(j) {
            j += 1;
        } else if on_line(j) && doc.tok(j) == "." && is_abbreviation(doc.tok(j - 1), false) {
            // "Mr. Chen": the title's full stop ends no sentence.
            j += 1;
        } else if !place_taken
            && on_line(j)
            && matches!(doc.tok(j), "in" | "of")
            && name_word(j + 1)
        {
            place_taken = true;
            j += 1;
        } else {
            break;
        }
    }
    (on_line(j) && doc.tokens[j].space_before && tensed_here(doc, j)).then_some(j)
}

/// A verb with a tense at token `j`, or a present form in -s before a determiner, where a plural
/// noun could not stand ("China faces a shortage"), when its past form has a tense.
fn tensed_here(doc: &Document, j: usize) -> bool {
    if is_finite_verb(doc, j) {
        return true;
    }
    let t = &doc.tokens[j];
    let word = doc.tok(j);
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    t.kind == TokenKind::Word
        && t.shape == Shape::Lower
        && doc
            .tokens
            .get(j + 1)
            .is_some_and(|n| n.shape == Shape::Lower && is_determiner(n.text(doc.text)))
        && [format!("{stem}d"), format!("{stem}ed")]
            .iter()
            .any(|past| clause_words::is_finite_verb(past))
}

/// The verb phrase from token `verb` on ends where its object should be: a relative clause
/// without "that" ("the achievements Belarus had in industry", "the services Ross would supply
/// under", "the watch Natalie is wearing and"). A passive needs no object: "Qingyang is located
/// in".
fn object_gap(doc: &Document, verb: usize, end: usize) -> bool {
    let mut k = verb;
    let mut passive_auxiliary = false;
    let mut after_auxiliary = false;
    let mut last = "";
    while k < end {
        let t = &doc.tokens[k];
        let w = doc.tok(k);
        if t.kind != TokenKind::Word || t.shape != Shape::Lower {
            break;
        }
        let adverb = w.ends_with("ly")
            || matches!(
                w,
                "not" | "also" | "never" | "still" | "just" | "already" | "now"
            );
        // After an auxiliary any content word is the verb: "had made", "can make", "is wearing".
        let verb_after_auxiliary = after_auxiliary && !is_function_word(w);
        if !(is_auxiliary(w) || adverb || verb_after_auxiliary || is_finite_verb(doc, k)) {
            break;
        }
        passive_auxiliary |= is_be(w);
        if !adverb {
            after_auxiliary = is_auxiliary(w);
            last = w;
        }
        k += 1;
    }
    let passive = passive_auxiliary && !is_auxiliary(last) && !last.ends_with("ing");
    let next = if k < end { doc.tok(k) } else { "." };
    !passive
        && matches!(
            next,
            "." | ","
                | "("
                | ";"
                | ":"
                | "!"
                | "?"
                | "to"
                | "in"
                | "on"
                | "for"
                | "with"
                | "at"
                | "by"
                | "from"
                | "over"
                | "about"
                | "into"
                | "and"
                | "or"
                | "but"
                | "as"
                | "up"
                | "out"
                | "off"
                | "down"
                | "under"
                | "through"
                | "against"
                | "within"
                | "without"
                | "during"
                | "across"
                | "around"
                | "behind"
                | "after"
                | "before"
                | "since"
                | "until"
                | "toward"
                | "towards"
                | "upon"
                | "among"
                | "between"
                | "like"
                | "than"
                | "because"
                | "if"
                | "when"
                | "while"
        )
}

fn is_be(word: &str) -> bool {
    matches!(
        word,
        "is" | "was" | "are" | "were" | "been" | "be" | "being"
    )
}

fn is_auxiliary(word: &str) -> bool {
    is_be(word)
        || matches!(
            word,
            "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "shall"
                | "does"
                | "did"
        )
}
