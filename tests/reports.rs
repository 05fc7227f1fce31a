//! The SARIF and HTML reports: what CI and reviewers rely on (positions, rules, escaping, errors)
//! checked on the built binary, against positions computed here from the text itself.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::textqc;
use serde_json::Value;

/// A glued word, mojibake and a doubled word on the second line, after multi-byte characters, so
/// that byte offsets and character columns differ.
const DAMAGED: &str = "A first line with “quotes” and café.\n\
    The officialslike the plan. We donâ€™t know if the the vote will pass.\n";

/// One doubled word in a sentence long enough to pass the gate.
const PASSING_WITH_A_FLAG: &str = "The ministry said on Monday that the the talks would continue \
    next week in Geneva, and that both delegations had agreed on an agenda for the meeting.\n";

const CLEAN: &str =
    "The ministry said on Monday that the talks would continue next week in Geneva.\n";

/// 1-based line and column (in characters) of byte `offset` of `text`.
fn line_col(text: &str, offset: usize) -> (u64, u64) {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() as u64 + 1,
        before[line_start..].chars().count() as u64 + 1,
    )
}

fn write_file(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// The flags of the JSON report: the reference the other formats must agree with.
fn json_flags(path: &str) -> Vec<Value> {
    let out = textqc(&["check", path, "--format", "json"], None);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["documents"][0]["flags"].as_array().unwrap().clone()
}

fn sarif(args: &[&str], stdin: Option<&str>) -> (Option<i32>, Value) {
    let out = textqc(args, stdin);
    let log = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code(), log)
}

fn result_of<'a>(run: &'a Value, rule: &str) -> &'a Value {
    run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == rule)
        .unwrap_or_else(|| panic!("no result for {rule}"))
}

