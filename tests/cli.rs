//! The command line as users meet it: exit statuses, stdin, many files with one unreadable,
//! non-UTF-8 input, directories, the JSON shape field by field, `rules` and `explain`.

use assert_cmd::Command;
use std::fs;

fn vt() -> Command {
    let mut c = Command::cargo_bin("vt-lint").unwrap();
    c.args(["--today", "2025-06-01", "--color", "never"])
        .env_remove("NO_COLOR");
    c
}

const GOOD: &str = "fixtures/plans/good_magazijn.md";
const NO_SUPPORT: &str = "fixtures/plans/missing_support.md";
const NO_HISTORY: &str = "fixtures/plans/missing_history.md"; // a warning only

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}
fn stderr(o: &std::process::Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn exit_status_zero_one_and_fail_on() {
    vt().arg(GOOD).assert().code(0);
    vt().arg(NO_SUPPORT).assert().code(1);
    // A warning alone passes by default, fails with --fail-on warning.
    vt().arg(NO_HISTORY).assert().code(0);
    vt().args(["--fail-on", "warning", NO_HISTORY])
        .assert()
        .code(1);
    vt().args(["--exit-zero", NO_SUPPORT]).assert().code(0);
}

#[test]
fn exit_status_two_for_usage_and_io_problems_and_other_files_still_linted() {
    vt().arg("--no-such-flag").assert().code(2);
    vt().args(["--format", "xml", GOOD]).assert().code(2);
    let o = vt()
        .args(["--format", "short", NO_SUPPORT, "does/not/exist.md", GOOD])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stdout(&o).contains("missing_support.md:1:3: error[VT104]"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("does/not/exist.md: bestand niet gevonden"),
        "{}",
        stderr(&o)
    );
    // I/O trouble still exits 2 under --exit-zero.
    vt().args(["--exit-zero", "does/not/exist.md"])
        .assert()
        .code(2);
}

#[test]
fn bad_inputs_get_one_clear_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.md");
    fs::write(&latin1, b"# Verbeterplan\n\nJe werkt na\xefef.\n").unwrap();
    let empty = dir.path().join("leeg.md");
    fs::write(&empty, b"").unwrap();
    let binary = dir.path().join("plaatje.md");
    fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let emptydir = dir.path().join("leeg");
    fs::create_dir(&emptydir).unwrap();
    let before = fs::read(&latin1).unwrap();
    let o = vt()
        .args(["--format", "json"])
        .arg(&latin1)
        .arg(&empty)
        .arg(&binary)
        .arg(&emptydir)
        .arg(GOOD)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 4, "{err}");
    assert!(
        err.contains(
            "latin1.md: geen geldige UTF-8-tekst: ongeldige byte 0xEF op byte 27 (regel 3)"
        ),
        "{err}"
    );
    assert!(err.contains("leeg.md: het bestand is leeg"), "{err}");
    assert!(
        err.contains("plaatje.md: dit is een binair bestand"),
        "{err}"
    );
    assert!(
        err.contains("geen plannen (*.md, *.markdown) gevonden"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 5);
    assert!(files[0]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(files[0]["diagnostics"].as_array().unwrap().len(), 0);
    assert!(files[4]["error"].is_null());
    assert_eq!(
        fs::read(&latin1).unwrap(),
        before,
        "input files are never written"
    );
}

#[test]
fn stdin_with_and_without_a_name() {
    let plan = fs::read_to_string(NO_SUPPORT).unwrap();
    let o = vt()
        .args([
            "--format",
            "short",
            "--stdin-filename",
            "plannen/jansen.md",
            "-",
        ])
        .write_stdin(plan.clone())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).starts_with("plannen/jansen.md:1:3: error[VT104]"),
        "{}",
        stdout(&o)
    );
    let o = vt()
        .args(["--format", "short", "-"])
        .write_stdin(plan)
        .output()
        .unwrap();
    assert!(
        stdout(&o).starts_with("<stdin>:1:3: error[VT104]"),
        "{}",
        stdout(&o)
    );
    let o = vt()
        .arg("-")
        .write_stdin(b"\xff\xfe".to_vec())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn directories_are_walked_honouring_gitignore() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("team/archief")).unwrap();
    fs::copy(GOOD, dir.path().join("team/b.md")).unwrap();
    fs::copy(NO_SUPPORT, dir.path().join("team/a.markdown")).unwrap();
    fs::copy(NO_SUPPORT, dir.path().join("team/archief/oud.md")).unwrap();
    fs::write(dir.path().join("team/notities.txt"), "geen plan").unwrap();
    fs::write(dir.path().join(".gitignore"), "archief/\n").unwrap();
    let o = vt()
        .args(["--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let paths: Vec<String> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(
        paths[0].ends_with("team/a.markdown") && paths[1].ends_with("team/b.md"),
        "{paths:?}"
    );
}

