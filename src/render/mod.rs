//! Output formats. Each renderer is fed one file at a time (nothing is collected), then
//! finishes with the run's summary.

pub mod excerpt;
pub mod github;
pub mod human;
pub mod json;
pub mod pretty;
pub mod redact;
pub mod root;
pub mod sarif;
pub mod short;
pub mod stats;

use crate::analysis::parts::Part;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::Rule;
use std::io::{self, Write};

/// One input's outcome: either its text and findings, or why it could not be read.
pub struct FileResult<'a> {
    pub path: &'a str,
    pub source: &'a str,
    /// The language of this plan's messages: its config's `lang`, or `--lang`. (The run's own
    /// words — summary, checklist, severities — follow [`Options::en`].)
    pub en: bool,
    pub outcome: Result<&'a crate::Report, &'a str>,
    /// Findings left out by `--max-findings`, per rule.
    pub omitted: &'a [Omitted],
}

/// How many findings of one rule a file had beyond `--max-findings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Omitted {
    pub rule: Rule,
    pub severity: Severity,
    pub count: usize,
}

impl Omitted {
    pub fn code(&self) -> &'static str {
        self.rule.code()
    }

    pub fn name(&self) -> &'static str {
        self.rule.name()
    }
}

/// Findings per rule per file shown by default; `--max-findings 0` shows all.
pub const DEFAULT_MAX_FINDINGS: usize = 50;

/// Keep at most `max` findings of each rule (the first ones), and say how many went.
pub fn cap(diagnostics: &mut Vec<Diagnostic>, max: usize) -> Vec<Omitted> {
    if max == 0 || diagnostics.len() <= max {
        return Vec::new();
    }
    let mut seen: std::collections::BTreeMap<Rule, usize> = Default::default();
    let mut omitted: Vec<Omitted> = Vec::new();
    diagnostics.retain(|d| {
        let n = seen.entry(d.rule).or_default();
        *n += 1;
        if *n <= max {
            return true;
        }
        match omitted.iter_mut().find(|o| o.rule == d.rule) {
            Some(o) => o.count += 1,
            None => omitted.push(Omitted {
                rule: d.rule,
                severity: d.severity,
                count: 1,
            }),
        }
        false
    });
    omitted.sort_by_key(|o| o.rule);
    omitted
}

/// "… en nog 9950 bevindingen van VT502 (bsn) in dit plan" for the text formats.
pub fn omitted_line(o: &Omitted, max: usize, en: bool) -> String {
    if en {
        format!(
            "… and {} more {} of {} ({}) in this plan, not shown: at most {max} per rule (--max-findings 0 shows all)",
            o.count,
            if o.count == 1 { "finding" } else { "findings" },
            o.code(),
            o.name()
        )
    } else {
        format!(
            "… en nog {} {} van {} ({}) in dit plan, niet getoond: hoogstens {max} per regel (--max-findings 0 toont alles)",
            o.count,
            if o.count == 1 { "bevinding" } else { "bevindingen" },
            o.code(),
            o.name()
        )
    }
}

impl FileResult<'_> {
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self.outcome {
            Ok(r) => &r.diagnostics,
            Err(_) => &[],
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Plans read and linted.
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Inputs that could not be read or decoded (each said on stderr).
    pub unreadable: usize,
    /// Directories named on the command line with no plan in them.
    pub empty_dirs: Vec<String>,
    /// Plans left out by ignore files and config `exclude`: `None` when no directory was
    /// walked and nothing was left out.
    pub skipped: Option<usize>,
}

