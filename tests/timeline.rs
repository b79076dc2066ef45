//! The plan's timeline as a reader counts it: calendar months, not 30-day blocks.

use vt_lint::analysis::dates::Date;
use vt_lint::{check, Config};

fn codes(plan: &str) -> Vec<&'static str> {
    let mut c = Config::new();
    c.today = Some(Date::new(2026, 1, 15));
    check(plan, &c).diagnostics.iter().map(|d| d.code).collect()
}

const PLAN: &str =
    "# Verbeterplan\n\n## Looptijd\n\nHet traject duurt 3 maanden vanaf 2 maart 2026.\n\n\
## Evaluatiemomenten\n\n- Tussenevaluatie op 13 april 2026.\n- Eindevaluatie op {END}.\n";

#[test]
fn three_months_from_2_march_ends_on_2_june() {
    // The last day of the term is inside the period …
    let on_time = PLAN.replace("{END}", "2 juni 2026");
    assert!(!codes(&on_time).contains(&"VT303"), "{:?}", codes(&on_time));
    // … the day after is not.
    let late = PLAN.replace("{END}", "3 juni 2026");
    assert!(codes(&late).contains(&"VT303"), "{:?}", codes(&late));
}
