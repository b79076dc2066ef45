//! Suppression comments through the real binary, in every Markdown context a plan uses.

use assert_cmd::Command;
use std::path::PathBuf;

/// A fixed reference date, so date rules do not depend on the day the tests run.
const TODAY: &str = "2025-06-01";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/plans")
            .join(name),
    )
    .unwrap()
}

/// Lint `plan` from stdin in the short format: (exit status, lines).
fn short(plan: &str, args: &[&str]) -> (i32, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::cargo_bin("vt-lint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "--format",
            "short",
            "--today",
            TODAY,
            "--stdin-filename",
            "p.md",
        ])
        .args(args)
        .arg("-")
        .write_stdin(plan.to_string())
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    (
        o.status.code().unwrap(),
        out.lines().map(str::to_string).collect(),
    )
}

/// "line:col: severity[CODE]" of every finding, without path and message.
fn found(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            let rest = l.strip_prefix("p.md:").unwrap_or(l);
            rest.split(']').next().unwrap_or("").to_string() + "]"
        })
        .collect()
}

#[test]
fn next_line_above_the_title_suppresses_missing_parts() {
    let plan = fixture("missing_support.md");
    assert!(plan.starts_with("# "));
    let sel = ["--select", "VT104,VT001,VT002"];
    let (code, lines) = short(&plan, &sel);
    assert_eq!(code, 1);
    assert_eq!(found(&lines), ["1:3: error[VT104]"]);
    let (code, lines) = short(
        &format!("<!-- vt-lint-disable-next-line VT104 -->\n{plan}"),
        &sel,
    );
    assert_eq!((code, lines.len()), (0, 0), "{lines:?}");
    // By name, with a blank line between.
    let (code, lines) = short(
        &format!("<!-- vt-lint-disable-next-line missing-support -->\n\n{plan}"),
        &sel,
    );
    assert_eq!((code, lines.len()), (0, 0), "{lines:?}");
}

#[test]
fn a_file_level_disable_anywhere_suppresses_a_missing_part() {
    let plan = fixture("missing_history.md");
    let sel = ["--select", "VT109,VT001,VT002"];
    let (_, lines) = short(&plan, &sel);
    assert_eq!(found(&lines), ["1:3: warning[VT109]"]);
    for comment in [
        "<!-- vt-lint-disable VT109 -->",
        "<!-- vt-lint-disable missing-history -->",
        "<!-- vt-lint-disable -->",
    ] {
        let (_, lines) = short(&format!("{plan}\n{comment}\n"), &sel);
        assert!(lines.is_empty(), "{comment}: {lines:?}");
        let (_, lines) = short(&format!("{comment}\n{plan}"), &sel);
        assert!(lines.is_empty(), "{comment}: {lines:?}");
    }
}

#[test]
fn several_codes_by_space_or_comma() {
    let plan = "# Plan\n\nTekst.\n";
    let parts = [
        "--select",
        "VT101,VT102,VT103,VT104,VT105,VT106,VT107,VT108,VT109,VT110,VT001,VT002",
    ];
    let (_, lines) = short(plan, &parts);
    assert_eq!(lines.len(), 10, "every part is missing: {lines:?}");
    let all = "VT101 VT102,VT103 , missing-support,VT105 VT106 VT107,VT108 VT109 VT110";
    let (code, lines) = short(&format!("<!-- vt-lint-disable {all} -->\n{plan}"), &parts);
    assert_eq!((code, lines.len()), (0, 0), "{lines:?}");
}

const LIST: &str = "# Plan\n\n- **Ondersteuning:**\n- **Evaluatie:**\n- **Gevolgen:** <!-- vt-lint-disable-next-line VT111 -->\n- **Voorgeschiedenis:**\n";