impl Summary {
    pub fn add(&mut self, f: &FileResult) {
        if f.outcome.is_err() {
            self.unreadable += 1;
            return;
        }
        self.files += 1;
        let shown = f.diagnostics().iter().map(|d| (d.severity, 1));
        let omitted = f.omitted.iter().map(|o| (o.severity, o.count));
        for (severity, n) in shown.chain(omitted) {
            match severity {
                Severity::Error => self.errors += n,
                Severity::Warning => self.warnings += n,
                Severity::Info => self.infos += n,
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub color: bool,
    pub en: bool,
    pub no_snippets: bool,
    /// `--max-findings`, for the closing line of a capped rule.
    pub max_findings: usize,
    /// `--explain-parts`: where each part was found.
    pub explain_parts: bool,
    /// Columns to wrap the checklist at: the terminal's width, else 80.
    pub width: usize,
}

/// The width of the report when it is not written to a terminal.
pub const DEFAULT_WIDTH: usize = 80;

/// The terminal's width when stdout is one (`COLUMNS` when the terminal does not say), else
/// [`DEFAULT_WIDTH`].
pub fn output_width(is_terminal: bool) -> usize {
    if !is_terminal {
        return DEFAULT_WIDTH;
    }
    #[cfg(unix)]
    if let Ok(ws) = rustix::termios::tcgetwinsize(std::io::stdout()) {
        if ws.ws_col >= 20 {
            return usize::from(ws.ws_col);
        }
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&c: &usize| c >= 20)
        .unwrap_or(DEFAULT_WIDTH)
}

/// "path: onderdelen: ✓ probleemstelling  ✗ ondersteuning …", wrapped at `width` columns:
/// a part is never split, and continuation lines are indented under the first part (or by
/// four spaces when the head is long).
pub fn checklist_lines(
    head: &str,
    checklist: &[(Part, bool)],
    en: bool,
    color: bool,
    width: usize,
) -> String {
    let head_width = head.chars().count();
    let indent = if head_width <= width / 2 {
        head_width
    } else {
        4
    };
    let mut out = head.to_string();
    let mut col = head_width;
    for (i, (part, ok)) in checklist.iter().enumerate() {
        let item = checklist_line(&[(*part, *ok)], en, color);
        let item_width = 2 + part.label(en).chars().count();
        let gap = if i == 0 { 0 } else { 2 };
        if i > 0 && col + gap + item_width > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else {
            out.push_str(&" ".repeat(gap));
            col += gap;
        }
        out.push_str(&item);
        col += item_width;
    }
    out
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

/// Line and column (characters) of a byte offset as the output formats give them: like
/// [`LineIndex::position`](crate::span::LineIndex::position), but a BOM at the start of the
/// file is no column (no editor shows it). `offset` stays the byte offset, BOM included.
pub fn position(
    index: &crate::span::LineIndex,
    source: &str,
    offset: usize,
) -> crate::span::Position {
    let mut p = index.position(source, offset);
    if p.line == 1 && p.offset >= BOM.len() && source.starts_with(BOM) {
        p.column -= 1;
    }
    p
}

/// The 1-based UTF-16 column of a byte offset, a BOM not counted.
pub fn utf16_column(index: &crate::span::LineIndex, source: &str, offset: usize) -> usize {
    let (line, col) = index.utf16_position(source, offset);
    let bom = line == 0 && offset >= BOM.len() && source.starts_with(BOM);
    col as usize + 1 - usize::from(bom)
}

const BOM: &str = "\u{FEFF}";

/// How a part was found, in the reader's words.
pub fn how_word(how: crate::analysis::How, en: bool) -> &'static str {
    use crate::analysis::How;
    match (how, en) {
        (How::Heading, false) => "kop",
        (How::Heading, true) => "heading",
        (How::Phrase, false) => "tekst",
        (How::Phrase, true) => "text",
        (How::Pair, false) => "zin",
        (How::Pair, true) => "sentence",
        (How::Dates, false) => "data",
        (How::Dates, true) => "dates",
        (How::Evaluation, false) => "evaluatiedatum",
        (How::Evaluation, true) => "evaluation date",
    }
}

/// `--explain-parts`: per part where it was found and by which cue, or what was missing.
/// Without snippets, the place and the kind of cue, not its words.
pub fn explain_parts(
    out: &mut dyn Write,
    f: &FileResult,
    report: &crate::Report,
    opts: &Options,
) -> io::Result<()> {
    let index = crate::span::LineIndex::new(f.source);
    for ((part, ok), found) in report.checklist.iter().zip(&report.evidence) {
        let mark = if *ok { "✓" } else { "✗" };
        let label = part.label(opts.en);
        match found {
            Some(found) => {
                let line = index.position(f.source, found.span.start).line;
                let r = if opts.en { "l." } else { "r." };
                let how = how_word(found.how, opts.en);
                if opts.no_snippets {
                    writeln!(out, "  {mark} {label} — {r} {line}, {how}")?;
                } else {
                    // One line: a sentence that runs over lines reads as one.
                    let words = excerpt::neutralise(f.source.get(found.span.range()).unwrap_or(""))
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let short: String = words.chars().take(60).collect();
                    let more = if short.len() < words.len() { "…" } else { "" };
                    writeln!(out, "  {mark} {label} — {r} {line}, {how} '{short}{more}'")?;
                }
            }
            None => {
                let (meta, _, _) = crate::rules::missing_parts::rule_for(*part);
                let why = if *ok {
                    ""
                } else if opts.en {
                    meta.summary.1
                } else {
                    meta.summary.0
                };
                writeln!(out, "  {mark} {label} — {why}")?;
            }
        }
    }
    Ok(())
}

/// The closing line of the human formats: what was linted and found, then what was left out
/// and what could not be read. Only plans actually linted are counted as checked.
pub fn summary_line(s: &Summary, en: bool) -> String {
    let plural = |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
    let mut line = if s.files == 0 {
        (if en {
            "no plan checked"
        } else {
            "geen plan gecontroleerd"
        })
        .to_string()
    } else if en {
        format!(
            "{} {} checked: {} {}, {} {}, {} {}",
            s.files,
            plural(s.files, "plan", "plans"),
            s.errors,
            plural(s.errors, "error", "errors"),
            s.warnings,
            plural(s.warnings, "warning", "warnings"),
            s.infos,
            plural(s.infos, "info", "infos"),
        )
    } else {
        format!(
            "{} {} gecontroleerd: {} {}, {} {}, {} {}",
            s.files,
            plural(s.files, "plan", "plannen"),
            s.errors,
            plural(s.errors, "fout", "fouten"),
            s.warnings,
            plural(s.warnings, "waarschuwing", "waarschuwingen"),
            s.infos,
            plural(s.infos, "opmerking", "opmerkingen"),
        )
    };
    if let Some(n @ 1..) = s.skipped {
        line.push_str(&if en {
            format!(", {n} skipped by ignore rules/exclude")
        } else {
            format!(", {n} overgeslagen door .gitignore/exclude")
        });
    }
    if s.unreadable > 0 {
        let n = s.unreadable;
        line.push_str(&if en {
            format!(
                "; {n} {} could not be read (see the {} above)",
                plural(n, "file", "files"),
                plural(n, "error", "errors")
            )
        } else {
            format!(
                "; {n} {} niet te lezen (zie de {} hierboven)",
                plural(n, "bestand", "bestanden"),
                plural(n, "foutmelding", "foutmeldingen")
            )
        });
    }
    if !s.empty_dirs.is_empty() {
        let dirs: Vec<_> = s.empty_dirs.iter().map(|d| excerpt::printable(d)).collect();
        line.push_str(&if en {
            format!("; no plans found in {}", dirs.join(", "))
        } else {
            format!("; geen plannen gevonden in {}", dirs.join(", "))
        });
    }
    line
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

/// A rule's explanation as an installed user reads it (`explain`, hover, SARIF help). The
/// explanations name the word lists' files in this repository (`rules/*.toml`), which an
/// installed vt-lint does not have: that is replaced by how to change the lists in
/// `vt-lint.toml` (`[lexicon] vague-terms` and `allow`).
pub fn explanation(m: &crate::rules::Meta, en: bool) -> String {
    let text = m.explain(en);
    if !text.contains("`rules/") {
        return text.to_string();
    }
    let (nl_lead, en_lead) = ("De lijst staat in `rules/", "The list lives in `rules/");
    let lead = if en { en_lead } else { nl_lead };
    let mut out = String::with_capacity(text.len() + 300);
    let mut rest = text;
    while let Some(at) = rest.find(lead) {
        out.push_str(&rest[..at]);
        let after = &rest[at + lead.len()..];
        let end = after.find('`').map_or(after.len(), |e| e + 1);
        let after = &after[end..];
        // "De lijst staat in `…`." goes; "De lijst staat in `…` en kent ook …" keeps its tail.
        if let Some(tail) = after.strip_prefix('.') {
            out.truncate(out.trim_end().len());
            rest = tail;
        } else if let Some(tail) = after
            .strip_prefix(" en ")
            .or_else(|| after.strip_prefix(" and "))
        {
            out.push_str(if en {
                "The built-in list "
            } else {
                "De ingebouwde lijst "
            });
            rest = tail;
        } else {
            out.push_str(if en {
                "The built-in list"
            } else {
                "De ingebouwde lijst"
            });
            rest = after;
        }
    }
    out.push_str(rest);
    // Any other mention of the repository's files.
    let mut out = out.replace("`rules/", "`");
    let vague = m.rule == Rule::VagueTerm;
    out.push_str(match (en, vague) {
        (false, true) => "\n\n## Zelf aanpassen\nVoeg eigen vage termen toe in `vt-lint.toml`: `[lexicon]` `vague-terms = [\"hands-on mentaliteit\"]`. Een woord dat vt-lint nooit mag melden: `allow = [\"proactief\"]` in dezelfde tabel. `vt-lint init` schrijft een `vt-lint.toml` met uitleg.",
        (true, true) => "\n\n## Adjusting\nAdd your own vague terms in `vt-lint.toml`: `[lexicon]` `vague-terms = [\"hands-on mentaliteit\"]`. A word vt-lint must never report: `allow = [\"proactief\"]` in the same table. `vt-lint init` writes a `vt-lint.toml` with explanations.",
        (false, false) => "\n\n## Zelf aanpassen\nEen woord uit de ingebouwde lijst dat vt-lint nooit mag melden, zet je in `vt-lint.toml` bij `[lexicon]` `allow = [\"…\"]`. Eigen woorden toevoegen kan voor vage termen (VT201, `vague-terms`). `vt-lint init` schrijft een `vt-lint.toml` met uitleg.",
        (true, false) => "\n\n## Adjusting\nA word from the built-in list that vt-lint must never report goes in `vt-lint.toml` under `[lexicon]` `allow = [\"…\"]`. Adding your own words is possible for vague terms (VT201, `vague-terms`). `vt-lint init` writes a `vt-lint.toml` with explanations.",
    });
    out
}
