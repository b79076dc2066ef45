//! `--format sarif`, `--format github` and `--no-snippets` in every format, through the binary.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

const FORMATS: [&str; 6] = ["human", "short", "pretty", "json", "sarif", "github"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

/// A fixed reference date, so date rules do not depend on the day the tests run.
const TODAY: &str = "2025-06-01";

fn run_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut c = Command::cargo_bin("vt-lint").unwrap();
    c.current_dir(dir).args(["--today", TODAY]).args(args);
    if let Some(s) = stdin {
        c.write_stdin(s.to_string());
    }
    let o = c.output().unwrap();
    Run {
        code: o.status.code().unwrap_or(-1),
        out: String::from_utf8(o.stdout).unwrap(),
        err: String::from_utf8(o.stderr).unwrap(),
    }
}

fn run(args: &[&str]) -> Run {
    run_in(&root(), args, None)
}

fn sarif(args: &[&str]) -> (i32, Value) {
    let mut a = vec!["--format", "sarif"];
    a.extend_from_slice(args);
    let r = run(&a);
    (r.code, serde_json::from_str(&r.out).expect("SARIF is JSON"))
}

#[test]
fn sarif_has_one_run_with_every_rule_and_the_results() {
    let (code, log) = sarif(&["--select", "VT104", "fixtures/plans/missing_support.md"]);
    assert_eq!(code, 1);
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"]
        .as_str()
        .unwrap()
        .contains("sarif-schema-2.1.0"));
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "vt-lint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    assert!(driver.get("informationUri").is_none());
    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let codes: Vec<&str> = vt_lint::rules::RULES.iter().map(|m| m.code).collect();
    assert_eq!(ids, codes);
    for (r, m) in rules.iter().zip(vt_lint::rules::RULES) {
        assert_eq!(r["name"], m.name);
        assert_eq!(r["shortDescription"]["text"], m.summary.0);
        assert_eq!(
            r["fullDescription"]["text"],
            vt_lint::render::explanation(m, false)
        );
        assert_eq!(
            r["help"]["markdown"],
            vt_lint::render::explanation(m, false)
        );
        let level = match m.severity {
            vt_lint::Severity::Error => "error",
            vt_lint::Severity::Warning => "warning",
            vt_lint::Severity::Info => "note",
        };
        assert_eq!(r["defaultConfiguration"]["level"], level);
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    let r = &results[0];
    assert_eq!(r["ruleId"], "VT104");
    assert_eq!(
        r["ruleIndex"],
        ids.iter().position(|c| *c == "VT104").unwrap()
    );
    assert_eq!(r["level"], "error");
    assert!(r["message"]["text"]
        .as_str()
        .unwrap()
        .contains("geen ondersteuning"));
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(
        loc["artifactLocation"]["uri"],
        "fixtures/plans/missing_support.md"
    );
    let title = std::fs::read_to_string(root().join("fixtures/plans/missing_support.md"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .trim_start_matches("# ")
        .to_string();
    let region = &loc["region"];
    assert_eq!(region["startLine"], 1);
    assert_eq!(region["startColumn"], 3);
    assert_eq!(region["endLine"], 1);
    assert_eq!(region["endColumn"], 3 + title.chars().count());
    assert_eq!(region["charOffset"], 2);
    assert_eq!(region["charLength"], title.chars().count());
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn sarif_counts_characters_and_speaks_english() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(
        dir.path(),
        &[
            "--format",
            "sarif",
            "--lang",
            "en",
            "--select",
            "VT104",
            "--stdin-filename",
            "plannen/renée jansen.md",
            "-",
        ],
        Some("\u{FEFF}# Plan Renée\n\nTekst.\n"),
    );
    let log: Value = serde_json::from_str(&r.out).unwrap();
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["language"], "en");
    assert_eq!(
        run["tool"]["driver"]["rules"][0]["shortDescription"]["text"],
        vt_lint::rules::RULES[0].summary.1
    );
    let r = &run["results"][0];
    assert!(r["message"]["text"].as_str().unwrap().contains("support"));
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(
        loc["artifactLocation"]["uri"],
        "plannen/ren%C3%A9e%20jansen.md"
    );
    // '#', ' ' come first (the BOM is no character of the text): the title starts at code
    // point 2, column 3 of line 1, as an editor shows it.
    assert_eq!(loc["region"]["charOffset"], 2);
    assert_eq!(loc["region"]["startColumn"], 3);
    assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(loc["region"]["charLength"], "Plan Renée".chars().count());
}

#[test]
fn sarif_reports_unreadable_files_as_notifications() {
    let (code, log) = sarif(&[
        "--select",
        "VT104",
        "fixtures/plans/missing_support.md",
        "bestaat-niet.md",
    ]);
    assert_eq!(code, 2);
    let inv = &log["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let n = &inv["toolExecutionNotifications"][0];
    assert_eq!(n["level"], "error");
    assert_eq!(
        n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "bestaat-niet.md"
    );
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 1);
}

#[test]
fn github_workflow_commands() {
    let r = run(&[
        "--format",
        "github",
        "--select",
        "VT104",
        "fixtures/plans/missing_support.md",
    ]);
    assert_eq!(r.code, 1);
    let first = r.out.lines().next().unwrap();
    assert!(
        first.starts_with(
            "::error file=fixtures/plans/missing_support.md,line=1,col=3,endLine=1,endColumn="
        ),
        "{first}"
    );
    assert!(
        first.ends_with(
            ",title=VT104 missing-support::het plan noemt geen ondersteuning of begeleiding"
        ),
        "{first}"
    );
    let r = run(&[
        "--format",
        "github",
        "--select",
        "VT109",
        "fixtures/plans/missing_history.md",
    ]);
    assert!(
        r.out
            .starts_with("::warning file=fixtures/plans/missing_history.md,line=1,col=3,"),
        "{}",
        r.out
    );
    assert_eq!(r.code, 0);
}

#[test]
fn github_notices_and_escapes_properties() {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::read_to_string(root().join("fixtures/plans/good_klantenservice.md"))
        .unwrap()
        + "\n<!-- vt-lint-disable VT104 -->\n";
    std::fs::write(dir.path().join("jansen, t: 50%.md"), plan).unwrap();
    let r = run_in(
        dir.path(),
        &[
            "--format",
            "github",
            "--select",
            "VT001,VT104",
            "jansen, t: 50%.md",
        ],
        None,
    );
    let first = r.out.lines().next().unwrap();
    assert!(
        first.starts_with("::notice file=jansen%2C t%3A 50%25.md,line="),
        "{first}"
    );
    assert!(
        first.contains(",title=VT001 unused-suppression::VT104 (missing-support)"),
        "{first}"
    );
    let r = run_in(dir.path(), &["--format", "github", "weg.md"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.out.starts_with("::error file=weg.md,title=vt-lint::"),
        "{}",
        r.out
    );
}

/// A plan whose own words must never show up with --no-snippets.
const SECRET_PLAN: &str = "# Verbeterplan Zwanenburg\n\n| Onderdeel | Afspraak |\n|---|---|\n| Opmerking | Vlorp <!-- vt-lint-disable VT1O9 --> |\n\n- **Ondersteuning Qxyzzy:**\n\n## Gevolgen <!-- vt-lint-disable-next-line VT104 -->\n";
const SECRETS: [&str; 4] = ["Zwanenburg", "Qxyzzy", "Vlorp", "VT1O9"];

#[test]
fn no_snippets_keeps_plan_text_out_of_every_format() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.md"), SECRET_PLAN).unwrap();
    // Without --no-snippets the plan's words do show up, so the test can see a leak.
    let r = run_in(dir.path(), &["--format", "short", "p.md"], None);
    assert!(
        r.out.contains("Qxyzzy") && r.out.contains("VT1O9"),
        "{}",
        r.out
    );
    let r = run_in(dir.path(), &["--color", "never", "p.md"], None);
    assert!(
        r.out.contains("Zwanenburg") && r.out.contains("Vlorp"),
        "{}",
        r.out
    );
    for format in FORMATS {
        for lang in ["nl", "en"] {
            let r = run_in(
                dir.path(),
                &[
                    "--format",
                    format,
                    "--lang",
                    lang,
                    "--no-snippets",
                    "--color",
                    "never",
                    "p.md",
                ],
                None,
            );
            assert_eq!(r.code, 1, "{format}");
            for s in SECRETS {
                assert!(
                    !r.out.contains(s) && !r.err.contains(s),
                    "{format}/{lang}: {s} leaked:\n{}",
                    r.out
                );
            }
            assert!(
                r.out.contains("VT111"),
                "{format}: findings stay: {}",
                r.out
            );
        }
    }
    // JSON keeps its whole structure.
    let r = run_in(
        dir.path(),
        &["--format", "json", "--no-snippets", "p.md"],
        None,
    );
    let v: Value = serde_json::from_str(&r.out).unwrap();
    let d = &v["files"][0]["diagnostics"];
    let vt111 = d
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "VT111")
        .unwrap();
    assert_eq!(vt111["message"], "het onderdeel \"…\" is leeg");
    assert!(vt111["span"]["start"]["line"].is_number());
}

