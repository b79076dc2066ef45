//! Markdown -> `Plan`: the blocks, sections, key–value fields, front matter and comments of a
//! plan, parsed once, with byte spans into the original text.

pub mod fold;
pub mod text;

use crate::plan::text::NormText;
use crate::span::Span;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading(u8),
    Paragraph,
    Item,
    Cell,
}

/// A leaf run of visible text: a heading, a paragraph, a list item's own text or a table cell.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// Source span from the block's first to its last visible character.
    pub span: Span,
    /// Range of this block's text in `Plan::norm.text`.
    pub norm: Range<usize>,
    /// List nesting depth (0 outside lists).
    pub depth: u32,
    /// Table row number for cells.
    pub row: u32,
    /// Inside a block quote.
    pub quoted: bool,
    /// Index one past the last block nested under this one (list item children).
    pub subtree_end: usize,
    /// Norm offsets where a source line starts inside this block (after a line break).
    pub line_starts: Vec<usize>,
    /// A bold run at the very start of the block: `**Ondersteuning:**`.
    pub bold_start: Option<Range<usize>>,
    /// The label at the start is in italics, not bold: it titles less ("*Fouten.*" under
    /// "**2. Huidige situatie**").
    pub italic_label: bool,
    /// A ticked task ("- [x] Werkinstructie herzien (27 november)"): what has been done.
    pub done: bool,
}

/// How a section was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionOrigin {
    Heading(u8),
    /// A bold label or key–value line: `**Ondersteuning:** …`, `Einddatum: 1 juli 2026`.
    Field,
}

/// A titled stretch of the plan: a heading and what follows it, or a label and its value.
#[derive(Debug, Clone)]
pub struct Section {
    pub origin: SectionOrigin,
    /// Normalised title (numbering and punctuation still present; see `parts`).
    pub title: Range<usize>,
    pub title_span: Span,
    /// Normalised body text range (may be empty).
    pub body: Range<usize>,
    /// The block the title stands in.
    pub block: usize,
}

/// A key–value line, a two-column table row, or a bold label with its text.
#[derive(Debug, Clone)]
pub struct Field {
    pub key: Range<usize>,
    pub value: Range<usize>,
    pub block: usize,
    pub bold: bool,
    /// A plain line that titles what follows ("Waar het aan ligt" in an e-mail): its section
    /// is the rest of its paragraph, or the list or paragraph right after it.
    pub line_title: bool,
}

/// A `key: value` line of YAML front matter.
#[derive(Debug, Clone)]
pub struct FrontField {
    pub key: String,
    pub key_span: Span,
    pub value: String,
    /// `value` normalised, as the plan's text is (lower case, accents folded).
    pub norm_value: String,
    pub value_span: Span,
}

/// An HTML comment: only vt-lint's own suppression comments mean anything.
#[derive(Debug, Clone)]
pub struct Comment {
    pub span: Span,
    pub inner: Span,
}

#[derive(Debug)]
pub struct Plan<'a> {
    pub source: &'a str,
    pub norm: NormText,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    pub fields: Vec<Field>,
    pub front_matter: Vec<FrontField>,
    pub comments: Vec<Comment>,
    /// Where a rule about something missing points: the first heading, else line 1.
    pub title: Span,
}

const BOM: &str = "\u{FEFF}";

/// The HTML element at the start of `s` ("<p>", "</b>", "<br/>", "<td class=\"x\">"):
/// its length, whether it closes, and its name. Only the elements people write
/// (`html-tags` in `rules/placeholders.toml`); "<naam medewerker>" is none.
pub(crate) fn html_element(s: &str) -> Option<(usize, (bool, &'static str))> {
    let rest = s.strip_prefix('<')?;
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let name_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let name = rest[..name_len].to_ascii_lowercase();
    let known = crate::words::placeholders::HTML_TAGS
        .iter()
        .find(|n| **n == name)?;
    let after = &rest[name_len..];
    if !after.starts_with(['>', ' ', '/', '\t']) {
        return None;
    }
    // (An attribute list stays on its line and is short: a line of "<b <b <b …" without a
    // ">" is not searched to its end for every "<".)
    let window = &after.as_bytes()[..after.len().min(256)];
    let close = window.iter().position(|&c| c == b'>')?;
    if window[..close].contains(&b'\n') {
        return None;
    }
    let len = 1 + usize::from(closing) + name_len + close + 1;
    Some((len, (closing, known)))
}

/// Where front matter may start: after blank lines and whole-line HTML comments at the top.
fn front_matter_start(s: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = &s[at..];
        let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\n']);
        let skipped = rest.len() - trimmed.len();
        match trimmed.strip_prefix("<!--").and_then(|c| c.find("-->")) {
            Some(close) => {
                let after = skipped + 4 + close + 3;
                // The comment ends its line.
                let line_end = rest[after..]
                    .find('\n')
                    .map_or(rest.len(), |n| after + n + 1);
                if !rest[after..line_end].trim().is_empty() {
                    return at + skipped;
                }
                at += line_end;
            }
            None => return at + skipped,
        }
    }
}

impl<'a> Plan<'a> {
    pub fn parse(source: &'a str) -> Plan<'a> {
        let base = if source.starts_with(BOM) {
            BOM.len()
        } else {
            0
        };
        let mut b = Builder::new(source, base);
        let opts = Options::ENABLE_TABLES
            | Options::ENABLE_DEFINITION_LIST
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_STRIKETHROUGH;
        // Front matter only at the very top. pulldown-cmark also reads "---" … "---" further
        // down as a metadata block, and a PDF export's page breaks ("---" above a footer, and
        // again pages later) would hide everything between them: so the top block is read
        // first, and the rest without metadata blocks.
        // (Blank lines and HTML comments may stand above it: `<!-- sjabloon v3 -->`.)
        let top = base + front_matter_start(&source[base..]);
        let mut body = base;
        // (Only that block is parsed with metadata blocks on: up to its closing "---" or
        // "...", within the first 64 KB.)
        let close = source[top..].starts_with("---").then(|| {
            let mut at = source[top..].find('\n')? + 1;
            while at <= 65_536 {
                let rest = &source[top + at..];
                let line_end = rest.find('\n').map_or(rest.len(), |n| n + 1);
                if line_end == 0 {
                    return None;
                }
                let line = rest[..line_end].trim_end();
                at += line_end;
                if line == "---" || line == "..." {
                    return Some(top + at);
                }
            }
            None
        });
        if let Some(Some(close)) = close {
            let meta = Parser::new_ext(
                &source[top..close],
                opts | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS,
            )
            .into_offset_iter();
            let mut events = Vec::new();
            let mut end = None;
            for (event, range) in meta {
                if events.is_empty() && !matches!(event, Event::Start(Tag::MetadataBlock(_))) {
                    break;
                }
                let ends = matches!(event, Event::End(TagEnd::MetadataBlock(_)));
                events.push((event, Span::new(range.start + top, range.end + top)));
                if ends {
                    end = Some(top + range.end);
                    break;
                }
            }
            if let Some(end) = end {
                for (event, range) in Parser::new_ext(&source[base..top], opts).into_offset_iter() {
                    b.event(event, Span::new(range.start + base, range.end + base));
                }
                for (event, span) in events {
                    b.event(event, span);
                }
                body = end;
            }
        }
        for (event, range) in Parser::new_ext(&source[body..], opts).into_offset_iter() {
            let span = Span::new(range.start + body, range.end + body);
            b.event(event, span);
        }
        b.finish()
    }

    pub fn block_text(&self, i: usize) -> &str {
        &self.norm.text[self.blocks[i].norm.clone()]
    }

    pub fn text(&self, r: Range<usize>) -> &str {
        &self.norm.text[r]
    }

    /// The source span of a normalised range.
    pub fn span_of(&self, r: Range<usize>) -> Span {
        self.norm.span(r.start, r.end)
    }

    /// The index of the block holding normalised offset `n`.
    pub fn block_at(&self, n: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.norm.start <= n);
        if i == 0 {
            return None;
        }
        let b = &self.blocks[i - 1];
        (n <= b.norm.end).then_some(i - 1)
    }

