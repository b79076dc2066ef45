//! What every rule needs to know about a plan, worked out once: the word-list and phrase
//! hits, which sections are which part, the dates and the plan's timeline.

pub mod dates;
pub mod headwords;
pub mod lexicon;
pub mod measure;
pub mod parts;
pub mod placeholder;
pub mod sentences;
pub mod timeline;

use crate::analysis::dates::{find_dates, find_durations, Date, Duration, FoundDate};
use crate::analysis::lexicon::{Engine, Hit, PatKind};
use crate::analysis::parts::{clean_title, Part, PartSet};
use crate::plan::{BlockKind, Plan, SectionOrigin};
use crate::span::Span;
use crate::words::cues::{
    ATTENDANCE_WORDS, CONDUCT_VERBS, COUNT_WORDS, EXPLAIN_VERBS, FIRST_PERSON, NAME_JOINERS,
    NEGATIONS, PAST_HELP, PAST_VERBS, PEER_CONTRASTS, PEER_WORDS, PERSON_PREPOSITIONS,
    SAME_CONDITIONS, SHORTFALL_WORDS, SUPPORT_ASKING, SUPPORT_COMMITS, SUPPORT_CONDITIONS,
    SUPPORT_MODALS, SUPPORT_NEEDS, SUPPORT_YOU,
};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Debug, Default)]
pub struct Analysis {
    pub hits: Vec<Hit>,
    /// Parts per section (same order as `plan.sections`).
    pub section_parts: Vec<PartSet>,
    /// Parts of the sections each block stands in (same order as `plan.blocks`).
    pub block_parts: Vec<PartSet>,
    /// Parts that the plan has, one way or another.
    pub present: PartSet,
    pub dates: Vec<FoundDate>,
    pub durations: Vec<Duration>,
    pub timeline: Timeline,
    /// Per section (same order as `plan.sections`): a recognised part whose body holds only
    /// placeholders. VT111 reports these, and the checklist does not tick their parts —
    /// whether or not VT111 is enabled or suppressed.
    pub empty_sections: Vec<bool>,
    /// Per part (in `Part::ALL` order): the first thing that showed it, for `--explain-parts`.
    pub found: [Option<Found>; Part::ALL.len()],
}

/// What showed that a plan has a part, and where in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub how: How,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// A heading, bold label or field key.
    Heading,
    /// A phrase in the plan's text ("het traject is geslaagd als").
    Phrase,
    /// A condition and its outcome in one sentence ("Lukt het, dan blijf je …").
    Pair,
    /// Dates or a term: a start and end date, a length.
    Dates,
    /// A dated evaluation moment.
    Evaluation,
}

/// A date the timeline uses, resolved to a full date where it is valid.
#[derive(Debug, Clone)]
pub struct DatedItem {
    pub date: Date,
    /// Source span of the date as written.
    pub span: Span,
}

#[derive(Debug, Default)]
pub struct Timeline {
    pub start: Option<DatedItem>,
    pub end: Option<DatedItem>,
    /// A duration given for the whole plan ("looptijd: acht weken").
    pub length: Option<Duration>,
    pub evaluations: Vec<DatedItem>,
    /// Per evaluation: called final ("eindevaluatie", "afsluitend gesprek", "laatste").
    pub final_evaluation: Vec<bool>,
    pub deadlines: Vec<DatedItem>,
    /// An interim evaluation is announced without a date ("de tussentijdse evaluatie
    /// plannen we binnenkort in").
    pub undated_interim: bool,
    /// The year used for dates written without one.
    pub year: Option<i32>,
    /// Each of `Analysis::dates` with its year filled in (from the date itself, a dated
    /// date just before it in the same block, or the plan's period); may be invalid.
    pub resolved: Vec<Option<Date>>,
}

impl Timeline {
    /// The plan's length in days, as a reader counts it: a plan that ends on a Friday or in
    /// the weekend has run that whole work week, so "maandag 1 februari t/m vrijdag 26 maart"
    /// is eight weeks (to the Monday after); "dinsdag 8 juli t/m maandag 1 september" is 55
    /// days. An end worked out from a stated term ("acht weken vanaf 1 februari") is that term.
    pub fn length_days(&self) -> Option<i64> {
        let (s, e) = (self.start.as_ref()?, self.end.as_ref()?);
        let derived = self.length.as_ref().and_then(|l| s.date.plus(l)) == Some(e.date);
        // Only a plan that starts on a Monday runs in whole work weeks.
        let to_monday = match (s.date.weekday(), e.date.weekday()) {
            (0, 4) => 3,
            (0, 5) => 2,
            (0, 6) => 1,
            _ => 0,
        };
        Some(e.date.days() - s.date.days() + if derived { 0 } else { to_monday })
    }
}

/// The first stage: what the text holds before any part is decided — the word-list hits,
/// which part each section and block is titled as, the dates and lengths, the empty sections.
/// The timeline reads this; the parts the plan has are decided after both.
#[derive(Debug, Default)]
pub struct Reading {
    pub hits: Vec<Hit>,
    pub section_parts: Vec<PartSet>,
    pub block_parts: Vec<PartSet>,
    pub dates: Vec<FoundDate>,
    pub durations: Vec<Duration>,
    pub empty_sections: Vec<bool>,
}

impl Reading {
    pub fn new(plan: &Plan, engine: &Engine) -> Reading {
        let text = &plan.norm.text;
        let hits = engine.scan(text);
        let title = document_title(plan);
        let section_parts: Vec<PartSet> = plan
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if Some(i) == title {
                    PartSet::default()
                } else {
                    engine.title_parts(&clean_title(plan.text(s.title.clone())))
                }
            })
            .collect();
        let mut section_parts = section_parts;
        appendices_are_history(plan, &mut section_parts);
        numbered_goals(plan, &mut section_parts);
        let block_parts = block_parts(plan, &section_parts);
        Reading {
            empty_sections: empty_sections(plan, &section_parts),
            dates: find_dates(text),
            durations: find_durations(text),
            hits,
            section_parts,
            block_parts,
        }
    }

    /// Parts of every section around normalised offset `n` (judged per block).
    pub fn parts_at(&self, plan: &Plan, n: usize) -> PartSet {
        plan.block_at(n)
            .map(|b| self.block_parts[b])
            .unwrap_or_default()
    }
}

impl Analysis {
    /// The stages in order: the reading, the timeline from it, then the parts from both.
    pub fn new(plan: &Plan, engine: &Engine) -> Analysis {
        let r = Reading::new(plan, engine);
        let timeline = crate::analysis::timeline::build(plan, &r);
        let (present, found) = parts_present(plan, engine, &r, &timeline);
        Analysis {
            hits: r.hits,
            section_parts: r.section_parts,
            block_parts: r.block_parts,
            present,
            dates: r.dates,
            durations: r.durations,
            timeline,
            empty_sections: r.empty_sections,
            found,
        }
    }

    /// Parts of every section around normalised offset `n` (judged per block).
    pub fn parts_at(&self, plan: &Plan, n: usize) -> PartSet {
        plan.block_at(n)
            .map(|b| self.block_parts[b])
            .unwrap_or_default()
    }
}

/// "**Resultaat 1 – Terugbelverzoeken**", "**Resultaat 2 – Registratie**": titles numbered in
/// a series of one kind (`series-heads`), two or more, set out the goals one by one,
/// whatever else each title says. (A title that names a part keeps it.)
fn numbered_goals(plan: &Plan, section_parts: &mut [PartSet]) {
    let numbered: Vec<(usize, &str)> = plan
        .sections
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let mut words = plan
                .text(s.title.clone())
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let head = words.next()?;
            let number = words.next()?;
            let numbered = number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit());
            (numbered
                && crate::words::goals::SERIES_HEADS
                    .iter()
                    .any(|h| head.ends_with(h)))
            .then_some((i, head))
        })
        .collect();
    let mut count: std::collections::HashMap<&str, usize> = Default::default();
    for &(_, head) in &numbered {
        *count.entry(head).or_default() += 1;
    }
    for &(i, head) in &numbered {
        let series = count.get(head).is_some_and(|&n| n >= 2);
        if series && section_parts[i].is_empty() {
            section_parts[i].insert(Part::Goals);
        }
    }
}

/// An appendix ("## Bijlage 1: gespreksverslag") and every section inside it read as history.
fn appendices_are_history(plan: &Plan, section_parts: &mut [PartSet]) {
    let text_len = plan.norm.text.len();
    let appendix: Vec<std::ops::Range<usize>> = plan
        .sections
        .iter()
        .filter(|s| {
            let title = clean_title(plan.text(s.title.clone()));
            let first = title
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty());
            // (A reaction only under a heading of its own: a bold label's stretch runs on to
            // the signatures.)
            // (A label with its value among the fields of one paragraph, "**Bijlage:**
            // plan.pdf" under "**Van:**" and "**Aan:**" in an e-mail's head, names an
            // attachment.)
            let header_field = || {
                let k = plan.fields.partition_point(|f| f.block < s.block);
                let in_block = || plan.fields[k..].iter().take_while(|f| f.block == s.block);
                in_block().any(|f| f.key == s.title && !f.value.is_empty())
                    && in_block().take(2).count() == 2
            };
            // (An appendix that is the plan itself, "**Bijlage (tekst): Verbeterplan Tom van
            // Dijk**" below the e-mail that sends it, is no history.)
            let names_the_plan = || {
                let raw = plan.text(s.title.clone()).to_lowercase();
                let mut depth = 0usize;
                let unbracketed: String = raw
                    .chars()
                    .filter(|&c| {
                        match c {
                            '(' => depth += 1,
                            ')' => depth = depth.saturating_sub(1),
                            _ => return depth == 0,
                        }
                        false
                    })
                    .collect();
                unbracketed
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .skip(1)
                    .find(|w| w.chars().count() > 1 && !w.chars().all(|c| c.is_ascii_digit()))
                    .is_some_and(|w| crate::words::cues::PLAN_NOUNS.contains(&w))
            };
            first.is_some_and(|w| {
                (crate::words::cues::APPENDIX_WORDS.contains(&w) && !names_the_plan())
                    || (crate::words::cues::REACTION_WORDS.contains(&w)
                        && matches!(s.origin, SectionOrigin::Heading(_)))
            }) && (matches!(s.origin, SectionOrigin::Heading(_)) || !header_field())
        })
        .map(|s| match s.origin {
            SectionOrigin::Heading(_) => s.title.start..s.body.end,
            // A bold label ("**Bijlage 1 -- Gespreksverslag**") with labels under it: to the
            // next heading, or the end.
            _ => {
                let end = plan
                    .sections
                    .iter()
                    .filter(|h| matches!(h.origin, SectionOrigin::Heading(_)))
                    .map(|h| h.title.start)
                    .find(|&st| st > s.title.start)
                    .unwrap_or(text_len);
                s.title.start..end
            }
        })
        .collect();
    if appendix.is_empty() {
        return;
    }
    for (s, p) in plan.sections.iter().zip(section_parts.iter_mut()) {
        if appendix
            .iter()
            .any(|r| r.start <= s.title.start && s.title.start < r.end)
        {
            *p = PartSet::default();
            p.insert(Part::History);
        }
    }
}

