//! Shared check for the word-list rules (VT201, VT203, VT204, VT205, VT501): report every
//! hit of the list that stands in plan text, outside quotes and (for most) headings.

use super::{Cx, Meta, Rule};
use crate::analysis::lexicon::{lexicon_hits, LexKind};
use crate::analysis::parts::{Part, PartSet};
use crate::diagnostic::Text;
use crate::plan::BlockKind;
// The words read around a hit (consequence and course words, person nouns, who a sentence is
// about) are data: `rules/wording.toml`.
use crate::words::cues::LITTLE_WORDS;
use crate::words::wording::{
    CARE_WORDS, CONSEQUENCE_WORDS, COPULAS, COURSE_WORDS, DENIALS, EMPLOYEE_WORDS, HAVING, OTHERS,
    OUTCOME_CONDITIONS, OWNERS, PERSON_NOUNS, PURPOSE_WORDS, WORK_VERBS,
};
use std::ops::Range;

/// The rule that reports a word list's terms. (Here, not in `analysis`: the lists know no
/// rules.)
impl LexKind {
    pub fn rule(self) -> Rule {
        match self {
            LexKind::VagueTerm => Rule::VagueTerm,
            LexKind::VagueDeadline => Rule::VagueDeadline,
            LexKind::CharacterJudgement => Rule::CharacterJudgement,
            LexKind::AbsoluteClaim => Rule::AbsoluteClaim,
            LexKind::HealthTerm => Rule::HealthData,
        }
    }
}

/// Where a word-list rule looks.
pub struct Scope {
    pub headings: bool,
    pub quotes: bool,
    /// Only inside sections of this part (VT205: problem descriptions).
    pub only_in: Option<Part>,
    /// Never inside sections of these parts (VT201: the history reports what was said).
    pub not_in: &'static [Part],
    /// Not in the introduction before the first recognised part.
    pub needs_section: bool,
    /// Skip a Title-cased hit right after "training", "cursus" … (a course name).
    pub course_titles: bool,
    /// Skip a hit in a sentence about what the employer does after the track ("kan in een
    /// later stadium leiden tot ontslag"), or about why the plan exists ("een eerlijke kans om
    /// op het vereiste niveau te werken"): both refer to the goals, which are judged where
    /// they stand.
    pub not_in_consequence: bool,
    /// Skip a hit that a denial before it in its sentence takes back ("niet omdat we vinden
    /// dat je lui bent").
    pub denied: bool,
}

/// Ranges of quoted text in a normalised block: "…", “…” and ‘…’ (normalised to ' pairs).
pub fn quoted_ranges(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[block.clone()];
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    // Double quotes pair up in order.
    let dq: Vec<usize> = s.match_indices('"').map(|(i, _)| i).collect();
    for pair in dq.chunks(2) {
        if let [a, b] = pair {
            out.push(block.start + a..block.start + b + 1);
        }
    }
    // Single quotes: an opening quote after a space or bracket and before a letter; the
    // closing one after a letter or punctuation and before a space, punctuation or the end.
    // "'s ochtends" and "auto's" are apostrophes, not quotes.
    let mut open: Option<usize> = None;
    for (i, _) in s.match_indices('\'') {
        let prev = if i == 0 { b' ' } else { bytes[i - 1] };
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        let after2 = bytes.get(i + 2).copied().unwrap_or(b' ');
        match open {
            None => {
                let apostrophe = matches!(next, b's' | b't' | b'k' | b'n') && after2 == b' ';
                if matches!(prev, b' ' | b'(' | b'[' | b'\n' | b':')
                    && next.is_ascii_alphanumeric()
                    && !apostrophe
                {
                    open = Some(i);
                }
            }
            Some(o) => {
                if !next.is_ascii_alphanumeric() && prev != b' ' {
                    out.push(block.start + o..block.start + i + 1);
                    open = None;
                }
            }
        }
    }
    out
}

/// A block's quoted ranges, for "is this hit inside quotes" in logarithmic time (a paragraph
/// with thousands of quotes and hits stays linear).
pub struct Quotes {
    /// Sorted by start.
    starts: Vec<usize>,
    /// The furthest end of the ranges up to each one.
    reach: Vec<usize>,
    ranges: Vec<Range<usize>>,
}

