//! The plan's timeline as a reader counts it: calendar months, not 30-day blocks.

use vt_lint::analysis::dates::Date;
use vt_lint::{check, Config};

fn codes(plan: &str) -> Vec<&'static str> {
    let mut c = Config::new();
    c.today = Some(Date::new(2026, 1, 15));
    check(plan, &c)
        .diagnostics
        .iter()
        .map(|d| d.code())
        .collect()
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

const WEEKS: &str =
    "# Verbeterplan\n\n## Looptijd\n\nVan maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.\n\n\
## Evaluatiemomenten\n\n- {MID}\n- Eindevaluatie op vr 21 mei.\n";

#[test]
fn week_numbers_and_parts_of_months_are_evaluation_dates() {
    // "week 13" (29 March 2027) and "half april" are interim evaluations: no VT305.
    for mid in ["Tussenevaluatie in week 13.", "Tussenevaluatie half april."] {
        let got = codes(&WEEKS.replace("{MID}", mid));
        assert!(!got.contains(&"VT305"), "{mid}: {got:?}");
    }
    // A week of the plan's own count is no calendar date: it is not outside the period.
    let own = codes(&WEEKS.replace("{MID}", "Tussenevaluatie in week 3."));
    assert!(!own.contains(&"VT303"), "{own:?}");
    // "eind juni" is after the end of the plan.
    let late = codes(&WEEKS.replace("{MID}", "Tussenevaluatie eind juni."));
    assert!(late.contains(&"VT303"), "{late:?}");
}

#[test]
fn a_short_weekday_is_checked_against_the_plans_year() {
    // Tuesday 9 March 2027, written "wo".
    let got = codes(&WEEKS.replace("{MID}", "Tussenevaluatie op wo 9 maart."));
    assert!(got.contains(&"VT306"), "{got:?}");
    let right = codes(&WEEKS.replace("{MID}", "Tussenevaluatie op di 9 maart."));
    assert!(!right.contains(&"VT306"), "{right:?}");
}