    /// What stands before a block's text on its source line, trimmed: a list item's marker
    /// ("-", "1.", "**2)**"); a few bytes at most.
    pub fn item_marker(&self, b: &Block) -> &str {
        let src = self.norm.src_start(b.norm.start);
        let back = crate::span::floor_char_boundary(self.source, src.saturating_sub(16));
        let line = &self.source[back..src];
        line.rsplit('\n').next().unwrap_or(line).trim()
    }

    /// Lines of a block as normalised ranges (split at the source's line breaks).
    pub fn block_lines(&self, i: usize) -> Vec<Range<usize>> {
        let b = &self.blocks[i];
        let mut out = Vec::with_capacity(b.line_starts.len() + 1);
        let mut start = b.norm.start;
        for &ls in &b.line_starts {
            let end = trim_end(&self.norm.text, start, ls);
            out.push(start..end);
            start = ls;
        }
        out.push(start..b.norm.end);
        out
    }

    /// The line of block `i` holding normalised offset `n`: the first of `block_lines(i)`
    /// with `start <= n <= end`, found by binary search without building the list.
    pub fn block_line_at(&self, i: usize, n: usize) -> Option<Range<usize>> {
        let b = &self.blocks[i];
        let starts = &b.line_starts;
        let line = |k: usize| -> Range<usize> {
            let start = if k == 0 { b.norm.start } else { starts[k - 1] };
            let end = match starts.get(k) {
                Some(&next) => trim_end(&self.norm.text, start, next),
                None => b.norm.end,
            };
            start..end
        };
        // Line k starts at `b.norm.start` (k = 0) or `starts[k - 1]`.
        let mut k = starts.partition_point(|&s| s <= n);
        if n < b.norm.start && k == 0 {
            return None;
        }
        let mut found = None;
        loop {
            let l = line(k);
            if l.start <= n && n <= l.end {
                found = Some(l);
            } else if found.is_some() || l.start <= n {
                break;
            }
            if k == 0 {
                break;
            }
            k -= 1;
        }
        found
    }

    pub fn front(&self, key: &str) -> Option<&FrontField> {
        self.front_matter.iter().find(|f| f.key == key)
    }
}

fn trim_end(text: &str, start: usize, mut end: usize) -> usize {
    while end > start && text.as_bytes()[end - 1] == b' ' {
        end -= 1;
    }
    end
}

struct Builder<'a> {
    source: &'a str,
    base: usize,
    norm: NormText,
    blocks: Vec<Block>,
    comments: Vec<Comment>,
    front_matter: Vec<FrontField>,
    open: Option<usize>,
    /// Stack of open list items (block index of the item).
    items: Vec<usize>,
    list_depth: u32,
    quote_depth: u32,
    in_code: bool,
    in_meta: bool,
    row: u32,
    /// Where a bold or italic run opened at the start of a block, and whether it was italic.
    strong_start: Option<(usize, bool)>,
    /// An HTML comment that runs over several lines (pulldown-cmark sends an HTML block line by
    /// line): where it starts and where its inside starts.
    comment_open: Option<(usize, usize)>,
    /// Elements an HTML block opened (`<p>`, `<ul>`, `<b>` …) and has not closed yet: closed
    /// when the block ends.
    html_open: Vec<TagEnd>,
    /// How deep inside struck text (`~~…~~`) the events are.
    struck: u32,
    /// The block of an open definition ("Periode" / ": 4 januari t/m 26 maart 2027"), whose
    /// first paragraph is its own text.
    definition: Option<usize>,
}

impl<'a> Builder<'a> {
    fn new(source: &'a str, base: usize) -> Self {
        Builder {
            source,
            base,
            norm: NormText::with_capacity(source.len()),
            blocks: Vec::new(),
            comments: Vec::new(),
            front_matter: Vec::new(),
            open: None,
            items: Vec::new(),
            list_depth: 0,
            quote_depth: 0,
            in_code: false,
            in_meta: false,
            row: 0,
            comment_open: None,
            html_open: Vec::new(),
            strong_start: None,
            definition: None,
            struck: 0,
        }
    }

    fn open_block(&mut self, kind: BlockKind, at: usize) -> usize {
        self.close();
        if !self.norm.text.is_empty() {
            self.norm.push_separator(at);
        }
        let n = self.norm.text.len();
        self.blocks.push(Block {
            kind,
            span: Span::new(at, at),
            norm: n..n,
            depth: self.list_depth,
            row: self.row,
            quoted: self.quote_depth > 0,
            subtree_end: 0,
            line_starts: Vec::new(),
            bold_start: None,
            italic_label: false,
            done: false,
        });
        let i = self.blocks.len() - 1;
        self.open = Some(i);
        i
    }

    fn close(&mut self) {
        if let Some(i) = self.open.take() {
            // Drop trailing spaces from the block's text.
            while self.norm.text.ends_with(' ') {
                self.norm.text.pop();
            }
            let end = self.norm.text.len();
            let b = &mut self.blocks[i];
            b.norm.end = end;
            b.line_starts.retain(|&l| l < end);
            // A bold run that ended in white space (a control character normalises to
            // a space) loses it too; it must not reach past the block.
            if let Some(bold) = &mut b.bold_start {
                bold.end = bold.end.min(end);
                if bold.start >= bold.end {
                    b.bold_start = None;
                }
            }
        }
    }

    fn current(&mut self, at: usize) -> usize {
        match self.open {
            Some(i) => i,
            None => self.open_block(BlockKind::Paragraph, at),
        }
    }

    fn extend_span(&mut self, i: usize, span: Span) {
        let b = &mut self.blocks[i];
        if b.norm.start == self.norm.text.len() && b.span.is_empty() {
            b.span = span;
        } else {
            b.span.start = b.span.start.min(span.start);
            b.span.end = b.span.end.max(span.end);
        }
    }

    fn push_text(&mut self, text: &str, span: Span) {
        let i = self.current(span.start);
        self.extend_span(i, span);
        if self.source.get(span.range()) == Some(text) {
            self.norm.push_verbatim(text, span.start);
        } else {
            self.norm.push_mapped(text, span);
        }
    }

