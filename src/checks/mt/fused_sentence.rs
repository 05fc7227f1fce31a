//! ## What it does
//! Flags two sentences joined without a full stop: a common word written with a capital in the
//! middle of a sentence ("around their heads Leave bystanders", "Vladimir Putin It is seen as"),
//! or a capital right after a word that clean text almost never follows with one ("Australia's
//! largest beef export market China faces", "the next generation Stoltenberg said"). The document
//! is evidence too: a capitalised article before words it writes elsewhere after a lower-case one
//! ("is grateful for The Malawian side looks" where "the Malawian side" occurs) or that clean text
//! only writes after a lower-case "the" ("in order to The Thai commander said"), and a sentence
//! opener after a name or a date in running text ("research in Macau According to", "held on
//! November 2 He said"). A capital "A" counts as an article starting a sentence after a word
//! that clean text seldom follows with a capital, or after a date or a year, when a word the
//! article can stand before follows ("were all killed A few hours", "on March 11 A hospital
//! official"); as a label it follows other words ("vitamin A", "list A appearance", "line A
//! of"), and as the ampere a number ("1 A for two hours"). The pronoun "I" right after a
//! preposition, an article, a possessive or a subject pronoun starts a sentence too ("how to be
//! better in I'm hoping", "what they I will not"), and so do openers no name or title has in
//! their place: a date phrase and its comma ("going to On Monday, Hungarian"), even after a
//! title-case heading when a lower-case word follows the comma ("Helping Africa Achieve At Sept.
//! 26, local time"), or after a preposition ("bodies of On February 24 President"), a
//! connective adverb before a subject, comma or not ("Jehovah's Witnesses However I'm
//! baptized"), "You" or "My" between lower-case words ("is You mention starvation") and "You"
//! after a name before a verb that agrees with it ("the Middle East You have"), a
//! pronoun and its verb in one word before running text ("not the Sun It's more massive"), a
//! demonstrative after a determiner ("came on the This device"), a capitalised article after a
//! possessive ("according to its The Democratic party") or after a form of "be" before a name
//! and its verb ("would have been The Conception was owned"), "A" after an object pronoun
//! ("exploiting them A sensitive document"), a subordinating conjunction before a short name and
//! its verb ("applied to Though Lorenzo was forecast", "Tim Heidecker When Heidecker narrowly
//! avoids"), a word the document writes in lower case elsewhere, before a verb ("the police
//! station Police told me"), and a capitalised article, possessive or pronoun right after a
//! sentence's first word when that is an article, a preposition, a conjunction or "I" ("The You
//! mention starvation", "And My brother hasn't", "The I've just shifted"). A headline that runs
//! on into its paragraph's first sentence is a fused sentence too: a run of capitals where
//! common words and a verb with a tense are capitalised, and a name after them ("Proposes
//! Levying a Sugar Tax to Lorenzo Fioramonti, the new Italian Minister").
//!
//! ## Why is this bad?
//! Machine translation that loses a sentence boundary glues two sentences together and keeps the
//! second one's capital. The result reads as word salad. A scraper that joins two lines does the
//! same. The lexicon measures both rates on 54 M words of clean English: "leave" and "it" are
//! almost never capitalised mid-sentence, and "market" is almost never followed by a capital.
//! Names after articles and prepositions, title-case phrases ("Guiding Opinions on Promoting the
//! Development", "Care Services for Infants Aged Below 3"), names with a number ("to storm Area
//! 51", "in Episode 103") or after one that opens the sentence ("30 Minutes after"), datelines,
//! credits, words the document itself capitalises mid-sentence elsewhere, title-case headings,
//! quoted titles ("the album "Kiss Under the Moon""), names after the words that introduce them
//! ("the novel After Dark", "told The Jakarta Post it was"), a full name that "and", "of" or a full
//! stop follows ("met officers Antoine Quirin and"), a surname or a title word that is a function
//! word before its verb ("Wilson Or was elected"), the capitalised pronouns of devotional writing
//! ("in His image") and styles of address ("to advise Her Majesty") are left alone. The price: a
//! fused sentence that starts with a name the document also writes elsewhere ("export market China
//! faces" in an article about China) goes unflagged.
//!
//! ## Example
//! ```text
//! peace deals around their heads Leave bystanders in the face of the outlook.
//! ```
//! Use instead: two sentences, or a lower-case word.

use std::cell::OnceCell;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::check::{Check, Context, Flag, Severity};
use crate::checks::mt::article_agreement::starts_with_vowel_sound;
use crate::clause_words::{self, follows_lower_the};
use crate::text::{Shape, Span, TokenKind};
use crate::words::{
    introduces_name, is_auxiliary, is_be, is_day_or_month, is_determiner, is_function_word,
    is_month, is_pronoun_i, is_speech_verb, without_possessive,
};

pub struct FusedSentence;

/// Clean text capitalises the word mid-sentence at most this often (permille).
const MAX_CAP_PERMILLE: u16 = 60;
/// Clean text follows the previous word with a capital at most this often (permille).
const MAX_NEXT_CAP_PERMILLE: u16 = 12;
/// ... and then the capitalised word need only be lower case most of the time.
const MAX_CAP_PERMILLE_AFTER_FINAL: u16 = 400;
/// A word the document writes in lower case elsewhere is capitalised mid-sentence by clean text
/// at most this often (permille) to open a sentence before a verb: "police" (276), not
/// "president" (596).
const MAX_CAP_PERMILLE_LOWER_ELSEWHERE: u16 = 300;
/// An adverb in "-ly" after a determiner is capitalised mid-sentence by clean text at most this
/// often (permille): "reportedly" (1), not "family" (63).
const MAX_ADVERB_CAP_PERMILLE: u16 = 20;
/// Longest name looked back over, in words.
const MAX_NAME_WORDS: usize = 5;
/// A long name links this many runs of capitalised words at most: "Ministry of Industry and
/// Information Technology".
const MAX_LINKS_IN_NAME: usize = 3;
/// A participle that opens sentences is capitalised mid-sentence at most this often (permille).
const MAX_OPENER_CAP_PERMILLE: u16 = 10;
/// Only words at least this frequent: rare words' capitalisation statistics are noise.
const MIN_ZIPF100: u16 = 350;
/// Longest name after a subordinating conjunction read as a clause's subject, in words.
const MAX_SUBORDINATE_NAME_WORDS: usize = 2;

