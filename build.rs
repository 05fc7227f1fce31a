//! Embeds what the binary needs from the source tree: each built-in check's module doc comment
//! (its explanation, keyed by the rule id its path implies) and the declarative rule files.

use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

#[path = "src/lexicon_table.rs"]
mod lexicon_table;

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");

    // The lexicon's hash table, built here once rather than at every start: a header with the
    // word count, then each slot's tag and numbers, little-endian.
    let tsv_path = Path::new(&root).join("data/lexicon.tsv");
    println!("cargo:rerun-if-changed={}", tsv_path.display());
    println!(
        "cargo:rerun-if-changed={}",
        Path::new(&root).join("src/lexicon_table.rs").display()
    );
    let tsv = fs::read_to_string(&tsv_path).expect("readable data/lexicon.tsv");
    let table = lexicon_table::build(&tsv);
    let mut bin = Vec::with_capacity(8 + table.slots.len() * 8);
    bin.extend_from_slice(&(table.len as u64).to_le_bytes());
    for (tag, packed) in &table.slots {
        bin.extend_from_slice(&tag.to_le_bytes());
        bin.extend_from_slice(&packed.to_le_bytes());
    }
    fs::write(Path::new(&out).join("lexicon.bin"), bin).expect("writable OUT_DIR");
    fs::write(
        Path::new(&out).join("compound_parts.rs"),
        compound_parts(&tsv),
    )
    .expect("writable OUT_DIR");
    fs::write(
        Path::new(&out).join("spelling_neighbours.rs"),
        spelling_neighbours(&tsv),
    )
    .expect("writable OUT_DIR");

    let web = read_data(&root, "data/web-misspellings.txt");
    let mut web_hashes: Vec<u64> = list_entries(&web).map(lexicon_table::word_hash).collect();
    web_hashes.sort_unstable();
    fs::write(
        Path::new(&out).join("web_misspellings.rs"),
        format!("pub static WEB_MISSPELLINGS: &[u64] = &{web_hashes:?};\n"),
    )
    .expect("writable OUT_DIR");

    let glued = read_data(&root, "data/glued-phrases.txt");
    let mut glued_cuts: Vec<(u64, usize)> = list_entries(&glued)
        .filter_map(|l| l.split_once(' '))
        .map(|(head, tail)| {
            (
                lexicon_table::word_hash(&format!("{head}{tail}")),
                head.len(),
            )
        })
        .collect();
    glued_cuts.sort_unstable();
    fs::write(
        Path::new(&out).join("glued_phrases.rs"),
        format!("pub static GLUED_PHRASES: &[(u64, usize)] = &{glued_cuts:?};\n"),
    )
    .expect("writable OUT_DIR");

    let clause_path = Path::new(&root).join("data/clause-words.tsv");
    println!("cargo:rerun-if-changed={}", clause_path.display());
    let clause = fs::read_to_string(&clause_path).expect("readable data/clause-words.tsv");
    fs::write(
        Path::new(&out).join("clause_words.rs"),
        clause_words(&clause),
    )
    .expect("writable OUT_DIR");

    let mut docs = String::from("/// (rule id, explanation) of every built-in check.\npub static CHECK_DOCS: &[(&str, &str)] = &[\n");
    let checks = Path::new(&root).join("src/checks");
    println!("cargo:rerun-if-changed={}", checks.display());
    let mut entries = Vec::new();
    for cat in sorted_dir(&checks) {
        if !cat.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", cat.display());
        for file in sorted_dir(&cat) {
            let (Some(category), Some(stem)) = (cat.file_name(), file.file_stem()) else {
                continue;
            };
            let text = fs::read_to_string(&file).expect("readable check source");
            let doc: Vec<&str> = text
                .lines()
                .take_while(|l| l.starts_with("//!"))
                .map(|l| {
                    l.strip_prefix("//! ")
                        .unwrap_or(l.strip_prefix("//!").unwrap_or(l))
                })
                .collect();
            let id = format!(
                "{}/{}",
                category.to_string_lossy(),
                stem.to_string_lossy().replace('_', "-")
            );
            entries.push((id, doc.join("\n")));
        }
    }
    for (id, doc) in entries {
        writeln!(docs, "    ({id:?}, {doc:?}),").unwrap();
    }
    docs.push_str("];\n");
    fs::write(Path::new(&out).join("check_docs.rs"), docs).expect("writable OUT_DIR");

    let rules = Path::new(&root).join("rules");
    println!("cargo:rerun-if-changed={}", rules.display());
    let mut files = String::from("/// (file name, contents) of every rules/*.toml.\npub static RULE_FILES: &[(&str, &str)] = &[\n");
    for file in sorted_dir(&rules) {
        if file.extension().is_some_and(|e| e == "toml") {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            writeln!(
                files,
                "    ({name:?}, include_str!({:?})),",
                file.display().to_string()
            )
            .unwrap();
        }
    }
    files.push_str("];\n");
    fs::write(Path::new(&out).join("rule_files.rs"), files).expect("writable OUT_DIR");
}