/// The text each finding (and each of its labels) points at, per file, when at least
/// `min` characters long and not a phrase vt-lint's own rule texts or word lists use.
fn snippets_per_file(min: usize) -> Vec<(String, Vec<String>)> {
    let r = run(&["--format", "json", "fixtures"]);
    let v: Value = serde_json::from_str(&r.out).unwrap();
    // vt-lint's own words: rule texts and the word lists in rules/*.toml (help texts quote
    // their terms).
    let mut own: String = vt_lint::rules::RULES
        .iter()
        .map(|m| {
            format!(
                "{} {} {} {}",
                m.summary.0, m.summary.1, m.explanation.0, m.explanation.1
            )
        })
        .collect();
    for e in std::fs::read_dir(root().join("rules")).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            own.push_str(&std::fs::read_to_string(p).unwrap());
        }
    }
    let own = own.to_lowercase();
    let mut out = Vec::new();
    for f in v["files"].as_array().unwrap() {
        let path = f["path"].as_str().unwrap().to_string();
        let source = std::fs::read_to_string(root().join(&path)).unwrap();
        let mut snippets = Vec::new();
        for d in f["diagnostics"].as_array().unwrap() {
            let mut spans = vec![&d["span"]];
            spans.extend(d["labels"].as_array().unwrap().iter().map(|l| &l["span"]));
            for s in spans {
                let a = s["start"]["offset"].as_u64().unwrap() as usize;
                let b = s["end"]["offset"].as_u64().unwrap() as usize;
                let text = source[a..b].trim();
                if text.chars().count() >= min && !own.contains(&text.to_lowercase()) {
                    snippets.push(text.to_string());
                }
            }
        }
        out.push((path, snippets));
    }
    out
}

