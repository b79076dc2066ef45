//! Properties every report must have, whatever the input: no panic, every span (and label
//! span) inside the text and on character boundaries, and renderers that cope with them.
//! Used by the fuzz target (`fuzz/`), the property tests and the fuzz regression tests.

use crate::config::Config;
use crate::render::{self, FileResult, Options, Renderer, Summary};
use crate::Report;

/// A fixed reference date, so that reports do not depend on the day they run.
pub fn test_config() -> Config {
    let mut config = Config::new();
    config.today = Some(crate::analysis::dates::Date::new(2026, 3, 1));
    config
}

/// Why a span is wrong, if it is.
pub fn span_problem(source: &str, span: crate::Span) -> Option<String> {
    if span.start > span.end {
        return Some(format!("span {span:?} is reversed"));
    }
    if span.end > source.len() {
        return Some(format!(
            "span {span:?} ends past the text ({} bytes)",
            source.len()
        ));
    }
    if !source.is_char_boundary(span.start) || !source.is_char_boundary(span.end) {
        return Some(format!("span {span:?} is not on char boundaries"));
    }
    None
}

/// Panic with a clear message when a report breaks a span invariant.
pub fn assert_spans(source: &str, report: &Report) {
    for d in &report.diagnostics {
        if let Some(p) = span_problem(source, d.span) {
            panic!("{} ({}): {p}", d.code(), d.message.render(false));
        }
        for l in &d.labels {
            if let Some(p) = span_problem(source, l.span) {
                panic!("{} label ({}): {p}", d.code(), l.message.render(false));
            }
        }
    }
}

/// A word no text of vt-lint's own contains: whatever output holds it took it from the plan.
/// The fuzz target puts it into its inputs, so a leak under `--no-snippets` shows as this word.
pub const MARKER: &str = "zxqv";

fn renderers(opts: Options) -> Vec<Box<dyn Renderer>> {
    vec![
        Box::new(render::human::Human::new(opts)),
        Box::new(render::short::Short {
            en: opts.en,
            max_findings: opts.max_findings,
        }),
        // As the CLI does: without snippets, pretty draws the human layout.
        if opts.no_snippets {
            Box::new(render::human::Human::new(opts))
        } else {
            Box::new(render::pretty::Pretty::new(opts))
        },
        Box::new(render::github::Github {
            en: opts.en,
            max_findings: opts.max_findings,
            root: None,
        }),
        Box::new(render::sarif::Sarif::new(opts.en, opts.max_findings, None)),
        Box::new(render::json::Json::new(
            opts.explain_parts,
            opts.no_snippets,
        )),
    ]
}

/// Render a report in all six formats into memory, as it is and as `--no-snippets` makes it,
/// in both languages' run words, and with findings capped; the JSON and SARIF outputs must
/// parse, and nothing under `--no-snippets` may hold a piece of plan text or [`MARKER`].
pub fn render_all(path: &str, source: &str, report: &Report) -> Vec<Vec<u8>> {
    let mut outputs = Vec::new();
    for no_snippets in [false, true] {
        let mut report = if no_snippets {
            render::redact::report(report)
        } else {
            report.clone()
        };
        if no_snippets {
            for d in &report.diagnostics {
                let texts = std::iter::once(&d.message)
                    .chain(std::iter::once(&d.help))
                    .chain(d.labels.iter().map(|l| &l.message));
                for t in texts {
                    assert!(
                        !t.has_plan_text(),
                        "{}: plan text left after redaction",
                        d.code()
                    );
                }
            }
        }
        let max_findings = 3;
        let omitted = render::cap(&mut report.diagnostics, max_findings);
        let opts = Options {
            color: no_snippets,
            en: no_snippets,
            no_snippets,
            max_findings,
            explain_parts: true,
            width: render::DEFAULT_WIDTH,
        };
        let fr = FileResult {
            path,
            source,
            en: opts.en,
            outcome: Ok(&report),
            omitted: &omitted,
        };
        let mut summary = Summary::default();
        summary.add(&fr);
        for (i, r) in renderers(opts).iter_mut().enumerate() {
            let mut out = Vec::new();
            r.file(&mut out, &fr).expect("rendering to memory");
            r.finish(&mut out, &summary).expect("rendering to memory");
            if i >= 4 {
                if let Err(e) = serde_json::from_slice::<serde_json::Value>(&out) {
                    panic!(
                        "JSON output does not parse: {e}\n{}",
                        String::from_utf8_lossy(&out)
                    );
                }
            }
            if no_snippets {
                let text = String::from_utf8_lossy(&out).to_lowercase();
                assert!(
                    !text.contains(MARKER),
                    "plan text under --no-snippets (format {i}):\n{text}"
                );
            }
            outputs.push(out);
        }
    }
    outputs
}

/// Lint `source` with the test config and check every invariant; returns the report.
pub fn check_invariants(source: &str) -> Report {
    let config = test_config();
    let report = crate::check(source, &config);
    assert_spans(source, &report);
    render_all("plan.md", source, &report);
    report
}
