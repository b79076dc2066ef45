//! The plan's timeline: start and end, its length, evaluation moments and deadlines.

use crate::analysis::{Analysis, DatedItem, Timeline};
use crate::dates::{find_dates, Date, FoundDate};
use crate::document::Plan;
use crate::parts::Part;
use crate::span::Span;
use crate::text::normalise;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Start,
    End,
}

/// What a label says a date is: "Startdatum", "Datum start", "Einddatum", "Einde traject".
fn key_role(key: &str) -> Option<Role> {
    let words: Vec<&str> = key
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |pred: &dyn Fn(&str) -> bool| words.iter().any(|w| pred(w));
    if has(&|w| {
        w.starts_with("evaluatie")
            || w.starts_with("eindevaluatie")
            || w.starts_with("eindbeoordeling")
            || w.starts_with("eindgesprek")
            || w == "einddoel"
    }) {
        return None;
    }
    if has(&|w| {
        w.starts_with("start")
            || w == "begindatum"
            || w == "begin"
            || w.starts_with("ingang")
            || w == "aanvang"
            || w == "vanaf"
    }) {
        return Some(Role::Start);
    }
    if has(&|w| {
        w == "einddatum"
            || w == "einde"
            || w == "eind"
            || w == "afronding"
            || w == "tot"
            || w == "t/m"
    }) {
        return Some(Role::End);
    }
    None
}

const EVALUATION_CUES: [&str; 12] = [
    "evaluatie",
    "evalueren",
    "evalueert",
    "evaluatiegesprek",
    "eindevaluatie",
    "eindbeoordeling",
    "voortgangsgesprek",
    "eindgesprek",
    "afsluitend gesprek",
    "beoordelingsmoment",
    "tussenevaluatie",
    "voortgangsbespreking",
];
const HISTORY_CUES: [&str; 6] = [
    "functioneringsgesprek",
    "beoordelingsgesprek",
    "hebben we",
    "heb je",
    "is besproken",
    "hebben wij",
];

const START_CUES: [&str; 7] = [
    "vanaf",
    "start op",
    "begint op",
    "ingang van",
    "start het traject op",
    "gaat in op",
    "loopt vanaf",
];
const END_CUES: [&str; 7] = [
    "eindigt op",
    "loopt af op",
    "loopt tot en met",
    "loopt tot",
    "eindigt",
    "stopt op",
    "afgesloten op",
];
const PERIOD_WORDS: [&str; 8] = [
    "looptijd",
    "traject",
    "verbeterplan",
    "dit plan",
    "het plan",
    "loopt",
    "duurt",
    "periode",
];
const DEADLINE_CUES: [&str; 12] = [
    "uiterlijk",
    "uiterlijk op",
    "voor",
    "deadline",
    "deadline:",
    "uiterste datum",
    "op zijn laatst",
    "niet later dan",
    "afgerond op",
    "klaar op",
    "afronden op",
    "behaald op",
];

/// The year for `month` nearest to the anchor (year, month): within half a year of it.
fn nearest_year((year, anchor_month): (i32, u32), month: u32) -> i32 {
    let diff = month as i32 - anchor_month as i32;
    if diff > 6 {
        year - 1
    } else if diff < -6 {
        year + 1
    } else {
        year
    }
}

