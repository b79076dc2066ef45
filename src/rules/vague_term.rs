//! VT201 vague-term: vague, unobservable improvement wording ("proactiever", "beter communiceren").

use super::wording::{check_list, Scope};
use super::Cx;
use crate::analysis::lexicon::LexKind;
use crate::analysis::parts::Part;
use crate::diagnostic::Text;
use crate::words::wording::EVALUATIVE_WORDS;

rule_meta!(
    META,
    VagueTerm,
    "vage formulering die geen waarneembaar gedrag beschrijft",
    "vague wording that describes no observable behaviour",
);

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: None,
        not_in: &[Part::History],
        needs_section: true,
        not_in_consequence: true,
        denied: false,
        course_titles: true,
    };
    check_list(
        cx,
        LexKind::VagueTerm,
        &META,
        &scope,
        ("vage formulering: ", "vague wording: "),
    );
}

/// Vagueness by construction: a goal with nothing to measure it by that compares or judges
/// ("je staat meer stil bij de gevolgen", "je werk gaat de goede kant op") is vague wording
/// too, word list or not — also when its only measure is a habit ("voordat", "altijd"). The
/// goal may get VT202 for the missing measure and VT201 here, at the word that compares.
pub fn check_constructions(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    let listed =
        crate::analysis::lexicon::lexicon_hits(&cx.plan.norm.text, &cx.a.hits, LexKind::VagueTerm);
    let mut found = Vec::new();
    for goal in super::unmeasurable_goal::unmeasured(cx, true) {
        let k = listed.partition_point(|h| h.end <= goal.start);
        if listed.get(k).is_some_and(|h| h.start < goal.end) {
            continue;
        }
        let words = crate::analysis::words_at(text, goal);
        // "niet meer", "geen … meer", "meer dan": a negation or a comparison with a measure.
        let hit = words.iter().enumerate().position(|(k, (_, w))| {
            EVALUATIVE_WORDS.contains(w)
                && !(k > 0 && matches!(words[k - 1].1, "niet" | "geen" | "nooit"))
                && words.get(k + 1).is_none_or(|x| x.1 != "dan")
        });
        if let Some(k) = hit {
            // An adjective is quoted with its noun: "goede kant" (not across a table cell).
            let (at, w) = words[k];
            let end = match words.get(k + 1) {
                Some(&(n, next)) if w.ends_with('e') && text[at + w.len()..n] == *" " => {
                    n + next.len()
                }
                _ => at + w.len(),
            };
            // "| Kennis ULD-typen | voldoende | Gesprek met Ferry |": a norm cell of one
            // word is the goal's measure, missing (VT202), not wording of what to improve.
            let own_cell = plan.block_at(at).is_some_and(|b| {
                plan.blocks[b].kind == crate::plan::BlockKind::Cell
                    && text[plan.blocks[b].norm.clone()].trim() == w
            });
            if !own_cell {
                found.push(at..end);
            }
        }
    }
    for r in found {
        let span = plan.span_of(r);
        let word = plan.source[span.range()].to_string();
        let message = Text::say(
            "vage formulering zonder maat: ",
            "vague wording without a measure: ",
        )
        .quoted(word);
        let help = Text::say(
            "zeg hoeveel of hoe vaak: niet 'meer stilstaan bij', maar 'je vraagt vóór elke toezegging aan de klant de planning na'",
            "say how much or how often: not 'meer stilstaan bij', but 'je vraagt vóór elke toezegging aan de klant de planning na'",
        );
        cx.emit(&META, span, message, help);
    }
}
