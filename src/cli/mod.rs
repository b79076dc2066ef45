//! The command line: arguments, inputs, output, and the exit-code policy in one place.

pub mod invariants;
pub mod parallel;

use crate::config::{Config, Lang};
use crate::diagnostic::Severity;
use crate::render::{self, FileResult, Options, Renderer, Summary};
use crate::rules;
use crate::workspace::baseline::{Baseline, Writer};
use crate::workspace::input::{self, Input};
use crate::workspace::{self, Overrides, Resolved, Resolver};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;

mod localise;
pub use localise::LANG_ENV;
use std::collections::BTreeSet;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Parser)]
#[command(
    name = "vt-lint",
    version,
    about = "Controleert Nederlandse verbeterplannen (verbetertrajecten) in Markdown",
    long_about = "Controleert Nederlandse verbeterplannen (verbetertrajecten) in Markdown: ontbrekende onderdelen, \
vage doelen, data en termijnen, aanspreekvorm, invulplekken en privacy.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub lint: LintArgs,
    /// Taal van de meldingen (ook VT_LINT_LANG)
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Toon alle regels: code, naam, standaardernst, samenvatting
    Rules {
        /// Uitvoerformaat van de lijst
        #[arg(long, value_enum, default_value_t = RulesFormat::Human)]
        format: RulesFormat,
    },
    /// Leg een regel uit, met een fout en een goed voorbeeld
    Explain {
        /// Code of naam, bijv. VT201 of vague-term
        rule: String,
    },
    /// Schrijf een vt-lint.toml met alle standaardwaarden en uitleg in de huidige map
    Init,
    /// Taalserver (LSP) op stdin/stdout, voor editors
    Lsp,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Bestanden of mappen; zonder pad de huidige map, '-' leest stdin
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
    pub today: Option<crate::analysis::dates::Date>,
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
    /// Configuratiebestand; standaard de dichtstbijzijnde vt-lint.toml vanaf de map van het plan
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Pas `exclude` uit de configuratie ook toe op paden die op de opdrachtregel staan
    #[arg(long)]
    pub force_exclude: bool,
    /// Meld alleen bevindingen die niet in dit baselinebestand staan
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Schrijf alle huidige bevindingen naar dit baselinebestand (en meld niets)
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Toon per onderdeel waar vt-lint het vond en waaraan (kop, zin, data), of wat ontbrak
    #[arg(long)]
    pub explain_parts: bool,
    /// Hoogstens zoveel bevindingen per regel per plan tonen (0 = alle); de rest wordt geteld
    #[arg(long, value_name = "N", default_value_t = render::DEFAULT_MAX_FINDINGS)]
    pub max_findings: usize,
    /// Aantal threads voor veel bestanden (standaard: alle kernen; 1 = na elkaar)
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Schrijf het verslag naar dit bestand in plaats van naar stdout
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Tel de bevindingen per regel in plaats van ze te tonen (met --format human of json)
    #[arg(long, conflicts_with = "quiet")]
    pub statistics: bool,
    /// Alleen de samenvatting en fouten, geen bevindingen
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Where the report goes: stdout, or a buffer written to `--output-file` at the end.
enum Sink<'a> {
    Stdout(io::BufWriter<io::StdoutLock<'a>>),
    File(Vec<u8>),
}

impl Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File(v) => v.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::File(v) => v.write_all(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(_) => Ok(()),
        }
    }
}

/// Whether `--output-file` may be written: never through a symbolic link, never over
/// something that is not a regular file, never over a plan being linted or a file vt-lint
/// reads in this run. `(Dutch, English)` when not.
fn check_output_file(path: &Path, reads: &[&Path]) -> Result<(), (String, String)> {
    let name = path.display();
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err((
            format!("{name}: is een symbolische koppeling; vt-lint schrijft niet door een koppeling heen. Geef het echte pad of een nieuwe naam"),
            format!("{name}: is a symbolic link; vt-lint does not write through a link. Give the real path or a new name"),
        )),
        Ok(m) if !m.is_file() => Err((
            format!("{name}: is geen gewoon bestand; geef een bestandsnaam voor het verslag"),
            format!("{name}: is not a regular file; give a file name for the report"),
        )),
        Ok(_) => {
            let target = std::fs::canonicalize(path).ok();
            if reads
                .iter()
                .any(|p| target.is_some() && std::fs::canonicalize(p).ok() == target)
            {
                return Err((
                    format!("{name}: wordt in deze run gelezen (een plan, baseline of configuratie); vt-lint schrijft het verslag er niet overheen"),
                    format!("{name}: is read in this run (a plan, baseline or config); vt-lint does not write the report over it"),
                ));
            }
            if !earlier_report(path) {
                return Err((
                    format!("{name}: bestaat al en is geen eerder verslag van vt-lint; vt-lint schrijft er niet overheen. Geef een nieuwe naam of verwijder het bestand eerst"),
                    format!("{name}: already exists and is no earlier vt-lint report; vt-lint does not write over it. Give a new name or remove the file first"),
                ));
            }
            Ok(())
        }
        Err(_) => Ok(()),
    }
}

