//! The line classifier behind the boilerplate checks: is this line part of the article, or of the
//! web page around it?
//!
//! Every non-blank line gets a vector of cheap, measured signals: its own shape (length, final
//! punctuation, stop-word share as in jusText, title-case and upper-case share, words of web-page
//! chrome such as "Reply", "Share", "Subscribe", links, e-mails, phone numbers, dates), its place
//! in the document (before the first or after the last paragraph of prose) and its neighbours (a
//! run of short lines is a menu; a short line between two paragraphs of prose is a subheading), and
//! its lexical cohesion with the document's prose (a teaser of another article shares none of the
//! article's topic words). A logistic model over these signals, its weights fitted on labelled
//! pages by `scripts/fit-boilerplate.py` and kept in `data/boilerplate-model.toml`, gives each line
//! a probability; a second pass adds the probabilities of the neighbours, so that a block of page
//! text is judged as a block.
//!
//! Each signal's weight moves with the share of prose in the document: the same short, off-topic
//! line means something else in a news article (a leaked block) than on a busy page (one of many
//! labels, captions and list items), and one set of weights fitted to both trades one for the other.
//!
//! The analysis is computed once per document ([`crate::check::Context::page_lines`]) and shared by
//! the checks that report it: `boilerplate/short-line-run`, `boilerplate/off-topic` and
//! `boilerplate/page-line`, chosen by the group of signals that weighed most.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::check::Context;
use crate::text::{Document, Paragraph, Shape, Span, TokenKind};
use crate::words::is_closing_mark;

/// Why a line was called page text: the group of signals with the largest share of its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// The line's own shape and words: link text, widget titles, dates, contact data.
    Shape,
    /// A run of short lines (a menu, a share bar, a tag list) or a place outside the prose.
    Layout,
    /// No topic words shared with the rest of the document.
    Cohesion,
}

impl Reason {
    fn of_group(g: &str) -> Reason {
        match g {
            "layout" => Reason::Layout,
            "cohesion" => Reason::Cohesion,
            _ => Reason::Shape,
        }
    }
}

/// Signal names, their group, in the order of the feature vector. The model file names them.
pub const FEATURES: &[(&str, &str)] = &[
    ("words_log", "shape"),
    ("words_le2", "shape"),
    ("words_le5", "shape"),
    ("words_le9", "shape"),
    ("terminated", "shape"),
    ("ends_colon", "shape"),
    ("ends_ellipsis", "shape"),
    ("stop_share", "shape"),
    ("no_stop", "shape"),
    ("title_share", "shape"),
    ("upper_share", "shape"),
    ("chrome_share", "shape"),
    ("chrome_any", "shape"),
    ("chrome_start", "shape"),
    ("link", "shape"),
    ("handle", "shape"),
    ("date", "shape"),
    ("phone", "shape"),
    ("number_share", "shape"),
    ("separators", "shape"),
    ("camel", "shape"),
    ("copyright", "shape"),
    ("pipe_list", "shape"),
    ("quote_start", "shape"),
    ("sentences_log", "shape"),
    ("reader_share", "shape"),
    ("call_to_action", "shape"),
    ("ends_bang_or_question", "shape"),
    ("code_share", "shape"),
    ("first_line", "layout"),
    ("before_prose", "layout"),
    ("after_prose", "layout"),
    ("prev_short", "layout"),
    ("next_short", "layout"),
    ("run_log", "layout"),
    ("between_prose", "layout"),
    ("short_between_prose", "layout"),
    ("doc_prose_share", "layout"),
    ("short_in_prose_doc", "layout"),
    ("repeated", "layout"),
    ("offtopic", "cohesion"),
    ("offtopic_short", "cohesion"),
    ("offtopic_long", "cohesion"),
    ("cohesion_unknown", "layout"),
    ("offtopic_unterminated", "cohesion"),
    ("offtopic_full", "cohesion"),
    ("cohesive_short", "cohesion"),
    // The same signals weighed by how much of the document is prose: in a news article a line
    // that talks to the reader, or shares no topic, stands out more than on a busy page.
    ("offtopic_in_prose_doc", "cohesion"),
    ("reader_in_prose_doc", "shape"),
    ("action_in_prose_doc", "shape"),
    ("chrome_in_prose_doc", "shape"),
    ("unterminated_in_prose_doc", "layout"),
    ("long_offtopic_in_prose_doc", "cohesion"),
];

