//! Turning command-line paths into a stream of documents, without ever dropping one silently:
//! every file or record becomes either a document or an error naming it.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use textqc::report::{InputError, Source};

/// Extensions of files picked up when walking a directory; files named on the command line are
/// always read.
const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "rst"];

pub enum Item {
    /// A file's raw bytes (decoded lossily by the engine).
    Bytes(Source, Vec<u8>),
    /// A JSONL record's text.
    Text(Source, String),
    /// A JSONL line not parsed yet: the workers parse it, not the thread that reads.
    Record(Record),
    Error(InputError),
}

/// One line of a JSONL input, with where it came from and which fields to read.
pub struct Record {
    /// The file it was read from, shared by all of its records.
    file: Arc<str>,
    /// Its line number there, 1-based.
    line_no: usize,
    line: Vec<u8>,
    fields: Arc<Fields>,
}

struct Fields {
    id: String,
    text: String,
}

impl Record {
    pub fn len(&self) -> usize {
        self.line.len()
    }

    /// The record's line as read, with its line break.
    pub fn into_line(self) -> Vec<u8> {
        self.line
    }

    /// The record's text, or the error that names it; never another `Item::Record`.
    ///
    /// A line whose only fault is a lone UTF-16 surrogate escape (`\ud83d` without its pair, left
    /// by a writer that cut an emoji in half) is read with U+FFFD in its place, so the record is
    /// checked, and flagged for the damage, instead of rejected unread.
    pub fn parse(&self) -> Item {
        match self.read(&self.line) {
            Ok(item) => item,
            Err(e) => {
                let repaired = e.is_syntax().then(|| replace_lone_surrogates(&self.line));
                match repaired.flatten().map(|line| self.read(&line)) {
                    Some(Ok(item)) => item,
                    _ => self.error(if e.is_data() {
                        "a record must be a JSON object".into()
                    } else {
                        format!("invalid JSON: {e}")
                    }),
                }
            }
        }
    }

    fn error(&self, message: String) -> Item {
        Item::Error(InputError::at_record(&self.file, self.line_no, message))
    }

    /// Reads `line` (the record's line, or a repaired copy) for its id and text; only a line that
    /// is not a JSON object is an `Err`.
    fn read(&self, line: &[u8]) -> Result<Item, serde_json::Error> {
        let location = || format!("{}:{}", self.file, self.line_no);
        // Only the id and text fields are kept: records often carry large metadata.
        let wanted = Wanted {
            id: &self.fields.id,
            text: &self.fields.text,
        };
        let mut de = serde_json::Deserializer::from_slice(line);
        let (id_raw, text_raw) = wanted
            .deserialize(&mut de)
            .and_then(|v| de.end().map(|()| v))?;
        let id = match id_raw {
            None => location(),
            Some(raw) => match serde_json::from_str::<Value>(raw.get()) {
                Ok(Value::String(s)) => s,
                Ok(Value::Null) => location(),
                Ok(other) => other.to_string(),
                Err(e) => return Ok(self.error(format!("invalid JSON: {e}"))),
            },
        };
        let text_field = &self.fields.text;
        Ok(match text_raw {
            Some(TextValue::Str(text)) => Item::Text(Source::Id(id), text),
            Some(TextValue::NotString) => {
                self.error(format!("record {id}: field '{text_field}' is not a string"))
            }
            None => self.error(format!("record {id}: no '{text_field}' field")),
        })
    }
}

/// `line` with every `\u` escape of a UTF-16 surrogate that has no partner replaced by `\ufffd`,
/// or `None` when it has none. An escaped backslash is skipped whole, so the text `\\ud800` (a
/// backslash, then letters) is left alone.
fn replace_lone_surrogates(line: &[u8]) -> Option<Vec<u8>> {
    let escape_at = |i: usize| -> Option<u16> {
        if line.get(i..i + 2)? != b"\\u" {
            return None;
        }
        let hex = std::str::from_utf8(line.get(i + 2..i + 6)?).ok()?;
        u16::from_str_radix(hex, 16).ok()
    };
    let is_low = |u: u16| (0xDC00..=0xDFFF).contains(&u);
    let mut out = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(k) = line.get(i..).and_then(|rest| memchr::memchr(b'\\', rest)) {
        let at = i + k;
        i = match escape_at(at) {
            Some(0xD800..=0xDBFF) if escape_at(at + 6).is_some_and(is_low) => at + 12,
            Some(0xD800..=0xDFFF) => {
                out.extend_from_slice(&line[copied..at]);
                out.extend_from_slice(b"\\ufffd");
                copied = at + 6;
                copied
            }
            Some(_) => at + 6,
            None => at + 2,
        };
    }
    (copied > 0).then(|| {
        out.extend_from_slice(&line[copied..]);
        out
    })
}

