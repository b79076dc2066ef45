//! VT111 empty-section: a recognised part with nothing in it, or only a placeholder.

use super::{Cx, Meta};
use crate::diagnostic::Severity;
use crate::diagnostic::Text;

pub static META: Meta = Meta {
    code: "VT111",
    name: "empty-section",
    severity: Severity::Error,
    summary: ("een herkend onderdeel is leeg of bevat alleen een invulplek", "a recognised section is empty or holds only a placeholder"),
    explanation: (
"## Wat
Een kop of label van een onderdeel dat een plan moet hebben (ondersteuning, evaluatie, gevolgen …) staat erin, maar er staat niets onder, of alleen een invulplek zoals `<invullen>`.

## Waarom
Een lege kop wekt de indruk dat het onderdeel geregeld is, terwijl de werknemer niets weet. Vaak is het een sjabloon dat niet is afgemaakt.

## Niet zo
```markdown
## Ondersteuning
<invullen>

## Evaluatie
```

## Wel zo
```markdown
## Ondersteuning
Elke maandag een coachingsgesprek van 30 minuten met je teamleider.
```",
"## What
A heading or label of a part every plan needs (support, evaluation, consequences …) is there, but nothing stands under it, or only a placeholder such as `<invullen>`.

## Why
An empty heading suggests the part is taken care of, while the employee learns nothing. It is often a template that was not finished.

## Bad
```markdown
## Ondersteuning
<invullen>
```

## Good
```markdown
## Ondersteuning
Elke maandag een coachingsgesprek van 30 minuten met je teamleider.
```"),
};

pub fn check(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    for (i, s) in cx.plan.sections.iter().enumerate() {
        if !cx.a.empty_sections[i] {
            continue;
        }
        let parts = cx.a.section_parts[i];
        let title = &cx.plan.source[s.title_span.range()];
        let part = parts
            .iter()
            .next()
            .map(|p| p.label(cx.en))
            .unwrap_or_default();
        let message = if cx.en {
            Text::own("the section ").quoted(title).and(" is empty")
        } else {
            Text::own("het onderdeel ").quoted(title).and(" is leeg")
        };
        // `part` is the tool's own name for the part, not the plan's heading.
        let help = Text::own(if cx.en {
            format!("fill in the {part}, or remove the heading if the plan covers it elsewhere")
        } else {
            format!(
                "vul het onderdeel '{part}' in, of haal de kop weg als het plan dit elders regelt"
            )
        });
        cx.emit(&META, s.title_span, message, help);
    }
}