/// The header cell of a table column that holds success criteria: it names them and a row
/// under it has text in that column.
fn criteria_column(plan: &Plan, engine: &Engine) -> Option<Range<usize>> {
    let cell = |i: usize| plan.blocks.get(i).filter(|b| b.kind == BlockKind::Cell);
    let mut i = 0;
    while i < plan.blocks.len() {
        let header_start = cell(i).is_some() && (i == 0 || cell(i - 1).is_none());
        if !header_start {
            i += 1;
            continue;
        }
        let row = plan.blocks[i].row;
        let header: Vec<usize> = (i..plan.blocks.len())
            .take_while(|&j| cell(j).is_some_and(|b| b.row == row))
            .collect();
        let end = (i..plan.blocks.len())
            .take_while(|&j| cell(j).is_some())
            .last()
            .map_or(i + 1, |j| j + 1);
        for (col, &h) in header.iter().enumerate() {
            let title = plan.text(plan.blocks[h].norm.clone());
            if !engine
                .title_parts(&clean_title(title))
                .has(Part::SuccessCriteria)
            {
                continue;
            }
            // The cell in this column of each row below.
            let mut filled = false;
            let mut j = i + header.len();
            while j < end {
                let r = plan.blocks[j].row;
                let cells: Vec<usize> = (j..end).take_while(|&k| plan.blocks[k].row == r).collect();
                filled |= cells.get(col).is_some_and(|&k| {
                    plan.text(plan.blocks[k].norm.clone())
                        .chars()
                        .any(char::is_alphanumeric)
                });
                j += cells.len().max(1);
            }
            if filled {
                return Some(plan.blocks[h].norm.clone());
            }
        }
        i = end;
    }
    None
}

/// The items of the goals sections (not the help offered among them), when there are two or
/// more and at least two in three give an amount, a frequency, a term or a date
/// ([`measure::counted`]): the first item.
fn measured_goals(plan: &Plan, block_parts: &[PartSet]) -> Option<Range<usize>> {
    let items: Vec<&Range<usize>> = plan
        .blocks
        .iter()
        .zip(block_parts)
        .filter(|(b, p)| {
            b.kind == BlockKind::Item
                && p.has(Part::Goals)
                && !p.has(Part::Problem)
                && !p.has(Part::History)
                && !p.has(Part::Support)
                && plan.text(b.norm.clone()).contains(char::is_alphanumeric)
        })
        .map(|(b, _)| &b.norm)
        .collect();
    let measured = items
        .iter()
        .filter(|r| measure::counted(measure::without_number(plan.text((**r).clone()))))
        .count();
    (items.len() >= 2 && measured * 3 >= items.len() * 2).then(|| items[0].clone())
}

