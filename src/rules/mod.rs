//! The rule registry: one table, sorted by code. Each rule's file holds its metadata, its
//! explanation (what `vt-lint explain` shows), and its check.

use crate::analysis::lexicon::Engine;
use crate::analysis::Analysis;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Label, Severity, Text};
use crate::plan::Plan;
use crate::span::Span;

/// A rule's explanation, (Dutch, English), from `rules/docs/<code>.nl.md` and `.en.md`,
/// included at build time.
macro_rules! docs {
    ($code:literal) => {
        (
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/rules/docs/",
                $code,
                ".nl.md"
            )),
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/rules/docs/",
                $code,
                ".en.md"
            )),
        )
    };
}

/// Declare a rule's `Meta`: `rule_meta!(IDENT, "VT101", "name", Error, summary nl, summary en)`;
/// the explanation comes from `rules/docs/`.
macro_rules! rule_meta {
    ($ident:ident, $code:literal, $name:literal, $sev:ident, $sum_nl:literal, $sum_en:literal) => {
        pub static $ident: $crate::rules::Meta = $crate::rules::Meta {
            code: $code,
            name: $name,
            severity: $crate::diagnostic::Severity::$sev,
            summary: ($sum_nl, $sum_en),
            explanation: docs!($code),
        };
    };
}

pub mod absolute_claim;
pub mod bsn;
pub mod character_judgement;
pub mod empty_section;
pub mod health_data;
pub mod long_sentence;
pub mod missing_parts;
pub mod mixed_address;
pub mod noncommittal_support;
pub mod placeholder;
pub mod suppression;
pub mod target_period;
pub mod timeline_rules;
pub mod unmeasurable_goal;
pub mod vague_deadline;
pub mod vague_term;
pub mod wording;

/// A rule's public contract and documentation.
#[derive(Debug)]
pub struct Meta {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// One line: (Dutch, English).
    pub summary: (&'static str, &'static str),
    /// What it checks, why, a bad and a good example: (Dutch, English), Markdown, from
    /// `rules/docs/`. Use [`Meta::explain`], which drops the file's closing newline.
    pub explanation: (&'static str, &'static str),
}

impl Meta {
    /// The explanation in one language.
    pub fn explain(&self, en: bool) -> &'static str {
        if en {
            self.explanation.1.trim_end()
        } else {
            self.explanation.0.trim_end()
        }
    }
}

/// Everything a check may look at, and where it reports.
pub struct Cx<'a> {
    pub plan: &'a Plan<'a>,
    pub a: &'a Analysis,
    pub config: &'a Config,
    pub engine: &'a Engine,
    pub en: bool,
    pub out: Vec<Diagnostic>,
    /// The goals and what measures them, for VT202 and VT201 (`unmeasurable_goal::unmeasured`).
    pub goals: std::cell::OnceCell<Vec<unmeasurable_goal::Goal>>,
}

impl Cx<'_> {
    /// Pick the message language.
    pub fn t<'s>(&self, nl: &'s str, en: &'s str) -> &'s str {
        if self.en {
            en
        } else {
            nl
        }
    }

    pub fn enabled(&self, meta: &Meta) -> bool {
        self.config.severity(meta.code, meta.severity).is_some()
    }

    pub fn emit(
        &mut self,
        meta: &'static Meta,
        span: Span,
        message: impl Into<Text>,
        help: impl Into<Text>,
    ) {
        self.emit_with(meta, span, message, help, Vec::new());
    }

    pub fn emit_with(
        &mut self,
        meta: &'static Meta,
        span: Span,
        message: impl Into<Text>,
        help: impl Into<Text>,
        labels: Vec<Label>,
    ) {
        if let Some(severity) = self.config.severity(meta.code, meta.severity) {
            self.out.push(Diagnostic {
                code: meta.code,
                name: meta.name,
                severity,
                message: message.into(),
                help: help.into(),
                span,
                labels,
            });
        }
    }
}

