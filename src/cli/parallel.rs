//! Linting many files on several threads while the output stays exactly as a sequential
//! run would print it: results are handed back in input order, and workers never run more
//! than a small window ahead of the printer, so only a few sources are held at once.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};

/// How many threads to use: `requested` (0 or `None` = every core), never more than jobs.
pub fn thread_count(requested: Option<usize>, jobs: usize) -> usize {
    let n = match requested {
        Some(n) if n > 0 => n,
        _ => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    n.min(jobs).max(1)
}

struct State {
    /// The next item a worker may take.
    next: usize,
    /// How many results the consumer has handled.
    emitted: usize,
    stop: bool,
}

/// Run `work` on every item, on `threads` threads, and call `emit` with the results in
/// item order. `emit` returns false to stop early (e.g. stdout was closed).
pub fn for_each_ordered<T, R, W, E>(items: &[T], threads: usize, work: W, mut emit: E)
where
    T: Sync,
    R: Send,
    W: Fn(&T) -> R + Sync,
    E: FnMut(R) -> bool,
{
    if threads <= 1 || items.len() <= 1 {
        for item in items {
            if !emit(work(item)) {
                return;
            }
        }
        return;
    }
    let window = threads * 4;
    let state = Mutex::new(State {
        next: 0,
        emitted: 0,
        stop: false,
    });
    let turn = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (state, turn, work) = (&state, &turn, &work);
            scope.spawn(move || loop {
                let i = {
                    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
                    while !s.stop && s.next < items.len() && s.next >= s.emitted + window {
                        s = turn.wait(s).unwrap_or_else(|e| e.into_inner());
                    }
                    if s.stop || s.next >= items.len() {
                        return;
                    }
                    s.next += 1;
                    s.next - 1
                };
                if tx.send((i, work(&items[i]))).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        let mut pending: BTreeMap<usize, R> = BTreeMap::new();
        let mut emitted = 0;
        'recv: for (i, r) in rx.iter() {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&emitted) {
                emitted += 1;
                let go_on = emit(r);
                let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
                s.emitted = emitted;
                s.stop |= !go_on;
                drop(s);
                turn.notify_all();
                if !go_on {
                    break 'recv;
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order() {
        let items: Vec<u64> = (0..500).collect();
        for threads in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            for_each_ordered(
                &items,
                threads,
                |&x| {
                    // Uneven work, so threads finish out of order.
                    if x % 7 == 0 {
                        std::thread::sleep(std::time::Duration::from_micros(200));
                    }
                    x * 2
                },
                |r| {
                    seen.push(r);
                    true
                },
            );
            let want: Vec<u64> = items.iter().map(|x| x * 2).collect();
            assert_eq!(seen, want, "threads = {threads}");
        }
    }

    #[test]
    fn stops_early() {
        let items: Vec<u32> = (0..1000).collect();
        let mut n = 0;
        for_each_ordered(
            &items,
            4,
            |&x| x,
            |_| {
                n += 1;
                n < 10
            },
        );
        assert_eq!(n, 10);
    }

    #[test]
    fn thread_count_is_bounded_by_jobs() {
        assert_eq!(thread_count(Some(8), 3), 3);
        assert_eq!(thread_count(Some(1), 100), 1);
        assert!(thread_count(None, 100) >= 1);
        assert_eq!(thread_count(None, 0), 1);
    }
}