/// Which parts the plan has, and what showed each: headings, phrases and pairs in the
/// text, then the period and evaluations from the timeline.
fn parts_present(
    plan: &Plan,
    engine: &Engine,
    r: &Reading,
    timeline: &Timeline,
) -> (PartSet, [Option<Found>; Part::ALL.len()]) {
    let text = &plan.norm.text;
    let (hits, section_parts, block_parts) =
        (&r.hits[..], &r.section_parts[..], &r.block_parts[..]);
    let mut present = PartSet::default();
    let mut found: [Option<Found>; Part::ALL.len()] = Default::default();
    let mut note = |p: Part, how: How, at: Range<usize>| {
        found[p as usize].get_or_insert(Found {
            how,
            span: plan.span_of(at),
        });
    };
    let hedged = Hedges::new(engine);
    for (s, p) in plan.sections.iter().zip(section_parts) {
        let mut p = *p;
        // A label with its text, inside the problem or the history ("- **Vastleggen.** Bij
        // de dossierreview …"), names what went wrong, not a part of the plan. (A label
        // alone on its line, "**Doelen:**" after the history, does start a part.)
        let within = block_parts.get(s.block).copied().unwrap_or_default();
        let inline = plan.blocks.get(s.block).is_some_and(|b| {
            text[s.title.end.clamp(b.norm.start, b.norm.end)..b.norm.end]
                .chars()
                .any(char::is_alphanumeric)
        });
        if inline && (within.has(Part::Problem) || within.has(Part::History)) {
            let told = Part::Problem.bit() | Part::History.bit() | Part::CauseAnalysis.bit();
            p.0 &= told;
        }
        // A section that only holds possibilities does not give its part.
        for part in p.iter() {
            if hedged.only_possibilities(plan, part, s.body.clone()) {
                p.0 &= !part.bit();
            }
        }
        // "## Gevolgen" that only says what happens when it goes well: the good outcome,
        // not the consequences. (Not under a title that denies success, "## Als het niet
        // lukt" over "de toeslag stopt dan": what stops there is lost.)
        let denied_title = || {
            let words = || {
                plan.text(s.title.clone())
                    .split(|c: char| !c.is_alphanumeric())
            };
            words().any(|w| crate::words::cues::NEGATIONS.contains(&w))
                && !words().any(|w| crate::words::cues::BOTH_WAYS_WORDS.contains(&w))
        };
        if p.has(Part::Consequences) && only_good_news(hits, s.body.clone()) && !denied_title() {
            p.0 &= !Part::Consequences.bit();
            p.insert(Part::PositiveOutcome);
        }
        // "## Als het niet lukt" over "beraden wij ons op vervolgstappen": a hint, not what
        // happens. The section names a consequence or it gives none.
        // (A body of placeholders only is an empty section, VT111's.)
        if p.has(Part::Consequences)
            && !names_a_consequence(text, s.body.clone())
            && !crate::analysis::placeholder::only_placeholders(plan.text(s.body.clone()))
        {
            p.0 &= !Part::Consequences.bit();
        }
        // "**Teamcoach:** Esther Koopmans" in the header: a role and a name say no help is
        // given.
        if p.has(Part::Support)
            && s.origin == SectionOrigin::Field
            && name_only(plan, s.body.clone())
        {
            p.0 &= !Part::Support.bit();
        }
        // "## Succes" over "Alle 8 meekijkmomenten zonder afwijking": figures to judge by,
        // not what happens after.
        if p.has(Part::PositiveOutcome)
            && !p.has(Part::SuccessCriteria)
            && only_figures(hits, &r.dates, text, s.body.clone())
        {
            p.0 &= !Part::PositiveOutcome.bit();
            p.insert(Part::SuccessCriteria);
        }
        present.0 |= p.0;
        for part in p.iter() {
            note(part, How::Heading, s.title.clone());
        }
    }
    // A table's column headed by the success criteria ("| Doel | Norm | Hoe gemeten |",
    // "Hoe meten we het") with something under it: each goal carries its criterion.
    if !present.has(Part::SuccessCriteria) {
        if let Some(at) = criteria_column(plan, engine) {
            present.insert(Part::SuccessCriteria);
            note(Part::SuccessCriteria, How::Heading, at);
        }
    }
    // Goals that carry their own measure ("Doel: 0 keer te laat in de periode", "Minimaal
    // 95 % van je tickets …"), most of them, say how success is judged: each goal is its
    // own criterion.
    if present.has(Part::Goals) && !present.has(Part::SuccessCriteria) {
        if let Some(at) = measured_goals(plan, block_parts) {
            present.insert(Part::SuccessCriteria);
            note(Part::SuccessCriteria, How::Phrase, at);
        }
    }
    // Section titles, and whether each speaks only through its section: a heading or a
    // label always, a question of a question-and-answer form when it names a part.
    let mut titles: Vec<(Range<usize>, bool)> = plan
        .sections
        .iter()
        .zip(section_parts)
        .map(|(s, p)| {
            let heading = matches!(s.origin, SectionOrigin::Heading(_));
            let question = text[s.title.clone()].trim_end().ends_with('?');
            (s.title.clone(), heading || !question || !p.is_empty())
        })
        .collect();
    titles.sort_by_key(|(t, _)| (t.start, t.end));
    let mut last_sentence: Option<(Range<usize>, bool)> = None;
    for h in hits {
        if let PatKind::Phrase(p) = h.kind {
            // A heading speaks through its section (above), not as prose; so does a bold
            // label or field key that titles a section ("5. **Ondersteuning**"). A question
            // that names no part may still say one in its words ("Vraag: Ligt het niet aan
            // de drukte?").
            let in_heading = plan
                .block_at(h.start)
                .is_some_and(|b| matches!(plan.blocks[b].kind, BlockKind::Heading(_)));
            let k = titles.partition_point(|(t, _)| t.end <= h.start);
            let in_title = titles
                .get(k)
                .is_some_and(|(t, silent)| t.start <= h.start && *silent);
            if in_heading || in_title {
                continue;
            }
            // What the problem or the history tells ("twee collega's vroegen om
            // overplaatsing", "je kreeg in 2025 al een training") is no part of the plan.
            // The cause analysis tells too: "het hele team heeft dezelfde training gehad".
            let told = plan.block_at(h.start).is_some_and(|b| {
                let bp = block_parts[b];
                bp.has(Part::Problem) || bp.has(Part::History) || bp.has(Part::CauseAnalysis)
            });
            // The cause is often weighed in the problem itself ("we hebben gekeken of de
            // werkdruk een rol speelt").
            if told && !matches!(p, Part::Problem | Part::History | Part::CauseAnalysis) {
                continue;
            }
            // Nor do the roles under the signatures ("Esther Koopmans, teamcoach").
            let signed = plan
                .block_at(h.start)
                .is_some_and(|b| block_parts[b].has(Part::Signatures));
            if signed && p != Part::Signatures {
                continue;
            }
            // "oorzaak" in a goal ("je vindt de oorzaak van een storing") is work, not an
            // analysis of the problem: the cause is weighed where the problem is told.
            if p == Part::CauseAnalysis {
                let bp = plan
                    .block_at(h.start)
                    .map(|b| block_parts[b])
                    .unwrap_or_default();
                let elsewhere = bp
                    .iter()
                    .any(|q| !matches!(q, Part::Problem | Part::History | Part::CauseAnalysis));
                if elsewhere {
                    continue;
                }
            }
            if hedged.has(p) {
                let r = crate::analysis::sentences::sentence_at(plan, h.start);
                let hedge = match &last_sentence {
                    Some((s, yes)) if *s == r => *yes,
                    _ => {
                        let sentence = &text[r.clone()];
                        // Help given before ("je hebt de instructie in augustus gevolgd")
                        // is no help this plan gives.
                        let past = p == Part::Support
                            && sentence
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|w| PAST_HELP.contains(&w));
                        // "De wekelijkse begeleiding … stopt": help that ends.
                        let ends = p == Part::Support
                            && sentence
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|w| crate::words::cues::SUPPORT_ENDS.contains(&w));
                        let yes = past || ends || hedged.in_text(p, sentence);
                        last_sentence = Some((r.clone(), yes));
                        yes
                    }
                };
                // The employee's own work is decided per word, not per sentence: "De
                // chauffeurs die jij begeleidt krijgen van Sanne een training".
                let own = p == Part::Support && {
                    let r = crate::analysis::sentences::sentence_at(plan, h.start);
                    own_work(
                        &text[r.start.min(h.start)..h.start],
                        &text[h.range()],
                        &text[h.end..r.end.max(h.end)],
                        &text[r.clone()],
                    )
                };
                if hedge || own {
                    continue;
                }
            }
            present.insert(p);
            note(p, How::Phrase, h.range());
        }
    }
    for (p, at) in paired_parts(plan, hits, section_parts) {
        // Who held the last conversation, or that it was written down, tells the
        // history, not how this track will run; so does what counted as success then.
        let told = plan.block_at(at.start).is_some_and(|b| {
            let bp = block_parts[b];
            bp.has(Part::Problem) || bp.has(Part::History)
        });
        if told
            && matches!(
                p,
                Part::Participants | Part::WrittenRecord | Part::SuccessCriteria
            )
        {
            continue;
        }
        // "Elke student heeft twee SLB-gesprekken gehad, vastgelegd in het
        // studentvolgsysteem": in a goal, conversations written down are the work, not how
        // this plan's own conversations are recorded.
        let goal = plan.block_at(at.start).is_some_and(|b| {
            let bp = block_parts[b];
            (bp.has(Part::Goals) || bp.has(Part::SuccessCriteria)) && !bp.has(Part::Evaluations)
        });
        if goal && matches!(p, Part::Participants | Part::WrittenRecord) {
            continue;
        }
        present.insert(p);
        note(p, How::Pair, at);
    }
    // A failed condition and another job after it, in one sentence: "Haal je ze niet, dan
    // zet ik je niet meer in als machinist" (under a title that names no part).
    if !present.has(Part::Consequences) {
        // (Each sentence looked at once, however many conditions it holds.)
        let mut seen = 0..0;
        let said = hits
            .iter()
            .filter(|h| h.kind == PatKind::When(Part::Consequences))
            .find_map(|h| {
                if seen.contains(&h.start) {
                    return None;
                }
                let s = sentences::sentence_at(plan, h.start);
                seen = s.clone();
                // ("dan" that opens the clause after a comma, not "niet vaker dan".)
                let then = words_at(text, h.end..s.end)
                    .iter()
                    .find(|&&(at, w)| {
                        crate::words::cues::CONTINUATION_WORDS.contains(&w)
                            && text[..at].trim_end().ends_with(',')
                    })
                    .map(|&(at, _)| at)?;
                let told = plan.block_at(h.start).is_some_and(|b| {
                    let bp = block_parts[b];
                    [
                        Part::Problem,
                        Part::History,
                        Part::CauseAnalysis,
                        Part::Goals,
                        Part::Support,
                    ]
                    .iter()
                    .any(|p| bp.has(*p))
                });
                (!told && puts_to_other_work(text, then..s.end)).then_some(s)
            });
        if let Some(s) = said {
            present.insert(Part::Consequences);
            note(Part::Consequences, How::Pair, s);
        }
    }
    // Who holds the conversations, and that they are written down, said in an
    // evaluations section ("Tussenevaluatie 12 maart — met je teamleider", "Bas maakt van
    // elke evaluatie een verslag"): a role or a written form there is enough.
    for part in [Part::Participants, Part::WrittenRecord] {
        if present.has(part) {
            continue;
        }
        let said = hits.iter().find(|h| {
            h.kind == PatKind::Then(part)
                && plan.block_at(h.start).is_some_and(|b| {
                    let bp = block_parts[b];
                    bp.has(Part::Evaluations) && !bp.has(Part::History)
                })
        });
        if let Some(h) = said {
            present.insert(part);
            note(part, How::Phrase, h.range());
        }
    }
    // People named with an evaluation: "eindevaluatie, met Bas Kuijpers", "Roos en ik
    // voeren dat gesprek met je", a column of names in the evaluations table.
    if !present.has(Part::Participants) {
        // The innermost section around each dated evaluation (not the whole letter, nor a
        // title section that holds every other).
        let title = document_title(plan);
        let mut evaluation_bodies: Vec<Range<usize>> = Vec::new();
        let mut looked = 0;
        let mut at_evaluation: Vec<usize> =
            timeline.evaluations.iter().map(|e| e.span.start).collect();
        at_evaluation.sort_unstable();
        for d in &r.dates {
            let at = plan.span_of(d.range.clone());
            if at_evaluation.binary_search(&at.start).is_err() {
                continue;
            }
            // A plan has a handful of evaluations; a hostile file may have thousands.
            looked += 1;
            if looked > 64 {
                break;
            }
            let inner = plan
                .sections
                .iter()
                .enumerate()
                .filter(|&(i, s)| {
                    Some(i) != title && s.body.start <= d.range.start && d.range.end <= s.body.end
                })
                .min_by_key(|(_, s)| s.body.len())
                .map(|(_, s)| s.body.clone());
            if let Some(b) = inner.filter(|b| !evaluation_bodies.contains(b)) {
                evaluation_bodies.push(b);
            }
        }
        if let Some(at) =
            participants_named(plan, hits, block_parts, &evaluation_bodies, &at_evaluation)
        {
            present.insert(Part::Participants);
            note(Part::Participants, How::Phrase, at);
        }
    }
    // A short sentence that leads in to what follows is its heading: "Dit zijn de
    // afspraken:" and the goals below it, in a letter without headings.
    for (i, b) in plan.blocks.iter().enumerate() {
        let next = plan.blocks.get(i + 1).map(|n| n.kind);
        if b.kind != BlockKind::Paragraph
            || !matches!(next, Some(BlockKind::Item | BlockKind::Paragraph))
        {
            continue;
        }
        let bp = block_parts[i];
        if bp.has(Part::Problem)
            || bp.has(Part::History)
            || !text[b.norm.clone()].trim_end().ends_with(':')
        {
            continue;
        }
        let Some(last) = crate::analysis::sentences::split_sentences(text, b.norm.clone()).pop()
        else {
            continue;
        };
        let lead = text[last.clone()].trim_end();
        let Some(title) = lead.strip_suffix(':') else {
            continue;
        };
        if title.split(' ').count() > 8 {
            continue;
        }
        for p in engine.title_parts(&clean_title(title)).iter() {
            if !present.has(p) && !matches!(p, Part::History | Part::Problem | Part::Signatures) {
                present.insert(p);
                note(p, How::Heading, last.clone());
            }
        }
    }
    // What was ruled out as the cause, in a sentence of its own: "De drukte op de route
    // verklaart het dus niet", whatever words stand between.
    if !present.has(Part::CauseAnalysis) {
        if let Some(at) = cause_ruled_out(plan, block_parts)
            .or_else(|| peers_compared(plan, block_parts))
            .or_else(|| cause_weighed(plan, block_parts))
        {
            present.insert(Part::CauseAnalysis);
            note(Part::CauseAnalysis, How::Phrase, at);
        }
    }
    // A letter tells what went wrong in sentences, not under a heading: a shortfall in the
    // past, counted or dated ("Bij zeven van hen duurde de beoordeling langer dan vijftien
    // werkdagen").
    if !present.has(Part::Problem) {
        if let Some(at) = shortfall_told(plan, block_parts) {
            present.insert(Part::Problem);
            note(Part::Problem, How::Phrase, at);
        }
    }
    // "… in het gesprek van 24 november 2026 met Ingrid Post van HR": a conversation dated
    // before the plan starts is an earlier conversation, wherever it is told.
    if !present.has(Part::History) {
        if let Some(at) = conversation_before(plan, r, timeline) {
            present.insert(Part::History);
            note(Part::History, How::Phrase, at);
        }
    }
    // "Het traject is geslaagd als je in de periode hooguit één keer te laat komt", in a
    // letter's sentence: the criterion says what is asked. (A plan with a section for its
    // criteria and none for its goals still lacks the goals.)
    if !present.has(Part::Goals) {
        if let Some(f) = found[Part::SuccessCriteria as usize].filter(|f| f.how != How::Heading) {
            present.insert(Part::Goals);
            found[Part::Goals as usize] = Some(f);
        }
    }
    // "- **VP-1 Rekenrapporten op tijd** — Due: …" with "Acceptatiecriteria: minimaal 90 % …"
    // on its next line: criteria labelled under a list item measure that item, so the item
    // is a goal, whatever the section is called ("## Tickets").
    if !present.has(Part::Goals) {
        let measured_item = plan.sections.iter().zip(section_parts).find(|(s, p)| {
            s.origin == SectionOrigin::Field
                && p.has(Part::SuccessCriteria)
                && plan.blocks.get(s.block).is_some_and(|b| {
                    b.kind == BlockKind::Item
                        && text[b.norm.start..s.title.start.max(b.norm.start)]
                            .contains(|c: char| c.is_alphanumeric())
                })
        });
        if let Some((s, _)) = measured_item {
            present.insert(Part::Goals);
            found[Part::Goals as usize] = Some(Found {
                how: How::Heading,
                span: plan.span_of(plan.blocks[s.block].norm.clone()),
            });
        }
    }
    // "### Acceptance criteria" over "- AC1 – Per sprint slaagt minimaal 80 % van je PR's
    // …", "- AC2 – …": a list of criteria, each a point to improve with its norm, sets out
    // the goals. (Not the conditions of one sentence, "Het plan is geslaagd als:" over its
    // list.)
    if !present.has(Part::Goals) {
        let listed = plan.sections.iter().zip(section_parts).find(|(s, p)| {
            p.has(Part::SuccessCriteria) && {
                let first = plan.blocks.partition_point(|b| b.norm.start < s.body.start);
                let body = || {
                    plan.blocks[first..]
                        .iter()
                        .take_while(|b| b.norm.start < s.body.end)
                };
                let led_in = body()
                    .take_while(|b| b.kind != BlockKind::Item)
                    .any(|b| text[b.norm.clone()].trim_end().ends_with(':'));
                !led_in && body().filter(|b| b.kind == BlockKind::Item).take(2).count() == 2
            }
        });
        if let Some((s, _)) = listed {
            present.insert(Part::Goals);
            found[Part::Goals as usize] = Some(Found {
                how: How::Heading,
                span: plan.span_of(s.title.clone()),
            });
        }
    }
    // "Sandra bespreekt elke maandag om 9.00 uur de cijfers met je": someone does something
    // with the employee at a set time — help, whatever the verb.
    if !present.has(Part::Support) {
        if let Some(at) = done_with_you(plan, block_parts) {
            present.insert(Part::Support);
            found[Part::Support as usize] = Some(Found {
                how: How::Phrase,
                span: plan.span_of(at),
            });
        }
    }
    let start_and_end =
        timeline.start.is_some() && (timeline.end.is_some() || timeline.length.is_some());
    if start_and_end || period_stated(plan, r, timeline) {
        present.insert(Part::Period);
        // The start, else the end or the stated length; else the heading found above.
        let dated = timeline
            .start
            .as_ref()
            .or(timeline.end.as_ref())
            .map(|s| s.span);
        let length = timeline
            .length
            .as_ref()
            .map(|l| plan.span_of(l.range.clone()));
        if let Some(span) = dated.or(length) {
            found[Part::Period as usize] = Some(Found {
                how: How::Dates,
                span,
            });
        }
    } else {
        // A "Looptijd" heading alone does not make a period: it needs a date or a term.
        present.0 &= !Part::Period.bit();
        found[Part::Period as usize] = None;
    }
    if let Some(e) = timeline.evaluations.first() {
        present.insert(Part::Evaluations);
        found[Part::Evaluations as usize].get_or_insert(Found {
            how: How::Evaluation,
            span: e.span,
        });
    }
    (present, found)
}

