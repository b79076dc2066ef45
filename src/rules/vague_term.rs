//! VT201 vague-term: vague, unobservable improvement wording ("proactiever", "beter communiceren").

use super::wording::{check_list, Scope};
use super::{Cx, Meta};
use crate::diagnostic::Severity;
use crate::lexicon::LexKind;
use crate::parts::Part;

pub static META: Meta = Meta {
    code: "VT201",
    name: "vague-term",
    severity: Severity::Warning,
    summary: (
        "vage formulering die geen waarneembaar gedrag beschrijft",
        "vague wording that describes no observable behaviour",
    ),
    explanation: docs!("VT201"),
};

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: None,
        not_in: Some(Part::History),
        needs_section: true,
        not_in_consequence: false,
        course_titles: true,
    };
    check_list(cx, LexKind::VagueTerm, &META, &scope, |en| {
        if en {
            "vague wording: "
        } else {
            "vage formulering: "
        }
    });
}
