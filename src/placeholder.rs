//! Template placeholders: `<naam medewerker>`, `[Naam manager]`, `{ontslag/overplaatsing}`,
//! `20XX`, `XX-XX-XXXX`, "n.t.b.", "nader in te vullen", "Lorem ipsum", "…" as content.
//! Works on normalised text.

use regex::Regex;
use std::sync::LazyLock;

pub static PLACEHOLDER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"<[a-z][^<>\n]{0,60}>",         // <naam medewerker>, <invullen>
        r"|\[[^\[\]\n]{1,60}[\]>]",      // [Naam manager] (links never reach here), [optioneel>
        r"|\{[^{}\n]{1,60}\}",           // {ontslag/overplaatsing}
        r"|(?-u:\b)(?:19|20)xx(?-u:\b)", // 20XX
        r"|(?-u:\b)(?:xx|dd)[-/.](?:xx|mm)[-/.](?:xxxx|jjjj|yyyy)(?-u:\b)", // XX-XX-XXXX
        r"|(?-u:\b)x aantal(?-u:\b)",
        r"|(?-u:\b)n\.t\.b\.?|(?-u:\b)ntb(?-u:\b)",
        r"|(?-u:\b)nader in te vullen(?-u:\b)|(?-u:\b)nog in te vullen(?-u:\b)",
        r"|(?-u:\b)lorem ipsum(?-u:\b)",
        r"|\.{3,}|_{3,}",
    ))
    .expect("placeholder pattern compiles")
});

/// True when a section body has nothing but placeholders, punctuation and white space.
pub fn only_placeholders(body: &str) -> bool {
    let rest = PLACEHOLDER_RE.replace_all(body, " ");
    !rest.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_placeholder_only_bodies() {
        assert!(only_placeholders(""));
        assert!(only_placeholders("<invullen>"));
        assert!(only_placeholders(" ... "));
        assert!(only_placeholders("n.t.b."));
        assert!(!only_placeholders("coaching door <naam coach>"));
    }
}
