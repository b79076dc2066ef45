//! VT308 target-outside-period: a target measured over a longer period than the plan runs
//! ("minimaal 80 % van het kwartaalquotum" in an eight-week plan) or in a quarter that ends
//! after the plan: it cannot be judged at the final evaluation.
//! VT309 absolute-target: a target that allows no error at all ("100 % foutloos", "nooit
//! meer te laat") where the work does not make that a norm.

use super::{Cx, Meta};
use crate::analysis::dates::Date;
use crate::analysis::lexicon::PatKind;
use crate::analysis::parts::Part;
use crate::diagnostic::Text;
use crate::plan::BlockKind;
use crate::words::goals::{
    HALF_YEAR_WORDS, MEASURE_HEADS, NORM_STEMS, ORDINAL_JOINERS, OUTCOME_WORDS, PAST_WORDS,
    PER_WORDS, TARGET_WORDS, WHOLE_WORDS,
};

/// The quarters by their ordinal, in order: "het derde kwartaal" is the third. (Grammar, not
/// vocabulary: the position is the number.)
const QUARTER_ORDINALS: [&str; 4] = ["eerste", "tweede", "derde", "vierde"];
use std::ops::Range;

rule_meta!(
    TARGET_OUTSIDE_PERIOD,
    TargetOutsidePeriod,
    "een doel dat over een langere periode wordt gemeten dan het traject duurt",
    "a target measured over a longer period than the plan runs",
);

rule_meta!(
    ABSOLUTE_TARGET,
    AbsoluteTarget,
    "een doel dat geen enkele fout toelaat",
    "a target that allows no error at all",
);

