//! The normalised copy of a plan's visible text, and the map back to the original bytes.
//!
//! Rules match on one lower-case, accent-folded copy with unified quotes, hyphens and
//! whitespace, so that NFD accents, CRLF, typographic quotes and line wrapping change nothing.
//! Every offset in the copy maps back to a byte offset in the original text.

pub use crate::plan::fold::{normalise, normalise_char};
use crate::span::Span;
use unicode_normalization::char::is_combining_mark;

/// A run of the normalised text. `exact` runs correspond byte for byte with the source.
#[derive(Debug, Clone, Copy)]
struct Piece {
    norm: u32,
    src: u32,
    src_end: u32,
    exact: bool,
}

/// Lower-case, accent-folded text with a map back to source bytes.
#[derive(Debug, Default, Clone)]
pub struct NormText {
    pub text: String,
    pieces: Vec<Piece>,
}

impl NormText {
    pub fn with_capacity(n: usize) -> Self {
        NormText {
            text: String::with_capacity(n),
            pieces: Vec::new(),
        }
    }

    fn last_is_space(&self) -> bool {
        self.text.is_empty() || self.text.ends_with(' ') || self.text.ends_with('\n')
    }

    /// Append a hard separator (block boundary); never part of a match.
    pub fn push_separator(&mut self, src: usize) {
        while self.text.ends_with(' ') {
            self.text.pop();
        }
        self.push_piece(src, src, false);
        self.text.push('\n');
    }

    /// Append a single space standing for `span` (soft break, inline code, …).
    pub fn push_space(&mut self, span: Span) {
        if self.last_is_space() {
            return;
        }
        self.push_piece(span.start, span.end, false);
        self.text.push(' ');
    }

    fn push_piece(&mut self, src: usize, src_end: usize, exact: bool) {
        self.push_piece_at(self.text.len(), src, src_end, exact);
    }

    /// Start a piece at normalised offset `norm` (the end of the text, or where the text
    /// that was just appended for it begins).
    fn push_piece_at(&mut self, norm: usize, src: usize, src_end: usize, exact: bool) {
        let norm = norm as u32;
        if let Some(last) = self.pieces.last_mut() {
            if last.norm == norm {
                // Previous piece produced nothing: replace it.
                *last = Piece {
                    norm,
                    src: src as u32,
                    src_end: src_end as u32,
                    exact,
                };
                return;
            }
        }
        self.pieces.push(Piece {
            norm,
            src: src as u32,
            src_end: src_end as u32,
            exact,
        });
    }

    /// Append text whose bytes are `source[src_start..]` verbatim.
    ///
    /// Runs of printable ASCII (with single spaces) are copied and lower-cased in bulk as
    /// one exact piece; only other characters go through `normalise_char` one by one.
    pub fn push_verbatim(&mut self, text: &str, src_start: usize) {
        let bytes = text.as_bytes();
        // A space joins an exact run when it is not collapsed and the next byte is ASCII
        // (a combining mark after it belongs to the space in the slow path).
        let joins = |i: usize, last_space: bool| -> bool {
            let b = bytes[i];
            b.is_ascii_graphic()
                || (b == b' ' && !last_space && bytes.get(i + 1).is_none_or(u8::is_ascii))
        };
        let mut i = 0;
        while i < bytes.len() {
            if joins(i, self.last_is_space()) {
                let run = i;
                i += 1;
                while i < bytes.len() && joins(i, bytes[i - 1] == b' ') {
                    i += 1;
                }
                let src = src_start + run;
                let norm = self.text.len() as u32;
                let extend = matches!(self.pieces.last(), Some(p) if p.exact && p.src_end as usize == src
                    && p.src_end - p.src == norm - p.norm);
                if extend {
                    self.pieces.last_mut().unwrap().src_end += (i - run) as u32;
                } else {
                    self.push_piece(src, src + (i - run), true);
                }
                self.text.push_str(&text[run..i]);
                self.text[norm as usize..].make_ascii_lowercase();
                continue;
            }
            let c = text[i..].chars().next().expect("char boundary");
            let src = src_start + i;
            i += c.len_utf8();
            // A character with the combining marks that follow it is one unit.
            while let Some(m) = text[i..].chars().next().filter(|&m| is_combining_mark(m)) {
                i += m.len_utf8();
            }
            let end = src_start + i;
            let before = self.text.len();
            normalise_char(c, &mut self.text);
            if c.is_ascii_whitespace() || c.is_control() || &self.text[before..] == " " {
                self.text.truncate(before);
                if !self.last_is_space() {
                    self.push_piece(src, end, false);
                    self.text.push(' ');
                }
            } else if self.text.len() > before {
                self.push_piece_at(before, src, end, false);
            }
        }
    }

    /// Append text that does not stand verbatim in the source (escapes, entities):
    /// the whole of it maps to `span`.
    pub fn push_mapped(&mut self, text: &str, span: Span) {
        let norm = normalise(text);
        if norm.is_empty() {
            return;
        }
        if norm.starts_with(' ') && self.last_is_space() {
            return;
        }
        self.push_piece(span.start, span.end, false);
        self.text.push_str(&norm);
    }

    fn piece_at(&self, norm: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.norm as usize <= norm);
        if i == 0 {
            None
        } else {
            Some(&self.pieces[i - 1])
        }
    }

    /// The source offset where normalised offset `n` starts.
    pub fn src_start(&self, n: usize) -> usize {
        match self.piece_at(n) {
            Some(p) if p.exact => (p.src + (n as u32 - p.norm)) as usize,
            Some(p) => p.src as usize,
            None => 0,
        }
    }

    /// The source offset where a normalised range ending at `n` (exclusive) ends.
    pub fn src_end(&self, n: usize) -> usize {
        if n == 0 {
            return self.src_start(0);
        }
        match self.piece_at(n - 1) {
            Some(p) if p.exact => (p.src + (n as u32 - p.norm)) as usize,
            Some(p) => p.src_end as usize,
            None => 0,
        }
    }

    /// Map a normalised range back to a source span.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let s = self.src_start(start);
        let e = self.src_end(end).max(s);
        Span::new(s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_quotes_and_whitespace() {
        assert_eq!(
            normalise("Geëvalueerd “Pro‐actief”  Één"),
            "geevalueerd \"pro-actief\" een"
        );
        let nfd = "ge\u{0065}\u{0308}valueerd";
        assert_eq!(normalise(nfd), "geevalueerd");
    }

    #[test]
    fn maps_back_to_original_bytes() {
        let src = "Wees PRO‐ACTIEVER en ge\u{0065}\u{0308}valueerd.";
        let mut t = NormText::default();
        t.push_verbatim(src, 0);
        let i = t.text.find("pro-actiever").unwrap();
        let span = t.span(i, i + "pro-actiever".len());
        assert_eq!(&src[span.range()], "PRO‐ACTIEVER");
        let j = t.text.find("geevalueerd").unwrap();
        let span = t.span(j, j + "geevalueerd".len());
        assert_eq!(&src[span.range()], "ge\u{0065}\u{0308}valueerd");
    }

    #[test]
    fn collapses_whitespace_runs() {
        let src = "beter\r\n   communiceren";
        let mut t = NormText::default();
        t.push_verbatim(src, 0);
        assert_eq!(t.text, "beter communiceren");
        let i = t.text.find("communiceren").unwrap();
        assert_eq!(t.src_start(i), src.find('c').unwrap());
    }
}
