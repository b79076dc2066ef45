//! VT501 health-data: medical details an employer may not record in a personnel file.

use super::wording::{check_list, Scope};
use super::{Cx, Meta};
use crate::analysis::lexicon::LexKind;
use crate::diagnostic::Severity;

pub static META: Meta = Meta {
    code: "VT501",
    name: "health-data",
    severity: Severity::Warning,
    summary: (
        "medische gegevens die niet in een personeelsdossier horen",
        "medical details that do not belong in a personnel file",
    ),
    explanation: docs!("VT501"),
};

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: true,
        quotes: true,
        only_in: None,
        not_in: None,
        needs_section: false,
        not_in_consequence: false,
        denied: false,
        course_titles: true,
    };
    check_list(cx, LexKind::HealthTerm, &META, &scope, |en| {
        if en {
            "medical detail: "
        } else {
            "medisch gegeven: "
        }
    });
}
