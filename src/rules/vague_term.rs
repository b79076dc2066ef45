//! VT201 vague-term: vague, unobservable improvement wording ("proactiever", "beter communiceren").

use super::wording::{check_list, Scope};
use super::{Cx, Meta};
use crate::diagnostic::Severity;
use crate::lexicon::LexKind;
use crate::parts::Part;

pub static META: Meta = Meta {
    code: "VT201",
    name: "vague-term",
    severity: Severity::Warning,
    summary: ("vage formulering die geen waarneembaar gedrag beschrijft", "vague wording that describes no observable behaviour"),
    explanation: (
"## Wat
Woorden als \"proactiever\", \"collegialer\", \"beter communiceren\" of \"meer initiatief tonen\" in het plan. De lijst staat in `rules/vague-terms.toml` en kent ook verbogen en samengestelde vormen (pro-actief, proactiever, proactievere …).

## Waarom
De werknemer kan niet zien wanneer hij of zij \"proactief genoeg\" is, en de rechter ook niet. Een advocaat noemt juist zulke termen als reden om een traject te weigeren. Beschrijf gedrag dat je kunt zien of tellen: wat, hoe vaak, wanneer.

## Niet zo
```markdown
- Je bent proactiever in het klantcontact.
```

## Wel zo
```markdown
- Je belt een klant binnen één werkdag terug als een levering later komt.
```

Een cursustitel tussen aanhalingstekens (de training \"Proactief plannen\") telt niet mee.",
"## What
Words such as \"proactiever\" (more proactive), \"collegialer\", \"beter communiceren\" (communicate better) or \"meer initiatief tonen\" in the plan. The list lives in `rules/vague-terms.toml` and includes inflected and compound forms.

## Why
The employee cannot see when they are \"proactive enough\", and neither can a court. Describe behaviour you can see or count: what, how often, by when.

## Bad
```markdown
- Je bent proactiever in het klantcontact.
```

## Good
```markdown
- Je belt een klant binnen één werkdag terug als een levering later komt.
```

A course title in quotation marks (the training \"Proactief plannen\") does not count."),
};

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: None,
        not_in: Some(Part::History),
        needs_section: true,
        course_titles: true,
    };
    check_list(cx, LexKind::VagueTerm, &META, &scope, |en| {
        if en {
            "vague wording: "
        } else {
            "vage formulering: "
        }
    });
}