    fn event(&mut self, event: Event<'a>, span: Span) {
        if self.in_meta {
            match event {
                Event::Text(t) => self.front_matter_text(&t, span),
                Event::End(TagEnd::MetadataBlock(_)) => self.in_meta = false,
                _ => {}
            }
            return;
        }
        if self.in_code {
            if let Event::End(TagEnd::CodeBlock) = event {
                self.in_code = false;
            }
            return;
        }
        // Struck text is taken back, as a Word export's tracked changes show a deletion
        // ("~~vrijdag 19 maart 2027~~ **vrijdag 2 april 2027**"): no plan text. (It stands
        // as a space, so the words on either side stay apart.)
        if self.struck > 0 {
            match event {
                Event::Start(Tag::Strikethrough) => self.struck += 1,
                Event::End(TagEnd::Strikethrough) => self.struck -= 1,
                Event::Start(Tag::Paragraph | Tag::Item | Tag::Heading { .. })
                | Event::End(
                    TagEnd::Paragraph
                    | TagEnd::Item
                    | TagEnd::Heading(_)
                    | TagEnd::TableCell
                    | TagEnd::HtmlBlock,
                ) => {
                    // (A run never crosses a block: one left open ends with it.)
                    self.struck = 0;
                    return self.event(event, span);
                }
                _ => {}
            }
            if self.struck == 0 {
                if let Some(i) = self.open {
                    self.extend_span(i, span);
                    self.norm.push_space(span);
                }
            }
            return;
        }
        if let Event::Start(Tag::Strikethrough) = event {
            self.struck = 1;
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag, span),
            Event::End(tag) => {
                if tag == TagEnd::HtmlBlock {
                    while let Some(open) = self.html_open.pop() {
                        self.end(open);
                    }
                    // A list item or quote can end an HTML block before its "-->": the
                    // comment ends with the block.
                    if let Some((start, inner)) = self.comment_open.take() {
                        self.comments.push(Comment {
                            span: Span::new(start, span.end.max(start)),
                            inner: Span::new(inner, span.end.max(inner)),
                        });
                    }
                }
                self.end(tag)
            }
            Event::Text(t) => self.push_text(&t, span),
            Event::Code(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {
                if let Some(i) = self.open {
                    self.extend_span(i, span);
                    self.norm.push_space(span);
                }
            }
            Event::Html(h) => self.html(&h, span, true),
            Event::InlineHtml(h) => self.html(&h, span, false),
            Event::SoftBreak | Event::HardBreak => {
                if let Some(i) = self.open {
                    self.norm.push_space(span);
                    let n = self.norm.text.len();
                    self.blocks[i].line_starts.push(n);
                }
            }
            Event::TaskListMarker(ticked) => {
                if let Some(i) = self.open {
                    self.blocks[i].done = ticked;
                }
            }
            Event::FootnoteReference(_) | Event::Rule => {}
        }
    }

