//! VT402 placeholder: an unfilled template placeholder, or a form label left empty.

use super::Cx;
use crate::analysis::parts::Part;
use crate::analysis::placeholder::placeholders;
use crate::diagnostic::Text;
// HTML tags (markup, not placeholders), form keys and sign words are data:
// `rules/placeholders.toml`.
use crate::words::placeholders::{FORM_KEYS, FORM_KEY_WORDS, NOT_FORM_KEY_WORDS, SIGN_WORDS};

rule_meta!(
    META,
    Placeholder,
    "een invulplek uit een sjabloon is niet ingevuld",
    "a template placeholder was not filled in",
);

/// "<b>", "</p>", "<td class=\"x\">": markup, no placeholder.
fn is_html_tag(tag: &str) -> bool {
    tag.starts_with("</") || crate::plan::html_element(tag).is_some()
}

/// True when `n` follows the plan's signature title ("10. Ondertekening") closely, with only
/// names, roles and labels of no part between ("Kevin Wijnands … Medewerker", "Datum: ……").
fn in_sign_block(cx: &Cx, n: usize) -> bool {
    let plan = cx.plan;
    let k = plan.sections.partition_point(|s| s.title.start < n);
    // (A few sections back at most: names, roles, a date line.)
    let mut between = plan.sections[..k]
        .iter()
        .zip(&cx.a.section_parts[..k])
        .rev()
        .take(8);
    between
        .find(|(_, p)| !p.is_empty())
        .is_some_and(|(s, p)| p.has(Part::Signatures) && n.saturating_sub(s.title.end) < 600)
}

/// True when `s` starts with a checkbox: "[x]", "[X]", "[v]" or "[ ]".
fn checkbox(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3 && b[0] == b'[' && matches!(b[1], b'x' | b'X' | b'v' | b'V' | b' ') && b[2] == b']'
}

fn is_form_key(key: &str) -> bool {
    let k = crate::analysis::parts::clean_title(key);
    if NOT_FORM_KEY_WORDS.iter().any(|w| k.contains(w)) {
        return false;
    }
    FORM_KEYS.contains(&k.as_str()) || k.split(' ').any(|w| FORM_KEY_WORDS.contains(&w))
}