/// Words that begin or end several closed compounds the lexicon knows ("hand" in "handbook",
/// "handrail", "handset"; "wood" in "driftwood", "firewood"), as two sorted lists. A lexicon
/// word counts when it is not rare (zipf >= 2) and splits into two common words (zipf >= 3) of
/// three letters or more.
fn compound_parts(tsv: &str) -> String {
    use std::collections::HashMap;
    const MIN_WORD_ZIPF100: u32 = 200;
    const MIN_PART_ZIPF100: u32 = 300;
    const MIN_COMPOUNDS: u32 = 3;
    let zipf: HashMap<&str, u32> = tsv
        .lines()
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, cols.next()?.parse().ok()?))
        })
        .collect();
    let common = |w: &str| zipf.get(w).is_some_and(|&z| z >= MIN_PART_ZIPF100);
    let mut heads: HashMap<&str, u32> = HashMap::new();
    let mut tails: HashMap<&str, u32> = HashMap::new();
    for (&word, &z) in &zipf {
        if z < MIN_WORD_ZIPF100 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        for cut in 3..word.len().saturating_sub(2) {
            let (head, tail) = word.split_at(cut);
            if common(head) && common(tail) {
                *heads.entry(head).or_default() += 1;
                *tails.entry(tail).or_default() += 1;
            }
        }
    }
    let list = |name: &str, counts: HashMap<&str, u32>| {
        let mut words: Vec<&str> = counts
            .into_iter()
            .filter(|&(_, n)| n >= MIN_COMPOUNDS)
            .map(|(w, _)| w)
            .collect();
        words.sort_unstable();
        format!("pub static {name}: &[&str] = &{words:?};\n")
    };
    list("COMPOUND_HEADS", heads) + &list("COMPOUND_TAILS", tails)
}

/// The words a misspelling may be one slip away from, as (word hash, zipf × 100) sorted by hash:
/// fairly common (zipf >= 3.3) lower-case ASCII words that clean text capitalises at most half
/// the time, so no names; broken/misspelling asks more of the short ones. About 14,000 of them: a
/// table small enough to stay in cache while the check probes it some fifty times a word, where
/// most probes of the full lexicon would miss the cache.
fn spelling_neighbours(tsv: &str) -> String {
    const MIN_ZIPF100: u32 = 330;
    const MAX_CAP_PERMILLE: u32 = 500;
    let mut entries: Vec<(u64, u32)> = tsv
        .lines()
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let word = cols.next()?;
            let zipf: u32 = cols.next()?.parse().ok()?;
            let cap: u32 = cols.next()?.parse().ok()?;
            (word.bytes().all(|b| b.is_ascii_lowercase())
                && zipf >= MIN_ZIPF100
                && cap <= MAX_CAP_PERMILLE)
                .then(|| (lexicon_table::word_hash(word), zipf))
        })
        .collect();
    entries.sort_unstable();
    // A bit per slice of the hash space, set where some word falls: most probes are no word, and
    // a 32 KB bitmap answers them from the first-level cache before any search.
    let mut bits = vec![0u64; NEIGHBOUR_BITMAP_WORDS];
    for &(hash, _) in &entries {
        let bit = neighbour_bit(hash);
        bits[bit / 64] |= 1 << (bit % 64);
    }
    format!(
        "pub static NEIGHBOURS: &[(u64, u16)] = &{entries:?};\n\
         pub const NEIGHBOUR_BITMAP_WORDS: usize = {NEIGHBOUR_BITMAP_WORDS};\n\
         pub const NEIGHBOUR_BIT_SHIFT: u32 = {NEIGHBOUR_BIT_SHIFT};\n\
         pub static NEIGHBOUR_BITMAP: [u64; NEIGHBOUR_BITMAP_WORDS] = {bits:?};\n"
    )
}

/// 2^18 bits: with 14,000 words set, about one probe in twenty that is no word passes.
const NEIGHBOUR_BITMAP_WORDS: usize = 1 << 12;

/// A word hash's bit in the bitmap comes from its bits from here up; broken/misspelling reads the
/// shift from the generated file, so the two cannot disagree.
const NEIGHBOUR_BIT_SHIFT: u32 = 40;

fn neighbour_bit(hash: u64) -> usize {
    (hash >> NEIGHBOUR_BIT_SHIFT) as usize & (NEIGHBOUR_BITMAP_WORDS * 64 - 1)
}

/// The lists of data/clause-words.tsv (see scripts/build-clause-words.py) as sorted word hashes,
/// contiguous for binary search: verb forms that carry a tense, words that clean text does not
/// follow with a subject, capitalised words it writes after "the" but not after "The"
/// mid-sentence, words it seldom capitalises alone, words whose "to" takes a verb, and names it
/// writes without an article.
fn clause_words(tsv: &str) -> String {
    let list = |name: &str, kind: &str| {
        let mut hashes: Vec<u64> = tsv
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .filter(|&(k, _)| k == kind)
            .map(|(_, w)| lexicon_table::word_hash(w))
            .collect();
        hashes.sort_unstable();
        format!("pub static {name}: &[u64] = &{hashes:?};\n")
    };
    list("FINITE_VERBS", "finite")
        + &list("NO_SUBJECT_AFTER", "no_subject_after")
        + &list("AFTER_LOWER_THE", "after_lower_the")
        + &list("LOWER_ALONE", "lower_alone")
        + &list("TAKES_INFINITIVE", "takes_infinitive")
        + &list("BARE_NAME", "bare_name")
        + &list("SENTENCE_ADVERBS", "sentence_adverb")
}

fn sorted_dir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// A data file of the repository, which the build reruns for when it changes.
fn read_data(root: &str, name: &str) -> String {
    let path = Path::new(root).join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("readable {name}: {e}"))
}

/// The entries of a word list: its lines without the comment header and blank lines.
fn list_entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
}