pub const N_FEATURES: usize = FEATURES.len();

/// Where `doc_prose_share`, which scales the prose weights, sits in the vector.
const DOC_PROSE_SHARE: usize = 37;

/// Second-pass signals: the line's own first-pass log-odds and its neighbours' probabilities.
pub const CONTEXT_FEATURES: &[&str] =
    &["self_logit", "neighbour_max", "neighbour_min", "both_prose"];

/// The fitted model: weights by signal name, as written by `scripts/fit-boilerplate.py`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelFile {
    bias: f32,
    threshold: f32,
    weights: FxHashMap<String, f32>,
    /// How much each weight changes from a document of no prose to one of only prose.
    prose_weights: FxHashMap<String, f32>,
    context_bias: f32,
    context_weights: FxHashMap<String, f32>,
}

pub struct Model {
    bias: f32,
    weights: [f32; N_FEATURES],
    prose_weights: [f32; N_FEATURES],
    context_bias: f32,
    context_weights: [f32; 4],
    /// Lines at or above this probability are page text.
    pub threshold: f32,
}

static MODEL_TOML: &str = include_str!("../../data/boilerplate-model.toml");

impl Model {
    pub fn embedded() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL
            .get_or_init(|| Model::parse(MODEL_TOML).expect("data/boilerplate-model.toml is valid"))
    }

    pub fn parse(text: &str) -> Result<Model, String> {
        let file: ModelFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let by_name = |map: &FxHashMap<String, f32>| -> Result<[f32; N_FEATURES], String> {
            let mut weights = [0.0; N_FEATURES];
            for (name, w) in map {
                let i = FEATURES
                    .iter()
                    .position(|(n, _)| n == name)
                    .ok_or_else(|| format!("unknown signal {name}"))?;
                weights[i] = *w;
            }
            Ok(weights)
        };
        let weights = by_name(&file.weights)?;
        let prose_weights = by_name(&file.prose_weights)?;
        let mut context_weights = [0.0; 4];
        for (name, w) in &file.context_weights {
            let i = CONTEXT_FEATURES
                .iter()
                .position(|n| n == name)
                .ok_or_else(|| format!("unknown context signal {name}"))?;
            context_weights[i] = *w;
        }
        Ok(Model {
            bias: file.bias,
            weights,
            prose_weights,
            context_bias: file.context_bias,
            context_weights,
            threshold: file.threshold,
        })
    }
}

/// Which group of first-pass signals pushed hardest towards page text (positive contributions
/// only), and its strongest signal.
fn page_text_reason(
    features: &[f32; N_FEATURES],
    weights: &[f32; N_FEATURES],
    group_of: &[usize; N_FEATURES],
    off_i: usize,
) -> (Reason, &'static str) {
    let mut group_sum: [f32; 3] = [0.0; 3];
    let mut top = [(0usize, f32::MIN); 3];
    for (k, ((x, w), &gi)) in features.iter().zip(weights).zip(group_of).enumerate() {
        let contrib = x * w;
        group_sum[gi] += contrib.max(0.0);
        if contrib > top[gi].1 {
            top[gi] = (k, contrib);
        }
    }
    // Cohesion is the reason only when the line really shares (almost) no topic word.
    if features[off_i] < 0.85 {
        group_sum[2] = f32::MIN;
    }
    let group = group_sum
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or(0, |(g, _)| g);
    let reason = match group {
        1 => Reason::Layout,
        2 => Reason::Cohesion,
        _ => Reason::Shape,
    };
    (reason, FEATURES[top[group].0].0)
}

/// One line's verdict.
#[derive(Debug, Clone, Copy)]
pub struct LineVerdict {
    /// Probability that the line is page text.
    pub prob: f32,
    /// Why the line is page text; for a line below the threshold, `Shape` and no signal: no
    /// check reports it.
    pub reason: Reason,
    /// The signal that weighed most for page text.
    pub top_signal: &'static str,
}

/// The per-line features and verdicts of one document, parallel to `doc.paragraphs`.
pub struct PageLines {
    pub features: Vec<[f32; N_FEATURES]>,
    pub context: Vec<[f32; 4]>,
    pub verdicts: Vec<LineVerdict>,
    pub threshold: f32,
}

impl PageLines {
    pub fn new(cx: &Context) -> PageLines {
        PageLines::with_model(cx, Model::embedded())
    }

