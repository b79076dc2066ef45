//! Reads every word list in `rules/*.toml` once, at build time: checks it (parse errors,
//! unknown keys, empty, duplicate or non-normalised entries) and writes it out as static Rust
//! tables (`$OUT_DIR/words.rs`, included by `src/words.rs`). No run of vt-lint parses these
//! files; the only TOML it reads at run time is the user's `vt-lint.toml`.
//!
//! A bad entry fails the build with the file and the entry: "rules/cues.toml: start-cues:
//! "Vanaf" is not normalised (write "vanaf")".

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

#[path = "src/plan/fold.rs"]
#[allow(dead_code)]
mod fold;

use fold::normalise;

/// The simple list files: file, module, and its lists.
const LIST_FILES: &[(&str, &str, &[&str])] = &[
    (
        "cues.toml",
        "cues",
        &[
            "run-evaluation-cues",
            "period-label-words",
            "evaluation-cues",
            "history-cues",
            "start-cues",
            "start-verbs",
            "start-verb-prepositions",
            "end-verbs",
            "end-verb-prepositions",
            "end-through-verbs",
            "end-through-not-prepositions",
            "head-endings",
            "end-cues",
            "period-words",
            "deadline-cues",
            "run-subjects",
            "run-verbs",
            "past-run",
            "earlier",
            "final-evaluation-words",
            "not-period-label-words",
            "start-label-words",
            "end-label-words",
            "front-matter-start-keys",
            "front-matter-end-keys",
            "range-connectors",
            "list-joiners",
            "little-words",
            "negations",
            "plan-nouns",
            "past-help",
            "name-joiners",
            "first-person",
            "conduct-verbs",
            "past-verbs",
            "perfect-auxiliaries",
            "have-auxiliaries",
            "employment-terms",
            "reaction-words",
            "together-words",
            "future-passives",
            "told-auxiliaries",
            "strong-participles",
            "participle-prefixes",
            "shortfall-words",
            "count-words",
            "support-conditions",
            "support-needs",
            "support-modals",
            "support-asking",
            "support-you",
            "support-commits",
            "document-date-keys",
            "attendance-words",
            "back-references",
            "explain-verbs",
            "cause-idioms",
            "not-compound-heads",
            "hedge-exceptions",
            "with-you",
            "with-you-particles",
            "cause-subjects",
            "cause-questions",
            "peer-words",
            "same-conditions",
            "peer-contrasts",
            "subject-pronouns",
            "employee-subjects",
            "passive-forms",
            "shortfall-phrases",
            "support-ends",
            "named-consequences",
            "role-change-words",
            "helper-pronouns",
            "both-ways-words",
            "wish-words",
            "sentence-openers",
            "appendix-words",
            "person-pronouns",
            "passive-modals",
            "passive-auxiliaries",
            "continuation-words",
            "reference-date-words",
            "person-prepositions",
            "interim-evaluation-words",
            "planned-conversations",
        ],
    ),
    (
        "wording.toml",
        "wording",
        &[
            "treatment-phrases",
            "consequence-words",
            "purpose-words",
            "purpose-joiners",
            "plan-purpose-words",
            "denials",
            "denial-joiners",
            "outcome-conditions",
            "course-words",
            "person-nouns",
            "employee-words",
            "third-person-words",
            "noun-articles",
            "others",
            "care-receivers",
            "honorifics",
            "work-verbs",
            "articles",
            "object-prepositions",
            "owners",
            "je-forms",
            "u-forms",
            "copulas",
            "having",
            "care-words",
            "judgement-subjects",
            "judged-persons",
            "neutral-adjectives",
            "intensifiers",
            "evaluative-words",
            "no-longer-words",
            "finding-verbs",
            "hard-to-words",
            "judging-adjectives",
        ],
    ),
    (
        "placeholders.toml",
        "placeholders",
        &[
            "placeholder-phrases",
            "html-tags",
            "form-keys",
            "form-key-words",
            "not-form-key-words",
            "sign-words",
        ],
    ),
    (
        "sentences.toml",
        "sentences",
        &[
            "abbreviations",
            "lead-in-endings",
            "lead-in-verbs",
            "question-keys",
            "question-words",
        ],
    ),
    (
        "goals.toml",
        "goals",
        &[
            "context-markers",
            "measure-words",
            "fraction-words",
            "delivery-deadline-words",
            "each-words",
            "window-words",
            "all-words",
            "same-words",
            "contingency-openers",
            "measure-heads",
            "target-words",
            "past-words",
            "norm-stems",
            "outcome-words",
            "half-year-words",
            "ordinal-joiners",
            "per-words",
            "whole-words",
            "year-kinds",
            "term-units",
            "weak-measure-words",
            "numbering-heads",
            "series-heads",
            "measure-method-words",
            "term-determiners",
            "term-modifiers",
            "before-infinitive-words",
        ],
    ),
];

