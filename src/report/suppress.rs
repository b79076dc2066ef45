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
use crate::plan::Plan;
use crate::rules::{suppression, Meta, Rule};
use crate::span::{LineIndex, Span};
use std::collections::{BTreeMap, BTreeSet, HashMap};

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
    codes: Vec<(Rule, Span)>,
    /// The same rules, each once: what `covers` looks in.
    names: BTreeSet<Rule>,
    /// No codes at all: every rule.
    all: bool,
    /// For `disable-next-line`: the 0-based line it covers.
    line: Option<usize>,
}

#[cfg(test)]
impl Directive {
    /// For the reference replay the tests check the sweep against.
    fn covers(&self, rule: Rule) -> bool {
        self.all || self.names.contains(&rule)
    }
}

/// Which (directive, code) pairs suppressed something; `None` for an all-rules directive.
type Used = BTreeSet<(usize, Option<Rule>)>;

/// "Did you mean" for unknown codes, worked out once per distinct token. Each costs edit
/// distances to every rule's code and name, so only the first `MAX` distinct tokens of a plan,
/// and none longer than any code or name could be mistyped from, get suggestions: a comment
/// with thousands of unknown codes is not a typo, and must not make vt-lint slow.
#[derive(Default)]
struct Suggestions {
    known: HashMap<String, Option<String>>,
}

impl Suggestions {
    const MAX: usize = 100;
    const LONGEST: usize = 64;

    fn for_token(&mut self, tok: &str) -> Option<&str> {
        let key = tok.to_ascii_lowercase();
        if !self.known.contains_key(&key) {
            let near = (self.known.len() < Self::MAX && tok.len() <= Self::LONGEST)
                .then(|| crate::suggest::list(&crate::suggest::rules(tok)));
            self.known
                .insert(key.clone(), near.filter(|n| !n.is_empty()));
        }
        self.known[&key].as_deref()
    }
}

/// Read the directives in the plan's comments; problems in them go to `out` as VT002.
fn directives(
    plan: &Plan,
    index: &LineIndex,
    config: &Config,
    out: &mut Vec<Diagnostic>,
) -> Vec<Directive> {
    let src = plan.source;
    let mut found = Vec::new();
    let mut suggestions = Suggestions::default();
    // The first line after `end_line` that is not blank, for the last `end_line` asked about:
    // many `disable-next-line` comments on one line must not search the same blank lines again.
    let mut next_after: Option<(usize, Option<usize>)> = None;
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
                .map(|(d, _)| (strsim::levenshtein(&head_lc, d), *d))
                .min()
                .map(|(_, d)| d)
                .unwrap_or("vt-lint-disable");
            emit(
                config,
                out,
                &suppression::UNKNOWN_RULE,
                Span::new(head_at, head_at + head.len()),
                Text::say("onbekende opdracht ", "unknown directive ")
                    .quoted(head)
                    .and_say(
                        format!("; bedoelde je {near}?"),
                        format!("; did you mean {near}?"),
                    ),
                Text::say(
                    "gebruik vt-lint-disable, vt-lint-enable of vt-lint-disable-next-line",
                    "use vt-lint-disable, vt-lint-enable or vt-lint-disable-next-line",
                ),
            );
            continue;
        };
        let mut codes = Vec::new();
        for &(tok, at) in &tokens[1..] {
            let span = Span::new(at, at + tok.len());
            match Rule::from_code_or_name(tok) {
                Some(rule) => codes.push((rule, span)),
                None => {
                    let near = suggestions.for_token(tok);
                    // The suggestions are the tool's own codes and names.
                    let tail = match near {
                        Some(near) => (
                            format!(" in een onderdrukkingscommentaar; bedoelde je {near}?"),
                            format!(" in a suppression comment; did you mean {near}?"),
                        ),
                        None => (
                            " in een onderdrukkingscommentaar".to_string(),
                            " in a suppression comment".to_string(),
                        ),
                    };
                    emit(
                        config,
                        out,
                        &suppression::UNKNOWN_RULE,
                        span,
                        Text::say("onbekende regel ", "unknown rule ")
                            .quoted(tok)
                            .and_say(tail.0, tail.1),
                        Text::say(
                            "`vt-lint rules` toont alle codes en namen",
                            "`vt-lint rules` lists every code and name",
                        ),
                    );
                }
            }
        }
        let all = tokens.len() == 1;
        let line = match kind {
            Kind::Disable | Kind::Enable => None,
            Kind::NextLine => {
                let end_line = index.line_of(c.span.end);
                let next = match next_after {
                    Some((l, next)) if l == end_line => next,
                    _ => {
                        let next = (end_line + 1..index.line_count())
                            .find(|&l| !src[index.line_range(src, l)].trim().is_empty());
                        next_after = Some((end_line, next));
                        next
                    }
                };
                Some(next.unwrap_or(usize::MAX))
            }
        };
        let names = codes.iter().map(|(c, _)| *c).collect();
        found.push(Directive {
            kind,
            comment: c.span,
            codes,
            names,
            all,
            line,
        });
    }
    // In the order they are written: `suppressors` relies on it.
    found.sort_by_key(|d| d.comment.start);
    found
}

