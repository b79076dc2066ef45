//! vt-lint: checks Dutch performance-improvement plans (verbeterplannen) written in Markdown.
//!
//! The library does no I/O: `lint` takes the text and a `Config` and returns diagnostics.

pub mod analysis;
#[cfg(feature = "cli")]
pub mod baseline;
#[cfg(feature = "cli")]
pub mod cli;
pub mod config;
#[cfg(feature = "cli")]
pub mod config_file;
pub mod dates;
pub mod diagnostic;
pub mod document;
pub mod fold;
pub mod guard;
pub mod headwords;
#[cfg(feature = "cli")]
pub mod input;
#[cfg(feature = "cli")]
pub mod invariants;
pub mod lexicon;
#[cfg(feature = "cli")]
pub mod lsp;
#[cfg(feature = "cli")]
pub mod parallel;
pub mod parts;
pub mod placeholder;
#[cfg(feature = "cli")]
pub mod render;
pub mod rules;
pub mod span;
pub mod suggest;
pub mod suppress;
pub mod text;
pub mod timeline;
pub mod words;
#[cfg(feature = "cli")]
pub mod write;

pub use config::Config;
pub use diagnostic::{Diagnostic, Label, Severity};
pub use span::Span;

use parts::Part;

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
    let plan = document::Plan::parse(source);
    let engine = config.engine();
    let a = analysis::Analysis::new(&plan, engine);
    let mut cx = rules::Cx {
        plan: &plan,
        a: &a,
        config,
        engine,
        en: config.en(),
        out: Vec::new(),
        goals: Default::default(),
    };
    for check in rules::CHECKS {
        check(&mut cx);
    }
    let mut diagnostics = cx.out;
    suppress::apply(&plan, config, &mut diagnostics);
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
