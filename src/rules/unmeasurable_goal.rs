//! VT202 unmeasurable-goal: an item of a goals or success-criteria part with nothing to
//! measure it by — no number, percentage, amount, frequency, date, term or countable result.

use super::Cx;
use crate::analysis::parts::Part;
use crate::diagnostic::Text;
use crate::plan::BlockKind;
use std::ops::Range;

rule_meta!(
    META,
    UnmeasurableGoal,
    "een doel of succescriterium zonder maatstaf",
    "a goal or success criterion with nothing to measure it by",
);

use crate::analysis::measure::{counted, measurable, without_number, WEAK};
use crate::words::goals::{CONTINGENCY_OPENERS, EACH_WORDS};

/// The number before a list item ("3. Volledig logboek" → 3), read from the source line.
fn list_number(plan: &crate::plan::Plan, item: &crate::plan::Block) -> Option<u32> {
    plan.item_marker(item)
        .trim_end_matches(['*', '_'])
        .trim_end()
        .strip_suffix(['.', ')'])?
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .parse()
        .ok()
}

const MAX_NAME_WORDS: usize = 8;
const MAX_REFERENCES: usize = 64;

/// The table rows that measure a goal named in their first cell, by its number ("3.
/// Logboek") and its words of four letters or more: (number, words, whether the row counts).
fn references(cx: &Cx) -> Vec<(Option<u32>, Vec<String>, bool)> {
    let plan = cx.plan;
    let text = &plan.norm.text;
    let mut out = Vec::new();
    let mut i = 0;
    while i < plan.blocks.len() {
        let b = &plan.blocks[i];
        if b.kind != BlockKind::Cell {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < plan.blocks.len()
            && plan.blocks[j + 1].kind == BlockKind::Cell
            && plan.blocks[j + 1].row == b.row
        {
            j += 1;
        }
        let header = i == 0 || plan.blocks[i - 1].kind != BlockKind::Cell;
        // Only a table about goals or norms measures them (not the evaluations' schedule).
        let parts = cx.a.block_parts[i];
        let about_goals = parts.has(Part::Goals) || parts.has(Part::SuccessCriteria);
        if j > i && !header && about_goals {
            let first = text[b.norm.clone()].trim();
            let rest = &text[plan.blocks[i + 1].norm.start..plan.blocks[j].norm.end];
            // "3. Logboek", "3", "Doel 3": a goal's number, not "9–10" (weeks) or "2027".
            let numbered = first.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ');
            let digits = numbered.len()
                - numbered
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len();
            let after = numbered[digits..].trim_start_matches(['.', ')']);
            let n = (digits > 0 && digits <= 2 && (after.is_empty() || after.starts_with(' ')))
                .then(|| numbered[..digits].parse().ok())
                .flatten();
            // (A name is a few words: a cell of a megabyte gives its first few.)
            let words: Vec<String> = first
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| w.chars().count() >= 4 && !w.chars().all(|c| c.is_ascii_digit()))
                .filter(|w| {
                    !crate::words::goals::NUMBERING_HEADS
                        .iter()
                        .any(|h| w.ends_with(h))
                })
                .take(MAX_NAME_WORDS)
                .map(str::to_string)
                .collect();
            if measurable(rest) && (n.is_some() || !words.is_empty()) {
                out.push((n, words, counted(rest)));
                // Goals are named in a table of a few dozen rows; more are not looked at, so
                // a plan of many goals and many rows stays linear.
                if out.len() == MAX_REFERENCES {
                    break;
                }
            }
        }
        i = j + 1;
    }
    out
}

/// A line that opens with a short label: "Norm: minimaal 24", "Meting:".
fn label_line(t: &str) -> bool {
    let t = t.trim_start();
    t.find(':').is_some_and(|c| {
        let key = &t[..c];
        !key.is_empty() && key.split_whitespace().count() <= 3 && !key.contains(['.', ','])
    })
}

pub fn short_quote(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= 8 {
        s.trim().to_string()
    } else {
        format!("{} …", words[..8].join(" "))
    }
}

pub fn check(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    let plan = cx.plan;
    for own in unmeasured(cx, false) {
        let span = plan.span_of(own);
        let quote = short_quote(&plan.source[span.range()]);
        let message = Text::say("doel zonder maatstaf: ", "goal without a measure: ").quoted(quote);
        let help = Text::say(
            "maak het meetbaar: hoeveel, hoe vaak of wanneer — bijv. 'je beantwoordt 90% van de klantmails binnen één werkdag'",
            "make it measurable: how much, how often or by when — e.g. 'je beantwoordt 90% van de klantmails binnen één werkdag'",
        );
        cx.emit(&META, span, message, help);
    }
}

