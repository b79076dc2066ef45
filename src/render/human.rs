//! The default report: rustc-style, via codespan-reporting, with a `help:` line, the parts
//! checklist per file and a summary line. Each finding is written as soon as it is drawn,
//! with a clipped excerpt of its lines (see [`excerpt`](super::excerpt)), so output stays in
//! proportion to the number of findings, not to the length of the plan's lines.

use super::excerpt::{neutralise, printable, Excerpt};
use super::{checklist_lines, omitted_line, summary_line, FileResult, Options, Renderer, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::span::LineIndex;
use codespan_reporting::diagnostic::{
    Diagnostic as CsDiagnostic, Label as CsLabel, Severity as CsSeverity,
};
use codespan_reporting::term::{
    self,
    termcolor::{Buffer, WriteColor},
};
use std::io::{self, Write};

pub struct Human {
    pub opts: Options,
    /// Whether a plan's report was written: the next one gets a blank line before it.
    pub wrote: bool,
}

impl Human {
    pub fn new(opts: Options) -> Human {
        Human { opts, wrote: false }
    }
}

fn cs_severity(s: Severity) -> CsSeverity {
    match s {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
        Severity::Info => CsSeverity::Note,
    }
}

/// codespan-reporting's word for a severity, as it starts the header line.
fn cs_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Draw one finding rustc-style into `buf`, its messages in English with `msg_en`, the
/// severity in the reader's language `en` (codespan-reporting names it in English: "note" for
/// info).
pub fn draw(
    buf: &mut Buffer,
    path: &str,
    f: (&str, &LineIndex),
    d: &Diagnostic,
    en: bool,
    msg_en: bool,
) -> io::Result<()> {
    let (source, index) = f;
    let mut drawn = if buf.supports_color() {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    draw_cs(&mut drawn, path, source, index, d, msg_en)?;
    let bytes = drawn.as_slice();
    let from = format!("{}[{}]", cs_word(d.severity), d.code());
    let to = format!("{}[{}]", super::severity_word(d.severity, en), d.code());
    // The header comes first: its severity is the first match, before any plan text.
    match bytes.windows(from.len()).position(|w| w == from.as_bytes()) {
        Some(at) => {
            buf.write_all(&bytes[..at])?;
            buf.write_all(to.as_bytes())?;
            buf.write_all(&bytes[at + from.len()..])
        }
        None => buf.write_all(bytes),
    }
}

fn draw_cs(
    buf: &mut Buffer,
    path: &str,
    source: &str,
    index: &LineIndex,
    d: &Diagnostic,
    en: bool,
) -> io::Result<()> {
    let spans: Vec<_> = std::iter::once(d.span)
        .chain(d.labels.iter().map(|l| l.span))
        .collect();
    let (excerpt, mapped) = Excerpt::new(&printable(path), source, index, &spans);
    let mut labels = Vec::new();
    if let Some(r) = mapped[0].clone() {
        labels.push(CsLabel::primary((), r).with_message(d.name()));
    }
    for (l, r) in d.labels.iter().zip(&mapped[1..]) {
        if let Some(r) = r.clone() {
            labels.push(CsLabel::secondary((), r).with_message(neutralise(&l.message.render(en))));
        }
    }
    let diag = CsDiagnostic::new(cs_severity(d.severity))
        .with_code(d.code())
        .with_message(neutralise(&d.message.render(en)))
        .with_labels(labels)
        .with_notes(vec![format!("help: {}", neutralise(&d.help.render(en)))]);
    let config = term::Config {
        start_context_lines: 0,
        end_context_lines: 0,
        ..Default::default()
    };
    term::emit_to_write_style(buf, &config, &excerpt, &diag).map_err(io::Error::other)
}

impl Renderer for Human {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let en = self.opts.en;
        let report = match f.outcome {
            Ok(r) => r,
            Err(_) => return Ok(()), // said on stderr already
        };
        let path = printable(f.path);
        let index = LineIndex::new(f.source);
        if self.wrote {
            writeln!(out)?;
        }
        self.wrote = true;
        if self.opts.no_snippets {
            for d in &report.diagnostics {
                let p = super::position(&index, f.source, d.span.start);
                writeln!(
                    out,
                    "{}[{}]: {}",
                    super::severity_word(d.severity, en),
                    d.code(),
                    neutralise(&d.message.render(f.en)).replace('\n', " ")
                )?;
                writeln!(out, "  --> {path}:{}:{}", p.line, p.column)?;
                writeln!(out, "  = help: {}\n", neutralise(&d.help.render(f.en)))?;
            }
        } else {
            let mut buf = if self.opts.color {
                Buffer::ansi()
            } else {
                Buffer::no_color()
            };
            for d in &report.diagnostics {
                buf.clear();
                draw(&mut buf, f.path, (f.source, &index), d, en, f.en)?;
                out.write_all(buf.as_slice())?;
            }
        }
        for o in f.omitted {
            writeln!(
                out,
                "{path}: {}\n",
                omitted_line(o, self.opts.max_findings, en)
            )?;
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
            "{}",
            checklist_lines(
                &format!("{path}: {head}: "),
                &report.checklist,
                en,
                self.opts.color,
                self.opts.width
            )
        )?;
        if self.opts.explain_parts {
            super::explain_parts(out, f, report, &self.opts)?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        if self.wrote {
            writeln!(out)?;
        }
        writeln!(out, "{}", summary_line(s, self.opts.en))
    }
}
