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
const DEADLINE_CUES: [&str; 10] = [
    "uiterlijk",
    "voor ",
    "deadline",
    "uiterste",
    "op zijn laatst",
    "niet later dan",
    "afgerond op",
    "klaar op",
    "afronden op",
    "behaald op",
];

/// The line (between source line breaks) of the block holding normalised offset `n`.
pub fn line_at(plan: &Plan, n: usize) -> Range<usize> {
    let Some(b) = plan.block_at(n) else {
        return n..n;
    };
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
        // Dates are in order and do not overlap, so their ends are sorted too: the first
        // date starting in the value is the only candidate.
        let first = a
            .dates
            .partition_point(|d| d.range.start < field.value.start);
        if let Some(d) = a.dates[first..]
            .first()
            .filter(|d| d.range.end <= field.value.end)
        {
            *slot = Some((d.clone(), plan.span_of(d.range.clone())));
        }
    }
    // 3. Prose: "van 2 maart 2026 tot en met 29 mei 2026", "2 maart – 29 mei 2026".
    if start.is_none() || end.is_none() {
        for w in a.dates.windows(2) {
            let between = &text[w[0].range.end..w[1].range.start];
            let b = between.trim();
            if matches!(
                b,
                "tot en met" | "t/m" | "tot" | "-" | "tm" | "t/m de" | "tot de"
            ) {
                if plan.block_at(w[0].range.start) != plan.block_at(w[1].range.start) {
                    continue;
                }
                start.get_or_insert((w[0].clone(), plan.span_of(w[0].range.clone())));
                end.get_or_insert((w[1].clone(), plan.span_of(w[1].range.clone())));
                break;
            }
        }
    }
    if start.is_none() {
        // "vanaf 2 maart 2026", "start op 2 maart 2026"
        for d in &a.dates {
            // Up to 24 bytes before the date, starting on a char boundary.
            let from = crate::span::ceil_char_boundary(text, d.range.start.saturating_sub(24));
            let before = &text[from..d.range.start];
            if before.ends_with("vanaf ")
                || before.ends_with("start op ")
                || before.ends_with("begint op ")
                || before.ends_with("ingang van ")
            {
                start = Some((d.clone(), plan.span_of(d.range.clone())));
                break;
            }
        }
    }
    // The length, when stated: "looptijd: acht weken", "het traject duurt acht weken".
    // Several durations on one long line look at it once (`last`), not once each.
    let mut last: Option<(Range<usize>, bool)> = None;
    for d in &a.durations {
        let range = line_at(plan, d.range.start);
        let states_length = match &last {
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
                last = Some((range, yes));
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
    let start_month = start.as_ref().map(|(d, _)| d.month);
    let resolve = |d: &FoundDate| -> Option<Date> {
        let y = match (d.year, year) {
            (Some(y), _) => y,
            (None, Some(y)) => match start_month {
                Some(sm) if d.month < sm => y + 1,
                _ => y,
            },
            (None, None) => return None,
        };
        let date = Date::new(y, d.month, d.day);
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

    // Evaluation moments and deadlines.
    // The cues of the last line looked at: many dates on one long line read it once.
    let mut cues: Option<(Range<usize>, bool, bool)> = None;
    for d in &a.dates {
        let Some(date) = resolve(d) else { continue };
        let parts = a.parts_at(plan, d.range.start);
        let line_range = line_at(plan, d.range.start);
        let (history_cue, evaluation_cue) = match &cues {
            Some((r, h, e)) if *r == line_range => (*h, *e),
            _ => {
                let line = &text[line_range.clone()];
                let h = HISTORY_CUES.iter().any(|c| line.contains(c));
                let e = EVALUATION_CUES.iter().any(|c| line.contains(c));
                cues = Some((line_range.clone(), h, e));
                (h, e)
            }
        };
        let in_history = parts.has(Part::History) || parts.has(Part::Problem) || history_cue;
        if in_history {
            continue;
        }
        let item = DatedItem {
            date,
            span: plan.span_of(d.range.clone()),
        };
        if evaluation_cue || (parts.has(Part::Evaluations) && !parts.has(Part::Period)) {
            t.evaluations.push(item);
            continue;
        }
        let before_start = d.range.start.saturating_sub(40);
        let mut bs = before_start;
        while !text.is_char_boundary(bs) {
            bs += 1;
        }
        let before = &text[bs.max(line_range.start)..d.range.start];
        if DEADLINE_CUES.iter().any(|c| before.contains(c)) || parts.has(Part::Goals) {
            t.deadlines.push(item);
        }
    }
    t
}
