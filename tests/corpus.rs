//! The independent corpus in `fixtures/corpus/`: plans written by someone who never saw the
//! word lists, to measure precision (good plans must yield nothing) and recall (each flawed
//! plan lists its flaws as `<!-- flaws: VT201 2, VT109 1 -->` and must yield exactly those).

use std::collections::BTreeMap;
use vt_lint::dates::Date;
use vt_lint::{check, Config};

fn config() -> Config {
    let mut c = Config::new();
    c.today = Date::parse_iso("2026-01-01");
    c
}

fn plans(dir: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn codes(text: &str) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for d in check(text, &config()).diagnostics {
        *m.entry(d.code).or_default() += 1;
    }
    m
}

#[test]
fn good_plans_written_by_others_yield_nothing() {
    let good = plans("fixtures/corpus/good");
    assert!(good.len() >= 20);
    let noisy: Vec<String> = good
        .iter()
        .filter_map(|(p, t)| {
            let c = codes(t);
            (!c.is_empty()).then(|| format!("{p}: {c:?}"))
        })
        .collect();
    assert!(
        noisy.is_empty(),
        "false alarms on good plans:\n{}",
        noisy.join("\n")
    );
}

#[test]
fn flawed_plans_yield_exactly_their_listed_flaws() {
    let flawed = plans("fixtures/corpus/flawed");
    assert!(flawed.len() >= 10);
    let mut wrong = Vec::new();
    for (p, t) in &flawed {
        let list = t
            .split("flaws:")
            .nth(1)
            .and_then(|r| r.split("-->").next())
            .expect("flaws comment");
        let want: BTreeMap<&str, usize> = list
            .split(',')
            .map(|x| {
                let mut it = x.split_whitespace();
                (it.next().unwrap(), it.next().unwrap().parse().unwrap())
            })
            .collect();
        let got = codes(t);
        if got != want {
            wrong.push(format!("{p}: want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