/// True when `text` ends with `word` standing as a whole word.
fn ends_with_word(text: &str, word: &str) -> bool {
    text.ends_with(word)
        && !text[..text.len() - word.len()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// The text that says what a date is: its line, and for a labelled value or a table cell the
/// label too ("Tussenevaluatie | donderdag 2 april 2026").
fn context(plan: &Plan, n: usize) -> String {
    let (line, key) = context_parts(plan, n);
    let text = &plan.norm.text;
    match key {
        Some(k) => format!("{} {}", &text[k], &text[line]),
        None => text[line].to_string(),
    }
}

/// The line, and the key of a field whose value it continues.
type ContextKey = (Range<usize>, Option<Range<usize>>);

/// What `context` joins: the line, and the key of a field whose value it continues.
fn context_parts(plan: &Plan, n: usize) -> ContextKey {
    let line = line_at(plan, n);
    let i = plan.fields.partition_point(|f| f.value.start <= n);
    match i.checked_sub(1).map(|i| &plan.fields[i]) {
        Some(f) if f.value.start <= n && n <= f.value.end && f.key.start < line.start => {
            (line, Some(f.key.clone()))
        }
        _ => (line, None),
    }
}

/// The line (between source line breaks) of the block holding normalised offset `n`.
pub fn line_at(plan: &Plan, n: usize) -> Range<usize> {
    let Some(b) = plan.block_at(n) else {
        return n..n;
    };
    // Binary search in the block's line starts: building the block's lines for every date
    // made a paragraph of many dated lines quadratic.
    plan.block_line_at(b, n).unwrap_or(n..n)
}

pub fn build(plan: &Plan, a: &Analysis) -> Timeline {
    let text = &plan.norm.text;
    let mut t = Timeline::default();
    let mut start: Option<(FoundDate, Span)> = None;
    let mut end: Option<(FoundDate, Span)> = None;

    // 1. Front matter.
    for f in &plan.front_matter {
        let role = match f.key.as_str() {
            "startdatum" | "start" | "begindatum" | "ingangsdatum" | "datum start" => Role::Start,
            "einddatum" | "eind" | "einde" | "datum einde" => Role::End,
            _ => continue,
        };
        let v = normalise(&f.value);
        if let Some(d) = find_dates(&v).into_iter().next() {
            let slot = if role == Role::Start {
                &mut start
            } else {
                &mut end
            };
            slot.get_or_insert((d, f.value_span));
        }
    }
    // 2. Labelled lines and table rows.
    for field in &plan.fields {
        let Some(role) = key_role(&text[field.key.clone()]) else {
            continue;
        };
        let slot = if role == Role::Start {
            &mut start
        } else {
            &mut end
        };
        if slot.is_some() {
            continue;
        }
        if let Some(d) = a
            .dates
            .iter()
            .find(|d| d.range.start >= field.value.start && d.range.end <= field.value.end)
        {
            *slot = Some((d.clone(), plan.span_of(d.range.clone())));
        }
    }
    // 3. Prose with a cue: "het plan start op 7 april 2026 en eindigt op 30 juni 2026" — not
    // in the goals ("vanaf 1 november is de norm 45 per dag") or other parts.
    let elsewhere = [
        Part::Problem,
        Part::History,
        Part::Goals,
        Part::SuccessCriteria,
        Part::Evaluations,
        Part::Support,
    ];
    let outside_parts = |d: &FoundDate| {
        plan.block_at(d.range.start).is_none_or(|b| {
            let parts = a.block_parts[b];
            parts.has(Part::Period) || !elsewhere.iter().any(|p| parts.has(*p))
        })
    };
    let before_date =
        |d: &FoundDate| text[line_at(plan, d.range.start).start..d.range.start].trim_end();
    if start.is_none() {
        start = a
            .dates
            .iter()
            .find(|d| {
                outside_parts(d) && START_CUES.iter().any(|c| ends_with_word(before_date(d), c))
            })
            .map(|d| (d.clone(), plan.span_of(d.range.clone())));
    }
    if end.is_none() {
        end = a
            .dates
            .iter()
            .find(|d| {
                outside_parts(d) && END_CUES.iter().any(|c| ends_with_word(before_date(d), c))
            })
            .map(|d| (d.clone(), plan.span_of(d.range.clone())));
    }
    // 4. A range about the plan: "Looptijd: van 2 maart 2026 tot en met 29 mei 2026". A range in
    // the success criteria ("geslaagd als over de periode 4 mei t/m 26 juni") is not the period.
    if start.is_none() || end.is_none() {
        let mut period_line: Option<(Range<usize>, bool)> = None;
        for w in a.dates.windows(2) {
            let between = text[w[0].range.end..w[1].range.start].trim();
            if !matches!(
                between,
                "tot en met" | "t/m" | "tot" | "-" | "tm" | "t/m de" | "tot de"
            ) {
                continue;
            }
            let Some(block) = plan.block_at(w[0].range.start) else {
                continue;
            };
            if plan.block_at(w[1].range.start) != Some(block) {
                continue;
            }
            let parts = a.block_parts[block];
            let range = line_at(plan, w[0].range.start);
            // Each line is searched for the period words once, however many ranges it has.
            let period_words = match &period_line {
                Some((r, yes)) if *r == range => *yes,
                _ => {
                    let line = &text[range.clone()];
                    let yes = PERIOD_WORDS.iter().any(|p| line.contains(p));
                    period_line = Some((range, yes));
                    yes
                }
            };
            let about_plan = parts.has(Part::Period)
                || (period_words && !elsewhere.iter().any(|p| parts.has(*p)));
            if about_plan {
                start.get_or_insert((w[0].clone(), plan.span_of(w[0].range.clone())));
                end.get_or_insert((w[1].clone(), plan.span_of(w[1].range.clone())));
                break;
            }
        }
    }
    // The length, when stated: "looptijd: acht weken", "het traject duurt acht weken".
    // Several durations on one long line look at it once (`last_line`), not once each.
    let mut last_line: Option<(Range<usize>, bool)> = None;
    for d in &a.durations {
        let range = line_at(plan, d.range.start);
        let states_length = match &last_line {
            Some((r, yes)) if *r == range => *yes,
            _ => {
                let line = &text[range.clone()];
                let yes = [
                    "looptijd",
                    "duurt",
                    "duur",
                    "periode van",
                    "traject loopt",
                    "plan loopt",
                ]
                .iter()
                .any(|w| line.contains(w))
                    && !line.contains("binnen");
                last_line = Some((range, yes));
                yes
            }
        };
        if states_length {
            t.length = Some(d.clone());
            break;
        }
    }

    // Year for dates written without one.
    let year = start
        .as_ref()
        .and_then(|(d, _)| d.year)
        .or_else(|| end.as_ref().and_then(|(d, _)| d.year))
        .or_else(|| a.dates.iter().find_map(|d| d.year));
    t.year = year;
    // Dates without a year take the year that puts them nearest (within half a year) to a
    // dated neighbour in the same block ("op woensdag 14 januari 2026 … pas op vrijdag
    // 16 januari"), else to the plan's start ("van 25 april t/m 10 mei" in a plan from
    // February to May).
    let anchor = start
        .iter()
        .chain(end.iter())
        .map(|(d, _)| d)
        .chain(a.dates.iter())
        .find_map(|d| d.year.map(|y| (y, d.month)));
    let plan_year = |d: &FoundDate| anchor.map(|an| nearest_year(an, d.month));
    let mut resolved: Vec<Option<Date>> = Vec::with_capacity(a.dates.len());
    for (i, d) in a.dates.iter().enumerate() {
        let y = d.year.or_else(|| {
            let prev = i.checked_sub(1).map(|j| &a.dates[j]);
            match prev {
                Some(p)
                    if p.year.is_some()
                        && plan.block_at(p.range.start) == plan.block_at(d.range.start) =>
                {
                    Some(nearest_year((p.year.unwrap_or_default(), p.month), d.month))
                }
                _ => plan_year(d),
            }
        });
        resolved.push(y.map(|y| Date::new(y, d.month, d.day)));
    }
    let resolve = |d: &FoundDate| -> Option<Date> {
        let date = match a.dates.iter().position(|x| x.range == d.range) {
            Some(i) => resolved[i]?,
            None => Date::new(d.year.or_else(|| plan_year(d))?, d.month, d.day),
        };
        date.is_valid().then_some(date)
    };
    t.start = start
        .as_ref()
        .and_then(|(d, s)| resolve(d).map(|date| DatedItem { date, span: *s }));
    t.end = end
        .as_ref()
        .and_then(|(d, s)| resolve(d).map(|date| DatedItem { date, span: *s }));
    if t.end.is_none() {
        // "looptijd acht weken vanaf 2 maart 2026": the end follows from the length.
        if let (Some(s), Some(len)) = (&t.start, &t.length) {
            let date = Date::from_days(s.date.days() + len.days());
            t.end = Some(DatedItem {
                date,
                span: plan.span_of(len.range.clone()),
            });
        }
    }

    // Evaluation moments and deadlines. Many dates on one long line share its context,
    // built once (`last`), not copied again for every date.
    // What the dates of one line share, worked out once per line (many dates on one long
    // line used to search it again for each date): its cues, and where the first of the
    // "final evaluation" words ends.
    struct LineCues {
        key: ContextKey,
        history: bool,
        evaluation: bool,
        final_word_end: Option<usize>,
    }
    let mut last: Option<LineCues> = None;
    for (d, date) in a.dates.iter().zip(&resolved) {
        let Some(date) = date.filter(|x| x.is_valid()) else {
            continue;
        };
        let parts = a.parts_at(plan, d.range.start);
        let key = context_parts(plan, d.range.start);
        if last.as_ref().is_none_or(|c| c.key != key) {
            let line = context(plan, d.range.start);
            let line_start = key.0.start;
            let line_text = &text[key.0.clone()];
            last = Some(LineCues {
                history: HISTORY_CUES.iter().any(|c| line.contains(c)),
                evaluation: EVALUATION_CUES.iter().any(|c| line.contains(c)),
                final_word_end: ["eind", "afsluit", "laatste", "slot"]
                    .iter()
                    .filter_map(|w| line_text.find(w).map(|i| line_start + i + w.len()))
                    .min(),
                key,
            });
        }
        let cues = last.as_ref().expect("just set");
        let in_history = parts.has(Part::History) || parts.has(Part::Problem) || cues.history;
        if in_history {
            continue;
        }
        let item = DatedItem {
            date,
            span: plan.span_of(d.range.clone()),
        };
        if cues.evaluation || (parts.has(Part::Evaluations) && !parts.has(Part::Period)) {
            t.evaluations.push(item);
            // A word in the line before the date: its first occurrence ends before it.
            t.final_evaluation
                .push(cues.final_word_end.is_some_and(|e| e <= d.range.start));
            continue;
        }
        if parts.has(Part::Signatures) {
            continue;
        }
        let before = text[line_at(plan, d.range.start).start..d.range.start].trim_end();
        if DEADLINE_CUES.iter().any(|c| ends_with_word(before, c)) || parts.has(Part::Goals) {
            t.deadlines.push(item);
        }
    }
    t.resolved = resolved;
    t
}
