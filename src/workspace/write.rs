//! The only way vt-lint writes a file (a baseline, `init`'s config): into a new temporary
//! file beside the target, flushed to disk, then renamed into place, and the folder flushed
//! too. A full disk or a crash leaves the old file whole, and a rename replaces a directory
//! entry without following a symbolic link. Callers decide first whether the target may be
//! written at all.

use std::io::{self, Write};
use std::path::Path;

fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// A temporary file beside `path` holding `bytes`. A new file is created with mode 0666 less
/// the umask, as an editor would make it (a baseline may hold plan text: a umask of 077 keeps
/// it private).
fn temp_beside(path: &Path, bytes: &[u8]) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".vt-lint-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(folder(path))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Make the rename itself durable.
fn sync_folder(path: &Path) {
    if let Ok(dir) = std::fs::File::open(folder(path)) {
        let _ = dir.sync_all();
    }
}

fn refuse_link(path: &Path) -> io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(io::Error::other("symbolic link")),
        _ => Ok(()),
    }
}

/// Put `bytes` at `path`, replacing the file there and keeping its permissions.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_beside(path, bytes)?;
    if let Some(perms) = std::fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.permissions())
    {
        tmp.as_file().set_permissions(perms)?;
    }
    refuse_link(path)?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_folder(path);
    Ok(())
}

/// Put `bytes` at `path`, which must not exist (not even as a dangling link).
pub fn create_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_beside(path, bytes)?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_folder(path);
    Ok(())
}
