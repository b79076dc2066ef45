//! `vt-lint.toml`, `--config`, `--force-exclude` and `vt-lint init`, through the real binary.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> String {
    fs::read_to_string(root().join("fixtures/plans").join(name)).unwrap()
}

fn vt(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("vt-lint").unwrap();
    c.current_dir(dir).env_remove("NO_COLOR");
    c
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

/// A fixed reference date, so date rules do not depend on the day the tests run.
const TODAY: &str = "2025-06-01";

fn run(dir: &Path, args: &[&str]) -> Run {
    let mut c = vt(dir);
    if args.first() != Some(&"init") {
        c.args(["--today", TODAY]);
    }
    let o = c.args(args).output().unwrap();
    Run {
        code: o.status.code().unwrap_or(-1),
        out: String::from_utf8(o.stdout).unwrap(),
        err: String::from_utf8(o.stderr).unwrap(),
    }
}

/// A scratch repository: `files` as (path, text).
fn repo(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (p, text) in files {
        let p = dir.path().join(p);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    dir
}

#[test]
fn config_is_found_from_the_plans_folder_upward() {
    let plan = fixture("missing_history.md");
    let d = repo(&[
        ("vt-lint.toml", "[rules]\nVT109 = \"error\"\n"),
        ("plannen/team-a/rick.md", &plan),
    ]);
    let r = run(
        d.path(),
        &[
            "--format",
            "short",
            "--select",
            "VT109",
            "plannen/team-a/rick.md",
        ],
    );
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    assert!(r.out.contains("error[VT109]"), "{}", r.out);
    // From inside the folder too.
    let r = run(&d.path().join("plannen"), &["--format", "short", "team-a"]);
    assert!(r.out.contains("error[VT109]"), "{}", r.out);
    // Without a config: the default severity.
    let d2 = repo(&[("rick.md", &plan)]);
    let r = run(
        d2.path(),
        &["--format", "short", "--select", "VT109", "rick.md"],
    );
    assert_eq!(r.code, 0);
    assert!(r.out.contains("warning[VT109]"), "{}", r.out);
}

#[test]
fn the_nearest_config_wins() {
    let plan = fixture("missing_history.md");
    let d = repo(&[
        ("vt-lint.toml", "[rules]\nVT109 = \"error\"\n"),
        ("a/vt-lint.toml", "[rules]\nmissing-history = \"off\"\n"),
        ("a/rick.md", &plan),
        ("b/rick.md", &plan),
    ]);
    let r = run(d.path(), &["--format", "short", "a", "b"]);
    assert!(!r.out.contains("a/rick.md:1:3: error[VT109]"), "{}", r.out);
    let a_lines: Vec<&str> = r.out.lines().filter(|l| l.starts_with("a/")).collect();
    assert!(a_lines.iter().all(|l| !l.contains("VT109")), "{a_lines:?}");
    assert!(r.out.contains("b/rick.md:1:3: error[VT109]"), "{}", r.out);
}

#[test]
fn rules_by_code_and_name_take_every_level() {
    let plan = fixture("missing_history.md");
    for (key, level, want) in [
        ("VT109", "off", None),
        ("missing-history", "info", Some("info[VT109]")),
        ("VT109", "warning", Some("warning[VT109]")),
        ("missing-history", "error", Some("error[VT109]")),
    ] {
        let d = repo(&[
            ("vt-lint.toml", &format!("[rules]\n{key} = \"{level}\"\n")),
            ("p.md", &plan),
        ]);
        let r = run(
            d.path(),
            &["--format", "short", "--select", "VT109", "p.md"],
        );
        match want {
            Some(w) => assert!(r.out.contains(w), "{key}={level}: {}", r.out),
            None => assert!(!r.out.contains("VT109"), "{key}={level}: {}", r.out),
        }
        assert_eq!(r.code, i32::from(level == "error"), "{key}={level}");
    }
}

#[test]
fn lang_from_config_and_the_flag_wins() {
    let d = repo(&[
        ("vt-lint.toml", "lang = \"en\"\n"),
        ("p.md", &fixture("missing_support.md")),
    ]);
    let r = run(d.path(), &["--format", "short", "p.md"]);
    assert!(r.out.contains("names no support"), "{}", r.out);
    let r = run(d.path(), &["p.md"]);
    assert!(r.out.contains("1 plan checked"), "{}", r.out);
    let r = run(d.path(), &["--lang", "nl", "--format", "short", "p.md"]);
    assert!(r.out.contains("noemt geen ondersteuning"), "{}", r.out);
}

#[test]
fn min_period_weeks_and_address_are_accepted_and_checked() {
    let plan = fixture("good_klantenservice.md");
    for ok in [
        "min-period-weeks = 12\n",
        "address = \"je\"\n",
        "address = \"u\"\n",
        "address = \"auto\"\n",
    ] {
        let d = repo(&[("vt-lint.toml", ok), ("p.md", &plan)]);
        let r = run(d.path(), &["p.md"]);
        assert_ne!(r.code, 2, "{ok}: {}{}", r.out, r.err);
        assert!(r.err.is_empty(), "{ok}: {}", r.err);
    }
    for (bad, line) in [
        ("min-period-weeks = \"acht\"\n", 1),
        ("\nmin-period-weeks = -3\n", 2),
        ("address = \"jij\"\n", 1),
    ] {
        let d = repo(&[("vt-lint.toml", bad), ("p.md", &plan)]);
        let r = run(d.path(), &["p.md"]);
        assert_eq!(r.code, 2, "{bad}");
        assert!(r.out.is_empty(), "{bad}: nothing on stdout: {}", r.out);
        assert!(
            r.err.contains(&format!("vt-lint.toml:{line}:")),
            "{bad}: {}",
            r.err
        );
    }
}

/// An integer too large for its type once gave "invalid type: integer … as i128, expected
/// i64": now the allowed range, in both languages.
#[test]
fn an_overflowing_integer_gets_the_allowed_range() {
    let plan = fixture("missing_support.md");
    for value in [
        "99999999999999999999",
        "1000000000000000000000000000000000000000000",
    ] {
        let toml = format!("min-period-weeks = {value}\n");
        let d = repo(&[("vt-lint.toml", &toml), ("p.md", &plan)]);
        let r = run(d.path(), &["p.md"]);
        assert_eq!(r.code, 2, "{value}");
        assert!(
            r.err.starts_with(&format!(
                "fout: ongeldige configuratie: min-period-weeks moet een geheel getal van 1 tot en met 260 zijn, niet {value}\n"
            )),
            "{}",
            r.err
        );
        assert!(r.err.contains("vt-lint.toml:1:20"), "{}", r.err);
        let r = run(d.path(), &["--lang", "en", "p.md"]);
        assert!(
            r.err.contains(&format!(
                "min-period-weeks must be a whole number from 1 to 260, not {value}\n"
            )),
            "{}",
            r.err
        );
    }
}

#[test]
fn sections_add_synonyms() {
    let plan = fixture("missing_support.md")
        + "\n## Hulplijn\n\nElke dinsdag een uur met Mark de Groot.\n";
    let d = repo(&[("p.md", &plan)]);
    let r = run(
        d.path(),
        &["--format", "short", "--select", "VT104", "p.md"],
    );
    assert!(
        r.out.contains("VT104"),
        "the renamed heading is not recognised: {}",
        r.out
    );
    let d = repo(&[
        ("vt-lint.toml", "[sections]\nsupport = [\"hulplijn\"]\n"),
        ("p.md", &plan),
    ]);
    let r = run(
        d.path(),
        &["--format", "short", "--select", "VT104", "p.md"],
    );
    assert!(!r.out.contains("VT104"), "{}", r.out);
}

#[test]
fn lexicon_keys_are_accepted_and_checked() {
    let plan = fixture("good_klantenservice.md");
    let d = repo(&[
        (
            "vt-lint.toml",
            "[lexicon]\nvague-terms = [\"hands-on mentaliteit\"]\nallow = [\"proactief\"]\n",
        ),
        ("p.md", &plan),
    ]);
    let r = run(d.path(), &["p.md"]);
    assert_ne!(r.code, 2, "{}{}", r.out, r.err);
    assert!(r.err.is_empty(), "{}", r.err);
    let d = repo(&[
        (
            "vt-lint.toml",
            "[lexicon]\nallow = [\"x\"]\nvague = [\"y\"]\n",
        ),
        ("p.md", &plan),
    ]);
    let r = run(d.path(), &["p.md"]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("vt-lint.toml:3:"), "{}", r.err);
    assert!(r.err.contains("onbekende sleutel"), "{}", r.err);
}

#[test]
fn exclude_applies_to_walked_folders_and_with_force_exclude_to_named_paths() {
    let plan = fixture("missing_support.md");
    let d = repo(&[
        (
            "vt-lint.toml",
            "exclude = [\"archief/**\", \"concept-*.md\"]\n",
        ),
        ("archief/2019/oud.md", &plan),
        ("concept-jan.md", &plan),
        ("plannen/nieuw.md", &plan),
    ]);
    let r = run(d.path(), &["--format", "short", "."]);
    assert!(r.out.contains("plannen/nieuw.md"), "{}", r.out);
    assert!(
        !r.out.contains("oud.md") && !r.out.contains("concept-jan"),
        "{}",
        r.out
    );
    // Named on the command line: linted, unless --force-exclude.
    let r = run(
        d.path(),
        &["--format", "short", "archief/2019/oud.md", "concept-jan.md"],
    );
    assert!(
        r.out.contains("oud.md") && r.out.contains("concept-jan.md"),
        "{}",
        r.out
    );
    let r = run(
        d.path(),
        &[
            "--format",
            "short",
            "--force-exclude",
            "archief/2019/oud.md",
            "concept-jan.md",
            "plannen/nieuw.md",
        ],
    );
    assert!(
        !r.out.contains("oud.md") && !r.out.contains("concept-jan"),
        "{}",
        r.out
    );
    assert!(r.out.contains("plannen/nieuw.md"), "{}", r.out);
    // Globs are relative to the config file, wherever vt-lint runs from.
    let r = run(
        &d.path().join("archief"),
        &["--format", "short", "--force-exclude", "2019/oud.md"],
    );
    assert!(r.out.is_empty(), "{}", r.out);
    assert_eq!(r.code, 0);
}

fn run_stdin(dir: &Path, args: &[&str], input: &str) -> Run {
    let o = vt(dir)
        .args(["--today", TODAY])
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap();
    Run {
        code: o.status.code().unwrap_or(-1),
        out: String::from_utf8(o.stdout).unwrap(),
        err: String::from_utf8(o.stderr).unwrap(),
    }
}

#[test]
fn stdin_filename_under_an_excluded_glob_is_not_linted_with_force_exclude() {
    let plan = fixture("missing_support.md");
    let d = repo(&[
        (
            "vt-lint.toml",
            "exclude = [\"archief/**\", \"concept-*.md\"]\n",
        ),
        ("archief/2019/oud.md", &plan),
    ]);
    // Without --force-exclude the buffer is linted under its name, as a named path would be.
    let r = run_stdin(
        d.path(),
        &[
            "--format",
            "short",
            "--stdin-filename",
            "archief/2019/oud.md",
            "-",
        ],
        &plan,
    );
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    assert!(r.out.contains("archief/2019/oud.md:"), "{}", r.out);
    // With it, an excluded name (existing on disk or not, in a folder that exists or not)
    // means nothing is linted and the run passes.
    for name in [
        "archief/2019/oud.md",
        "archief/2024/nog-niet-opgeslagen.md",
        "concept-piet.md",
    ] {
        for format in ["short", "human", "json"] {
            let r = run_stdin(
                d.path(),
                &[
                    "--format",
                    format,
                    "--force-exclude",
                    "--stdin-filename",
                    name,
                    "-",
                ],
                &plan,
            );
            assert_eq!(r.code, 0, "{name} {format}: {}{}", r.out, r.err);
            assert!(!r.out.contains(name), "{name} {format}: {}", r.out);
            assert!(!r.out.contains("VT1"), "{name} {format}: {}", r.out);
            assert!(r.err.is_empty(), "{name} {format}: {}", r.err);
        }
    }
    // JSON still gives one valid document, with no files.
    let r = run_stdin(
        d.path(),
        &[
            "--format",
            "json",
            "--force-exclude",
            "--stdin-filename",
            "concept-piet.md",
            "-",
        ],
        &plan,
    );
    let v: serde_json::Value = serde_json::from_str(&r.out).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 0, "{}", r.out);
    // A name the config does not exclude is still linted with --force-exclude.
    let r = run_stdin(
        d.path(),
        &[
            "--format",
            "short",
            "--force-exclude",
            "--stdin-filename",
            "plannen/nieuw.md",
            "-",
        ],
        &plan,
    );
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    assert!(r.out.contains("plannen/nieuw.md:"), "{}", r.out);
}

#[test]
fn an_explicit_config_is_used_for_every_plan() {
    let plan = fixture("missing_history.md");
    let d = repo(&[
        ("vt-lint.toml", "[rules]\nVT109 = \"off\"\n"),
        ("ci/strikt.toml", "[rules]\nVT109 = \"error\"\n"),
        ("a/p.md", &plan),
    ]);
    let r = run(
        d.path(),
        &["--format", "short", "--config", "ci/strikt.toml", "a/p.md"],
    );
    assert!(r.out.contains("error[VT109]"), "{}", r.out);
    let r = run(d.path(), &["--config", "ci/ontbreekt.toml", "a/p.md"]);
    assert_eq!(r.code, 2);
    assert!(r.out.is_empty());
    assert!(
        r.err.contains("ci/ontbreekt.toml") && r.err.contains("niet gevonden"),
        "{}",
        r.err
    );
}

#[test]
fn stdin_uses_the_config_of_its_stdin_filename_folder() {
    let d = repo(&[("team/vt-lint.toml", "[rules]\nVT109 = \"error\"\n")]);
    let o = vt(d.path())
        .args(["--format", "short", "--stdin-filename", "team/p.md", "-"])
        .write_stdin(fixture("missing_history.md"))
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("team/p.md:1:3: error[VT109]"), "{out}");
}