impl Quotes {
    pub fn new(mut ranges: Vec<Range<usize>>) -> Quotes {
        ranges.sort_by_key(|r| r.start);
        let mut far = 0;
        let reach = ranges
            .iter()
            .map(|r| {
                far = far.max(r.end);
                far
            })
            .collect();
        Quotes {
            starts: ranges.iter().map(|r| r.start).collect(),
            reach,
            ranges,
        }
    }

    /// The nearest range that holds `start..end` strictly inside it, if any (looked for among
    /// a few ranges before it: quotes seldom nest).
    pub fn around(&self, start: usize, end: usize) -> Option<Range<usize>> {
        let i = self.starts.partition_point(|&s| s < start);
        (0..i)
            .rev()
            .take(8)
            .take_while(|&j| self.reach[j] > end)
            .map(|j| self.ranges[j].clone())
            .find(|r| r.end > end)
    }

    /// True when some range holds `start..end` strictly inside it.
    pub fn contains(&self, start: usize, end: usize) -> bool {
        let i = self.starts.partition_point(|&s| s < start);
        i > 0 && self.reach[i - 1] > end
    }
}

pub fn check_list(
    cx: &mut Cx,
    kind: LexKind,
    meta: &'static Meta,
    scope: &Scope,
    message: (&'static str, &'static str),
) {
    if !cx.enabled(meta) {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    let hits = lexicon_hits(&cx.plan.norm.text, &cx.a.hits, kind);
    // Where the first recognised part begins: before it stands the introduction. A letter
    // without headings has no introduction to skip — all of it is the plan, up to the
    // signature block at its end.
    let first_part_block =
        cx.a.block_parts
            .iter()
            .position(|p| {
                !p.is_empty()
                    && *p
                        != crate::analysis::parts::PartSet(
                            crate::analysis::parts::Part::Signatures.bit(),
                        )
            })
            .unwrap_or(0);
    let mut quotes_for: Option<(usize, Quotes)> = None;
    let mut care_plan: Option<bool> = None;
    let mut spoken_to: Option<bool> = None;
    let mut je_form: Option<bool> = None;
    for h in hits {
        let Some(bi) = plan.block_at(h.start) else {
            continue;
        };
        let block = &plan.blocks[bi];
        if !scope.headings && matches!(block.kind, BlockKind::Heading(_)) {
            continue;
        }
        if !scope.quotes {
            if block.quoted {
                continue;
            }
            if quotes_for.as_ref().map(|q| q.0) != Some(bi) {
                quotes_for = Some((bi, Quotes::new(quoted_ranges(text, block.norm.clone()))));
            }
            if quotes_for.as_ref().unwrap().1.contains(h.start, h.end) {
                continue;
            }
        }
        let parts: PartSet = cx.a.parts_at(plan, h.start);
        if scope.denied {
            let sentence = crate::analysis::sentences::sentence_at(plan, h.start);
            let before = &text[sentence.start..h.start];
            if DENIALS.iter().any(|d| before.contains(d)) || denied_clause(before) {
                continue;
            }
        }
        if scope.not_in_consequence {
            let sentence = &text[crate::analysis::sentences::sentence_at(plan, h.start)];
            if parts.has(Part::Consequences)
                && CONSEQUENCE_WORDS.iter().any(|w| sentence.contains(w))
            {
                continue;
            }
            let words = crate::analysis::words_at(sentence, 0..sentence.len());
            let has = |list: &[&str]| words.iter().any(|(_, w)| list.contains(w));
            // "… een eerlijke kans om …" ("Het doel is dat je meer in je kracht komt" is a
            // goal, said vaguely).
            // "Het doel van het traject is dat u …", "Het plan heeft tot doel …": the aim of
            // the whole plan (the plan named within three words either side).
            let plan_purpose = words.iter().enumerate().any(|(i, (_, w))| {
                crate::words::wording::PLAN_PURPOSE_WORDS.contains(w)
                    && words[i.saturating_sub(3)..(i + 4).min(words.len())]
                        .iter()
                        .any(|(_, x)| crate::words::cues::PLAN_NOUNS.contains(x))
            });
            let purpose =
                plan_purpose || (has(PURPOSE_WORDS) && has(crate::words::wording::PURPOSE_JOINERS));
            let outcome = parts.has(Part::Consequences) || parts.has(Part::PositiveOutcome);
            if purpose || (outcome && has(OUTCOME_CONDITIONS)) {
                continue;
            }
            // What the employee wants, told with a good outcome ("je had aangegeven dat je op
            // termijn de 2e lijn in wilt"), asks nothing of them, where nothing else is asked
            // beside it.
            let asks = [
                Part::Problem,
                Part::Goals,
                Part::SuccessCriteria,
                Part::Support,
                Part::Period,
                Part::Evaluations,
            ];
            if parts.has(Part::PositiveOutcome)
                && !asks.iter().any(|&p| parts.has(p))
                && has(crate::words::cues::WISH_WORDS)
            {
                continue;
            }
        }
        if scope.only_in.is_some_and(|p| !parts.has(p))
            || scope.not_in.iter().any(|&p| parts.has(p))
            || (scope.needs_section && parts.is_empty() && bi < first_part_block)
        {
            continue;
        }
        // Outside its section, the history is still told in a sentence about an earlier
        // conversation ("In uw beoordelingsgesprek heb ik drie onderdelen besproken die niet
        // op het vereiste niveau zijn"): what was said then.
        if scope.not_in.contains(&Part::History) {
            let told = |sentence: &Range<usize>| {
                let k = cx.a.hits.partition_point(|x| x.start < sentence.start);
                let cued = cx.a.hits[k..]
                    .iter()
                    .take_while(|x| x.start < sentence.end)
                    .any(|x| x.kind == crate::analysis::lexicon::PatKind::When(Part::History));
                // "… worden alsnog vastgesteld en met de jongeren besproken": still to come.
                cued && {
                    use crate::words::cues::{FUTURE_PASSIVES, HAVE_AUXILIARIES, TOLD_AUXILIARIES};
                    let words = crate::analysis::words_at(text, sentence.clone());
                    let has = |l: &[&str]| words.iter().any(|(_, w)| l.contains(w));
                    !has(FUTURE_PASSIVES) || has(HAVE_AUXILIARIES) || has(TOLD_AUXILIARIES)
                }
            };
            let sentence = crate::analysis::sentences::sentence_at(plan, h.start);
            // "In ons gesprek vertelde je … Dat voelt voor jou efficiënter.": a sentence
            // opening with "dat" goes on about the one before.
            let goes_on = || {
                let first = text[sentence.clone()]
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty());
                first.is_some_and(|w| crate::words::cues::BACK_REFERENCES.contains(&w))
                    && sentence.start > block.norm.start
                    && told(&crate::analysis::sentences::sentence_at(
                        plan,
                        sentence.start.saturating_sub(2).max(block.norm.start),
                    ))
            };
            if told(&sentence) || goes_on() {
                continue;
            }
        }
        let found = &text[h.range()];
        if cx.engine.allowed(found) {
            continue;
        }
        // "niet meer aanspreekbaar": no longer, not more (a comparative denied, VT201).
        if kind == LexKind::VagueTerm {
            let first = found.split(' ').next().unwrap_or("");
            let before = text[block.norm.start..h.start]
                .split(|c: char| !c.is_alphanumeric())
                .rfind(|w| !w.is_empty());
            if crate::words::wording::NO_LONGER_WORDS.contains(&first)
                && before.is_some_and(|w| crate::words::cues::NEGATIONS.contains(&w))
            {
                continue;
            }
            // "De opener checkt de volgende ochtend": after "de" or "het" a comparative
            // without its -e is a noun (the adjective would be "de openere").
            if !found.contains(' ')
                && found.ends_with("er")
                && before.is_some_and(|w| crate::words::wording::NOUN_ARTICLES.contains(&w))
            {
                continue;
            }
        }
        let span = plan.span_of(h.range());
        let original = &plan.source[span.range()];
        if scope.course_titles && in_italic_title(plan.source, span.start, span.end) {
            continue;
        }
        if scope.course_titles {
            // The title may stand in quotes: de e-learning "Medicatie in de zorg"; the word
            // may be its second or third: de e-learning Risicovolle medicatie.
            let before = text[block.norm.start..h.start]
                .trim_end()
                .trim_end_matches(['"', '\''])
                .trim_end();
            let after_course = |t: &str| COURSE_WORDS.iter().any(|w| t.ends_with(w));
            if original.starts_with(char::is_uppercase) && after_course(before) {
                continue;
            }
            // … or the word stands further on in a quoted title: de beleidsregel "Gezond
            // werken: preventie van werkstress en burn-out".
            if quotes_for.as_ref().map(|q| q.0) != Some(bi) {
                quotes_for = Some((bi, Quotes::new(quoted_ranges(text, block.norm.clone()))));
            }
            if let Some(q) = quotes_for.as_ref().unwrap().1.around(h.start, h.end) {
                let opening = plan.span_of(q.start + 1..q.end);
                let titled = plan.source[opening.range()]
                    .trim_start()
                    .starts_with(char::is_uppercase);
                if titled && after_course(text[block.norm.start..q.start].trim_end()) {
                    continue;
                }
            }
            // (A bounded look back, so a long paragraph with many hits stays linear.)
            let from = crate::span::ceil_char_boundary(
                text,
                h.start.saturating_sub(120).max(block.norm.start),
            );
            let src = &plan.source[plan.span_of(from..h.start).range()];
            let words: Vec<&str> = src.split_whitespace().collect();
            let caps = words
                .iter()
                .rev()
                .take(3)
                .take_while(|w| {
                    w.trim_start_matches(['"', '\''])
                        .starts_with(char::is_uppercase)
                })
                .count();
            if caps > 0 && caps < words.len() {
                let lead = crate::plan::text::normalise(&words[..words.len() - caps].join(" "));
                if after_course(lead.trim_end_matches(['"', '\'']).trim_end()) {
                    continue;
                }
            }
        }
        let crate::analysis::lexicon::PatKind::Form(_, entry) = h.kind else {
            continue;
        };
        let e = cx.engine.entry(kind, entry);
        if kind == LexKind::CharacterJudgement
            && (describes_a_thing(text, block.norm.clone(), h.start, h.end)
                || about_someone_else(text, block.norm.clone(), h.start))
        {
            continue;
        }
        if kind == LexKind::HealthTerm {
            let about = sentence_about(text, block.norm.clone(), h.start, h.end);
            // A treatment or care role counts only in a sentence about the employee; any
            // health word counts not at all when the sentence is about a client, resident or
            // pupil and the word is not the employee's own ("je diabetes").
            if e.personal && !about.tied_to_employee() {
                continue;
            }
            if about.others && !about.owned {
                continue;
            }
            // "Eén van hen kreeg een dik ooglid. Zij heeft contact gehad met haar huisarts",
            // "… dat zij Roaccutane gebruikt. Met dat medicijn …": in a plan that speaks to
            // the employee, "zij" or "dat medicijn" goes back to the client just named.
            let spoken_to = *spoken_to.get_or_insert_with(|| speaks_to_employee(text));
            // (Someone by title, "mevrouw B.", is someone else only where the employee is
            // "je": in a u-form plan "mevrouw Jansen" may be the employee.)
            let by_title = *je_form.get_or_insert_with(|| je_form_plan(text));
            if spoken_to && refers_back_to_others(plan, block.norm.clone(), h.start, by_title) {
                continue;
            }
            // In a plan about care work, medication and conditions are the work unless the
            // sentence gives them to the employee ("je hebt last van", "door je burn-out").
            let care_plan = *care_plan.get_or_insert_with(|| is_care_plan(text));
            if care_plan && !about.owned && (about.care_as_work || !about.has_it) {
                continue;
            }
        }
        if cx.engine.allowed(&crate::plan::text::normalise(&e.term)) {
            continue;
        }
        let msg = Text::say(message.0, message.1).quoted(original);
        // A term's own explanation names the term ("'burn-out' is een diagnose …"), so it is
        // plan text too: without snippets the rule's general advice stands in its place, as
        // it does in a language the term has no explanation in.
        let (general_nl, general_en) = meta.summary;
        let nl = (!e.instead.is_empty()).then(|| format!("{} — {}", e.why, e.instead));
        let en = (!e.instead_en.is_empty()).then(|| format!("{} — {}", e.why_en, e.instead_en));
        let help = match (nl, en) {
            (None, None) => Text::say(general_nl, general_en),
            (nl, en) => Text::new().plan_each_or(
                nl.unwrap_or_else(|| general_nl.to_string()),
                en.unwrap_or_else(|| general_en.to_string()),
                &meta.summary,
            ),
        };
        cx.emit(meta, span, msg, help);
    }
}

