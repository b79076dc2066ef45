//! `--baseline FILE` / `--write-baseline FILE`: accept the findings a repository already has,
//! report only new ones.
//!
//! A finding is recorded by its file's path (relative to the baseline file's folder, with `/`),
//! its rule code and the exact text it points at, with a count. Line numbers are not recorded,
//! so a finding keeps matching when text elsewhere in the plan changes.

use crate::diagnostic::Diagnostic;
use crate::rules::Rule;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub code: String,
    pub text: String,
    pub count: usize,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    tool: String,
    findings: Vec<Entry>,
}

/// Why a baseline cannot be read or written, in both languages; names the file.
#[derive(Debug, Clone)]
pub struct BaselineError {
    pub nl: String,
    pub en: String,
}

impl BaselineError {
    pub fn text(&self, en: bool) -> &str {
        if en {
            &self.en
        } else {
            &self.nl
        }
    }
}

/// Path, rule, text (or its fingerprint). Rules sort as their codes do, so the file is
/// written in the order of the codes.
type Key = (String, Rule, String);

/// Where paths are relative to: the baseline file's folder, absolute.
fn base_dir(file: &Path) -> PathBuf {
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::canonicalize(&dir).unwrap_or(dir)
}

/// The path a plan is recorded under.
fn key_path(dir: &Path, plan: &str, on_disk: bool) -> String {
    if on_disk {
        if let Ok(abs) = std::fs::canonicalize(plan) {
            if let Ok(rel) = abs.strip_prefix(dir) {
                return rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
            }
            return abs.to_string_lossy().replace('\\', "/");
        }
    }
    plan.replace('\\', "/")
}

fn text_of(source: &str, d: &Diagnostic) -> String {
    source.get(d.span.range()).unwrap_or("").to_string()
}

/// What `--no-snippets --write-baseline` records instead of the text: a fingerprint (64-bit
/// FNV-1a, stable across versions and platforms), so a baseline in a public repository does
/// not spell out the plan.
fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{FINGERPRINT}{h:016x}")
}

const FINGERPRINT: &str = "fnv1a64:";

/// A finding's identity as the baseline sees it — the rule, the plan's path and the exact text
/// the finding points at — hashed, so it holds nothing of the plan (SARIF's
/// `partialFingerprints`). `path` is the path as the caller records it.
pub fn identity_hash(path: &str, source: &str, d: &Diagnostic) -> String {
    fingerprint(&format!("{}\0{path}\0{}", d.code(), text_of(source, d)))
}

/// The largest baseline read: a baseline of every finding in thousands of plans stays far
/// below it; `/dev/zero` or a runaway file does not.
pub const MAX_BASELINE_BYTES: u64 = 16 * 1024 * 1024;

/// A baseline file's bytes: a regular file, at most `MAX_BASELINE_BYTES`.
fn read(path: &Path) -> Result<Vec<u8>, BaselineError> {
    use crate::workspace::input::ReadError;
    let name = path.display();
    let (nl, en) = match crate::workspace::input::read_regular(path, MAX_BASELINE_BYTES) {
        Ok(bytes) => return Ok(bytes),
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => (
            format!("baselinebestand niet gevonden; maak het met --write-baseline {name}"),
            format!("baseline file not found; create it with --write-baseline {name}"),
        ),
        Err(e) => e.describe(("het baselinebestand", "the baseline file"), "16 MB"),
    };
    Err(BaselineError {
        nl: format!("{name}: {nl}"),
        en: format!("{name}: {en}"),
    })
}

/// The bytes after a UTF-8 byte order mark, if there is one: Windows Notepad saves JSON with
/// it, and JSON parsers do not skip it.
fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// A baseline read from disk: what is still to be matched.
#[derive(Debug)]
pub struct Baseline {
    dir: PathBuf,
    left: BTreeMap<Key, usize>,
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let name = path.display();
        let bytes = read(path)?;
        // serde's own message may quote a value, and values hold plan text: say only where
        // and what kind of problem it is.
        let file: File = serde_json::from_slice(without_bom(&bytes)).map_err(|e| {
            use serde_json::error::Category;
            let (nl, en) = match e.classify() {
                Category::Syntax => ("geen geldige JSON", "not valid JSON"),
                Category::Eof => ("het bestand houdt halverwege op", "the file ends too soon"),
                Category::Data => (
                    "onbekend veld of verkeerd soort waarde",
                    "unknown field or wrong kind of value",
                ),
                Category::Io => ("leesfout", "read error"),
            };
            BaselineError {
                nl: format!(
                    "{name}:{}:{}: ongeldig baselinebestand: {nl}; maak het opnieuw met --write-baseline",
                    e.line(),
                    e.column()
                ),
                en: format!(
                    "{name}:{}:{}: invalid baseline file: {en}; write it again with --write-baseline",
                    e.line(),
                    e.column()
                ),
            }
        })?;
        if file.version != 1 || file.tool != "vt-lint" {
            return Err(BaselineError {
                nl: format!("{name}: geen baseline van vt-lint versie 1"),
                en: format!("{name}: not a vt-lint version 1 baseline"),
            });
        }
        let mut left = BTreeMap::new();
        for e in file.findings {
            // A code no rule has any more matches no finding.
            let Some(rule) = Rule::ALL.iter().copied().find(|r| r.code() == e.code) else {
                continue;
            };
            *left.entry((e.path, rule, e.text)).or_insert(0) += e.count;
        }
        Ok(Baseline {
            dir: base_dir(path),
            left,
        })
    }

    /// Remove the findings the baseline accepts (each entry as often as its count).
    pub fn filter(&mut self, plan: &str, on_disk: bool, source: &str, diags: &mut Vec<Diagnostic>) {
        let path = key_path(&self.dir, plan, on_disk);
        diags.retain(|d| {
            let text = text_of(source, d);
            for t in [fingerprint(&text), text] {
                let key = (path.clone(), d.rule, t);
                if let Some(n) = self.left.get_mut(&key).filter(|n| **n > 0) {
                    *n -= 1;
                    return false;
                }
            }
            true
        });
    }
}

