//! ## What it does
//! Flags a sentence that runs on into the next without a full stop where the second one starts
//! with a name: a capitalised name and a verb with a tense right after a word that clean text
//! does not follow with a subject ("will reinforce Mazda sold 27,482 vehicles", "the path of
//! green development China pursues a peaceful policy"), after the "to" of a verb that takes
//! another verb ("he gradually learned to Yimin Cooperative is"), after a pronoun or a particle
//! that ends a phrase ("developed exclusively for it Boston Dynamics first published", "very
//! easy for me I didn't have"), or after a year, a date or a measure ("by 2020 Mr. Chen Hailing
//! believes", "is 508.8kg Wang Shigang, the director, said"); and a name right after a modal,
//! which needs a verb ("the shares will all China's dairy giant").
//!
//! ## Why is this bad?
//! A line cut short and glued to the next, or a lost full stop, leaves two clauses in one
//! sentence. When the second starts with a common word a capital gives it away (see
//! mt/fused-sentence); when it starts with a name, only grammar does: a name after "reinforce" is
//! its object, and an object is not followed by a verb of its own. Two word lists measured on 54 M
//! words of clean English (data/clause-words.tsv, built by scripts/build-clause-words.py) tell
//! which words never take a subject after them ("development", "reinforce", but not "said",
//! "that" or "year": "last year Apple sold"), which verb forms carry a tense ("sold",
//! "adheres", "will"; a form in -ed before its object: "Trump made a statement"), and which
//! words' "to" takes a verb ("decided", "learned", not "went"). Left alone: a clause with no
//! verb of its own before the name (after "that" or "said": "said the reasons for firing Ms
//! Kovac were"); an opening phrase that lacks its
//! comma ("After peace had been established Mallet became"); a participle used as an adjective
//! ("the recently released Google Chrome is"); and a relative clause without "that", whose verb
//! has lost its object ("the achievements Belarus had in industry", "the contributions China can
//! make to"). After an article or a preposition a name is normal, so a run-on there ("has
//! created a China adheres to", "are based on Africa appreciates") is flagged only when the
//! sentence so far is one main clause with an auxiliary or a verb in -s after its subject, and
//! the name is followed by one too. A name may carry an appositive before its verb of saying, as
//! news attributes quotations ("claims for compensation Stena Bulk, the Swedish owner of Stena
//! Impero, also said"). After any other word that clean text seldom follows with a capital
//! ("year", "generation", not "spokesman"), or after a verb after "to" too rare to measure ("to
//! entrust"), a name starts a new sentence only as a speaker: before "said" and a comma, a verb
//! of saying and "that" (perhaps after a phrase of time: "said on the 27th that") or a
//! quotation, or after an appositive, in a clause that already has its verb and no comma ("will
//! grow 2.3 percent this year Ellen Hatzen, an investment manager at Putnam Investments, said").
//! The price: a run-on after "and", or with a verb that could be a participle ("will continue
//! to Ambassador Silva said"), goes unflagged.
//!
//! ## Example
//! ```text
//! The strategy will reinforce Mazda sold 27,482 vehicles in the United States.
//! ```
//! Use instead: the end of the first sentence, a full stop, then the second.

use crate::check::{Check, Context, Flag, Severity};
use crate::clause_words;
use crate::text::{is_abbreviation, Document, Shape, Span, TokenKind};
use crate::words::{
    is_auxiliary, is_be, is_day_or_month, is_determiner, is_function_word, is_month, is_pronoun_i,
    is_speech_verb, is_subject_pronoun, without_possessive,
};

pub struct RunOnSentence;

