//! The folder paths in SARIF and GitHub annotations are relative to: the repository's top
//! level (the nearest folder upward from the current directory that holds `.git`), else the
//! folder of the nearest `vt-lint.toml` upward, else the current directory. Code scanning and
//! pull-request annotations resolve paths against the repository root, whatever folder
//! vt-lint ran in.

use std::path::{Component, Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Root {
    /// Absolute, links resolved.
    dir: PathBuf,
}

/// `path` made absolute against `cwd` and cleaned of `.` and `..` without touching the disk.
fn lexical(cwd: &Path, path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in cwd.join(path).components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

impl Root {
    /// The root for a run in the current directory.
    pub fn find() -> Option<Root> {
        let cwd = std::env::current_dir().ok()?;
        let cwd = std::fs::canonicalize(&cwd).unwrap_or(cwd);
        Some(Root::for_dir(&cwd))
    }

    /// The root for a run in `cwd` (absolute).
    pub fn for_dir(cwd: &Path) -> Root {
        let git = cwd.ancestors().find(|d| d.join(".git").exists());
        let config = || {
            cwd.ancestors()
                .find(|d| d.join(crate::workspace::FILE_NAME).is_file())
        };
        Root {
            dir: git.or_else(config).unwrap_or(cwd).to_path_buf(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `path` (as reported: relative to the current directory, or absolute) relative to the
    /// root with `/` between folders; `None` when it lies outside the root.
    pub fn relative(&self, path: &str) -> Option<String> {
        let p = Path::new(path);
        let cwd = std::env::current_dir().ok()?;
        let cwd = std::fs::canonicalize(&cwd).unwrap_or(cwd);
        let abs = std::fs::canonicalize(cwd.join(p)).unwrap_or_else(|_| lexical(&cwd, p));
        let rel = abs.strip_prefix(&self.dir).ok()?;
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        (!parts.is_empty()).then(|| parts.join("/"))
    }

    /// The root as a `file://` URI ending in `/`, for SARIF's `originalUriBaseIds`.
    pub fn uri(&self) -> String {
        let mut s = super::sarif::uri(&self.dir.to_string_lossy());
        if !s.starts_with("file://") {
            // A Windows path ("C:/…"): file:///C:/…
            s = format!("file:///{s}");
        }
        if !s.ends_with('/') {
            s.push('/');
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_first_then_config_then_cwd() {
        let d = tempfile::tempdir().unwrap();
        let base = std::fs::canonicalize(d.path()).unwrap();
        let deep = base.join("repo/team/plannen");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(Root::for_dir(&deep).dir, deep);
        std::fs::write(base.join("repo/team/vt-lint.toml"), "").unwrap();
        assert_eq!(Root::for_dir(&deep).dir, base.join("repo/team"));
        std::fs::create_dir(base.join("repo/.git")).unwrap();
        assert_eq!(Root::for_dir(&deep).dir, base.join("repo"));
    }

    #[test]
    fn lexical_paths() {
        assert_eq!(
            lexical(Path::new("/a/b"), Path::new("../c/./d.md")),
            PathBuf::from("/a/c/d.md")
        );
    }
}
