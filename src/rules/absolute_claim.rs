//! VT205 absolute-claim: sweeping words in a problem description ("altijd", "nooit").

use super::wording::{check_list, Scope};
use super::Cx;
use crate::analysis::lexicon::LexKind;
use crate::analysis::parts::Part;

rule_meta!(
    META,
    AbsoluteClaim,
    "een absolute bewering in de probleembeschrijving",
    "a sweeping claim in the problem description",
);

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: Some(Part::Problem),
        not_in: &[],
        needs_section: false,
        not_in_consequence: false,
        denied: false,
        course_titles: false,
    };
    check_list(
        cx,
        LexKind::AbsoluteClaim,
        &META,
        &scope,
        ("absolute bewering: ", "sweeping claim: "),
    );
}
