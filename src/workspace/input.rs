//! Reading plans from disk and stdin, with a clear message for everything that is not a
//! readable UTF-8 text file. Nothing here ever writes to an input file.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Plans larger than this are refused: no real plan comes near it.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Why an input could not be linted: (Dutch, English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub nl: String,
    pub en: String,
}

impl InputError {
    fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        InputError {
            nl: nl.into(),
            en: en.into(),
        }
    }

    pub fn text(&self, en: bool) -> &str {
        if en {
            &self.en
        } else {
            &self.nl
        }
    }

    /// A path a directory walk could not read.
    fn walk(e: &std::io::Error, is_dir: bool) -> Self {
        match (e.kind(), is_dir) {
            (std::io::ErrorKind::PermissionDenied, true) => InputError::new(
                "geen leesrechten voor deze map; de plannen erin zijn niet gecontroleerd",
                "permission denied for this directory; the plans in it were not checked",
            ),
            (_, true) => InputError::new(
                format!("kan de map niet lezen: {e}; de plannen erin zijn niet gecontroleerd"),
                format!("cannot read the directory: {e}; the plans in it were not checked"),
            ),
            (_, false) => InputError::io(e),
        }
    }

    fn io(e: &std::io::Error) -> Self {
        use std::io::ErrorKind::*;
        match e.kind() {
            NotFound => InputError::new("bestand niet gevonden", "file not found"),
            PermissionDenied => {
                InputError::new("geen leesrechten voor dit bestand", "permission denied")
            }
            _ => InputError::new(
                format!("kan het bestand niet lezen: {e}"),
                format!("cannot read the file: {e}"),
            ),
        }
    }
}

/// Check decoded bytes: not empty, not binary, valid UTF-8.
pub fn decode(bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let probe = &bytes[..bytes.len().min(8192)];
    if probe.contains(&0) {
        return Err(InputError::new(
            "dit is een binair bestand, geen tekst (bevat NUL-bytes)",
            "this is a binary file, not text (contains NUL bytes)",
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = crate::span::line_breaks(&e.as_bytes()[..at], 0).count() + 1;
            return Err(InputError::new(
                format!("geen geldige UTF-8-tekst: ongeldige byte 0x{:02X} op byte {at} (regel {line}); sla het bestand op als UTF-8", e.as_bytes()[at]),
                format!("not valid UTF-8: invalid byte 0x{:02X} at byte {at} (line {line}); save the file as UTF-8", e.as_bytes()[at]),
            ));
        }
    };
    if text.trim_start_matches('\u{FEFF}').trim().is_empty() {
        return Err(InputError::new("het bestand is leeg", "the file is empty"));
    }
    Ok(text)
}

fn too_large(n: u64) -> InputError {
    let mb = n as f64 / (1024.0 * 1024.0);
    InputError::new(
        format!("het bestand is te groot ({mb:.1} MB); vt-lint leest plannen tot 16 MB"),
        format!("the file is too large ({mb:.1} MB); vt-lint reads plans up to 16 MB"),
    )
}

/// Why `read_regular` did not read a file.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    Directory,
    /// A FIFO, a device, a socket: reading one can block forever or never end.
    NotRegular,
    /// Larger than the limit: the size found (or just over the limit, if it grew).
    TooLarge(u64),
}

impl ReadError {
    /// What is wrong with a file of the kind named, in Dutch and English: `file` is its name
    /// with article ("het baselinebestand", "the baseline file"), `limit` the size limit as
    /// written ("16 MB"). A missing file is the caller's to word: what to do about it differs.
    pub fn describe(&self, file: (&str, &str), limit: &str) -> (String, String) {
        let (nl, en) = file;
        match self {
            ReadError::Io(e) => (
                format!("kan {nl} niet lezen: {e}"),
                format!("cannot read {en}: {e}"),
            ),
            ReadError::Directory => (format!("{nl} is een map"), format!("{en} is a directory")),
            ReadError::NotRegular => (
                format!("{nl} is geen gewoon bestand (maar bijv. een pipe of apparaat)"),
                format!("{en} is not a regular file (but e.g. a pipe or device)"),
            ),
            ReadError::TooLarge(_) => (
                format!("{nl} is groter dan {limit}"),
                format!("{en} is larger than {limit}"),
            ),
        }
    }
}