/// The state of the regions at one point: who disabled what.
#[derive(Debug, Default)]
struct State {
    all: Option<usize>,
    except: BTreeSet<Rule>,
    codes: BTreeMap<Rule, usize>,
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
                    self.codes.entry(*c).or_insert(i);
                    self.except.remove(c);
                }
            }
            (Kind::Enable, true) => *self = State::default(),
            (Kind::Enable, false) => {
                for (c, _) in &d.codes {
                    self.codes.remove(c);
                    if self.all.is_some() {
                        self.except.insert(*c);
                    }
                }
            }
            (Kind::NextLine, _) => {}
        }
    }

    /// Who suppresses `code` here, if anyone.
    fn by(&self, rule: Rule) -> Option<(usize, Option<Rule>)> {
        if let Some(&i) = self.codes.get(&rule) {
            return Some((i, Some(rule)));
        }
        match self.all {
            Some(i) if !self.except.contains(&rule) => Some((i, None)),
            _ => None,
        }
    }
}

/// Who suppresses each finding (`disable-next-line` first, then the regions), in one sweep
/// over the findings in offset order.
///
/// The regions at offset `at` are the state after replaying, in order, every directive that
/// has taken effect there: those written at or before `at`, and the `disable`s later on the
/// same line (a region starts at the start of its line). The first are a prefix of `dirs`, so
/// the sweep keeps their state as it goes; the second come after all of them, and only
/// disable, so what they add is "the first of them that disables this code, or all". A replay
/// of every directive per finding was quadratic.
fn suppressors(
    dirs: &[Directive],
    index: &LineIndex,
    diagnostics: &[Diagnostic],
) -> Vec<Option<(usize, Option<Rule>)>> {
    // Per target line, the first `disable-next-line` of every rule, and per code: a finding
    // looks up its own in constant time, however many such comments aim at one line.
    let mut next_all: HashMap<usize, usize> = HashMap::new();
    let mut next_code: HashMap<(usize, Rule), usize> = HashMap::new();
    // Per line, the `disable`s on it: of every rule, and per code.
    let mut disable_all: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut disable_code: HashMap<(usize, Rule), Vec<usize>> = HashMap::new();
    for (i, d) in dirs.iter().enumerate() {
        match d.kind {
            Kind::NextLine => {
                if let Some(l) = d.line {
                    if d.all {
                        next_all.entry(l).or_insert(i);
                    }
                    for &c in &d.names {
                        next_code.entry((l, c)).or_insert(i);
                    }
                }
            }
            Kind::Disable => {
                let line = index.line_of(d.comment.start);
                if d.all {
                    disable_all.entry(line).or_default().push(i);
                }
                for &c in &d.names {
                    disable_code.entry((line, c)).or_default().push(i);
                }
            }
            Kind::Enable => {}
        }
    }
    // The first index at or after `k` in a sorted list.
    let first_from = |list: Option<&Vec<usize>>, k: usize| {
        list.and_then(|l| l.get(l.partition_point(|&i| i < k)).copied())
    };

    let mut order: Vec<usize> = (0..diagnostics.len()).collect();
    order.sort_by_key(|&j| diagnostics[j].span.start);
    let mut out = vec![None; diagnostics.len()];
    let mut state = State::default();
    let mut k = 0; // directives written at or before the current offset
    for j in order {
        let diag = &diagnostics[j];
        let (at, code) = (diag.span.start, diag.rule);
        let line = index.line_of(at);
        let next = match (next_all.get(&line), next_code.get(&(line, code))) {
            (Some(&a), Some(&b)) => Some(a.min(b)),
            (a, b) => a.or(b).copied(),
        };
        if let Some(i) = next {
            out[j] = Some((i, if dirs[i].all { None } else { Some(code) }));
            continue;
        }
        while k < dirs.len() && dirs[k].comment.start <= at {
            state.step(k, &dirs[k]);
            k += 1;
        }
        let late_code = first_from(disable_code.get(&(line, code)), k);
        let late_all = first_from(disable_all.get(&line), k);
        out[j] = if let Some(&i) = state.codes.get(&code) {
            Some((i, Some(code)))
        } else if let Some(i) = late_code {
            Some((i, Some(code)))
        } else {
            // A later `disable` of every rule clears the exceptions.
            match state.all.or(late_all) {
                Some(i) if late_all.is_some() || !state.except.contains(&code) => Some((i, None)),
                _ => None,
            }
        };
    }
    out
}

