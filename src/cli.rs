//! The command line: arguments, inputs, output, and the exit-code policy in one place.

use crate::config::{Config, Lang};
use crate::diagnostic::Severity;
use crate::input::{self, Input};
use crate::render::{self, FileResult, Options, Renderer, Summary};
use crate::rules;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::collections::BTreeSet;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "vt-lint",
    version,
    about = "Controleert Nederlandse verbeterplannen (verbetertrajecten) in Markdown",
    long_about = "Controleert Nederlandse verbeterplannen (verbetertrajecten) in Markdown: ontbrekende onderdelen, \
vage doelen, data en termijnen, aanspreekvorm, invulplekken en privacy.\n\n\
Checks Dutch performance-improvement plans written in Markdown.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub lint: LintArgs,
    /// Taal van de meldingen / message language
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Toon alle regels: code, naam, standaardernst, samenvatting
    Rules {
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Leg een regel uit, met een fout en een goed voorbeeld
    Explain {
        /// Code of naam, bijv. VT201 of vague-term
        rule: String,
    },
    /// Taalserver (LSP) op stdin/stdout, voor editors
    Lsp,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Bestanden of mappen; zonder pad, of met '-', leest vt-lint stdin
    pub paths: Vec<PathBuf>,
    /// Uitvoerformaat
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Kleur: auto volgt NO_COLOR en of stdout een terminal is
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Naam om te melden voor tekst van stdin
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Peildatum voor VT307 (JJJJ-MM-DD)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<crate::dates::Date>,
    /// Laagste ernst die de exitstatus 1 maakt
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Altijd exitstatus 0 bij bevindingen (I/O-fouten geven nog steeds 2)
    #[arg(long)]
    pub exit_zero: bool,
    /// Alleen deze regels (codes of namen, komma-gescheiden)
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub select: Vec<String>,
    /// Deze regels overslaan (codes of namen, komma-gescheiden)
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub ignore: Vec<String>,
    /// Toon plaats en melding, maar geen tekst uit het plan (voor openbare CI-logs)
    #[arg(long)]
    pub no_snippets: bool,
    /// Aantal threads voor veel bestanden (standaard: alle kernen; 1 = na elkaar)
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Short,
    Pretty,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Nl,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
}

fn parse_date(s: &str) -> Result<crate::dates::Date, String> {
    crate::dates::Date::parse_iso(s)
        .ok_or_else(|| format!("'{s}' is geen geldige datum JJJJ-MM-DD"))
}

/// Exit statuses, as interface.md fixes them.
pub const EXIT_OK: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_TROUBLE: i32 = 2;

fn err_line(en: bool, msg: &str) {
    let word = if en { "error" } else { "fout" };
    let _ = writeln!(io::stderr(), "vt-lint: {word}: {msg}");
}

/// Run the program; returns the exit status.
pub fn run(cli: Cli) -> i32 {
    let en = cli.lang == Some(LangArg::En);
    match cli.command {
        Some(Command::Rules { format }) => print_rules(format, en),
        Some(Command::Explain { rule }) => explain(&rule, en),
        Some(Command::Lsp) => crate::lsp::run(cli.lang.map(|l| match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        })),
        None => lint(cli.lint, en),
    }
}

fn print_rules(format: Format, en: bool) -> i32 {
    let mut out = io::stdout().lock();
    let res = if format == Format::Json {
        let list: Vec<_> = rules::RULES
            .iter()
            .map(|m| {
                serde_json::json!({
                    "code": m.code,
                    "name": m.name,
                    "severity": m.severity.as_str(),
                    "summary": if en { m.summary.1 } else { m.summary.0 },
                })
            })
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        )
    } else {
        let head = if en {
            ("CODE", "NAME", "SEVERITY", "SUMMARY")
        } else {
            ("CODE", "NAAM", "ERNST", "SAMENVATTING")
        };
        let mut s = format!("{:<7} {:<26} {:<13} {}\n", head.0, head.1, head.2, head.3);
        for m in rules::RULES {
            s.push_str(&format!(
                "{:<7} {:<26} {:<13} {}\n",
                m.code,
                m.name,
                render::severity_word(m.severity, en),
                if en { m.summary.1 } else { m.summary.0 }
            ));
        }
        out.write_all(s.as_bytes())
    };
    if res.is_err() {
        return EXIT_TROUBLE;
    }
    EXIT_OK
}