/// True when an inflected adjective ("passieve", "luie") stands before a noun that is not a
/// person or an attitude, and not the employee's own ("je agressieve toon"): then it describes
/// a thing ("de passieve tillift"). Adjectives in a row ("botte, ongeduldige man") look on to
/// the noun.
fn describes_a_thing(text: &str, block: Range<usize>, start: usize, end: usize) -> bool {
    if !text[..end].ends_with('e') {
        return false;
    }
    let lo = crate::span::ceil_char_boundary(text, start.saturating_sub(24).max(block.start));
    let owned = text[lo..start]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .any(|w| OWNERS.contains(&w));
    if owned {
        return false;
    }
    let hi = crate::span::floor_char_boundary(text, (end + 80).min(block.end)).max(end);
    let after = &text[end..hi];
    let words: Vec<&str> = after
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    // "… is lui." or "lui, en": no noun follows.
    if !first.chars().all(char::is_alphabetic) {
        return false;
    }
    for w in &words {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if PERSON_NOUNS.iter().any(|n| w.ends_with(n)) {
            return false;
        }
        // Another adjective ("ongeduldige") or "en": look on; the noun ends the phrase.
        if !(w.ends_with('e') || w == "en") {
            return true;
        }
    }
    true
}

/// True when someone else is the subject just before a judging word: "zodra iemand verbaal
/// agressief wordt", "als een klant onbeschoft is" — a person the work deals with (`others`,
/// "iemand"), a few words back, with no employee word among them.
fn about_someone_else(text: &str, block: Range<usize>, start: usize) -> bool {
    let lo = crate::span::ceil_char_boundary(text, start.saturating_sub(40).max(block.start));
    let before: Vec<&str> = text[lo..start]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let n = before.len();
    let near = &before[n.saturating_sub(4)..];
    // The other person as subject: not after a preposition ("op een deel van het team").
    let subject = |k: usize| {
        let mut j = k;
        while j > 0 && crate::words::wording::ARTICLES.contains(&before[j - 1]) {
            j -= 1;
        }
        j == 0 || !crate::words::wording::OBJECT_PREPOSITIONS.contains(&before[j - 1])
    };
    !near.iter().any(|w| EMPLOYEE_WORDS.contains(w))
        && (n.saturating_sub(4)..n)
            .any(|k| OTHERS.iter().any(|o| before[k].starts_with(o)) && subject(k))
}

