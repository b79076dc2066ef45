//! How vt-lint reads plans written the way advisers write them: an e-mail with plain lines
//! for titles, labels that are conditions, a conversation told in passing, a judgement
//! denied. Each test shows the reading with a plan that stays silent and a variant a reader
//! would fault, so a test fails when the reading breaks either way.

use vt_lint::analysis::dates::Date;
use vt_lint::{check, Config, Severity};

/// A variant of a plan: `from` replaced by `to`. Panics when `from` is not there, so a test
/// never compares a plan with itself after the plan it edits has changed.
trait Edit {
    fn edit(&self, from: &str, to: &str) -> String;
}

impl Edit for str {
    fn edit(&self, from: &str, to: &str) -> String {
        assert!(self.contains(from), "not in the plan: {from:?}");
        self.replace(from, to)
    }
}

/// The codes of warnings and errors for a plan written on 1 December 2026.
fn loud(plan: &str) -> Vec<&'static str> {
    let mut c = Config::new();
    c.today = Some(Date::new(2026, 12, 1));
    check(plan, &c)
        .diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|d| d.code())
        .collect()
}

/// An e-mail without Markdown: each part under a plain line that titles it.
const EMAIL: &str = "\
Van: Marloes Kuipers
Aan: Dennis Aydin
Onderwerp: afspraken over je planning

Hoi Dennis,

Wat er niet goed gaat
Bij 14 van de 40 ritten in november stond de laadvolgorde verkeerd in het systeem. Chauffeurs
moesten daardoor op de dock wachten.

Eerder besproken
In je beoordelingsgesprek van 6 oktober 2026 hebben we de laadvolgorde al genoemd.

Waar het aan ligt
Je collega's werken met hetzelfde systeem en dezelfde ritten. Het systeem verklaart het dus niet.

Wat we afspreken
1. Je zet de laadvolgorde van elke rit uiterlijk om 15.00 uur de dag ervoor in het systeem.
2. Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.

Wat je van ons krijgt
- Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.
- Op woensdag 20 januari 2027 volg je een training van een dagdeel bij de leverancier.

Periode en gesprekken
Het traject loopt van maandag 11 januari 2027 tot en met vrijdag 19 maart 2027. De gesprekken
voer je met mij:
- tussenevaluatie op vrijdag 12 februari 2027;
- eindevaluatie op donderdag 18 maart 2027.
Na elk gesprek stuur ik je een verslag.

Het traject is geslaagd als je in de laatste vier weken aan beide afspraken voldoet.

Wat daarna
Lukt het, dan ronden we het traject af en blijf je planner. Lukt het niet, dan kan dat leiden
tot beëindiging van je arbeidsovereenkomst.

Voor akkoord: Dennis Aydin
";

#[test]
fn an_email_with_plain_title_lines_is_read_part_by_part() {
    assert_eq!(loud(EMAIL), Vec::<&str>::new());
    // The support really comes from its title's lines: without them, it is missing.
    let start = EMAIL.find("Wat je van ons krijgt").unwrap();
    let end = EMAIL.find("Periode en gesprekken").unwrap();
    let without = format!("{}{}", &EMAIL[..start], &EMAIL[end..]);
    assert!(loud(&without).contains(&"VT104"), "{:?}", loud(&without));
}

#[test]
fn a_shortfall_counted_in_the_past_is_the_problem() {
    // "Bij 14 van de 40 ritten … stond … verkeerd": a count, a past verb, a shortfall.
    let untitled = EMAIL.edit("Wat er niet goed gaat\n", "");
    assert!(!loud(&untitled).contains(&"VT101"), "{:?}", loud(&untitled));
    let no_shortfall = untitled.edit("stond de laadvolgorde verkeerd", "stond de laadvolgorde");
    assert!(loud(&no_shortfall).contains(&"VT101"));
}

/// A plan with headings, complete: each test below changes one thing.
const PLAN: &str = "\
# Verbeterplan planner

## Aanleiding

In november stond bij 14 van de 40 ritten de laadvolgorde verkeerd. In het gesprek van
24 november 2026 met HR-adviseur Ilse Vos hebben we dat besproken.

## Oorzaak

Je collega's werken met hetzelfde systeem. Dat verklaart het dus niet.

## Doelen

| Doel | Norm |
| --- | --- |
| Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |
| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |

Het plan is geslaagd als je in april en mei aan beide normen voldoet.

## Ondersteuning

Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.

## Looptijd

Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.

## Evaluaties

- Tussenevaluatie: donderdag 15 april 2027
- Eindevaluatie: donderdag 20 mei 2027

Op de eindevaluatie is Ilse Vos van HR aanwezig. De gesprekken voer je met mij. Van elk gesprek
maak ik een verslag.

## Gevolgen

**Geslaagd:** we sluiten het plan af. Je blijft planner.
**Niet geslaagd:** dan bespreken we een andere functie. Dat kan leiden tot ontslag.

## Ondertekening

Voor akkoord: Dennis Aydin
";

#[test]
fn the_plan_used_below_is_silent() {
    assert_eq!(loud(PLAN), Vec::<&str>::new());
}

#[test]
fn a_label_is_the_condition_of_its_text() {
    // "**Geslaagd:** we sluiten het plan af. Je blijft planner." is the good outcome, though
    // the next label says "niet".
    assert!(!loud(PLAN).contains(&"VT108"));
    let without = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.\n",
        "",
    );
    assert!(loud(&without).contains(&"VT108"), "{:?}", loud(&without));
}

#[test]
fn any_word_for_the_plan_serves_in_a_heading() {
    let outcome = "## Als het verbeterplan slaagt\n\nDan sluiten we het af.\n\n## Gevolgen";
    let headed = PLAN.edit(
        "## Gevolgen\n\n**Geslaagd:** we sluiten het plan af. Je blijft planner.\n",
        &format!("{outcome}\n\n"),
    );
    assert!(!loud(&headed).contains(&"VT108"), "{:?}", loud(&headed));
}

#[test]
fn a_goal_with_a_cued_deadline_keeps_its_other_dates_as_context() {
    // The deadline is "uiterlijk 1 april"; when the rides run is not a deadline.
    let context = PLAN.edit(
        "De ritten van april staan",
        "De ritten van 1 juni tot 30 juni 2027 staan",
    );
    assert!(!loud(&context).contains(&"VT303"), "{:?}", loud(&context));
    // A cued deadline after the end is still one.
    let late = PLAN.edit(
        "uiterlijk donderdag 1 april 2027",
        "uiterlijk vrijdag 4 juni 2027",
    );
    assert!(loud(&late).contains(&"VT303"), "{:?}", loud(&late));
}

/// The e-mail as a letter typed without any title lines.
fn letter() -> String {
    let mut letter = EMAIL.to_string();
    for title in [
        "Wat er niet goed gaat\n",
        "Eerder besproken\n",
        "Waar het aan ligt\n",
        "Wat we afspreken\n",
        "Wat je van ons krijgt\n",
        "Periode en gesprekken\n",
        "Wat daarna\n",
    ] {
        letter = letter.edit(title, "");
    }
    letter
}

#[test]
fn a_sentence_opening_with_dat_goes_on_about_the_conversation() {
    let plan = letter().edit(
        "De gesprekken\nvoer je met mij:\n- tussenevaluatie op vrijdag 12 februari 2027;\n- eindevaluatie op donderdag 18 maart 2027.",
        "Op vrijdag 12 februari 2027 is de tussenevaluatie. Op donderdag 18 maart 2027 hebben we\nhet eindgesprek. Dat voer je met mij.",
    );
    assert!(plan.contains("Dat voer je met mij."));
    assert!(!loud(&plan).contains(&"VT113"), "{:?}", loud(&plan));
    let nobody = plan.edit("Dat voer je met mij.", "Dat duurt een uur.");
    assert!(loud(&nobody).contains(&"VT113"), "{:?}", loud(&nobody));
}

#[test]
fn a_conversation_dated_before_the_start_is_history() {
    // No history heading, no "besproken": a conversation dated before the start tells it.
    let told = PLAN.edit("hebben we dat besproken", "ging het daar al over");
    assert!(!loud(&told).contains(&"VT109"), "{:?}", loud(&told));
    let later = told.edit("24 november 2026", "24 maart 2027");
    assert!(loud(&later).contains(&"VT109"), "{:?}", loud(&later));
}

#[test]
fn a_judgement_under_a_denial_is_not_made() {
    let denied = PLAN.edit(
        "Dat verklaart het dus niet.",
        "Dat verklaart het dus niet. We zeggen er niet mee dat je ongemotiveerd bent.",
    );
    assert!(!loud(&denied).contains(&"VT204"), "{:?}", loud(&denied));
    let made = PLAN.edit(
        "Dat verklaart het dus niet.",
        "Dat verklaart het dus niet. We zien dat je ongemotiveerd bent.",
    );
    assert!(loud(&made).contains(&"VT204"));
}

#[test]
fn a_half_year_or_later_quarter_cannot_be_judged_in_the_plan() {
    for period in [
        "over het eerste halfjaar van 2027",
        "in het tweede en derde kwartaal van 2027",
    ] {
        let plan = PLAN.edit("per maand", period);
        assert!(
            loud(&plan).contains(&"VT308"),
            "{period}: {:?}",
            loud(&plan)
        );
    }
}

#[test]
fn first_and_last_day_labels_give_the_period() {
    let plan = PLAN.edit(
        "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "Eerste dag: maandag 1 maart 2027\nLaatste dag: vrijdag 14 mei 2027",
    );
    // The final evaluation on 20 May now falls after the last day.
    assert!(loud(&plan).contains(&"VT303"), "{:?}", loud(&plan));
}

#[test]
fn a_success_heading_over_figures_gives_the_criteria() {
    // "## Succes" reads as the good outcome, unless what stands under it is figures.
    let plan = PLAN.edit(
        "Het plan is geslaagd als je in april en mei aan beide normen voldoet.",
        "## Succes\n\n- In april en mei bij minimaal 38 van de 40 ritten de juiste laadvolgorde.",
    );
    assert!(!loud(&plan).contains(&"VT103"), "{:?}", loud(&plan));
    // (Without the norms column of the goals table, which gives criteria of its own.)
    let outcome = plan
        .edit(
            "- In april en mei bij minimaal 38 van de 40 ritten de juiste laadvolgorde.",
            "Dan blijf je planner.",
        )
        .edit("| Doel | Norm |", "| Doel | Afspraak |");
    assert!(loud(&outcome).contains(&"VT103"), "{:?}", loud(&outcome));
}

#[test]
fn a_conversation_held_before_the_start_is_no_evaluation() {
    // An intake before the start is history; an interim talk dated before it is a mistake.
    let intake = PLAN.edit(
        "- Tussenevaluatie: donderdag 15 april 2027",
        "- Intakegesprek: donderdag 26 november 2026\n- Tussenevaluatie: donderdag 15 april 2027",
    );
    let codes = loud(&intake);
    assert!(
        !codes.contains(&"VT303") && !codes.contains(&"VT307"),
        "{codes:?}"
    );
    let wrong_year = intake.edit("Intakegesprek", "Tussengesprek");
    assert!(
        loud(&wrong_year).contains(&"VT303"),
        "{:?}",
        loud(&wrong_year)
    );
}

#[test]
fn an_aside_about_half_a_month_is_no_evaluation() {
    let aside = PLAN.edit(
        "Van elk gesprek\nmaak ik een verslag.",
        "Van elk gesprek\nmaak ik een verslag. Half juni begint de zomerdrukte.",
    );
    assert!(!loud(&aside).contains(&"VT303"), "{:?}", loud(&aside));
}

#[test]
fn dates_of_a_list_take_the_year_of_the_last() {
    // 8 October 2025 is a Wednesday, 27 October 2025 a Monday; nearest to the plan's start
    // (March 2027) they would be in 2026, on other days.
    let plan = PLAN.edit(
        "In november stond",
        "Op woensdag 8 oktober, maandag 27 oktober en woensdag 5 november 2025 ging het\nook al mis. In november stond",
    );
    assert!(!loud(&plan).contains(&"VT306"), "{:?}", loud(&plan));
    let wrong = plan.edit("maandag 27 oktober", "dinsdag 27 oktober");
    assert!(loud(&wrong).contains(&"VT306"));
}

#[test]
fn a_perfect_tense_tells_the_shortfall() {
    // "Daarvan zijn er 19 … verwerkt": an auxiliary and a participle, not a listed past form.
    let letter = letter().edit(
        "Bij 14 van de 40 ritten in november stond de laadvolgorde verkeerd in het systeem.",
        "In november hebt u 40 ritten gepland. Daarvan zijn er 14 later dan 15.00 uur verwerkt.",
    );
    assert!(!loud(&letter).contains(&"VT101"), "{:?}", loud(&letter));
}

#[test]
fn a_role_and_a_name_are_no_support() {
    let plan = PLAN
        .edit(
            "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
            "Als je vragen hebt, kun je altijd bij mij terecht. Indien nodig kunnen we Sanne\nvragen om een keer mee te kijken.",
        )
        .edit(
            "# Verbeterplan planner\n",
            "# Verbeterplan planner\n\n**Teamcoach:** Sanne de Wit\n",
        )
        .edit(
            "Voor akkoord: Dennis Aydin",
            "Voor akkoord: Dennis Aydin\n\nVoor gezien: Sanne de Wit, teamcoach",
        );
    let codes = loud(&plan);
    // Both sentences are possibilities; nothing else gives support.
    assert_eq!(
        codes.iter().filter(|c| **c == "VT206").count(),
        2,
        "{codes:?}"
    );
    assert!(codes.contains(&"VT104"), "{codes:?}");
}

#[test]
fn a_label_in_italics_titles_what_follows() {
    // Chat tools write "*Label:*" where others write bold.
    let plan = PLAN.edit(
        "## Doelen\n\n| Doel | Norm |\n| --- | --- |\n| Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |\n| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n",
        "*Wat ik in de komende tien weken van je verwacht:*\n\n- Bij minimaal 38 van de 40 ritten\n  per maand klopt de laadvolgorde.\n",
    );
    // (A criterion in a sentence implies goals of its own: left out here.)
    let plan = plan.edit(
        "Het plan is geslaagd als je in april en mei aan beide normen voldoet.",
        "",
    );
    assert!(plan.contains("verwacht:*"), "{plan}");
    assert!(!loud(&plan).contains(&"VT102"), "{:?}", loud(&plan));
    let plain = plan.edit(
        "*Wat ik in de komende tien weken van je verwacht:*",
        "Tot slot:",
    );
    assert!(plain.contains("Tot slot:"), "{plain}");
    assert!(loud(&plain).contains(&"VT102"), "{:?}", loud(&plain));
}

