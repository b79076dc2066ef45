//! Open documents: their text, a line map kept up to date through incremental edits, and
//! conversion between byte offsets and LSP positions in the negotiated encoding.
//!
//! Lines end at `\n` (a `\r` before it belongs to the line ending). A lone `\r` is not treated
//! as a line break: Markdown plans from real editors do not use old Mac line endings.

use lsp_types::{Position, Range, TextDocumentContentChangeEvent};
use std::sync::Arc;

/// How LSP `Position.character` counts: negotiated in `initialize`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Utf32 => 1,
        }
    }
}

/// Byte offsets at which each line starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineMap {
    starts: Vec<usize>,
}

fn newline_ends(text: &str, base: usize) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(move |(i, _)| base + i + 1)
}

impl LineMap {
    pub fn new(text: &str) -> LineMap {
        let mut starts = vec![0];
        starts.extend(newline_ends(text, 0));
        LineMap { starts }
    }

    /// Update the map after `text[start..end]` was replaced by `new`.
    pub fn edit(&mut self, start: usize, end: usize, new: &str) {
        // Line starts in (start, end] came from newlines inside the replaced range.
        let first = self.starts.partition_point(|&s| s <= start);
        let last = self.starts.partition_point(|&s| s <= end);
        let delta = new.len() as isize - (end - start) as isize;
        for s in &mut self.starts[last..] {
            *s = (*s as isize + delta) as usize;
        }
        self.starts.splice(first..last, newline_ends(new, start));
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line]
    }

    /// The byte range of a line without its line ending.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        crate::span::line_without_ending(text, &self.starts, line)
    }

    /// The LSP position of a byte offset (clamped, and floored to a character boundary).
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let offset = crate::span::floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.starts[line];
        let character: usize = match enc {
            Encoding::Utf8 => offset - start,
            _ => text[start..offset].chars().map(|c| enc.units(c)).sum(),
        };
        Position::new(line as u32, character as u32)
    }

    pub fn range(&self, text: &str, span: crate::Span, enc: Encoding) -> Range {
        Range::new(
            self.position(text, span.start, enc),
            self.position(text, span.end, enc),
        )
    }

    /// The byte offset of an LSP position. A line past the end means the end of the text; a
    /// character past the end of its line means the end of the line (as the LSP spec says);
    /// a position inside a character (half a surrogate pair) snaps to the character's start.
    pub fn offset(&self, text: &str, pos: Position, enc: Encoding) -> usize {
        let line = pos.line as usize;
        if line >= self.starts.len() {
            return text.len();
        }
        let range = self.line_range(text, line);
        let want = pos.character as usize;
        if enc == Encoding::Utf8 {
            let o = range.start + want.min(range.len());
            return crate::span::floor_char_boundary(text, o);
        }
        let mut units = 0;
        for (i, c) in text[range.clone()].char_indices() {
            let next = units + enc.units(c);
            if next > want {
                return range.start + i;
            }
            units = next;
        }
        range.end
    }
}

/// An open document.
#[derive(Debug)]
pub struct Document {
    pub text: Arc<String>,
    pub lines: LineMap,
    pub version: i32,
    /// The findings for `version`, once linted.
    pub findings: Option<Arc<Vec<crate::Diagnostic>>>,
}

impl Document {
    pub fn new(text: String, version: i32) -> Document {
        Document {
            lines: LineMap::new(&text),
            text: Arc::new(text),
            version,
            findings: None,
        }
    }

    /// Apply one `didChange` content change: a range edit, or the whole text when it has no range.
    pub fn apply(&mut self, change: TextDocumentContentChangeEvent, enc: Encoding) {
        self.findings = None;
        match change.range {
            None => {
                self.lines = LineMap::new(&change.text);
                self.text = Arc::new(change.text);
            }
            Some(range) => {
                let a = self.lines.offset(&self.text, range.start, enc);
                let b = self.lines.offset(&self.text, range.end, enc);
                let (start, end) = (a.min(b), a.max(b));
                Arc::make_mut(&mut self.text).replace_range(start..end, &change.text);
                self.lines.edit(start, end, &change.text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(sl: u32, sc: u32, el: u32, ec: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(sl, sc), Position::new(el, ec))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn positions_in_every_encoding() {
        let text = "# één\r\ngeëvalueerd 🙂 proactief\n";
        let map = LineMap::new(text);
        let p = text.find("proactief").unwrap();
        assert_eq!(map.position(text, p, Encoding::Utf16), Position::new(1, 15));
        assert_eq!(map.position(text, p, Encoding::Utf32), Position::new(1, 14));
        assert_eq!(map.position(text, p, Encoding::Utf8), Position::new(1, 18));
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let pos = map.position(text, p, enc);
            assert_eq!(map.offset(text, pos, enc), p, "{enc:?}");
        }
        // Past the end of a CRLF line: the end of its content.
        assert_eq!(map.offset(text, Position::new(0, 99), Encoding::Utf16), 7);
        // Inside the surrogate pair: the emoji's start.
        let emoji = text.find('🙂').unwrap();
        assert_eq!(
            map.offset(text, Position::new(1, 13), Encoding::Utf16),
            emoji
        );
        assert_eq!(
            map.offset(text, Position::new(9, 0), Encoding::Utf16),
            text.len()
        );
    }

    #[test]
    fn incremental_edits_keep_the_line_map_exact() {
        let mut doc = Document::new("één\ntwee 🙂 drie\nvier\n".to_string(), 1);
        let edits = [
            change(1, 7, 1, 7, "x"),            // after the emoji (UTF-16 col 7)
            change(0, 1, 1, 2, "É\nnieuw\nre"), // across a line break
            change(3, 0, 3, 4, ""),             // delete "vier"
            change(2, 0, 2, 0, "🎉\r\n"),       // insert a CRLF line
            change(9, 0, 9, 0, "einde"),        // past the end: append
            change(0, 0, 0, 0, ""),             // no-op
            change(1, 5, 0, 1, "omgekeerd"),    // reversed range
        ];
        for e in edits {
            doc.apply(e, Encoding::Utf16);
            assert_eq!(doc.lines, LineMap::new(&doc.text), "{:?}", doc.text);
        }
        assert_eq!(
            doc.text.as_str(),
            "éomgekeerd\n🎉\r\nreee 🙂x drie\n\neinde"
        );
    }

    #[test]
    fn full_replacement() {
        let mut doc = Document::new("a\nb".to_string(), 1);
        doc.apply(
            TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text: "c\nd\ne".to_string(),
            },
            Encoding::Utf16,
        );
        assert_eq!(doc.lines.line_count(), 3);
    }
}