/// Every fixture, file by file: no message, help or label text of a finding repeats the
/// text any finding in that plan points at.
#[test]
fn no_snippets_on_every_fixture_in_json() {
    let per_file = snippets_per_file(4);
    assert!(per_file.iter().map(|(_, s)| s.len()).sum::<usize>() > 10);
    let r = run(&["--format", "json", "--no-snippets", "fixtures"]);
    let v: Value = serde_json::from_str(&r.out).unwrap();
    for (f, (path, snippets)) in v["files"].as_array().unwrap().iter().zip(&per_file) {
        assert_eq!(f["path"].as_str().unwrap(), path);
        for d in f["diagnostics"].as_array().unwrap() {
            let mut texts = vec![d["message"].as_str().unwrap(), d["help"].as_str().unwrap()];
            texts.extend(
                d["labels"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|l| l["message"].as_str().unwrap()),
            );
            for t in texts {
                for s in snippets {
                    assert!(!t.contains(s.as_str()), "{path}: {s:?} leaked in {t:?}");
                }
            }
        }
    }
}

/// Every fixture, every format: no plan sentence (pointed-at text of ten characters or more
/// without digits) appears anywhere in the output.
#[test]
fn no_snippets_on_every_fixture_in_every_format() {
    let sentences: std::collections::BTreeSet<String> = snippets_per_file(10)
        .into_iter()
        .flat_map(|(_, s)| s)
        .filter(|s| !s.chars().any(|c| c.is_ascii_digit()))
        .collect();
    assert!(sentences.len() > 5, "{sentences:?}");
    for format in FORMATS {
        let r = run(&[
            "--format",
            format,
            "--no-snippets",
            "--color",
            "never",
            "fixtures",
        ]);
        for s in &sentences {
            assert!(!r.out.contains(s.as_str()), "{format}: {s:?} leaked");
        }
    }
}

