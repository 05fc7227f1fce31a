//! Corpus mode (`check --corpus`): lines recurring across documents are flagged with their count,
//! the same whatever the thread count, and turning it on changes nothing else about the run.

mod common;

use common::textqc;

use std::process::{Command, Output};

use serde_json::Value;
use textqc::config::Settings;
use textqc::corpus::{CorpusCounts, LineKeys};
use textqc::Engine;

const RULE: &str = "boilerplate/recurring-line";
const FOOTER: &str = "Subscribe to the Springfield Gazette for daily local news.";
/// In three documents only: below the default five.
const QUOTE: &str = "“We will rebuild the bridge before winter,” the mayor told reporters.";

/// A name made of letters, different for every `n` (digits would all normalise to 0).
fn name(mut n: usize) -> String {
    let mut s = String::from("Q");
    for _ in 0..4 {
        s.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    s
}

/// Document `i` of a generated corpus: its own article, the footer in 12 of 20 documents, the
/// quote in 3 of them.
fn document(i: usize) -> String {
    let mut text = format!(
        "Residents of {town} met on Monday to discuss the future of the {river} bridge.\n\
         The council of {town} said repairs would cost more than planned, according to {who}.\n",
        town = name(i),
        river = name(i + 100),
        who = name(i + 200),
    );
    if matches!(i, 2 | 9 | 15) {
        text.push_str(QUOTE);
        text.push('\n');
    }
    if !i.is_multiple_of(5) && i % 5 != 3 {
        text.push('\n');
        text.push_str(FOOTER);
        text.push('\n');
    }
    text
}

const DOCS: usize = 20;
const WITH_FOOTER: usize = 12;

fn jsonl_corpus() -> String {
    (0..DOCS)
        .map(|i| {
            serde_json::json!({"id": format!("doc{i}"), "text": document(i)}).to_string() + "\n"
        })
        .collect()
}

/// `check --corpus` on JSONL from standard input, with `extra` arguments, as JSONL.
fn corpus_check(extra: &[&str], stdin: &str) -> Output {
    let mut args = vec![
        "check", "--input", "jsonl", "-", "--corpus", "--format", "jsonl",
    ];
    args.extend_from_slice(extra);
    textqc(&args, Some(stdin))
}

fn parse_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn recurring_flags(doc: &Value) -> Vec<&Value> {
    doc["flags"]
        .as_array()
        .map(|fs| fs.iter().filter(|f| f["rule"] == RULE).collect())
        .unwrap_or_default()
}

#[test]
fn the_generated_corpus_is_what_the_tests_say() {
    assert_eq!(
        (0..DOCS).filter(|&i| document(i).contains(FOOTER)).count(),
        WITH_FOOTER
    );
    let mut counts = CorpusCounts::with_memory(1 << 20);
    for i in 0..DOCS {
        counts.add_document(&LineKeys::of(&document(i)));
    }
    let mut buf = String::new();
    for line in document(4).lines().take(2) {
        let key = textqc::corpus::line_key(line, &mut buf).unwrap();
        assert_eq!(counts.documents_with(key), 1, "{line}");
    }
}

#[test]
fn a_recurring_line_is_flagged_with_its_count_and_other_lines_are_not() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..DOCS {
        std::fs::write(dir.path().join(format!("{i:02}.txt")), document(i)).unwrap();
    }
    let out = textqc(
        &[
            "check",
            dir.path().to_str().unwrap(),
            "--corpus",
            "--format",
            "jsonl",
        ],
        None,
    );
    let docs = parse_lines(&out);
    assert_eq!(docs.len(), DOCS, "{}", String::from_utf8_lossy(&out.stderr));
    for (i, doc) in docs.iter().enumerate() {
        let text = document(i);
        let flags = recurring_flags(doc);
        if text.contains(FOOTER) {
            assert_eq!(flags.len(), 1, "doc {i}: {flags:?}");
            let f = flags[0];
            assert_eq!(f["message"], "this line appears in 12 of 20 documents");
            assert_eq!(f["severity"], "warning");
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..e], FOOTER);
        } else {
            assert!(flags.is_empty(), "doc {i}: {flags:?}");
        }
    }
    // Counted flags go into the score like any other.
    let with = docs
        .iter()
        .find(|d| !recurring_flags(d).is_empty())
        .unwrap();
    assert!(recurring_flags(with)[0]["cost"].as_f64().unwrap() > 0.0);
    assert!(with["risk"]["boilerplate"].as_f64().unwrap() > 0.0);
}

#[test]
fn results_do_not_depend_on_the_thread_count() {
    let input = jsonl_corpus();
    let run = |jobs: &str| {
        textqc(
            &[
                "check", "--input", "jsonl", "-", "--corpus", "--format", "jsonl", "-j", jobs,
            ],
            Some(&input),
        )
    };
    let one = run("1");
    let two = run("2");
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(one.stdout, two.stdout);
    let docs = parse_lines(&one);
    assert_eq!(docs.len(), DOCS);
    let flagged = docs
        .iter()
        .filter(|d| !recurring_flags(d).is_empty())
        .count();
    assert_eq!(flagged, WITH_FOOTER);
}

#[test]
fn without_corpus_mode_nothing_is_counted() {
    let out = textqc(
        &["check", "--input", "jsonl", "-", "--format", "jsonl"],
        Some(&jsonl_corpus()),
    );
    let docs = parse_lines(&out);
    assert_eq!(docs.len(), DOCS);
    assert!(docs.iter().all(|d| recurring_flags(d).is_empty()));
}

