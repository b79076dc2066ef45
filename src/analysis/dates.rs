//! Dutch dates and terms: "8 juli 2025", "8 jul. 2025", "maandag 8 juli 2025", "08-07-2025",
//! "8/7/2025" (day first, always), "2025-07-08", "1 september" (year from the plan), and
//! durations such as "acht weken" or "3 maanden". Works on the normalised text
//! (lower case, accents folded), so "één" arrives as "een".

#[cfg(test)]
use regex::Regex;
use std::ops::Range;
#[cfg(test)]
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
    DURATION_FILLERS, MONTH_NAMES, MONTH_PARTS, NUMBER_WORDS, UNITS, WEEKDAY_NAMES,
    WEEKDAY_ORDINALS, WEEK_WORDS,
};
#[cfg(test)]
use crate::words::dates::{
    FILLER_ALT, MONTH_ALT, MONTH_PART_ALT, NUMBER_ALT, UNIT_ALT, WEEKDAY_ALT, WEEK_ALT,
};
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
    /// A weekday of the month by its ordinal ("de eerste maandag van januari"): the ordinal
    /// (5 = the last) and the weekday (0 = Monday). `day` is that day in `year`, or in
    /// `SOME_YEAR` until the timeline knows the plan's year.
    pub nth: Option<(u32, usize)>,
}

impl FoundDate {
    /// The date in `year`: the Monday of a calendar week, else the day written.
    pub fn in_year(&self, year: i32) -> Date {
        match (self.week, self.nth) {
            (Some(w), _) => iso_week_monday(year, w).unwrap_or(Date::new(year, 0, 0)),
            (_, Some((n, wd))) => {
                nth_weekday(year, self.month, n, wd).unwrap_or(Date::new(year, 0, 0))
            }
            _ => Date::new(year, self.month, self.day),
        }
    }
}

/// The `n`th weekday `wd` (0 = Monday) of a month; `n` 5 is the last one.
fn nth_weekday(year: i32, month: u32, n: u32, wd: usize) -> Option<Date> {
    let first = Date::new(year, month, 1);
    if !first.is_valid() || !(1..=5).contains(&n) {
        return None;
    }
    let first_day = 1 + ((wd + 7 - first.weekday()) % 7) as u32;
    let last = days_in_month(year, month);
    let day = if n == 5 {
        first_day + 7 * ((last - first_day) / 7)
    } else {
        first_day + 7 * (n - 1)
    };
    (day <= last).then(|| Date::new(year, month, day))
}

/// "de eerste maandag van januari 2027", "laatste vrijdag van maart": a weekday of a month
/// by its ordinal, with "de " before it in its range. Ordinals are rare words, so the scan
/// reads on only after one.
fn ordinal_dates(text: &str) -> Vec<FoundDate> {
    let b = text.as_bytes();
    let word_end = |i: usize| i + b[i..].iter().take_while(|&&c| word_byte(c)).count();
    let mut out = Vec::new();
    for w in crate::analysis::ascii_words(text) {
        // (Most words differ from every ordinal in length or first letter: no lookup for them.)
        if !WEEKDAY_ORDINALS
            .iter()
            .any(|(o, _)| o.len() == w.len() && o.as_bytes()[0] == b[w.start])
        {
            continue;
        }
        let Some(n) = lookup(WEEKDAY_ORDINALS, &text[w.clone()]) else {
            continue;
        };
        let day_start = w.end + 1;
        if b.get(w.end) != Some(&b' ') || day_start >= b.len() {
            continue;
        }
        let day_end = word_end(day_start);
        let Some(wd) = lookup(WEEKDAY_NAMES, &text[day_start..day_end]) else {
            continue;
        };
        let Some(month) = text[day_end..]
            .strip_prefix(" van ")
            .and_then(|_| month_at(text, day_end + 5))
        else {
            continue;
        };
        let year = year_after(b, month.end, &CENTURIES);
        let start = if text[..w.start].ends_with("de ") && {
            let s = w.start - 3;
            s == 0 || !word_byte(b[s - 1])
        } {
            w.start - 3
        } else {
            w.start
        };
        let y = year
            .as_ref()
            .and_then(|r| text[r.clone()].parse::<i32>().ok());
        let m = month_number(&text[month.clone()]);
        let wd = wd as usize - 1;
        let Some(date) = nth_weekday(y.unwrap_or(SOME_YEAR), m, n, wd) else {
            continue;
        };
        out.push(FoundDate {
            range: start..year.map_or(month.end, |r| r.end),
            day: date.day,
            month: m,
            year: y,
            weekday: None,
            week: None,
            approx: false,
            nth: Some((n, wd)),
        });
    }
    out
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

/// The shapes of a date, as a regex: the definition that `date_matches` follows by hand
/// (a test holds them together). Compiling it took a fifth of one plan's run.
#[cfg(test)]
static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<wd>{WEEKDAY_ALT})\.?,? (?:de )?)?(?:(?P<d1>[0-9]{{1,2}}) (?P<mon>{MONTH_ALT})(?-u:\b)\.?(?: (?P<y1>(?:19|20|21)[0-9][0-9])(?-u:\b))?|(?P<d2>[0-9]{{1,2}})(?P<s1>[-/.])(?P<m2>[0-9]{{1,2}})(?P<s2>[-/.])(?P<y2>[0-9]{{4}})(?-u:\b)|(?P<y3>[0-9]{{4}})-(?P<m3>[0-9]{{1,2}})-(?P<d3>[0-9]{{1,2}})(?-u:\b))|(?-u:\b)(?P<part>{MONTH_PART_ALT}) (?:van )?(?P<pmon>{MONTH_ALT})(?-u:\b)\.?(?: (?P<py>(?:19|20|21)[0-9][0-9])(?-u:\b))?|(?-u:\b)(?:{WEEK_ALT})\.? (?P<wk>[0-9]{{1,2}})(?-u:\b)(?: (?:van )?(?P<wy>20[0-9][0-9])(?-u:\b))?"
    ))
    .expect("date pattern compiles")
});

