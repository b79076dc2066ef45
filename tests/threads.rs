//! `--threads 1` and `--threads 2` print byte-identical output, in the same order.

use assert_cmd::Command;

fn run(format: &str, threads: &str) -> (Vec<u8>, Vec<u8>, Option<i32>) {
    let out = Command::cargo_bin("vt-lint")
        .unwrap()
        .args(["--format", format, "--color", "never", "--threads", threads])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/does-not-exist.md"
        ))
        .output()
        .unwrap();
    (out.stdout, out.stderr, out.status.code())
}

#[test]
fn output_is_identical_for_one_and_two_threads() {
    for format in ["json", "human", "short", "pretty"] {
        let one = run(format, "1");
        let two = run(format, "2");
        assert!(!one.0.is_empty(), "{format}: no output");
        assert_eq!(
            String::from_utf8_lossy(&one.0),
            String::from_utf8_lossy(&two.0),
            "{format}: stdout differs"
        );
        assert_eq!(one.1, two.1, "{format}: stderr differs");
        assert_eq!(one.2, Some(2), "{format}: a missing file means exit 2");
        assert_eq!(one.2, two.2, "{format}: exit status differs");
    }
}