impl Check for FusedSentence {
    fn id(&self) -> &'static str {
        "mt/fused-sentence"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let doc = cx.doc;
        let phrases = OnceCell::new();
        let after_lower_article = OnceCell::new();
        let religious = OnceCell::new();
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            if cx.languages().is_foreign_line(p.line) {
                continue;
            }
            // A title-case heading capitalises its words, so only a date phrase, its comma and
            // a lower-case word tell that the next sentence was glued on: "Helping Africa
            // Achieve At Sept. 26, local time, Chinese".
            let heading = cx.evidence.title_case[pi];
            if !heading {
                if let Some((start, end)) = headline_runs_on(cx, p.tokens) {
                    out.push(fused(self.id(), doc, start, end));
                }
            }
            for i in p.tokens.0 + 1..p.tokens.1 {
                let t = &doc.tokens[i];
                // Most tokens are lower-case words: settled by their shape alone.
                if t.shape == Shape::Lower {
                    continue;
                }
                // The openers below are told apart by their first letter before their text is
                // read.
                let first = doc.text.as_bytes()[t.span.start];
                let date_phrase = matches!(
                    first,
                    b'O' | b'I' | b'A' | b'B' | b'S' | b'U' | b'L' | b'N' | b'Y' | b'T'
                );
                let opens = if heading {
                    date_phrase && date_phrase_opens(cx, i, true)
                } else {
                    // A dateline opens a paragraph; inside one it starts the next article's
                    // text: "the index rose by SHENZHEN, September 27 (Xinhua) - The".
                    t.shape == Shape::Upper && dateline_in_text(doc, i)
                        || first == b'A' && t.span.len() == 1 && article_opens_sentence(cx, i)
                        || first == b'I' && pronoun_after_preposition(doc, i)
                        || date_phrase && date_phrase_opens(cx, i, false)
                        || first_word_cut_off(cx, i, &religious)
                };
                if opens {
                    out.push(fused(
                        self.id(),
                        doc,
                        doc.tokens[i - 1].span.start,
                        t.span.end,
                    ));
                    continue;
                }
                if heading {
                    continue;
                }
                if t.shape != Shape::Title || cx.evidence.initial[i] || !t.space_before {
                    continue;
                }
                let prev = &doc.tokens[i - 1];
                let prev_text = doc.tok(i - 1);
                // A capitalised word and its number name one thing: "to storm Area 51", "in
                // Episode 103", "peaked at Number 2"; a function word or any word before a year
                // may open a sentence ("Companies In 2005, GM", "as well Since 1980, the").
                let numbered_name = doc.tokens.get(i + 1).is_some_and(|n| {
                    n.kind == TokenKind::Number
                        && n.space_before
                        && !starts_with_year(n.text(doc.text))
                }) && !is_function_word(doc.tok(i))
                    && !counts_a_number(doc.tok(i));
                // "the novel After Dark", "the band The Smiths": a name follows. A speaker's
                // initials open a turn of a transcript: "MS The next step is".
                if numbered_name
                    || introduces_name(prev_text)
                    || speaker_initials(doc, i - 1)
                    || honorific(doc, i)
                    || is_reverential_pronoun(doc.tok(i))
                        && *religious.get_or_init(|| mentions_a_deity(doc))
                {
                    continue;
                }
                // An adverb that only opens sentences, and its comma, start one after any
                // lower-case word or number, even an article: "quickly reduces their However,
                // they", "sworn in on January 20 Later, voters". After a capital it may end a
                // title: "Wish You Were Here, the 50th film"; after the date of a dateline the
                // text begins: "Hefei, September 27 Recently, the".
                if (prev.is_word() && prev.shape == Shape::Lower
                    || prev.kind == TokenKind::Number
                        && (!after_capitalised_word(doc, i - 1) || date_in_sentence(doc, i - 1)))
                    && clause_words::sentence_adverb(doc.tok(i))
                    && comma_after(doc, i)
                {
                    out.push(fused(self.id(), doc, prev.span.start, t.span.end));
                    continue;
                }
                let article_before_capital = is_article(doc.tok(i))
                    && doc
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| n.is_capitalised(doc.text) && n.line == t.line);
                // "grateful for The Malawian side" where the document writes "the Malawian
                // side": a capitalised article that starts no title, nor joins two ("The Uncanny
                // X-Men and The New Teen Titans").
                // Clean text writes "the Thai" in lower case mid-sentence, and a common word
                // follows, so no title is named: "in order to The Thai commander said", "of The
                // Chinese essay competition", but not "until The Empire Theatre was built".
                let article_written_lower = article_before_capital
                    && prev.is_word()
                    && !is_determiner(prev_text)
                    && !(matches!(prev_text, "and" | "or")
                        && i >= 2
                        && doc.tokens[i - 2].is_word()
                        && doc.tokens[i - 2].shape != Shape::Lower)
                    && i + 2 < p.tokens.1
                    && (clause_after_name(doc, i + 1)
                        && after_lower_article
                            .get_or_init(|| phrases_after_lower_article(doc))
                            .contains(&(doc.tok(i + 1), doc.tok(i + 2)))
                        || doc.tok(i) == "The"
                            && !introduces_name(prev_text)
                            && follows_lower_the(doc.tok(i + 1))
                            && (!doc.tokens[i + 2].is_capitalised(doc.text)
                                && clause_after_name(doc, i + 1)
                                || prev.shape == Shape::Lower && verb_after_long_name(doc, i + 1)));
                // Otherwise a capitalised article before a capital after a lower-case word opens
                // a title ("watched The Godfather.", "the band The Warlocks, then") unless a
                // clause goes on after the name ("weapons-grade levels The IAEA reported").
                // After a conjunction that opens a clause the name is its subject: "since The
                // Beatles are the best".
                if article_before_capital
                    && prev.shape == Shape::Lower
                    && prev.is_word()
                    && !article_written_lower
                    && (!(clause_after_name(doc, i + 1)
                        || seldom_before_capital(cx, i - 1)
                            && (clause_after_long_name(doc, i + 1)
                                || clause_after_comma(doc, i + 1)))
                        || opens_clause(prev_text)
                        || tells_someone(prev_text))
                {
                    continue;
                }
                let prev_ends_clause = match prev.kind {
                    // After a determiner a capital starts a name or title ("the Leave
                    // campaign"), and after other function words a name ("and Jobs"); a
                    // function word or a common lower-case word there is evidence: "of The",
                    // "the popularity of Besides tourism".
                    TokenKind::Word => {
                        !is_function_word(prev_text)
                            || !is_determiner(prev_text)
                                && (!in_title(doc, i)
                                    || participle_opener(cx, i)
                                    || conjunction_opener(doc, i)
                                    || subordinate_clause_opens(cx, i))
                                && (is_function_word(doc.tok(i)) || low_cap(cx, i))
                            // "the During the summit", "a The": no name or title starts so,
                            // unless a capital goes on: "the Most Reverend".
                            || is_determiner(prev_text)
                                && prev.shape == Shape::Lower
                                && is_function_word(doc.tok(i))
                                && !doc.tokens.get(i + 1).is_some_and(|n| {
                                    n.line == t.line
                                        && n.is_capitalised(doc.text)
                                        && !is_pronoun_i(n.text(doc.text))
                                })
                                && (!is_determiner(doc.tok(i))
                                    || is_article(doc.tok(i))
                                    || opens_subject_phrase(doc.tok(i)))
                                // An auxiliary opens no sentence after an article: "a Be
                                // star" is a label.
                                && !capitalised_auxiliary(doc.tok(i))
                                && (low_cap(cx, i) || doc.tok(i) == "You")
                            || article_written_lower
                            // A possessive takes no article, and no title opens after one
                            // without its own name first: "According to its The Democratic
                            // party is".
                            || matches!(prev_text, "its" | "his" | "their" | "our" | "my" | "your")
                                && matches!(doc.tok(i), "The" | "An")
                            // After a form of "be" a capitalised article and a name are its
                            // complement, which no verb with a tense follows: "would have been
                            // The Conception was owned", "nobody is The New York Times reported".
                            || is_be(prev_text)
                                && doc.tok(i) == "The"
                                && finite_verb_after_long_name(doc, i + 1)
                            // No title puts an adverb and its comma after a determiner: "I asked
                            // John for his Reportedly, Trump and Bolton".
                            // Nouns in "-ly" are capitalised in names often: "the Family,".
                            || is_determiner(prev_text)
                                && prev.shape == Shape::Lower
                                && doc.tok(i).ends_with("ly")
                                && sentence_adverb(doc, i)
                                && lexicon_entry(cx, i)
                                    .and_then(|e| e.cap_permille)
                                    .is_some_and(|c| c <= MAX_ADVERB_CAP_PERMILLE)
                    }
                    // "in 2020 At the forum", "on November 2 He said", but not a dateline:
                    // "September 27 According to".
                    // A title goes on: "(70 Years of New China)".
                    TokenKind::Number => {
                        (!after_capitalised_word(doc, i - 1) || date_in_sentence(doc, i - 1))
                            && (!in_title(doc, i) || participle_opener(cx, i))
                            // A number that opens the sentence or a quotation is no sentence of
                            // its own before a common word: "30 Minutes after treatment", "the
                            // premiere, "73 Seconds"", but "; 14 The daily rate".
                            && (!cx.evidence.initial[i - 1] || is_function_word(doc.tok(i)))
                    }
                    // "(local time) It is", but not a credit: "(Reporter Zhao Ruixi) The".
                    TokenKind::Punct if prev_text == ")" => {
                        lowercase_parenthesis(doc, p.tokens.0, i - 1)
                    }
                    // "a “time of uncertainty” He believes", but not a quoted title that goes on:
                    // "“Five Upgrading” Plans".
                    TokenKind::Punct => {
                        prev_text == "%"
                            || matches!(prev_text, "”" | "\"")
                                && !(i >= 2 && doc.tokens[i - 2].is_capitalised(doc.text))
                    }
                    TokenKind::Symbol => prev_text == "%",
                    TokenKind::Link => false,
                };
                if !prev_ends_clause {
                    continue;
                }
                let word = doc.tok(i);
                // An object or reflexive pronoun opens no sentence: "Bill Goes in Business for
                // Himself", "Happiness Rained on Them".
                if is_pronoun_i(word) || is_object_pronoun(word) {
                    continue;
                }
                // "Be" after the words that take a bare verb ends a title: "The Secret Diary of A
                // Mom to Be", "Born to Be Wild", "Let It Be".
                if word == "Be" && takes_bare_verb(prev_text) {
                    continue;
                }
                // "Who" opens a sentence only as a question; elsewhere it is a relative pronoun
                // with a stray capital or a name: "the only one Who at least asked", "producer
                // Who Gives a Crap".
                if matches!(word, "Who" | "Whom" | "Whose") && !question_follows(doc, i) {
                    continue;
                }
                // A subject pronoun opens a clause only before a lower-case word that can follow
                // a subject: "100% He," is helium, "Heinkel He 111" a name, "Blame It on Lisa"
                // a title.
                if is_subject_pronoun(word)
                    && !doc.tokens.get(i + 1).is_some_and(|n| {
                        n.line == t.line
                            && n.is_word()
                            && n.shape == Shape::Lower
                            && !cannot_follow_subject(doc.tok(i + 1))
                    })
                {
                    continue;
                }
                // "An" before a consonant is no article but a name: "Ping An stated", "reporter
                // An Lumeng".
                if word == "An"
                    && doc.tokens.get(i + 1).is_some_and(|n| {
                        n.is_word() && starts_with_vowel_sound(n.text(doc.text)) == Some(false)
                    })
                {
                    continue;
                }
                // A label in brackets ("【Mail order Exclusive】") or a salutation ("Hi All,")
                // is not a sentence.
                if closes_bracket(doc, i + 1) || salutation(doc, i - 1) {
                    continue;
                }
                let Some(wt) = cx.evidence.word(i) else {
                    continue;
                };
                let next_title = doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && n.shape == Shape::Title && n.line == t.line);
                // A capital right after a word that clean text almost never follows with one
                // ("export market China faces") marks a lost boundary even before a name.
                // A verb of saying puts its subject after it in news: "reports South China
                // Morning Post", "said Wang Yi".
                let after_final_word = prev.shape == Shape::Lower
                    && !is_speech_verb(prev_text)
                    && !matches!(prev_text, "reports" | "reported" | "writes")
                    && seldom_before_capital(cx, i - 1);
                let mostly_lower = wt
                    .lexicon
                    .and_then(|e| e.cap_permille)
                    .is_some_and(|c| c <= MAX_CAP_PERMILLE_AFTER_FINAL);
                // A full name right after such a word starts a sentence too when a clause or an
                // appositive follows it: "the next generation Stoltenberg said", "this year Ellen
                // Hatzen, an investment manager". Before "and", "of" or a full stop it names the
                // word before it: "met officers Antoine Quirin and", "chief of staff Miles Taylor.".
                // The document capitalises the word mid-sentence elsewhere: a name ("Vote
                // Leave"). A function word counts only in the same phrase ("The Hague" twice),
                // since fused sentences leave capitalised articles all over a document.
                let capitalised_elsewhere = if wt.function {
                    let phrases = phrases.get_or_init(|| capitalised_phrases(cx));
                    phrases.get(&phrase_at(doc, i)).is_some_and(|&n| n >= 2)
                } else {
                    wt.forms.title_mid >= 2
                };
                let full_name = next_title
                    && !wt.function
                    && !capitalised_elsewhere
                    && (clause_after_name(doc, i) || clause_after_comma(doc, i));
                // A capital right before a full stop opens no sentence: "gas supply Safety.".
                let ends_sentence = doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.text(doc.text), "." | "!" | "?"));
                if after_final_word
                    && (mostly_lower || full_name)
                    && !capitalised_elsewhere
                    && !title_goes_on(doc, i)
                    && !ends_sentence
                {
                    out.push(fused(self.id(), doc, prev.span.start, t.span.end));
                    continue;
                }
                // A capitalised sentence adverb and its comma start a sentence after any word:
                // "saved the baby's Coincidently, on the 19th".
                if prev.shape == Shape::Lower && sentence_adverb(doc, i) && !mostly_title(wt) {
                    out.push(fused(self.id(), doc, prev.span.start, t.span.end));
                    continue;
                }
                // A word the document writes in lower case elsewhere, capitalised only here,
                // after a lower-case word and before a verb with a tense, is a sentence's first
                // word: "back to the police station Police told me", "in recent years Measles
                // affects".
                if prev.shape == Shape::Lower
                    && !wt.function
                    && !is_function_word(prev_text)
                    && wt.forms.lower >= 2
                    && wt.forms.title_mid == 1
                    && wt
                        .lexicon
                        .and_then(|e| e.cap_permille)
                        .is_some_and(|c| c <= MAX_CAP_PERMILLE_LOWER_ELSEWHERE)
                    && doc.tokens.get(i + 1).is_some_and(|n| {
                        n.line == t.line
                            && n.shape == Shape::Lower
                            && crate::clause_words::is_finite_verb(n.text(doc.text))
                    })
                {
                    out.push(fused(self.id(), doc, prev.span.start, t.span.end));
                    continue;
                }
                let Some(entry) = wt.lexicon else { continue };
                let Some(cap) = entry.cap_permille else {
                    continue;
                };
                // A subject and its verb in one word, before running text: "not the Sun It's
                // more massive", "take Tesla You're using"; a title goes on with an article or a
                // capital ("It's a Wonderful Life").
                let contraction_opens = subject_contraction(word)
                    && doc.tokens.get(i + 1).is_some_and(|n| {
                        n.line == t.line
                            && n.is_word()
                            && n.shape == Shape::Lower
                            && !is_determiner(n.text(doc.text))
                    });
                // Titles capitalise "You" and "My" ("Love You", "If I Were You is a play", "My
                // Fair Lady"), but after a lower-case word and before one that can follow a
                // subject (tested above for "You") they open a clause: "The colony is You mention
                // starvation", "because My brother hasn't".
                let pronoun_opens = prev.shape == Shape::Lower
                    && (word == "You"
                        || word == "My"
                            && doc.tokens.get(i + 1).is_some_and(|n| {
                                n.line == t.line && n.is_word() && n.shape == Shape::Lower
                            }))
                    // After a name, only before a verb that agrees with it: "from the Middle
                    // East You have two of us", not "Thank You for" or "Love You was".
                    || word == "You"
                        && doc.tokens.get(i + 1).is_some_and(|n| {
                            n.line == t.line && verb_after_you(n.text(doc.text))
                        })
                    || contraction_opens;
                if cap > MAX_CAP_PERMILLE && !pronoun_opens
                    || entry.zipf100 < MIN_ZIPF100
                    || capitalised_elsewhere
                {
                    continue;
                }
                if prev.is_capitalised(doc.text) {
                    // A subject and a lower-case word open a clause even there: "maintain
                    // "Persian He also stressed".
                    let subject_goes_on = matches!(word, "He" | "She" | "It" | "They" | "We")
                        && doc
                            .tokens
                            .get(i + 1)
                            .is_some_and(|n| n.is_word() && n.shape == Shape::Lower);
                    if quoted_title(doc, i - 1) && !subject_goes_on {
                        continue;
                    }
                    // Inside a run of capitalised words ("Plan for Transferring Part of State"),
                    // only a clause starting is evidence: a pronoun or article ("Putin It is",
                    // "Justice Antonin Scalia The Department") or a sentence adverb ("leave
                    // France Unfortunately, all").
                    // A function word that ends the run before a mark ("Wish You Were Here,") or
                    // leads a title on ("in Violation of Regulations During the National Day
                    // Holiday") is part of a title.
                    let starts_clause = if wt.function {
                        (!next_title
                            || starts_clause_before_name(word)
                            || subordinator(word) && verb_after_long_name(doc, i + 1))
                            && doc
                                .tokens
                                .get(i + 1)
                                .is_some_and(|n| n.kind != TokenKind::Punct)
                            && !surname_or_title_word(doc, i)
                            && !(title_goes_on(doc, i)
                                && title_before(doc, i - 1)
                                && !title_ends_in_prose(doc, i))
                            // No clause opens on an article and a preposition: "Ping An of China".
                            && !(is_article(word) && doc.tokens.get(i + 1).is_some_and(|n| {
                                n.shape == Shape::Lower && links_name(n.text(doc.text))
                            }))
                            && !number_goes_on_title(cx, i)
                    } else {
                        sentence_adverb(doc, i)
                            || contraction_opens
                            || opening_preposition(doc, i)
                            || participle_phrase(cx, i)
                            || plural_subject(doc, i)
                                && name_like(cx, i - 1)
                                && name_in_prose(doc, i)
                    };
                    if !starts_clause {
                        continue;
                    }
                } else if next_title && !wt.function && !subordinate_clause_opens(cx, i)
                    || !wt.function
                        && title_goes_on(doc, i)
                        && matches!(doc.tok(i + 1), "of" | "and")
                {
                    // "actor Will Smith": a capitalised word before another starts a name, and
                    // so does one that "of" or "and" links to another: "announced End of Life
                    // for", unlike an opener and its preposition: "guests According to Chai".
                    continue;
                }
                out.push(fused(self.id(), doc, prev.span.start, t.span.end));
            }
        }
    }
}

