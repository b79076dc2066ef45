//! VT203 vague-deadline: a deadline that is no date ("zo snel mogelijk", "binnenkort").

use super::wording::{check_list, Scope};
use super::Cx;
use crate::analysis::lexicon::LexKind;
use crate::analysis::parts::Part;

rule_meta!(
    META,
    VagueDeadline,
    "een termijn zonder datum",
    "a deadline without a date"
);

pub fn check(cx: &mut Cx) {
    let scope = Scope {
        headings: false,
        quotes: false,
        only_in: None,
        // Where the plan tells what was said before or what causes the problem ("je werkt de
        // lijst op alfabet af in plaats van op termijn"), the words set no deadline. (A
        // problem description may: "die achterstand moet zo snel mogelijk weg".)
        not_in: &[Part::History, Part::CauseAnalysis],
        needs_section: false,
        course_titles: false,
        // "… kan in een later stadium leiden tot ontslag": what follows the track, no deadline.
        not_in_consequence: true,
        denied: false,
    };
    check_list(
        cx,
        LexKind::VagueDeadline,
        &META,
        &scope,
        ("termijn zonder datum: ", "deadline without a date: "),
    );
}
