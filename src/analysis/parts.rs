//! The parts a plan must have (VT101–VT110) and how sections are recognised as them.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Problem,
    Goals,
    SuccessCriteria,
    Support,
    Period,
    Evaluations,
    Consequences,
    PositiveOutcome,
    History,
    Signatures,
    /// What was looked at as the cause: the work situation or the employee (VT112).
    CauseAnalysis,
    /// Who holds or attends the evaluation conversations (VT113).
    Participants,
    /// That the conversations are recorded in writing (VT114).
    WrittenRecord,
}

impl Part {
    pub const ALL: [Part; 13] = [
        Part::Problem,
        Part::Goals,
        Part::SuccessCriteria,
        Part::Support,
        Part::Period,
        Part::Evaluations,
        Part::Consequences,
        Part::PositiveOutcome,
        Part::History,
        Part::Signatures,
        Part::CauseAnalysis,
        Part::Participants,
        Part::WrittenRecord,
    ];

    /// The key used in `rules/sections.toml` and in config `[sections]`.
    pub fn key(self) -> &'static str {
        match self {
            Part::Problem => "problem",
            Part::Goals => "goals",
            Part::SuccessCriteria => "success-criteria",
            Part::Support => "support",
            Part::Period => "period",
            Part::Evaluations => "evaluations",
            Part::Consequences => "consequences",
            Part::PositiveOutcome => "positive-outcome",
            Part::History => "history",
            Part::Signatures => "signatures",
            Part::CauseAnalysis => "cause-analysis",
            Part::Participants => "participants",
            Part::WrittenRecord => "written-record",
        }
    }

    pub fn from_key(k: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.key() == k)
    }

    pub fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// Short name for the checklist, in the user's language.
    pub fn label(self, en: bool) -> &'static str {
        match (self, en) {
            (Part::Problem, false) => "probleemstelling",
            (Part::Problem, true) => "problem",
            (Part::Goals, false) => "verbeterpunten",
            (Part::Goals, true) => "goals",
            (Part::SuccessCriteria, false) => "succescriteria",
            (Part::SuccessCriteria, true) => "success criteria",
            (Part::Support, false) => "ondersteuning",
            (Part::Support, true) => "support",
            (Part::Period, false) => "looptijd",
            (Part::Period, true) => "period",
            (Part::Evaluations, false) => "evaluatiemomenten",
            (Part::Evaluations, true) => "evaluations",
            (Part::Consequences, false) => "gevolgen",
            (Part::Consequences, true) => "consequences",
            (Part::PositiveOutcome, false) => "positieve afloop",
            (Part::PositiveOutcome, true) => "positive outcome",
            (Part::History, false) => "voorgeschiedenis",
            (Part::History, true) => "history",
            (Part::Signatures, false) => "ondertekening",
            (Part::Signatures, true) => "signatures",
            (Part::CauseAnalysis, false) => "oorzaak",
            (Part::CauseAnalysis, true) => "cause",
            (Part::Participants, false) => "gesprekspartners",
            (Part::Participants, true) => "participants",
            (Part::WrittenRecord, false) => "verslaglegging",
            (Part::WrittenRecord, true) => "written record",
        }
    }
}

/// A set of parts as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PartSet(pub u16);

impl PartSet {
    pub fn has(self, p: Part) -> bool {
        self.0 & p.bit() != 0
    }
    pub fn insert(&mut self, p: Part) {
        self.0 |= p.bit();
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn iter(self) -> impl Iterator<Item = Part> {
        Part::ALL.into_iter().filter(move |p| self.has(*p))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartData {
    pub headings: Vec<String>,
    pub phrases: Vec<String>,
    #[serde(default)]
    pub when: Vec<String>,
    #[serde(default)]
    pub then: Vec<String>,
    #[serde(default)]
    pub unless: Vec<String>,
    /// Words that make a sentence a possibility, not a promise ("indien nodig kan coaching
    /// worden aangeboden"): a cue in such a sentence does not show the part, and a section
    /// with nothing else does not either.
    #[serde(default)]
    pub hedges: Vec<String>,
}

pub const SECTIONS_TOML: &str = include_str!("../../rules/sections.toml");

/// The built-in synonym lists, keyed by part: checked and turned into a static table by
/// `build.rs`, so nothing is parsed here.
pub fn builtin() -> BTreeMap<String, PartData> {
    let owned = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
    crate::words::SECTIONS
        .iter()
        .map(|(key, d)| {
            let data = PartData {
                headings: owned(d.headings),
                phrases: owned(d.phrases),
                when: owned(d.when),
                then: owned(d.then),
                unless: owned(d.unless),
                hedges: owned(d.hedges),
            };
            (key.to_string(), data)
        })
        .collect()
}

/// Strip numbering ("3.", "2)", "a.", "IV.") and punctuation from a normalised title.
pub fn clean_title(title: &str) -> String {
    let mut t = title.trim();
    // Leading numbering like "3.", "3.1", "2)", "a.", "iv."
    loop {
        let before = t;
        let token_end = t.find(' ').unwrap_or(t.len());
        let token = &t[..token_end];
        let is_number = token.trim_end_matches(['.', ')', ':']).split('.').all(|p| {
            !p.is_empty()
                && (p.chars().all(|c| c.is_ascii_digit())
                    || (p.len() == 1 && token.len() <= 3 && token.ends_with(['.', ')'])))
        });
        let roman = token
            .trim_end_matches(['.', ')'])
            .chars()
            .all(|c| matches!(c, 'i' | 'v' | 'x'))
            && token.ends_with(['.', ')']);
        if token_end > 0 && (is_number || roman) {
            t = t[token_end..].trim_start();
        }
        if t == before {
            break;
        }
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_alphanumeric() || c == '-' {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_numbering_and_punctuation() {
        assert_eq!(
            clean_title("3. ondersteuning en begeleiding"),
            "ondersteuning en begeleiding"
        );
        assert_eq!(clean_title("2.1 doel"), "doel");
        assert_eq!(
            clean_title("hoe ondersteunen wij jou?"),
            "hoe ondersteunen wij jou"
        );
        assert_eq!(clean_title("b) gevolgen"), "gevolgen");
        assert_eq!(clean_title("iv. evaluatie"), "evaluatie");
        assert_eq!(clean_title("[handtekeningen]"), "handtekeningen");
    }

    #[test]
    fn section_data_is_sorted_lower_case_and_known() {
        let data = builtin();
        assert_eq!(data.len(), Part::ALL.len());
        for (k, d) in &data {
            assert!(Part::from_key(k).is_some(), "unknown part {k}");
            for list in [&d.headings, &d.phrases, &d.when, &d.then, &d.unless] {
                let mut sorted = list.clone();
                sorted.sort();
                sorted.dedup();
                assert_eq!(
                    &sorted, list,
                    "{k}: keep the list sorted and free of duplicates"
                );
                for s in list {
                    assert_eq!(
                        &crate::plan::text::normalise(s),
                        s,
                        "{k}: '{s}' must be lower case without accents"
                    );
                }
            }
        }
    }
}
