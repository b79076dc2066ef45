//! VT301–VT307: dates and the plan's timeline. The dates and the timeline are worked out
//! once in `analysis`/`timeline`; each rule here reads them.

use super::Cx;
use crate::analysis::dates::{days_in_month, Date, MONTHS, MONTHS_EN, WEEKDAYS, WEEKDAYS_EN};
use crate::analysis::parts::Part;
use crate::diagnostic::Label;
use crate::diagnostic::Text;

rule_meta!(
    INVALID_DATE,
    InvalidDate,
    "een datum die niet bestaat",
    "a date that does not exist"
);

rule_meta!(
    END_BEFORE_START,
    EndBeforeStart,
    "de einddatum ligt op of vóór de startdatum",
    "the end date is on or before the start date"
);

rule_meta!(
    DATE_OUTSIDE_PERIOD,
    DateOutsidePeriod,
    "een evaluatie of deadline ligt buiten de looptijd",
    "an evaluation or deadline lies outside the plan's period"
);

rule_meta!(
    PERIOD_TOO_SHORT,
    PeriodTooShort,
    "de looptijd is korter dan het minimum",
    "the period is shorter than the minimum"
);

rule_meta!(
    NO_INTERIM_EVALUATION,
    NoInterimEvaluation,
    "er is alleen een eindevaluatie, geen tussentijdse",
    "there is only a final evaluation, no interim one"
);

rule_meta!(
    WEEKDAY_MISMATCH,
    WeekdayMismatch,
    "de weekdag past niet bij de datum",
    "the weekday does not match the date"
);

rule_meta!(
    DATE_IN_PAST,
    DateInPast,
    "een evaluatie, deadline of einddatum ligt in het verleden",
    "an evaluation, deadline or end date lies in the past"
);

/// A weekday's name, (Dutch, English).
fn weekday_name(i: usize) -> (&'static str, &'static str) {
    (WEEKDAYS[i % 7], WEEKDAYS_EN[i % 7])
}

/// A date written out, (Dutch, English).
fn both(date: Date) -> (String, String) {
    (date.display(false), date.display(true))
}

/// VT301 and VT306: each date as written.
pub fn check_dates(cx: &mut Cx) {
    let plan = cx.plan;
    for (i, d) in cx.a.dates.iter().enumerate() {
        let span = plan.span_of(d.range.clone());
        let written = &plan.source[span.range()];
        let resolved = cx.a.timeline.resolved.get(i).copied().flatten();
        let y = resolved.map(|r| r.year);
        // Without any year, judge day and month against a leap year.
        let date = Date::new(y.unwrap_or(2028), d.month, d.day);
        if !date.is_valid() {
            let help = if !(1..=12).contains(&d.month) {
                Text::say("er zijn maar 12 maanden; in het Nederlands staat de dag voorop (dag-maand-jaar)", "there are only 12 months; Dutch dates put the day first (day-month-year)")
            } else {
                let n = days_in_month(date.year, d.month);
                let (m_nl, m_en) = (
                    MONTHS[d.month as usize - 1],
                    MONTHS_EN[d.month as usize - 1],
                );
                // Month and year are the plan's date in other words.
                let (nl, en) = match y {
                    Some(y) => (
                        format!("{m_nl} {y} heeft {n} dagen; controleer de datum"),
                        format!("{m_en} {y} has {n} days; check the date"),
                    ),
                    None => (
                        format!("{m_nl} heeft hoogstens {n} dagen; controleer de datum"),
                        format!("{m_en} has at most {n} days; check the date"),
                    ),
                };
                Text::new().plan_each_or(
                    nl,
                    en,
                    &(
                        "die maand heeft minder dagen; controleer de datum",
                        "that month has fewer days; check the date",
                    ),
                )
            };
            let message = Text::new()
                .quoted(written)
                .and_say(" bestaat niet", " does not exist");
            cx.emit(&INVALID_DATE, span, message, help);
            continue;
        }
        if let (Some((wd, _)), Some(_)) = (&d.weekday, y) {
            let actual = date.weekday();
            if *wd != actual {
                let (real_nl, real_en) = weekday_name(actual);
                let message = Text::new().quoted(written).and_say(
                    format!(" valt op een {real_nl}"),
                    format!(" falls on a {real_en}"),
                );
                let (date_nl, date_en) = both(date);
                let help = Text::say(
                    "pas de dag of de datum aan: ",
                    "correct the day or the date: ",
                )
                .plan_each(date_nl, date_en)
                .and_say(format!(" is een {real_nl}"), format!(" is a {real_en}"));
                cx.emit(&WEEKDAY_MISMATCH, span, message, help);
            }
        }
    }
    // Front matter dates are not plan text but are still checked.
    for f in &plan.front_matter {
        if !(f.key.contains("datum") || f.key == "start" || f.key == "einde") {
            continue;
        }
        let v = &f.norm_value;
        for d in crate::analysis::dates::find_dates(v) {
            if d.year.is_some() && !Date::new(d.year.unwrap(), d.month, d.day).is_valid() {
                let message = Text::new()
                    .quoted(f.value.clone())
                    .and_say(" bestaat niet", " does not exist");
                let help = Text::say(
                    "controleer de datum in de front matter",
                    "check the date in the front matter",
                );
                cx.emit(&INVALID_DATE, f.value_span, message, help);
            }
        }
    }
}

