//! Word lists (`rules/*.toml`) and the one automaton that finds all their terms, and the
//! section phrases, in a plan's normalised text in a single pass.

use crate::analysis::parts::{Part, PartData};
use crate::plan::text::normalise;
use crate::words::automata;
use daachorse::DoubleArrayAhoCorasick;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;

/// Which word list an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LexKind {
    VagueTerm,
    VagueDeadline,
    CharacterJudgement,
    AbsoluteClaim,
    HealthTerm,
}

impl LexKind {
    pub const ALL: [LexKind; 5] = [
        LexKind::VagueTerm,
        LexKind::VagueDeadline,
        LexKind::CharacterJudgement,
        LexKind::AbsoluteClaim,
        LexKind::HealthTerm,
    ];

    pub fn file(self) -> &'static str {
        match self {
            LexKind::VagueTerm => "vague-terms.toml",
            LexKind::VagueDeadline => "vague-deadlines.toml",
            LexKind::CharacterJudgement => "character-judgements.toml",
            LexKind::AbsoluteClaim => "absolute-claims.toml",
            LexKind::HealthTerm => "health-terms.toml",
        }
    }

    /// The file's text (for tests that read it as written; the program uses `builtin`).
    pub fn source(self) -> &'static str {
        match self {
            LexKind::VagueTerm => include_str!("../../rules/vague-terms.toml"),
            LexKind::VagueDeadline => include_str!("../../rules/vague-deadlines.toml"),
            LexKind::CharacterJudgement => include_str!("../../rules/character-judgements.toml"),
            LexKind::AbsoluteClaim => include_str!("../../rules/absolute-claims.toml"),
            LexKind::HealthTerm => include_str!("../../rules/health-terms.toml"),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entry {
    pub term: String,
    #[serde(default)]
    pub forms: Vec<String>,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub why_en: String,
    #[serde(default)]
    pub instead: String,
    #[serde(default)]
    pub instead_en: String,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub clean: Vec<String>,
    #[serde(default)]
    pub except: Vec<String>,
    /// Report only where the plan ties the term to the employee (health-terms.toml).
    #[serde(default)]
    pub personal: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    #[serde(rename = "entry", default)]
    pub entries: Vec<Entry>,
}

impl Lexicon {
    /// The built-in list: checked and turned into a static table by `build.rs`, so nothing
    /// is parsed here.
    pub fn builtin(kind: LexKind) -> Lexicon {
        use crate::words::lexicons as l;
        let table = match kind {
            LexKind::VagueTerm => l::VAGUE_TERMS,
            LexKind::VagueDeadline => l::VAGUE_DEADLINES,
            LexKind::CharacterJudgement => l::CHARACTER_JUDGEMENTS,
            LexKind::AbsoluteClaim => l::ABSOLUTE_CLAIMS,
            LexKind::HealthTerm => l::HEALTH_TERMS,
        };
        let owned = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
        Lexicon {
            entries: table
                .iter()
                .map(|e| Entry {
                    term: e.term.to_string(),
                    forms: owned(e.forms),
                    why: e.why.to_string(),
                    why_en: e.why_en.to_string(),
                    instead: e.instead.to_string(),
                    instead_en: e.instead_en.to_string(),
                    examples: owned(e.examples),
                    clean: owned(e.clean),
                    except: owned(e.except),
                    personal: e.personal,
                })
                .collect(),
        }
    }
}

/// What a pattern in the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatKind {
    /// A phrase that shows a part is present.
    Phrase(Part),
    /// A form of entry `entry` of a word list.
    Form(LexKind, u32),
    /// A phrase within which a word list's forms are fine.
    Except(LexKind),
    /// Half of a pair: a block holding a `When` and a `Then` phrase of a part (and no
    /// `Unless` phrase) shows the part: "Lukt het, dan … blijf je in je functie".
    When(Part),
    Then(Part),
    Unless(Part),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub kind: PatKind,
    pub start: usize,
    pub end: usize,
}

