//! Template placeholders: `<naam medewerker>`, `[Naam manager]`, `{ontslag/overplaatsing}`,
//! `20XX`, `XX-XX-XXXX`, "n.t.b.", "nader in te vullen", "Lorem ipsum", "…" as content.
//! Works on normalised text.

use regex::bytes::{Regex, RegexBuilder};
use std::ops::Range;
use std::sync::LazyLock;

// Placeholder wording ("nader in te vullen", "lorem ipsum") is data: `rules/placeholders.toml`.
use crate::words::placeholders::PLACEHOLDER_PHRASES;

/// The placeholders of a text, as byte ranges (always on character boundaries: every match
/// starts and ends with an ASCII character or a whole phrase).
pub fn placeholders(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    PLACEHOLDER_RE.find_iter(text.as_bytes()).map(|m| m.range())
}

// Compiled without Unicode classes (about half the compile time of one plan's run): the
// classes are negations of ASCII characters, so over bytes they match the same stretches.
static PLACEHOLDER_RE: LazyLock<Regex> = LazyLock::new(|| {
    // Whole words, longest first (so the order of the file never matters).
    let mut phrases: Vec<&str> = PLACEHOLDER_PHRASES.to_vec();
    phrases.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let phrases: String = phrases
        .iter()
        .map(|p| format!(r"|(?-u:\b){}(?-u:\b)", regex::escape(p)))
        .collect();
    RegexBuilder::new(&format!(
        "{}{phrases}{}",
        concat!(
            // Unbounded lazy runs compile far smaller than `{0,60}` over Unicode classes; the
            // length limit is applied to the match instead (see `too_long`).
            r"<[a-z][^<>\n]*?>",             // <naam medewerker>, <invullen>
            // [Naam manager] (links never reach here), [optioneel>; not a footnote, "[^1]".
            r"|\[[^\[\]\n^][^\[\]\n]*?[\]>]",
            // {ontslag/overplaatsing}; not a pandoc attribute, "{#_GoBack .anchor}".
            r"|\{[^{}\n#.][^{}\n]*?\}",
            r"|(?-u:\b)(?:19|20)xx(?-u:\b)", // 20XX
            // XX-XX-XXXX, and dates filled in part: 12-xx-2027, xx-03-2027, 12-03-20xx.
            r"|(?-u:\b)(?:(?:xx|dd)[-/.](?:\d{1,2}|xx|mm)|\d{1,2}[-/.](?:xx|mm))[-/.](?:\d{2,4}|xxxx|jjjj|yyyy|(?:19|20)xx)(?-u:\b)",
            r"|(?-u:\b)\d{1,2}[-/.]\d{1,2}[-/.](?:xxxx|jjjj|yyyy|(?:19|20)xx)(?-u:\b)",
            r"|(?-u:\b)n\.t\.b\.?",
        ),
        r"|\.{3,}|_{3,}",
    ))
    .unicode(false)
    .build()
    .expect("placeholder pattern compiles")
});

/// How every placeholder that is not bracketed but holds a letter or digit begins: one of
/// these shapes or of `PLACEHOLDER_PHRASES` (keep in step with `PLACEHOLDER_RE`).
const SHAPE_STARTS: [&str; 9] = [
    "19xx", "20xx", "xx-", "xx/", "xx.", "dd-", "dd/", "dd.", "n.t.b",
];

/// Bracketed text longer than this is prose in brackets, not a placeholder.
pub fn too_long(m: &str) -> bool {
    m.starts_with(['<', '[', '{']) && m.chars().count() > 62
}

/// True when a section body has nothing but placeholders, punctuation and white space.
pub fn only_placeholders(body: &str) -> bool {
    // Fast path, exact: a placeholder covering the first letter or digit either starts
    // at a bracket before it or, holding a letter or digit, starts right there with one
    // of the starts in `SHAPE_STARTS` or `PLACEHOLDER_PHRASES`. With neither, that letter stays after the placeholders are
    // removed. Most bodies are decided here without the (costly to compile) regex.
    let Some(p) = body.find(char::is_alphanumeric) else {
        return true;
    };
    // (A date filled in part, "12-xx-2027", starts with a digit.)
    if !body[..p].bytes().any(|b| matches!(b, b'<' | b'[' | b'{'))
        && !body[p..].starts_with(|c: char| c.is_ascii_digit())
        && !SHAPE_STARTS
            .iter()
            .chain(PLACEHOLDER_PHRASES)
            .any(|w| body[p..].starts_with(w))
    {
        return false;
    }
    // Is any letter or digit left outside the placeholders? Stop at the first one.
    let mut last = 0;
    for m in placeholders(body) {
        if too_long(&body[m.clone()]) {
            continue;
        }
        if body[last..m.start].chars().any(char::is_alphanumeric) {
            return false;
        }
        last = m.end;
    }
    !body[last..].chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_agrees_with_the_regex() {
        let slow = |b: &str| {
            !String::from_utf8_lossy(&PLACEHOLDER_RE.replace_all(b.as_bytes(), &b" "[..]))
                .chars()
                .any(char::is_alphanumeric)
        };
        let pieces = [
            "<naam>",
            "[x]",
            "{a}",
            "20xx",
            "19xx",
            "xx-xx-xxxx",
            "dd/mm/jjjj",
            "n.t.b.",
            "ntb",
            "lorem ipsum",
            "...",
            "___",
            "de",
            "nader in te vullen",
            "nog in te vullen",
            "x aantal",
            " ",
            "a",
            "<",
            "[",
            "{",
            "1",
            "x",
            "n",
            ">",
            "]",
            "\n",
            "é",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let body = format!("{a}{b}{c}");
                    assert_eq!(only_placeholders(&body), slow(&body), "{body:?}");
                }
            }
        }
    }

    #[test]
    fn recognises_placeholder_only_bodies() {
        assert!(only_placeholders(""));
        assert!(only_placeholders("<invullen>"));
        assert!(only_placeholders(" ... "));
        assert!(only_placeholders("n.t.b."));
        assert!(!only_placeholders("coaching door <naam coach>"));
        assert!(only_placeholders(
            "20xx ... n.t.b. ntb nader in te vullen lorem ipsum"
        ));
        assert!(only_placeholders("xx-xx-xxxx dd-mm-jjjj x aantal"));
        assert!(only_placeholders("12-xx-2027"));
        assert!(only_placeholders("xx-03-2027 / 12-03-20xx"));
        assert!(!only_placeholders("12-03-2027"));
        assert!(!only_placeholders("2 maart 2026"));
        assert!(!only_placeholders("nader te bepalen"));
        assert!(!only_placeholders("elke week coaching"));
        assert!(!only_placeholders("[naam] en coaching"));
    }
}
