use std::cell::Cell;

/// Maps byte offsets to 1-based line and character columns, for rendering only.
///
/// Reporters ask for the flags of a document in order, and a scraped document can be one line of
/// a megabyte with thousands of flags: counting each column from the start of its line would
/// take time in the square of the line. So the index remembers the last offset it placed and
/// counts only the characters between that one and the next.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// The last offset placed: (line index, byte offset, 0-based column).
    last: Cell<(usize, usize, usize)>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            line_starts,
            last: Cell::new((0, 0, 0)),
        }
    }

    /// 1-based line and 1-based column in characters of `offset`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut cut = offset.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= cut) - 1;
        let start = self.line_starts[line];
        let (last_line, last_at, last_col) = self.last.get();
        let col = if last_line != line || cut.abs_diff(last_at) > cut - start {
            text[start..cut].chars().count()
        } else if cut >= last_at {
            last_col + text[last_at..cut].chars().count()
        } else {
            last_col - text[cut..last_at].chars().count()
        };
        self.last.set((line, cut, col));
        (line + 1, col + 1)
    }

    /// Byte range of 1-based `line`, without its line terminator.
    pub fn line_span(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.line_starts[line - 1];
        let mut end = self
            .line_starts
            .get(line)
            .map(|&s| s - 1)
            .unwrap_or(text.len());
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        (start, end)
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let text = "ab\n“cd” ef\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        let e = text.find("ef").unwrap();
        assert_eq!(idx.line_col(text, e), (2, 6));
        assert_eq!(idx.line_span(text, 2), (3, text.len() - 1));
    }

    #[test]
    fn columns_do_not_depend_on_the_order_of_questions() {
        let text = "“a” b\nc “d” é f\n";
        let idx = LineIndex::new(text);
        let fresh = |at: usize| LineIndex::new(text).line_col(text, at);
        let offsets: Vec<usize> = (0..=text.len()).collect();
        for &at in offsets.iter().chain(offsets.iter().rev()) {
            assert_eq!(idx.line_col(text, at), fresh(at), "offset {at}");
        }
        for &at in &[14, 2, 9, 1, 13, 13, 0] {
            assert_eq!(idx.line_col(text, at), fresh(at), "offset {at}");
        }
    }
}
