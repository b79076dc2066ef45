//! What measures a goal: a number, percentage, amount, frequency, date, term or countable
//! result ("counted"), or a habit or a time bound that can be checked ("measurable"). Read by
//! VT202 and by the part reading (measured goals carry their own criterion, VT103).

use regex::Regex;
use std::sync::LazyLock;

// The words that make a goal measurable are data: `rules/goals.toml` (and the month and
// weekday names of `rules/dates.toml`).
use crate::words::goals::{EACH_WORDS, MEASURE_WORDS, SAME_WORDS, TERM_UNITS, WEAK_MEASURE_WORDS};

/// Regex alternatives, longest first.
fn alternatives<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let words: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    words.join("|")
}

static MEASURE: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternatives(
        MEASURE_WORDS
            .iter()
            .chain(&crate::analysis::dates::MONTHS)
            .copied(),
    );
    // A weekday counts in a compound too: "op donderdagmiddag".
    let days = alternatives(crate::analysis::dates::WEEKDAYS.iter().copied());
    let each = alternatives(EACH_WORDS.iter().copied());
    let same = alternatives(SAME_WORDS.iter().copied());
    // "binnen een werkdag", "binnen twee uur", "binnen een halve werkdag" — not "binnen het
    // team".
    let units = alternatives(
        crate::words::dates::UNITS
            .iter()
            .map(|(w, _)| *w)
            .chain(TERM_UNITS.iter().copied()),
    );
    let numbers = alternatives(crate::words::dates::NUMBER_WORDS.iter().map(|(w, _)| *w));
    let fractions = alternatives(crate::words::goals::FRACTION_WORDS.iter().copied());
    let determiners = alternatives(crate::words::goals::TERM_DETERMINERS.iter().copied());
    let modifiers = alternatives(crate::words::goals::TERM_MODIFIERS.iter().copied());
    Regex::new(&format!(
        r"\d|%|(?-u:\b)(?:{words}|(?:{days})[a-z]*|(?:{each}) [a-z-]+|(?:{same}) [a-z]+|binnen (?:(?:{determiners}|{numbers}) )?(?:(?:{modifiers}) )?(?:(?:{fractions}) )?(?:{units}))(?-u:\b)"
    ))
    .expect("measure pattern compiles")
});

/// Words that bound a rule in time or make it a habit ("voordat je uitserveert", "altijd",
/// "direct"): a goal with one of them can be checked, but it counts nothing.
pub(crate) static WEAK: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternatives(WEAK_MEASURE_WORDS.iter().copied());
    // … and "vóór het vertalen van een hoofdstuk": before doing something, as "voordat".
    let before = alternatives(crate::words::goals::BEFORE_INFINITIVE_WORDS.iter().copied());
    Regex::new(&format!(
        r"(?-u:\b)(?:{words}|(?:{before}) [a-z]+en)(?-u:\b)"
    ))
    .expect("weak measure pattern compiles")
});

/// True when the text gives something to measure or check it by.
pub fn measurable(text: &str) -> bool {
    MEASURE.is_match(text) || WEAK.is_match(text)
}

/// True when the text gives an amount, a frequency, a term or a moment: more than a habit.
pub fn counted(text: &str) -> bool {
    MEASURE.is_match(text)
}

/// The text without the number of its title: "doel 3 - ritten vastleggen …" is not measured
/// by its "3" (`numbering-heads`: "doel", "ontwikkelpunt", "afspraak" …).
pub fn without_number(t: &str) -> &str {
    let s = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    let word_end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    let word = &s[..word_end];
    if !crate::words::goals::NUMBERING_HEADS
        .iter()
        .any(|h| word.ends_with(h))
    {
        return t;
    }
    let rest = s[word_end..].trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 2 {
        return t;
    }
    &rest[digits..]
}