/// VT302, VT303, VT304, VT305, VT307: the timeline.
pub fn check_timeline(cx: &mut Cx) {
    let t = &cx.a.timeline;
    if let (Some(s), Some(e)) = (&t.start, &t.end) {
        let start_label = Label {
            span: s.span,
            message: Text::say("startdatum", "start date"),
        };
        let ((start_nl, start_en), (end_nl, end_en)) = (both(s.date), both(e.date));
        if e.date <= s.date {
            let message = Text::say("de einddatum (", "the end date (")
                .plan_each(end_nl, end_en)
                .and_say(
                    ") ligt niet na de startdatum (",
                    ") is not after the start date (",
                )
                .plan_each(start_nl, start_en)
                .and(")");
            let help = Text::say(
                "controleer dag, maand en jaar van beide data",
                "check the day, month and year of both dates",
            );
            cx.emit_with(&END_BEFORE_START, e.span, message, help, vec![start_label]);
        } else {
            let days = t.length_days().unwrap_or_default();
            let min = i64::from(cx.config.min_period_weeks) * 7;
            if days < min {
                let weeks = days as f64 / 7.0;
                // A count of days, not the plan's words; a Dutch decimal comma.
                let min = cx.config.min_period_weeks;
                let message = Text::say(
                    format!(
                        "de looptijd is {days} dagen ({weeks:.1} weken), korter dan {min} weken"
                    )
                    .replace('.', ","),
                    format!(
                        "the period is {days} days ({weeks:.1} weeks), shorter than {min} weeks"
                    ),
                );
                let help = Text::say(
                    "geef de werknemer een redelijke termijn om te verbeteren; twee tot drie maanden is gangbaar",
                    "give the employee a reasonable term to improve; two to three months is common",
                );
                cx.emit_with(
                    &PERIOD_TOO_SHORT,
                    e.span,
                    message,
                    help,
                    vec![start_label.clone()],
                );
            }
            // VT303: evaluations and deadlines outside the period.
            let period_nl = format!("{start_nl} – {end_nl}");
            let period_en = format!("{start_en} – {end_en}");
            let mut seen = std::collections::HashSet::new();
            // Help made ready before the start ("Peter maakt de checklist uiterlijk 23
            // december af", in the support part) prepares the plan: no date outside it.
            let preparing = |span: crate::span::Span| {
                let b = cx.plan.blocks.partition_point(|b| b.span.end <= span.start);
                cx.a.block_parts.get(b).is_some_and(|p| {
                    p.has(Part::Support) && !p.has(Part::Goals) && !p.has(Part::Evaluations)
                }) && cx.plan.blocks[b].span.start <= span.start
            };
            let evaluations = t.evaluations.iter().map(|i| (i, false));
            let deadlines = t.deadlines.iter().map(|i| (i, true));
            for (item, deadline) in evaluations.chain(deadlines) {
                if item.span == s.span || item.span == e.span || !seen.insert(item.span) {
                    continue;
                }
                if item.date < s.date && deadline && preparing(item.span) {
                    continue;
                }
                if item.date < s.date || item.date > e.date {
                    let written = &cx.plan.source[item.span.range()];
                    let message = Text::new()
                        .quoted(written)
                        .and_say(
                            " ligt buiten de looptijd (",
                            " lies outside the plan's period (",
                        )
                        .plan_each(period_nl.clone(), period_en.clone())
                        .and(")");
                    let help = Text::say(
                        "zet de datum binnen de looptijd, of pas de looptijd aan",
                        "move the date inside the period, or change the period",
                    );
                    let labels = vec![
                        Label {
                            span: s.span,
                            message: Text::say("startdatum", "start date"),
                        },
                        Label {
                            span: e.span,
                            message: Text::say("einddatum", "end date"),
                        },
                    ];
                    cx.emit_with(&DATE_OUTSIDE_PERIOD, item.span, message, help, labels);
                }
            }
        }
    }
    // VT305: dated evaluations, but none in the course of the track: each is called final or
    // falls in the last week.
    if let (Some(e), Some(first)) = (&t.end, t.evaluations.first()) {
        let started_before_end = t.start.as_ref().is_none_or(|s| s.date < e.date);
        let interim = t
            .evaluations
            .iter()
            .zip(&t.final_evaluation)
            .any(|(x, is_final)| !is_final && x.date.days() < e.date.days() - 7);
        // "De tussentijdse evaluatie plannen we binnenkort in": an interim evaluation without
        // a date is there; its missing date is the finding (VT203), not a missing interim.
        if started_before_end && !interim && !t.undated_interim {
            let message = Text::say(
                "er is alleen een eindevaluatie, geen tussentijdse",
                "there is only a final evaluation, no interim one",
            );
            let (end_nl, end_en) = both(e.date);
            let help = Text::say(
                "plan minstens één tussentijdse evaluatie vóór ",
                "plan at least one interim evaluation before ",
            )
            .plan_each_or(end_nl, end_en, &("de einddatum", "the end date"))
            .and_say(
                ", zodat de werknemer nog kan bijsturen",
                ", so the employee can still adjust",
            );
            cx.emit(&NO_INTERIM_EVALUATION, first.span, message, help);
        }
    }
    // VT307: evaluations, deadlines and the end in the past.
    let today = cx.config.today();
    let mut seen = std::collections::HashSet::new();
    let items = t.end.iter().chain(&t.evaluations).chain(&t.deadlines);
    let mut past: Vec<(crate::span::Span, Date)> = items
        .filter(|i| i.date < today && seen.insert(i.span))
        .map(|i| (i.span, i.date))
        .collect();
    past.sort();
    for (span, _) in past {
        let written = &cx.plan.source[span.range()];
        // Today is the run's date, not the plan's.
        let (today_nl, today_en) = both(today);
        let message = Text::new().quoted(written).and_say(
            format!(" ligt in het verleden (vandaag is {today_nl})"),
            format!(" lies in the past (today is {today_en})"),
        );
        let help = Text::say(
            "werk de datum bij; controleer je een oud plan, gebruik dan --today JJJJ-MM-DD",
            "update the date; when re-checking an old plan, use --today YYYY-MM-DD",
        );
        cx.emit(&DATE_IN_PAST, span, message, help);
    }
}