#[test]
fn health_of_someone_the_work_is_for_is_not_the_employees() {
    let tenant = PLAN.edit(
        "In november stond",
        "Een huurder vertelde je over zijn psychische klachten. In november stond",
    );
    assert!(!loud(&tenant).contains(&"VT501"), "{:?}", loud(&tenant));
    // The employee's own, after a semicolon that ends the clause about the planning.
    let own = PLAN.edit(
        "In november stond",
        "Je bent onder behandeling bij een psycholoog; daar houden we bij het plannen rekening\nmee. In november stond",
    );
    assert!(loud(&own).contains(&"VT501"), "{:?}", loud(&own));
}

#[test]
fn vague_words_reported_from_an_earlier_conversation_are_history() {
    let reported = PLAN.edit(
        "In november stond",
        "In je beoordelingsgesprek heb ik besproken dat de planning niet op het vereiste niveau\nis. In november stond",
    );
    assert!(!loud(&reported).contains(&"VT201"), "{:?}", loud(&reported));
    let said_now = reported.edit(
        "heb ik besproken dat de planning",
        "zien we dat de planning",
    );
    assert!(loud(&said_now).contains(&"VT201"), "{:?}", loud(&said_now));
}

#[test]
fn a_colleague_compared_under_the_same_conditions_is_a_cause_analysis() {
    // Without a heading for it: the comparison stands in the problem.
    let compared = PLAN.edit("## Oorzaak\n\n", "").edit(
        "Je collega's werken met hetzelfde systeem. Dat verklaart het dus niet.",
        "Je collega Ruud werkte in dezelfde periode met dezelfde ritten. Hij zette de laadvolgorde wel op tijd in het systeem.",
    );
    assert!(!loud(&compared).contains(&"VT112"), "{:?}", loud(&compared));
    // Without the contrast it is only a description of a colleague.
    let described = compared.edit(" wel op tijd", " elke dag");
    assert!(
        loud(&described).contains(&"VT112"),
        "{:?}",
        loud(&described)
    );
}

#[test]
fn calling_the_doctor_as_work_is_no_health_detail() {
    // "je" before an article is who acts; before an adjective it may be a possessive.
    let work = PLAN.edit(
        "Sanne de Wit kijkt",
        "Moet je de huisarts van een patiënt bellen, dan noteer je dat in het dossier. Sanne de Wit kijkt",
    );
    assert!(!loud(&work).contains(&"VT501"), "{:?}", loud(&work));
    let own = PLAN.edit(
        "Sanne de Wit kijkt",
        "Je bent bij je eigen huisarts geweest. Sanne de Wit kijkt",
    );
    assert!(loud(&own).contains(&"VT501"), "{:?}", loud(&own));
}

#[test]
fn a_name_opening_the_sentence_holds_the_conversations() {
    let plan = PLAN.edit(
        "De gesprekken voer je met mij.",
        "Ilse voert de evaluaties met je.",
    );
    let plan = plan.edit("Op de eindevaluatie is Ilse Vos van HR aanwezig. ", "");
    assert!(!loud(&plan).contains(&"VT113"), "{:?}", loud(&plan));
    let nobody = plan.edit(
        "Ilse voert de evaluaties met je.",
        "De evaluaties staan vast.",
    );
    assert!(loud(&nobody).contains(&"VT113"), "{:?}", loud(&nobody));
}

#[test]
fn a_quarter_before_the_plan_is_where_the_employee_stands() {
    let baseline = PLAN.edit(
        "| Laadvolgorde | Bij minimaal 38",
        "| Laadvolgorde | Nu 26 van de 40 in het vierde kwartaal van 2026; doel: bij minimaal 38",
    );
    assert!(!loud(&baseline).contains(&"VT308"), "{:?}", loud(&baseline));
    let target = PLAN.edit(
        "| Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand",
        "| Laadvolgorde | In het derde kwartaal van 2027 bij minimaal 38 van de 40 ritten per maand",
    );
    assert!(loud(&target).contains(&"VT308"), "{:?}", loud(&target));
}

#[test]
fn a_report_over_a_quarter_due_in_the_plan_is_a_deliverable() {
    let due = PLAN.edit(
        "| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |",
        "| Rapportage | De rapportage over het eerste kwartaal lever je uiterlijk donderdag 15 april 2027 in, met minimaal 38 juiste ritten per maand. |",
    );
    assert!(!loud(&due).contains(&"VT308"), "{:?}", loud(&due));
    let measured = due.edit(
        "lever je uiterlijk donderdag 15 april 2027 in, met",
        "toont",
    );
    assert!(loud(&measured).contains(&"VT308"), "{:?}", loud(&measured));
}

#[test]
fn a_vague_deadline_told_as_the_cause_sets_no_deadline() {
    let cause = PLAN.edit(
        "Dat verklaart het dus niet.",
        "Dat verklaart het dus niet. Je plant de ritten op volgorde van binnenkomst en niet zo snel mogelijk.",
    );
    assert!(!loud(&cause).contains(&"VT203"), "{:?}", loud(&cause));
    let goal = PLAN.edit(
        "Sanne de Wit kijkt",
        "Je werkt de achterstand zo snel mogelijk weg. Sanne de Wit kijkt",
    );
    assert!(loud(&goal).contains(&"VT203"), "{:?}", loud(&goal));
}

#[test]
fn a_label_alone_on_its_line_owns_the_lines_under_it() {
    let plan = PLAN.edit(
        "## Looptijd\n\nHet traject loopt",
        "## Looptijd\n\nPeriode:\nHet traject loopt",
    );
    assert!(!loud(&plan).contains(&"VT402"), "{:?}", loud(&plan));
    let empty = PLAN.edit(
        "## Looptijd\n\nHet traject loopt",
        "## Looptijd\n\nPeriode:\nEinddatum: vrijdag 21 mei 2027\n\nHet traject loopt",
    );
    assert!(loud(&empty).contains(&"VT402"), "{:?}", loud(&empty));
}

#[test]
fn a_chat_export_is_read_message_by_message() {
    // The frame before each message is when it was sent, not a placeholder or a date in
    // the plan, and a label may follow it.
    let chat = PLAN.edit(
        "## Ondersteuning\n\n",
        "[04-02-2027 16:42] Marloes Kuipers: *Hulp*\n- ",
    );
    let codes = loud(&chat);
    assert!(!codes.contains(&"VT402"), "{codes:?}");
    assert!(!codes.contains(&"VT303"), "{codes:?}");
    assert!(!codes.contains(&"VT104"), "{codes:?}");
    let unlabelled = chat.edit("*Hulp*", "Hoi");
    assert!(
        loud(&unlabelled).contains(&"VT104"),
        "{:?}",
        loud(&unlabelled)
    );
    let template = chat.edit("[04-02-2027 16:42]", "[datum en tijd]");
    assert!(loud(&template).contains(&"VT402"), "{:?}", loud(&template));
}

#[test]
fn a_weak_past_before_its_subject_tells_the_shortfall() {
    let untitled = EMAIL.edit("Wat er niet goed gaat\n", "").edit(
        "Bij 14 van de 40 ritten in november stond de laadvolgorde verkeerd in het systeem.",
        "Bij 14 van de 40 ritten in november zette je de laadvolgorde te laat in het systeem.",
    );
    assert!(!loud(&untitled).contains(&"VT101"), "{:?}", loud(&untitled));
    let ahead = untitled.edit(
        "zette je de laadvolgorde te laat in het systeem",
        "moet je de laadvolgorde op tijd in het systeem zetten",
    );
    assert!(loud(&ahead).contains(&"VT101"), "{:?}", loud(&ahead));
}

#[test]
fn a_success_label_with_a_verb_of_meeting_is_the_criterion() {
    let plan = PLAN.edit(
        "Het plan is geslaagd als je in april en mei aan beide normen voldoet.",
        "- Geslaagd: beide normen gehaald in april en mei, volgens het ritsysteem.",
    );
    assert!(!loud(&plan).contains(&"VT103"), "{:?}", loud(&plan));
    // Told where the cause is weighed, it is no criterion of this plan.
    let elsewhere = PLAN
        .edit(
            "Het plan is geslaagd als je in april en mei aan beide normen voldoet.",
            "",
        )
        .edit("| Doel | Norm |", "| Doel | Afspraak |")
        .edit(
            "hebben we dat besproken.",
            "hebben we dat besproken. Vorig jaar was je plan geslaagd, want je had de normen gehaald.",
        );
    assert!(
        loud(&elsewhere).contains(&"VT103"),
        "{:?}",
        loud(&elsewhere)
    );
}

#[test]
fn a_vague_word_from_the_employee_told_before_is_history() {
    let told = PLAN.edit(
        "Dat verklaart het dus niet.",
        "Dat verklaart het dus niet. In ons gesprek vertelde je dat je ritten op volgorde van binnenkomst plant. Dat voelt voor jou efficiënter.",
    );
    assert!(!loud(&told).contains(&"VT201"), "{:?}", loud(&told));
    let asked = PLAN.edit(
        "Sanne de Wit kijkt",
        "We verwachten dat je efficiënter plant. Sanne de Wit kijkt",
    );
    assert!(loud(&asked).contains(&"VT201"), "{:?}", loud(&asked));
}

#[test]
fn support_the_employee_gives_is_no_support_they_get() {
    let own = PLAN.edit("## Ondersteuning", "## Overig").edit(
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
        "De nieuwe chauffeurs die jij inwerkt en begeleidt, krijgen de begeleidende mail met hun ritten.",
    );
    assert!(own.contains("die jij inwerkt en begeleidt"), "{own}");
    assert!(loud(&own).contains(&"VT104"), "{:?}", loud(&own));
    let given = own.edit(
        "De nieuwe chauffeurs die jij inwerkt en begeleidt",
        "Je wordt elke week begeleid door Sanne de Wit; de nieuwe chauffeurs",
    );
    assert!(!loud(&given).contains(&"VT104"), "{:?}", loud(&given));
}

#[test]
fn next_steps_that_name_nothing_are_no_consequence() {
    let hinted = PLAN.edit("## Gevolgen", "## Afronding").edit(
        "**Niet geslaagd:** dan bespreken we een andere functie. Dat kan leiden tot ontslag.",
        "**Niet geslaagd:** dan beraden we ons over de vervolgstappen.",
    );
    assert!(loud(&hinted).contains(&"VT107"), "{:?}", loud(&hinted));
    let named = hinted.edit(
        "de vervolgstappen.",
        "de vervolgstappen: een andere functie of beëindiging van je arbeidsovereenkomst.",
    );
    assert!(!loud(&named).contains(&"VT107"), "{:?}", loud(&named));
}

#[test]
fn a_date_in_the_first_cell_is_told_by_the_cell_after_it() {
    let plan = PLAN
        .edit(
            "- Tussenevaluatie: donderdag 15 april 2027\n- Eindevaluatie: donderdag 20 mei 2027\n\nOp de eindevaluatie is Ilse Vos van HR aanwezig. De gesprekken voer je met mij. Van elk gesprek\nmaak ik een verslag.",
            "| Datum | Wat | Wie |\n| --- | --- | --- |\n| do 15 april | tussenevaluatie | Sanne, Dennis |\n| do 20 mei | eindevaluatie | Sanne, Dennis, Ilse Vos |\n\nVan elk gesprek maak ik een verslag.",
        )
        .edit("## Evaluaties", "## Afspraken");
    assert!(plan.contains("| do 15 april |"), "{plan}");
    let codes = loud(&plan);
    assert!(!codes.contains(&"VT113"), "{codes:?}");
    assert!(!codes.contains(&"VT305"), "{codes:?}");
    // The dates without their column of conversations are no evaluations.
    let bare = plan
        .edit("| tussenevaluatie |", "| inroosteren |")
        .edit("| eindevaluatie |", "| inroosteren |");
    assert!(loud(&bare).contains(&"VT106"), "{:?}", loud(&bare));
}

#[test]
fn meeting_to_see_how_it_goes_is_an_interim_evaluation() {
    let plan = PLAN.edit("- Tussenevaluatie: donderdag 15 april 2027\n", "").edit(
        "tot en met vrijdag 21 mei 2027.",
        "tot en met vrijdag 21 mei 2027. Op donderdag 15 april 2027 spreken we elkaar om te kijken hoe het gaat.",
    );
    assert!(!loud(&plan).contains(&"VT305"), "{:?}", loud(&plan));
    let lunch = plan.edit(
        " spreken we elkaar om te kijken hoe het gaat",
        " is de teamlunch",
    );
    assert!(loud(&lunch).contains(&"VT305"), "{:?}", loud(&lunch));
}

#[test]
fn help_offered_on_request_stays_a_possibility_despite_a_count() {
    // "Indien gewenst kan … nog een keer …": one more time, on request, is still a maybe.
    let once = PLAN.edit(
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week. Indien gewenst kan de leverancier nog een keer uitleg geven.",
    );
    assert!(loud(&once).contains(&"VT206"), "{:?}", loud(&once));
    let agreed = PLAN.edit(
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week. De leverancier geeft op 10 maart nog een keer uitleg.",
    );
    assert!(!loud(&agreed).contains(&"VT206"), "{:?}", loud(&agreed));
}

#[test]
fn help_that_stops_is_no_support() {
    let plan = PLAN.edit(
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
        "De wekelijkse begeleiding door Sanne de Wit stopt, omdat je de werkwijze nu kent. Als je daar behoefte aan hebt, kun je een extra training aanvragen.",
    );
    assert!(loud(&plan).contains(&"VT104"), "{:?}", loud(&plan));
    let goes_on = plan.edit(
        "stopt, omdat je de werkwijze nu kent",
        "loopt door, elke maandag een half uur",
    );
    assert!(!loud(&goes_on).contains(&"VT104"), "{:?}", loud(&goes_on));
}

