//! `--format pretty`: the same report drawn by ariadne, every label shown.

use super::{checklist_line, summary_line, FileResult, Options, Renderer, Summary};
use crate::diagnostic::Severity;
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};
use std::io::{self, Write};

pub struct Pretty {
    pub opts: Options,
}

impl Renderer for Pretty {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let Ok(report) = f.outcome else { return Ok(()) };
        let source = Source::from(f.source);
        for d in &report.diagnostics {
            let kind = match d.severity {
                Severity::Error => ReportKind::Error,
                Severity::Warning => ReportKind::Warning,
                Severity::Info => ReportKind::Advice,
            };
            let id = f.path;
            let mut b = Report::build(kind, (id, d.span.range()))
                .with_config(
                    Config::default()
                        .with_index_type(IndexType::Byte)
                        .with_color(self.opts.color),
                )
                .with_code(d.code)
                .with_message(d.message.to_string())
                .with_label(
                    Label::new((id, d.span.range()))
                        .with_message(d.name)
                        .with_color(Color::Red),
                )
                .with_help(d.help.to_string());
            for l in &d.labels {
                b = b.with_label(
                    Label::new((id, l.span.range()))
                        .with_message(l.message.to_string())
                        .with_color(Color::Blue),
                );
            }
            b.finish().write((id, &source), &mut *out)?;
        }
        writeln!(
            out,
            "{}: {}",
            f.path,
            checklist_line(&report.checklist, self.opts.en, self.opts.color)
        )
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        writeln!(out, "\n{}", summary_line(s, self.opts.en))
    }
}
