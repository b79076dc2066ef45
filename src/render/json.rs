//! `--format json`: one document per run, streamed file by file.

use super::{FileResult, Renderer, Summary};
use crate::diagnostic::Diagnostic;
use crate::span::{LineIndex, Span};
use serde::Serialize;
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

// The renderer serialises borrowed structs straight to the output, with the same
// formatter and key order (sorted, as serde_json's map sorts them) as the `Value`s above
// produce: byte-identical output without building a `Value` tree per finding.

#[derive(Serialize)]
struct PosOut {
    column: usize,
    line: usize,
    offset: usize,
}

#[derive(Serialize)]
struct SpanOut {
    end: PosOut,
    start: PosOut,
}

#[derive(Serialize)]
struct LabelOut<'a> {
    message: &'a str,
    span: SpanOut,
}

#[derive(Serialize)]
struct DiagOut<'a> {
    code: &'a str,
    help: &'a str,
    labels: Vec<LabelOut<'a>>,
    message: &'a str,
    name: &'a str,
    severity: &'a str,
    span: SpanOut,
}

#[derive(Serialize)]
struct FileOut<'a> {
    diagnostics: Vec<DiagOut<'a>>,
    error: Option<&'a str>,
    path: &'a str,
}

fn span_out(index: &LineIndex, source: &str, span: Span) -> SpanOut {
    let pos = |offset| {
        let p = index.position(source, offset);
        PosOut {
            column: p.column,
            line: p.line,
            offset: p.offset,
        }
    };
    SpanOut {
        end: pos(span.end),
        start: pos(span.start),
    }
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
        let diagnostics = if f.diagnostics().is_empty() {
            Vec::new()
        } else {
            let index = LineIndex::new(f.source);
            f.diagnostics()
                .iter()
                .map(|d| DiagOut {
                    code: d.code,
                    help: &d.help,
                    labels: d
                        .labels
                        .iter()
                        .map(|l| LabelOut {
                            message: &l.message,
                            span: span_out(&index, f.source, l.span),
                        })
                        .collect(),
                    message: &d.message,
                    name: d.name,
                    severity: d.severity.as_str(),
                    span: span_out(&index, f.source, d.span),
                })
                .collect()
        };
        let file = FileOut {
            diagnostics,
            error: f.outcome.err(),
            path: f.path,
        };
        // Serialise into a buffer (fast small writes), then indent it by four spaces.
        let mut buf = Vec::with_capacity(512);
        serde_json::to_writer_pretty(&mut buf, &file).map_err(io::Error::other)?;
        for line in buf.split(|&b| b == b'\n') {
            out.write_all(b"\n    ")?;
            out.write_all(line)?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        if !self.started {
            write!(out, "{{\n  \"version\": 1,\n  \"tool\": {{ \"name\": \"vt-lint\", \"version\": \"{}\" }},\n  \"files\": [", env!("CARGO_PKG_VERSION"))?;
        }
        // `skipped` only when a directory was walked (or a plan excluded), so reports on
        // plans named one by one keep their shape.
        let skipped = s
            .skipped
            .map_or(String::new(), |n| format!(", \"skipped\": {n}"));
        writeln!(
            out,
            "\n  ],\n  \"summary\": {{ \"files\": {}, \"errors\": {}, \"warnings\": {}, \"infos\": {}{skipped} }}\n}}",
            s.files, s.errors, s.warnings, s.infos
        )
    }
}