/// The goals and success criteria with nothing to measure them by (their own text). With
/// `counting`, also those whose only measure is a habit or a moment ("altijd", "voordat").
pub fn unmeasured(cx: &Cx, counting: bool) -> Vec<Range<usize>> {
    cx.goals
        .get_or_init(|| goals(cx))
        .iter()
        .filter(|g| if counting { !g.counted } else { !g.measurable })
        .map(|g| g.own.clone())
        .collect()
}

/// A goal or success criterion and what measures it, worked out once per plan.
#[derive(Debug)]
pub struct Goal {
    /// The item's own text.
    own: Range<usize>,
    /// Something to measure or check it by (VT202).
    measurable: bool,
    /// An amount, frequency, term or moment: more than a habit (VT201's constructions).
    counted: bool,
}

/// A table of two columns that sets out one goal, row by row ("| Verbeterpunt | … |",
/// "| Indicator | … |"), with a row keyed by its measure (a success-criteria or measuring
/// word) and none by another part: the text of the whole table. A table of more than a
/// few rows is no single goal.
fn goal_table(cx: &Cx, start: usize) -> Option<Range<usize>> {
    const ROWS: usize = 16;
    let plan = cx.plan;
    let cells: Vec<&crate::plan::Block> = plan.blocks[start..]
        .iter()
        .take_while(|b| b.kind == BlockKind::Cell)
        .take(ROWS * 2 + 2)
        .collect();
    let last = cells.last()?;
    // (A long table is no single goal.)
    if plan
        .blocks
        .get(start + cells.len())
        .is_some_and(|b| b.kind == BlockKind::Cell)
    {
        return None;
    }
    let rows = cells.chunk_by(|a, b| a.row == b.row);
    let mut measured = false;
    for (k, row) in rows.enumerate() {
        if row.len() != 2 {
            return None;
        }
        // (The header row is no key.)
        let key = crate::analysis::parts::clean_title(plan.text(row[0].norm.clone()));
        let parts = cx.engine.title_parts(&key);
        // A row about another part ("| Oorzaak | … |", "| Als het niet lukt | … |"): a plan
        // written as one table, not one goal.
        if k > 0
            && parts
                .iter()
                .any(|p| !matches!(p, Part::Goals | Part::SuccessCriteria | Part::Period))
        {
            return None;
        }
        let measure = key.split_whitespace().count() <= 3
            && (parts.has(Part::SuccessCriteria)
                || key
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| crate::words::goals::MEASURE_METHOD_WORDS.contains(&w)));
        measured |= k > 0 && measure;
    }
    measured.then(|| cells[0].norm.start..last.norm.end)
}

