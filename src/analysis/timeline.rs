//! The plan's timeline: start and end, its length, evaluation moments and deadlines.

use crate::analysis::dates::{find_dates, Date, FoundDate};
use crate::analysis::parts::Part;
use crate::analysis::sentences::{line_at, sentence_at, split_sentences};
use crate::analysis::{DatedItem, Reading, Timeline};
use crate::plan::Plan;
use crate::span::Span;
use crate::words::dates::WEEK_WORDS;
// The cue lists (`RUN_SUBJECTS`, `START_CUES` …) are data: `rules/cues.toml`.
use crate::words::cues::{
    DEADLINE_CUES, DOCUMENT_DATE_KEYS, EARLIER, END_CUES, END_THROUGH_VERBS, END_VERBS,
    END_VERB_PREPOSITIONS, EVALUATION_CUES, FINAL_EVALUATION_WORDS, HISTORY_CUES,
    INTERIM_EVALUATION_WORDS, PAST_RUN, PAST_VERBS, PERIOD_WORDS, RUN_EVALUATION_CUES,
    RUN_SUBJECTS, RUN_VERBS, START_CUES, START_VERBS, START_VERB_PREPOSITIONS,
};
use crate::words::{cues, word_in};
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
    let joined = words.join(" ");
    // A word, or several in a row ("eerste dag", "laatste werkdag").
    let has = |list: &[&str]| {
        words.iter().any(|w| word_in(w, list))
            || list
                .iter()
                .any(|e| e.contains(' ') && super::has_word(&joined, e, true))
    };
    if has(cues::NOT_PERIOD_LABEL_WORDS) {
        return None;
    }
    if has(cues::START_LABEL_WORDS) {
        return Some(Role::Start);
    }
    if has(cues::END_LABEL_WORDS) {
        return Some(Role::End);
    }
    None
}

/// What a schedule's line says happens on its date, when that is the plan's start or end:
/// "start plan", "eindevaluatie en einde van het traject" (each thing it names on its own).
fn schedule_role(value: &str) -> Option<Role> {
    let value = &value[..crate::span::floor_char_boundary(value, value.len().min(80))];
    value
        .split([',', ';', '+', '&'])
        .flat_map(|p| p.split(" en "))
        .find_map(|piece| {
            let names_plan = piece
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| cues::PLAN_NOUNS.contains(&w));
            key_role(piece).filter(|_| names_plan)
        })
}

/// A sentence naming the plan (`RUN_SUBJECTS`) and when it runs (`RUN_VERBS`) is about the
/// period: "het traject loopt van … tot …", "dit verbeterplan start op …".
fn says_run(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| RUN_SUBJECTS.contains(w)) && words.iter().any(|w| RUN_VERBS.contains(w))
}

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

/// True when `cue` stands in `text` as a word or as the head of a compound, perhaps
/// inflected ("eindgesprek", "gesprekken", "tussentijdse"), not as its first part: the
/// "gesprek" of "training Gesprekstechniek" is no conversation.
pub fn as_head(text: &str, cue: &str) -> bool {
    // (Most cues are not there at all: the quick search first.)
    text.contains(cue)
        && text.match_indices(cue).any(|(i, _)| {
            let rest = &text[i + cue.len()..];
            let tail = rest.len() - rest.trim_start_matches(char::is_alphanumeric).len();
            tail == 0 || cues::HEAD_ENDINGS.contains(&&rest[..tail])
        })
}

/// True when `text` ends with `word` standing as a whole word.
fn ends_with_word(text: &str, word: &str) -> bool {
    text.ends_with(word)
        && !text[..text.len() - word.len()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// The label of the field whose value holds normalised offset `n`, when the label stands
/// apart from it ("| Tussenevaluatie | donderdag 2 april 2026 |"); else "".
fn field_key<'p>(plan: &'p Plan, n: usize) -> &'p str {
    let i = plan.fields.partition_point(|f| f.value.start <= n);
    match i.checked_sub(1).map(|i| &plan.fields[i]) {
        Some(f)
            if f.value.start <= n && n <= f.value.end && f.key.start < line_at(plan, n).start =>
        {
            &plan.norm.text[f.key.clone()]
        }
        _ => "",
    }
}

/// True when a term of employment or of a project (`employment-terms`) stands a few words
/// before the date at `n`, in its clause: "je contract, dat afloopt op 30 juni 2027".
fn term_of_employment(text: &str, from: usize, n: usize) -> bool {
    const WORDS: usize = 6;
    text[from.min(n)..n]
        .split(|c: char| !c.is_alphanumeric() && c != ',')
        .filter(|w| !w.is_empty())
        .rev()
        .take(WORDS)
        .any(|w| {
            let w = w.trim_end_matches(',');
            cues::EMPLOYMENT_TERMS.iter().any(|t| w.ends_with(t))
        })
}

