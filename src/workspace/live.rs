//! Configs for an editor session: the nearest `vt-lint.toml` for each open document, read
//! with the same loader and checks as the command line, and read again when the file changes.

use super::{ConfigError, FileConfig};
use crate::config::{Config, Lang};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// The nearest `vt-lint.toml` from `doc`'s folder upward.
pub fn find_config(doc: &Path) -> Option<PathBuf> {
    super::discover(doc.parent()?)
}

/// The config for the document at `path`: defaults when no `vt-lint.toml` is found.
pub fn config_for(path: &Path) -> Result<Config, ConfigError> {
    loaded_for(path).map(|(c, _)| c)
}

/// The config for `path` and the file it came from, for its `exclude` globs.
fn loaded_for(path: &Path) -> Result<(Config, Option<Arc<FileConfig>>), ConfigError> {
    let Some(file) = find_config(path) else {
        return Ok((Config::new(), None));
    };
    let fc = super::load(&file)?;
    Ok((
        super::build(Some(&fc), &super::Overrides::default()),
        Some(Arc::new(fc)),
    ))
}

/// What the server knows about one config file.
struct Entry {
    stamp: Option<(SystemTime, u64)>,
    result: Result<(Arc<Config>, Option<Arc<FileConfig>>), ConfigError>,
}

/// The config for one document.
pub struct ForDoc {
    pub config: Arc<Config>,
    /// The config file it came from, with its problem if any.
    pub state: Option<(PathBuf, Option<ConfigError>)>,
    /// The config's `exclude` matches the document: the server reports nothing on it, as the
    /// command line skips it in a directory walk.
    pub excluded: bool,
}

/// Configs by config file, reloaded when the file's modification time or size changes.
pub struct Configs {
    lang: Option<Lang>,
    default: Arc<Config>,
    cache: Mutex<HashMap<PathBuf, Entry>>,
}

fn stamp(file: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(file).ok()?;
    Some((m.modified().ok()?, m.len()))
}

impl Configs {
    pub fn new(lang: Option<Lang>) -> Configs {
        Configs {
            lang,
            default: Arc::new(with_lang(Config::new(), lang)),
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The config for a document, and the config file it came from with its problem if any.
    /// A broken config falls back to the defaults.
    pub fn get(&self, doc: Option<&Path>) -> ForDoc {
        let defaults = ForDoc {
            config: self.default.clone(),
            state: None,
            excluded: false,
        };
        let Some(doc) = doc else {
            return defaults;
        };
        let Some(file) = find_config(doc) else {
            return defaults;
        };
        let now = stamp(&file);
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        let fresh = matches!(cache.get(&file), Some(e) if e.stamp == now && now.is_some());
        if !fresh {
            let result = loaded_for(doc).map(|(c, f)| (Arc::new(with_lang(c, self.lang)), f));
            cache.insert(file.clone(), Entry { stamp: now, result });
        }
        match &cache[&file].result {
            Ok((c, f)) => ForDoc {
                config: c.clone(),
                excluded: f.as_ref().is_some_and(|f| f.is_excluded(doc)),
                state: Some((file, None)),
            },
            Err(e) => ForDoc {
                state: Some((file, Some(e.clone()))),
                ..defaults
            },
        }
    }
}

impl Configs {
    /// Drop what is cached for one config file (it changed or went away): the next lint
    /// reads it again even if its size and modification time look the same.
    pub fn forget(&self, file: &Path) {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache.remove(file);
        if let Ok(abs) = std::fs::canonicalize(file) {
            cache.remove(&abs);
        }
        // The same file may be cached under another spelling of its path.
        if let Some(name) = file.file_name() {
            let dir = file.parent().and_then(|d| std::fs::canonicalize(d).ok());
            cache.retain(|k, _| {
                let same_dir = k.parent().and_then(|d| std::fs::canonicalize(d).ok());
                !(k.file_name() == Some(name) && same_dir.is_some() && same_dir == dir)
            });
        }
    }
}

fn with_lang(mut c: Config, lang: Option<Lang>) -> Config {
    if let Some(l) = lang {
        c.lang = l;
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_config_and_broken_toml() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("plannen/2026");
        std::fs::create_dir_all(&sub).unwrap();
        let doc = sub.join("plan.md");
        assert!(config_for(&doc).is_ok());
        std::fs::write(
            dir.path().join(crate::workspace::FILE_NAME),
            "lang = \"en\"\n[rules]\nVT104 = \"off\"\n",
        )
        .unwrap();
        // The settings are applied, as on the command line.
        let c = config_for(&doc).unwrap();
        assert!(c.en());
        assert_eq!(c.severity(crate::rules::Rule::MissingSupport), None);
        assert_eq!(
            find_config(&doc).unwrap(),
            dir.path().join(crate::workspace::FILE_NAME),
            "found upward"
        );
        std::fs::write(
            dir.path().join("plannen").join(crate::workspace::FILE_NAME),
            "lang = \n",
        )
        .unwrap();
        let err = config_for(&doc).unwrap_err();
        assert!(err.path.ends_with("plannen/vt-lint.toml"), "{:?}", err.path);
        assert!(err.span.is_some());
        let configs = Configs::new(Some(Lang::En));
        let got = configs.get(Some(&doc));
        assert!(
            got.config.en(),
            "falls back to the defaults with the session language"
        );
        assert!(got.state.unwrap().1.is_some());
    }
}
