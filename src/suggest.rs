//! "Did you mean": the one place that finds the rules closest to an unknown code or name,
//! for the config file, `--select` / `--ignore`, `explain` and suppression comments.
//!
//! A code is matched against codes ("VT1O9" is VT109), a word against rule names and their
//! parts ("vague" is `vague-term` and `vague-deadline`). Nothing close means no suggestion:
//! "XYZ" gets none rather than three arbitrary rules.

use crate::rules::{Meta, RULES};

/// At most this many suggestions.
const MAX: usize = 3;

/// Queries longer than this are no typo of any code or name (the longest name has 24 bytes).
const LONGEST: usize = 64;

/// The rules whose code or name is close to `query`, best first.
pub fn rules(query: &str) -> Vec<&'static Meta> {
    let q = query.trim().to_lowercase();
    if q.is_empty() || q.len() > LONGEST {
        return Vec::new();
    }
    let mut scored: Vec<(u32, &'static Meta)> = RULES
        .iter()
        .filter_map(|m| score(&q, m).map(|s| (s, *m)))
        .collect();
    scored.sort_by_key(|&(s, m)| (std::cmp::Reverse(s), m.code));
    let best = scored.first().map_or(0, |s| s.0);
    // Only the best kind of match: an exact part beats a typo elsewhere.
    scored
        .into_iter()
        .filter(|&(s, _)| s + 10 >= best)
        .take(MAX)
        .map(|(_, m)| m)
        .collect()
}

/// How close `q` (lower case) is to the rule, 0–100; `None` when not close at all.
fn score(q: &str, m: &Meta) -> Option<u32> {
    use strsim::damerau_levenshtein as dist;
    // A code: "vt" and then digits, with O for 0 and l for 1 forgiven.
    if let Some(rest) = q.strip_prefix("vt") {
        let digits: String = rest
            .chars()
            .map(|c| match c {
                'o' => '0',
                'l' | 'i' => '1',
                c => c,
            })
            .collect();
        let code = &m.code[2..];
        return match dist(&digits, code) {
            0 => Some(100),
            1 => Some(80),
            _ => None,
        };
    }
    let name = m.name;
    if q == name {
        return Some(100);
    }
    let parts: Vec<&str> = name.split('-').collect();
    // A whole part ("vague", "deadline") or the start of the name ("missing-sup").
    if q.len() >= 3 && (parts.contains(&q) || name.starts_with(q)) {
        return Some(90);
    }
    // A typo in the name: one edit per five letters.
    let d = dist(q, name);
    if d <= (name.len() / 5).max(1) {
        return Some(85 - d as u32);
    }
    // A typo in one part ("vauge"): one edit per four letters, for words of four or more.
    if q.len() >= 4 {
        let best = parts
            .iter()
            .filter(|p| p.len() >= 4)
            .map(|p| dist(q, p))
            .min()?;
        if best <= p_allowance(q) {
            return Some(70 - best as u32);
        }
    }
    None
}

fn p_allowance(q: &str) -> usize {
    (q.chars().count() / 4).max(1)
}

/// "VT109 (missing-history), VT101 (missing-problem)" for messages.
pub fn list(near: &[&Meta]) -> String {
    near.iter()
        .map(|m| format!("{} ({})", m.code, m.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "; bedoelde je VT201 (vague-term)?" — or nothing when nothing is close.
pub fn did_you_mean(query: &str, en: bool) -> String {
    let near = rules(query);
    if near.is_empty() {
        return String::new();
    }
    if en {
        format!("; did you mean {}?", list(&near))
    } else {
        format!("; bedoelde je {}?", list(&near))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(q: &str) -> Vec<&'static str> {
        rules(q).iter().map(|m| m.code).collect()
    }

    #[test]
    fn names_by_name_codes_by_code() {
        assert_eq!(codes("vague"), ["VT201", "VT203"]);
        assert_eq!(codes("vague-trem"), ["VT201"]);
        assert_eq!(codes("vauge"), ["VT201", "VT203"]);
        assert_eq!(codes("VT1O9"), ["VT109"]);
        assert_eq!(codes("vt2o1"), ["VT201"]);
        assert_eq!(codes("missing-suport"), ["VT104"]);
        assert_eq!(codes("bsm"), ["VT502"]);
        assert_eq!(codes("deadline"), ["VT203"]);
    }

    #[test]
    fn nonsense_gets_nothing() {
        for q in ["XYZ", "VT999", "foo", "", "qqqqqqqqqq", "vt-lint"] {
            assert!(codes(q).is_empty(), "{q}: {:?}", codes(q));
        }
        assert_eq!(did_you_mean("XYZ", false), "");
        assert_eq!(
            did_you_mean("vague", false),
            "; bedoelde je VT201 (vague-term), VT203 (vague-deadline)?"
        );
    }
}
