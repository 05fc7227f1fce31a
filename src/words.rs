//! Small closed word classes that several checks share. Open-class knowledge (frequencies,
//! capitalisation) lives in the lexicon; these lists are grammar, not vocabulary.

use std::sync::OnceLock;

/// English function words (sorted): articles, pronouns, prepositions, conjunctions, auxiliaries.
pub const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "against",
    "all",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "neither",
    "no",
    "nor",
    "not",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
];

/// The index in [`FUNCTION_WORDS`] of the word with this [`crate::lexicon::word_hash`] of its
/// folded form, if it is a function word: one probe of a small table that stays in cache, for
/// code that has the hash already.
pub fn function_word_index_hash(hash: u64) -> Option<u8> {
    const SLOTS: usize = 512;
    static TABLE: OnceLock<Vec<(u64, u8)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = vec![(0u64, 0u8); SLOTS];
        for (index, w) in FUNCTION_WORDS.iter().enumerate() {
            let h = crate::lexicon::word_hash(w);
            let mut i = h as usize % SLOTS;
            while table[i].0 != 0 {
                i = (i + 1) % SLOTS;
            }
            table[i] = (h, index as u8);
        }
        table
    });
    let mut i = hash as usize % SLOTS;
    loop {
        match table[i] {
            (0, _) => return None,
            (h, index) if h == hash => return Some(index),
            _ => i = (i + 1) % SLOTS,
        }
    }
}

pub fn is_function_word(word: &str) -> bool {
    const KEYS: [u128; FUNCTION_WORDS.len()] = packed_keys(FUNCTION_WORDS);
    in_keys(&KEYS, word)
}

/// A word of at most 16 ASCII bytes, lower-cased and packed big-endian into an integer: packed
/// keys sort like the words, and compare without a call to memcmp.
const fn packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 16 || !bytes.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 16];
    let mut i = 0;
    while i < bytes.len() {
        buf[i] = bytes[i].to_ascii_lowercase();
        i += 1;
    }
    Some(u128::from_be_bytes(buf))
}

/// The [`packed`] keys of a sorted list of short ASCII words, built when the program is compiled
/// (which fails if the list is unsorted or a word is too long).
const fn packed_keys<const N: usize>(words: &[&str]) -> [u128; N] {
    let mut keys = [0u128; N];
    let mut i = 0;
    while i < N {
        keys[i] = packed(words[i]).expect("a listed word is short ASCII");
        assert!(
            i == 0 || keys[i - 1] < keys[i],
            "the list is sorted, without repeats"
        );
        i += 1;
    }
    keys
}

/// Case-insensitive membership in a list of [`packed_keys`], without allocating.
fn in_keys(keys: &[u128], word: &str) -> bool {
    packed(word).is_some_and(|k| keys.binary_search(&k).is_ok())
}

/// Words a sentence cannot end on: articles, prepositions, conjunctions, possessives. Not the
/// particles and pronouns that can ("the lyrics come in", "a song created like this", "told
/// her").
pub fn is_dangling_word(word: &str) -> bool {
    const DANGLING: &[&str] = &[
        "a", "an", "the", "of", "to", "at", "by", "for", "from", "with", "into", "and", "or",
        "but", "nor", "as", "than", "that", "which", "who", "whose", "its", "their", "his", "our",
        "my", "your", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
        "would", "could", "should", "can", "may", "must", "if", "because", "while", "although",
        "when", "where", "whether", "such",
    ];
    DANGLING.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// A lower-case pronoun that can be a clause's subject, "there" among them: "he", "there".
pub fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "it" | "they" | "we" | "you" | "there")
}

/// The pronoun "I", alone or contracted ("I'm", "I’ve"): capitalised anywhere.
pub fn is_pronoun_i(word: &str) -> bool {
    word == "I" || word.starts_with("I'") || word.starts_with("I’")
}

/// The word without its possessive ending, straight or curly: "Christ’s" → "Christ".
pub fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Words that introduce the name or title that follows them: "the novel After Dark", "the band
/// The Smiths", "a banner that read We Know", "a film called Heat".
pub fn introduces_name(word: &str) -> bool {
    matches!(
        word,
        "book"
            | "books"
            | "novel"
            | "novels"
            | "memoir"
            | "memoirs"
            | "album"
            | "albums"
            | "song"
            | "songs"
            | "single"
            | "solo"
            | "film"
            | "films"
            | "movie"
            | "movies"
            | "show"
            | "podcast"
            | "episode"
            | "play"
            | "musical"
            | "opera"
            | "poem"
            | "sitcom"
            | "documentary"
            | "magazine"
            | "newspaper"
            | "column"
            | "band"
            | "musician"
            | "singer"
            | "charity"
            | "titled"
            | "entitled"
            | "called"
            | "named"
            | "dubbed"
            | "nicknamed"
            | "read"
            | "reads"
    )
}

