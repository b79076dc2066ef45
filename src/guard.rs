//! The one panic guard, for the command line and the language server. A bug in a rule must not
//! take the other plans, or the editor session, down with it — and must not print the plan: a
//! panic's message can quote the text it was working on (a string slice out of bounds shows
//! the string), and plans are personal data. So the message is dropped, and only where the
//! panic happened is kept.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};

thread_local! {
    /// Where the last panic on this thread happened, for the guard to report.
    static LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
    /// How many guards this thread is inside: outside any, the hook says where itself.
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Replace the default panic hook (which prints the message) by one that only records where.
pub fn quiet() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let at = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()));
            if DEPTH.with(|d| d.get()) == 0 {
                // No guard will report it: say where, still without the message.
                eprintln!(
                    "vt-lint: interne fout bij {} / internal error",
                    at.as_deref().unwrap_or("?")
                );
            }
            LOCATION.with(|c| *c.borrow_mut() = at);
        }))
    });
}

/// Run `f`; a panic becomes `Err` with where it happened ("src/rules/x.rs:12"), never its message.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    quiet();
    DEPTH.with(|d| d.set(d.get() + 1));
    let result = catch_unwind(AssertUnwindSafe(f));
    DEPTH.with(|d| d.set(d.get() - 1));
    result.map_err(|_| {
        LOCATION
            .with(|c| c.borrow_mut().take())
            .unwrap_or_else(|| "?".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_reports_where_not_what() {
        let secret = String::from("Jansen heeft een burn-out");
        let r: Result<(), String> = catch(|| panic!("{secret}"));
        let at = r.unwrap_err();
        assert!(at.contains("guard.rs"), "{at}");
        assert!(!at.contains("Jansen"));
        assert_eq!(catch(|| 7), Ok(7));
    }
}