fn fused(rule: &'static str, doc: &crate::text::Document, start: usize, end: usize) -> Flag {
    let span = Span::new(start, end);
    Flag::new(
        rule,
        Severity::Warning,
        span,
        format!(
            "fused sentences: '{}' joins two clauses without a full stop",
            span.text(doc.text)
        ),
    )
}

/// A capitalised preposition, a day or a month, perhaps a date or a time of day, and a comma or
/// a lower-case word open a sentence after any word of running text: "we're going to On Monday,
/// Hungarian daily", "Perhaps On Sunday, Chilean military authorities", "on Wednesday By Tuesday
/// morning, the storm", "the continent, it On Thursday officials reported"; so do "Last" or
/// "Next" and a stretch of time ("the Soviet Union Last month, Alexei Navalny"), and "Yesterday"
/// or "Today" and a time of day ("activist Nur Khan Yesterday morning also saw").
/// Titles do not end on a date before running text. In a title-case `heading` the date phrase
/// needs its comma and a lower-case word after it.
fn date_phrase_opens(cx: &Context, i: usize, heading: bool) -> bool {
    let doc = cx.doc;
    let t = &doc.tokens[i];
    let word = doc.tok(i);
    if cx.evidence.initial[i] || !t.space_before || i == 0 {
        return false;
    }
    let on_line = |j: usize| doc.tokens.get(j).filter(|n| n.line == t.line);
    let prev = &doc.tokens[i - 1];
    if !prev.is_word() || prev.line != t.line {
        return false;
    }
    let when = |j: usize| on_line(j).is_some_and(|_| is_day_or_month(doc.tok(j)));
    let time_of_day = |j: usize| {
        on_line(j)
            .is_some_and(|_| matches!(doc.tok(j), "morning" | "afternoon" | "evening" | "night"))
    };
    // The token after the date phrase, and whether running text may follow it there.
    let (after, text_may_follow) = match word {
        "On" | "In" | "At" | "By" | "Since" | "Until" if when(i + 1) => {
            // An abbreviated month keeps its full stop: "Sept. 26".
            let month_end =
                if on_line(i + 2).is_some_and(|n| !n.space_before && n.text(doc.text) == ".") {
                    i + 2
                } else {
                    i + 1
                };
            let number = on_line(month_end + 1).is_some_and(|n| n.kind == TokenKind::Number);
            (
                if number || time_of_day(month_end + 1) {
                    month_end + 2
                } else {
                    month_end + 1
                },
                true,
            )
        }
        "Last" | "Next"
            if when(i + 1)
                || on_line(i + 1).is_some_and(|_| {
                    matches!(
                        doc.tok(i + 1),
                        "week" | "month" | "year" | "night" | "weekend" | "summer" | "winter"
                    )
                }) =>
        {
            (i + 2, false)
        }
        // Alone before a comma they end titles: "USA Today,", "World News Tonight,".
        "Yesterday" | "Today" | "Tomorrow" if time_of_day(i + 1) => (i + 2, true),
        _ => return false,
    };
    // After a preposition the date phrase cannot be its object, whatever follows: "410 bodies of
    // On February 24 President Putin".
    let after_preposition = prev.shape == Shape::Lower
        && matches!(
            doc.tok(i - 1),
            "of" | "in" | "on" | "at" | "to" | "for" | "from" | "with" | "by" | "about"
        );
    if heading {
        return on_line(after).is_some_and(|n| n.text(doc.text) == ",")
            && on_line(after + 1).is_some_and(|n| n.is_word() && n.shape == Shape::Lower);
    }
    on_line(after).is_some_and(|n| {
        n.text(doc.text) == ","
            || text_may_follow
                && (after_preposition
                    || n.is_word() && n.shape == Shape::Lower && !links_name(n.text(doc.text)))
    })
}

