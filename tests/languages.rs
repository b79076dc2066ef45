//! One check, two languages: a report holds every message in Dutch and in English, and the
//! renderer picks one. Linting never depends on the language, and rendering one report in
//! English gives what `vt-lint --lang en` prints.

use assert_cmd::Command;
use vt_lint::analysis::dates::Date;
use vt_lint::config::Lang;
use vt_lint::render::{self, FileResult, Renderer};
use vt_lint::rules::Rule;
use vt_lint::{check, Config, Report};

const TODAY: &str = "2025-06-01";

fn config(lang: Lang) -> Config {
    let mut c = Config::new();
    c.lang = lang;
    c.today = Date::parse_iso(TODAY);
    c
}

/// `report` through `renderer`, its messages in English with `en`.
fn render(
    renderer: &mut dyn Renderer,
    path: &str,
    source: &str,
    report: &Report,
    en: bool,
) -> String {
    let fr = FileResult {
        path,
        source,
        en,
        outcome: Ok(report),
        omitted: &[],
    };
    let mut out = Vec::new();
    renderer.file(&mut out, &fr).unwrap();
    String::from_utf8(out).unwrap()
}

fn cli(args: &[&str]) -> String {
    let o = Command::cargo_bin("vt-lint")
        .unwrap()
        .args(["--today", TODAY])
        .args(args)
        .env_remove("VT_LINT_LANG")
        .output()
        .unwrap();
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn the_language_is_no_input_of_the_check() {
    for plan in [
        "bad_everything",
        "template_unfilled",
        "tom_bakker",
        "missing_support",
    ] {
        let path = format!("fixtures/plans/{plan}.md");
        let src = std::fs::read_to_string(&path).unwrap();
        let nl = check(&src, &config(Lang::Nl));
        let en = check(&src, &config(Lang::En));
        assert!(!nl.diagnostics.is_empty(), "{plan}");
        assert_eq!(nl.diagnostics, en.diagnostics, "{plan}");
    }
}

#[test]
fn one_report_rendered_in_dutch_and_in_english_is_what_the_cli_prints() {
    let path = "fixtures/plans/bad_everything.md";
    let src = std::fs::read_to_string(path).unwrap();
    // One lint, with the default (Dutch) config.
    let report = check(&src, &config(Lang::Nl));
    for (lang, en) in [("nl", false), ("en", true)] {
        let mut short = render::short::Short {
            en,
            max_findings: 0,
        };
        let ours = render(&mut short, path, &src, &report, en);
        assert_eq!(
            ours,
            cli(&[
                "--format",
                "short",
                "--max-findings",
                "0",
                "--lang",
                lang,
                path
            ]),
            "{lang}"
        );
        // The same without snippets: the stand-ins for the plan's words are per language too.
        let redacted = render::redact::report(&report);
        let ours = render(&mut short, path, &src, &redacted, en);
        assert_eq!(
            ours,
            cli(&[
                "--format",
                "short",
                "--max-findings",
                "0",
                "--no-snippets",
                "--lang",
                lang,
                path
            ]),
            "{lang} --no-snippets"
        );
    }
}

#[test]
fn messages_help_and_labels_in_both_languages() {
    let src = std::fs::read_to_string("fixtures/plans/bad_everything.md").unwrap();
    let report = check(&src, &config(Lang::Nl));
    let find = |rule: Rule| {
        report
            .diagnostics
            .iter()
            .find(|d| d.rule == rule)
            .unwrap_or_else(|| panic!("no {rule}"))
    };
    let support = find(Rule::MissingSupport);
    assert_eq!(support.code(), "VT104");
    assert_eq!(
        support.message.render(false),
        "het plan noemt geen ondersteuning of begeleiding"
    );
    assert_eq!(
        support.message.render(true),
        "the plan names no support or guidance"
    );
    // Dates from the plan, written out per language; a label in both.
    let end = find(Rule::EndBeforeStart);
    assert_eq!(
        end.message.render(false),
        "de einddatum (1 september 2026) ligt niet na de startdatum (30 november 2026)"
    );
    assert_eq!(
        end.message.render(true),
        "the end date (1 September 2026) is not after the start date (30 November 2026)"
    );
    assert_eq!(end.labels[0].message.render(false), "startdatum");
    assert_eq!(end.labels[0].message.render(true), "start date");
    // A count the tool works out, and words quoted from the plan, the same in both.
    let long = find(Rule::LongSentence);
    assert_eq!(long.message.render(false), "zin van 35 woorden");
    assert_eq!(long.message.render(true), "sentence of 35 words");
    let weekday = find(Rule::WeekdayMismatch);
    assert_eq!(
        weekday.message.render(true),
        "\"vrijdag 6 oktober 2026\" falls on a Tuesday"
    );
    assert_eq!(
        weekday.help.render(false),
        "pas de dag of de datum aan: 6 oktober 2026 is een dinsdag"
    );
    assert_eq!(
        weekday.help.render(true),
        "correct the day or the date: 6 October 2026 is a Tuesday"
    );
}

#[test]
fn the_json_report_follows_the_chosen_language() {
    let path = "fixtures/plans/missing_support.md";
    let src = std::fs::read_to_string(path).unwrap();
    let report = check(&src, &config(Lang::Nl));
    let mut json = render::json::Json::new(false, false);
    let nl = render(&mut json, path, &src, &report, false);
    let mut json = render::json::Json::new(false, false);
    let en = render(&mut json, path, &src, &report, true);
    assert!(nl.contains("noemt geen ondersteuning"), "{nl}");
    assert!(en.contains("names no support"), "{en}");
    assert!(!en.contains("noemt geen ondersteuning"), "{en}");
}
