//! Suppression comments, applied after the rules have run:
//!
//! - `<!-- vt-lint-disable VT201 -->` … `<!-- vt-lint-enable VT201 -->`: a region, from the start
//!   of the line holding the `disable` comment to the `enable` comment (or the end of the file);
//! - `<!-- vt-lint-disable-next-line VT402 -->`: the next line that is not blank;
//! - no codes: every rule. Codes and names, separated by spaces or commas.
//!
//! A finding about the whole plan (a missing part, reported at the title) is also suppressed by
//! a `disable` that is never re-enabled, wherever it stands: that is a file-level suppression.
//! A suppression that suppressed nothing is reported as VT001, an unknown code or directive as
//! VT002.

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::Text;
use crate::document::Plan;
use crate::rules::{self, suppression, Meta};
use crate::span::{LineIndex, Span};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Disable,
    Enable,
    NextLine,
}

const DIRECTIVES: [(&str, Kind); 3] = [
    ("vt-lint-disable-next-line", Kind::NextLine),
    ("vt-lint-disable", Kind::Disable),
    ("vt-lint-enable", Kind::Enable),
];

#[derive(Debug)]
struct Directive {
    kind: Kind,
    comment: Span,
    /// Known rules named, with where each is written.
    codes: Vec<(&'static str, Span)>,
    /// No codes at all: every rule.
    all: bool,
    /// Where it takes effect: a region from the start of its line; `enable` at the comment.
    from: usize,
    /// For `disable-next-line`: the 0-based line it covers.
    line: Option<usize>,
}

impl Directive {
    fn covers(&self, code: &str) -> bool {
        self.all || self.codes.iter().any(|(c, _)| *c == code)
    }
}

/// Which (directive, code) pairs suppressed something; `None` for an all-rules directive.
type Used = BTreeSet<(usize, Option<&'static str>)>;

/// Read the directives in the plan's comments; problems in them go to `out` as VT002.
fn directives(
    plan: &Plan,
    index: &LineIndex,
    config: &Config,
    out: &mut Vec<Diagnostic>,
) -> Vec<Directive> {
    let src = plan.source;
    let en = config.en();
    let mut found = Vec::new();
    for c in &plan.comments {
        let inner = &src[c.inner.range()];
        // Tokens with their byte offsets in the source.
        let mut tokens: Vec<(&str, usize)> = Vec::new();
        let mut start = None;
        for (i, ch) in inner
            .char_indices()
            .chain(std::iter::once((inner.len(), ' ')))
        {
            let sep = ch.is_whitespace() || ch == ',';
            match (sep, start) {
                (true, Some(s)) => {
                    tokens.push((&inner[s..i], c.inner.start + s));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        let Some(&(head, head_at)) = tokens.first() else {
            continue;
        };
        let head_lc = head.to_ascii_lowercase();
        if !head_lc.starts_with("vt-lint-") {
            continue;
        }
        let Some(&(_, kind)) = DIRECTIVES.iter().find(|(d, _)| *d == head_lc) else {
            let near = DIRECTIVES
                .iter()
                .map(|(d, _)| (crate::rules::edit_distance(&head_lc, d), *d))
                .min()
                .map(|(_, d)| d)
                .unwrap_or("vt-lint-disable");
            emit(
                config,
                out,
                &suppression::UNKNOWN_RULE,
                Span::new(head_at, head_at + head.len()),
                if en {
                    Text::own("unknown directive ")
                        .quoted(head)
                        .and(format!("; did you mean {near}?"))
                } else {
                    Text::own("onbekende opdracht ")
                        .quoted(head)
                        .and(format!("; bedoelde je {near}?"))
                },
                if en {
                    "use vt-lint-disable, vt-lint-enable or vt-lint-disable-next-line".into()
                } else {
                    "gebruik vt-lint-disable, vt-lint-enable of vt-lint-disable-next-line".into()
                },
            );
            continue;
        };
        let mut codes = Vec::new();
        for &(tok, at) in &tokens[1..] {
            let span = Span::new(at, at + tok.len());
            match rules::lookup(tok) {
                Some(m) => codes.push((m.code, span)),
                None => {
                    let near: Vec<String> = rules::nearest(tok)
                        .iter()
                        .map(|m| format!("{} ({})", m.code, m.name))
                        .collect();
                    emit(
                        config,
                        out,
                        &suppression::UNKNOWN_RULE,
                        span,
                        // The suggestions are the tool's own codes and names.
                        if en {
                            Text::own("unknown rule ").quoted(tok).and(format!(
                                " in a suppression comment; did you mean {}?",
                                near.join(", ")
                            ))
                        } else {
                            Text::own("onbekende regel ").quoted(tok).and(format!(
                                " in een onderdrukkingscommentaar; bedoelde je {}?",
                                near.join(", ")
                            ))
                        },
                        if en {
                            "`vt-lint rules` lists every code and name".into()
                        } else {
                            "`vt-lint rules` toont alle codes en namen".into()
                        },
                    );
                }
            }
        }
        let all = tokens.len() == 1;
        let start_line = index.line_of(c.span.start);
        let (from, line) = match kind {
            Kind::Disable => (index.line_start(start_line), None),
            Kind::Enable => (c.span.start, None),
            Kind::NextLine => {
                let end_line = index.line_of(c.span.end);
                let next = (end_line + 1..index.line_count())
                    .find(|&l| !src[index.line_range(src, l)].trim().is_empty());
                (c.span.start, Some(next.unwrap_or(usize::MAX)))
            }
        };
        found.push(Directive {
            kind,
            comment: c.span,
            codes,
            all,
            from,
            line,
        });
    }
    found
}

/// The state of the regions at one point: who disabled what.
#[derive(Debug, Default)]
struct State {
    all: Option<usize>,
    except: BTreeSet<&'static str>,
    codes: BTreeMap<&'static str, usize>,
}

impl State {
    fn step(&mut self, i: usize, d: &Directive) {
        match (d.kind, d.all) {
            (Kind::Disable, true) => {
                if self.all.is_none() {
                    self.all = Some(i);
                }
                self.except.clear();
            }
            (Kind::Disable, false) => {
                for (c, _) in &d.codes {
                    self.codes.entry(c).or_insert(i);
                    self.except.remove(c);
                }
            }
            (Kind::Enable, true) => *self = State::default(),
            (Kind::Enable, false) => {
                for (c, _) in &d.codes {
                    self.codes.remove(c);
                    if self.all.is_some() {
                        self.except.insert(c);
                    }
                }
            }
            (Kind::NextLine, _) => {}
        }
    }

    /// Who suppresses `code` here, if anyone.
    fn by(&self, code: &'static str) -> Option<(usize, Option<&'static str>)> {
        if let Some(&i) = self.codes.get(code) {
            return Some((i, Some(code)));
        }
        match self.all {
            Some(i) if !self.except.contains(code) => Some((i, None)),
            _ => None,
        }
    }
}

fn emit(
    config: &Config,
    out: &mut Vec<Diagnostic>,
    meta: &'static Meta,
    span: Span,
    message: Text,
    help: Text,
) {
    if let Some(severity) = config.severity(meta.code, meta.severity) {
        out.push(Diagnostic {
            code: meta.code,
            name: meta.name,
            severity,
            message,
            help,
            span,
            labels: Vec::new(),
        });
    }
}

/// Drop the findings that suppression comments cover, and report the comments' own problems.
pub fn apply(plan: &Plan, config: &Config, diagnostics: &mut Vec<Diagnostic>) {
    if plan.comments.is_empty() {
        return;
    }
    let src = plan.source;
    let index = LineIndex::new(src);
    let mut own = Vec::new();
    let dirs = directives(plan, &index, config, &mut own);
    if dirs.is_empty() {
        diagnostics.append(&mut own);
        return;
    }
    let mut used = Used::new();
    // The state after every directive, for findings about the whole plan.
    let mut end_state = State::default();
    for (i, d) in dirs.iter().enumerate() {
        end_state.step(i, d);
    }
    diagnostics.retain(|diag| {
        let at = diag.span.start;
        let line = index.line_of(at);
        if let Some((i, d)) = dirs
            .iter()
            .enumerate()
            .find(|(_, d)| d.kind == Kind::NextLine && d.line == Some(line) && d.covers(diag.code))
        {
            used.insert((i, if d.all { None } else { Some(diag.code) }));
            return false;
        }
        let mut state = State::default();
        for (i, d) in dirs.iter().enumerate() {
            if d.from <= at {
                state.step(i, d);
            }
        }
        let by = state.by(diag.code).or_else(|| {
            (diag.span == plan.title)
                .then(|| end_state.by(diag.code))
                .flatten()
        });
        match by {
            Some(who) => {
                used.insert(who);
                false
            }
            None => true,
        }
    });

    let en = config.en();
    for (i, d) in dirs.iter().enumerate() {
        if d.kind == Kind::Enable {
            continue;
        }
        if d.all {
            if !used.contains(&(i, None)) {
                emit(
                    config,
                    &mut own,
                    &suppression::UNUSED_SUPPRESSION,
                    d.comment,
                    if en {
                        "this suppression comment suppresses nothing".into()
                    } else {
                        "dit onderdrukkingscommentaar onderdrukt niets".into()
                    },
                    if en {
                        "remove the comment".into()
                    } else {
                        "haal het commentaar weg".into()
                    },
                );
            }
            continue;
        }
        for (code, span) in &d.codes {
            let meta = match rules::lookup(code) {
                Some(m) => m,
                None => continue,
            };
            let own_rule = meta.code == suppression::UNUSED_SUPPRESSION.code
                || meta.code == suppression::UNKNOWN_RULE.code;
            if own_rule
                || config.severity(meta.code, meta.severity).is_none()
                || used.contains(&(i, Some(meta.code)))
            {
                continue;
            }
            emit(
                config,
                &mut own,
                &suppression::UNUSED_SUPPRESSION,
                *span,
                Text::own(if en {
                    format!(
                        "{} ({}) reports nothing here, so its suppression is not needed",
                        meta.code, meta.name
                    )
                } else {
                    format!(
                        "{} ({}) meldt hier niets, dus deze onderdrukking is overbodig",
                        meta.code, meta.name
                    )
                }),
                Text::own(if en {
                    format!("remove {} from the comment", meta.code)
                } else {
                    format!("haal {} uit het commentaar", meta.code)
                }),
            );
        }
    }
    diagnostics.append(&mut own);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    /// Findings of `code` at the first occurrence of each needle; what is left after
    /// suppression, as (code, 1-based line).
    fn left(src: &str, findings: &[(&'static str, &str)]) -> Vec<(&'static str, usize)> {
        let plan = Plan::parse(src);
        let config = Config::new();
        let mut diags: Vec<Diagnostic> = findings
            .iter()
            .map(|(code, needle)| {
                let at = src
                    .find(needle)
                    .unwrap_or_else(|| panic!("{needle:?} not in plan"));
                let meta = rules::lookup(code).unwrap();
                Diagnostic {
                    code: meta.code,
                    name: meta.name,
                    severity: Severity::Warning,
                    message: Text::new(),
                    help: Text::new(),
                    span: Span::new(at, at + needle.len()),
                    labels: Vec::new(),
                }
            })
            .collect();
        apply(&plan, &config, &mut diags);
        let index = LineIndex::new(src);
        let mut out: Vec<_> = diags
            .iter()
            .map(|d| (d.code, index.line_of(d.span.start) + 1))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn next_line_in_a_list_item_covers_the_next_item() {
        let src =
            "# Plan\n\n- eerste <!-- vt-lint-disable-next-line VT104 -->\n- tweede\n- derde\n";
        assert_eq!(
            left(
                src,
                &[("VT104", "tweede"), ("VT104", "derde"), ("VT104", "eerste")]
            ),
            [("VT104", 3), ("VT104", 5)]
        );
    }

    #[test]
    fn next_line_skips_blank_lines_and_takes_names() {
        let src = "<!-- vt-lint-disable-next-line missing-support -->\n\n# Plan\n";
        assert_eq!(left(src, &[("VT104", "Plan")]), []);
    }

    #[test]
    fn a_region_inside_a_table_cell() {
        let src = "| a | b |\n|---|---|\n| een <!-- vt-lint-disable VT104 --> | y |\n| twee | drie <!-- vt-lint-enable VT104 --> |\n| vier | u |\n";
        // The region starts at the start of the disable comment's line and ends at enable.
        assert_eq!(
            left(
                src,
                &[
                    ("VT104", "een"),
                    ("VT104", "twee"),
                    ("VT104", "drie"),
                    ("VT104", "vier")
                ]
            ),
            [("VT104", 5)]
        );
    }

    #[test]
    fn a_region_inside_emphasis_and_a_heading() {
        let src = "# Plan\n\n## Doelen *vaag <!-- vt-lint-disable VT104 VT105 -->*\n\ntekst\n\n**vet <!-- vt-lint-enable VT104 -->** rest\n\nna\n";
        assert_eq!(
            left(
                src,
                &[
                    ("VT104", "Doelen"),
                    ("VT105", "tekst"),
                    ("VT104", "rest"),
                    ("VT105", "na"),
                ]
            ),
            [("VT104", 7)]
        );
    }

    #[test]
    fn disable_all_and_enable_one() {
        let src = "<!-- vt-lint-disable -->\neen\n<!-- vt-lint-enable VT104 -->\ntwee\ndrie\n<!-- vt-lint-enable -->\nvier\n";
        assert_eq!(
            left(
                src,
                &[
                    ("VT104", "een"),
                    ("VT104", "twee"),
                    ("VT105", "drie"),
                    ("VT105", "vier")
                ]
            ),
            [("VT104", 4), ("VT105", 7)]
        );
    }

    #[test]
    fn an_open_disable_anywhere_covers_the_whole_plan_findings() {
        // A missing part is reported at the title; a file-level disable below it still counts.
        let src = "# Plan\n\ntekst\n\n<!-- vt-lint-disable VT109 -->\n";
        let plan = Plan::parse(src);
        assert_eq!(&src[plan.title.range()], "Plan");
        assert_eq!(
            left(src, &[("VT109", "Plan"), ("VT104", "Plan")]),
            [("VT104", 1)]
        );
        // ...but not findings elsewhere above it.
        assert_eq!(
            left(src, &[("VT109", "tekst")]),
            [("VT001", 5), ("VT109", 3)]
        );
    }

    #[test]
    fn unused_and_unknown_are_reported_where_they_are_written() {
        let src = "# Plan\n\n<!-- vt-lint-disable-next-line VT104,VT2O1 -->\nx\n\n<!-- vt-lint-disable -->\n<!-- vt-lint-disabel VT104 -->\n";
        assert_eq!(
            left(src, &[]),
            [("VT001", 3), ("VT001", 6), ("VT002", 3), ("VT002", 7)]
        );
    }

    #[test]
    fn code_blocks_and_inline_code_hold_no_directives() {
        let src =
            "# Plan\n\n```\n<!-- vt-lint-disable -->\n```\n\n`<!-- vt-lint-disable -->`\n\nx\n";
        assert_eq!(left(src, &[("VT104", "x")]), [("VT104", 9)]);
    }

    #[test]
    fn crlf_and_bom() {
        let src =
            "\u{FEFF}# Plan\r\n\r\n<!-- vt-lint-disable-next-line VT104 -->\r\n- x\r\n- y\r\n";
        assert_eq!(
            left(src, &[("VT104", "- x"), ("VT104", "- y")]),
            [("VT104", 5)]
        );
    }
}