/// A period section with two dates or a term, an end date, or a sentence about the
/// plan's length. A start date alone is not a period.
fn period_stated(plan: &Plan, r: &Reading, timeline: &Timeline) -> bool {
    if timeline.end.is_some() || timeline.length.is_some() {
        return true;
    }
    // Count per period section with binary searches: linear overall.
    let count_in = |starts: &[usize], body: &Range<usize>, ends: &dyn Fn(usize) -> usize| {
        let i = starts.partition_point(|&x| x < body.start);
        starts[i..]
            .iter()
            .enumerate()
            .take_while(|(k, &x)| x < body.end && ends(i + k) <= body.end)
            .count()
    };
    let date_starts: Vec<usize> = r.dates.iter().map(|d| d.range.start).collect();
    let dur_starts: Vec<usize> = r.durations.iter().map(|d| d.range.start).collect();
    plan.sections
        .iter()
        .zip(&r.section_parts)
        .filter(|(_, p)| p.has(Part::Period))
        .any(|(s, _)| {
            count_in(&date_starts, &s.body, &|k| r.dates[k].range.end) >= 2
                || count_in(&dur_starts, &s.body, &|k| r.durations[k].range.end) >= 1
        })
}

/// True when `body` holds cues of the good outcome and none of the bad one.
fn only_good_news(hits: &[Hit], body: Range<usize>) -> bool {
    let first = hits.partition_point(|h| h.start < body.start);
    let inside = hits[first..].iter().take_while(|h| h.end <= body.end);
    let (mut good, mut bad) = (false, false);
    for h in inside {
        match h.kind {
            PatKind::Phrase(Part::PositiveOutcome)
            | PatKind::When(Part::PositiveOutcome)
            | PatKind::Then(Part::PositiveOutcome) => good = true,
            PatKind::Phrase(Part::Consequences)
            | PatKind::When(Part::Consequences)
            | PatKind::Then(Part::Consequences) => bad = true,
            _ => {}
        }
    }
    good && !bad
}

/// True when a text names what happens to the job (`named-consequences`: "ontslag",
/// "een andere functie", "beëindiging van je arbeidsovereenkomst", "een schriftelijke
/// waarschuwing") — a word starting with one of them.
/// Or it puts the employee to other work: "als" and a role in a sentence of being put to
/// work (`role-change-words`: "dan zet ik je niet meer in als machinist").
fn names_a_consequence(text: &str, body: Range<usize>) -> bool {
    let named = text[body.clone()]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            crate::words::cues::NAMED_CONSEQUENCES
                .iter()
                .any(|n| w.starts_with(n))
        });
    named
        || sentences::split_sentences(text, body)
            .into_iter()
            .any(|s| puts_to_other_work(text, s))
}

/// "dan zet ik je niet meer in als machinist", "je gaat verder als grondwerker": "als" and a
/// role (not "als je", not a sentence's opening "Als") with a word of being put to work.
fn puts_to_other_work(text: &str, s: Range<usize>) -> bool {
    let ws = words_at(text, s);
    let role = ws
        .windows(2)
        .skip(1)
        .any(|w| w[0].1 == "als" && !crate::words::cues::LITTLE_WORDS.contains(&w[1].1));
    role && ws
        .iter()
        .any(|(_, w)| crate::words::cues::ROLE_CHANGE_WORDS.contains(w))
}

/// A field's value that is only a name: "Esther Koopmans", "mevrouw J. de Vries".
fn name_only(plan: &Plan, value: Range<usize>) -> bool {
    let ws = words_at(&plan.norm.text, value);
    (1..=5).contains(&ws.len())
        && ws.iter().all(|&(at, w)| {
            (capital_at(plan, at) && !w.chars().any(|c| c.is_ascii_digit()))
                || NAME_JOINERS.contains(&w)
        })
        && ws.iter().any(|&(at, _)| capital_at(plan, at))
}

/// A section body with figures in it and no word of what happens when the plan succeeds.
fn only_figures(hits: &[Hit], dates: &[FoundDate], text: &str, body: Range<usize>) -> bool {
    let first = hits.partition_point(|h| h.start < body.start);
    let outcome = hits[first..]
        .iter()
        .take_while(|h| h.end <= body.end)
        .any(|h| {
            matches!(
                h.kind,
                PatKind::Phrase(Part::PositiveOutcome) | PatKind::Then(Part::PositiveOutcome)
            )
        });
    // A date or a year is no figure: "In het jaargesprek van juni 2027 kijken we …" after
    // the outcome says when, not what to reach.
    let d = dates.partition_point(|d| d.range.end <= body.start);
    let mut in_dates = dates[d..]
        .iter()
        .take_while(|d| d.range.start < body.end)
        .map(|d| d.range.clone())
        .peekable();
    // (A year after a month: "juni 2027"; not "minimaal 2000 colli".)
    let year = |n: &str, before: &str| {
        n.len() == 4
            && (n.starts_with("19") || n.starts_with("20"))
            && crate::analysis::dates::MONTHS.contains(&before)
    };
    let mut before = "";
    !outcome
        && crate::analysis::ascii_words(&text[body.clone()]).any(|w| {
            let at = body.start + w.start;
            while in_dates.peek().is_some_and(|r| r.end <= at) {
                in_dates.next();
            }
            let word = &text[at..body.start + w.end];
            let figure = word.bytes().any(|c| c.is_ascii_digit())
                && !year(word, before)
                && !in_dates.peek().is_some_and(|r| r.contains(&at));
            before = word;
            figure
        })
}

/// The `hedges` of each part (`rules/sections.toml`), normalised.
struct Hedges<'e> {
    by_part: &'e [(Part, HedgeList)],
}

impl<'e> Hedges<'e> {
    fn new(engine: &'e Engine) -> Hedges<'e> {
        Hedges {
            by_part: engine.hedges(),
        }
    }

    fn has(&self, part: Part) -> bool {
        self.by_part
            .iter()
            .any(|(p, h)| *p == part && !h.is_empty())
    }

    /// True when `sentence` offers the part only as a possibility: one of the part's hedges,
    /// or for support a possibility by construction ([`possibility`]), with nothing that
    /// commits to it.
    fn in_text(&self, part: Part, sentence: &str) -> bool {
        let hedges = self
            .by_part
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, h)| h);
        let none = HedgeList::default();
        let hedges = hedges.unwrap_or(&none);
        if part == Part::Support {
            return possibility(sentence, hedges) && (!commits(sentence) || may_help(sentence));
        }
        hedges.any_in(sentence)
    }

    /// True when every sentence of a section's body holds a hedge (and there is one). For
    /// support, a sentence saying that help ends ("De wekelijkse begeleiding … stopt") gives
    /// none either.
    fn only_possibilities(&self, plan: &Plan, part: Part, body: Range<usize>) -> bool {
        if !self.has(part) || body.is_empty() {
            return false;
        }
        let text = &plan.norm.text;
        let first = plan.blocks.partition_point(|b| b.norm.end <= body.start);
        let mut any = false;
        for b in &plan.blocks[first..] {
            if b.norm.start >= body.end {
                break;
            }
            let r = b.norm.start.max(body.start)..b.norm.end.min(body.end);
            for s in crate::analysis::sentences::split_sentences(text, r) {
                let sentence = &text[s];
                if part == Part::Support
                    && sentence
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| crate::words::cues::SUPPORT_ENDS.contains(&w))
                {
                    any = true;
                    continue;
                }
                any = true;
                if !self.in_text(part, sentence) {
                    return false;
                }
            }
        }
        any
    }
}

