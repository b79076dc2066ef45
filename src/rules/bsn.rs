//! VT502 bsn: a Dutch citizen service number — nine digits (optionally grouped) that pass
//! the elfproef. Any other nine-digit number is not a BSN.

use super::Cx;
use crate::diagnostic::Text;
#[cfg(test)]
use regex::Regex;
#[cfg(test)]
use std::sync::LazyLock;

rule_meta!(
    META,
    Bsn,
    "een burgerservicenummer (BSN) in het plan",
    "a citizen service number (BSN) in the plan",
);

/// The shapes of a BSN as a regex: the definition `candidates` follows by hand (a test holds
/// them together).
#[cfg(test)]
static BSN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[0-9]{9}|[0-9]{4}[. ][0-9]{2}[. ][0-9]{3}|[0-9]{3}[. -][0-9]{3}[. -][0-9]{3}|[0-9]{3}[. ][0-9]{2}[. ][0-9]{4}|[0-9]{2}[. ][0-9]{3}[. ][0-9]{4})(?-u:\b)")
        .expect("bsn pattern compiles")
});

/// The elfproef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not zero).
pub fn elfproef(digits: &[u8; 9]) -> bool {
    let mut sum: i64 = 0;
    for (i, d) in digits.iter().enumerate() {
        let w = if i == 8 { -1 } else { 9 - i as i64 };
        sum += w * i64::from(*d);
    }
    sum != 0 && sum % 11 == 0
}

/// Nine digits, grouped as a BSN may be ("123456782", "1234.56.782", "123 456 782",
/// "123.45.6782", "12.345.6782"), standing as a word: exactly what `BSN_RE.find_iter` finds,
/// by a scan of the words that start with a digit.
fn candidates(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    // Each shape: digits per group and the separators allowed between groups.
    const SHAPES: [(&[usize], &[u8]); 5] = [
        (&[9], b""),
        (&[4, 2, 3], b". "),
        (&[3, 3, 3], b". -"),
        (&[3, 2, 4], b". "),
        (&[2, 3, 4], b". "),
    ];
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let digits = |i: usize| {
        b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let shape_at = move |p: usize| {
        SHAPES.iter().find_map(|(groups, seps)| {
            let mut i = p;
            for (k, &n) in groups.iter().enumerate() {
                if k > 0 {
                    if !b.get(i).is_some_and(|c| seps.contains(c)) {
                        return None;
                    }
                    i += 1;
                }
                // Exactly `n` digits: a separator (or the end of the word) follows.
                if digits(i) < n {
                    return None;
                }
                i += n;
                if k + 1 < groups.len() && b.get(i).is_some_and(|c| c.is_ascii_digit()) {
                    return None;
                }
            }
            (!b.get(i).is_some_and(|&c| word(c))).then_some(p..i)
        })
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            let p = i;
            i += 1;
            if b[p].is_ascii_digit() && (p == 0 || !word(b[p - 1])) {
                if let Some(m) = shape_at(p) {
                    i = m.end;
                    return Some(m);
                }
            }
        }
        None
    })
}

/// The nine-digit numbers in `text` that pass the elfproef and are not part of a longer
/// number (a phone number, an IBAN, a date).
fn bsns(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    for m in candidates(text) {
        let before = text[..m.start].chars().next_back();
        let after = text[m.end..].chars().next();
        if before.is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '.' || c == '+')
            || after.is_some_and(|c| c.is_ascii_digit() || c == '-')
            || (after == Some('.') && text[m.end + 1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let digits: Vec<u8> = text[m.clone()]
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        let Ok(d) = <[u8; 9]>::try_from(digits.as_slice()) else {
            continue;
        };
        if elfproef(&d) {
            out.push(m);
        }
    }
    out
}

pub fn check(cx: &mut Cx) {
    if !cx.enabled(&META) {
        return;
    }
    let plan = cx.plan;
    let text = &plan.norm.text;
    let mut found: Vec<(crate::span::Span, String)> = bsns(text)
        .into_iter()
        .map(|r| (plan.span_of(r.clone()), text[r].to_string()))
        .collect();
    // Front matter is not plan text, but a `bsn: 123456782` there is just as much in the file.
    for f in &plan.front_matter {
        for r in bsns(&f.value) {
            found.push((f.value_span, f.value[r].to_string()));
        }
    }
    for (span, number) in found {
        // Do not repeat the number itself: output may end up in public CI logs.
        let masked = format!("{}******", number.get(..3).unwrap_or(""));
        let message = Text::say(
            "burgerservicenummer (BSN) in het plan: ",
            "citizen service number (BSN) in the plan: ",
        )
        .quoted(masked);
        let help = Text::say(
            "haal het BSN weg: een verbeterplan heeft het niet nodig en het gebruik ervan is wettelijk beperkt (art. 46 UAVG)",
            "remove the BSN: an improvement plan does not need it and its use is restricted by law (art. 46 UAVG)",
        );
        cx.emit(&META, span, message, help);
    }
}

#[cfg(test)]
mod tests {
    use super::{candidates, elfproef, BSN_RE};

    #[test]
    fn the_scan_agrees_with_the_regex() {
        let pieces = [
            "123456782",
            "1234567890",
            "12345678",
            "1234",
            "123",
            "12",
            "1",
            "45",
            "6782",
            "782",
            ".",
            " ",
            "-",
            "+",
            "a",
            "_",
            "é",
            "0",
        ];
        let mut n = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        let t = format!("{a}{b}{c}{d}{b}");
                        let scan: Vec<_> = candidates(&t).collect();
                        let re: Vec<_> = BSN_RE.find_iter(&t).map(|m| m.range()).collect();
                        assert_eq!(scan, re, "{t:?}");
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 100_000);
    }

    #[test]
    fn elfproef_accepts_valid_and_rejects_others() {
        assert!(elfproef(&[1, 1, 1, 2, 2, 2, 3, 3, 3]));
        assert!(elfproef(&[1, 2, 3, 4, 5, 6, 7, 8, 2]));
        assert!(!elfproef(&[1, 2, 3, 4, 5, 6, 7, 8, 9]));
        assert!(!elfproef(&[0; 9]));
    }
}