/// A sentence cut after its first word, a function word, and the next sentence glued on: "The
/// You mention starvation", "And My brother hasn't", "I My hope is". After an article, a
/// preposition, a conjunction or "I" that opens a sentence, a capitalised article,
/// possessive or subject pronoun before a lower-case word starts no title ("The Who released",
/// "In His Steps" and "So You Think You Can Dance" are left alone), and "I" follows a
/// conjunction ("So I think") or a fronted object ("This I promise"), but no article or
/// preposition ("The I've just shifted"). A quotation may open on a title ("in "In It to Win
/// It""), and devotional writing capitalises "He" and "His" ("For He is good").
fn first_word_cut_off(cx: &Context, i: usize, religious: &OnceCell<bool>) -> bool {
    let doc = cx.doc;
    if i == 0 || !cx.evidence.initial[i - 1] || cx.evidence.initial[i] {
        return false;
    }
    let (t, prev) = (&doc.tokens[i], &doc.tokens[i - 1]);
    let (word, first) = (doc.tok(i), doc.tok(i - 1));
    let sentence_start =
        i == 1 || doc.tokens[i - 2].line != prev.line || matches!(doc.tok(i - 2), "." | "!" | "?");
    if !sentence_start || !prev.is_word() || prev.line != t.line || !t.space_before || first == word
    {
        return false;
    }
    let first_lower = first.to_ascii_lowercase();
    let article = matches!(first_lower.as_str(), "the" | "a" | "an");
    let possessive = matches!(
        first_lower.as_str(),
        "my" | "our" | "your" | "his" | "her" | "their" | "its"
    );
    let preposition = is_place_or_time_preposition(&first_lower);
    if !first.starts_with(|c: char| c.is_ascii_uppercase())
        || !(article
            || possessive
            || preposition
            || matches!(
                first_lower.as_str(),
                "other" | "and" | "but" | "or" | "if" | "because"
            )
            || first == "I")
    {
        return false;
    }
    let lower_after = doc.tokens.get(i + 1).is_some_and(|n| {
        n.line == t.line && n.is_word() && n.shape == Shape::Lower && n.space_before
    });
    if is_pronoun_i(word) {
        return (article || possessive || preposition) && (word.len() > 1 || lower_after);
    }
    let determiner = matches!(
        word,
        "The"
            | "My"
            | "Our"
            | "Your"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "This"
            | "These"
            | "Those"
    );
    // "The It" is a name: "the It girl", "the It becomes one of the Fearsome Four".
    let subject = matches!(word, "You" | "We" | "They" | "He" | "She") || word == "It" && !article;
    (determiner || subject && first != "I")
        && lower_after
        && !(is_reverential_pronoun(word) && *religious.get_or_init(|| mentions_a_deity(doc)))
}

/// A headline runs on into the paragraph's first sentence: "Italian Minister of Education
/// Proposes Levying a Sugar Tax to Lorenzo Fioramonti, the new Italian Minister, recently put
/// forward". The paragraph opens, on a word that is no function word, a long run of capitals
/// and function words in which common words ("Sugar", "Tax") and a verb with a tense
/// ("Proposes") are capitalised, as only headlines write them, and after the last of them the
/// run goes on with a name, the sentence's subject, before its appositive's comma or its verb. A
/// phrase that opens a sentence ("In the Yimin Breeding Specialized Cooperative in Yima Town,")
/// has no such verb, and titles of works are shorter or go on with their verb ("Keeping Up
/// Appearances is a sitcom"). The span runs from the headline's last common word to the name.
fn headline_runs_on(cx: &Context, (first, last): (usize, usize)) -> Option<(usize, usize)> {
    let doc = cx.doc;
    if !doc.tokens.get(first)?.is_capitalised(doc.text) || cx.evidence.word(first)?.function {
        return None;
    }
    let mut words = 0;
    let mut common = 0;
    let mut verb = false;
    let mut last_common = None;
    let mut k = first;
    while k < last {
        let t = &doc.tokens[k];
        let word = doc.tok(k);
        if !t.is_word() || t.line != doc.tokens[first].line {
            break;
        }
        if t.shape == Shape::Lower {
            // A headline writes its articles, prepositions and conjunctions in lower case, not
            // a verb: "Something Wicked This Way Comes is Cold's third EP".
            if !is_function_word(word) || is_auxiliary(word) {
                break;
            }
        } else if lexicon_entry(cx, k)
            .and_then(|e| e.cap_permille)
            .is_some_and(|c| c <= MAX_HEADLINE_COMMON_CAP_PERMILLE)
        {
            common += 1;
            last_common = Some(k);
            let lower = word.to_ascii_lowercase();
            verb |= lower.ends_with('s') && clause_words::is_finite_verb(&lower);
        }
        words += 1;
        k += 1;
    }
    let last_common = last_common?;
    let name_after = (last_common + 1..k).any(|j| doc.tokens[j].shape != Shape::Lower);
    (words >= MIN_HEADLINE_WORDS
        && common >= MIN_HEADLINE_COMMON_WORDS
        && verb
        && name_after
        && k < last
        && (doc.tok(k) == "," || doc.tokens[k].shape == Shape::Lower)
        && doc.tokens[k - 1].shape != Shape::Lower)
        .then(|| {
            (
                doc.tokens[last_common].span.start,
                doc.tokens[k - 1].span.end,
            )
        })
}

/// A headline's run of capitals has at least this many words ...
const MIN_HEADLINE_WORDS: usize = 6;
/// ... of which at least this many are common words ...
const MIN_HEADLINE_COMMON_WORDS: usize = 3;
/// ... that clean text capitalises at most this often (permille).
const MAX_HEADLINE_COMMON_CAP_PERMILLE: u16 = 100;

/// Prepositions that take a place or a time, never a subject pronoun: "On I", "In I".
fn is_place_or_time_preposition(word: &str) -> bool {
    matches!(
        word,
        "on" | "in" | "at" | "of" | "from" | "into" | "onto" | "during" | "under" | "over"
    )
}

/// A capitalised conjunction after a lower-case function word and before a determiner: "And
/// they But the US Federation has". Titles seldom open on one mid-sentence, so the capital after
/// the determiner is a name, not a title going on.
fn conjunction_opener(doc: &crate::text::Document, i: usize) -> bool {
    matches!(doc.tok(i), "But" | "And" | "Yet")
        && doc.tokens[i - 1].shape == Shape::Lower
        && doc.tokens.get(i + 1).is_some_and(|n| {
            n.line == doc.tokens[i].line
                && n.shape == Shape::Lower
                && is_determiner(n.text(doc.text))
        })
}

/// A capitalised subordinating conjunction after a lower-case word, before a short name that a
/// verb with a tense follows: "applied to Though Lorenzo was forecast". A title that opens on
/// one names common words ("read Though Doves Cry was") or runs longer ("When Harry Met
/// Sally").
fn subordinate_clause_opens(cx: &Context, i: usize) -> bool {
    let doc = cx.doc;
    subordinator(doc.tok(i))
        && doc.tokens[i - 1].shape == Shape::Lower
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.shape == Shape::Title)
        && name_like(cx, i + 1)
        && after_name(doc, i + 1).is_some_and(|k| k <= i + 1 + MAX_SUBORDINATE_NAME_WORDS)
        && verb_after_long_name(doc, i + 1)
}

/// A sentence adverb and its comma: "to leave France Unfortunately, all their bookings", "the
/// 2019 FIVB Volleyball However, Chief Coach Lang Ping"; a title goes on in capitals or ends on
/// a noun.
fn sentence_adverb(doc: &crate::text::Document, i: usize) -> bool {
    let word = doc.tok(i);
    (word.ends_with("ly") || clause_words::sentence_adverb(word) || is_ordinal_adverb(word))
        && comma_after(doc, i)
        || connective_before_clause(doc, i)
}