#[test]
fn the_pronoun_u_ends_a_sentence() {
    let u = |t: &str| {
        let plan = PLAN.edit(" je ", " u ").edit("Je ", "U ").edit(
            "Sanne de Wit kijkt elke maandag een half uur met u naar de ritten van de week.",
            t,
        );
        let mut c = Config::new();
        c.today = Some(Date::new(2026, 12, 1));
        check(&plan, &c)
            .diagnostics
            .iter()
            .map(|d| d.code())
            .collect::<Vec<_>>()
    };
    // Two sentences of 15 and 14 words: no long sentence, and the help stays agreed.
    let two = u("Sanne de Wit bespreekt elke maandag een half uur de ritten van de week met u. Daarna kijkt zij elke vrijdag tien minuten met u naar de laadlijsten.");
    assert!(!two.contains(&"VT403"), "{two:?}");
    assert!(!two.contains(&"VT206"), "{two:?}");
    let initial = u("Sanne de Wit bespreekt elke maandag een half uur de ritten van de week met J. Daarna kijkt zij elke vrijdag tien minuten met u naar de laadlijsten en de planning van alle chauffeurs.");
    assert!(initial.contains(&"VT403"), "{initial:?}");
}

#[test]
fn a_dated_conversation_we_hold_names_who_holds_it() {
    // A letter: no section tells where the conversations are.
    let letter = EMAIL.edit("Periode en gesprekken\n", "").edit(
        "De gesprekken\nvoer je met mij:\n- tussenevaluatie op vrijdag 12 februari 2027;\n- eindevaluatie op donderdag 18 maart 2027.\n",
        "Op vrijdag 12 februari 2027 bespreken wij de tussentijdse resultaten met je. De eindevaluatie is op donderdag 18 maart 2027.\n",
    );
    assert!(letter.contains("bespreken wij"), "{letter}");
    assert_eq!(loud(&letter), Vec::<&str>::new());
    let undated = letter.edit(
        "Op vrijdag 12 februari 2027 bespreken wij",
        "Daarna bespreken wij",
    );
    assert!(loud(&undated).contains(&"VT113"), "{:?}", loud(&undated));
}

#[test]
fn consequences_that_name_nothing_are_missing() {
    let hint = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.\n**Niet geslaagd:** dan bespreken we een andere functie. Dat kan leiden tot ontslag.",
        "Als de afspraken aan het eind niet zijn nagekomen, beraden wij ons op vervolgstappen.",
    );
    assert!(loud(&hint).contains(&"VT107"), "{:?}", loud(&hint));
    let named = hint.edit(
        "op vervolgstappen.",
        "op vervolgstappen, zoals een andere functie.",
    );
    assert!(!loud(&named).contains(&"VT107"), "{:?}", loud(&named));
}

#[test]
fn a_list_after_a_lead_in_that_counts_it_is_measured_by_it() {
    let plan = PLAN.edit(
        "Het plan is geslaagd als",
        "Bij elke rit voer je alle drie de controles uit:\n\n- de laadlijst;\n- de volgorde in het systeem;\n- de handtekening van de chauffeur.\n\nHet plan is geslaagd als",
    );
    assert!(!loud(&plan).contains(&"VT202"), "{:?}", loud(&plan));
    // A lead-in that only dates the list does not measure what is in it.
    let dated = plan.edit(
        "Bij elke rit voer je alle drie de controles uit:",
        "Vanaf maandag 1 maart 2027 verwachten we:",
    );
    assert!(loud(&dated).contains(&"VT202"), "{:?}", loud(&dated));
}

#[test]
fn a_judging_word_about_someone_else_is_no_judgement() {
    let other = PLAN.edit(
        "Sanne de Wit kijkt",
        "Je belt de planner zodra iemand op de dock agressief wordt. Sanne de Wit kijkt",
    );
    assert!(!loud(&other).contains(&"VT204"), "{:?}", loud(&other));
    let you = PLAN.edit(
        "Sanne de Wit kijkt",
        "In het team kom je agressief over. Sanne de Wit kijkt",
    );
    assert!(loud(&you).contains(&"VT204"), "{:?}", loud(&you));
}

#[test]
fn a_conversation_of_the_first_plan_named_by_its_date_is_history() {
    let extension = PLAN.edit(
        "Sanne de Wit kijkt",
        "De ritplanning blijft op het niveau van de eindevaluatie van 20 november. Sanne de Wit kijkt",
    );
    let codes = loud(&extension);
    assert!(!codes.contains(&"VT307"), "{codes:?}");
    assert!(!codes.contains(&"VT303"), "{codes:?}");
}

#[test]
fn a_topic_label_in_the_problem_does_not_start_the_plan() {
    // "**Start van de dag.**" names a problem, not the plan's start.
    let topic = PLAN.edit(
        "In november stond bij 14",
        "**Start van de dag.** In week 44 tot en met 47 stond de planning zes keer niet op tijd klaar.\n\nIn november stond bij 14",
    );
    assert_eq!(loud(&topic), Vec::<&str>::new());
    // A period label does.
    let label = PLAN.edit(
        "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "**Start:** maandag 1 november 2027\n\n**Einde:** vrijdag 21 mei 2027",
    );
    assert!(loud(&label).contains(&"VT302"), "{:?}", loud(&label));
}

#[test]
fn a_verb_about_the_run_says_more_than_vanaf_in_a_goal() {
    // A letter's one paragraph: "Vanaf 1 april is het kasverschil …" is a goal; the run
    // starts where the plan says it begins.
    let letter = PLAN.edit(
        "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "Vanaf 1 april controleer je elke rit twee keer. Het traject begint op maandag 1 maart 2027 en loopt tot en met vrijdag 21 mei 2027.",
    );
    assert_eq!(loud(&letter), Vec::<&str>::new());
    // "Hij loopt op 8 maart het systeem met je door" is no end of the plan.
    let through = PLAN.edit(
        "Sanne de Wit kijkt elke maandag",
        "Sanne loopt op maandag 8 maart 2027 het systeem met je door. Sanne de Wit kijkt elke maandag",
    );
    assert_eq!(loud(&through), Vec::<&str>::new());
    let ends = PLAN.edit(
        "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "Het traject begint op maandag 1 maart 2027 en eindigt op maandag 8 maart 2027.",
    );
    assert!(loud(&ends).contains(&"VT304"), "{:?}", loud(&ends));
}

#[test]
fn the_day_the_plan_was_drafted_is_no_date_in_its_run() {
    let drafted = PLAN.edit(
        "## Aanleiding",
        "Opgesteld door Ilse Vos, HR-adviseur, op 1 december 2026, na overleg met je leidinggevende.\n\n## Aanleiding",
    );
    assert_eq!(loud(&drafted), Vec::<&str>::new());
    let planned = PLAN.edit(
        "## Aanleiding",
        "Op 1 december 2027 voeren we nog een gesprek.\n\n## Aanleiding",
    );
    assert!(loud(&planned).contains(&"VT303"), "{:?}", loud(&planned));
}

#[test]
fn a_chat_message_is_not_a_template_to_fill_in() {
    let chat = PLAN.edit(
        "## Aanleiding",
        "[22-01-2027 14:10] Mark Verbeek: <Media weggelaten>\n[22-01-2027 14:11] Mark Verbeek: Hier is het plan.\n\n## Aanleiding",
    );
    assert_eq!(loud(&chat), Vec::<&str>::new());
    let template = PLAN.edit(
        "## Aanleiding",
        "Verstuurd door <naam adviseur> op 22 januari.\n\n## Aanleiding",
    );
    assert!(loud(&template).contains(&"VT402"), "{:?}", loud(&template));
}

#[test]
fn a_goal_is_measured_anywhere_under_its_title() {
    let nested = PLAN.edit(
        "Het plan is geslaagd als",
        "1. **Doel 3 – Ritten vastleggen**\n   - Wat we verwachten:\n     - Je legt de ritten vast in het systeem.\n   - Meting:\n     - Norm: bij minimaal 38 van de 40 ritten is de rit vastgelegd.\n\nHet plan is geslaagd als",
    );
    assert!(!loud(&nested).contains(&"VT202"), "{:?}", loud(&nested));
    let unmeasured = nested.edit(
        "     - Norm: bij minimaal 38 van de 40 ritten is de rit vastgelegd.\n",
        "     - We kijken mee.\n",
    );
    assert!(
        loud(&unmeasured).contains(&"VT202"),
        "{:?}",
        loud(&unmeasured)
    );
}

#[test]
fn numbered_goals_are_measured_by_a_table_that_names_them() {
    let plan = PLAN.edit(
        "| Doel | Norm |\n| --- | --- |\n| Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |\n| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |",
        "1. Juiste laadvolgorde\n2. Tijdige ritplanning\n\n## Normen en meting\n\n| verbeterpunt | norm |\n| --- | --- |\n| 1. Laadvolgorde | bij minimaal 38 van de 40 ritten per maand juist |\n| 2. Ritplanning | de ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem |",
    );
    assert!(!loud(&plan).contains(&"VT202"), "{:?}", loud(&plan));
    // Without the norm for goal 2, goal 2 has nothing to measure it by.
    let missing = plan.edit(
        "\n| 2. Ritplanning | de ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem |",
        "",
    );
    assert!(loud(&missing).contains(&"VT202"), "{:?}", loud(&missing));
}

#[test]
fn support_under_the_title_steun_is_support() {
    let steun = PLAN.edit("## Ondersteuning", "## Steun");
    assert_eq!(loud(&steun), Vec::<&str>::new());
    let other = PLAN.edit("## Ondersteuning", "## Overig");
    assert!(loud(&other).contains(&"VT104"), "{:?}", loud(&other));
}

#[test]
fn being_treated_is_the_employees_health_even_in_a_care_home() {
    let care = PLAN.edit(
        "Je collega's werken",
        "Je maakt de kamers van de bewoners schoon; de bewoners blijven daarbij op hun kamer. Verder gaf je aan dat je onder behandeling bent bij een fysiotherapeut. Je collega's werken",
    );
    assert!(loud(&care).contains(&"VT501"), "{:?}", loud(&care));
    let colleague = care.edit(
        "Verder gaf je aan dat je onder behandeling bent bij een fysiotherapeut.",
        "Een fysiotherapeut behandelt de bewoners op hun kamer.",
    );
    assert!(
        !loud(&colleague).contains(&"VT501"),
        "{:?}",
        loud(&colleague)
    );
}

#[test]
fn a_column_of_norms_in_the_goals_table_gives_the_success_criteria() {
    let without = PLAN.edit(
        "Het plan is geslaagd als je in april en mei aan beide normen voldoet.\n",
        "",
    );
    // "| Doel | Norm |": each goal carries its criterion.
    assert!(!loud(&without).contains(&"VT103"), "{:?}", loud(&without));
    let no_column = without.edit("| Doel | Norm |", "| Doel | Toelichting |");
    assert!(
        loud(&no_column).contains(&"VT103"),
        "{:?}",
        loud(&no_column)
    );
}

#[test]
fn meeting_the_agreements_then_done_is_a_success_criterion() {
    let plan = PLAN.edit("| Doel | Norm |", "| Doel | Toelichting |").edit(
        "Het plan is geslaagd als je in april en mei aan beide normen voldoet.",
        "Haal je in april en mei beide afspraken, dan is het traject klaar.",
    );
    assert!(!loud(&plan).contains(&"VT103"), "{:?}", loud(&plan));
    let vague = plan.edit(
        "Haal je in april en mei beide afspraken, dan is het traject klaar.",
        "We hopen dat het traject in mei klaar is.",
    );
    assert!(loud(&vague).contains(&"VT103"), "{:?}", loud(&vague));
}

#[test]
fn working_alongside_the_employee_is_support() {
    // (Under a title that names no part: the words alone give the support.)
    let plan = PLAN.edit("## Ondersteuning", "## Verder").edit(
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
        "Henk werkt de eerste twee weken op dinsdag en donderdag met je mee.",
    );
    assert_eq!(loud(&plan), Vec::<&str>::new());
    let alone = plan.edit(
        "Henk werkt de eerste twee weken op dinsdag en donderdag met je mee.",
        "Henk werkt de eerste twee weken op dinsdag en donderdag.",
    );
    assert!(loud(&alone).contains(&"VT104"), "{:?}", loud(&alone));
}

#[test]
fn bij_slagen_is_the_good_outcome() {
    let plan = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.",
        "**Bij slagen:** traject afgesloten; je blijft planner.",
    );
    assert!(!loud(&plan).contains(&"VT108"), "{:?}", loud(&plan));
    let gone = plan.edit(
        "**Bij slagen:** traject afgesloten; je blijft planner.\n",
        "",
    );
    assert!(loud(&gone).contains(&"VT108"), "{:?}", loud(&gone));
}

#[test]
fn how_the_goals_are_measured_is_no_goal() {
    let plan = PLAN.edit(
        "## Ondersteuning",
        "## Hoe we meten\n\n- Sanne houdt bij of de lading klopt.\n- Je zet mij in de cc van de planning.\n\n## Ondersteuning",
    );
    assert!(!loud(&plan).contains(&"VT202"), "{:?}", loud(&plan));
    let goals = plan.edit("## Hoe we meten", "## Verbeterpunten");
    assert!(loud(&goals).contains(&"VT202"), "{:?}", loud(&goals));
}

#[test]
fn a_ticked_task_before_the_run_was_done() {
    let done = PLAN.edit(
        "- Tussenevaluatie:",
        "- [x] Werkinstructie herzien (vrijdag 27 november 2026)\n- Tussenevaluatie:",
    );
    let codes = loud(&done);
    assert!(
        !codes.contains(&"VT303") && !codes.contains(&"VT307"),
        "{codes:?}"
    );
    let open = done.edit("- [x] Werkinstructie", "- [ ] Werkinstructie");
    assert!(loud(&open).contains(&"VT303"), "{:?}", loud(&open));
}

#[test]
fn a_month_delivered_by_a_date_in_the_run_is_no_measuring_period() {
    let delivered = PLAN.edit(
        "| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |",
        "| Ritplanning | Het rooster voor juni 2027 staat uiterlijk maandag 3 mei 2027 in het systeem. |",
    );
    assert!(
        !loud(&delivered).contains(&"VT308"),
        "{:?}",
        loud(&delivered)
    );
    let measured = PLAN.edit(
        "| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |",
        "| Ritplanning | In juni 2027 staan minimaal 38 van de 40 ritten op tijd in het systeem. |",
    );
    assert!(loud(&measured).contains(&"VT308"), "{:?}", loud(&measured));
}

