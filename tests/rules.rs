//! Runs the flag and clean examples that every declarative rule in rules/*.toml carries, and
//! checks that every built-in check is documented.

use textqc::config::Settings;
use textqc::rules::RuleSet;
use textqc::Engine;

fn only(rule: &str) -> Engine {
    Engine::new(Settings {
        select: vec![rule.to_string()],
        ..Default::default()
    })
    .unwrap()
}

#[test]
fn declarative_rule_examples() {
    let rules = RuleSet::embedded().expect("rules/*.toml parse");
    assert!(!rules.rules.is_empty());
    let mut failures = Vec::new();
    for rule in &rules.rules {
        assert!(
            !rule.spec.examples.flag.is_empty(),
            "{} has no flag example",
            rule.id
        );
        assert!(
            !rule.spec.examples.clean.is_empty(),
            "{} has no clean example",
            rule.id
        );
        let engine = only(rule.id);
        for ex in &rule.spec.examples.flag {
            if !engine.check(ex).flags.iter().any(|f| f.rule == rule.id) {
                failures.push(format!("{}: should flag {ex:?}", rule.id));
            }
        }
        for ex in &rule.spec.examples.clean {
            if engine.check(ex).flags.iter().any(|f| f.rule == rule.id) {
                failures.push(format!("{}: should not flag {ex:?}", rule.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_is_explained_and_unique() {
    let engine = Engine::new(Settings::default()).unwrap();
    let infos = engine.rule_infos();
    let mut ids: Vec<&str> = infos.iter().map(|r| r.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), infos.len(), "duplicate rule ids");
    for r in &infos {
        assert!(r.explanation.len() > 80, "{} has no real explanation", r.id);
        assert!(
            textqc::Category::of_rule(r.id).is_some(),
            "{} has no category",
            r.id
        );
        if !r.declarative {
            assert!(
                r.explanation.contains("## What it does")
                    && r.explanation.contains("## Why is this bad?"),
                "{}: doc sections",
                r.id
            );
        }
    }
}