#[test]
fn broken_configs_stop_the_run_and_point_at_the_line() {
    let plan = fixture("good_klantenservice.md");
    let cases = [
        (
            "lang = \"nl\"\nmin-period-weeks = 8\n[rules\n",
            3,
            "ongeldige TOML",
        ),
        (
            "lang = \"nl\"\nmin-period-weeks = [8]\n",
            2,
            "verkeerd type",
        ),
        (
            "[rules]\nVT101 = \"off\"\nVT1O9 = \"off\"\n",
            3,
            "bedoelde je VT109",
        ),
        ("[rules]\nVT101 = \"hard\"\n", 2, "onbekende waarde"),
        (
            "exclude = [\"archief/**\", \"{a,b\"]\n",
            1,
            "ongeldig glob-patroon",
        ),
        ("taal = \"nl\"\n", 1, "onbekende sleutel"),
        ("[sections]\nhulp = [\"x\"]\n", 2, "onbekend onderdeel"),
    ];
    for (toml, line, words) in cases {
        let d = repo(&[("vt-lint.toml", toml), ("p.md", &plan)]);
        for format in ["human", "json", "sarif"] {
            let r = run(d.path(), &["--format", format, "p.md"]);
            assert_eq!(r.code, 2, "{toml}");
            assert!(
                r.out.is_empty(),
                "{toml}: stdout must stay empty: {}",
                r.out
            );
            assert!(
                r.err.contains(&format!("vt-lint.toml:{line}:")),
                "{toml}: line {line}: {}",
                r.err
            );
            assert!(r.err.contains(words), "{toml}: {}", r.err);
        }
    }
    // English with --lang en.
    let d = repo(&[("vt-lint.toml", "taal = \"nl\"\n"), ("p.md", &plan)]);
    let r = run(d.path(), &["--lang", "en", "p.md"]);
    assert!(r.err.contains("unknown field"), "{}", r.err);
}