#[test]
fn b_and_u_and_references_are_not_what_they_look_like() {
    let plan = PLAN.edit(
        "# Verbeterplan planner",
        "# Verbeterplan planner afdeling B&U\n\nVolgens de werkinstructie [2, §4.3] plan je de ritten.",
    );
    assert_eq!(loud(&plan), Vec::<&str>::new());
    let mixed = plan.edit("plan je de ritten.", "plant u de ritten.");
    assert!(loud(&mixed).contains(&"VT401"), "{:?}", loud(&mixed));
    let gap = plan.edit("[2, §4.3]", "[paragraaf]");
    assert!(loud(&gap).contains(&"VT402"), "{:?}", loud(&gap));
}

#[test]
fn a_comparative_of_any_gericht_is_vague_and_reported_whole() {
    let plan = PLAN.edit(
        "| Ritplanning |",
        "| Houding | Je stelt je chauffeurgerichter op, bij minimaal 38 van de 40 ritten. |\n| Ritplanning |",
    );
    let c = Config::new();
    let found = check(&plan, &c);
    let d = found
        .diagnostics
        .iter()
        .find(|d| d.code() == "VT201")
        .expect("VT201 on 'chauffeurgerichter'");
    let at = plan.find("chauffeurgerichter").unwrap();
    assert_eq!(d.span.start, at);
    assert_eq!(d.span.end, at + "chauffeurgerichter".len());
}

#[test]
fn conversations_written_down_in_a_goal_are_the_work() {
    let plan = PLAN.edit(
        "Van elk gesprek\nmaak ik een verslag.",
        "Daarna sluiten we af.",
    ).edit(
        "| Ritplanning |",
        "| Chauffeurs | Elke chauffeur heeft minimaal twee gesprekken gehad, vastgelegd in het systeem. |\n| Ritplanning |",
    );
    assert!(loud(&plan).contains(&"VT114"), "{:?}", loud(&plan));
}

#[test]
fn a_goals_number_in_its_own_cell_measures_nothing() {
    let plan = PLAN
        .edit(
            "| Doel | Norm |\n| --- | --- |",
            "| Nr. | Doel | Norm |\n| --- | --- | --- |",
        )
        .edit("| Laadvolgorde |", "| 1 | Laadvolgorde |")
        .edit("| Ritplanning |", "| 2 | Ritplanning |")
        .edit(
            "\n\nHet plan is geslaagd",
            "\n| 3 | Houding | Je werkt zorgvuldig. |\n\nHet plan is geslaagd",
        );
    assert!(loud(&plan).contains(&"VT202"), "{:?}", loud(&plan));
    let measured = plan.edit(
        "Je werkt zorgvuldig.",
        "Je werkt bij elke rit volgens de checklist.",
    );
    assert!(!loud(&measured).contains(&"VT202"), "{:?}", loud(&measured));
}

#[test]
fn a_course_on_conversations_is_no_conversation() {
    let plan = PLAN.edit(
        "- Tussenevaluatie: donderdag 15 april 2027\n",
        "",
    ).edit(
        "Sanne de Wit kijkt elke maandag",
        "Je volgt de training Gesprekstechniek op dinsdag 16 maart 2027. Sanne de Wit kijkt elke maandag",
    );
    assert!(loud(&plan).contains(&"VT305"), "{:?}", loud(&plan));
}

#[test]
fn rows_of_a_plan_written_as_one_table_are_their_own_parts() {
    let plan = PLAN.edit(
        "| Ritplanning |",
        "| Leidinggevende | Marloes Kuipers |\n| Wie zitten erbij? | De gesprekken voer ik met jou. |\n| Ritplanning |",
    );
    assert!(!loud(&plan).contains(&"VT202"), "{:?}", loud(&plan));
    let goal = plan.edit("| Wie zitten erbij? |", "| Houding |");
    assert!(loud(&goal).contains(&"VT202"), "{:?}", loud(&goal));
}

#[test]
fn what_the_cause_analysis_looked_into_is_history() {
    // A plan written as one table: the cause is a row among the goals.
    let plan = PLAN.edit(
        "| Ritplanning |",
        "| Waar ligt het aan? | De scanner is op 3 november door de leverancier nagekeken en werkt goed. |\n| Ritplanning |",
    );
    assert!(!loud(&plan).contains(&"VT303"), "{:?}", loud(&plan));
    let goal = plan.edit("| Waar ligt het aan? |", "| Scanner |");
    assert!(loud(&goal).contains(&"VT303"), "{:?}", loud(&goal));
}

#[test]
fn a_label_in_capitals_over_a_paragraph_is_a_heading() {
    let plan = PLAN.edit("## Looptijd\n", "LOOPTIJD:\n");
    assert!(!loud(&plan).contains(&"VT402"), "{:?}", loud(&plan));
    let empty = plan.edit("LOOPTIJD:\n", "Looptijd:\n");
    assert!(loud(&empty).contains(&"VT402"), "{:?}", loud(&empty));
}

#[test]
fn a_title_in_italics_is_a_title() {
    let plan = PLAN.edit(
        "Sanne de Wit kijkt",
        "Je leest het boek *Beter plannen* van Joost Ravesteijn. Sanne de Wit kijkt",
    );
    assert!(!loud(&plan).contains(&"VT201"), "{:?}", loud(&plan));
    let said = plan.edit(
        "Je leest het boek *Beter plannen* van Joost Ravesteijn.",
        "Je gaat beter plannen.",
    );
    assert!(loud(&said).contains(&"VT201"), "{:?}", loud(&said));
}

#[test]
fn rules_bounded_by_a_shift_a_step_or_an_exam_can_be_checked() {
    for rule in [
        "Bij een incident maak je het rapport op binnen je eigen dienst.",
        "Je vult de lijst aan voor het vertalen van een hoofdstuk.",
        "Je verlaat de zaal alleen na aflossing.",
        "Je hebt de praktijktoets gehaald.",
    ] {
        let plan = PLAN.edit(
            "\n\nHet plan is geslaagd",
            &format!("\n| Werkwijze | {rule} |\n\nHet plan is geslaagd"),
        );
        assert!(!loud(&plan).contains(&"VT202"), "{rule}: {:?}", loud(&plan));
    }
    let open = PLAN.edit(
        "\n\nHet plan is geslaagd",
        "\n| Werkwijze | Je maakt het rapport op in je eigen dienst. |\n\nHet plan is geslaagd",
    );
    assert!(loud(&open).contains(&"VT202"), "{:?}", loud(&open));
}

#[test]
fn a_detainees_medication_is_the_work() {
    let plan = PLAN.edit(
        "Sanne de Wit kijkt",
        "Weigert een gedetineerde zijn medicatie, dan meld je dat aan de medische dienst. Sanne de Wit kijkt",
    );
    assert!(!loud(&plan).contains(&"VT501"), "{:?}", loud(&plan));
    let own = plan.edit(
        "Weigert een gedetineerde zijn medicatie",
        "Vergeet je je medicatie",
    );
    assert!(loud(&own).contains(&"VT501"), "{:?}", loud(&own));
}

#[test]
fn a_denial_after_the_outcome_does_not_undo_it() {
    let plan = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.\n",
        "Het traject is geslaagd als je beide normen haalt. Dan is het klaar, en praten we er niet meer over.\n",
    );
    assert!(!loud(&plan).contains(&"VT108"), "{:?}", loud(&plan));
    let denied = plan.edit(
        "Dan is het klaar, en praten",
        "Dan is het niet klaar, en praten",
    );
    assert!(loud(&denied).contains(&"VT108"), "{:?}", loud(&denied));
}

#[test]
fn help_on_the_employees_wish_is_a_possibility() {
    let wish = PLAN.edit(
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
        "Als je denkt dat een training je helpt, zeg het gerust, dan kijken we ernaar. Je kunt altijd bij me terecht.",
    );
    let codes = loud(&wish);
    assert!(
        codes.contains(&"VT206") && codes.contains(&"VT104"),
        "{codes:?}"
    );
    let promised = wish.edit(
        "Als je denkt dat een training je helpt, zeg het gerust, dan kijken we ernaar.",
        "Op woensdag 17 maart 2027 volg je een training plannen bij de leverancier.",
    );
    assert!(!loud(&promised).contains(&"VT104"), "{:?}", loud(&promised));
}

#[test]
fn what_review_found_stays_found() {
    // A denied condition after its outcome is no good outcome.
    let denied = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.\n",
        "Je blijft planner als je de normen niet haalt.\n",
    );
    assert!(loud(&denied).contains(&"VT108"), "{:?}", loud(&denied));
    // A schedule that names a goal's word does not measure it.
    let schedule = PLAN
        .edit(
            "\n\nHet plan is geslaagd",
            "\n| Weekplanning | Je maakt de weekplanning zorgvuldig. |\n\nHet plan is geslaagd",
        )
        .edit(
            "- Tussenevaluatie: donderdag 15 april 2027",
            "- Tussenevaluatie: donderdag 15 april 2027\n\n| Weekplanning | donderdag 15 april 2027 |",
        );
    assert!(loud(&schedule).contains(&"VT202"), "{:?}", loud(&schedule));
}

#[test]
fn a_chat_exports_stamps_say_when_a_message_was_sent() {
    // WhatsApp on Android writes "30-11-2026 17:04 - Name: …": the stamp dates the message,
    // not a moment in the plan.
    let chat = "\
# Verbeterplan

## Vooraf: de afspraken zoals ze via WhatsApp zijn bevestigd

Na ons gesprek van maandag 30 november 2026 heb ik de afspraken via WhatsApp naar Tim gestuurd.

> 30-11-2026 17:04 - Marloes Veenstra: Hoi Tim, de afspraken van vanmiddag op een rij. Dan weet je wat er in het plan komt.
>
> 30-11-2026 18:31 - Tim Janssen: Ja klopt.

## Looptijd

Het traject loopt van maandag 11 januari 2027 tot en met vrijdag 19 maart 2027.
";
    let dates = |plan: &str| {
        loud(plan)
            .into_iter()
            .filter(|c| ["VT303", "VT307"].contains(c))
            .collect::<Vec<_>>()
    };
    assert_eq!(dates(chat), Vec::<&str>::new());
    // An export without blank lines is one paragraph: each message still has its own line.
    assert_eq!(
        dates(&chat.replace(">\n> 30-11-2026 18:31", "> 30-11-2026 18:31")),
        Vec::<&str>::new()
    );
    // A date that opens a line without a sender is a date in the plan, and so is one dated
    // line that looks like a message: a schedule ("… - Tussenevaluatie: voortgang").
    // (The message left then stands alone, so its stamp is read as a date too.)
    let dated = chat.edit("30-11-2026 17:04 - Marloes Veenstra:", "30-11-2026 -");
    assert_eq!(dates(&dated), ["VT303", "VT307", "VT303", "VT307"]);
    let schedule = chat.edit(">\n> 30-11-2026 18:31 - Tim Janssen: Ja klopt.\n", "");
    assert_eq!(dates(&schedule), ["VT303", "VT307"]);
}

#[test]
fn a_perfect_with_hebben_tells_what_was_done() {
    // "hebben <anyone> … gesproken": a conversation held, whoever held it, also where the
    // plan gives no start to hold it against.
    let told = PLAN
        .edit(
            "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
            "Het traject duurt twaalf weken.",
        )
        .edit(
            "# Verbeterplan planner\n",
            "# Verbeterplan planner\n\nOp 26 november 2026 hebben Sanne de Wit, je teamleider, en \
             ik met je gesproken over je werk als planner.\n",
        );
    let past = |plan: &str| loud(plan).contains(&"VT307");
    assert!(!past(&told), "{:?}", loud(&told));
    // Without a participle "hebben" is present: a conversation still to come, in the past.
    let planned = told.edit("met je gesproken over", "een gesprek met je over");
    assert!(past(&planned), "{:?}", loud(&planned));
    // An infinitive has a participle's shape: "om … te bespreken" is still to come.
    let to_come = told.edit(
        "met je gesproken over je werk als planner",
        "een gesprek met je om je werk als planner te bespreken",
    );
    assert!(past(&to_come), "{:?}", loud(&to_come));
}

#[test]
fn a_weekday_of_the_month_by_its_ordinal_is_a_date() {
    let ordinal = PLAN.edit(
        "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "Het traject begint op de eerste maandag van maart 2027 en eindigt op de laatste \
         vrijdag van mei 2027.",
    );
    assert_eq!(loud(&ordinal), Vec::<&str>::new());
    // The last Friday of April is the 30th: the final evaluation on 20 May lies after it.
    let april = ordinal.edit("vrijdag van mei 2027", "vrijdag van april 2027");
    assert!(loud(&april).contains(&"VT303"), "{:?}", loud(&april));
}

#[test]
fn a_cause_weighed_with_the_idiom_is_a_cause_analysis() {
    // "of het aan … ligt", "het komt niet door …": a cause asked about or ruled out, in a
    // letter's sentence, whatever the cause.
    let weighed = PLAN.edit(
        "## Oorzaak\n\nJe collega's werken met hetzelfde systeem. Dat verklaart het dus niet.\n\n",
        "Samen met jou zijn we nagelopen of het aan de route van de vrachtwagens ligt. Die klopt.\n\n",
    );
    assert_eq!(loud(&weighed), Vec::<&str>::new());
    let denied = weighed.edit(
        "Samen met jou zijn we nagelopen of het aan de route van de vrachtwagens ligt.",
        "Het komt niet door de route van de vrachtwagens.",
    );
    assert_eq!(loud(&denied), Vec::<&str>::new());
    let told = weighed.edit(
        "Samen met jou zijn we nagelopen of het aan de route van de vrachtwagens ligt.",
        "De route van de vrachtwagens staat in het systeem.",
    );
    assert!(loud(&told).contains(&"VT112"), "{:?}", loud(&told));
    // "Het ligt aan jou of …" is up to the employee: no cause weighed.
    let up_to_you = weighed.edit(
        "Samen met jou zijn we nagelopen of het aan de route van de vrachtwagens ligt.",
        "Het ligt aan jou of je de norm haalt.",
    );
    assert!(
        loud(&up_to_you).contains(&"VT112"),
        "{:?}",
        loud(&up_to_you)
    );
}

