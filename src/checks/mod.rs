//! The built-in checks: one per file, grouped by category, each file's module doc being the
//! explanation `textqc explain` prints. A rule id is `category/file-name` with hyphens.

pub mod evidence;
pub mod gopher;
mod names;
pub mod page_lines;
mod runs;

pub mod boilerplate {
    pub mod byline;
    pub mod contact_line;
    pub mod off_topic;
    pub mod page_line;
    pub mod recurring_line;
    pub mod short_line_run;
}
pub mod broken {
    pub mod comma_splice;
    pub mod fullwidth_character;
    pub mod glued_words;
    pub mod lowercase_i;
    pub mod lowercase_sentence_start;
    pub mod misspelling;
    pub mod run_on_sentence;
    pub mod spaced_initialism;
    pub mod split_word;
    pub mod stray_capital;
    pub mod stray_punctuation;
    pub mod truncated_sentence;
    pub mod unbalanced_brackets;
    pub mod unbalanced_quotes;
}
pub mod encoding {
    pub mod control_char;
    pub mod html_entity;
    pub mod invalid_utf8;
    pub mod look_alike;
    pub mod mojibake;
    pub mod not_nfc;
    pub mod replacement_char;
}
pub mod language {
    pub mod non_english;
}
pub mod mt {
    pub mod article_agreement;
    pub mod article_before_name;
    pub mod character_loop;
    pub mod fragment;
    pub mod function_word_order;
    pub mod fused_sentence;
    pub mod name_casing;
    pub mod non_words;
    pub mod reflexive_pronoun;
    pub mod repetition_loop;
    pub mod self_coordination;
    pub mod untranslated;
}
pub mod repetition {
    pub mod doubled_list_item;
    pub mod doubled_word;
    pub mod duplicate_line;
    pub mod duplicate_sentence;
    pub mod repeated_phrase;
    pub mod repetitive_document;
}

use crate::check::Check;

/// Every built-in check, in a fixed order.
pub fn builtin() -> Vec<Box<dyn Check>> {
    vec![
        Box::new(mt::fused_sentence::FusedSentence),
        Box::new(mt::fragment::Fragment),
        Box::new(mt::function_word_order::FunctionWordOrder),
        Box::new(mt::article_agreement::ArticleAgreement),
        Box::new(mt::article_before_name::ArticleBeforeName),
        Box::new(mt::name_casing::NameCasing),
        Box::new(mt::non_words::NonWords),
        Box::new(mt::repetition_loop::RepetitionLoop),
        Box::new(mt::character_loop::CharacterLoop),
        Box::new(mt::self_coordination::SelfCoordination),
        Box::new(mt::reflexive_pronoun::ReflexivePronoun),
        Box::new(mt::untranslated::Untranslated),
        Box::new(broken::lowercase_sentence_start::LowercaseSentenceStart),
        Box::new(broken::lowercase_i::LowercaseI),
        Box::new(broken::stray_punctuation::StrayPunctuation),
        Box::new(broken::fullwidth_character::FullwidthCharacter),
        Box::new(broken::glued_words::GluedWords),
        Box::new(broken::unbalanced_quotes::UnbalancedQuotes),
        Box::new(broken::unbalanced_brackets::UnbalancedBrackets),
        Box::new(broken::truncated_sentence::TruncatedSentence),
        Box::new(broken::spaced_initialism::SpacedInitialism),
        Box::new(broken::split_word::SplitWord),
        Box::new(broken::misspelling::Misspelling),
        Box::new(broken::stray_capital::StrayCapital),
        Box::new(broken::run_on_sentence::RunOnSentence),
        Box::new(broken::comma_splice::CommaSplice),
        Box::new(repetition::doubled_word::DoubledWord),
        Box::new(repetition::doubled_list_item::DoubledListItem),
        Box::new(repetition::repeated_phrase::RepeatedPhrase),
        Box::new(repetition::duplicate_line::DuplicateLine),
        Box::new(repetition::duplicate_sentence::DuplicateSentence),
        Box::new(repetition::repetitive_document::RepetitiveDocument),
        Box::new(boilerplate::contact_line::ContactLine),
        Box::new(boilerplate::byline::Byline),
        Box::new(boilerplate::short_line_run::ShortLineRun),
        Box::new(boilerplate::off_topic::OffTopic),
        Box::new(boilerplate::page_line::PageLine),
        Box::new(boilerplate::recurring_line::RecurringLine),
        Box::new(encoding::invalid_utf8::InvalidUtf8),
        Box::new(encoding::mojibake::Mojibake),
        Box::new(encoding::control_char::ControlChar),
        Box::new(encoding::look_alike::LookAlike),
        Box::new(encoding::replacement_char::ReplacementChar),
        Box::new(encoding::html_entity::HtmlEntity),
        Box::new(encoding::not_nfc::NotNfc),
        Box::new(language::non_english::NonEnglish),
    ]
}

include!(concat!(env!("OUT_DIR"), "/check_docs.rs"));

/// The explanation of a built-in check: its file's module doc comment.
pub fn explanation(id: &str) -> Option<&'static str> {
    CHECK_DOCS.iter().find(|(i, _)| *i == id).map(|(_, d)| *d)
}