/// Sections of a recognised part with nothing but placeholders in them. A plain "Einddatum:"
/// line left empty is a form field (VT402's), not an empty section; a bold label is a section.
fn empty_sections(plan: &Plan, section_parts: &[PartSet]) -> Vec<bool> {
    let bold_keys: std::collections::HashSet<_> = plan
        .fields
        .iter()
        .filter(|f| f.bold)
        .map(|f| (f.key.start, f.key.end))
        .collect();
    let sections = &plan.sections;
    sections
        .iter()
        .zip(section_parts)
        .enumerate()
        .map(|(i, (s, parts))| {
            let form_field = s.origin == SectionOrigin::Field
                && !bold_keys.contains(&(s.title.start, s.title.end));
            // "## Wat we van je vragen" straight above "Ontwikkeldoelen": a title and its
            // subtitle, one part, whatever their levels.
            let bare = plan.text(s.body.clone()).trim().is_empty();
            // ("**Gevolgen**" over "**Geslaagd:** …" and "**Niet geslaagd:** …": both
            // outcomes are what follows the plan.)
            let outcomes = Part::Consequences.bit() | Part::PositiveOutcome.bit();
            let kin = |p: PartSet| {
                if p.0 & outcomes != 0 {
                    p.0 | outcomes
                } else {
                    p.0
                }
            };
            let subtitle = bare
                && sections.get(i + 1).is_some()
                && kin(section_parts[i + 1]) & kin(*parts) != 0;
            // "**4. Evaluaties**" straight above "**4.1 Planning**": a numbered title over
            // its numbered subsections (bold labels do not nest by level, their numbers do).
            let numbered_over = bare
                && sections.get(i + 1).is_some_and(|next| {
                    match (
                        section_number(plan.text(s.title.clone())),
                        section_number(plan.text(next.title.clone())),
                    ) {
                        (Some(own), Some(sub)) => {
                            sub.len() > own.len() + 1
                                && sub.starts_with(own)
                                && sub.as_bytes()[own.len()] == b'.'
                        }
                        _ => false,
                    }
                });
            !parts.is_empty()
                && !form_field
                && !subtitle
                && !numbered_over
                && crate::analysis::placeholder::only_placeholders(plan.text(s.body.clone()))
        })
        .collect()
}

/// The number a title opens with, without its last dot: "4. Evaluaties" → "4", "4.1
/// Planning" → "4.1"; none for "Evaluaties" or "2027".
fn section_number(title: &str) -> Option<&str> {
    let t = title.trim_start_matches(|c: char| !c.is_alphanumeric());
    let len = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let n = t[..len].trim_end_matches('.');
    (!n.is_empty() && n.len() <= 8 && n.starts_with(|c: char| c.is_ascii_digit()) && len < t.len())
        .then_some(n)
}

/// For every block, the parts of the sections whose body overlaps it. One difference array
/// per part keeps this linear in blocks + sections, however deeply sections nest.
fn block_parts(plan: &Plan, section_parts: &[PartSet]) -> Vec<PartSet> {
    let n = plan.blocks.len();
    let mut delta = vec![[0i32; Part::ALL.len()]; n + 1];
    for (s, parts) in plan.sections.iter().zip(section_parts) {
        if parts.is_empty() {
            continue;
        }
        // Blocks with norm.end > body.start and norm.start < body.end.
        let first = plan.blocks.partition_point(|b| b.norm.end <= s.body.start);
        let last = plan
            .blocks
            .partition_point(|b| b.norm.start < s.body.end.max(s.body.start + 1));
        if first >= last {
            continue;
        }
        for p in parts.iter() {
            delta[first][p as usize] += 1;
            delta[last][p as usize] -= 1;
        }
    }
    let mut running = [0i32; Part::ALL.len()];
    let mut out = Vec::with_capacity(n);
    for d in delta.iter().take(n) {
        let mut set = PartSet::default();
        for (i, p) in Part::ALL.iter().enumerate() {
            running[i] += d[i];
            if running[i] > 0 {
                set.insert(*p);
            }
        }
        out.push(set);
    }
    out
}

/// Parts shown by a `when` and a `then` phrase without an `unless` phrase, in one block or
/// else in one sentence ("Als het slaagt, blijf je in je functie. Als het niet slaagt, …").
fn paired_parts(plan: &Plan, hits: &[Hit], section_parts: &[PartSet]) -> Vec<(Part, Range<usize>)> {
    let mut found = PartSet::default();
    let mut at = Vec::new();
    // (block, part) -> the hits of that part in that block
    let mut by_block: std::collections::BTreeMap<(usize, Part), Vec<(usize, u8)>> =
        Default::default();
    for h in hits {
        let (part, bit) = match h.kind {
            PatKind::When(p) => (p, 1),
            PatKind::Then(p) => (p, 2),
            PatKind::Unless(p) => (p, 4),
            _ => continue,
        };
        if let Some(b) = plan.block_at(h.start) {
            // A table row is one unit: "| Geslaagd | Het plan wordt afgesloten |".
            let mut b = b;
            while b > 0
                && plan.blocks[b].kind == BlockKind::Cell
                && plan.blocks[b - 1].kind == BlockKind::Cell
                && plan.blocks[b - 1].row == plan.blocks[b].row
            {
                b -= 1;
            }
            by_block.entry((b, part)).or_default().push((h.start, bit));
        }
    }
    // The text of a unit: a block, or a whole table row from its first cell.
    let unit = |b: usize| -> Range<usize> {
        let first = &plan.blocks[b];
        if first.kind != BlockKind::Cell {
            return first.norm.clone();
        }
        let last = plan.blocks[b..]
            .iter()
            .take_while(|x| x.kind == BlockKind::Cell && x.row == first.row)
            .last()
            .map_or(first.norm.end, |x| x.norm.end);
        first.norm.start..last
    };
    for ((b, part), list) in by_block {
        let bits = list.iter().fold(0, |acc, (_, bit)| acc | bit);
        if bits & 3 != 3 || found.has(part) {
            continue;
        }
        // Who holds a conversation and that it is written down must be said together: in a
        // letter's long paragraph "oudergesprek" and "vastleggen" may be about other things.
        let same_sentence = matches!(
            part,
            Part::Participants | Part::WrittenRecord | Part::SuccessCriteria
        );
        if bits == 3 && !same_sentence {
            found.insert(part);
            at.push((part, unit(b)));
            continue;
        }
        let text = &plan.norm.text;
        let sentences = crate::analysis::sentences::split_sentences(text, unit(b));
        // A condition asked and answered is one sentence to a reader: "Gaat het goed? Dan
        // blijf je in je functie."
        let mut units: Vec<Range<usize>> = Vec::with_capacity(sentences.len());
        for r in sentences {
            let answer = text[r.clone()].starts_with("dan ");
            // … and so is a condition and the sentence that goes on from it: "Het traject is
            // geslaagd als u aan de afspraken voldoet. U blijft dan in uw functie."
            // (Not a new condition: "Lukt het niet, dan …" and "**Niet geslaagd:** dan …" have
            // their own.)
            let goes_on = words_at(text, r.clone())
                .iter()
                .take(4)
                .find(|(_, w)| crate::words::cues::CONTINUATION_WORDS.contains(w))
                .is_some_and(|&(at, _)| !text[r.start..at].contains([',', ':']));
            match units.last_mut() {
                Some(q) if answer && text[q.clone()].trim_end().ends_with('?') => q.end = r.end,
                Some(q)
                    if goes_on
                        && words_at(text, q.clone())
                            .iter()
                            .any(|(_, w)| SUPPORT_CONDITIONS.contains(w)) =>
                {
                    q.end = r.end
                }
                _ => units.push(r),
            }
        }
        // Hits and sentences are both in text order: walk them together (linear).
        let mut k = 0;
        for r in units {
            while k < list.len() && list[k].0 < r.start {
                k += 1;
            }
            // A denial counts in the condition, wherever that stands ("Lukt het niet, dan …",
            // "Je blijft planner als je de normen niet haalt"), not in a clause after both
            // the outcome and the condition ("Dan is het klaar, en praten we er niet meer
            // over").
            let here = || list[k..].iter().take_while(|(at, _)| *at < r.end);
            let first_then = here()
                .find(|(_, bit)| *bit == 2)
                .map_or(r.end, |(at, _)| *at);
            let last_when = here()
                .filter(|(_, bit)| *bit == 1)
                .last()
                .map_or(r.start, |(at, _)| *at);
            let in_sentence = here()
                .filter(|(at, bit)| *bit != 4 || *at < first_then.max(last_when))
                .fold(0, |acc, (_, bit)| acc | bit);
            if in_sentence == 3 {
                found.insert(part);
                at.push((part, r));
                break;
            }
        }
    }
    // A label that is the condition, its text the outcome: "**Geslaagd:** we sluiten het
    // plan af. Je blijft vessel planner." The label governs each sentence after it, and a
    // "niet" in the next label ("**Niet geslaagd:** …") is not this one's.
    // So is a heading that asks it, over the paragraph that answers: "## Gehaald?" over
    // "Dan is het plan afgerond. Je blijft crew.", "## Niet gehaald?" over "Dan … beëindigen
    // van je arbeidsovereenkomst".
    // (Not a heading of what went wrong: "## Wat gaat er niet goed?" over "drie medewerkers
    // vroegen om overplaatsing" is no consequence.)
    let told = Part::Problem.bit() | Part::History.bit() | Part::CauseAnalysis.bit();
    let headed =
        plan.sections
            .iter()
            .zip(section_parts)
            .filter_map(|(s, p)| {
                if !matches!(s.origin, SectionOrigin::Heading(_)) || p.0 & told != 0 {
                    return None;
                }
                let b = plan.blocks.partition_point(|b| b.norm.start < s.body.start);
                let first = plan.blocks.get(b).filter(|b| {
                    b.norm.end <= s.body.end && !matches!(b.kind, BlockKind::Heading(_))
                })?;
                Some((s.title.clone(), first.norm.clone()))
            });
    let labelled = plan.fields.iter().map(|f| (f.key.clone(), f.value.clone()));
    for (key, value) in labelled.chain(headed) {
        let i = hits.partition_point(|h| h.start < key.start);
        let (mut when, mut unless, mut then) =
            (PartSet::default(), PartSet::default(), PartSet::default());
        for h in hits[i..].iter().take_while(|h| h.start < value.end) {
            let in_key = h.end <= key.end;
            match h.kind {
                PatKind::When(p) if in_key => when.insert(p),
                PatKind::Unless(p) if in_key => unless.insert(p),
                PatKind::Then(p) if h.start >= value.start => then.insert(p),
                _ => {}
            }
        }
        for part in when.iter() {
            if !found.has(part) && !unless.has(part) && then.has(part) {
                found.insert(part);
                at.push((part, value.clone()));
            }
        }
    }
    at
}