#[test]
fn a_broken_config_elsewhere_stops_the_run_before_any_output() {
    let plan = fixture("missing_support.md");
    let d = repo(&[
        ("a/p.md", &plan),
        ("b/vt-lint.toml", "lang = 3\n"),
        ("b/p.md", &plan),
    ]);
    let r = run(d.path(), &["--format", "json", "a/p.md", "b/p.md"]);
    assert_eq!(r.code, 2);
    assert!(r.out.is_empty(), "{}", r.out);
    assert!(r.err.contains("vt-lint.toml:1:"), "{}", r.err);
}

#[test]
fn init_writes_every_default_and_never_overwrites() {
    let d = repo(&[("p.md", &fixture("missing_history.md"))]);
    let r = run(d.path(), &["init"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let text = fs::read_to_string(d.path().join("vt-lint.toml")).unwrap();
    for key in [
        "lang = \"nl\"",
        "min-period-weeks = 8",
        "address = \"auto\"",
        "exclude = []",
        "[rules]",
        "# VT109 = \"warning\"",
        "[lexicon]",
        "vague-terms = []",
        "allow = []",
        "[sections]",
        "support = []",
    ] {
        assert!(text.contains(key), "{key} missing from\n{text}");
    }
    // The written file is a valid config that changes nothing.
    let r = run(
        d.path(),
        &["--format", "short", "--select", "VT109", "p.md"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("warning[VT109]"));
    // A second init refuses.
    fs::write(d.path().join("vt-lint.toml"), "# mijn eigen\n").unwrap();
    let r = run(d.path(), &["init"]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("bestaat al"), "{}", r.err);
    assert_eq!(
        fs::read_to_string(d.path().join("vt-lint.toml")).unwrap(),
        "# mijn eigen\n"
    );
    // In English.
    let d = repo(&[]);
    let r = run(d.path(), &["init", "--lang", "en"]);
    assert_eq!(r.code, 0);
    let text = fs::read_to_string(d.path().join("vt-lint.toml")).unwrap();
    assert!(text.contains("# Message language"), "{text}");
}

#[test]
fn unknown_select_codes_are_a_usage_error() {
    let d = repo(&[("p.md", &fixture("missing_support.md"))]);
    let r = run(d.path(), &["--select", "VT1O4", "p.md"]);
    assert_eq!(r.code, 2);
    assert!(r.out.is_empty());
    assert!(
        r.err.contains("VT1O4") && r.err.contains("VT104"),
        "{}",
        r.err
    );
}

/// The rule a key steers, when this build has it (the wording, timeline and address rules
/// live beside the config code; without them these checks have nothing to observe).
fn rule(name: &str) -> Option<&'static str> {
    vt_lint::rules::lookup(name).map(|m| m.code)
}

#[test]
fn min_period_weeks_steers_period_too_short() {
    let code = rule("period-too-short").expect("the rule is registered");
    let plan = fixture("good_klantenservice.md");
    let d = repo(&[("p.md", &plan)]);
    let args = ["--format", "short", "--select", code, "p.md"];
    assert!(!run(d.path(), &args).out.contains(code));
    fs::write(d.path().join("vt-lint.toml"), "min-period-weeks = 52\n").unwrap();
    let r = run(d.path(), &args);
    assert!(r.out.contains(code) && r.out.contains("52"), "{}", r.out);
}

#[test]
fn address_steers_mixed_address() {
    let code = rule("mixed-address").expect("the rule is registered");
    let plan = fixture("good_klantenservice.md");
    let d = repo(&[("p.md", &plan)]);
    let args = ["--format", "short", "--select", code, "p.md"];
    for (toml, fires) in [
        ("", false),
        ("address = \"je\"\n", false),
        ("address = \"auto\"\n", false),
        ("address = \"u\"\n", true),
    ] {
        fs::write(d.path().join("vt-lint.toml"), toml).unwrap();
        let r = run(d.path(), &args);
        assert_eq!(r.out.contains(code), fires, "{toml:?}: {}", r.out);
    }
}

#[test]
fn lexicon_steers_vague_term() {
    let code = rule("vague-term").expect("the rule is registered");
    let plan = fixture("good_klantenservice.md")
        + "\n- Je toont een hands-on mentaliteit.\n- Je bent proactief.\n";
    let d = repo(&[("p.md", &plan)]);
    let args = ["--format", "short", "--select", code, "p.md"];
    let r = run(d.path(), &args);
    assert!(r.out.contains("\"proactief\""), "{}", r.out);
    assert!(!r.out.contains("hands-on"), "{}", r.out);
    fs::write(
        d.path().join("vt-lint.toml"),
        "[lexicon]\nvague-terms = [\"hands-on mentaliteit\"]\nallow = [\"proactief\"]\n",
    )
    .unwrap();
    let r = run(d.path(), &args);
    assert!(r.out.contains("\"hands-on mentaliteit\""), "{}", r.out);
    assert!(!r.out.contains("\"proactief\""), "{}", r.out);
}

#[cfg(unix)]
#[test]
fn init_writes_nothing_through_a_link_and_leaves_no_temporary_file() {
    let d = repo(&[("p.md", &fixture("missing_history.md"))]);
    // A dangling link: writing through it would create the file it points at.
    std::os::unix::fs::symlink("elders.toml", d.path().join("vt-lint.toml")).unwrap();
    let r = run(d.path(), &["init"]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains("bestaat al"), "{}", r.err);
    assert!(!d.path().join("elders.toml").exists());
    fs::remove_file(d.path().join("vt-lint.toml")).unwrap();
    let r = run(d.path(), &["init"]);
    assert_eq!(r.code, 0, "{}", r.err);
    // Made as an editor makes a file: 0666 less the umask.
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(d.path().join("vt-lint.toml"))
        .unwrap()
        .permissions()
        .mode();
    let umask = std::process::Command::new("sh")
        .args(["-c", "umask"])
        .output()
        .unwrap();
    let umask = u32::from_str_radix(String::from_utf8(umask.stdout).unwrap().trim(), 8).unwrap();
    assert_eq!(mode & 0o777, 0o666 & !umask);
    let names: Vec<String> = fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn a_toml_syntax_error_is_dutch_with_file_line_and_column() {
    let plan = fixture("missing_support.md");
    let d = repo(&[("vt-lint.toml", "lang = \"nl\"\n[rules\n"), ("p.md", &plan)]);
    let r = run(d.path(), &["p.md"]);
    assert_eq!(r.code, 2);
    assert!(
        r.err.starts_with(
            "fout: ongeldige configuratie: ongeldige TOML: de tabelnaam is niet afgesloten; verwacht `]`\n"
        ),
        "{}",
        r.err
    );
    assert!(r.err.contains("vt-lint.toml:2:7"), "{}", r.err);
    assert!(!r.err.contains("unclosed"), "{}", r.err);
    let r = run(d.path(), &["--lang", "en", "p.md"]);
    assert!(
        r.err
            .starts_with("error: invalid configuration: unclosed table, expected `]`"),
        "{}",
        r.err
    );
}
