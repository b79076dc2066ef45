//! The README's rule table is the registry: same codes, names, severities and summaries.

#[test]
fn readme_rule_table_matches_the_registry() {
    let readme = include_str!("../README.md");
    let rows: Vec<Vec<&str>> = readme
        .lines()
        .filter(|l| l.starts_with("| VT"))
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect();
    let rules = vt_lint::rules::RULES;
    assert_eq!(rows.len(), rules.len(), "one row per rule");
    for (row, m) in rows.iter().zip(rules) {
        assert_eq!(row[0], m.code);
        assert_eq!(row[1], format!("`{}`", m.name), "{}", m.code);
        assert_eq!(row[2], m.severity.as_str(), "{}", m.code);
        // The README may add a detail after the summary ("(8 weken)").
        assert!(row[3].starts_with(m.summary.0), "{}: {}", m.code, row[3]);
    }
}
