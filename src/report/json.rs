use std::io::{self, Write};

use serde_json::{json, Value};

use super::{doc_json, error_json, DocOut, InputError, Reporter, Source, Summary};
use crate::engine::DocReport;

/// `--format json`: one object with every document, written when the run ends.
#[derive(Default)]
pub struct Json {
    documents: Vec<Value>,
    errors: Vec<Value>,
}

impl Reporter for Json {
    fn document(
        &mut self,
        _: &mut dyn Write,
        source: &Source,
        text: &str,
        report: &DocReport,
    ) -> io::Result<()> {
        self.documents.push(doc_json(source, text, report));
        Ok(())
    }

    fn error(&mut self, _: &mut dyn Write, error: &InputError) -> io::Result<()> {
        self.errors.push(error_json(error));
        Ok(())
    }

    fn finish(&mut self, w: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        let out = json!({
            "version": 1,
            "documents": std::mem::take(&mut self.documents),
            "errors": std::mem::take(&mut self.errors),
            "summary": summary.to_json(),
        });
        serde_json::to_writer_pretty(&mut *w, &out)?;
        writeln!(w)
    }
}

/// `--format jsonl`: one DOC per line as soon as it is checked; unreadable inputs as
/// `{"source", "error"}` lines, so every input line has an output line.
pub struct JsonLines;

impl Reporter for JsonLines {
    fn document(
        &mut self,
        w: &mut dyn Write,
        source: &Source,
        text: &str,
        report: &DocReport,
    ) -> io::Result<()> {
        serde_json::to_writer(&mut *w, &DocOut::new(source, text, report))?;
        writeln!(w)
    }

    fn error(&mut self, w: &mut dyn Write, error: &InputError) -> io::Result<()> {
        serde_json::to_writer(&mut *w, &error_json(error))?;
        writeln!(w)
    }

    fn finish(&mut self, _: &mut dyn Write, _: &Summary) -> io::Result<()> {
        Ok(())
    }
}
