//! The default report: rustc-style, via codespan-reporting, with a `help:` line, the parts
//! checklist per file and a summary line.

use super::{checklist_line, summary_line, FileResult, Options, Renderer, Summary};
use crate::diagnostic::Severity;
use crate::span::LineIndex;
use codespan_reporting::diagnostic::{
    Diagnostic as CsDiagnostic, Label as CsLabel, Severity as CsSeverity,
};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor::Buffer};
use std::io::{self, Write};

pub struct Human {
    pub opts: Options,
}

fn cs_severity(s: Severity) -> CsSeverity {
    match s {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
        Severity::Info => CsSeverity::Note,
    }
}

impl Renderer for Human {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let en = self.opts.en;
        let report = match f.outcome {
            Ok(r) => r,
            Err(_) => return Ok(()), // said on stderr already
        };
        if self.opts.no_snippets {
            let index = LineIndex::new(f.source);
            for d in &report.diagnostics {
                let p = index.position(f.source, d.span.start);
                writeln!(out, "{}[{}]: {}", d.severity.as_str(), d.code, d.message)?;
                writeln!(out, "  --> {}:{}:{}", f.path, p.line, p.column)?;
                writeln!(out, "  = help: {}\n", d.help)?;
            }
        } else {
            let file = SimpleFile::new(f.path, f.source);
            let config = term::Config {
                start_context_lines: 0,
                end_context_lines: 0,
                ..Default::default()
            };
            let mut buf = if self.opts.color {
                Buffer::ansi()
            } else {
                Buffer::no_color()
            };
            for d in &report.diagnostics {
                let mut labels = vec![CsLabel::primary((), d.span.range()).with_message(d.name)];
                for l in &d.labels {
                    labels.push(
                        CsLabel::secondary((), l.span.range()).with_message(l.message.to_string()),
                    );
                }
                let diag = CsDiagnostic::new(cs_severity(d.severity))
                    .with_code(d.code)
                    .with_message(d.message.to_string())
                    .with_labels(labels)
                    .with_notes(vec![format!("help: {}", d.help)]);
                term::emit_to_write_style(&mut buf, &config, &file, &diag)
                    .map_err(io::Error::other)?;
            }
            out.write_all(buf.as_slice())?;
        }
        let head = if report.diagnostics.is_empty() {
            if en {
                "no findings"
            } else {
                "geen bevindingen"
            }
        } else if en {
            "parts"
        } else {
            "onderdelen"
        };
        writeln!(
            out,
            "{}: {}: {}",
            f.path,
            head,
            checklist_line(&report.checklist, en, self.opts.color)
        )?;
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        writeln!(out, "\n{}", summary_line(s, self.opts.en))
    }
}
