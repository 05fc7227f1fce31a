use std::io::{self, Write};

use super::{InputError, Reporter, Source, Summary};
use crate::check::Severity;
use crate::engine::DocReport;
use crate::text::LineIndex;

/// `--format github`: GitHub Actions workflow commands, one annotation per flag.
pub struct Github;

fn escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape(s).replace(':', "%3A").replace(',', "%2C")
}

impl Reporter for Github {
    fn document(
        &mut self,
        w: &mut dyn Write,
        source: &Source,
        text: &str,
        report: &DocReport,
    ) -> io::Result<()> {
        let index = LineIndex::new(text);
        for f in &report.flags {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let (line, col) = index.line_col(text, f.span.start);
            let (end_line, end_col) = index.line_col(text, f.span.end);
            writeln!(
                w,
                "::{level} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
                escape_property(source.label()),
                escape_property(f.rule),
                escape(&f.message)
            )?;
        }
        Ok(())
    }

    fn error(&mut self, w: &mut dyn Write, error: &InputError) -> io::Result<()> {
        writeln!(
            w,
            "::error title=textqc::{}: {}",
            escape(&error.location),
            escape(&error.message)
        )
    }

    fn finish(&mut self, _: &mut dyn Write, _: &Summary) -> io::Result<()> {
        Ok(())
    }
}
