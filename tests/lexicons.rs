//! The word lists in `rules/*.toml` stay clean (sorted, lower case, no duplicates), and every
//! example sentence in them fires its rule while every `clean` sentence stays silent.

use std::collections::{BTreeSet, HashSet};
use vt_lint::analysis::lexicon::{LexKind, Lexicon};
use vt_lint::plan::text::normalise;
use vt_lint::{check, Config};

/// Wrap a sentence in the smallest plan where its rule looks: VT205 only reads problem
/// descriptions.
fn plan_for(kind: LexKind, sentence: &str) -> String {
    match kind {
        LexKind::AbsoluteClaim => format!("# Plan\n\n## Aanleiding\n\n{sentence}\n"),
        _ => format!("# Plan\n\n## Doelen\n\n{sentence}\n"),
    }
}

fn findings(kind: LexKind, sentence: &str) -> usize {
    let mut c = Config::new();
    c.select = Some(BTreeSet::from([kind.rule()]));
    check(&plan_for(kind, sentence), &c).diagnostics.len()
}

#[test]
fn lexicons_are_sorted_lower_case_and_free_of_duplicates() {
    for kind in LexKind::ALL {
        let lex: Lexicon =
            toml::from_str(kind.source()).unwrap_or_else(|e| panic!("{}: {e}", kind.file()));
        assert!(
            lex.entries.len() >= 10,
            "{} has only {} entries",
            kind.file(),
            lex.entries.len()
        );
        let terms: Vec<&str> = lex.entries.iter().map(|e| e.term.as_str()).collect();
        let mut sorted = terms.clone();
        sorted.sort();
        assert_eq!(
            terms,
            sorted,
            "{}: keep entries sorted by term",
            kind.file()
        );
        let mut forms = HashSet::new();
        for e in &lex.entries {
            for f in std::iter::once(&e.term).chain(&e.forms).chain(&e.except) {
                assert_eq!(
                    f.to_lowercase(),
                    *f,
                    "{}: '{f}' must be lower case",
                    kind.file()
                );
                assert!(
                    !f.trim().is_empty() && f.trim() == f,
                    "{}: '{f}' has stray spaces",
                    kind.file()
                );
            }
            for f in std::iter::once(&e.term).chain(&e.forms) {
                assert!(
                    forms.insert(normalise(f)),
                    "{}: '{f}' is listed twice",
                    kind.file()
                );
            }
            for (what, text) in [
                ("why", &e.why),
                ("why-en", &e.why_en),
                ("instead", &e.instead),
                ("instead-en", &e.instead_en),
            ] {
                assert!(
                    !text.trim().is_empty(),
                    "{}: '{}' has no {what}",
                    kind.file(),
                    e.term
                );
            }
            assert!(
                !e.examples.is_empty(),
                "{}: '{}' has no example sentence",
                kind.file(),
                e.term
            );
        }
    }
}

#[test]
fn every_example_fires_and_every_clean_sentence_stays_silent() {
    let mut failures = Vec::new();
    for kind in LexKind::ALL {
        let lex = Lexicon::builtin(kind);
        for e in &lex.entries {
            for ex in &e.examples {
                if findings(kind, ex) == 0 {
                    failures.push(format!(
                        "{} '{}': example does not fire: {ex}",
                        kind.rule().code(),
                        e.term
                    ));
                }
            }
            for cl in &e.clean {
                if findings(kind, cl) != 0 {
                    failures.push(format!(
                        "{} '{}': clean sentence fires: {cl}",
                        kind.rule().code(),
                        e.term
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn inflected_hyphenated_and_nfd_forms_match() {
    for s in [
        "Wees pro-actiever.",
        "Je moet proactievere keuzes maken.",
        "Wees PRO‐ACTIEF.",
        "Je bent arrogant.",
    ] {
        let kind = if s.contains("arrogant") {
            LexKind::CharacterJudgement
        } else {
            LexKind::VagueTerm
        };
        assert_eq!(findings(kind, s), 1, "{s}");
    }
    // "egoïstisch" with a combining diaeresis (NFD).
    assert_eq!(
        findings(
            LexKind::CharacterJudgement,
            "Je gedrag is ego\u{0069}\u{0308}stisch."
        ),
        1
    );
    // In code, in a quoted course title and in a link target nothing fires.
    assert_eq!(
        findings(
            LexKind::VagueTerm,
            "Je volgt `proactief` en de training \"Proactief plannen\"."
        ),
        0
    );
}
