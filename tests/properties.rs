//! Property tests on generated Markdown plans: headings, lists, nested lists, tables, code
//! blocks, HTML comments, front matter, block quotes, non-ASCII words, CRLF and a BOM.
//! For every plan: spans in bounds and on char boundaries (labels too), the same input
//! gives the same diagnostics, every renderer copes and the JSON output is valid JSON.

use proptest::prelude::*;
use vt_lint::cli::invariants::{assert_spans, check_invariants, render_all, test_config};

/// Words a plan is made of: ordinary Dutch, words rules look for, and awkward Unicode.
const WORDS: &[&str] = &[
    "je",
    "u",
    "het",
    "de",
    "een",
    "verbeterplan",
    "klantmails",
    "binnen",
    "werkdag",
    "beantwoorden",
    "coaching",
    "training",
    "evaluatie",
    "gevolgen",
    "ontslag",
    "als",
    "lukt",
    "proactiever",
    "beter communiceren",
    "z.s.m.",
    "lui",
    "altijd",
    "nooit",
    "burn-out",
    "111222333",
    "<invullen>",
    "20XX",
    "[Naam manager]",
    // Plan words no text of vt-lint's contains (see `invariants::MARKER`): under
    // --no-snippets none may reach any output, whichever rule quotes it.
    "[Naam Zxqv]",
    "<zxqv>",
    "\"zxqv \"proactiever\" zxqv\"",
    "proactiever-zxqv",
    "Zxqvveld:",
    "VT1zxqv",
    "{ontslag}",
    "n.t.b.",
    "...",
    "31 april 2026",
    "maandag 3 maart 2026",
    "2 maart 2026",
    "29-05-2026",
    "2026-06-01",
    "1 september",
    "acht weken",
    "3 maanden",
    "tot en met",
    "vanaf",
    "uiterlijk",
    "geëvalueerd",
    "één",
    "Zoë",
    "Çelik",
    "café",
    "cafe\u{0301}",
    "e\u{0308}",
    "İstanbul",
    "ß",
    "ﬁ",
    "🙂",
    "日本語",
    "“pro‐actief”",
    "‘u’",
    "…",
    "\u{00AD}",
    "\u{200B}",
    "\u{FEFF}",
    "&amp;",
    "&eacute;",
    "\\*",
    "`code`",
    "**vet**",
    "*schuin*",
    "~~weg~~",
    "<b>",
    "<!-- x -->",
    "<!--",
    "-->",
    "http://x.nl",
    "[link](http://x.nl)",
    "Startdatum:",
    "Einddatum:",
    "**Ondersteuning:**",
    ":",
    "|",
    "#",
    "-",
    "*",
    ">",
    "1.",
    "\t",
];

const TITLES: &[&str] = &[
    "Aanleiding",
    "Probleemstelling",
    "Voorgeschiedenis",
    "Verbeterpunten",
    "Doelen",
    "Succescriteria",
    "Ondersteuning",
    "Looptijd",
    "Evaluatiemomenten",
    "Gevolgen",
    "Als het lukt",
    "Ondertekening",
    "Wat gaat er niet goed?",
    "3. Begeleiding",
    "Slot",
    "",
];

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..14).prop_map(|w| w.join(" "))
}

fn title() -> impl Strategy<Value = String> {
    (prop::sample::select(TITLES), words()).prop_map(|(t, w)| {
        if w.len() % 3 == 0 {
            format!("{t} {w}")
        } else {
            t.to_string()
        }
    })
}

fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        (1usize..=6, title()).prop_map(|(l, t)| format!("{} {t}", "#".repeat(l))),
        title().prop_map(|t| format!("{t}\n{}", "-".repeat(t.chars().count().max(1)))),
        words(),
        (title(), words()).prop_map(|(k, v)| format!("**{k}:** {v}")),
        (title(), words()).prop_map(|(k, v)| format!("{k}: {v}")),
        prop::collection::vec((0usize..5, words(), any::<bool>()), 1..8).prop_map(|items| {
            items
                .into_iter()
                .map(|(depth, w, ordered)| {
                    let marker = if ordered { "1." } else { "-" };
                    format!("{}{marker} {w}", "  ".repeat(depth))
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        (2usize..5, prop::collection::vec(words(), 1..12)).prop_map(|(cols, cells)| {
            let mut t = format!("|{}\n|{}\n", " a |".repeat(cols), "---|".repeat(cols));
            for row in cells.chunks(cols) {
                t.push('|');
                for c in row {
                    t.push_str(&format!(" {} |", c.replace('|', "/")));
                }
                t.push('\n');
            }
            t
        }),
        words().prop_map(|w| format!("```\n{w}\n```")),
        words().prop_map(|w| format!("~~~md\n{w}")), // unclosed fence
        words().prop_map(|w| format!("    {w}")),
        words().prop_map(|w| format!("<!-- {w} -->")),
        words().prop_map(|w| format!("<!-- {w}")), // unclosed comment
        words().prop_map(|w| format!("> {w}\n> > {w}")),
        words().prop_map(|w| format!("<div>\n{w}\n</div>")),
        Just("---".to_string()),
    ]
}

prop_compose! {
    fn plan()(
        bom in any::<bool>(),
        crlf in any::<bool>(),
        front in prop::option::of(words()),
        blocks in prop::collection::vec(block(), 0..16),
        tight in any::<bool>(),
    ) -> String {
        let mut s = String::new();
        if bom {
            s.push('\u{FEFF}');
        }
        if let Some(f) = front {
            s.push_str(&format!("---\nstartdatum: 2026-03-02\nnaam: {f}\n---\n"));
        }
        s.push_str(&blocks.join(if tight { "\n" } else { "\n\n" }));
        if crlf {
            s = s.replace('\n', "\r\n");
        }
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_in_bounds_and_json_is_valid(src in plan()) {
        check_invariants(&src);
    }

    #[test]
    fn same_input_same_output(src in plan()) {
        let config = test_config();
        let a = vt_lint::check(&src, &config);
        let b = vt_lint::check(&src, &config);
        prop_assert_eq!(&a.diagnostics, &b.diagnostics);
        prop_assert_eq!(&a.checklist, &b.checklist);
        assert_spans(&src, &a);
        prop_assert_eq!(render_all("p.md", &src, &a), render_all("p.md", &src, &b));
    }

    #[test]
    fn arbitrary_text_never_breaks_spans(src in "\\PC{0,300}") {
        check_invariants(&src);
    }
}

/// Text made of the awkward pieces normalisation has to map back: spaces, CRLF, tabs,
/// combining marks, quotes, soft hyphens, zero-width characters and letters.
fn awkward_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(
            &[
                "a",
                "B",
                "z",
                " ",
                "  ",
                "\r\n",
                "\t",
                "\u{0301}",
                "\u{0308}",
                "e\u{0301}",
                "é",
                "Ë",
                "“",
                "’",
                "\u{00AD}",
                "\u{200B}",
                "\u{FEFF}",
                "…",
                "İ",
                "ß",
                "ﬁ",
                "日",
                "🙂",
                "-",
                "‐",
                "\u{0001}",
                "\u{00A0}",
                "1",
                ".",
            ][..],
        ),
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Every word of the normalised copy maps back to source text that normalises to it.
    #[test]
    fn normalised_words_map_back_to_their_source(src in awkward_text()) {
        let mut t = vt_lint::plan::text::NormText::default();
        t.push_verbatim(&src, 0);
        let norm = t.text.clone();
        let mut start = None;
        for (i, c) in norm.char_indices().chain(std::iter::once((norm.len(), ' '))) {
            match (start, c.is_alphanumeric()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    let span = t.span(s, i);
                    prop_assert!(span.end <= src.len());
                    prop_assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end));
                    let back = vt_lint::plan::text::normalise(&src[span.range()]);
                    prop_assert!(
                        back.contains(&norm[s..i]),
                        "{:?} maps to {:?} which normalises to {:?}", &norm[s..i], &src[span.range()], back
                    );
                    start = None;
                }
                _ => {}
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    /// `<!-- vt-lint-disable -->` on the first line, never re-enabled, suppresses every
    /// finding; only VT001 (a suppression that suppressed nothing) may remain.
    #[test]
    fn disable_all_leaves_nothing(src in plan()) {
        let body = src.strip_prefix('\u{FEFF}').unwrap_or(&src);
        let bom = if body.len() < src.len() { "\u{FEFF}" } else { "" };
        let nl = if src.contains("\r\n") { "\r\n" } else { "\n" };
        let suppressed = format!("{bom}<!-- vt-lint-disable -->{nl}{nl}{body}");
        let report = check_invariants(&suppressed);
        let left: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.code() != "VT001")
            .map(|d| (d.code(), d.message.clone()))
            .collect();
        prop_assert!(left.is_empty(), "{left:?}\n{suppressed:?}");
    }
}
