//! VT403 long-sentence: a sentence over 25 words. The splitter knows Dutch abbreviations
//! ("bijv.", "d.w.z.", "o.a.", "t/m", "dhr.") and does not split inside them.

use super::{Cx, Meta};
use crate::diagnostic::Severity;
use crate::diagnostic::Text;
use crate::document::BlockKind;
use std::ops::Range;

pub const MAX_WORDS: usize = 25;

pub static META: Meta = Meta {
    code: "VT403",
    name: "long-sentence",
    severity: Severity::Info,
    summary: (
        "een zin van meer dan 25 woorden",
        "a sentence of more than 25 words",
    ),
    explanation: docs!("VT403"),
};

// Abbreviations (normalised, without their final dot) after which a dot does not end a
// sentence: `rules/sentences.toml`.
use crate::words::sentences::ABBREVIATIONS;

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '"', '\'']);
    ABBREVIATIONS.contains(&w) || (w.len() == 1 && w.chars().all(|c| c.is_alphabetic()))
}

/// Split a normalised block into sentences.
pub fn split_sentences(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[r.clone()];
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if matches!(c, b'.' | b'!' | b'?') {
            // Run of terminators ("?!", "...").
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')') {
                j += 1;
            }
            let at_end = j >= bytes.len();
            let followed_by_space = at_end || bytes[j] == b' ';
            let word_start = s[..i].rfind(' ').map_or(0, |p| p + 1);
            let word = &s[word_start..i];
            let number = c == b'.'
                && word.chars().last().is_some_and(|l| l.is_ascii_digit())
                && !at_end
                && bytes[j].is_ascii_digit();
            if followed_by_space && !number && !(c == b'.' && is_abbreviation(word)) {
                out.push(r.start + start..r.start + j);
                start = j;
                while start < bytes.len() && bytes[start] == b' ' {
                    start += 1;
                }
                i = start;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < bytes.len() && s[start..].chars().any(char::is_alphanumeric) {
        out.push(r.start + start..r.end);
    }
    out
}

/// The parts of block `i` to split into sentences: the whole block, but cut at a line break
/// where the previous line ends without a comma and the next line starts with a capital or a
/// digit in the source, or where the line is a "Label: value" field.
fn lines_as_sentences(plan: &crate::document::Plan, i: usize) -> Vec<std::ops::Range<usize>> {
    let b = &plan.blocks[i];
    let text = &plan.norm.text;
    let at = plan.fields.partition_point(|f| f.block < i);
    let has_fields = plan.fields.get(at).is_some_and(|f| f.block == i);
    let mut out = Vec::new();
    let mut start = b.norm.start;
    for &ls in &b.line_starts {
        let prev = text[start..ls].trim_end();
        let next_src = plan.norm.src_start(ls);
        let capital =
            plan.source[next_src..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if has_fields || (capital && !prev.ends_with(',')) {
            out.push(start..ls);
            start = ls;
        }
    }
    out.push(start..b.norm.end);
    out
}

pub fn word_count(s: &str) -> usize {
    s.split(' ')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

pub fn check(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    for (i, b) in plan.blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::Heading(_)) || word_count(&text[b.norm.clone()]) <= MAX_WORDS
        {
            continue;
        }
        // A signature block is not prose.
        if cx.a.block_parts[i].has(crate::parts::Part::Signatures) {
            continue;
        }
        // Lines of one paragraph that are not one sentence: "Naam: …" / "Functie: …" lines,
        // or a line break followed by a capital ("Voor akkoord, …" on each line).
        let pieces = lines_as_sentences(plan, i);
        for r in pieces.into_iter().flat_map(|p| split_sentences(text, p)) {
            let n = word_count(&text[r.clone()]);
            if n > MAX_WORDS {
                let message = Text::own(if cx.en {
                    format!("sentence of {n} words")
                } else {
                    format!("zin van {n} woorden")
                });
                let help = cx
                    .t(
                        "splits de zin: een plan gaat naar medewerkers van elk leesniveau; houd zinnen onder de 25 woorden, één boodschap per zin",
                        "split the sentence: plans go to employees of every reading level; keep sentences under 25 words, one message each",
                    );
                cx.emit(&META, plan.span_of(r), message, help);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<String> {
        let t = crate::text::normalise(s);
        split_sentences(&t, 0..t.len())
            .into_iter()
            .map(|r| t[r].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Je volgt o.a. een training, bijv. bij dhr. Jansen. Daarna evalueren we."),
            [
                "je volgt o.a. een training, bijv. bij dhr. jansen.",
                "daarna evalueren we."
            ]
        );
        assert_eq!(
            split("Van 1 t/m 3 maart. Om 9.30 uur."),
            ["van 1 t/m 3 maart.", "om 9.30 uur."]
        );
        assert_eq!(split("Klaar? Ja! Goed"), ["klaar?", "ja!", "goed"]);
    }
}
