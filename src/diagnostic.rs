//! What a rule reports.

use crate::rules::Rule;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// A secondary location, e.g. the start date when the end date is before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    pub message: Text,
    pub help: Text,
    pub span: Span,
    pub labels: Vec<Label>,
}

impl Diagnostic {
    /// The rule's code ("VT201"), as every output format writes it.
    pub fn code(&self) -> &'static str {
        self.rule.code()
    }

    /// The rule's name ("vague-term").
    pub fn name(&self) -> &'static str {
        self.rule.name()
    }

    /// By place, then by rule (the rules sort as their codes do).
    pub fn sort_key(&self) -> (usize, Rule, usize) {
        (self.span.start, self.rule, self.span.end)
    }
}

/// Characters of plan text a message quotes at most.
pub const MAX_QUOTE: usize = 200;

/// One piece of a message: the tool's own words, or words taken from the plan.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Piece {
    Own(Cow<'static, str>),
    /// Text from the plan, or derived from it (a date written another way, a term's own
    /// explanation). `instead` is what `--no-snippets` shows in its place.
    Plan {
        text: String,
        instead: &'static str,
    },
}

/// Message, help and label text. Every word that comes from the plan is a separate piece,
/// so `--no-snippets` can take all of them out in one place ([`Text::redacted`]) and no
/// renderer has to guess which words were the plan's.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Text(Vec<Piece>);

impl Text {
    pub fn new() -> Text {
        Text(Vec::new())
    }

    /// The tool's own words: a fixed text, or one built only from rule codes, numbers and
    /// the tool's vocabulary — never from the plan's words. Counts the tool works out (a
    /// period of 53 days, a sentence of 31 words) and the weekday a date falls on count as its
    /// own words: they name nothing in the plan. A date written out again does not: that is
    /// [`Text::plan`].
    pub fn own(s: impl Into<Cow<'static, str>>) -> Text {
        Text::new().and(s)
    }

    /// Append the tool's own words.
    pub fn and(mut self, s: impl Into<Cow<'static, str>>) -> Text {
        let s = s.into();
        if !s.is_empty() {
            self.0.push(Piece::Own(s));
        }
        self
    }

    /// Append words from the plan; `--no-snippets` shows "…" instead. A quote longer than
    /// [`MAX_QUOTE`] characters is cut, so a message stays one readable line.
    pub fn plan(self, s: impl Into<String>) -> Text {
        let mut text = s.into();
        if let Some((cut, _)) = text.char_indices().nth(MAX_QUOTE) {
            text.truncate(cut);
            text.push('…');
        }
        self.plan_or(text, "…")
    }

    /// Append words from the plan between double quotes.
    pub fn quoted(self, s: impl Into<String>) -> Text {
        self.and("\"").plan(s).and("\"")
    }

    /// Append text derived from the plan (a date written out, a term's own explanation),
    /// shown as `instead` under `--no-snippets`.
    pub fn plan_or(mut self, text: impl Into<String>, instead: &'static str) -> Text {
        self.0.push(Piece::Plan {
            text: text.into(),
            instead,
        });
        self
    }

    /// Append another text.
    pub fn then(mut self, other: Text) -> Text {
        self.0.extend(other.0);
        self
    }

    /// The same text with every piece from the plan replaced.
    pub fn redacted(&self) -> Text {
        Text(
            self.0
                .iter()
                .map(|p| match p {
                    Piece::Plan { instead, .. } => Piece::Own(Cow::Borrowed(*instead)),
                    own => own.clone(),
                })
                .collect(),
        )
    }

    /// True when some piece came from the plan.
    pub fn has_plan_text(&self) -> bool {
        self.0.iter().any(|p| matches!(p, Piece::Plan { .. }))
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|p| match p {
            Piece::Own(s) => s.is_empty(),
            Piece::Plan { text, .. } => text.is_empty(),
        })
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for p in &self.0 {
            match p {
                Piece::Own(s) => f.write_str(s)?,
                Piece::Plan { text, .. } => f.write_str(text)?,
            }
        }
        Ok(())
    }
}

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Text {
        Text::own(s)
    }
}