/// True when the file at `path` is one vt-lint may replace: empty, or a report an earlier run
/// wrote (its rule codes in brackets, a GitHub title, the JSON or SARIF tool name, or the
/// summary line). A plan (`.md`) or a TOML file never is, whatever it says about vt-lint.
fn earlier_report(path: &Path) -> bool {
    let plan_like = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["md", "markdown", "toml"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    });
    if plan_like {
        return false;
    }
    // A report is at most as big as what a run writes; 64 MB is far beyond one.
    let Ok(bytes) = crate::workspace::input::read_regular(path, 64 << 20) else {
        return false;
    };
    let text = String::from_utf8_lossy(&bytes);
    if text.trim().is_empty() {
        return true;
    }
    static REPORT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(concat!(
            r#"\[VT\d{3}\]|title=VT\d{3}|"name": ?"vt-lint""#,
            r"|(?m)^(?:\d+ plan(?:nen)? gecontroleerd|\d+ plans? checked|geen plan|no plan)",
        ))
        .expect("report pattern compiles")
    });
    REPORT.is_match(&text)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Short,
    Pretty,
    Json,
    Sarif,
    Github,
}

/// The formats `vt-lint rules` can print: a table or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    #[value(alias = "text")]
    Human,
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

fn parse_date(s: &str) -> Result<crate::analysis::dates::Date, String> {
    crate::analysis::dates::Date::parse_iso(s)
        .ok_or_else(|| format!("'{s}' is geen geldige datum JJJJ-MM-DD"))
}

/// Exit statuses, as interface.md fixes them.
pub use crate::workspace::{EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE};

/// One line on stderr. File names in it may hold any character: control characters are
/// written as escapes, so a name cannot break the line or reach the terminal.
fn err_line(en: bool, msg: &str) {
    let word = if en { "error" } else { "fout" };
    let msg = render::excerpt::printable(msg);
    let _ = writeln!(io::stderr(), "vt-lint: {word}: {msg}");
}

/// Writing the report (or `rules`, `explain`, `--version`, …) to stdout failed: say so and
/// return exit status 2. A closed pipe (`vt-lint … | head`) is no news and stays quiet.
pub fn write_failed(en: bool, e: &io::Error) -> i32 {
    if e.kind() != io::ErrorKind::BrokenPipe {
        err_line(
            en,
            &if en {
                format!("cannot write the output: {e}")
            } else {
                format!("kan de uitvoer niet schrijven: {e}")
            },
        );
    }
    EXIT_TROUBLE
}

/// Parse `args` (the program name first) in the user's language and run; returns the exit
/// status.
pub fn main_with(args: Vec<OsString>) -> i32 {
    let en = localise::english(&args);
    let cmd = localise::command(Cli::command(), en);
    let args = localise::rewrite_help(args, &cmd);
    match cmd
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(mut cli) => {
            if cli.lang.is_none() {
                cli.lang = match std::env::var(LANG_ENV).as_deref() {
                    Ok("en") => Some(LangArg::En),
                    Ok("nl") => Some(LangArg::Nl),
                    _ => None,
                };
            }
            run(cli)
        }
        Err(e) => clap_exit(&e, en),
    }
}

/// What clap says instead of running (`--help`, `--version`, a usage error), printed with a
/// checked write; returns the exit status. Usage errors are in Dutch unless the run is English.
pub fn clap_exit(e: &clap::Error, en: bool) -> i32 {
    if e.use_stderr() && !en {
        let _ = io::stderr().write_all(localise::dutch_error(e).as_bytes());
        return e.exit_code();
    }
    match e.print().and_then(|()| io::stdout().flush()) {
        Err(err) if !e.use_stderr() => write_failed(en, &err),
        _ => e.exit_code(),
    }
}