pub fn check(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    let mut found: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
    let mut last_sign_end: Option<usize> = None;
    let mut sign_line: Option<(std::ops::Range<usize>, bool)> = None;
    // "[x] 8-10-2026 oprit …", "[ ] 1. Afschot meten …": a checklist typed without Markdown.
    // Its boxes are ticks, wherever the plan names them ("wat al gedaan is staat aangevinkt
    // [x]").
    let checklist = plan
        .source
        .lines()
        .filter(|l| checkbox(l.trim_start().trim_start_matches(['-', '*', ' '])))
        .take(2)
        .count()
        == 2;
    for m in placeholders(text) {
        let t = &text[m.clone()];
        if crate::analysis::placeholder::too_long(t) {
            continue;
        }
        if checklist && checkbox(t) {
            continue;
        }
        if t.starts_with('<') && is_html_tag(t) {
            continue;
        }
        // "Erik Dekker <e.dekker@bedrijf.nl>": an address, written in (an HTML export writes
        // it as "&lt;…&gt;", so it is no autolink).
        if t.starts_with('<') && t.contains('@') && !t.contains(' ') {
            continue;
        }
        // A chat message was sent as it stands ("<Media weggelaten>" is the export's mark).
        // (Its source line: a paragraph's lines are one line in the normalised text.)
        let src = plan.norm.src_start(m.start);
        let from = crate::span::floor_char_boundary(plan.source, src.saturating_sub(128));
        let line_start = plan.source[from..src]
            .rfind('\n')
            .map_or(from, |i| from + i + 1);
        let at_line_start =
            line_start > from || from == 0 || plan.source.as_bytes()[from - 1] == b'\n';
        if at_line_start && crate::plan::in_chat_message(plan.source, line_start) {
            continue;
        }
        if t.starts_with('[') && {
            let inner = &t[1..t.len() - 1];
            let number = inner.len() - inner.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            inner
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ' || c == ',')
                || (number > 0 && inner[number..].starts_with(", "))
                || crate::plan::chat_stamp(inner)
        } {
            // [1], [2, 3], [2, §4.3]: references (with a place in the source);
            // [04-02-2027 16:42]: the time of a chat message.
            // Filled in, not placeholders.
            continue;
        }
        if t.starts_with(['.', '_']) {
            // "…" or "...." standing for content: not straight after a word ("enzovoort...").
            let before = text[..m.start].chars().next_back();
            let after = text[m.end..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            // "(…)" or "[…]" marks words left out of a quotation.
            if matches!(
                (before, after),
                (Some('('), Some(')')) | (Some('['), Some(']'))
            ) {
                continue;
            }
            // A line to write on by hand: in the signature block, or beside a signature
            // ("Handtekening: ………  Datum: ……").
            // Read once per line, however many stretches stand on it.
            let line = crate::analysis::sentences::line_at(plan, m.start);
            let by_hand = match &sign_line {
                Some((r, yes)) if *r == line => *yes,
                _ => {
                    // This line, or one of the three before it ("Handtekening: ____" then
                    // "Datum: ____"; "Voor ontvangst en akkoord," then a name, then "Plaats en
                    // datum: ____"), in the same block or the blocks before; of a long line
                    // only its end.
                    let mut before = Vec::with_capacity(3);
                    let mut at = line.start;
                    while before.len() < 3 {
                        let Some(n) = at.checked_sub(1) else { break };
                        let r = crate::analysis::sentences::line_at(plan, n);
                        let from = r.end.saturating_sub(200).max(r.start);
                        before.push(
                            &text[crate::span::ceil_char_boundary(text, from)..r.end.max(from)],
                        );
                        if r.start >= at {
                            break;
                        }
                        at = r.start;
                    }
                    // … or the next line of a signature block that runs on ("Voor gezien,",
                    // a line per signer, a blank line between).
                    let runs_on = last_sign_end.is_some_and(|e| line.start.saturating_sub(e) < 160);
                    let yes = runs_on
                        || SIGN_WORDS.iter().any(|w| {
                            crate::analysis::has_word(&text[line.clone()], w, false)
                                || before
                                    .iter()
                                    .any(|p| crate::analysis::has_word(p, w, false))
                        });
                    if yes {
                        last_sign_end = Some(line.end);
                    }
                    sign_line = Some((line, yes));
                    yes
                }
            };
            // "Eindhoven, 1 december 2026 ______": the date is filled in, the line beside it
            // is where the letter is signed.
            let k = cx.a.dates.partition_point(|d| d.range.end <= m.start);
            let after_date = k > 0 && {
                let d = &cx.a.dates[k - 1];
                text[d.range.end..m.start].trim().is_empty() && m.start - d.range.end <= 3
            };
            if by_hand
                || after_date
                || cx.a.parts_at(plan, m.start).has(Part::Signatures)
                || in_sign_block(cx, m.start)
            {
                continue;
            }
        }
        found.push((m.clone(), false));
    }
    // Form labels left empty: "Einddatum:" with nothing after it — or any label left empty
    // between filled ones of the same block, as a ticket export writes its fields
    // ("**Created:** 30-11-2026", "**Due date:**", "**Components:** Eerste lijn").
    for (fi, f) in plan.fields.iter().enumerate() {
        if !f.value.is_empty() {
            continue;
        }
        let filled = |g: Option<&crate::plan::Field>| {
            g.is_some_and(|g| g.block == f.block && !g.value.is_empty() && !g.line_title)
        };
        let in_form =
            fi > 0 && filled(plan.fields.get(fi - 1)) && filled(plan.fields.get(fi + 1)) && {
                let k = crate::analysis::parts::clean_title(&text[f.key.clone()]);
                !NOT_FORM_KEY_WORDS.iter().any(|w| k.contains(w))
            };
        if !in_form && !is_form_key(&text[f.key.clone()]) {
            continue;
        }
        if cx.a.parts_at(plan, f.key.start).has(Part::Signatures) {
            continue;
        }
        // "**Looptijd**" as a heading, its text in the paragraphs after it: the label's
        // section holds more than placeholders. So does a plain line that titles the lines
        // under it ("Periode", then "Start: maandag 4 januari 2027.").
        let i = plan
            .sections
            .partition_point(|s| s.title.start < f.key.start);
        if (f.bold || f.line_title)
            && plan.sections.get(i).is_some_and(|s| {
                s.title == f.key
                    && !crate::analysis::placeholder::only_placeholders(plan.text(s.body.clone()))
            })
        {
            continue;
        }
        let b = &plan.blocks[f.block];
        // "PERIODE:" in capitals on a line of its own, the text in the paragraph under it:
        // a heading written the way typewriters did.
        let key_src = &plan.source[plan.span_of(f.key.clone()).range()];
        let capitals = key_src.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !key_src.chars().any(char::is_lowercase);
        if capitals
            && b.line_starts.is_empty()
            && plan.blocks.get(f.block + 1).is_some_and(|n| {
                n.kind == crate::plan::BlockKind::Paragraph
                    && plan.text(n.norm.clone()).chars().any(char::is_alphanumeric)
            })
        {
            continue;
        }
        // line_starts is sorted: the last one decides (a scan of them all per field made a
        // paragraph of many fields quadratic).
        let last_line = b.line_starts.last().is_none_or(|&l| l <= f.key.start);
        // "Medewerker:" introducing a list or table below is not empty.
        if last_line
            && plan.blocks.get(f.block + 1).is_some_and(|n| {
                n.depth > b.depth
                    || (b.kind == crate::plan::BlockKind::Paragraph
                        && n.kind == crate::plan::BlockKind::Item)
            })
        {
            continue;
        }
        // "Looptijd:" alone on its line, the text on the lines under it ("Het plan loopt
        // twaalf weken …"): the label of that text. Not when another field follows.
        let next_line = b.line_starts.partition_point(|&l| l <= f.key.start);
        if let Some(&l) = b.line_starts.get(next_line) {
            let k = plan.fields.partition_point(|g| g.key.start < l);
            let field_there = plan.fields.get(k).is_some_and(|g| {
                g.block == f.block
                    && b.line_starts
                        .get(next_line + 1)
                        .is_none_or(|&e| g.key.start < e)
            });
            // (Only that line is looked at: a block of thousands of fields stays linear.)
            let line_end = b
                .line_starts
                .get(next_line + 1)
                .copied()
                .unwrap_or(b.norm.end);
            if !field_there && !text[l..line_end.max(l)].trim().is_empty() {
                continue;
            }
        }
        found.push((f.key.clone(), true));
    }
    found.sort_by_key(|(r, _)| (r.start, r.end));
    for (r, empty_label) in found {
        let span = plan.span_of(r);
        let original = &plan.source[span.range()];
        let (message, help): (Text, Text) = if empty_label {
            (
                Text::say("leeg formulierveld: ", "form field left empty: ")
                    .and("\"")
                    .plan(original)
                    .and(":\""),
                Text::say(
                    "vul het veld in, of haal de regel weg als hij niet van toepassing is",
                    "fill in the field, or remove the line if it does not apply",
                ),
            )
        } else {
            (
                Text::say("invulplek niet ingevuld: ", "placeholder not filled in: ")
                    .quoted(original),
                Text::say(
                    "vul de plek in met de echte naam, datum of keuze, of haal hem weg",
                    "replace it with the real name, date or choice, or remove it",
                ),
            )
        };
        cx.emit(&META, span, message, help);
    }
}

/// Front matter is filled in like the form it is: a value that is only a placeholder
/// ("externe_coach: n.t.b.", "einddatum: XX-XX-20XX") is left unfilled. Reported on the value.
/// (Front matter is no plan text, so the plan's own placeholder scan does not see it.)
pub fn check_front_matter(cx: &mut Cx) {
    if !cx.enabled(&META) || cx.plan.front_matter.is_empty() {
        return;
    }
    let found: Vec<crate::span::Span> = cx
        .plan
        .front_matter
        .iter()
        .filter(|f| {
            let v = f.norm_value.trim();
            // ("[outbound, teamlead, sla]" is a YAML list, not a bracketed placeholder.)
            let list = (v.starts_with('[') && (v.contains(',') || !v.contains(' ')))
                || (v.starts_with('{') && v.contains(':'));
            !list
                && v.contains(char::is_alphanumeric)
                && crate::analysis::placeholder::only_placeholders(v)
        })
        .map(|f| f.value_span)
        .collect();
    for span in found {
        let original = cx.plan.source[span.range()].to_string();
        let message = Text::say(
            "invulplek niet ingevuld in de front matter: ",
            "placeholder not filled in, in the front matter: ",
        )
        .quoted(original);
        let help = Text::say(
            "vul de waarde in met de echte naam, datum of keuze, of haal de regel weg",
            "replace the value with the real name, date or choice, or remove the line",
        );
        cx.emit(&META, span, message, help);
    }
}