/// The two fields a record is read for, found in one pass over its JSON object: every other
/// field is scanned and dropped, its key never copied.
struct Wanted<'f> {
    id: &'f str,
    text: &'f str,
}

/// The raw id and the text of a record, when present (the last of a repeated key wins).
type WantedValues<'de> = (Option<&'de RawValue>, Option<TextValue>);

/// A text field's value: the text is decoded in the same pass that finds it, not scanned once to
/// find its end and again to decode it.
enum TextValue {
    Str(String),
    NotString,
}

struct TextSeed;

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = TextValue;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<TextValue, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextSeed {
    type Value = TextValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<TextValue, E> {
        Ok(TextValue::Str(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<TextValue, E> {
        Ok(TextValue::Str(v))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<TextValue, E> {
        Ok(TextValue::NotString)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<TextValue, E> {
        Ok(TextValue::NotString)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<TextValue, E> {
        Ok(TextValue::NotString)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<TextValue, E> {
        Ok(TextValue::NotString)
    }

    fn visit_unit<E: de::Error>(self) -> Result<TextValue, E> {
        Ok(TextValue::NotString)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<TextValue, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(TextValue::NotString)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TextValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(TextValue::NotString)
    }
}

impl<'de> DeserializeSeed<'de> for Wanted<'_> {
    type Value = WantedValues<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Wanted<'_> {
    type Value = WantedValues<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut id, mut text) = (None, None);
        while let Some(key) = map.next_key_seed(KeyOf(&self))? {
            if key.id {
                let value: &RawValue = map.next_value()?;
                id = Some(value);
                if key.text {
                    text = Some(match serde_json::from_str::<String>(value.get()) {
                        Ok(s) => TextValue::Str(s),
                        Err(_) => TextValue::NotString,
                    });
                }
            } else if key.text {
                text = Some(map.next_value_seed(TextSeed)?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok((id, text))
    }
}

/// Which wanted field a key names, compared where it lies in the line.
struct KeyOf<'w, 'f>(&'w Wanted<'f>);

struct KeyMatch {
    id: bool,
    text: bool,
}

impl<'de> DeserializeSeed<'de> for KeyOf<'_, '_> {
    type Value = KeyMatch;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<KeyMatch, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeyOf<'_, '_> {
    type Value = KeyMatch;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<KeyMatch, E> {
        Ok(KeyMatch {
            id: key == self.0.id,
            text: key == self.0.text,
        })
    }
}

/// Expands directories (recursively, sorted, skipping hidden entries) into files.
pub fn expand_paths(paths: &[PathBuf], errors: &mut Vec<InputError>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" || !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        walk(p, &mut out, errors);
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(InputError::new(dir.display().to_string(), e.to_string()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, errors);
        } else if p
            .extension()
            .is_none_or(|e| TEXT_EXTENSIONS.iter().any(|t| e.eq_ignore_ascii_case(t)))
        {
            out.push(p);
        }
    }
}

/// Where `-` is read from. Corpus mode reads every input twice and a pipe can be read only once,
/// so it first copies standard input to a temporary file, removed again when this is dropped.
pub enum Stdin {
    Pipe,
    Spooled(PathBuf),
}

impl Stdin {
    pub fn spool() -> io::Result<Stdin> {
        let dir = std::env::temp_dir();
        let mut n = 0u32;
        let (path, mut file) = loop {
            let path = dir.join(format!("textqc-stdin-{}-{n}", std::process::id()));
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            match options.open(&path) {
                Ok(f) => break (path, f),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 100 => n += 1,
                Err(e) => return Err(e),
            }
        };
        // From here on the guard removes the file, whatever happens.
        let spooled = Stdin::Spooled(path);
        io::copy(&mut io::stdin().lock(), &mut file)?;
        Ok(spooled)
    }

    fn open(&self) -> io::Result<Box<dyn Read + Send>> {
        Ok(match self {
            Stdin::Pipe => Box::new(io::stdin()),
            Stdin::Spooled(path) => Box::new(File::open(path)?),
        })
    }

    /// The size of the input, where it is known.
    pub fn size(&self) -> Option<u64> {
        match self {
            Stdin::Pipe => None,
            Stdin::Spooled(path) => std::fs::metadata(path).ok().map(|m| m.len()),
        }
    }
}

impl Drop for Stdin {
    fn drop(&mut self) {
        if let Stdin::Spooled(path) = self {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Reads a whole file (or standard input) as one document, unless it is larger than
/// `max_bytes`: checking holds about 35 bytes of memory per byte of text, so one huge file must
/// not take the machine down with the run.
pub fn read_file(path: &Path, stdin: &Stdin, max_bytes: u64) -> Item {
    let label = if path.as_os_str() == "-" {
        "-".to_string()
    } else {
        path.display().to_string()
    };
    let too_large = |size: Option<u64>| {
        Item::Error(InputError::new(
            label.clone(),
            too_large_message("document", size, max_bytes),
        ))
    };
    if path.as_os_str() != "-" {
        if let Some(size) = std::fs::metadata(path).ok().map(|m| m.len()) {
            if size > max_bytes {
                return too_large(Some(size));
            }
        }
    }
    let result = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        stdin
            .open()
            .and_then(|r| r.take(max_bytes + 1).read_to_end(&mut buf))
            .map(|_| buf)
    } else {
        std::fs::read(path)
    };
    match result {
        // Standard input is read no further than the limit: its size is not known.
        Ok(bytes) if bytes.len() as u64 > max_bytes => too_large(None),
        Ok(bytes) => Item::Bytes(Source::Path(label), bytes),
        Err(e) => Item::Error(InputError::new(label, e.to_string())),
    }
}

fn too_large_message(what: &str, size: Option<u64>, max_bytes: u64) -> String {
    let mib = |b: u64| b as f64 / f64::from(1u32 << 20);
    let size = size.map_or(String::new(), |s| format!(" of {:.1} MiB", mib(s)));
    format!(
        "{what}{size} is larger than --max-doc-mb {:.0}: not checked (split it, or raise the \
         limit)",
        mib(max_bytes)
    )
}

/// Reads JSONL records one line at a time.
pub struct JsonlReader {
    label: Arc<str>,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
    fields: Arc<Fields>,
    buf: Vec<u8>,
    /// Longer records are reported, not read into memory.
    max_bytes: u64,
    pub bytes_read: u64,
}

impl JsonlReader {
    pub fn open(
        path: &Path,
        stdin: &Stdin,
        id_field: &str,
        text_field: &str,
        max_bytes: u64,
    ) -> Result<JsonlReader, InputError> {
        let (label, reader): (String, Box<dyn BufRead + Send>) = if path.as_os_str() == "-" {
            let input = stdin
                .open()
                .map_err(|e| InputError::new("-", e.to_string()))?;
            (
                "-".into(),
                Box::new(BufReader::with_capacity(1 << 20, input)),
            )
        } else {
            let f = File::open(path)
                .map_err(|e| InputError::new(path.display().to_string(), e.to_string()))?;
            (
                path.display().to_string(),
                Box::new(BufReader::with_capacity(1 << 20, f)),
            )
        };
        Ok(JsonlReader {
            label: label.into(),
            reader,
            line_no: 0,
            fields: Arc::new(Fields {
                id: id_field.into(),
                text: text_field.into(),
            }),
            buf: Vec::new(),
            max_bytes,
            bytes_read: 0,
        })
    }

    /// The next record, or None at the end of the input. Blank lines are skipped.
    pub fn next_item(&mut self) -> Option<Item> {
        loop {
            self.buf.clear();
            let read = (&mut self.reader)
                .take(self.max_bytes + 1)
                .read_until(b'\n', &mut self.buf);
            let n = match read {
                Ok(n) if n as u64 > self.max_bytes && self.buf.last() != Some(&b'\n') => {
                    // The rest of the record is skipped, never held.
                    let rest = skip_line(&mut self.reader);
                    self.line_no += 1;
                    self.bytes_read += n as u64 + rest;
                    return Some(Item::Error(InputError::at_record(
                        &self.label,
                        self.line_no,
                        too_large_message("record", Some(n as u64 + rest), self.max_bytes),
                    )));
                }
                Ok(n) => n,
                Err(e) => {
                    self.line_no += 1;
                    let item = Item::Error(InputError::at_record(
                        &self.label,
                        self.line_no,
                        e.to_string(),
                    ));
                    // A read error ends this input.
                    self.reader = Box::new(io::empty());
                    return Some(item);
                }
            };
            if n == 0 {
                return None;
            }
            self.bytes_read += n as u64;
            self.line_no += 1;
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Item::Record(Record {
                file: Arc::clone(&self.label),
                line_no: self.line_no,
                line: std::mem::take(&mut self.buf),
                fields: Arc::clone(&self.fields),
            }));
        }
    }
}

/// Reads past the rest of a line without keeping it; returns how many bytes that was.
fn skip_line(reader: &mut dyn BufRead) -> u64 {
    let mut skipped = 0u64;
    loop {
        let (used, done) = match reader.fill_buf() {
            Ok([]) | Err(_) => return skipped,
            Ok(buf) => match memchr::memchr(b'\n', buf) {
                Some(k) => (k + 1, true),
                None => (buf.len(), false),
            },
        };
        reader.consume(used);
        skipped += used as u64;
        if done {
            return skipped;
        }
    }
}