/// True when the date at `n` is the value of a field that dates the document itself
/// ("**Datum:** 1 december 2026"): when the plan was written, not a moment in it.
fn document_date(plan: &Plan, n: usize) -> bool {
    // "Apeldoorn, 1 december 2026": a letter's place and date, alone on its line.
    let line = line_at(plan, n);
    let lead = plan.norm.text[line.start.min(n)..n].trim_end();
    // "[04-02-2027 16:42] Patrick Vos: …", "30-11-2026 17:04 - Marloes: …": when a chat
    // message was sent.
    // (Read in the source, where each message has its own line; a paragraph's lines are one
    // in the normalised text.)
    let src = plan.norm.src_start(n);
    let back = crate::span::floor_char_boundary(plan.source, src.saturating_sub(256));
    let src_line = plan.source[back..src].rfind('\n').map(|i| back + i + 1);
    let src_line = src_line.or((back == 0).then_some(0));
    if src_line.is_some_and(|ls| {
        crate::plan::chat_frame_at(plan.source, ls)
            .is_some_and(|(stamp, _)| stamp.contains(&(src - ls)))
    }) {
        return true;
    }
    if let Some(place) = lead.strip_suffix(',') {
        // The place may close a signing line: "Namens DistriNed: Ilse Vermeulen, teamleider
        // – Tilburg, 30 november 2026" (not a line about an evaluation).
        let line_text = &plan.norm.text[line.clone()];
        let about_evaluation = EVALUATION_CUES
            .iter()
            .chain(RUN_EVALUATION_CUES)
            .any(|c| line_text.contains(c));
        let segment = place
            .rsplit([',', ':', '-', '–', '—'])
            .next()
            .unwrap_or(place);
        let (place, place_start) = if about_evaluation {
            (place, line.start)
        } else {
            (segment, line.start + (place.len() - segment.len()))
        };
        let place_start = place_start + (place.len() - place.trim_start().len());
        let first_src = plan.norm.src_start(place_start.min(n));
        let capital = plan.source[first_src..].starts_with(char::is_uppercase);
        // (Counted only as far as the limit: a line of thousands of dates stays linear.)
        let one_word = !place.trim().is_empty() && place.trim().split(' ').take(4).count() <= 3;
        let rest = plan.norm.text[n..line.end].trim();
        let date_only = rest.split(' ').take(5).count() <= 4;
        if capital && one_word && date_only {
            return true;
        }
    }
    let i = plan.fields.partition_point(|f| f.value.start <= n);
    i.checked_sub(1).map(|i| &plan.fields[i]).is_some_and(|f| {
        f.value.start <= n && n <= f.value.end && {
            let key = plan.norm.text[f.key.clone()].trim_matches(|c: char| !c.is_alphanumeric());
            DOCUMENT_DATE_KEYS.contains(&key)
        }
    })
}

/// The text that says what a date is: its sentence (a letter's paragraph is one long line
/// about many things), with the field's label when that stands apart from it.
fn context(plan: &Plan, list_start: &[usize], n: usize) -> String {
    let (head, beside) = row_head(plan, n);
    format!(
        "{} {} {} {} {}",
        head,
        beside,
        lead_in(plan, list_start, n),
        field_key(plan, n),
        &plan.norm.text[sentence_at(plan, n)]
    )
}

/// For a date in a table cell, the row's first cell: "| Tussentijdse evaluatie | 18 februari |
/// Joost |" says what the date is, whatever the number of columns; for a date in the first
/// cell, the cell after it. And, for a date in a later cell, the cell after it too: "| ADM |
/// vrijdag 19 maart 2027 | eindgesprek met mij |" (a code first, then what happens).
fn row_head<'p>(plan: &'p Plan, n: usize) -> (&'p str, &'p str) {
    let Some(b) = plan.block_at(n) else {
        return ("", "");
    };
    let cell = &plan.blocks[b];
    if cell.kind != crate::plan::BlockKind::Cell {
        return ("", "");
    }
    // Back to the first cell of the row (at most a few columns).
    let mut first = b;
    while first > 0
        && b - first < 12
        && plan.blocks[first - 1].kind == crate::plan::BlockKind::Cell
        && plan.blocks[first - 1].row == cell.row
    {
        first -= 1;
    }
    // (The first 200 bytes: a cell of a megabyte stays linear over its dates.)
    let head = |k: usize| {
        let t = plan.block_text(k);
        &t[..crate::span::floor_char_boundary(t, t.len().min(200))]
    };
    // The date is the row's first cell ("| wo 7 apr | eerste tussenevaluatie | Henk |"):
    // the cell after it says what it is.
    let after = match plan.blocks.get(b + 1) {
        Some(next) if next.kind == crate::plan::BlockKind::Cell && next.row == cell.row => {
            head(b + 1)
        }
        _ => "",
    };
    if first != b {
        return (head(first), after);
    }
    (after, "")
}

