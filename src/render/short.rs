//! `path:line:col: severity[CODE] message` — one line per finding.

use super::{FileResult, Renderer, Summary};
use crate::span::LineIndex;
use std::io::{self, Write};

pub struct Short;

impl Renderer for Short {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let diags = f.diagnostics();
        if diags.is_empty() {
            return Ok(());
        }
        let index = LineIndex::new(f.source);
        for d in diags {
            let p = index.position(f.source, d.span.start);
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                f.path,
                p.line,
                p.column,
                d.severity.as_str(),
                d.code,
                d.message
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}