impl Hit {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The compiled matchers: loaded once per process for the built-in data (and built once per
/// distinct config that adds words), never per file.
#[derive(Debug)]
pub struct Engine {
    prose: Matcher,
    prose_kinds: Vec<(PatKind, Free)>,
    headings: Matcher,
    heading_parts: Vec<(Part, Free)>,
    /// The same heading entries by their words: any order, stems, compound heads.
    headwords: crate::analysis::headwords::HeadWords,
    /// Titles already read (plans repeat "Naam", "Functie", "Doelen"): stemming a title's
    /// words is the dearest part of reading a section. Bounded; the answer never changes.
    title_cache:
        std::sync::Mutex<std::collections::HashMap<String, crate::analysis::parts::PartSet>>,
    /// Per part, normalised `hedges` (possibility words).
    hedges: Vec<(Part, crate::analysis::HedgeList)>,
    pub lexicons: BTreeMap<LexKind, Lexicon>,
    allow: Vec<String>,
}

/// One automaton over distinct texts, and for each text the list entries (indices into the
/// engine's pattern list, in list order) that have it: several lists share a text ("altijd"
/// is a vague term and an absolute claim).
struct Matcher {
    ac: DoubleArrayAhoCorasick<u32>,
    /// Entries of text `t`: `entries[starts[t]..starts[t + 1]]`.
    starts: Vec<u32>,
    entries: Vec<u32>,
    /// Whether the automaton came ready from the build (a test checks the built-in engine's).
    loaded: bool,
    /// Whether the entries are the built-in ones in the built-in order.
    builtin_order: bool,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("texts", &(self.starts.len() - 1))
            .field("entries", &self.entries.len())
            .field("loaded", &self.loaded)
            .finish()
    }
}

impl Matcher {
    /// The automaton for `pats`: the one `build.rs` made when it holds every text (the
    /// built-in lists), else one built now (a config that adds words). `ids` is the text of
    /// each built-in entry in the engine's order, checked here before it is used.
    fn new(
        pats: &[String],
        texts: &'static [&'static str],
        ids: &'static [u32],
        bytes: &'static [u8],
    ) -> Matcher {
        let same = pats.len() == ids.len()
            && pats
                .iter()
                .zip(ids)
                .all(|(p, &i)| texts.get(i as usize) == Some(&p.as_str()));
        let ids: Option<Vec<u32>> = if same {
            Some(ids.to_vec())
        } else {
            pats.iter()
                .map(|p| texts.binary_search(&p.as_str()).ok().map(|i| i as u32))
                .collect()
        };
        if let Some(ids) = ids {
            if let Ok((ac, _)) = DoubleArrayAhoCorasick::<u32>::deserialize(bytes) {
                let mut m = Matcher::index(ac, ids, texts.len(), true);
                m.builtin_order = same;
                return m;
            }
        }
        let mut distinct: Vec<&str> = pats.iter().map(String::as_str).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let ids = pats
            .iter()
            .map(|p| distinct.binary_search(&p.as_str()).unwrap_or_default() as u32)
            .collect();
        let ac = daachorse::DoubleArrayAhoCorasickBuilder::new()
            .use_prefilter(false)
            .build_with_values(distinct.iter().enumerate().map(|(i, p)| (*p, i as u32)))
            .expect("word lists compile");
        Matcher::index(ac, ids, distinct.len(), false)
    }

    fn index(
        ac: DoubleArrayAhoCorasick<u32>,
        ids: Vec<u32>,
        texts: usize,
        loaded: bool,
    ) -> Matcher {
        let mut starts = vec![0u32; texts + 1];
        for &t in &ids {
            starts[t as usize + 1] += 1;
        }
        for t in 0..texts {
            starts[t + 1] += starts[t];
        }
        let mut next = starts.clone();
        let mut entries = vec![0u32; ids.len()];
        for (i, &t) in ids.iter().enumerate() {
            entries[next[t as usize] as usize] = i as u32;
            next[t as usize] += 1;
        }
        Matcher {
            ac,
            starts,
            entries,
            loaded,
            builtin_order: false,
        }
    }

    /// Every occurrence of every entry in `text`, as (entry, start, end), overlapping.
    fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        self.ac.find_overlapping_iter(text).flat_map(move |m| {
            let t = m.value() as usize;
            let (a, b) = (self.starts[t] as usize, self.starts[t + 1] as usize);
            self.entries[a..b]
                .iter()
                .map(move |&i| (i as usize, m.start(), m.end()))
        })
    }
}

/// Extra words from config.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extras {
    pub vague_terms: Vec<String>,
    pub allow: Vec<String>,
    pub sections: BTreeMap<String, Vec<String>>,
}

/// How a pattern meets word boundaries: `*` at either end of a list entry lets the match
/// run into a longer word there ("cursus*" matches "cursussen", "*cursus*" "opfriscursussen").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Free {
    pub left: bool,
    pub right: bool,
}

fn pattern(s: &str) -> (String, Free) {
    let (p, left, right) = crate::plan::fold::pattern(s);
    (p, Free { left, right })
}

