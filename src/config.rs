//! Settings that change what vt-lint reports. Reading `vt-lint.toml` lives in `config_file`.

use crate::analysis::dates::Date;
use crate::analysis::lexicon::{Engine, Extras};
use crate::diagnostic::Severity;
use crate::rules::Rule;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, LazyLock, OnceLock};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

/// How the plan should address the employee (VT401).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Address {
    #[default]
    Auto,
    Je,
    U,
}

#[derive(Debug, Default)]
pub struct Config {
    pub lang: Lang,
    pub min_period_weeks: u32,
    pub address: Address,
    /// Reference date for VT307; `None` means the system date.
    pub today: Option<Date>,
    /// Severity overrides by rule; `None` turns a rule off.
    pub rules: BTreeMap<Rule, Option<Severity>>,
    /// `--select`: only these rules run (when set).
    pub select: Option<BTreeSet<Rule>>,
    /// `--ignore`: these rules never run.
    pub ignore: BTreeSet<Rule>,
    pub extras: Extras,
    engine: OnceLock<Arc<Engine>>,
}

static DEFAULT_ENGINE: LazyLock<Arc<Engine>> =
    LazyLock::new(|| Arc::new(Engine::new(&Extras::default())));

impl Config {
    pub fn new() -> Config {
        Config {
            min_period_weeks: 8,
            ..Config::default()
        }
    }

    /// The compiled matchers for this config: shared by every file it applies to.
    pub fn engine(&self) -> &Engine {
        self.engine.get_or_init(|| {
            if self.extras == Extras::default() {
                DEFAULT_ENGINE.clone()
            } else {
                Arc::new(Engine::new(&self.extras))
            }
        })
    }

    /// The severity a rule reports at, or `None` when it is off for this run.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        if self.ignore.contains(&rule) {
            return None;
        }
        if let Some(sel) = &self.select {
            if !sel.contains(&rule) {
                return None;
            }
        }
        match self.rules.get(&rule) {
            Some(over) => *over,
            None => Some(rule.default_severity()),
        }
    }

    pub fn en(&self) -> bool {
        self.lang == Lang::En
    }

    pub fn today(&self) -> Date {
        self.today.unwrap_or_else(Date::today)
    }
}