/// What the sentence around a health word is about.
struct About {
    /// It speaks to or of the employee ("je", "hij", "uw").
    employee: bool,
    /// It speaks of clients, residents, pupils, colleagues (`OTHERS`).
    others: bool,
    /// It names care given as work ("je geeft medicatie").
    care_as_work: bool,
    /// The word is part of a compound about the work ("medicatie-incident").
    compound: bool,
    /// The word is the employee's own: "je", "jouw", "uw", "zijn", "haar" just before it.
    owned: bool,
    /// The sentence gives the employee a condition or treatment: "je hebt last van", "u
    /// gebruikt", "sinds je …".
    has_it: bool,
}

impl About {
    /// About the employee's own health: to or of the employee, not of others or care work.
    fn tied_to_employee(&self) -> bool {
        self.employee && !self.compound && !self.others && !self.care_as_work
    }
}

/// True when the plan is about care work: it speaks of clients, residents, patients or care
/// roles (`care-words`) more than once.
fn is_care_plan(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| CARE_WORDS.iter().any(|r| w.starts_with(r)))
        .take(2)
        .count()
        >= 2
}

/// True when the plan speaks to the employee as "je" more often than as "u".
fn je_form_plan(text: &str) -> bool {
    let (mut je, mut u) = (0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if crate::words::wording::JE_FORMS.contains(&w) {
            je += 1;
        } else if crate::words::wording::U_FORMS.contains(&w) {
            u += 1;
        }
    }
    je > u
}

