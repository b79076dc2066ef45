//! `vt-lint.toml`: finding it, reading it, and saying exactly where it is wrong.
//!
//! A config file is found from a plan's folder upward (or given with `--config`). Every key,
//! rule name, value and glob is checked; a mistake is a `ConfigError` that points at the line
//! in the TOML file and is drawn with codespan-reporting.

pub mod baseline;
pub mod input;
pub mod live;
pub mod write;

/// Exit statuses, the same for every command: nothing found, findings, trouble.
pub const EXIT_OK: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_TROUBLE: i32 = 2;

use crate::analysis::dates::Date;
use crate::analysis::lexicon::Extras;
use crate::analysis::parts::Part;
use crate::config::{Address, Config, Lang};
use crate::diagnostic::Severity;
use crate::rules::{self, Rule};
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::{Range, RangeInclusive};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

/// The file name vt-lint looks for.
pub const FILE_NAME: &str = "vt-lint.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    lang: Option<LangValue>,
    min_period_weeks: Option<Spanned<Integer>>,
    address: Option<AddressValue>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    #[serde(default)]
    lexicon: RawLexicon,
    #[serde(default)]
    sections: BTreeMap<Spanned<String>, Vec<String>>,
}

/// An integer however large, so a value out of range gets the allowed range in its message
/// (not serde's "integer `99999999999999999999` as i128, expected i64"). Integer keys are read
/// as this and then checked against their range.
#[derive(Debug, Clone, Copy)]
struct Integer(i128);

