//! Every per-rule fixture in `fixtures/<rule-name>/` declares how many findings of its rule it
//! must produce (`<!-- expect: VT201 3 -->`); clean fixtures expect 0. Each runs with only that
//! rule selected, and with today = 2025-06-01 (for VT307).

use std::collections::BTreeSet;
use std::path::Path;
use vt_lint::analysis::dates::Date;
use vt_lint::{check, rules, Config};

fn expectation(text: &str) -> Option<(String, usize)> {
    let i = text.find("<!-- expect:")?;
    let rest = &text[i + "<!-- expect:".len()..];
    let end = rest.find("-->")?;
    let mut parts = rest[..end].split_whitespace();
    let code = parts.next()?.to_string();
    let n = parts.next()?.parse().ok()?;
    Some((code, n))
}

fn config_for(code: &'static str) -> Config {
    let mut c = Config::new();
    c.select = Some(BTreeSet::from([
        rules::Rule::from_code_or_name(code).unwrap()
    ]));
    c.today = Date::parse_iso("2025-06-01");
    c
}

#[test]
fn per_rule_fixtures_report_exactly_what_they_expect() {
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut dirty_rules = BTreeSet::new();
    let mut clean_rules = BTreeSet::new();
    for dir in std::fs::read_dir("fixtures").unwrap() {
        let dir = dir.unwrap().path();
        let name = dir.file_name().unwrap().to_str().unwrap().to_string();
        if !dir.is_dir() || matches!(name.as_str(), "plans" | "corpus" | "heldout" | "blind") {
            continue;
        }
        let meta = rules::lookup(&name)
            .unwrap_or_else(|| panic!("fixtures/{name} is not named after a rule"));
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files {
            if f.extension().and_then(|e| e.to_str()) != Some("md") {
                continue;
            }
            let text = std::fs::read_to_string(&f).unwrap();
            let fname = f.file_name().unwrap().to_str().unwrap();
            let (code, expected) = expectation(&text)
                .unwrap_or_else(|| panic!("{} has no expect comment", f.display()));
            assert_eq!(
                code,
                meta.code,
                "{}: expect comment names another rule",
                f.display()
            );
            if fname.starts_with("clean") {
                assert_eq!(
                    expected,
                    0,
                    "{}: clean fixtures expect nothing",
                    f.display()
                );
                clean_rules.insert(meta.code);
            } else {
                assert!(
                    expected > 0,
                    "{}: dirty fixtures expect findings",
                    f.display()
                );
                dirty_rules.insert(meta.code);
            }
            let found = check(&text, &config_for(meta.code)).diagnostics;
            if found.len() != expected {
                let got: Vec<String> = found
                    .iter()
                    .map(|d| format!("{}:{} {}", d.span.start, d.code(), d.message.render(false)))
                    .collect();
                failures.push(format!(
                    "{}: expected {expected}, got {}:\n    {}",
                    show(&f),
                    found.len(),
                    got.join("\n    ")
                ));
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} fixtures found");
    assert!(
        failures.is_empty(),
        "{} fixture(s) wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Every rule of the catalogue has dirty and clean fixtures (VT001/VT002 are tested with suppressions).
    for m in rules::RULES
        .iter()
        .filter(|m| m.code.starts_with("VT") && m.code >= "VT100")
    {
        assert!(
            dirty_rules.contains(m.code),
            "{} has no dirty fixture",
            m.code
        );
        assert!(
            clean_rules.contains(m.code),
            "{} has no clean fixture",
            m.code
        );
    }
}

fn show(p: &Path) -> String {
    p.display().to_string()
}

/// What each dirty fixture reports, finding by finding: place, code and message, one snapshot
/// per rule. A change in where or how a rule reports shows up in review, not only a change in
/// how many times.
#[test]
fn dirty_fixture_findings_are_pinned() {
    let mut dirs: Vec<_> = std::fs::read_dir("fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|d| d.is_dir())
        .filter(|d| rules::lookup(d.file_name().unwrap().to_str().unwrap()).is_some())
        .collect();
    dirs.sort();
    assert!(dirs.len() > 25);
    for dir in dirs {
        let name = dir.file_name().unwrap().to_str().unwrap().to_string();
        let meta = rules::lookup(&name).unwrap();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|f| {
                f.extension().is_some_and(|e| e == "md")
                    && f.file_name()
                        .unwrap()
                        .to_str()
                        .unwrap()
                        .starts_with("dirty")
            })
            .collect();
        files.sort();
        let mut out = String::new();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            let index = vt_lint::span::LineIndex::new(&text);
            let fname = f.file_name().unwrap().to_str().unwrap();
            for d in check(&text, &config_for(meta.code)).diagnostics {
                let p = index.position(&text, d.span.start);
                out.push_str(&format!(
                    "{fname}:{}:{} {} {}\n",
                    p.line,
                    p.column,
                    d.code(),
                    d.message.render(false)
                ));
            }
        }
        insta::assert_snapshot!(format!("fixture_{name}"), out);
    }
}
