//! Sentences: where one ends, and the sentence or line around an offset. Sentences span
//! hard-wrapped lines within a block; a dot after an abbreviation or between digits does not
//! end one.

use crate::plan::Plan;
use std::ops::Range;

// Abbreviations (normalised, without their final dot) after which a dot does not end a
// sentence: `rules/sentences.toml`.
use crate::words::sentences::ABBREVIATIONS;

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '"', '\'']);
    // A single letter is an initial ("J. de Vries"), except the pronoun "u" ("… met u.
    // Mocht u …").
    ABBREVIATIONS.contains(&w)
        || (w.len() == 1
            && w.chars().all(|c| c.is_alphabetic())
            && !crate::words::wording::U_FORMS.contains(&w))
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
            if !followed_by_space {
                i = j;
                continue;
            }
            // The word before the dot: a few bytes back at most (an abbreviation is short),
            // so "x.x.x.…" without spaces is not searched back to its start at every dot.
            let from = crate::span::ceil_char_boundary(s, i.saturating_sub(32));
            let word_start = s[from..i].rfind(' ').map_or(from, |p| from + p + 1);
            let word = &s[word_start..i];
            let number = c == b'.'
                && word.chars().last().is_some_and(|l| l.is_ascii_digit())
                && !at_end
                && bytes[j].is_ascii_digit();
            let abbreviation = c == b'.' && is_abbreviation(word);
            if !number && !abbreviation {
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

/// The words of `s`: runs between spaces that hold a letter or digit. (On bytes: a run of
/// ASCII is decided without decoding; only a run with other characters is decoded.)
pub fn word_count(s: &str) -> usize {
    s.as_bytes()
        .split(|&b| b == b' ')
        .filter(|w| {
            w.iter().any(u8::is_ascii_alphanumeric)
                || (!w.is_ascii()
                    && std::str::from_utf8(w).is_ok_and(|w| w.chars().any(char::is_alphanumeric)))
        })
        .count()
}

/// The sentence, within its block, holding normalised offset `n`. Looked up in a window of
/// a few hundred bytes around `n`, so a megabyte line with thousands of dates stays linear.
pub fn sentence_at(plan: &Plan, n: usize) -> Range<usize> {
    let text = &plan.norm.text;
    // The block, not the line: hard-wrapped paragraphs break sentences over lines.
    let block = plan
        .block_at(n)
        .map_or(n..n, |b| plan.blocks[b].norm.clone());
    let lo = crate::span::ceil_char_boundary(text, n.saturating_sub(400).max(block.start));
    let hi = crate::span::floor_char_boundary(text, (n + 400).min(block.end)).max(lo);
    split_sentences(text, lo..hi)
        .into_iter()
        .find(|r| r.start <= n && n < r.end.max(r.start + 1))
        .unwrap_or(lo..hi)
}

/// The line (between source line breaks) of the block holding normalised offset `n`.
pub fn line_at(plan: &Plan, n: usize) -> Range<usize> {
    let Some(b) = plan.block_at(n) else {
        return n..n;
    };
    plan.block_line_at(b, n).unwrap_or(n..n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<String> {
        let t = crate::plan::text::normalise(s);
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
