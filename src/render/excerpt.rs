//! The few source lines a finding is shown with, clipped and made safe for a terminal.
//!
//! A Markdown paragraph is often one line of thousands of characters. Reprinting it whole for
//! every finding makes the output grow with (findings × line length); like rustc, the human
//! formats show a window of at most [`WIDTH`] characters around the finding instead, with "…"
//! where the line goes on. Control characters (terminal escape sequences, a lone carriage
//! return, bidirectional overrides) are replaced by a visible character of the same length, so
//! a plan cannot write to the terminal and every byte offset stays valid.

use crate::span::{ceil_char_boundary, floor_char_boundary, LineIndex, Span};
use codespan_reporting::files::{Error, Files};
use std::ops::Range;

/// Lines up to this many characters are shown whole; longer ones are clipped to this width.
pub const WIDTH: usize = 160;
/// Characters shown before the finding on a clipped line.
const BEFORE: usize = 40;
/// Lines of one multi-line span shown at most; the caret stops at the last one.
pub const MAX_SPAN_LINES: usize = 8;
/// Lines between two labels filled in (as empty lines) at most; farther apart, the excerpt
/// keeps only the first line's labels.
const MAX_GAP: usize = 2_000;

struct Line {
    /// Where the excerpt line starts in [`Excerpt::text`], after any "…".
    at: usize,
    /// Where its shown part starts in the plan.
    source_start: usize,
    /// Bytes of the shown part.
    len: usize,
    /// 1-based column of that start in the plan.
    column: usize,
}

/// A few lines of a plan as one small text, with the real line numbers and columns.
pub struct Excerpt {
    pub name: String,
    pub text: String,
    /// 1-based number of the first excerpt line in the plan.
    pub first_line: usize,
    lines: Vec<Line>,
}

/// Replace what a terminal would act on by a character of the same UTF-8 length.
pub fn neutralise(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' => c,
            '\u{0}'..='\u{1f}' | '\u{7f}' => '?',
            '\u{80}'..='\u{9f}' => '¿',
            '\u{61c}' => '¿',
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
                '\u{fffd}'
            }
            c => c,
        })
        .collect()
}

