//! `--format pretty`: the same report drawn by ariadne, every label shown. ariadne draws
//! whole lines, so a finding on a line too long to show whole is drawn rustc-style instead,
//! clipped, like the human format does.

use super::excerpt::{neutralise, printable, MAX_SPAN_LINES, WIDTH};
use super::{checklist_lines, omitted_line, summary_line, FileResult, Options, Renderer, Summary};
use crate::diagnostic::Severity;
use crate::span::{LineIndex, Span};
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};
use codespan_reporting::term::termcolor::Buffer;
use std::io::{self, Write};

pub struct Pretty {
    pub opts: Options,
    /// Whether a plan's report was written: the next one gets a blank line before it.
    pub wrote: bool,
}

impl Pretty {
    pub fn new(opts: Options) -> Pretty {
        Pretty { opts, wrote: false }
    }
}

/// True when every line the spans touch is short enough to draw whole, and no span runs over
/// many lines.
fn fits(source: &str, index: &LineIndex, spans: &[Span]) -> bool {
    spans.iter().all(|s| {
        let (first, last) = (index.line_of(s.start), index.line_of(s.end));
        last - first < MAX_SPAN_LINES
            && (first..=last).all(|l| {
                let r = index.line_range(source, l);
                r.len() <= WIDTH || source[r].chars().nth(WIDTH).is_none()
            })
    })
}

impl Renderer for Pretty {
    fn file(&mut self, out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let Ok(report) = f.outcome else { return Ok(()) };
        if self.wrote {
            writeln!(out)?;
        }
        self.wrote = true;
        let index = LineIndex::new(f.source);
        let path = printable(f.path);
        let id: &str = &path;
        // Control characters become visible ones of the same length, so offsets still fit.
        let clean = neutralise(f.source);
        // ariadne would count a BOM as a column: it gets the text after it, spans shifted.
        let bom = if clean.starts_with('\u{FEFF}') { 3 } else { 0 };
        let source = Source::from(&clean[bom..]);
        let shift =
            |r: std::ops::Range<usize>| r.start.saturating_sub(bom)..r.end.saturating_sub(bom);
        // ariadne counts lines by "\n" alone: a file with old Mac line ends ("\r") is drawn
        // rustc-style, which counts them as vt-lint does.
        let bytes = f.source.as_bytes();
        let lone_cr = bytes
            .iter()
            .enumerate()
            .any(|(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        for d in &report.diagnostics {
            let spans: Vec<_> = std::iter::once(d.span)
                .chain(d.labels.iter().map(|l| l.span))
                .collect();
            if lone_cr || !fits(f.source, &index, &spans) {
                let mut buf = if self.opts.color {
                    Buffer::ansi()
                } else {
                    Buffer::no_color()
                };
                super::human::draw(&mut buf, f.path, (f.source, &index), d, self.opts.en, f.en)?;
                out.write_all(buf.as_slice())?;
                continue;
            }
            // ariadne's own words ("Error", "Advice") are English: the reader's instead.
            let word = super::severity_word(d.severity, self.opts.en);
            let kind = match d.severity {
                Severity::Error => ReportKind::Custom(word, Color::Red),
                Severity::Warning => ReportKind::Custom(word, Color::Yellow),
                Severity::Info => ReportKind::Custom(word, Color::Fixed(147)),
            };
            let primary = shift(d.span.range());
            let mut b = Report::build(kind, (id, primary.clone()))
                .with_config(
                    Config::default()
                        .with_index_type(IndexType::Byte)
                        .with_color(self.opts.color),
                )
                .with_code(d.code())
                .with_message(neutralise(&d.message.render(f.en)))
                .with_label(
                    Label::new((id, primary))
                        .with_message(d.name())
                        .with_color(Color::Red),
                )
                .with_help(neutralise(&d.help.render(f.en)));
            for l in &d.labels {
                b = b.with_label(
                    Label::new((id, shift(l.span.range())))
                        .with_message(neutralise(&l.message.render(f.en)))
                        .with_color(Color::Blue),
                );
            }
            let mut drawn = Vec::new();
            b.finish().write((id, &source), &mut drawn)?;
            let end = drawn
                .iter()
                .position(|&c| c == b'\n')
                .unwrap_or(drawn.len());
            if self.opts.color {
                out.write_all(&drawn[..end])?;
            } else {
                // ariadne colours a custom kind's header even without colour: uncolour it.
                out.write_all(&strip_ansi(&drawn[..end]))?;
            }
            out.write_all(&localise_help(&drawn[end..], self.opts.en))?;
        }
        for o in f.omitted {
            writeln!(
                out,
                "{path}: {}\n",
                omitted_line(o, self.opts.max_findings, self.opts.en)
            )?;
        }
        writeln!(
            out,
            "{}",
            checklist_lines(
                &format!("{path}: "),
                &report.checklist,
                self.opts.en,
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

/// `bytes` without ANSI escape sequences (`ESC [ … letter`).
fn strip_ansi(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x1b && bytes.get(i + 1) == Some(&b'[') {
            i += 2;
            while i < bytes.len() && !bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            i += 1;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// ariadne names its help line "Help" in English: "Hulp" in Dutch. Only that line: it has no
/// line number before its bar, unlike the plan's lines, which may hold the word too.
fn localise_help(drawn: &[u8], en: bool) -> std::borrow::Cow<'_, [u8]> {
    if en {
        return drawn.into();
    }
    let mut out = Vec::with_capacity(drawn.len());
    for line in drawn.split_inclusive(|&c| c == b'\n') {
        let plain = strip_ansi(line);
        let plain = String::from_utf8_lossy(&plain);
        let is_help = plain
            .split_once('│')
            .is_some_and(|(margin, rest)| margin.trim().is_empty() && rest.starts_with(" Help: "));
        match line.windows(4).position(|w| w == b"Help") {
            Some(at) if is_help => {
                out.extend_from_slice(&line[..at]);
                out.extend_from_slice(b"Hulp");
                out.extend_from_slice(&line[at + 4..]);
            }
            _ => out.extend_from_slice(line),
        }
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ariadnes_help_line_is_translated() {
        let drawn = " 3 │ Help: dit staat in het plan\n   │ Help: schrijf een datum\n";
        let nl = String::from_utf8(localise_help(drawn.as_bytes(), false).into_owned()).unwrap();
        assert_eq!(
            nl,
            " 3 │ Help: dit staat in het plan\n   │ Hulp: schrijf een datum\n"
        );
        assert_eq!(&*localise_help(drawn.as_bytes(), true), drawn.as_bytes());
        let coloured = "   \x1b[38;5;240m│\x1b[0m \x1b[38;5;115mHelp\x1b[0m: x\n";
        let nl = String::from_utf8(localise_help(coloured.as_bytes(), false).into_owned()).unwrap();
        assert!(nl.contains("\x1b[38;5;115mHulp\x1b[0m: x"), "{nl:?}");
    }
}
