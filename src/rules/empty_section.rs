//! VT111 empty-section: a recognised part with nothing in it, or only a placeholder.

use super::Cx;
use crate::diagnostic::Text;

rule_meta!(
    META,
    EmptySection,
    "een herkend onderdeel is leeg of bevat alleen een invulplek",
    "a recognised section is empty or holds only a placeholder",
);

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