/// For a date in a list item, the sentence that introduces the list ("De evaluaties vinden
/// plaats op:"): it says what every item is. `list_start[b]` is the first block of the run of
/// items block `b` stands in.
fn lead_in<'p>(plan: &'p Plan, list_start: &[usize], n: usize) -> &'p str {
    let Some(b) = plan.block_at(n) else {
        return "";
    };
    if plan.blocks[b].kind != crate::plan::BlockKind::Item || list_start[b] == 0 {
        return "";
    }
    let prev = &plan.blocks[list_start[b] - 1];
    let text = plan.text(prev.norm.clone()).trim_end();
    if prev.kind != crate::plan::BlockKind::Paragraph || !text.ends_with(':') {
        return "";
    }
    &plan.norm.text[sentence_at(plan, prev.norm.end.saturating_sub(1))]
}

/// True when the text between two dates makes them a range ("t/m", "tot en met"), a note in
/// brackets after the first left out: "1 februari 2027 (wk 5) tot en met 9 april 2027".
fn connects(between: &str) -> bool {
    let mut b = between.trim();
    // ") tot en met": the note closed after the first date ("week 19 (10 t/m 14 mei) …").
    b = b.strip_prefix(')').unwrap_or(b).trim_start();
    if b.starts_with('(') {
        if let Some(close) = b.find(')') {
            b = b[close + 1..].trim();
        }
    }
    cues::RANGE_CONNECTORS.contains(&b)
}