/// The section that is the plan's title ("# Afspraken om je werk te verbeteren"): the first
/// heading, when every later heading is deeper. Its words name the plan, not a part of it.
fn document_title(plan: &Plan) -> Option<usize> {
    // A bold line alone at the top, over labelled parts and no heading: the title of a Word
    // export or a report ("**Gespreksverslag – verbetergesprek**").
    let headed = plan
        .sections
        .iter()
        .any(|s| matches!(s.origin, SectionOrigin::Heading(_)));
    if !headed && plan.sections.len() >= 3 {
        let first = &plan.sections[0];
        let alone = plan.blocks.get(first.block).is_some_and(|b| {
            first.block == 0
                && b.kind == BlockKind::Paragraph
                && b.bold_start.is_some()
                && plan.norm.text[first.title.end.min(b.norm.end)..b.norm.end]
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .is_empty()
        });
        if alone {
            return Some(0);
        }
    }
    let mut headings = plan
        .sections
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s.origin {
            SectionOrigin::Heading(l) => Some((i, l)),
            SectionOrigin::Field => None,
        });
    let (first, level) = headings.next()?;
    let mut rest = headings.peekable();
    (rest.peek().is_some() && rest.all(|(_, l)| l > level)).then_some(first)
}

/// Something that commits: a digit, a number word, a frequency, a weekday or month (also in a
/// compound: "dinsdagochtend"), "elke week" (`support-commits` and `rules/dates.toml`).
static COMMITS: LazyLock<Regex> = LazyLock::new(|| {
    let alt = |words: &mut dyn Iterator<Item = &str>| {
        let mut w: Vec<&str> = words.collect();
        w.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        w.iter()
            .map(|x| regex::escape(x))
            .collect::<Vec<_>>()
            .join("|")
    };
    let words = alt(&mut SUPPORT_COMMITS
        .iter()
        .chain(crate::analysis::dates::MONTHS.iter())
        .copied()
        .chain(
            crate::words::dates::NUMBER_WORDS
                .iter()
                .map(|(w, _)| *w)
                .filter(|w| *w != "een"),
        ));
    let days = alt(&mut crate::analysis::dates::WEEKDAYS.iter().copied());
    let each = alt(&mut crate::words::goals::EACH_WORDS.iter().copied());
    Regex::new(&format!(
        r"\d|(?-u:\b)(?:{words}|een keer|(?:{days})[a-z]*|(?:{each}) [a-z-]+)(?-u:\b)"
    ))
    .expect("commitment pattern compiles")
});
/// A part's hedges (`rules/sections.toml`), normalised, kept sorted by their first word so a
/// sentence is searched in one walk over its words, not once per hedge.
#[derive(Debug, Clone, Default)]
pub struct HedgeList {
    /// (first word, hedge), sorted.
    by_first: Vec<(String, String)>,
}

impl HedgeList {
    pub fn new<S: AsRef<str>>(hedges: &[S]) -> HedgeList {
        let mut by_first: Vec<(String, String)> = hedges
            .iter()
            .map(|h| {
                let h = h.as_ref().to_string();
                let first = h.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                (first.to_string(), h)
            })
            .collect();
        by_first.sort();
        by_first.dedup();
        HedgeList { by_first }
    }

    /// Each place (byte offset, hedge) a hedge begins in `sentence`, at the start of a word.
    fn places<'a>(&'a self, sentence: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        let word_char = |c: char| c.is_alphanumeric();
        let mut prev_word = false;
        sentence.char_indices().flat_map(move |(i, c)| {
            let starts = word_char(c) && !prev_word;
            prev_word = word_char(c);
            let candidates: &[(String, String)] = if starts {
                let rest = &sentence[i..];
                let end = rest.find(|c: char| !word_char(c)).unwrap_or(rest.len());
                let word = &rest[..end];
                let lo = self.by_first.partition_point(|(f, _)| f.as_str() < word);
                let hi = lo + self.by_first[lo..].partition_point(|(f, _)| f.as_str() == word);
                &self.by_first[lo..hi]
            } else {
                &[]
            };
            candidates
                .iter()
                .filter(move |(_, h)| sentence[i..].starts_with(h.as_str()))
                .map(move |(_, h)| (i, h.as_str()))
        })
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// True when one of the hedges stands in `sentence`.
    pub fn any_in(&self, sentence: &str) -> bool {
        self.places(sentence).next().is_some()
    }
}

/// True when a (normalised) sentence offers help only as a possibility.
pub fn possibility(sentence: &str, hedges: &HedgeList) -> bool {
    // (Not where the hedge reads on into whose request it was: "Op verzoek van betrokkene
    // ontvangt hij …" is help asked for and given.)
    let hedged = hedges.places(sentence).any(|(i, h)| {
        !crate::words::cues::HEDGE_EXCEPTIONS
            .iter()
            .any(|e| e.starts_with(h) && sentence[i..].starts_with(e))
    });
    if hedged {
        return true;
    }
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    // "kan … worden aangeboden": offered by nobody in particular — not "zodat je kan worden
    // ingezet", where the employee is the one.
    let passive = has(crate::words::cues::PASSIVE_MODALS)
        && has(crate::words::cues::PASSIVE_AUXILIARIES)
        && !has(SUPPORT_YOU);
    // "je kunt … terecht", "kun je … aanvragen": the modal next to the employee.
    let offered = words.windows(2).any(|p| {
        (SUPPORT_MODALS.contains(&p[0]) && SUPPORT_YOU.contains(&p[1]))
            || (SUPPORT_YOU.contains(&p[0]) && SUPPORT_MODALS.contains(&p[1]))
    });
    (has(SUPPORT_CONDITIONS) && has(SUPPORT_NEEDS)) || passive || (offered && has(SUPPORT_ASKING))
}

/// A condition on a need with a modal ("Indien nodig kunnen we de specialist vragen om een
/// keer mee te kijken", "Indien gewenst kan de applicatiespecialist nog een keer uitleg
/// geven"): a count in it does not commit to the help. ("Indien nodig plannen we twee extra
/// sessies" does commit.)
pub fn may_help(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    has(SUPPORT_CONDITIONS) && has(SUPPORT_NEEDS) && has(SUPPORT_MODALS)
}

/// True when a (normalised) sentence commits to a time, a frequency or an amount.
pub fn commits(sentence: &str) -> bool {
    COMMITS.is_match(sentence)
}

/// True when `phrase` stands in `hay` at the start of a word ("akkoord" in
/// "akkoordverklaring", not "tekenen" in "betekenen"), and with `whole` also at a word's end.
pub fn has_word(hay: &str, phrase: &str, whole: bool) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay.match_indices(phrase).any(|(i, m)| {
        let ends = !whole || !word(hay[i + m.len()..].chars().next());
        !word(hay[..i].chars().next_back()) && ends
    })
}

/// Words of a normalised sentence with their offsets.
pub fn words_at(text: &str, r: Range<usize>) -> Vec<(usize, &str)> {
    words_where(text, r, char::is_alphanumeric)
}

/// The ASCII words of `text` as the regex `(?-u:\b)` sees them (runs of `[A-Za-z0-9_]`), as
/// byte ranges: what the word scans of dates, units and forms of address walk over.
pub fn ascii_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    // (A table: this scan walks every byte of the plan several times.)
    static WORD: [bool; 256] = {
        let mut t = [false; 256];
        let mut c = 0;
        while c < 256 {
            let b = c as u8;
            t[c] = b.is_ascii_alphanumeric() || b == b'_';
            c += 1;
        }
        t
    };
    let b = text.as_bytes();
    let word = |c: u8| WORD[usize::from(c)];
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !word(b[i]) {
            i += 1;
        }
        let start = i;
        while i < b.len() && word(b[i]) {
            i += 1;
        }
        (i > start).then_some(start..i)
    })
}

