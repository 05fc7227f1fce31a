//! The two workflows around a run: a CI gate that accepts the findings of a baseline and fails on
//! new ones only, and a corpus cleaner that splits the records into kept and rejected files
//! without losing one.

mod common;

use common::textqc;

use serde_json::Value;

const DAMAGED: &str = "The talks will continue. . A spokesperson said. said on Monday that the ministry was ready, and the the delegates agreed.\n";
const CLEAN: &str =
    "The ministry said on Monday that the talks would continue next week in Geneva.\n";

fn jsonl(out: &std::process::Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_baseline_accepts_old_findings_and_fails_on_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("doc.txt");
    let baseline = dir.path().join("baseline.json");
    let (doc_s, baseline_s) = (doc.to_str().unwrap(), baseline.to_str().unwrap());
    std::fs::write(&doc, DAMAGED).unwrap();

    let before = textqc(&["check", doc_s, "--format", "jsonl"], None);
    assert_eq!(before.status.code(), Some(1), "the damaged document fails");
    let flags_before = jsonl(&before)[0]["flags"].as_array().unwrap().len();
    assert!(flags_before >= 2);

    let write = textqc(&["check", doc_s, "--write-baseline", baseline_s], None);
    assert_eq!(
        write.status.code(),
        Some(0),
        "writing a baseline is no failure"
    );
    let file: Value = serde_json::from_slice(&std::fs::read(&baseline).unwrap()).unwrap();
    assert_eq!(file["version"], 1);
    let counted: u64 = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["count"].as_u64().unwrap())
        .sum();
    assert_eq!(counted as usize, flags_before);

    let accepted = textqc(
        &["check", doc_s, "--baseline", baseline_s, "--format", "json"],
        None,
    );
    assert_eq!(accepted.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&accepted.stdout).unwrap();
    assert_eq!(report["documents"][0]["score"], 100.0);
    assert_eq!(report["summary"]["baseline_accepted"], flags_before);

    // A paragraph added above moves every offset; a new doubled word is the only new finding.
    std::fs::write(&doc, format!("{CLEAN}{DAMAGED}It was a a long day.\n")).unwrap();
    let edited = textqc(
        &[
            "check",
            doc_s,
            "--baseline",
            baseline_s,
            "--format",
            "jsonl",
        ],
        None,
    );
    let flags = jsonl(&edited)[0]["flags"].as_array().unwrap().clone();
    assert_eq!(flags.len(), 1, "{flags:?}");
    assert_eq!(flags[0]["rule"], "repetition/doubled-word");
    assert_eq!(flags[0]["line"], 3);
}

#[test]
fn a_stale_baseline_is_noted_and_a_broken_one_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("doc.txt");
    let baseline = dir.path().join("baseline.json");
    let (doc_s, baseline_s) = (doc.to_str().unwrap(), baseline.to_str().unwrap());
    std::fs::write(&doc, DAMAGED).unwrap();
    textqc(&["check", doc_s, "--write-baseline", baseline_s], None);
    std::fs::write(&doc, CLEAN).unwrap();
    let out = textqc(&["check", doc_s, "--baseline", baseline_s], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("of the baseline matched nothing"));

    std::fs::write(&baseline, "{not json").unwrap();
    let out = textqc(&["check", doc_s, "--baseline", baseline_s], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("baseline.json"));
}

#[test]
fn keep_and_reject_split_the_records_without_losing_one() {
    let dir = tempfile::tempdir().unwrap();
    let keep = dir.path().join("kept.jsonl");
    let reject = dir.path().join("rejected.jsonl");
    let clean_record = format!(
        "{{\"id\": \"a\", \"meta\": {{\"url\": \"https://x.org\", \"n\": [1, 2]}}, \"text\": {}}}",
        serde_json::to_string(CLEAN).unwrap()
    );
    let input = format!(
        "{clean_record}\n{}\nnot json\n{{\"id\": \"c\"}}\n",
        serde_json::json!({"id": "b", "text": DAMAGED, "lang": "en"})
    );
    let out = textqc(
        &[
            "check",
            "--input",
            "jsonl",
            "-",
            "--fail-under",
            "95",
            "--keep",
            keep.to_str().unwrap(),
            "--reject",
            reject.to_str().unwrap(),
            "--format",
            "summary",
        ],
        Some(&input),
    );
    assert_eq!(out.status.code(), Some(2), "two records could not be read");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "2 documents checked: 1 passed, 1 failed, 2 could not be read; 3 flags (broken 2, repetition 1)\n",
        "the summary alone"
    );

    let kept = std::fs::read_to_string(&keep).unwrap();
    assert_eq!(kept, format!("{clean_record}\n"), "kept byte for byte");

    let rejected: Vec<Value> = std::fs::read_to_string(&reject)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rejected.len(), 3);
    assert_eq!(rejected[0]["id"], "b");
    assert_eq!(
        rejected[0]["lang"], "en",
        "the record's own fields are kept"
    );
    let verdict = &rejected[0]["textqc"];
    assert_eq!(verdict["verdict"], "fail");
    let reasons = verdict["reasons"].as_array().unwrap();
    assert!(reasons
        .iter()
        .any(|r| r["rule"] == "broken/stray-punctuation"));
    let costs: Vec<f64> = reasons
        .iter()
        .map(|r| r["cost"].as_f64().unwrap())
        .collect();
    assert!(costs.windows(2).all(|w| w[0] >= w[1]), "costliest first");
    assert_eq!(rejected[1]["line"], "not json");
    assert_eq!(rejected[1]["textqc"]["verdict"], "error");
    assert_eq!(rejected[1]["textqc"]["source"], "-:3");
    assert!(rejected[2]["textqc"]["error"]
        .as_str()
        .unwrap()
        .contains("no 'text' field"));
}

#[test]
fn files_are_kept_as_records_with_their_path() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("clean.txt");
    std::fs::write(&doc, CLEAN).unwrap();
    let keep = dir.path().join("kept.jsonl");
    let out = textqc(
        &[
            "check",
            doc.to_str().unwrap(),
            "--keep",
            keep.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let record: Value = serde_json::from_str(&std::fs::read_to_string(&keep).unwrap()).unwrap();
    assert_eq!(record["path"], doc.to_str().unwrap());
    assert_eq!(record["text"], CLEAN);
}

#[test]
fn the_config_names_the_baseline_relative_to_itself() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("doc.txt");
    std::fs::write(&doc, DAMAGED).unwrap();
    let baseline = dir.path().join("accepted.json");
    textqc(
        &[
            "check",
            doc.to_str().unwrap(),
            "--write-baseline",
            baseline.to_str().unwrap(),
        ],
        None,
    );
    let config = dir.path().join("textqc.toml");
    std::fs::write(&config, "baseline = \"accepted.json\"\n").unwrap();
    let out = textqc(
        &[
            "check",
            doc.to_str().unwrap(),
            "--config",
            config.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let isolated = textqc(&["check", doc.to_str().unwrap(), "--isolated"], None);
    assert_eq!(isolated.status.code(), Some(1));
}
