//! VT101–VT110 and VT112–VT114: the parts a plan must have. One data-driven check: each part is recognised
//! by its heading, label or key (synonyms in `rules/sections.toml`) or by what it says.
//! A missing part is reported at the plan's title, with what belongs in it.

use super::{Cx, Meta};
use crate::analysis::parts::Part;
use crate::diagnostic::Text;

rule_meta!(
    MISSING_PROBLEM,
    MissingProblem,
    "het plan beschrijft niet wat er nu niet goed gaat",
    "the plan does not describe what is going wrong now"
);

rule_meta!(
    MISSING_GOALS,
    MissingGoals,
    "het plan noemt geen verbeterpunten of verwachtingen",
    "the plan names no improvement points or expectations"
);

rule_meta!(
    MISSING_SUCCESS_CRITERIA,
    MissingSuccessCriteria,
    "het plan zegt niet waaraan het succes aan het eind wordt afgemeten",
    "the plan does not say how success is judged at the end"
);

rule_meta!(
    MISSING_SUPPORT,
    MissingSupport,
    "het plan noemt geen ondersteuning of begeleiding",
    "the plan names no support or guidance"
);

rule_meta!(
    MISSING_PERIOD,
    MissingPeriod,
    "het plan heeft geen begin en einde",
    "the plan has no start and end"
);

rule_meta!(
    MISSING_EVALUATIONS,
    MissingEvaluations,
    "het plan noemt geen evaluatiemomenten",
    "the plan names no evaluation moments"
);

rule_meta!(
    MISSING_CONSEQUENCES,
    MissingConsequences,
    "het plan zegt niet wat er gebeurt als het traject niet slaagt",
    "the plan does not say what happens if the track fails"
);

rule_meta!(
    MISSING_POSITIVE_OUTCOME,
    MissingPositiveOutcome,
    "het plan zegt niet wat er gebeurt als het traject slaagt",
    "the plan does not say what happens if the track succeeds"
);

rule_meta!(
    MISSING_HISTORY,
    MissingHistory,
    "het plan verwijst niet naar eerdere gesprekken of signalen",
    "the plan does not refer to earlier conversations or signals"
);

rule_meta!(
    MISSING_SIGNATURES,
    MissingSignatures,
    "het plan heeft geen ondertekening voor akkoord of voor gezien",
    "the plan has no signature block"
);

rule_meta!(
    MISSING_CAUSE_ANALYSIS,
    MissingCauseAnalysis,
    "het plan zegt niet wat er is nagegaan over de oorzaak van het probleem",
    "the plan does not say what was looked at as the cause of the problem"
);

rule_meta!(
    MISSING_PARTICIPANTS,
    MissingParticipants,
    "het plan zegt niet wie de evaluatiegesprekken voert",
    "the plan does not say who holds the evaluation conversations"
);

rule_meta!(
    MISSING_WRITTEN_RECORD,
    MissingWrittenRecord,
    "het plan zegt niet dat de gesprekken schriftelijk worden vastgelegd",
    "the plan does not say that the conversations are recorded in writing"
);

