//! vt-lint: checks Dutch performance-improvement plans (verbeterplannen) written in Markdown.
//!
//! The library does no I/O: `lint` takes the text and a `Config` and returns diagnostics.

pub mod analysis;
#[cfg(feature = "cli")]
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod guard;
#[cfg(feature = "cli")]
pub mod lsp;
pub mod plan;
#[cfg(feature = "cli")]
pub mod render;
pub mod report;
pub mod rules;
pub mod span;
pub mod suggest;
pub mod words;
#[cfg(feature = "cli")]
pub mod workspace;

pub use config::Config;
pub use diagnostic::{Diagnostic, Label, Severity};
pub use span::Span;

pub use report::{check, lint, Report};
