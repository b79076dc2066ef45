//! VT001–VT002: about vt-lint's own suppression comments. The comments are read and applied in
//! `crate::report::suppress` after every other rule has run; these are the rules' metadata.

rule_meta!(
    UNUSED_SUPPRESSION,
    UnusedSuppression,
    "een onderdrukkingscommentaar onderdrukt niets",
    "a suppression comment suppresses nothing",
);

rule_meta!(
    UNKNOWN_RULE,
    UnknownRule,
    "een onderdrukkingscommentaar noemt een regel of opdracht die vt-lint niet kent",
    "a suppression comment names a rule or directive vt-lint does not know",
);