/// True when a match at `start..end` meets the word boundaries its pattern asks for.
fn bounded(text: &str, start: usize, end: usize, free: Free) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let m = &text[start..end];
    let left_ok = free.left || !word(m.chars().next()) || !word(text[..start].chars().next_back());
    let right_ok = free.right || !word(m.chars().next_back()) || !word(text[end..].chars().next());
    left_ok && right_ok
}

impl Engine {
    pub fn new(extras: &Extras) -> Engine {
        let parts: BTreeMap<String, PartData> = crate::analysis::parts::builtin();
        let hedges: Vec<(Part, crate::analysis::HedgeList)> = parts
            .iter()
            .filter_map(|(key, data)| {
                let part = Part::from_key(key)?;
                let normal: Vec<String> = data.hedges.iter().map(|h| normalise(h)).collect();
                Some((part, crate::analysis::HedgeList::new(&normal)))
            })
            .collect();
        let mut prose_pats = Vec::new();
        let mut prose_kinds = Vec::new();
        let mut head_pats = Vec::new();
        let mut heading_parts = Vec::new();
        for (key, data) in &parts {
            let part = Part::from_key(key).expect("known part");
            for p in &data.phrases {
                let (p, prefix) = pattern(p);
                prose_pats.push(p);
                prose_kinds.push((PatKind::Phrase(part), prefix));
            }
            for (list, kind) in [
                (&data.when, PatKind::When(part)),
                (&data.then, PatKind::Then(part)),
                (&data.unless, PatKind::Unless(part)),
            ] {
                for p in list {
                    let (p, free) = pattern(p);
                    prose_pats.push(p);
                    prose_kinds.push((kind, free));
                }
            }
            let extra = extras.sections.get(key).into_iter().flatten();
            for h in data.headings.iter().chain(extra) {
                let (h, prefix) = pattern(h);
                head_pats.push(h);
                heading_parts.push((part, prefix));
            }
        }
        let mut lexicons = BTreeMap::new();
        for kind in LexKind::ALL {
            let mut lex = Lexicon::builtin(kind);
            if kind == LexKind::VagueTerm {
                for t in &extras.vague_terms {
                    lex.entries.push(Entry {
                        term: normalise(t),
                        forms: vec![],
                        why: "staat in de lijst met vage termen van dit team (vt-lint.toml)".into(),
                        why_en: "is on this team's list of vague terms (vt-lint.toml)".into(),
                        instead: "beschrijf waarneembaar gedrag: wat, hoe vaak, wanneer".into(),
                        instead_en: "describe observable behaviour: what, how often, by when"
                            .into(),
                        examples: vec![],
                        clean: vec![],
                        except: vec![],
                        personal: false,
                    });
                }
            }
            for (i, e) in lex.entries.iter().enumerate() {
                for f in std::iter::once(&e.term).chain(&e.forms) {
                    let (f, prefix) = pattern(f);
                    prose_pats.push(f);
                    prose_kinds.push((PatKind::Form(kind, i as u32), prefix));
                }
                for x in &e.except {
                    prose_pats.push(normalise(x));
                    prose_kinds.push((
                        PatKind::Except(kind),
                        Free {
                            left: false,
                            right: false,
                        },
                    ));
                }
            }
            lexicons.insert(kind, lex);
        }
        // A pattern without a letter or digit (a config entry "*" or "…") would match
        // everywhere, even inside characters: leave it out.
        let keep = |p: &String| crate::plan::fold::matchable(p);
        let (prose_pats, prose_kinds): (Vec<String>, Vec<(PatKind, Free)>) = prose_pats
            .into_iter()
            .zip(prose_kinds)
            .filter(|(p, _)| keep(p))
            .unzip();
        let (head_pats, heading_parts): (Vec<String>, Vec<(Part, Free)>) = head_pats
            .into_iter()
            .zip(heading_parts)
            .filter(|(p, _)| keep(p))
            .unzip();
        let headings = Matcher::new(
            &head_pats,
            automata::HEADINGS_TEXTS,
            automata::HEADINGS_IDS,
            automata::HEADINGS,
        );
        // The built-in headings in the built-in order: their stems came with the build.
        let known = headings
            .builtin_order
            .then_some((automata::HEADING_STEMS, automata::HEADING_NEGATED));
        let headwords = crate::analysis::headwords::HeadWords::with_stems(
            head_pats
                .iter()
                .zip(&heading_parts)
                .map(|(h, (p, _))| (h.as_str(), *p)),
            known,
        );
        Engine {
            headwords,
            title_cache: Default::default(),
            hedges,
            prose: Matcher::new(
                &prose_pats,
                automata::PROSE_TEXTS,
                automata::PROSE_IDS,
                automata::PROSE,
            ),
            prose_kinds,
            headings,
            heading_parts,
            lexicons,
            allow: extras.allow.iter().map(|a| normalise(a)).collect(),
        }
    }

