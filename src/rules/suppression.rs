//! VT001–VT002: about vt-lint's own suppression comments. The comments are read and applied in
//! `crate::report::suppress` after every other rule has run; these are the rules' metadata.

use super::Meta;
use crate::diagnostic::Severity;

pub static UNUSED_SUPPRESSION: Meta = Meta {
    code: "VT001",
    name: "unused-suppression",
    severity: Severity::Info,
    summary: (
        "een onderdrukkingscommentaar onderdrukt niets",
        "a suppression comment suppresses nothing",
    ),
    explanation: docs!("VT001"),
};

pub static UNKNOWN_RULE: Meta = Meta {
    code: "VT002",
    name: "unknown-rule",
    severity: Severity::Error,
    summary: (
        "een onderdrukkingscommentaar noemt een regel of opdracht die vt-lint niet kent",
        "a suppression comment names a rule or directive vt-lint does not know",
    ),
    explanation: docs!("VT002"),
};
