//! VT501 health-data: medical details an employer may not record in a personnel file.

use super::wording::{check_list, Scope};
use super::Cx;
use crate::analysis::lexicon::LexKind;

rule_meta!(
    META,
    HealthData,
    "medische gegevens die niet in een personeelsdossier horen",
    "medical details that do not belong in a personnel file",
);

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: true,
        quotes: true,
        only_in: None,
        not_in: None,
        needs_section: false,
        not_in_consequence: false,
        course_titles: true,
    };
    check_list(
        cx,
        LexKind::HealthTerm,
        &META,
        &scope,
        ("medisch gegeven: ", "medical detail: "),
    );
}
