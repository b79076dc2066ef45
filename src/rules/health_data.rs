//! VT501 health-data: medical details an employer may not record in a personnel file.

use super::wording::{check_list, Scope};
use super::Cx;
use crate::analysis::lexicon::LexKind;
use crate::diagnostic::Text;

rule_meta!(
    META,
    HealthData,
    "medische gegevens die niet in een personeelsdossier horen",
    "medical details that do not belong in a personnel file",
);

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: true,
        quotes: true,
        only_in: None,
        not_in: &[],
        needs_section: false,
        not_in_consequence: false,
        denied: false,
        course_titles: true,
    };
    check_list(
        cx,
        LexKind::HealthTerm,
        &META,
        &scope,
        ("medisch gegeven: ", "medical detail: "),
    );
}

/// Front matter is no plan text, but a medical detail there ("notitie: burn-out sinds mei")
/// ends up in the file all the same. Reported on the field's value.
pub fn check_front_matter(cx: &mut Cx) {
    if !cx.enabled(&META) || cx.plan.front_matter.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for f in &cx.plan.front_matter {
        let v = &f.norm_value;
        let hits = cx.engine.scan(v);
        let listed = crate::analysis::lexicon::lexicon_hits(v, &hits, LexKind::HealthTerm);
        if let Some(h) = listed
            .into_iter()
            .find(|h| !cx.engine.allowed(&v[h.range()]))
        {
            found.push((f.value_span, v[h.range()].to_string()));
        }
    }
    for (span, term) in found {
        let message = Text::say(
            "medisch gegeven in de front matter: ",
            "medical detail in the front matter: ",
        )
        .quoted(term);
        let help = Text::say(
            "haal het uit de front matter; de werkgever legt alleen vast wat de bedrijfsarts over de belastbaarheid zegt",
            "remove it from the front matter; the employer records only what the company doctor says about capacity for work",
        );
        cx.emit(&META, span, message, help);
    }
}