/// Runs of characters that `keep` accepts, with their offsets ("80%" with `%` kept).
pub fn words_where(text: &str, r: Range<usize>, keep: impl Fn(char) -> bool) -> Vec<(usize, &str)> {
    let part = &text[r.clone()];
    let mut out = Vec::with_capacity(part.len() / 8);
    let mut start = None;
    let bytes = part.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // (ASCII without decoding: most of a plan.)
        let (c, len) = if bytes[i] < 0x80 {
            (char::from(bytes[i]), 1)
        } else {
            let c = part[i..].chars().next().unwrap_or('\u{FFFD}');
            (c, c.len_utf8())
        };
        match (keep(c), start) {
            (true, None) => start = Some(i),
            (false, Some(b)) => {
                out.push((r.start + b, &part[b..i]));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(b) = start {
        out.push((r.start + b, &part[b..]));
    }
    out
}

/// True when the plan text at normalised offset `n` starts with a capital in the source.
fn capital_at(plan: &Plan, n: usize) -> bool {
    let span = plan.span_of(n..n + 1);
    plan.source
        .get(span.start..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase)
}

/// True when normalised offset `n` opens a line of the source (after any indent or quote
/// marks).
fn line_start_at(plan: &Plan, n: usize) -> bool {
    let src = plan.span_of(n..n).start;
    let back = crate::span::floor_char_boundary(plan.source, src.saturating_sub(64));
    let before = &plan.source[back..src];
    let tail = before.rsplit('\n').next().unwrap_or(before);
    (tail.len() < before.len() || back == 0)
        && tail
            .trim_start_matches(|c: char| c.is_whitespace() || c == '>')
            .is_empty()
}

/// A sentence or table cell that names who holds an evaluation.
fn participants_named(
    plan: &Plan,
    hits: &[Hit],
    block_parts: &[PartSet],
    evaluation_bodies: &[Range<usize>],
    at_evaluation: &[usize],
) -> Option<Range<usize>> {
    let text = &plan.norm.text;
    // A sentence that dates an evaluation is about it: "Op 8 april en 11 mei bespreken wij de
    // tussentijdse resultaten met u." (`at_evaluation`: sorted source offsets.)
    let dates_one = |r: &Range<usize>| {
        let span = plan.span_of(r.clone());
        let k = at_evaluation.partition_point(|&x| x < span.start);
        at_evaluation.get(k).is_some_and(|&x| x < span.end)
    };
    let cues: Vec<usize> = hits
        .iter()
        .filter(|h| h.kind == PatKind::When(Part::Participants))
        .map(|h| h.start)
        .collect();
    let cue_in = |r: &Range<usize>| {
        let k = cues.partition_point(|&x| x < r.start);
        cues.get(k).is_some_and(|&x| x < r.end)
    };
    let calendar = |w: &str| {
        crate::analysis::dates::MONTHS.contains(&w) || crate::analysis::dates::WEEKDAYS.contains(&w)
    };
    // The header row of the table at hand ("| Moment | Datum | Met wie |").
    let mut header_row = None;
    for (i, b) in plan.blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::Heading(_)) {
            continue;
        }
        if b.kind == BlockKind::Cell && (i == 0 || plan.blocks[i - 1].kind != BlockKind::Cell) {
            header_row = Some(b.row);
        }
        let parts = block_parts[i];
        if parts.has(Part::Problem) || parts.has(Part::History) {
            continue;
        }
        // An evaluations section, by its heading or by the evaluation dates in it ("Wanneer
        // praten we": "Eerste tussengesprek: donderdag 4 februari 2027").
        let in_section = parts.has(Part::Evaluations)
            || evaluation_bodies
                .iter()
                .any(|r| r.start <= b.norm.start && b.norm.end <= r.end);
        // A cell of names in an evaluations table: "Joost, Marieke en Sanne Ouwehand".
        if in_section && b.kind == BlockKind::Cell {
            let ws = words_at(text, b.norm.clone());
            let names = ws.iter().filter(|(at, _)| capital_at(plan, *at)).count();
            let all = ws
                .iter()
                .all(|(at, w)| (capital_at(plan, *at) && !calendar(w)) || NAME_JOINERS.contains(w));
            // Two names ("Joost en Marieke"), or a name with "jij"/"ik": not a lone word such
            // as "Gepland" or "Online".
            let people = names >= 2 || (names == 1 && ws.len() >= 2);
            if people && all && header_row != Some(b.row) && !cue_in(&b.norm) {
                return Some(b.norm.clone());
            }
            // "| Tussenevaluatie 1 | Donderdag 28 januari 2027 – Kees, Mohamed |": a dated
            // cell that names two people.
            let named = ws
                .iter()
                .filter(|(at, w)| {
                    capital_at(plan, *at)
                        && !calendar(w)
                        && !crate::words::cues::LITTLE_WORDS.contains(w)
                })
                .take(2)
                .count();
            if named >= 2 && dates_one(&b.norm) {
                return Some(b.norm.clone());
            }
            continue;
        }
        if !in_section && !cue_in(&b.norm) && !dates_one(&b.norm) {
            continue;
        }
        // "Op 23 april hebben we het eindgesprek. Dat voer je met mij": the sentence after one
        // about a conversation, opening with "dat", is about it too.
        let mut cue_before = false;
        for s in crate::analysis::sentences::split_sentences(text, b.norm.clone()) {
            let ws = words_at(text, s.clone());
            let cued = cue_in(&s) || dates_one(&s);
            let goes_on = cue_before
                && ws
                    .first()
                    .is_some_and(|(_, w)| crate::words::cues::BACK_REFERENCES.contains(w));
            cue_before = cued || goes_on;
            if !in_section && !cued && !goes_on {
                continue;
            }
            let has = |list: &[&str]| ws.iter().any(|(_, w)| list.contains(w));
            let conducts = has(FIRST_PERSON) && has(CONDUCT_VERBS);
            // "met Dirk Mulder", "voert Kim met je", "Roos en ik", "ik ben bij", "met mij": a
            // person beside the conversation.
            let name =
                |(at, w): (usize, &str)| at > s.start && capital_at(plan, at) && !calendar(w);
            // "gevoerd door Wendy Schouten", "Pieter Mulder is aanwezig": the one who holds it,
            // and who attends.
            // "Jan Hoekstra is er ook bij": "er … bij" closing the sentence attends too.
            let er_bij = has(&["er"]) && ws.last().is_some_and(|(_, w)| *w == "bij");
            let attends = (has(ATTENDANCE_WORDS) || er_bij) && ws.iter().any(|&x| name(x));
            // "met jou en mij", "met jou, mij en Marco": the people after "met", up to a few
            // words on.
            let with_people = ws.iter().enumerate().any(|(i, (_, a))| {
                PERSON_PREPOSITIONS.contains(a)
                    && ws[i + 1..].iter().take(4).any(|&(at, w)| {
                        crate::words::cues::PERSON_PRONOUNS.contains(&w) || name((at, w))
                    })
            });
            let named = attends
                || with_people
                || ws.windows(2).any(|p| {
                    let (a, w) = (p[0].1, p[1].1);
                    (CONDUCT_VERBS.contains(&a) && name(p[1]))
                        // "Mevrouw Koster voert de gesprekken"; "Ilse voert de evaluaties
                        // met je": at the sentence's start, a word that is no pronoun,
                        // function word or `sentence-openers` word, before a verb in the
                        // third person.
                        || (name(p[0]) && CONDUCT_VERBS.contains(&w))
                        || (p[0].0 == s.start
                            && !calendar(a)
                            && !crate::words::cues::LITTLE_WORDS.contains(&a)
                            && !crate::words::cues::SENTENCE_OPENERS.contains(&a)
                            && !FIRST_PERSON.contains(&a)
                            && w.ends_with('t')
                            && CONDUCT_VERBS.contains(&w)
                            // "Verbetering leidt tot afsluiting" is no one holding anything.
                            && ws.get(2).is_none_or(|x| x.1 != "tot"))
                        || (w == "ik" && a == "en")
                        || (a == "ben" && w == "bij")
                })
                // "Tussenevaluatie: dinsdag 16 februari 2027 – Jasper en Annemiek", "Bij
                // beide gesprekken zijn Kevin en Yusuf", "… – Kees, Mohamed": people named
                // beside the conversation.
                || ws
                    .iter()
                    .filter(|&&(at, w)| {
                        // (Not a line's first word — "Tweede tussentijdse evaluatie" under
                        // the first — nor a capitalised article: "van De Vlonder".)
                        name((at, w))
                            && !crate::words::cues::LITTLE_WORDS.contains(&w)
                            && !line_start_at(plan, at)
                    })
                    .take(2)
                    .count()
                    >= 2
                // "kijken we samen terug": the writer and the employee.
                || (has(FIRST_PERSON) && has(crate::words::cues::TOGETHER_WORDS));
            if conducts || named {
                return Some(s);
            }
        }
    }
    None
}

/// The first sentence, in a block whose parts pass `keep` (headings left out), that passes
/// `hit` on its words; `may_hold` is a cheap look at the whole block first.
fn first_sentence(
    plan: &Plan,
    block_parts: &[PartSet],
    keep: impl Fn(PartSet) -> bool,
    may_hold: impl Fn(&str) -> bool,
    hit: impl Fn(&[(usize, &str)]) -> bool,
) -> Option<Range<usize>> {
    let text = &plan.norm.text;
    for (i, b) in plan.blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::Heading(_))
            || !keep(block_parts[i])
            || !may_hold(&text[b.norm.clone()])
        {
            continue;
        }
        for s in crate::analysis::sentences::split_sentences(text, b.norm.clone()) {
            if hit(&words_at(text, s.clone())) {
                return Some(s);
            }
        }
    }
    None
}

/// True when a support word is no help to the employee: a verb with the employee as its
/// subject ("consulten die jij afrekent of begeleidt", "je coacht de nieuwe collega's") — not
/// "je wordt begeleid door Ilse" or "je coach Ilse" —, or a participle describing a thing
/// ("de begeleidende mail").
fn own_work(before: &str, word: &str, after: &str, sentence: &str) -> bool {
    // The whole word: "begeleidt" is a verb; "werkbegeleider" and "begeleidende" are not. Of
    // a phrase ("laat zien hoe", "legt uit"), its first word.
    let full = match word.split_once(' ') {
        Some((first, _)) => first.to_string(),
        None => {
            let rest = after
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(after.len());
            format!("{word}{}", &after[..rest])
        }
    };
    let verb =
        !before.ends_with(char::is_alphanumeric) && (full.ends_with('t') || full.ends_with('d'));
    // The subject a few words before: "die jij begeleidt", "je legt de klant uit". ("je coach
    // Ilse" has no verb.)
    let subject = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(5)
        .any(|w| crate::words::cues::EMPLOYEE_SUBJECTS.contains(&w));
    let passive = sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| crate::words::cues::PASSIVE_FORMS.contains(&w));
    // "de begeleidende mail", "ondersteunende software": a present participle describes a
    // thing.
    let describes = full.ends_with("ende") || full.ends_with("enden");
    describes || (verb && subject && !passive)
}

/// Where a plan weighs causes: where the problem, the history or the cause is told, or in a
/// letter without sections.
fn where_causes_are_told(parts: PartSet) -> bool {
    parts.is_empty()
        || parts.has(Part::Problem)
        || parts.has(Part::History)
        || parts.has(Part::CauseAnalysis)
}

/// A sentence with a verb of explaining and a negation, where the problem is told (or in a
/// letter without sections): the plan says what does not cause the problem.
fn cause_ruled_out(plan: &Plan, block_parts: &[PartSet]) -> Option<Range<usize>> {
    first_sentence(
        plan,
        block_parts,
        where_causes_are_told,
        |body| EXPLAIN_VERBS.iter().any(|v| body.contains(v)),
        |ws| {
            let has = |list: &[&str]| ws.iter().any(|(_, w)| list.contains(w));
            has(EXPLAIN_VERBS) && has(NEGATIONS)
        },
    )
}

