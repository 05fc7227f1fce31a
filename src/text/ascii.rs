//! Most text is ASCII: the checks that look only at other characters skip to them.

/// Where the first byte of a non-ASCII character is, eight bytes at a time.
pub fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let high = u64::from_le_bytes(word) & TOPS;
        if high != 0 {
            return Some(offset + high.trailing_zeros() as usize / 8);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b >= 0x80)
        .map(|k| offset + k)
}

/// From `from` on, the first byte that starts a character `may_start` accepts: the non-ASCII
/// characters a check looks for, found without decoding the rest.
pub fn next_candidate(
    bytes: &[u8],
    mut from: usize,
    may_start: impl Fn(u8) -> bool,
) -> Option<usize> {
    while let Some(k) = first_non_ascii(bytes.get(from..)?) {
        from += k;
        if may_start(bytes[from]) {
            return Some(from);
        }
        from += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_byte_above_ascii() {
        for text in [
            "",
            "plain",
            "0123456789abcdef",
            "a long line of ASCII “quoted”",
            "é",
            "1234567é",
        ] {
            assert_eq!(
                first_non_ascii(text.as_bytes()),
                text.bytes().position(|b| b >= 0x80),
                "{text:?}"
            );
        }
    }
}