pub type Check = fn(&mut Cx);

/// Every rule, sorted by code.
pub static RULES: &[&Meta] = &[
    &suppression::UNUSED_SUPPRESSION,
    &suppression::UNKNOWN_RULE,
    &missing_parts::MISSING_PROBLEM,
    &missing_parts::MISSING_GOALS,
    &missing_parts::MISSING_SUCCESS_CRITERIA,
    &missing_parts::MISSING_SUPPORT,
    &missing_parts::MISSING_PERIOD,
    &missing_parts::MISSING_EVALUATIONS,
    &missing_parts::MISSING_CONSEQUENCES,
    &missing_parts::MISSING_POSITIVE_OUTCOME,
    &missing_parts::MISSING_HISTORY,
    &missing_parts::MISSING_SIGNATURES,
    &empty_section::META,
    &missing_parts::MISSING_CAUSE_ANALYSIS,
    &missing_parts::MISSING_PARTICIPANTS,
    &missing_parts::MISSING_WRITTEN_RECORD,
    &vague_term::META,
    &unmeasurable_goal::META,
    &vague_deadline::META,
    &character_judgement::META,
    &absolute_claim::META,
    &noncommittal_support::META,
    &timeline_rules::INVALID_DATE,
    &timeline_rules::END_BEFORE_START,
    &timeline_rules::DATE_OUTSIDE_PERIOD,
    &timeline_rules::PERIOD_TOO_SHORT,
    &timeline_rules::NO_INTERIM_EVALUATION,
    &timeline_rules::WEEKDAY_MISMATCH,
    &timeline_rules::DATE_IN_PAST,
    &target_period::TARGET_OUTSIDE_PERIOD,
    &target_period::ABSOLUTE_TARGET,
    &mixed_address::META,
    &placeholder::META,
    &long_sentence::META,
    &health_data::META,
    &bsn::META,
];

/// The checks, each reporting one or more of the rules above.
pub static CHECKS: &[Check] = &[
    missing_parts::check,
    empty_section::check,
    vague_term::check,
    vague_term::check_constructions,
    unmeasurable_goal::check,
    vague_deadline::check,
    character_judgement::check,
    character_judgement::check_constructions,
    absolute_claim::check,
    noncommittal_support::check,
    timeline_rules::check_dates,
    timeline_rules::check_timeline,
    target_period::check,
    mixed_address::check,
    placeholder::check,
    long_sentence::check,
    health_data::check,
    health_data::check_front_matter,
    bsn::check,
];

/// Find a rule by code or name (case-insensitive).
pub fn lookup(code_or_name: &str) -> Option<&'static Meta> {
    let q = code_or_name.trim();
    RULES
        .iter()
        .copied()
        .find(|m| m.code.eq_ignore_ascii_case(q) || m.name.eq_ignore_ascii_case(q))
}

/// Levenshtein distance, for "did you mean".
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_sorted_and_unique() {
        for w in RULES.windows(2) {
            assert!(w[0].code < w[1].code, "{} before {}", w[0].code, w[1].code);
        }
        let mut names: Vec<_> = RULES.iter().map(|m| m.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
    }

    #[test]
    fn every_rule_is_explained_in_both_languages() {
        for m in RULES {
            for text in [m.explanation.0, m.explanation.1] {
                assert!(text.len() > 200, "{} needs a real explanation", m.code);
            }
            assert!(
                m.explanation.0.contains("Fout") || m.explanation.0.contains("Niet zo"),
                "{}: Dutch bad example",
                m.code
            );
            assert!(
                m.explanation.1.contains("Bad"),
                "{}: English bad example",
                m.code
            );
        }
    }

    #[test]
    fn lookup_takes_codes_and_names() {
        assert_eq!(lookup("missing-support").unwrap().code, "VT104");
        assert_eq!(lookup("vt104").unwrap().name, "missing-support");
        assert!(lookup("VT1O4").is_none());
    }
}
