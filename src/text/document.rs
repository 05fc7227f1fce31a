use super::sentences::split_sentences;
use super::tokenize::tokenize_line;
use super::{Span, Token};

/// A non-blank line: scraped news puts one paragraph on a line, and a line is also the unit that
/// boilerplate arrives in.
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub span: Span,
    /// Index of the line this paragraph is.
    pub line: usize,
    /// Token indices `[start, end)`.
    pub tokens: (usize, usize),
    /// Sentence indices `[start, end)`.
    pub sentences: (usize, usize),
    /// Blank lines (or the document edge) come right before this paragraph.
    pub blank_before: bool,
    pub blank_after: bool,
}

/// A sentence: a run of tokens in one paragraph, ended by . ! ? or the paragraph end.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Span,
    pub tokens: (usize, usize),
    pub paragraph: usize,
    /// Ended by terminal punctuation (possibly followed by closing quotes or brackets).
    pub terminated: bool,
}

#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    /// Every line without its terminator, blank ones included.
    pub lines: Vec<Span>,
    pub paragraphs: Vec<Paragraph>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub word_count: usize,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut lines = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
        let mut start = 0;
        for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
            lines.push(trim_cr(text, start, nl));
            start = nl + 1;
        }
        lines.push(trim_cr(text, start, text.len()));

        let mut tokens = Vec::with_capacity(text.len() / 5);
        // Tokens cover every character but white space and hold none, so the tokens that follow
        // white space start the words `str::split_whitespace` would count.
        let mut word_count = 0;
        let mut paragraphs = Vec::with_capacity(lines.len());
        let mut sentences = Vec::with_capacity(lines.len() + text.len() / 100);
        for (i, line) in lines.iter().enumerate() {
            let body = line.text(text);
            if body.trim().is_empty() {
                continue;
            }
            let first = tokens.len();
            tokenize_line(body, line.start, i as u32, &mut tokens);
            word_count += tokens[first..].iter().filter(|t| t.space_before).count();
            let trimmed_start = line.start + (body.len() - body.trim_start().len());
            let trimmed_end = line.start + body.trim_end().len();
            let first_sentence = sentences.len();
            split_sentences(
                text,
                &tokens,
                first,
                tokens.len(),
                paragraphs.len(),
                &mut sentences,
            );
            let blank_before = i == 0 || lines[i - 1].text(text).trim().is_empty();
            let blank_after = lines
                .get(i + 1)
                .is_none_or(|l| l.text(text).trim().is_empty());
            paragraphs.push(Paragraph {
                span: Span::new(trimmed_start, trimmed_end),
                line: i,
                tokens: (first, tokens.len()),
                sentences: (first_sentence, sentences.len()),
                blank_before,
                blank_after,
            });
        }
        Document {
            text,
            lines,
            paragraphs,
            tokens,
            sentences,
            word_count,
        }
    }

    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens[i].span.text(self.text)
    }

    /// The index of the token that holds byte `at`, if one does.
    pub fn token_at(&self, at: usize) -> Option<usize> {
        let t = self.tokens.partition_point(|t| t.span.end <= at);
        self.tokens
            .get(t)
            .is_some_and(|token| token.span.start <= at)
            .then_some(t)
    }

    pub fn paragraph_tokens(&self, p: &Paragraph) -> &[Token] {
        &self.tokens[p.tokens.0..p.tokens.1]
    }

    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.0..s.tokens.1]
    }
}

fn trim_cr(text: &str, start: usize, end: usize) -> Span {
    if end > start && text.as_bytes()[end - 1] == b'\r' {
        Span::new(start, end - 1)
    } else {
        Span::new(start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_paragraphs_and_sentences() {
        let text =
            "Title here\n\nMr. Smith went to the U.S. on Monday. He said. said on Friday.\r\n";
        let doc = Document::new(text);
        assert_eq!(doc.paragraphs.len(), 2);
        assert!(doc.paragraphs[1].blank_before);
        let sents: Vec<&str> = doc.sentences.iter().map(|s| s.span.text(text)).collect();
        assert_eq!(
            sents,
            vec![
                "Title here",
                "Mr. Smith went to the U.S. on Monday.",
                "He said.",
                "said on Friday."
            ]
        );
        assert!(!doc.sentences[0].terminated);
        assert!(doc.sentences[3].terminated);
    }

    #[test]
    fn a_spaced_initialism_ends_a_sentence_only_before_a_function_word() {
        let text = "It opposed the U. S. move. He lives in the U. S. The economy is big.";
        let doc = Document::new(text);
        let sents: Vec<&str> = doc.sentences.iter().map(|s| s.span.text(text)).collect();
        assert_eq!(
            sents,
            vec![
                "It opposed the U. S. move.",
                "He lives in the U. S.",
                "The economy is big."
            ]
        );
    }

    #[test]
    fn initials_degrees_and_case_names_do_not_end_sentences() {
        let text = "He was an activist. M. X. Karunaratnam was born in 1948. \
                    She received her Ph. D. in 1990 and cited Roe v. Wade. \
                    He has a Ph.D. The degree took him five years. \
                    Guests were Francesca B., Gilda and Tiziana. \
                    She earned a B.Sc. in physics and cut 80 cm. of cloth. \
                    The side was T. Ciernan; A. Duggan, F. Brenishan. \
                    It is led by James \"Jim\" P. Ursomarso. \
                    Strains of E. coli live in the gut, and Nav1.8 and 2.Deild are names. \
                    He received an LL.B. in 1866.";
        let doc = Document::new(text);
        let sents: Vec<&str> = doc.sentences.iter().map(|s| s.span.text(text)).collect();
        assert_eq!(
            sents,
            vec![
                "He was an activist.",
                "M. X. Karunaratnam was born in 1948.",
                "She received her Ph. D. in 1990 and cited Roe v. Wade.",
                "He has a Ph.D.",
                "The degree took him five years.",
                "Guests were Francesca B., Gilda and Tiziana.",
                "She earned a B.Sc. in physics and cut 80 cm. of cloth.",
                "The side was T. Ciernan; A. Duggan, F. Brenishan.",
                "It is led by James \"Jim\" P. Ursomarso.",
                "Strains of E. coli live in the gut, and Nav1.8 and 2.Deild are names.",
                "He received an LL.B. in 1866."
            ]
        );
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for text in [
            "",
            "  one  two\tthree\n",
            "caf\u{e9}\u{a0}au\u{3000}lait \u{2003}x",
            "\u{85}a\u{2028}b\u{feff}c",
            "“quoted” — dash",
            "see www.example.com\u{a0}now, a@b.org\u{3000}x\r\nhttp://x.org/a\u{2028}b",
            "line\rmid\n\n  \t\n\u{b}word\u{c}",
        ] {
            assert_eq!(
                Document::new(text).word_count,
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }
}