#[test]
fn every_format_runs_on_every_fixture_plan() {
    for format in FORMATS {
        let r = run(&["--format", format, "--color", "never", "fixtures/plans"]);
        assert_eq!(r.code, 1, "{format}: {}", r.err);
        assert!(r.err.is_empty(), "{format}: {}", r.err);
        if format == "json" || format == "sarif" {
            let _: Value = serde_json::from_str(&r.out).expect(format);
        }
    }
}

/// Plans made of words no rule text contains, in every place a message can quote: a goal with
/// straight quotes inside its quotes, an empty field, a placeholder, dates that messages
/// write out in words, terms whose help names them, unknown suppression tokens.
const MARKER_PLANS: [(&str, &str); 2] = [
    (
        "a.md",
        "# Verbeterplan Quarnix Zorblat\n\n## Aanleiding\n\n\
Quarnix is lui en had vorig jaar een burn-out. Quarnix \"Zorblat\" zegt \"ja \"altijd\" Vlimmer\" tegen alles.\n\n\
## Doelen\n\n- Je bent \"proactiever\" Quarnix in het \"Blorfink overleg.\n\
- Quarnix werkt \"beter samen\" met Zorblat en u helpt Zorblat.\n\n\
## Ondersteuning Zorblat\n\n[Naam Quarnix]\n\nZorblatveld:\n\n## Gevolgen Vlimmer\n\n\
## Looptijd\n\nHet traject loopt van 01-09-2031 tot 01-08-2031. Op 31-02-2031 en dinsdag 6 oktober 2031 praten we.\n\n\
<!-- vt-lint-disable VT9Quarn vt-lint-zorbl -->\n<!-- vt-lint-disabel VT201 -->\n",
    ),
    (
        "b.md",
        "# Verbeterplan Quarnix\r\n\r\n## Looptijd\r\n\r\nVan 01-09-2031 tot en met 03-11-2031.\r\n\r\n\
## Evaluatiemomenten\r\n\r\n- Eindevaluatie op 03-11-2031.\r\n- Evaluatie op 05-12-2031.\r\n",
    ),
];

/// What the marker plans must never bring into the output: their own words, their dates in
/// any spelling, and the word-list explanations of the terms they contain.
const MARKERS: [&str; 10] = [
    "Quarnix",
    "Zorblat",
    "Vlimmer",
    "Blorfink",
    "Quarn",
    "zorbl",
    "disabel",
    // Every date in the plans is in 2031; a date written out again keeps its year.
    "2031",
    "Lui is een oordeel",
    "'burn-out' is een diagnose",
];

