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
    /// Per part, the bodies of the sections that are that part: answers "which parts
    /// contain this offset" in O(log n) instead of a pass over every section.
    covers: Vec<Cover>,
}

/// Half-open ranges sorted by start, with the running maximum of their ends: whether some
/// range contains a point or a range is a binary search, however many ranges there are.
#[derive(Debug, Default, Clone)]
pub struct Cover {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Cover {
    pub fn new(mut ranges: Vec<Range<usize>>) -> Cover {
        ranges.sort_by_key(|r| r.start);
        let mut max = 0;
        let max_end = ranges
            .iter()
            .map(|r| {
                max = max.max(r.end);
                max
            })
            .collect();
        Cover {
            starts: ranges.into_iter().map(|r| r.start).collect(),
            max_end,
        }
    }

    /// Is there a range with `start <= r.start` and `r.end <= end`?
    pub fn contains(&self, r: &Range<usize>) -> bool {
        let k = self.starts.partition_point(|&s| s <= r.start);
        k > 0 && self.max_end[k - 1] >= r.end
    }

    /// Is there a range with `start <= n < end`?
    pub fn contains_point(&self, n: usize) -> bool {
        let k = self.starts.partition_point(|&s| s <= n);
        k > 0 && self.max_end[k - 1] > n
    }
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
        let covers = Part::ALL
            .iter()
            .map(|&part| {
                Cover::new(
                    plan.sections
                        .iter()
                        .zip(&section_parts)
                        .filter(|(_, p)| p.has(part))
                        .map(|(s, _)| s.body.start..s.body.end.max(s.body.start + 1))
                        .collect(),
                )
            })
            .collect();
        let mut a = Analysis {
            hits,
            section_parts,
            present,
            dates,
            durations,
            timeline: Timeline::default(),
            covers,
        };
        a.timeline = crate::timeline::build(plan, &a);
        if a.timeline.start.is_some() && (a.timeline.end.is_some() || a.timeline.length.is_some()) {
            a.present.insert(Part::Period);
        } else if a.period_stated(plan) {
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
        let period = Cover::new(
            plan.sections
                .iter()
                .zip(&self.section_parts)
                .filter(|(_, p)| p.has(Part::Period))
                .map(|(s, _)| s.body.clone())
                .collect(),
        );
        let in_period_section = |r: &Range<usize>| period.contains(r);
        if self.dates.iter().any(|d| in_period_section(&d.range))
            || self.durations.iter().any(|d| in_period_section(&d.range))
        {
            return true;
        }
        // Each block is read once, however many durations it holds.
        let mut last_block = None;
        self.durations.iter().any(|d| {
            let Some(b) = plan.block_at(d.range.start) else {
                return false;
            };
            if last_block.replace(b) == Some(b) {
                return false;
            }
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
    pub fn parts_at(&self, _plan: &Plan, n: usize) -> PartSet {
        let mut set = PartSet::default();
        for (part, cover) in Part::ALL.iter().zip(&self.covers) {
            if cover.contains_point(n) {
                set.insert(*part);
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