    /// Every phrase and word-list hit in `text`, at word boundaries, in order.
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (i, s, e) in self.prose.find(text) {
            let (kind, free) = self.prose_kinds[i];
            if bounded(text, s, e, free) {
                hits.push(Hit {
                    kind,
                    start: s,
                    end: e,
                });
            }
        }
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        hits
    }

    /// Per part, the normalised phrases that make a sentence a possibility, not a promise.
    pub fn hedges(&self) -> &[(Part, crate::analysis::HedgeList)] {
        &self.hedges
    }

    /// The parts a (normalised, cleaned) section title names.
    pub fn title_parts(&self, title: &str) -> crate::analysis::parts::PartSet {
        const CACHED: usize = 4096;
        let cacheable = title.len() <= 80;
        let lock = || self.title_cache.lock().unwrap_or_else(|e| e.into_inner());
        if cacheable {
            if let Some(&set) = lock().get(title) {
                return set;
            }
        }
        let set = self.title_parts_uncached(title);
        if cacheable {
            let mut m = lock();
            if m.len() < CACHED {
                m.insert(title.to_string(), set);
            }
        }
        set
    }

    fn title_parts_uncached(&self, title: &str) -> crate::analysis::parts::PartSet {
        let mut set = self.headwords.parts(title);
        for (i, s, e) in self.headings.find(title) {
            let (part, free) = self.heading_parts[i];
            if bounded(title, s, e, free) {
                set.insert(part);
            }
        }
        set
    }

    pub fn entry(&self, kind: LexKind, i: u32) -> &Entry {
        &self.lexicons[&kind].entries[i as usize]
    }

    /// True when config allows this exact (normalised) wording.
    pub fn allowed(&self, norm: &str) -> bool {
        self.allow.iter().any(|a| a == norm)
    }
}

/// The word-list hits of one kind that count: at word boundaries, not inside an `except`
/// phrase, the longest where several overlap.
pub fn lexicon_hits(text: &str, hits: &[Hit], kind: LexKind) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    // Hits come sorted by start: the furthest end of an `except` phrase started so far tells
    // whether a form lies inside one (linear, however many phrases there are).
    let mut except_end = 0;
    for h in hits {
        if h.kind == PatKind::Except(kind) {
            except_end = except_end.max(h.end);
            continue;
        }
        let PatKind::Form(k, _) = h.kind else {
            continue;
        };
        if k != kind || h.end <= except_end {
            continue;
        }
        if let Some(last) = out.last_mut() {
            if h.start < last.end {
                // Overlap: keep the longer one (hits are sorted by start, longest first).
                if h.end - h.start > last.end - last.start {
                    *last = *h;
                }
                continue;
            }
        }
        out.push(*h);
    }
    // A form that runs into a longer word ("*gerichter" in "studentgerichter") is reported as
    // that whole word, after `except` and overlaps were judged on what it matched. (Bounded:
    // a word of a megabyte is looked at only so far.)
    let word = |c: &char| c.is_alphanumeric();
    for h in &mut out {
        h.start -= text[..h.start]
            .chars()
            .rev()
            .take(64)
            .take_while(word)
            .map(char::len_utf8)
            .sum::<usize>();
        h.end += text[h.end..]
            .chars()
            .take(64)
            .take_while(word)
            .map(char::len_utf8)
            .sum::<usize>();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_engine_loads_its_automata_and_a_config_builds_its_own() {
        let builtin = Engine::new(&Extras::default());
        assert!(builtin.prose.loaded && builtin.prose.builtin_order);
        assert!(builtin.headings.loaded && builtin.headings.builtin_order);
        let text = "je werkt proactiever en flexwerkig";
        let vague = |e: &Engine| lexicon_hits(text, &e.scan(text), LexKind::VagueTerm).len();
        assert_eq!(vague(&builtin), 1);
        let extras = Extras {
            vague_terms: vec!["flexwerkig".into()],
            ..Extras::default()
        };
        let own = Engine::new(&extras);
        assert!(!own.prose.loaded);
        assert_eq!(vague(&own), 2);
        // A config that adds a heading builds the headings' automaton, not the prose one.
        let mut sections = BTreeMap::new();
        sections.insert("support".to_string(), vec!["steunpunten".to_string()]);
        let headed = Engine::new(&Extras {
            sections,
            ..Extras::default()
        });
        assert!(headed.prose.loaded && !headed.headings.loaded);
        assert!(headed.title_parts("steunpunten").has(Part::Support));
    }
}
