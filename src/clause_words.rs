//! Word lists measured on 54 M words of clean English that tell where a clause starts: built by
//! scripts/build-clause-words.py into data/clause-words.tsv, which build.rs embeds as sorted word
//! hashes: a lookup hashes the word once and searches a contiguous array, without chasing the
//! words' letters through memory. See the script for how each list is chosen.

use crate::lexicon::word_hash;

mod lists {
    include!(concat!(env!("OUT_DIR"), "/clause_words.rs"));
}

fn in_list(list: &[u64], word: &str) -> bool {
    list.binary_search(&word_hash(word)).is_ok()
}

/// A verb form that carries a tense on its own: "said", "adheres", "will".
pub fn is_finite_verb(word: &str) -> bool {
    in_list(lists::FINITE_VERBS, word)
}

/// A lower-case word that clean text does not follow with a subject and its verb:
/// "development", "reinforce".
pub fn no_subject_after(word: &str) -> bool {
    in_list(lists::NO_SUBJECT_AFTER, word)
}

/// A capitalised word that clean text writes after "the" mid-sentence but almost never after
/// "The": "Thai", "Ministry", not "Hague".
pub fn follows_lower_the(word: &str) -> bool {
    in_list(lists::AFTER_LOWER_THE, word)
}

/// A word, in any case, that clean text almost never capitalises between two lower-case words:
/// "public", "second", "full", but not "government" or "police".
pub fn lower_alone(word: &str) -> bool {
    word.is_ascii()
        && lists::LOWER_ALONE
            .binary_search(&crate::lexicon::word_hash_of_ascii(word))
            .is_ok()
}

/// A lower-case word whose "to" clean text follows with a verb, not a name: "decided",
/// "learned", "able", but not "went" or "moved".
pub fn takes_infinitive(word: &str) -> bool {
    in_list(lists::TAKES_INFINITIVE, word)
}

/// A name that clean text does not put after "the" as a subject or a possessor: "India",
/// "Clinton", not "Senate". Case matters: "India", not "india".
pub fn bare_name(word: &str) -> bool {
    in_list(lists::BARE_NAME, word)
}

/// A capitalised word that opens sentences before a comma and that clean text almost never
/// capitalises before a comma mid-sentence: "However", "Meanwhile", not "Today" ("USA Today,").
/// Case matters: "However", not "however".
pub fn sentence_adverb(word: &str) -> bool {
    in_list(lists::SENTENCE_ADVERBS, word)
}
