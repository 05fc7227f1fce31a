use std::io::{self, Write};

use super::{InputError, Reporter, Source, Summary};
use crate::check::{Category, Severity};
use crate::engine::{DocReport, Verdict};
use crate::text::LineIndex;

/// `--format human`: rustc-style diagnostics with the line and carets under the span, then a
/// score line per document naming what cost the most, then a summary.
pub struct Human {
    pub color: bool,
    pub detail: Detail,
}

/// How much of each document the human report shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Every flag with its line and carets, then the score line.
    Flags,
    /// The score line only (`--format concise`).
    Scores,
    /// Nothing but the run's summary (`--format summary`), for a corpus split with
    /// `--keep`/`--reject` or a gate that reads only the exit code.
    Summary,
}

/// Characters of context shown either side of a span on long lines.
const CONTEXT: usize = 60;

impl Human {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn severity_color(s: Severity) -> &'static str {
        match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        }
    }
}

impl Reporter for Human {
    fn document(
        &mut self,
        w: &mut dyn Write,
        source: &Source,
        text: &str,
        report: &DocReport,
    ) -> io::Result<()> {
        if self.detail == Detail::Summary {
            return Ok(());
        }
        let index = LineIndex::new(text);
        if self.detail == Detail::Flags {
            for f in &report.flags {
                let (line, col) = index.line_col(text, f.span.start);
                let head = format!("{}[{}]", f.severity.name(), f.rule);
                writeln!(
                    w,
                    "{}{} {}",
                    self.paint(Self::severity_color(f.severity), &head),
                    self.paint("1", ":"),
                    self.paint("1", &f.message)
                )?;
                let gutter = line.to_string().len();
                writeln!(
                    w,
                    "{:gutter$}{} {}:{line}:{col}",
                    "",
                    self.paint("1;34", "-->"),
                    source.label()
                )?;
                let (ls, le) = index.line_span(text, line);
                let span_end = f.span.end.min(le).max(f.span.start);
                // Only the characters that can be shown are read, one more each to tell whether
                // the text goes on: a scraped line may be a megabyte long.
                let mut before: Vec<char> = text[ls..f.span.start.min(le)]
                    .chars()
                    .rev()
                    .take(CONTEXT + 1)
                    .collect();
                before.reverse();
                let inside: Vec<char> = text[f.span.start.min(le)..span_end]
                    .chars()
                    .take(2 * CONTEXT + 1)
                    .collect();
                let after: Vec<char> = text[span_end..le].chars().take(CONTEXT + 1).collect();
                let (lead, before) = if before.len() > CONTEXT {
                    ("…", &before[before.len() - CONTEXT..])
                } else {
                    ("", &before[..])
                };
                let shown_inside = if inside.len() > 2 * CONTEXT {
                    &inside[..2 * CONTEXT]
                } else {
                    &inside[..]
                };
                let (trail, after) = if after.len() > CONTEXT && inside.len() <= 2 * CONTEXT {
                    ("…", &after[..CONTEXT])
                } else if inside.len() > 2 * CONTEXT {
                    ("…", &after[..0])
                } else {
                    ("", &after[..])
                };
                let bar = self.paint("1;34", "|");
                writeln!(w, "{:gutter$} {bar}", "")?;
                writeln!(
                    w,
                    "{} {bar} {lead}{}{}{}{trail}",
                    self.paint("1;34", &line.to_string()),
                    before.iter().collect::<String>(),
                    shown_inside.iter().collect::<String>(),
                    after.iter().collect::<String>()
                )?;
                let pad = lead.chars().count() + before.len();
                let carets = "^".repeat(shown_inside.len().max(1));
                let more = if f.span.end > le {
                    " (continues on the next lines)"
                } else {
                    ""
                };
                writeln!(
                    w,
                    "{:gutter$} {bar} {:pad$}{}{more}",
                    "",
                    "",
                    self.paint(Self::severity_color(f.severity), &carets)
                )?;
                if let Some(fix) = &f.fix {
                    writeln!(
                        w,
                        "{:gutter$} {} help: replace with '{}'",
                        "",
                        self.paint("1;34", "="),
                        fix
                    )?;
                }
                writeln!(w)?;
            }
        }
        let verdict = match report.verdict {
            Verdict::Pass => self.paint("1;32", "pass"),
            Verdict::Fail => self.paint("1;31", "fail"),
        };
        let risks: Vec<String> = Category::ALL
            .iter()
            .filter(|c| report.risk.get(**c) > 0.0)
            .map(|c| format!("{} {:.2}", c.name(), report.risk.get(*c)))
            .collect();
        write!(
            w,
            "{}: score {:.1} {verdict}",
            self.paint("1", source.label()),
            report.score
        )?;
        if !risks.is_empty() {
            write!(w, " (risk: {})", risks.join(", "))?;
        }
        writeln!(w)?;
        if !report.flags.is_empty() {
            // Cost per rule, largest first.
            let mut per_rule: Vec<(&str, f64, usize)> = Vec::new();
            for (f, c) in report.flags.iter().zip(&report.costs) {
                match per_rule.iter_mut().find(|(r, _, _)| *r == f.rule) {
                    Some(e) => {
                        e.1 += c;
                        e.2 += 1;
                    }
                    None => per_rule.push((f.rule, *c, 1)),
                }
            }
            per_rule.sort_by(|a, b| b.1.total_cmp(&a.1));
            let parts: Vec<String> = per_rule
                .iter()
                .take(5)
                .map(|(r, c, n)| format!("{r} ×{n} −{c:.1}"))
                .collect();
            writeln!(w, "  cost: {}", parts.join(", "))?;
        }
        Ok(())
    }

    fn error(&mut self, w: &mut dyn Write, error: &InputError) -> io::Result<()> {
        // The run names every unreadable input on stderr too; the summary counts them.
        if self.detail == Detail::Summary {
            return Ok(());
        }
        writeln!(
            w,
            "{}: {}: {}",
            self.paint("1;31", "error"),
            error.location,
            error.message
        )
    }

    fn finish(&mut self, w: &mut dyn Write, s: &Summary) -> io::Result<()> {
        let cats: Vec<String> = Category::ALL
            .iter()
            .zip(s.by_category)
            .filter(|(_, n)| *n > 0)
            .map(|(c, n)| format!("{} {n}", c.name()))
            .collect();
        if self.detail != Detail::Summary {
            writeln!(w)?;
        }
        write!(
            w,
            "{} document{} checked: {} passed, {} failed",
            s.documents,
            if s.documents == 1 { "" } else { "s" },
            s.passed,
            s.failed
        )?;
        if s.errors > 0 {
            write!(w, ", {} could not be read", s.errors)?;
        }
        write!(
            w,
            "; {} flag{}",
            s.flags,
            if s.flags == 1 { "" } else { "s" }
        )?;
        if !cats.is_empty() {
            write!(w, " ({})", cats.join(", "))?;
        }
        if s.accepted > 0 {
            write!(w, "; {} accepted by the baseline", s.accepted)?;
        }
        writeln!(w)
    }
}
