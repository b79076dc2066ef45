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
    /// Add each file's parts, and where each was found (`--explain-parts`).
    pub explain_parts: bool,
    /// Then without the words found.
    pub no_snippets: bool,
}

fn span_json(index: &LineIndex, source: &str, span: Span) -> Value {
    let s = super::position(index, source, span.start);
    let e = super::position(index, source, span.end);
    let (s16, e16) = (
        super::utf16_column(index, source, span.start),
        super::utf16_column(index, source, span.end),
    );
    json!({
        "start": { "offset": s.offset, "line": s.line, "column": s.column, "column_utf16": s16 },
        "end": { "offset": e.offset, "line": e.line, "column": e.column, "column_utf16": e16 },
    })
}

/// One finding as JSON, its messages in English with `en`.
pub fn diagnostic_json(index: &LineIndex, source: &str, d: &Diagnostic, en: bool) -> Value {
    json!({
        "code": d.code(),
        "name": d.name(),
        "severity": d.severity.as_str(),
        "message": d.message.render(en),
        "help": d.help.render(en),
        "span": span_json(index, source, d.span),
        "labels": d.labels.iter().map(|l| json!({
            "message": l.message.render(en),
            "span": span_json(index, source, l.span),
        })).collect::<Vec<_>>(),
    })
}

// The renderer serialises borrowed structs straight to the output, with the same
// formatter and key order (sorted, as serde_json's map sorts them) as the `Value`s above
// produce: byte-identical output without building a `Value` tree per finding.

#[derive(Serialize)]
struct PosOut {
    /// Characters (Unicode scalar values) from the line's start, 1-based, a BOM not counted.
    column: usize,
    /// The same in UTF-16 code units, as editors and LSP count.
    column_utf16: usize,
    line: usize,
    offset: usize,
}

#[derive(Serialize)]
struct SpanOut {
    end: PosOut,
    start: PosOut,
}

#[derive(Serialize)]
struct LabelOut {
    message: String,
    span: SpanOut,
}

#[derive(Serialize)]
struct DiagOut<'a> {
    code: &'a str,
    help: String,
    labels: Vec<LabelOut>,
    message: String,
    name: &'a str,
    severity: &'a str,
    span: SpanOut,
}

#[derive(Serialize)]
struct FileOut<'a> {
    diagnostics: Vec<DiagOut<'a>>,
    error: Option<&'a str>,
    /// Findings left out by `--max-findings`, per rule; only when there are some.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    omitted: Vec<OmittedOut>,
    /// The parts checklist, for every plan that was linted (absent when it could not be read).
    #[serde(skip_serializing_if = "Option::is_none")]
    parts: Option<Vec<PartOut>>,
    path: &'a str,
}

#[derive(Serialize)]
struct PartOut {
    /// "heading", "phrase", "pair", "dates" or "evaluation"; absent when not found.
    #[serde(skip_serializing_if = "Option::is_none")]
    how: Option<&'static str>,
    part: &'static str,
    present: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    span: Option<SpanOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

#[derive(Serialize)]
struct OmittedOut {
    code: &'static str,
    count: usize,
    name: &'static str,
}

fn span_out(index: &LineIndex, source: &str, span: Span) -> SpanOut {
    let pos = |offset| {
        let p = super::position(index, source, offset);
        PosOut {
            column: p.column,
            column_utf16: super::utf16_column(index, source, offset),
            line: p.line,
            offset: p.offset,
        }
    };
    SpanOut {
        end: pos(span.end),
        start: pos(span.start),
    }
}

impl Json {
    pub fn new(explain_parts: bool, no_snippets: bool) -> Json {
        Json {
            started: false,
            explain_parts,
            no_snippets,
        }
    }
}

/// The checklist: each part, whether it is there and where; the words that showed it only
/// with `--explain-parts` and never with `--no-snippets`.
fn parts(f: &FileResult, index: &LineIndex, with_text: bool) -> Option<Vec<PartOut>> {
    use crate::analysis::How;
    let report = f.outcome.ok()?;
    Some(
        report
            .checklist
            .iter()
            .zip(&report.evidence)
            .map(|((part, present), found)| PartOut {
                how: found.map(|x| match x.how {
                    How::Heading => "heading",
                    How::Phrase => "phrase",
                    How::Pair => "pair",
                    How::Dates => "dates",
                    How::Evaluation => "evaluation",
                }),
                part: part.key(),
                present: *present,
                span: found.map(|x| span_out(index, f.source, x.span)),
                text: found.filter(|_| with_text).map(|x| {
                    let t = f.source.get(x.span.range()).unwrap_or("").trim();
                    t.chars().take(crate::diagnostic::MAX_QUOTE).collect()
                }),
            })
            .collect(),
    )
}

impl Renderer for Json {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        if !self.started {
            write!(out, "{{\n  \"version\": 1,\n  \"tool\": {{ \"name\": \"vt-lint\", \"version\": \"{}\" }},\n  \"files\": [", env!("CARGO_PKG_VERSION"))?;
            self.started = true;
        } else {
            write!(out, ",")?;
        }
        // One line index for the findings and the checklist.
        let index = LineIndex::new(f.source);
        let diagnostics = f
            .diagnostics()
            .iter()
            .map(|d| DiagOut {
                code: d.code(),
                help: d.help.render(f.en),
                labels: d
                    .labels
                    .iter()
                    .map(|l| LabelOut {
                        message: l.message.render(f.en),
                        span: span_out(&index, f.source, l.span),
                    })
                    .collect(),
                message: d.message.render(f.en),
                name: d.name(),
                severity: d.severity.as_str(),
                span: span_out(&index, f.source, d.span),
            })
            .collect();
        let file = FileOut {
            diagnostics,
            error: f.outcome.err(),
            omitted: f
                .omitted
                .iter()
                .map(|o| OmittedOut {
                    code: o.code(),
                    count: o.count,
                    name: o.name(),
                })
                .collect(),
            parts: parts(f, &index, self.explain_parts && !self.no_snippets),
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
        // `unreadable` only when some input could not be read: `files` counts plans linted.
        let unreadable = s.unreadable + s.empty_dirs.len();
        let unreadable = if unreadable > 0 {
            format!(", \"unreadable\": {unreadable}")
        } else {
            String::new()
        };
        writeln!(
            out,
            "\n  ],\n  \"summary\": {{ \"files\": {}, \"errors\": {}, \"warnings\": {}, \"infos\": {}{skipped}{unreadable} }}\n}}",
            s.files, s.errors, s.warnings, s.infos
        )
    }
}
