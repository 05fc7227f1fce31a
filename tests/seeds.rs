//! The seed acceptance table (seeds/gold.json): every `flag` row overlapped by a flag of one of its
//! categories, every `clean` row free of mt, broken, boilerplate and repetition flags, and the
//! ranking of the five seeds.

use std::collections::HashMap;

use serde_json::Value;
use textqc::config::Settings;
use textqc::{DocReport, Engine};

fn reports() -> HashMap<String, (String, DocReport)> {
    let engine = Engine::new(Settings::default()).unwrap();
    let mut out = HashMap::new();
    for entry in std::fs::read_dir("seeds").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let bytes = std::fs::read(&path).unwrap();
            let (text, report) = engine.check_bytes(&bytes);
            out.insert(
                path.file_name().unwrap().to_string_lossy().to_string(),
                (text, report),
            );
        }
    }
    out
}

fn nth_find(text: &str, quote: &str, nth: usize) -> Option<usize> {
    let mut from = 0;
    for _ in 0..nth {
        from = text[from..].find(quote)? + from + 1;
    }
    text[from..].find(quote).map(|i| i + from)
}

#[test]
fn every_gold_row_passes() {
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string("seeds/gold.json").unwrap()).unwrap();
    let reports = reports();
    let mut failures = Vec::new();
    for row in gold["items"].as_array().unwrap() {
        let file = row["file"].as_str().unwrap();
        let quote = row["quote"].as_str().unwrap();
        let nth = row["nth"].as_u64().unwrap_or(0) as usize;
        let (text, report) = &reports[file];
        let start = nth_find(text, quote, nth)
            .unwrap_or_else(|| panic!("{file}: quote not found: {quote}"));
        let end = start + quote.len();
        let overlapping: Vec<_> = report
            .flags
            .iter()
            .filter(|f| f.span.start < end && f.span.end > start)
            .collect();
        match row["expect"].as_str().unwrap() {
            "flag" => {
                let cats: Vec<&str> = row["cats"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_str().unwrap())
                    .collect();
                if !overlapping
                    .iter()
                    .any(|f| cats.contains(&f.category.name()))
                {
                    failures.push(format!("{file}: expected a {cats:?} flag on {quote:?}"));
                }
            }
            _ => {
                let bad: Vec<_> = overlapping
                    .iter()
                    .filter(|f| {
                        matches!(
                            f.category.name(),
                            "mt" | "broken" | "boilerplate" | "repetition"
                        )
                    })
                    .map(|f| format!("{} ({})", f.rule, f.message))
                    .collect();
                if !bad.is_empty() {
                    failures.push(format!("{file}: expected {quote:?} clean, got {bad:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} gold rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seeds_rank_by_damage() {
    let r = reports();
    let score = |prefix: &str| {
        r.iter()
            .find(|(k, _)| k.starts_with(prefix))
            .map(|(_, (_, rep))| rep.clone())
            .unwrap()
    };
    let (s0, s1, s2, s3, s4) = (
        score("000"),
        score("001"),
        score("002"),
        score("003"),
        score("004"),
    );
    let clean_min = s0.score.min(s1.score).min(s4.score);
    assert!(
        clean_min > s3.score,
        "clean seeds {clean_min} must outscore 003 ({})",
        s3.score
    );
    assert!(
        s3.score > s2.score,
        "003 ({}) must outscore 002 ({})",
        s3.score,
        s2.score
    );
    for other in [&s0, &s1, &s3, &s4] {
        assert!(
            s2.risk.mt > other.risk.mt,
            "002 must have the highest mt risk"
        );
    }
}

#[test]
fn default_gate_fails_002_and_003_only() {
    for (name, (_, report)) in reports() {
        let should_fail = name.starts_with("002") || name.starts_with("003");
        assert_eq!(
            report.verdict == textqc::engine::Verdict::Fail,
            should_fail,
            "{name}: score {}",
            report.score
        );
    }
}