    pub fn with_model(cx: &Context, model: &Model) -> PageLines {
        let features = features(cx);
        // The weights for this document's share of prose (the same for every line).
        let dp = features.first().map_or(0.0, |f| f[DOC_PROSE_SHARE]);
        let mut weights = model.weights;
        for (w, v) in weights.iter_mut().zip(&model.prose_weights) {
            *w += dp * v;
        }
        let logits: Vec<f32> = features
            .iter()
            .map(|f| model.bias + f.iter().zip(&weights).map(|(x, w)| x * w).sum::<f32>())
            .collect();
        let probs: Vec<f32> = logits.iter().map(|&z| sigmoid(z)).collect();
        let n = probs.len();
        let off_i = FEATURES
            .iter()
            .position(|(n, _)| *n == "offtopic")
            .unwrap_or(0);
        let prose_i = FEATURES
            .iter()
            .position(|(n, _)| *n == "between_prose")
            .unwrap_or(0);
        // Each signal's group, looked up once rather than once per line.
        let group_of: [usize; N_FEATURES] =
            std::array::from_fn(|k| match Reason::of_group(FEATURES[k].1) {
                Reason::Shape => 0,
                Reason::Layout => 1,
                Reason::Cohesion => 2,
            });
        let mut context = Vec::with_capacity(n);
        let mut verdicts = Vec::with_capacity(n);
        for i in 0..n {
            let prev = if i > 0 { probs[i - 1] } else { 0.0 };
            let next = if i + 1 < n { probs[i + 1] } else { 0.0 };
            let c = [
                logits[i].clamp(-8.0, 8.0),
                prev.max(next),
                prev.min(next),
                features[i][prose_i],
            ];
            let z = model.context_bias
                + c.iter()
                    .zip(&model.context_weights)
                    .map(|(x, w)| x * w)
                    .sum::<f32>();
            let prob = sigmoid(z);
            context.push(c);
            let (reason, top_signal) = if prob >= model.threshold {
                page_text_reason(&features[i], &weights, &group_of, off_i)
            } else {
                (Reason::Shape, "")
            };
            verdicts.push(LineVerdict {
                prob,
                reason,
                top_signal,
            });
        }
        PageLines {
            features,
            context,
            verdicts,
            threshold: model.threshold,
        }
    }

