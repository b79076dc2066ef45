//! The plan's timeline as a reader counts it: calendar months, not 30-day blocks.

use vt_lint::analysis::dates::Date;
use vt_lint::{check, Config};

fn codes(plan: &str) -> Vec<&'static str> {
    codes_on(plan, Date::new(2026, 1, 15))
}

/// The codes for a plan written on `today` (the blind plans' today is 1 December 2026).
fn codes_on(plan: &str, today: Date) -> Vec<&'static str> {
    let mut c = Config::new();
    c.today = Some(today);
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

#[test]
fn a_yearless_date_in_the_history_of_a_letter_is_the_year_before() {
    // The run starts in January without a year, ends in April 2027: "29 september" was
    // talked about last autumn, not the September after the end.
    let plan = "Beste Joris,\n\nWe hebben het besproken in de werkbegeleiding van 29 september. \
In je jaargesprek van 5 oktober stonden de plannen als verbeterpunt op de lijst.\n\n\
Het traject loopt van maandag 18 januari tot en met vrijdag 9 april 2027. \
De tussenevaluatie is op dinsdag 23 februari en het eindgesprek op donderdag 8 april.\n";
    let got = codes_on(plan, Date::new(2026, 12, 1));
    for code in ["VT303", "VT306", "VT307"] {
        assert!(!got.contains(&code), "{code}: {got:?}");
    }
}

#[test]
fn an_extension_row_is_the_period_and_the_first_track_is_not() {
    let plan = "# Verlenging verbetertraject\n\n| Naam | Jeroen |\n|---|---|\n\
| Eerste traject | 7-9-2026 t/m 27-11-2026 |\n| Verlenging | 11-1-2027 t/m 12-3-2027 |\n\n\
## Evaluaties\n\n- Tussenevaluatie: woensdag 10 februari 2027.\n- Eindevaluatie: donderdag 11 maart 2027.\n";
    let got = codes_on(plan, Date::new(2026, 12, 1));
    assert!(!got.contains(&"VT303"), "{got:?}");
    assert!(!got.contains(&"VT307"), "{got:?}");
}

#[test]
fn an_appendix_reports_and_sets_no_moments() {
    let plan = "# Verbeterplan\n\n## Looptijd\n\nVan maandag 11 januari 2027 tot en met vrijdag 2 april 2027.\n\n\
## Evaluatie\n\n- Tussenevaluatie: dinsdag 16 februari 2027.\n- Eindevaluatie: donderdag 1 april 2027.\n\n\
## Bijlage 1: gespreksverslag 12 november 2026\n\n**Afspraken**\n\n- Mw. Dekker stelt samen met HR een verbeterplan op.\n\n\
Verslag vastgesteld en door beiden voor gezien getekend op 17 november 2026.\n";
    let got = codes_on(plan, Date::new(2026, 12, 1));
    for code in ["VT202", "VT303", "VT307"] {
        assert!(!got.contains(&code), "{code}: {got:?}");
    }
}

#[test]
fn the_first_date_of_a_range_takes_the_year_of_the_second() {
    // 15 June 2026 is a Monday; 15 June 2027 would be a Tuesday.
    let plan = "# Tweede verlenging\n\n## Terugblik\n\n- Verbetertraject maandag 15 juni t/m vrijdag 28 augustus 2026: afgesloten.\n\n\
## Looptijd\n\nVan maandag 4 januari 2027 tot en met vrijdag 12 maart 2027.\n";
    let got = codes_on(plan, Date::new(2026, 12, 1));
    assert!(!got.contains(&"VT306"), "{got:?}");
}

#[test]
fn a_block_of_fields_gives_the_extension_not_the_first_plan() {
    let plan = "# Verlenging\n\n**Medewerker:** Kevin\n\
**Eerste plan:** maandag 5 oktober 2026 t/m vrijdag 27 november 2026\n\
**Verlenging:** maandag 4 januari 2027 t/m vrijdag 5 maart 2027 (9 weken)\n\n\
## Evaluatie\n\n- Tussenevaluatie: vrijdag 5 februari 2027.\n- Eindevaluatie: vrijdag 5 maart 2027.\n";
    let got = codes_on(plan, Date::new(2026, 12, 1));
    for code in ["VT105", "VT303", "VT307"] {
        assert!(!got.contains(&code), "{code}: {got:?}");
    }
}

#[test]
fn a_letters_place_and_date_and_reference_dates_are_no_moments() {
    let plan = "Apeldoorn, 1 december 2026\n\nBeste Dennis,\n\n\
Sinds 1 september werken we met het nieuwe ECD. Het plan loopt van maandag 11 januari 2027 \
tot en met vrijdag 9 april 2027.\n\n## Afspraken\n\n\
- De 14 verificaties die per 1 december 2026 nog openstaan, werk je uiterlijk vrijdag 29 januari 2027 weg.\n\n\
## Evaluatie\n\n- Tussenevaluatie: dinsdag 23 februari 2027.\n- Eindevaluatie: donderdag 8 april 2027.\n";
    let got = codes_on(plan, Date::new(2026, 12, 1));
    for code in ["VT303", "VT307"] {
        assert!(!got.contains(&code), "{code}: {got:?}");
    }
    // A real deadline in the past still counts.
    let late = plan.replace(
        "uiterlijk vrijdag 29 januari 2027",
        "uiterlijk vrijdag 27 november 2026",
    );
    let got = codes_on(&late, Date::new(2026, 12, 1));
    assert!(got.contains(&"VT307"), "{got:?}");
}

#[test]
fn a_period_in_weeks_and_dates_is_read_by_its_dates() {
    let plan = "# Verbeterplan\n\n**Periode:** week 4 t/m week 12 – maandag 25 januari 2027 tot en met vrijdag 26 maart 2027\n\n\
## Evaluatie\n\n- Tussenevaluatie: dinsdag 23 februari 2027.\n- Eindevaluatie: donderdag 25 maart 2027.\n\n\
**Bijlage 1 -- Gespreksverslag dinsdag 10 november 2026**\n\n**Afspraak:** je levert de lijst uiterlijk maandag 16 november 2026 aan.\n";
    let got = codes_on(plan, Date::new(2026, 12, 1));
    for code in ["VT111", "VT302", "VT303", "VT307"] {
        assert!(!got.contains(&code), "{code}: {got:?}");
    }
}