pub fn build(plan: &Plan, a: &Reading) -> Timeline {
    let text = &plan.norm.text;
    let mut t = Timeline::default();
    let mut start: Option<(FoundDate, Span)> = None;
    let mut end: Option<(FoundDate, Span)> = None;

    // 1. Front matter.
    for f in &plan.front_matter {
        let key = f.key.as_str();
        let role = if cues::FRONT_MATTER_START_KEYS.contains(&key) {
            Role::Start
        } else if cues::FRONT_MATTER_END_KEYS.contains(&key) {
            Role::End
        } else {
            continue;
        };
        let v = &f.norm_value;
        if let Some(d) = find_dates(v).into_iter().next() {
            let slot = if role == Role::Start {
                &mut start
            } else {
                &mut end
            };
            slot.get_or_insert((d, f.value_span));
        }
    }
    let elsewhere = [
        Part::Problem,
        Part::History,
        Part::Goals,
        Part::SuccessCriteria,
        Part::Evaluations,
        Part::Support,
    ];
    // A label that is itself a moment ("maandag 7 december: start van het traject", "vanaf
    // week 1: elke twee weken een werkoverleg") heads a line of a schedule: it says when,
    // and its text what (step 4a).
    let dated_key = |key: &Range<usize>| {
        let first = a.dates.partition_point(|d| d.range.start < key.start);
        let week = || {
            let words: Vec<&str> = text[key.clone()]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            words
                .windows(2)
                .any(|w| WEEK_WORDS.contains(&w[0]) && w[1].bytes().all(|c| c.is_ascii_digit()))
        };
        a.dates.get(first).is_some_and(|d| d.range.end <= key.end) || week()
    };
    // 2. Labelled lines and table rows — not a label that names a topic of the problem
    // ("**Start van de dag.** In week 44 stond de planning …").
    for field in &plan.fields {
        let Some(role) = key_role(&text[field.key.clone()]) else {
            continue;
        };
        if dated_key(&field.key) {
            continue;
        }
        let topic = plan.block_at(field.key.start).is_some_and(|b| {
            let parts = a.block_parts[b];
            !parts.has(Part::Period)
                && [Part::Problem, Part::History, Part::CauseAnalysis]
                    .iter()
                    .any(|p| parts.has(*p))
        });
        if topic {
            continue;
        }
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
    // 3. A range about the plan: "Looptijd: van 2 maart 2026 tot en met 29 mei 2026". A range
    // in a period section or in a sentence about the plan's run comes before single cues
    // ("Periode: 1 februari t/m 30 april" says more than a "vanaf 8 maart" elsewhere); one on
    // a line that only mentions the plan, after them (step 5). A range in the success criteria
    // ("geslaagd als over de periode 4 mei t/m 26 juni") is not the period.
    // 0: a period label or a sentence about the run; 1: a line that mentions the plan;
    // 2: as a last resort, any range of at least four weeks outside the history and the
    // problem ("Vanaf 8 februari tot en met 30 april werk je aan drie dingen").
    let ranges = |strength: u8,
                  start: &mut Option<(FoundDate, Span)>,
                  end: &mut Option<(FoundDate, Span)>| {
        if start.is_some() && end.is_some() {
            return;
        }
        // Full dates first: "week 4 t/m week 12 – maandag 25 januari 2027 tot en met vrijdag
        // 26 maart 2027" is the dates, the weeks only if there are no others.
        let weekless = |w: &&[FoundDate]| w[0].week.is_none() && w[1].week.is_none();
        for w in a
            .dates
            .windows(2)
            .filter(weekless)
            .chain(a.dates.windows(2).filter(|w| !weekless(w)))
        {
            if start.is_some() && end.is_some() {
                return;
            }
            if !connects(&text[w[0].range.end..w[1].range.start]) {
                continue;
            }
            let Some(block) = plan.block_at(w[0].range.start) else {
                continue;
            };
            if plan.block_at(w[1].range.start) != Some(block) {
                continue;
            }
            // (A range that heads a schedule's line says when something else happens: "24
            // december t/m 1 januari: kerstsluiting".)
            let k = plan
                .fields
                .partition_point(|f| f.key.start <= w[0].range.start);
            let schedule_line = k.checked_sub(1).map(|k| &plan.fields[k]).is_some_and(|f| {
                w[1].range.end <= f.key.end
                    && !text[f.value.clone()]
                        .split(|c: char| !c.is_alphanumeric())
                        .take(12)
                        .any(|w| cues::PLAN_NOUNS.contains(&w))
            });
            if schedule_line {
                continue;
            }
            let parts = a.block_parts[block];
            // The sentence itself says it is about the plan's run ("het traject loopt van …
            // tot en met …"), wherever it stands — a letter has no period section.
            let sentence = &text[sentence_at(plan, w[0].range.start)];
            // "Periode: 1 februari t/m 30 april": the range is the value of a period label.
            // The words just before the date on its line (a bounded look, so a long line of
            // ranges stays linear).
            let line_range = line_at(plan, w[0].range.start);
            let from = crate::span::ceil_char_boundary(
                text,
                w[0].range.start.saturating_sub(120).max(line_range.start),
            );
            let lead = &text[from..w[0].range.start];
            // … or of a table row headed so: "| Periode | 8 februari t/m 14 mei |".
            let period_word = |t: &str| cues::PERIOD_LABEL_WORDS.iter().any(|k| t.contains(k));
            let key = field_key(plan, w[0].range.start);
            let labelled = (lead.contains(':') && period_word(lead)) || period_word(key);
            let lead = if key.is_empty() { lead } else { key };
            // "Het liep van 7 september tot en met 13 november": the run of an earlier track.
            // … or "Oorspronkelijk traject: 5 oktober t/m 27 november" beside the new one.
            let words = |t: &str| {
                t.split(|c: char| !c.is_alphanumeric())
                    .any(|w| PAST_RUN.contains(&w) || EARLIER.contains(&w))
            };
            // A field's own key says which run it is: the lines of a block of fields
            // ("**Eerste plan:** …", "**Verlenging:** …") read as one sentence.
            let past = if labelled {
                words(lead)
            } else {
                words(sentence)
            };
            let about_plan = !past
                && match strength {
                    0 => labelled || says_run(sentence),
                    1 => {
                        parts.has(Part::Period)
                            || (PERIOD_WORDS.iter().any(|p| sentence.contains(p))
                                && !elsewhere.iter().any(|p| parts.has(*p)))
                    }
                    _ => {
                        // Years as written, the first taking the second's when it has none
                        // ("1 december t/m 28 februari 2027": the December before).
                        let y1 = w[1].year.or(w[0].year).unwrap_or(2028);
                        let y0 =
                            w[0].year
                                .unwrap_or(if w[0].month > w[1].month { y1 - 1 } else { y1 });
                        let (a0, a1) = (
                            Date::new(y0, w[0].month, w[0].day),
                            Date::new(y1, w[1].month, w[1].day),
                        );
                        !parts.has(Part::History)
                            && !parts.has(Part::Problem)
                            && !parts.has(Part::CauseAnalysis)
                            && a0.is_valid()
                            && a1.is_valid()
                            && a1.days() - a0.days() >= 28
                    }
                };
            if about_plan {
                start.get_or_insert_with(|| (w[0].clone(), plan.span_of(w[0].range.clone())));
                end.get_or_insert_with(|| (w[1].clone(), plan.span_of(w[1].range.clone())));
                break;
            }
        }
    };
    ranges(0, &mut start, &mut end);
    // 4. Prose with a cue: "het plan start op 7 april 2026 en eindigt op 30 juni 2026" — not
    // in the goals ("vanaf 1 november is de norm 45 per dag") or other parts.
    let outside_parts = |d: &FoundDate| {
        plan.block_at(d.range.start).is_none_or(|b| {
            let parts = a.block_parts[b];
            parts.has(Part::Period) || !elsewhere.iter().any(|p| parts.has(*p))
        })
    };
    // (A date in brackets after a numbered stretch restates it: "start in lesweek 16 (maandag
    // 4 januari 2027)" reads as "start in maandag 4 januari 2027".)
    let before_date = |d: &FoundDate| {
        let before = text[line_at(plan, d.range.start).start..d.range.start].trim_end();
        let Some(open) = before.strip_suffix('(') else {
            return before;
        };
        let open = open.trim_end();
        let number = open.trim_end_matches(|c: char| c.is_ascii_digit());
        if number.len() == open.len() || !number.ends_with(' ') {
            return before;
        }
        let name = number.trim_end();
        name.trim_end_matches(char::is_alphanumeric).trim_end()
    };
    // Or a start or end verb a few words before the date, in any word order: "start je op
    // maandag 4 januari", "je start per 1 maart", "het traject loopt tot en met 12 maart".
    let verb_cue = |d: &FoundDate, verbs: &[&str], preps: &[&str]| {
        let words: Vec<&str> = before_date(d)
            .rsplit(|c: char| !c.is_alphanumeric() && c != '/')
            .filter(|w| !w.is_empty())
            .take(5)
            .collect();
        // (Or the verb right before it: "we beginnen maandag 7 december".)
        if words.first().is_some_and(|w| verbs.contains(w)) {
            return true;
        }
        let Some(&prep) = words.first().filter(|w| preps.contains(w)) else {
            return false;
        };
        words.iter().skip(1).any(|w| {
            verbs.contains(w)
                && !(cues::END_THROUGH_NOT_PREPOSITIONS.contains(&prep)
                    && END_THROUGH_VERBS.contains(w))
        })
    };
    // A verb about the plan's run ("het traject begint op 1 maart") says more than a
    // schedule's line (4a), and that more than a cue word alone ("Vanaf 1 april is het
    // kasverschil …" in a letter's one paragraph, 4b).
    let verb_cued = |verbs: &[&str], preps: &[&str]| {
        a.dates
            .iter()
            .find(|d| outside_parts(d) && verb_cue(d, verbs, preps))
            .map(|d| (d.clone(), plan.span_of(d.range.clone())))
    };
    let cued = |cues: &[&str]| {
        a.dates
            .iter()
            .find(|d| outside_parts(d) && cues.iter().any(|c| ends_with_word(before_date(d), c)))
            .map(|d| (d.clone(), plan.span_of(d.range.clone())))
    };
    if start.is_none() {
        start = verb_cued(START_VERBS, START_VERB_PREPOSITIONS);
    }
    if end.is_none() {
        end = verb_cued(END_VERBS, END_VERB_PREPOSITIONS);
    }
    // 4a. A schedule's row with the date first and the plan's start or end beside it: "| ma 15
    // feb 2027 | start plan | … |", "| vr 7 mei 2027 | einde traject | – |".
    if start.is_none() || end.is_none() {
        for (i, cell) in plan.blocks.iter().enumerate() {
            let next = match plan.blocks.get(i + 1) {
                Some(n)
                    if cell.kind == crate::plan::BlockKind::Cell
                        && n.kind == crate::plan::BlockKind::Cell
                        && n.row == cell.row =>
                {
                    n
                }
                _ => continue,
            };
            // (Not a row of what happened before: "| 13 nov 2026 | einde vorig traject |".)
            let told = a.block_parts[i];
            if [Part::Problem, Part::History, Part::CauseAnalysis]
                .iter()
                .any(|p| told.has(*p))
            {
                continue;
            }
            let key = text[cell.norm.clone()].trim();
            let first = a.dates.partition_point(|d| d.range.start < cell.norm.start);
            let Some(d) = a
                .dates
                .get(first)
                .filter(|d| d.range.end <= cell.norm.end && d.range.len() + 8 >= key.len())
            else {
                continue;
            };
            let slot = match schedule_role(&text[next.norm.clone()]) {
                Some(Role::Start) => &mut start,
                Some(Role::End) => &mut end,
                None => continue,
            };
            slot.get_or_insert((d.clone(), plan.span_of(d.range.clone())));
        }
    }
    // … and a schedule's line, "- maandag 7 december: start van het traject".
    if start.is_none() || end.is_none() {
        for field in &plan.fields {
            let told = plan.block_at(field.key.start).map(|b| a.block_parts[b]);
            if told.is_some_and(|p| {
                [Part::Problem, Part::History, Part::CauseAnalysis]
                    .iter()
                    .any(|x| p.has(*x))
            }) {
                continue;
            }
            let first = a.dates.partition_point(|d| d.range.start < field.key.start);
            let Some(d) = a.dates.get(first).filter(|d| d.range.end <= field.key.end) else {
                continue;
            };
            let slot = match schedule_role(&text[field.value.clone()]) {
                Some(Role::Start) => &mut start,
                Some(Role::End) => &mut end,
                None => continue,
            };
            slot.get_or_insert((d.clone(), plan.span_of(d.range.clone())));
        }
    }
    // 4b. Then a cue word alone: "Vanaf 1 april is het kasverschil …".
    if start.is_none() {
        start = cued(START_CUES);
    }
    if end.is_none() {
        end = cued(END_CUES);
    }
    // 5. A range in a sentence that mentions the plan, then any plausible one.
    ranges(1, &mut start, &mut end);
    if start.is_none() && end.is_none() {
        ranges(2, &mut start, &mut end);
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
    // Dates without a year take the year that puts them nearest (within half a year) to a
    // dated neighbour in the same block ("op woensdag 14 januari 2026 … pas op vrijdag
    // 16 januari"), else to the plan's start ("van 25 april t/m 10 mei" in a plan from
    // February to May).
    // The start's month anchors, in the year written or taken from the end ("van maandag
    // 18 januari tot en met vrijdag 9 april 2027" starts in January 2027, so "29 september"
    // is 2026, not the September after the end).
    let dated = start
        .iter()
        .chain(end.iter())
        .map(|(d, _)| d)
        .chain(a.dates.iter())
        .find_map(|d| d.year.map(|y| (y, d.month)));
    let anchor = match (&start, dated) {
        (Some((s, _)), Some(an)) if s.year.is_none() => Some((nearest_year(an, s.month), s.month)),
        _ => dated,
    };
    let plan_year = |d: &FoundDate| anchor.map(|an| nearest_year(an, d.month));
    let mut resolved: Vec<Option<Date>> = Vec::with_capacity(a.dates.len());
    for (i, d) in a.dates.iter().enumerate() {
        // The first date of a range takes the year of the second: "maandag 15 juni t/m
        // vrijdag 28 augustus 2026" (the December before for "1 december t/m 28 februari").
        let ranged = a.dates.get(i + 1).filter(|n| {
            n.year.is_some()
                && d.range.end <= n.range.start
                && connects(&text[d.range.end..n.range.start])
        });
        // … and so do the dates of a list, from the last: "op donderdag 8 oktober, dinsdag
        // 27 oktober en donderdag 5 november 2026".
        let listed = || {
            let mut prev = d;
            for n in a.dates[i + 1..].iter().take(12) {
                let gap = text.get(prev.range.end..n.range.start)?;
                let joined = gap.len() <= 12
                    && gap
                        .split([' ', ','])
                        .filter(|w| !w.is_empty())
                        .all(|w| cues::LIST_JOINERS.contains(&w));
                if !joined {
                    return None;
                }
                if n.year.is_some() {
                    return Some(n);
                }
                prev = n;
            }
            None
        };
        let ranged = ranged.or_else(|| if d.year.is_none() { listed() } else { None });
        let y = d.year.or_else(|| {
            if let Some(n) = ranged {
                let y = n.year.unwrap_or_default();
                return Some(if d.month > n.month { y - 1 } else { y });
            }
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
        resolved.push(y.map(|y| d.in_year(y)));
    }
    let resolve = |d: &FoundDate| -> Option<Date> {
        let date = match a.dates.iter().position(|x| x.range == d.range) {
            Some(i) => resolved[i]?,
            None => d.in_year(d.year.or_else(|| plan_year(d))?),
        };
        date.is_valid().then_some(date)
    };
    t.start = start
        .as_ref()
        .and_then(|(d, s)| resolve(d).map(|date| DatedItem { date, span: *s }));
    // An end written as a week ("t/m week 21") is that week's Friday.
    t.end = end.as_ref().and_then(|(d, s)| {
        resolve(d).map(|date| DatedItem {
            date: if d.week.is_some() {
                Date::from_days(date.days() + 4)
            } else {
                date
            },
            span: *s,
        })
    });
    if t.end.is_none() {
        // "looptijd acht weken vanaf 2 maart 2026": the end follows from the length.
        if let (Some(s), Some(len)) = (&t.start, &t.length) {
            if let Some(date) = s.date.plus(len) {
                t.end = Some(DatedItem {
                    date,
                    span: plan.span_of(len.range.clone()),
                });
            }
        }
    }

    // Evaluation moments and deadlines.
    let mut list_start = Vec::with_capacity(plan.blocks.len());
    for (i, b) in plan.blocks.iter().enumerate() {
        let item = b.kind == crate::plan::BlockKind::Item;
        let prev_item = i > 0 && plan.blocks[i - 1].kind == crate::plan::BlockKind::Item;
        list_start.push(if item && prev_item {
            list_start[i - 1]
        } else {
            i
        });
    }
    // A week number is a calendar week only where it falls in the plan's run (from the
    // start's week to the end): "week 3" in a plan from March counts the plan's own weeks,
    // or weeks before it, and is no date vt-lint can check.
    for (d, r) in a.dates.iter().zip(resolved.iter_mut()) {
        if d.week.is_none() {
            continue;
        }
        let inside = match (&t.start, &t.end, r.as_ref()) {
            (Some(s), Some(e), Some(x)) => {
                x.days() >= s.date.days() - s.date.weekday() as i64 && x.days() <= e.date.days()
            }
            _ => false,
        };
        if !inside {
            *r = None;
        }
    }
    // "… over de periode van 11 januari tot en met 12 maart 2027": the plan's own run said
    // again, from its start to its end, is no moment in it (the first of those dates would
    // read as an interim evaluation beside "eindevaluatie").
    let mut run_again = vec![false; a.dates.len()];
    if let (Some(s), Some(e)) = (&t.start, &t.end) {
        for k in 1..a.dates.len() {
            let (x, y) = (&a.dates[k - 1], &a.dates[k]);
            if resolved[k - 1] == Some(s.date)
                && resolved[k] == Some(e.date)
                && x.range.end <= y.range.start
                && connects(&text[x.range.end..y.range.start])
            {
                run_again[k - 1] = true;
                run_again[k] = true;
            }
        }
    }
    let mut cues: Option<(Range<usize>, [bool; 4])> = None;
    for ((d, date), again) in a.dates.iter().zip(&resolved).zip(run_again) {
        let Some(date) = date.filter(|x| x.is_valid()) else {
            continue;
        };
        if again {
            continue;
        }
        let parts = a.parts_at(plan, d.range.start);
        // The cues of a sentence are read once, however many dates stand in it.
        let line_range = line_at(plan, d.range.start);
        let sentence = sentence_at(plan, d.range.start);
        let [history_cue, strong_cue, run_cue, planned] = match &cues {
            Some((r, c)) if *r == sentence => *c,
            _ => {
                let words = context(plan, &list_start, d.range.start);
                // A past tense tells what happened ("In je jaargesprek van 5 oktober stonden
                // …"): history too, for a date before the plan's run (see `in_run`).
                // One-word cues against the words; cues of several words as whole words in
                // the text.
                let split: Vec<&str> = words
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                let h = HISTORY_CUES.iter().any(|c| {
                    if c.contains(' ') {
                        super::has_word(&words, c, true)
                    } else {
                        split.contains(c)
                    }
                }) || split.iter().any(|w| PAST_VERBS.contains(w))
                    // "hebben mr. Hoekstra en ik met u gesproken": a perfect with "hebben".
                    // (A participle in -en by the list only: "om je voortgang te bespreken"
                    // has the shape too.)
                    || (split.iter().any(|w| cues::HAVE_AUXILIARIES.contains(w))
                        && split.iter().any(|w| {
                            (super::past_participle(w) && w.ends_with(['d', 't']))
                                || cues::STRONG_PARTICIPLES.contains(w)
                        }));
                let e = EVALUATION_CUES.iter().any(|c| as_head(&words, c));
                let w = RUN_EVALUATION_CUES.iter().any(|c| as_head(&words, c));
                let p = cues::PLANNED_CONVERSATIONS
                    .iter()
                    .any(|c| words.contains(c));
                cues = Some((sentence.clone(), [h, e, w, p]));
                [h, e, w, p]
            }
        };
        // "Op 8 april 2027 hebben we het eindgesprek": a date in the plan's own run is not
        // history, whatever the words around it.
        let in_run = t.start.as_ref().is_some_and(|s| date >= s.date);
        let evaluation_cue = strong_cue || (run_cue && t.start.as_ref().is_none_or(|_| in_run));
        // "per 1 december 2026 nog open", "sinds 1 september": a reference date.
        let word_before = text[line_range.start.min(d.range.start)..d.range.start]
            .split(|c: char| !c.is_alphanumeric())
            .rfind(|w| !w.is_empty());
        let reference = word_before.is_some_and(|w| cues::REFERENCE_DATE_WORDS.contains(&w))
            || term_of_employment(text, sentence.start.max(line_range.start), d.range.start);
        // The title of an appendix or history section dates what it reports ("**Bijlage 1 --
        // Gespreksverslag dinsdag 10 november 2026**").
        let k = plan
            .sections
            .partition_point(|s| s.title.start <= d.range.start);
        let in_history_title = k.checked_sub(1).is_some_and(|k| {
            plan.sections[k].title.end >= d.range.end && a.section_parts[k].has(Part::History)
        });
        // "- [x] Gesprek gevoerd (3 november 2026)": a ticked task before the run was done.
        let done = plan
            .block_at(d.range.start)
            .is_some_and(|b| plan.blocks[b].done);
        // (The cause analysis tells what was looked into: "de persmachine is op 3 november
        // nagekeken".)
        if parts.has(Part::History)
            || parts.has(Part::Problem)
            || (parts.has(Part::CauseAnalysis) && !in_run)
            || (history_cue && !in_run)
            || (done && !in_run)
            || reference
            || in_history_title
            || document_date(plan, d.range.start)
        {
            continue;
        }
        let item = DatedItem {
            date,
            span: plan.span_of(d.range.clone()),
        };
        // In an evaluations section every date is a conversation, but not a part of a month
        // in a sentence that names none: "Half juni begint de zomerpiek."
        let fuzzy_aside = d.approx && !run_cue;
        // Before the start, a conversation is one that was held ("| Intakegesprek | 26
        // november 2026 |"), unless the words call it an evaluation ("Tussenevaluatie: 5
        // januari", "Tussengesprek: 8 februari", under "## Evaluatiemomenten").
        let held = parts.has(Part::Evaluations)
            && t.start.is_some()
            && !in_run
            && !strong_cue
            && !planned
            && !evaluation_titled(plan, d.range.start);
        if held {
            continue;
        }
        if evaluation_cue
            || (parts.has(Part::Evaluations) && !parts.has(Part::Period) && !fuzzy_aside)
        {
            t.evaluations.push(item);
            // "Eindevaluatie: 29 mei", "| Eindbeoordeling | 29 mei |": the words just before it.
            // (Not past the sentence's start: "… en eindigt op 9 april. Op 23 maart houden wij
            // een tussentijdse evaluatie" is no final one.)
            let mut from = d
                .range
                .start
                .saturating_sub(40)
                .max(line_range.start)
                .max(sentence.start.min(d.range.start));
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before = format!(
                "{} {}",
                field_key(plan, d.range.start),
                &text[from..d.range.start]
            );
            // … or its own item or sentence says so, when it holds no other date:
            // "- donderdag 29 oktober 2026 (eindevaluatie)".
            let own = &text[sentence.clone()];
            let first = a.dates.partition_point(|x| x.range.start < sentence.start);
            let alone = a.dates[first..]
                .iter()
                .take(2)
                .filter(|x| x.range.end <= sentence.end)
                .count()
                == 1;
            let final_words = FINAL_EVALUATION_WORDS;
            let interim = INTERIM_EVALUATION_WORDS
                .iter()
                .any(|w| own.contains(w) || before.contains(w));
            t.final_evaluation.push(
                !interim
                    && (final_words.iter().any(|w| before.contains(w))
                        || (alone && final_words.iter().any(|w| own.contains(w)))),
            );
            continue;
        }
        if parts.has(Part::Signatures) {
            continue;
        }
        if deadline_cued(plan, d.range.start) {
            t.deadlines.push(item);
            continue;
        }
        // A date in a goal is its deadline, unless the goal names its deadline with a cue
        // and this date tells something else: "9 accounts verlengen tussen 1 juli en 30
        // september. Voor elk staat uiterlijk vrijdag 28 mei een opportunity in HubSpot."
        if parts.has(Part::Goals) {
            let cued_elsewhere = plan.block_at(d.range.start).is_some_and(|b| {
                let block = &plan.blocks[b].norm;
                let first = a.dates.partition_point(|x| x.range.start < block.start);
                a.dates[first..]
                    .iter()
                    .take_while(|x| x.range.end <= block.end)
                    .take(16)
                    .any(|x| x.range != d.range && deadline_cued(plan, x.range.start))
            });
            if !cued_elsewhere {
                t.deadlines.push(item);
            }
        }
    }
    t.resolved = resolved;
    t.undated_interim = undated_interim(plan, a);
    t
}

/// True when the innermost section around `at` has an evaluation word in its title
/// ("Evaluatiemomenten", "**Tussenevaluatie:**"), not only a word for a conversation
/// ("Gesprekken", "Intakegesprek:").
fn evaluation_titled(plan: &Plan, at: usize) -> bool {
    // Sections are in title order: the innermost around `at` is the last to start before
    // it that still holds it (a hostile file's thousands of sections are not all looked at).
    let before = plan.sections.partition_point(|s| s.title.start <= at);
    plan.sections[..before]
        .iter()
        .rev()
        .take(64)
        .find(|s| at <= s.body.end.max(s.title.end))
        .is_some_and(|s| {
            let title = &plan.norm.text[s.title.clone()];
            EVALUATION_CUES.iter().any(|c| title.contains(c))
        })
}

/// A deadline cue just before the date on its line: "uiterlijk", "voor", "vóór".
fn deadline_cued(plan: &Plan, at: usize) -> bool {
    let before = plan.norm.text[line_at(plan, at).start..at].trim_end();
    DEADLINE_CUES.iter().any(|c| ends_with_word(before, c))
}

/// A sentence outside the history and the problem that names an interim evaluation ("de
/// tussentijdse evaluatie", not "tussentijdse feedback" from a coach) and holds no date.
fn undated_interim(plan: &Plan, a: &Reading) -> bool {
    let text = &plan.norm.text;
    plan.blocks.iter().enumerate().any(|(i, b)| {
        let parts = a.block_parts[i];
        if parts.has(Part::History) || parts.has(Part::Problem) {
            return false;
        }
        let body = &text[b.norm.clone()];
        if !INTERIM_EVALUATION_WORDS.iter().any(|w| body.contains(w)) {
            return false;
        }
        split_sentences(text, b.norm.clone()).into_iter().any(|r| {
            let s = &text[r.clone()];
            let first = a.dates.partition_point(|d| d.range.start < r.start);
            INTERIM_EVALUATION_WORDS.iter().any(|w| s.contains(w))
                && EVALUATION_CUES.iter().any(|c| s.contains(c))
                && a.dates.get(first).is_none_or(|d| d.range.start >= r.end)
        })
    })
}
