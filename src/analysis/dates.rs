//! Dutch dates and terms: "8 juli 2025", "8 jul. 2025", "maandag 8 juli 2025", "08-07-2025",
//! "8/7/2025" (day first, always), "2025-07-08", "1 september" (year from the plan), and
//! durations such as "acht weken" or "3 maanden". Works on the normalised text
//! (lower case, accents folded), so "één" arrives as "een".

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A calendar date (proleptic Gregorian). Not necessarily valid: see `is_valid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

// Month and weekday names (index 0 = January, Monday), number words, unit words: data in
// `rules/dates.toml`.
use crate::words::dates::{
    DURATION_FILLERS, MONTH_ALT, MONTH_NAMES, MONTH_PARTS, MONTH_PART_ALT, NUMBER_WORDS, UNITS,
    UNIT_ALT, WEEKDAY_ALT, WEEKDAY_NAMES, WEEK_ALT,
};
#[cfg(test)]
use crate::words::dates::{FILLER_ALT, NUMBER_ALT};
pub use crate::words::dates::{MONTHS, MONTHS_EN, WEEKDAYS, WEEKDAYS_EN};
use crate::words::lookup;

/// Days in month `m` of year `y` (0 for a month that does not exist).
pub fn days_in_month(y: i32, m: u32) -> u32 {
    civil(y, m, 1).map_or(0, |d| d.days_in_month() as u32)
}

/// The calendar date, when it exists (and lies within jiff's years −9999…9999).
fn civil(y: i32, m: u32, d: u32) -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

const EPOCH: jiff::civil::Date = jiff::civil::date(1970, 1, 1);

impl From<jiff::civil::Date> for Date {
    fn from(d: jiff::civil::Date) -> Date {
        Date::new(i32::from(d.year()), d.month() as u32, d.day() as u32)
    }
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    pub fn is_valid(self) -> bool {
        civil(self.year, self.month, self.day).is_some()
    }

    /// Days since 1970-01-01 (valid dates only; 0 otherwise).
    pub fn days(self) -> i64 {
        civil(self.year, self.month, self.day)
            .and_then(|d| d.since((jiff::Unit::Day, EPOCH)).ok())
            .map_or(0, |s| i64::from(s.get_days()))
    }

    /// The date `z` days after 1970-01-01 (clamped to jiff's range); the benchmark's plan
    /// generator counts days this way.
    pub fn from_days(z: i64) -> Date {
        let span = jiff::Span::new().try_days(z.clamp(-4_000_000, 2_900_000));
        span.ok()
            .and_then(|s| EPOCH.checked_add(s).ok())
            .unwrap_or(EPOCH)
            .into()
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> usize {
        civil(self.year, self.month, self.day)
            .map_or(0, |d| d.weekday().to_monday_zero_offset() as usize)
    }

    /// The date a term after this one ends: calendar months, quarters and years (3 months
    /// from 2 March is 2 June; from 31 January, 1 month is 28 or 29 February), weeks, days,
    /// and work days that skip weekends.
    pub fn plus(self, len: &Duration) -> Option<Date> {
        let d = civil(self.year, self.month, self.day)?;
        let n = i64::from(len.amount.min(100_000));
        let span = match len.unit {
            Unit::Day => jiff::Span::new().try_days(n).ok()?,
            Unit::Week => jiff::Span::new().try_weeks(n).ok()?,
            Unit::Month => jiff::Span::new().try_months(n).ok()?,
            Unit::Quarter => jiff::Span::new().try_months(n * 3).ok()?,
            Unit::Year => jiff::Span::new().try_years(n).ok()?,
            Unit::WorkDay => {
                let mut day = d;
                let mut left = n;
                while left > 0 {
                    day = day.tomorrow().ok()?;
                    if day.weekday().to_monday_zero_offset() < 5 {
                        left -= 1;
                    }
                }
                return Some(day.into());
            }
        };
        d.checked_add(span).ok().map(Date::from)
    }

    /// Parse `YYYY-MM-DD` (for `--today` and front matter).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        let date = Date::new(y, m, d);
        date.is_valid().then_some(date)
    }

    /// Today in the Netherlands (Europe/Amsterdam), where plans are written and sent: just
    /// after midnight there it is already the next day, whatever the machine's clock zone.
    pub fn today() -> Date {
        Date::at(jiff::Timestamp::now())
    }

    /// The Dutch date at a moment (for tests of the time zone).
    pub fn at(ts: jiff::Timestamp) -> Date {
        let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC);
        Date::from(ts.to_zoned_datetime(tz).date())
    }

    /// "8 juli 2025" / "8 July 2025".
    pub fn display(self, en: bool) -> String {
        let m = (self.month as usize).clamp(1, 12) - 1;
        if en {
            format!("{} {} {}", self.day, MONTHS_EN[m], self.year)
        } else {
            format!("{} {} {}", self.day, MONTHS[m], self.year)
        }
    }
}

/// A date as written in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// Normalised range of the whole date, weekday included.
    pub range: Range<usize>,
    pub day: u32,
    pub month: u32,
    /// None when written without a year ("1 september").
    pub year: Option<i32>,
    /// The weekday written before it (0 = Monday), with its range.
    pub weekday: Option<(usize, Range<usize>)>,
    /// A calendar week ("week 14"): `day` and `month` are its Monday in `SOME_YEAR` until the
    /// timeline knows the plan's year.
    pub week: Option<u32>,
    /// A part of a month ("begin maart", "half april", "eind mei"), not a day.
    pub approx: bool,
}

impl FoundDate {
    /// The date in `year`: the Monday of a calendar week, else the day written.
    pub fn in_year(&self, year: i32) -> Date {
        match self.week {
            Some(w) => iso_week_monday(year, w).unwrap_or(Date::new(year, 0, 0)),
            None => Date::new(year, self.month, self.day),
        }
    }
}

/// The Monday of ISO week `week` of `year`.
pub fn iso_week_monday(year: i32, week: u32) -> Option<Date> {
    let w = jiff::civil::ISOWeekDate::new(
        i16::try_from(year).ok()?,
        i8::try_from(week).ok()?,
        jiff::civil::Weekday::Monday,
    )
    .ok()?;
    Some(w.date().into())
}

/// A duration or term: "acht weken", "3 maanden", "twee werkdagen".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duration {
    pub range: Range<usize>,
    pub amount: u32,
    pub unit: Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    WorkDay,
    Week,
    Month,
    Quarter,
    Year,
}

impl Unit {
    /// The unit a Dutch unit word names ("werkdagen" → `WorkDay`); anything else is a year.
    fn from_word(word: &str) -> Unit {
        lookup(UNITS, word).unwrap_or(Unit::Year)
    }
}

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<wd>{WEEKDAY_ALT})\.?,? (?:de )?)?(?:(?P<d1>[0-9]{{1,2}}) (?P<mon>{MONTH_ALT})(?-u:\b)\.?(?: (?P<y1>(?:19|20|21)[0-9][0-9])(?-u:\b))?|(?P<d2>[0-9]{{1,2}})(?P<s1>[-/.])(?P<m2>[0-9]{{1,2}})(?P<s2>[-/.])(?P<y2>[0-9]{{4}})(?-u:\b)|(?P<y3>[0-9]{{4}})-(?P<m3>[0-9]{{1,2}})-(?P<d3>[0-9]{{1,2}})(?-u:\b))|(?-u:\b)(?P<part>{MONTH_PART_ALT}) (?:van )?(?P<pmon>{MONTH_ALT})(?-u:\b)\.?(?: (?P<py>(?:19|20|21)[0-9][0-9])(?-u:\b))?|(?-u:\b)(?:{WEEK_ALT})\.? (?P<wk>[0-9]{{1,2}})(?-u:\b)(?: (?:van )?(?P<wy>20[0-9][0-9])(?-u:\b))?"
    ))
    .expect("date pattern compiles")
});

#[cfg(test)]
static DURATION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<n>[0-9]{{1,3}}|{NUMBER_ALT})(?: (?:{FILLER_ALT}))? (?P<u>{UNIT_ALT})(?-u:\b)"
    ))
    .expect("duration pattern compiles")
});

/// A Dutch number word or digits as a number.
pub fn number_value(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    lookup(NUMBER_WORDS, s)
}

/// The number of a month name or abbreviation (one of `MONTH_ALT`).
fn month_number(name: &str) -> u32 {
    lookup(MONTH_NAMES, name).unwrap_or(12)
}

/// A common year for a part of a month or a week written without one: it gives "eind februari"
/// the 28th and "week 14" a month near its own, which is all the timeline needs to pick the
/// plan's year (`FoundDate::in_year` then places a week exactly).
const SOME_YEAR: i32 = 2027;

/// Every date in a normalised text, in order.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let mut out = Vec::new();
    for c in DATE_RE.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
        // "begin maart", "half april 2027", "eind mei": the 1st, the 15th, the last day.
        if let Some(part) = c.name("part") {
            let Some(mon) = c.name("pmon") else { continue };
            let month = month_number(mon.as_str());
            let year = num("py").map(|y| y as i32);
            let day = match lookup(MONTH_PARTS, part.as_str()).unwrap_or(0) {
                0 => 1,
                1 => 15,
                _ => days_in_month(year.unwrap_or(SOME_YEAR), month),
            };
            out.push(FoundDate {
                range: whole.range(),
                day,
                month,
                year,
                weekday: None,
                week: None,
                approx: true,
            });
            continue;
        }
        // "week 14", "wk 14 van 2027": a calendar week. Followed by "van het traject" it
        // counts weeks of the plan, not of the year, and is no date.
        if let Some(w) = num("wk") {
            let rest = &text[whole.end()..];
            let of_plan = rest.starts_with(" van het") || rest.starts_with(" van de");
            // "1 februari 2027 (wk 5)": the week only annotates the date beside it.
            let annotates = text[..whole.start()].trim_end().ends_with('(')
                && rest.trim_start().starts_with(')');
            if annotates {
                continue;
            }
            let year = num("wy").map(|y| y as i32);
            let Some(monday) = (!of_plan && (1..=53).contains(&w))
                .then(|| iso_week_monday(year.unwrap_or(SOME_YEAR), w))
                .flatten()
            else {
                continue;
            };
            out.push(FoundDate {
                range: whole.range(),
                day: monday.day,
                month: monday.month,
                year,
                weekday: None,
                week: Some(w),
                approx: false,
            });
            continue;
        }
        let (day, month, year) = if let Some(d) = num("d1") {
            let Some(mon) = c.name("mon") else { continue };
            let month = month_number(mon.as_str());
            (d, month, num("y1").map(|y| y as i32))
        } else if let Some(d) = num("d2") {
            if c.name("s1").map(|m| m.as_str()) != c.name("s2").map(|m| m.as_str()) {
                continue;
            }
            let (Some(y), Some(m)) = (num("y2"), num("m2")) else {
                continue;
            };
            if !(1900..2200).contains(&y) {
                continue;
            }
            (d, m, Some(y as i32))
        } else {
            let (Some(y), Some(m), Some(d)) = (num("y3"), num("m3"), num("d3")) else {
                continue;
            };
            if !(1900..2200).contains(&y) {
                continue;
            }
            (d, m, Some(y as i32))
        };
        // A day of 0 or over 31 in a numeric date is most likely not a date at all.
        if (day == 0 || day > 31) && c.name("d1").is_none() {
            continue;
        }
        let weekday = c.name("wd").map(|m| {
            let i = lookup(WEEKDAY_NAMES, m.as_str()).unwrap_or(1) as usize - 1;
            (i, m.range())
        });
        out.push(FoundDate {
            range: whole.range(),
            day,
            month,
            year,
            weekday,
            week: None,
            approx: false,
        });
    }
    out
}

/// The units of a duration, found first: they are much rarer in a plan than the number
/// words ("een" is also the article), so `find_durations` looks for units and then reads
/// the number before them. Same alternation and boundaries as in `DURATION_RE`.
static UNIT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:{UNIT_ALT})(?-u:\b)")).expect("unit pattern compiles")
});

/// Every duration or term in a normalised text, in order: exactly what `DURATION_RE`'s
/// `captures_iter` finds (a test compares them), found from the units backwards.
pub fn find_durations(text: &str) -> Vec<Duration> {
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    // The ASCII word that ends at `end` (the regex's `\b` is ASCII).
    let word_before = |end: usize| -> usize {
        let mut s = end;
        while s > 0 && is_word(bytes[s - 1]) {
            s -= 1;
        }
        s
    };
    let amount = |w: &str| -> Option<u32> {
        let digits = !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
        let word = lookup(NUMBER_WORDS, w).is_some();
        if digits || word {
            number_value(w)
        } else {
            None
        }
    };
    let mut out = Vec::new();
    for u in UNIT_RE.find_iter(text) {
        if u.start() == 0 || bytes[u.start() - 1] != b' ' {
            continue;
        }
        let end = u.start() - 1;
        let start = word_before(end);
        let found = match amount(&text[start..end]) {
            Some(n) => Some((start, n)),
            None if DURATION_FILLERS.contains(&&text[start..end])
                && start > 0
                && bytes[start - 1] == b' ' =>
            {
                let s2 = word_before(start - 1);
                amount(&text[s2..start - 1]).map(|n| (s2, n))
            }
            None => None,
        };
        let Some((start, amount)) = found else {
            continue;
        };
        let unit = Unit::from_word(u.as_str());
        out.push(Duration {
            range: start..u.end(),
            amount,
            unit,
        });
    }
    out
}

/// The reference for `find_durations` (and what to change when the grammar grows).
#[cfg(test)]
fn find_durations_regex(text: &str) -> Vec<Duration> {
    DURATION_RE
        .captures_iter(text)
        .filter_map(|c| {
            let amount = number_value(&c["n"])?;
            let unit = Unit::from_word(&c["u"]);
            Some(Duration {
                range: c.get(0).unwrap().range(),
                amount,
                unit,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::text::normalise;

    fn one(s: &str) -> FoundDate {
        let d = find_dates(&normalise(s));
        assert_eq!(d.len(), 1, "{s}: {d:?}");
        d.into_iter().next().unwrap()
    }

    #[test]
    fn every_written_form() {
        for s in [
            "8 juli 2025",
            "8 jul. 2025",
            "8 jul 2025",
            "maandag 8 juli 2025",
            "08-07-2025",
            "8-7-2025",
            "8/7/2025",
            "8.7.2025",
            "2025-07-08",
            "Maandag, 8 Juli 2025",
        ] {
            let d = one(s);
            assert_eq!((d.day, d.month, d.year), (8, 7, Some(2025)), "{s}");
        }
        let d = one("op 1 september");
        assert_eq!((d.day, d.month, d.year), (1, 9, None));
        assert_eq!(one("vrijdag 22 juli 2025").weekday.unwrap().0, 4);
        // Short weekdays, with or without a dot.
        assert_eq!(one("vr 22 juli 2025").weekday.unwrap().0, 4);
        assert_eq!(one("di. 9 feb").weekday.unwrap().0, 1);
    }

    #[test]
    fn parts_of_months_and_calendar_weeks() {
        let d = one("begin maart");
        assert_eq!((d.day, d.month, d.year, d.approx), (1, 3, None, true));
        assert_eq!((one("half april").day, one("medio april").day), (15, 15));
        let d = one("eind februari 2028");
        assert_eq!((d.day, d.month, d.year), (29, 2, Some(2028)), "a leap year");
        assert_eq!(one("eind februari").day, 28);
        // Week 14 of 2027 starts on Monday 5 April; of 2026, on Monday 30 March.
        let d = one("in week 14");
        assert_eq!(d.week, Some(14));
        assert_eq!(d.in_year(2027), Date::new(2027, 4, 5));
        assert_eq!(d.in_year(2026), Date::new(2026, 3, 30));
        assert_eq!(one("wk 1 van 2027").in_year(2027), Date::new(2027, 1, 4));
        // Weeks of the plan itself, and words that only look like it, are no dates.
        for s in [
            "in week 3 van het traject",
            "week 60",
            "(wk 5)",
            "ik begin morgen",
            "aan het eind van de maand",
            "do je best",
        ] {
            assert!(find_dates(&normalise(s)).is_empty(), "{s}");
        }
    }

    #[test]
    fn not_dates() {
        for s in [
            "ordernummer 123456789",
            "om 09:00 uur",
            "8-7/2025",
            "versie 1.2.3",
            "tel. 010-4360069",
            "12-34-5678",
        ] {
            assert!(find_dates(&normalise(s)).is_empty(), "{s}");
        }
    }

    #[test]
    fn only_ascii_digits_make_dates() {
        // Arabic-Indic digits after an ASCII letter used to reach an unwrap and panic.
        for s in ["x٣ maart 2026", "x٣-٣-٢٠٢٦ en 2026", "x١٢ weken 3"] {
            let _ = find_durations(&normalise(s));
            assert!(find_dates(&normalise(s)).is_empty(), "{s}");
        }
    }

    #[test]
    fn validity_leap_years_and_weekdays() {
        assert!(!Date::new(2026, 2, 31).is_valid());
        assert!(!Date::new(2026, 4, 31).is_valid());
        assert!(Date::new(2028, 2, 29).is_valid());
        assert!(!Date::new(2026, 2, 29).is_valid());
        assert!(!Date::new(2100, 2, 29).is_valid());
        assert!(Date::new(2000, 2, 29).is_valid());
        assert!(!Date::new(2026, 13, 1).is_valid());
        // 22 July 2025 was a Tuesday; 1 January 1970 a Thursday.
        assert_eq!(Date::new(2025, 7, 22).weekday(), 1);
        assert_eq!(Date::new(1970, 1, 1).weekday(), 3);
        assert_eq!(Date::new(2028, 2, 29).weekday(), 1);
        assert_eq!(Date::new(1970, 1, 2).days(), 1);
        for z in [-1000, 0, 20_000, 55_000] {
            assert_eq!(Date::from_days(z).days(), z);
        }
        assert_eq!(
            Date::new(2026, 3, 2).days() - Date::new(2026, 2, 23).days(),
            7
        );
    }

    #[test]
    fn terms_end_on_calendar_dates() {
        let d = |amount, unit| Duration {
            range: 0..0,
            amount,
            unit,
        };
        let start = Date::new(2026, 3, 2);
        assert_eq!(start.plus(&d(3, Unit::Month)), Some(Date::new(2026, 6, 2)));
        assert_eq!(
            start.plus(&d(1, Unit::Quarter)),
            Some(Date::new(2026, 6, 2))
        );
        assert_eq!(start.plus(&d(8, Unit::Week)), Some(Date::new(2026, 4, 27)));
        assert_eq!(
            Date::new(2026, 1, 31).plus(&d(1, Unit::Month)),
            Some(Date::new(2026, 2, 28))
        );
        // Friday 6 March 2026 plus two work days is Tuesday 10 March.
        assert_eq!(
            Date::new(2026, 3, 6).plus(&d(2, Unit::WorkDay)),
            Some(Date::new(2026, 3, 10))
        );
    }

    #[test]
    fn today_is_the_date_in_amsterdam() {
        // 31 December 2025, 23:30 UTC is already 1 January 2026 in Amsterdam (UTC+1).
        let ts: jiff::Timestamp = "2025-12-31T23:30:00Z".parse().unwrap();
        assert_eq!(Date::at(ts), Date::new(2026, 1, 1));
        // 30 June 2026, 22:30 UTC is 1 July 00:30 summer time (UTC+2).
        let ts: jiff::Timestamp = "2026-06-30T22:30:00Z".parse().unwrap();
        assert_eq!(Date::at(ts), Date::new(2026, 7, 1));
        let ts: jiff::Timestamp = "2026-06-30T21:30:00Z".parse().unwrap();
        assert_eq!(Date::at(ts), Date::new(2026, 6, 30));
    }

    #[test]
    fn durations_from_units_agree_with_the_regex() {
        let pieces = [
            "3",
            "12",
            "1234",
            "een",
            "acht",
            "zeventien",
            "zeven",
            "anderhalve",
            "hele",
            "volle",
            "kalender",
            "dagen",
            "dag",
            "werkdagen",
            "weken",
            "week",
            "maand",
            "jaren",
            "kwartaal",
            "dagelijks",
            "_3",
            "é3",
            "x",
            ",",
            "-",
            "  ",
            "zestig",
        ];
        let mut n = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for sep in [" ", ""] {
                        let t = format!("{a}{sep}{b} {c} weken {a}");
                        assert_eq!(find_durations(&t), find_durations_regex(&t), "{t:?}");
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 1000);
        let t = normalise("Looptijd: acht hele weken, binnen 2 werkdagen, één maand en 1234 dagen");
        assert_eq!(find_durations(&t), find_durations_regex(&t));
    }

    #[test]
    fn durations() {
        let d = find_durations(&normalise(
            "looptijd acht weken, binnen 2 werkdagen en drie maanden",
        ));
        let v: Vec<(u32, Unit)> = d.iter().map(|d| (d.amount, d.unit)).collect();
        assert_eq!(v, [(8, Unit::Week), (2, Unit::WorkDay), (3, Unit::Month)]);
    }
}