/// A connective adverb that opens sentences, without its comma, before a subject pronoun or a
/// determiner and a lower-case word: "Jehovah's Witnesses However I'm baptized", "the talks
/// Meanwhile the government said". The conjunctions among the sentence adverbs ("But", "When")
/// begin titles that go on so ("Nothing But the truth" is no slip).
fn connective_before_clause(doc: &crate::text::Document, i: usize) -> bool {
    let word = doc.tok(i);
    let connective = || {
        clause_words::sentence_adverb(word)
            && (word.ends_with("ly")
                || matches!(
                    word,
                    "However"
                        | "Meanwhile"
                        | "Moreover"
                        | "Furthermore"
                        | "Nevertheless"
                        | "Nonetheless"
                        | "Therefore"
                        | "Thus"
                        | "Hence"
                        | "Indeed"
                        | "Likewise"
                        | "Afterwards"
                        | "Thereafter"
                        | "Nowadays"
                ))
    };
    let line = doc.tokens[i].line;
    let lower_at = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|n| n.line == line && n.is_word() && n.shape == Shape::Lower)
    };
    doc.tokens.get(i + 1).is_some_and(|n| n.line == line)
        && {
            let next = doc.tok(i + 1);
            is_pronoun_i(next) && (next.len() > 1 || lower_at(i + 2))
                || lower_at(i + 1)
                    && (matches!(next, "we" | "he" | "she" | "they" | "it" | "you" | "there")
                        || is_determiner(next) && !matches!(next, "no" | "whose"))
                    && lower_at(i + 2)
        }
        && connective()
}

/// A comma follows token `i`.
fn comma_after(doc: &crate::text::Document, i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|_| doc.tok(i + 1) == ",")
}

/// A preposition that opens sentences in news and that the function-word list lacks, before
/// running text: "would replace Alexander Acosta Amid questions over a plea deal". In a title a
/// capital follows it, perhaps after an article: "Growth Amid Crisis", "Convention Despite the
/// Storm".
fn opening_preposition(doc: &crate::text::Document, i: usize) -> bool {
    matches!(
        doc.tok(i),
        "Amid" | "Amidst" | "Despite" | "Following" | "Unlike"
    ) && !title_goes_on(doc, i)
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && n.shape == Shape::Lower && n.line == doc.tokens[i].line)
}

/// The capitalised function word at token `i`, after a capital, is a surname or a word of a
/// title: "of" or a verb with a tense follows it ("James To of the Democratic Party", "councillor
/// Wilson Or was elected", "Take That released"). A subject, an article, "There", "Here" or a
/// question word opens a clause there instead ("MOD What is the cause", "So There are").
fn surname_or_title_word(doc: &crate::text::Document, i: usize) -> bool {
    let word = doc.tok(i);
    doc.tokens.get(i + 1).is_some_and(|n| {
        let next = n.text(doc.text);
        next == "of"
            || n.shape == Shape::Lower
                && clause_words::is_finite_verb(next)
                && !is_subject_pronoun(word)
                && !is_determiner(&word.to_ascii_lowercase())
                && !matches!(
                    word,
                    "What" | "Which" | "Who" | "Where" | "When" | "Why" | "How" | "There" | "Here"
                )
    })
}

/// Ordinals that open a sentence and list its point: "Third, realizing self-improvement". Clean
/// text capitalises them before a comma mid-sentence in titles ("the First, Second and Third
/// Crusades"), so they count only where a clause may end.
fn is_ordinal_adverb(word: &str) -> bool {
    matches!(word, "First" | "Second" | "Third" | "Fourth")
}

/// How often each capitalised word stands mid-sentence before each next word: "The Hague"
/// twice is a name, whatever fused sentences do to other capitalised articles.
fn capitalised_phrases<'t>(cx: &Context<'_, 't>) -> FxHashMap<(&'t str, &'t str), u32> {
    let doc = cx.doc;
    let mut counts: FxHashMap<(&str, &str), u32> = FxHashMap::default();
    for (j, t) in doc.tokens.iter().enumerate() {
        if t.shape == Shape::Title && !cx.evidence.initial[j] && !after_content_word(doc, j) {
            *counts.entry(phrase_at(doc, j)).or_default() += 1;
        }
    }
    counts
}

/// A capitalised function word right after a lower-case content word ("the export At the same
/// time") is itself a fused sentence, not evidence of a name: fused sentences repeat.
fn after_content_word(doc: &crate::text::Document, j: usize) -> bool {
    j > 0 && {
        let prev = &doc.tokens[j - 1];
        prev.kind == TokenKind::Word
            && prev.shape == Shape::Lower
            && !is_function_word(doc.tok(j - 1))
    }
}

/// The capitalised words from token `j` on are followed by a lower-case word that does not carry
/// a name on ("The Malawian side looks", "The TCL Group has"), unlike "The University of
/// Chicago" or "The Rock and Roll Hall of Fame".
fn clause_after_name(doc: &crate::text::Document, j: usize) -> bool {
    after_name(doc, j).is_some_and(|k| {
        let t = &doc.tokens[k];
        t.is_word() && t.shape == Shape::Lower && !links_name(doc.tok(k))
    })
}

/// The pronoun "I" right after a preposition, an article, a possessive or a subject pronoun
/// starts a sentence whose start was cut off: "how to be better in I'm hoping", "that paper
/// described the I guess I just want", "what they I will not". Left alone: "on", an adverb too
/// ("later on I want"), the idiom "for I don't know what", and "I" as a letter or a numeral,
/// which a noun follows ("the I class").
fn pronoun_after_preposition(doc: &crate::text::Document, i: usize) -> bool {
    let word = doc.tok(i);
    let t = &doc.tokens[i];
    let contraction = word
        .strip_prefix("I'")
        .or_else(|| word.strip_prefix("I’"))
        .is_some_and(|rest| matches!(rest, "m" | "ve" | "d" | "ll"));
    if !(word == "I" || contraction) || i == 0 {
        return false;
    }
    let prev = &doc.tokens[i - 1];
    let Some(next) = doc.tokens.get(i + 1) else {
        return false;
    };
    let next_word = doc.tok(i + 1);
    prev.is_word()
        && prev.shape == Shape::Lower
        && prev.line == t.line
        && matches!(
            doc.tok(i - 1),
            "in" | "into"
                | "of"
                | "at"
                | "with"
                | "from"
                | "to"
                | "by"
                | "for"
                | "about"
                | "upon"
                | "during"
                | "through"
                | "the"
                | "a"
                | "an"
                // A possessive determiner or a subject pronoun takes no second subject either:
                // "it was my I was", "that they I will".
                | "my"
                | "your"
                | "its"
                | "our"
                | "their"
                | "he"
                | "she"
                | "we"
                | "they"
        )
        && next.is_word()
        && next.shape == Shape::Lower
        && next.line == t.line
        && (word != "I"
            || verb_after_i(next_word)
            // "have" after a preposition may be archaic English: "for I have England".
            || matches!(next_word, "have" | "already")
                && matches!(doc.tok(i - 1), "the" | "a" | "an" | "my" | "your" | "our" | "their"))
        && !(matches!(next_word, "don't" | "don’t" | "do")
            && doc.tokens[i + 2..]
                .iter()
                .take(2)
                .any(|n| n.text(doc.text) == "know"))
}

/// A word that follows the subject "I": a verb with a tense, an adverb, or a verb of thinking
/// or wanting, which the list of verbs with a tense leaves out as base forms.
fn verb_after_i(word: &str) -> bool {
    crate::clause_words::is_finite_verb(word)
        || word.ends_with("ly")
        || matches!(
            word,
            "think"
                | "guess"
                | "mean"
                | "want"
                | "know"
                | "feel"
                | "hope"
                | "believe"
                | "need"
                | "just"
                | "also"
                | "still"
                | "never"
                | "always"
                | "don't"
                | "don’t"
                | "can't"
                | "can’t"
                | "love"
                | "like"
                | "see"
                | "remember"
                | "consider"
                | "agree"
                | "understand"
                | "wonder"
                | "wish"
                | "suppose"
                | "expect"
                | "say"
                | "find"
                | "am"
        )
}

/// Clean text follows the word before a capital "A" with a capital at most this often
/// (permille): "killed A few hours", "over time A bus", but not "vitamin A", "type A".
const MAX_NEXT_CAP_PERMILLE_BEFORE_A: u16 = 60;

/// Words after which a capital "A" is a label, not an article: "A levels", "an A grade", "the
/// main A road", "China's A shares", "in A minor", "type A blood".
const AFTER_LABEL_A: &[&str] = &[
    "level", "levels", "grade", "grades", "road", "roads", "side", "section", "team", "division",
    "league", "list", "major", "minor", "flat", "sharp", "size", "share", "shares", "class",
    "rated", "series", "type", "blood", "vs",
];

