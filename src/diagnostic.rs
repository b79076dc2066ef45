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
    /// The tool's own words, in Dutch and in English (the same text for punctuation, codes and
    /// numbers).
    Own {
        nl: Cow<'static, str>,
        en: Cow<'static, str>,
    },
    /// Text from the plan, or derived from it (a date written another way, a term's own
    /// explanation). Words quoted from the plan are the same in both languages (`en` is
    /// `None`); derived text may be written per language. `instead` is what `--no-snippets`
    /// shows in its place, (Dutch, English).
    Plan {
        text: String,
        en: Option<Box<str>>,
        instead: &'static (&'static str, &'static str),
    },
}

/// Message, help and label text, in both languages: a rule builds one message and the
/// renderer picks the language ([`Text::render`]). Every word that comes from the plan is a
/// separate piece, so `--no-snippets` can take all of them out in one place
/// ([`Text::redacted`]) and no renderer has to guess which words were the plan's.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Text(Vec<Piece>);

/// What `--no-snippets` shows for a quote.
static ELLIPSIS: (&str, &str) = ("…", "…");

impl Text {
    pub fn new() -> Text {
        Text(Vec::new())
    }

    /// The tool's own words, in Dutch and English. A fixed text, or one built only from rule
    /// codes, numbers and the tool's vocabulary — never from the plan's words. Counts the tool
    /// works out (a period of 53 days, a sentence of 31 words) and the weekday a date falls on
    /// count as its own words: they name nothing in the plan. A date written out again does
    /// not: that is [`Text::plan_each`].
    pub fn say(nl: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Text {
        Text::new().and_say(nl, en)
    }

    /// Append the tool's own words, in Dutch and English.
    pub fn and_say(
        mut self,
        nl: impl Into<Cow<'static, str>>,
        en: impl Into<Cow<'static, str>>,
    ) -> Text {
        let (nl, en) = (nl.into(), en.into());
        if !nl.is_empty() || !en.is_empty() {
            self.0.push(Piece::Own { nl, en });
        }
        self
    }

    /// Append the tool's own words that are the same in both languages (punctuation).
    pub fn and(self, s: impl Into<Cow<'static, str>>) -> Text {
        let s = s.into();
        self.and_say(s.clone(), s)
    }

    /// Append words from the plan; `--no-snippets` shows "…" instead. A quote longer than
    /// [`MAX_QUOTE`] characters is cut, so a message stays one readable line.
    pub fn plan(self, s: impl Into<String>) -> Text {
        let mut text = s.into();
        if let Some((cut, _)) = text.char_indices().nth(MAX_QUOTE) {
            text.truncate(cut);
            text.push('…');
        }
        self.push_plan(text, None, &ELLIPSIS)
    }

    /// Append words from the plan between double quotes.
    pub fn quoted(self, s: impl Into<String>) -> Text {
        self.and("\"").plan(s).and("\"")
    }

    /// Append text derived from the plan (a term's own explanation), shown as `instead`,
    /// (Dutch, English), under `--no-snippets`.
    pub fn plan_or(
        self,
        text: impl Into<String>,
        instead: &'static (&'static str, &'static str),
    ) -> Text {
        self.push_plan(text.into(), None, instead)
    }

    /// Append text derived from the plan and written per language (a date written out:
    /// "1 september 2026", "1 September 2026"); `--no-snippets` shows "…".
    pub fn plan_each(self, nl: impl Into<String>, en: impl Into<String>) -> Text {
        self.plan_each_or(nl, en, &ELLIPSIS)
    }

    /// [`Text::plan_each`], shown as `instead`, (Dutch, English), under `--no-snippets`.
    pub fn plan_each_or(
        self,
        nl: impl Into<String>,
        en: impl Into<String>,
        instead: &'static (&'static str, &'static str),
    ) -> Text {
        let (nl, en) = (nl.into(), en.into());
        let en = (en != nl).then(|| en.into_boxed_str());
        self.push_plan(nl, en, instead)
    }

    fn push_plan(
        mut self,
        text: String,
        en: Option<Box<str>>,
        instead: &'static (&'static str, &'static str),
    ) -> Text {
        self.0.push(Piece::Plan { text, en, instead });
        self
    }

    /// Append another text.
    pub fn then(mut self, other: Text) -> Text {
        self.0.extend(other.0);
        self
    }

    /// The text in one language: Dutch, or English with `en`.
    pub fn render(&self, en: bool) -> String {
        let mut out = String::new();
        for p in &self.0 {
            out.push_str(match p {
                Piece::Own { nl, en: e } => {
                    if en {
                        e
                    } else {
                        nl
                    }
                }
                Piece::Plan { text, en: e, .. } => match (en, e) {
                    (true, Some(e)) => e,
                    _ => text.as_str(),
                },
            });
        }
        out
    }

    /// The same text with every piece from the plan replaced (in both languages).
    pub fn redacted(&self) -> Text {
        Text(
            self.0
                .iter()
                .map(|p| match p {
                    Piece::Plan { instead, .. } => Piece::Own {
                        nl: Cow::Borrowed(instead.0),
                        en: Cow::Borrowed(instead.1),
                    },
                    own => own.clone(),
                })
                .collect(),
        )
    }

    /// True when some piece came from the plan.
    pub fn has_plan_text(&self) -> bool {
        self.0.iter().any(|p| matches!(p, Piece::Plan { .. }))
    }

    /// True when the text says nothing, in either language.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|p| match p {
            Piece::Own { nl, en } => nl.is_empty() && en.is_empty(),
            Piece::Plan { text, en, .. } => {
                text.is_empty() && en.as_ref().is_none_or(|e| e.is_empty())
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_text_in_two_languages() {
        let t = Text::say("de einddatum (", "the end date (")
            .plan_each("1 september 2026", "1 September 2026")
            .and_say(") ligt niet na ", ") is not after ")
            .quoted("2 maart");
        assert_eq!(
            t.render(false),
            "de einddatum (1 september 2026) ligt niet na \"2 maart\""
        );
        assert_eq!(
            t.render(true),
            "the end date (1 September 2026) is not after \"2 maart\""
        );
        let r = t.redacted();
        assert!(!r.has_plan_text());
        assert_eq!(r.render(false), "de einddatum (…) ligt niet na \"…\"");
        assert_eq!(r.render(true), "the end date (…) is not after \"…\"");
    }

    #[test]
    fn derived_text_has_its_own_stand_in_per_language() {
        let t = Text::new().plan_or("'burn-out' is een diagnose", &("algemeen advies", "advice"));
        assert_eq!(t.render(true), "'burn-out' is een diagnose");
        assert_eq!(t.redacted().render(false), "algemeen advies");
        assert_eq!(t.redacted().render(true), "advice");
        assert!(Text::say("", "").is_empty() && Text::new().plan("").is_empty());
        assert!(!Text::say("", "only in English").is_empty());
    }
}
