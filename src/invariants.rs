//! Properties every report must have, whatever the input: no panic, every span (and label
//! span) inside the text and on character boundaries, and renderers that cope with them.
//! Used by the fuzz target (`fuzz/`), the property tests and the fuzz regression tests.

use crate::config::Config;
use crate::render::{self, FileResult, Options, Renderer, Summary};
use crate::Report;

/// A fixed reference date, so that reports do not depend on the day they run.
pub fn test_config() -> Config {
    let mut config = Config::new();
    config.today = Some(crate::dates::Date::new(2026, 3, 1));
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
            panic!("{} ({}): {p}", d.code, d.message);
        }
        for l in &d.labels {
            if let Some(p) = span_problem(source, l.span) {
                panic!("{} label ({}): {p}", d.code, l.message);
            }
        }
    }
}

/// Render a report in every format into memory; the JSON output must parse.
pub fn render_all(path: &str, source: &str, report: &Report) -> Vec<Vec<u8>> {
    let opts = Options {
        color: false,
        en: false,
        no_snippets: false,
        max_findings: render::DEFAULT_MAX_FINDINGS,
    };
    let mut renderers: Vec<Box<dyn Renderer>> = vec![
        Box::new(render::human::Human { opts }),
        Box::new(render::short::Short {
            en: false,
            max_findings: render::DEFAULT_MAX_FINDINGS,
        }),
        Box::new(render::pretty::Pretty { opts }),
        Box::new(render::json::Json::default()),
    ];
    let fr = FileResult {
        path,
        source,
        outcome: Ok(report),
        omitted: &[],
    };
    let mut summary = Summary::default();
    summary.add(&fr);
    let mut outputs = Vec::new();
    for r in renderers.iter_mut() {
        let mut out = Vec::new();
        r.file(&mut out, &fr).expect("rendering to memory");
        r.finish(&mut out, &summary).expect("rendering to memory");
        outputs.push(out);
    }
    let json = outputs.last().expect("json output");
    if let Err(e) = serde_json::from_slice::<serde_json::Value>(json) {
        panic!(
            "JSON output does not parse: {e}\n{}",
            String::from_utf8_lossy(json)
        );
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
