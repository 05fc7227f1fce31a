//! Word lists measured on 54 M words of clean English that tell where a clause starts: built by
//! scripts/build-clause-words.py into data/clause-words.tsv, which build.rs embeds sorted. See the
//! script for how each list is chosen.

mod lists {
    include!(concat!(env!("OUT_DIR"), "/clause_words.rs"));
}

/// A verb form that carries a tense on its own: "said", "adheres", "will".
pub fn is_finite_verb(word: &str) -> bool {
    lists::FINITE_VERBS.binary_search(&word).is_ok()
}

/// A lower-case word that clean text does not follow with a subject and its verb:
/// "development", "reinforce".
pub fn no_subject_after(word: &str) -> bool {
    lists::NO_SUBJECT_AFTER.binary_search(&word).is_ok()
}

/// A capitalised word that clean text writes after "the" mid-sentence but almost never after
/// "The": "Thai", "Ministry", not "Hague".
pub fn follows_lower_the(word: &str) -> bool {
    lists::AFTER_LOWER_THE.binary_search(&word).is_ok()
}
