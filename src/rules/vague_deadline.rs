//! VT203 vague-deadline: a deadline that is no date ("zo snel mogelijk", "binnenkort").

use super::wording::{check_list, Scope};
use super::{Cx, Meta};
use crate::diagnostic::Severity;
use crate::lexicon::LexKind;

pub static META: Meta = Meta {
    code: "VT203",
    name: "vague-deadline",
    severity: Severity::Warning,
    summary: ("een termijn zonder datum", "a deadline without a date"),
    explanation: (
"## Wat
Een termijn als \"zo snel mogelijk\", \"z.s.m.\", \"binnenkort\", \"op korte termijn\" of \"te zijner tijd\". De lijst staat in `rules/vague-deadlines.toml`.

## Waarom
Een termijn zonder datum is geen termijn. De werknemer weet niet wanneer iets af moet zijn, en bij de evaluatie kun je niet aantonen dat een afspraak niet is nagekomen.

## Niet zo
```markdown
- Je rondt de training zo snel mogelijk af.
```

## Wel zo
```markdown
- Je rondt de training uiterlijk vrijdag 27 maart 2026 af.
```",
"## What
A deadline such as \"zo snel mogelijk\" (as soon as possible), \"z.s.m.\", \"binnenkort\" (soon), \"op korte termijn\" or \"te zijner tijd\". The list lives in `rules/vague-deadlines.toml`.

## Why
A deadline without a date is no deadline: the employee does not know when something is due, and you cannot show later that it was missed.

## Bad
```markdown
- Je rondt de training zo snel mogelijk af.
```

## Good
```markdown
- Je rondt de training uiterlijk vrijdag 27 maart 2026 af.
```"),
};

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: None,
        not_in: None,
        needs_section: false,
        course_titles: false,
    };
    check_list(cx, LexKind::VagueDeadline, &META, &scope, |en| {
        if en {
            "deadline without a date: "
        } else {
            "termijn zonder datum: "
        }
    });
}