#[test]
fn a_heading_that_asks_the_condition_governs_its_answer() {
    let asked = PLAN.edit(
        "## Gevolgen\n\n**Geslaagd:** we sluiten het plan af. Je blijft planner.\n\
         **Niet geslaagd:** dan bespreken we een andere functie. Dat kan leiden tot ontslag.\n",
        "## ✅ Gehaald?\n\nDan is het plan afgerond. Je blijft planner.\n\n\
         ## ❌ Niet gehaald?\n\nDan bespreken we een andere functie. Dat kan leiden tot het \
         beëindigen van je arbeidsovereenkomst.\n",
    );
    assert_eq!(loud(&asked), Vec::<&str>::new());
    // Without the question the answer has no condition.
    let bare = asked.edit("## ✅ Gehaald?", "## ✅ Daarna");
    assert!(loud(&bare).contains(&"VT108"), "{:?}", loud(&bare));
}

#[test]
fn criteria_labelled_under_a_list_item_make_it_a_goal() {
    let tickets = PLAN.edit(
        "## Doelen\n\n| Doel | Norm |\n| --- | --- |\n\
         | Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |\n\
         | Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n\n\
         Het plan is geslaagd als je in april en mei aan beide normen voldoet.\n",
        "## Tickets\n\n- **VP-1 Laadvolgorde** — Due: 2027-05-21, Prio: High\n  \
         Acceptatiecriteria: bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.\n",
    );
    assert_eq!(loud(&tickets), Vec::<&str>::new());
    // Criteria alone, with nothing they measure, name no goal.
    let bare = tickets.edit(
        "- **VP-1 Laadvolgorde** — Due: 2027-05-21, Prio: High\n  ",
        "- ",
    );
    assert!(loud(&bare).contains(&"VT102"), "{:?}", loud(&bare));
}

#[test]
fn reviews_in_an_engineers_words_are_evaluations() {
    // "## Reviews" with "Mid-term review" and "Final review" under it (a "review" in a
    // sentence stays the work: a code review, a dossier review).
    let reviews = PLAN
        .edit("## Evaluaties", "## Reviews")
        .edit("- Tussenevaluatie:", "- Mid-term review:")
        .edit("- Eindevaluatie:", "- Final review:")
        .edit("Op de eindevaluatie is", "Bij de final review is")
        .edit("Van elk gesprek", "Van elke review");
    assert_eq!(loud(&reviews), Vec::<&str>::new());
}

#[test]
fn a_numbered_item_in_capitals_is_a_heading() {
    // A PDF export writes "1. AANLEIDING" over its paragraph: the paragraph is the problem,
    // so the HR adviser named in its history holds none of this plan's conversations.
    let pdf = PLAN
        .edit("## Aanleiding", "1. AANLEIDING")
        .edit("In het gesprek van", "In het beoordelingsgesprek van")
        .edit(
            "Op de eindevaluatie is Ilse Vos van HR aanwezig. De gesprekken voer je met mij. Van elk gesprek",
            "Van elk gesprek",
        );
    assert_eq!(loud(&pdf), ["VT113"]);
    // A sentence in a numbered item is a list item like any other.
    let item = pdf.edit("1. AANLEIDING", "1. Dit gaat over de ritten.");
    assert!(!loud(&item).contains(&"VT113"), "{:?}", loud(&item));
}

#[test]
fn a_date_after_the_good_outcome_is_no_figure_to_judge_by() {
    let outcome = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.\n",
        "**Als het traject slaagt:** we ronden het af met het verslag. In het jaargesprek van \
         juni 2027 kijken we of de afspraken blijven werken.\n",
    );
    assert_eq!(loud(&outcome), Vec::<&str>::new());
    // Figures under it are what to reach, not what happens after.
    let figures = outcome.edit(
        "we ronden het af met het verslag. In het jaargesprek van juni 2027 kijken we of de \
         afspraken blijven werken.",
        "bij 39 van de 40 ritten klopt de volgorde.",
    );
    assert!(loud(&figures).contains(&"VT108"), "{:?}", loud(&figures));
}

#[test]
fn the_aim_of_the_plan_and_a_request_granted_are_no_flaws() {
    // "Het plan heeft tot doel …": the aim of the whole plan, the plan named before the word.
    let aim = PLAN.edit(
        "## Oorzaak",
        "Het plan heeft tot doel je de kans te geven je werk op het vereiste niveau te brengen.\n\n## Oorzaak",
    );
    assert_eq!(loud(&aim), Vec::<&str>::new());
    let said = aim.edit(
        "Het plan heeft tot doel je de kans te geven je werk op het vereiste niveau te brengen.",
        "Ik verwacht dat je je werk op het vereiste niveau brengt.",
    );
    assert!(loud(&said).contains(&"VT201"), "{:?}", loud(&said));
    // "Op verzoek van Dennis …": help asked for and given; "op verzoek" alone is a maybe.
    let granted = PLAN.edit(
        "Sanne de Wit kijkt elke maandag",
        "Op verzoek van Dennis krijgt hij minder ritten. Sanne de Wit kijkt elke maandag",
    );
    assert_eq!(loud(&granted), Vec::<&str>::new());
    let maybe = granted.edit("Op verzoek van Dennis krijgt hij", "Op verzoek krijg je");
    assert!(loud(&maybe).contains(&"VT206"), "{:?}", loud(&maybe));
}

#[test]
fn someone_doing_something_with_you_at_a_set_time_is_support() {
    let with_you = PLAN.edit(
        "## Ondersteuning\n\nSanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.\n",
        "## Afspraken\n\nSanne de Wit neemt elke maandag om 9.00 uur de ritten van de week met je door.\n",
    );
    assert_eq!(loud(&with_you), Vec::<&str>::new());
    // "met je klanten": the employee's own customers, no help.
    let customers = with_you.edit("met je door", "met je klanten door");
    assert!(
        loud(&customers).contains(&"VT104"),
        "{:?}",
        loud(&customers)
    );
    // A conversation about progress is an evaluation, not help.
    let progress = with_you.edit(
        "neemt elke maandag om 9.00 uur de ritten van de week",
        "neemt op 5 april 2027 de voortgang",
    );
    assert!(loud(&progress).contains(&"VT104"), "{:?}", loud(&progress));
}

#[test]
fn a_period_denied_is_not_what_a_goal_is_measured_over() {
    let denied = PLAN.edit(
        "klopt de laadvolgorde. |",
        "klopt de laadvolgorde; dit is geen Q3-norm. |",
    );
    assert_eq!(loud(&denied), Vec::<&str>::new());
    let said = denied.edit("dit is geen Q3-norm", "dit is de Q3-norm");
    assert!(loud(&said).contains(&"VT308"), "{:?}", loud(&said));
    // "geen fouten in Q3": the negation denies the errors, not the quarter.
    let errors = denied.edit("dit is geen Q3-norm", "je maakt geen fouten in Q3 2027");
    assert!(loud(&errors).contains(&"VT308"), "{:?}", loud(&errors));
}

#[test]
fn a_diagnosis_the_employee_was_treated_for_is_health_data_in_a_care_plan() {
    // A plan full of patients: a diagnosis counts when the sentence ties it to the employee.
    let care = PLAN.edit(
        "Je collega's werken met hetzelfde systeem.",
        "Je collega's hebben dezelfde patiënten en cliënten. Je gaf aan dat de hernia waarvoor \
         je deze zomer behandeld bent geen rol speelt.",
    );
    assert!(loud(&care).contains(&"VT501"), "{:?}", loud(&care));
    // A patient's hernia is the work.
    let patient = care.edit(
        "de hernia waarvoor je deze zomer behandeld bent",
        "de hernia van de patiënt",
    );
    assert!(!loud(&patient).contains(&"VT501"), "{:?}", loud(&patient));
}

#[test]
fn a_schedule_row_with_the_plans_start_or_end_gives_the_period() {
    let schedule = PLAN.edit(
        "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "| Datum | Moment |\n| --- | --- |\n| ma 1 mrt 2027 | start traject |\n\
         | vr 21 mei 2027 | einde traject |",
    );
    assert_eq!(loud(&schedule), Vec::<&str>::new());
    // The final evaluation on 20 May then lies after an end on 14 May.
    let early = schedule.edit("| vr 21 mei 2027 |", "| vr 14 mei 2027 |");
    assert!(loud(&early).contains(&"VT303"), "{:?}", loud(&early));
    // A training that starts is no start of the plan.
    let training = early.edit(
        "| ma 1 mrt 2027 | start traject |",
        "| ma 1 mrt 2027 | start training |",
    );
    assert!(!loud(&training).contains(&"VT303"), "{:?}", loud(&training));
}

#[test]
fn a_kind_of_year_and_a_numbered_week_restated_by_a_date() {
    // "lesweek 10 (maandag 1 maart 2027)": the date in brackets restates the school week.
    let weeks = PLAN.edit(
        "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "Het traject start in lesweek 10 (maandag 1 maart 2027). Het loopt tot en met lesweek \
         21 (vrijdag 21 mei 2027).",
    );
    assert_eq!(loud(&weeks), Vec::<&str>::new());
    // A whole school year is longer than the plan.
    let year = weeks.edit(
        "Bij minimaal 38 van de 40 ritten per maand",
        "Over het hele schooljaar 2026-2027, bij minimaal 38 van de 40 ritten per maand,",
    );
    assert!(loud(&year).contains(&"VT308"), "{:?}", loud(&year));
    // "leerjaar 3" is a grade, not a year to measure over.
    let grade = weeks.edit(
        "Bij minimaal 38 van de 40 ritten per maand",
        "Bij minimaal 38 van de 40 ritten voor leerjaar 3",
    );
    assert!(!loud(&grade).contains(&"VT308"), "{:?}", loud(&grade));
}

#[test]
fn a_table_of_one_goal_is_measured_by_its_indicator_row() {
    let table = PLAN.edit(
        "| Doel | Norm |\n| --- | --- |\n\
         | Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |\n\
         | Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n",
        "**Doel 1**\n\n| Onderdeel | Afspraak |\n| --- | --- |\n\
         | Verbeterpunt | Een goede laadvolgorde |\n\
         | Gewenst gedrag | Je zet de laadvolgorde van elke rit op tijd in het systeem. |\n\
         | Indicator | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |\n",
    );
    assert_eq!(loud(&table), Vec::<&str>::new());
    // With nothing to measure it by, the table is one goal without a measure: one finding.
    let vague = table
        .edit(
            "Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.",
            "Je let goed op.",
        )
        .edit(
            "Je zet de laadvolgorde van elke rit op tijd in het systeem.",
            "Je werkt nauwkeurig.",
        );
    let codes = loud(&vague);
    assert_eq!(
        codes.iter().filter(|c| **c == "VT202").count(),
        1,
        "{codes:?}"
    );
}

#[test]
fn a_definition_list_is_a_label_over_its_text() {
    // Pandoc writes a form as a definition list: "Looptijd" over ": 1 maart t/m 21 mei 2027".
    let form = PLAN.edit(
        "## Looptijd\n\nHet traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "Looptijd\n: maandag 1 maart 2027 tot en met vrijdag 21 mei 2027\n\n\
         Meetweken\n: de weken 7 t/m 10 van het traject (12 april t/m 7 mei 2027)",
    );
    assert_eq!(loud(&form), Vec::<&str>::new());
    // The definition gives the period: without its dates the period is missing.
    let undated = form.edit(
        ": maandag 1 maart 2027 tot en met vrijdag 21 mei 2027",
        ": volgt",
    );
    assert!(loud(&undated).contains(&"VT105"), "{:?}", loud(&undated));
}

#[test]
fn titles_numbered_in_a_series_set_out_the_goals() {
    let series = PLAN.edit(
        "## Doelen\n\n| Doel | Norm |\n| --- | --- |\n\
         | Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |\n\
         | Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n",
        "**Resultaat 1 – Laadvolgorde**\n\nBij minimaal 38 van de 40 ritten per maand klopt de \
         laadvolgorde.\n\n**Resultaat 2 – Ritplanning**\n\nDe ritten van april staan uiterlijk \
         donderdag 1 april 2027 in het systeem.\n",
    );
    assert_eq!(loud(&series), Vec::<&str>::new());
    // Without the sentence on success (which says what is asked too), the series alone
    // names the goals; one numbered title is no series.
    let alone = series.edit(
        "Het plan is geslaagd als je in april en mei aan beide normen voldoet.",
        "",
    );
    assert!(!loud(&alone).contains(&"VT102"), "{:?}", loud(&alone));
    let single = alone.edit("**Resultaat 2 – Ritplanning**", "**Ritplanning**");
    assert!(loud(&single).contains(&"VT102"), "{:?}", loud(&single));
}

#[test]
fn goals_that_carry_their_measure_say_how_success_is_judged() {
    let listed = PLAN
        .edit(
            "| Doel | Norm |\n| --- | --- |\n\
             | Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |\n\
             | Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n",
            "- Je zet de laadvolgorde van elke rit in het systeem. Doel: 38 van de 40 ritten per maand.\n\
             - De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem.\n",
        )
        .edit(
            "Het plan is geslaagd als je in april en mei aan beide normen voldoet.",
            "",
        );
    assert_eq!(loud(&listed), Vec::<&str>::new());
    // Goals with nothing to count: nothing says how success is judged at the end.
    let vague = listed
        .edit(
            "Doel: 38 van de 40 ritten per maand.",
            "Je let daarbij goed op.",
        )
        .edit(
            "De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem.",
            "Je plant de ritten zorgvuldig.",
        );
    assert!(loud(&vague).contains(&"VT103"), "{:?}", loud(&vague));
    // A judgement at the end says it in a sentence: "Aan het eind beoordelen we of …".
    let judged = vague.edit(
        "## Ondersteuning",
        "Aan het eind van het traject beoordeelt Ilse Vos of de twee doelen zijn bereikt: \
         bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.\n\n## Ondersteuning",
    );
    assert!(!loud(&judged).contains(&"VT103"), "{:?}", loud(&judged));
}

