//! The blind corpus: plans written by independent writers who never saw vt-lint's code, word
//! lists or fixtures, each labelled with its flaws before vt-lint ran on it
//! (`fixtures/blind/batchN/labels.toml`). The README's accuracy table comes from here.
//!
//! Scored per plan and rule: a rule vt-lint reports that the label has is a true positive, one
//! the label lacks a false positive, one the label has that vt-lint misses a false negative.
//! Scored are VT101–VT502 except the advice-level VT205 (absolute-claim), VT309
//! (absolute-target) and VT403 (long-sentence). Rules added later are scored from the first
//! batch whose writers were asked to label them (`LABELLED_FROM`).
//! A good plan is "silent" when vt-lint reports no error and no warning on it.
//!
//! Each batch keeps a floor (`fixtures/blind/floors.toml`): the figures after it was tuned on.
//! This test fails when a change takes a batch below its floor. Run
//! `cargo test --test blind -- --nocapture` for the table, and with `VT_BLIND_DETAIL=1` for
//! every plan where vt-lint and the label disagree.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use vt_lint::analysis::dates::Date;
use vt_lint::{check, Config, Severity};

/// "Today" for every blind plan: the writers wrote them on 1 December 2026.
const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

#[derive(serde::Deserialize)]
struct Labels {
    plan: Vec<Label>,
}

#[derive(serde::Deserialize)]
struct Label {
    file: String,
    good: bool,
    flaws: BTreeMap<String, usize>,
}

#[derive(serde::Deserialize)]
struct Floors {
    batch: BTreeMap<String, Floor>,
}

#[derive(serde::Deserialize)]
struct Floor {
    precision: f64,
    recall: f64,
    good_silent: f64,
}

fn scored(code: &str) -> bool {
    code.as_bytes()
        .get(2)
        .is_some_and(|c| (b'1'..=b'5').contains(c))
        && !INFO_ONLY.contains(&code)
}

/// Advice-level rules, listed by the writers but not scored.
const INFO_ONLY: [&str; 3] = ["VT205", "VT309", "VT403"];

/// Rules added later, with the first batch whose writers were asked to label them. In an
/// earlier batch such a rule is switched off: nobody looked for cause analysis there, so its
/// findings would be neither right nor wrong.
const LABELLED_FROM: [(&str, u32); 6] = [
    ("VT112", 6),
    ("VT113", 6),
    ("VT114", 6),
    ("VT206", 6),
    ("VT308", 6),
    ("VT309", 6),
];

/// The batch number in `batchN`.
fn batch_number(dir: &Path) -> u32 {
    dir.file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_prefix("batch"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[derive(Default, Debug)]
struct Score {
    plans: usize,
    good: usize,
    good_silent: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
    /// Per code: (true positives, false positives, false negatives).
    per_code: BTreeMap<String, (usize, usize, usize)>,
    disagreements: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn silent(&self) -> f64 {
        ratio(self.good_silent, self.good)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn score(dir: &Path) -> Score {
    let labels: Labels =
        toml::from_str(&std::fs::read_to_string(dir.join("labels.toml")).unwrap()).unwrap();
    let mut config = Config::new();
    config.today = Some(TODAY);
    let batch = batch_number(dir);
    config.ignore.extend(
        LABELLED_FROM
            .iter()
            .filter(|(_, from)| batch < *from)
            .map(|(code, _)| vt_lint::rules::Rule::from_code_or_name(code).unwrap()),
    );
    let mut s = Score::default();
    for l in &labels.plan {
        let text = std::fs::read_to_string(dir.join(&l.file))
            .unwrap_or_else(|e| panic!("{}: {e}", l.file));
        let report = check(&text, &config);
        let found: BTreeSet<String> = report
            .diagnostics
            .iter()
            .map(|d| d.code().to_string())
            .filter(|c| scored(c))
            .collect();
        let want: BTreeSet<String> = l
            .flaws
            .iter()
            .filter(|(c, n)| **n > 0 && scored(c))
            .map(|(c, _)| c.clone())
            .collect();
        s.plans += 1;
        if l.good {
            s.good += 1;
            let loud = report
                .diagnostics
                .iter()
                .any(|d| d.severity >= Severity::Warning);
            if !loud {
                s.good_silent += 1;
            }
        }
        for c in found.union(&want) {
            let e = s.per_code.entry(c.clone()).or_default();
            match (found.contains(c), want.contains(c)) {
                (true, true) => {
                    s.tp += 1;
                    e.0 += 1;
                }
                (true, false) => {
                    s.fp += 1;
                    e.1 += 1;
                }
                _ => {
                    s.fn_ += 1;
                    e.2 += 1;
                }
            }
        }
        if found != want {
            let extra: Vec<_> = found.difference(&want).collect();
            let missed: Vec<_> = want.difference(&found).collect();
            s.disagreements.push(format!(
                "{}: onterecht {extra:?}, gemist {missed:?}",
                l.file
            ));
        }
    }
    s
}

fn batches() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/blind");
    let mut v: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("labels.toml").is_file())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("batch"))
        })
        .collect();
    // batch2 before batch10.
    v.sort_by_key(|p| batch_number(p));
    v
}