/// Run the program; returns the exit status.
pub fn run(cli: Cli) -> i32 {
    let en = cli.lang == Some(LangArg::En);
    match cli.command {
        Some(Command::Rules { format }) => print_rules(format, en),
        Some(Command::Explain { rule }) => explain(&rule, en),
        Some(Command::Init) => init(en),
        Some(Command::Lsp) => crate::lsp::run(cli.lang.map(|l| match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        })),
        None => lint(cli.lint, cli.lang),
    }
}

fn print_rules(format: RulesFormat, en: bool) -> i32 {
    let mut out = io::stdout().lock();
    let res = if format == RulesFormat::Json {
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
    match res.and_then(|()| out.flush()) {
        Ok(()) => EXIT_OK,
        Err(e) => write_failed(en, &e),
    }
}

fn explain(rule: &str, en: bool) -> i32 {
    match rules::lookup(rule) {
        Some(m) => {
            let text = render::explanation(m, en);
            let sev = render::severity_word(m.severity, en);
            let written = writeln!(
                io::stdout(),
                "# {} {} ({sev})\n\n{}\n\n{text}",
                m.code,
                m.name,
                if en { m.summary.1 } else { m.summary.0 }
            )
            .and_then(|()| io::stdout().flush());
            match written {
                Ok(()) => EXIT_OK,
                Err(e) => write_failed(en, &e),
            }
        }
        None => {
            let msg = unknown_rule(rule, en);
            err_line(en, &msg);
            EXIT_TROUBLE
        }
    }
}

/// "onbekende regel 'vague'; bedoelde je VT201 (vague-term), VT203 (vague-deadline)? …"
fn unknown_rule(v: &str, en: bool) -> String {
    let near = crate::suggest::did_you_mean(v, en);
    match (near.is_empty(), en) {
        (true, false) => format!("onbekende regel '{v}'; alle regels: `vt-lint rules`"),
        (true, true) => format!("unknown rule '{v}'; all rules: `vt-lint rules`"),
        (false, false) => format!("onbekende regel '{v}'{near} Alle regels: `vt-lint rules`"),
        (false, true) => format!("unknown rule '{v}'{near} All rules: `vt-lint rules`"),
    }
}

/// Turn `--select` / `--ignore` values into rules; unknown ones are a usage error.
fn codes(values: &[String], en: bool) -> Result<BTreeSet<rules::Rule>, String> {
    let mut set = BTreeSet::new();
    for v in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        match rules::Rule::from_code_or_name(v) {
            Some(rule) => {
                set.insert(rule);
            }
            None => {
                return Err(unknown_rule(v, en));
            }
        }
    }
    Ok(set)
}

/// `vt-lint init`: a commented vt-lint.toml with every default, never over an existing file.
fn init(en: bool) -> i32 {
    let path = Path::new(workspace::FILE_NAME);
    // Not even a dangling link: `exists` follows links, `symlink_metadata` does not.
    if std::fs::symlink_metadata(path).is_ok() {
        err_line(
            en,
            &if en {
                format!(
                    "{} already exists; vt-lint init overwrites nothing",
                    path.display()
                )
            } else {
                format!(
                    "{} bestaat al; vt-lint init overschrijft niets",
                    path.display()
                )
            },
        );
        return EXIT_TROUBLE;
    }
    let written = crate::workspace::write::create_new(path, workspace::template(en).as_bytes());
    match written {
        Ok(()) => {
            let said = writeln!(
                io::stdout(),
                "{}",
                if en {
                    "vt-lint.toml written with every default"
                } else {
                    "vt-lint.toml geschreven met alle standaardwaarden"
                }
            )
            .and_then(|()| io::stdout().flush());
            match said {
                Ok(()) => EXIT_OK,
                Err(e) => write_failed(en, &e),
            }
        }
        Err(e) => {
            err_line(en, &format!("{}: {e}", path.display()));
            EXIT_TROUBLE
        }
    }
}

/// One input, read and linted (or why it could not be).
struct Linted {
    path: String,
    /// The language of the plan's messages (its config's).
    en: bool,
    /// A directory named on the command line with no plans in it.
    empty_dir: bool,
    on_disk: bool,
    source: String,
    outcome: Result<crate::Report, String>,
}