#[test]
fn in_lists_and_bold_labels() {
    let (_, lines) = short(LIST, &["--select", "VT111,VT001"]);
    assert_eq!(
        found(&lines),
        [
            "3:5: error[VT111]",
            "4:5: error[VT111]",
            "5:5: error[VT111]"
        ],
        "the comment in item 3 covers item 4 (Voorgeschiedenis)"
    );
    let plan = LIST.replace(
        "- **Ondersteuning:**",
        "<!-- vt-lint-disable-next-line empty-section -->\n- **Ondersteuning:**",
    );
    let (_, lines) = short(&plan, &["--select", "VT111,VT001"]);
    assert_eq!(found(&lines), ["5:5: error[VT111]", "6:5: error[VT111]"]);
}

#[test]
fn inside_emphasis() {
    let plan = "# Plan\n\n**Ondersteuning<!-- vt-lint-disable VT111 -->:**\n\n**Gevolgen:**\n\n*Evaluatie <!-- vt-lint-enable VT111 -->*:\n\n**Voorgeschiedenis:**\n";
    let (_, lines) = short(plan, &["--select", "VT111,VT001"]);
    assert_eq!(found(&lines), ["9:3: error[VT111]"], "{lines:?}");
}

#[test]
fn in_headings() {
    let plan = "# Plan\n\n## Ondersteuning <!-- vt-lint-disable VT111 -->\n\n## Gevolgen\n\n## Evaluatie <!-- vt-lint-enable VT111 -->\n\n## Voorgeschiedenis\n\n## Ondertekening\n<!-- vt-lint-disable-next-line VT111 -->\n## Looptijd\n";
    let (_, lines) = short(plan, &["--select", "VT111,VT001"]);
    // Ondersteuning and Gevolgen are covered; Evaluatie starts before its enable comment.
    assert_eq!(
        found(&lines),
        ["9:4: error[VT111]", "11:4: error[VT111]"],
        "{lines:?}"
    );
}

#[test]
fn in_table_cells() {
    let plan = fixture("missing_signatures.md");
    let sel = ["--select", "VT110,VT001,VT002"];
    let (_, lines) = short(&plan, &sel);
    assert_eq!(found(&lines), ["1:3: warning[VT110]"]);
    let table = "\n| Onderdeel | Afspraak |\n|---|---|\n| Bijlage | zie map <!-- vt-lint-disable VT110 --> |\n";
    let (_, lines) = short(&format!("{plan}{table}"), &sel);
    assert!(lines.is_empty(), "{lines:?}");
    // A typo in a cell is reported at its place.
    let typo = table.replace("VT110", "VT11O");
    let (code, lines) = short(&format!("{plan}{typo}"), &sel);
    assert_eq!(code, 1);
    let n = plan.lines().count() + 4;
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("p.md:{n}:")) && l.contains("error[VT002]")),
        "{lines:?}"
    );
}

#[test]
fn typos_are_errors_with_a_suggestion() {
    let plan = fixture("good_klantenservice.md");
    let (code, lines) = short(
        &format!("{plan}\n<!-- vt-lint-disable-next-line VT1O9 -->\nslot\n"),
        &[],
    );
    assert_eq!(code, 1);
    let l = lines.iter().find(|l| l.contains("VT002")).expect("VT002");
    assert!(
        l.contains("onbekende regel \"VT1O9\"") && l.contains("bedoelde je VT109"),
        "{l}"
    );
    let (_, lines) = short(
        &format!("{plan}\n<!-- vt-lint-disable-nextline VT109 -->\nslot\n"),
        &["--lang", "en"],
    );
    let l = lines.iter().find(|l| l.contains("VT002")).expect("VT002");
    assert!(
        l.contains("unknown directive") && l.contains("vt-lint-disable-next-line"),
        "{l}"
    );
    assert!(!l.ends_with('.'));
}