/// The word lists of the lexicon rules (schema: `src/analysis/lexicon.rs`).
const LEXICONS: &[(&str, &str)] = &[
    ("vague-terms.toml", "VAGUE_TERMS"),
    ("vague-deadlines.toml", "VAGUE_DEADLINES"),
    ("character-judgements.toml", "CHARACTER_JUDGEMENTS"),
    ("absolute-claims.toml", "ABSOLUTE_CLAIMS"),
    ("health-terms.toml", "HEALTH_TERMS"),
];

/// The part keys of `rules/sections.toml` (`Part::key` in `src/analysis/parts.rs`).
const PARTS: &[&str] = &[
    "problem",
    "goals",
    "success-criteria",
    "support",
    "period",
    "evaluations",
    "consequences",
    "positive-outcome",
    "history",
    "signatures",
    "cause-analysis",
    "participants",
    "written-record",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Entry {
    term: String,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    why: String,
    #[serde(default)]
    why_en: String,
    #[serde(default)]
    instead: String,
    #[serde(default)]
    instead_en: String,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    clean: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    personal: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Lexicon {
    #[serde(rename = "entry", default)]
    entries: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartData {
    headings: Vec<String>,
    phrases: Vec<String>,
    #[serde(default)]
    when: Vec<String>,
    #[serde(default)]
    then: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    hedges: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Dates {
    duration_fillers: Vec<String>,
    months: BTreeMap<String, u32>,
    month_abbreviations: BTreeMap<String, u32>,
    months_en: BTreeMap<String, u32>,
    weekdays: BTreeMap<String, u32>,
    weekday_abbreviations: BTreeMap<String, u32>,
    weekdays_en: BTreeMap<String, u32>,
    month_parts: BTreeMap<String, String>,
    weekday_ordinals: BTreeMap<String, u32>,
    week_words: Vec<String>,
    number_words: BTreeMap<String, u32>,
    units: BTreeMap<String, String>,
}

/// What an entry must look like.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// Exactly as the matcher sees text: `normalise(s) == s`.
    Normalised,
    /// Lower case, NFC and trimmed; accents are folded when the list is loaded.
    LowerCase,
    /// NFC and trimmed (sentences, English names).
    Text,
}

struct Check {
    errors: Vec<String>,
}

impl Check {
    fn fail(&mut self, file: &str, msg: String) {
        self.errors.push(format!("rules/{file}: {msg}"));
    }

    /// Check one entry; `what` names the list.
    fn entry(&mut self, file: &str, what: &str, s: &str, form: Form) {
        use unicode_normalization::UnicodeNormalization;
        if s.trim().is_empty() {
            self.fail(file, format!("{what}: an empty entry"));
            return;
        }
        if s.trim() != s {
            self.fail(file, format!("{what}: {s:?} has spaces at its ends"));
        }
        let nfc: String = s.nfc().collect();
        if nfc != s {
            self.fail(file, format!("{what}: {s:?} is not in NFC (write {nfc:?})"));
        }
        match form {
            Form::Normalised if normalise(s) != s => self.fail(
                file,
                format!(
                    "{what}: {s:?} is not normalised (write {:?}: lower case, no accents)",
                    normalise(s)
                ),
            ),
            Form::LowerCase if s.to_lowercase() != s => self.fail(
                file,
                format!(
                    "{what}: {s:?} must be lower case (write {:?})",
                    s.to_lowercase()
                ),
            ),
            _ => {}
        }
    }

    /// Check a list of entries and that none repeats (after `normalise`).
    fn list(&mut self, file: &str, what: &str, list: &[String], form: Form) {
        let mut seen = BTreeSet::new();
        for s in list {
            self.entry(file, what, s, form);
            if !seen.insert(normalise(s)) {
                self.fail(file, format!("{what}: {s:?} is listed twice"));
            }
        }
    }
}

fn read(file: &str) -> String {
    let path = Path::new("rules").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("error: rules/{file}: cannot read it: {e}");
        std::process::exit(1)
    })
}

fn parse<T: serde::de::DeserializeOwned>(check: &mut Check, file: &str, text: &str) -> Option<T> {
    match toml::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            check.fail(file, format!("invalid TOML: {e}"));
            None
        }
    }
}