fn goals(cx: &Cx) -> Vec<Goal> {
    let plan = cx.plan;
    let mut out = Vec::new();
    // Items of one goal share its text: judge each stretch once.
    let mut judged: std::collections::HashMap<(usize, usize), (bool, bool)> = Default::default();
    let text = &plan.norm.text;
    let mut items: Vec<(Range<usize>, Range<usize>)> = Vec::new(); // (own text, text incl. children)
    let mut seen_rows = std::collections::HashSet::new();
    let goal_parts =
        |p: crate::analysis::parts::PartSet| p.has(Part::Goals) || p.has(Part::SuccessCriteria);
    // Goals set out under a heading of their own.
    let goal_heading =
        plan.sections.iter().zip(&cx.a.section_parts).any(|(s, p)| {
            matches!(s.origin, crate::plan::SectionOrigin::Heading(_)) && goal_parts(*p)
        });
    // Blocks that are only a section's title ("4.  **Verbeterpunten**"), not a label with
    // its goal after it ("**Kwaliteit.** Je QA-score is gemiddeld minimaal 80").
    let title_blocks: std::collections::HashSet<usize> = plan
        .sections
        .iter()
        .filter(|s| {
            let b = &plan.blocks[s.block].norm;
            text[s.title.end.min(b.end)..b.end]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .is_empty()
        })
        .map(|s| s.block)
        .collect();
    for (si, s) in plan.sections.iter().enumerate() {
        let parts = cx.a.section_parts[si];
        if !goal_parts(parts) {
            continue;
        }
        // "## Hoe we meten", "**Meting:**": how the goals are measured (who keeps the list,
        // which report), not goals.
        let title = crate::analysis::parts::clean_title(plan.text(s.title.clone()));
        let mut title_words = title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !crate::words::cues::LITTLE_WORDS.contains(w))
            .peekable();
        if title_words.peek().is_some()
            && title_words.all(|w| crate::words::goals::MEASURE_METHOD_WORDS.contains(&w))
        {
            continue;
        }
        // "| Verbeterpunten | tempo en doorlooptijd |" in an overview table: a summary of the
        // goals that follow under their own heading, not a goal.
        if goal_heading
            && s.origin == crate::plan::SectionOrigin::Field
            && plan.blocks[s.block].kind == BlockKind::Cell
        {
            continue;
        }
        // A heading that is also about another part ("Gevolgen bij onvoldoende resultaat")
        // is not a list of goals.
        let others = [
            Part::Problem,
            Part::History,
            Part::Support,
            Part::Evaluations,
            Part::Consequences,
            Part::PositiveOutcome,
        ];
        if others.iter().any(|p| parts.has(*p)) {
            continue;
        }
        let first = plan.blocks.partition_point(|b| b.norm.start < s.body.start);
        let last = plan.blocks.partition_point(|b| b.norm.start < s.body.end);
        let section_blocks = first..last;
        let mut parents: Vec<usize> = Vec::new();
        let mut attributed: std::collections::HashMap<usize, bool> = Default::default();
        // The first item of the list that block `i` is in (kept as the loop goes, so a long
        // list is walked once).
        let mut run_start = first;
        // The same for a table's first cell, and per table whether it is one goal set out
        // row by row.
        let mut table_start = first;
        let mut one_goal: std::collections::HashMap<usize, Option<Range<usize>>> =
            Default::default();
        let mut seen_tables = std::collections::HashSet::new();
        let mut lead_in_of: Option<(usize, Option<usize>)> = None;
        for i in section_blocks.clone() {
            let b = &plan.blocks[i];
            if i == first || plan.blocks[i - 1].kind != BlockKind::Item {
                run_start = i;
            }
            if i == first || plan.blocks[i - 1].kind != BlockKind::Cell {
                table_start = i;
            }
            // A subsection about another part ("4.3 Ondersteuning" under "4. Afspraken")
            // holds no goals.
            if others.iter().any(|p| cx.a.block_parts[i].has(*p)) {
                continue;
            }
            match b.kind {
                BlockKind::Item => {
                    let end_block = b.subtree_end.max(i + 1).min(plan.blocks.len());
                    let subtree_end = plan.blocks[end_block - 1].norm.end;
                    // A sub-item of a measured item ("QA-score minimaal 80; je let op: …") is
                    // measured by its parent.
                    while parents
                        .last()
                        .is_some_and(|&p: &usize| plan.blocks[p].depth >= b.depth)
                    {
                        parents.pop();
                    }
                    // A sub-item belongs to the goal above it: "Doel 1 — Eerste afspraken" with
                    // "Norm: minimaal 24" and "Meting: uit HubSpot" is one goal, measured when
                    // any of its lines gives a measure.
                    // (A parent that titles a section — "4.  **Verbeterpunten**" in a Word
                    // export — is no goal: its items stand on their own.)
                    // A list after its lead-in ("Bij elke operatie voer je alle vier de
                    // telmomenten uit:", "**Checklist vrijgave** (voor elke charge)") is
                    // measured by it: the lead-in ends in ':' or is a short title, and says
                    // each item holds every time (`each-words`, `all-words`). A lead-in that
                    // only dates the list does not measure a vague item in it.
                    let lead_in_uncached = || {
                        let l = run_start.checked_sub(1).filter(|&l| l >= first)?;
                        let lb = &plan.blocks[l];
                        let t = text[lb.norm.clone()].trim_end();
                        let every = t.split(|c: char| !c.is_alphanumeric()).any(|w| {
                            EACH_WORDS.contains(&w) || crate::words::goals::ALL_WORDS.contains(&w)
                        });
                        (lb.kind == BlockKind::Paragraph
                            && every
                            && (t.ends_with(':')
                                || crate::analysis::sentences::word_count(t) <= 12))
                            .then_some(lb.norm.start)
                    };
                    // (Read once per list: a long lead-in is not read again for each item.)
                    let mut lead_in = || {
                        if let Some((run, found)) = lead_in_of {
                            if run == run_start {
                                return found;
                            }
                        }
                        let found = lead_in_uncached();
                        lead_in_of = Some((run_start, found));
                        found
                    };
                    // The goal is the outermost item that is not a title: "Doel 1" with
                    // "Wat we verwachten:" and "Meting:" under it is measured by "Norm: …"
                    // two levels down.
                    // A title with labelled lines under it ("**Doel 1 – Cliëntonderzoek**"
                    // over "Wat we verwachten:", "Meting:") is that goal's title too.
                    // (Worked out once per title, over its direct children only, at most a
                    // few dozen: a list of many labelled lines stays linear.)
                    let mut attributes = |p: usize| {
                        *attributed.entry(p).or_insert_with(|| {
                            let pb = &plan.blocks[p];
                            let end = pb.subtree_end.max(p + 1).min(plan.blocks.len());
                            let mut c = p + 1;
                            let mut seen = 0;
                            while c < end && seen < 64 {
                                let cb = &plan.blocks[c];
                                if cb.kind == BlockKind::Item && cb.depth == pb.depth + 1 {
                                    if !label_line(&text[cb.norm.clone()]) {
                                        return false;
                                    }
                                    seen += 1;
                                }
                                c = cb.subtree_end.max(c + 1);
                            }
                            seen > 0
                        })
                    };
                    let goal = parents
                        .iter()
                        .copied()
                        .find(|&p| !title_blocks.contains(&p) || attributes(p));
                    let whole = match goal.or(parents.last().copied()) {
                        Some(p) if !title_blocks.contains(&p) || attributes(p) => {
                            let pb = &plan.blocks[p];
                            let end_block = pb.subtree_end.max(p + 1).min(plan.blocks.len());
                            pb.norm.start..plan.blocks[end_block - 1].norm.end.max(subtree_end)
                        }
                        None => lead_in().map_or(b.norm.start, |s| s)..subtree_end,
                        _ => b.norm.start..subtree_end,
                    };
                    parents.push(i);
                    // An item that only titles a section of its own ("6. **Evaluatie**" in a
                    // Word export) is a heading, not a goal.
                    if title_blocks.contains(&i) {
                        continue;
                    }
                    items.push((b.norm.clone(), whole));
                }
                BlockKind::Cell if seen_rows.insert(b.row) => {
                    // A row keyed by another part ("| Wie zitten erbij? | …", "| Als het lukt
                    // | …" in a plan written as one table) is that part, not a goal.
                    // (A key of a few words or a question: "| Begeleiding van nieuwe
                    // chauffeurs | … |" is a goal about guiding.)
                    let key = crate::analysis::parts::clean_title(plan.text(b.norm.clone()));
                    let short = key.split_whitespace().count() <= 3
                        || plan.text(b.norm.clone()).trim_end().ends_with('?');
                    let keyed_elsewhere = (short
                        && cx
                            .engine
                            .title_parts(&key)
                            .iter()
                            .any(|p| !matches!(p, Part::Goals | Part::SuccessCriteria)))
                        // So is a header field ("| Leidinggevende | Gerard van Dijk |").
                        || crate::words::placeholders::FORM_KEYS.contains(&key.as_str());
                    if keyed_elsewhere {
                        continue;
                    }
                    // The row's cells follow each other.
                    let row_end = plan.blocks[i..section_blocks.end]
                        .iter()
                        .take_while(|x| x.kind == BlockKind::Cell && x.row == b.row)
                        .last()
                        .map_or(b.norm.end, |x| x.norm.end);
                    // Skip the header row of a table.
                    let is_header = plan
                        .blocks
                        .get(i.wrapping_sub(1))
                        .is_none_or(|p| p.kind != BlockKind::Cell);
                    // A first cell that only numbers the goal ("| 5 | Houding | …") measures
                    // nothing: the row is read from its second cell.
                    let numbered = text[b.norm.clone()]
                        .trim()
                        .trim_end_matches(['.', ')'])
                        .bytes()
                        .all(|c| c.is_ascii_digit());
                    let from = match plan.blocks.get(i + 1) {
                        Some(n) if numbered && n.kind == BlockKind::Cell && n.row == b.row => {
                            n.norm.start
                        }
                        _ => b.norm.start,
                    };
                    if !is_header {
                        // "| Verbeterpunt | … |", "| Gewenst gedrag | … |", "| Indicator | … |":
                        // a two-column table of one goal, one of its rows the measure. The
                        // goal is the whole table.
                        // (Judged once, at its first row.)
                        let table = one_goal
                            .entry(table_start)
                            .or_insert_with(|| goal_table(cx, table_start))
                            .clone();
                        match table {
                            Some(t) if seen_tables.insert(t.start) => {
                                items.push((from..row_end, t))
                            }
                            Some(_) => {}
                            None => items.push((from..row_end, from..row_end)),
                        }
                    }
                }
                _ => {}
            }
        }
    }
    items.sort_by_key(|(own, _)| (own.start, own.end));
    // An item read in two sections (under "**Doel 1**" and under its label "Wat we
    // verwachten:") is one goal, measured by the wider of the two.
    items.dedup_by(|later, kept| {
        later.0 == kept.0 && {
            kept.1 = kept.1.start.min(later.1.start)..kept.1.end.max(later.1.end);
            true
        }
    });
    // A run of labelled lines ("Norm: minimaal 24 …", "Meting: uit HubSpot") next to each
    // other is one goal told by its attributes: measured when any line gives a measure.
    let labelled = |r: &Range<usize>| label_line(&text[r.clone()]);
    // … and so is a labelled sub-item after its goal's line: "- In maart handelt u 85 % binnen
    // 10 werkdagen af" with "- Meting: de maandrapportage" under one label.
    let depth = |r: &Range<usize>| plan.block_at(r.start).map(|b| plan.blocks[b].depth);
    // (Numbered goals with a title each, "1. **Op tijd**: …", "2. **Boordcomputer**: …",
    // are goals one by one, not the attributes of one.)
    let numbered = |r: &Range<usize>| {
        plan.block_at(r.start).is_some_and(|b| {
            plan.blocks[b].kind == BlockKind::Item && list_number(plan, &plan.blocks[b]).is_some()
        })
    };
    let mut k = 0;
    while k < items.len() {
        let mut end = k + 1;
        let nested = depth(&items[k].0).is_some_and(|d| d > 0);
        while end < items.len()
            && labelled(&items[end].0)
            && (labelled(&items[k].0) || (nested && depth(&items[end].0) == depth(&items[k].0)))
            && !(numbered(&items[k].0) && numbered(&items[end].0))
        {
            let gap = &text[items[end - 1].1.end.min(items[end].0.start)..items[end].0.start];
            if !gap.trim().is_empty() {
                break;
            }
            end += 1;
        }
        if end - k >= 2 {
            let whole = items[k].1.start.min(items[k].0.start)
                ..items[k..end].iter().map(|(_, w)| w.end).max().unwrap_or(0);
            for item in &mut items[k..end] {
                item.1 = whole.clone();
            }
        }
        k = end;
    }
    // Where labels of other parts stand ("Huidige situatie:", "Ondersteuning:").
    let mut other_labels: Vec<usize> = plan
        .sections
        .iter()
        .zip(&cx.a.section_parts)
        .filter(|(s, p)| {
            s.origin == crate::plan::SectionOrigin::Field
                && (p.has(Part::Problem) || p.has(Part::History) || p.has(Part::Support))
        })
        .map(|(s, _)| s.title.start)
        .collect();
    other_labels.sort_unstable();
    let referenced = references(cx);
    let support_cues: Vec<usize> =
        cx.a.hits
            .iter()
            .filter(|h| h.kind == crate::analysis::lexicon::PatKind::Phrase(Part::Support))
            .map(|h| h.start)
            .collect();
    let none = crate::analysis::HedgeList::default();
    let support_hedges = cx
        .engine
        .hedges()
        .iter()
        .find(|(p, _)| *p == Part::Support)
        .map_or(&none, |(_, h)| h);
    for (own, whole) in items {
        let own_text = text[own.clone()].trim();
        // "Kun je dat een dag niet, dan wijs je een vervanger aan": what to do when the goal
        // above cannot be met, not a goal of its own.
        let contingency = CONTINGENCY_OPENERS
            .iter()
            .any(|c| match c.strip_suffix('*') {
                Some(prefix) => own_text.starts_with(prefix),
                None => own_text
                    .strip_prefix(c)
                    .is_some_and(|rest| rest.starts_with(' ')),
            })
            && own_text.contains(", dan ");
        // Introductions ("… de volgende doelen:") and short labels with their goal under them
        // ("Salesquota" with sub-items) are not goals; a bare noun phrase on its own
        // ("Klantgerichtheid en tempo") is a goal with nothing to measure it by.
        let label = own_text.split_whitespace().count() <= 3
            && (whole.end > own.end || whole.start < own.start);
        if contingency
            || own_text.ends_with(':')
            || label
            || crate::analysis::placeholder::only_placeholders(own_text)
        {
            continue;
        }
        // "Als het lukt … dan ronden we het traject af", "Bij een niet-geslaagd traject: …"
        // in a goals table: what follows the track, not a goal (a `when` and a `then` of an
        // outcome in its own text).
        let outcome = |p: Part| {
            use crate::analysis::lexicon::PatKind;
            let k = cx.a.hits.partition_point(|h| h.start < own.start);
            let kinds: Vec<PatKind> = cx.a.hits[k..]
                .iter()
                .take_while(|h| h.start < own.end)
                .take(64)
                .map(|h| h.kind)
                .collect();
            kinds.contains(&PatKind::When(p)) && kinds.contains(&PatKind::Then(p))
        };
        if outcome(Part::PositiveOutcome) || outcome(Part::Consequences) {
            continue;
        }
        // Help offered in the list of agreements ("Indien gewenst kunt u een beroep doen op
        // een coach") is support, and VT206's when it is only offered: not a goal.
        let k = support_cues.partition_point(|&c| c < own.start);
        let support = support_cues.get(k).is_some_and(|&c| c < own.end);
        if support && crate::analysis::possibility(own_text, support_hedges) {
            continue;
        }
        // A labelled line about another part ("Huidige situatie: …") is not a goal.
        let i = other_labels.partition_point(|&t| t < own.start);
        if other_labels.get(i).is_some_and(|&t| t < own.end) {
            continue;
        }
        let first_date = cx.a.dates.partition_point(|d| d.range.start < whole.start);
        let has_date =
            cx.a.dates
                .get(first_date)
                .is_some_and(|d| d.range.end <= whole.end);
        let (measurable, counted) = *judged.entry((whole.start, whole.end)).or_insert_with(|| {
            let t = without_number(&text[whole.clone()]);
            let counted = counted(t);
            (counted || WEAK.is_match(t), counted)
        });
        // Numbered here and measured in a table further on ("3. Volledig logboek" with "| 3.
        // Logboek | alle vijf rubrieken ingevuld in minimaal 9 van elke 10 diensten |").
        let elsewhere = if has_date || measurable {
            None
        } else {
            // (A goal in a list: a table row is measured by its own cells.)
            let b = plan
                .block_at(own.start)
                .map(|b| &plan.blocks[b])
                .filter(|b| b.kind == BlockKind::Item);
            let n = b.and_then(|b| list_number(plan, b));
            // (A goal's first words: an item of a megabyte is not read again per row.)
            let goal_words: Vec<&str> = if b.is_some() && !referenced.is_empty() {
                own_text
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|g| !g.is_empty())
                    .take(64)
                    .collect()
            } else {
                Vec::new()
            };
            referenced
                .iter()
                .filter(|_| b.is_some())
                .find(|(row_n, words, _)| {
                    (n.is_some() && *row_n == n)
                        || words
                            .iter()
                            .any(|w| goal_words.iter().any(|g| g.ends_with(w.as_str())))
                })
                .map(|(_, _, counted)| *counted)
        };
        out.push(Goal {
            own,
            measurable: has_date || measurable || elsewhere.is_some(),
            counted: has_date || counted || elsewhere == Some(true),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::measurable;

    #[test]
    fn measures() {
        for s in [
            "je belt elke klant binnen 24 uur terug",
            "twee keer per week",
            "dagelijks",
            "uiterlijk vrijdag",
            "binnen een werkdag",
            "foutloos",
            "80%",
        ] {
            assert!(measurable(s), "{s}");
        }
        for s in [
            "je werkt zorgvuldiger",
            "je verbetert de sfeer in het team",
            "je laat zien dat je de werkwijze begrijpt",
            "je bent aanwezig op de groepen",
        ] {
            assert!(!measurable(s), "{s}");
        }
    }

    #[test]
    fn habits_check_a_goal_but_count_nothing() {
        assert!(super::measurable("je denkt na voordat je iets toezegt"));
        assert!(!super::counted("je denkt na voordat je iets toezegt"));
        assert!(super::counted("je belt binnen twee uur terug"));
        assert!(!super::counted("je communiceert open binnen het team"));
    }
}