#[test]
fn unused_suppressions_are_info_and_can_be_turned_off() {
    let plan = fixture("good_klantenservice.md");
    let with = format!("{plan}\n<!-- vt-lint-disable VT104 -->\n");
    let (code, lines) = short(&with, &["--select", "VT104,VT001"]);
    assert_eq!(code, 0, "info does not fail the run");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("info[VT001]") && lines[0].contains("VT104 (missing-support)"),
        "{lines:?}"
    );
    let (code, _) = short(&with, &["--select", "VT104,VT001", "--fail-on", "info"]);
    assert_eq!(code, 1);
    let (_, lines) = short(
        &with,
        &["--select", "VT104,VT001", "--ignore", "unused-suppression"],
    );
    assert!(lines.is_empty(), "{lines:?}");
    // A rule switched off for this run is not "unused".
    let plan = fixture("missing_support.md");
    let (_, lines) = short(
        &format!("<!-- vt-lint-disable-next-line VT104 -->\n{plan}"),
        &["--select", "VT104,VT001", "--ignore", "VT104"],
    );
    assert!(lines.is_empty(), "{lines:?}");
}

#[test]
fn html_comments_that_are_not_directives_mean_nothing() {
    let plan = fixture("missing_support.md");
    let (_, lines) = short(
        &format!("<!-- vt-lint: dit plan is nog een concept -->\n<!-- TODO VT104 -->\n{plan}"),
        &["--select", "VT104,VT001,VT002"],
    );
    assert_eq!(found(&lines), ["3:3: error[VT104]"]);
}

#[test]
fn vague_terms_in_lists_tables_and_emphasis() {
    let plan = "# Plan\n\n## Doelen\n\n<!-- vt-lint-disable-next-line vague-term -->\n- Je bent proactief.\n\n| Doel | Norm |\n|---|---|\n| Flexibeler zijn <!-- vt-lint-disable-next-line VT201 --> | altijd |\n| Klantgerichter zijn | altijd |\n\nJe bent *meer proactief <!-- vt-lint-disable VT201 -->* en **klantgerichter**.\n<!-- vt-lint-enable VT201 -->\nOok flexibeler.\n";
    let (_, lines) = short(plan, &["--select", "VT201,VT001,VT002"]);
    assert_eq!(
        found(&lines),
        ["10:3: warning[VT201]", "15:5: warning[VT201]"],
        "{lines:?}"
    );
    // Without the comments every one of them is reported.
    let bare: String = plan
        .lines()
        .map(|l| match l.find("<!--") {
            Some(i) => l[..i].to_string() + &l[l.find("-->").unwrap() + 3..],
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let (_, lines) = short(&bare, &["--select", "VT201"]);
    assert_eq!(lines.len(), 6, "{lines:?}");
}

/// The parts checklist of the human format, from stdin.
fn checklist(plan: &str, args: &[&str]) -> String {
    let o = Command::cargo_bin("vt-lint")
        .unwrap()
        .args(["--today", TODAY, "--color", "never"])
        .args(args)
        .arg("-")
        .write_stdin(plan.to_string())
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    // The checklist wraps at 80 columns: its first line and the indented ones after it.
    let mut lines = out.lines().skip_while(|l| !l.contains("probleemstelling"));
    let first = lines.next().unwrap_or_else(|| panic!("{out}"));
    let rest: Vec<&str> = lines.take_while(|l| l.starts_with("    ")).collect();
    format!("{first}{}", rest.concat())
}

#[test]
fn an_empty_section_stays_unticked_when_vt111_is_ignored_or_suppressed() {
    let plan = fixture("empty_section.md");
    let plain = checklist(&plan, &[]);
    assert!(plain.contains("✗ ondersteuning"), "{plain}");
    let ignored = checklist(&plan, &["--ignore", "VT111"]);
    assert!(ignored.contains("✗ ondersteuning"), "{ignored}");
    let suppressed = checklist(&format!("<!-- vt-lint-disable VT111 -->\n{plan}"), &[]);
    assert!(suppressed.contains("✗ ondersteuning"), "{suppressed}");
}
