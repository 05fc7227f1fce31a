//! Settings that change what is checked and how documents are judged, from `textqc.toml` (or
//! `[tool.textqc]` in pyproject.toml) and the command line, as ruff and typos do.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::check::Severity;

/// Documents below this score fail the default gate.
pub const DEFAULT_FAIL_UNDER: f64 = 50.0;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    /// Rule ids or category prefixes to run ("mt", "broken/glued-words"); empty means all.
    #[serde(default)]
    pub select: Vec<String>,
    /// Rule ids or category prefixes never to run.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// A document whose score is below this fails.
    #[serde(default = "default_fail_under")]
    pub fail_under: f64,
    /// Flags of this severity or worse fail a document whatever its score.
    #[serde(default = "default_fail_on")]
    pub fail_on: Severity,
    /// When a line counts as recurring in corpus mode (`[corpus]`).
    #[serde(default)]
    pub corpus: CorpusSettings,
    /// A baseline of accepted findings (see [`crate::baseline`]); in a file, relative to the
    /// file's directory.
    #[serde(default)]
    pub baseline: Option<PathBuf>,
}

/// The `[corpus]` section: how many documents must share a line before corpus mode calls it
/// boilerplate (see [`crate::corpus`]). Both bounds must hold.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CorpusSettings {
    /// At least this many documents: below five, a shared line is as likely a quotation or one
    /// story carried by a few outlets as a template.
    #[serde(default = "default_min_docs")]
    pub min_docs: u64,
    /// And at least this share of the documents (0 to 1): in a large corpus a handful of copies
    /// is coincidence, and the sketch's overcount grows with the corpus.
    #[serde(default = "default_min_share")]
    pub min_share: f64,
}

pub const DEFAULT_CORPUS_MIN_DOCS: u64 = 5;
pub const DEFAULT_CORPUS_MIN_SHARE: f64 = 0.0001;

fn default_min_docs() -> u64 {
    DEFAULT_CORPUS_MIN_DOCS
}

fn default_min_share() -> f64 {
    DEFAULT_CORPUS_MIN_SHARE
}

impl Default for CorpusSettings {
    fn default() -> Self {
        CorpusSettings {
            min_docs: DEFAULT_CORPUS_MIN_DOCS,
            min_share: DEFAULT_CORPUS_MIN_SHARE,
        }
    }
}

impl CorpusSettings {
    /// Why these bounds make no sense, if they do not.
    pub fn check(&self) -> Result<(), String> {
        if self.min_docs < 2 {
            return Err(format!(
                "corpus min-docs must be at least 2 (every line is in its own document), not {}",
                self.min_docs
            ));
        }
        if !(0.0..=1.0).contains(&self.min_share) {
            return Err(format!(
                "corpus min-share must be a share from 0 to 1, not {}",
                self.min_share
            ));
        }
        Ok(())
    }
}

fn default_fail_under() -> f64 {
    DEFAULT_FAIL_UNDER
}

fn default_fail_on() -> Severity {
    Severity::Error
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            select: Vec::new(),
            ignore: Vec::new(),
            fail_under: DEFAULT_FAIL_UNDER,
            fail_on: Severity::Error,
            corpus: CorpusSettings::default(),
            baseline: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid configuration in {path}: {source}")]
    Parse {
        path: PathBuf,
        #[source]
        source: toml::de::Error,
    },
    #[error("invalid configuration in {path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[derive(Deserialize)]
struct Pyproject {
    tool: Option<PyTool>,
}

#[derive(Deserialize)]
struct PyTool {
    textqc: Option<toml::Value>,
}

impl Settings {
    /// Whether rule `id` runs under select/ignore: the longest matching prefix wins, ignore on a tie.
    pub fn enabled(&self, id: &str) -> bool {
        let matches = |p: &String| {
            id == p || id.starts_with(p.as_str()) && id[p.len()..].starts_with('/') || p == "all"
        };
        let sel = self
            .select
            .iter()
            .filter(|p| matches(p))
            .map(|p| p.len())
            .max();
        let ign = self
            .ignore
            .iter()
            .filter(|p| matches(p))
            .map(|p| p.len())
            .max();
        let selected = self.select.is_empty() || sel.is_some();
        match (sel, ign) {
            (_, None) => selected,
            (None, Some(_)) => false,
            (Some(s), Some(i)) => s > i,
        }
    }

    pub fn load(path: &Path) -> Result<Settings, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let parse_err = |source| ConfigError::Parse {
            path: path.to_path_buf(),
            source,
        };
        let mut settings: Settings = if path.file_name().is_some_and(|n| n == "pyproject.toml") {
            let py: Pyproject = toml::from_str(&text).map_err(parse_err)?;
            let value = py
                .tool
                .and_then(|t| t.textqc)
                .unwrap_or(toml::Value::Table(Default::default()));
            value.try_into().map_err(parse_err)?
        } else {
            toml::from_str(&text).map_err(parse_err)?
        };
        if let (Some(baseline), Some(dir)) = (&settings.baseline, path.parent()) {
            settings.baseline = Some(dir.join(baseline));
        }
        settings
            .corpus
            .check()
            .map_err(|message| ConfigError::Invalid {
                path: path.to_path_buf(),
                message,
            })?;
        Ok(settings)
    }

    /// The nearest `textqc.toml`, `.textqc.toml` or pyproject.toml with `[tool.textqc]`, looking
    /// upwards from `dir`.
    pub fn discover(dir: &Path) -> Option<PathBuf> {
        for d in dir.ancestors() {
            for name in ["textqc.toml", ".textqc.toml"] {
                let p = d.join(name);
                if p.is_file() {
                    return Some(p);
                }
            }
            let py = d.join("pyproject.toml");
            if py.is_file()
                && std::fs::read_to_string(&py).is_ok_and(|t| t.contains("[tool.textqc]"))
            {
                return Some(py);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn select_and_ignore_by_prefix() {
        let s = Settings {
            select: vec!["mt".into()],
            ignore: vec!["mt/fragment".into()],
            ..Default::default()
        };
        assert!(s.enabled("mt/fused-sentence"));
        assert!(!s.enabled("mt/fragment"));
        assert!(!s.enabled("broken/glued-words"));
        let all = Settings {
            ignore: vec!["boilerplate".into()],
            ..Default::default()
        };
        assert!(all.enabled("mt/fragment"));
        assert!(!all.enabled("boilerplate/byline"));
    }

    #[test]
    fn corpus_section_is_read_and_checked() {
        let dir = std::env::temp_dir().join(format!("textqc-config-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("textqc.toml");
        let load = |text: &str| {
            std::fs::write(&path, text).unwrap();
            Settings::load(&path)
        };
        let s = load("fail-under = 60\n[corpus]\nmin-share = 0.5\n").unwrap();
        assert_eq!(s.corpus.min_share, 0.5);
        assert_eq!(s.corpus.min_docs, DEFAULT_CORPUS_MIN_DOCS);
        assert_eq!(load("").unwrap().corpus, CorpusSettings::default());
        assert!(matches!(
            load("[corpus]\nmin-docs = 1\n"),
            Err(ConfigError::Invalid { .. })
        ));
        assert!(matches!(
            load("[corpus]\nmin-share = -0.1\n"),
            Err(ConfigError::Invalid { .. })
        ));
        assert!(matches!(
            load("[corpus]\nmin-lines = 3\n"),
            Err(ConfigError::Parse { .. })
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