/// The measuring period a word names, in days: "per kwartaal" and "kwartaalquotum" 91,
/// "jaarlijks" and "jaaromzet" 365, "halfjaar" 182. The period words are the units of
/// `rules/dates.toml` and the `half-year-words` of `rules/goals.toml`; a compound counts when
/// its head is a `measure-heads` word, and "-lijks" or "-basis" after the period makes a rate.
fn period_days(word: &str, prev: Option<&str>) -> Option<i64> {
    // The period words and their length, longest first: built once.
    type Periods = (Vec<(&'static str, i64)>, [bool; 256]);
    static PERIODS: std::sync::LazyLock<Periods> = std::sync::LazyLock::new(|| {
        let mut v: Vec<(&str, i64)> = crate::words::dates::UNITS
            .iter()
            .filter_map(|&(w, unit)| match unit {
                crate::analysis::dates::Unit::Month => Some((w, 28)),
                crate::analysis::dates::Unit::Quarter => Some((w, 91)),
                crate::analysis::dates::Unit::Year => Some((w, 365)),
                _ => None,
            })
            .chain(HALF_YEAR_WORDS.iter().map(|&w| (w, 182)))
            .collect();
        v.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        // The bytes a period word starts with: most words are passed over on the first.
        let mut first = [false; 256];
        for (w, _) in &v {
            if let Some(&b) = w.as_bytes().first() {
                first[b as usize] = true;
            }
        }
        (v, first)
    });
    let (periods, first) = &*PERIODS;
    if !word.as_bytes().first().is_some_and(|&b| first[b as usize]) {
        return None;
    }
    let per = prev.is_some_and(|p| PER_WORDS.contains(&p));
    // The longest period word the word starts with, then what follows it.
    let &(period, days) = periods.iter().find(|(p, _)| word.starts_with(p))?;
    let rest = &word[period.len()..];
    if rest.is_empty() {
        return per.then_some(days);
    }
    let rest = rest.trim_start_matches(['e', 's']);
    let rate = matches!(rest, "lijks" | "basis");
    (rate || MEASURE_HEADS.contains(&rest)).then_some(days)
}

/// The length in days of "zes maanden", "12 maanden", "twee jaar" at word `k` (the unit),
/// when a window word ("over", "gedurende") stands up to three words before the number.
fn counted_period(ws: &[(usize, &str)], k: usize) -> Option<i64> {
    use crate::analysis::dates::Unit;
    let unit = crate::words::dates::UNITS
        .iter()
        .find(|(u, _)| *u == ws[k].1)
        .map(|(_, unit)| *unit)?;
    let per = match unit {
        Unit::Month => 28,
        Unit::Quarter => 91,
        Unit::Year => 365,
        _ => return None,
    };
    let n = ws.get(k.checked_sub(1)?)?.1;
    let n: i64 = n.parse().ok().or_else(|| {
        crate::words::dates::NUMBER_WORDS
            .iter()
            .find(|(w, _)| *w == n)
            .map(|(_, v)| i64::from(*v))
    })?;
    let window =
        (k.saturating_sub(5)..k - 1).any(|j| crate::words::goals::WINDOW_WORDS.contains(&ws[j].1));
    (window && (1..=120).contains(&n)).then_some(n * per)
}

/// Why a target cannot be judged within the plan.
#[derive(Clone, Copy)]
enum Why {
    /// Measured over a longer period than the plan runs.
    Longer,
    /// Measured at or over a time after the plan's end.
    After,
    /// Measured over a quarter that began well before the plan.
    Before,
}

/// The first and last day of the `n`th stretch of `months` months of `year`: a quarter
/// (3), a half year (6).
fn stretch(year: i32, n: u32, months: u32) -> (Date, Date) {
    let first = Date::new(year, months * (n - 1) + 1, 1);
    let last_month = months * n;
    let last = Date::new(
        year,
        last_month,
        crate::analysis::dates::days_in_month(year, last_month),
    );
    (first, last)
}

/// Sentences that state a goal or a success criterion: in a goals part, or holding a goal
/// or criterion phrase (a letter's "wij verwachten dat u …").
fn goal_sentences(cx: &Cx) -> Vec<Range<usize>> {
    let plan = cx.plan;
    let text = &plan.norm.text;
    let cues: Vec<usize> = cx
        .a
        .hits
        .iter()
        .filter(|h| {
            matches!(
                h.kind,
                PatKind::Phrase(Part::Goals | Part::SuccessCriteria) | PatKind::When(Part::Goals)
            )
        })
        .map(|h| h.start)
        .collect();
    let cue_in = |r: &Range<usize>| {
        let k = cues.partition_point(|&x| x < r.start);
        cues.get(k).is_some_and(|&x| x < r.end)
    };
    let mut out = Vec::new();
    // A list after "Voor periode 3 verwachten wij het volgende van u:" holds goals.
    let mut led_in = false;
    for (i, b) in plan.blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::Heading(_)) {
            led_in = false;
            continue;
        }
        if b.kind != BlockKind::Item {
            led_in = text[b.norm.clone()].trim_end().ends_with(':') && cue_in(&b.norm);
        }
        let parts = cx.a.block_parts[i];
        if parts.has(Part::Problem) || parts.has(Part::History) {
            continue;
        }
        // "Dat is een teamdoel en geen doel van dit plan": context, not a target.
        let body = &text[b.norm.clone()];
        if crate::words::goals::CONTEXT_MARKERS
            .iter()
            .any(|m| body.contains(m))
        {
            continue;
        }
        let in_goals = parts.has(Part::Goals)
            || parts.has(Part::SuccessCriteria)
            || (led_in && b.kind == BlockKind::Item);
        if !in_goals && !cue_in(&b.norm) {
            continue;
        }
        for s in crate::analysis::sentences::split_sentences(text, b.norm.clone()) {
            if in_goals || cue_in(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// The plan's first and last day, when both are known.
fn plan_bounds(cx: &Cx) -> Option<(Date, Date)> {
    let t = &cx.a.timeline;
    let start = t.start.as_ref()?.date;
    let end = match (&t.end, &t.length) {
        (Some(e), _) => e.date,
        (None, Some(len)) => start.plus(len)?,
        _ => return None,
    };
    (start.is_valid() && end.is_valid() && end.days() > start.days()).then_some((start, end))
}

pub fn check(cx: &mut Cx) {
    let outside = cx.enabled(&TARGET_OUTSIDE_PERIOD);
    let absolute = cx.enabled(&ABSOLUTE_TARGET);
    if !outside && !absolute {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    let bounds = plan_bounds(cx);
    let mut reports: Vec<(&'static Meta, Range<usize>, Text, Text)> = Vec::new();
    for s in goal_sentences(cx) {
        let ws = crate::analysis::words_where(text, s.clone(), |c| c.is_alphanumeric() || c == '%');
        let has = |list: &[&str]| ws.iter().any(|(_, w)| list.contains(w));
        if outside && !has(PAST_WORDS) {
            if let Some((start, end)) = bounds {
                let days =
                    cx.a.timeline
                        .length_days()
                        .unwrap_or(end.days() - start.days());
                // A number that is not a year ("minimaal 24", "80 %"), or a target word.
                let year_like = |w: &str| {
                    w.len() == 4 && w.parse::<i32>().is_ok_and(|y| (1900..=2200).contains(&y))
                };
                let target = ws.iter().any(|(_, w)| {
                    (w.chars().any(|c| c.is_ascii_digit()) && !year_like(w))
                        || TARGET_WORDS.contains(w)
                });
                // "De btw-aangiften over het eerste kwartaal liggen uiterlijk 20 april
                // klaar": with a deadline, a quarter that began before the plan is what the
                // work to deliver covers, not the period it is measured over.
                let delivered = has(crate::words::goals::DELIVERY_DEADLINE_WORDS);
                // "Het rooster voor mei 2027 staat er uiterlijk maandag 5 april 2027 in": with
                // a date to deliver by, a month is what is delivered, not when it is measured.
                let dated_delivery = ws.windows(2).any(|p| {
                    crate::words::goals::DELIVERY_DEADLINE_WORDS.contains(&p[0].1)
                        && (p[1].1.starts_with(|c: char| c.is_ascii_digit())
                            || crate::analysis::dates::WEEKDAYS.contains(&p[1].1))
                });
                let mut hit = None;
                for (k, &(at, w)) in ws.iter().enumerate() {
                    let prev = k.checked_sub(1).map(|p| ws[p].1);
                    // "Dit zijn geen Q1-OKR's", "niet over het hele kwartaal": a period
                    // denied is not what the goal is measured over — the negation with only
                    // little words or whole-words between it and the period ("geen klachten
                    // per kwartaal" denies the complaints, not the quarter).
                    let denied = (k.saturating_sub(4)..k).rev().find_map(|j| {
                        let w = ws[j].1;
                        if crate::words::cues::NEGATIONS.contains(&w) {
                            Some(true)
                        } else if crate::words::cues::LITTLE_WORDS.contains(&w)
                            || WHOLE_WORDS.contains(&w)
                        {
                            None
                        } else {
                            Some(false)
                        }
                    });
                    if denied == Some(true) {
                        continue;
                    }
                    if let Some(p) = period_days(w, prev) {
                        // A week's slack: a plan of thirteen weeks can judge a quarter.
                        if target && p > days + 7 {
                            hit = Some((at..at + w.len(), Why::Longer));
                            break;
                        }
                    }
                    // "gemeten over de eerste zes maanden van 2027", "over 12 maanden": a
                    // number of months or years measured over (`window-words` a few words
                    // before).
                    if let (true, Some(p)) = (target, counted_period(&ws, k)) {
                        if p > days + 7 {
                            let from = ws[k - 1].0;
                            hit = Some((from..at + w.len(), Why::Longer));
                            break;
                        }
                    }
                    // "in het derde kwartaal", "Q3 2027", "het eerste halfjaar": a quarter or
                    // half year that ends after the plan. Of "het tweede en derde kwartaal",
                    // the last.
                    let months = if w == "kwartaal" {
                        Some(3)
                    } else if HALF_YEAR_WORDS.contains(&w) {
                        Some(6)
                    } else {
                        None
                    };
                    let ordinal = |o: &str| QUARTER_ORDINALS.iter().position(|x| *x == o);
                    let q = match (months, w) {
                        (Some(m), _) => ws[..k]
                            .iter()
                            .rev()
                            .take_while(|(_, p)| {
                                ordinal(p).is_some() || ORDINAL_JOINERS.contains(p)
                            })
                            .find_map(|(_, p)| ordinal(p))
                            .filter(|&o| o < 12 / m)
                            .map(|o| (o, m)),
                        (_, w) if w.len() == 2 && w.starts_with('q') => w[1..]
                            .parse::<usize>()
                            .ok()
                            .filter(|q| (1..=4).contains(q))
                            .map(|q| (q - 1, 3)),
                        _ => None,
                    };
                    // "in de studentenevaluatie van juni 2027": a month after the plan's end.
                    if let Some(m) = crate::analysis::dates::MONTHS.iter().position(|x| *x == w) {
                        let year = ws
                            .get(k + 1)
                            .and_then(|(_, y)| y.parse::<i32>().ok())
                            .filter(|y| (1900..=2200).contains(y));
                        let day_before =
                            prev.is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()));
                        if let (Some(y), false, true, false) =
                            (year, day_before, target, dated_delivery)
                        {
                            if Date::new(y, m as u32 + 1, 1).days() > end.days() {
                                hit = Some((at..ws[k + 1].0 + ws[k + 1].1.len(), Why::After));
                                break;
                            }
                        }
                    }
                    // "over het gehele belastingjaar 2027", "schooljaar 2026-2027": a kind of
                    // year, whole or of a year.
                    if crate::words::goals::YEAR_KINDS.contains(&w)
                        && target
                        && 365 > days + 7
                        && (prev.is_some_and(|p| WHOLE_WORDS.contains(&p))
                            || ws.get(k + 1).is_some_and(|(_, y)| {
                                y.len() == 4
                                    && y.parse::<i32>().is_ok_and(|y| (1900..=2200).contains(&y))
                            }))
                    {
                        hit = Some((at..at + w.len(), Why::Longer));
                        break;
                    }
                    // "over heel 2027": a whole calendar year.
                    if prev.is_some_and(|p| WHOLE_WORDS.contains(&p)) && w.len() == 4 {
                        if let Ok(y) = w.parse::<i32>() {
                            let whole = Date::new(y, 12, 31).days() - Date::new(y, 1, 1).days();
                            if (1900..=2200).contains(&y) && whole > days + 7 {
                                hit = Some((ws[k - 1].0..at + w.len(), Why::Longer));
                                break;
                            }
                        }
                    }
                    if let Some((q, m)) = q {
                        let quarter = |y: i32, q: u32| stretch(y, q, m as u32);
                        // Without a year: the year in which that quarter meets the plan.
                        let meets = |y: i32| {
                            let (f, l) = quarter(y, q as u32 + 1);
                            f.days() <= end.days() && l.days() >= start.days()
                        };
                        // "Q3 2027", "het vierde kwartaal van 2026": the year, after a little word at most.
                        let after = match ws.get(k + 1) {
                            Some((_, w)) if crate::words::cues::LITTLE_WORDS.contains(w) => k + 2,
                            _ => k + 1,
                        };
                        let year = ws
                            .get(after)
                            .and_then(|(_, y)| y.parse::<i32>().ok())
                            .filter(|y| (1900..=2200).contains(y))
                            .unwrap_or(if meets(start.year) {
                                start.year
                            } else {
                                end.year
                            });
                        let (first, last) = quarter(year, q as u32 + 1);
                        // A quarter that runs on after the plan, or began well before it:
                        // either way the plan's period cannot judge it. One that ended
                        // before the start is where the employee stands now ("96 in het
                        // vierde kwartaal van 2026"), not a target.
                        let why = if last.days() < start.days() {
                            None
                        } else if last.days() > end.days() + 7 {
                            Some(Why::After)
                        } else if first.days() + 7 < start.days() && !delivered {
                            Some(Why::Before)
                        } else {
                            None
                        };
                        if let Some(why) = why {
                            let from = if months.is_some() { ws[k - 1].0 } else { at };
                            hit = Some((from..at + w.len(), why));
                            break;
                        }
                    }
                }
                if let Some((r, p)) = hit {
                    let weeks = days / 7;
                    let quote = plan.source[plan.span_of(r.clone()).range()].to_string();
                    let message = match p {
                        Why::Longer => Text::say(
                            "doel gemeten over een langere periode dan het traject: ",
                            "target measured over a longer period than the plan: ",
                        )
                        .quoted(quote)
                        .and_say(
                            format!(", terwijl het traject {weeks} weken duurt"),
                            format!(", while the plan runs {weeks} weeks"),
                        ),
                        Why::After => Text::say(
                            "doel gemeten na het einde van het traject: ",
                            "target measured after the plan has ended: ",
                        )
                        .quoted(quote),
                        Why::Before => Text::say(
                            "doel gemeten over een periode die vóór het traject begint: ",
                            "target measured over a period that begins before the plan: ",
                        )
                        .quoted(quote),
                    };
                    let help = Text::say(
                        "meet het doel binnen de looptijd, zodat je het bij de eindevaluatie kunt beoordelen — bijv. 'in de acht weken van het traject minimaal 24 klantafspraken'",
                        "measure the target within the plan's period, so the final evaluation can judge it — e.g. 'in de acht weken van het traject minimaal 24 klantafspraken'",
                    );
                    reports.push((&TARGET_OUTSIDE_PERIOD, r, message, help));
                }
            }
        }
        // Not where the work makes no error the norm, nor about what was ("vorig kwartaal was
        // je score 100 % correct").
        if absolute
            && !has(PAST_WORDS)
            && !ws
                .iter()
                .any(|(_, w)| NORM_STEMS.iter().any(|n| w.starts_with(n)))
        {
            let sentence = &text[s.clone()];
            let outcome =
                ws.iter().any(|(_, w)| OUTCOME_WORDS.contains(w)) || sentence.contains("op tijd");
            let found = ws.iter().enumerate().find_map(|(k, &(at, w))| {
                let next = ws.get(k + 1).map(|x| x.1);
                let len = match (w, next) {
                    ("foutloos" | "foutloze", _) => Some(w.len()),
                    ("100%", _) if outcome => Some(w.len()),
                    ("100", Some("%" | "procent")) | ("honderd", Some("procent")) if outcome => {
                        Some(ws[k + 1].0 + ws[k + 1].1.len() - at)
                    }
                    // "nooit meer te laat" — not "nooit meer dan vijf minuten", which has a margin.
                    ("nooit", Some("meer")) if ws.get(k + 2).is_none_or(|x| x.1 != "dan") => {
                        Some(ws[k + 1].0 + ws[k + 1].1.len() - at)
                    }
                    ("geen", Some("enkele")) => Some(ws[k + 1].0 + ws[k + 1].1.len() - at),
                    ("0" | "nul", Some("fouten")) => Some(ws[k + 1].0 + ws[k + 1].1.len() - at),
                    _ => None,
                };
                len.map(|l| at..at + l)
            });
            if let Some(r) = found {
                let message = Text::say("doel zonder enige marge: ", "target without any margin: ")
                    .quoted(plan.source[plan.span_of(r.clone()).range()].to_string());
                let help = Text::say(
                    "vergelijk het doel met wat collega's in dezelfde functie halen; een norm zonder fouten past alleen waar het werk dat eist (medicatie, veiligheid)",
                    "compare the target with what colleagues in the same job reach; a no-error norm fits only where the work demands it (medication, safety)",
                );
                reports.push((&ABSOLUTE_TARGET, r, message, help));
            }
        }
    }
    for (meta, r, message, help) in reports {
        cx.emit(meta, plan.span_of(r), message, help);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_named_by_words() {
        assert_eq!(period_days("kwartaalquotum", None), Some(91));
        assert_eq!(period_days("kwartaal", Some("per")), Some(91));
        assert_eq!(period_days("kwartaal", Some("het")), None);
        assert_eq!(period_days("jaaromzet", None), Some(365));
        assert_eq!(period_days("jaarplanning", None), None);
        assert_eq!(period_days("kwartaalgesprek", None), None);
        assert_eq!(period_days("halfjaarlijks", None), Some(182));
    }

    #[test]
    fn quarters_end_on_their_last_day() {
        assert_eq!(stretch(2027, 1, 3).1, Date::new(2027, 3, 31));
        assert_eq!(stretch(2027, 3, 3).0, Date::new(2027, 7, 1));
        assert_eq!(stretch(2027, 1, 6).1, Date::new(2027, 6, 30));
        assert_eq!(stretch(2027, 2, 6).0, Date::new(2027, 7, 1));
    }
}
