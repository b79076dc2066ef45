//! Recognising a part from a heading the way a reader does: by its words, not by one exact
//! wording. A heading entry of several words matches a heading that holds each of its content
//! words in any order, whatever else it says ("wat vragen we" matches "Wat we van je
//! vragen"); words are compared by their Snowball stem ("vragen" ~ "vraag"), and a one-word
//! entry also matches as the head of a Dutch compound ("doel" in "Ontwikkeldoelen",
//! "gesprek" in "voortgangsgesprekken"). Little words that carry no meaning here ("er",
//! "het", "we") are left out on both sides.

use crate::analysis::parts::{Part, PartSet};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;

// LITTLE_WORDS (articles, pronouns … that say nothing about the part) and NEGATIONS ("niet",
// "geen": they turn a heading around) are data: `rules/cues.toml`.
// PLAN_NOUNS ("plan", "traject" …) all stand for the plan: one is as good as another.
use crate::words::cues::{LITTLE_WORDS as LITTLE, NEGATIONS, PLAN_NOUNS};

/// The shortest stem that may be the head of a compound, and the shortest part before it.
const MIN_HEAD: usize = 4;
const MIN_MODIFIER: usize = 4;

pub struct HeadWords {
    stemmer: Stemmer,
    /// One-word entries: stem -> parts.
    single: HashMap<String, PartSet>,
    /// The longest of those stems: no longer compound head is looked up (a heading word of a
    /// megabyte stays linear).
    longest: usize,
    /// Stems of heading words that are no nouns, so never the head of a compound:
    /// "sorteerder" does not end in "eerder" (`not-compound-heads`).
    no_head: std::collections::HashSet<String>,
    /// Several-word entries: their distinct stems, whether they say "niet"/"geen", and part.
    bags: Vec<(Vec<String>, bool, Part)>,
    /// Stem -> the bags holding it.
    by_stem: HashMap<String, Vec<usize>>,
}

/// A word's stem; every word for the plan itself has one stem, the first in the list.
fn stem(stemmer: &Stemmer, w: &str) -> String {
    if let Some(first) = PLAN_NOUNS.first().filter(|_| PLAN_NOUNS.contains(&w)) {
        return first.to_string();
    }
    stemmer.stem(w).into_owned()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !LITTLE.contains(w))
}

impl std::fmt::Debug for HeadWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HeadWords")
            .field("single", &self.single.len())
            .field("bags", &self.bags.len())
            .finish()
    }
}