/// A capital "A" between a word that ends a clause and a lower-case word starts a sentence whose
/// full stop was lost: "were all killed A few hours before", "over time A bus operated by".
/// A single letter has no title case, so the general test never sees it; "A" as a label
/// follows words that clean text often follows with a capital ("vitamin A", "Type A") or leads
/// a word that labels take ("A levels", "A and B").
fn article_opens_sentence(cx: &Context, i: usize) -> bool {
    let doc = cx.doc;
    // The noun may be quoted: "they reported the A "tropical depression" is".
    let quoted = doc
        .tokens
        .get(i + 2)
        .is_some_and(|n| !n.space_before && matches!(doc.tok(i + 1), "\"" | "“"));
    let noun = if quoted { i + 2 } else { i + 1 };
    let (Some(prev), Some(next)) = (
        i.checked_sub(1).map(|j| &doc.tokens[j]),
        doc.tokens.get(noun),
    ) else {
        return false;
    };
    let t = &doc.tokens[i];
    if cx.evidence.initial[i] || !t.space_before || !doc.tokens[i + 1].space_before {
        return false;
    }
    if next.kind != TokenKind::Word || next.shape != Shape::Lower || next.line != t.line {
        return false;
    }
    // The article takes a word it can stand before: not "A of", "A is" or "A appearance", which
    // only a label is followed by ("line A of the network", "list A appearance").
    let after = doc.tok(noun);
    if AFTER_LABEL_A.contains(&after)
        || is_function_word(after)
        || starts_with_vowel_sound(after) != Some(false)
        || prev.line != t.line
    {
        return false;
    }
    // After a number "A" is as often the ampere ("a current of 1 A for two hours"), but not
    // after a date or a year: "declared a pandemic on March 11 A hospital official said".
    if prev.kind == TokenKind::Number {
        let number = doc.tok(i - 1);
        let year = number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
        return prev.line == t.line && (year || i >= 2 && is_month(doc.tok(i - 2)));
    }
    prev.kind == TokenKind::Word
        && prev.shape == Shape::Lower
        && (!is_function_word(doc.tok(i - 1))
            && lexicon_entry(cx, i - 1)
                .and_then(|e| e.next_cap_permille)
                .is_some_and(|n| n <= MAX_NEXT_CAP_PERMILLE_BEFORE_A)
            // A preposition takes the article's noun, not the letter ("in A month later"), a
            // subject pronoun its verb ("they A "tropical depression" is"), an object pronoun
            // ends its phrase ("exploiting them A sensitive document"), and "another" takes no
            // second determiner ("and another A search of the van"); an article takes
            // the letter ("an A student", "the A subunit"), but not before a quoted noun ("they
            // reported the A "tropical depression" is").
            || matches!(
                doc.tok(i - 1),
                "in" | "on"
                    | "at"
                    | "of"
                    | "for"
                    | "with"
                    | "from"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "them"
                    | "him"
                    | "us"
                    | "me"
                    | "another"
            )
            || quoted && matches!(doc.tok(i - 1), "the" | "a" | "an"))
}

/// Clean text follows the lower-case word at token `j` with a capital at most
/// [`MAX_NEXT_CAP_PERMILLE`] of the time: "development", "cloud".
fn seldom_before_capital(cx: &Context, j: usize) -> bool {
    lexicon_entry(cx, j)
        .and_then(|e| e.next_cap_permille)
        .is_some_and(|n| n <= MAX_NEXT_CAP_PERMILLE)
}

/// Like [`clause_after_name`], across the links of a long name: "The Central Radio and
/// Television Station will broadcast", "The Ministry of Industry and Information Technology
/// released".
fn clause_after_long_name(doc: &crate::text::Document, j: usize) -> bool {
    last_part_of_name(doc, j).is_some_and(|k| clause_after_name(doc, k))
}

/// A long name from token `j` on is the subject of a verb with a tense, or of a relative
/// clause: "The Central Radio and Television Station will broadcast", "The Department of Labor,
/// which is".
fn verb_after_long_name(doc: &crate::text::Document, j: usize) -> bool {
    let Some(after) = after_long_name(doc, j) else {
        return false;
    };
    finite_verb_at(doc, after)
        // An adverb may come between: "When Heidecker narrowly avoids".
        || doc.tokens[after].shape == Shape::Lower
            && doc.tok(after).ends_with("ly")
            && finite_verb_at(doc, after + 1)
        || doc.tok(after) == ","
            && doc
                .tokens
                .get(after + 1)
                .is_some_and(|n| matches!(n.text(doc.text), "which" | "who"))
}

/// A verb with a tense right after the long name from token `j` on: "The Conception was".
fn finite_verb_after_long_name(doc: &crate::text::Document, j: usize) -> bool {
    after_long_name(doc, j).is_some_and(|after| finite_verb_at(doc, after))
}

/// The first token after the long name from token `j` on, across its links.
fn after_long_name(doc: &crate::text::Document, j: usize) -> Option<usize> {
    last_part_of_name(doc, j).and_then(|k| after_name(doc, k))
}

/// A lower-case verb with a tense at token `k`.
fn finite_verb_at(doc: &crate::text::Document, k: usize) -> bool {
    doc.tokens
        .get(k)
        .is_some_and(|t| t.shape == Shape::Lower && crate::clause_words::is_finite_verb(doc.tok(k)))
}

/// The first token of the last run of capitals in the long name from token `j` on, across the
/// words that link its runs ("of", "and"): "Television" in "Central Radio and Television
/// Station".
fn last_part_of_name(doc: &crate::text::Document, j: usize) -> Option<usize> {
    let mut k = j;
    for _ in 0..MAX_LINKS_IN_NAME {
        let after = after_name(doc, k)?;
        let link_goes_on = links_name(doc.tok(after))
            && doc
                .tokens
                .get(after + 1)
                .is_some_and(|n| n.is_capitalised(doc.text));
        if !link_goes_on {
            return Some(k);
        }
        k = after + 1;
    }
    None
}

/// The first token after the capitalised words from token `j` on, within a name's length.
fn after_name(doc: &crate::text::Document, j: usize) -> Option<usize> {
    (j..doc.tokens.len().min(j + MAX_NAME_WORDS + 1))
        .find(|&k| !doc.tokens[k].is_capitalised(doc.text))
}

/// The capitalised words from token `j` on are followed by a comma and running text, not by
/// more names: "Ellen Hatzen, an", "The Regulations, combining", but not "The Fabulous Fraud,
/// The Adventures".
fn clause_after_comma(doc: &crate::text::Document, j: usize) -> bool {
    after_name(doc, j).is_some_and(|k| {
        doc.tok(k) == ","
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.is_word() && n.shape == Shape::Lower)
    })
}

/// The two tokens that follow a lower-case article somewhere in the document.
fn phrases_after_lower_article<'t>(
    doc: &crate::text::Document<'t>,
) -> FxHashSet<(&'t str, &'t str)> {
    doc.tokens
        .windows(3)
        .filter(|w| matches!(w[0].text(doc.text), "the" | "a" | "an") && w[1].is_word())
        .map(|w| (w[1].text(doc.text), w[2].text(doc.text)))
        .collect()
}

fn phrase_at<'t>(doc: &crate::text::Document<'t>, j: usize) -> (&'t str, &'t str) {
    let next = doc.tokens.get(j + 1).map_or("", |n| n.text(doc.text));
    (doc.tok(j), next)
}

fn closes_bracket(doc: &crate::text::Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| {
        !t.space_before && matches!(doc.tok(i), ")" | "]" | "】" | "」" | "』" | "〕" | "》")
    })
}

/// The first word of a line that greets the reader: "Hi All", "Dear Colleagues".
fn salutation(doc: &crate::text::Document, i: usize) -> bool {
    let first_of_line = i == 0 || doc.tokens[i - 1].line != doc.tokens[i].line;
    first_of_line && matches!(doc.tok(i), "Hi" | "Hello" | "Hey" | "Dear" | "Greetings")
}

/// A participle and its preposition opening a sentence: "in Kowloon Affected by the disputes",
/// "in Jilin Province Based on the experience", "in Macau According to Chuxia Deng"; a title goes
/// on in capitalised common words ("Plan for Transferring Part of State-Owned Capital").
fn participle_phrase(cx: &Context, i: usize) -> bool {
    let doc = cx.doc;
    let word = doc.tok(i);
    (word.ends_with("ed") || word.ends_with("ing"))
        && doc.tokens.get(i + 1).is_some_and(|n| {
            n.shape == Shape::Lower
                && n.line == doc.tokens[i].line
                && is_function_word(doc.tok(i + 1))
        })
        && doc.tokens.get(i + 2).is_some_and(|n| {
            n.shape == Shape::Lower
                || n.kind == TokenKind::Number
                || n.is_word()
                    && low_cap(cx, i)
                    && name_like(cx, i - 1)
                    && name_like(cx, i + 2)
                    && name_in_prose(doc, i)
        })
}

/// The capitalised words before token `i` follow a lower-case word, as a name in running text
/// does ("research in Macau According"); a title follows a mark ("Money Matters: Personal
/// Giving") or a determiner ("the Official Opening of").
fn name_in_prose(doc: &crate::text::Document, i: usize) -> bool {
    (i.saturating_sub(MAX_NAME_WORDS + 1)..i)
        .rev()
        .find(|&j| !doc.tokens[j].is_capitalised(doc.text))
        .is_some_and(|j| {
            doc.tokens[j].is_word()
                && doc.tokens[j].shape == Shape::Lower
                && !is_determiner(doc.tok(j))
        })
}

