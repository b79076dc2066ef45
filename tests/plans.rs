//! Whole plans in `fixtures/plans/`, run through the real binary in every output format and
//! snapshot-tested, so a reviewer sees exactly what an HR adviser sees. Good plans stay silent.

use assert_cmd::Command;

const TODAY: &str = "2025-06-01";

fn run(args: &[&str]) -> (String, i32) {
    let out = Command::cargo_bin("vt-lint")
        .unwrap()
        .args(["--today", TODAY, "--color", "never"])
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        out.status.code().unwrap(),
    )
}

fn plans() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir("fixtures/plans")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".md"))
        .collect();
    v.sort();
    v
}

#[test]
fn good_plans_produce_nothing() {
    let good: Vec<String> = plans()
        .into_iter()
        .filter(|p| p.contains("/good_"))
        .collect();
    assert!(good.len() >= 6);
    for p in good {
        let (json, code) = run(&["--format", "json", &p]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let diags = v["files"][0]["diagnostics"].as_array().unwrap();
        assert!(
            diags.is_empty(),
            "{p} should be clean but has: {:#?}",
            diags
        );
        assert_eq!(code, 0, "{p}");
        let (short, _) = run(&["--format", "short", "--fail-on", "info", &p]);
        assert_eq!(short, "", "{p}");
    }
}

#[test]
fn each_missing_part_plan_reports_exactly_that_part() {
    for (file, code) in [
        ("missing_problem", "VT101"),
        ("missing_goals", "VT102"),
        ("missing_success_criteria", "VT103"),
        ("missing_support", "VT104"),
        ("missing_period", "VT105"),
        ("missing_evaluations", "VT106"),
        ("missing_consequences", "VT107"),
        ("missing_positive_outcome", "VT108"),
        ("missing_history", "VT109"),
        ("missing_signatures", "VT110"),
    ] {
        let (out, _) = run(&["--format", "short", &format!("fixtures/plans/{file}.md")]);
        let codes: Vec<&str> = out
            .lines()
            .filter_map(|l| l.split('[').nth(1))
            .map(|l| &l[..5])
            .collect();
        assert_eq!(codes, [code], "{file}: {out}");
    }
}

#[test]
fn tom_bakker_reports_what_is_really_missing() {
    // The example plan from the seed: no history, no positive outcome, no cause looked at, no
    // written record of the evaluations, a period of 55 days that asks for a quarterly quota
    // and a quarterly retention figure, help only "wanneer dat nodig is", "20XX" and
    // "[Naam manager]" left in, and one success criterion without a measure.
    let (out, code) = run(&["--format", "short", "fixtures/plans/tom_bakker.md"]);
    let codes: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split('[').nth(1))
        .map(|l| &l[..5])
        .collect();
    assert_eq!(
        codes,
        [
            "VT108", "VT109", "VT112", "VT114", "VT304", "VT308", "VT402", "VT308", "VT402",
            "VT206", "VT202", "VT402", "VT402", "VT402"
        ],
        "{out}"
    );
    assert_eq!(code, 1, "placeholders are errors");
}

#[test]
fn snapshots_in_every_format() {
    for p in plans() {
        let name = p
            .trim_start_matches("fixtures/plans/")
            .trim_end_matches(".md")
            .to_string();
        for format in ["human", "short", "pretty", "json"] {
            let (out, _) = run(&["--format", format, &p]);
            insta::assert_snapshot!(format!("{name}.{format}"), out);
        }
    }
}
