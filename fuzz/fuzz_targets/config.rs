//! The `vt-lint.toml` parser on arbitrary text: no panic; an error's span lies inside the
//! text on char boundaries and its report renders; an accepted config builds, answers
//! `exclude` and lints a small plan (extra word lists and section names build their own
//! matcher) with every span inside the plan.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::{Path, PathBuf};
use vt_lint::workspace::{build, parse, Overrides};

const PLAN: &str = "# Verbeterplan\n\n## Ondersteuning\n\nJe moet proactiever worden, z.s.m.\n";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match parse(Path::new("vt-lint.toml"), &text, PathBuf::from("/plannen")) {
        Err(e) => {
            if let Some(span) = &e.span {
                assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
            let _ = e.render(false, false);
            let _ = e.render(true, true);
        }
        Ok(file) => {
            let _ = file.is_excluded(Path::new("/plannen/archief/oud.md"));
            let _ = file.is_excluded(Path::new("/elders/plan.md"));
            let mut ov = Overrides::default();
            ov.today = Some(vt_lint::analysis::dates::Date::new(2026, 3, 1));
            let config = build(Some(&file), &ov);
            let report = vt_lint::check(PLAN, &config);
            vt_lint::cli::invariants::assert_spans(PLAN, &report);
        }
    }
});
