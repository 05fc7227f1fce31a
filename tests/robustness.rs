//! No input makes the engine panic, and every flag it returns lies on character boundaries
//! inside the text: random documents mixing the characters that tokenisers, sentence splitters
//! and encoding checks trip over.

use textqc::config::Settings;
use textqc::Engine;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "the",
    "The",
    "said",
    "U.S.",
    "Mr.",
    "e.g.",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ". .",
    " .",
    ",",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "(",
    ")",
    "[",
    "…",
    "...",
    "—",
    "-",
    "officialslike",
    "Xi",
    "XI",
    "a",
    "accord",
    "Leave",
    "It",
    "â€™",
    "Ã©",
    "\u{FFFD}",
    "\u{200B}",
    "\u{7}",
    "e\u{301}",
    "中国",
    "Россия",
    "@",
    "x@y.com",
    "https://a.b/c",
    "chinanews.com",
    ".NET",
    "3.5",
    "10%",
    "24th",
    "Ä",
    "ï",
    "\u{85}",
    "Check Also",
    "click here",
    "About Jane Doe",
    "\r\n",
    "\t",
    "¿",
    "«",
    "»",
    "„",
    "#",
    "©",
    "Ð",
    "ð",
    "Â",
    " \u{a0}",
    "wіth",
    "Аdvеrtіѕе",
    "ΑΡΙ",
    "väzzõl",
    "rujā",
    "кожна",
    "公式Official",
    "・",
    "ナウシカ",
    "aaaaaaaaaaaaaa",
    "hahahahahahahahaha",
    "inorder",
    "ofthe",
];

#[test]
fn random_documents_never_panic_and_spans_are_valid() {
    let engine = Engine::new(Settings::default()).unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..1500 {
        let len = 1 + rng.next() % 120;
        let text: String = (0..len).map(|_| rng.pick(PIECES)).collect();
        let report = engine.check(&text);
        for f in &report.flags {
            assert!(
                f.span.start <= f.span.end && f.span.end <= text.len(),
                "{f:?} in {text:?}"
            );
            assert!(
                text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
                "{f:?} in {text:?}"
            );
        }
        assert!((0.0..=100.0).contains(&report.score));
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    let engine = Engine::new(Settings::default()).unwrap();
    let mut rng = Rng(12345);
    for _ in 0..500 {
        let len = (rng.next() % 400) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let (text, report) = engine.check_bytes(&bytes);
        for f in &report.flags {
            assert!(
                f.span.end <= text.len()
                    && text.is_char_boundary(f.span.start)
                    && text.is_char_boundary(f.span.end)
            );
        }
    }
}

#[test]
fn empty_and_blank_documents() {
    let engine = Engine::new(Settings::default()).unwrap();
    for text in ["", " ", "\n\n\n", ".", "“", "\u{FEFF}"] {
        let report = engine.check(text);
        assert!(report.score <= 100.0);
    }
}

/// Corpus mode on the same kind of documents, many sharing their lines, with the lowest threshold
/// so that recurring-line flags are plentiful.
#[test]
fn random_documents_in_corpus_mode_never_panic() {
    let mut rng = Rng(0xC0FF_EE00);
    // Every fifth document ends on the same line, which corpus mode must find recurring.
    let docs: Vec<String> = (0..400)
        .map(|i| {
            let len = 1 + rng.next() % 80;
            let mut doc: String = (0..len).map(|_| rng.pick(PIECES)).collect();
            if i % 5 == 0 {
                doc.push_str("\nSubscribe to our newsletter for the latest news");
            }
            doc
        })
        .collect();
    let mut counts = textqc::corpus::CorpusCounts::with_memory(1 << 16);
    for d in &docs {
        counts.add_document(&textqc::corpus::LineKeys::of(d));
    }
    let mut settings = Settings::default();
    settings.corpus.min_docs = 2;
    let mut engine = Engine::new(settings).unwrap();
    engine.set_corpus(counts);
    let mut recurring = 0;
    for text in &docs {
        let report = engine.check(text);
        for f in &report.flags {
            assert!(
                f.span.end <= text.len()
                    && text.is_char_boundary(f.span.start)
                    && text.is_char_boundary(f.span.end),
                "{f:?} in {text:?}"
            );
            recurring += usize::from(f.rule == "boilerplate/recurring-line");
        }
    }
    assert!(recurring > 0);
}