fn upper(key: &str) -> String {
    key.replace('-', "_").to_uppercase()
}

fn strs(list: &[String]) -> String {
    let mut s = String::from("&[");
    for x in list {
        let _ = write!(s, "{x:?}, ");
    }
    s.push(']');
    s
}

fn lists(check: &mut Check, out: &mut String) {
    for (file, module, keys) in LIST_FILES {
        let text = read(file);
        let Some(data) = parse::<BTreeMap<String, Vec<String>>>(check, file, &text) else {
            continue;
        };
        for key in data.keys() {
            if !keys.contains(&key.as_str()) {
                check.fail(
                    file,
                    format!("unknown list `{key}` (known: {})", keys.join(", ")),
                );
            }
        }
        let _ = writeln!(out, "pub mod {module} {{");
        for key in *keys {
            let Some(list) = data.get(*key) else {
                check.fail(file, format!("the list `{key}` is missing"));
                continue;
            };
            check.list(file, key, list, Form::Normalised);
            let _ = writeln!(
                out,
                "    pub static {}: &[&str] = {};",
                upper(key),
                strs(list)
            );
        }
        let _ = writeln!(out, "}}");
    }
}

fn lexicons(check: &mut Check, out: &mut String, pats: &mut Patterns) {
    let _ = writeln!(out, "pub mod lexicons {{\n    use super::LexEntry;");
    for (file, name) in LEXICONS {
        let text = read(file);
        let Some(lex) = parse::<Lexicon>(check, file, &text) else {
            continue;
        };
        let mut forms = BTreeSet::new();
        let _ = writeln!(out, "    pub static {name}: &[LexEntry] = &[");
        for e in &lex.entries {
            let what = format!("entry {:?}", e.term);
            check.entry(file, &what, &e.term, Form::LowerCase);
            for f in std::iter::once(&e.term).chain(&e.forms) {
                if !f.is_empty() && !forms.insert(normalise(f)) {
                    check.fail(file, format!("{what}: the form {f:?} is listed twice"));
                }
            }
            for f in std::iter::once(&e.term).chain(&e.forms).chain(&e.except) {
                pats.prose(&mut Order::Lexicons, f);
            }
            check.list(file, &format!("{what}, forms"), &e.forms, Form::LowerCase);
            check.list(file, &format!("{what}, except"), &e.except, Form::LowerCase);
            for (field, list) in [("examples", &e.examples), ("clean", &e.clean)] {
                for s in list {
                    check.entry(file, &format!("{what}, {field}"), s, Form::Text);
                }
            }
            let _ = writeln!(
                out,
                "        LexEntry {{ term: {:?}, forms: {}, why: {:?}, why_en: {:?}, instead: {:?}, \
                 instead_en: {:?}, examples: {}, clean: {}, except: {}, personal: {} }},",
                e.term,
                strs(&e.forms),
                e.why,
                e.why_en,
                e.instead,
                e.instead_en,
                strs(&e.examples),
                strs(&e.clean),
                strs(&e.except),
                e.personal
            );
        }
        let _ = writeln!(out, "    ];");
    }
    let _ = writeln!(out, "}}");
}

