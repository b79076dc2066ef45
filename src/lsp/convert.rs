//! vt-lint findings as LSP diagnostics.
//!
//! - `code` is the rule code ("VT201"); `source` is "vt-lint".
//! - No `codeDescription`: LSP wants a web address there and the rules have none; the rule's
//!   full explanation is in the hover instead.
//! - `message` is the finding, then on a second line the help text and the rule name:
//!   "hulp: … (missing-support)". Every client shows the message; few show anything else.
//! - Secondary labels (e.g. the start date for an end date before it) are `relatedInformation`.
//! - `data` carries `{ "name", "help" }` for clients and code actions that want them apart.

use super::text::{Encoding, LineMap};
use crate::diagnostic::Severity;
use lsp_types::{DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Uri};

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

pub fn diagnostic(
    d: &crate::Diagnostic,
    uri: &Uri,
    text: &str,
    lines: &LineMap,
    enc: Encoding,
    en: bool,
) -> lsp_types::Diagnostic {
    let help_word = if en { "help" } else { "hulp" };
    let (msg, help) = (d.message.render(en), d.help.render(en));
    let message = if d.help.is_empty() {
        format!("{msg} ({})", d.name())
    } else {
        format!("{msg}\n{help_word}: {help} ({})", d.name())
    };
    let related: Vec<_> = d
        .labels
        .iter()
        .map(|l| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), lines.range(text, l.span, enc)),
            message: l.message.render(en),
        })
        .collect();
    lsp_types::Diagnostic {
        range: lines.range(text, d.span, enc),
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.code().to_string())),
        code_description: None,
        source: Some("vt-lint".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: Some(serde_json::json!({ "name": d.name(), "help": help })),
    }
}

/// A problem with a config file, shown on that file.
pub fn config_problem(
    e: &crate::workspace::ConfigError,
    text: Option<&str>,
    enc: Encoding,
    en: bool,
) -> lsp_types::Diagnostic {
    let range = match (text, &e.span) {
        (Some(t), Some(span)) => {
            let lines = LineMap::new(t);
            lines.range(
                t,
                crate::Span::new(span.start, span.end.max(span.start)),
                enc,
            )
        }
        _ => lsp_types::Range::default(),
    };
    let what = if en {
        "this config cannot be used; vt-lint uses its defaults"
    } else {
        "deze configuratie is onbruikbaar; vt-lint gebruikt de standaardinstellingen"
    };
    lsp_types::Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::ERROR),
        code: None,
        code_description: None,
        source: Some("vt-lint".to_string()),
        message: format!("{}\n{what}", e.message(en).trim_end()),
        related_information: None,
        tags: None,
        data: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Text;
    use crate::{Label, Span};

    #[test]
    fn labels_become_related_information_in_the_client_encoding() {
        let text = "Start: één 🙂 2 maart\nEinde: 1 maart\n";
        let start = text.find("2 maart").unwrap();
        let end = text.find("1 maart").unwrap();
        let d = crate::Diagnostic {
            rule: crate::rules::Rule::EndBeforeStart,
            severity: Severity::Warning,
            message: Text::say(
                "de einddatum ligt voor de startdatum",
                "the end date is before the start date",
            ),
            help: Text::say("controleer de data", "check the dates"),
            span: Span::new(end, end + 7),
            labels: vec![Label {
                span: Span::new(start, start + 7),
                message: Text::say("startdatum", "start date"),
            }],
        };
        let uri: Uri = "file:///p.md".parse().unwrap();
        let lines = LineMap::new(text);
        let l = diagnostic(&d, &uri, text, &lines, Encoding::Utf16, false);
        assert_eq!(l.severity, Some(DiagnosticSeverity::WARNING));
        assert_eq!(l.code, Some(NumberOrString::String("VT302".into())));
        assert_eq!(
            l.message,
            "de einddatum ligt voor de startdatum\nhulp: controleer de data (end-before-start)"
        );
        let rel = &l.related_information.unwrap()[0];
        assert_eq!(rel.message, "startdatum");
        // "Start: één 🙂 " is 14 UTF-16 units (the emoji counts two).
        assert_eq!(
            (
                rel.location.range.start.character,
                rel.location.range.end.character
            ),
            (14, 21)
        );
        assert_eq!(l.range.start.line, 1);
        // The same finding for an English client.
        let l = diagnostic(&d, &uri, text, &lines, Encoding::Utf16, true);
        assert_eq!(
            l.message,
            "the end date is before the start date\nhelp: check the dates (end-before-start)"
        );
        assert_eq!(l.related_information.unwrap()[0].message, "start date");
        assert_eq!(l.data.unwrap()["help"], "check the dates");
    }
}