fn explain(rule: &str, en: bool) -> i32 {
    match rules::lookup(rule) {
        Some(m) => {
            let text = if en { m.explanation.1 } else { m.explanation.0 };
            let sev = render::severity_word(m.severity, en);
            let _ = writeln!(
                io::stdout(),
                "# {} {} ({sev})\n\n{}\n\n{text}",
                m.code,
                m.name,
                if en { m.summary.1 } else { m.summary.0 }
            );
            EXIT_OK
        }
        None => {
            let near: Vec<String> = rules::nearest(rule)
                .iter()
                .map(|m| format!("{} ({})", m.code, m.name))
                .collect();
            let msg = if en {
                format!(
                    "unknown rule '{rule}'; did you mean {}? `vt-lint rules` lists them all",
                    near.join(", ")
                )
            } else {
                format!(
                    "onbekende regel '{rule}'; bedoelde je {}? `vt-lint rules` toont ze allemaal",
                    near.join(", ")
                )
            };
            err_line(en, &msg);
            EXIT_TROUBLE
        }
    }
}

/// Turn `--select` / `--ignore` values into codes; unknown ones are a usage error.
fn codes(values: &[String], en: bool) -> Result<BTreeSet<&'static str>, String> {
    let mut set = BTreeSet::new();
    for v in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        match rules::lookup(v) {
            Some(m) => {
                set.insert(m.code);
            }
            None => {
                let near: Vec<&str> = rules::nearest(v).iter().map(|m| m.code).collect();
                return Err(if en {
                    format!("unknown rule '{v}' (did you mean {}?)", near.join(", "))
                } else {
                    format!("onbekende regel '{v}' (bedoelde je {}?)", near.join(", "))
                });
            }
        }
    }
    Ok(set)
}

/// One input, read and linted (or why it could not be).
struct Linted {
    path: String,
    source: String,
    outcome: Result<crate::Report, String>,
}

fn lint(args: LintArgs, en: bool) -> i32 {
    let mut config = Config::new();
    config.lang = if en { Lang::En } else { Lang::Nl };
    config.today = args.today;
    match (codes(&args.select, en), codes(&args.ignore, en)) {
        (Ok(sel), Ok(ign)) => {
            if !args.select.is_empty() {
                config.select = Some(sel);
            }
            config.ignore = ign;
        }
        (Err(e), _) | (_, Err(e)) => {
            err_line(en, &e);
            return EXIT_TROUBLE;
        }
    }
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            !matches!(std::env::var_os("NO_COLOR"), Some(v) if !v.is_empty())
                && io::stdout().is_terminal()
        }
    };
    let opts = Options {
        color,
        en,
        no_snippets: args.no_snippets,
    };
    let mut renderer: Box<dyn Renderer> = match args.format {
        Format::Human => Box::new(render::human::Human { opts }),
        Format::Short => Box::new(render::short::Short),
        Format::Pretty => Box::new(render::pretty::Pretty { opts }),
        Format::Json => Box::new(render::json::Json::default()),
    };
    let fail_on = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    let mut trouble = false;
    let mut failing = false;
    let stdin_name = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| "<stdin>".to_string());
    let inputs = input::expand(&args.paths);
    let threads = crate::parallel::thread_count(args.threads, inputs.len());
    let work = |inp: &Input| -> Linted {
        let (path, text) = match inp {
            Input::File(p) => (p.display().to_string(), input::read_file(p)),
            Input::Stdin => (stdin_name.clone(), input::read_stdin()),
            Input::Missing(p, e) => (p.display().to_string(), Err(e.clone())),
        };
        match text {
            Ok(src) => {
                let report = crate::check(&src, &config);
                Linted {
                    path,
                    source: src,
                    outcome: Ok(report),
                }
            }
            Err(e) => Linted {
                path,
                source: String::new(),
                outcome: Err(e.text(en).to_string()),
            },
        }
    };
    // Results arrive in input order, whatever the number of threads.
    let mut broken = false;
    crate::parallel::for_each_ordered(&inputs, threads, work, |done: Linted| {
        if let Err(e) = &done.outcome {
            trouble = true;
            err_line(en, &format!("{}: {e}", done.path));
        }
        let fr = FileResult {
            path: &done.path,
            source: &done.source,
            outcome: done.outcome.as_ref().map_err(String::as_str),
        };
        summary.add(&fr);
        failing |= fr.diagnostics().iter().any(|d| d.severity >= fail_on);
        if renderer.file(&mut out, &fr).is_err() {
            broken = true;
            return false;
        }
        true
    });
    if broken {
        return EXIT_TROUBLE;
    }
    if renderer.finish(&mut out, &summary).is_err() || out.flush().is_err() {
        return EXIT_TROUBLE;
    }
    if trouble {
        EXIT_TROUBLE
    } else if failing && !args.exit_zero {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