/// A file name or message for one line of output: control characters, newlines included,
/// written as visible escapes (`\n`, `\u{1b}`), so a file name cannot start a new line, a
/// GitHub workflow command or a terminal escape sequence.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(bad) {
        return s.into();
    }
    s.chars()
        .map(|c| {
            if bad(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// A character offset `n` characters before or after `at`, within `bounds`.
fn chars_back(text: &str, at: usize, n: usize, floor: usize) -> usize {
    text[floor..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(floor, |(i, _)| floor + i)
}

fn chars_forward(text: &str, at: usize, n: usize, ceil: usize) -> usize {
    text[at..ceil]
        .char_indices()
        .nth(n)
        .map_or(ceil, |(i, _)| at + i)
}

impl Excerpt {
    /// The excerpt for `spans` (the finding first, then its labels), and each span mapped
    /// into it; a label too far from the finding is `None` and left out.
    pub fn new(
        name: &str,
        source: &str,
        index: &LineIndex,
        spans: &[Span],
    ) -> (Excerpt, Vec<Option<Range<usize>>>) {
        let clamp = |s: Span| {
            let a = floor_char_boundary(source, s.start.min(source.len()));
            let b = ceil_char_boundary(source, s.end.clamp(a, source.len()));
            (a, b)
        };
        let primary_line = index.line_of(clamp(spans[0]).0);
        // Which lines to show, and for each the part of every span on it.
        let mut wanted: Vec<(usize, usize, usize)> = Vec::new(); // (line, from, to)
        let mut kept = Vec::new();
        for &s in spans {
            let (a, b) = clamp(s);
            let first = index.line_of(a);
            if first.abs_diff(primary_line) > MAX_GAP {
                kept.push(false);
                continue;
            }
            kept.push(true);
            let last = index.line_of(b).min(first + MAX_SPAN_LINES - 1);
            for line in first..=last {
                let r = index.line_range(source, line);
                let from = a.max(r.start).min(r.end);
                let to = b.min(r.end).max(from);
                wanted.push((line, from, to));
            }
        }
        let lo = wanted.iter().map(|w| w.0).min().unwrap_or(primary_line);
        let hi = wanted.iter().map(|w| w.0).max().unwrap_or(primary_line);
        let mut text = String::new();
        let mut lines = Vec::new();
        for line in lo..=hi {
            if line > lo {
                text.push('\n');
            }
            let r = index.line_range(source, line);
            let on_line: Vec<&(usize, usize, usize)> =
                wanted.iter().filter(|w| w.0 == line).collect();
            if on_line.is_empty() {
                // A line between two labels: not shown, kept so the numbers stay right.
                lines.push(Line {
                    at: text.len(),
                    source_start: r.start,
                    len: 0,
                    column: 1,
                });
                continue;
            }
            let whole = &source[r.clone()];
            let (start, end) = if whole.len() <= WIDTH || whole.chars().nth(WIDTH).is_none() {
                (r.start, r.end)
            } else {
                let first = on_line.iter().map(|w| w.1).min().unwrap_or(r.start);
                let start = chars_back(source, first, BEFORE, r.start);
                (start, chars_forward(source, start, WIDTH, r.end))
            };
            if start > r.start {
                text.push('…');
            }
            lines.push(Line {
                at: text.len(),
                source_start: start,
                len: end - start,
                // The line index counts on from its last answer: linear over many findings.
                column: super::position(index, source, start).column,
            });
            text.push_str(&neutralise(&source[start..end]));
            if end < r.end {
                text.push('…');
            }
        }
        let excerpt = Excerpt {
            name: name.to_string(),
            text,
            first_line: lo + 1,
            lines,
        };
        let mut mapped = Vec::new();
        for (&s, keep) in spans.iter().zip(kept) {
            if !keep {
                mapped.push(None);
                continue;
            }
            let (a, b) = clamp(s);
            mapped.push(Some(
                excerpt.map(index, a)..excerpt.map(index, b).max(excerpt.map(index, a)),
            ));
        }
        (excerpt, mapped)
    }

    /// Where a plan offset lands in the excerpt (clamped to the shown part of its line).
    fn map(&self, index: &LineIndex, offset: usize) -> usize {
        let line = index.line_of(offset);
        let i = line
            .saturating_sub(self.first_line - 1)
            .min(self.lines.len() - 1);
        let l = &self.lines[i];
        l.at + offset.saturating_sub(l.source_start).min(l.len)
    }

    fn line_at(&self, byte: usize) -> usize {
        self.lines
            .partition_point(|l| l.at <= byte)
            .saturating_sub(1)
    }
}

impl<'a> Files<'a> for Excerpt {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, Error> {
        Ok(&self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, Error> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, Error> {
        Ok(self.line_at(byte_index))
    }

    fn line_number(&'a self, (): (), line_index: usize) -> Result<usize, Error> {
        Ok(self.first_line + line_index)
    }

    fn column_number(
        &'a self,
        (): (),
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, Error> {
        let l = self.lines.get(line_index).ok_or(Error::LineTooLarge {
            given: line_index,
            max: self.lines.len(),
        })?;
        let end = byte_index.clamp(l.at, self.text.len());
        let text = &self.text[l.at..end];
        // A BOM at the start of the plan is no column, as in the other formats.
        let bom =
            self.first_line + line_index == 1 && l.column == 1 && text.starts_with('\u{FEFF}');
        Ok(l.column + text.chars().count() - usize::from(bom))
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, Error> {
        let start = self
            .lines
            .get(line_index)
            .map(|l| l.at)
            .ok_or(Error::LineTooLarge {
                given: line_index,
                max: self.lines.len(),
            })?;
        // From the start of the excerpt line (including a leading "…") to its end.
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        Ok(line_start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use codespan_reporting::files::Files;

    #[test]
    fn a_long_line_is_clipped_around_the_finding_with_its_real_column() {
        let source = format!("kop\n{}proactief{}\n", "a".repeat(5000), "b".repeat(5000));
        let index = LineIndex::new(&source);
        let at = source.find("proactief").unwrap();
        let (ex, mapped) = Excerpt::new("p.md", &source, &index, &[Span::new(at, at + 9)]);
        assert!(ex.text.chars().count() <= WIDTH + 2, "{}", ex.text.len());
        assert!(ex.text.starts_with('…') && ex.text.ends_with('…'));
        let r = mapped[0].clone().unwrap();
        assert_eq!(&ex.text[r.clone()], "proactief");
        let loc = ex.location((), r.start).unwrap();
        assert_eq!((loc.line_number, loc.column_number), (2, 5001));
    }

    #[test]
    fn terminal_controls_become_visible_characters_of_the_same_length() {
        let s = "a\u{1b}[31mb\rc\u{9b}d\u{202e}e";
        let n = neutralise(s);
        assert_eq!(n.len(), s.len());
        assert_eq!(n, "a?[31mb?c¿d\u{fffd}e");
    }

    #[test]
    fn labels_on_other_lines_keep_their_numbers() {
        let source = "a\nStart: 1 mei\nx\ny\nEinde: 1 april\n";
        let index = LineIndex::new(source);
        let s = source.find("1 mei").unwrap();
        let e = source.find("1 april").unwrap();
        let (ex, mapped) = Excerpt::new(
            "p.md",
            source,
            &index,
            &[Span::new(e, e + 7), Span::new(s, s + 5)],
        );
        assert_eq!(ex.first_line, 2);
        let r = mapped[1].clone().unwrap();
        assert_eq!(&ex.text[r.clone()], "1 mei");
        assert_eq!(ex.location((), r.start).unwrap().line_number, 2);
        let r = mapped[0].clone().unwrap();
        assert_eq!(ex.location((), r.start).unwrap().line_number, 5);
        assert_eq!(ex.location((), r.start).unwrap().column_number, 8);
    }
}
