//! Every input in tests/fuzz_regressions/ (crashes and slow inputs found by `cargo fuzz`,
//! see README "Fuzzing") goes through the same assertions as the fuzz target.

use std::time::{Duration, Instant};

#[test]
fn fuzz_regressions_hold() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_regressions");
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|f| f != "README.md"))
        .collect();
    entries.sort();
    for path in entries {
        let bytes = std::fs::read(&path).unwrap();
        // The fuzz target decodes the same way.
        let text = String::from_utf8_lossy(&bytes);
        let start = Instant::now();
        let r = std::panic::catch_unwind(|| vt_lint::cli::invariants::check_invariants(&text));
        assert!(r.is_ok(), "{} panics", path.display());
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{} took {:?}",
            path.display(),
            start.elapsed()
        );
        n += 1;
    }
    assert!(n > 0, "no regression inputs found in {dir}");
}

/// The leak check of the fuzz target and the property tests relies on vt-lint never saying
/// the marker word itself.
#[test]
fn no_text_of_vt_lint_contains_the_marker() {
    let m = vt_lint::cli::invariants::MARKER;
    for r in vt_lint::rules::RULES {
        for t in [r.summary.0, r.summary.1, r.explanation.0, r.explanation.1] {
            assert!(!t.to_lowercase().contains(m), "{}", r.code);
        }
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules");
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            let text = std::fs::read_to_string(p).unwrap();
            assert!(!text.to_lowercase().contains(m));
        }
    }
}
