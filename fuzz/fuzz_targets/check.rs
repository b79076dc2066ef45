//! `vt_lint::check` on arbitrary text: no panic, every span and label span inside the
//! input and on char boundaries, all six renderers cope with and without `--no-snippets`,
//! JSON and SARIF parse, and nothing under `--no-snippets` holds plan text: every `q` in the
//! input is followed by the marker word, so a leak anywhere shows as that word.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The CLI refuses non-UTF-8 input before linting; lossy decoding still lets the
    // fuzzer reach the linter with almost every input.
    let text = String::from_utf8_lossy(data);
    let marked = text.replace('q', &format!("q{}", vt_lint::cli::invariants::MARKER));
    vt_lint::cli::invariants::check_invariants(&marked);
});
