//! The only way vt-lint writes a file (a baseline, `init`'s config): into a new temporary
//! file beside the target, flushed to disk, then renamed into place. A full disk or a crash
//! leaves the old file whole, and a rename replaces a directory entry without following a
//! symbolic link. Callers decide first whether the target may be written at all.

use std::io::{self, Write};
use std::path::Path;

fn temp_beside(path: &Path, bytes: &[u8]) -> io::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".vt-lint-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

fn refuse_link(path: &Path) -> io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(io::Error::other(
            "het pad is een symbolische koppeling / the path is a symbolic link",
        )),
        _ => Ok(()),
    }
}

/// Put `bytes` at `path`, replacing the file there (keeping its permissions).
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_beside(path, bytes)?;
    let mode = std::fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.permissions());
    let perms = match mode {
        Some(p) => p,
        None => default_permissions(tmp.as_file())?,
    };
    tmp.as_file().set_permissions(perms)?;
    refuse_link(path)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Put `bytes` at `path`, which must not exist (not even as a dangling link).
pub fn create_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_beside(path, bytes)?;
    tmp.as_file()
        .set_permissions(default_permissions(tmp.as_file())?)?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}

/// Read-write for the owner, readable for others, like a file an editor makes (a temporary
/// file starts private).
fn default_permissions(f: &std::fs::File) -> io::Result<std::fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = f;
        Ok(std::fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    {
        Ok(f.metadata()?.permissions())
    }
}
