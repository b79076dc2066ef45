//! VT001–VT002: about vt-lint's own suppression comments. The comments are read and applied in
//! `crate::suppress` after every other rule has run; these are the rules' metadata.

use super::Meta;
use crate::diagnostic::Severity;

pub static UNUSED_SUPPRESSION: Meta = Meta {
    code: "VT001",
    name: "unused-suppression",
    severity: Severity::Info,
    summary: (
        "een onderdrukkingscommentaar onderdrukt niets",
        "a suppression comment suppresses nothing",
    ),
    explanation: (
        "## Wat
Een `<!-- vt-lint-disable … -->` of `<!-- vt-lint-disable-next-line … -->` waar geen enkele melding onder valt: de regel die het noemt, meldt op die plek niets (meer).

## Waarom
Een overbodig onderdrukkingscommentaar verbergt later misschien een echte fout, en wie het plan leest, denkt dat er iets bijzonders aan de hand is. Haal het weg zodra de tekst is verbeterd.

## Niet zo
```markdown
<!-- vt-lint-disable-next-line VT201 -->
- Je beantwoordt klantmails binnen één werkdag.
```

## Wel zo
```markdown
- Je beantwoordt klantmails binnen één werkdag.
```",
        "## What
A `<!-- vt-lint-disable … -->` or `<!-- vt-lint-disable-next-line … -->` that covers no finding: the rule it names reports nothing (any more) at that place.

## Why
A needless suppression may hide a real mistake later, and a reader of the plan thinks something special is going on. Remove it once the text has been improved.

## Bad
```markdown
<!-- vt-lint-disable-next-line VT201 -->
- Je beantwoordt klantmails binnen één werkdag.
```

## Good
```markdown
- Je beantwoordt klantmails binnen één werkdag.
```",
    ),
};

pub static UNKNOWN_RULE: Meta = Meta {
    code: "VT002",
    name: "unknown-rule",
    severity: Severity::Error,
    summary: (
        "een onderdrukkingscommentaar noemt een regel of opdracht die vt-lint niet kent",
        "a suppression comment names a rule or directive vt-lint does not know",
    ),
    explanation: (
        "## Wat
Een onderdrukkingscommentaar (`<!-- vt-lint-disable VT201 -->`) noemt een code of naam die geen regel van vt-lint is, of de opdracht zelf is verkeerd gespeld. `vt-lint rules` toont alle codes en namen.

## Waarom
Een tikfout in een onderdrukking onderdrukt niets, terwijl de schrijver denkt van wel. Daarom is het een fout en geen stille vergissing.

## Niet zo
```markdown
<!-- vt-lint-disable-next-line VT2O1 -->
- Je bent pro-actiever in het teamoverleg.
```

## Wel zo
```markdown
<!-- vt-lint-disable-next-line VT201 -->
- Je bent pro-actiever in het teamoverleg.
```",
        "## What
A suppression comment (`<!-- vt-lint-disable VT201 -->`) names a code or name that is no vt-lint rule, or the directive itself is misspelt. `vt-lint rules` lists every code and name.

## Why
A typo in a suppression suppresses nothing while the writer believes it does. That is why it is an error and not a silent slip.

## Bad
```markdown
<!-- vt-lint-disable-next-line VT2O1 -->
- Je bent pro-actiever in het teamoverleg.
```

## Good
```markdown
<!-- vt-lint-disable-next-line VT201 -->
- Je bent pro-actiever in het teamoverleg.
```",
    ),
};