#[test]
fn thresholds_come_from_the_command_line() {
    let out = corpus_check(&["--corpus-min-docs", "3"], &jsonl_corpus());
    let docs = parse_lines(&out);
    let quoted = &docs[15];
    let messages: Vec<&str> = recurring_flags(quoted)
        .iter()
        .filter_map(|f| f["message"].as_str())
        .collect();
    assert!(
        messages.contains(&"this line appears in 3 of 20 documents"),
        "{messages:?}"
    );
    // 0.7 of 20 documents is 14: the footer (12) no longer counts.
    let out = corpus_check(&["--corpus-min-share", "0.7"], &jsonl_corpus());
    assert!(parse_lines(&out)
        .iter()
        .all(|d| recurring_flags(d).is_empty()));
}

#[test]
fn thresholds_come_from_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("textqc.toml"), "[corpus]\nmin-docs = 13\n").unwrap();
    std::fs::write(dir.path().join("c.jsonl"), jsonl_corpus()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_textqc"))
        .args([
            "check", "--input", "jsonl", "c.jsonl", "--corpus", "--format", "jsonl",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let docs = parse_lines(&out);
    assert_eq!(docs.len(), DOCS);
    assert!(docs.iter().all(|d| recurring_flags(d).is_empty()));

    std::fs::write(dir.path().join("textqc.toml"), "[corpus]\nmin-docs = 1\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_textqc"))
        .args(["check", "--input", "jsonl", "c.jsonl", "--corpus"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("min-docs"));
}

#[test]
fn a_malformed_record_is_reported_once_and_every_record_kept() {
    let mut input = jsonl_corpus();
    input.insert_str(0, "{\"id\": \"broken\", \"text\": \n");
    input.push_str("[1, 2]\n");
    let out = corpus_check(&[], &input);
    assert_eq!(out.status.code(), Some(2));
    let lines = parse_lines(&out);
    assert_eq!(lines.len(), DOCS + 2, "one output line per input line");
    assert_eq!(lines[0]["source"], "-:1");
    assert_eq!(lines[DOCS + 1]["source"], format!("-:{}", DOCS + 2));
    assert_eq!(lines.iter().filter(|l| l.get("error").is_some()).count(), 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("textqc: error: -:1:").count(), 1, "{stderr}");
    assert_eq!(stderr.matches("textqc: error:").count(), 2, "{stderr}");
    // Bad records are not documents: the counts are still out of 20.
    let flagged = &lines[2];
    assert_eq!(
        recurring_flags(flagged)[0]["message"],
        "this line appears in 12 of 20 documents"
    );
}

#[test]
fn counts_saved_on_one_shard_check_another() {
    let dir = tempfile::tempdir().unwrap();
    let counts = dir.path().join("lines.counts");
    let shard = |range: std::ops::Range<usize>| -> String {
        range
            .map(|i| {
                serde_json::json!({"id": format!("doc{i}"), "text": document(i)}).to_string() + "\n"
            })
            .collect()
    };
    let a = dir.path().join("a.jsonl");
    std::fs::write(&a, shard(0..15)).unwrap();
    let out = textqc(
        &[
            "check",
            "--input",
            "jsonl",
            a.to_str().unwrap(),
            "--corpus",
            "--corpus-save",
            counts.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    // Shard b is checked against a's counts alone: the footer is in 9 of a's 15 documents.
    let out = corpus_check(
        &["--corpus-load", counts.to_str().unwrap()],
        &shard(15..DOCS),
    );
    assert_eq!(out.status.code(), Some(0));
    let docs = parse_lines(&out);
    assert_eq!(docs.len(), 5);
    assert_eq!(
        recurring_flags(&docs[1])[0]["message"],
        "this line appears in 9 of 15 documents"
    );
    assert!(recurring_flags(&docs[0]).is_empty());

    let bad = dir.path().join("bad.counts");
    std::fs::write(&bad, b"not counts").unwrap();
    let out = textqc(
        &[
            "check",
            "-",
            "--corpus",
            "--corpus-load",
            bad.to_str().unwrap(),
        ],
        Some("text"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.counts"));
}

#[test]
fn corpus_options_need_corpus_mode() {
    for extra in [
        ["--corpus-min-docs", "3"],
        ["--corpus-sketch-mb", "4"],
        ["--corpus-load", "x"],
    ] {
        let out = textqc(&["check", "-", extra[0], extra[1]], Some("text"));
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
    }
}

#[test]
fn consecutive_recurring_lines_are_one_flag_with_each_count() {
    let footer = "Write to the Gazette newsroom with your local news tips.\n\
                  Send your letters to the editor at the address below.\n";
    let mut counts = CorpusCounts::with_memory(1 << 20);
    for i in 0..10 {
        let mut text = document(i);
        if i < 8 {
            text.push_str(footer.lines().next().unwrap());
        }
        if i < 6 {
            text.push('\n');
            text.push_str(footer.lines().nth(1).unwrap());
        }
        counts.add_document(&LineKeys::of(&text));
    }
    let mut engine = Engine::new(Settings {
        select: vec![RULE.into()],
        ..Default::default()
    })
    .unwrap();
    let text = format!("{}\n{footer}", document(0));
    assert!(engine.check(&text).flags.is_empty(), "no corpus, no flag");
    engine.set_corpus(counts);
    let report = engine.check(&text);
    assert_eq!(report.flags.len(), 1, "{:?}", report.flags);
    let f = &report.flags[0];
    assert_eq!(f.message, "these 2 lines appear in 8 and 6 of 10 documents");
    assert_eq!(f.span.text(&text), footer.trim_end());
}

#[test]
fn the_rule_is_listed_and_explained() {
    let out = Command::new(env!("CARGO_BIN_EXE_textqc"))
        .arg("rules")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains(RULE));
    let out = Command::new(env!("CARGO_BIN_EXE_textqc"))
        .args(["explain", RULE])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("--corpus") && text.contains("## Why is this bad?"),
        "{text}"
    );
}
