//! VT205 absolute-claim: sweeping words in a problem description ("altijd", "nooit").

use super::wording::{check_list, Scope};
use super::{Cx, Meta};
use crate::diagnostic::Severity;
use crate::lexicon::LexKind;
use crate::parts::Part;

pub static META: Meta = Meta {
    code: "VT205",
    name: "absolute-claim",
    severity: Severity::Info,
    summary: ("een absolute bewering in de probleembeschrijving", "a sweeping claim in the problem description"),
    explanation: (
"## Wat
Woorden als \"altijd\", \"nooit\", \"iedereen\", \"niemand\" of \"steeds weer\" in de beschrijving van het probleem (aanleiding, huidige situatie). Elders in het plan meldt vt-lint ze niet: \"altijd bereikbaar via de app\" bij de ondersteuning is prima.

## Waarom
Een absolute bewering is met één tegenvoorbeeld onderuit te halen, en dan verliest het hele dossier aan geloofwaardigheid. Tel liever: hoe vaak, in welke periode.

## Niet zo
```markdown
## Aanleiding
Je komt altijd te laat en niemand kan op je rekenen.
```

## Wel zo
```markdown
## Aanleiding
Tussen 5 januari en 27 februari 2026 begon je dienst elf keer later dan 8.00 uur.
```",
"## What
Words such as \"altijd\" (always), \"nooit\" (never), \"iedereen\" (everyone), \"niemand\" (no one) or \"steeds weer\" in the description of the problem. Elsewhere in the plan vt-lint does not report them.

## Why
A sweeping claim falls with a single counter-example, and then the whole file loses credibility. Count instead: how often, in which period.

## Bad
```markdown
## Aanleiding
Je komt altijd te laat en niemand kan op je rekenen.
```

## Good
```markdown
## Aanleiding
Tussen 5 januari en 27 februari 2026 begon je dienst elf keer later dan 8.00 uur.
```"),
};

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: Some(Part::Problem),
        not_in: None,
        needs_section: false,
        course_titles: false,
    };
    check_list(cx, LexKind::AbsoluteClaim, &META, &scope, |en| {
        if en {
            "sweeping claim: "
        } else {
            "absolute bewering: "
        }
    });
}
