//! VT205 absolute-claim: sweeping words in a problem description ("altijd", "nooit").

use super::wording::{check_list, Scope};
use super::{Cx, Meta};
use crate::analysis::lexicon::LexKind;
use crate::analysis::parts::Part;
use crate::diagnostic::Severity;

pub static META: Meta = Meta {
    code: "VT205",
    name: "absolute-claim",
    severity: Severity::Info,
    summary: (
        "een absolute bewering in de probleembeschrijving",
        "a sweeping claim in the problem description",
    ),
    explanation: docs!("VT205"),
};

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: Some(Part::Problem),
        not_in: None,
        needs_section: false,
        not_in_consequence: false,
        denied: false,
        course_titles: false,
    };
    check_list(cx, LexKind::AbsoluteClaim, &META, &scope, |en| {
        if en {
            "sweeping claim: "
        } else {
            "absolute bewering: "
        }
    });
}
