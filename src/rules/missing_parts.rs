//! VT101–VT110: the parts a plan must have. One data-driven check: each part is recognised
//! by its heading, label or key (synonyms in `rules/sections.toml`) or by what it says.
//! A missing part is reported at the plan's title, with what belongs in it.

use super::{Cx, Meta};
use crate::parts::Part;

rule_meta!(MISSING_PROBLEM, "VT101", "missing-problem", Error,
"het plan beschrijft niet wat er nu niet goed gaat",
"the plan does not describe what is going wrong now",
"## Wat
Het plan heeft geen deel dat beschrijft wat er nu niet goed gaat: geen probleemstelling, aanleiding of huidige situatie.

## Waarom
De werknemer moet weten wat er mis is voordat hij of zij het kan verbeteren. De rechter toetst bij ontslag wegens disfunctioneren (art. 7:669 lid 3 sub d BW) of de werknemer tijdig en duidelijk te horen kreeg wat er schort. Zonder beschrijving van het probleem is het plan geen onderbouwing.

## Niet zo
```markdown
# Verbeterplan Sanne de Vries
## Doelen
- Je beantwoordt klantmails binnen één werkdag.
```

## Wel zo
```markdown
## Aanleiding
In maart en april bleven 23 klantmails langer dan drie werkdagen onbeantwoord.
Op 14 april 2026 hebben we dit besproken in het functioneringsgesprek.
```",
"## What
The plan has no part that describes what is going wrong now: no problem statement, reason or current situation.

## Why
The employee must know what is wrong before they can improve it. In a dismissal for poor performance (art. 7:669(3)(d) Dutch Civil Code) the court asks whether the employee was told in time and clearly what the problem was.

## Bad
```markdown
# Verbeterplan Sanne de Vries
## Doelen
- Je beantwoordt klantmails binnen één werkdag.
```

## Good
```markdown
## Aanleiding
In maart en april bleven 23 klantmails langer dan drie werkdagen onbeantwoord.
```");

rule_meta!(MISSING_GOALS, "VT102", "missing-goals", Error,
"het plan noemt geen verbeterpunten of verwachtingen",
"the plan names no improvement points or expectations",
"## Wat
Het plan noemt geen verbeterpunten, doelen of verwachtingen: wat moet er anders?

## Waarom
Een verbetertraject is alleen een eerlijke kans als de werknemer weet wat er van hem of haar verwacht wordt. Zonder doelen kan de werkgever achteraf niet aantonen dat die niet gehaald zijn.

## Niet zo
```markdown
## Aanleiding
Er komen klachten over je rapportages.
## Ondersteuning
Je krijgt een coach.
```

## Wel zo
```markdown
## Verbeterpunten
- Je levert de weekrapportage elke vrijdag vóór 12.00 uur in.
- Elke rapportage bevat de vijf vaste onderdelen uit het sjabloon.
```",
"## What
The plan names no improvement points, goals or expectations: what has to change?

## Why
An improvement track is only a fair chance when the employee knows what is expected. Without goals the employer cannot show afterwards that they were not met.

## Bad
```markdown
## Aanleiding
Er komen klachten over je rapportages.
```

## Good
```markdown
## Verbeterpunten
- Je levert de weekrapportage elke vrijdag vóór 12.00 uur in.
```");

rule_meta!(MISSING_SUCCESS_CRITERIA, "VT103", "missing-success-criteria", Error,
"het plan zegt niet waaraan het succes aan het eind wordt afgemeten",
"the plan does not say how success is judged at the end",
"## Wat
Het plan zegt niet hoe aan het eind wordt beoordeeld of het traject geslaagd is: geen succescriteria, einddoel of norm.

## Waarom
Zonder maatstaf is de eindbeoordeling een mening. De werknemer moet vooraf weten wanneer het traject geslaagd is; anders wordt hij of zij afgerekend op iets wat niet was afgesproken.

## Niet zo
```markdown
## Eindbeoordeling
Op 29 mei 2026 kijken we hoe het gegaan is.
```

## Wel zo
```markdown
## Succescriteria
Het traject is geslaagd als je in april en mei 95% van de klantmails binnen één werkdag beantwoordt.
```",
"## What
The plan does not say how success is judged at the end: no success criteria, end goal or standard.

## Why
Without a yardstick the final assessment is an opinion. The employee must know beforehand when the track has succeeded.

## Bad
```markdown
## Eindbeoordeling
Op 29 mei 2026 kijken we hoe het gegaan is.
```

## Good
```markdown
## Succescriteria
Het traject is geslaagd als je in april en mei 95% van de klantmails binnen één werkdag beantwoordt.
```");

rule_meta!(MISSING_SUPPORT, "VT104", "missing-support", Error,
"het plan noemt geen ondersteuning of begeleiding",
"the plan names no support or guidance",
"## Wat
Het plan noemt geen ondersteuning: geen begeleiding, coaching, training of hulpmiddelen.

## Waarom
De wet vraagt dat de werknemer een redelijke kans én ondersteuning kreeg om te verbeteren. Een plan zonder hulp van de werkgever houdt bij de rechter zelden stand.

## Niet zo
```markdown
## Doelen
Je verwerkt elke dag 40 orders foutloos.
```

## Wel zo
```markdown
## Ondersteuning
- Elke maandag een coachingsgesprek van 30 minuten met je teamleider.
- Op 12 maart 2026 volg je de training \"Orderpicking met de scanner\".
```",
"## What
The plan names no support: no guidance, coaching, training or tools.

## Why
The law asks that the employee got a fair chance and support to improve. A plan without help from the employer rarely holds up in court.

## Bad
```markdown
## Doelen
Je verwerkt elke dag 40 orders foutloos.
```

## Good
```markdown
## Ondersteuning
- Elke maandag een coachingsgesprek van 30 minuten met je teamleider.
```");

rule_meta!(MISSING_PERIOD, "VT105", "missing-period", Error,
"het plan heeft geen begin en einde",
"the plan has no start and end",
"## Wat
Er is geen begin en einde van het traject te vinden: geen startdatum en einddatum, geen looptijd zoals \"acht weken vanaf 2 maart 2026\".

## Waarom
De werknemer moet weten hoeveel tijd er is om te verbeteren. Een open einde is geen redelijke termijn, en zonder einddatum is er geen moment van eindbeoordeling.

## Niet zo
```markdown
## Planning
We evalueren regelmatig.
```

## Wel zo
```markdown
Startdatum: 2 maart 2026
Einddatum: 29 mei 2026
```",
"## What
No start and end of the track can be found: no start and end date, no length such as \"eight weeks from 2 March 2026\".

## Why
The employee must know how much time there is to improve. An open end is not a reasonable term.

## Bad
```markdown
## Planning
We evalueren regelmatig.
```

## Good
```markdown
Startdatum: 2 maart 2026
Einddatum: 29 mei 2026
```");

rule_meta!(MISSING_EVALUATIONS, "VT106", "missing-evaluations", Error,
"het plan noemt geen evaluatiemomenten",
"the plan names no evaluation moments",
"## Wat
Het plan noemt geen evaluatie- of voortgangsgesprekken: geen tussentijdse evaluatie en geen eindevaluatie.

## Waarom
Tussentijdse gesprekken geven de werknemer de kans bij te sturen, en leggen vast hoe het traject verliep. Een dossier zonder evaluaties laat niet zien dat de werknemer een eerlijke kans kreeg.

## Niet zo
```markdown
Einddatum: 29 mei 2026
```

## Wel zo
```markdown
## Evaluatiemomenten
- Tussentijdse evaluatie: dinsdag 7 april 2026
- Eindevaluatie: vrijdag 29 mei 2026
```",
"## What
The plan names no evaluation or progress meetings: no interim and no final evaluation.

## Why
Interim meetings let the employee adjust, and record how the track went. A file without evaluations does not show a fair chance.

## Bad
```markdown
Einddatum: 29 mei 2026
```

## Good
```markdown
## Evaluatiemomenten
- Tussentijdse evaluatie: dinsdag 7 april 2026
- Eindevaluatie: vrijdag 29 mei 2026
```");

rule_meta!(MISSING_CONSEQUENCES, "VT107", "missing-consequences", Error,
"het plan zegt niet wat er gebeurt als het traject niet slaagt",
"the plan does not say what happens if the track fails",
"## Wat
Het plan zegt niet wat er gebeurt als de verbetering uitblijft.

## Waarom
De werknemer moet weten wat er op het spel staat. Een ontslag na een traject waarvan de gevolgen niet vooraf duidelijk waren, is moeilijk te verdedigen.

## Niet zo
```markdown
## Eindevaluatie
Op 29 mei 2026 bespreken we de resultaten.
```

## Wel zo
```markdown
## Gevolgen
Als je de doelen op 29 mei 2026 niet haalt, kan dit leiden tot een andere functie of tot beëindiging van je arbeidsovereenkomst.
```",
"## What
The plan does not say what happens if the improvement does not come.

## Why
The employee must know what is at stake. A dismissal after a track whose consequences were not clear beforehand is hard to defend.

## Bad
```markdown
## Eindevaluatie
Op 29 mei 2026 bespreken we de resultaten.
```

## Good
```markdown
## Gevolgen
Als je de doelen op 29 mei 2026 niet haalt, kan dit leiden tot beëindiging van je arbeidsovereenkomst.
```");

rule_meta!(MISSING_POSITIVE_OUTCOME, "VT108", "missing-positive-outcome", Warning,
"het plan zegt niet wat er gebeurt als het traject slaagt",
"the plan does not say what happens if the track succeeds",
"## Wat
Het plan zegt niet wat er gebeurt als het traject slaagt: blijft de werknemer in de functie, wordt het traject afgesloten?

## Waarom
Een verbetertraject is bedoeld om te slagen. Wie ziet wat een goede afloop oplevert, is gemotiveerder, en het plan leest minder als een voorbode van ontslag.

## Niet zo
```markdown
## Gevolgen
Als het niet lukt, volgt ontslag.
```

## Wel zo
```markdown
## Afsluiting
Haal je de doelen, dan wordt het traject afgesloten en blijf je in je functie.
```",
"## What
The plan does not say what happens if the track succeeds: does the employee stay in the job, is the track closed?

## Why
An improvement track is meant to succeed. Seeing what a good outcome brings motivates, and the plan reads less like a prelude to dismissal.

## Bad
```markdown
## Gevolgen
Als het niet lukt, volgt ontslag.
```

## Good
```markdown
## Afsluiting
Haal je de doelen, dan wordt het traject afgesloten en blijf je in je functie.
```");

rule_meta!(MISSING_HISTORY, "VT109", "missing-history", Warning,
"het plan verwijst niet naar eerdere gesprekken of signalen",
"the plan does not refer to earlier conversations or signals",
"## Wat
Het plan verwijst niet naar eerdere signalen: geen functionerings- of beoordelingsgesprek, e-mail, waarschuwing of eerder gesprek.

## Waarom
Een verbetertraject mag niet uit de lucht vallen. De wet vraagt dat de werknemer tijdig op de hoogte was van het disfunctioneren; het plan is de plek om vast te leggen wanneer dat gebeurde.

## Niet zo
```markdown
## Aanleiding
Je rapportages zijn vaak te laat.
```

## Wel zo
```markdown
## Voorgeschiedenis
- 12 januari 2026: functioneringsgesprek, de late rapportages besproken.
- 3 februari 2026: e-mail van je teamleider met drie voorbeelden.
```",
"## What
The plan does not refer to earlier signals: no performance or appraisal review, e-mail, warning or earlier conversation.

## Why
An improvement track must not come out of the blue. The law asks that the employee was told in time; the plan is where to record when that happened.

## Bad
```markdown
## Aanleiding
Je rapportages zijn vaak te laat.
```

## Good
```markdown
## Voorgeschiedenis
- 12 januari 2026: functioneringsgesprek, de late rapportages besproken.
```");

rule_meta!(MISSING_SIGNATURES, "VT110", "missing-signatures", Warning,
"het plan heeft geen ondertekening voor akkoord of voor gezien",
"the plan has no signature block",
"## Wat
Het plan heeft geen blok voor ondertekening: geen handtekeningen \"voor akkoord\" of \"voor gezien\".

## Waarom
Een getekend plan bewijst dat de werknemer het plan ontving en kende. Tekent de werknemer niet voor akkoord, dan kan \"voor gezien\" met een eigen reactie.

## Niet zo
```markdown
## Gevolgen
…
(einde van het plan)
```

## Wel zo
```markdown
## Ondertekening
Voor akkoord / voor gezien:
- Medewerker: Sanne de Vries, datum:
- Leidinggevende: Pieter Jansen, datum:
```",
"## What
The plan has no signature block: no signatures \"voor akkoord\" (agreed) or \"voor gezien\" (seen).

## Why
A signed plan proves that the employee received and knew it.

## Bad
```markdown
## Gevolgen
…
(end of the plan)
```

## Good
```markdown
## Ondertekening
Voor akkoord / voor gezien:
- Medewerker: Sanne de Vries
```");

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
    }
}

pub fn check(cx: &mut Cx) {
    for part in Part::ALL {
        let (meta, help_nl, help_en) = rule_for(part);
        if cx.a.present.has(part) || !cx.enabled(meta) {
            continue;
        }
        let message = cx.t(meta.summary.0, meta.summary.1);
        let help = cx.t(help_nl, help_en);
        cx.emit(meta, cx.plan.title, message, help);
    }
}
