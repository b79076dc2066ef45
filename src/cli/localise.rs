//! clap in the user's language: help texts, headings, usage lines and errors in Dutch by
//! default, in English with `--lang en` (or `VT_LINT_LANG=en`). clap parses after the
//! language is known, so the language is found by a scan of argv before clap runs.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use std::ffi::OsString;

/// The environment variable that sets the language when `--lang` is not given.
pub const LANG_ENV: &str = "VT_LINT_LANG";

/// Whether the run speaks English: the last `--lang` before `--` wins, then `VT_LINT_LANG`.
/// Anything else (and an invalid value, which clap reports) is Dutch.
pub fn english(args: &[OsString]) -> bool {
    let mut found = None;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = it.next().map(|v| v == "en");
        } else if let Some(v) = a.to_str().and_then(|s| s.strip_prefix("--lang=")) {
            found = Some(v == "en");
        }
    }
    found.unwrap_or_else(|| std::env::var_os(LANG_ENV).is_some_and(|v| v == "en"))
}

/// `vt-lint help [COMMAND]` as `vt-lint [COMMAND] --help`: clap's own help subcommand has
/// an English description that cannot be translated, so it is turned off. `help` counts when
/// it is the first word that is neither an option nor an option's value.
pub fn rewrite_help(mut args: Vec<OsString>, cmd: &Command) -> Vec<OsString> {
    let takes_value = |long: &str| {
        cmd.get_arguments()
            .any(|a| a.get_long() == Some(long) && a.get_action().takes_values())
    };
    let mut i = 1;
    while let Some(a) = args.get(i).map(|a| a.to_string_lossy().into_owned()) {
        match a.strip_prefix("--") {
            Some(long) if !long.is_empty() && !long.contains('=') && takes_value(long) => i += 2,
            Some(_) => i += 1,
            None if a.starts_with('-') && a != "-" => i += 1,
            None => break,
        }
    }
    if args.get(i).is_some_and(|a| a == "help") {
        args.remove(i);
        args.push("--help".into());
    }
    // `vt-lint --lang en rules`: an option before a command would make clap read the command
    // as a plan to lint. When only `--lang` comes first, it moves behind the command.
    let mut at = 1;
    while let Some(a) = args.get(at) {
        if a == "--lang" {
            at += 2;
        } else if a.to_string_lossy().starts_with("--lang=") {
            at += 1;
        } else {
            break;
        }
    }
    let is_command = args
        .get(at)
        .is_some_and(|a| cmd.get_subcommands().any(|s| a == s.get_name()));
    if is_command && at > 1 {
        let moved: Vec<OsString> = args.drain(1..at).collect();
        let tail = args.split_off(2);
        args.extend(moved);
        args.extend(tail);
    }
    args
}

/// Help texts in English, by argument id (the Dutch ones are the doc comments).
const EN_HELP: &[(&str, &str)] = &[
    (
        "paths",
        "Files or directories; without a path the current directory, '-' reads stdin",
    ),
    ("format", "Output format"),
    (
        "color",
        "Colour: auto follows NO_COLOR and whether stdout is a terminal",
    ),
    ("lang", "Message language (also VT_LINT_LANG)"),
    ("stdin_filename", "The name to report for text from stdin"),
    ("today", "Reference date for VT307 (YYYY-MM-DD)"),
    ("fail_on", "The lowest severity that makes the exit status 1"),
    (
        "exit_zero",
        "Exit 0 even with findings (I/O errors still exit 2)",
    ),
    ("select", "Only these rules (codes or names, comma-separated)"),
    ("ignore", "Skip these rules (codes or names, comma-separated)"),
    (
        "no_snippets",
        "Show place and message but no text from the plan (for public CI logs)",
    ),
    (
        "config",
        "Config file; default: the nearest vt-lint.toml from the plan's folder upward",
    ),
    (
        "force_exclude",
        "Apply the config's `exclude` to paths named on the command line too",
    ),
    ("baseline", "Report only findings not in this baseline file"),
    (
        "write_baseline",
        "Write every current finding to this baseline file (and report nothing)",
    ),
    (
        "explain_parts",
        "Show per part where vt-lint found it and by what (heading, sentence, dates), or what was missing",
    ),
    (
        "max_findings",
        "Show at most this many findings per rule per plan (0 = all); the rest are counted",
    ),
    (
        "threads",
        "Number of threads for many files (default: all cores; 1 = one after another)",
    ),
    ("output_file", "Write the report to this file instead of stdout"),
    ("statistics", "Count the findings per rule instead of listing them"),
    ("quiet", "Only the summary and errors, no findings"),
    ("rule", "Code or name, e.g. VT201 or vague-term"),
];