    /// Blocks of consecutive page-text lines (blank lines between allowed) whose lines mostly have
    /// `reason`: (first paragraph, last paragraph).
    pub fn blocks(&self, doc: &Document, reason: Reason) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let flagged = |i: usize| self.verdicts[i].prob >= self.threshold;
        let mut i = 0;
        while i < self.verdicts.len() {
            if !flagged(i) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < self.verdicts.len()
                && flagged(j + 1)
                && doc.paragraphs[j + 1].line <= doc.paragraphs[j].line + 2
            {
                j += 1;
            }
            // The block's reason: the one of its longest line's verdict... by bytes.
            let mut by = [0usize; 3];
            for k in i..=j {
                let gi = match self.verdicts[k].reason {
                    Reason::Shape => 0,
                    Reason::Layout => 1,
                    Reason::Cohesion => 2,
                };
                by[gi] += doc.paragraphs[k].span.len();
            }
            // Two or more short lines in a row are a menu or a tag list, whatever else is said.
            let le5 = FEATURES
                .iter()
                .position(|(n, _)| *n == "words_le5")
                .unwrap_or(0);
            let block_reason = if j > i && (i..=j).all(|k| self.features[k][le5] > 0.0) {
                Reason::Layout
            } else {
                match by
                    .iter()
                    .enumerate()
                    .max_by_key(|(_, b)| **b)
                    .map_or(0, |(g, _)| g)
                {
                    1 => Reason::Layout,
                    2 => Reason::Cohesion,
                    _ => Reason::Shape,
                }
            };
            if block_reason == reason {
                out.push((i, j));
            }
            i = j + 1;
        }
        out
    }

    pub fn span(doc: &Document, (a, b): (usize, usize)) -> Span {
        Span::new(doc.paragraphs[a].span.start, doc.paragraphs[b].span.end)
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Words of web-page chrome: navigation, comment widgets, share bars, sign-up boxes, footers.
/// General vocabulary of page templates, not of any one site.
const CHROME_WORDS: &[&str] = &[
    "reply",
    "replies",
    "delete",
    "share",
    "shares",
    "shared",
    "sharing",
    "email",
    "e-mail",
    "print",
    "comment",
    "comments",
    "subscribe",
    "subscribers",
    "subscription",
    "unsubscribe",
    "newsletter",
    "newsletters",
    "login",
    "logout",
    "log-in",
    "signin",
    "signup",
    "sign-up",
    "register",
    "account",
    "menu",
    "search",
    "homepage",
    "contact",
    "privacy",
    "cookie",
    "cookies",
    "policy",
    "terms",
    "copyright",
    "advertisement",
    "advertise",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "related",
    "trending",
    "popular",
    "archive",
    "archives",
    "tags",
    "tagged",
    "categories",
    "category",
    "posts",
    "blog",
    "blogger",
    "wordpress",
    "follow",
    "facebook",
    "twitter",
    "linkedin",
    "pinterest",
    "whatsapp",
    "telegram",
    "reddit",
    "tumblr",
    "instagram",
    "youtube",
    "tiktok",
    "rss",
    "feed",
    "feeds",
    "podcast",
    "podcasts",
    "gallery",
    "slideshow",
    "skip",
    "navigation",
    "click",
    "download",
    "app",
    "apps",
    "sitemap",
    "faq",
    "feedback",
    "powered",
    "theme",
    "profile",
    "permalink",
    "login",
    "password",
    "username",
    "inbox",
    "notifications",
    "alerts",
    "settings",
    "preferences",
    "cart",
    "checkout",
    "wishlist",
    "disclaimer",
    "accessibility",
    "careers",
    "masthead",
    "corrections",
    "subscriptions",
    "donate",
    "membership",
    "premium",
    "widget",
    "embed",
    "trackback",
    "pingback",
    "anonymous",
    "loading",
    "scroll",
    "toggle",
    "dropdown",
    "submit",
    "cancel",
    "close",
    "previous",
    "next",
    "older",
    "newer",
    "recommended",
    "editions",
    "podcasts",
    "upvote",
    "downvote",
    "bookmark",
    "bookmarks",
    "logo",
    "hashtag",
    "via",
    "min",
    "ago",
    "opens",
    "window",
    "reprints",
    "permissions",
    "newsroom",
    "webinar",
    "webinars",
    "ebook",
    "whitepaper",
    "cookies",
    "gdpr",
    "consent",
    "optout",
    "opt-out",
];

/// Which of the word lists below a word is on, as bits.
const CHROME: u8 = 1;
const READER: u8 = 2;
const ACTION: u8 = 4;
const MONTH: u8 = 8;

fn word_lists() -> &'static FxHashMap<&'static [u8], u8> {
    static LISTS: OnceLock<FxHashMap<&'static [u8], u8>> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut map: FxHashMap<&'static [u8], u8> = FxHashMap::default();
        for (list, bit) in [
            (CHROME_WORDS, CHROME),
            (READER_WORDS, READER),
            (ACTION_VERBS, ACTION),
            (MONTHS, MONTH),
        ] {
            for w in list {
                *map.entry(w.as_bytes()).or_default() |= bit;
            }
        }
        map
    })
}

/// The lists a word (any case) is on, looked up without allocating.
fn lists_of(word: &str) -> u8 {
    let b = word.as_bytes();
    if b.len() < 2 || b.len() > 16 {
        return 0;
    }
    let mut buf = [0u8; 16];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    word_lists().get(&buf[..b.len()]).copied().unwrap_or(0)
}

/// Whether a word (any case) is a chrome word.
fn is_chrome(part: &str) -> bool {
    lists_of(part) & CHROME != 0
}

/// Calls `f` with each camel-case part of a word ("ReplyDelete" → "Reply", "Delete"); returns the
/// number of lower-to-upper joints of parts of 3+ letters (a flattened menu: "TwitterShare").
fn camel_parts(word: &str, mut f: impl FnMut(&str)) -> usize {
    let b = word.as_bytes();
    let mut start = 0;
    let mut joints = 0;
    for i in 1..b.len() {
        if b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase() {
            if i - start >= 3 && b.len() - i >= 3 {
                joints += 1;
            }
            f(&word[start..i]);
            start = i;
        }
    }
    f(&word[start..]);
    joints
}

