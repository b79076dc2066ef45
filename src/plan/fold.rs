//! Folding text the way the matchers see it: lower case, accents dropped, quotes, hyphens
//! and white space unified. No dependency on the rest of the crate, so `build.rs` checks the
//! word lists in `rules/` with the very same function.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Normalise one character into `out`. Returns false when the character vanishes.
pub fn normalise_char(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        c if c.is_ascii() => out.push(c),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}'
        | '\u{02BC}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{2026}' => out.push_str("..."),
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
        c if c.is_whitespace() => out.push(' '),
        c => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                for l in d.to_lowercase() {
                    out.push(l);
                }
            }
        }),
    }
}

/// Normalise a whole string the same way (used for data: lexicon forms, synonyms).
pub fn normalise(s: &str) -> String {
    // Most data is normalised already (lower-case ASCII, single spaces): copy it.
    let b = s.as_bytes();
    if b.iter()
        .all(|&c| c.is_ascii() && !c.is_ascii_uppercase() && c != b'\t' && c != b'\n' && c != b'\r')
        && !s.contains("  ")
        && !s.starts_with(' ')
        && !s.ends_with(' ')
    {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    for c in s.chars() {
        let before = out.len();
        normalise_char(c, &mut out);
        if out.len() > before && out.ends_with(' ') {
            if last_space {
                out.truncate(before);
            }
            last_space = true;
        } else if out.len() > before {
            last_space = false;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A word-list entry as the matcher sees it: normalised, with a `*` at either end saying the
/// match may run into a longer word there ("cursus*" matches "cursussen"). Returns the text
/// and whether the left and the right end are free. Shared with `build.rs`, which builds the
/// automaton for the built-in lists from exactly these texts.
pub fn pattern(s: &str) -> (String, bool, bool) {
    let n = normalise(s);
    let left = n.starts_with('*');
    let right = n.ends_with('*') && n.len() > 1;
    (n.trim_matches('*').to_string(), left, right)
}

/// True when a pattern text can be matched: one without a letter or digit (a config entry
/// "*" or "…") would match everywhere, even inside characters.
pub fn matchable(p: &str) -> bool {
    p.chars().any(char::is_alphanumeric)
}
