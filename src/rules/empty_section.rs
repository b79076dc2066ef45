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
        let (part_nl, part_en) = parts
            .iter()
            .next()
            .map(|p| (p.label(false), p.label(true)))
            .unwrap_or_default();
        let message = Text::say("het onderdeel ", "the section ")
            .quoted(title)
            .and_say(" is leeg", " is empty");
        // The part's label is the tool's own name for the part, not the plan's heading.
        let help = Text::say(
            format!(
                "vul het onderdeel '{part_nl}' in, of haal de kop weg als het plan dit elders regelt"
            ),
            format!("fill in the {part_en}, or remove the heading if the plan covers it elsewhere"),
        );
        cx.emit(&META, s.title_span, message, help);
    }
}