/// Read a file that must be a regular file of at most `max` bytes. A FIFO or device is refused
/// before it is opened (opening a FIFO blocks until someone writes to it), and the opened file
/// is checked again, in case the path changed in between; at most `max + 1` bytes are read
/// whatever the size said. Only a FIFO swapped in between the two checks could still block.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let check = |meta: std::fs::Metadata| {
        if meta.is_dir() {
            Err(ReadError::Directory)
        } else if !meta.is_file() {
            Err(ReadError::NotRegular)
        } else if meta.len() > max {
            Err(ReadError::TooLarge(meta.len()))
        } else {
            Ok(meta.len())
        }
    };
    check(std::fs::metadata(path).map_err(ReadError::Io)?)?;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let len = check(file.metadata().map_err(ReadError::Io)?)?;
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Read one plan from disk.
pub fn read_file(path: &Path) -> Result<String, InputError> {
    match read_regular(path, MAX_BYTES) {
        Ok(bytes) => decode(bytes),
        Err(ReadError::Io(e)) => Err(InputError::io(&e)),
        Err(ReadError::Directory) => Err(InputError::new(
            "dit is een map zonder plannen",
            "this is a directory without plans",
        )),
        Err(ReadError::NotRegular) => Err(InputError::new(
            "geen gewoon bestand (bijv. een pipe of apparaat); geef het plan via stdin met '-'",
            "not a regular file (e.g. a pipe or device); pass the plan on stdin with '-'",
        )),
        Err(ReadError::TooLarge(n)) => Err(too_large(n)),
    }
}

/// Read the plan from standard input.
pub fn read_stdin() -> Result<String, InputError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::io(&e))?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::new(
            "leeg: er kwam geen tekst binnen (geef het plan door, bijv. `vt-lint - < plan.md`)",
            "empty: no text came in (pass the plan, e.g. `vt-lint - < plan.md`)",
        ));
    }
    decode(bytes)
}

/// A directory's name for messages: "." is the current directory, said so.
pub fn dir_name(dir: &Path, en: bool) -> String {
    if dir.as_os_str() == "." {
        return (if en {
            "the current directory"
        } else {
            "de huidige map"
        })
        .to_string();
    }
    crate::render::excerpt::printable(&dir.display().to_string()).into_owned()
}

/// Why an empty directory was not linted: "geen plannen … gevonden in DIR".
pub fn no_plans(dir: &Path, en: bool) -> String {
    let dir = dir_name(dir, en);
    if en {
        format!("no plans (*.md, *.markdown) found in {dir}")
    } else {
        format!("geen plannen (*.md, *.markdown) gevonden in {dir}")
    }
}

/// One thing to lint: a file on disk or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
    /// A path that could not be expanded (missing, or unreadable on the way).
    Missing(PathBuf, InputError),
    /// A directory with no plan in it (`*.md`, `*.markdown`), ignore files applied.
    NoPlans(PathBuf),
}

/// True for the extensions vt-lint looks for inside directories.
pub fn is_plan_file(p: &Path) -> bool {
    matches!(
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("md" | "markdown")
    )
}

/// Expand the command line into inputs: directories are walked for `*.md` / `*.markdown`,
/// honouring `.gitignore`, in sorted order.
pub fn expand(paths: &[PathBuf]) -> Vec<Input> {
    expand_walked(paths)
        .inputs
        .into_iter()
        .map(|(i, _)| i)
        .collect()
}

/// The inputs a command line names, its directories walked.
#[derive(Debug, Default)]
pub struct Expanded {
    /// Each input, with whether it was found by walking a directory (config `exclude`
    /// always applies to those; to paths given by name only with `--force-exclude`).
    pub inputs: Vec<(Input, bool)>,
    /// Whether a directory was walked.
    pub walked: bool,
    /// Plans (`*.md`, `*.markdown`) the walks left out because an ignore file says so.
    pub ignored: usize,
}

/// Like `expand`, with whether each input was found by walking a directory, and how many
/// plans ignore files left out.
pub fn expand_walked(paths: &[PathBuf]) -> Expanded {
    let mut out = Expanded::default();
    for p in paths {
        if p.as_os_str() == "-" {
            out.inputs.push((Input::Stdin, false));
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                out.walked = true;
                let (found, ignored) = walk(p);
                out.ignored += ignored;
                if found.is_empty() {
                    out.inputs.push((Input::NoPlans(p.clone()), false));
                }
                out.inputs.extend(found.into_iter().map(|f| (f, true)));
            }
            Ok(_) => out.inputs.push((Input::File(p.clone()), false)),
            Err(e) => out
                .inputs
                .push((Input::Missing(p.clone(), InputError::io(&e)), false)),
        }
    }
    out
}