/// Words that address the reader or speak for the site: news narrates in the third person, page
/// furniture talks to "you" about "our" newsletter.
const READER_WORDS: &[&str] = &[
    "you", "your", "yours", "you're", "you’re", "you'll", "you’ll", "we", "our", "us", "we're",
    "we’re", "we'll", "we’ll",
];

/// Verbs that open a call to action.
const ACTION_VERBS: &[&str] = &[
    "get",
    "sign",
    "join",
    "subscribe",
    "click",
    "tap",
    "follow",
    "share",
    "enter",
    "download",
    "try",
    "learn",
    "discover",
    "find",
    "see",
    "check",
    "watch",
    "listen",
    "stay",
    "keep",
    "don't",
    "don’t",
    "never",
    "register",
    "login",
    "log",
    "donate",
    "support",
    "become",
    "read",
    "view",
    "visit",
    "explore",
    "browse",
    "shop",
    "buy",
    "order",
    "book",
    "call",
    "contact",
    "email",
    "send",
    "submit",
    "leave",
    "tell",
    "let",
    "take",
    "start",
    "continue",
    "go",
    "upgrade",
    "save",
    "receive",
    "claim",
    "grab",
    "unlock",
    "access",
    "request",
    "please",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Per-line facts the features are built from.
#[derive(Clone, Copy, Default)]
struct Shape1 {
    words: usize,
    terminated: bool,
    short: bool,
    prose: bool,
}

/// A line's shape from its counts of words (and numbers) and of function words.
fn line_shape(doc: &Document, p: &Paragraph, words: usize, stops: usize) -> Shape1 {
    let terminated = last_mark(doc, p).is_some_and(|m| matches!(m, "." | "!" | "?" | "…"));
    let short = words <= 6 && !(terminated && words >= 3);
    let prose = words >= 10 && terminated && stops * 5 >= words;
    Shape1 {
        words,
        terminated,
        short,
        prose,
    }
}

/// The line's last mark, skipping closing quotes, brackets and pictographs.
fn last_mark<'t>(doc: &Document<'t>, p: &Paragraph) -> Option<&'t str> {
    doc.paragraph_tokens(p)
        .iter()
        .rev()
        .map(|t| t.text(doc.text))
        .find(|m| !is_closing_mark(m) && !is_pictograph(m))
}

/// An emoji or another pictograph, with its joiners and variation selectors: chat ends a
/// sentence with one after its full stop ("thank you very much.😢").
fn is_pictograph(mark: &str) -> bool {
    mark.chars().all(|c| {
        matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0xFE0F | 0x200D | 0x2B50 | 0x2B55)
    })
}

/// Facts about one word type of the document, looked up once per document instead of once per
/// token.
#[derive(Clone, Copy)]
struct TypeInfo {
    function: bool,
    reader: bool,
    action: bool,
    chrome: bool,
    month: bool,
}

impl TypeInfo {
    /// From any form of the type: all its forms fold to the same lower-case word.
    fn new(function: bool, w: &str) -> TypeInfo {
        let lists = lists_of(w);
        TypeInfo {
            function,
            reader: lists & READER != 0,
            action: lists & ACTION != 0,
            chrome: lists & CHROME != 0,
            month: lists & MONTH != 0,
        }
    }
}

/// Whether a camel-case part of `w` is page chrome ("ReplyDelete").
fn chrome_in_camel(w: &str) -> bool {
    let mut any = false;
    camel_parts(w, |part| any |= is_chrome(part));
    any
}

/// Words more frequent than this (zipf) carry no topic.
const MAX_TOPIC_ZIPF: f32 = 5.6;