/// Longest name looked over, in words.
const MAX_NAME_WORDS: usize = 5;
/// How far back a clause is read, in tokens: further than any clause of clean prose.
const MAX_CLAUSE_TOKENS: usize = 120;

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
                // The clause is read back at most this far: a sentence of thousands of words
                // with no full stop (a token stream from a scraper) would cost its square.
                let start = start.max(i.saturating_sub(MAX_CLAUSE_TOKENS));
                if !t.is_capitalised(doc.text)
                    || !t.space_before
                    || !prev.space_before
                    || prev.line != t.line
                    || cx.evidence.initial[i]
                    // "I" starts a clause after a lower-case word often ("the book I read"),
                    // but after an object pronoun only as a new sentence ("easy for me I
                    // didn't") or in a cleft ("it was him I ran away with").
                    || is_pronoun_i(doc.tok(i))
                        && (!matches!(doc.tok(i - 1), "it" | "him" | "them" | "us" | "me")
                            || is_be(doc.tok(i - 2)))
                {
                    continue;
                }
                if let Some(modal) = modal_without_verb(doc, start, i, end) {
                    out.push(Flag::new(
                        self.id(),
                        Severity::Warning,
                        Span::new(doc.tokens[modal].span.start, t.span.end),
                        format!(
                            "run-on sentence: '{}' needs a verb, but the name '{}' follows it",
                            doc.tok(modal),
                            doc.tok(i),
                        ),
                    ));
                    continue;
                }
                let lower_word = prev.kind == TokenKind::Word && prev.shape == Shape::Lower;
                // A pronoun cannot head a relative clause, so the verb after the name needs no
                // object of its own.
                let after_pronoun = lower_word && ends_object(doc, i - 1);
                // The "to" of "decided" or "learned" takes a verb, so a name after it starts a
                // new clause: "he gradually learned to Yimin Cooperative is".
                let infinitive_to = lower_word
                    && doc.tok(i - 1) == "to"
                    && doc.tokens[i - 2].is_word()
                    && doc.tokens[i - 2].shape == Shape::Lower
                    && clause_words::takes_infinitive(doc.tok(i - 2));
                let ends_clause = if prev.kind == TokenKind::Number {
                    date_or_amount_ends(doc, i - 1) || is_measure(doc.tok(i - 1))
                } else {
                    after_pronoun
                        || infinitive_to
                        || lower_word
                            && clause_words::no_subject_after(doc.tok(i - 1))
                            && !takes_clause(doc, i - 1)
                            && !adjective_before_name(doc, i - 1)
                };
                // After an article or a preposition a name is normal, so the sentence must be a
                // single main clause that already has its verb, and the verb after the name
                // must carry its tense beyond doubt.
                // The clause is read back only once the name has its verb: the cheap tests
                // first.
                let inside_phrase = !ends_clause
                    && lower_word
                    && heads_phrase(doc, i - 1)
                    && !is_day_or_month(doc.tok(i));
                let attributed = !(ends_clause || inside_phrase)
                    && lower_word
                    && ends_phrase_before_speaker(cx, i - 1);
                if !(ends_clause || inside_phrase || attributed) {
                    continue;
                }
                let Some(verb) = verb_after_name(doc, i, end) else {
                    continue;
                };
                if attributed
                    && !(attribution_follows(doc, i, verb, end)
                        && tensed_in_clause(doc, start, i - 1)
                        && !opens_on_participle(doc, start, i))
                {
                    continue;
                }
                // Inside a phrase the name must be plain: no abbreviation whose full stop may end
                // the sentence ("a suburb of Washington D.C. Sheriff Kirby was") and no
                // possessive before a plural noun ("from Webster's falls via"). A relative clause
                // needs a noun before the name, which a phrase head is not.
                let plain_name = || {
                    (i..verb).all(|k| {
                        let w = doc.tok(k);
                        !w.ends_with('.') && !w.ends_with("'s") && !w.ends_with("’s")
                    })
                };
                if inside_phrase
                    && (!(unmistakably_tensed(doc.tok(verb))
                        || matches!(doc.tok(verb), "said" | "told"))
                        || !plain_name())
                    || !attributed && !tensed_before(doc, start, i - 1)
                    || adverbial_open(doc, start, i - 1)
                {
                    continue;
                }
                if inside_phrase {
                    if !main_clause_only(doc, start, i - 1) {
                        continue;
                    }
                } else if !(after_pronoun || infinitive_to || attributed)
                    && object_gap(doc, verb, end)
                {
                    continue;
                }
                let span = Span::new(prev.span.start, t.span.end);
                out.push(Flag::new(
                    self.id(),
                    Severity::Warning,
                    span,
                    format!(
                        "run-on sentence: '{}' starts a new clause right after '{}', {}",
                        Span::new(t.span.start, doc.tokens[verb].span.end).text(doc.text),
                        doc.tok(i - 1),
                        if inside_phrase {
                            "in a sentence that already has its verb"
                        } else {
                            "which clean text does not follow with a subject"
                        },
                    ),
                ));
            }
        }
    }
}

