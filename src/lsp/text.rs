//! Open documents: their text, a line map kept up to date through incremental edits, and
//! conversion between byte offsets and LSP positions in the negotiated encoding.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as the LSP spec says (and as the CLI counts them,
//! `crate::span`).

use crate::span::LineIndex;
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

/// The document's line index (`span::LineIndex`, kept up to date with `edit`), with
/// positions in the encoding the client asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineMap(LineIndex);

impl std::ops::Deref for LineMap {
    type Target = LineIndex;
    fn deref(&self) -> &LineIndex {
        &self.0
    }
}

impl LineMap {
    pub fn new(text: &str) -> LineMap {
        LineMap(LineIndex::new(text))
    }

    /// See `LineIndex::edit`.
    pub fn edit(&mut self, text: &str, start: usize, end: usize, new_len: usize) {
        self.0.edit(text, start, end, new_len);
    }

    /// The LSP position of a byte offset (clamped, and floored to a character boundary).
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let offset = crate::span::floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.line_start(line);
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
        if line >= self.line_count() {
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
                self.lines.edit(&self.text, start, end, change.text.len());
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
            change(1, 2, 1, 2, "\r"),           // a CR before the CRLF's CR: two line ends
            change(1, 0, 1, 0, "x\ry"),         // a lone CR
        ];
        for e in edits {
            doc.apply(e, Encoding::Utf16);
            assert_eq!(doc.lines, LineMap::new(&doc.text), "{:?}", doc.text);
        }
        assert_eq!(
            doc.text.as_str(),
            "éomgekeerd\nx\ry🎉\r\r\nreee 🙂x drie\n\neinde"
        );
    }

    /// Edits that join a `\r` and a `\n` into one line end, or split one, at every place of
    /// a text with all three line ends: the map stays what a fresh count gives.
    #[test]
    fn edits_around_cr_and_lf_keep_the_line_map_exact() {
        let base = "a\rb\r\nc\nd\r";
        for start in 0..=base.len() {
            for end in start..=base.len() {
                for new in ["", "\r", "\n", "\r\n", "x", "\nx\r"] {
                    let mut text = base.to_string();
                    let mut map = LineMap::new(&text);
                    text.replace_range(start..end, new);
                    map.edit(&text, start, end, new.len());
                    assert_eq!(
                        map,
                        LineMap::new(&text),
                        "{base:?} [{start}, {end}) -> {new:?}"
                    );
                }
            }
        }
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