/// The feature vector of every paragraph.
pub fn features(cx: &Context) -> Vec<[f32; N_FEATURES]> {
    let doc = cx.doc;
    let text = doc.text;
    let n = doc.paragraphs.len();
    // What each distinct word of the document is, computed once per word type.
    let mut types: Vec<Option<TypeInfo>> = vec![None; cx.evidence.vocab.len()];
    // Each line's shape, and its topic words, read in one pass over its tokens.
    let mut shapes: Vec<Shape1> = Vec::with_capacity(n);
    let mut topic: Vec<(u32, f32)> = Vec::with_capacity(doc.tokens.len() / 2);
    let mut topic_range: Vec<(usize, usize)> = Vec::with_capacity(n);
    // Per stem: (first prose paragraph, last prose paragraph), or `NOT_IN_PROSE`.
    const NOT_IN_PROSE: (usize, usize) = (usize::MAX, 0);
    let mut in_prose = vec![NOT_IN_PROSE; cx.evidence.vocab.len()];
    let mut last_line = vec![0u32; cx.evidence.vocab.len()];
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let start = topic.len();
        let mut words = 0;
        let mut stops = 0;
        for ti in p.tokens.0..p.tokens.1 {
            let t = &doc.tokens[ti];
            if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                words += 1;
            }
            let Some(wt) = cx.evidence.word(ti) else {
                continue;
            };
            if wt.function {
                stops += 1;
                continue;
            }
            if t.kind != TokenKind::Word || t.span.len() < 3 {
                continue;
            }
            let key = wt.stem;
            let zipf = wt.zipf100() as f32 / 100.0;
            // Each stem once per line: `last_line[stem]` is the last line (plus one) it was taken in.
            if zipf > MAX_TOPIC_ZIPF || last_line[wt.stem as usize] == pi as u32 + 1 {
                continue;
            }
            last_line[wt.stem as usize] = pi as u32 + 1;
            topic.push((key, (MAX_TOPIC_ZIPF + 0.5 - zipf).clamp(0.5, 4.0)));
        }
        let shape = line_shape(doc, p, words, stops);
        if shape.prose {
            for &(key, _) in &topic[start..] {
                let e = &mut in_prose[key as usize];
                *e = if *e == NOT_IN_PROSE {
                    (pi, pi)
                } else {
                    (e.0, pi)
                };
            }
        }
        shapes.push(shape);
        topic_range.push((start, topic.len()));
    }
    let first_prose = shapes.iter().position(|s| s.prose);
    let last_prose = shapes.iter().rposition(|s| s.prose);
    let prose_count = shapes.iter().filter(|s| s.prose).count();
    let doc_prose_share = if n > 0 {
        prose_count as f32 / n as f32
    } else {
        0.0
    };
    let cohesion_ok = prose_count >= 4;

    // Repeated lines (normalised by hash of their letters and digits).
    let line_hash = &cx.evidence.fingerprints;
    let mut line_count: FxHashMap<u64, u32> = FxHashMap::default();
    for h in line_hash {
        *line_count.entry(*h).or_default() += 1;
    }

    // Runs of short lines.
    let mut run = vec![0usize; n];
    let mut i = 0;
    while i < n {
        if !shapes[i].short {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < n
            && shapes[j + 1].short
            && doc.paragraphs[j + 1].line <= doc.paragraphs[j].line + 2
        {
            j += 1;
        }
        for r in &mut run[i..=j] {
            *r = j - i + 1;
        }
        i = j + 1;
    }

    let mut out = Vec::with_capacity(n);
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let s = shapes[pi];
        let toks = doc.paragraph_tokens(p);
        let line = p.span.text(text);
        let mut f = [0.0f32; N_FEATURES];
        let mut words = 0usize;
        let mut stops = 0usize;
        let mut caps = 0usize;
        let mut content = 0usize;
        let mut upper = 0usize;
        let mut chrome = 0usize;
        let mut camel = 0usize;
        let mut numbers = 0usize;
        let mut seps = 0usize;
        let mut date = false;
        let mut handle = false;
        let mut link = false;
        let mut first_chrome = false;
        let mut reader = 0usize;
        let mut action = false;
        let mut code = 0usize;
        for (k, t) in toks.iter().enumerate() {
            let w = t.text(text);
            match t.kind {
                TokenKind::Word => {
                    words += 1;
                    let id = cx.evidence.word_of[p.tokens.0 + k] as usize;
                    let info = *types[id]
                        .get_or_insert_with(|| TypeInfo::new(cx.evidence.vocab[id].function, w));
                    reader += info.reader as usize;
                    if words == 1 && info.action {
                        action = true;
                    }
                    let stop = info.function;
                    if stop {
                        stops += 1;
                    } else {
                        content += 1;
                        if matches!(t.shape, Shape::Title | Shape::Upper)
                            || (t.shape == Shape::Mixed && w.starts_with(char::is_uppercase))
                        {
                            caps += 1;
                        }
                    }
                    if t.shape == Shape::Upper && w.len() >= 3 {
                        upper += 1;
                    }
                    camel += if t.shape == Shape::Mixed {
                        camel_parts(w, |_| {})
                    } else {
                        0
                    };
                    if info.chrome || t.shape == Shape::Mixed && chrome_in_camel(w) {
                        chrome += 1;
                        if words == 1 {
                            first_chrome = true;
                        }
                    }
                    if info.month && w.starts_with(|c: char| c.is_ascii_uppercase()) {
                        let near_number = |d: isize| {
                            let j = k as isize + d;
                            j >= 0
                                && toks
                                    .get(j as usize)
                                    .is_some_and(|t| t.kind == TokenKind::Number)
                        };
                        if near_number(1) || near_number(-1) || near_number(2) {
                            date = true;
                        }
                    }
                }
                TokenKind::Number => {
                    numbers += 1;
                    if w.contains(':') && w.len() <= 5 {
                        date = true;
                    }
                    if k + 2 < toks.len()
                        && toks[k + 1].text(text) == "/"
                        && toks[k + 2].kind == TokenKind::Number
                    {
                        date = true;
                    }
                }
                TokenKind::Link => link = true,
                TokenKind::Symbol => {
                    if w == "@"
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| n.is_word() && !n.space_before)
                    {
                        handle = true;
                    }
                    if matches!(
                        w,
                        "|" | "•"
                            | "»"
                            | "›"
                            | "·"
                            | ">"
                            | "<"
                            | "«"
                            | "/"
                            | "#"
                            | "©"
                            | "▼"
                            | "►"
                            | "→"
                    ) {
                        seps += 1;
                    }
                }
                TokenKind::Punct => {
                    if matches!(
                        w,
                        "=" | "(" | ")" | "{" | "}" | ";" | "_" | "[" | "]" | "<" | ">"
                    ) {
                        code += 1;
                    }
                    if matches!(w, "|" | "/" | "·" | "»" | "›" | "«" | "‹") {
                        seps += 1;
                    }
                    if w == "@"
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| n.is_word() && !n.space_before)
                    {
                        handle = true;
                    }
                }
            }
        }
        let all_words = (words + numbers).max(1) as f32;
        let wf = words.max(1) as f32;
        let last = last_mark(doc, p).unwrap_or("");
        let mut idx = 0;
        let mut set = |v: f32| {
            f[idx] = v;
            idx += 1;
        };
        // shape
        set(((s.words + 1) as f32).ln());
        set((s.words <= 2) as u8 as f32);
        set((s.words <= 5) as u8 as f32);
        set((s.words <= 9) as u8 as f32);
        set(s.terminated as u8 as f32);
        set((last == ":") as u8 as f32);
        set((last == "…" || last.starts_with("...")) as u8 as f32);
        set(stops as f32 / wf);
        set((stops == 0 && words >= 2) as u8 as f32);
        set(if content > 0 {
            caps as f32 / content as f32
        } else {
            0.0
        });
        set(upper as f32 / wf);
        set(chrome as f32 / wf);
        set((chrome > 0) as u8 as f32);
        set(first_chrome as u8 as f32);
        set(link as u8 as f32);
        set(handle as u8 as f32);
        set(date as u8 as f32);
        set(has_phone(line) as u8 as f32);
        set(numbers as f32 / all_words);
        set((seps as f32).min(4.0) / 4.0);
        set((camel as f32).min(3.0) / 3.0);
        set(
            (memchr::memmem::find(line.as_bytes(), "©".as_bytes()).is_some()
                || contains_copyright(line)) as u8 as f32,
        );
        set((seps >= 2 && s.words <= 30) as u8 as f32);
        set(toks
            .first()
            .is_some_and(|t| matches!(t.text(text), "“" | "\"" | "‘")) as u8 as f32);
        set(((p.sentences.1 - p.sentences.0) as f32 + 1.0).ln());
        set(reader as f32 / wf);
        set(action as u8 as f32);
        set(matches!(last, "!" | "?") as u8 as f32);
        set(code as f32 / toks.len().max(1) as f32);
        // cohesion
        let (ts, te) = topic_range[pi];
        let mut total = 0.0f32;
        let mut shared = 0.0f32;
        for &(key, w) in &topic[ts..te] {
            total += w;
            let (a, b) = in_prose[key as usize];
            if a != NOT_IN_PROSE.0 && (a + 2 <= pi || b >= pi + 2) {
                shared += w;
            }
        }
        let judged = cohesion_ok && te > ts;
        let off = if judged { 1.0 - shared / total } else { 0.0 };
        // A short line amid prose is a subheading unless something says otherwise: no topic word
        // shared with the prose, words of page chrome, or no way to tell.
        let suspect = !judged || off >= 0.85 || chrome > 0;
        // layout
        let before = first_prose.is_none_or(|fp| pi < fp);
        let after = last_prose.is_some_and(|lp| pi > lp);
        let prev_short = pi > 0 && shapes[pi - 1].short;
        let next_short = pi + 1 < n && shapes[pi + 1].short;
        let between = pi > 0 && pi + 1 < n && shapes[pi - 1].prose && shapes[pi + 1].prose;
        set((pi == 0) as u8 as f32);
        set(before as u8 as f32);
        set(after as u8 as f32);
        set(prev_short as u8 as f32);
        set(next_short as u8 as f32);
        set((run[pi] as f32 + 1.0).ln());
        set(between as u8 as f32);
        set((between && s.short && suspect) as u8 as f32);
        set(doc_prose_share);
        set(if (s.short || !s.terminated) && suspect {
            doc_prose_share
        } else {
            0.0
        });
        set(((line_count[&line_hash[pi]] as f32).ln()).min(3.0));
        // cohesion
        let n_topic = (te - ts) as f32;
        set(off);
        set(if s.words <= 9 { off } else { 0.0 });
        set(if s.words > 9 {
            off * (n_topic.min(8.0) / 8.0)
        } else {
            0.0
        });
        set((!judged) as u8 as f32);
        set(if !s.terminated { off } else { 0.0 });
        set((judged && off >= 0.99) as u8 as f32);
        set(if judged && s.words <= 9 {
            1.0 - off
        } else {
            0.0
        });
        let dp = doc_prose_share;
        set(off * dp);
        set(reader as f32 / wf * dp);
        set(action as u8 as f32 * dp);
        set(chrome as f32 / wf * dp);
        set((!s.terminated && suspect) as u8 as f32 * dp);
        set(if s.words > 9 { off * dp } else { 0.0 });
        assert_eq!(idx, N_FEATURES, "every signal is set");
        out.push(f);
    }
    out
}

