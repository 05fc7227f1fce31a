//! Finding a JSONL record's id and text without parsing the rest of it. Corpus records carry
//! metadata (labels, URLs, scores) that is often most of the line, and serde_json's validating
//! skip of those fields cost more than reading the text. The scan follows the object's structure
//! (its keys, strings and brackets) and gives up on anything it does not expect, so that the full
//! parser reads the line instead and reports any error exactly. A skipped value is checked for
//! structure only: balanced brackets, closed strings, and scalars made of number and literal
//! characters.

/// The raw JSON of a record's id and text fields, each absent when the record lacks it.
pub type RawFields<'l> = (Option<&'l [u8]>, Option<&'l [u8]>);

/// The raw JSON of the `id` and `text` fields of the one-object `line` (the last of a repeated
/// key wins), or `None` when the line is not a plain well-formed object, or a key carries an
/// escape.
pub fn fields<'l>(line: &'l [u8], id: &str, text: &str) -> Option<RawFields<'l>> {
    let (mut id_raw, mut text_raw) = (None, None);
    let mut i = skip_blank(line, 0);
    if line.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_blank(line, i + 1);
    if line.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            if line.get(i) != Some(&b'"') {
                return None;
            }
            let key_end = string_end(line, i)?;
            let key = &line[i + 1..key_end - 1];
            if key.contains(&b'\\') {
                return None;
            }
            i = skip_blank(line, key_end);
            if line.get(i) != Some(&b':') {
                return None;
            }
            let start = skip_blank(line, i + 1);
            let end = value_end(line, start)?;
            let raw = &line[start..end];
            if key == id.as_bytes() {
                id_raw = Some(raw);
            }
            if key == text.as_bytes() {
                text_raw = Some(raw);
            }
            i = skip_blank(line, end);
            match line.get(i) {
                Some(b',') => i = skip_blank(line, i + 1),
                Some(b'}') => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_blank(line, i) == line.len()).then_some((id_raw, text_raw))
}

fn skip_blank(line: &[u8], mut i: usize) -> usize {
    while line
        .get(i)
        .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        i += 1;
    }
    i
}

/// The index after the closing quote of the string opening at `open`.
fn string_end(line: &[u8], open: usize) -> Option<usize> {
    let mut j = open + 1;
    loop {
        let k = j + memchr::memchr2(b'"', b'\\', line.get(j..)?)?;
        if line[k] == b'"' {
            return Some(k + 1);
        }
        j = k + 2;
    }
}

/// The index after the value starting at `start`.
fn value_end(line: &[u8], start: usize) -> Option<usize> {
    match *line.get(start)? {
        b'"' => string_end(line, start),
        b'{' | b'[' => container_end(line, start),
        _ => {
            let len = line[start..]
                .iter()
                .position(|b| CLASS[*b as usize] != SCALAR_BYTE)
                .unwrap_or(line.len() - start);
            let scalar = &line[start..start + len];
            let literal = matches!(scalar, b"true" | b"false" | b"null");
            let number = scalar
                .first()
                .is_some_and(|b| *b == b'-' || b.is_ascii_digit())
                && scalar
                    .iter()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'));
            (literal || number).then_some(start + len)
        }
    }
}

/// Deepest nesting followed; deeper values go to the full parser.
const MAX_DEPTH: u32 = 128;

/// The index after the object or array opening at `open`.
fn container_end(line: &[u8], open: usize) -> Option<usize> {
    // One bit per open bracket, innermost lowest: set for an object.
    let mut objects: u128 = 0;
    let mut depth = 0u32;
    let mut j = open;
    loop {
        while line.get(j).is_some_and(|b| CLASS[*b as usize] <= SEPARATOR) {
            j += 1;
        }
        let b = *line.get(j)?;
        match CLASS[b as usize] {
            QUOTE => {
                j = string_end(line, j)?;
                continue;
            }
            OPEN => {
                if depth == MAX_DEPTH {
                    return None;
                }
                objects = objects << 1 | (b == b'{') as u128;
                depth += 1;
            }
            CLOSE => {
                if depth == 0 || (objects & 1 == 1) != (b == b'}') {
                    return None;
                }
                objects >>= 1;
                depth -= 1;
                if depth == 0 {
                    return Some(j + 1);
                }
            }
            _ => return None,
        }
        j += 1;
    }
}

/// What a byte is to the scan outside strings.
const SCALAR_BYTE: u8 = 0;
const SEPARATOR: u8 = 1;
const QUOTE: u8 = 2;
const OPEN: u8 = 3;
const CLOSE: u8 = 4;
const INVALID: u8 = 5;

const CLASS: [u8; 256] = {
    let mut t = [INVALID; 256];
    // Numbers, `true`, `false` and `null`.
    let scalar = b"0123456789+-.eEtrufalsn";
    let mut i = 0;
    while i < scalar.len() {
        t[scalar[i] as usize] = SCALAR_BYTE;
        i += 1;
    }
    t[b',' as usize] = SEPARATOR;
    t[b':' as usize] = SEPARATOR;
    t[b' ' as usize] = SEPARATOR;
    t[b'\t' as usize] = SEPARATOR;
    t[b'\n' as usize] = SEPARATOR;
    t[b'\r' as usize] = SEPARATOR;
    t[b'"' as usize] = QUOTE;
    t[b'{' as usize] = OPEN;
    t[b'[' as usize] = OPEN;
    t[b'}' as usize] = CLOSE;
    t[b']' as usize] = CLOSE;
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    fn both(line: &str) -> Option<(Option<&str>, Option<&str>)> {
        fields(line.as_bytes(), "id", "text").map(|(i, t)| {
            (
                i.map(|s| std::str::from_utf8(s).unwrap()),
                t.map(|s| std::str::from_utf8(s).unwrap()),
            )
        })
    }

    #[test]
    fn finds_the_fields_among_skipped_metadata() {
        let line = r#" {"meta": {"a": [1, -2.5e3, true, null, "x\"}"]}, "id": 7, "text": "a \"b\"", "z": []}
"#;
        assert_eq!(both(line), Some((Some("7"), Some(r#""a \"b\"""#))));
        assert_eq!(both("{}"), Some((None, None)));
        assert_eq!(
            both(r#"{"text": "a", "text": "b"}"#),
            Some((None, Some(r#""b""#)))
        );
    }

    #[test]
    fn gives_up_on_what_the_full_parser_must_judge() {
        for line in [
            r#"{"text": "a", "x": tru}"#,
            r#"{"text": "a", "x": [1, 2}"#,
            r#"{"text": "a", "x": {"b": "c"]}"#,
            r#"{"text": "a",}"#,
            r#"{"text": "a"} x"#,
            r#"{"te\u0078t": "a"}"#,
            r#"{"text": "a"#,
            r#"["text", "a"]"#,
            r#"{"text": "a", "x": [@]}"#,
        ] {
            assert_eq!(both(line), None, "{line}");
        }
    }
}
