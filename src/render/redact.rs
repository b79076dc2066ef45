//! `--no-snippets`: no plan text in any output. Messages and help texts quote the text they
//! are about ("vage formulering: \"pro-actiever zijn\""); here every quoted passage becomes
//! "…", and so does the exact text a finding or its labels point at wherever a message repeats
//! it without quotes. Locations, codes and the rest of each sentence stay.

use crate::diagnostic::Diagnostic;
use crate::Report;

/// Opening quote marks and the marks that may close them.
const QUOTES: [(char, &[char]); 4] = [
    ('"', &['"']),
    ('“', &['”', '“']),
    ('„', &['”', '“']),
    ('«', &['»']),
];

/// Replace the content of every quoted passage with "…".
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((i, open)) = rest
        .char_indices()
        .find(|(_, c)| QUOTES.iter().any(|q| q.0 == *c))
    {
        let closers = QUOTES.iter().find(|q| q.0 == open).map_or(&[][..], |q| q.1);
        let after = &rest[i + open.len_utf8()..];
        out.push_str(&rest[..i]);
        match after.char_indices().find(|(_, c)| closers.contains(c)) {
            Some((j, close)) => {
                out.push(open);
                out.push('…');
                out.push(close);
                rest = &after[j + close.len_utf8()..];
            }
            None => {
                out.push(open);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Replace whole-word occurrences of each of `texts` (longest first) with "…".
pub fn without(text: &str, texts: &[&str]) -> String {
    let mut out = text.to_string();
    for t in texts {
        let mut from = 0;
        while let Some(i) = out[from..].find(t).map(|i| i + from) {
            let end = i + t.len();
            let before = out[..i].chars().next_back();
            let after = out[end..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                from = end;
                continue;
            }
            out.replace_range(i..end, "…");
            from = i + '…'.len_utf8();
        }
    }
    out
}

fn diagnostic(d: &Diagnostic, source: &str) -> Diagnostic {
    // The text the finding and its labels point at, when long enough to mean something.
    let mut texts: Vec<&str> = std::iter::once(d.span)
        .chain(d.labels.iter().map(|l| l.span))
        .filter_map(|s| source.get(s.range()))
        .map(str::trim)
        .filter(|t| t.chars().count() >= 4)
        .collect();
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts.dedup();
    let clean = |s: &str| without(&redact(s), &texts);
    let mut d = d.clone();
    d.message = clean(&d.message);
    d.help = clean(&d.help);
    for l in &mut d.labels {
        l.message = clean(&l.message);
    }
    d
}

/// The same report with no plan text in its messages, help texts and labels.
pub fn report(r: &Report, source: &str) -> Report {
    Report {
        diagnostics: r
            .diagnostics
            .iter()
            .map(|d| diagnostic(d, source))
            .collect(),
        checklist: r.checklist.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::{redact, without};

    #[test]
    fn quoted_text_goes_the_rest_stays() {
        assert_eq!(
            redact("vage formulering: \"pro-actiever zijn\""),
            "vage formulering: \"…\""
        );
        assert_eq!(redact("„Tom” en “Sanne” of «x»"), "„…” en “…” of «…»");
        assert_eq!(redact("zonder aanhalingstekens"), "zonder aanhalingstekens");
        assert_eq!(redact("open \" zonder einde"), "open \" zonder einde");
        assert_eq!(redact("`vt-lint rules` toont"), "`vt-lint rules` toont");
    }

    #[test]
    fn pointed_at_text_goes_even_without_quotes() {
        assert_eq!(
            without(
                "de einddatum (1 september 2026) ligt niet na de startdatum (1 december 2026)",
                &["1 september 2026", "1 december 2026"]
            ),
            "de einddatum (…) ligt niet na de startdatum (…)"
        );
        assert_eq!(without("Planning en plan", &["plan"]), "Planning en …");
    }
}
