//! The command line's contract: formats, exit codes, errors that name the input, eval metrics on
//! hand-made gold files.

mod common;

use common::textqc;

use std::process::{Command, Output};

use serde_json::Value;

fn textqc_plain(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_textqc"))
        .args(args)
        .output()
        .unwrap()
}

const CLEAN: &str =
    "The ministry said on Monday that the talks would continue next week in Geneva.\n";
const BROKEN: &str = "The talks will continue. . A spokesperson said. said on Monday that the ministry was ready, and the the delegates agreed. One Yu Bin said.\n";

#[test]
fn exit_0_when_every_document_passes() {
    let out = textqc(&["check", "-"], Some(CLEAN));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 document checked: 1 passed"));
}

#[test]
fn exit_1_when_a_document_fails_the_gate() {
    let out = textqc(&["check", "-", "--fail-under", "99"], Some(BROKEN));
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("warning[broken/stray-punctuation]"), "{text}");
    assert!(text.contains("--> -:1:"), "{text}");
    assert!(text.contains('^'));
}

#[test]
fn exit_2_on_unreadable_file_and_the_others_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, CLEAN).unwrap();
    let missing = dir.path().join("missing.txt");
    let out = textqc(
        &[
            "check",
            missing.to_str().unwrap(),
            good.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("good.txt"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}

#[test]
fn exit_2_on_usage_error() {
    assert_eq!(textqc_plain(&["check"]).status.code(), Some(2));
    assert_eq!(
        textqc_plain(&["check", "--format", "nope", "x"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        textqc_plain(&["explain", "mt/no-such-rule"]).status.code(),
        Some(2)
    );
}

#[test]
fn json_output_contract() {
    let out = textqc(&["check", "-", "--format", "json"], Some(BROKEN));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let doc = &v["documents"][0];
    assert_eq!(doc["path"], "-");
    assert!(doc["score"].as_f64().unwrap() < 100.0);
    assert!(matches!(doc["verdict"].as_str(), Some("pass" | "fail")));
    for cat in [
        "mt",
        "boilerplate",
        "broken",
        "repetition",
        "encoding",
        "language",
    ] {
        assert!(doc["risk"][cat].is_number(), "risk.{cat}");
    }
    let flag = &doc["flags"][0];
    for key in [
        "rule", "category", "severity", "start", "end", "line", "column", "message",
    ] {
        assert!(!flag[key].is_null(), "flag.{key}");
    }
    let (s, e) = (
        flag["start"].as_u64().unwrap() as usize,
        flag["end"].as_u64().unwrap() as usize,
    );
    assert!(s < e && e <= BROKEN.len());
    assert_eq!(v["summary"]["documents"], 1);
    let flags = doc["flags"].as_array().unwrap();
    let by_rule = v["summary"]["flags_by_rule"].as_object().unwrap();
    assert_eq!(
        by_rule.values().map(|n| n.as_u64().unwrap()).sum::<u64>() as usize,
        flags.len()
    );
    for f in flags {
        assert!(by_rule.contains_key(f["rule"].as_str().unwrap()));
    }
}

#[test]
fn jsonl_input_and_output_keep_every_record() {
    let input = format!(
        "{}\n{}\nnot json\n{}\n",
        serde_json::json!({"id": "a", "text": CLEAN}),
        serde_json::json!({"doc_id": 7, "body": "x"}),
        serde_json::json!({"id": "c", "text": "He said “hello\" to them and left the building quickly."})
    );
    let out = textqc(
        &["check", "--input", "jsonl", "-", "--format", "jsonl"],
        Some(&input),
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "bad records make the run exit 2"
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "one output line per input record");
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[1]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[1]["source"], "-:2");
    assert!(lines[2]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[3]["id"], "c");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("-:3"), "{stderr}");
}

/// The output lines of `check --format jsonl` on JSONL `input`.
fn check_jsonl(input: &str) -> Vec<Value> {
    let out = textqc(
        &["check", "--input", "jsonl", "-", "--format", "jsonl"],
        Some(input),
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_lone_surrogate_escape_is_read_as_a_replacement_character_and_flagged() {
    // Half an emoji, left by a writer that cut a string between the two halves of a UTF-16 pair;
    // a whole pair and an escaped backslash before "ud800" are left as they are.
    let input = concat!(
        r#"{"id": "a", "text": "The minister smiled \ud83d and said the talks went well."}"#,
        "\n",
        r#"{"id": "b", "text": "The minister smiled \ud83d\ude00 and wrote C:\\ud800 down."}"#,
        "\n",
    );
    let lines = check_jsonl(input);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let rules = |d: &Value| -> Vec<String> {
        d["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(lines[0]["id"], "a", "{:?}", lines[0]);
    assert!(rules(&lines[0]).contains(&"encoding/replacement-char".to_string()));
    assert_eq!(lines[1]["id"], "b", "{:?}", lines[1]);
    assert!(!rules(&lines[1]).contains(&"encoding/replacement-char".to_string()));
}

#[test]
fn jsonl_fields_are_read_as_json_defines_them() {
    // An escaped key names the field all the same; of a repeated key the last value counts;
    // a field of the same name inside another value is not the record's.
    let input = concat!(
        r#"{"id": "a", "te\u0078t": "The talks went on. . He said so."}"#,
        "\n",
        r#"{"id": "b", "text": "no", "text": "The talks went on. . He said so."}"#,
        "\n",
        r#"{"meta": {"id": "inner", "text": 1}, "id": "c", "text": "Fine words here."}"#,
        "\n",
        r#"["not", "an", "object"]"#,
        "\n",
    );
    let lines = check_jsonl(input);
    assert_eq!(lines.len(), 4, "one output line per input record");
    for (line, id) in lines[..2].iter().zip(["a", "b"]) {
        assert_eq!(line["id"], id);
        assert!(
            line["flags"].as_array().is_some_and(|f| !f.is_empty()),
            "{line}"
        );
    }
    assert_eq!(lines[2]["id"], "c");
    assert!(lines[3]["error"]
        .as_str()
        .unwrap()
        .contains("must be a JSON object"));
}

#[test]
fn custom_id_and_text_fields() {
    let input = serde_json::json!({"doc_id": 7, "body": CLEAN}).to_string();
    let out = textqc(
        &[
            "check",
            "--input",
            "jsonl",
            "-",
            "--format",
            "jsonl",
            "--id-field",
            "doc_id",
            "--text-field",
            "body",
        ],
        Some(&input),
    );
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], "7");
}

#[test]
fn offsets_are_utf8_bytes_and_columns_characters() {
    let text = "“Quoted” words here. The war. .\n";
    let out = textqc(
        &[
            "check",
            "-",
            "--format",
            "jsonl",
            "--select",
            "broken/stray-punctuation",
        ],
        Some(text),
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["flags"][0];
    let (s, e) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "war. .");
    assert_eq!(f["column"], text[..s].chars().count() + 1);
}

#[test]
fn github_format_annotates() {
    let out = textqc(&["check", "-", "--format", "github"], Some(BROKEN));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines()
            .any(|l| l.starts_with("::warning file=-,line=1,col=")),
        "{text}"
    );
}

#[test]
fn rules_and_explain() {
    let out = textqc_plain(&["rules"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("mt/fused-sentence") && text.contains("boilerplate/link-text"));
    let out = textqc_plain(&["explain", "mt/fused-sentence"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("## Why is this bad?"), "{text}");
    let out = textqc_plain(&["explain", "boilerplate/link-text"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("click here"));
}

#[test]
fn select_and_ignore() {
    let out = textqc(
        &[
            "check",
            "-",
            "--format",
            "jsonl",
            "--ignore",
            "broken,repetition,mt",
        ],
        Some(BROKEN),
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["flags"].as_array().unwrap().is_empty(), "{v}");
}

#[test]
fn config_file_is_discovered() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("textqc.toml"),
        "ignore = [\"broken\"]\nfail-under = 10\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "The war. .\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_textqc"))
        .args(["check", "a.txt", "--format", "jsonl"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["flags"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["category"] != "broken"),
        "{v}"
    );
    std::fs::write(dir.path().join("textqc.toml"), "nonsense = 1\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_textqc"))
        .args(["check", "a.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("textqc.toml"));
}

#[test]
fn directories_are_walked_for_text_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/a.txt"), CLEAN).unwrap();
    std::fs::write(dir.path().join("b.txt"), CLEAN).unwrap();
    std::fs::write(dir.path().join("data.json"), "{}").unwrap();
    let out = textqc(
        &["check", dir.path().to_str().unwrap(), "--format", "json"],
        None,
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["documents"], 2);
}

/// Two records worked out by hand. Record 1: a stray " ." inside a gold span (found) and a
/// gold merge with no flag (missed); record 2 is clean with no gold spans.
#[test]
fn eval_metrics_by_hand() {
    let t1 = "The talks went on . He left the room and then the the delegates agreed to meet.";
    let stray = t1.find(" .").unwrap();
    let dup = t1.find("the the").unwrap();
    let records = [
        serde_json::json!({"id": "1", "text": t1, "spans": [
            {"start": stray - 2, "end": stray + 2, "kind": "stray_punct"},
            {"start": 0, "end": 3, "kind": "merge_sentences"},
            {"start": dup, "end": dup + 7, "kind": "dup_word"},
        ]}),
        serde_json::json!({"id": "2", "text": CLEAN, "spans": [], "is_reference": true}),
    ];
    let (_dir, gold) = write_gold(&records);
    let out = textqc_plain(&[
        "eval",
        gold.to_str().unwrap(),
        "--format",
        "json",
        "--select",
        "broken/stray-punctuation,repetition/doubled-word",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["files"][0];
    assert_eq!(f["records"], 2);
    // Two flags, both on gold spans: precision 1. Three gold spans, two found: recall 2/3.
    assert_eq!(f["overall"]["flags"], 2);
    assert_eq!(f["overall"]["flags_correct"], 2);
    assert_eq!(f["overall"]["gold"], 3);
    assert_eq!(f["overall"]["gold_found"], 2);
    assert_eq!(f["by_label"]["merge_sentences"]["gold_found"], 0);
    assert_eq!(f["clean_false_per_kword"], 0.0);
}

#[test]
fn eval_lines_and_kendall_by_hand() {
    let page =
        "Home\nNews\nSport\nThe ministry said on Monday that the talks would continue next week in Geneva.";
    let lines = serde_json::json!([
        {"start": 0, "end": 4, "label": "boilerplate"},
        {"start": 5, "end": 9, "label": "boilerplate"},
        {"start": 10, "end": 15, "label": "boilerplate"},
        {"start": 16, "end": page.len(), "label": "content"},
    ]);
    let records = [
        serde_json::json!({"id": "p", "text": page, "lines": lines}),
        serde_json::json!({"id": "a", "doc": "g", "q": 0.0, "text": CLEAN}),
        serde_json::json!({"id": "b", "doc": "g", "q": 5.0, "text": BROKEN}),
        serde_json::json!({"id": "c", "doc": "g", "q": 9.0, "text": format!("{BROKEN}{BROKEN}")}),
    ];
    let (_dir, gold) = write_gold(&records);
    let out = textqc_plain(&[
        "eval",
        gold.to_str().unwrap(),
        "--format",
        "json",
        "--doc-score-field",
        "q",
        "--risk",
        "score",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["files"][0];
    // "Home"/"News"/"Sport" are a menu before the article: all found, no content line flagged.
    assert_eq!(f["lines"]["gold"], 3);
    assert_eq!(f["lines"]["gold_found"], 3);
    assert_eq!(f["lines"]["flags"], 3);
    // Damage grows with q, and so does 100 - score: a perfect ranking.
    assert_eq!(f["kendall"][0], 1.0);
    assert_eq!(f["kendall"][1], 1);
}

/// Writes records as a JSONL gold file in a fresh temporary directory (kept alive by the guard).
fn write_gold(records: &[Value]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        records
            .iter()
            .map(|r| r.to_string() + "\n")
            .collect::<String>(),
    )
    .unwrap();
    (dir, gold)
}

#[test]
fn documents_over_the_size_limit_are_reported_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    let big = "The cat sat on the mat. ".repeat(50_000);
    let file = dir.path().join("big.txt");
    std::fs::write(&file, &big).unwrap();
    let out = textqc(
        &["check", file.to_str().unwrap(), "--max-doc-mb", "1"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("big.txt") && err.contains("--max-doc-mb 1"),
        "{err}"
    );

    let records = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": "a", "text": CLEAN}),
        serde_json::json!({"id": "b", "text": big}),
        serde_json::json!({"id": "c", "text": CLEAN})
    );
    let out = textqc(
        &[
            "check",
            "--input",
            "jsonl",
            "-",
            "--max-doc-mb",
            "1",
            "--format",
            "jsonl",
        ],
        Some(&records),
    );
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "every record has an output line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["source"], "-:2");
    assert!(lines[1]["error"].as_str().unwrap().contains("larger than"));
    assert_eq!(lines[2]["id"], "c");
}
