//! VT206 noncommittal-support: support written as a possibility ("indien nodig kan coaching
//! worden aangeboden", "je kunt altijd bij mij terecht") with nothing that commits to it: no
//! day, no frequency, no number. A judge does not count such a sentence as guidance.

use super::Cx;
use crate::analysis::lexicon::PatKind;
use crate::analysis::parts::Part;
use crate::analysis::{commits, may_help, possibility, HedgeList};
use crate::diagnostic::Text;
use crate::plan::BlockKind;

rule_meta!(
    META,
    NoncommittalSupport,
    "ondersteuning als mogelijkheid, zonder wie, wat of hoe vaak",
    "support offered as a possibility, without who, what or how often",
);

pub fn check(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    let none = HedgeList::default();
    let hedges: &HedgeList = cx
        .engine
        .hedges()
        .iter()
        .find(|(p, _)| *p == Part::Support)
        .map_or(&none, |(_, h)| h);
    let cues: Vec<usize> =
        cx.a.hits
            .iter()
            .filter(|h| h.kind == PatKind::Phrase(Part::Support))
            .map(|h| h.start)
            .collect();
    let cue_in = |r: &std::ops::Range<usize>| {
        let k = cues.partition_point(|&x| x < r.start);
        cues.get(k).is_some_and(|&x| x < r.end)
    };
    let mut found = Vec::new();
    for (i, b) in plan.blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::Heading(_)) {
            continue;
        }
        let parts = cx.a.block_parts[i];
        // Help given before the track ("je kreeg in 2025 al een training") is history.
        if parts.has(Part::Problem) || parts.has(Part::History) {
            continue;
        }
        let in_section = parts.has(Part::Support);
        if !in_section && !cue_in(&b.norm) {
            continue;
        }
        // What may follow the plan ("Als het plan niet slaagt: dan kun je de functie van
        // begeleider niet blijven uitoefenen") is an outcome, not help offered.
        if !in_section && (parts.has(Part::Consequences) || parts.has(Part::PositiveOutcome)) {
            continue;
        }
        // (Help agreed in the sentence before: "… bij haar terecht" after it widens that help,
        // when it names no new help, "een cursus".)
        let mut prev: Option<std::ops::Range<usize>> = None;
        for s in crate::analysis::sentences::split_sentences(text, b.norm.clone()) {
            let sentence = &text[s.clone()];
            let same_helper = || {
                sentence
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| crate::words::cues::HELPER_PRONOUNS.contains(&w))
            };
            let agreed = |p: &std::ops::Range<usize>| {
                let p = &text[p.clone()];
                commits(p) && !possibility(p, hedges)
            };
            if (in_section || cue_in(&s))
                && possibility(sentence, hedges)
                && (!commits(sentence) || may_help(sentence))
                && !(same_helper() && !cue_in(&s) && prev.as_ref().is_some_and(agreed))
            {
                found.push(s.clone());
            }
            prev = Some(s);
        }
    }
    for s in found {
        let span = plan.span_of(s);
        let quote = super::unmeasurable_goal::short_quote(&plan.source[span.range()]);
        let message = Text::say(
            "ondersteuning als mogelijkheid, niet als afspraak: ",
            "support as a possibility, not a commitment: ",
        )
        .quoted(quote);
        let help = Text::say(
            "maak de hulp concreet: wie, wat en hoe vaak — bijv. 'je werkt elke dinsdag een uur met je coach Petra aan je weekplanning'",
            "make the help concrete: who, what and how often — e.g. 'je werkt elke dinsdag een uur met je coach Petra aan je weekplanning'",
        );
        cx.emit(&META, span, message, help);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hedged(s: &str) -> bool {
        possibility(s, &HedgeList::new(&["indien nodig"])) && (!commits(s) || may_help(s))
    }

    #[test]
    fn possibilities_without_commitment() {
        assert!(hedged("indien nodig kan coaching worden aangeboden."));
        assert!(hedged("je kunt altijd bij mij terecht met vragen."));
        assert!(hedged("als het nodig blijkt, kijken we naar een cursus."));
        assert!(hedged("u mag een beroep doen op de vertrouwenspersoon."));
        assert!(hedged("een training kan worden aangevraagd."));
        assert!(hedged(
            "indien nodig kunnen we de specialist vragen om een keer mee te kijken."
        ));
    }

    #[test]
    fn commitments_are_not_flagged() {
        assert!(!hedged(
            "je krijgt een training klantgesprekken bij de academie."
        ));
        assert!(!hedged("je kunt elke dinsdagochtend bij petra terecht."));
        assert!(!hedged("indien nodig plannen we twee extra sessies."));
        assert!(!hedged("je coach kijkt wekelijks met je mee."));
    }
}
