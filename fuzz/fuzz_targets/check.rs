//! `vt_lint::check` on arbitrary text: no panic, every span and label span inside the
//! input and on char boundaries, every renderer copes, the JSON parses.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The CLI refuses non-UTF-8 input before linting; lossy decoding still lets the
    // fuzzer reach the linter with almost every input.
    let text = String::from_utf8_lossy(data);
    vt_lint::invariants::check_invariants(&text);
});