/// The modal before the name at `i`, when nothing but an adverb stands between them and the
/// modal follows its subject: a modal needs a verb, so a name after it starts a new sentence
/// ("the shares will all China's dairy giant"). Left alone: a question or an inversion, where the
/// subject follows the modal ("nor will Britain", "than would Germany", "only by following the
/// right path can China"), "should" opening a
/// condition ("should India attack"), and the nouns "will", "can" and "might" ("the will of").
fn modal_without_verb(doc: &Document, start: usize, i: usize, end: usize) -> Option<usize> {
    let mut m = i - 1;
    while m > start
        && matches!(
            doc.tok(m),
            "all" | "both" | "also" | "each" | "then" | "now"
        )
    {
        m -= 1;
    }
    let modal = doc.tok(m);
    if !matches!(
        modal,
        "will" | "would" | "can" | "could" | "must" | "shall" | "might"
    ) || m <= start
        || doc.tok(end - 1) == "?"
    {
        return None;
    }
    let subject = &doc.tokens[m - 1];
    let subject_word = subject.text(doc.text).to_ascii_lowercase();
    let inversion = matches!(
        subject_word.as_str(),
        "so" | "nor"
            | "neither"
            | "as"
            | "than"
            | "where"
            | "why"
            | "how"
            | "what"
            | "when"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "only"
            | "if"
            | "free"
            | "good"
            | "ill"
            | "own"
    );
    // A restrictive opening inverts the clause from afar: "only by following the right path
    // can China run its affairs".
    let restrictive_opening = (start..m).any(|k| {
        matches!(
            doc.tok(k).to_ascii_lowercase().as_str(),
            "only" | "never" | "rarely" | "seldom" | "hardly" | "scarcely" | "nowhere" | "not"
        )
    });
    (subject.kind == TokenKind::Word
        && subject.line == doc.tokens[i].line
        && !inversion
        && !restrictive_opening
        && !is_determiner(&subject_word)
        && !is_preposition(&subject_word))
    .then_some(m)
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

/// A number with its unit written on: "508.8kg", "30km". A measure ends a noun phrase, so a name
/// after it starts a new clause ("the yield is 508.8kg Wang Shigang, the director, said").
fn is_measure(number: &str) -> bool {
    const UNITS: &[&str] = &[
        "kg", "g", "mg", "t", "km", "m", "cm", "mm", "ha", "ml", "l", "kw", "mw", "gw", "kwh",
        "mph", "kph", "hp", "mb", "gb", "tb",
    ];
    let unit = number.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    unit.len() < number.len() && UNITS.contains(&unit)
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

/// Words after which a noun phrase goes on: an article or a preposition ("created a China
/// adheres", "based on Africa appreciates", "granted by any Hong Kong has").
/// After a noun an article opens a relative clause without "that" ("the first time the United
/// States team has won"), so an article counts only after a preposition or a verb that takes no
/// clause; a preposition counts only after a lower-case word, since after a capital it joins
/// one name ("the War of Independence was").
fn heads_phrase(doc: &Document, p: usize) -> bool {
    let Some(before) = p.checked_sub(1).map(|b| &doc.tokens[b]) else {
        return false;
    };
    if before.shape != Shape::Lower || before.kind != TokenKind::Word {
        return false;
    }
    let before_word = before.text(doc.text);
    let word = doc.tok(p);
    if is_determiner(word) {
        return is_preposition(before_word)
            || is_finite_verb(doc, p - 1) && clause_words::no_subject_after(before_word);
    }
    is_preposition(word)
}

/// A pronoun or a particle, which ends the phrase of the verb before it or is a subject without
/// its verb: clean text follows one with a name and a verb of its own under once in 1000 times
/// (measured on the lm-corpus), so such a name starts a new sentence ("developed exclusively
/// for it Boston Dynamics first published", "due to the strong attack, we Lang Ping also
/// commented"). Left alone: a pronoun after a verb that takes a clause as well ("tells him Sonny
/// is his father") and a particle after a gerund, which may be a subject ("Bringing up Hitler
/// was overheated").
fn ends_object(doc: &Document, p: usize) -> bool {
    let word = doc.tok(p);
    let before = p.checked_sub(1).map_or("", |b| doc.tok(b));
    match word {
        "it" | "him" | "them" | "us" | "me" | "himself" | "herself" | "itself" | "themselves"
        | "ourselves" => !tells(before),
        "up" | "down" | "off" => !before.ends_with("ing"),
        // "we Americans cannot", "you Members of Congress will": a plural names the pronoun.
        "we" | "they" | "you" => !doc.tok(p + 1).ends_with('s'),
        "he" | "she" => true,
        _ => false,
    }
}

/// Verbs whose object may be followed by a clause: "told him Sonny is".
fn tells(word: &str) -> bool {
    matches!(
        verb_stem(word.strip_suffix("ing").unwrap_or(word)),
        "tell"
            | "told"
            | "show"
            | "shown"
            | "remind"
            | "assur"
            | "warn"
            | "convinc"
            | "inform"
            | "persuad"
            | "promis"
            | "teach"
            | "taught"
            | "ask"
            | "advis"
            | "notifi"
            | "notify"
    ) || takes_clause_verb(word)
}

fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "on" | "in"
            | "at"
            | "of"
            | "to"
            | "for"
            | "by"
            | "from"
            | "with"
            | "during"
            | "about"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "through"
            | "across"
            | "against"
            | "between"
            | "among"
            | "without"
            | "within"
            | "toward"
            | "towards"
            | "upon"
    )
}