#[test]
fn two_people_named_at_an_evaluation_hold_it() {
    let named = PLAN.edit(
        "Op de eindevaluatie is Ilse Vos van HR aanwezig. De gesprekken voer je met mij. Van elk gesprek\nmaak ik een verslag.",
        "Bij beide gesprekken zijn Dennis en Ilse. Van elk gesprek maakt Ilse een verslag.",
    );
    assert_eq!(loud(&named), Vec::<&str>::new());
    let nobody = named.edit("Bij beide gesprekken zijn Dennis en Ilse. ", "");
    assert!(loud(&nobody).contains(&"VT113"), "{:?}", loud(&nobody));
}

#[test]
fn a_chat_message_that_opens_with_a_title_titles_its_lines() {
    // WhatsApp on iOS: each message its own line after its frame; the adviser numbers them.
    let chat = PLAN.edit(
        "## Oorzaak\n\nJe collega's werken met hetzelfde systeem. Dat verklaart het dus niet.\n\n",
        "[30-11-2026 19:40:05] Dennis: Oké\n\
         [30-11-2026 19:43:57] Marloes: 2. Waar het aan ligt\n\
         De laadlijst kwam in november vaak laat binnen. Die komt nu om 14.00 uur.\n\
         [30-11-2026 19:44:31] Dennis: Dat klopt wel ja\n\n",
    );
    assert_eq!(loud(&chat), Vec::<&str>::new());
    // The same lines without the title say nothing about the cause.
    let untitled = chat.edit("2. Waar het aan ligt", "Nog iets");
    assert!(loud(&untitled).contains(&"VT112"), "{:?}", loud(&untitled));
}

#[test]
fn a_health_word_about_the_client_just_named_is_no_health_data() {
    let client = PLAN.edit(
        "## Oorzaak\n\n",
        "## Oorzaak\n\nBij een chauffeur van de klant bleek dat zij een medicijn gebruikt. \
         Met dat medicijn mag je haar niet laten rijden.\n\n",
    );
    assert!(!loud(&client).contains(&"VT501"), "{:?}", loud(&client));
    // Without the client before it, "dat medicijn" may be anyone's: a reader asks whose.
    let nobody = client.edit(
        "Bij een chauffeur van de klant bleek dat zij een medicijn gebruikt. ",
        "",
    );
    assert!(loud(&nobody).contains(&"VT501"), "{:?}", loud(&nobody));
    // And the employee's own medicine is health data wherever a client was named.
    let own = client.edit(
        "Met dat medicijn mag je haar niet laten rijden.",
        "Je gebruikt zelf ook een medicijn.",
    );
    assert!(loud(&own).contains(&"VT501"), "{:?}", loud(&own));
    // A colleague is no one the care is for: a colleague's burn-out in this plan is health
    // data as much as the employee's.
    let colleague = PLAN.edit(
        "## Oorzaak\n\n",
        "## Oorzaak\n\nJe collega Sanne sprak op 3 november met je. \
         Zij vertelde dat zij in 2025 een burn-out had.\n\n",
    );
    assert!(
        loud(&colleague).contains(&"VT501"),
        "{:?}",
        loud(&colleague)
    );
}

#[test]
fn a_word_in_a_quoted_policy_title_is_part_of_the_title() {
    let policy = PLAN.edit(
        "Je collega's werken met hetzelfde systeem.",
        "We keken ook naar de beleidsregel \"Gezond werken: preventie van werkstress en \
         burn-out\" (2024). Je collega's werken met hetzelfde systeem.",
    );
    assert!(!loud(&policy).contains(&"VT501"), "{:?}", loud(&policy));
    let told = policy.edit(
        "de beleidsregel \"Gezond werken: preventie van werkstress en \
         burn-out\" (2024)",
        "je burn-out",
    );
    assert!(loud(&told).contains(&"VT501"), "{:?}", loud(&told));
}

#[test]
fn a_timeline_row_dated_before_the_start_tells_the_history() {
    let table = PLAN
        .edit(
            " In het gesprek van\n24 november 2026 met HR-adviseur Ilse Vos hebben we dat besproken.",
            "",
        )
        .edit(
            "## Looptijd\n\n",
            "## Tijdlijn\n\n| Datum | Wat | Wie |\n| --- | --- | --- |\n\
             | di 17-11-2026 | Gesprek: cijfers besproken, plan aangekondigd | Ilse Vos |\n\
             | ma 01-03-2027 | Start van het plan | |\n\n",
        );
    assert_eq!(loud(&table), Vec::<&str>::new());
    // A row of something else before the start tells no earlier conversation.
    let other = table.edit(
        "Gesprek: cijfers besproken, plan aangekondigd",
        "Nieuwe scanner geleverd",
    );
    assert!(loud(&other).contains(&"VT109"), "{:?}", loud(&other));
}

#[test]
fn no_longer_is_no_comparative_and_a_passive_to_come_tells_nothing() {
    // "niet meer aanspreekbaar" (no longer conscious) compares nothing.
    let call = PLAN.edit(
        "In november stond",
        "Op 9 november was een chauffeur na een val niet meer aanspreekbaar. In november stond",
    );
    assert!(!loud(&call).contains(&"VT201"), "{:?}", loud(&call));
    let more = call.edit("niet meer aanspreekbaar", "graag meer aanspreekbaar");
    assert!(loud(&more).contains(&"VT201"), "{:?}", loud(&more));
    // "… worden zo snel mogelijk vastgesteld en met de chauffeurs besproken" asks for a
    // conversation: the vague deadline in it counts.
    let asked = PLAN.edit(
        "Sanne de Wit kijkt",
        "De open ritten worden zo snel mogelijk vastgesteld en met de chauffeurs besproken.\n\n\
         Sanne de Wit kijkt",
    );
    assert!(loud(&asked).contains(&"VT203"), "{:?}", loud(&asked));
    let told = asked.edit(
        "worden zo snel mogelijk vastgesteld en",
        "zijn toen zo snel mogelijk",
    );
    assert!(!loud(&told).contains(&"VT203"), "{:?}", loud(&told));
}

#[test]
fn a_field_left_empty_among_filled_ones_and_a_placeholder_in_front_matter() {
    let ticket = PLAN.edit(
        "## Aanleiding\n\n",
        "**Created:** 30-11-2026\n**Due date:** 21-05-2027\n**Components:** Planning\n\n\
         ## Aanleiding\n\n",
    );
    assert_eq!(loud(&ticket), Vec::<&str>::new());
    let empty = ticket.edit("**Due date:** 21-05-2027", "**Due date:**");
    assert!(loud(&empty).contains(&"VT402"), "{:?}", loud(&empty));
    let front = format!("---\nmedewerker: Dennis Aydin\ncoach: Sanne de Wit\n---\n{PLAN}");
    assert_eq!(loud(&front), Vec::<&str>::new());
    let unfilled = front.edit("coach: Sanne de Wit", "coach: n.t.b.");
    assert!(loud(&unfilled).contains(&"VT402"), "{:?}", loud(&unfilled));
    let list = front.edit("coach: Sanne de Wit", "tags: [planning, ritten]");
    assert_eq!(loud(&list), Vec::<&str>::new());
}

#[test]
fn help_offered_in_the_agreements_is_no_goal_and_a_good_outcome_in_own_words() {
    let offered = PLAN.edit(
        "| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n",
        "| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n\n\
         - Indien gewenst kun je daarnaast een beroep doen op een coach.\n",
    );
    let codes = loud(&offered);
    assert!(codes.contains(&"VT206"), "{codes:?}");
    assert!(!codes.contains(&"VT202"), "{codes:?}");
    // "Als het traject slaagt, wordt het dossier gesloten": what happens when it succeeds.
    let closed = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.\n",
        "Als het traject slaagt, wordt het dossier gesloten.\n\n",
    );
    assert!(!loud(&closed).contains(&"VT108"), "{:?}", loud(&closed));
    let failed = closed.edit("Als het traject slaagt", "Als het traject niet slaagt");
    assert!(loud(&failed).contains(&"VT108"), "{:?}", loud(&failed));
}

#[test]
fn a_contract_that_ends_and_a_place_that_signs_date_no_moment_of_the_plan() {
    // "je contract, dat afloopt op 30 juni 2027": when the contract ends, not a deadline.
    let contract = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.",
        "**Geslaagd:** we sluiten het plan af. Je blijft planner en we verlengen je contract, \
         dat afloopt op 30 juni 2027.",
    );
    assert_eq!(loud(&contract), Vec::<&str>::new());
    let deadline = contract.edit(
        "je contract, dat afloopt op 30 juni 2027",
        "uiterlijk 30 juni 2027",
    );
    assert!(loud(&deadline).contains(&"VT303"), "{:?}", loud(&deadline));
    // "Namens …: Ilse Vos, teamleider – Tilburg, 30 november 2026" dates the signing.
    let signed = PLAN.edit(
        "Voor akkoord: Dennis Aydin",
        "Voor akkoord: Dennis Aydin\n\nNamens Transport Noord: Ilse Vos, teamleider – Tilburg, 30 november 2026",
    );
    assert_eq!(loud(&signed), Vec::<&str>::new());
}

#[test]
fn struck_text_is_taken_back() {
    // Tracked changes: the deletion is no plan text, the new date is.
    let tracked = PLAN.edit(
        "- Eindevaluatie: donderdag 20 mei 2027",
        "- Eindevaluatie: ~~donderdag 27 mei 2027~~ **donderdag 20 mei 2027**",
    );
    assert_eq!(loud(&tracked), Vec::<&str>::new());
    let kept = PLAN.edit(
        "- Eindevaluatie: donderdag 20 mei 2027",
        "- Eindevaluatie: ~~donderdag 20 mei 2027~~ **donderdag 27 mei 2027**",
    );
    assert!(loud(&kept).contains(&"VT303"), "{:?}", loud(&kept));
}

#[test]
fn people_listed_at_an_evaluation_and_we_together_hold_it() {
    let without = PLAN.edit(
        "Op de eindevaluatie is Ilse Vos van HR aanwezig. De gesprekken voer je met mij. Van elk gesprek\nmaak ik een verslag.",
        "Van elk gesprek maak ik een verslag.",
    );
    assert!(loud(&without).contains(&"VT113"), "{:?}", loud(&without));
    let listed = without.edit(
        "- Eindevaluatie: donderdag 20 mei 2027",
        "- Eindevaluatie: donderdag 20 mei 2027 – Dennis, Ilse Vos",
    );
    assert!(!loud(&listed).contains(&"VT113"), "{:?}", loud(&listed));
    let together = without.edit(
        "Van elk gesprek maak ik een verslag.",
        "Op beide dagen kijken we samen terug. Van elk gesprek maak ik een verslag.",
    );
    assert!(!loud(&together).contains(&"VT113"), "{:?}", loud(&together));
}

#[test]
fn outcome_rows_in_a_goals_table_are_no_goals_and_de_opener_is_a_noun() {
    let rows = PLAN.edit(
        "| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n",
        "| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n\
         | Als het lukt | Dan ronden we het traject af. |\n",
    );
    assert!(!loud(&rows).contains(&"VT202"), "{:?}", loud(&rows));
    let vague = rows.edit(
        "| Als het lukt | Dan ronden we het traject af. |",
        "| Houding | Je werkt netjes. |",
    );
    assert!(loud(&vague).contains(&"VT202"), "{:?}", loud(&vague));
    // "De opener checkt de lijst": the one who opens, not "more open".
    let opener = PLAN.edit(
        "Sanne de Wit kijkt",
        "De opener checkt elke ochtend de ritlijst. Sanne de Wit kijkt",
    );
    assert!(!loud(&opener).contains(&"VT201"), "{:?}", loud(&opener));
    let open = PLAN.edit(
        "Sanne de Wit kijkt",
        "Je bent opener naar collega's. Sanne de Wit kijkt",
    );
    assert!(loud(&open).contains(&"VT201"), "{:?}", loud(&open));
    // Only a comparative becomes a noun after "de" or "het": "het eigenaarschap" stays vague.
    let owner = PLAN.edit(
        "Sanne de Wit kijkt",
        "We verwachten het eigenaarschap dat bij je rol hoort. Sanne de Wit kijkt",
    );
    assert!(loud(&owner).contains(&"VT201"), "{:?}", loud(&owner));
}

#[test]
fn the_employees_reaction_under_its_own_heading_is_their_words() {
    let reaction = PLAN.edit(
        "## Ondertekening",
        "## Reactie van Dennis Aydin\n\nIk wil dat de planning beter bereikbaar is.\n\n## Ondertekening",
    );
    assert_eq!(loud(&reaction), Vec::<&str>::new());
    let plan_words = reaction.edit("## Reactie van Dennis Aydin", "## Afspraak");
    assert!(
        loud(&plan_words).contains(&"VT201"),
        "{:?}",
        loud(&plan_words)
    );
}

#[test]
fn a_line_beside_a_filled_in_date_is_to_sign_on() {
    // "Utrecht, 1 december 2026 ______": the line beside the filled-in date is to sign on.
    let dated = PLAN.edit(
        "## Ondertekening",
        "Met vriendelijke groet,\n\nIlse Vos\nUtrecht, 1 december 2026 ______________\n\n## Ondertekening",
    );
    assert!(!loud(&dated).contains(&"VT402"), "{:?}", loud(&dated));
    let blank = dated.edit(
        "Utrecht, 1 december 2026 ______________",
        "Utrecht, ______________",
    );
    assert!(loud(&blank).contains(&"VT402"), "{:?}", loud(&blank));
}

#[test]
fn an_attachment_field_in_an_email_head_is_no_appendix() {
    // "**Bijlage:** plan.pdf" among the head's fields names a file; the plan below it is read.
    // (The parts under bold labels, as a mail writes them.)
    let body: String = PLAN
        .edit("# Verbeterplan planner\n\n", "")
        .lines()
        .map(|l| match l.strip_prefix("## ") {
            Some(title) => format!("**{title}**\n"),
            None => format!("{l}\n"),
        })
        .collect();
    let mail = format!(
        "**Van:** Ilse Vos\n**Aan:** Dennis Aydin\n**Bijlage:** Verbeterplan_Aydin.pdf\n\nHoi Dennis,\n\n{body}"
    );
    assert_eq!(loud(&mail), Vec::<&str>::new());
    // An appendix label on its own does read as what happened before, up to the end.
    let appendix = mail.edit(
        "**Van:** Ilse Vos\n**Aan:** Dennis Aydin\n**Bijlage:** Verbeterplan_Aydin.pdf\n",
        "**Bijlage 1 - Gespreksverslag**\n",
    );
    assert!(loud(&appendix).contains(&"VT102"), "{:?}", loud(&appendix));
}

