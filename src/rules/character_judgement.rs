//! VT204 character-judgement: the person is judged instead of behaviour described.

use super::wording::{check_list, Scope};
use super::{Cx, Meta};
use crate::diagnostic::Severity;
use crate::lexicon::LexKind;

pub static META: Meta = Meta {
    code: "VT204",
    name: "character-judgement",
    severity: Severity::Warning,
    summary: ("een oordeel over de persoon in plaats van een beschrijving van gedrag", "the person is judged instead of behaviour described"),
    explanation: (
"## Wat
Woorden die de persoon beoordelen: \"lui\", \"arrogant\", \"ongemotiveerd\", \"onverschillig\", \"negatieve instelling\", \"onbetrouwbaar\". De lijst staat in `rules/character-judgements.toml`.

## Waarom
Een oordeel over iemands karakter is niet te verbeteren en niet te bewijzen, en het maakt het gesprek persoonlijk. Een rechter kijkt naar feiten: wat deed de werknemer, wanneer, hoe vaak.

## Niet zo
```markdown
Je bent lui en ongemotiveerd.
```

## Wel zo
```markdown
In februari en maart was je acht keer meer dan een kwartier te laat, zonder bericht vooraf.
```",
"## What
Words that judge the person: \"lui\" (lazy), \"arrogant\", \"ongemotiveerd\" (unmotivated), \"onverschillig\", \"negatieve instelling\", \"onbetrouwbaar\". The list lives in `rules/character-judgements.toml`.

## Why
A judgement of character cannot be improved or proven, and it makes the conversation personal. A court looks at facts: what the employee did, when, how often.

## Bad
```markdown
Je bent lui en ongemotiveerd.
```

## Good
```markdown
In februari en maart was je acht keer meer dan een kwartier te laat, zonder bericht vooraf.
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
    check_list(cx, LexKind::CharacterJudgement, &META, &scope, |en| {
        if en {
            "judgement of the person: "
        } else {
            "oordeel over de persoon: "
        }
    });
}
