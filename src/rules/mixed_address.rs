//! VT401 mixed-address: the employee is addressed both as je/jij/jouw and as u/uw.

use super::Cx;
use crate::config::Address;
use crate::diagnostic::Text;
use crate::rules::wording::{quoted_ranges, Quotes};

rule_meta!(
    META,
    MixedAddress,
    "de werknemer wordt zowel met je als met u aangesproken",
    "the employee is addressed both as je and as u",
);

// The forms of address, with je and with u: `rules/wording.toml`.
use crate::words::wording::{JE_FORMS, U_FORMS};

/// Every form of address in `text`: a whole ASCII word (as `(?-u:\b)` sees words) that is
/// one of `JE_FORMS` or `U_FORMS`. A scan of the words, no regex to compile per process.
fn pronouns(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    crate::analysis::ascii_words(text).filter(move |r| {
        let w = &text[r.clone()];
        let first = |forms: &[&str]| forms.iter().any(|f| f.as_bytes()[0] == w.as_bytes()[0]);
        (first(JE_FORMS) || first(U_FORMS)) && (JE_FORMS.contains(&w) || U_FORMS.contains(&w))
    })
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Form {
    Je,
    U,
}

pub fn check(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    let mut found: Vec<(Form, std::ops::Range<usize>)> = Vec::new();
    let mut quotes: Option<(usize, Quotes)> = None;
    for m in pronouns(text) {
        let form = if U_FORMS.contains(&&text[m.clone()]) {
            Form::U
        } else {
            Form::Je
        };
        let before = text[..m.start].chars().next_back();
        let after = text[m.end..].chars().next();
        // "U-opstelling", "je-vorm", "9.00 u", "u." as an abbreviation for "uur"; "km/u";
        // "B&U" (burgerlijke en utiliteitsbouw).
        let joined = |c: Option<char>| matches!(c, Some('-' | '\'' | '/' | '&'));
        if joined(after) || joined(before) {
            continue;
        }
        if form == Form::U {
            let prev_word = text[..m.start].trim_end();
            if prev_word.ends_with(|c: char| c.is_ascii_digit()) || after == Some('.') {
                continue;
            }
        }
        let Some(bi) = plan.block_at(m.start) else {
            continue;
        };
        let block = &plan.blocks[bi];
        if block.quoted {
            continue;
        }
        if quotes.as_ref().map(|q| q.0) != Some(bi) {
            quotes = Some((bi, Quotes::new(quoted_ranges(text, block.norm.clone()))));
        }
        if quotes.as_ref().unwrap().1.contains(m.start, m.end) {
            continue;
        }
        found.push((form, m.clone()));
    }
    let je = found.iter().filter(|(f, _)| *f == Form::Je).count();
    let u = found.len() - je;
    let front = plan
        .front("aanspreekvorm")
        .map(|f| f.value.trim().to_ascii_lowercase());
    let (wanted, why_nl, why_en) = match (cx.config.address, front.as_deref()) {
        (Address::Je, _) => (
            Form::Je,
            "vt-lint.toml vraagt 'je'".to_string(),
            "vt-lint.toml asks for 'je'".to_string(),
        ),
        (Address::U, _) => (
            Form::U,
            "vt-lint.toml vraagt 'u'".to_string(),
            "vt-lint.toml asks for 'u'".to_string(),
        ),
        (_, Some("je" | "jij")) => (
            Form::Je,
            "de front matter zegt 'aanspreekvorm: je'".into(),
            "the front matter says 'aanspreekvorm: je'".into(),
        ),
        (_, Some("u")) => (
            Form::U,
            "de front matter zegt 'aanspreekvorm: u'".into(),
            "the front matter says 'aanspreekvorm: u'".into(),
        ),
        _ => {
            if je == 0 || u == 0 {
                return;
            }
            let first = found[0].0;
            let w = if je > u || (je == u && first == Form::Je) {
                Form::Je
            } else {
                Form::U
            };
            let n = if w == Form::Je { je } else { u };
            let word = if w == Form::Je { "je/jij/jouw" } else { "u/uw" };
            (
                w,
                format!("het plan gebruikt {n} keer {word}"),
                format!("the plan uses {word} {n} times"),
            )
        }
    };
    for (form, r) in found {
        if form == wanted {
            continue;
        }
        let span = plan.span_of(r);
        let original = &plan.source[span.range()];
        let (w_nl, w_en) = match wanted {
            Form::Je => ("je", "je"),
            Form::U => ("u", "u"),
        };
        let message = Text::say("aanspreekvorm wisselt: ", "form of address switches: ")
            .quoted(original)
            .and_say(
                format!(" waar het plan \"{w_nl}\" gebruikt"),
                format!(" where the plan says \"{w_en}\""),
            );
        // `why` counts the tool's own pronoun list, it quotes nothing from the plan.
        let help = Text::say(
            format!("gebruik overal dezelfde aanspreekvorm; {why_nl}"),
            format!("use one form of address throughout; {why_en}"),
        );
        cx.emit(&META, span, message, help);
    }
}