/// A plural common noun that opens a clause, as its subject: "in Saudi Arabia Visitors can
/// apply", "the Republic of China Guests who had joined". The caller has made sure that clean text
/// seldom capitalises the word, that the document does not capitalise it elsewhere, and that a
/// name in prose comes before it, not a title ("Copper Prices were rising").
fn plural_subject(doc: &crate::text::Document, i: usize) -> bool {
    let line = doc.tokens[i].line;
    let word_at = |j: usize| {
        doc.tokens
            .get(j)
            .filter(|n| n.line == line)
            .map(|n| n.text(doc.text))
    };
    let verb = |w: &str| {
        matches!(
            w,
            "who" | "can" | "will" | "have" | "are" | "were" | "should" | "must" | "may"
        )
    };
    // An adverb may come between: "the World War Aides publicly denied the story"; so may "of"
    // and a lower-case phrase, where a title would go on in capitals: "offshore of Turkey
    // Relatives of the boy attended", not "Pirates of the Caribbean".
    let of_phrase = word_at(i + 1) == Some("of")
        && word_at(i + 2)
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "their"))
        && word_at(i + 3).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
        && word_at(i + 4).is_some_and(crate::clause_words::is_finite_verb);
    doc.tok(i).ends_with('s')
        && (word_at(i + 1).is_some_and(verb)
            || word_at(i + 1).is_some_and(|w| w.ends_with("ly") && w.len() > 4)
                && word_at(i + 2).is_some_and(crate::clause_words::is_finite_verb)
            || of_phrase)
}

/// A participle that clean text all but never capitalises mid-sentence, and its preposition,
/// open a sentence even where capitals follow: "relics of According to Kui Lijia", "records as
/// 108 According to CNN". In a title it goes on ("The Gospel According to", "Notice on Carrying
/// out"), so the two words before it must be running text: a lower-case word, then the word or
/// number the caller has looked at.
fn participle_opener(cx: &Context, i: usize) -> bool {
    let doc = cx.doc;
    let word = doc.tok(i);
    i >= 2
        && doc.tokens[i - 2].is_word()
        && doc.tokens[i - 2].shape == Shape::Lower
        && (word.ends_with("ed") || word.ends_with("ing"))
        && lexicon_entry(cx, i)
            .and_then(|e| e.cap_permille)
            .is_some_and(|c| c <= MAX_OPENER_CAP_PERMILLE)
        && doc.tokens.get(i + 1).is_some_and(|n| {
            n.shape == Shape::Lower
                && n.line == doc.tokens[i].line
                && is_function_word(doc.tok(i + 1))
        })
}

/// Clean text capitalises the word more often than not: "Securities Daily".
fn mostly_title(wt: &crate::checks::evidence::WordType) -> bool {
    wt.lexicon
        .and_then(|e| e.cap_permille)
        .is_some_and(|c| c > MAX_CAP_PERMILLE_AFTER_FINAL)
}

/// Conjunctions after which a clause, and so its subject, begins: "because", "since".
fn opens_clause(word: &str) -> bool {
    matches!(
        word,
        "since"
            | "because"
            | "while"
            | "although"
            | "though"
            | "whereas"
            | "unless"
            | "if"
            | "when"
    )
}

/// Verbs whose object comes before a clause: "told The Jakarta Post it was", where the name is
/// not the clause's subject.
fn tells_someone(word: &str) -> bool {
    matches!(
        word,
        "told"
            | "tell"
            | "tells"
            | "telling"
            | "informed"
            | "informs"
            | "warned"
            | "warns"
            | "reminded"
            | "reminds"
            | "assured"
            | "assures"
            | "convinced"
            | "persuaded"
            | "notified"
            | "showed"
            | "shows"
    )
}

/// Token `j` is a speaker's initials at the start of a sentence: "(and vice versa). MS The".
fn speaker_initials(doc: &crate::text::Document, j: usize) -> bool {
    let t = &doc.tokens[j];
    t.is_word()
        && t.shape == Shape::Upper
        && (2..=3).contains(&t.span.len())
        && (j == 0 || doc.tokens[j - 1].line != t.line || matches!(doc.tok(j - 1), "." | "?" | "!"))
}

/// A style of address, whose pronoun is capitalised anywhere: "to advise Her Majesty the Queen",
/// "met His Excellency the ambassador".
fn honorific(doc: &crate::text::Document, i: usize) -> bool {
    matches!(doc.tok(i), "His" | "Her" | "Your" | "Their")
        && doc.tokens.get(i + 1).is_some_and(|n| {
            matches!(
                n.text(doc.text),
                "Majesty"
                    | "Majesty's"
                    | "Majesty’s"
                    | "Majesties"
                    | "Highness"
                    | "Highnesses"
                    | "Excellency"
                    | "Excellencies"
                    | "Holiness"
                    | "Eminence"
                    | "Grace"
                    | "Honour"
                    | "Honor"
                    | "Lordship"
                    | "Ladyship"
                    | "Worship"
                    | "Royal"
                    | "Imperial"
                    | "Serene"
            )
        })
}

/// Devotional writing capitalises the pronouns of God: "in His image", "that He will".
pub(crate) fn is_reverential_pronoun(word: &str) -> bool {
    matches!(
        word,
        "He" | "His" | "Him" | "Himself" | "Thee" | "Thou" | "Thy" | "Thine"
    )
}

pub(crate) fn mentions_a_deity(doc: &crate::text::Document) -> bool {
    doc.tokens.iter().any(|t| {
        t.is_word()
            && matches!(
                without_possessive(t.text(doc.text)),
                "God"
                    | "Lord"
                    | "Jesus"
                    | "Christ"
                    | "Allah"
                    | "Almighty"
                    | "Creator"
                    | "Providence"
                    | "Savior"
                    | "Saviour"
            )
    })
}

/// Prepositions and conjunctions that carry a name on ("The University of Chicago", "The Rock
/// and Roll Hall of Fame"); no clause opens on an article and one of them ("Ping An of China").
fn links_name(word: &str) -> bool {
    matches!(
        word,
        "of" | "in" | "to" | "for" | "with" | "on" | "at" | "by" | "from" | "and" | "or"
    )
}

/// Determiners that open a sentence's subject and never follow another determiner: "the This
/// device was invented", "founded the Its name derives", "facilitate this Some game content".
fn opens_subject_phrase(word: &str) -> bool {
    matches!(
        word,
        "This" | "These" | "Those" | "Its" | "Their" | "His" | "Some" | "Many" | "Most" | "Several"
    )
}

/// Conjunctions that open a clause before its subject; before a name they start a sentence
/// only when the name has a verb with a tense ("in Pakistan When Baloch was born"), since titles
/// open on them too ("When Harry Met Sally").
fn subordinator(word: &str) -> bool {
    matches!(
        word,
        "When" | "While" | "Although" | "Though" | "Because" | "Unless" | "Whereas" | "If"
    )
}

/// A subject pronoun and its verb written as one word: "It's", "You're", "They’re".
fn subject_contraction(word: &str) -> bool {
    let Some((pronoun, verb)) = word.split_once(['\'', '’']) else {
        return false;
    };
    matches!(
        (pronoun, verb),
        ("It" | "He" | "She" | "That" | "There", "s") | ("You" | "We" | "They", "re")
    )
}

/// Verbs that agree with "you" and not with a title that ends in "You" ("Love You was").
fn verb_after_you(word: &str) -> bool {
    matches!(
        word,
        "have"
            | "are"
            | "can"
            | "could"
            | "will"
            | "would"
            | "should"
            | "must"
            | "know"
            | "need"
            | "want"
            | "don't"
            | "can't"
            | "won't"
            | "didn't"
            | "just"
    )
}

fn is_article(word: &str) -> bool {
    matches!(word, "The" | "A" | "An")
}

/// Words that open a clause and are seldom part of a name or title after another capitalised
/// word: "Scalia The Department of Labor". Pronouns are not among them: "Vice Premier He
/// Lifeng" is a name.
fn starts_clause_before_name(word: &str) -> bool {
    matches!(word, "The" | "This" | "These" | "Those" | "There")
}

/// Whether the parenthesis closed at token `close` starts and ends with a lower-case word: "(local
/// time)", but not a credit, "(reporter Pei Jianfei)"; or holds the acronym of the lower-case
/// words before it: "laser desorption/ionization (MALDI) The acidic peptide".
fn lowercase_parenthesis(doc: &crate::text::Document, para_start: usize, close: usize) -> bool {
    let lower = |j: usize| doc.tokens.get(j).is_some_and(|t| t.shape == Shape::Lower);
    (para_start..close)
        .rev()
        .find(|&j| doc.tok(j) == "(")
        .is_some_and(|j| {
            lower(j + 1) && lower(close - 1)
                || j + 2 == close
                    && j > para_start
                    && doc.tokens[j + 1].shape == Shape::Upper
                    && doc.tokens[j - 1].is_word()
                    && lower(j - 1)
                    && !is_function_word(doc.tok(j - 1))
        })
}

/// Token `i` starts a place in capitals, a comma and a date ("SHENZHEN, September 27"), and a
/// lower-case word of running text, not a determiner, stands before it.
fn dateline_in_text(doc: &crate::text::Document, i: usize) -> bool {
    let prev = &doc.tokens[i - 1];
    if !(prev.is_word()
        && prev.shape == Shape::Lower
        && !is_determiner(prev.text(doc.text))
        && doc.tokens[i].span.len() >= 3)
    {
        return false;
    }
    let Some(comma) = (i..doc.tokens.len().min(i + MAX_NAME_WORDS))
        .find(|&k| doc.tokens[k].shape != Shape::Upper || !doc.tokens[k].is_word())
    else {
        return false;
    };
    let tok = |k: usize| doc.tokens.get(k).map_or("", |t| t.text(doc.text));
    let number_at = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number)
    };
    tok(comma) == ","
        && is_month(tok(comma + 1))
        && (number_at(comma + 2) || tok(comma + 2) == "." && number_at(comma + 3))
}