/// True when the plan speaks to the employee ("je", "u") more than a few times: then "hij"
/// and "zij" are other people.
fn speaks_to_employee(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            crate::words::wording::JE_FORMS.contains(w)
                || crate::words::wording::U_FORMS.contains(w)
        })
        .take(3)
        .count()
        >= 3
}

/// True when the sentence around `at` names nobody but a third person ("zij", "haar") or
/// points back ("dat medicijn"), and the sentences just before it in the block name a client,
/// resident or pupil (`care-receivers`; not a colleague or the team), or someone by title
/// ("mevrouw B.").
fn refers_back_to_others(
    plan: &crate::plan::Plan,
    block: Range<usize>,
    at: usize,
    by_title: bool,
) -> bool {
    let text = &plan.norm.text;
    let sentence = crate::analysis::sentences::sentence_at(plan, at);
    let words: Vec<&str> = text[sentence.clone()]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let second = words.iter().any(|w| {
        crate::words::wording::JE_FORMS.contains(w) || crate::words::wording::U_FORMS.contains(w)
    });
    let third = words
        .iter()
        .any(|w| crate::words::wording::THIRD_PERSON_WORDS.contains(w));
    let pointed = text[sentence.start.min(at)..at]
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| crate::words::cues::BACK_REFERENCES.contains(&w));
    if !(pointed || (third && !second)) {
        return false;
    }
    // (A bounded look back: two sentences or so.)
    let from =
        crate::span::ceil_char_boundary(text, sentence.start.saturating_sub(300).max(block.start));
    text[from..at.max(from)]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            crate::words::wording::CARE_RECEIVERS
                .iter()
                .any(|o| w.starts_with(o))
                || (by_title && crate::words::wording::HONORIFICS.contains(&w))
        })
}

