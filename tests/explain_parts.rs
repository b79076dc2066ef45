//! `--explain-parts`: for each part, where vt-lint found it and by which cue, or what it missed.

use assert_cmd::Command;

const PLAN: &str = "# Verbeterplan Quirijn\n\n## Wat gaat er mis?\n\nIn november 2026 beantwoordde je 40% van de tickets te laat.\n\n\
## Hulp die je krijgt\n\nElke maandag coacht teamleider Ans je een half uur.\n\n\
Het traject loopt van 4 januari 2027 tot en met 26 maart 2027.\n";

fn run(args: &[&str]) -> String {
    let o = Command::cargo_bin("vt-lint")
        .unwrap()
        .args([
            "--today",
            "2026-12-01",
            "--color",
            "never",
            "--explain-parts",
        ])
        .args(args)
        .arg("-")
        .write_stdin(PLAN)
        .output()
        .unwrap();
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn each_part_says_where_and_how_it_was_found() {
    let out = run(&[]);
    assert!(
        out.contains("✓ probleemstelling — r. 3, kop 'Wat gaat er mis?'"),
        "{out}"
    );
    assert!(
        out.contains("✓ ondersteuning — r. 7, kop 'Hulp die je krijgt'"),
        "{out}"
    );
    assert!(
        out.contains("✓ looptijd — r. 11, data '4 januari 2027'"),
        "{out}"
    );
    assert!(
        out.contains("✗ voorgeschiedenis — het plan verwijst niet naar eerdere gesprekken"),
        "{out}"
    );
    // Without snippets: the place and the kind of cue, not the words.
    let out = run(&["--no-snippets"]);
    assert!(out.contains("✓ probleemstelling — r. 3, kop\n"), "{out}");
    assert!(
        !out.contains("Quirijn") && !out.contains("Hulp die"),
        "{out}"
    );
}

#[test]
fn json_lists_the_parts_with_their_cue_and_place() {
    let out = run(&["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let parts = v["files"][0]["parts"].as_array().unwrap();
    assert_eq!(parts.len(), 13);
    let support = parts.iter().find(|p| p["part"] == "support").unwrap();
    assert_eq!(support["present"], true);
    assert_eq!(support["how"], "heading");
    assert_eq!(support["span"]["start"]["line"], 7);
    assert_eq!(support["text"], "Hulp die je krijgt");
    let history = parts.iter().find(|p| p["part"] == "history").unwrap();
    assert_eq!(history["present"], false);
    assert!(history.get("how").is_none());
    // Without the flag: the same checklist, where and how, but not the words.
    let o = Command::cargo_bin("vt-lint")
        .unwrap()
        .args(["--format", "json", "-"])
        .write_stdin(PLAN)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let plain = v["files"][0]["parts"].as_array().unwrap();
    assert_eq!(plain.len(), 13);
    let support = plain.iter().find(|p| p["part"] == "support").unwrap();
    assert_eq!(support["present"], true);
    assert_eq!(support["span"]["start"]["line"], 7);
    assert!(support.get("text").is_none(), "{support}");
}