/// A cause weighed with the Dutch idiom for one, asked or denied: "We hebben gekeken of het
/// aan de route zelf ligt", "Dat komt niet door de software" — whatever the cause is.
fn cause_weighed(plan: &Plan, block_parts: &[PartSet]) -> Option<Range<usize>> {
    use crate::words::cues::{CAUSE_IDIOMS, CAUSE_QUESTIONS, CAUSE_SUBJECTS};
    const NEAR: usize = 6;
    first_sentence(
        plan,
        block_parts,
        where_causes_are_told,
        |body| {
            CAUSE_IDIOMS
                .iter()
                .any(|i| i.split(' ').next().is_some_and(|v| body.contains(v)))
        },
        |ws| {
            let is = |k: usize, list: &[&str]| ws.get(k).is_some_and(|(_, w)| list.contains(w));
            (0..ws.len()).any(|k| {
                CAUSE_IDIOMS.iter().any(|idiom| {
                    let Some((verb, prep)) = idiom.split_once(' ') else {
                        return false;
                    };
                    if ws[k].1 != verb {
                        return false;
                    }
                    // The preposition near the verb (only there: a long sentence stays
                    // linear), with the subject just before the idiom, and the cause asked
                    // ("of het aan de route ligt") or denied inside it ("het ligt niet aan",
                    // "dat komt dus niet door") — not "het ligt aan jou of je de norm haalt".
                    let window = k.saturating_sub(NEAR)..(k + NEAR + 1).min(ws.len());
                    window.clone().any(|j| {
                        let (first, last) = (j.min(k), j.max(k));
                        ws[j].1 == prep
                            && (first.saturating_sub(3)..first).any(|s| {
                                is(s, CAUSE_SUBJECTS)
                                    && (s > 0 && is(s - 1, CAUSE_QUESTIONS)
                                        || (first..last).any(|n| is(n, NEGATIONS)))
                            })
                    })
                })
            })
        },
    )
}

/// A sentence in which someone does something with the employee at a set time: "met je"
/// (`with-you`, `support-you`) closing the sentence or before a particle ("met je door", "met je
/// na"), and a time, frequency or amount that commits it ("elke maandag", "om 9.00 uur"). Not
/// a conversation the plan holds (an evaluation is no help), nor "met je klanten" (a
/// possessive before a noun).
fn done_with_you(plan: &Plan, block_parts: &[PartSet]) -> Option<Range<usize>> {
    use crate::words::cues::{EVALUATION_CUES, RUN_EVALUATION_CUES, WITH_YOU, WITH_YOU_PARTICLES};
    let text = &plan.norm.text;
    first_sentence(
        plan,
        block_parts,
        |parts| {
            !(parts.has(Part::Problem)
                || parts.has(Part::History)
                || parts.has(Part::CauseAnalysis)
                || parts.has(Part::Evaluations)
                || parts.has(Part::Signatures))
        },
        |body| WITH_YOU.iter().any(|w| body.contains(w)),
        |ws| {
            let with_you = ws.windows(2).enumerate().any(|(i, p)| {
                WITH_YOU.contains(&p[0].1)
                    && SUPPORT_YOU.contains(&p[1].1)
                    && ws
                        .get(i + 2)
                        .is_none_or(|(_, next)| WITH_YOU_PARTICLES.contains(next))
            });
            let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
                return false;
            };
            let sentence = &text[first.0..last.0 + last.1.len()];
            with_you
                && commits(sentence)
                && !EVALUATION_CUES
                    .iter()
                    .chain(RUN_EVALUATION_CUES)
                    .any(|c| sentence.contains(c))
        },
    )
}

/// A colleague compared under the same conditions, with the contrast that they do reach it:
/// "Collega's met hetzelfde rooster halen de norm wel", "Je collega werkte in dezelfde
/// periode met dezelfde drie ingangen. Zij verwerkte haar wijzigingen wel op tijd." The plan
/// ruled out the work as the cause, where the problem is told (or in a letter).
fn peers_compared(plan: &Plan, block_parts: &[PartSet]) -> Option<Range<usize>> {
    let text = &plan.norm.text;
    for (i, b) in plan.blocks.iter().enumerate() {
        let parts = block_parts[i];
        if matches!(b.kind, BlockKind::Heading(_))
            || !(parts.is_empty()
                || parts.has(Part::Problem)
                || parts.has(Part::History)
                || parts.has(Part::CauseAnalysis))
        {
            continue;
        }
        // (A cheap look at the block first: most name no colleague.)
        let body = &text[b.norm.clone()];
        if !PEER_WORDS.iter().any(|w| body.contains(w)) {
            continue;
        }
        let sentences = crate::analysis::sentences::split_sentences(text, b.norm.clone());
        for (k, s) in sentences.iter().enumerate() {
            let ws = words_at(text, s.clone());
            let has = |list: &[&str]| ws.iter().any(|(_, w)| list.contains(w));
            if !(has(PEER_WORDS) && has(SAME_CONDITIONS)) {
                continue;
            }
            // The contrast in this sentence or the next.
            let contrast = |r: &Range<usize>| {
                words_at(text, r.clone())
                    .iter()
                    .any(|(_, w)| PEER_CONTRASTS.contains(w))
            };
            if contrast(s) || sentences.get(k + 1).is_some_and(contrast) {
                return Some(s.clone());
            }
        }
    }
    None
}

/// The first sentence with a date before the plan's start and a word for a conversation
/// ("gesprek", "besproken"), outside the parts that plan ahead. An evaluation dated before
/// the start is a mistake in the plan (VT303), not its history.
fn conversation_before(plan: &Plan, r: &Reading, timeline: &Timeline) -> Option<Range<usize>> {
    use crate::words::cues::{EVALUATION_CUES, RUN_EVALUATION_CUES};
    let start = timeline.start.as_ref()?.date;
    let ahead = [
        Part::Evaluations,
        Part::Period,
        Part::Goals,
        Part::SuccessCriteria,
        Part::Support,
    ];
    let text = &plan.norm.text;
    for (d, date) in r.dates.iter().zip(&timeline.resolved).take(256) {
        if !date.is_some_and(|x| x.is_valid() && x < start) {
            continue;
        }
        let Some(b) = plan.block_at(d.range.start) else {
            continue;
        };
        // A row of a timeline table ("| di 15-09-2026 | Gesprek na het weglopen | Ruud |")
        // tells its date's event across its cells, in whatever section the table stands.
        let row = (plan.blocks[b].kind == BlockKind::Cell).then(|| {
            let cells = |i: &usize| {
                plan.blocks[*i].kind == BlockKind::Cell && plan.blocks[*i].row == plan.blocks[b].row
            };
            let first = (0..=b).rev().take_while(cells).last().unwrap_or(b);
            let last = (b..plan.blocks.len()).take_while(cells).last().unwrap_or(b);
            plan.blocks[first].norm.start..plan.blocks[last].norm.end
        });
        if row.is_none() && ahead.iter().any(|p| r.block_parts[b].has(*p)) {
            continue;
        }
        let sentence =
            row.unwrap_or_else(|| crate::analysis::sentences::sentence_at(plan, d.range.start));
        let said = &text[sentence.clone()];
        if RUN_EVALUATION_CUES.iter().any(|c| said.contains(c))
            && !EVALUATION_CUES.iter().any(|c| said.contains(c))
        {
            return Some(sentence);
        }
    }
    None
}

/// A sentence outside any other part that tells a shortfall: in the past, with a count or a
/// month, and a word of falling short.
fn shortfall_told(plan: &Plan, block_parts: &[PartSet]) -> Option<Range<usize>> {
    first_sentence(
        plan,
        block_parts,
        |parts| parts.is_empty() || parts.has(Part::Problem),
        |_| true,
        |ws| {
            let has = |list: &[&str]| ws.iter().any(|(_, w)| list.contains(w));
            let counted = ws.windows(2).any(|p| {
                let (a, w) = (p[0].1, p[1].1);
                w == "van"
                    && (a.chars().all(|c| c.is_ascii_digit())
                        || crate::analysis::dates::number_value(a).is_some())
            }) || has(COUNT_WORDS)
                || ws
                    .iter()
                    .any(|(_, w)| crate::analysis::dates::MONTHS.contains(w));
            // "te laat": a shortfall of two words.
            let pair = ws.windows(2).any(|p| {
                crate::words::cues::SHORTFALL_PHRASES
                    .iter()
                    .any(|f| f.split_once(' ') == Some((p[0].1, p[1].1)))
            });
            counted && told_as_past(ws) && (has(SHORTFALL_WORDS) || pair)
        },
    )
}

/// True when `w` looks like a past participle: a prefix and a -d, -t or -en ending
/// ("verwerkt", "besproken"); or "ge" inside a separable verb with a -d or -t ending
/// ("afgekeurd", "ingevuld") — not the "-gen" of an infinitive ("zorgen", "volgen").
pub(crate) fn past_participle(w: &str) -> bool {
    use crate::words::cues::PARTICIPLE_PREFIXES;
    w.len() >= 6
        && ((w.ends_with(['d', 't', 'n']) && PARTICIPLE_PREFIXES.iter().any(|p| w.starts_with(p)))
            || (w.ends_with(['d', 't']) && w.get(2..).is_some_and(|r| r.contains("ge"))))
}

/// A past form, or an auxiliary with a past participle: "stond", "heb je … gemist", "zijn
/// er 19 te laat verwerkt".
fn told_as_past(ws: &[(usize, &str)]) -> bool {
    use crate::words::cues::PERFECT_AUXILIARIES;
    let has = |list: &[&str]| ws.iter().any(|(_, w)| list.contains(w));
    let participle = past_participle;
    // A weak past before its subject, as a main clause after a fronted phrase has it: "bij 6
    // van de 17 diensten klokte je te laat in", "in november liep je" (strong forms are in
    // `PAST_VERBS`). Before a pronoun, a word in -te or -de is a verb, not an adjective.
    let weak_past_inverted = ws.windows(2).any(|p| {
        let (v, who) = (p[0].1, p[1].1);
        v.len() >= 5
            && (v.ends_with("te") || v.ends_with("de"))
            && crate::words::cues::SUBJECT_PRONOUNS.contains(&who)
    });
    has(PAST_VERBS)
        || weak_past_inverted
        || (has(PERFECT_AUXILIARIES) && ws.iter().any(|(_, w)| participle(w)))
}
