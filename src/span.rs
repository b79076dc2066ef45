//! Byte spans into the original text, and line/column conversion at the edge.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the text as read (BOM included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// A position for display: 1-based line, 1-based column in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

/// Start offsets of every line: the one line index, for the renderers and the language
/// server (which keeps it up to date with `edit`). Lines end at `\n`, `\r\n` or a lone `\r`
/// (old Mac files), as CommonMark and the LSP spec have it — which is why this is not the
/// `line-index` crate: it ends lines at `\n` only.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// The last position computed (offset, column): renderers ask in order, so counting
    /// characters resumes from there instead of from the line start (1 MB lines stay linear).
    last: std::cell::Cell<(usize, usize)>,
}

/// Two indexes are equal when their lines start at the same offsets.
impl PartialEq for LineIndex {
    fn eq(&self, other: &Self) -> bool {
        self.starts == other.starts
    }
}

impl Eq for LineIndex {}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(line_breaks(text.as_bytes(), 0));
        LineIndex {
            starts,
            last: std::cell::Cell::new((0, 1)),
        }
    }

    /// Update the index after the old `[start, end)` was replaced by `new_len` bytes, giving
    /// `text`. Whether a line starts at an offset depends on the bytes before and at it (a `\r`
    /// followed by `\n` ends no line), so the line starts from `start` to the end of the new
    /// text, both included, are worked out again: an edit can join a `\r` and a `\n` into one
    /// line end, or split them.
    pub fn edit(&mut self, text: &str, start: usize, end: usize, new_len: usize) {
        let from = start.max(1); // line 0 always starts at 0
        let first = self.starts.partition_point(|&s| s < from);
        let last = self.starts.partition_point(|&s| s <= end);
        let delta = new_len as isize - (end - start) as isize;
        for s in &mut self.starts[last..] {
            *s = (*s as isize + delta) as usize;
        }
        let bytes = text.as_bytes();
        let fresh: Vec<usize> = (from..=start + new_len)
            .filter(|&p| p <= bytes.len() && is_line_start(bytes, p))
            .collect();
        self.starts.splice(first..last.max(first), fresh);
        self.last.set((0, 1));
    }

    /// 0-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line]
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The byte range of a 0-based line, without its line ending.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        line_without_ending(text, &self.starts, line)
    }

    /// Line and column (in characters) of a byte offset, both 1-based.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let line_start = self.starts[line];
        let (last_offset, last_column) = self.last.get();
        let same_line = last_offset >= line_start
            && self
                .starts
                .get(line + 1)
                .is_none_or(|&next| last_offset < next);
        let column = if same_line && last_offset <= offset {
            last_column + text[last_offset..offset].chars().count()
        } else if same_line && last_column > 0 {
            // Just before the last position (a span's end, then the next span's start).
            last_column - text[offset..last_offset].chars().count()
        } else {
            text[line_start..offset].chars().count() + 1
        };
        self.last.set((offset, column));
        Position {
            offset,
            line: line + 1,
            column,
        }
    }

    /// 0-based line and UTF-16 code-unit column, as LSP wants by default.
    pub fn utf16_position(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let col: usize = text[self.starts[line]..offset]
            .chars()
            .map(char::len_utf16)
            .sum();
        (line as u32, col as u32)
    }
}

/// Whether a line starts at byte `p` (> 0): after `\n`, or after a `\r` that no `\n` follows
/// (`\r\n` is one line end).
pub fn is_line_start(bytes: &[u8], p: usize) -> bool {
    match bytes.get(p.wrapping_sub(1)) {
        Some(b'\n') => true,
        Some(b'\r') => bytes.get(p) != Some(&b'\n'),
        _ => false,
    }
}

/// The offsets after each line end in `bytes`, plus `base`.
pub fn line_breaks(bytes: &[u8], base: usize) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr2_iter(b'\n', b'\r', bytes)
        .filter(|&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'))
        .map(move |i| base + i + 1)
}

/// The byte range of `line`, given the start offsets of all lines, without its `\n`, `\r\n`
/// or `\r`.
pub fn line_without_ending(text: &str, starts: &[usize], line: usize) -> std::ops::Range<usize> {
    let start = starts[line];
    let mut end = starts.get(line + 1).copied().unwrap_or(text.len());
    let bytes = text.as_bytes();
    if end > start && bytes[end - 1] == b'\n' {
        end -= 1;
    }
    if end > start && bytes[end - 1] == b'\r' {
        end -= 1;
    }
    start..end
}

/// The largest char boundary at or below `i`.
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i`.
pub fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "één\r\ngeëvalueerd x";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap();
        let p = idx.position(text, x);
        assert_eq!((p.line, p.column), (2, 13));
        assert_eq!(idx.utf16_position(text, x), (1, 12));
        assert_eq!(idx.line_range(text, 0), 0..5);
    }

    #[test]
    fn cr_lf_and_crlf_all_end_lines() {
        for (text, nl) in [
            ("a\nbb\n\nc", "\n"),
            ("a\r\nbb\r\n\r\nc", "\r\n"),
            ("a\rbb\r\rc", "\r"),
        ] {
            let idx = LineIndex::new(text);
            assert_eq!(idx.line_count(), 4, "{text:?}");
            let c = text.find('c').unwrap();
            let p = idx.position(text, c);
            assert_eq!((p.line, p.column), (4, 1), "{text:?}");
            assert_eq!(&text[idx.line_range(text, 1)], "bb", "{text:?}");
            assert_eq!(
                idx.line_range(text, 2),
                idx.line_start(2)..idx.line_start(2)
            );
            assert_eq!(idx.line_start(1), 1 + nl.len());
        }
        // Mixed, and a CR at the very end: a last, empty line.
        let idx = LineIndex::new("a\r\nb\rc\nd\r");
        assert_eq!(idx.line_count(), 5);
        assert!(is_line_start(b"a\rb", 2) && !is_line_start(b"a\r\nb", 2));
    }

    #[test]
    fn utf16_counts_surrogate_pairs() {
        let text = "🙂 ok";
        let idx = LineIndex::new(text);
        assert_eq!(idx.utf16_position(text, text.find('o').unwrap()), (0, 3));
    }
}
