//! VT204 character-judgement: the person is judged instead of behaviour described.

use super::wording::{check_list, Scope};
use super::{Cx, Meta};
use crate::diagnostic::Severity;
use crate::lexicon::LexKind;

pub static META: Meta = Meta {
    code: "VT204",
    name: "character-judgement",
    severity: Severity::Warning,
    summary: (
        "een oordeel over de persoon in plaats van een beschrijving van gedrag",
        "the person is judged instead of behaviour described",
    ),
    explanation: docs!("VT204"),
};

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: None,
        not_in: None,
        needs_section: false,
        not_in_consequence: false,
        course_titles: false,
    };
    check_list(cx, LexKind::CharacterJudgement, &META, &scope, |en| {
        if en {
            "judgement of the person: "
        } else {
            "oordeel over de persoon: "
        }
    });
}
