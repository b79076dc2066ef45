//! What every rule needs to know about a plan, worked out once: the word-list and phrase
//! hits, which sections are which part, the dates and the plan's timeline.

use crate::dates::{find_dates, find_durations, Date, Duration, FoundDate};
use crate::document::{Plan, SectionOrigin};
use crate::lexicon::{Engine, Hit, PatKind};
use crate::parts::{clean_title, Part, PartSet};
use crate::span::Span;
use std::ops::Range;

#[derive(Debug, Default)]
pub struct Analysis {
    pub hits: Vec<Hit>,
    /// Parts per section (same order as `plan.sections`).
    pub section_parts: Vec<PartSet>,
    /// Parts that the plan has, one way or another.
    pub present: PartSet,
    pub dates: Vec<FoundDate>,
    pub durations: Vec<Duration>,
    pub timeline: Timeline,
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
    pub deadlines: Vec<DatedItem>,
    /// The year used for dates written without one.
    pub year: Option<i32>,
}

impl Analysis {
    pub fn new(plan: &Plan, engine: &Engine) -> Analysis {
        let text = &plan.norm.text;
        let hits = engine.scan(text);
        let section_parts: Vec<PartSet> = plan
            .sections
            .iter()
            .map(|s| engine.title_parts(&clean_title(plan.text(s.title.clone()))))
            .collect();
        let mut present = PartSet::default();
        for p in &section_parts {
            present.0 |= p.0;
        }
        for h in &hits {
            if let PatKind::Phrase(p) = h.kind {
                present.insert(p);
            }
        }
        let dates = find_dates(text);
        let durations = find_durations(text);
        let mut a = Analysis {
            hits,
            section_parts,
            present,
            dates,
            durations,
            timeline: Timeline::default(),
        };
        a.timeline = crate::timeline::build(plan, &a);
        let start_and_end =
            a.timeline.start.is_some() && (a.timeline.end.is_some() || a.timeline.length.is_some());
        if start_and_end || a.period_stated(plan) {
            a.present.insert(Part::Period);
        } else {
            // A "Looptijd" heading alone does not make a period: it needs a date or a term.
            a.present.0 &= !Part::Period.bit();
        }
        if !a.timeline.evaluations.is_empty() {
            a.present.insert(Part::Evaluations);
        }
        a
    }

    /// A period section, or a sentence about the plan's length, that holds a date or a term.
    fn period_stated(&self, plan: &Plan) -> bool {
        let in_period_section = |r: &Range<usize>| {
            plan.sections
                .iter()
                .zip(&self.section_parts)
                .any(|(s, p)| p.has(Part::Period) && s.body.start <= r.start && r.end <= s.body.end)
        };
        if self.dates.iter().any(|d| in_period_section(&d.range))
            || self.durations.iter().any(|d| in_period_section(&d.range))
        {
            return true;
        }
        self.durations.iter().any(|d| {
            let Some(b) = plan.block_at(d.range.start) else {
                return false;
            };
            let t = plan.block_text(b);
            [
                "looptijd",
                "duurt",
                "duur ",
                "periode",
                "traject loopt",
                "plan loopt",
            ]
            .iter()
            .any(|w| t.contains(w))
        })
    }

    /// Parts of every section that contains normalised offset `n`.
    pub fn parts_at(&self, plan: &Plan, n: usize) -> PartSet {
        let mut set = PartSet::default();
        for (s, p) in plan.sections.iter().zip(&self.section_parts) {
            if s.body.start <= n && n < s.body.end.max(s.body.start + 1) {
                set.0 |= p.0;
            }
        }
        set
    }

    /// Sections recognised as a part, with their index.
    pub fn part_sections(&self, part: Part) -> impl Iterator<Item = usize> + '_ {
        self.section_parts
            .iter()
            .enumerate()
            .filter(move |(_, p)| p.has(part))
            .map(|(i, _)| i)
    }

    pub fn heading_sections<'p>(&self, plan: &'p Plan) -> impl Iterator<Item = usize> + 'p {
        plan.sections
            .iter()
            .enumerate()
            .filter(|(_, s)| matches!(s.origin, SectionOrigin::Heading(_)))
            .map(|(i, _)| i)
    }
}
