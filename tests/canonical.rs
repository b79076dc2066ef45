//! The word-list files under `rules/` stay canonical, the way typos keeps its dictionary:
//! each file is rewritten to canonical form — every list sorted, free of duplicates and
//! normalised (lower case, accents folded, as the matchers see text), one entry a line; every
//! `name = number` table sorted by name — and the test fails when that changes anything.
//! `BLESS=1 cargo test --test canonical` writes the canonical form back instead.
//!
//! Order never carries meaning in these files: where the code needs an order (longest first
//! in a pattern, month numbers) it sorts or numbers the entries itself.
//!
//! The five lexicons (`[[entry]]` blocks, sorted by term) are kept by `tests/lexicons.rs`.

use std::path::Path;
use vt_lint::plan::text::normalise;

/// The files build.rs reads as plain lists and tables (`sections.toml` too: its lists are
/// already sorted, deduplicated and normalised, so the rewrite leaves it as it is).
const FILES: &[&str] = &[
    "cues.toml",
    "wording.toml",
    "placeholders.toml",
    "sentences.toml",
    "goals.toml",
    "dates.toml",
    "sections.toml",
];

/// A TOML basic string.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The strings of a TOML array written as `key = [ … ]` (over one or more lines).
fn entries(array: &str) -> Vec<String> {
    let table: toml::Table = toml::from_str(array).unwrap_or_else(|e| panic!("{array}\n{e}"));
    let value = table.values().next().expect("one key");
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("a list of strings").to_string())
        .collect()
}

fn array_key(line: &str) -> Option<&str> {
    let (key, rest) = line.split_once(" = ")?;
    (rest.starts_with('[')
        && !key.is_empty()
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    .then_some(key)
}

/// The file in canonical form.
fn canonical(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::new();
    // A run of `name = value` lines in a table, sorted when it ends.
    let mut scalars: Vec<String> = Vec::new();
    let flush = |scalars: &mut Vec<String>, out: &mut Vec<String>| {
        scalars.sort_by(|a, b| a.split(" = ").next().cmp(&b.split(" = ").next()));
        out.append(scalars);
    };
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some(key) = array_key(line) {
            flush(&mut scalars, &mut out);
            // The array runs to the line that closes it.
            let mut j = i;
            while !lines[j].trim_end().ends_with(']') {
                j += 1;
            }
            let mut list: Vec<String> = entries(&lines[i..=j].join("\n"))
                .iter()
                .map(|s| normalise(s))
                .collect();
            list.sort();
            list.dedup();
            if list.is_empty() {
                out.push(format!("{key} = []"));
            } else {
                out.push(format!("{key} = ["));
                out.extend(list.iter().map(|s| format!("  {},", quoted(s))));
                out.push("]".into());
            }
            i = j + 1;
            continue;
        }
        let scalar = line.contains(" = ") && !line.starts_with('#') && !line.starts_with('[');
        if scalar {
            scalars.push(line.to_string());
        } else {
            flush(&mut scalars, &mut out);
            out.push(line.to_string());
        }
        i += 1;
    }
    flush(&mut scalars, &mut out);
    let mut s = out.join("\n");
    s.push('\n');
    s
}

#[test]
fn word_list_files_are_canonical() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for file in FILES {
        let path = rules.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let want = canonical(&text);
        if want == text {
            continue;
        }
        if bless {
            std::fs::write(&path, &want).unwrap();
            continue;
        }
        let (n, (have, should)) = text
            .lines()
            .chain(std::iter::repeat(""))
            .zip(want.lines().chain(std::iter::repeat("")))
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .expect("texts differ");
        failures.push(format!(
            "rules/{file}:{}: is\n    {have}\n  canonical (sorted, no duplicates, normalised):\n    {should}",
            n + 1
        ));
    }
    assert!(
        failures.is_empty(),
        "{}\n(run `BLESS=1 cargo test --test canonical` to rewrite the files)",
        failures.join("\n")
    );
}

#[test]
fn the_rewrite_sorts_deduplicates_and_normalises() {
    let messy = "# a comment\n\nx = [\n  \"Évaluatie\",\n  \"bij\",\n  \"bij\",\n]\ny = [\"b\", \"a\"]\nz = []\n\n[t]\nb = 2\na = 1\n";
    assert_eq!(
        canonical(messy),
        "# a comment\n\nx = [\n  \"bij\",\n  \"evaluatie\",\n]\ny = [\n  \"a\",\n  \"b\",\n]\nz = []\n\n[t]\na = 1\nb = 2\n"
    );
    let clean = canonical(messy);
    assert_eq!(canonical(&clean), clean);
}
