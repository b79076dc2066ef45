//! `--statistics` (how many findings per rule, like ruff's) and `--quiet` (the summary only).
//! Neither shows anything from a plan: codes, names and counts.

use super::{severity_word, summary_line, FileResult, Renderer, Summary};
use crate::diagnostic::Severity;
use crate::rules::Rule;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Counts per rule, printed when the run ends: a table, or JSON.
pub struct Statistics {
    pub en: bool,
    pub json: bool,
    counts: BTreeMap<Rule, (Severity, usize)>,
}

impl Statistics {
    pub fn new(en: bool, json: bool) -> Statistics {
        Statistics {
            en,
            json,
            counts: BTreeMap::new(),
        }
    }

    /// Most findings first, then by code.
    fn rows(&self) -> Vec<(&'static str, &'static str, Severity, usize)> {
        let mut rows: Vec<_> = self
            .counts
            .iter()
            .map(|(rule, (sev, n))| (rule.code(), rule.name(), *sev, *n))
            .collect();
        rows.sort_by(|a, b| b.3.cmp(&a.3).then(a.0.cmp(b.0)));
        rows
    }
}

impl Renderer for Statistics {
    fn file(&mut self, _out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let shown = f.diagnostics().iter().map(|d| (d.rule, d.severity, 1));
        let omitted = f.omitted.iter().map(|o| (o.rule, o.severity, o.count));
        for (rule, sev, n) in shown.chain(omitted) {
            self.counts.entry(rule).or_insert((sev, 0)).1 += n;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        let rows = self.rows();
        if self.json {
            let list: Vec<_> = rows
                .iter()
                .map(|(code, name, sev, n)| {
                    serde_json::json!({
                        "code": code, "name": name, "severity": sev.as_str(), "count": n,
                    })
                })
                .collect();
            let doc = serde_json::json!({
                "version": 1,
                "statistics": list,
                "summary": {
                    "files": s.files, "errors": s.errors, "warnings": s.warnings,
                    "infos": s.infos, "unreadable": s.unreadable + s.empty_dirs.len(),
                },
            });
            let text = serde_json::to_string_pretty(&doc).map_err(io::Error::other)?;
            return writeln!(out, "{text}");
        }
        if !rows.is_empty() {
            let head = if self.en {
                ("COUNT", "CODE", "NAME", "SEVERITY")
            } else {
                ("AANTAL", "CODE", "NAAM", "ERNST")
            };
            writeln!(
                out,
                "{:>6}  {:<6} {:<26} {}",
                head.0, head.1, head.2, head.3
            )?;
            for (code, name, sev, n) in &rows {
                writeln!(
                    out,
                    "{n:>6}  {code:<6} {name:<26} {}",
                    severity_word(*sev, self.en)
                )?;
            }
            writeln!(out)?;
        }
        writeln!(out, "{}", summary_line(s, self.en))
    }
}

/// `--quiet`: no findings, no checklists; only the closing summary (errors go to stderr).
pub struct Quiet {
    pub en: bool,
}

impl Renderer for Quiet {
    fn file(&mut self, _out: &mut dyn Write, _f: &FileResult) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        writeln!(out, "{}", summary_line(s, self.en))
    }
}
