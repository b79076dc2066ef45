//! The corpus benchmark: `cargo bench --bench corpus` (options after `--`:
//! `--plans N` (default 10000), `--seed S`, `--keep DIR` to write the corpus there and keep it).
//!
//! Generates N realistic plans (2–5 KB) into a temporary directory and measures, on the same
//! corpus: (a) reading the files, (b) reading + pulldown-cmark parsing alone (the floor),
//! (c) reading + a full lint through the library on one thread, (d) the `vt-lint` binary on
//! the directory with 1 thread and with every core; then one plan as a whole process
//! (hyperfine when installed, else 200 runs of our own) and against `vt-lint --version` in one
//! shell loop, the language server re-linting a normal plan and a 2 MB document, and peak
//! memory (`/usr/bin/time -v`) for N plans against 2,000 and 1,000. Prints the figures, the
//! ratios, and whether each target is met.

mod editor;
mod gen;

use pulldown_cmark::{Options, Parser};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_vt-lint");

struct Args {
    plans: usize,
    seed: u64,
    keep: Option<PathBuf>,
}

fn args() -> Args {
    let mut a = Args {
        plans: 10_000,
        seed: 2026,
        keep: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--plans" => a.plans = it.next().and_then(|v| v.parse().ok()).expect("--plans N"),
            "--seed" => a.seed = it.next().and_then(|v| v.parse().ok()).expect("--seed S"),
            "--keep" => a.keep = it.next().map(PathBuf::from),
            _ => {} // cargo bench passes --bench
        }
    }
    a
}

fn write_corpus(dir: &Path, n: usize, seed: u64) -> (Vec<PathBuf>, usize) {
    std::fs::create_dir_all(dir).unwrap();
    let mut paths = Vec::with_capacity(n);
    let mut bytes = 0;
    for i in 0..n {
        let text = gen::plan(seed.wrapping_mul(1_000_003).wrapping_add(i as u64));
        bytes += text.len();
        let p = dir.join(format!("plan_{i:05}.md"));
        std::fs::write(&p, text).unwrap();
        paths.push(p);
    }
    (paths, bytes)
}

/// Best of `runs` timings of `f`.
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best: Option<(Duration, T)> = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = f();
        let d = t.elapsed();
        if best.as_ref().is_none_or(|(b, _)| d < *b) {
            best = Some((d, v));
        }
    }
    best.unwrap()
}

fn mbs(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn run_bin(args: &[&str]) -> Duration {
    run_bin_cpu(args).0
}

/// Wall time of a `vt-lint` run, and its CPU time (user + system) when GNU time is there.
fn run_bin_cpu(args: &[&str]) -> (Duration, Option<f64>) {
    let cpu_file = std::env::temp_dir().join(format!("vt-lint-bench-cpu-{}", std::process::id()));
    let timed = Path::new("/usr/bin/time").exists();
    let mut cmd = if timed {
        let mut c = Command::new("/usr/bin/time");
        c.arg("-f").arg("%U %S").arg("-o").arg(&cpu_file).arg(BIN);
        c
    } else {
        Command::new(BIN)
    };
    let t = Instant::now();
    let st = cmd
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run vt-lint");
    let d = t.elapsed();
    assert!(st.code().is_some_and(|c| c <= 1), "vt-lint failed: {st}");
    let cpu = timed
        .then(|| std::fs::read_to_string(&cpu_file).ok())
        .flatten()
        .and_then(|s| {
            // GNU time writes "Command exited with non-zero status 1" first for exit 1.
            let v: Vec<f64> = s
                .lines()
                .last()
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            (v.len() == 2).then(|| v[0] + v[1])
        });
    (d, cpu)
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "n/a".into())
}

/// Peak resident memory of a whole `vt-lint` run, in KiB, via GNU time.
fn max_rss_kib(args: &[&str]) -> Option<u64> {
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(BIN)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .ok()?;
    let err = String::from_utf8_lossy(&out.stderr);
    err.lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok())
}

/// Median wall time of `vt-lint --format json plan.md` as a whole process, in ms,
/// and the tool that measured it.
fn one_plan_ms(plan: &Path) -> (f64, &'static str) {
    let p = plan.to_str().unwrap();
    let cmd = format!("{BIN} --format json {p}");
    let json = plan.with_extension("hyperfine.json");
    let hf = Command::new("hyperfine")
        .args([
            "-N",
            "-i",
            "--warmup",
            "20",
            "--runs",
            "200",
            "--export-json",
        ])
        .arg(&json)
        .arg(&cmd)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if hf.is_ok_and(|s| s.success()) {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
        if let Some(m) = v["results"][0]["median"].as_f64() {
            return (m * 1000.0, "hyperfine, 200 runs, median");
        }
    }
    for _ in 0..20 {
        run_bin(&["--format", "json", p]);
    }
    let mut t: Vec<Duration> = (0..200)
        .map(|_| run_bin(&["--format", "json", p]))
        .collect();
    t.sort();
    (t[100].as_secs_f64() * 1000.0, "own loop, 200 runs, median")
}

