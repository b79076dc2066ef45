//! VT204 character-judgement: the person is judged instead of behaviour described.

use super::wording::{check_list, Scope};
use super::Cx;
use crate::analysis::lexicon::LexKind;
use crate::analysis::parts::Part;
use crate::words::wording::{
    COPULAS, FINDING_VERBS, HARD_TO_WORDS, INTENSIFIERS, JUDGED_PERSONS, JUDGEMENT_SUBJECTS,
    JUDGING_ADJECTIVES, NEUTRAL_ADJECTIVES,
};

rule_meta!(
    META,
    CharacterJudgement,
    "een oordeel over de persoon in plaats van een beschrijving van gedrag",
    "the person is judged instead of behaviour described",
);

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: None,
        not_in: &[],
        needs_section: false,
        not_in_consequence: false,
        denied: true,
        course_titles: false,
    };
    check_list(
        cx,
        LexKind::CharacterJudgement,
        &META,
        &scope,
        ("oordeel over de persoon: ", "judgement of the person: "),
    );
}

/// Judgements built, not listed: "je bent een botte, ongeduldige man", "hij is lastig te
/// doorgronden", "zij is volstrekt ongeschikt" — the person made the subject of a property.
pub fn check_constructions(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    // The word list reports "je bent een luie medewerker" already.
    let listed = crate::analysis::lexicon::lexicon_hits(
        &cx.plan.norm.text,
        &cx.a.hits,
        LexKind::CharacterJudgement,
    );
    let mut found = Vec::new();
    for (i, b) in plan.blocks.iter().enumerate() {
        if matches!(b.kind, crate::plan::BlockKind::Heading(_)) || b.quoted {
            continue;
        }
        // A good outcome ("je blijft een gewaardeerde collega"), a goal ("je bent een
        // zelfstandige medewerker") or the coach ("zij is een geduldige collega") judges nobody.
        let parts = cx.a.block_parts[i];
        let elsewhere = [
            Part::PositiveOutcome,
            Part::Goals,
            Part::SuccessCriteria,
            Part::Support,
        ];
        if elsewhere.iter().any(|p| parts.has(*p)) {
            continue;
        }
        // Only a block that says someone is something, or finds them so, can hold one.
        let words = crate::analysis::words_at(text, b.norm.clone());
        let said = words
            .iter()
            .any(|(_, w)| COPULAS.contains(w) || FINDING_VERBS.contains(w));
        if !said {
            continue;
        }
        // What someone else said, quoted ("hij is een botte man"), is their word, not the plan's.
        let quotes =
            super::wording::Quotes::new(super::wording::quoted_ranges(text, b.norm.clone()));
        for s in crate::analysis::sentences::split_sentences(text, b.norm.clone()) {
            // (The sentence's words, taken from the block's.)
            let from = words.partition_point(|(at, _)| *at < s.start);
            let to = words.partition_point(|(at, _)| *at < s.end);
            let ws = &words[from..to];
            for k in 0..ws.len().saturating_sub(2) {
                let (a, b) = (ws[k].1, ws[k + 1].1);
                // "je bent", "ben je", "vind ik u": the person and what they are said to be.
                let personal = (JUDGEMENT_SUBJECTS.contains(&a) && COPULAS.contains(&b))
                    || (COPULAS.contains(&a) && JUDGEMENT_SUBJECTS.contains(&b))
                    || (FINDING_VERBS.contains(&a)
                        && ws
                            .get(k + 2)
                            .is_some_and(|x| JUDGEMENT_SUBJECTS.contains(&x.1)));
                if !personal {
                    continue;
                }
                let first = if FINDING_VERBS.contains(&a) {
                    k + 3
                } else {
                    k + 2
                };
                // A few words may stand between: "ben je op de werkvloer een botte man".
                let hit = (first..(first + 4).min(ws.len()))
                    .find_map(|f| judged(cx, &ws[f..]).map(|end| (f, end)));
                if let Some((f, end)) = hit {
                    let (at, w) = ws[f + end];
                    let r = ws[f].0..at + w.len();
                    let j = listed.partition_point(|h| h.end <= r.start);
                    let overlaps = listed.get(j).is_some_and(|h| h.start < r.end);
                    if !quotes.contains(ws[k].0, r.end) && !overlaps {
                        found.push(r);
                    }
                    break;
                }
            }
        }
    }
    for r in found {
        let span = plan.span_of(r);
        let quote = plan.source[span.range()].to_string();
        let message =
            crate::diagnostic::Text::say("oordeel over de persoon: ", "judgement of the person: ")
                .quoted(quote);
        let help = crate::diagnostic::Text::say(
            "beschrijf wat de werknemer deed, wanneer en met welk gevolg — bijv. 'je onderbrak de klant op 3 maart twee keer en verhief je stem'",
            "describe what the employee did, when and with what result — e.g. 'je onderbrak de klant op 3 maart twee keer en verhief je stem'",
        );
        cx.emit(&META, span, message, help);
    }
}

/// True when an adjective judges: a form of the character-judgement list, or a negative by
/// its make ("ongeduldige", "ongeschikt", "hulpeloze") or one of `judging-adjectives`.
fn judging(cx: &Cx, word: &str) -> bool {
    let stem = word.strip_suffix('e').unwrap_or(word);
    let negative = (stem.starts_with("on") && stem.len() > 5)
        || stem.ends_with("loos")
        || stem.ends_with("loz")
        || JUDGING_ADJECTIVES.contains(&word)
        || JUDGING_ADJECTIVES.contains(&stem);
    negative
        || cx.engine.lexicons[&LexKind::CharacterJudgement]
            .entries
            .iter()
            .any(|e| e.term == word || e.forms.iter().any(|f| f == word))
}

/// After "je bent" / "hij is": the index of the last word of a judgement, if one follows.
fn judged(cx: &Cx, rest: &[(usize, &str)]) -> Option<usize> {
    let w = |i: usize| rest.get(i).map(|x| x.1);
    // "een botte, ongeduldige man": adjectives before a person, one of them judging.
    if w(0) == Some("een") {
        let mut i = 1;
        let mut judges = false;
        while let Some(a) = w(i) {
            if JUDGED_PERSONS.iter().any(|p| a.ends_with(p)) {
                return (judges && i > 1).then_some(i);
            }
            if a == "en" {
                i += 1;
                continue;
            }
            if !a.ends_with('e') || !a.chars().all(char::is_alphabetic) {
                return None;
            }
            judges |= !NEUTRAL_ADJECTIVES.contains(&a) && judging(cx, a);
            i += 1;
        }
        return None;
    }
    // "lastig te doorgronden", "moeilijk te sturen".
    if w(0).is_some_and(|x| HARD_TO_WORDS.contains(&x)) && w(1) == Some("te") && w(2).is_some() {
        return Some(2);
    }
    // "volstrekt ongeschikt" — not "totaal vier keer", "compleet ingewerkt".
    match (w(0), w(1)) {
        (Some(x), Some(a)) if INTENSIFIERS.contains(&x) && judging(cx, a) => Some(1),
        _ => None,
    }
}
