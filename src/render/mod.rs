//! Output formats. Each renderer is fed one file at a time (nothing is collected), then
//! finishes with the run's summary.

pub mod github;
pub mod human;
pub mod json;
pub mod pretty;
pub mod redact;
pub mod sarif;
pub mod short;

use crate::diagnostic::{Diagnostic, Severity};
use crate::parts::Part;
use std::io::{self, Write};

/// One input's outcome: either its text and findings, or why it could not be read.
pub struct FileResult<'a> {
    pub path: &'a str,
    pub source: &'a str,
    pub outcome: Result<&'a crate::Report, &'a str>,
}

impl FileResult<'_> {
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self.outcome {
            Ok(r) => &r.diagnostics,
            Err(_) => &[],
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub unreadable: usize,
    /// Plans left out by ignore files and config `exclude`: `None` when no directory was
    /// walked and nothing was left out.
    pub skipped: Option<usize>,
}

impl Summary {
    pub fn add(&mut self, f: &FileResult) {
        self.files += 1;
        if f.outcome.is_err() {
            self.unreadable += 1;
        }
        for d in f.diagnostics() {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub color: bool,
    pub en: bool,
    pub no_snippets: bool,
}

pub trait Renderer {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()>;
    fn finish(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()>;
}

/// "✓ probleemstelling  ✗ ondersteuning …" for the human formats.
pub fn checklist_line(checklist: &[(Part, bool)], en: bool, color: bool) -> String {
    let mut s = String::new();
    for (i, (part, ok)) in checklist.iter().enumerate() {
        if i > 0 {
            s.push_str("  ");
        }
        let mark = match (ok, color) {
            (true, true) => "\x1b[32m✓\x1b[0m",
            (false, true) => "\x1b[31m✗\x1b[0m",
            (true, false) => "✓",
            (false, false) => "✗",
        };
        s.push_str(mark);
        s.push(' ');
        s.push_str(part.label(en));
    }
    s
}

/// The closing line of the human formats.
pub fn summary_line(s: &Summary, en: bool) -> String {
    let plural = |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
    if en {
        let mut line = format!(
            "{} {} checked: {} {}, {} {}, {} {}",
            s.files,
            plural(s.files, "plan", "plans"),
            s.errors,
            plural(s.errors, "error", "errors"),
            s.warnings,
            plural(s.warnings, "warning", "warnings"),
            s.infos,
            plural(s.infos, "note", "notes"),
        );
        if s.unreadable > 0 {
            line.push_str(&format!(", {} unreadable", s.unreadable));
        }
        if let Some(n @ 1..) = s.skipped {
            line.push_str(&format!(", {n} skipped by ignore rules/exclude"));
        }
        line
    } else {
        let mut line = format!(
            "{} {} gecontroleerd: {} {}, {} {}, {} {}",
            s.files,
            plural(s.files, "plan", "plannen"),
            s.errors,
            plural(s.errors, "fout", "fouten"),
            s.warnings,
            plural(s.warnings, "waarschuwing", "waarschuwingen"),
            s.infos,
            plural(s.infos, "opmerking", "opmerkingen"),
        );
        if s.unreadable > 0 {
            line.push_str(&format!(", {} niet te lezen", s.unreadable));
        }
        if let Some(n @ 1..) = s.skipped {
            line.push_str(&format!(", {n} overgeslagen door .gitignore/exclude"));
        }
        line
    }
}

/// Severity as the user reads it.
pub fn severity_word(s: Severity, en: bool) -> &'static str {
    match (s, en) {
        (Severity::Error, false) => "fout",
        (Severity::Warning, false) => "waarschuwing",
        (Severity::Info, false) => "opmerking",
        (Severity::Error, true) => "error",
        (Severity::Warning, true) => "warning",
        (Severity::Info, true) => "info",
    }
}
