//! `textqc check --diff`: the fixes the checks offer, as a line diff per document. Nothing is
//! rewritten: the diff shows what applying the certain repairs would change.

use std::io::{self, Write};

use textqc::report::{InputError, Reporter, Source, Summary};
use textqc::{DocReport, Flag, LineIndex};

/// `text` with every fix applied, in order; a fix overlapping one already applied is skipped.
pub fn apply_fixes(text: &str, flags: &[Flag]) -> String {
    let mut fixes: Vec<&Flag> = flags.iter().filter(|f| f.fix.is_some()).collect();
    fixes.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in fixes {
        if f.span.start < at {
            continue;
        }
        out.push_str(&text[at..f.span.start]);
        out.push_str(f.fix.as_deref().unwrap_or_default());
        at = f.span.end;
    }
    out.push_str(&text[at..]);
    out
}

pub struct Diff;

impl Reporter for Diff {
    fn document(
        &mut self,
        w: &mut dyn Write,
        source: &Source,
        text: &str,
        report: &DocReport,
    ) -> io::Result<()> {
        if !report.flags.iter().any(|f| f.fix.is_some()) {
            return Ok(());
        }
        let fixed = apply_fixes(text, &report.flags);
        if fixed == text {
            return Ok(());
        }
        let label = source.label();
        writeln!(w, "--- {label}")?;
        writeln!(w, "+++ {label} (fixed)")?;
        let old = LineIndex::new(text);
        let new = LineIndex::new(&fixed);
        // Fixes never add or remove line breaks, so lines correspond one to one.
        if old.line_count() != new.line_count() {
            writeln!(w, "-{text}\n+{fixed}")?;
            return Ok(());
        }
        for line in 1..=old.line_count() {
            let (a, b) = old.line_span(text, line);
            let (c, d) = new.line_span(&fixed, line);
            if text[a..b] != fixed[c..d] {
                writeln!(w, "@@ line {line} @@")?;
                writeln!(w, "-{}", &text[a..b])?;
                writeln!(w, "+{}", &fixed[c..d])?;
            }
        }
        Ok(())
    }

    fn error(&mut self, _: &mut dyn Write, _: &InputError) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, _: &mut dyn Write, _: &Summary) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use textqc::{Severity, Span};

    #[test]
    fn applies_fixes_in_order_and_skips_overlaps() {
        let text = "cafÃ© and Itâ€™s";
        let flags = vec![
            Flag::new("encoding/mojibake", Severity::Warning, Span::new(3, 7), "m").with_fix("é"),
            Flag::new("encoding/mojibake", Severity::Warning, Span::new(4, 7), "m").with_fix("x"),
            Flag::new(
                "encoding/mojibake",
                Severity::Warning,
                Span::new(14, 22),
                "m",
            )
            .with_fix("’"),
            Flag::new(
                "encoding/mojibake",
                Severity::Warning,
                Span::new(0, 1),
                "no fix",
            ),
        ];
        assert_eq!(apply_fixes(text, &flags), "café and It’s");
    }
}
