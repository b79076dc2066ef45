//! `--baseline FILE` / `--write-baseline FILE` through the binary.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> String {
    fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/plans")
            .join(name),
    )
    .unwrap()
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

/// A fixed reference date, so date rules do not depend on the day the tests run.
const TODAY: &str = "2025-06-01";

fn run(dir: &Path, args: &[&str]) -> Run {
    let o = Command::cargo_bin("vt-lint")
        .unwrap()
        .current_dir(dir)
        .args(["--today", TODAY])
        .args(args)
        .output()
        .unwrap();
    Run {
        code: o.status.code().unwrap_or(-1),
        out: String::from_utf8(o.stdout).unwrap(),
        err: String::from_utf8(o.stderr).unwrap(),
    }
}

fn repo() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    fs::create_dir_all(d.path().join("plannen/oud")).unwrap();
    fs::write(
        d.path().join("plannen/oud/a.md"),
        fixture("missing_support.md"),
    )
    .unwrap();
    fs::write(
        d.path().join("plannen/oud/b.md"),
        fixture("empty_section.md"),
    )
    .unwrap();
    d
}

#[test]
fn write_then_use_a_baseline() {
    let d = repo();
    let r = run(d.path(), &["--format", "short", "plannen"]);
    assert_eq!(r.code, 1);
    let before = r.out.lines().count();
    assert!(before >= 2);

    let r = run(
        d.path(),
        &["--write-baseline", "vt-lint-baseline.json", "plannen"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.out.is_empty(),
        "writing a baseline reports nothing: {}",
        r.out
    );
    assert!(
        r.err.contains(&format!("{before} bevindingen vastgelegd")),
        "{}",
        r.err
    );
    let text = fs::read_to_string(d.path().join("vt-lint-baseline.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], 1);
    let paths: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"plannen/oud/a.md"), "{paths:?}");

    for format in ["short", "json", "sarif", "github", "human"] {
        let r = run(
            d.path(),
            &[
                "--format",
                format,
                "--baseline",
                "vt-lint-baseline.json",
                "plannen",
            ],
        );
        assert_eq!(r.code, 0, "{format}: {}", r.out);
        if format == "sarif" {
            assert!(r.out.contains("\"results\": []"), "{}", r.out);
        } else {
            assert!(!r.out.contains("VT104"), "{format}: {}", r.out);
        }
    }

    // Edits elsewhere in the file move every line: the findings still match.
    let a = d.path().join("plannen/oud/a.md");
    let text = fs::read_to_string(&a).unwrap();
    fs::write(
        &a,
        format!("<!-- bijgewerkt -->\n\n\n{text}\nNog een alinea.\n"),
    )
    .unwrap();
    let r = run(
        d.path(),
        &[
            "--format",
            "short",
            "--baseline",
            "vt-lint-baseline.json",
            "plannen",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.out);
    assert!(r.out.is_empty(), "{}", r.out);

    // From another folder, with the paths given differently: still the same findings.
    let r = run(
        &d.path().join("plannen"),
        &[
            "--format",
            "short",
            "--baseline",
            "../vt-lint-baseline.json",
            "oud/a.md",
            "oud/b.md",
        ],
    );
    assert!(r.out.is_empty(), "{}", r.out);

    // A new finding is reported; the old ones stay accepted.
    fs::write(
        d.path().join("plannen/nieuw.md"),
        fixture("missing_history.md"),
    )
    .unwrap();
    let r = run(
        d.path(),
        &[
            "--format",
            "short",
            "--baseline",
            "vt-lint-baseline.json",
            "plannen",
        ],
    );
    assert!(
        r.out.lines().all(|l| l.starts_with("plannen/nieuw.md:")),
        "{}",
        r.out
    );
    assert!(
        r.out.contains("plannen/nieuw.md:1:3: warning[VT109]"),
        "{}",
        r.out
    );
}

#[test]
fn a_finding_is_matched_by_its_text_and_as_often_as_counted() {
    let d = repo();
    let r = run(
        d.path(),
        &["--write-baseline", "b.json", "plannen/oud/a.md"],
    );
    assert_eq!(r.code, 0);
    // Another title: the finding points at other text, so it is new.
    let a = d.path().join("plannen/oud/a.md");
    let text = fs::read_to_string(&a).unwrap();
    let (first, rest) = text.split_once('\n').unwrap();
    fs::write(&a, format!("{first} (herzien)\n{rest}")).unwrap();
    let r = run(
        d.path(),
        &[
            "--format",
            "short",
            "--baseline",
            "b.json",
            "plannen/oud/a.md",
        ],
    );
    assert!(r.out.contains("VT104"), "{}", r.out);
    assert_eq!(r.code, 1);
}

#[test]
fn a_missing_or_corrupt_baseline_stops_the_run() {
    let d = repo();
    let r = run(
        d.path(),
        &["--format", "json", "--baseline", "weg.json", "plannen"],
    );
    assert_eq!(r.code, 2);
    assert!(r.out.is_empty(), "{}", r.out);
    assert!(
        r.err.contains("weg.json") && r.err.contains("niet gevonden"),
        "{}",
        r.err
    );

    fs::write(
        d.path().join("kapot.json"),
        "{\n  \"version\": 1,\n  \"findings\": [,]\n}\n",
    )
    .unwrap();
    let r = run(
        d.path(),
        &["--format", "sarif", "--baseline", "kapot.json", "plannen"],
    );
    assert_eq!(r.code, 2);
    assert!(r.out.is_empty(), "{}", r.out);
    assert!(r.err.contains("kapot.json:3:"), "{}", r.err);

    fs::write(
        d.path().join("ander.json"),
        "{\"version\": 2, \"tool\": \"vt-lint\", \"findings\": []}",
    )
    .unwrap();
    let r = run(
        d.path(),
        &["--lang", "en", "--baseline", "ander.json", "plannen"],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("ander.json") && r.err.contains("not a vt-lint"),
        "{}",
        r.err
    );
}

#[test]
fn baseline_and_write_baseline_exclude_each_other() {
    let d = repo();
    let r = run(
        d.path(),
        &[
            "--baseline",
            "a.json",
            "--write-baseline",
            "b.json",
            "plannen",
        ],
    );
    assert_eq!(r.code, 2);
    assert!(!d.path().join("b.json").exists());
}

#[test]
fn no_baseline_is_written_when_a_plan_cannot_be_read() {
    let d = repo();
    let r = run(
        d.path(),
        &["--write-baseline", "b.json", "plannen", "weg.md"],
    );
    assert_eq!(r.code, 2);
    assert!(!d.path().join("b.json").exists());
    assert!(r.err.contains("niet geschreven"), "{}", r.err);
}

fn digest(p: &Path) -> Vec<u8> {
    fs::read(p).unwrap()
}

#[test]
fn write_baseline_never_overwrites_a_plan_or_a_config() {
    let d = repo();
    let plan = d.path().join("plannen/oud/a.md");
    let before = digest(&plan);
    // The plan that is being linted.
    let r = run(
        d.path(),
        &["--write-baseline", "plannen/oud/a.md", "plannen"],
    );
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains("plannen/oud/a.md"), "{}", r.err);
    assert_eq!(digest(&plan), before);
    // A plan that is not being linted, and a config file: not baselines, so left alone.
    fs::write(d.path().join("vt-lint.toml"), "[rules]\n").unwrap();
    for target in ["plannen/oud/b.md", "vt-lint.toml"] {
        let t = d.path().join(target);
        let before = digest(&t);
        let r = run(d.path(), &["--write-baseline", target, "plannen/oud/a.md"]);
        assert_eq!(r.code, 2, "{target}: {}", r.err);
        assert!(r.err.contains("geen baseline van vt-lint"), "{}", r.err);
        assert_eq!(digest(&t), before, "{target}");
    }
    // A baseline named like a plan, and linted as one.
    let r = run(d.path(), &["--write-baseline", "oud.md", "plannen"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let before = digest(&d.path().join("oud.md"));
    let r = run(d.path(), &["--write-baseline", "oud.md", "oud.md"]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert_eq!(digest(&d.path().join("oud.md")), before);
    // A directory.
    let r = run(d.path(), &["--write-baseline", "plannen", "plannen"]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains("geen gewoon bestand"), "{}", r.err);
}

#[cfg(unix)]
#[test]
fn write_baseline_does_not_follow_a_symlink() {
    let d = repo();
    // A link to a plan, a link to an existing baseline, and a dangling link.
    let r = run(d.path(), &["--write-baseline", "echt.json", "plannen"]);
    assert_eq!(r.code, 0, "{}", r.err);
    std::os::unix::fs::symlink("plannen/oud/a.md", d.path().join("naar-plan.json")).unwrap();
    std::os::unix::fs::symlink("echt.json", d.path().join("naar-baseline.json")).unwrap();
    std::os::unix::fs::symlink("nergens.json", d.path().join("los.json")).unwrap();
    let plan = digest(&d.path().join("plannen/oud/a.md"));
    let base = digest(&d.path().join("echt.json"));
    for link in ["naar-plan.json", "naar-baseline.json", "los.json"] {
        let r = run(d.path(), &["--write-baseline", link, "plannen/oud/b.md"]);
        assert_eq!(r.code, 2, "{link}: {}", r.err);
        assert!(r.err.contains("symbolische koppeling"), "{}", r.err);
        assert!(fs::symlink_metadata(d.path().join(link))
            .unwrap()
            .file_type()
            .is_symlink());
    }
    assert_eq!(digest(&d.path().join("plannen/oud/a.md")), plan);
    assert_eq!(digest(&d.path().join("echt.json")), base);
    assert!(!d.path().join("nergens.json").exists());
}

#[cfg(unix)]
#[test]
fn a_baseline_is_replaced_whole_not_written_in_place() {
    let d = repo();
    let r = run(
        d.path(),
        &["--write-baseline", "b.json", "plannen/oud/a.md"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let old = digest(&d.path().join("b.json"));
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(d.path().join("b.json"), fs::Permissions::from_mode(0o640)).unwrap();
    // A second name for the old file: an in-place write would change it too.
    fs::hard_link(d.path().join("b.json"), d.path().join("kopie.json")).unwrap();
    let r = run(d.path(), &["--write-baseline", "b.json", "plannen"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(digest(&d.path().join("kopie.json")), old);
    let new = digest(&d.path().join("b.json"));
    assert_ne!(new, old);
    assert!(String::from_utf8(new).unwrap().contains("oud/b.md"));
    let mode = fs::metadata(d.path().join("b.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640, "the baseline keeps its permissions");
    // No temporary file is left behind.
    let names: Vec<String> = fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp")), "{names:?}");
}

#[test]
fn without_snippets_the_baseline_holds_fingerprints_not_plan_text() {
    let d = repo();
    let r = run(
        d.path(),
        &["--no-snippets", "--write-baseline", "b.json", "plannen"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let written = fs::read_to_string(d.path().join("b.json")).unwrap();
    assert!(written.contains("fnv1a64:"), "{written}");
    // The texts the findings point at are in the plans, but not in the baseline.
    let plain = run(d.path(), &["--write-baseline", "plain.json", "plannen"]);
    assert_eq!(plain.code, 0);
    let plain: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(d.path().join("plain.json")).unwrap()).unwrap();
    for e in plain["findings"].as_array().unwrap() {
        let t = e["text"].as_str().unwrap();
        if t.len() > 3 {
            assert!(!written.contains(t), "{t} in {written}");
        }
    }
    // And it still accepts every finding.
    let r = run(d.path(), &["--baseline", "b.json", "plannen"]);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
}

/// A baseline saved by Windows Notepad starts with a UTF-8 byte order mark: it is read as if
/// the mark were not there.
#[test]
fn a_baseline_with_a_bom() {
    let d = repo();
    let r = run(d.path(), &["--write-baseline", "b.json", "plannen"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let text = fs::read_to_string(d.path().join("b.json")).unwrap();
    fs::write(d.path().join("b.json"), format!("\u{FEFF}{text}")).unwrap();
    let r = run(
        d.path(),
        &["--baseline", "b.json", "--format", "short", "plannen"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.is_empty() && r.err.is_empty(), "{}{}", r.out, r.err);
}

/// A new baseline may hold plan text: it is made as the user's umask says, so 077 keeps it
/// private.
#[cfg(unix)]
#[test]
fn a_new_baseline_follows_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let d = repo();
    let bin = assert_cmd::cargo::cargo_bin("vt-lint");
    let o = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 077; exec \"$0\" --write-baseline b.json plannen")
        .arg(bin)
        .current_dir(d.path())
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let mode = fs::metadata(d.path().join("b.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}
