//! Output stays in proportion to what a person can read: a long line is clipped around each
//! finding, findings per rule per file are capped with a closing line, and a plan cannot send
//! escape sequences to the terminal. Run through the binary under a 1 GiB address-space limit.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_vt-lint");

struct Run {
    code: Option<i32>,
    out: Vec<u8>,
    text: String,
}

fn run(dir: &std::path::Path, args: &[&str]) -> Run {
    let o = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 1048576 2>/dev/null; exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(["--today", "2025-06-01", "--color", "never"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    Run {
        code: o.status.code(),
        text: String::from_utf8_lossy(&o.stdout).into_owned(),
        out: o.stdout,
    }
}

/// A plan whose problem description is one line of 10,000 numbers that pass the elfproef.
fn bsn_line_plan(dir: &std::path::Path) {
    let line = "123456782 ".repeat(10_000);
    let plan = format!("# Verbeterplan\n\n## Aanleiding\n\n{line}\n");
    std::fs::write(dir.join("p.md"), plan).unwrap();
}

#[test]
fn a_long_line_with_many_findings_gives_bounded_output() {
    let dir = tempfile::tempdir().unwrap();
    bsn_line_plan(dir.path());
    for format in ["human", "pretty", "short", "github", "json", "sarif"] {
        let r = run(dir.path(), &["--format", format, "p.md"]);
        assert_eq!(r.code, Some(1), "{format}");
        // 50 findings shown, each with at most a 160-character excerpt.
        assert!(r.out.len() < 200_000, "{format}: {} bytes", r.out.len());
        assert!(r.text.contains("9950"), "{format}: the rest is counted");
    }
    let r = run(dir.path(), &["p.md"]);
    assert!(
        r.text
            .contains("… en nog 9950 bevindingen van VT502 (bsn) in dit plan"),
        "{}",
        &r.text[r.text.len().saturating_sub(2000)..]
    );
    // The summary counts every finding, shown or not (10,000 BSNs and the missing parts).
    let summary = r.text.lines().last().unwrap();
    let errors: usize = summary
        .split(": ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{summary}"));
    assert!((10_000..10_020).contains(&errors), "{summary}");
    // Every excerpt line is clipped.
    let longest = r.text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest < 400, "{longest}");
}

#[test]
fn max_findings_changes_the_cap_and_zero_shows_all() {
    let dir = tempfile::tempdir().unwrap();
    bsn_line_plan(dir.path());
    let r = run(
        dir.path(),
        &["--format", "short", "--max-findings", "3", "p.md"],
    );
    assert_eq!(r.text.matches("error[VT502]").count(), 3);
    assert!(r.text.contains("9997"), "{}", r.text);
    let r = run(dir.path(), &["--max-findings", "0", "p.md"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.text.matches("fout[VT502]").count(), 10_000);
    assert!(!r.text.contains("en nog"));
    // All 10,000, each with its clipped line: linear, not 10,000 copies of a 100 KB line.
    assert!(r.out.len() < 10_000 * 1_000, "{} bytes", r.out.len());
    let r = run(
        dir.path(),
        &["--format", "json", "--max-findings", "2", "p.md"],
    );
    let v: serde_json::Value = serde_json::from_slice(&r.out).unwrap();
    let f = &v["files"][0];
    let shown = f["diagnostics"].as_array().unwrap();
    let bsn = shown.iter().filter(|d| d["code"] == "VT502").count();
    assert_eq!(bsn, 2);
    assert_eq!(f["omitted"][0]["code"], "VT502");
    assert_eq!(f["omitted"][0]["count"], 9998);
    let errors = shown.iter().filter(|d| d["severity"] == "error").count();
    assert_eq!(v["summary"]["errors"], errors + 9998);
}

#[test]
fn escape_sequences_in_a_plan_do_not_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let plan = "# Verbeterplan\n\n## Doelen\n\n- Je bent \u{1b}]0;pwned\u{7}\u{1b}[2J proactiever\u{9b}31m in overleg.\n";
    std::fs::write(dir.path().join("p.md"), plan).unwrap();
    for format in ["human", "pretty", "short"] {
        let r = run(dir.path(), &["--format", format, "p.md"]);
        assert_eq!(r.code, Some(1), "{format}");
        assert!(r.text.contains("proactiever"), "{format}: {}", r.text);
        assert!(
            !r.text.contains('\u{1b}') && !r.text.contains('\u{9b}') && !r.text.contains('\u{7}'),
            "{format}: {:?}",
            r.text
        );
    }
}

#[cfg(unix)]
#[test]
fn a_file_name_with_a_newline_cannot_inject_lines() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a\n::error file=x::nep\u{1b}[31m.md";
    std::fs::write(dir.path().join(name), "# Plan\n").unwrap();
    std::fs::write(dir.path().join("leeg.md"), "").unwrap();
    for format in ["human", "short", "pretty", "github"] {
        let o = Command::new(BIN)
            .args(["--format", format, "--color", "never", name, "leeg.md"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            all.lines().all(|l| !l.starts_with("::error file=x")),
            "{format}: {all}"
        );
        assert!(!all.contains('\u{1b}'), "{format}: {all:?}");
        assert!(
            all.contains("a\\n"),
            "{format}: the name is shown, escaped: {all}"
        );
    }
}

/// Old Mac line ends: every format puts a finding on its own line, as the short one does.
#[test]
fn lone_cr_line_ends_give_the_same_line_in_every_text_format() {
    let dir = tempfile::tempdir().unwrap();
    let plan = "# Plan\r\r## Doelen\r\r- Je bent proactiever.\r";
    std::fs::write(dir.path().join("p.md"), plan).unwrap();
    for format in ["human", "pretty", "short"] {
        let r = run(
            dir.path(),
            &["--format", format, "--select", "VT201", "p.md"],
        );
        assert!(r.text.contains("p.md:5:11"), "{format}: {}", r.text);
    }
}
