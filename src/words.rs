//! Every Dutch word vt-lint knows, as static tables: `build.rs` reads and checks
//! `rules/*.toml` when the crate is built and writes them out here, so no process parses
//! those files.
//!
//! - `cues`: `rules/cues.toml` (timeline cues, heading words);
//! - `wording`: `rules/wording.toml` (words around a word-list hit, forms of address);
//! - `placeholders`: `rules/placeholders.toml` (placeholder wording, form fields, HTML tags);
//! - `sentences`: `rules/sentences.toml` (abbreviations);
//! - `goals`: `rules/goals.toml` (what makes a goal measurable);
//! - `dates`: `rules/dates.toml` (months, weekdays, number words, units);
//! - `lexicons`: the five word lists (`rules/vague-terms.toml` …);
//! - `SECTIONS`: `rules/sections.toml`.

/// One `[[entry]]` of a word list (see `lexicon::Entry`).
#[derive(Debug)]
pub struct LexEntry {
    pub term: &'static str,
    pub forms: &'static [&'static str],
    pub why: &'static str,
    pub why_en: &'static str,
    pub instead: &'static str,
    pub instead_en: &'static str,
    pub examples: &'static [&'static str],
    pub clean: &'static [&'static str],
    pub except: &'static [&'static str],
    pub personal: bool,
}

/// The lists of one part in `rules/sections.toml` (see `parts::PartData`).
#[derive(Debug)]
pub struct PartLists {
    pub headings: &'static [&'static str],
    pub phrases: &'static [&'static str],
    pub when: &'static [&'static str],
    pub then: &'static [&'static str],
    pub unless: &'static [&'static str],
    pub hedges: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// True when `word` is one of `list`, where an entry ending in `*` stands for every word
/// that starts with it.
pub fn word_in(word: &str, list: &[&str]) -> bool {
    list.iter().any(|p| match p.strip_suffix('*') {
        Some(prefix) => word.starts_with(prefix),
        None => word == *p,
    })
}

/// The value of a `(name, value)` table sorted by name.
pub fn lookup<T: Copy>(table: &[(&str, T)], name: &str) -> Option<T> {
    table
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| table[i].1)
}