    fn start(&mut self, tag: Tag<'a>, span: Span) {
        match tag {
            Tag::Heading { level, .. } => {
                self.open_block(BlockKind::Heading(level as u8), span.start);
            }
            Tag::Paragraph => {
                // The first paragraph of a (loose) list item is the item's own text.
                let reuse = match (self.open, self.items.last().or(self.definition.as_ref())) {
                    (Some(o), Some(&it)) => o == it && self.blocks[o].norm.is_empty(),
                    _ => false,
                };
                if !reuse {
                    self.open_block(BlockKind::Paragraph, span.start);
                }
            }
            Tag::Item => {
                let i = self.open_block(BlockKind::Item, span.start);
                self.items.push(i);
            }
            Tag::List(_) => {
                self.close();
                self.list_depth += 1;
            }
            Tag::TableHead => {
                self.close();
                self.row += 1;
            }
            Tag::TableRow => {
                self.close();
                self.row += 1;
            }
            Tag::TableCell => {
                self.open_block(BlockKind::Cell, span.start);
            }
            Tag::CodeBlock(_) => {
                self.close();
                self.in_code = true;
            }
            Tag::BlockQuote(_) => {
                self.close();
                self.quote_depth += 1;
            }
            Tag::MetadataBlock(_) => self.in_meta = true,
            // A label in italics ("*Wat ik verwacht:*", as chat tools write bold) is a label
            // too.
            Tag::Strong | Tag::Emphasis => {
                if let Some(i) = self.open {
                    let start = self.blocks[i].norm.start;
                    if start == self.norm.text.len() || chat_frame(&self.norm.text[start..]) {
                        // The outer run is the label ("**Hulp door *coach*:**").
                        self.strong_start
                            .get_or_insert((self.norm.text.len(), tag == Tag::Emphasis));
                    }
                }
            }
            Tag::HtmlBlock => self.close(),
            // A definition list ("Periode" over ": 4 januari t/m 26 maart 2027", as pandoc
            // writes a form) reads as a label paragraph over its text: "**Periode**" and a
            // paragraph.
            Tag::DefinitionList => self.close(),
            Tag::DefinitionListTitle => {
                let i = self.open_block(BlockKind::Paragraph, span.start);
                self.strong_start = Some((self.blocks[i].norm.start, false));
            }
            Tag::DefinitionListDefinition => {
                let i = self.open_block(BlockKind::Paragraph, span.start);
                self.definition = Some(i);
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::TableCell | TagEnd::HtmlBlock => {
                self.close()
            }
            TagEnd::Item => {
                self.close();
                if let Some(i) = self.items.pop() {
                    self.blocks[i].subtree_end = self.blocks.len();
                }
            }
            TagEnd::List(_) => {
                self.close();
                self.list_depth = self.list_depth.saturating_sub(1);
            }
            TagEnd::TableHead => self.close(),
            TagEnd::DefinitionListTitle => {
                if let (Some((s, _)), Some(i)) = (self.strong_start.take(), self.open) {
                    let e = self.norm.text.len();
                    if e > s {
                        self.blocks[i].bold_start = Some(s..e);
                    }
                }
                self.close();
            }
            TagEnd::DefinitionListDefinition => {
                self.close();
                self.definition = None;
            }
            TagEnd::BlockQuote(_) => {
                self.close();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::Strong | TagEnd::Emphasis => {
                let italic = tag == TagEnd::Emphasis;
                // Only the end of the run that opened the label closes it.
                if let (Some((s, opened_italic)), Some(i)) = (self.strong_start, self.open) {
                    if opened_italic == italic {
                        self.strong_start = None;
                        let e = self.norm.text.len();
                        if e > s {
                            self.blocks[i].bold_start = Some(s..e);
                            self.blocks[i].italic_label = italic;
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// `block`: an HTML block line, where a comment may run on to later lines; inline HTML
    /// (`<span title="<!--">`) never opens one.
    fn html(&mut self, html: &str, span: Span, block: bool) {
        // HTML comments are not plan text; anything else (`<naam medewerker>`) is.
        let mut rest = html;
        let mut offset = span.start;
        if let Some((start, inner)) = self.comment_open {
            // Inside a comment opened on an earlier line: all of it is comment up to `-->`.
            match rest.find("-->") {
                Some(c) => {
                    self.comments.push(Comment {
                        span: Span::new(start, offset + c + 3),
                        inner: Span::new(inner, offset + c),
                    });
                    self.comment_open = None;
                    offset += c + 3;
                    rest = &rest[c + 3..];
                }
                None => return,
            }
        }
        loop {
            match rest.find("<!--") {
                Some(open) => {
                    let before = &rest[..open];
                    if block
                        && (!self.html_open.is_empty()
                            || before
                                .match_indices('<')
                                .any(|(i, _)| html_element(&before[i..]).is_some()))
                    {
                        self.html_markup(before, offset);
                    } else if !before.trim().is_empty() {
                        self.push_text(before, Span::new(offset, offset + open));
                    }
                    let inner_start = open + 4;
                    let (close, end) = match rest[inner_start..].find("-->") {
                        Some(c) => (inner_start + c, inner_start + c + 3),
                        None if block => {
                            // Closed on a later line, or never: the rest is comment.
                            self.comment_open = Some((offset + open, offset + inner_start));
                            return;
                        }
                        None => (rest.len(), rest.len()),
                    };
                    self.comments.push(Comment {
                        span: Span::new(offset + open, offset + end),
                        inner: Span::new(offset + inner_start, offset + close),
                    });
                    offset += end;
                    rest = &rest[end..];
                }
                None if block
                    && (!self.html_open.is_empty()
                        || rest
                            .match_indices('<')
                            .any(|(i, _)| html_element(&rest[i..]).is_some())) =>
                {
                    self.html_markup(rest, offset);
                    break;
                }
                None => {
                    if !rest.trim().is_empty() {
                        let lead = rest.len() - rest.trim_start().len();
                        let t = rest.trim();
                        self.push_text(t, Span::new(offset + lead, offset + lead + t.len()));
                        if self.blocks[self.open.unwrap_or(0)].kind == BlockKind::Paragraph
                            && rest.ends_with('\n')
                        {
                            self.close();
                        }
                    }
                    break;
                }
            }
        }
    }

    /// A line of an HTML block, as an HTML export writes a plan (`<p><b>1. Doelen</b></p>`,
    /// `<b>Functie:</b> monteur<br>`): its elements read as the Markdown they stand for — a
    /// paragraph, a heading, a list item, a bold label, a line break, struck text — and the
    /// text between them as text. What is no element (`<naam medewerker>`) stays text.
    fn html_markup(&mut self, raw: &str, offset: usize) {
        let mut at = 0;
        while at < raw.len() {
            // (A "<" that opens no element, "<naam>", is text: look on after it.)
            let next = raw[at..].match_indices('<').find_map(|(lt, _)| {
                let (len, el) = html_element(&raw[at + lt..])?;
                Some((at + lt, len, el))
            });
            let Some((lt, len, el)) = next else {
                self.html_text(&raw[at..], offset + at);
                break;
            };
            self.html_text(&raw[at..lt], offset + at);
            let span = Span::new(offset + lt, offset + lt + len);
            at = lt + len;
            let (closing, name) = el;
            let open_end = match name {
                "p" | "div" | "td" | "th" => Some((Tag::Paragraph, TagEnd::Paragraph)),
                "li" => Some((Tag::Item, TagEnd::Item)),
                "ul" | "ol" => Some((Tag::List(None), TagEnd::List(false))),
                "b" | "strong" => Some((Tag::Strong, TagEnd::Strong)),
                "i" | "em" => Some((Tag::Emphasis, TagEnd::Emphasis)),
                "s" | "del" | "strike" => Some((Tag::Strikethrough, TagEnd::Strikethrough)),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    let level = match name {
                        "h1" => pulldown_cmark::HeadingLevel::H1,
                        "h2" => pulldown_cmark::HeadingLevel::H2,
                        "h3" => pulldown_cmark::HeadingLevel::H3,
                        "h4" => pulldown_cmark::HeadingLevel::H4,
                        "h5" => pulldown_cmark::HeadingLevel::H5,
                        _ => pulldown_cmark::HeadingLevel::H6,
                    };
                    Some((
                        Tag::Heading {
                            level,
                            id: None,
                            classes: Vec::new(),
                            attrs: Vec::new(),
                        },
                        TagEnd::Heading(level),
                    ))
                }
                "br" => {
                    self.event(Event::HardBreak, span);
                    None
                }
                // A new row: the cells before it end.
                "tr" => {
                    self.close();
                    None
                }
                _ => None,
            };
            let Some((tag, end)) = open_end else { continue };
            if !closing {
                // "<li>" and "<p>" close one left open just before them ("<li>a <li>b").
                if matches!(end, TagEnd::Item | TagEnd::Paragraph)
                    && self.html_open.last() == Some(&end)
                {
                    self.html_open.pop();
                    self.event(Event::End(end), span);
                }
                self.html_open.push(end);
                self.event(Event::Start(tag), span);
            } else if let Some(k) = self.html_open.iter().rposition(|e| *e == end) {
                // Close what was opened inside it too.
                for e in self.html_open.split_off(k).into_iter().rev() {
                    self.event(Event::End(e), span);
                }
            }
        }
    }

    /// Text between HTML elements, its character references read.
    fn html_text(&mut self, raw: &str, offset: usize) {
        if raw.trim().is_empty() {
            return;
        }
        // Struck text ("<del>20 mei 2027</del>") is taken back, as `~~…~~` is.
        if self.struck > 0 {
            if let Some(i) = self.open {
                let span = Span::new(offset, offset + raw.len());
                self.extend_span(i, span);
                self.norm.push_space(span);
            }
            return;
        }
        let lead = raw.len() - raw.trim_start().len();
        let t = raw.trim();
        let span = Span::new(offset + lead, offset + lead + t.len());
        // Words on either side of white space, a line break or an element stay apart
        // ("… dit</p>" then "<p>Dat …", "tekst <b>label</b>").
        let gap = lead > 0
            || offset == 0
            || self
                .source
                .as_bytes()
                .get(offset - 1)
                .is_some_and(|&b| b.is_ascii_whitespace() || b == b'>');
        if gap {
            if let Some(i) = self.open {
                if !self.blocks[i].norm.is_empty() {
                    self.norm.push_space(Span::new(offset, offset + lead));
                }
            }
        }
        if !t.contains('&') {
            return self.push_text(t, span);
        }
        // Each character reference maps to its own place in the source, the text between
        // them verbatim (so a finding points at its words, not at the whole line).
        let base = span.start;
        let mut rest = t;
        let mut at = 0;
        while let Some(amp) = rest.find('&') {
            let window = &rest.as_bytes()[amp..rest.len().min(amp + 9)];
            let entity = window
                .iter()
                .position(|&c| c == b';')
                .map(|e| &rest[amp..=amp + e]);
            let decoded = match entity {
                Some("&nbsp;") => Some(" "),
                Some("&amp;") => Some("&"),
                Some("&lt;") => Some("<"),
                Some("&gt;") => Some(">"),
                Some("&quot;") => Some("\""),
                Some("&#39;" | "&apos;") => Some("'"),
                _ => None,
            };
            let (Some(c), Some(e)) = (decoded, entity) else {
                // A bare "&": text.
                let upto = amp + 1;
                self.push_text(&rest[..upto], Span::new(base + at, base + at + upto));
                rest = &rest[upto..];
                at += upto;
                continue;
            };
            if amp > 0 {
                self.push_text(&rest[..amp], Span::new(base + at, base + at + amp));
            }
            let from = base + at + amp;
            self.push_text(c, Span::new(from, from + e.len()));
            rest = &rest[amp + e.len()..];
            at += amp + e.len();
        }
        if !rest.is_empty() {
            self.push_text(rest, Span::new(base + at, base + at + rest.len()));
        }
    }

    fn front_matter_text(&mut self, text: &str, span: Span) {
        // Map the text back to the source: metadata text is verbatim.
        let start = if self.source.get(span.range()) == Some(text) {
            span.start
        } else {
            match self.source[span.start..].find(text) {
                Some(p) => span.start + p,
                None => return,
            }
        };
        let mut pos = start;
        for line in text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            if let Some(colon) = content.find(':') {
                let key = content[..colon].trim();
                if !key.is_empty() && !content.starts_with([' ', '\t', '-', '#']) {
                    let raw_value = &content[colon + 1..];
                    let lead = raw_value.len() - raw_value.trim_start().len();
                    let mut value = raw_value.trim();
                    let mut vstart = pos + colon + 1 + lead;
                    // Strip a trailing comment and quotes.
                    if let Some(h) = value.find(" #") {
                        value = value[..h].trim_end();
                    }
                    if value.len() >= 2
                        && ((value.starts_with('"') && value.ends_with('"'))
                            || (value.starts_with('\'') && value.ends_with('\'')))
                    {
                        value = &value[1..value.len() - 1];
                        vstart += 1;
                    }
                    let kstart = pos + (content.len() - content.trim_start().len());
                    self.front_matter.push(FrontField {
                        key: crate::plan::text::normalise(key),
                        key_span: Span::new(kstart, kstart + key.len()),
                        value: value.to_string(),
                        norm_value: crate::plan::text::normalise(value),
                        value_span: Span::new(vstart, vstart + value.len()),
                    });
                }
            }
            pos += line.len();
        }
    }

    fn finish(mut self) -> Plan<'a> {
        if let Some((start, inner)) = self.comment_open.take() {
            // Never closed: a comment to the end of the plan.
            let end = self.source.len();
            self.comments.push(Comment {
                span: Span::new(start, end),
                inner: Span::new(inner, end),
            });
        }
        self.close();
        while let Some(i) = self.items.pop() {
            self.blocks[i].subtree_end = self.blocks.len();
        }
        // Drop blocks that ended up without text (e.g. an item holding only a sub-list),
        // but keep headings: an empty heading is still a section.
        let blocks = std::mem::take(&mut self.blocks);
        // prefix[i] = how many blocks before old index i are kept.
        let mut prefix = Vec::with_capacity(blocks.len() + 1);
        let mut kept = Vec::with_capacity(blocks.len());
        for b in blocks {
            prefix.push(kept.len());
            if b.norm.end > b.norm.start || matches!(b.kind, BlockKind::Heading(_)) {
                kept.push(b);
            }
        }
        prefix.push(kept.len());
        for b in kept.iter_mut() {
            b.subtree_end = if b.kind == BlockKind::Item {
                prefix[b.subtree_end.min(prefix.len() - 1)]
            } else {
                0
            };
        }
        let norm = self.norm;
        let title = title_span(self.source, self.base, &kept, &norm);
        let mut plan = Plan {
            source: self.source,
            norm,
            blocks: kept,
            sections: Vec::new(),
            fields: Vec::new(),
            front_matter: self.front_matter,
            comments: self.comments,
            title,
        };
        for (i, b) in plan.blocks.iter_mut().enumerate() {
            if b.subtree_end <= i {
                b.subtree_end = i + 1;
            }
        }
        find_fields(&mut plan);
        find_sections(&mut plan);
        plan
    }
}

fn title_span(source: &str, base: usize, blocks: &[Block], norm: &NormText) -> Span {
    if let Some(h) = blocks
        .iter()
        .find(|b| matches!(b.kind, BlockKind::Heading(_)) && !b.norm.is_empty())
    {
        return norm.span(h.norm.start, h.norm.end);
    }
    if let Some(b) = blocks.first() {
        let lines_end = b.line_starts.first().copied().unwrap_or(b.norm.end);
        let end = trim_end(&norm.text, b.norm.start, lines_end);
        return norm.span(b.norm.start, end);
    }
    let end = source[base..]
        .find(['\n', '\r'])
        .map_or(source.len(), |e| base + e);
    Span::new(base, end)
}

/// Key–value lines, bold labels and two-column table rows.
fn find_fields(plan: &mut Plan) {
    let text = &plan.norm.text;
    let mut fields = Vec::new();
    let mut i = 0;
    while i < plan.blocks.len() {
        let b = &plan.blocks[i];
        match b.kind {
            BlockKind::Cell => {
                // Two-column row: key cell followed by value cell in the same row.
                let next_same_row = plan
                    .blocks
                    .get(i + 1)
                    .filter(|n| n.kind == BlockKind::Cell && n.row == b.row);
                let third = plan
                    .blocks
                    .get(i + 2)
                    .filter(|n| n.kind == BlockKind::Cell && n.row == b.row);
                let first_of_row = i == 0
                    || plan.blocks[i - 1].kind != BlockKind::Cell
                    || plan.blocks[i - 1].row != b.row;
                if let (true, Some(v), None) = (first_of_row, next_same_row, third) {
                    let key = strip_colon(text, b.norm.clone());
                    if is_key(&text[key.clone()]) {
                        fields.push(Field {
                            key,
                            value: v.norm.clone(),
                            block: i,
                            bold: false,
                            line_title: false,
                        });
                    }
                    i += 2;
                    continue;
                }
            }
            BlockKind::Heading(_) => {}
            BlockKind::Paragraph | BlockKind::Item => {
                let mut skip_first_line = false;
                if let Some(bold) = b.bold_start.clone() {
                    // `**Label:** value`, `**Label.** value`, `**Vraag?** value`,
                    // `**Label**: value`, or a bold line on its own.
                    let inside = text[bold.clone()].trim_end();
                    let after = &text[bold.end..b.norm.end];
                    let key = if let Some(stripped) = inside.strip_suffix([':', '.', '?']) {
                        Some((bold.start..bold.start + stripped.trim_end().len(), bold.end))
                    } else if after.starts_with(':') || after.starts_with(" :") {
                        Some((
                            bold.start..bold.start + inside.len(),
                            bold.end + after.find(':').unwrap() + 1,
                        ))
                    } else if b.line_starts.first().copied().unwrap_or(b.norm.end) == bold.end
                        // "**1. Aanleiding**" over its text on the next line: a numbered
                        // title (a plain title line may hold no digits, so it is read here).
                        || (inside.starts_with(|c: char| c.is_ascii_digit())
                            && b.line_starts.first().is_some_and(|&l| {
                                l >= bold.end && text[bold.end..l].trim().is_empty()
                            }))
                    {
                        Some((bold.start..bold.start + inside.len(), bold.end))
                    } else {
                        None
                    };
                    if let Some((key, vstart)) = key.filter(|(k, _)| is_label(&text[k.clone()])) {
                        let line_end = b.line_starts.first().copied().unwrap_or(b.norm.end);
                        let mut vs = skip_spaces(text, vstart.min(b.norm.end));
                        // A label alone on its line owns the rest of the block:
                        // "**Wat gaat er mis?**" and the answer on the next lines.
                        let value_end = if vs >= line_end && !b.line_starts.is_empty() {
                            vs = skip_spaces(text, line_end);
                            b.norm.end
                        } else if b.line_starts.is_empty() {
                            b.norm.end
                        } else {
                            line_end
                        };
                        fields.push(Field {
                            key,
                            value: vs..value_end.max(vs),
                            block: i,
                            bold: !b.italic_label,
                            line_title: false,
                        });
                        skip_first_line = true;
                    }
                }
                // A plain line that titles what follows, in an e-mail or a letter typed
                // without Markdown: "Waar het aan ligt" with the text on the next lines, or
                // "Wat we afspreken" above a list.
                // So does a numbered item in capitals alone on its line, as a PDF export
                // writes a heading: "1. AANLEIDING" over its paragraph (not "- AVG").
                let numbered = || {
                    let marker = plan.item_marker(b);
                    marker.len() > 1
                        && marker.ends_with(['.', ')'])
                        && marker[..marker.len() - 1]
                            .bytes()
                            .all(|c| c.is_ascii_digit())
                };
                let caps_item = b.kind == BlockKind::Item
                    && b.line_starts.is_empty()
                    && plan
                        .blocks
                        .get(i + 1)
                        .is_some_and(|n| n.kind == BlockKind::Paragraph)
                    && {
                        let span = plan.norm.span(b.norm.start, b.norm.end);
                        let src = &plan.source[span.range()];
                        src.chars().any(char::is_alphabetic) && !src.chars().any(char::is_lowercase)
                    }
                    && numbered();
                // … and, in a memo typed without Markdown, a numbered title alone in its list
                // ("4. Wat we hebben uitgezocht") over a paragraph or a bulleted list: not a
                // goal in a numbered list, which has items before or after it.
                // (A list numbered from 1 again after it is a list of its own: "5. Wat we
                // van je verwachten" over "1. …", "2. …".)
                let marker = |n: &Block| plan.item_marker(n);
                let title_item = b.kind == BlockKind::Item
                    && b.line_starts.is_empty()
                    && b.subtree_end <= i + 1
                    && (i == 0
                        || plan.blocks[i - 1].kind != BlockKind::Item
                        || matches!(marker(&plan.blocks[i - 1]), "-" | "*" | "+" | "•"))
                    && plan.blocks.get(i + 1).is_some_and(|n| {
                        n.kind == BlockKind::Paragraph
                            || (n.kind == BlockKind::Item
                                && (matches!(marker(n), "-" | "*" | "+" | "•")
                                    || (matches!(marker(n), "1." | "1)")
                                        && !matches!(marker(b), "1." | "1)"))))
                    })
                    && numbered();
                if !skip_first_line && (b.kind == BlockKind::Paragraph || caps_item || title_item) {
                    let first_end = b.line_starts.first().copied().unwrap_or(b.norm.end);
                    let next_is_text = plan
                        .blocks
                        .get(i + 1)
                        .is_some_and(|n| matches!(n.kind, BlockKind::Item | BlockKind::Paragraph));
                    let next_line = b.line_starts.first().map(|&l| l..b.norm.end);
                    let capital = |r: Range<usize>| {
                        let span = plan.norm.span(r.start, r.end);
                        plan.source[span.range()]
                            .trim_start()
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                    };
                    let key = b.norm.start..trim_end(text, b.norm.start, first_end);
                    // (Not a name above its "Handtekening: ….." line.)
                    let titles = match &next_line {
                        Some(rest) => {
                            let second = b.line_starts.get(1).copied().unwrap_or(rest.end);
                            // (A colon that ends the line leads in to a list: "We hebben er
                            // met z'n drieën naar gekeken:".)
                            let line = text[rest.start..second.max(rest.start)].trim_end();
                            capital(rest.clone())
                                && line.find(':').is_none_or(|c| c > 48 || c + 1 == line.len())
                        }
                        None => next_is_text,
                    };
                    // (Nor names set out in columns, "Kevin Wijnands        Esther van Dongen"
                    // over their roles.)
                    let columns = || {
                        let span = plan.norm.span(key.start, key.end);
                        plan.source[span.range()].contains("   ")
                            || plan.source[span.range()].contains('\t')
                    };
                    if titles
                        && line_title(&text[key.clone()])
                        && capital(key.clone())
                        && !columns()
                    {
                        let vs = next_line.map_or(b.norm.end, |r| skip_spaces(text, r.start));
                        // Not bold: a plain title ends no label's stretch ("**Termijnen**\"
                        // under "**Wat we van je verwachten**" stays inside it).
                        fields.push(Field {
                            key,
                            value: vs..b.norm.end.max(vs),
                            block: i,
                            bold: false,
                            line_title: true,
                        });
                    }
                }
                let lines = plan.block_lines(i);
                // In a chat export each message opens with its frame; a message that opens
                // with a plain title ("[30-11-2026 19:43] Marloes: 3. Waar ligt het aan")
                // titles its other lines.
                let framed: Vec<Option<(usize, bool)>> = lines
                    .iter()
                    .map(|l| frame(&text[l.clone()]).map(|(_, end, b)| (l.start + end, b)))
                    .collect();
                let chat = framed.iter().flatten().count() >= 2;
                for (k, line) in lines.iter().enumerate() {
                    let Some((after, bracketed)) = framed[k] else {
                        continue;
                    };
                    let more = framed.get(k + 1).is_some_and(Option::is_none);
                    if !(bracketed || chat) || !more {
                        continue;
                    }
                    let rest = &text[after..line.end];
                    let title = rest.trim_start().trim_start_matches(|c: char| {
                        c.is_ascii_digit() || c == '.' || c == ')' || c == ' '
                    });
                    let start = line.end - title.len();
                    let key = start..trim_end(text, start, line.end);
                    let source_capital = {
                        let span = plan.norm.span(key.start, key.end);
                        plan.source[span.range()]
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                    };
                    if key.is_empty() || !line_title(&text[key.clone()]) || !source_capital {
                        continue;
                    }
                    let value_end = (k + 1..lines.len())
                        .find(|&j| framed[j].is_some())
                        .map_or(b.norm.end, |j| {
                            trim_end(text, lines[j - 1].start, lines[j - 1].end)
                        });
                    let vs = skip_spaces(text, lines[k + 1].start);
                    fields.push(Field {
                        key,
                        value: vs..value_end.max(vs),
                        block: i,
                        bold: false,
                        line_title: true,
                    });
                }
                for line in lines.into_iter().skip(usize::from(skip_first_line)) {
                    let l = &text[line.clone()];
                    let Some(colon) = l.find(':') else { continue };
                    if colon == 0 || colon > 48 {
                        continue;
                    }
                    let key = &l[..colon];
                    if !is_key(key) || l[colon + 1..].starts_with("//") {
                        continue;
                    }
                    let kstart = line.start + (key.len() - key.trim_start().len());
                    let kend = line.start + key.trim_end().len();
                    let vs = skip_spaces(text, line.start + colon + 1).min(line.end);
                    fields.push(Field {
                        key: kstart..kend,
                        value: vs..line.end,
                        block: i,
                        bold: false,
                        line_title: false,
                    });
                }
            }
        }
        i += 1;
    }
    // (A chat message's title is found before the labels on the block's lines.)
    fields.sort_by_key(|f| f.key.start);
    plan.fields = fields;
}

fn skip_spaces(text: &str, mut i: usize) -> usize {
    while i < text.len() && text.as_bytes()[i] == b' ' {
        i += 1;
    }
    i
}

fn strip_colon(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let t = s.trim_end().trim_end_matches(':').trim_end();
    r.start..r.start + t.len()
}

/// A plain line that may title what follows: a few words, no digits, no sentence or
/// salutation punctuation at its end ("Waar het aan ligt", "Wat verwachten we?").
fn line_title(s: &str) -> bool {
    let s = s.trim();
    let words = s.split(' ').filter(|w| !w.is_empty()).count();
    (1..=6).contains(&words)
        && s.len() <= 50
        && !s.contains([':', ',', ';'])
        && !s.chars().any(|c| c.is_ascii_digit())
        && s.chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '?' || c == ')')
}

/// A bold label may be a longer question: "Wat doen wij om je te helpen?".
fn is_label(s: &str) -> bool {
    let s = s.trim();
    let words = s.split(' ').filter(|w| !w.is_empty()).count();
    (1..=10).contains(&words) && s.len() <= 90 && s.chars().any(char::is_alphabetic)
}

/// A plausible label: 1–6 words, starts with a letter or a number, no sentence punctuation.
fn is_key(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > 60 {
        return false;
    }
    let words = s.split(' ').filter(|w| !w.is_empty()).count();
    if words == 0 || words > 6 {
        return false;
    }
    if s.contains(['.', '!', ',', ';', '"']) && !s.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    s.chars().any(char::is_alphabetic) && !s.contains("://") && !leads_in(s)
}

/// A sentence that leads in to a list rather than a label: "De voortgang wordt besproken
/// op:", "Dit zijn de afspraken:" (`rules/sentences.toml`). A label of one or two words
/// ("Datum", "Gesprek met") always stays a label.
fn leads_in(s: &str) -> bool {
    use crate::words::sentences::{LEAD_IN_ENDINGS, LEAD_IN_VERBS, QUESTION_WORDS};
    let ws: Vec<&str> = s
        .split(' ')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    ws.len() >= 3
        && !ws.first().is_some_and(|w| QUESTION_WORDS.contains(w))
        && (ws.last().is_some_and(|w| LEAD_IN_ENDINGS.contains(w))
            || ws.iter().any(|w| LEAD_IN_VERBS.contains(w)))
}

/// Sections from headings (by level) and fields (label + value, with following blocks).
fn find_sections(plan: &mut Plan) {
    let text_len = plan.norm.text.len();
    let mut sections = Vec::new();
    let heading_idx: Vec<usize> = plan
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Heading(_)))
        .map(|(i, _)| i)
        .collect();
    // Headings: the body runs to the next heading of the same or a higher level.
    let mut stack: Vec<(u8, usize)> = Vec::new(); // (level, section index)
    for &hi in &heading_idx {
        let BlockKind::Heading(level) = plan.blocks[hi].kind else {
            continue;
        };
        let start = plan.blocks[hi].norm.start;
        while let Some(&(l, s)) = stack.last() {
            if l >= level {
                let body: &mut Section = &mut sections[s];
                body.body.end = start.max(body.body.start);
                stack.pop();
            } else {
                break;
            }
        }
        let b = &plan.blocks[hi];
        let title = b.norm.clone();
        sections.push(Section {
            origin: SectionOrigin::Heading(level),
            title: title.clone(),
            title_span: plan.norm.span(title.start, title.end),
            body: b.norm.end..text_len,
            block: hi,
        });
        stack.push((level, sections.len() - 1));
    }
    // Fields.
    let next_heading_after = |i: usize| -> usize {
        let p = heading_idx.partition_point(|&h| h <= i);
        heading_idx
            .get(p)
            .map_or(text_len, |&h| plan.blocks[h].norm.start)
    };
    // (block, rank of the labelled stretch it starts): a bold label 2, an empty "Label:" line
    // 1, a filled key–value line 0 (it starts none). A stretch runs to the next label of its
    // own rank or higher: "Voor akkoord:" inside "**8. Handtekeningen**" does not end it.
    let field_blocks: Vec<(usize, u8)> = plan
        .fields
        .iter()
        .map(|f| {
            (
                f.block,
                if f.bold {
                    2
                } else {
                    u8::from(f.value.is_empty())
                },
            )
        })
        .collect();
    // A form of questions and answers ("Vraag: Waarom dit plan?" / "Antwoord: …"): the
    // question is the section's title, and its body runs to the next question.
    let is_question = |f: &Field| {
        let key = plan.norm.text[f.key.clone()].trim_matches(|c: char| !c.is_alphanumeric());
        crate::words::sentences::QUESTION_KEYS.contains(&key) && !f.value.is_empty()
    };
    for (fi, f) in plan.fields.iter().enumerate() {
        if !is_question(f) {
            continue;
        }
        let next = plan.fields[fi + 1..]
            .iter()
            .find(|g| is_question(g))
            .map_or(text_len, |g| plan.blocks[g.block].norm.start);
        let stop = next.min(next_heading_after(f.block));
        let last = plan.blocks.partition_point(|x| x.norm.end <= stop);
        let end = if last > 0 {
            plan.blocks[last - 1].norm.end.min(stop).max(f.value.end)
        } else {
            f.value.end
        };
        sections.push(Section {
            origin: SectionOrigin::Field,
            title: f.value.clone(),
            title_span: plan.norm.span(f.value.start, f.value.end),
            body: f.value.end..end,
            block: f.block,
        });
    }
    for (fi, f) in plan.fields.iter().enumerate() {
        if is_question(f) {
            continue;
        }
        let b = &plan.blocks[f.block];
        // line_starts is sorted: the last one decides.
        let is_last_line = b.line_starts.last().is_none_or(|&l| l <= f.key.start);
        let mut end = f.value.end;
        if f.line_title {
            // Alone on its line: the list or the paragraph after it.
            if f.value.is_empty() {
                let next = f.block + 1;
                // (Up to the next title: "5. Wat we van je verwachten" after the bullets
                // under "4. Wat we hebben uitgezocht".)
                let titled = |x: usize| {
                    let k = plan.fields.partition_point(|g| g.block < x);
                    plan.fields
                        .get(k)
                        .is_some_and(|g| g.block == x && g.line_title)
                };
                let last = match plan.blocks.get(next).map(|n| n.kind) {
                    Some(BlockKind::Item) => (next..plan.blocks.len())
                        .take_while(|&x| plan.blocks[x].kind == BlockKind::Item && !titled(x))
                        .count()
                        .saturating_sub(1),
                    _ => 0,
                };
                if let Some(x) = plan.blocks.get(next + last) {
                    end = x.norm.end.min(next_heading_after(f.block)).max(f.value.end);
                }
            }
        } else if is_last_line {
            // A Word export writes a heading as a numbered item holding only a bold label
            // ("2.  **Doelen**"), with the text in the paragraphs after the list.
            let label_item = b.kind == BlockKind::Item
                && f.bold
                && f.value.is_empty()
                && b.subtree_end <= f.block + 1;
            if b.kind == BlockKind::Item && !label_item {
                // The value plus the item's nested list.
                let last = b.subtree_end.saturating_sub(1).max(f.block);
                end = end.max(plan.blocks[last].norm.end);
            } else if (b.kind == BlockKind::Paragraph || label_item)
                && (f.bold || f.value.is_empty())
            {
                // A label paragraph owns what follows up to the next heading or label.
                // List items after a label are its content; the next label or
                // key-value paragraph ends it.
                let rank = field_blocks[fi].1;
                // Under a Word-export label item, the next label on its own ends it, not a
                // paragraph or bullet that opens with a bold label and goes on ("**Fouten.**
                // In januari …", "- **Instructie.** De heer …").
                let alone = |x: usize, g: &Field| {
                    g.value.is_empty()
                        || plan.blocks[x]
                            .line_starts
                            .iter()
                            .any(|&l| l > g.key.end && l <= g.value.start)
                };
                let next_field_block = field_blocks[fi + 1..]
                    .iter()
                    .copied()
                    .zip(&plan.fields[fi + 1..])
                    .find(|&((x, r), g)| {
                        x > f.block
                            && r > 0
                            && r >= rank
                            && if label_item {
                                alone(x, g)
                            } else if f.bold && f.value.is_empty() {
                                // A bold title alone on its line ("**Gevolgen**") owns the
                                // paragraphs that open with a label and go on ("**Geslaagd:**
                                // we sluiten het plan af."); a label alone ends it.
                                plan.blocks[x].kind != BlockKind::Item && alone(x, g)
                            } else {
                                plan.blocks[x].kind != BlockKind::Item
                            }
                    })
                    .map(|(x, _)| x);
                let stop = next_field_block.map_or(text_len, |(x, _)| plan.blocks[x].norm.start);
                let stop = stop.min(next_heading_after(f.block));
                // Trim to the end of the last block before `stop`.
                let last = plan.blocks.partition_point(|x| x.norm.end <= stop);
                if last > 0 {
                    end = end.max(plan.blocks[last - 1].norm.end.min(stop));
                }
            }
        }
        sections.push(Section {
            origin: SectionOrigin::Field,
            title: f.key.clone(),
            title_span: plan.norm.span(f.key.start, f.key.end),
            body: f.value.start..end.max(f.value.start),
            block: f.block,
        });
    }
    sections.sort_by_key(|s| (s.title.start, s.title.end));
    plan.sections = sections;
}

/// The frame a chat export puts before each message, at the start of `line` (after any
/// quote marks): "[04-02-2027 16:44] Patrick Vos (Operationeel manager): " or, as WhatsApp
/// on Android writes it, "30-11-2026 17:04 - Marloes Veenstra: ". Returns where the stamp
/// lies, where the frame ends, and whether the stamp was in brackets.
/// (Looked at only in the first bytes: a frame is short.)
fn frame(line: &str) -> Option<(Range<usize>, usize, bool)> {
    let s = &line[..crate::span::floor_char_boundary(line, line.len().min(128))];
    let lead = s.len()
        - s.trim_start_matches(|c: char| c == '>' || c.is_whitespace())
            .len();
    let s = &s[lead..];
    let bracketed = s.starts_with('[');
    let (stamp, after) = if let Some(rest) = s.strip_prefix('[') {
        let close = rest.find(']')?;
        (1..1 + close, 2 + close)
    } else {
        // Without brackets the stamp must open with a date ("30-11-2026 17:04"), so a
        // schedule line ("09:00 - Opening: …") is no message.
        let dash = s.find(" - ")?;
        let date = s.split(' ').next().unwrap_or("");
        let numbers = date
            .split(['-', '/', '.'])
            .filter(|n| !n.is_empty())
            .count();
        if numbers != 3
            || !date
                .bytes()
                .all(|b| b.is_ascii_digit() || b"-/.".contains(&b))
        {
            return None;
        }
        (0..dash, dash + 3)
    };
    if !chat_stamp(&s[stamp.clone()]) {
        return None;
    }
    // The sender: a name or a number ("Marloes Veenstra", "+31 6 1234"), then ": " or the
    // end of the line.
    let sender = &s[after..];
    let colon = sender.find(':').filter(|&c| c < 80)?;
    let name = sender[..colon].trim();
    let opens = name
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '+');
    let then = sender[colon + 1..].chars().next();
    if name.contains('\n') || !opens || then.is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    Some((
        lead + stamp.start..lead + stamp.end,
        lead + after + colon + 1,
        bracketed,
    ))
}

/// The chat frame at the start of the line at `line_start` in `text` (the source, where
/// each message has its own line): where its stamp lies and where the frame ends. A stamp
/// without brackets counts only beside another message (a line or two away): one dated line
/// ("15-01-2027 14:00 - Tussenevaluatie: …") is a schedule, not a chat. (Two such lines in
/// a row still read as a chat.)
pub fn chat_frame_at(text: &str, line_start: usize) -> Option<(Range<usize>, usize)> {
    const NEAR: usize = 3;
    // (Within a few hundred bytes either way: a long line or a run of blank lines stays
    // cheap, and a frame is short.)
    const REACH: usize = 512;
    let cap = crate::span::floor_char_boundary(text, (line_start + REACH).min(text.len()));
    let end = text[line_start..cap]
        .find('\n')
        .map_or(cap, |e| line_start + e);
    let (stamp, frame_end, bracketed) = frame(&text[line_start..end])?;
    let blank = |l: &str| {
        l.trim_matches(|c: char| c == '>' || c.is_whitespace())
            .is_empty()
    };
    let other = |l: &str| !blank(l) && frame(l).is_some_and(|(_, _, b)| !b);
    let from = crate::span::floor_char_boundary(text, line_start.saturating_sub(REACH));
    let to = crate::span::floor_char_boundary(text, (end + REACH).min(text.len()));
    let before = text[from..line_start]
        .rsplit('\n')
        .skip(1)
        .filter(|l| !blank(l))
        .take(NEAR)
        .any(other);
    let after = || {
        text[end..to.max(end)]
            .split('\n')
            .skip(1)
            .filter(|l| !blank(l))
            .take(NEAR)
            .any(other)
    };
    (bracketed || before || after()).then_some((stamp, frame_end))
}

/// True when `s` is a chat export's frame and its sender, and nothing after them yet.
fn chat_frame(s: &str) -> bool {
    frame(s).is_some_and(|(_, end, _)| s[end..].trim().is_empty())
}

/// True when the line at `line_start` in `text` opens with a chat export's frame and its
/// sender ("[22-01-2027 14:10] Mark Verbeek: <Media weggelaten>"): what follows is a message
/// as it was sent, not a template to fill in.
pub fn in_chat_message(text: &str, line_start: usize) -> bool {
    chat_frame_at(text, line_start).is_some()
}

/// The time a chat message was sent, as a chat export writes it between brackets:
/// "04-02-2027 16:44" (digits, date separators and a time's colon).
pub fn chat_stamp(inner: &str) -> bool {
    inner.len() <= 24
        && inner.contains(':')
        && inner.bytes().any(|b| b.is_ascii_digit())
        && inner
            .bytes()
            .all(|b| b.is_ascii_digit() || b" -/.:,".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_labels_and_fields_become_sections() {
        let src = "# Verbeterplan\n\nNaam: Tom\nEinddatum: 1 september 2025\n\n## 3. Ondersteuning\n\n- coaching\n- training\n\n**Gevolgen:** ontslag\n";
        let plan = Plan::parse(src);
        let titles: Vec<&str> = plan
            .sections
            .iter()
            .map(|s| plan.text(s.title.clone()))
            .collect();
        assert_eq!(
            titles,
            [
                "verbeterplan",
                "naam",
                "einddatum",
                "3. ondersteuning",
                "gevolgen"
            ]
        );
        let support = &plan.sections[3];
        assert!(plan.text(support.body.clone()).contains("coaching"));
        assert_eq!(&src[plan.title.range()], "Verbeterplan");
        let einde = &plan.sections[2];
        assert_eq!(plan.text(einde.body.clone()), "1 september 2025");
    }

    #[test]
    fn code_is_invisible_and_html_placeholders_visible() {
        let src = "Doel: `proactief` zijn\n\n```\nproactief\n```\n\nBeste <naam medewerker>, <!-- vt-lint-disable -->\n";
        let plan = Plan::parse(src);
        assert!(!plan.norm.text.contains("proactief"));
        assert!(plan.norm.text.contains("<naam medewerker>"));
        assert_eq!(plan.comments.len(), 1);
        assert!(!plan.norm.text.contains("vt-lint"));
    }

    #[test]
    fn bom_crlf_and_front_matter() {
        let src = "\u{FEFF}---\r\nmedewerker: Tom\r\neinddatum: 2026-05-01\r\n---\r\n# Plan\r\n\r\nTekst\r\n";
        let plan = Plan::parse(src);
        assert_eq!(&src[plan.title.range()], "Plan");
        let f = plan.front("einddatum").unwrap();
        assert_eq!(&src[f.value_span.range()], "2026-05-01");
    }

    #[test]
    fn nested_items_belong_to_their_parent_field() {
        let src = "- Salesquota:\n  - Verwachting: 80%\n  - Huidig: 60%\n- Klantbehoud\n";
        let plan = Plan::parse(src);
        let s = plan
            .sections
            .iter()
            .find(|s| plan.text(s.title.clone()) == "salesquota")
            .unwrap();
        let body = plan.text(s.body.clone());
        assert!(
            body.contains("80%") && body.contains("60%") && !body.contains("klantbehoud"),
            "{body:?}"
        );
    }

    #[test]
    fn table_rows_are_fields() {
        let src = "| Onderdeel | Afspraak |\n|---|---|\n| Startdatum | 2 maart 2026 |\n";
        let plan = Plan::parse(src);
        let keys: Vec<&str> = plan
            .fields
            .iter()
            .map(|f| plan.text(f.key.clone()))
            .collect();
        assert_eq!(keys, ["onderdeel", "startdatum"]);
    }

    #[test]
    fn bold_label_ending_in_a_control_character_stays_inside_its_block() {
        // Found by cargo fuzz: the bold run kept the trailing space the block lost.
        for src in ["**Doelen\u{1a}**\n", "**Doelen\u{1a}**", "**\u{1a}**\n\nx"] {
            let plan = Plan::parse(src);
            for b in &plan.blocks {
                if let Some(bold) = &b.bold_start {
                    assert!(bold.end <= b.norm.end, "{src:?}");
                }
            }
        }
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let src = "> ".repeat(10_000) + "x\n" + &"- ".repeat(10_000) + "y\n";
        let plan = Plan::parse(&src);
        assert!(plan.norm.text.contains('x'));
    }
}