/// The number at token `number` is a date inside a sentence ("held on November 2 He said"),
/// not the date of a dateline ("Hefei, Sept. 27 According to") or a name's number ("shaft No. 1
/// Of the tunnel"), after which a capital proves nothing.
fn date_in_sentence(doc: &crate::text::Document, number: usize) -> bool {
    let month = if number >= 1 && is_month(doc.tok(number - 1)) {
        number - 1
    } else if number >= 2 && doc.tok(number - 1) == "." && is_month(doc.tok(number - 2)) {
        number - 2
    } else {
        return false;
    };
    month >= 1 && {
        let before = &doc.tokens[month - 1];
        before.line == doc.tokens[month].line
            && before.is_word()
            && before.shape == Shape::Lower
            && !is_determiner(doc.tok(month - 1))
    }
}

/// A capitalised word, perhaps abbreviated, stands before the number at token `number`.
fn after_capitalised_word(doc: &crate::text::Document, number: usize) -> bool {
    let capitalised = |j: usize| {
        let t = &doc.tokens[j];
        t.is_word() && t.shape != Shape::Lower
    };
    number >= 1 && capitalised(number - 1)
        || number >= 2 && doc.tok(number - 1) == "." && capitalised(number - 2)
}

/// What the lexicon knows of the word at token `j`, if it is a word it knows.
fn lexicon_entry(cx: &Context, j: usize) -> Option<crate::lexicon::Entry> {
    cx.evidence.word(j).and_then(|w| w.lexicon)
}

/// A word clean text capitalises mid-sentence at most [`MAX_CAP_PERMILLE`] of the time.
fn low_cap(cx: &Context, i: usize) -> bool {
    lexicon_entry(cx, i)
        .and_then(|e| e.cap_permille)
        .is_some_and(|c| c <= MAX_CAP_PERMILLE)
}

/// The run of capitalised words that ends at token `j` opens right after an opening quotation
/// mark: a quoted title ("the single “Kiss Under the Moon”", "the documentary "Shut Up and
/// Sing""), whose capitals start no sentence.
fn quoted_title(doc: &crate::text::Document, j: usize) -> bool {
    let line = doc.tokens[j].line;
    let mut k = j;
    while k > 0 && doc.tokens[k].line == line && doc.tokens[k].is_capitalised(doc.text) {
        k -= 1;
    }
    let quote = &doc.tokens[k];
    k < j
        && quote.line == line
        && matches!(doc.tok(k), "\"" | "“")
        && !doc.tokens[k + 1].space_before
}

/// The capitalised word at token `j` goes on a title: a capitalised word before it, perhaps
/// across a function word ("Violation of Regulations").
fn title_before(doc: &crate::text::Document, j: usize) -> bool {
    let capitalised = |k: usize| doc.tokens[k].is_capitalised(doc.text);
    j >= 1 && capitalised(j - 1) || j >= 2 && is_function_word(doc.tok(j - 1)) && capitalised(j - 2)
}

/// Token `i` sits in a title-case phrase ("Guiding Opinions on Promoting the Development"): a
/// capitalised word two before it or right after it (for a function word, only after it).
fn in_title(doc: &crate::text::Document, i: usize) -> bool {
    let capitalised = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| {
            t.is_word()
                && matches!(t.shape, Shape::Title | Shape::Upper)
                && t.line == doc.tokens[i].line
        })
    };
    if is_function_word(doc.tok(i)) {
        // "Gaullism and At the same time": only a capital after it makes a title.
        capitalised(i + 1) || title_goes_on(doc, i)
    } else {
        i >= 2 && capitalised(i - 2) || capitalised(i + 1) || title_goes_on(doc, i)
    }
}

/// The capitals after the opening preposition at token `i` and its article end in a lower-case
/// word that is neither a verb with a tense nor a kind of work: no title ("Hillary Clinton On the
/// Republican side", "on Wednesday By Tuesday morning") but a sentence, unlike "Life On the
/// Mississippi describes" or "Lord Of the Rings trilogy".
fn title_ends_in_prose(doc: &crate::text::Document, i: usize) -> bool {
    if !matches!(doc.tok(i), "On" | "In" | "At" | "By" | "After" | "During") {
        return false;
    }
    after_name(doc, i + 2).is_some_and(|k| {
        let t = &doc.tokens[k];
        let word = doc.tok(k);
        t.is_word()
            && t.shape == Shape::Lower
            && t.line == doc.tokens[i].line
            && !is_function_word(word)
            && !crate::clause_words::is_finite_verb(word)
            && !names_a_work(word)
    })
}

/// Kinds of work or event a title names: "the Lord Of the Rings trilogy".
fn names_a_work(word: &str) -> bool {
    matches!(
        word,
        "film"
            | "films"
            | "movie"
            | "series"
            | "trilogy"
            | "album"
            | "song"
            | "book"
            | "novel"
            | "show"
            | "play"
            | "game"
            | "tour"
            | "festival"
            | "award"
            | "awards"
            | "franchise"
    )
}

/// After a common word in title case, the preposition at token `i` and a number go on with the
/// title ("Care Services for Infants Aged Below 3", "the World Under 21 Championships"), where
/// after a name they open a sentence ("in Beijing After 3 days"), and so do a year after any word
/// ("Investments In 2006/07 Scottish Water invested") and any number after a possessive, which
/// needs its noun ("The People's With 40 billion yuan").
fn number_goes_on_title(cx: &Context, i: usize) -> bool {
    let doc = cx.doc;
    let prev = doc.tok(i - 1);
    !name_like(cx, i - 1)
        && !is_article(doc.tok(i))
        && without_possessive(prev) == prev
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Number && !starts_with_year(n.text(doc.text)))
}

/// A word that counts or bounds the number after it and may open a sentence with it: "Every 40
/// days", "Nearly 200 people", "Another 5".
fn counts_a_number(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    is_determiner(&lower)
        || lower.ends_with("ly")
        || matches!(
            lower.as_str(),
            "almost" | "another" | "around" | "just" | "only" | "some" | "up"
        )
}

/// A number that starts with a year: "2005", "2006/07", "1947".
fn starts_with_year(number: &str) -> bool {
    number.len() >= 4
        && number.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && (number.len() == 4 || !number.as_bytes()[4].is_ascii_digit())
        && matches!(
            &number[..2],
            "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20"
        )
}

/// A title goes on in capitals after token `i` and a function word: "Analysis and Evaluation of
/// the Quality", "Regulations During the National Day Holiday".
pub(crate) fn title_goes_on(doc: &crate::text::Document, i: usize) -> bool {
    let line = doc.tokens[i].line;
    doc.tokens
        .get(i + 1)
        .is_some_and(|t| t.shape == Shape::Lower && is_function_word(doc.tok(i + 1)))
        && doc.tokens.get(i + 2).is_some_and(|t| {
            t.is_word() && matches!(t.shape, Shape::Title | Shape::Upper) && t.line == line
        })
}

/// Clean text almost always capitalises the word, or does not know it, or it is an initialism
/// whose letters spell a common word ("UM", the University of Macau): a name, not a common word
/// written in title case.
fn name_like(cx: &Context, j: usize) -> bool {
    cx.doc.tokens[j].shape == Shape::Upper || cx.evidence.word(j).is_none_or(|w| w.name_like())
}

fn is_object_pronoun(word: &str) -> bool {
    matches!(
        word,
        "Me" | "Him"
            | "Us"
            | "Them"
            | "Myself"
            | "Yourself"
            | "Himself"
            | "Herself"
            | "Itself"
            | "Ourselves"
            | "Yourselves"
            | "Themselves"
    )
}

fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "He" | "She" | "It" | "They" | "We" | "You")
}

/// Words a subject is not followed by: prepositions, articles and pronouns ("It on Lisa", "He
/// it might").
fn cannot_follow_subject(word: &str) -> bool {
    matches!(
        word,
        "on" | "for"
            | "in"
            | "of"
            | "to"
            | "at"
            | "by"
            | "with"
            | "from"
            | "a"
            | "an"
            | "the"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "and"
            | "or"
    )
}

/// The first mark that ends a sentence after token `i`, on its line, is a question mark.
fn question_follows(doc: &crate::text::Document, i: usize) -> bool {
    let line = doc.tokens[i].line;
    doc.tokens[i + 1..]
        .iter()
        .take_while(|t| t.line == line)
        .map(|t| t.text(doc.text))
        .find(|m| matches!(*m, "." | "!" | "?"))
        == Some("?")
}

fn takes_bare_verb(word: &str) -> bool {
    matches!(
        word,
        "to" | "To"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "should"
            | "It"
            | "it"
    )
}

/// A verb that helps another, with a capital: a sentence opens with one only as a question or a
/// command, so after an article it makes a label ("a Be star") or a name ("the Will").
fn capitalised_auxiliary(word: &str) -> bool {
    word.len() <= 6 && {
        let lower = word.to_ascii_lowercase();
        is_auxiliary(&lower) || lower == "do"
    }
}