#[test]
fn page_breaks_of_a_pdf_export_are_no_front_matter() {
    // "---" above a page footer, and again pages later: pulldown-cmark reads a metadata block
    // between them; only one at the very top is front matter.
    let pages = PLAN
        .edit(
            "## Doelen",
            "---\nVervoer Noord B.V. - vertrouwelijk\n\nPagina 2 van 2\n\n## Doelen",
        )
        .edit(
            "## Ondertekening",
            "---\nVervoer Noord B.V. - vertrouwelijk\n\n## Ondertekening",
        );
    assert_eq!(loud(&pages), Vec::<&str>::new());
    // Front matter at the top still is: a BSN there is found.
    let front = format!("---\nmedewerker: Dennis Aydin\nbsn: 111222333\n---\n{PLAN}");
    assert!(loud(&front).contains(&"VT502"), "{:?}", loud(&front));
}

#[test]
fn an_html_export_is_read_by_its_elements() {
    // Each part as a paragraph with a bold title, lines broken by <br>, an address in
    // character references.
    let html = "\
<p><b>Van:</b> Ilse Vos &lt;i.vos@vervoer-noord.nl&gt;<br>
<b>Aan:</b> Dennis Aydin</p>

<p><b>Aanleiding</b></p>

<p>In november stond bij 14 van de 40 ritten de laadvolgorde verkeerd. In het gesprek van
24 november 2026 met HR-adviseur Ilse Vos hebben we dat besproken.</p>

<p><b>Oorzaak</b></p>

<p>Je collega&#39;s werken met hetzelfde systeem. Dat verklaart het dus niet.</p>

<p><b>Doelen</b></p>

<ul>
<li>Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.</li>
<li>De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem.</li>
</ul>

<p>Het plan is geslaagd als je in april en mei aan beide normen voldoet.</p>

<p><b>Ondersteuning</b></p>

<p>Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.</p>

<p><b>Looptijd en evaluaties</b></p>

<p>Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.<br>
Tussenevaluatie: donderdag 15 april 2027<br>
Eindevaluatie: donderdag 20 mei 2027</p>

<p>Op de eindevaluatie is Ilse Vos van HR aanwezig. De gesprekken voer je met mij. Van elk
gesprek maak ik een verslag.</p>

<p><b>Gevolgen</b></p>

<p><b>Geslaagd:</b> we sluiten het plan af. Je blijft planner.<br>
<b>Niet geslaagd:</b> dan bespreken we een andere functie. Dat kan leiden tot ontslag.</p>

<p><b>Ondertekening</b></p>

<p>Voor akkoord: Dennis Aydin</p>
";
    assert_eq!(loud(html), Vec::<&str>::new());
    // Without its title the support paragraph is one more sentence of the looptijd.
    let untitled = html.edit("<p><b>Ondersteuning</b></p>\n\n", "");
    assert!(loud(&untitled).contains(&"VT104"), "{:?}", loud(&untitled));
    // "<li>" without "</li>" starts the next item; "<del>" takes its text back.
    let open_items = html
        .edit("<li>Bij minimaal", "<li>Je werkt netjes.\n<li>Bij minimaal")
        .replace("</li>", "");
    assert!(
        loud(&open_items).contains(&"VT202"),
        "{:?}",
        loud(&open_items)
    );
    let struck = html.edit(
        "Eindevaluatie: donderdag 20 mei 2027",
        "Eindevaluatie: <del>maandag 7 mei 2027</del> donderdag 20 mei 2027",
    );
    assert_eq!(loud(&struck), Vec::<&str>::new());
    // A template placeholder in the export is still one.
    let open = html.edit(
        "Voor akkoord: Dennis Aydin",
        "Voor akkoord: &lt;naam medewerker&gt;",
    );
    assert!(loud(&open).contains(&"VT402"), "{:?}", loud(&open));
}

#[test]
fn the_extension_is_the_plan_in_its_headings() {
    let extended = PLAN.edit(
        "## Gevolgen\n\n**Geslaagd:** we sluiten het plan af. Je blijft planner.\n",
        "## Als de verlenging slaagt\n\nDan is het traject afgerond en blijf je planner.\n\n## Gevolgen\n\n",
    );
    assert!(!loud(&extended).contains(&"VT108"), "{:?}", loud(&extended));
    let other = extended.edit("## Als de verlenging slaagt", "## Daarna");
    assert!(loud(&other).contains(&"VT108"), "{:?}", loud(&other));
}

#[test]
fn a_numbered_title_over_its_numbered_subsections_is_not_empty() {
    let numbered = PLAN.edit(
        "## Evaluaties\n\n",
        "**4. Evaluaties**\n\n**4.1 Planning**\n\n",
    );
    assert!(!loud(&numbered).contains(&"VT111"), "{:?}", loud(&numbered));
    // Over a subsection of another number, the title is empty.
    let empty = numbered.edit("**4.1 Planning**", "**5.1 Planning**");
    assert!(loud(&empty).contains(&"VT111"), "{:?}", loud(&empty));
}

#[test]
fn a_numbered_bold_title_over_its_text_on_the_next_line_titles_it() {
    let tight = PLAN.edit("## Ondersteuning\n\n", "**5. Ondersteuning**\n");
    assert_eq!(loud(&tight), Vec::<&str>::new());
    let plain = tight.edit("**5. Ondersteuning**\n", "**5. Tot slot**\n");
    assert!(loud(&plain).contains(&"VT104"), "{:?}", loud(&plain));
}

#[test]
fn a_numbered_title_alone_in_a_memo_titles_what_follows() {
    // Typed without Markdown: "4. Wat we hebben uitgezocht" is a list of one item.
    let memo = PLAN.edit(
        "## Oorzaak\n\nJe collega's werken met hetzelfde systeem. Dat verklaart het dus niet.\n",
        "2. Wat we hebben uitgezocht\n\n- Het systeem: in orde, ook bij je collega's.\n- Het rooster: in orde.\n",
    );
    assert!(!loud(&memo).contains(&"VT112"), "{:?}", loud(&memo));
    let untitled = memo.edit("2. Wat we hebben uitgezocht\n\n", "");
    assert!(loud(&untitled).contains(&"VT112"), "{:?}", loud(&untitled));
}

#[test]
fn a_person_by_title_just_named_is_who_the_health_word_is_about() {
    let tenant = PLAN.edit(
        "## Oorzaak\n\n",
        "## Oorzaak\n\nEen storing was bij mevrouw B. aan de Dorpsstraat: zij heeft COPD.\n\n",
    );
    assert!(!loud(&tenant).contains(&"VT501"), "{:?}", loud(&tenant));
    let own = tenant.edit(
        "bij mevrouw B. aan de Dorpsstraat: zij heeft",
        "bij jou: je hebt",
    );
    assert!(loud(&own).contains(&"VT501"), "{:?}", loud(&own));
    // In a plan that says "u", "mevrouw Jansen" may be the employee herself.
    let formal = PLAN.replace(" je ", " u ").edit(
        "## Oorzaak\n\n",
        "## Oorzaak\n\nMevrouw Jansen meldde zich op 3 november ziek. Zij heeft een burn-out.\n\n",
    );
    assert!(loud(&formal).contains(&"VT501"), "{:?}", loud(&formal));
    // "een deel van de verklaring": a noun, no care given as work.
    let part = PLAN.edit(
        "## Oorzaak\n\n",
        "## Oorzaak\n\nJe gaf aan dat je onder behandeling bent bij een psycholoog en dat je \
         dit als een deel van de verklaring ziet.\n\n",
    );
    assert!(loud(&part).contains(&"VT501"), "{:?}", loud(&part));
}

#[test]
fn help_made_ready_before_the_start_is_no_date_outside_the_period() {
    let ready = PLAN.edit(
        "Sanne de Wit kijkt",
        "Sanne de Wit maakt uiterlijk woensdag 24 februari 2027 een instructiekaart. Sanne de Wit kijkt",
    );
    assert!(!loud(&ready).contains(&"VT303"), "{:?}", loud(&ready));
    // A goal due before the start is.
    let early = PLAN.edit(
        "uiterlijk donderdag 1 april 2027",
        "uiterlijk woensdag 24 februari 2027",
    );
    assert!(loud(&early).contains(&"VT303"), "{:?}", loud(&early));
}

#[test]
fn the_run_said_again_beside_the_final_evaluation_is_no_interim_one() {
    let only_final = PLAN.edit("- Tussenevaluatie: donderdag 15 april 2027\n", "");
    assert!(
        loud(&only_final).contains(&"VT305"),
        "{:?}",
        loud(&only_final)
    );
    let restated = only_final.edit(
        "Het plan is geslaagd als je in april en mei aan beide normen voldoet.",
        "Het plan is geslaagd als bij de eindevaluatie aan beide normen is voldaan over de \
         periode van 1 maart tot en met 21 mei 2027.",
    );
    assert!(loud(&restated).contains(&"VT305"), "{:?}", loud(&restated));
}

#[test]
fn what_may_follow_the_plan_is_no_help_offered() {
    let outcome = PLAN.edit(
        "**Niet geslaagd:** dan bespreken we een andere functie.",
        "**Niet geslaagd:** dan kun je de functie van begeleider planning niet blijven uitoefenen.",
    );
    assert!(!loud(&outcome).contains(&"VT206"), "{:?}", loud(&outcome));
    let offered = PLAN.edit(
        "Sanne de Wit kijkt",
        "Als het nodig blijkt, kun je een begeleider vragen. Sanne de Wit kijkt",
    );
    assert!(loud(&offered).contains(&"VT206"), "{:?}", loud(&offered));
}

#[test]
fn sign_lines_after_the_words_that_ask_for_a_signature() {
    // (Under a title that is no signature heading: the lines are read by their words.)
    let lines = PLAN.edit(
        "## Ondertekening\n\nVoor akkoord: Dennis Aydin\n",
        "## Tot slot\n\nVoor ontvangst en akkoord,\n\nDennis Aydin\n\nPlaats en datum: ______________\n\nHandtekening: ______________\n",
    );
    assert!(!loud(&lines).contains(&"VT402"), "{:?}", loud(&lines));
    // "betekenen" is no "tekenen": a line to fill in after it is a placeholder.
    let meaning = lines.edit("Voor ontvangst en akkoord,", "Wat betekenen deze cijfers?");
    assert!(loud(&meaning).contains(&"VT402"), "{:?}", loud(&meaning));
    let form = PLAN.edit(
        "- Eindevaluatie: donderdag 20 mei 2027",
        "- Eindevaluatie: ______________",
    );
    assert!(loud(&form).contains(&"VT402"), "{:?}", loud(&form));
}

#[test]
fn notes_written_down_in_plain_words_are_a_record() {
    let plain = PLAN.edit(
        "Van elk gesprek\nmaak ik een verslag.",
        "Ik schrijf op wat we bespreken.",
    );
    assert!(!loud(&plain).contains(&"VT114"), "{:?}", loud(&plain));
    let none = PLAN.edit("Van elk gesprek\nmaak ik een verslag.", "We nemen de tijd.");
    assert!(loud(&none).contains(&"VT114"), "{:?}", loud(&none));
}

#[test]
fn numbered_goals_with_a_title_each_are_judged_one_by_one() {
    let titled = PLAN.edit(
        "| Doel | Norm |\n| --- | --- |\n\
         | Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |\n\
         | Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n",
        "1. **Laadvolgorde**: bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.\n\
         2. **Houding**: je stelt je netjes op tegenover chauffeurs.\n",
    );
    assert!(loud(&titled).contains(&"VT202"), "{:?}", loud(&titled));
    // Labelled lines of one goal ("Norm:", "Meting:") are measured together.
    let attributes = titled.edit(
        "1. **Laadvolgorde**: bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.\n\
         2. **Houding**: je stelt je netjes op tegenover chauffeurs.\n",
        "- Norm: bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.\n\
         - Meting: de planner houdt het bij.\n",
    );
    assert!(
        !loud(&attributes).contains(&"VT202"),
        "{:?}",
        loud(&attributes)
    );
}

#[test]
fn a_goal_lacking_only_its_date_gets_the_vague_deadline() {
    let soon = PLAN.edit(
        "De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem.",
        "De achterstand werk je op korte termijn weg.",
    );
    let found = loud(&soon);
    assert!(
        found.contains(&"VT203") && !found.contains(&"VT202"),
        "{found:?}"
    );
}

#[test]
fn a_number_of_months_measured_over_is_a_period() {
    let half = PLAN.edit(
        "Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.",
        "Bij minimaal 95 % van de ritten klopt de laadvolgorde, gemeten over zes maanden.",
    );
    assert!(loud(&half).contains(&"VT308"), "{:?}", loud(&half));
    let inside = half.edit("zes maanden", "twee maanden");
    assert!(!loud(&inside).contains(&"VT308"), "{:?}", loud(&inside));
}

#[test]
fn an_english_end_label_ends_the_plan() {
    // The run as header fields of an English template, no period section.
    let english = PLAN
        .edit(
            "## Looptijd\n\nHet traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.\n\n",
            "",
        )
        .edit(
            "# Verbeterplan planner\n\n",
            "# Verbeterplan planner\n\n- **Start:** maandag 1 maart 2027\n- **End:** vrijdag 21 mei 2027\n\n",
        );
    assert_eq!(loud(&english), Vec::<&str>::new());
    let unlabelled = english.edit("**End:**", "**Team:**");
    assert!(
        loud(&unlabelled).contains(&"VT105"),
        "{:?}",
        loud(&unlabelled)
    );
}

#[test]
fn a_judgement_after_the_team_as_object_is_about_the_employee() {
    let seen = PLAN.edit(
        "In november stond",
        "Je komt op een deel van het team onverschillig over. In november stond",
    );
    assert!(loud(&seen).contains(&"VT204"), "{:?}", loud(&seen));
    let others = PLAN.edit(
        "In november stond",
        "Zodra een klant onverschillig reageert, bel je de planner. In november stond",
    );
    assert!(!loud(&others).contains(&"VT204"), "{:?}", loud(&others));
}

