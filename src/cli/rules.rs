use std::io::Write;
use std::process::ExitCode;

use serde_json::json;
use textqc::config::Settings;
use textqc::Engine;

pub fn list(as_json: bool) -> anyhow::Result<ExitCode> {
    let engine = Engine::new(Settings::default())?;
    let mut out = std::io::stdout().lock();
    let infos = engine.rule_infos();
    if as_json {
        let rows: Vec<_> = infos
            .iter()
            .map(|r| json!({"id": r.id, "category": r.id.split('/').next(), "kind": if r.declarative { "declarative" } else { "builtin" }, "summary": r.summary}))
            .collect();
        serde_json::to_writer_pretty(&mut out, &rows)?;
        writeln!(out)?;
    } else {
        let width = infos.iter().map(|r| r.id.len()).max().unwrap_or(0);
        for r in &infos {
            writeln!(out, "{:width$}  {}", r.id, r.summary)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn explain(rule: &str) -> anyhow::Result<ExitCode> {
    let engine = Engine::new(Settings::default())?;
    let Some(info) = engine.rule_infos().into_iter().find(|r| r.id == rule) else {
        eprintln!("textqc: unknown rule '{rule}'; `textqc rules` lists them");
        return Ok(ExitCode::from(2));
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "# {}\n", info.id)?;
    writeln!(out, "{}", info.explanation.trim_end())?;
    Ok(ExitCode::SUCCESS)
}