/// Exactly the ignore files README.md lists count, and the summary says how many plans they
/// (and config `exclude`) left out.
#[test]
fn which_ignore_files_count_and_the_skipped_count() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("plannen");
    for d in ["team/archief", "lokaal", "zoek"] {
        fs::create_dir_all(dir.join(d)).unwrap();
    }
    for f in [
        "team/a.md",
        "team/archief/oud.md",
        "team/archief/ouder.markdown",
        "lokaal/b.md",
        "zoek/c.md",
        "globaal.md",
    ] {
        fs::copy(GOOD, dir.join(f)).unwrap();
    }
    fs::write(dir.join("team/archief/notities.txt"), "geen plan").unwrap();
    fs::write(dir.join(".gitignore"), "archief/\n").unwrap();
    // Search tools' ignore file: does not count.
    fs::write(dir.join(".ignore"), "zoek/\n").unwrap();
    // git's global excludes file (via XDG_CONFIG_HOME): counts only inside a git repository.
    let xdg = tmp.path().join("xdg");
    fs::create_dir_all(xdg.join("git")).unwrap();
    fs::write(xdg.join("git/ignore"), "globaal.md\n").unwrap();
    let home = tmp.path().join("home");
    fs::create_dir_all(&home).unwrap();
    let run = |args: &[&str]| {
        vt().env("HOME", &home)
            .env("XDG_CONFIG_HOME", &xdg)
            .args(args)
            .arg(&dir)
            .output()
            .unwrap()
    };
    let names = |o: &std::process::Output| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&stdout(o)).unwrap();
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let p = f["path"].as_str().unwrap();
                p[dir.to_str().unwrap().len() + 1..].to_string()
            })
            .collect()
    };

    // Outside a git repository: only .gitignore.
    let o = run(&["--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        names(&o),
        ["globaal.md", "lokaal/b.md", "team/a.md", "zoek/c.md"]
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["summary"]["skipped"], 2, "{}", stdout(&o));
    let o = run(&[]);
    assert!(
        stdout(&o).ends_with(
            "4 plannen gecontroleerd: 0 fouten, 0 waarschuwingen, 0 opmerkingen, 2 overgeslagen door .gitignore/exclude\n"
        ),
        "{}",
        stdout(&o)
    );
    let o = run(&["--lang", "en"]);
    assert!(
        stdout(&o).ends_with(", 2 skipped by ignore rules/exclude\n"),
        "{}",
        stdout(&o)
    );

    // Inside a git repository: also .git/info/exclude and the global excludes file.
    fs::create_dir_all(dir.join(".git/info")).unwrap();
    fs::write(dir.join(".git/info/exclude"), "lokaal/\n").unwrap();
    let o = run(&["--format", "json"]);
    assert_eq!(names(&o), ["team/a.md", "zoek/c.md"], "{}", stdout(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["summary"]["skipped"], 4);

    // Config `exclude` counts too.
    fs::write(dir.join("vt-lint.toml"), "exclude = [\"zoek/**\"]\n").unwrap();
    let o = run(&[]);
    assert!(
        stdout(&o).ends_with(", 5 overgeslagen door .gitignore/exclude\n"),
        "{}",
        stdout(&o)
    );

    // Plans named one by one: no count in the summary, and none in the JSON.
    let o = vt().args(["--format", "json", GOOD]).output().unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["summary"].get("skipped").is_none(), "{}", stdout(&o));
}

/// A full disk (`/dev/full`) on stdout: every command says so and exits 2, instead of exiting
/// 2 without a word (lint) or 0 (`explain`, `--version`).
#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_to_stdout_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let good = fs::canonicalize(GOOD).unwrap();
    let good = good.to_str().unwrap();
    let cases: [&[&str]; 9] = [
        &[good],
        &["--format", "json", good],
        &["--format", "sarif", good],
        &["rules"],
        &["rules", "--format", "json"],
        &["explain", "VT201"],
        &["init"],
        &["--version"],
        &["--help"],
    ];
    for args in cases {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_vt-lint"))
            .args(args)
            .current_dir(dir.path())
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).starts_with("vt-lint: fout: kan de uitvoer niet schrijven: "),
            "{args:?}: {:?}",
            stderr(&o)
        );
    }
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_vt-lint"))
        .args(["--lang", "en", "--version"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("vt-lint: error: cannot write the output: "),
        "{}",
        stderr(&o)
    );
    // With somewhere to write, --version and --help still exit 0.
    vt().arg("--version")
        .assert()
        .code(0)
        .stdout(format!("vt-lint {}\n", env!("CARGO_PKG_VERSION")));
    vt().arg("--help").assert().code(0);
}

