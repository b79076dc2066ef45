//! VT403 long-sentence: a sentence over 25 words. The splitter knows Dutch abbreviations
//! ("bijv.", "d.w.z.", "o.a.", "t/m", "dhr.") and does not split inside them.

use super::Cx;
use crate::analysis::sentences::{split_sentences, word_count};
use crate::diagnostic::Text;
use crate::plan::BlockKind;

pub const MAX_WORDS: usize = 25;

rule_meta!(
    META,
    LongSentence,
    "een zin van meer dan 25 woorden",
    "a sentence of more than 25 words",
);

/// The parts of block `i` to split into sentences: the whole block, but cut at a line break
/// where the previous line ends without a comma and the next line starts with a capital or a
/// digit in the source, or where the line is a "Label: value" field.
fn lines_as_sentences(plan: &crate::plan::Plan, i: usize) -> Vec<std::ops::Range<usize>> {
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
        if cx.a.block_parts[i].has(crate::analysis::parts::Part::Signatures) {
            continue;
        }
        // Lines of one paragraph that are not one sentence: "Naam: …" / "Functie: …" lines,
        // or a line break followed by a capital ("Voor akkoord, …" on each line).
        let pieces = lines_as_sentences(plan, i);
        for r in pieces.into_iter().flat_map(|p| split_sentences(text, p)) {
            let n = word_count(&text[r.clone()]);
            if n > MAX_WORDS {
                let message = Text::say(
                    format!("zin van {n} woorden"),
                    format!("sentence of {n} words"),
                );
                let help = Text::say(
                    "splits de zin: een plan gaat naar medewerkers van elk leesniveau; houd zinnen onder de 25 woorden, één boodschap per zin",
                    "split the sentence: plans go to employees of every reading level; keep sentences under 25 words, one message each",
                );
                cx.emit(&META, plan.span_of(r), message, help);
            }
        }
    }
}
