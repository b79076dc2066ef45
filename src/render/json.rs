//! `--format json`: one document per run, streamed file by file.

use super::{FileResult, Renderer, Summary};
use crate::diagnostic::Diagnostic;
use crate::span::{LineIndex, Span};
use serde_json::{json, Value};
use std::io::{self, Write};

#[derive(Default)]
pub struct Json {
    started: bool,
}

fn span_json(index: &LineIndex, source: &str, span: Span) -> Value {
    let s = index.position(source, span.start);
    let e = index.position(source, span.end);
    json!({
        "start": { "offset": s.offset, "line": s.line, "column": s.column },
        "end": { "offset": e.offset, "line": e.line, "column": e.column },
    })
}

pub fn diagnostic_json(index: &LineIndex, source: &str, d: &Diagnostic) -> Value {
    json!({
        "code": d.code,
        "name": d.name,
        "severity": d.severity.as_str(),
        "message": d.message,
        "help": d.help,
        "span": span_json(index, source, d.span),
        "labels": d.labels.iter().map(|l| json!({
            "message": l.message,
            "span": span_json(index, source, l.span),
        })).collect::<Vec<_>>(),
    })
}

fn indent(text: &str, by: &str) -> String {
    text.lines().collect::<Vec<_>>().join(&format!("\n{by}"))
}

impl Renderer for Json {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        if !self.started {
            write!(out, "{{\n  \"version\": 1,\n  \"tool\": {{ \"name\": \"vt-lint\", \"version\": \"{}\" }},\n  \"files\": [", env!("CARGO_PKG_VERSION"))?;
            self.started = true;
        } else {
            write!(out, ",")?;
        }
        // Line starts are only needed when there is something to place.
        let diagnostics: Vec<Value> = if f.diagnostics().is_empty() {
            Vec::new()
        } else {
            let index = LineIndex::new(f.source);
            f.diagnostics()
                .iter()
                .map(|d| diagnostic_json(&index, f.source, d))
                .collect()
        };
        let value = json!({
            "path": f.path,
            "error": f.outcome.err(),
            "diagnostics": diagnostics,
        });
        let text = serde_json::to_string_pretty(&value).map_err(io::Error::other)?;
        write!(out, "\n    {}", indent(&text, "    "))
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        if !self.started {
            write!(out, "{{\n  \"version\": 1,\n  \"tool\": {{ \"name\": \"vt-lint\", \"version\": \"{}\" }},\n  \"files\": [", env!("CARGO_PKG_VERSION"))?;
        }
        writeln!(
            out,
            "\n  ],\n  \"summary\": {{ \"files\": {}, \"errors\": {}, \"warnings\": {}, \"infos\": {} }}\n}}",
            s.files, s.errors, s.warnings, s.infos
        )
    }
}