/// The sentence around `start..end`, read for who it is about.
fn sentence_about(text: &str, block: Range<usize>, start: usize, end: usize) -> About {
    // The sentence around the hit: from the last ". " before it to the next one after it
    // (looked up locally, so a long paragraph with many hits stays linear).
    // A semicolon ends a clause about someone too: "je bent onder behandeling bij een
    // psycholoog; daar houden we bij het plannen rekening mee".
    let is_stop = |w: &[u8]| matches!(w, [b'.' | b'!' | b'?' | b';', b' ']);
    let bytes = text.as_bytes();
    let lo = crate::span::ceil_char_boundary(text, start.saturating_sub(300).max(block.start));
    let hi = crate::span::floor_char_boundary(text, (end + 300).min(block.end));
    let from = (lo..start)
        .rev()
        .find(|&i| i + 2 <= start && is_stop(&bytes[i..i + 2]))
        .map_or(lo, |i| i + 2);
    let to = (end..hi.saturating_sub(1))
        .find(|&i| is_stop(&bytes[i..i + 2]))
        .map_or(hi, |i| i + 1);
    let sentence = from..to.max(from);
    let words: Vec<&str> = text[sentence]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "medicatie-incident", "therapie-uren": part of a compound about the work.
    let compound = text[end..].starts_with('-') && text[end + 1..].starts_with(char::is_alphabetic);
    let others = words
        .iter()
        .any(|w| OTHERS.iter().any(|o| w.starts_with(o)));
    // ("een deel van de verklaring": after an article the verb's form is a noun.)
    let care_as_work = words.iter().enumerate().any(|(k, w)| {
        WORK_VERBS.contains(w)
            && !(k > 0 && crate::words::wording::ARTICLES.contains(&words[k - 1]))
    });
    let before: Vec<&str> = text[from.min(start)..start]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "je insuline", "je eigen medicatie": a possessive just before the word, or before an
    // adjective before it — not the subject "je" of "heb je vijf keer insuline gegeven".
    // So is "je bent autistisch", "hij is diabeet": the employee as subject of a copula.
    let second_person = |w: &str| {
        crate::words::wording::JE_FORMS.contains(&w) || crate::words::wording::U_FORMS.contains(&w)
    };
    // "wat een huurder had verteld over zijn psychische klachten": beside someone else, the
    // possessive "zijn" or "haar" is theirs; "je" and "uw" are always the employee's.
    let mine = |w: &str| second_person(w) || !others;
    let owned = match before.as_slice() {
        // "heb je insuline klaargemaakt": after a verb, "je" is who acts, not whose it is.
        [.., v, w] if *w == "je" && (HAVING.contains(v) || COPULAS.contains(v)) => false,
        [.., w] if OWNERS.contains(w) => mine(w),
        [.., who, is] if EMPLOYEE_WORDS.contains(who) && COPULAS.contains(is) => true,
        // (An adjective, not an article: in "omdat je de huisarts belt", "je" is who acts.)
        [.., w, adj] if OWNERS.contains(w) && adj.ends_with('e') && !LITTLE_WORDS.contains(adj) => {
            mine(w)
        }
        _ => false,
    };
    // Spoken to as "u" or "je", the employee is not "hij": "heeft hij u een overzicht
    // gestuurd" tells what the manager did.
    let addressed = words.iter().any(|w| second_person(w));
    let employee = |w: &str| EMPLOYEE_WORDS.contains(&w) && (!addressed || second_person(w));
    let has_it = words.windows(2).any(|p| {
        let (a, b) = (p[0], p[1]);
        // ("heeft je laten wisselen": before "je" or "jij" an inverted verb drops its -t, so
        // after "heeft" the "je" is an object.)
        (HAVING.contains(&a)
            && employee(b)
            && !(a.ends_with('t') && crate::words::wording::JE_FORMS.contains(&b)))
            || (employee(a) && HAVING.contains(&b))
            || (a == "last" && b == "van")
            // "u bent onder behandeling bij een fysiotherapeut": the employee is treated.
            || (crate::words::wording::TREATMENT_PHRASES
                .iter()
                .any(|t| t.split_once(' ') == Some((a, b)))
                && words.iter().any(|w| employee(w)))
    });
    About {
        has_it,
        employee: words.iter().any(|w| EMPLOYEE_WORDS.contains(w)),
        others,
        care_as_work,
        compound,
        owned,
    }
}