/// The clause that token `w` ends is a main clause, or the object of a verb of saying or
/// knowing ("said that China has created a"), whose verb has an unmistakable tense ("are based
/// on") and no word joining another clause since: no relative or subordinate clause, whose verb
/// could come next ("the man who works at Google is"), no second clause after a comma or "and"
/// ("and the Navy has"), no verb that could be a participle ("the growth recorded in China
/// is"), and no verb that takes a clause without "that" ("say her union with Cooper was").
fn main_clause_only(doc: &Document, start: usize, w: usize) -> bool {
    let mut tensed = None;
    for k in (start..w).rev() {
        let word = doc.tok(k);
        let lower = if word.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(word.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        if is_speech_verb(word)
            || takes_clause_verb(&lower)
            || word == "that"
                && k > start
                && (is_finite_verb(doc, k - 1) || takes_clause_verb(doc.tok(k - 1)))
        {
            // The reported clause needs a subject before its verb (in "sequences that she
            // says are complementary to" the verb belongs to the clause around "she says"),
            // and the verb of saying must itself be in the main clause (not in "those who
            // insist that the territories must belong to Georgia are").
            let nested = (start..k).any(|j| {
                let w = doc.tok(j).to_ascii_lowercase();
                joins_clauses(&w) && !matches!(w.as_str(), "and" | "but" | "or" | "so" | "then")
            });
            return tensed.is_some_and(|v| v > k + 1) && !nested;
        }
        let noun_then_article = is_determiner(&lower)
            && k > start
            && doc.tokens[k - 1].shape == Shape::Lower
            && !is_function_word(doc.tok(k - 1))
            && !is_finite_verb(doc, k - 1)
            && !in_verb_chain(doc, start, k - 1);
        if doc.tokens[k].kind != TokenKind::Word && doc.tokens[k].kind != TokenKind::Number
            || joins_clauses(&lower)
            || noun_then_article
        {
            return false;
        }
        if is_finite_verb(doc, k) && !in_verb_chain(doc, start, k) {
            // A pronoun after a noun is the subject of a relative clause without "that": "the
            // things you see in London are".
            let zero_relative = k > start + 1
                && matches!(
                    doc.tok(k - 1),
                    "he" | "she" | "it" | "they" | "we" | "you" | "I"
                )
                && doc.tokens[k - 2].kind == TokenKind::Word
                && !joins_clauses(&doc.tok(k - 2).to_ascii_lowercase());
            // "There are" and "it is" may be followed by one too: "there are few copies of
            // the EP were ever made", "it is with him the leadership of the Hanafis comes".
            let existential = k > start
                && (doc.tok(k - 1).eq_ignore_ascii_case("there")
                    || doc.tok(k - 1).eq_ignore_ascii_case("it") && is_be(word));
            if zero_relative || existential || !is_auxiliary(word) || word.starts_with("be") {
                return false;
            }
            tensed = Some(k);
        }
    }
    tensed.is_some()
}

/// Words that join one clause to another, or open one whose verb is still to come.
fn joins_clauses(lower: &str) -> bool {
    matches!(
        lower,
        "and"
            | "but"
            | "or"
            | "nor"
            | "yet"
            | "so"
            | "then"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "that"
            | "what"
            | "whatever"
            | "whoever"
            | "where"
            | "when"
            | "why"
            | "how"
            | "if"
            | "whether"
            | "because"
            | "while"
            | "although"
            | "though"
            | "unless"
            | "as"
            | "since"
            | "once"
            | "until"
            | "before"
            | "after"
            | "than"
            | "whereby"
            | "wherein"
            | "whereas"
    )
}

/// Verbs and adjectives that take a clause without "that": "knew the Government would", "are
/// concerned the Government will". The list holds stems, what is left once "-ed", "-es", "-s",
/// "-d" or "-e" is cut, so that one entry serves "believe", "believes" and "believed".
fn takes_clause_verb(lower: &str) -> bool {
    matches!(
        verb_stem(lower),
        "say"
            | "think"
            | "thought"
            | "know"
            | "knew"
            | "known"
            | "believ"
            | "hope"
            | "hop"
            | "fear"
            | "feel"
            | "felt"
            | "find"
            | "found"
            | "realis"
            | "realiz"
            | "suggest"
            | "show"
            | "claim"
            | "argu"
            | "warn"
            | "predict"
            | "expect"
            | "mean"
            | "meant"
            | "ensur"
            | "insist"
            | "admitt"
            | "admit"
            | "agre"
            | "assum"
            | "doubt"
            | "understand"
            | "understood"
            | "se"
            | "saw"
            | "hear"
            | "heard"
            | "learn"
            | "learnt"
            | "notic"
            | "prov"
            | "reveal"
            | "decid"
            | "announc"
            | "confirm"
            | "indicat"
            | "report"
            | "concern"
            | "worri"
            | "worry"
            | "sur"
            | "awar"
            | "clear"
            | "likely"
            | "possibl"
            | "glad"
            | "afraid"
            | "certain"
            | "convinc"
            | "gues"
            | "reckon"
            | "suppos"
            | "wish"
            | "pray"
            | "demand"
            | "recommend"
            | "propos"
            | "ask"
            | "request"
            | "requir"
            | "insur"
            | "swear"
            | "swore"
            | "promis"
            | "explain"
            | "declar"
            | "estimat"
            | "forecast"
            | "imagin"
            | "pretend"
            | "discover"
            | "recogniz"
            | "recognis"
            | "acknowledg"
            | "conced"
            | "conclud"
            | "determin"
            | "emphasiz"
            | "emphasis"
            | "stres"
            | "maintain"
            | "contend"
            | "alleg"
    ) || matches!(lower, "note" | "noted" | "notes")
}

/// What is left of a verb form once "-ed", "-es", "-s", "-d" or "-e" is cut: one stem for
/// "believe", "believes" and "believed".
fn verb_stem(lower: &str) -> &str {
    lower
        .strip_suffix("ed")
        .or_else(|| lower.strip_suffix("es"))
        .or_else(|| lower.strip_suffix('s'))
        .or_else(|| lower.strip_suffix('d'))
        .or_else(|| lower.strip_suffix('e'))
        .unwrap_or(lower)
}

/// The verb at `k` follows an auxiliary or "to", which carries the tense if there is one: "are
/// based", "will successively add", "to meet".
fn in_verb_chain(doc: &Document, start: usize, k: usize) -> bool {
    let mut j = k;
    while j > start {
        j -= 1;
        let word = doc.tok(j);
        if word.ends_with("ly") || matches!(word, "not" | "also" | "never" | "still" | "already") {
            continue;
        }
        return is_auxiliary(word) || word == "to";
    }
    false
}

/// A verb form that is never a participle or a noun: an auxiliary, or a present in -s ("has",
/// "will", "adheres").
fn unmistakably_tensed(word: &str) -> bool {
    is_auxiliary(word) && !matches!(word, "be" | "been" | "being" | "have")
        || word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && clause_words::is_finite_verb(word)
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
/// McArthur was"), unless a passive participle that takes no clause ("was left paralyzed
/// Wisconsin Governor Tony Evers declared").
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
    // A passive participle has its clause already: "was left paralyzed Wisconsin Governor Tony
    // Evers declared", "or be diverted Wikinews interviewed".
    let passive = (word.ends_with("ed") || word.ends_with("en")) && !takes_clause_verb(word);
    !passive
        && (w.saturating_sub(2)..w).any(|j| {
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
    // "I" takes its verb in any form ("it I just make"), or carries it ("I'd like").
    if is_pronoun_i(doc.tok(i)) {
        if doc.tok(i).len() > 1 {
            return Some(i);
        }
        let mut j = i + 1;
        if on_line(j + 1) && (is_adverb_before_verb(doc.tok(j)) || doc.tok(j) == "just") {
            j += 1;
        }
        let verb = on_line(j)
            && doc.tokens[j].kind == TokenKind::Word
            && doc.tokens[j].shape == Shape::Lower
            && (!is_function_word(doc.tok(j)) || is_auxiliary(doc.tok(j)));
        return verb.then_some(j);
    }
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
    if on_line(j) && doc.tok(j) == "," {
        return attribution_after_appositive(doc, j, end);
    }
    // A possessive name and its noun are the subject: "Stamenković's team combined".
    let possessive = without_possessive(doc.tok(j - 1)).len() < doc.tok(j - 1).len();
    if possessive
        && on_line(j + 1)
        && doc.tokens[j].shape == Shape::Lower
        && doc.tokens[j].is_word()
        && !is_function_word(doc.tok(j))
    {
        j += 1;
    }
    if on_line(j + 1) && is_adverb_before_verb(doc.tok(j)) {
        j += 1;
    }
    (on_line(j) && doc.tokens[j].space_before && tensed_here(doc, j)).then_some(j)
}

/// An adverb that sits between a subject and its verb: "Boston Dynamics first published".
fn is_adverb_before_verb(word: &str) -> bool {
    matches!(
        word,
        "also" | "first" | "later" | "then" | "now" | "still" | "already" | "never" | "recently"
    ) || word.len() > 4 && word.ends_with("ly") && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// Longest appositive looked over, in tokens: "chief engineer of the shaft work area of the Darui
/// Project of China Railway Tunnel Group".
const MAX_APPOSITIVE_TOKENS: usize = 20;

/// The verb of saying after an appositive that the comma at `comma` opens, as news attributes a
/// quotation: "Stena Bulk, the Swedish owner of Stena Impero, also said". The appositive has no
/// verb and no second comma before its closing one; "also" may stand before the verb.
fn attribution_after_appositive(doc: &Document, comma: usize, end: usize) -> Option<usize> {
    let line = doc.tokens[comma].line;
    let last = end.min(comma + MAX_APPOSITIVE_TOKENS + 3);
    let mut j = comma + 1;
    let mut words = 0;
    while j < last && doc.tokens[j].line == line {
        let word = doc.tok(j);
        if word == "," {
            let mut v = j + 1;
            if v < end && doc.tok(v) == "also" {
                v += 1;
            }
            return (words > 0
                && v < end
                && doc.tokens[v].line == line
                && (matches!(doc.tok(v), "said" | "says" | "told")
                    || reports_speech(doc, v, end)))
            .then_some(v);
        }
        // The closing comma may be lost after a name, before a quotation or a clause: "Yang
        // Zhicheng, general manager of Vietnam Airlines said that".
        if words > 1
            && doc.tokens[comma + 1].shape == Shape::Lower
            && doc.tokens[j - 1].is_capitalised(doc.text)
            && reports_speech(doc, j, end)
        {
            return Some(j);
        }
        let part_of_phrase = matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number)
            || matches!(word, "-" | "." | "&");
        if !part_of_phrase || is_finite_verb(doc, j) {
            return None;
        }
        words += 1;
        j += 1;
    }
    None
}

/// A verb with a tense at token `j`; or, before a determiner or an object pronoun, where a noun
/// could not stand, a present form in -s whose past form has a tense ("China faces a shortage")
/// or a form in -ed ("Trump made a statement", "the team combined it").
fn tensed_here(doc: &Document, j: usize) -> bool {
    if is_finite_verb(doc, j) {
        return true;
    }
    let t = &doc.tokens[j];
    let word = doc.tok(j);
    let object_follows = || {
        doc.tokens.get(j + 1).is_some_and(|n| {
            let next = n.text(doc.text);
            n.shape == Shape::Lower
                && (is_determiner(next) || matches!(next, "it" | "him" | "them" | "us" | "me"))
        })
    };
    // A form in "-ed" may be a participle, but not with an object right after it: "Trump made a
    // confusing statement", "Phanfone damaged the regions".
    if t.kind == TokenKind::Word
        && t.shape == Shape::Lower
        && (word.len() > 4 && word.ends_with("ed") || word == "made")
        && object_follows()
    {
        return true;
    }
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    t.kind == TokenKind::Word
        && t.shape == Shape::Lower
        && object_follows()
        && [format!("{stem}d"), format!("{stem}ed")]
            .iter()
            .any(|past| clause_words::is_finite_verb(past))
}

/// The verb phrase from token `verb` on ends where its object should be: a relative clause
/// without "that" ("the achievements Belarus had in industry", "the services Ross would supply
/// under", "the watch Natalie is wearing and"). A passive needs no object: "Qingyang is located
/// in". A verb of saying before a quotation has its object there: "Stoltenberg said, “The future".
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
    // A verb of saying whose comma or colon opens a quotation has its object: "said, “For us".
    let quotes = is_speech_verb(last)
        && matches!(next, "," | ":")
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|q| matches!(q.text(doc.text), "“" | "\"" | "‘" | "'"));
    !passive
        && !quotes
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

/// Clean text follows the word with a capital at most this often (permille): "year" (35),
/// "generation" (83), but not "spokesman" (275), whose name comes after it.
const MAX_NEXT_CAP_BEFORE_SPEAKER: u16 = 100;

/// The word at `w` ends a phrase that a speaker's name does not go on: a noun or a verb that
/// clean text seldom follows with a capital, or a verb after "to", too rare to measure ("to
/// entrust"); not a function word, a title before a name ("spokesman"), or a word that takes a
/// clause. "Such" is the one function word a name cannot follow: it needs "a" or a noun and
/// "as" ("purposes such Song Tao, chief engineer, said").
fn ends_phrase_before_speaker(cx: &Context, w: usize) -> bool {
    let doc = cx.doc;
    let word = doc.tok(w);
    let Some(wt) = cx.evidence.word(w) else {
        return false;
    };
    let seldom_before_capital = match wt.lexicon.map(|e| e.next_cap_permille) {
        Some(Some(n)) => n <= MAX_NEXT_CAP_BEFORE_SPEAKER,
        _ => w > 0 && doc.tok(w - 1) == "to",
    };
    seldom_before_capital
        && (!wt.function || word == "such")
        && !joins_clauses(word)
        && !takes_clause(doc, w)
        && !adjective_before_name(doc, w)
        && !word.ends_with("ly")
}

/// The verb at `verb`, after the name from `i` on, attributes speech to it: "said" before a
/// comma, a colon, "that" or a quotation, or after an appositive ("Ellen Hatzen, an investment
/// manager at Putnam Investments, said"); another verb of saying before "that", a colon or a
/// quotation ("Law Chi-kwong described that").
/// After a determiner the word before the name may head a relative clause that needs no gap
/// ("every time Manning said "Omaha""), so only the appositive tells: "this year Ellen Hatzen,
/// an investment manager, said".
fn attribution_follows(doc: &Document, i: usize, verb: usize, end: usize) -> bool {
    let said = matches!(doc.tok(verb), "said" | "says" | "told");
    let after_appositive = (i..verb).any(|k| doc.tok(k) == ",");
    if i >= 2 && is_determiner(doc.tok(i - 2)) {
        return after_appositive && (said || reports_speech(doc, verb, end));
    }
    said && (after_appositive || verb + 1 < end && doc.tok(verb + 1) == ",")
        || reports_speech(doc, verb, end)
}

/// A verb of saying at `verb` before "that", a colon or a quotation, perhaps after a short
/// phrase of time: "Law Chi-kwong described that", "Vietnam Airlines said:", "China Media Group
/// said on the 27th that".
fn reports_speech(doc: &Document, verb: usize, end: usize) -> bool {
    let word = doc.tok(verb);
    if !(is_speech_verb(word) || matches!(word, "described" | "expressed")) {
        return false;
    }
    // An opening quotation mark: a closing one ends a quotation of what was said ("something
    // Habbush says".").
    let opens = |k: usize| {
        k < end
            && (matches!(doc.tok(k), ":" | "that" | "“")
                || doc.tok(k) == "\"" && doc.tokens[k].space_before)
    };
    if opens(verb + 1) {
        return true;
    }
    let time_phrase = verb + 1 < end
        && matches!(
            doc.tok(verb + 1),
            "on" | "in" | "at" | "during" | "yesterday" | "today" | "recently" | "earlier" | "last"
        );
    time_phrase
        && (verb + 2..end.min(verb + 2 + MAX_TIME_PHRASE_TOKENS))
            .take_while(|&k| doc.tokens[k].line == doc.tokens[verb].line && !is_finite_verb(doc, k))
            .any(|k| doc.tok(k) == "that" && subject_starts(doc, k + 1, end))
}

/// A clause's subject starts at token `k`: a determiner, a subject pronoun or a capital, not the
/// noun of a demonstrative "that" ("said at that time").
fn subject_starts(doc: &Document, k: usize, end: usize) -> bool {
    k < end && {
        let word = doc.tok(k);
        is_determiner(word) || is_subject_pronoun(word) || doc.tokens[k].is_capitalised(doc.text)
    }
}

/// Longest phrase of time between a verb of saying and its "that", in tokens: "on the 27th".
const MAX_TIME_PHRASE_TOKENS: usize = 6;

/// The clause that token `w` ends has a verb with a tense, with no comma or word that opens a
/// clause between ("while opening batsman Colin McDonald later said"); "and" may join its
/// verbs, and a past form with its object counts: "Edward Yau met the press to introduce
/// measures to entrust".
fn tensed_in_clause(doc: &Document, start: usize, w: usize) -> bool {
    for k in (start..w).rev() {
        let word = doc.tok(k);
        let subordinates = joins_clauses(word)
            && !matches!(word, "and" | "or" | "but" | "so" | "then" | "yet" | "nor");
        if opens_clause(doc, k)
            || subordinates
            || matches!(word, "," | ";" | ":" | "-" | "–" | "—" | "(")
        {
            return false;
        }
        if tensed_here(doc, k) || irregular_past_with_object(doc, k) {
            return true;
        }
    }
    false
}

/// An irregular past form before its object, which the list of verbs with a tense leaves out
/// as a participle: "met the press", "led the team".
fn irregular_past_with_object(doc: &Document, k: usize) -> bool {
    matches!(doc.tok(k), "met" | "led" | "built" | "paid" | "won")
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.shape == Shape::Lower && is_determiner(n.text(doc.text)))
}

/// The sentence opens on a participle whose phrase has no comma before token `i`: its subject
/// is still to come ("Countering US fears that he would ignore coca grown for narcotic purposes
/// Morales said").
fn opens_on_participle(doc: &Document, start: usize, i: usize) -> bool {
    doc.tokens[start].is_capitalised(doc.text)
        && doc.tok(start).ends_with("ing")
        && !(start..i).any(|k| doc.tok(k) == ",")
}