/// "copyright" in any case, without lower-casing the line.
fn contains_copyright(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr2_iter(b'c', b'C', b).any(|i| {
        b.get(i..i + 9)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"copyright"))
    })
}

/// A phone number: nine or more digits in a run of digits, spaces, dots, dashes and brackets.
fn has_phone(line: &str) -> bool {
    // Most lines have few digits; counting them is a loop the compiler vectorises.
    if line.bytes().filter(u8::is_ascii_digit).count() < 9 {
        return false;
    }
    let mut digits = 0;
    let mut groups = 0;
    let mut in_digits = false;
    for b in line.bytes() {
        if b.is_ascii_digit() {
            digits += 1;
            if !in_digits {
                groups += 1;
            }
            in_digits = true;
        } else if matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'+') {
            in_digits = false;
        } else {
            if digits >= 9 && groups >= 2 {
                return true;
            }
            digits = 0;
            groups = 0;
            in_digits = false;
        }
    }
    digits >= 9 && groups >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_and_chrome() {
        let mut parts = Vec::new();
        let joints = camel_parts("ReplyDelete", |p| parts.push(p.to_string()));
        assert_eq!(parts, vec!["Reply", "Delete"]);
        assert_eq!(joints, 1);
        assert!(is_chrome("Reply"));
        assert!(!is_chrome("Beijing"));
        assert_eq!(camel_parts("McDonald", |_| {}), 0);
    }

    #[test]
    fn phones() {
        assert!(has_phone("Call us: (555) 123-4567"));
        assert!(!has_phone("In 2019, 2020 and 2021"));
    }

    #[test]
    fn a_pictograph_after_the_full_stop_still_ends_the_line() {
        let doc = Document::new("Thank you very much.😢\nSee the menu ▼\n");
        let marks: Vec<_> = doc.paragraphs.iter().map(|p| last_mark(&doc, p)).collect();
        assert_eq!(marks, vec![Some("."), Some("▼")]);
    }

    #[test]
    fn doc_prose_share_index() {
        assert_eq!(FEATURES[DOC_PROSE_SHARE].0, "doc_prose_share");
    }

    #[test]
    fn embedded_model_parses() {
        let m = Model::embedded();
        assert!(m.threshold > 0.0 && m.threshold < 1.0);
    }
}