#[test]
fn sarif_has_a_rule_and_a_located_result_per_flag() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "damaged.txt", DAMAGED);
    let (code, log) = sarif(&["check", &path, "--format", "sarif"], None);
    assert_eq!(code, Some(1), "the document fails the gate: {log}");
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        log["$schema"],
        "https://json.schemastore.org/sarif-2.1.0.json"
    );
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "textqc");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();

    let flags = json_flags(&path);
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), flags.len());
    for (flag, result) in flags.iter().zip(results) {
        assert_eq!(result["ruleId"], flag["rule"]);
        let rule = &rules[result["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], flag["rule"]);
        assert!(!rule["shortDescription"]["text"]
            .as_str()
            .unwrap()
            .is_empty());
        assert!(!rule["help"]["markdown"].as_str().unwrap().is_empty());
        let category = flag["category"].as_str().unwrap();
        assert!(rule["properties"]["tags"]
            .as_array()
            .unwrap()
            .contains(&Value::from(category)));
        assert_eq!(result["message"]["text"], flag["message"]);
        assert_eq!(result["properties"]["cost"], flag["cost"]);
        let fingerprint = &result["partialFingerprints"]["textqcContextHash/v1"];
        assert!(fingerprint.as_str().is_some_and(|f| !f.is_empty()));
    }

    for (rule, flagged) in [
        ("broken/glued-words", "officialslike"),
        ("encoding/mojibake", "â€™"),
        ("repetition/doubled-word", "the the"),
    ] {
        let start = DAMAGED.find(flagged).unwrap();
        let end = start + flagged.len();
        let result = result_of(run, rule);
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], path.as_str());
        let region = &location["region"];
        let (line, column) = line_col(DAMAGED, start);
        let (end_line, end_column) = line_col(DAMAGED, end);
        assert_eq!(region["startLine"], line, "{rule}");
        assert_eq!(region["startColumn"], column, "{rule}");
        assert_eq!(region["endLine"], end_line, "{rule}");
        assert_eq!(region["endColumn"], end_column, "{rule}");
        assert_eq!(region["byteOffset"], start, "{rule}");
        assert_eq!(region["byteLength"], flagged.len(), "{rule}");
        assert_eq!(region["snippet"]["text"], flagged, "{rule}");
        assert_eq!(result["level"], "warning");
    }
    assert_eq!(
        result_of(run, "repetition/doubled-word")["locations"][0]["physicalLocation"]["region"]
            ["startLine"],
        2
    );

    let fix = &result_of(run, "broken/glued-words")["fixes"][0]["artifactChanges"][0];
    assert_eq!(fix["artifactLocation"]["uri"], path.as_str());
    let replacement = &fix["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "officials like");
    assert_eq!(
        replacement["deletedRegion"]["byteOffset"],
        DAMAGED.find("officialslike").unwrap()
    );
    assert_eq!(replacement["deletedRegion"]["byteLength"], 13);
    assert!(result_of(run, "repetition/doubled-word")
        .get("fixes")
        .is_none());

    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    let documents = run["properties"]["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0]["path"], path.as_str());
    assert_eq!(documents[0]["verdict"], "fail");
}

#[test]
fn sarif_fingerprints_survive_moving_the_finding() {
    let dir = tempfile::tempdir().unwrap();
    let before = write_file(dir.path(), "before.txt", DAMAGED);
    let moved = format!("An unrelated paragraph added at the top of the file.\n\n{DAMAGED}");
    let after = write_file(dir.path(), "after.txt", &moved);
    let fingerprint = |path: &str| {
        let (_, log) = sarif(&["check", path, "--format", "sarif"], None);
        result_of(&log["runs"][0], "broken/glued-words")["partialFingerprints"].clone()
    };
    assert_eq!(fingerprint(&before), fingerprint(&after));
}

#[test]
fn sarif_reports_a_bad_record_as_a_failed_invocation() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!(
        "{}\nnot json\n{}\n",
        serde_json::json!({"id": "clean", "text": CLEAN}),
        serde_json::json!({"id": "doc 7", "text": DAMAGED}),
    );
    let path = write_file(dir.path(), "corpus.jsonl", &input);
    let (code, log) = sarif(
        &["check", "--input", "jsonl", &path, "--format", "sarif"],
        None,
    );
    assert_eq!(code, Some(2), "an unreadable record exits 2: {log}");
    let run = &log["runs"][0];
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notifications = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notifications.len(), 1);
    let notification = &notifications[0];
    assert_eq!(notification["level"], "error");
    let message = notification["message"]["text"].as_str().unwrap();
    assert!(message.contains("corpus.jsonl:2"), "{message}");
    let location = &notification["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], path.as_str());
    assert_eq!(location["region"]["startLine"], 2);

    // A record's results are located by its id, as a URI.
    let result = result_of(run, "broken/glued-words");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "doc%207");
    let start = DAMAGED.find("officialslike").unwrap();
    assert_eq!(location["region"]["byteOffset"], start);
    assert_eq!(location["region"]["startLine"], 2);
    let ids: Vec<&Value> = run["properties"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["id"])
        .collect();
    assert_eq!(ids, ["clean", "doc 7"]);
}