impl<'de> Deserialize<'de> for Integer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Integer;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an integer")
            }
            fn visit_i64<E>(self, v: i64) -> Result<Integer, E> {
                Ok(Integer(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Integer, E> {
                Ok(Integer(v.into()))
            }
            fn visit_i128<E>(self, v: i128) -> Result<Integer, E> {
                Ok(Integer(v))
            }
            fn visit_u128<E>(self, v: u128) -> Result<Integer, E> {
                Ok(Integer(i128::try_from(v).unwrap_or(i128::MAX)))
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawLexicon {
    #[serde(default)]
    vague_terms: Vec<String>,
    #[serde(default)]
    allow: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum LangValue {
    Nl,
    En,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum AddressValue {
    Auto,
    Je,
    U,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Level {
    Off,
    Info,
    Warning,
    Error,
}

/// A config file that was read and checked.
#[derive(Debug)]
pub struct FileConfig {
    /// The file as found or given.
    pub path: PathBuf,
    /// Its folder, absolute: `exclude` globs are relative to it.
    pub dir: PathBuf,
    pub lang: Option<Lang>,
    pub min_period_weeks: Option<u32>,
    pub address: Option<Address>,
    pub exclude: GlobSet,
    pub rules: BTreeMap<Rule, Option<Severity>>,
    pub extras: Extras,
}

/// A config file that cannot be used: where and why, in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// The file's text, when it could be read (for drawing the offending line).
    pub text: Option<String>,
    pub span: Option<Range<usize>>,
    pub nl: String,
    pub en: String,
}

impl ConfigError {
    fn at(path: &Path, text: &str, span: Option<Range<usize>>, nl: String, en: String) -> Self {
        ConfigError {
            path: shown(path),
            text: Some(text.to_string()),
            span,
            nl,
            en,
        }
    }

    pub fn message(&self, en: bool) -> &str {
        if en {
            &self.en
        } else {
            &self.nl
        }
    }

    /// The report for stderr: the TOML line with a caret under the mistake when known.
    pub fn render(&self, en: bool, color: bool) -> String {
        use codespan_reporting::diagnostic::{Diagnostic, Label};
        use codespan_reporting::files::SimpleFile;
        use codespan_reporting::term::{self, termcolor::Buffer};
        let name = self.path.display().to_string();
        match (&self.text, &self.span) {
            (Some(text), Some(span)) => {
                let file = SimpleFile::new(name.as_str(), text.as_str());
                let head = if en {
                    "invalid configuration"
                } else {
                    "ongeldige configuratie"
                };
                let span = clamp(text, span.clone());
                let diag = Diagnostic::error()
                    .with_message(format!("{head}: {}", self.message(en)))
                    .with_labels(vec![Label::primary((), span)]);
                let mut buf = if color {
                    Buffer::ansi()
                } else {
                    Buffer::no_color()
                };
                let config = term::Config::default();
                if term::emit_to_write_style(&mut buf, &config, &file, &diag).is_ok() {
                    let text = String::from_utf8_lossy(buf.as_slice()).into_owned();
                    // codespan says "error"; in Dutch the first word is "fout".
                    return if en {
                        text
                    } else {
                        text.replacen("error", "fout", 1)
                    };
                }
                format!("vt-lint: {name}: {}\n", self.message(en))
            }
            _ => {
                let word = if en { "error" } else { "fout" };
                format!("vt-lint: {word}: {name}: {}\n", self.message(en))
            }
        }
    }
}

/// Keep a span inside the text and on character boundaries.
fn clamp(text: &str, r: Range<usize>) -> Range<usize> {
    let s = crate::span::floor_char_boundary(text, r.start.min(text.len()));
    let e = crate::span::ceil_char_boundary(text, r.end.min(text.len())).max(s);
    s..e
}

/// One line, no trailing full stop: toml and serde speak English; say it in Dutch too.
fn translate(msg: &str) -> (String, String) {
    let en = msg
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
        .trim_end_matches('.')
        .to_string();
    let nl = if let Some(rest) = en.strip_prefix("unknown field ") {
        match rest.split_once(", expected ") {
            Some((field, expected)) => {
                let expected = expected.trim_start_matches("one of ");
                format!("onbekende sleutel {field}; toegestaan zijn {expected}")
            }
            None => format!(
                "onbekende sleutel {}",
                rest.split(',').next().unwrap_or(rest)
            ),
        }
    } else if let Some(rest) = en.strip_prefix("unknown variant ") {
        match rest.split_once(", expected ") {
            Some((v, expected)) => {
                let expected = expected.trim_start_matches("one of ");
                format!("onbekende waarde {v}; toegestaan zijn {expected}")
            }
            None => format!("onbekende waarde {rest}"),
        }
    } else if let Some(rest) = en.strip_prefix("invalid type: ") {
        match rest.split_once(", expected ") {
            Some((got, want)) => format!(
                "verkeerd type: {}, verwacht {}",
                nl_type(got),
                nl_type(want)
            ),
            None => format!("verkeerd type: {}", nl_type(rest)),
        }
    } else if let Some(rest) = en.strip_prefix("wanted ") {
        let rest = rest
            .replace("string", "tekst")
            .replace("table", "tabel")
            .replace(" or ", " of ");
        format!("verkeerd type: verwacht {rest}")
    } else if en.starts_with("duplicate key") {
        format!("sleutel staat er twee keer in ({en})")
    } else {
        format!("ongeldige TOML: {}", nl_syntax(&en))
    };
    (nl, en)
}

/// toml's syntax errors ("unclosed array, expected `]`") in Dutch: what is wrong, and what
/// was expected when that is a list of characters. The place is the error's span.
fn nl_syntax(en: &str) -> String {
    const WHAT: [(&str, &str); 14] = [
        (
            "invalid basic string",
            "tekst tussen aanhalingstekens is niet goed afgesloten",
        ),
        (
            "invalid literal string",
            "tekst tussen enkele aanhalingstekens is niet goed afgesloten",
        ),
        ("invalid string", "ongeldige tekst"),
        ("key with no value", "sleutel zonder waarde"),
        ("unclosed table", "de tabelnaam is niet afgesloten"),
        ("unclosed array", "de lijst is niet afgesloten"),
        (
            "string values must be quoted",
            "tekst moet tussen aanhalingstekens staan",
        ),
        ("unquoted keys cannot be empty", "een sleutel ontbreekt"),
        ("invalid float", "ongeldig getal"),
        ("invalid integer", "ongeldig geheel getal"),
        ("unexpected leading zero", "een getal begint niet met een 0"),
        ("missing escaped value", "ongeldige escape na een backslash"),
        ("invalid key", "ongeldige sleutel"),
        ("invalid inline table", "ongeldige tabel tussen accolades"),
    ];
    let (what, expected) = match en.split_once(", expected ") {
        Some((w, e)) => (w, Some(e)),
        None => (en, None),
    };
    let what = what.split(';').next().unwrap_or(what).trim();
    let mut out = WHAT
        .iter()
        .find(|(k, _)| what.starts_with(k))
        .map_or("ongeldige syntaxis", |(_, nl)| nl)
        .to_string();
    // Only characters, which need no translation: "`]`", "`=`, `.`".
    if let Some(e) = expected.map(|e| e.trim_start_matches("one of ")) {
        let tokens: Vec<&str> = e.split(", ").map(str::trim).collect();
        if tokens
            .iter()
            .all(|t| t.len() >= 3 && t.starts_with('`') && t.ends_with('`'))
        {
            out.push_str(&format!("; verwacht {}", tokens.join(" of ")));
        }
    }
    out
}

/// serde's names for TOML types, in Dutch.
fn nl_type(s: &str) -> String {
    const WORDS: [(&str, &str); 14] = [
        ("a string", "tekst"),
        ("string", "tekst"),
        ("an integer", "een geheel getal"),
        ("integer", "geheel getal"),
        ("i64", "een geheel getal"),
        ("u32", "een geheel getal"),
        ("a sequence", "een lijst"),
        ("sequence", "lijst"),
        ("a map", "een tabel"),
        ("map", "tabel"),
        ("a boolean", "waar of onwaar"),
        ("boolean", "waar/onwaar"),
        ("floating point", "kommagetal"),
        ("a float", "een kommagetal"),
    ];
    let mut out = s.to_string();
    if let Some((_, nl)) = WORDS.iter().find(|(en, _)| out == *en) {
        return nl.to_string();
    }
    for (en, nl) in WORDS {
        if let Some(rest) = out.strip_prefix(&format!("{en} ")) {
            out = format!("{nl} {rest}");
            break;
        }
    }
    out
}

/// A path for messages: relative to the current directory when it is below it.
fn shown(path: &Path) -> PathBuf {
    if path.is_absolute() {
        if let Some(rel) = std::env::current_dir()
            .ok()
            .and_then(|d| std::fs::canonicalize(d).ok())
            .and_then(|d| path.strip_prefix(d).ok().map(Path::to_path_buf))
        {
            return rel;
        }
    }
    path.to_path_buf()
}

/// The largest config file read: the template with every default is 4 KB.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// A config file's text: a regular file of UTF-8, at most `MAX_CONFIG_BYTES`.
pub fn read_text(path: &Path) -> Result<String, ConfigError> {
    use crate::workspace::input::ReadError;
    let (nl, en) = match crate::workspace::input::read_regular(path, MAX_CONFIG_BYTES) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => return Ok(text),
            Err(_) => (
                "het configuratiebestand is geen UTF-8-tekst".to_string(),
                "the config file is not UTF-8 text".to_string(),
            ),
        },
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => (
            "configuratiebestand niet gevonden".to_string(),
            "config file not found".to_string(),
        ),
        Err(e) => e.describe(("het configuratiebestand", "the config file"), "1 MB"),
    };
    Err(ConfigError {
        path: shown(path),
        text: None,
        span: None,
        nl,
        en,
    })
}

/// Read and check one config file.
pub fn load(path: &Path) -> Result<FileConfig, ConfigError> {
    let text = read_text(path)?;
    let dir = path
        .parent()
        .map(|d| {
            if d.as_os_str().is_empty() {
                Path::new(".")
            } else {
                d
            }
        })
        .unwrap_or(Path::new("."));
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    parse(path, &text, dir)
}

/// The integer keys, with the values they allow.
const INTEGER_KEYS: [(&str, RangeInclusive<i128>); 1] = [MIN_PERIOD_WEEKS];
const MIN_PERIOD_WEEKS: (&str, RangeInclusive<i128>) = ("min-period-weeks", 1..=260);

fn out_of_range((key, range): (&str, RangeInclusive<i128>), written: &str) -> (String, String) {
    let (lo, hi, written) = (range.start(), range.end(), written.trim());
    (
        format!("{key} moet een geheel getal van {lo} tot en met {hi} zijn, niet {written}"),
        format!("{key} must be a whole number from {lo} to {hi}, not {written}"),
    )
}

/// An integer too large for TOML itself (more than 128 bits) is a parse error: for an
/// integer key, say which values it allows.
fn too_large_integer(text: &str, e: &toml::de::Error) -> Option<(String, String)> {
    let span = e.span()?;
    if !e.message().contains("overflow") {
        return None;
    }
    let line_start = text[..span.start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let before = text
        .get(line_start..span.start)?
        .trim_end()
        .strip_suffix('=')?;
    let key = before.trim().trim_matches(['"', '\'']);
    let entry = INTEGER_KEYS.into_iter().find(|(k, _)| *k == key)?;
    Some(out_of_range(entry, text.get(span).unwrap_or("?")))
}

/// Check a config file's text. `dir` is the folder `exclude` globs are relative to.
pub fn parse(path: &Path, text: &str, dir: PathBuf) -> Result<FileConfig, ConfigError> {
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let (nl, en) = too_large_integer(text, &e).unwrap_or_else(|| translate(e.message()));
        ConfigError::at(path, text, e.span(), nl, en)
    })?;
    let err = |span: Range<usize>, nl: String, en: String| {
        Err(ConfigError::at(path, text, Some(span), nl, en))
    };

    let min_period_weeks = match raw.min_period_weeks {
        Some(w) if !MIN_PERIOD_WEEKS.1.contains(&w.get_ref().0) => {
            let (nl, en) = out_of_range(MIN_PERIOD_WEEKS, text.get(w.span()).unwrap_or("?"));
            return err(w.span(), nl, en);
        }
        Some(w) => Some(w.get_ref().0 as u32),
        None => None,
    };

    let mut globs = GlobSetBuilder::new();
    for g in &raw.exclude {
        let pat = g.get_ref().trim_start_matches("./");
        match GlobBuilder::new(pat).literal_separator(true).build() {
            Ok(glob) => {
                globs.add(glob);
            }
            Err(e) => {
                let why = e.kind().to_string();
                return err(
                    g.span(),
                    format!("ongeldig glob-patroon \"{}\": {why}", g.get_ref()),
                    format!("invalid glob pattern \"{}\": {why}", g.get_ref()),
                );
            }
        }
    }
    let exclude = globs.build().map_err(|e| {
        ConfigError::at(
            path,
            text,
            None,
            format!("ongeldige exclude-patronen: {e}"),
            format!("invalid exclude patterns: {e}"),
        )
    })?;

    let mut rule_levels = BTreeMap::new();
    for (key, level) in &raw.rules {
        let Some(meta) = rules::lookup(key.get_ref()) else {
            return err(
                key.span(),
                format!(
                    "onbekende regel \"{}\" in [rules]{}",
                    key.get_ref(),
                    crate::suggest::did_you_mean(key.get_ref(), false)
                ),
                format!(
                    "unknown rule \"{}\" in [rules]{}",
                    key.get_ref(),
                    crate::suggest::did_you_mean(key.get_ref(), true)
                ),
            );
        };
        if rule_levels.contains_key(&meta.rule) {
            return err(
                key.span(),
                format!("regel {} staat twee keer in [rules]", meta.code),
                format!("rule {} is listed twice in [rules]", meta.code),
            );
        }
        let sev = match level {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        };
        rule_levels.insert(meta.rule, sev);
    }

    let mut sections = BTreeMap::new();
    for (key, words) in &raw.sections {
        if Part::from_key(key.get_ref()).is_none() {
            let known: Vec<&str> = Part::ALL.iter().map(|p| p.key()).collect();
            return err(
                key.span(),
                format!(
                    "onbekend onderdeel \"{}\" in [sections]; bekend zijn {}",
                    key.get_ref(),
                    known.join(", ")
                ),
                format!(
                    "unknown part \"{}\" in [sections]; known parts are {}",
                    key.get_ref(),
                    known.join(", ")
                ),
            );
        }
        let words: Vec<String> = words
            .iter()
            .map(|w| w.trim().to_string())
            .filter(|w| !w.is_empty())
            .collect();
        sections.insert(key.get_ref().clone(), words);
    }

    let clean = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|w| w.trim().to_string())
            .filter(|w| !w.is_empty())
            .collect()
    };
    Ok(FileConfig {
        path: path.to_path_buf(),
        dir,
        lang: raw.lang.map(|l| match l {
            LangValue::Nl => Lang::Nl,
            LangValue::En => Lang::En,
        }),
        min_period_weeks,
        address: raw.address.map(|a| match a {
            AddressValue::Auto => Address::Auto,
            AddressValue::Je => Address::Je,
            AddressValue::U => Address::U,
        }),
        exclude,
        rules: rule_levels,
        extras: Extras {
            vague_terms: clean(&raw.lexicon.vague_terms),
            allow: clean(&raw.lexicon.allow),
            sections,
        },
    })
}

impl FileConfig {
    /// True when `path` (an existing file) matches an `exclude` glob, itself or through one of
    /// its folders below the config file's folder.
    pub fn is_excluded(&self, path: &Path) -> bool {
        if self.exclude.is_empty() {
            return false;
        }
        let abs = absolute(path);
        let Ok(rel) = abs.strip_prefix(&self.dir) else {
            return false;
        };
        rel.ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .any(|a| self.exclude.is_match(a))
    }
}

/// `path` made absolute with its links resolved. A path that need not exist (the
/// `--stdin-filename` of an unsaved buffer) gets its folder resolved and its name kept.
fn absolute(path: &Path) -> PathBuf {
    if let Ok(abs) = std::fs::canonicalize(path) {
        return abs;
    }
    let name = path.file_name();
    let parent = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    match (std::fs::canonicalize(parent), name) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// What the command line sets for every file, over any config file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub lang: Option<Lang>,
    pub today: Option<Date>,
    pub select: Option<BTreeSet<Rule>>,
    pub ignore: BTreeSet<Rule>,
}

/// The settings for files under one config file (or none), command-line flags applied.
pub fn build(file: Option<&FileConfig>, ov: &Overrides) -> Config {
    let mut c = Config::new();
    if let Some(f) = file {
        if let Some(l) = f.lang {
            c.lang = l;
        }
        if let Some(w) = f.min_period_weeks {
            c.min_period_weeks = w;
        }
        if let Some(a) = f.address {
            c.address = a;
        }
        c.rules = f.rules.clone();
        c.extras = f.extras.clone();
    }
    if let Some(l) = ov.lang {
        c.lang = l;
    }
    c.today = ov.today;
    c.select = ov.select.clone();
    c.ignore = ov.ignore.clone();
    c
}

/// The nearest `vt-lint.toml` from `dir` upward.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// A config with its settings: shared by every file it applies to.
#[derive(Debug)]
pub struct Resolved {
    pub file: Option<FileConfig>,
    pub config: Config,
}

/// Finds and caches configs: one `Resolved` (and so one lexicon engine) per config file, never
/// one per plan. Folders are cached too, so a folder of plans is searched once.
#[derive(Debug)]
pub struct Resolver {
    overrides: Overrides,
    explicit: Option<Arc<Resolved>>,
    default: Arc<Resolved>,
    by_dir: HashMap<PathBuf, Arc<Resolved>>,
    by_file: HashMap<PathBuf, Arc<Resolved>>,
    /// Config files that failed, each reported once.
    failed: BTreeMap<PathBuf, ConfigError>,
}

impl Resolver {
    /// `explicit` is `--config FILE`: used for every plan when given.
    pub fn new(explicit: Option<&Path>, overrides: Overrides) -> Result<Resolver, ConfigError> {
        let explicit = match explicit {
            Some(p) => {
                let f = load(p)?;
                let config = build(Some(&f), &overrides);
                Some(Arc::new(Resolved {
                    file: Some(f),
                    config,
                }))
            }
            None => None,
        };
        let default = Arc::new(Resolved {
            file: None,
            config: build(None, &overrides),
        });
        Ok(Resolver {
            overrides,
            explicit,
            default,
            by_dir: HashMap::new(),
            by_file: HashMap::new(),
            failed: BTreeMap::new(),
        })
    }

    /// The config for a plan in folder `dir` (`None` when its config file is broken; the error
    /// is kept for `errors()`).
    pub fn for_dir(&mut self, dir: &Path) -> Option<Arc<Resolved>> {
        if let Some(e) = &self.explicit {
            return Some(e.clone());
        }
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if let Some(r) = self.by_dir.get(&dir) {
            return Some(r.clone());
        }
        let resolved = match discover(&dir) {
            None => self.default.clone(),
            Some(file) => {
                if self.failed.contains_key(&file) {
                    return None;
                }
                match self.by_file.get(&file) {
                    Some(r) => r.clone(),
                    None => match load(&file) {
                        Ok(f) => {
                            let config = build(Some(&f), &self.overrides);
                            let r = Arc::new(Resolved {
                                file: Some(f),
                                config,
                            });
                            self.by_file.insert(file, r.clone());
                            r
                        }
                        Err(e) => {
                            self.failed.insert(file, e);
                            return None;
                        }
                    },
                }
            }
        };
        self.by_dir.insert(dir, resolved.clone());
        Some(resolved)
    }

    /// The config for a plan file.
    pub fn for_file(&mut self, path: &Path) -> Option<Arc<Resolved>> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        self.for_dir(&dir)
    }

    /// Every config file that could not be used.
    pub fn errors(&self) -> impl Iterator<Item = &ConfigError> {
        self.failed.values()
    }

    /// How many distinct configs are in use (for tests of the cache).
    pub fn loaded(&self) -> usize {
        self.by_file.len() + usize::from(self.explicit.is_some())
    }
}