#[test]
fn json_shape_field_by_field() {
    let src = "# Plan – één\n\n## Doelen\n\nJe moet proactiever worden.\n";
    let o = vt()
        .args([
            "--format",
            "json",
            "--select",
            "VT201",
            "--stdin-filename",
            "plannen/jansen.md",
            "-",
        ])
        .write_stdin(src)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["tool"]["name"], "vt-lint");
    assert_eq!(v["tool"]["version"], env!("CARGO_PKG_VERSION"));
    let f = &v["files"][0];
    assert_eq!(f["path"], "plannen/jansen.md");
    assert!(f["error"].is_null());
    let d = &f["diagnostics"][0];
    assert_eq!(d["code"], "VT201");
    assert_eq!(d["name"], "vague-term");
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["message"], "vage formulering: \"proactiever\"");
    assert!(d["help"].as_str().unwrap().len() > 10);
    let start = src.find("proactiever").unwrap();
    assert_eq!(d["span"]["start"]["offset"], start);
    assert_eq!(d["span"]["start"]["line"], 5);
    assert_eq!(d["span"]["start"]["column"], 9);
    assert_eq!(d["span"]["end"]["offset"], start + "proactiever".len());
    assert_eq!(d["span"]["end"]["column"], 20);
    assert_eq!(d["labels"], serde_json::json!([]));
    assert_eq!(
        v["summary"],
        serde_json::json!({ "files": 1, "errors": 0, "warnings": 1, "infos": 0 })
    );
}

#[test]
fn labels_for_end_before_start_and_character_columns() {
    let src = "# Plan\n\nStartdatum: 2 maart 2026\nEinddatum: 1 februari 2026\n";
    let o = vt()
        .args(["--format", "json", "--select", "VT302", "-"])
        .write_stdin(src)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "VT302");
    assert_eq!(d["span"]["start"]["line"], 4);
    assert_eq!(d["labels"][0]["message"], "startdatum");
    assert_eq!(d["labels"][0]["span"]["start"]["line"], 3);
    // ariadne shows both labels.
    let o = vt()
        .args(["--format", "pretty", "--select", "VT302", "-"])
        .write_stdin(src)
        .output()
        .unwrap();
    let out = stdout(&o);
    assert!(
        out.contains("startdatum") && out.contains("end-before-start"),
        "{out}"
    );
}

#[test]
fn english_messages_and_colour_control() {
    let o = vt()
        .args(["--lang", "en", "--format", "short", NO_SUPPORT])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("error[VT104] the plan names no support or guidance"),
        "{}",
        stdout(&o)
    );
    let o = Command::cargo_bin("vt-lint")
        .unwrap()
        .args(["--color", "always", NO_SUPPORT])
        .output()
        .unwrap();
    assert!(stdout(&o).contains('\x1b'));
    let mut c = Command::cargo_bin("vt-lint").unwrap();
    let o = c
        .args(["--color", "auto", NO_SUPPORT])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stdout(&o).contains('\x1b'));
}

#[test]
fn human_report_has_caret_help_checklist_and_summary() {
    let o = vt().arg(NO_SUPPORT).output().unwrap();
    let out = stdout(&o);
    assert!(
        out.contains("fout[VT104]: het plan noemt geen ondersteuning of begeleiding"),
        "{out}"
    );
    assert!(out.contains("^^^^"), "{out}");
    assert!(
        out.contains("= help: noem de hulp die de werkgever biedt"),
        "{out}"
    );
    assert!(
        out.contains("✗ ondersteuning") && out.contains("✓ probleemstelling"),
        "{out}"
    );
    assert!(
        out.trim_end()
            .ends_with("1 plan gecontroleerd: 1 fout, 0 waarschuwingen, 0 opmerkingen"),
        "{out}"
    );
    // --no-snippets: locations and messages, no plan text.
    let o = vt().args(["--no-snippets", NO_SUPPORT]).output().unwrap();
    let out = stdout(&o);
    assert!(
        out.contains("--> fixtures/plans/missing_support.md:1:3"),
        "{out}"
    );
    assert!(!out.contains("Verbeterplan"), "{out}");
}