#[test]
fn sarif_of_clean_text_has_no_results_and_exits_0() {
    let (code, log) = sarif(&["check", "-", "--format", "sarif"], Some(CLEAN));
    assert_eq!(code, Some(0));
    let run = &log["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 0);
    assert!(!run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .is_empty());
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
}

fn html(args: &[&str], stdin: Option<&str>) -> (Option<i32>, String) {
    let out = textqc(args, stdin);
    (
        out.status.code(),
        String::from_utf8(out.stdout).expect("the page is UTF-8"),
    )
}

/// The flag numbers the page's marks carry, in `data-f="1 2"` attributes.
fn marked_flags(page: &str) -> BTreeSet<usize> {
    page.split("<mark ")
        .skip(1)
        .filter_map(|m| m.split("data-f=\"").nth(1)?.split('"').next())
        .flat_map(|list| list.split(' ').map(|n| n.parse::<usize>().unwrap()))
        .collect()
}

#[test]
fn html_marks_every_flag_in_the_escaped_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{DAMAGED}\nThe page had <script>alert('x')</script> & more in it, said the minister.\n"
    );
    let path = write_file(dir.path(), "damaged.txt", &text);
    let (code, page) = html(&["check", &path, "--format", "html"], None);
    assert_eq!(code, Some(1));
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));

    let flags = json_flags(&path);
    assert_eq!(
        marked_flags(&page),
        (1..=flags.len()).collect::<BTreeSet<_>>(),
        "every flag has a mark"
    );
    for (rule, flagged) in [
        ("broken/glued-words", "officialslike"),
        ("encoding/mojibake", "â€™"),
        ("repetition/doubled-word", "the the"),
    ] {
        let mark = page
            .split("<mark ")
            .find(|m| m.contains(&format!("title=\"{rule} (warning)")))
            .unwrap_or_else(|| panic!("no mark for {rule}"));
        assert!(
            mark.contains(&format!(">{flagged}</mark>")),
            "{rule}: {mark}"
        );
    }
    assert!(page
        .contains("The page had &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more in it"));
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(page.contains("“quotes” and café"));
    assert!(page.contains("id=\"summary\""));
    for external in ["src=", "href=\"http", "url(", "@import"] {
        assert!(!page.contains(external), "no external resource: {external}");
    }
}

#[test]
fn html_escapes_the_source_label() {
    let record = serde_json::json!({"id": "<b>\"id\"</b>", "text": DAMAGED});
    let (_, page) = html(
        &["check", "--input", "jsonl", "-", "--format", "html"],
        Some(&format!("{record}\n")),
    );
    assert!(page.contains("&lt;b&gt;&quot;id&quot;&lt;/b&gt;"));
    assert!(!page.contains("<b>\"id\""));
}

#[test]
fn html_lists_clean_documents_in_one_line_and_keeps_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let clean = write_file(dir.path(), "clean.txt", CLEAN);
    let (code, page) = html(&["check", &clean, "--format", "html"], None);
    assert_eq!(code, Some(0));
    assert!(page.contains("<div class=\"doc\""), "{page}");
    assert!(!page.contains("<details class=\"doc\""));
    assert!(!page.contains("<mark"));
    assert!(
        !page.contains("The ministry said"),
        "no text for a clean document"
    );

    let damaged = write_file(dir.path(), "damaged.txt", DAMAGED);
    let (code, _) = html(&["check", &damaged, "--format", "html"], None);
    assert_eq!(code, Some(1));
    let (code, _) = sarif(&["check", &damaged, "--format", "sarif"], None);
    assert_eq!(code, Some(1));

    let missing = dir.path().join("missing.txt");
    let (code, page) = html(
        &[
            "check",
            missing.to_str().unwrap(),
            &clean,
            "--format",
            "html",
        ],
        None,
    );
    assert_eq!(code, Some(2));
    assert!(page.contains("data-verdict=\"error\""));
    assert!(page.contains("missing.txt"));
    assert!(
        page.contains("clean.txt"),
        "the other input is still checked"
    );
}

#[test]
fn html_folds_passing_documents_and_opens_failing_ones() {
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "fails", "text": DAMAGED}),
        serde_json::json!({"id": "passes", "text": PASSING_WITH_A_FLAG}),
    );
    let (code, page) = html(
        &["check", "--input", "jsonl", "-", "--format", "html"],
        Some(&input),
    );
    assert_eq!(code, Some(1));
    let sections: Vec<&str> = page.split("<details class=\"doc\"").skip(1).collect();
    assert_eq!(sections.len(), 2, "{page}");
    let head = |s: &str| s.split('>').next().unwrap().to_string();
    assert!(head(sections[0]).contains("data-verdict=\"fail\""));
    assert!(head(sections[0]).ends_with(" open"));
    assert!(head(sections[1]).contains("data-verdict=\"pass\""));
    assert!(!head(sections[1]).contains("open"));
}
