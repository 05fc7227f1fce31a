//! Turning input bytes into text without losing the document.
//!
//! Invalid UTF-8 is replaced by U+FFFD (one per invalid sequence, as `String::from_utf8_lossy`
//! does) and the positions of the replacements are kept, so the document is still checked and the
//! damage is reported at the right place instead of the file being rejected.

use crate::text::Span;

pub struct Decoded {
    pub text: String,
    /// Spans, in the decoded text, of each U+FFFD that replaced invalid bytes.
    pub invalid: Vec<Span>,
}

pub fn decode_lossy(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len());
    let mut invalid = Vec::new();
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            let start = text.len();
            text.push('\u{FFFD}');
            invalid.push(Span::new(start, text.len()));
        }
    }
    Decoded { text, invalid }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_where_bytes_were_replaced() {
        let d = decode_lossy(b"ok \xff\xfe done");
        assert_eq!(d.text, "ok \u{FFFD}\u{FFFD} done");
        assert_eq!(d.invalid.len(), 2);
        assert_eq!(d.invalid[0], Span::new(3, 6));
    }
}
