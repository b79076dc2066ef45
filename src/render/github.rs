//! `--format github`: GitHub Actions workflow commands, one per finding, so findings show up
//! as annotations on the pull request:
//! `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=VT201 vague-term::message`.

use super::excerpt::printable;
use super::{omitted_line, summary_line, FileResult, Renderer, Summary};
use crate::diagnostic::Severity;
use crate::span::LineIndex;
use std::io::{self, Write};

pub struct Github {
    pub en: bool,
    pub max_findings: usize,
    /// Paths are given relative to this root (the repository), as GitHub resolves them.
    pub root: Option<super::root::Root>,
}

/// Escape a command's message (data).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value: as data, and `:` and `,` too.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

impl Renderer for Github {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let rel = self.root.as_ref().and_then(|r| r.relative(f.path));
        let file = escape_property(&printable(rel.as_deref().unwrap_or(f.path)));
        let report = match f.outcome {
            Ok(r) => r,
            Err(e) => {
                return writeln!(
                    out,
                    "::error file={file},title={}::{}",
                    escape_property("vt-lint"),
                    escape_data(e)
                );
            }
        };
        let index = LineIndex::new(f.source);
        for d in &report.diagnostics {
            let s = super::position(&index, f.source, d.span.start);
            let e = super::position(&index, f.source, d.span.end);
            writeln!(
                out,
                "::{} file={file},line={},col={},endLine={},endColumn={},title={}::{}",
                command(d.severity),
                s.line,
                s.column,
                e.line,
                e.column,
                escape_property(&format!("{} {}", d.code(), d.name())),
                escape_data(&d.message.render(f.en))
            )?;
        }
        for o in f.omitted {
            writeln!(
                out,
                "::notice file={file},title={}::{}",
                escape_property(&format!("{} {}", o.code(), o.name())),
                escape_data(&omitted_line(o, self.max_findings, self.en))
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        writeln!(out, "{}", summary_line(s, self.en))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_githubs_rules() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
