//! `--no-snippets`: no plan text in any output. Messages and help texts quote the text they
//! are about ("vage formulering: \"pro-actiever zijn\""); here every quoted passage becomes
//! "…", so locations, codes and the rest of each sentence stay.

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

fn diagnostic(d: &Diagnostic) -> Diagnostic {
    let mut d = d.clone();
    d.message = redact(&d.message);
    d.help = redact(&d.help);
    for l in &mut d.labels {
        l.message = redact(&l.message);
    }
    d
}

/// The same report with every quoted passage in its texts replaced.
pub fn report(r: &Report) -> Report {
    Report {
        diagnostics: r.diagnostics.iter().map(diagnostic).collect(),
        checklist: r.checklist.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

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
}