/// Collects findings for `--write-baseline`.
#[derive(Debug)]
pub struct Writer {
    path: PathBuf,
    dir: PathBuf,
    /// Record fingerprints instead of text (`--no-snippets`).
    pub fingerprints: bool,
    /// A baseline stood at the path when it was checked; else nothing did.
    existed: bool,
    found: BTreeMap<Key, usize>,
}

fn refuse(path: &Path, nl: &str, en: &str) -> BaselineError {
    let name = path.display();
    BaselineError {
        nl: format!("{name}: {nl}"),
        en: format!("{name}: {en}"),
    }
}

/// True when `bytes` are a baseline vt-lint wrote (any version), so replacing it loses nothing
/// a user wrote by hand.
fn is_baseline(bytes: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Head {
        tool: String,
        #[allow(dead_code)] // must be there, as a list
        findings: Vec<serde::de::IgnoredAny>,
    }
    serde_json::from_slice::<Head>(without_bom(bytes)).is_ok_and(|h| h.tool == "vt-lint")
}

impl Writer {
    /// A writer for `path`, checked before anything is linted: vt-lint only replaces a file
    /// that is a baseline it wrote, never a plan being linted (`inputs`), never through a
    /// symbolic link, and never anything but a regular file.
    pub fn new(path: &Path, inputs: &[&Path]) -> Result<Writer, BaselineError> {
        let mut existed = false;
        match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(refuse(
                    path,
                    "is een symbolische koppeling; vt-lint schrijft niet door een koppeling heen. Geef het echte pad of een nieuwe naam",
                    "is a symbolic link; vt-lint does not write through a link. Give the real path or a new name",
                ))
            }
            Ok(m) if !m.is_file() => {
                return Err(refuse(
                    path,
                    "is geen gewoon bestand; geef een bestandsnaam voor de baseline",
                    "is not a regular file; give a file name for the baseline",
                ))
            }
            Ok(_) => {
                existed = true;
                let target = std::fs::canonicalize(path).ok();
                let same = |p: &&Path| {
                    target.is_some() && std::fs::canonicalize(p).ok() == target
                };
                if inputs.iter().any(same) {
                    return Err(refuse(
                        path,
                        "wordt zelf gecontroleerd; vt-lint schrijft de baseline niet over een plan heen",
                        "is one of the plans being checked; vt-lint does not write the baseline over a plan",
                    ));
                }
                let readable = crate::workspace::input::read_regular(path, MAX_BASELINE_BYTES)
                    .is_ok_and(|b| is_baseline(&b));
                if !readable {
                    return Err(refuse(
                        path,
                        "bestaat al en is geen baseline van vt-lint; vt-lint overschrijft het niet. Kies een andere naam of haal het bestand eerst weg",
                        "already exists and is not a vt-lint baseline; vt-lint does not overwrite it. Choose another name or remove the file first",
                    ));
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(refuse(
                    path,
                    &format!("kan het pad niet bekijken: {e}"),
                    &format!("cannot look at the path: {e}"),
                ))
            }
        }
        Ok(Writer {
            path: path.to_path_buf(),
            dir: base_dir(path),
            fingerprints: false,
            existed,
            found: BTreeMap::new(),
        })
    }

    pub fn add(&mut self, plan: &str, on_disk: bool, source: &str, diags: &[Diagnostic]) {
        let path = key_path(&self.dir, plan, on_disk);
        for d in diags {
            *self
                .found
                .entry((path.clone(), d.rule, {
                    let text = text_of(source, d);
                    if self.fingerprints {
                        fingerprint(&text)
                    } else {
                        text
                    }
                }))
                .or_insert(0) += 1;
        }
    }

    /// Findings recorded so far.
    pub fn len(&self) -> usize {
        self.found.values().sum()
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// Write the baseline atomically: a new file beside it, then a rename, so a full disk or a
    /// crash leaves the old baseline whole.
    pub fn write(self) -> Result<usize, BaselineError> {
        let n = self.len();
        let file = File {
            version: 1,
            tool: "vt-lint".into(),
            findings: self
                .found
                .into_iter()
                .map(|((path, rule, text), count)| Entry {
                    path,
                    code: rule.code().to_string(),
                    text,
                    count,
                })
                .collect(),
        };
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        let failed = |e: &dyn std::fmt::Display| {
            refuse(
                &self.path,
                &format!("kan het baselinebestand niet schrijven: {e}"),
                &format!("cannot write the baseline file: {e}"),
            )
        };
        // Linting took time: write only onto what the check allowed. Where nothing stood,
        // nothing may be overwritten now; where a baseline stood, it must still be one.
        if self.existed {
            let still = crate::workspace::input::read_regular(&self.path, MAX_BASELINE_BYTES)
                .is_ok_and(|b| is_baseline(&b));
            if !still {
                return Err(refuse(
                    &self.path,
                    "is tijdens de controle veranderd en is geen baseline van vt-lint meer; vt-lint overschrijft het niet",
                    "changed during the run and is no longer a vt-lint baseline; vt-lint does not overwrite it",
                ));
            }
            crate::workspace::write::replace(&self.path, text.as_bytes())
        } else {
            crate::workspace::write::create_new(&self.path, text.as_bytes())
        }
        .map_err(|e| failed(&e))?;
        Ok(n)
    }
}