/// The rule for each part, with what belongs in the part: (Dutch, English).
pub fn rule_for(part: Part) -> (&'static Meta, &'static str, &'static str) {
    match part {
        Part::Problem => (&MISSING_PROBLEM,
            "beschrijf wat er nu niet goed gaat, met concrete voorbeelden en data, onder een kop als '## Aanleiding'",
            "describe what is going wrong now, with concrete examples and dates, under a heading such as '## Aanleiding'"),
        Part::Goals => (&MISSING_GOALS,
            "noem per verbeterpunt het gedrag dat je verwacht, bijv. '## Verbeterpunten' met 'je beantwoordt klantmails binnen één werkdag'",
            "name the behaviour you expect per improvement point, e.g. '## Verbeterpunten' with 'je beantwoordt klantmails binnen één werkdag'"),
        Part::SuccessCriteria => (&MISSING_SUCCESS_CRITERIA,
            "schrijf wanneer het traject geslaagd is, bijv. 'het traject is geslaagd als je in mei 95% van de mails binnen één werkdag beantwoordt'",
            "write when the track has succeeded, e.g. 'het traject is geslaagd als je in mei 95% van de mails binnen één werkdag beantwoordt'"),
        Part::Support => (&MISSING_SUPPORT,
            "noem de hulp die de werkgever biedt: coaching, training, een buddy, tijd of hulpmiddelen, met wie en hoe vaak",
            "name the help the employer offers: coaching, training, a buddy, time or tools, with whom and how often"),
        Part::Period => (&MISSING_PERIOD,
            "geef een startdatum en een einddatum, bijv. 'Startdatum: 2 maart 2026' en 'Einddatum: 29 mei 2026'",
            "give a start and an end date, e.g. 'Startdatum: 2 maart 2026' and 'Einddatum: 29 mei 2026'"),
        Part::Evaluations => (&MISSING_EVALUATIONS,
            "plan minstens één tussentijdse evaluatie en een eindevaluatie, elk met een datum",
            "plan at least one interim evaluation and a final evaluation, each with a date"),
        Part::Consequences => (&MISSING_CONSEQUENCES,
            "schrijf wat er gebeurt als de doelen niet gehaald worden, bijv. 'dan kan dit leiden tot beëindiging van je arbeidsovereenkomst'",
            "write what happens if the goals are not met, e.g. 'dan kan dit leiden tot beëindiging van je arbeidsovereenkomst'"),
        Part::PositiveOutcome => (&MISSING_POSITIVE_OUTCOME,
            "schrijf wat een goede afloop betekent, bijv. 'haal je de doelen, dan wordt het traject afgesloten en blijf je in je functie'",
            "write what a good outcome means, e.g. 'haal je de doelen, dan wordt het traject afgesloten en blijf je in je functie'"),
        Part::History => (&MISSING_HISTORY,
            "noem de eerdere signalen met datum: het functioneringsgesprek, de e-mail of het gesprek waarin het probleem al besproken is",
            "name the earlier signals with their dates: the review meeting, e-mail or conversation in which the problem was raised"),
        Part::Signatures => (&MISSING_SIGNATURES,
            "sluit af met '## Ondertekening' en regels 'voor akkoord' of 'voor gezien' voor werknemer en leidinggevende",
            "end with '## Ondertekening' and 'voor akkoord' or 'voor gezien' lines for employee and manager"),
        Part::CauseAnalysis => (&MISSING_CAUSE_ANALYSIS,
            "schrijf wat je over de oorzaak hebt nagegaan: ligt het aan het werk (werkdruk, instructies, middelen, opleiding) of aan de werknemer — bijv. 'we hebben gekeken of de nieuwe planningssoftware een rol speelt; collega's met hetzelfde rooster halen de norm wel'",
            "write what you looked at as the cause: the work (workload, instructions, tools, training) or the employee — e.g. 'we hebben gekeken of de nieuwe planningssoftware een rol speelt; collega's met hetzelfde rooster halen de norm wel'"),
        Part::Participants => (&MISSING_PARTICIPANTS,
            "schrijf wie de gesprekken voert en wie erbij is, bijv. 'de evaluaties voer je met je teamleider Anja de Vries; HR-adviseur Tom Bakker is bij de eindevaluatie'",
            "write who holds the conversations and who attends, e.g. 'de evaluaties voer je met je teamleider Anja de Vries; HR-adviseur Tom Bakker is bij de eindevaluatie'"),
        Part::WrittenRecord => (&MISSING_WRITTEN_RECORD,
            "schrijf dat elk gesprek schriftelijk wordt vastgelegd, bijv. 'van elk gesprek maakt je leidinggevende binnen een week een verslag dat jullie allebei tekenen'",
            "write that every conversation is recorded in writing, e.g. 'van elk gesprek maakt je leidinggevende binnen een week een verslag dat jullie allebei tekenen'"),
    }
}

pub fn check(cx: &mut Cx) {
    for part in Part::ALL {
        let (meta, help_nl, help_en) = rule_for(part);
        if cx.a.present.has(part) || !cx.enabled(meta) {
            continue;
        }
        // Who holds the evaluations, and that they are written down, only matter once there
        // are evaluations; without them VT106 says what is missing.
        let about_evaluations = matches!(part, Part::Participants | Part::WrittenRecord);
        if about_evaluations && !cx.a.present.has(Part::Evaluations) {
            continue;
        }
        // Likewise the cause of a problem the plan never describes: VT101 says that.
        if part == Part::CauseAnalysis && !cx.a.present.has(Part::Problem) {
            continue;
        }
        let message = Text::say(meta.summary.0, meta.summary.1);
        let help = Text::say(help_nl, help_en);
        cx.emit(meta, cx.plan.title, message, help);
    }
}