/// Verbs that end an attribution ("he said").
pub fn is_speech_verb(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "said",
        "says",
        "added",
        "noted",
        "stated",
        "told",
        "explained",
        "wrote",
        "argued",
        "insisted",
        "warned",
        "claimed",
        "stressed",
        "asked",
        "replied",
        "continued",
    ];
    VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

/// One-word sentences that are complete utterances ("Yes.", "Exactly.").
pub fn is_interjection(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "yes",
        "no",
        "yeah",
        "yep",
        "nope",
        "ok",
        "okay",
        "sure",
        "right",
        "exactly",
        "indeed",
        "absolutely",
        "thanks",
        "please",
        "sorry",
        "hello",
        "hi",
        "goodbye",
        "bye",
        "wow",
        "oh",
        "ah",
        "well",
        "true",
        "agreed",
        "fine",
        "good",
        "great",
        "perhaps",
        "maybe",
        "never",
        "always",
        "why",
        "how",
        "what",
        "when",
        "where",
        "who",
        "nothing",
        "none",
        "enough",
        "correct",
        "period",
        "done",
        "welcome",
        "congratulations",
        "cheers",
        "amen",
        "again",
        "anyway",
        "certainly",
        "definitely",
        "probably",
        "really",
        "seriously",
        "apparently",
        "finally",
        "meanwhile",
        "otherwise",
        "still",
        "however",
        "nonetheless",
        "too",
        "unclear",
        "impossible",
        "interesting",
        "noted",
        "updated",
        "silence",
        "nobody",
        "everyone",
    ];
    WORDS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

pub fn is_opening_mark(mark: &str) -> bool {
    matches!(
        mark,
        "“" | "‘" | "\"" | "'" | "(" | "[" | "{" | "«" | "„" | "‹" | "¿" | "¡"
    )
}

pub fn is_closing_mark(mark: &str) -> bool {
    matches!(mark, "”" | "’" | "\"" | "'" | ")" | "]" | "}" | "»" | "›")
}

/// Articles, demonstratives and possessives: after one of them a noun phrase continues.
pub fn is_determiner(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "a", "an", "any", "each", "every", "her", "his", "its", "my", "no", "our", "some", "the",
        "their", "these", "this", "those", "whose", "your",
    ];
    const KEYS: [u128; WORDS.len()] = packed_keys(WORDS);
    in_keys(&KEYS, word)
}

/// A month (see [`is_month`]) or a day of the week, capitalised.
pub fn is_day_or_month(word: &str) -> bool {
    is_month(word)
        || matches!(
            word,
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
        )
}

/// Month names and their news abbreviations, capitalised: "Sept. 27", "November 2".
pub fn is_month(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "apr",
        "april",
        "aug",
        "august",
        "dec",
        "december",
        "feb",
        "february",
        "jan",
        "january",
        "july",
        "june",
        "march",
        "may",
        "nov",
        "november",
        "oct",
        "october",
        "sep",
        "sept",
        "september",
    ];
    const KEYS: [u128; WORDS.len()] = packed_keys(WORDS);
    word.starts_with(|c: char| c.is_ascii_uppercase()) && in_keys(&KEYS, word)
}

/// A form of "be".
pub fn is_be(word: &str) -> bool {
    matches!(
        word,
        "is" | "was" | "are" | "were" | "been" | "be" | "being"
    )
}

/// A lower-case verb that helps another: "is", "has", "will", "might".
pub fn is_auxiliary(word: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_sorted_and_found_in_any_case() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_function_word("The") && is_function_word("whose") && !is_function_word("leave"));
    }

    #[test]
    fn hashed_lookup_agrees_with_the_list() {
        use crate::lexicon::word_hash;
        assert!(FUNCTION_WORDS.len() < usize::from(u8::MAX));
        for (i, w) in FUNCTION_WORDS.iter().enumerate() {
            assert_eq!(function_word_index_hash(word_hash(w)), Some(i as u8), "{w}");
        }
        for w in [
            "leave", "them", "thee", "wills", "", "a'", "zzz", "within", "withinn",
        ] {
            let found = function_word_index_hash(word_hash(w)).is_some();
            assert_eq!(found, is_function_word(w), "{w}");
        }
    }

    #[test]
    fn months_are_found_only_capitalised() {
        for w in ["Sept", "September", "Nov", "May", "January", "Dec"] {
            assert!(is_month(w), "{w}");
        }
        for w in ["may", "march", "No", "Monday", "Septembers"] {
            assert!(!is_month(w), "{w}");
        }
    }
}