/// True when `start..end` of the source lies inside an italic run that begins with a capital
/// ("*Beter communiceren op de werkvloer* van Mirjam Stoel"): the title of a book or course,
/// as Dutch typesetting marks it. Only the source line around it is looked at.
fn in_italic_title(source: &str, start: usize, end: usize) -> bool {
    let from = crate::span::floor_char_boundary(source, start.saturating_sub(200));
    let to = crate::span::floor_char_boundary(source, (end + 200).min(source.len()));
    let before = &source[from..start];
    let before = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let after = &source[end..to];
    let after = &after[..after.find('\n').unwrap_or(after.len())];
    for mark in ['*', '_'] {
        let Some(open) = before.rfind(mark) else {
            continue;
        };
        // A single mark: not the "**" of bold, and no closing mark between it and the word.
        let inside = &source[start - (before.len() - open) + 1..];
        let bold = before[..open].ends_with(mark) || inside.starts_with(mark);
        let opens_word = inside.starts_with(char::is_uppercase)
            && before[..open]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
        if bold || !opens_word || before[..open].matches(mark).count() % 2 == 1 {
            continue;
        }
        if let Some(close) = after.find(mark) {
            let closes = !after[close + 1..].starts_with(mark)
                && after[close + 1..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            // A title is a few words without a sentence in it: "*Je moet proactiever
            // werken.*" is emphasis.
            let run = format!("{}{}", &before[open + 1..], &source[start..end + close]);
            let title =
                run.split_whitespace().count() <= 6 && !run.contains(['.', '!', '?', ':', ';']);
            if closes && title {
                return true;
            }
        }
    }
    false
}

/// A clause under a denial: "niet" or "geen", then "dat" or "omdat" a few words on ("We
/// zeggen er niet mee dat je …", "Het is niet zo dat …"), in the text before the term.
fn denied_clause(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        crate::words::cues::NEGATIONS.contains(w)
            && words[i + 1..]
                .iter()
                .take(4)
                .any(|x| crate::words::wording::DENIAL_JOINERS.contains(x))
    })
}