#[test]
fn an_attachment_that_names_the_plan_is_the_plan() {
    // An e-mail that sends the plan as text below it, titled as its attachment.
    let body = &EMAIL[EMAIL.find("Wat er niet goed gaat").unwrap()..];
    let sent = format!(
        "**Van:** Marloes Kuipers\n**Aan:** Dennis Aydin\n**Bijlage:** plan.docx\n\nHoi Dennis, \
         hieronder het plan als tekst.\n\n**Bijlage (tekst): Verbeterplan Dennis Aydin**\n\n{body}"
    );
    assert_eq!(loud(&sent), Vec::<&str>::new());
    // An appendix of what was said before is history: its parts do not count.
    let minutes = sent.edit(
        "**Bijlage (tekst): Verbeterplan Dennis Aydin**",
        "**Bijlage 1: verslag van het gesprek van 24 november 2026**",
    );
    assert!(loud(&minutes).contains(&"VT102"), "{:?}", loud(&minutes));
}

#[test]
fn a_schedule_line_says_when_and_its_text_what() {
    // A timeline as a list: a closure "24 december t/m 1 januari" and a talk "vanaf week 11"
    // are no start or end; "start van het traject" and "einde van het traject" are.
    let timeline = PLAN.edit(
        "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "- maandag 1 maart 2027: start van het traject\n\
         - 29 maart t/m 2 april: vakantie, geen afspraken\n\
         - vanaf week 11: elke week een werkoverleg (eerste op 17 maart)\n\
         - vrijdag 21 mei 2027: eindevaluatie en einde van het traject",
    );
    assert_eq!(loud(&timeline), Vec::<&str>::new());
    let short = timeline.edit(
        "vrijdag 21 mei 2027: eindevaluatie en einde",
        "vrijdag 2 april 2027: einde",
    );
    assert!(loud(&short).contains(&"VT304"), "{:?}", loud(&short));
}

#[test]
fn a_start_verb_right_before_its_date_starts_the_plan() {
    let dictated = PLAN.edit(
        "Het traject loopt van maandag 1 maart 2027 tot en met vrijdag 21 mei 2027.",
        "We beginnen maandag 1 maart 2027. Het loopt tot en met vrijdag 21 mei 2027.",
    );
    assert_eq!(loud(&dictated), Vec::<&str>::new());
    let late = dictated.edit(
        "Eindevaluatie: donderdag 20 mei 2027",
        "Eindevaluatie: donderdag 3 juni 2027",
    );
    assert!(loud(&late).contains(&"VT303"), "{:?}", loud(&late));
}

#[test]
fn another_job_after_a_failed_condition_is_a_consequence() {
    let untitled = PLAN.edit(
        "## Gevolgen\n\n**Geslaagd:** we sluiten het plan af. Je blijft planner.\n**Niet geslaagd:** dan bespreken we een andere functie. Dat kan leiden tot ontslag.",
        "## En dan\n\nHaal je de normen, dan blijf je gewoon planner. Haal je ze niet, dan zet ik je niet meer in als planner.",
    );
    assert_eq!(loud(&untitled), Vec::<&str>::new());
    let hint = untitled.edit(
        "dan zet ik je niet meer in als planner",
        "dan kijken we verder",
    );
    assert!(loud(&hint).contains(&"VT107"), "{:?}", loud(&hint));
    // Under a title that denies success, a stopping allowance is lost, not good news.
    let titled = PLAN.edit(
        "## Gevolgen\n\n**Geslaagd:** we sluiten het plan af. Je blijft planner.\n**Niet geslaagd:** dan bespreken we een andere functie. Dat kan leiden tot ontslag.",
        "## Als het lukt\n\nDan blijf je planner.\n\n## Als het niet lukt\n\nDan ga je terug naar het magazijn als orderpicker. De toeslag stopt dan.",
    );
    assert_eq!(loud(&titled), Vec::<&str>::new());
    let vague = titled.edit(
        "Dan ga je terug naar het magazijn als orderpicker. De toeslag stopt dan.",
        "Dan bekijken we de vervolgstappen.",
    );
    assert!(loud(&vague).contains(&"VT107"), "{:?}", loud(&vague));
}

#[test]
fn what_a_good_outcome_opens_up_sets_no_deadline() {
    let wish = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.\n**Niet geslaagd:** dan bespreken we een andere functie. Dat kan leiden tot ontslag.",
        "## Als het lukt\n\nDan sluiten we het plan af en blijf je planner. Je wilt op termijn teamleider worden; daar praten we dan over.\n\n## Als het niet lukt\n\nDan bespreken we een andere functie. Dat kan leiden tot ontslag.",
    );
    assert_eq!(loud(&wish), Vec::<&str>::new());
    let asked = PLAN.edit(
        "Sanne de Wit kijkt elke maandag",
        "Je maakt op termijn de planning zelf. Sanne de Wit kijkt elke maandag",
    );
    assert!(loud(&asked).contains(&"VT203"), "{:?}", loud(&asked));
}

#[test]
fn english_headings_name_their_parts() {
    let english = PLAN
        .edit(
            "## Oorzaak\n\nJe collega's werken met hetzelfde systeem. Dat verklaart het dus niet.",
            "## Root cause (what we looked into)\n\nDe roosters van oktober en november naast de fouten gelegd.",
        )
        .edit("## Ondertekening", "## Sign-off");
    assert_eq!(loud(&english), Vec::<&str>::new());
    let unnamed = english.edit("## Root cause (what we looked into)", "## Notes");
    assert!(loud(&unnamed).contains(&"VT112"), "{:?}", loud(&unnamed));
}

/// A checklist typed without Markdown: titles in capitals, boxes as "[x]" and "[ ]".
const CHECKLIST: &str = "\
Verbeterplan Tim Wouters (stratenmaker)

Tim, hieronder alles op een rij. Wat al gedaan is staat aangevinkt [x].

WAT GING ER MIS

[x] 8-10-2026 oprit Bathmen: het afschot liep naar de gevel.
[x] 4-11-2026 parkeerplaats Schalkhaar: 6 meter band niet in lijn.

EERDER BESPROKEN

[x] vrijdag 9-10-2026 op de zaak besproken, aantekening in je dossier.

OORZAAK (WAT WE HEBBEN UITGEZOCHT)

[x] Je meet het afschot op het oog; de laser heb je nooit uitgelegd gekregen.

AFSPRAKEN (DOELEN)

[ ] 1. Je meet op elk vak het afschot met de laser en zet de waarde op de werkbon.
[ ] 2. Bij minimaal 9 van de 10 werkbonnen staan de meetwaarden.

Het plan is geslaagd als je in maart aan punt 1 en 2 voldoet.

HULP

[ ] Op dinsdag 5 januari 2027 geeft de leverancier je twee uur laserinstructie.
[ ] Rob kijkt elke vrijdag om 15.00 uur je werkbonnen met je na.

PERIODE

Maandag 4 januari 2027 tot en met vrijdag 26 maart 2027.

EVALUATIE

[ ] Tussenevaluatie vrijdag 12 februari 2027, eindevaluatie vrijdag 26 maart 2027. Rob voert
beide gesprekken en maakt er een verslag van.

ALS HET LUKT

Dan blijf je stratenmaker en sluiten we het plan af.

ALS HET NIET LUKT

Dan kan dit leiden tot beëindiging van je arbeidsovereenkomst.

AKKOORD

Rob Hendriks: ______  Tim Wouters: ______
";

#[test]
fn a_plain_checklist_is_read_with_its_titles_and_boxes() {
    assert_eq!(loud(CHECKLIST), Vec::<&str>::new());
    // Its boxes are ticks; a bracket left to fill in is still a placeholder.
    let unfilled = CHECKLIST.edit("twee uur laserinstructie", "[aantal] uur laserinstructie");
    assert!(loud(&unfilled).contains(&"VT402"), "{:?}", loud(&unfilled));
    // Without boxes at its lines' starts, "[x]" in a sentence is a placeholder.
    let boxless = CHECKLIST.replace("\n[x] ", "\n").replace("\n[ ] ", "\n");
    assert!(loud(&boxless).contains(&"VT402"), "{:?}", loud(&boxless));
}

#[test]
fn a_list_of_acceptance_criteria_sets_out_the_goals() {
    let jira = PLAN.edit(
        "## Doelen\n\n| Doel | Norm |\n| --- | --- |\n| Laadvolgorde | Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde. |\n| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |\n",
        "## Acceptance criteria\n\n- AC1 – Bij minimaal 38 van de 40 ritten per maand klopt de laadvolgorde.\n- AC2 – De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem.\n",
    );
    assert_eq!(loud(&jira), Vec::<&str>::new());
    let one = jira.edit(
        "- AC2 – De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem.\n",
        "",
    );
    assert!(loud(&one).contains(&"VT102"), "{:?}", loud(&one));
    // The conditions of one sentence are when it succeeds, not what to improve.
    let conditions = jira.edit(
        "## Acceptance criteria\n\n",
        "## Acceptance criteria\n\nHet plan is geslaagd als in april en mei:\n\n",
    );
    assert!(
        loud(&conditions).contains(&"VT102"),
        "{:?}",
        loud(&conditions)
    );
}

#[test]
fn a_sign_block_under_its_title_holds_its_date_lines() {
    // A numbered title, a formula, names set out in columns over their roles, date lines.
    let columns = PLAN.edit(
        "## Ondertekening\n\nVoor akkoord: Dennis Aydin\n",
        "10. Ondertekening\n\nGelezen en besproken,\n\nDennis Aydin                    Marloes Kuipers\nPlanner                         Teamleider\n\nDatum: ……………                 Datum: ……………\n",
    );
    assert_eq!(loud(&columns), Vec::<&str>::new());
    let elsewhere = PLAN.edit(
        "Sanne de Wit kijkt elke maandag",
        "Datum instructie: ……………\n\nSanne de Wit kijkt elke maandag",
    );
    assert!(
        loud(&elsewhere).contains(&"VT402"),
        "{:?}",
        loud(&elsewhere)
    );
}

#[test]
fn the_helper_named_again_widens_agreed_help() {
    let widened = PLAN.edit(
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week. Bij vragen kun je ook tussendoor bij haar terecht.",
    );
    assert_eq!(loud(&widened), Vec::<&str>::new());
    let new_help = PLAN.edit(
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week. Mocht je daarnaast behoefte hebben aan een cursus, dan kun je dat aangeven.",
    );
    assert!(loud(&new_help).contains(&"VT206"), "{:?}", loud(&new_help));
}

#[test]
fn a_norm_cell_of_one_vague_word_is_an_unmeasured_goal() {
    let norm = PLAN.edit(
        "| Ritplanning | De ritten van april staan uiterlijk donderdag 1 april 2027 in het systeem. |",
        "| Kennis van de ritcodes | voldoende |",
    );
    let codes = loud(&norm);
    assert!(codes.contains(&"VT202"), "{codes:?}");
    assert!(!codes.contains(&"VT201"), "{codes:?}");
}

#[test]
fn a_good_outcome_with_success_and_a_plan_that_lapses() {
    let formal = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.\n",
        "Wordt het traject met succes afgerond, dan vervalt het verbeterplan.\n\n",
    );
    assert_eq!(loud(&formal), Vec::<&str>::new());
}

#[test]
fn a_title_over_a_line_that_leads_in_to_a_list() {
    let led = PLAN.edit(
        "## Oorzaak\n\nJe collega's werken met hetzelfde systeem. Dat verklaart het dus niet.",
        "WAAR KOMT HET DOOR\nWe hebben er met z'n drieën naar gekeken:\n- de roosters van oktober en november\n- de fouten per week",
    );
    assert_eq!(loud(&led), Vec::<&str>::new());
    // A label with its value on that line is no title's text: "Conclusie: geen oorzaak".
    let label = led.edit(
        "We hebben er met z'n drieën naar gekeken:",
        "Conclusie: niets gevonden",
    );
    assert!(loud(&label).contains(&"VT112"), "{:?}", loud(&label));
}

#[test]
fn good_news_and_comparisons_name_no_consequence() {
    let gevolgen = "## Gevolgen\n\n**Geslaagd:** we sluiten het plan af. Je blijft planner.\n**Niet geslaagd:** dan bespreken we een andere functie. Dat kan leiden tot ontslag.";
    // Working on as a planner is the good news; the failure only hints.
    let on = PLAN.edit(
        gevolgen,
        "## Gevolgen\n\nGeslaagd: je werkt gewoon verder als planner.\nNiet geslaagd: dan bekijken we de vervolgstappen.",
    );
    assert!(loud(&on).contains(&"VT107"), "{:?}", loud(&on));
    // "niet vaker dan" compares; it opens no consequence.
    let compared = PLAN
        .edit(gevolgen, "## Als het lukt\n\nDan blijf je planner.")
        .edit(
            "Sanne de Wit kijkt elke maandag",
            "Je wordt in die periode niet vaker dan een keer per week als invaller ingezet. Sanne de Wit kijkt elke maandag",
        );
    assert!(loud(&compared).contains(&"VT107"), "{:?}", loud(&compared));
    // A title that asks both ways does not make good news alone a consequence.
    let both = PLAN.edit(
        gevolgen,
        "## Wat als het wel of niet lukt\n\nLukt het, dan krijg je in juli je periodiek en sluiten we het plan af.",
    );
    assert!(loud(&both).contains(&"VT107"), "{:?}", loud(&both));
}

#[test]
fn new_help_named_after_agreed_help_is_still_a_possibility() {
    let course = PLAN.edit(
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week.",
        "Sanne de Wit kijkt elke maandag een half uur met je naar de ritten van de week. Mocht je behoefte hebben aan een cursus, dan kun je dat bij haar aangeven.",
    );
    assert!(loud(&course).contains(&"VT206"), "{:?}", loud(&course));
}

#[test]
fn a_vague_deadline_asked_in_a_good_outcome_counts() {
    let asked = PLAN.edit(
        "**Geslaagd:** we sluiten het plan af. Je blijft planner.\n**Niet geslaagd:** dan bespreken we een andere functie. Dat kan leiden tot ontslag.",
        "## Als het lukt\n\nDan sluiten we het plan af en verwachten we dat je zo snel mogelijk zelfstandig plant.\n\n## Als het niet lukt\n\nDan bespreken we een andere functie. Dat kan leiden tot ontslag.",
    );
    assert!(loud(&asked).contains(&"VT203"), "{:?}", loud(&asked));
}
