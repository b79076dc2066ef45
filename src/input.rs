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
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
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

/// Read one plan from disk.
pub fn read_file(path: &Path) -> Result<String, InputError> {
    let meta = std::fs::metadata(path).map_err(|e| InputError::io(&e))?;
    if meta.is_dir() {
        return Err(InputError::new(
            "dit is een map zonder plannen",
            "this is a directory without plans",
        ));
    }
    if !meta.is_file() {
        return Err(InputError::new(
            "geen gewoon bestand (bijv. een pipe of apparaat); geef het plan via stdin met '-'",
            "not a regular file (e.g. a pipe or device); pass the plan on stdin with '-'",
        ));
    }
    if meta.len() > MAX_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| InputError::io(&e))?;
    decode(bytes)
}

/// Read the plan from standard input.
pub fn read_stdin() -> Result<String, InputError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::io(&e))?;
    decode(bytes)
}

/// One thing to lint: a file on disk or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
    /// A path that could not be expanded (missing, or a directory without plans).
    Missing(PathBuf, InputError),
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
    expand_walked(paths).into_iter().map(|(i, _)| i).collect()
}

/// Like `expand`, with whether each input was found by walking a directory (config
/// `exclude` always applies to those; to paths given by name only with `--force-exclude`).
pub fn expand_walked(paths: &[PathBuf]) -> Vec<(Input, bool)> {
    if paths.is_empty() {
        return vec![(Input::Stdin, false)];
    }
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push((Input::Stdin, false));
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(p)
                    .hidden(true)
                    .git_ignore(true)
                    .require_git(false)
                    .follow_links(false)
                    .build()
                    .filter_map(Result::ok)
                    .filter(|e| {
                        e.file_type().is_some_and(|t| t.is_file()) && is_plan_file(e.path())
                    })
                    .map(|e| e.into_path())
                    .collect();
                found.sort();
                if found.is_empty() {
                    out.push((
                        Input::Missing(
                            p.clone(),
                            InputError::new(
                                "geen plannen (*.md, *.markdown) gevonden in deze map",
                                "no plans (*.md, *.markdown) found in this directory",
                            ),
                        ),
                        false,
                    ));
                }
                out.extend(found.into_iter().map(|f| (Input::File(f), true)));
            }
            Ok(_) => out.push((Input::File(p.clone()), false)),
            Err(e) => out.push((Input::Missing(p.clone(), InputError::io(&e)), false)),
        }
    }
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
