//! `--no-snippets`: no plan text in any output. Every word a message takes from the plan is a
//! separate piece of its [`Text`](crate::diagnostic::Text); here each such piece becomes "…"
//! (or, for a term's own explanation, the rule's general advice). Locations, codes and the
//! tool's own words stay. The renderers then get a report that holds no plan text at all, and
//! the human format, which is the only one that shows source lines, shows none.

use crate::diagnostic::Diagnostic;
use crate::Report;

fn diagnostic(d: &Diagnostic) -> Diagnostic {
    let mut d = d.clone();
    d.message = d.message.redacted();
    d.help = d.help.redacted();
    for l in &mut d.labels {
        l.message = l.message.redacted();
    }
    d
}

/// The same report with no plan text in its messages, help texts and labels.
pub fn report(r: &Report) -> Report {
    Report {
        diagnostics: r.diagnostics.iter().map(diagnostic).collect(),
        checklist: r.checklist.clone(),
        evidence: r.evidence.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Label, Severity, Text};
    use crate::span::Span;

    #[test]
    fn plan_pieces_go_the_tools_words_stay() {
        let d = Diagnostic {
            rule: crate::rules::Rule::VagueTerm,
            severity: Severity::Warning,
            message: Text::say("vage formulering: ", "vague wording: ")
                .quoted("pro-\"actiever\" zijn"),
            help: Text::new().plan_or(
                "'burn-out' is een diagnose",
                &("algemeen advies", "general advice"),
            ),
            span: Span::new(0, 1),
            labels: vec![Label {
                span: Span::new(0, 1),
                message: Text::say("startdatum ", "start date ")
                    .plan_each("1 september 2026", "1 September 2026"),
            }],
        };
        let r = report(&Report {
            diagnostics: vec![d],
            checklist: Vec::new(),
            evidence: Vec::new(),
        });
        let d = &r.diagnostics[0];
        assert_eq!(d.message.render(false), "vage formulering: \"…\"");
        assert_eq!(d.message.render(true), "vague wording: \"…\"");
        assert_eq!(d.help.render(false), "algemeen advies");
        assert_eq!(d.help.render(true), "general advice");
        assert_eq!(d.labels[0].message.render(false), "startdatum …");
        assert_eq!(d.labels[0].message.render(true), "start date …");
        assert!(!d.message.has_plan_text() && !d.labels[0].message.has_plan_text());
    }
}