fn emit(
    config: &Config,
    out: &mut Vec<Diagnostic>,
    meta: &'static Meta,
    span: Span,
    message: Text,
    help: Text,
) {
    if let Some(severity) = config.severity(meta.rule) {
        out.push(Diagnostic {
            rule: meta.rule,
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
    let who = suppressors(&dirs, &index, diagnostics);
    let mut who = who.into_iter();
    diagnostics.retain(|diag| {
        let by = who.next().flatten().or_else(|| {
            (diag.span == plan.title)
                .then(|| end_state.by(diag.rule))
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
                    Text::say(
                        "dit onderdrukkingscommentaar onderdrukt niets",
                        "this suppression comment suppresses nothing",
                    ),
                    Text::say("haal het commentaar weg", "remove the comment"),
                );
            }
            continue;
        }
        for &(rule, span) in &d.codes {
            let meta = rule.meta();
            let own_rule = matches!(rule, Rule::UnusedSuppression | Rule::UnknownRule);
            if own_rule || config.severity(rule).is_none() || used.contains(&(i, Some(rule))) {
                continue;
            }
            emit(
                config,
                &mut own,
                &suppression::UNUSED_SUPPRESSION,
                span,
                Text::say(
                    format!(
                        "{} ({}) meldt hier niets, dus deze onderdrukking is overbodig",
                        meta.code, meta.name
                    ),
                    format!(
                        "{} ({}) reports nothing here, so its suppression is not needed",
                        meta.code, meta.name
                    ),
                ),
                Text::say(
                    format!("haal {} uit het commentaar", meta.code),
                    format!("remove {} from the comment", meta.code),
                ),
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
                let rule = Rule::from_code_or_name(code).unwrap();
                Diagnostic {
                    rule,
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
            .map(|d| (d.code(), index.line_of(d.span.start) + 1))
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

    /// The old way, as the reference: replay every directive that took effect at the
    /// finding (a region from the start of the `disable`'s line), for each finding.
    fn replayed(
        dirs: &[Directive],
        index: &LineIndex,
        d: &Diagnostic,
    ) -> Option<(usize, Option<Rule>)> {
        let (at, line) = (d.span.start, index.line_of(d.span.start));
        if let Some((i, dir)) = dirs
            .iter()
            .enumerate()
            .find(|(_, x)| x.kind == Kind::NextLine && x.line == Some(line) && x.covers(d.rule))
        {
            return Some((i, if dir.all { None } else { Some(d.rule) }));
        }
        let mut state = State::default();
        for (i, dir) in dirs.iter().enumerate() {
            let from = match dir.kind {
                Kind::Disable => index.line_start(index.line_of(dir.comment.start)),
                _ => dir.comment.start,
            };
            if from <= at {
                state.step(i, dir);
            }
        }
        state.by(d.rule)
    }

    /// The one-sweep `suppressors` agrees with the replay on many random plans: comments of
    /// every kind, several on a line, findings before, between and after them.
    #[test]
    fn the_sweep_agrees_with_a_replay_per_finding() {
        const PIECES: [&str; 10] = [
            "woord ",
            "<!-- vt-lint-disable --> ",
            "<!-- vt-lint-disable VT201 --> ",
            "<!-- vt-lint-disable VT201 VT104 --> ",
            "<!-- vt-lint-enable --> ",
            "<!-- vt-lint-enable VT201 --> ",
            "<!-- vt-lint-enable VT104 --> ",
            "<!-- vt-lint-disable-next-line VT104 --> ",
            "<!-- vt-lint-disable-next-line --> ",
            "\n",
        ];
        const CODES: [&str; 3] = ["VT201", "VT104", "VT105"];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let config = Config::new();
        for _ in 0..2000 {
            let mut src = String::from("# Plan\n\n");
            for _ in 0..next(14) {
                src.push_str(PIECES[next(PIECES.len())]);
            }
            let plan = Plan::parse(&src);
            let index = LineIndex::new(&src);
            let dirs = directives(&plan, &index, &config, &mut Vec::new());
            let diags: Vec<Diagnostic> = (0..next(12))
                .map(|_| {
                    let at = next(src.len());
                    let rule = Rule::from_code_or_name(CODES[next(CODES.len())]).unwrap();
                    Diagnostic {
                        rule,
                        severity: Severity::Warning,
                        message: Text::new(),
                        help: Text::new(),
                        span: Span::new(at, at),
                        labels: Vec::new(),
                    }
                })
                .collect();
            let want: Vec<_> = diags.iter().map(|d| replayed(&dirs, &index, d)).collect();
            assert_eq!(suppressors(&dirs, &index, &diags), want, "{src:?}");
        }
    }

    #[test]
    fn suggestions_for_the_first_hundred_distinct_unknown_codes() {
        // 150 distinct unknown tokens that each have a suggestion: starts of rule names.
        let mut starts: Vec<String> = crate::rules::RULES
            .iter()
            .flat_map(|m| (3..m.name.len()).map(|n| m.name[..n].to_string()))
            .filter(|t| Rule::from_code_or_name(t).is_none() && !t.ends_with('-'))
            .collect();
        starts.sort();
        starts.dedup();
        assert!(starts.len() >= 150, "{}", starts.len());
        let codes: String = starts[..150].iter().map(|t| format!("{t} {t} ")).collect();
        let src = format!("# Plan\n\n<!-- vt-lint-disable {codes}-->\n");
        let plan = Plan::parse(&src);
        let mut diags = Vec::new();
        apply(&plan, &Config::new(), &mut diags);
        let unknown: Vec<String> = diags
            .iter()
            .filter(|d| d.rule == Rule::UnknownRule)
            .map(|d| d.message.render(false))
            .collect();
        assert_eq!(unknown.len(), 300);
        // Both occurrences of a code get the same message.
        assert!(unknown[..200]
            .iter()
            .all(|m| m.contains("; bedoelde je VT")));
        assert!(unknown[200..].iter().all(|m| !m.contains("bedoelde")));
        assert!(unknown[299].starts_with(&format!("onbekende regel \"{}\"", starts[149])));
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