fn sections(check: &mut Check, out: &mut String, pats: &mut Patterns) {
    let file = "sections.toml";
    let text = read(file);
    let Some(data) = parse::<BTreeMap<String, PartData>>(check, file, &text) else {
        return;
    };
    // Any word for the plan stands for another in a phrase: "sluiten wij het plan af" is also
    // written with "traject", "verbeterplan" …
    let plan_nouns = cue_list("plan-nouns");
    let _ = writeln!(out, "pub static SECTIONS: &[(&str, PartLists)] = &[");
    for (key, d) in &data {
        if !PARTS.contains(&key.as_str()) {
            check.fail(
                file,
                format!("unknown part `[{key}]` (known: {})", PARTS.join(", ")),
            );
        }
        for (list, entries) in [
            ("headings", &d.headings),
            ("phrases", &d.phrases),
            ("when", &d.when),
            ("then", &d.then),
            ("unless", &d.unless),
            ("hedges", &d.hedges),
        ] {
            check.list(file, &format!("{key}.{list}"), entries, Form::Normalised);
        }
        let phrases = with_plan_nouns(&d.phrases, &plan_nouns);
        for p in phrases
            .iter()
            .chain(&d.when)
            .chain(&d.then)
            .chain(&d.unless)
        {
            pats.prose(&mut Order::Sections, p);
        }
        for h in &d.headings {
            pats.heading(h);
        }
        let _ = writeln!(
            out,
            "    ({key:?}, PartLists {{ headings: {}, phrases: {}, when: {}, then: {}, unless: {}, \
             hedges: {} }}),",
            // Headings need no expansion: `headwords` gives every word for the plan one stem.
            strs(&d.headings),
            strs(&phrases),
            strs(&d.when),
            strs(&d.then),
            strs(&d.unless),
            strs(&d.hedges)
        );
    }
    let _ = writeln!(out, "];");
}

/// A list of `rules/cues.toml` (already checked where that file is read).
fn cue_list(name: &str) -> Vec<String> {
    let text = read("cues.toml");
    let table: BTreeMap<String, toml::Value> =
        toml::from_str(&text).expect("rules/cues.toml parses (checked where it is read)");
    let list: Vec<String> = table
        .get(name)
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        !list.is_empty(),
        "rules/cues.toml: `{name}` is missing or empty"
    );
    list
}