/// Whether `dir` lies inside a git repository: it or a folder above it holds `.git`.
fn in_git_repository(dir: &Path) -> bool {
    let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    abs.ancestors().any(|d| d.join(".git").exists())
}

/// The walk over `dir`. Hidden files and folders are always skipped, links never followed.
/// With `ignore_files`, exactly the ignore files README.md lists count:
///
/// - `.gitignore` in `dir` and every folder below it, also outside a git repository;
/// - when `dir` lies inside a git repository, also `.gitignore` in the folders above it up to
///   the repository's root, `.git/info/exclude` and git's global excludes file
///   (`core.excludesFile`), as git itself reads them.
///
/// Not `.ignore`, `.rgignore` and the like: those tell search tools what to leave out, and
/// a plan that goes unchecked because of a search tool's setting would be a silent loss.
fn walker(dir: &Path, ignore_files: bool) -> ignore::Walk {
    let mut b = ignore::WalkBuilder::new(dir);
    b.standard_filters(false).hidden(true).follow_links(false);
    if ignore_files {
        let git = in_git_repository(dir);
        b.git_ignore(true)
            .require_git(git)
            .parents(git)
            .git_exclude(git)
            .git_global(git);
    }
    b.build()
}

/// The plans in a directory, and the unreadable paths met on the way (as `Input::Missing`),
/// in path order; and how many plans ignore files left out.
fn walk(dir: &Path) -> (Vec<Input>, usize) {
    let mut found: Vec<(PathBuf, Option<InputError>)> = Vec::new();
    let is_plan =
        |e: &ignore::DirEntry| e.file_type().is_some_and(|t| t.is_file()) && is_plan_file(e.path());
    for entry in walker(dir, true) {
        match entry {
            Ok(e) if is_plan(&e) => found.push((e.into_path(), None)),
            Ok(_) => {}
            Err(e) => {
                for (path, err) in walk_errors(&e) {
                    found.push((path.unwrap_or_else(|| dir.to_path_buf()), Some(err)));
                }
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found.dedup_by(|a, b| a.0 == b.0);
    // Walk again without ignore files, only to count what they left out.
    let plans = found.iter().filter(|(_, e)| e.is_none()).count();
    let all = walker(dir, false)
        .filter_map(Result::ok)
        .filter(is_plan)
        .count();
    let inputs = found
        .into_iter()
        .map(|(p, e)| match e {
            None => Input::File(p),
            Some(e) => Input::Missing(p, e),
        })
        .collect();
    (inputs, all.saturating_sub(plans))
}

/// The paths a walk could not read, and why. A broken pattern in an ignore file is no such
/// path: the file's other patterns still apply.
fn walk_errors(e: &ignore::Error) -> Vec<(Option<PathBuf>, InputError)> {
    fn go(e: &ignore::Error, path: Option<&Path>, out: &mut Vec<(Option<PathBuf>, InputError)>) {
        match e {
            ignore::Error::Partial(errs) => errs.iter().for_each(|e| go(e, path, out)),
            ignore::Error::WithLineNumber { err, .. } | ignore::Error::WithDepth { err, .. } => {
                go(err, path, out)
            }
            ignore::Error::WithPath { path, err } => go(err, Some(path), out),
            ignore::Error::Io(io) => {
                let is_dir = path.is_some_and(|p| p.is_dir());
                out.push((path.map(Path::to_path_buf), InputError::walk(io, is_dir)));
            }
            // Glob errors; loops and file types do not occur without following links
            // and type filters.
            _ => {}
        }
    }
    let mut out = Vec::new();
    go(e, None, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_says_where_utf8_breaks() {
        let e = decode(b"# Plan\nna\xefve\n".to_vec()).unwrap_err();
        assert!(
            e.nl.contains("byte 9") && e.nl.contains("regel 2"),
            "{}",
            e.nl
        );
        assert!(decode(b"\xEF\xBB\xBF  \n".to_vec()).is_err());
        assert!(decode(b"a\0b".to_vec()).unwrap_err().en.contains("binary"));
    }
}