/// `vt-lint --version` and `vt-lint --format json plan.md`, each 200 times in one shell loop
/// (best of three, alternating): the mean per run in ms, for both.
fn startup_loop(plan: &Path) -> (f64, f64) {
    let run = |args: &str| {
        let script = format!(
            "i=0; while [ $i -lt 200 ]; do '{BIN}' {args} >/dev/null 2>&1; i=$((i+1)); done"
        );
        let t = Instant::now();
        let st = Command::new("sh")
            .arg("-c")
            .arg(&script)
            .status()
            .expect("run sh");
        assert!(st.success(), "shell loop failed: {st}");
        t.elapsed().as_secs_f64() * 1000.0 / 200.0
    };
    let plan = format!("--format json '{}'", plan.display());
    let (mut version, mut one) = (f64::MAX, f64::MAX);
    for _ in 0..3 {
        version = version.min(run("--version"));
        one = one.min(run(&plan));
    }
    (version, one)
}

fn main() {
    let a = args();
    let tmp = tempfile::tempdir().unwrap();
    let root = a.keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    let dir = root.join("corpus");
    let dir1k = root.join("corpus-1000");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());

    eprintln!("writing {} plans to {} …", a.plans, dir.display());
    let (paths, bytes) = write_corpus(&dir, a.plans, a.seed);
    let n1k = a.plans.min(1000);
    write_corpus(&dir1k, n1k, a.seed);
    // A second, larger size, so that flatness is measured between two runs past start-up.
    let dir2k = root.join("corpus-2000");
    let n2k = a.plans.min(2000);
    write_corpus(&dir2k, n2k, a.seed);
    let n = paths.len();
    let (min, max) = paths
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .fold((u64::MAX, 0), |(lo, hi), l| (lo.min(l), hi.max(l)));

    let read = |p: &PathBuf| std::fs::read_to_string(p).unwrap();
    // Warm the page cache once.
    paths.iter().for_each(|p| drop(read(p)));

    // (a) reading
    let (ta, _) = best(3, || paths.iter().map(|p| read(p).len()).sum::<usize>());
    // (b) reading + pulldown-cmark with document.rs's options
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let (tb, _) = best(3, || {
        paths
            .iter()
            .map(|p| {
                let s = read(p);
                Parser::new_ext(&s, opts).into_offset_iter().count()
            })
            .sum::<usize>()
    });
    // (c) reading + full lint on one thread through the library
    let config = vt_lint::cli::invariants::test_config();
    let (tc, counts) = best(3, || {
        let mut counts = std::collections::BTreeMap::<&'static str, usize>::new();
        for p in &paths {
            let s = read(p);
            for d in vt_lint::check(&s, &config).diagnostics {
                *counts.entry(d.code()).or_default() += 1;
            }
        }
        counts
    });
    // (d) the binary on the directory
    let d = dir.to_str().unwrap();
    let load_before = loadavg();
    let (td1, (_, cpu1)) = best(2, || {
        run_bin_cpu(&[
            "--format",
            "json",
            "--today",
            "2026-03-01",
            "--threads",
            "1",
            d,
        ])
    });
    let all = cores.to_string();
    let (tdn, (_, cpun)) = best(2, || {
        run_bin_cpu(&[
            "--format",
            "json",
            "--today",
            "2026-03-01",
            "--threads",
            &all,
            d,
        ])
    });
    // One plan as a whole process.
    let (one_ms, one_how) = one_plan_ms(&paths[0]);
    let (loop_version, loop_one) = startup_loop(&paths[0]);
    // The editor: a normal plan, and about 2 MB of plans as one document.
    let plan = read(&paths[0]);
    let mut big = String::new();
    for p in paths.iter().cycle() {
        if big.len() >= 2_000_000 {
            break;
        }
        big.push_str(&read(p));
        big.push('\n');
    }
    let lsp = editor::latency(BIN, &plan, &big);
    // Peak memory: N plans against 1,000.
    let d1k = dir1k.to_str().unwrap();
    let mem =
        |dir: &str, threads: &str| max_rss_kib(&["--format", "json", "--threads", threads, dir]);
    let (m_n_1, m_1k_1) = (mem(d, "1"), mem(d1k, "1"));
    let (m_n_all, m_1k_all) = (mem(d, &all), mem(d1k, &all));
    let d2k = dir2k.to_str().unwrap();
    let (m_2k_1, m_2k_all) = (mem(d2k, "1"), mem(d2k, &all));

    let plans_s = |t: Duration| n as f64 / t.as_secs_f64();
    println!("\n## vt-lint corpus benchmark");
    println!(
        "\n{n} plans, {:.1} MB ({min}–{max} bytes each), seed {}, {cores} cores\n",
        bytes as f64 / 1e6,
        a.seed
    );
    println!("| measurement | time | MB/s | plans/s |");
    println!("| --- | ---: | ---: | ---: |");
    for (name, t) in [
        ("(a) read files", ta),
        ("(b) read + pulldown-cmark parse (floor)", tb),
        ("(c) read + full lint, library, 1 thread", tc),
        ("(d) `vt-lint --format json DIR --threads 1`", td1),
        ("(d) `vt-lint --format json DIR --threads all`", tdn),
    ] {
        println!(
            "| {name} | {:.0} ms | {:.1} | {:.0} |",
            t.as_secs_f64() * 1000.0,
            mbs(bytes, t),
            plans_s(t)
        );
    }
    let speedup = td1.as_secs_f64() / tdn.as_secs_f64();
    let kib = |m: Option<u64>| {
        m.map_or("n/a".to_string(), |k| {
            format!("{:.1} MB", k as f64 / 1024.0)
        })
    };
    let lint_over_parse = tc.as_secs_f64() / tb.as_secs_f64();
    println!("\nthroughput: (c) takes {lint_over_parse:.1}× (b) (full lint against read + parse)");
    println!("speed-up all cores / 1 thread (binary): {speedup:.2}× on {cores} cores");
    if let (Some(c1), Some(cn)) = (cpu1, cpun) {
        println!(
            "CPU time (user+sys) of (d): 1 thread {c1:.2} s, {cores} threads {cn:.2} s; cores kept busy with {cores} threads: {:.2}",
            cn / tdn.as_secs_f64()
        );
    }
    println!(
        "load average (1/5/15 min) before (d): {load_before}, at the end: {}",
        loadavg()
    );
    println!("one plan as a whole process: {one_ms:.2} ms ({one_how})");
    let startup = loop_one / loop_version;
    println!(
        "one shell loop of 200 runs each: `--version` {loop_version:.2} ms, one plan {loop_one:.2} ms per run: {startup:.1}×"
    );
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "editor (`vt-lint lsp` over stdio), a {} KB plan: edit + save → diagnostics median {:.2} ms, p95 {:.2} ms; edit alone (150 ms debounce) {:.1} ms",
        plan.len() / 1000,
        ms(lsp.save.0),
        ms(lsp.save.1),
        ms(lsp.change)
    );
    println!(
        "editor, a {:.1} MB document: edit + save → diagnostics median {:.0} ms",
        big.len() as f64 / 1e6,
        ms(lsp.big_save)
    );
    println!(
        "peak memory (max RSS), 1 thread: {n} plans {} vs {n2k} plans {} vs {n1k} plans {}",
        kib(m_n_1),
        kib(m_2k_1),
        kib(m_1k_1)
    );
    println!(
        "peak memory (max RSS), {cores} threads: {n} plans {} vs {n2k} plans {} vs {n1k} plans {}",
        kib(m_n_all),
        kib(m_2k_all),
        kib(m_1k_all)
    );
    println!("\nfindings per rule over the corpus: {counts:?}");

    let flat = |big: Option<u64>, small: Option<u64>| match (big, small) {
        // Flat: within 25% or 4 MB of the small corpus (the path list grows a little).
        (Some(b), Some(s)) => Some(b as f64 <= s as f64 * 1.25 || b <= s + 4096),
        _ => None,
    };
    let mark = |ok: Option<bool>| match ok {
        Some(true) => "met",
        Some(false) => "NOT met",
        None => "not measured",
    };
    println!("\n### targets");
    println!(
        "- full lint at most 3× read + parse: {} ({lint_over_parse:.1}×)",
        mark(Some(lint_over_parse <= 3.0))
    );
    println!(
        "- one plan as a whole process at most 3× `--version`, same shell loop: {} ({startup:.1}×)",
        mark(Some(startup <= 3.0))
    );
    println!(
        "- editor: a normal plan re-linted under 1 ms: {} ({:.2} ms); 2 MB under 100 ms: {} ({:.0} ms)",
        mark(Some(lsp.save.0 < Duration::from_millis(1))),
        ms(lsp.save.0),
        mark(Some(lsp.big_save < Duration::from_millis(100))),
        ms(lsp.big_save)
    );
    println!(
        "- near-linear speed-up on {cores} cores (≥ {:.1}×): {} ({speedup:.2}×)",
        cores as f64 * 0.8,
        mark((cores > 1).then_some(speedup >= cores as f64 * 0.8))
    );
    println!(
        "- peak memory flat in the number of files ({n} vs {n2k}): {}",
        mark(
            flat(m_n_1, m_2k_1)
                .zip(flat(m_n_all, m_2k_all))
                .map(|(x, y)| x && y)
        )
    );
    if let Some(k) = a.keep {
        eprintln!("corpus kept in {}", k.display());
    }
}
