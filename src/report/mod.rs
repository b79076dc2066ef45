//! Findings after suppression, and the parts checklist taken from the analysis.

pub mod suppress;

use crate::analysis::{
    self,
    parts::{self, Part},
};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::plan;
use crate::rules;

/// The outcome for one plan: its diagnostics and which parts it has.
#[derive(Debug, Clone)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    /// Per part (VT101–VT110 order): present and not empty.
    pub checklist: Vec<(Part, bool)>,
    /// Per part, same order: what showed it (for `--explain-parts`), when present.
    pub evidence: Vec<Option<analysis::Found>>,
}

/// Lint one plan.
pub fn lint(source: &str, config: &Config) -> Vec<Diagnostic> {
    check(source, config).diagnostics
}

/// Lint one plan and return the parts checklist too.
pub fn check(source: &str, config: &Config) -> Report {
    let plan = plan::Plan::parse(source);
    let engine = config.engine();
    let a = analysis::Analysis::new(&plan, engine);
    let mut cx = rules::Cx {
        plan: &plan,
        a: &a,
        config,
        engine,
        out: Vec::new(),
        goals: Default::default(),
    };
    for check in rules::CHECKS {
        check(&mut cx);
    }
    let mut diagnostics = cx.out;
    suppress::apply(&plan, config, &mut diagnostics);
    // "De achterstand werk je op korte termijn weg": a goal whose vague deadline VT203 reports
    // gets that finding, whose help fixes it, and not VT202 too.
    let deadlines: Vec<crate::Span> = diagnostics
        .iter()
        .filter(|d| d.rule == rules::Rule::VagueDeadline)
        .map(|d| d.span)
        .collect();
    if !deadlines.is_empty() {
        diagnostics.retain(|d| {
            d.rule != rules::Rule::UnmeasurableGoal
                || !deadlines
                    .iter()
                    .any(|x| d.span.start <= x.start && x.end <= d.span.end)
        });
    }
    diagnostics.sort_by(|x, y| {
        x.sort_key()
            .cmp(&y.sort_key())
            .then_with(|| x.message.cmp(&y.message))
    });
    diagnostics.dedup();
    // Parts with an empty section are not ticked off, whatever happens to VT111's findings.
    let mut empty_parts = parts::PartSet::default();
    for (ps, empty) in a.section_parts.iter().zip(&a.empty_sections) {
        if *empty {
            empty_parts.0 |= ps.0;
        }
    }
    let checklist: Vec<(Part, bool)> = Part::ALL
        .into_iter()
        .map(|p| (p, a.present.has(p) && !empty_parts.has(p)))
        .collect();
    let evidence = checklist
        .iter()
        .map(|&(p, ok)| if ok { a.found[p as usize] } else { None })
        .collect();
    Report {
        diagnostics,
        checklist,
        evidence,
    }
}