/// Lint one plan; a bug in a rule must not take the other plans down with it.
fn lint_guarded(source: &str, config: &Config) -> Result<crate::Report, String> {
    crate::guard::catch(|| crate::check(source, config))
}

fn internal_error(en: bool, at: &str) -> String {
    if en {
        format!("vt-lint hit an internal error on this plan (at {at}); please report it (the other plans are still checked)")
    } else {
        format!("vt-lint liep vast op dit plan (interne fout bij {at}); meld dit alsjeblieft (de andere plannen worden wel gecontroleerd)")
    }
}

fn lint(args: LintArgs, lang: Option<LangArg>) -> i32 {
    let cli_lang = lang.map(|l| match l {
        LangArg::Nl => Lang::Nl,
        LangArg::En => Lang::En,
    });
    let mut en = cli_lang == Some(Lang::En);
    let mut overrides = Overrides {
        lang: cli_lang,
        today: args.today,
        ..Overrides::default()
    };
    match (codes(&args.select, en), codes(&args.ignore, en)) {
        (Ok(sel), Ok(ign)) => {
            if !args.select.is_empty() {
                overrides.select = Some(sel);
            }
            overrides.ignore = ign;
        }
        (Err(e), _) | (_, Err(e)) => {
            err_line(en, &e);
            return EXIT_TROUBLE;
        }
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let to_terminal = args.output_file.is_none() && io::stdout().is_terminal();
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => !no_color && to_terminal,
    };
    let usage = match (args.statistics, args.quiet, args.format) {
        (true, _, f) if !matches!(f, Format::Human | Format::Json) => Some((
            "--statistics werkt met --format human of json",
            "--statistics works with --format human or json",
        )),
        (_, true, Format::Json | Format::Sarif) => Some((
            "--quiet past niet bij --format json of sarif: die formaten zijn voor programma's",
            "--quiet does not go with --format json or sarif: those formats are for programs",
        )),
        _ => None,
    };
    if let Some((nl, english)) = usage {
        err_line(en, if en { english } else { nl });
        return EXIT_TROUBLE;
    }
    let err_color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => !no_color && io::stderr().is_terminal(),
    };

    // Everything that can stop the run is checked before anything is written: the baseline,
    // the config files, which inputs are excluded.
    let mut baseline = match &args.baseline {
        Some(p) => match Baseline::load(p) {
            Ok(b) => Some(b),
            Err(e) => {
                err_line(en, e.text(en));
                return EXIT_TROUBLE;
            }
        },
        None => None,
    };
    let mut resolver = match Resolver::new(args.config.as_deref(), overrides) {
        Ok(r) => r,
        Err(e) => {
            let _ = io::stderr().write_all(e.render(en, err_color).as_bytes());
            return EXIT_TROUBLE;
        }
    };
    let stdin_name = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| "<stdin>".to_string());
    let mut jobs: Vec<(Input, Option<Arc<Resolved>>)> = Vec::new();
    // No path: the current directory, as ruff and typos do; stdin only with `-`, so a bare
    // `vt-lint` in a terminal never waits for input.
    let implicit = args.paths.is_empty();
    let paths = if implicit {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let mut expanded = input::expand_walked(&paths);
    if implicit {
        // "plan.md", not "./plan.md": the folder the user is in goes without saying.
        for (inp, _) in &mut expanded.inputs {
            if let Input::File(p) = inp {
                if let Ok(rel) = p.strip_prefix(".") {
                    *p = rel.to_path_buf();
                }
            }
        }
    }
    let mut skipped = expanded.ignored;
    for (inp, walked) in expanded.inputs {
        let resolved = match &inp {
            Input::File(p) => resolver.for_file(p),
            Input::Stdin => match &args.stdin_filename {
                Some(name) => resolver.for_file(Path::new(name)),
                None => resolver.for_dir(Path::new(".")),
            },
            Input::Missing(..) | Input::NoPlans(_) => None,
        };
        if let (Input::File(p), Some(r)) = (&inp, &resolved) {
            let excluded = r.file.as_ref().is_some_and(|f| f.is_excluded(p));
            if excluded && (walked || args.force_exclude) {
                skipped += usize::from(input::is_plan_file(p));
                continue;
            }
        }
        // Text from stdin under an excluded name (an editor or pre-commit passing the buffer
        // with `--stdin-filename`): with `--force-exclude` nothing is linted, as ruff does.
        if let (Input::Stdin, Some(name), Some(r)) = (&inp, &args.stdin_filename, &resolved) {
            let path = Path::new(name);
            if args.force_exclude && r.file.as_ref().is_some_and(|f| f.is_excluded(path)) {
                skipped += usize::from(input::is_plan_file(path));
                continue;
            }
        }
        jobs.push((inp, resolved));
    }
    let mut writer = match args.write_baseline.as_deref() {
        Some(p) => {
            let inputs: Vec<&Path> = jobs
                .iter()
                .filter_map(|(inp, _)| match inp {
                    Input::File(f) => Some(f.as_path()),
                    _ => None,
                })
                .collect();
            match Writer::new(p, &inputs) {
                Ok(mut w) => {
                    w.fingerprints = args.no_snippets;
                    Some(w)
                }
                Err(e) => {
                    err_line(en, e.text(en));
                    return EXIT_TROUBLE;
                }
            }
        }
        None => None,
    };
    if let Some(file) = &args.output_file {
        let mut reads: Vec<&Path> = jobs
            .iter()
            .filter_map(|(inp, _)| match inp {
                Input::File(f) => Some(f.as_path()),
                _ => None,
            })
            .collect();
        let configs: Vec<PathBuf> = jobs
            .iter()
            .filter_map(|(_, r)| r.as_ref()?.file.as_ref().map(|f| f.path.clone()))
            .collect();
        reads.extend(configs.iter().map(PathBuf::as_path));
        reads.extend(args.baseline.as_deref());
        reads.extend(args.config.as_deref());
        if let Err((nl, english)) = check_output_file(file, &reads) {
            err_line(en, if en { &english } else { &nl });
            return EXIT_TROUBLE;
        }
    }
    let mut broken = false;
    for e in resolver.errors() {
        broken = true;
        let _ = io::stderr().write_all(e.render(en, err_color).as_bytes());
    }
    if broken {
        return EXIT_TROUBLE;
    }
    if cli_lang.is_none() {
        // The run's own words (summary, checklist) follow the first plan's config.
        if let Some(c) = jobs.iter().find_map(|(_, r)| r.as_ref()) {
            en = c.config.en();
        }
    }

    let opts = Options {
        color,
        en,
        no_snippets: args.no_snippets,
        max_findings: args.max_findings,
        explain_parts: args.explain_parts,
        width: render::output_width(to_terminal),
    };
    let mut renderer: Box<dyn Renderer> = match args.format {
        _ if args.statistics => Box::new(render::stats::Statistics::new(
            en,
            args.format == Format::Json,
        )),
        _ if args.quiet => Box::new(render::stats::Quiet { en }),
        Format::Human => Box::new(render::human::Human::new(opts)),
        Format::Short => Box::new(render::short::Short {
            en,
            max_findings: args.max_findings,
        }),
        // ariadne always draws the source: without snippets, the human layout instead.
        Format::Pretty if args.no_snippets => Box::new(render::human::Human::new(opts)),
        Format::Pretty => Box::new(render::pretty::Pretty::new(opts)),
        Format::Json => Box::new(render::json::Json::new(
            args.explain_parts,
            args.no_snippets,
        )),
        Format::Sarif => Box::new(render::sarif::Sarif::new(
            en,
            args.max_findings,
            render::root::Root::find(),
        )),
        Format::Github => Box::new(render::github::Github {
            en,
            max_findings: args.max_findings,
            root: render::root::Root::find(),
        }),
    };
    let fail_on = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };

    let stdout = io::stdout();
    let mut out = match args.output_file {
        Some(_) => Sink::File(Vec::new()),
        None => Sink::Stdout(io::BufWriter::new(stdout.lock())),
    };
    let mut summary = Summary {
        skipped: (expanded.walked || skipped > 0).then_some(skipped),
        ..Summary::default()
    };
    let mut trouble = false;
    let mut failing = false;
    // Reading and linting run on `--threads` threads; results come back in input order and
    // are reported one by one (nothing is collected), so the output is the same either way.
    let threads = crate::cli::parallel::thread_count(args.threads, jobs.len());
    let work = |(inp, resolved): &(Input, Option<Arc<Resolved>>)| -> Linted {
        let (path, text) = match inp {
            Input::File(p) => (p.display().to_string(), input::read_file(p)),
            Input::Stdin => (stdin_name.clone(), input::read_stdin()),
            Input::Missing(p, e) => (p.display().to_string(), Err(e.clone())),
            Input::NoPlans(p) => {
                return Linted {
                    path: input::dir_name(p, en),
                    en,
                    empty_dir: true,
                    on_disk: false,
                    source: String::new(),
                    outcome: Err(input::no_plans(p, en)),
                }
            }
        };
        let on_disk = matches!(inp, Input::File(_));
        match (text, resolved) {
            (Ok(src), Some(r)) => {
                let outcome = lint_guarded(&src, &r.config).map_err(|at| internal_error(en, &at));
                Linted {
                    path,
                    en: r.config.en(),
                    empty_dir: false,
                    on_disk,
                    source: src,
                    outcome,
                }
            }
            (Ok(src), None) => Linted {
                path,
                en,
                empty_dir: false,
                on_disk,
                source: src,
                outcome: Err(internal_error(en, "config")),
            },
            (Err(e), _) => Linted {
                path,
                en,
                empty_dir: false,
                on_disk,
                source: String::new(),
                outcome: Err(e.text(en).to_string()),
            },
        }
    };
    let mut write_error = None;
    crate::cli::parallel::for_each_ordered(&jobs, threads, work, |mut done: Linted| {
        let mut omitted = Vec::new();
        match &mut done.outcome {
            Err(e) if done.empty_dir => {
                trouble = true;
                err_line(en, e);
            }
            Err(e) => {
                trouble = true;
                err_line(en, &format!("{}: {e}", done.path));
            }
            Ok(report) => {
                if let Some(b) = baseline.as_mut() {
                    b.filter(
                        &done.path,
                        done.on_disk,
                        &done.source,
                        &mut report.diagnostics,
                    );
                }
                if let Some(w) = writer.as_mut() {
                    w.add(&done.path, done.on_disk, &done.source, &report.diagnostics);
                }
                if args.no_snippets {
                    *report = render::redact::report(report);
                }
                // Exit status and summary count every finding; the report shows the first ones.
                failing |= report.diagnostics.iter().any(|d| d.severity >= fail_on);
                omitted = render::cap(&mut report.diagnostics, args.max_findings);
            }
        }
        if writer.is_some() {
            return true;
        }
        let fr = FileResult {
            path: &done.path,
            source: &done.source,
            en: done.en,
            outcome: done.outcome.as_ref().map_err(String::as_str),
            omitted: &omitted,
        };
        if done.empty_dir {
            summary.empty_dirs.push(done.path.clone());
        } else {
            summary.add(&fr);
        }
        if let Err(e) = renderer.file(&mut out, &fr) {
            write_error = Some(e);
            return false;
        }
        true
    });
    if let Some(e) = write_error {
        return write_failed(en, &e);
    }
    if let Some(w) = writer {
        if trouble {
            err_line(
                en,
                if en {
                    "baseline not written: not every plan could be read"
                } else {
                    "baseline niet geschreven: niet elk plan kon worden gelezen"
                },
            );
            return EXIT_TROUBLE;
        }
        let file = args.write_baseline.as_deref().unwrap_or(Path::new(""));
        return match w.write() {
            Ok(n) => {
                let _ = writeln!(
                    io::stderr(),
                    "vt-lint: {}",
                    if en {
                        format!("{n} findings recorded in {}", file.display())
                    } else {
                        format!("{n} bevindingen vastgelegd in {}", file.display())
                    }
                );
                EXIT_OK
            }
            Err(e) => {
                err_line(en, e.text(en));
                EXIT_TROUBLE
            }
        };
    }
    if let Err(e) = renderer
        .finish(&mut out, &summary)
        .and_then(|()| out.flush())
    {
        return write_failed(en, &e);
    }
    if let (Sink::File(bytes), Some(file)) = (&out, &args.output_file) {
        // Checked again just before writing: something may have appeared there meanwhile.
        if let Err((nl, english)) = check_output_file(file, &[]) {
            err_line(en, if en { &english } else { &nl });
            return EXIT_TROUBLE;
        }
        if let Err(e) = crate::workspace::write::replace(file, bytes) {
            err_line(
                en,
                &if en {
                    format!("{}: cannot write the report: {e}", file.display())
                } else {
                    format!("{}: kan het verslag niet schrijven: {e}", file.display())
                },
            );
            return EXIT_TROUBLE;
        }
    }
    if trouble {
        EXIT_TROUBLE
    } else if failing && !args.exit_zero {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