/// One date found by `date_matches`, with the parts `DATE_RE` names.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct DateMatch {
    whole: Range<usize>,
    wd: Option<Range<usize>>,
    d1: Option<Range<usize>>,
    mon: Option<Range<usize>>,
    y1: Option<Range<usize>>,
    d2: Option<Range<usize>>,
    s1: Option<Range<usize>>,
    m2: Option<Range<usize>>,
    s2: Option<Range<usize>>,
    y2: Option<Range<usize>>,
    y3: Option<Range<usize>>,
    m3: Option<Range<usize>>,
    d3: Option<Range<usize>>,
    part: Option<Range<usize>>,
    pmon: Option<Range<usize>>,
    py: Option<Range<usize>>,
    wk: Option<Range<usize>>,
    wy: Option<Range<usize>>,
}

/// An ASCII word character, as the regex's `(?-u:\b)` sees it.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Every date in `text`, leftmost first, exactly as `DATE_RE.captures_iter` finds them: at
/// each start of an ASCII word, a weekday and a date after it, a date, a part of a month,
/// or a week number. One pass over the words, no regex to compile.
fn date_matches(text: &str) -> Vec<DateMatch> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = word_byte(b[i]) && (i == 0 || !word_byte(b[i - 1]));
        if start {
            if let Some(m) = date_at(text, i) {
                i = m.whole.end;
                out.push(m);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The length of the run of ASCII digits at `i`.
fn digits_at(b: &[u8], i: usize) -> usize {
    b[i.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// True when `i` ends an ASCII word (a `\b` after a word character).
fn ends_word(b: &[u8], i: usize) -> bool {
    b.get(i).is_none_or(|&c| !word_byte(c))
}

/// A month name at `i` that ends a word: its range.
fn month_at(text: &str, i: usize) -> Option<Range<usize>> {
    let b = text.as_bytes();
    let len = b[i.min(b.len())..]
        .iter()
        .take_while(|&&c| word_byte(c))
        .count();
    (len > 0 && lookup(MONTH_NAMES, &text[i..i + len]).is_some()).then_some(i..i + len)
}

/// A year from 1900 to 2199 (`first` "19", "20" or "21"), four digits ending a word, after
/// a space at `i`: its range.
fn year_after(b: &[u8], i: usize, firsts: &[&[u8]]) -> Option<Range<usize>> {
    if b.get(i) != Some(&b' ') {
        return None;
    }
    let y = i + 1;
    (digits_at(b, y) >= 4 && ends_word(b, y + 4) && firsts.iter().any(|f| b[y..].starts_with(f)))
        .then_some(y..y + 4)
}

/// The text from `i` up to (not including) the first of `stops`, if one follows within the
/// length of a name (weekday, part of a month, week word): a long run stays linear.
fn until<'a>(text: &'a str, i: usize, stops: &[u8]) -> Option<&'a str> {
    const NAME: usize = 24;
    let b = text.as_bytes();
    let len = b[i..].iter().take(NAME).position(|c| stops.contains(c))?;
    // (Stops are ASCII, so the text before one ends on a character boundary.)
    Some(&text[i..i + len])
}

const CENTURIES: [&[u8]; 3] = [b"19", b"20", b"21"];

/// The date that starts at word start `p`, if any: the alternatives of `DATE_RE` in order.
fn date_at(text: &str, p: usize) -> Option<DateMatch> {
    let b = text.as_bytes();
    if b[p].is_ascii_digit() {
        return numeric_at(text, p);
    }
    // Each shape below starts with a name and goes on with a digit or a month: those cheap
    // looks come before a name is looked up (this runs at every word of the plan).
    let name = until(text, p, b"., ")?;
    let after = p + name.len();
    // A weekday, then ".", ",", a space and perhaps "de ", then the date.
    let mut q = after;
    if b.get(q) == Some(&b'.') {
        q += 1;
    }
    if b.get(q) == Some(&b',') {
        q += 1;
    }
    if b.get(q) == Some(&b' ') {
        q += 1;
        let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let de = b[q..].starts_with(b"de ") && digit_at(q + 3);
        if (de || digit_at(q)) && lookup(WEEKDAY_NAMES, name).is_some() {
            let with_de = de.then(|| numeric_at(text, q + 3)).flatten();
            if let Some(mut m) = with_de.or_else(|| numeric_at(text, q)) {
                m.whole.start = p;
                m.wd = Some(p..p + name.len());
                return Some(m);
            }
        }
    }
    // "begin maart", "eind van april 2027".
    let part_start = |n: &str| {
        MONTH_PARTS
            .iter()
            .any(|(p, _)| p.as_bytes()[0] == n.as_bytes()[0])
    };
    if b.get(after) == Some(&b' ') && part_start(name) && lookup(MONTH_PARTS, name).is_some() {
        let mut q = after + 1;
        let mon = b[q..]
            .starts_with(b"van ")
            .then(|| month_at(text, q + 4))
            .flatten()
            .or_else(|| month_at(text, q));
        if let Some(mon) = mon {
            q = mon.end;
            if b.get(q) == Some(&b'.') {
                q += 1;
            }
            let py = year_after(b, q, &CENTURIES);
            return Some(DateMatch {
                whole: p..py.as_ref().map_or(q, |y| y.end),
                part: Some(p..p + name.len()),
                pmon: Some(mon),
                py,
                ..Default::default()
            });
        }
    }
    // "week 14", "wk. 14 van 2027".
    if b.get(after) == Some(&b',') {
        return None;
    }
    let mut q = after;
    if b.get(q) == Some(&b'.') {
        q += 1;
    }
    if b.get(q) != Some(&b' ') {
        return None;
    }
    q += 1;
    let n = digits_at(b, q);
    if !(1..=2).contains(&n) || !ends_word(b, q + n) || !WEEK_WORDS.contains(&name) {
        return None;
    }
    let wk = q..q + n;
    q += n;
    let wy = b[q..]
        .starts_with(b" van ")
        .then(|| year_after(b, q + 4, &[b"20"]))
        .flatten()
        .or_else(|| year_after(b, q, &[b"20"]));
    Some(DateMatch {
        whole: p..wy.as_ref().map_or(q, |y| y.end),
        wk: Some(wk),
        wy,
        ..Default::default()
    })
}

/// A date that starts with a digit at `q`: "8 juli 2025", "8-7-2025", "2025-07-08".
fn numeric_at(text: &str, q: usize) -> Option<DateMatch> {
    let b = text.as_bytes();
    let n = digits_at(b, q);
    // "8 juli", "8 jul. 2025".
    if (1..=2).contains(&n) && b.get(q + n) == Some(&b' ') {
        if let Some(mon) = month_at(text, q + n + 1) {
            let mut e = mon.end;
            if b.get(e) == Some(&b'.') {
                e += 1;
            }
            let y1 = year_after(b, e, &CENTURIES);
            return Some(DateMatch {
                whole: q..y1.as_ref().map_or(e, |y| y.end),
                d1: Some(q..q + n),
                mon: Some(mon),
                y1,
                ..Default::default()
            });
        }
    }
    let sep = |c: Option<&u8>| c.is_some_and(|c| b"-/.".contains(c));
    // "8-7-2025", "08/07/2025", "8.7.2025".
    if (1..=2).contains(&n) && sep(b.get(q + n)) {
        let s1 = q + n;
        let m = s1 + 1;
        let mn = digits_at(b, m);
        if (1..=2).contains(&mn) && sep(b.get(m + mn)) {
            let s2 = m + mn;
            let y = s2 + 1;
            if digits_at(b, y) >= 4 && ends_word(b, y + 4) {
                return Some(DateMatch {
                    whole: q..y + 4,
                    d2: Some(q..q + n),
                    s1: Some(s1..s1 + 1),
                    m2: Some(m..m + mn),
                    s2: Some(s2..s2 + 1),
                    y2: Some(y..y + 4),
                    ..Default::default()
                });
            }
        }
    }
    // "2025-07-08".
    if n == 4 && b.get(q + 4) == Some(&b'-') {
        let m = q + 5;
        let mn = digits_at(b, m);
        if (1..=2).contains(&mn) && b.get(m + mn) == Some(&b'-') {
            let d = m + mn + 1;
            let dn = digits_at(b, d);
            if (1..=2).contains(&dn) && ends_word(b, d + dn) {
                return Some(DateMatch {
                    whole: q..d + dn,
                    y3: Some(q..q + 4),
                    m3: Some(m..m + mn),
                    d3: Some(d..d + dn),
                    ..Default::default()
                });
            }
        }
    }
    None
}

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
    for c in date_matches(text) {
        let whole = c.whole.clone();
        let num =
            |r: &Option<Range<usize>>| r.as_ref().and_then(|r| text[r.clone()].parse::<u32>().ok());
        let s = |r: &Option<Range<usize>>| r.as_ref().map(|r| &text[r.clone()]);
        // "begin maart", "half april 2027", "eind mei": the 1st, the 15th, the last day.
        if let Some(part) = s(&c.part) {
            let Some(mon) = s(&c.pmon) else { continue };
            let month = month_number(mon);
            let year = num(&c.py).map(|y| y as i32);
            let day = match lookup(MONTH_PARTS, part).unwrap_or(0) {
                0 => 1,
                1 => 15,
                _ => days_in_month(year.unwrap_or(SOME_YEAR), month),
            };
            out.push(FoundDate {
                range: whole.clone(),
                day,
                month,
                year,
                weekday: None,
                week: None,
                approx: true,
                nth: None,
            });
            continue;
        }
        // "week 14", "wk 14 van 2027": a calendar week. Followed by "van het traject" it
        // counts weeks of the plan, not of the year, and is no date.
        if let Some(w) = num(&c.wk) {
            let rest = &text[whole.end..];
            let of_plan = rest.starts_with(" van het") || rest.starts_with(" van de");
            // "1 februari 2027 (wk 5)": the week only annotates the date beside it.
            let annotates =
                text[..whole.start].trim_end().ends_with('(') && rest.trim_start().starts_with(')');
            if annotates {
                continue;
            }
            let year = num(&c.wy).map(|y| y as i32);
            let Some(monday) = (!of_plan && (1..=53).contains(&w))
                .then(|| iso_week_monday(year.unwrap_or(SOME_YEAR), w))
                .flatten()
            else {
                continue;
            };
            out.push(FoundDate {
                range: whole.clone(),
                day: monday.day,
                month: monday.month,
                year,
                weekday: None,
                week: Some(w),
                approx: false,
                nth: None,
            });
            continue;
        }
        let (day, month, year) = if let Some(d) = num(&c.d1) {
            let Some(mon) = s(&c.mon) else { continue };
            let month = month_number(mon);
            (d, month, num(&c.y1).map(|y| y as i32))
        } else if let Some(d) = num(&c.d2) {
            if s(&c.s1) != s(&c.s2) {
                continue;
            }
            let (Some(y), Some(m)) = (num(&c.y2), num(&c.m2)) else {
                continue;
            };
            if !(1900..2200).contains(&y) {
                continue;
            }
            (d, m, Some(y as i32))
        } else {
            let (Some(y), Some(m), Some(d)) = (num(&c.y3), num(&c.m3), num(&c.d3)) else {
                continue;
            };
            if !(1900..2200).contains(&y) {
                continue;
            }
            (d, m, Some(y as i32))
        };
        // A day of 0 or over 31 in a numeric date is most likely not a date at all.
        if (day == 0 || day > 31) && c.d1.is_none() {
            continue;
        }
        let weekday = c.wd.clone().map(|m| {
            let i = lookup(WEEKDAY_NAMES, &text[m.clone()]).unwrap_or(1) as usize - 1;
            (i, m)
        });
        out.push(FoundDate {
            range: whole.clone(),
            day,
            month,
            year,
            weekday,
            week: None,
            approx: false,
            nth: None,
        });
    }
    let ordinal = ordinal_dates(text);
    if !ordinal.is_empty() {
        out.extend(ordinal);
        out.sort_by_key(|d| d.range.start);
    }
    out
}

/// The units of a duration, found first: they are much rarer in a plan than the number
/// words ("een" is also the article), so `find_durations` looks for units and then reads
/// the number before them. A unit is a whole ASCII word (the boundaries of `DURATION_RE`).
fn units(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    crate::analysis::ascii_words(text).filter(move |w| {
        // (Most words start with a letter no unit starts with: no lookup for them.)
        let first = text.as_bytes()[w.start];
        UNITS.iter().any(|(u, _)| u.as_bytes()[0] == first)
            && lookup(UNITS, &text[w.clone()]).is_some()
    })
}

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
    for u in units(text) {
        if u.start == 0 || bytes[u.start - 1] != b' ' {
            continue;
        }
        let end = u.start - 1;
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
        let unit = Unit::from_word(&text[u.clone()]);
        out.push(Duration {
            range: start..u.end,
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
        // A weekday of a month by its ordinal, "de " included; without a year it is worked
        // out in the plan's year.
        let d = one("op de eerste maandag van januari 2027");
        assert_eq!(
            (d.day, d.month, d.year, d.weekday),
            (4, 1, Some(2027), None)
        );
        assert_eq!(d.range, 3..37);
        let d = one("de laatste vrijdag van maart");
        assert_eq!(d.in_year(2027), Date::new(2027, 3, 26));
        assert_eq!(d.in_year(2026), Date::new(2026, 3, 27));
        assert_eq!(one("vierde donderdag van februari 2027").day, 25);
        // Weeks of the plan itself, and words that only look like it, are no dates.
        for s in [
            "in week 3 van het traject",
            "week 60",
            "(wk 5)",
            "ik begin morgen",
            "aan het eind van de maand",
            "do je best",
            "elke eerste maandag van de maand",
            "de eerste maandag",
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

    /// `DATE_RE`'s captures as a `DateMatch`.
    fn date_matches_regex(text: &str) -> Vec<DateMatch> {
        DATE_RE
            .captures_iter(text)
            .map(|c| {
                let g = |n: &str| c.name(n).map(|m| m.range());
                DateMatch {
                    whole: c.get(0).unwrap().range(),
                    wd: g("wd"),
                    d1: g("d1"),
                    mon: g("mon"),
                    y1: g("y1"),
                    d2: g("d2"),
                    s1: g("s1"),
                    m2: g("m2"),
                    s2: g("s2"),
                    y2: g("y2"),
                    y3: g("y3"),
                    m3: g("m3"),
                    d3: g("d3"),
                    part: g("part"),
                    pmon: g("pmon"),
                    py: g("py"),
                    wk: g("wk"),
                    wy: g("wy"),
                }
            })
            .collect()
    }

    #[test]
    fn the_date_scan_agrees_with_the_regex() {
        // Pieces that start, end or break every shape: digits of each length, separators,
        // names with letters after them, "de", "van", years in and out of range.
        let pieces = [
            "8",
            "08",
            "123",
            "2027",
            "20271",
            "1999",
            "2299",
            "-",
            "/",
            ".",
            ",",
            " ",
            "_",
            "a",
            "é",
            "(",
            ")",
            "maart",
            "mrt.",
            "sept",
            "septembers",
            "maandag",
            "ma",
            "mae",
            "di.",
            "de",
            "van",
            "begin",
            "eind",
            "einde",
            "beginnen",
            "week",
            "wk",
            "weken",
            "12-3-2027",
            "2027-03-05",
            "5 maart",
            "week 14",
            "x",
        ];
        let mut n = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for sep in [" ", ""] {
                        let t = format!("{a}{sep}{b} {c}{sep}{a} 2027");
                        assert_eq!(date_matches(&t), date_matches_regex(&t), "{t:?}");
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 100_000);
        // And every plan the project holds, as the linter reads it.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut dirs = vec![root];
        let mut plans = 0;
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = e.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "md") {
                    let Ok(src) = std::fs::read_to_string(&path) else {
                        continue;
                    };
                    let t = crate::plan::Plan::parse(&src).norm.text;
                    assert_eq!(
                        date_matches(&t),
                        date_matches_regex(&t),
                        "{}",
                        path.display()
                    );
                    plans += 1;
                }
            }
        }
        assert!(plans > 500, "{plans}");
    }
}