#[test]
fn no_snippets_leaves_no_marker_word_in_any_format() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in MARKER_PLANS {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    // Without --no-snippets each kind of marker is in some output, so the test can see a leak.
    let mut seen = String::new();
    for format in FORMATS {
        for lang in ["nl", "en"] {
            let args = ["--format", format, "--lang", lang, "--color", "never"];
            let r = run_in(dir.path(), &[&args[..], &["a.md", "b.md"]].concat(), None);
            seen.push_str(&r.out);
        }
    }
    for m in MARKERS {
        assert!(seen.contains(m), "the plans must make vt-lint quote {m:?}");
    }
    for format in FORMATS {
        for lang in ["nl", "en"] {
            let args = [
                "--format",
                format,
                "--lang",
                lang,
                "--no-snippets",
                "--color",
                "never",
                "a.md",
                "b.md",
            ];
            let r = run_in(dir.path(), &args, None);
            assert_eq!(r.code, 1, "{format}/{lang}: {}", r.err);
            let all = format!("{}{}", r.out, r.err).to_lowercase();
            for m in MARKERS {
                assert!(
                    !all.contains(&m.to_lowercase()),
                    "{format}/{lang}: {m:?} leaked:\n{}",
                    r.out
                );
            }
            // The findings themselves stay, with their places.
            for code in [
                "VT204", "VT501", "VT202", "VT302", "VT301", "VT306", "VT002",
            ] {
                assert!(r.out.contains(code), "{format}/{lang}: {code} missing");
            }
        }
    }
}

#[test]
fn a_broken_baseline_is_described_without_quoting_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.md"), MARKER_PLANS[0].1).unwrap();
    for bad in [
        r#"{"version": 1, "tool": "vt-lint", "findings": [{"path": "p.md", "code": "VT201", "text": "Quarnix", "count": "Zorblat"}]}"#,
        r#"{"version": 1, "tool": "vt-lint", "findings": [{"path": "p.md", "Quarnix": 1}]}"#,
        r#"{"version": 1, "tool": "Quarnix Zorblat", "findings": []}"#,
        r#"{"version": 1, "tool": "vt-lint", "findings": [{"path": "Quarnix"#,
    ] {
        std::fs::write(dir.path().join("b.json"), bad).unwrap();
        let r = run_in(
            dir.path(),
            &["--baseline", "b.json", "--no-snippets", "p.md"],
            None,
        );
        assert_eq!(r.code, 2, "{bad}");
        assert!(r.err.contains("b.json"), "{}", r.err);
        for m in ["Quarnix", "Zorblat"] {
            assert!(!r.err.contains(m), "{m} in {}", r.err);
        }
    }
}

/// The newer outputs keep the promise too: `--statistics` (table and JSON), `--quiet`, and a
/// report written with `--output-file` in every format.
#[test]
fn no_snippets_leaves_no_marker_word_in_statistics_quiet_or_an_output_file() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in MARKER_PLANS {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let leaks = |what: &str, text: &str| {
        for m in MARKERS {
            assert!(
                !text.to_lowercase().contains(&m.to_lowercase()),
                "{what}: {m:?} leaked:\n{text}"
            );
        }
    };
    for extra in [
        &["--statistics"][..],
        &["--statistics", "--format", "json"],
        &["--quiet"],
        &["--quiet", "--format", "short"],
    ] {
        let args = [extra, &["--no-snippets", "a.md", "b.md"][..]].concat();
        let r = run_in(dir.path(), &args, None);
        assert_eq!(r.code, 1, "{extra:?}: {}", r.err);
        leaks(&format!("{extra:?}"), &format!("{}{}", r.out, r.err));
        if extra[0] == "--statistics" {
            assert!(r.out.contains("VT204"), "{extra:?}: {}", r.out);
        }
    }
    for format in FORMATS {
        let out = dir.path().join(format!("verslag-{format}.txt"));
        let args = [
            "--format",
            format,
            "--no-snippets",
            "--output-file",
            out.to_str().unwrap(),
            "a.md",
            "b.md",
        ];
        let r = run_in(dir.path(), &args, None);
        assert_eq!(r.code, 1, "{format}: {}", r.err);
        assert_eq!(
            r.out, "",
            "{format}: the report goes to the file, not stdout"
        );
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.contains("VT302"), "{format}: {written}");
        leaks(format, &written);
    }
}

