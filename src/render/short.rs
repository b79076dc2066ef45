//! `path:line:col: severity[CODE] message` — one line per finding.

use super::excerpt::{neutralise, printable};
use super::{omitted_line, FileResult, Renderer, Summary};
use crate::span::LineIndex;
use std::io::{self, Write};

pub struct Short {
    pub en: bool,
    pub max_findings: usize,
}

impl Renderer for Short {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let diags = f.diagnostics();
        if diags.is_empty() {
            return Ok(());
        }
        let index = LineIndex::new(f.source);
        let path = printable(f.path);
        for d in diags {
            let p = super::position(&index, f.source, d.span.start);
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                path,
                p.line,
                p.column,
                d.severity.as_str(),
                d.code(),
                // One line per finding: a quote across a soft break stays on it.
                neutralise(&d.message.render(f.en)).replace('\n', " ")
            )?;
        }
        for o in f.omitted {
            writeln!(
                out,
                "{path}: {}",
                omitted_line(o, self.max_findings, self.en)
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}