#[test]
fn blind_batches_stay_at_or_above_their_floors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/blind");
    let floors: Floors =
        toml::from_str(&std::fs::read_to_string(root.join("floors.toml")).unwrap()).unwrap();
    let detail = std::env::var_os("VT_BLIND_DETAIL").is_some();
    let mut below = Vec::new();
    let mut total = Score::default();
    println!("| batch | plans | precision | recall | good plans silent |");
    println!("| --- | --- | --- | --- | --- |");
    let dirs = batches();
    assert!(!dirs.is_empty(), "no blind batches");
    for dir in dirs {
        let name = dir.file_name().unwrap().to_str().unwrap().to_string();
        let s = score(&dir);
        println!(
            "| {name} | {} | {:.2} | {:.2} | {}/{} |",
            s.plans,
            s.precision(),
            s.recall(),
            s.good_silent,
            s.good
        );
        if detail {
            for (c, (tp, fp, fn_)) in &s.per_code {
                println!("    {c}: tp {tp} fp {fp} fn {fn_}");
            }
            for d in &s.disagreements {
                println!("    {d}");
            }
        }
        let floor = floors
            .batch
            .get(&name)
            .unwrap_or_else(|| panic!("{name} has no floor in floors.toml"));
        // Rounding slack: the floors are written with two decimals.
        let eps = 0.005;
        if s.precision() + eps < floor.precision
            || s.recall() + eps < floor.recall
            || s.silent() + eps < floor.good_silent
        {
            below.push(format!(
                "{name}: precision {:.2} (floor {}), recall {:.2} (floor {}), good silent {:.2} (floor {})",
                s.precision(),
                floor.precision,
                s.recall(),
                floor.recall,
                s.silent(),
                floor.good_silent
            ));
        }
        total.plans += s.plans;
        total.good += s.good;
        total.good_silent += s.good_silent;
        total.tp += s.tp;
        total.fp += s.fp;
        total.fn_ += s.fn_;
    }
    println!(
        "| all | {} | {:.2} | {:.2} | {}/{} |",
        total.plans,
        total.precision(),
        total.recall(),
        total.good_silent,
        total.good
    );
    assert!(below.is_empty(), "{}", below.join("\n"));
}

#[derive(serde::Deserialize)]
struct RealLabels {
    plan: Vec<RealLabel>,
}

/// Real plan text quoted in a ruling or a practice guide (`fixtures/blind/real/`), labelled
/// with the judge's or the source's verdict: `named` are the flaws the judge named;
/// `not_quoted` the parts the excerpt lacks only because the source did not quote them.
#[derive(serde::Deserialize)]
struct RealLabel {
    file: String,
    good: bool,
    named: BTreeMap<String, usize>,
    not_quoted: Vec<String>,
}

/// The flaws judges named that vt-lint flags, and its false alarms on plans a court called
/// careful: a finding there that is not about a part the excerpt leaves out. The rulings are
/// old, so "in the past" (VT307) says nothing and is not counted.
#[test]
fn real_plans_judged_by_courts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/blind/real");
    let labels: RealLabels =
        toml::from_str(&std::fs::read_to_string(root.join("labels.toml")).unwrap()).unwrap();
    let floors: toml::Value = toml::from_str(
        &std::fs::read_to_string(root.parent().unwrap().join("floors.toml")).unwrap(),
    )
    .unwrap();
    let mut config = Config::new();
    config.today = Some(TODAY);
    let (mut named, mut flagged, mut good, mut alarms) = (0, 0, 0, 0);
    let detail = std::env::var_os("VT_BLIND_DETAIL").is_some();
    for l in &labels.plan {
        let text = std::fs::read_to_string(root.join(&l.file)).unwrap();
        let found: BTreeSet<String> = check(&text, &config)
            .diagnostics
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .map(|d| d.code().to_string())
            .filter(|c| scored(c) && c != "VT307" && !l.not_quoted.contains(c))
            .collect();
        for code in l.named.keys() {
            named += 1;
            if found.contains(code) {
                flagged += 1;
            } else if detail {
                println!("    {}: gemist {code}", l.file);
            }
        }
        if l.good {
            good += 1;
            if !found.is_empty() {
                alarms += 1;
                if detail {
                    println!("    {}: onterecht {found:?}", l.file);
                }
            }
        }
    }
    println!(
        "real plans: {flagged} of {named} flaws the judge named flagged; {alarms} of {good} plans the court approved with a false alarm"
    );
    let floor = &floors["real"];
    let min_flagged = floor["flagged"].as_integer().unwrap() as usize;
    let max_alarms = floor["alarms"].as_integer().unwrap() as usize;
    assert!(
        flagged >= min_flagged && alarms <= max_alarms,
        "real plans fell below their floor: {flagged} flagged (floor {min_flagged}), {alarms} alarms (at most {max_alarms})"
    );
}