/// Each entry, and each entry with its word for the plan (a whole word of `nouns`) replaced
/// by every other; sorted and without duplicates.
fn with_plan_nouns(entries: &[String], nouns: &[String]) -> Vec<String> {
    let mut out: Vec<String> = entries.to_vec();
    for e in entries {
        let words: Vec<&str> = e.split(' ').collect();
        if let Some(i) = words.iter().position(|w| nouns.iter().any(|n| n == w)) {
            for n in nouns {
                let mut v = words.clone();
                v[i] = n;
                out.push(v.join(" "));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A table of names to numbers 1..=n, each number once: written as an array in number order.
fn numbered(
    check: &mut Check,
    out: &mut String,
    table: &str,
    names: &BTreeMap<String, u32>,
    n: u32,
    form: Form,
) {
    let file = "dates.toml";
    let mut by_number = vec![None; n as usize];
    for (name, &i) in names {
        check.entry(file, table, name, form);
        if !(1..=n).contains(&i) {
            check.fail(
                file,
                format!("{table}: {name} = {i} is not between 1 and {n}"),
            );
        } else if let Some(other) = by_number[i as usize - 1].replace(name.clone()) {
            check.fail(file, format!("{table}: {name} and {other} are both {i}"));
        }
    }
    let mut names = Vec::new();
    for (i, name) in by_number.into_iter().enumerate() {
        match name {
            Some(name) => names.push(name),
            None => check.fail(file, format!("{table}: nothing is {}", i + 1)),
        }
    }
    let _ = writeln!(
        out,
        "    pub static {}: [&str; {n}] = [{}];",
        upper(table),
        names
            .iter()
            .map(|s| format!("{s:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
}

/// Alternatives for a regex, longest first (so the order of a file never matters).
fn alternation(names: impl IntoIterator<Item = String>) -> String {
    let mut names: Vec<String> = names.into_iter().collect();
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    names
        .iter()
        .map(|s| regex_escape(s))
        .collect::<Vec<_>>()
        .join("|")
}

fn regex_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn dates(check: &mut Check, out: &mut String) {
    let file = "dates.toml";
    let text = read(file);
    let Some(d) = parse::<Dates>(check, file, &text) else {
        return;
    };
    // The date scan (`analysis/dates.rs`) reads these names as whole ASCII words: one with
    // another character would never be found.
    let names = d
        .months
        .keys()
        .chain(d.month_abbreviations.keys())
        .chain(d.weekdays.keys())
        .chain(d.weekday_abbreviations.keys())
        .chain(d.month_parts.keys())
        .chain(d.weekday_ordinals.keys())
        .chain(&d.week_words)
        .chain(d.units.keys());
    for name in names {
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            check.fail(
                file,
                format!("{name:?}: a date name must be a word of a-z and 0-9 (the date scan reads whole words)"),
            );
        }
    }
    let _ = writeln!(
        out,
        "pub mod dates {{\n    use crate::analysis::dates::Unit;"
    );
    numbered(check, out, "months", &d.months, 12, Form::Normalised);
    numbered(check, out, "months-en", &d.months_en, 12, Form::Text);
    numbered(check, out, "weekdays", &d.weekdays, 7, Form::Normalised);
    numbered(check, out, "weekdays-en", &d.weekdays_en, 7, Form::Text);
    let mut month_names = Vec::new();
    for (table, names) in [
        ("months", &d.months),
        ("month-abbreviations", &d.month_abbreviations),
    ] {
        for (name, &i) in names {
            check.entry(file, table, name, Form::Normalised);
            if !(1..=12).contains(&i) {
                check.fail(file, format!("{table}: {name} = {i} is not a month"));
            }
            if table != "months" && d.months.contains_key(name) {
                check.fail(file, format!("{table}: {name} is a month name already"));
            }
            month_names.push((name.clone(), i));
        }
    }
    month_names.sort();
    let _ = writeln!(
        out,
        "    /// Every month name and abbreviation with its number, sorted by name.\n    \
         pub static MONTH_NAMES: &[(&str, u32)] = &{month_names:?};"
    );
    let _ = writeln!(
        out,
        "    pub const MONTH_ALT: &str = {:?};",
        alternation(month_names.iter().map(|(n, _)| n.clone()))
    );
    let mut weekday_names: Vec<(String, u32)> =
        d.weekdays.iter().map(|(n, &i)| (n.clone(), i)).collect();
    for (name, &i) in &d.weekday_abbreviations {
        check.entry(file, "weekday-abbreviations", name, Form::Normalised);
        if !(1..=7).contains(&i) {
            check.fail(
                file,
                format!("weekday-abbreviations: {name} = {i} is not a weekday"),
            );
        }
        weekday_names.push((name.clone(), i));
    }
    weekday_names.sort();
    let _ = writeln!(
        out,
        "    /// Every weekday name and abbreviation with its number (1 = Monday), sorted.\n    \
         pub static WEEKDAY_NAMES: &[(&str, u32)] = &{weekday_names:?};"
    );
    let _ = writeln!(
        out,
        "    pub const WEEKDAY_ALT: &str = {:?};",
        alternation(weekday_names.iter().map(|(n, _)| n.clone()))
    );
    let mut parts = Vec::new();
    for (name, part) in &d.month_parts {
        check.entry(file, "month-parts", name, Form::Normalised);
        let n: u8 = match part.as_str() {
            "begin" => 0,
            "middle" => 1,
            "end" => 2,
            _ => {
                check.fail(
                    file,
                    format!(
                        "month-parts: {name} = {part:?} is not \"begin\", \"middle\" or \"end\""
                    ),
                );
                0
            }
        };
        parts.push((name.clone(), n));
    }
    let _ = writeln!(
        out,
        "    /// Words for a part of a month (0 begin, 1 middle, 2 end), sorted.\n    \
         pub static MONTH_PARTS: &[(&str, u8)] = &{parts:?};"
    );
    let _ = writeln!(
        out,
        "    pub const MONTH_PART_ALT: &str = {:?};",
        alternation(d.month_parts.keys().cloned())
    );
    let mut ordinals = Vec::new();
    for (name, &n) in &d.weekday_ordinals {
        check.entry(file, "weekday-ordinals", name, Form::Normalised);
        if !(1..=5).contains(&n) {
            check.fail(
                file,
                format!("weekday-ordinals: {name} = {n} is not 1 to 4, or 5 for the last"),
            );
        }
        ordinals.push((name.clone(), n));
    }
    let _ = writeln!(
        out,
        "    /// Ordinals before a weekday of a month (5 = the last), sorted.\n    \
         pub static WEEKDAY_ORDINALS: &[(&str, u32)] = &{ordinals:?};"
    );
    for w in &d.week_words {
        check.entry(file, "week-words", w, Form::Normalised);
    }
    let _ = writeln!(
        out,
        "    pub const WEEK_ALT: &str = {:?};\n    pub static WEEK_WORDS: &[&str] = {};",
        alternation(d.week_words.iter().cloned()),
        strs(&d.week_words)
    );
    for name in d.number_words.keys() {
        check.entry(file, "number-words", name, Form::Normalised);
    }
    let numbers: Vec<(&String, &u32)> = d.number_words.iter().collect();
    let _ = writeln!(
        out,
        "    /// Number words with their value, sorted by word.\n    \
         pub static NUMBER_WORDS: &[(&str, u32)] = &{numbers:?};"
    );
    let _ = writeln!(
        out,
        "    pub const NUMBER_ALT: &str = {:?};",
        alternation(d.number_words.keys().cloned())
    );
    let mut units = Vec::new();
    let mut measured = BTreeSet::new();
    for (name, unit) in &d.units {
        check.entry(file, "units", name, Form::Normalised);
        let variant = match unit.as_str() {
            "day" => "Day",
            "work-day" => "WorkDay",
            "week" => "Week",
            "month" => "Month",
            "quarter" => "Quarter",
            "year" => "Year",
            _ => {
                check.fail(
                    file,
                    format!(
                        "units: {name} = {unit:?} is not day, work-day, week, month, quarter or year"
                    ),
                );
                continue;
            }
        };
        measured.insert(variant);
        units.push(format!("({name:?}, Unit::{variant})"));
    }
    if measured.len() < 6 {
        check.fail(
            file,
            "units: every unit (day, work-day, week, month, quarter, year) needs a word".into(),
        );
    }
    let _ = writeln!(
        out,
        "    /// Unit words with what they measure, sorted by word.\n    \
         pub static UNITS: &[(&str, Unit)] = &[{}];",
        units.join(", ")
    );
    let _ = writeln!(
        out,
        "    pub const UNIT_ALT: &str = {:?};",
        alternation(d.units.keys().cloned())
    );
    check.list(
        file,
        "duration-fillers",
        &d.duration_fillers,
        Form::Normalised,
    );
    let _ = writeln!(
        out,
        "    pub static DURATION_FILLERS: &[&str] = {};\n    pub const FILLER_ALT: &str = {:?};",
        strs(&d.duration_fillers),
        alternation(d.duration_fillers.iter().cloned())
    );
    let _ = writeln!(out, "}}");
}

/// Every text the built-in word lists give the two automata (prose and section titles),
/// as the matcher sees it (`fold::pattern`): each once, sorted; and the order in which the
/// engine lists them (sections first, then the word lists, as `Engine::new` does), so that
/// at run time each entry finds its text without a search.
#[derive(Default)]
struct Patterns {
    prose: BTreeSet<String>,
    headings: BTreeSet<String>,
    sections_order: Vec<String>,
    lexicons_order: Vec<String>,
    headings_order: Vec<String>,
}

enum Order {
    Sections,
    Lexicons,
}

impl Patterns {
    fn prose(&mut self, order: &mut Order, entry: &str) {
        let (p, _, _) = fold::pattern(entry);
        if fold::matchable(&p) {
            self.prose.insert(p.clone());
            match order {
                Order::Sections => self.sections_order.push(p),
                Order::Lexicons => self.lexicons_order.push(p),
            }
        }
    }

    fn heading(&mut self, entry: &str) {
        let (p, _, _) = fold::pattern(entry);
        if fold::matchable(&p) {
            self.headings.insert(p.clone());
            self.headings_order.push(p);
        }
    }
}

/// Builds the Aho-Corasick automata over all built-in word lists here, once, and writes them
/// beside the tables: a run of vt-lint loads them instead of building them (building cost
/// some 12 M instructions per process). Value `i` of an automaton is the `i`-th text of its
/// sorted list (`*_TEXTS`); `*_IDS` gives the text of each entry in the engine's order. The
/// engine checks both against its own list and builds an automaton itself if they differ.
fn automata(out: &mut String, pats: &Patterns, dir: &Path) {
    let _ = writeln!(out, "pub mod automata {{");
    let prose_order: Vec<&String> = pats
        .sections_order
        .iter()
        .chain(&pats.lexicons_order)
        .collect();
    let heading_order: Vec<&String> = pats.headings_order.iter().collect();
    for (name, set, order) in [
        ("PROSE", &pats.prose, prose_order),
        ("HEADINGS", &pats.headings, heading_order),
    ] {
        let list: Vec<String> = set.iter().cloned().collect();
        // (No prefilter: over thousands of words it seldom skips a byte, and loading its
        // table cost as much as loading the automaton.)
        let ac = daachorse::DoubleArrayAhoCorasickBuilder::new()
            .use_prefilter(false)
            .build_with_values(list.iter().enumerate().map(|(i, p)| (p.as_str(), i as u32)))
            .expect("the word lists build an automaton");
        let file = format!("{}.daac", name.to_lowercase());
        std::fs::write(dir.join(&file), ac.serialize()).expect("write an automaton");
        let ids: Vec<String> = order
            .iter()
            .map(|p| list.binary_search(p).expect("listed").to_string())
            .collect();
        let _ = writeln!(
            out,
            "    pub static {name}_TEXTS: &[&str] = {};\n    pub static {name}_IDS: &[u32] = &[{}];\n    \
             pub static {name}: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"));",
            strs(&list),
            ids.join(", ")
        );
    }
    // The stems of each heading entry, in the engine's order (`headwords.rs` reads a title by
    // its stems): little words left out, every word for the plan one stem, the first.
    // `headwords::tests` checks these against stemming at run time.
    let little = cue_list("little-words");
    let nouns = cue_list("plan-nouns");
    let negations = cue_list("negations");
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Dutch);
    let mut stems = Vec::new();
    let mut negated = Vec::new();
    for entry in &pats.headings_order {
        let words: Vec<&str> = entry
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !little.iter().any(|l| l == w))
            .collect();
        let list: Vec<String> = words
            .iter()
            .map(|w| {
                if nouns.iter().any(|n| n == w) {
                    nouns[0].clone()
                } else {
                    stemmer.stem(w).into_owned()
                }
            })
            .collect();
        stems.push(strs(&list));
        negated.push(
            words
                .iter()
                .any(|w| negations.iter().any(|n| n == w))
                .to_string(),
        );
    }
    let _ = writeln!(
        out,
        "    pub static HEADING_STEMS: &[&[&str]] = &[{}];\n    pub static HEADING_NEGATED: &[bool] = &[{}];",
        stems.join(", "),
        negated.join(", ")
    );
    let _ = writeln!(out, "}}");
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/plan/fold.rs");
    let mut check = Check { errors: Vec::new() };
    let mut out = String::from("// Generated by build.rs from rules/*.toml: do not edit.\n\n");
    lists(&mut check, &mut out);
    let mut pats = Patterns::default();
    lexicons(&mut check, &mut out, &mut pats);
    sections(&mut check, &mut out, &mut pats);
    dates(&mut check, &mut out);
    if !check.errors.is_empty() {
        for e in &check.errors {
            eprintln!("error: {e}");
        }
        eprintln!(
            "error: {} problem(s) in the word lists under rules/; the build stops here",
            check.errors.len()
        );
        std::process::exit(1);
    }
    let dir = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    automata(&mut out, &pats, &dir);
    std::fs::write(dir.join("words.rs"), out).expect("write the generated word tables");
}