/// Subcommand descriptions in English.
const EN_ABOUT: &[(&str, &str)] = &[
    (
        "rules",
        "List every rule: code, name, default severity, summary",
    ),
    ("explain", "Explain a rule, with a bad and a good example"),
    (
        "init",
        "Write a vt-lint.toml with every default, explained, in the current directory",
    ),
    ("lsp", "Language server (LSP) on stdin/stdout, for editors"),
];

/// Value names per argument id: (Dutch, English).
const VALUE_NAMES: &[(&str, &str, &str)] = &[
    ("paths", "PAD", "PATH"),
    ("format", "FORMAAT", "FORMAT"),
    ("color", "WANNEER", "WHEN"),
    ("lang", "TAAL", "LANG"),
    ("stdin_filename", "NAAM", "NAME"),
    ("today", "JJJJ-MM-DD", "YYYY-MM-DD"),
    ("fail_on", "ERNST", "SEVERITY"),
    ("select", "CODE", "CODE"),
    ("ignore", "CODE", "CODE"),
    ("config", "BESTAND", "FILE"),
    ("baseline", "BESTAND", "FILE"),
    ("write_baseline", "BESTAND", "FILE"),
    ("output_file", "BESTAND", "FILE"),
    ("max_findings", "N", "N"),
    ("threads", "N", "N"),
    ("rule", "REGEL", "RULE"),
];

fn lookup<'a>(table: &[(&str, &'a str)], id: &str) -> Option<&'a str> {
    table.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
}

/// One argument in the run's language. In Dutch, clap's "[default: …]" and
/// "[possible values: …]" are replaced by Dutch ones in the help text.
fn arg(a: Arg, en: bool) -> Arg {
    let id = a.get_id().as_str().to_string();
    let mut a = a;
    if let Some((_, nl, e)) = VALUE_NAMES.iter().find(|(k, _, _)| *k == id) {
        a = a.value_name(if en { *e } else { *nl });
    }
    if en {
        if let Some(h) = lookup(EN_HELP, &id) {
            a = a.help(h);
        }
        return a;
    }
    if !a.get_action().takes_values() {
        return a;
    }
    let mut help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let default: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !default.is_empty() {
        help.push_str(&format!(" [standaard: {}]", default.join(", ")));
    }
    if !values.is_empty() {
        help.push_str(&format!(" [waarden: {}]", values.join(", ")));
    }
    a.help(help)
        .hide_default_value(true)
        .hide_possible_values(true)
}

const NL_TEMPLATE: &str = "\
{about-with-newline}
Gebruik: {usage}

Opdrachten:
{subcommands}

Argumenten:
{positionals}

Opties:
{options}{after-help}";

const NL_SUB_TEMPLATE: &str = "\
{about-with-newline}
Gebruik: {usage}

Opties:
{options}{after-help}";

const NL_SUB_ARGS_TEMPLATE: &str = "\
{about-with-newline}
Gebruik: {usage}

Argumenten:
{positionals}

Opties:
{options}{after-help}";

fn help_arg(en: bool) -> Arg {
    Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help(if en { "Print help" } else { "Toon deze hulp" })
}

/// The command line in the run's language.
pub fn command(cmd: Command, en: bool) -> Command {
    let mut cmd = cmd
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(help_arg(en))
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(if en {
                    "Print the version"
                } else {
                    "Toon de versie"
                }),
        )
        .mut_args(|a| arg(a, en));
    if en {
        cmd = cmd
            .about("Checks Dutch performance-improvement plans written in Markdown")
            .long_about(
                "Checks Dutch performance-improvement plans (verbetertrajecten) written in Markdown: \
                 missing parts, vague goals, dates and deadlines, form of address, placeholders \
                 and privacy.",
            );
    } else {
        cmd = cmd
            .help_template(NL_TEMPLATE)
            .override_usage("vt-lint [OPTIES] [PAD]...\n         vt-lint <OPDRACHT> [OPTIES]");
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |s| {
            let has_positionals = s.get_positionals().next().is_some();
            let mut s = s
                .disable_help_flag(true)
                .arg(help_arg(en))
                .mut_args(|a| arg(a, en));
            if en {
                if let Some(about) = lookup(EN_ABOUT, &name) {
                    s = s.about(about);
                }
            } else {
                let usage = match (name.as_str(), has_positionals) {
                    ("explain", _) => "vt-lint explain <REGEL>".to_string(),
                    (n, true) => format!("vt-lint {n} [OPTIES] <ARGUMENT>"),
                    (n, false) => format!("vt-lint {n} [OPTIES]"),
                };
                s = s
                    .help_template(if has_positionals {
                        NL_SUB_ARGS_TEMPLATE
                    } else {
                        NL_SUB_TEMPLATE
                    })
                    .override_usage(usage);
            }
            s
        });
    }
    cmd
}

fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
        Some(ContextValue::Number(n)) => vec![n.to_string()],
        _ => Vec::new(),
    }
}

fn one(e: &clap::Error, kind: ContextKind) -> String {
    strings(e, kind).into_iter().next().unwrap_or_default()
}

/// A usage error in Dutch: what is wrong, a tip when clap has one, the usage line and where
/// to find more help.
pub fn dutch_error(e: &clap::Error) -> String {
    let arg = one(e, ContextKind::InvalidArg);
    let value = one(e, ContextKind::InvalidValue);
    let valid = strings(e, ContextKind::ValidValue);
    let mut tips: Vec<String> = Vec::new();
    let head = match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("'{arg}' heeft een waarde nodig, maar kreeg er geen")
        }
        ErrorKind::InvalidValue => format!("ongeldige waarde '{value}' voor '{arg}'"),
        ErrorKind::UnknownArgument => format!("onbekende optie of argument '{arg}'"),
        ErrorKind::InvalidSubcommand => {
            format!(
                "onbekende opdracht '{}'",
                one(e, ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::NoEquals => format!("'{arg}' vraagt een waarde met '=', bijv. {arg}=…"),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|s| format!(": {s}"))
                .unwrap_or_default();
            format!("ongeldige waarde '{value}' voor '{arg}'{why}")
        }
        ErrorKind::TooManyValues => format!("te veel waarden voor '{arg}': '{value}'"),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("verkeerd aantal waarden voor '{arg}'")
        }
        ErrorKind::ArgumentConflict => {
            let prior = one(e, ContextKind::PriorArg);
            if prior.is_empty() || prior == arg {
                format!("'{arg}' mag maar één keer gegeven worden")
            } else {
                format!("'{arg}' kan niet samen met '{prior}'")
            }
        }
        ErrorKind::MissingRequiredArgument => format!(
            "er ontbreekt een verplicht argument: {}",
            strings(e, ContextKind::InvalidArg).join(", ")
        ),
        ErrorKind::MissingSubcommand => "er ontbreekt een opdracht".to_string(),
        ErrorKind::InvalidUtf8 => "een argument is geen geldige UTF-8-tekst".to_string(),
        _ => "ongeldige opdracht".to_string(),
    };
    if !valid.is_empty() && matches!(e.kind(), ErrorKind::InvalidValue) {
        tips.push(format!("mogelijke waarden: {}", valid.join(", ")));
    }
    for kind in [
        ContextKind::SuggestedValue,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
    ] {
        let s = strings(e, kind);
        if !s.is_empty() {
            tips.push(format!(
                "bedoelde je {}?",
                s.iter()
                    .map(|s| format!("'{s}'"))
                    .collect::<Vec<_>>()
                    .join(" of ")
            ));
        }
    }
    if e.kind() == ErrorKind::UnknownArgument && arg.starts_with('-') && tips.is_empty() {
        tips.push(format!(
            "is '{arg}' een bestandsnaam? Zet er dan '-- ' voor: vt-lint -- {arg}"
        ));
    }
    let mut out = format!("fout: {head}\n");
    if !tips.is_empty() {
        out.push('\n');
        for t in tips {
            out.push_str(&format!("  tip: {t}\n"));
        }
    }
    let usage = one(e, ContextKind::Usage);
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage).trim_end();
    if !usage.is_empty() {
        out.push_str(&format!("\nGebruik: {usage}\n"));
    }
    out.push_str("\nMeer hulp: 'vt-lint --help'\n");
    out
}