impl HeadWords {
    /// `entries`: normalised heading entries with their part (a trailing or leading `*` is
    /// dropped: stems and compounds cover what it was for).
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, Part)>) -> HeadWords {
        HeadWords::with_stems(entries, None)
    }

    /// The same, with the entries' stems and negations worked out already (`build.rs` does
    /// it for the built-in headings, in the same order): no stemming at start-up beyond the
    /// few `not-compound-heads`.
    pub fn with_stems<'a>(
        entries: impl IntoIterator<Item = (&'a str, Part)>,
        known: Option<(&[&[&str]], &[bool])>,
    ) -> HeadWords {
        let stemmer = Stemmer::create(Algorithm::Dutch);
        let mut single: HashMap<String, PartSet> = HashMap::new();
        let mut bags = Vec::new();
        let mut by_stem: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (entry, part)) in entries.into_iter().enumerate() {
            let entry = entry.trim_matches('*');
            let (mut stems, negated): (Vec<String>, bool) = match known {
                Some((stems, negated)) => {
                    (stems[i].iter().map(|s| s.to_string()).collect(), negated[i])
                }
                None => (
                    words(entry).map(|w| stem(&stemmer, w)).collect(),
                    words(entry).any(|w| NEGATIONS.contains(&w)),
                ),
            };
            match stems.len() {
                0 => {}
                1 => single.entry(stems[0].clone()).or_default().insert(part),
                _ => {
                    stems.sort();
                    stems.dedup();
                    let i = bags.len();
                    for s in &stems {
                        by_stem.entry(s.clone()).or_default().push(i);
                    }
                    bags.push((stems, negated, part));
                }
            }
        }
        let longest = single.keys().map(String::len).max().unwrap_or(0);
        let no_head = crate::words::cues::NOT_COMPOUND_HEADS
            .iter()
            .map(|w| stem(&stemmer, w))
            .collect();
        HeadWords {
            stemmer,
            longest,
            no_head,
            single,
            bags,
            by_stem,
        }
    }

    /// The parts a (normalised, cleaned) heading names.
    pub fn parts(&self, title: &str) -> PartSet {
        let mut set = PartSet::default();
        let stems: Vec<String> = words(title).map(|w| stem(&self.stemmer, w)).collect();
        let negated = words(title).any(|w| NEGATIONS.contains(&w));
        let mut counts: HashMap<usize, usize> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        for s in &stems {
            if let Some(p) = self.single.get(s) {
                set.0 |= p.0;
            } else {
                // The head of a compound: "ontwikkeldoel" ends in "doel".
                for (i, _) in s.char_indices().skip(MIN_MODIFIER) {
                    let head = &s[i..];
                    if head.len() > self.longest {
                        continue;
                    }
                    if head.len() < MIN_HEAD {
                        break;
                    }
                    if let Some(p) = self.single.get(head) {
                        if !self.no_head.contains(head) {
                            set.0 |= p.0;
                        }
                        break;
                    }
                }
            }
            if !seen.insert(s.as_str()) {
                continue;
            }
            for &b in self.by_stem.get(s).into_iter().flatten() {
                *counts.entry(b).or_default() += 1;
            }
        }
        for (b, n) in counts {
            let (bag, neg, part) = &self.bags[b];
            if n == bag.len() && *neg == negated {
                set.insert(*part);
            }
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stems_from_the_build_are_the_stems_at_run_time() {
        use crate::words::automata::{
            HEADINGS_IDS, HEADINGS_TEXTS, HEADING_NEGATED, HEADING_STEMS,
        };
        let stemmer = Stemmer::create(Algorithm::Dutch);
        assert_eq!(HEADING_STEMS.len(), HEADINGS_IDS.len());
        for (i, &id) in HEADINGS_IDS.iter().enumerate() {
            let entry = HEADINGS_TEXTS[id as usize];
            let stems: Vec<String> = words(entry).map(|w| stem(&stemmer, w)).collect();
            assert_eq!(HEADING_STEMS[i], stems, "{entry}");
            assert_eq!(
                HEADING_NEGATED[i],
                words(entry).any(|w| NEGATIONS.contains(&w)),
                "{entry}"
            );
        }
    }

    fn hw() -> HeadWords {
        HeadWords::new([
            ("doel", Part::Goals),
            ("wat vragen we", Part::Goals),
            ("wat moet er beter", Part::Goals),
            ("gesprek", Part::Evaluations),
            ("eerder", Part::History),
            ("gesproken", Part::History),
            ("als het niet lukt", Part::Consequences),
            ("als het lukt", Part::PositiveOutcome),
            ("als het traject slaagt", Part::PositiveOutcome),
        ])
    }

    #[test]
    fn word_order_inflection_and_compounds() {
        let h = hw();
        assert!(h.parts("wat we van je vragen").has(Part::Goals));
        assert!(h.parts("wat moet beter").has(Part::Goals));
        assert!(h.parts("ontwikkeldoelen").has(Part::Goals));
        assert!(h.parts("doelen voor het eerste kwartaal").has(Part::Goals));
        assert!(h.parts("voortgangsgesprekken").has(Part::Evaluations));
        assert!(!h.parts("middelen").has(Part::Goals));
        // A word that is no noun heads no compound: a sorter is not "eerder", but "eerder"
        // alone is history.
        assert!(h.parts("eerder").has(Part::History));
        assert!(!h.parts("verbeterplan sorteerder").has(Part::History));
        assert!(!h.parts("uitgesproken verwachtingen").has(Part::History));
        let bad = h.parts("en als het niet lukt");
        assert!(bad.has(Part::Consequences) && !bad.has(Part::PositiveOutcome));
        let good = h.parts("als het wel lukt");
        assert!(good.has(Part::PositiveOutcome) && !good.has(Part::Consequences));
        // Any word for the plan stands for another.
        assert!(h.parts("als het plan slaagt").has(Part::PositiveOutcome));
        assert!(h
            .parts("als het verbeterplan slaagt")
            .has(Part::PositiveOutcome));
        assert!(!h
            .parts("als het plan niet slaagt")
            .has(Part::PositiveOutcome));
    }
}