/// SARIF and GitHub paths are relative to the repository root, wherever vt-lint runs; each
/// SARIF result carries a stable fingerprint without plan text.
#[test]
fn sarif_and_github_paths_are_relative_to_the_repository_root_with_fingerprints() {
    let dir = tempfile::tempdir().unwrap();
    let repo = std::fs::canonicalize(dir.path()).unwrap();
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::create_dir_all(repo.join("hr/plannen")).unwrap();
    let plan =
        "\u{FEFF}# Plan Quarnix\n\n## Doelen\n\n- Je bent proactiever.\n- Je bent proactiever.\n";
    std::fs::write(repo.join("hr/plannen/a.md"), plan).unwrap();
    let sub = repo.join("hr");
    let r = run_in(
        &sub,
        &["--format", "sarif", "--select", "VT201", "plannen/a.md"],
        None,
    );
    let log: Value = serde_json::from_str(&r.out).unwrap();
    let run = &log["runs"][0];
    assert_eq!(
        run["originalUriBaseIds"]["%SRCROOT%"]["uri"],
        format!("file://{}/", repo.display())
    );
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2, "{}", r.out);
    let at = &results[0]["locations"][0]["physicalLocation"];
    assert_eq!(at["artifactLocation"]["uri"], "hr/plannen/a.md");
    assert_eq!(at["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(at["region"]["startLine"], 5);
    let prints: Vec<&str> = results
        .iter()
        .map(|r| {
            r["partialFingerprints"]["vtLintIdentity/v1"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_ne!(
        prints[0], prints[1],
        "two identical findings are told apart"
    );
    assert!(
        prints.iter().all(|p| p.starts_with("fnv1a64:")),
        "{prints:?}"
    );
    assert!(!prints.concat().contains("proactiever"), "{prints:?}");
    // Stable: another folder, another line for the text, the same fingerprints.
    std::fs::write(
        repo.join("hr/plannen/a.md"),
        plan.replacen("\n\n", "\n\n\n", 1),
    )
    .unwrap();
    let again = run_in(
        &repo,
        &["--format", "sarif", "--select", "VT201", "hr/plannen/a.md"],
        None,
    );
    let log: Value = serde_json::from_str(&again.out).unwrap();
    let again: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["partialFingerprints"]["vtLintIdentity/v1"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(again, prints);
    // GitHub's file= is the same root-relative path; the BOM is no column.
    let r = run_in(
        &sub,
        &["--format", "github", "--select", "VT101", "plannen/a.md"],
        None,
    );
    assert!(
        r.out
            .starts_with("::error file=hr/plannen/a.md,line=1,col=3,"),
        "{}",
        r.out
    );
    // Outside the repository: the path as given, no base.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("b.md"), plan).unwrap();
    let b = std::fs::canonicalize(outside.path().join("b.md")).unwrap();
    let r = run_in(
        &sub,
        &[
            "--format",
            "sarif",
            "--select",
            "VT201",
            b.to_str().unwrap(),
        ],
        None,
    );
    let log: Value = serde_json::from_str(&r.out).unwrap();
    let loc = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert!(
        loc["uri"].as_str().unwrap().starts_with("file:///"),
        "{loc}"
    );
    assert!(loc.get("uriBaseId").is_none(), "{loc}");
}

/// JSON columns: characters and UTF-16 code units, a BOM counted in neither (but in `offset`).
#[test]
fn json_columns_in_characters_and_utf16_without_the_bom() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(
        dir.path(),
        &["--format", "json", "--select", "VT101,VT201", "-"],
        Some("\u{FEFF}# 🙂 Plan\n\n## Doelen\n\n- 🙂 Je bent proactiever.\n"),
    );
    let v: Value = serde_json::from_str(&r.out).unwrap();
    let d = &v["files"][0]["diagnostics"];
    // The title "🙂 Plan" after BOM and "# ": 🙂 is one character and two UTF-16 units.
    let title = &d[0]["span"];
    assert_eq!(d[0]["code"], "VT101");
    assert_eq!(title["start"]["line"], 1);
    assert_eq!(title["start"]["column"], 3);
    assert_eq!(title["start"]["column_utf16"], 3);
    assert_eq!(
        title["start"]["offset"], 5,
        "the offset counts the BOM's bytes"
    );
    assert_eq!(title["end"]["column"], 3 + "🙂 Plan".chars().count());
    assert_eq!(
        title["end"]["column_utf16"],
        3 + "🙂 Plan".encode_utf16().count()
    );
    let vague = &d[1]["span"]["start"];
    assert_eq!(d[1]["code"], "VT201");
    assert_eq!(vague["line"], 5);
    assert_eq!(vague["column"], "- 🙂 Je bent ".chars().count() + 1);
    assert_eq!(
        vague["column_utf16"],
        "- 🙂 Je bent ".encode_utf16().count() + 1
    );
}

/// The published schema (src/render/json.schema.json) names every key the output uses; the
/// full check against the schema is `.ci/json-schema-test.sh`.
#[test]
fn the_published_json_schema_names_every_key_the_output_uses() {
    fn keys(v: &Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    out.insert(k.clone());
                    keys(v, out);
                }
            }
            Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }
    let schema: Value =
        serde_json::from_str(include_str!("../src/render/json.schema.json")).unwrap();
    let mut named = std::collections::BTreeSet::new();
    fn properties(v: &Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::Object(p)) = m.get("properties") {
                    out.extend(p.keys().cloned());
                }
                m.values().for_each(|v| properties(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| properties(v, out)),
            _ => {}
        }
    }
    properties(&schema, &mut named);
    let r = run(&[
        "--format",
        "json",
        "--explain-parts",
        "--max-findings",
        "1",
        "fixtures/plans/bad_everything.md",
        "does-not-exist.md",
        "fixtures",
    ]);
    let out: Value = serde_json::from_str(&r.out).unwrap();
    let mut used = std::collections::BTreeSet::new();
    keys(&out, &mut used);
    assert!(used.contains("column_utf16") && used.contains("omitted") && used.contains("labels"));
    let missing: Vec<_> = used.difference(&named).collect();
    assert!(
        missing.is_empty(),
        "keys the schema does not name: {missing:?}"
    );
}

/// The schema's list of parts is the program's: a new part in `src/analysis/parts.rs` that the schema
/// lacks would make every real JSON output invalid.
#[test]
fn the_json_schema_names_every_part() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("src/render/json.schema.json").unwrap())
            .unwrap();
    fn find_enum(v: &serde_json::Value) -> Option<Vec<String>> {
        if let Some(e) = v.get("part").and_then(|p| p.get("enum")) {
            return Some(
                e.as_array()?
                    .iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect(),
            );
        }
        match v {
            serde_json::Value::Object(m) => m.values().find_map(find_enum),
            serde_json::Value::Array(a) => a.iter().find_map(find_enum),
            _ => None,
        }
    }
    let listed = find_enum(&schema).expect("the schema lists the parts");
    let text = serde_json::to_string(&schema).unwrap();
    let n = vt_lint::analysis::parts::Part::ALL.len();
    assert!(
        text.contains(&format!("\"minItems\":{n},\"maxItems\":{n}"))
            || text.contains(&format!("\"maxItems\":{n},\"minItems\":{n}")),
        "the schema's checklist holds {n} parts"
    );
    let parts: Vec<String> = vt_lint::analysis::parts::Part::ALL
        .iter()
        .map(|p| p.key().to_string())
        .collect();
    assert_eq!(listed, parts);
}
