//! The rule registry: one table, sorted by code, one row per rule (see [`registry!`]). Each
//! rule's file holds its metadata (a [`Meta`]) and its check; its explanation (what
//! `vt-lint explain` shows) is in `rules/docs/`.

use crate::analysis::lexicon::Engine;
use crate::analysis::Analysis;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Label, Severity, Text};
use crate::plan::Plan;
use crate::span::Span;

/// Declare a rule's `Meta`: `rule_meta!(IDENT, Variant, summary nl, summary en)`. Code, name,
/// default severity and explanation come from the rule's row in the registry below.
macro_rules! rule_meta {
    ($ident:ident, $rule:ident, $sum_nl:literal, $sum_en:literal $(,)?) => {
        pub static $ident: $crate::rules::Meta = $crate::rules::Meta {
            rule: $crate::rules::Rule::$rule,
            code: $crate::rules::Rule::$rule.code(),
            name: $crate::rules::Rule::$rule.name(),
            severity: $crate::rules::Rule::$rule.default_severity(),
            summary: ($sum_nl, $sum_en),
            explanation: $crate::rules::Rule::$rule.explanation(),
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
    pub rule: Rule,
    /// The rule's code, name and default severity, from its row in the registry.
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

/// Everything a check may look at, and where it reports. A check does not know the output
/// language: each message it builds holds both (see [`Text`]), and the renderer picks one.
pub struct Cx<'a> {
    pub plan: &'a Plan<'a>,
    pub a: &'a Analysis,
    pub config: &'a Config,
    pub engine: &'a Engine,
    pub out: Vec<Diagnostic>,
    /// The goals and what measures them, for VT202 and VT201 (`unmeasurable_goal::unmeasured`).
    pub goals: std::cell::OnceCell<Vec<unmeasurable_goal::Goal>>,
}

impl Cx<'_> {
    pub fn enabled(&self, meta: &Meta) -> bool {
        self.config.severity(meta.rule).is_some()
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
        if let Some(severity) = self.config.severity(meta.rule) {
            self.out.push(Diagnostic {
                rule: meta.rule,
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

/// The registry: one row per rule, sorted by code —
/// `Variant = "CODE", "kebab-name", DefaultSeverity, its Meta static => its checks;`.
/// A check that reports several rules is listed at the first of them; the checks run in the
/// order they are listed. From the table come [`Rule`], [`RULES`] and [`CHECKS`]; the
/// explanation is read from `rules/docs/<CODE>.nl.md` and `.en.md` at build time.
macro_rules! registry {
    ($(
        $rule:ident = $code:literal, $name:literal, $sev:ident, $meta:path
        $(=> $($check:path),+)?;
    )*) => {
        /// A rule, by its row in the registry. Ordered as the codes are.
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $(
                #[doc = concat!($code, " ", $name)]
                $rule,
            )*
        }

        impl Rule {
            /// Every rule, sorted by code.
            pub const ALL: &'static [Rule] = &[$(Rule::$rule),*];

            /// "VT201".
            pub const fn code(self) -> &'static str {
                match self {
                    $(Rule::$rule => $code,)*
                }
            }

            /// "vague-term".
            pub const fn name(self) -> &'static str {
                match self {
                    $(Rule::$rule => $name,)*
                }
            }

            /// The severity it reports at unless the config says otherwise.
            pub const fn default_severity(self) -> Severity {
                match self {
                    $(Rule::$rule => Severity::$sev,)*
                }
            }

            /// Its explanation, (Dutch, English), from `rules/docs/`.
            pub const fn explanation(self) -> (&'static str, &'static str) {
                match self {
                    $(Rule::$rule => (
                        include_str!(concat!(
                            env!("CARGO_MANIFEST_DIR"), "/rules/docs/", $code, ".nl.md"
                        )),
                        include_str!(concat!(
                            env!("CARGO_MANIFEST_DIR"), "/rules/docs/", $code, ".en.md"
                        )),
                    ),)*
                }
            }

            /// Its metadata and documentation.
            pub fn meta(self) -> &'static Meta {
                match self {
                    $(Rule::$rule => &$meta,)*
                }
            }
        }

        /// Every rule's metadata, sorted by code.
        pub static RULES: &[&Meta] = &[$(&$meta),*];

        /// The checks, each reporting one or more of the rules, in the order they run.
        pub static CHECKS: &[Check] = &[$($($($check,)+)?)*];
    };
}

registry! {
    UnusedSuppression = "VT001", "unused-suppression", Info, suppression::UNUSED_SUPPRESSION;
    UnknownRule = "VT002", "unknown-rule", Error, suppression::UNKNOWN_RULE;
    MissingProblem = "VT101", "missing-problem", Error, missing_parts::MISSING_PROBLEM
        => missing_parts::check;
    MissingGoals = "VT102", "missing-goals", Error, missing_parts::MISSING_GOALS;
    MissingSuccessCriteria = "VT103", "missing-success-criteria", Error,
        missing_parts::MISSING_SUCCESS_CRITERIA;
    MissingSupport = "VT104", "missing-support", Error, missing_parts::MISSING_SUPPORT;
    MissingPeriod = "VT105", "missing-period", Error, missing_parts::MISSING_PERIOD;
    MissingEvaluations = "VT106", "missing-evaluations", Error,
        missing_parts::MISSING_EVALUATIONS;
    MissingConsequences = "VT107", "missing-consequences", Error,
        missing_parts::MISSING_CONSEQUENCES;
    MissingPositiveOutcome = "VT108", "missing-positive-outcome", Warning,
        missing_parts::MISSING_POSITIVE_OUTCOME;
    MissingHistory = "VT109", "missing-history", Warning, missing_parts::MISSING_HISTORY;
    MissingSignatures = "VT110", "missing-signatures", Warning, missing_parts::MISSING_SIGNATURES;
    EmptySection = "VT111", "empty-section", Error, empty_section::META
        => empty_section::check;
    MissingCauseAnalysis = "VT112", "missing-cause-analysis", Warning,
        missing_parts::MISSING_CAUSE_ANALYSIS;
    MissingParticipants = "VT113", "missing-participants", Warning,
        missing_parts::MISSING_PARTICIPANTS;
    MissingWrittenRecord = "VT114", "missing-written-record", Warning,
        missing_parts::MISSING_WRITTEN_RECORD;
    VagueTerm = "VT201", "vague-term", Warning, vague_term::META
        => vague_term::check, vague_term::check_constructions;
    UnmeasurableGoal = "VT202", "unmeasurable-goal", Warning, unmeasurable_goal::META
        => unmeasurable_goal::check;
    VagueDeadline = "VT203", "vague-deadline", Warning, vague_deadline::META
        => vague_deadline::check;
    CharacterJudgement = "VT204", "character-judgement", Warning, character_judgement::META
        => character_judgement::check, character_judgement::check_constructions;
    AbsoluteClaim = "VT205", "absolute-claim", Info, absolute_claim::META
        => absolute_claim::check;
    NoncommittalSupport = "VT206", "noncommittal-support", Warning, noncommittal_support::META
        => noncommittal_support::check;
    InvalidDate = "VT301", "invalid-date", Error, timeline_rules::INVALID_DATE
        => timeline_rules::check_dates, timeline_rules::check_timeline;
    EndBeforeStart = "VT302", "end-before-start", Error, timeline_rules::END_BEFORE_START;
    DateOutsidePeriod = "VT303", "date-outside-period", Warning,
        timeline_rules::DATE_OUTSIDE_PERIOD;
    PeriodTooShort = "VT304", "period-too-short", Warning, timeline_rules::PERIOD_TOO_SHORT;
    NoInterimEvaluation = "VT305", "no-interim-evaluation", Warning,
        timeline_rules::NO_INTERIM_EVALUATION;
    WeekdayMismatch = "VT306", "weekday-mismatch", Error, timeline_rules::WEEKDAY_MISMATCH;
    DateInPast = "VT307", "date-in-past", Warning, timeline_rules::DATE_IN_PAST;
    TargetOutsidePeriod = "VT308", "target-outside-period", Warning,
        target_period::TARGET_OUTSIDE_PERIOD => target_period::check;
    AbsoluteTarget = "VT309", "absolute-target", Info, target_period::ABSOLUTE_TARGET;
    MixedAddress = "VT401", "mixed-address", Warning, mixed_address::META
        => mixed_address::check;
    Placeholder = "VT402", "placeholder", Error, placeholder::META
        => placeholder::check, placeholder::check_front_matter;
    LongSentence = "VT403", "long-sentence", Info, long_sentence::META => long_sentence::check;
    HealthData = "VT501", "health-data", Warning, health_data::META
        => health_data::check, health_data::check_front_matter;
    Bsn = "VT502", "bsn", Error, bsn::META => bsn::check;
}

impl Rule {
    /// The rule with this code or name, case-insensitive ("VT104", "vt104",
    /// "missing-support").
    pub fn from_code_or_name(code_or_name: &str) -> Option<Rule> {
        let q = code_or_name.trim();
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.code().eq_ignore_ascii_case(q) || r.name().eq_ignore_ascii_case(q))
    }

    /// Its one-line summary, (Dutch, English).
    pub fn summary(self) -> (&'static str, &'static str) {
        self.meta().summary
    }
}

impl std::fmt::Display for Rule {
    /// The code, as every output format writes it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Find a rule's metadata by code or name (case-insensitive).
pub fn lookup(code_or_name: &str) -> Option<&'static Meta> {
    Rule::from_code_or_name(code_or_name).map(Rule::meta)
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
    fn every_row_names_its_own_meta() {
        assert_eq!(Rule::ALL.len(), RULES.len());
        for (&rule, m) in Rule::ALL.iter().zip(RULES) {
            assert_eq!(
                rule.meta().rule,
                rule,
                "{}: the row's Meta is another rule's",
                rule
            );
            assert_eq!(m.rule, rule);
            assert_eq!((m.code, m.name), (rule.code(), rule.name()));
            assert_eq!(m.severity, rule.default_severity());
        }
        // The enum's order is the codes' order: sorting by rule sorts by code.
        for w in Rule::ALL.windows(2) {
            assert!(w[0] < w[1] && w[0].code() < w[1].code());
        }
    }

    #[test]
    fn every_rule_round_trips_by_code_and_by_name() {
        for &rule in Rule::ALL {
            assert_eq!(Rule::from_code_or_name(rule.code()), Some(rule));
            assert_eq!(Rule::from_code_or_name(rule.name()), Some(rule));
            let lower = rule.code().to_ascii_lowercase();
            assert_eq!(Rule::from_code_or_name(&lower), Some(rule));
            let upper = rule.name().to_ascii_uppercase();
            assert_eq!(Rule::from_code_or_name(&format!(" {upper} ")), Some(rule));
            assert_eq!(rule.to_string(), rule.code());
        }
        assert_eq!(Rule::from_code_or_name("VT1O4"), None);
        assert_eq!(Rule::from_code_or_name(""), None);
    }

    #[test]
    fn lookup_takes_codes_and_names() {
        assert_eq!(lookup("missing-support").unwrap().code, "VT104");
        assert_eq!(lookup("vt104").unwrap().name, "missing-support");
        assert!(lookup("VT1O4").is_none());
    }
}
