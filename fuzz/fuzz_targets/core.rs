//! The fast target: `vt_lint::check` on arbitrary text with only the span invariants, no
//! renderers, for throughput (parser, analysis and rules).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let config = vt_lint::cli::invariants::test_config();
    let report = vt_lint::check(&text, &config);
    vt_lint::cli::invariants::assert_spans(&text, &report);
});
