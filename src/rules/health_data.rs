//! VT501 health-data: medical details an employer may not record in a personnel file.

use super::wording::{check_list, Scope};
use super::{Cx, Meta};
use crate::diagnostic::Severity;
use crate::lexicon::LexKind;

pub static META: Meta = Meta {
    code: "VT501",
    name: "health-data",
    severity: Severity::Warning,
    summary: ("medische gegevens die niet in een personeelsdossier horen", "medical details that do not belong in a personnel file"),
    explanation: (
"## Wat
Diagnoses, behandelingen en medische details: \"burn-out\", \"depressie\", \"ADHD\", \"medicatie\", \"therapie\", \"psycholoog\", \"ziektebeeld\". De lijst staat in `rules/health-terms.toml`. Procedurele woorden als \"bedrijfsarts\" of \"arbodienst\" staan er bewust niet in.

## Waarom
Gezondheidsgegevens zijn bijzondere persoonsgegevens (AVG art. 9). Een werkgever mag ze in de regel niet vastleggen; dat doet de bedrijfsarts. Een verbeterplan gaat in het personeelsdossier en wordt vaak door meerdere mensen gelezen.

## Niet zo
```markdown
Door je burn-out vorig jaar en de medicatie die je gebruikt, werk je trager.
```

## Wel zo
```markdown
Heb je klachten die je werk beïnvloeden, dan kun je een afspraak maken met de bedrijfsarts.
```",
"## What
Diagnoses, treatments and medical details: \"burn-out\", \"depressie\" (depression), \"ADHD\", \"medicatie\" (medication), \"therapie\", \"psycholoog\". The list lives in `rules/health-terms.toml`. Procedural words such as \"bedrijfsarts\" (company doctor) are deliberately not on it.

## Why
Health data is a special category of personal data (GDPR art. 9). An employer may generally not record it; the company doctor does. A plan goes into the personnel file and is read by several people.

## Bad
```markdown
Door je burn-out vorig jaar en de medicatie die je gebruikt, werk je trager.
```

## Good
```markdown
Heb je klachten die je werk beïnvloeden, dan kun je een afspraak maken met de bedrijfsarts.
```"),
};

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: true,
        quotes: true,
        only_in: None,
        not_in: None,
        needs_section: false,
        course_titles: false,
    };
    check_list(cx, LexKind::HealthTerm, &META, &scope, |en| {
        if en {
            "medical detail: "
        } else {
            "medisch gegeven: "
        }
    });
}