/// The text `vt-lint init` writes: every key with its default, explained.
pub fn template(en: bool) -> String {
    let mut s = String::new();
    if en {
        s.push_str(
            "# vt-lint configuration. vt-lint uses the nearest vt-lint.toml from a plan's folder\n\
             # upward (or the file given with --config). Command-line flags win over this file.\n\n\
             # Message language: \"nl\" or \"en\".\n\
             lang = \"nl\"\n\n\
             # The shortest period (in weeks) a plan may run.\n\
             min-period-weeks = 8\n\n\
             # How the plan addresses the employee: \"auto\" (follow the plan), \"je\" or \"u\".\n\
             address = \"auto\"\n\n\
             # Files and folders to skip, as globs relative to this file, e.g. [\"archief/**\"].\n\
             # Folders vt-lint walks always honour this; paths given on the command line only with\n\
             # --force-exclude.\n\
             exclude = []\n\n\
             # Severity per rule, by code or name: \"off\", \"info\", \"warning\" or \"error\".\n\
             # The defaults are listed; remove the # to change one.\n\
             [rules]\n",
        );
    } else {
        s.push_str(
            "# Configuratie van vt-lint. vt-lint gebruikt de dichtstbijzijnde vt-lint.toml vanaf de\n\
             # map van een plan omhoog (of het bestand bij --config). Opties op de opdrachtregel gaan\n\
             # voor dit bestand.\n\n\
             # Taal van de meldingen: \"nl\" of \"en\".\n\
             lang = \"nl\"\n\n\
             # De kortste looptijd (in weken) die een plan mag hebben.\n\
             min-period-weeks = 8\n\n\
             # Hoe het plan de medewerker aanspreekt: \"auto\" (volg het plan), \"je\" of \"u\".\n\
             address = \"auto\"\n\n\
             # Bestanden en mappen die vt-lint overslaat, als glob-patronen ten opzichte van dit\n\
             # bestand, bijv. [\"archief/**\"]. Mappen die vt-lint doorloopt volgen dit altijd; paden\n\
             # op de opdrachtregel alleen met --force-exclude.\n\
             exclude = []\n\n\
             # Ernst per regel, met code of naam: \"off\", \"info\", \"warning\" of \"error\".\n\
             # Hieronder de standaardwaarden; haal het # weg om er een te wijzigen.\n\
             [rules]\n",
        );
    }
    for m in rules::RULES {
        let summary = if en { m.summary.1 } else { m.summary.0 };
        s.push_str(&format!(
            "# {} = \"{}\"  # {}: {}\n",
            m.code,
            m.severity.as_str(),
            m.name,
            summary
        ));
    }
    if en {
        s.push_str(
            "\n[lexicon]\n\
             # Extra vague terms (VT201), added to the built-in list.\n\
             vague-terms = []\n\
             # Wording that is never reported.\n\
             allow = []\n\n\
             # Extra headings per part, added to the built-in synonyms, e.g. support = [\"hulplijn\"].\n\
             [sections]\n",
        );
    } else {
        s.push_str(
            "\n[lexicon]\n\
             # Extra vage termen (VT201), bovenop de ingebouwde lijst.\n\
             vague-terms = []\n\
             # Formuleringen die nooit gemeld worden.\n\
             allow = []\n\n\
             # Extra kopjes per onderdeel, bovenop de ingebouwde synoniemen, bijv. support = [\"hulplijn\"].\n\
             [sections]\n",
        );
    }
    for p in Part::ALL {
        s.push_str(&format!("{} = []\n", p.key()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<FileConfig, ConfigError> {
        parse(Path::new("vt-lint.toml"), text, PathBuf::from("/repo"))
    }

    fn line_of(e: &ConfigError) -> usize {
        let t = e.text.as_deref().unwrap();
        t[..e.span.clone().unwrap().start].matches('\n').count() + 1
    }

    #[test]
    fn every_key_is_read() {
        let f = parse_str(
            "lang = \"en\"\nmin-period-weeks = 12\naddress = \"u\"\nexclude = [\"archief/**\"]\n\
             [rules]\nVT101 = \"off\"\nmissing-history = \"error\"\n\
             [lexicon]\nvague-terms = [\"hands-on mentaliteit\"]\nallow = [\"proactief\"]\n\
             [sections]\nsupport = [\"hulplijn\"]\n",
        )
        .unwrap();
        assert_eq!(f.lang, Some(Lang::En));
        assert_eq!(f.min_period_weeks, Some(12));
        assert_eq!(f.address, Some(Address::U));
        assert_eq!(f.rules.get(&Rule::MissingProblem), Some(&None));
        assert_eq!(
            f.rules.get(&Rule::MissingHistory),
            Some(&Some(Severity::Error))
        );
        assert_eq!(f.extras.vague_terms, ["hands-on mentaliteit"]);
        assert_eq!(f.extras.allow, ["proactief"]);
        assert_eq!(f.extras.sections["support"], ["hulplijn"]);
        assert!(f.is_excluded(Path::new("/repo/archief/oud.md")));
        let c = build(Some(&f), &Overrides::default());
        assert_eq!(
            (c.lang, c.min_period_weeks, c.address),
            (Lang::En, 12, Address::U)
        );
        assert_eq!(c.extras, f.extras);
        let c = build(
            Some(&f),
            &Overrides {
                lang: Some(Lang::Nl),
                ..Overrides::default()
            },
        );
        assert_eq!(c.lang, Lang::Nl, "the command line wins");
        assert!(!f.is_excluded(Path::new("/repo/plannen/nieuw.md")));
    }

    #[test]
    fn mistakes_point_at_their_line() {
        let cases = [
            ("lang = \"nl\"\nfoo = 1\n", 2, "onbekende sleutel"),
            ("lang = \"de\"\n", 1, "onbekende waarde"),
            ("\nmin-period-weeks = \"acht\"\n", 2, "verkeerd type"),
            (
                "min-period-weeks = 0\n",
                1,
                "van 1 tot en met 260 zijn, niet 0",
            ),
            // Beyond i64 and beyond what TOML can read at all: the same message.
            (
                "\nmin-period-weeks = 99999999999999999999\n",
                2,
                "van 1 tot en met 260 zijn, niet 99999999999999999999",
            ),
            (
                "min-period-weeks = -1000000000000000000000000000000000000000000\n",
                1,
                "van 1 tot en met 260 zijn, niet -1000000000000000000000000000000000000000000",
            ),
            ("\n\n[rules]\nVT2O1 = \"off\"\n", 4, "onbekende regel"),
            ("[rules]\nVT101 = \"loud\"\n", 2, "onbekende waarde"),
            ("exclude = [\n  \"ok/**\",\n  \"a[\",\n]\n", 3, "glob"),
            ("[lexicon]\nvague = []\n", 2, "onbekende sleutel"),
            ("[sections]\nhelp = [\"x\"]\n", 2, "onbekend onderdeel"),
            ("lang = \n", 1, "ongeldige TOML"),
        ];
        for (text, line, words) in cases {
            let e = parse_str(text).unwrap_err();
            assert_eq!(line_of(&e), line, "{text:?}: {}", e.nl);
            assert!(e.nl.contains(words), "{text:?}: {}", e.nl);
            assert!(!e.nl.ends_with('.') && !e.en.ends_with('.'), "{}", e.en);
        }
    }

    #[test]
    fn the_template_is_a_valid_config_with_the_defaults() {
        for en in [false, true] {
            let t = template(en);
            let f = parse_str(&t).unwrap_or_else(|e| panic!("{}", e.en));
            let c = build(Some(&f), &Overrides::default());
            let d = Config::new();
            assert_eq!(c.lang, d.lang);
            assert_eq!(c.min_period_weeks, d.min_period_weeks);
            assert_eq!(c.address, d.address);
            assert!(c.rules.is_empty());
            for m in rules::RULES {
                assert!(t.contains(&format!("# {} = \"", m.code)), "{}", m.code);
            }
        }
    }

    #[test]
    fn one_config_and_one_engine_per_config_file_not_per_plan() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join(FILE_NAME),
            "[lexicon]\nvague-terms = [\"hands-on\"]\n",
        )
        .unwrap();
        let mut r = Resolver::new(None, Overrides::default()).unwrap();
        let x = r.for_file(&d.path().join("a/b/x.md")).unwrap();
        let y = r.for_file(&d.path().join("a/y.md")).unwrap();
        let z = r.for_file(&d.path().join("z.md")).unwrap();
        assert!(Arc::ptr_eq(&x, &y) && Arc::ptr_eq(&y, &z));
        assert_eq!(r.loaded(), 1);
        assert!(std::ptr::eq(x.config.engine(), z.config.engine()));
    }
}
