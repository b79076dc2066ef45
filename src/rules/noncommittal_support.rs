//! VT206 noncommittal-support: support written as a possibility ("indien nodig kan coaching
//! worden aangeboden", "je kunt altijd bij mij terecht") with nothing that commits to it: no
//! day, no frequency, no number. A judge does not count such a sentence as guidance.

use super::{Cx, Meta};
use crate::diagnostic::{Severity, Text};
use crate::document::BlockKind;
use crate::lexicon::PatKind;
use crate::parts::Part;
use regex::Regex;
use std::sync::LazyLock;

pub static META: Meta = Meta {
    code: "VT206",
    name: "noncommittal-support",
    severity: Severity::Warning,
    summary: (
        "ondersteuning als mogelijkheid, zonder wie, wat of hoe vaak",
        "support offered as a possibility, without who, what or how often",
    ),
    explanation: docs!("VT206"),
};

/// A condition ("als", "indien", "mocht") …
const CONDITIONS: [&str; 8] = [
    "als", "indien", "mocht", "mochten", "waar", "wanneer", "zo", "zodra",
];
/// … on a need or a wish ("nodig", "gewenst", "als je wilt"): help only if asked.
const NEEDS: [&str; 9] = [
    "behoefte",
    "gewenst",
    "nodig",
    "noodzakelijk",
    "wens",
    "wenselijk",
    "wensen",
    "wil",
    "wilt",
];
/// A modal of possibility with the employee as subject ("je kunt", "u mag") …
const MODALS: [&str; 5] = ["kan", "kun", "kunnen", "kunt", "mag"];
/// … and an act of asking or turning to someone: the employee has to seek the help.
const ASKING: [&str; 14] = [
    "aankloppen",
    "aanmelden",
    "aanvragen",
    "beroep",
    "bellen",
    "binnenlopen",
    "contact",
    "gebruikmaken",
    "inschakelen",
    "langskomen",
    "mailen",
    "melden",
    "terecht",
    "vragen",
];
const YOU: [&str; 3] = ["je", "jij", "u"];

/// Something that commits: a number, a frequency, a day or month, "elke week".
static COMMITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\d|(?-u:\b)(?:",
        r"een keer|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|",
        r"dagelijks|wekelijks|tweewekelijks|maandelijks|per (?:dag|week|maand|dienst)|",
        r"om de (?:week|dag|twee weken)|(?:elke|iedere|ieder|elk) [a-z-]+|",
        r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|",
        r"(?:maan|dins|woens|donder|vrij|zater|zon)dag[a-z]*|",
        r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
        r")(?-u:\b)"
    ))
    .expect("commitment pattern compiles")
});

/// True when a (normalised) sentence offers help only as a possibility.
pub fn possibility(sentence: &str, hedges: &[String]) -> bool {
    if hedges.iter().any(|h| sentence.contains(h.as_str())) {
        return true;
    }
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    let passive = has(&["kan", "kunnen"]) && has(&["worden", "word"]);
    (has(&CONDITIONS) && has(&NEEDS)) || passive || (has(&MODALS) && has(&YOU) && has(&ASKING))
}

/// True when a (normalised) sentence commits to a time, a frequency or an amount.
pub fn commits(sentence: &str) -> bool {
    COMMITS.is_match(sentence)
}

pub fn check(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    let hedges: &[String] = cx
        .engine
        .hedges()
        .iter()
        .find(|(p, _)| *p == Part::Support)
        .map_or(&[], |(_, h)| h.as_slice());
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
        for s in super::long_sentence::split_sentences(text, b.norm.clone()) {
            let sentence = &text[s.clone()];
            if (in_section || cue_in(&s)) && possibility(sentence, hedges) && !commits(sentence) {
                found.push(s);
            }
        }
    }
    for s in found {
        let quote = super::unmeasurable_goal::short_quote(plan.text(s.clone()));
        let message = Text::own(cx.t(
            "ondersteuning als mogelijkheid, niet als afspraak: ",
            "support as a possibility, not a commitment: ",
        ))
        .quoted(quote);
        let help = cx.t(
            "maak de hulp concreet: wie, wat en hoe vaak — bijv. 'je werkt elke dinsdag een uur met je coach Petra aan je weekplanning'",
            "make the help concrete: who, what and how often — e.g. 'je werkt elke dinsdag een uur met je coach Petra aan je weekplanning'",
        );
        cx.emit(&META, plan.span_of(s), message, help);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hedged(s: &str) -> bool {
        possibility(s, &["indien nodig".to_string()]) && !commits(s)
    }

    #[test]
    fn possibilities_without_commitment() {
        assert!(hedged("indien nodig kan coaching worden aangeboden."));
        assert!(hedged("je kunt altijd bij mij terecht met vragen."));
        assert!(hedged("als het nodig blijkt, kijken we naar een cursus."));
        assert!(hedged("u mag een beroep doen op de vertrouwenspersoon."));
        assert!(hedged("een training kan worden aangevraagd."));
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