#[test]
fn select_and_ignore_take_codes_and_names() {
    let o = vt()
        .args([
            "--format",
            "short",
            "--ignore",
            "missing-support",
            NO_SUPPORT,
        ])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "");
    let o = vt()
        .args(["--select", "VT1O4", NO_SUPPORT])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("onbekende regel 'VT1O4'; bedoelde je VT104 (missing-support)?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn rules_and_explain() {
    let vt = || Command::cargo_bin("vt-lint").unwrap();
    let o = vt().arg("rules").output().unwrap();
    let out = stdout(&o);
    for code in ["VT101", "VT111", "VT201", "VT307", "VT403", "VT502"] {
        assert!(out.contains(code), "{code} missing from `vt-lint rules`");
    }
    let o = vt().args(["rules", "--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), vt_lint::rules::RULES.len());
    assert_eq!(v[0]["code"], "VT001");
    let o = vt().args(["explain", "vague-term"]).output().unwrap();
    let out = stdout(&o);
    assert!(
        out.starts_with("# VT201 vague-term")
            && out.contains("## Niet zo")
            && out.contains("## Wel zo"),
        "{out}"
    );
    let o = vt()
        .args(["explain", "VT306", "--lang", "en"])
        .output()
        .unwrap();
    assert!(stdout(&o).contains("## Bad"));
    let o = vt().args(["explain", "VT99"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("onbekende regel 'VT99'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn crlf_bom_and_nfd_change_nothing_but_bytes() {
    use unicode_normalization::UnicodeNormalization;
    let plain = fs::read_to_string("fixtures/vague-term/dirty_goals.md").unwrap()
        + "- In één week ben je proactiever en geëngageerd.\n";
    let crlf = format!("\u{FEFF}{}", plain.replace('\n', "\r\n"));
    let nfd: String = plain.nfd().collect();
    assert_ne!(nfd, plain, "the test text has accents to decompose");
    let run = |s: String| {
        let o = vt()
            .args(["--format", "json", "--select", "VT201", "-"])
            .write_stdin(s)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        v["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["message"].as_str().unwrap().to_string(),
                    d["span"]["start"]["line"].as_u64().unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    let a = run(plain);
    assert!(a.iter().any(|(m, _)| m.contains("proactiever")), "{a:?}");
    assert_eq!(a, run(crlf));
    assert_eq!(a, run(nfd));
}

/// Old Mac files end lines with a lone `\r`: the same plan with `\n`, `\r\n` and `\r` gives
/// the same findings on the same lines and columns (it once put every finding on line 1).
#[test]
fn lf_crlf_and_cr_give_the_same_line_numbers() {
    let plain = fs::read_to_string("fixtures/plans/bad_everything.md").unwrap();
    let run = |s: String| {
        let o = vt()
            .args(["--format", "json", "-"])
            .write_stdin(s)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        v["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let p = |k: &str| {
                    let at = &d["span"][k];
                    (at["line"].as_u64().unwrap(), at["column"].as_u64().unwrap())
                };
                (
                    d["code"].as_str().unwrap().to_string(),
                    p("start"),
                    p("end"),
                )
            })
            .collect::<Vec<_>>()
    };
    let lf = run(plain.clone());
    assert!(
        lf.len() > 20 && lf.iter().any(|(_, s, _)| s.0 > 20),
        "{lf:?}"
    );
    assert_eq!(lf, run(plain.replace('\n', "\r\n")), "CRLF");
    assert_eq!(lf, run(plain.replace('\n', "\r")), "CR");
    // The short format says the same.
    let short = |s: String| {
        let o = vt()
            .args(["--format", "short", "-"])
            .write_stdin(s)
            .output()
            .unwrap();
        stdout(&o)
    };
    assert_eq!(short(plain.clone()), short(plain.replace('\n', "\r")));
}

/// Run the binary in `dir` with stdin an open pipe nobody writes to: a run that reads stdin
/// would wait forever, so it gets ten seconds.
fn run_with_open_stdin(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    use std::process::Stdio;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_vt-lint"))
        .args(["--today", "2025-06-01", "--color", "never"])
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _keep_open = child.stdin.take();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(10) {
            child.kill().unwrap();
            panic!("vt-lint {args:?} waited on stdin");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn no_path_lints_the_current_directory_and_never_reads_stdin() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("team")).unwrap();
    fs::copy(NO_SUPPORT, dir.path().join("team/plan.md")).unwrap();
    fs::copy(GOOD, dir.path().join("goed.md")).unwrap();
    let o = run_with_open_stdin(dir.path(), &["--format", "short"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    // Paths as the user would type them, without "./".
    assert!(out.starts_with("team/plan.md:1:3: error[VT104]"), "{out}");
    let o = run_with_open_stdin(dir.path(), &[]);
    assert!(
        stdout(&o).contains("2 plannen gecontroleerd"),
        "{}",
        stdout(&o)
    );
    // `-` still reads stdin.
    let o = vt()
        .current_dir(dir.path())
        .args(["--format", "short", "-"])
        .write_stdin(fs::read_to_string(NO_SUPPORT).unwrap())
        .output()
        .unwrap();
    assert!(
        stdout(&o).starts_with("<stdin>:1:3: error[VT104]"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn the_summary_counts_only_plans_linted_and_names_what_could_not_be_read() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("leeg")).unwrap();
    let summary = |o: &std::process::Output| {
        stdout(o)
            .trim_end()
            .lines()
            .last()
            .unwrap_or("")
            .to_string()
    };
    // A missing file alone: no plan was checked.
    let o = vt().current_dir(dir.path()).arg("weg.md").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        summary(&o),
        "geen plan gecontroleerd; 1 bestand niet te lezen (zie de foutmelding hierboven)"
    );
    assert_eq!(stderr(&o), "vt-lint: fout: weg.md: bestand niet gevonden\n");
    // An empty directory says so, by name.
    let o = vt().current_dir(dir.path()).arg("leeg").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        summary(&o),
        "geen plan gecontroleerd; geen plannen gevonden in leeg"
    );
    assert_eq!(
        stderr(&o),
        "vt-lint: fout: geen plannen (*.md, *.markdown) gevonden in leeg\n"
    );
    // Empty stdin.
    let o = vt().arg("-").write_stdin("").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        summary(&o).starts_with("geen plan gecontroleerd; 1 bestand niet te lezen"),
        "{}",
        summary(&o)
    );
    assert!(
        stderr(&o).contains("<stdin>: leeg: er kwam geen tekst binnen"),
        "{}",
        stderr(&o)
    );
    // One good plan beside both: one plan checked, the rest named; JSON counts the same way.
    let good = fs::canonicalize(GOOD).unwrap();
    let o = vt()
        .current_dir(dir.path())
        .args(["--lang", "en"])
        .arg(&good)
        .args(["weg.md", "leeg"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        summary(&o),
        "1 plan checked: 0 errors, 0 warnings, 0 infos; 1 file could not be read (see the error above); no plans found in leeg"
    );
    let o = vt()
        .current_dir(dir.path())
        .args(["--format", "json"])
        .arg(&good)
        .args(["weg.md", "leeg"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["summary"]["files"], 1, "{v}");
    assert_eq!(v["summary"]["unreadable"], 2, "{v}");
    assert_eq!(v["files"].as_array().unwrap().len(), 3);
}

#[test]
fn usage_errors_and_help_are_dutch_by_default_and_english_with_lang_en() {
    let o = vt().args(["--format", "xml", GOOD]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("fout: ongeldige waarde 'xml' voor '--format <FORMAAT>'\n"),
        "{err}"
    );
    assert!(
        err.contains("mogelijke waarden: human, short, pretty, json, sarif, github"),
        "{err}"
    );
    for english in [
        "error:",
        "invalid value",
        "possible values",
        "For more information",
    ] {
        assert!(!err.contains(english), "{english} in {err}");
    }
    let err = stderr(&vt().args(["--formt", "json", GOOD]).output().unwrap());
    assert!(
        err.contains("onbekende optie of argument '--formt'"),
        "{err}"
    );
    assert!(err.contains("tip: bedoelde je '--format'?"), "{err}");
    assert!(err.contains("Gebruik: vt-lint [OPTIES] [PAD]..."), "{err}");
    let err = stderr(&vt().args(["--format", "jsn", GOOD]).output().unwrap());
    assert!(err.contains("tip: bedoelde je 'json'?"), "{err}");

    let help = stdout(&vt().arg("--help").output().unwrap());
    assert!(
        help.contains("Gebruik: vt-lint [OPTIES] [PAD]..."),
        "{help}"
    );
    assert!(
        help.contains("Opties:") && help.contains("Opdrachten:"),
        "{help}"
    );
    assert!(
        help.contains("Toon deze hulp") && help.contains("[standaard: human]"),
        "{help}"
    );
    for english in [
        "Usage",
        "Print help",
        "Options:",
        "[default:",
        "possible values",
    ] {
        assert!(!help.contains(english), "{english} in {help}");
    }
    // `help COMMAND` is the command's help, in Dutch.
    let help = stdout(
        &Command::cargo_bin("vt-lint")
            .unwrap()
            .args(["help", "explain"])
            .output()
            .unwrap(),
    );
    assert!(help.contains("Gebruik: vt-lint explain <REGEL>"), "{help}");

    // English with --lang en, before or after the mistake, or VT_LINT_LANG=en.
    let err = stderr(
        &vt()
            .args(["--format", "jsn", "--lang", "en", GOOD])
            .output()
            .unwrap(),
    );
    assert!(err.contains("error: invalid value 'jsn'"), "{err}");
    assert!(err.contains("a similar value exists: 'json'"), "{err}");
    let help = stdout(
        &vt()
            .arg("--help")
            .env("VT_LINT_LANG", "en")
            .output()
            .unwrap(),
    );
    assert!(
        help.contains("Usage: vt-lint [OPTIONS] [PATH]..."),
        "{help}"
    );
    assert!(
        help.contains("Print help") && help.contains("Output format"),
        "{help}"
    );
    assert!(!help.contains("Uitvoerformaat"), "{help}");
    // VT_LINT_LANG also sets the language of the report.
    let o = vt()
        .args(["--format", "short", NO_SUPPORT])
        .env("VT_LINT_LANG", "en")
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("the plan names no support"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn one_severity_name_per_language_in_human_and_pretty() {
    let plan = "fixtures/plans/bad_everything.md";
    for format in ["human", "pretty"] {
        let nl = stdout(&vt().args(["--format", format, plan]).output().unwrap());
        for word in ["fout[", "waarschuwing[", "opmerking["] {
            let found =
                nl.contains(word) || nl.contains(&format!("] {}:", word.trim_end_matches('[')));
            assert!(found, "{format}: no {word} in\n{nl}");
        }
        for english in [
            "note[", "warning[", "error[", "Error:", "Warning:", "Advice:", "info[", "Help:",
        ] {
            assert!(!nl.contains(english), "{format}: {english} in\n{nl}");
        }
        if format == "pretty" {
            assert!(nl.contains("│ Hulp: "), "{nl}");
        }
        let en = stdout(
            &vt()
                .args(["--lang", "en", "--format", format, plan])
                .output()
                .unwrap(),
        );
        assert!(
            en.contains("info[VT205]") || en.contains("[VT205] info:"),
            "{format}: {en}"
        );
        for other in ["note[", "Advice:", "opmerking"] {
            assert!(!en.contains(other), "{format}: {other} in\n{en}");
        }
    }
    // Without snippets too.
    let nl = stdout(&vt().args(["--no-snippets", plan]).output().unwrap());
    assert!(nl.contains("opmerking[VT205]"), "{nl}");
}

#[test]
fn did_you_mean_suggests_by_name_and_by_code_or_nothing() {
    let err = |args: &[&str]| stderr(&vt().args(args).output().unwrap());
    assert_eq!(
        err(&["--ignore", "vague", GOOD]),
        "vt-lint: fout: onbekende regel 'vague'; bedoelde je VT201 (vague-term), VT203 (vague-deadline)? \
         Alle regels: `vt-lint rules`\n"
    );
    assert!(err(&["--select", "VT2O3", GOOD]).contains("bedoelde je VT203 (vague-deadline)?"));
    let plain = |args: &[&str]| {
        stderr(
            &Command::cargo_bin("vt-lint")
                .unwrap()
                .args(args)
                .output()
                .unwrap(),
        )
    };
    assert_eq!(
        plain(&["explain", "XYZ"]),
        "vt-lint: fout: onbekende regel 'XYZ'; alle regels: `vt-lint rules`\n"
    );
    let o = Command::cargo_bin("vt-lint")
        .unwrap()
        .args(["explain", "vauge-term", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(
        stderr(&o),
        "vt-lint: error: unknown rule 'vauge-term'; did you mean VT201 (vague-term)? All rules: `vt-lint rules`\n"
    );
    // The config file and suppression comments use the same suggestions.
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("vt-lint.toml"),
        "[rules]\nvague = \"off\"\n",
    )
    .unwrap();
    fs::copy(GOOD, dir.path().join("p.md")).unwrap();
    let o = vt().current_dir(dir.path()).arg("p.md").output().unwrap();
    assert!(
        stderr(&o).contains("onbekende regel \"vague\" in [rules]; bedoelde je VT201 (vague-term), VT203 (vague-deadline)?"),
        "{}",
        stderr(&o)
    );
    let o = vt()
        .args(["--format", "short", "--select", "VT002", "-"])
        .write_stdin("# Plan\n\n<!-- vt-lint-disable vague XYZ -->\n")
        .output()
        .unwrap();
    let out = stdout(&o);
    assert!(
        out.contains("bedoelde je VT201 (vague-term), VT203 (vague-deadline)"),
        "{out}"
    );
    let xyz = out
        .lines()
        .find(|l| l.contains("XYZ"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(!xyz.contains("bedoelde"), "{xyz}");
}

#[test]
fn several_plans_are_separated_and_the_checklist_wraps_at_80_columns() {
    let o = vt().args([NO_SUPPORT, NO_HISTORY, GOOD]).output().unwrap();
    let out = stdout(&o);
    // The second plan's first finding comes after a blank line, not right under the first
    // plan's checklist.
    let second = out
        .find("warning[VT109]")
        .or_else(|| out.find("waarschuwing[VT109]"))
        .unwrap();
    assert!(out[..second].ends_with("\n\n"), "{out}");
    let good = out
        .find("fixtures/plans/good_magazijn.md: geen bevindingen")
        .unwrap();
    assert!(out[..good].ends_with("\n\n"), "{out}");
    // Not a terminal: 80 columns; every part on a line, none split.
    let checklist: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("fixtures/plans/missing_support.md: onderdelen:"))
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(checklist.len() > 1, "{out}");
    assert!(
        checklist.iter().all(|l| l.chars().count() <= 80),
        "{checklist:#?}"
    );
    assert_eq!(
        checklist.concat().matches('✓').count() + checklist.concat().matches('✗').count(),
        vt_lint::analysis::parts::Part::ALL.len()
    );
    assert!(checklist[1..]
        .iter()
        .all(|l| l.starts_with("    ✓") || l.starts_with("    ✗")));
}

/// On a terminal, the terminal's width: run under `script` (util-linux) with 150 columns.
#[test]
fn the_checklist_uses_the_terminals_width() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("this test needs `script` from util-linux (apt-get install bsdutils)");
    }
    let bin = env!("CARGO_BIN_EXE_vt-lint");
    let cmd = format!("stty cols 150; {bin} --today 2025-06-01 --color never {NO_SUPPORT}");
    let o = std::process::Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout).replace('\r', "");
    let checklist: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("fixtures/plans/missing_support.md: onderdelen:"))
        .take_while(|l| !l.is_empty())
        .collect();
    // Thirteen parts take two or three lines of 150 columns, against five of 80.
    assert!((2..=3).contains(&checklist.len()), "{out}");
    assert!(checklist[0].chars().count() > 80, "{out}");
    assert!(checklist.iter().all(|l| l.chars().count() <= 150), "{out}");
}

#[test]
fn rules_accepts_only_the_formats_it_can_print() {
    let run = |args: &[&str]| {
        Command::cargo_bin("vt-lint")
            .unwrap()
            .args(args)
            .output()
            .unwrap()
    };
    let o = run(&["rules", "--format", "sarif"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(
        err.starts_with("fout: ongeldige waarde 'sarif' voor '--format <FORMAAT>'"),
        "{err}"
    );
    assert!(err.contains("mogelijke waarden: human, json"), "{err}");
    let table = stdout(&run(&["rules", "--format", "text"]));
    assert!(table.starts_with("CODE    NAAM"), "{table}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["rules", "--format", "json"]))).unwrap();
    assert_eq!(json[0]["code"], "VT001");
}

#[test]
fn explain_tells_an_installed_user_how_to_change_the_lists() {
    for m in vt_lint::rules::RULES {
        for lang in ["nl", "en"] {
            let o = Command::cargo_bin("vt-lint")
                .unwrap()
                .args(["explain", m.code, "--lang", lang])
                .output()
                .unwrap();
            let out = stdout(&o);
            assert!(!out.contains("rules/"), "{} {lang}: {out}", m.code);
            if ["VT201", "VT203", "VT204", "VT501"].contains(&m.code) {
                assert!(
                    out.contains("vt-lint.toml") && out.contains("allow"),
                    "{}: {out}",
                    m.code
                );
            }
        }
    }
    let out = stdout(
        &Command::cargo_bin("vt-lint")
            .unwrap()
            .args(["explain", "vague-term"])
            .output()
            .unwrap(),
    );
    assert!(
        out.contains("`vague-terms = [\"hands-on mentaliteit\"]`"),
        "{out}"
    );
}

#[test]
fn output_file_statistics_and_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.md");
    fs::copy("fixtures/plans/bad_everything.md", &plan).unwrap();
    let report = dir.path().join("verslag.json");
    let o = vt()
        .args(["--format", "json", "--output-file"])
        .arg(&report)
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(v["summary"]["files"], 1);
    // Written again: replaced whole.
    vt().args(["--format", "short", "--output-file"])
        .arg(&report)
        .arg(&plan)
        .assert()
        .code(1);
    assert!(fs::read_to_string(&report)
        .unwrap()
        .contains(": error[VT302]"));
    // Never over a plan being linted, a symbolic link or a directory; nothing changes.
    let before = fs::read(&plan).unwrap();
    let o = vt()
        .arg("--output-file")
        .arg(&plan)
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("wordt in deze run gelezen"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(&plan).unwrap(), before);
    #[cfg(unix)]
    {
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&report, &link).unwrap();
        let o = vt()
            .arg("--output-file")
            .arg(&link)
            .arg(&plan)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stderr(&o).contains("symbolische koppeling"),
            "{}",
            stderr(&o)
        );
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
    }
    let o = vt()
        .arg("--output-file")
        .arg(dir.path())
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));

    // Never over a file vt-lint did not write: notes, another plan not in this run, a config.
    let notes = dir.path().join("notities.txt");
    fs::write(
        &notes,
        "Gesprek met Anja op 3 maart: afspraken voor de beoordeling.\n",
    )
    .unwrap();
    let other_plan = dir.path().join("ander_plan.md");
    fs::write(
        &other_plan,
        "# Plan\n\nwarning[VT109]: zo ziet een melding eruit.\n",
    )
    .unwrap();
    for keep in [&notes, &other_plan] {
        let before = fs::read(keep).unwrap();
        let o = vt()
            .arg("--output-file")
            .arg(keep)
            .arg(&plan)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", keep.display());
        assert!(
            stderr(&o).contains("is geen eerder verslag van vt-lint"),
            "{}",
            stderr(&o)
        );
        assert_eq!(fs::read(keep).unwrap(), before);
    }
    // An earlier human report (its summary line, its codes) may be replaced.
    let human = dir.path().join("verslag.txt");
    vt().arg("--output-file")
        .arg(&human)
        .arg(&plan)
        .assert()
        .code(1);
    vt().args(["--format", "github", "--output-file"])
        .arg(&human)
        .arg(&plan)
        .assert()
        .code(1);
    assert!(fs::read_to_string(&human).unwrap().starts_with("::"));

    // --statistics: one line per rule, most findings first, then the summary.
    let o = vt().arg("--statistics").arg(&plan).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["AANTAL", "CODE", "NAAM", "ERNST"]
    );
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>(),
        ["3", "VT201", "vague-term", "waarschuwing"]
    );
    let counts: Vec<usize> = lines[1..]
        .iter()
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{out}");
    assert!(
        out.ends_with("1 plan gecontroleerd: 5 fouten, 22 waarschuwingen, 3 opmerkingen\n"),
        "{out}"
    );
    assert!(!out.contains('┌'), "no findings drawn: {out}");
    let o = vt()
        .args(["--statistics", "--format", "sarif"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--statistics werkt met --format human of json"));

    // --quiet: the summary line alone.
    let o = vt().arg("--quiet").arg(&plan).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "1 plan gecontroleerd: 5 fouten, 22 waarschuwingen, 3 opmerkingen\n"
    );
    let o = vt().args(["-q", "missing.md"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("missing.md: bestand niet gevonden"));
}

#[test]
fn a_bom_is_no_column_in_any_format() {
    let plan = "\u{FEFF}# Plan\n\nTekst.\n";
    let at = |format: &str| {
        stdout(
            &vt()
                .args([
                    "--format",
                    format,
                    "--select",
                    "VT101",
                    "--stdin-filename",
                    "p.md",
                    "-",
                ])
                .write_stdin(plan)
                .output()
                .unwrap(),
        )
    };
    assert!(at("human").contains("┌─ p.md:1:3\n"), "{}", at("human"));
    assert!(at("pretty").contains("╭─[ p.md:1:3 ]"), "{}", at("pretty"));
    assert!(at("pretty").contains(" 1 │ # Plan\n"), "{}", at("pretty"));
    assert!(at("short").starts_with("p.md:1:3: "), "{}", at("short"));
    assert!(at("github").contains(",line=1,col=3,"), "{}", at("github"));
    let o = vt()
        .args([
            "--no-snippets",
            "--select",
            "VT101",
            "--stdin-filename",
            "p.md",
            "-",
        ])
        .write_stdin(plan)
        .output()
        .unwrap();
    assert!(stdout(&o).contains("--> p.md:1:3\n"), "{}", stdout(&o));
}

#[test]
fn lang_before_a_command_still_runs_the_command() {
    let run = |args: &[&str]| {
        Command::cargo_bin("vt-lint")
            .unwrap()
            .args(args)
            .output()
            .unwrap()
    };
    let o = run(&["--lang", "en", "rules"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("CODE    NAME"), "{}", stdout(&o));
    let o = run(&["--lang=en", "explain", "VT201"]);
    assert!(
        stdout(&o).starts_with("# VT201 vague-term (warning)"),
        "{}",
        stdout(&o)
    );
    let o = run(&["--lang", "en", "help", "rules"]);
    assert!(
        stdout(&o).contains("Usage: vt-lint rules [OPTIONS]"),
        "{}",
        stdout(&o)
    );
}
