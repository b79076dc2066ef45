//! Hostile inputs driven through the binary: each ends in a clear message or a normal
//! report, within a time limit (the process is killed after 20 s) and an address-space
//! limit (1 GiB), with the exit status interface.md gives (2 for unreadable inputs, the
//! other files still linted), and no input file is ever modified.

use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_vt-lint");
const LIMIT: Duration = Duration::from_secs(20);

const GOOD: &str = include_str!("../fixtures/plans/good_magazijn.md");

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    took: Duration,
}

impl Run {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// The JSON entry for a path ending in `name`.
    fn file(&self, name: &str) -> serde_json::Value {
        let v = self.json();
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("{name} not in the report:\n{}", self.stdout))
            .clone()
    }
}

/// Run vt-lint with a time limit and a 1 GiB address-space limit; stdin from `stdin`.
fn run_with(dir: &Path, args: &[&str], stdin: Stdio) -> Run {
    run_as(Command::new("sh"), BIN, dir, args, stdin)
}

/// Run `bin` through `launcher` (which runs `sh`): see `run_with`.
fn run_as(mut launcher: Command, bin: &str, dir: &Path, args: &[&str], stdin: Stdio) -> Run {
    let out = tempfile::NamedTempFile::new().unwrap();
    let err = tempfile::NamedTempFile::new().unwrap();
    let start = Instant::now();
    let mut child = launcher
        .arg("-c")
        .arg("ulimit -v 1048576 2>/dev/null; exec \"$0\" \"$@\"")
        .arg(bin)
        .args(args)
        .current_dir(dir)
        .stdin(stdin)
        .stdout(out.reopen().unwrap())
        .stderr(err.reopen().unwrap())
        .spawn()
        .unwrap();
    let code = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st.code();
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("vt-lint {args:?} still ran after {LIMIT:?}: killed");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Run {
        code,
        stdout: fs::read_to_string(out.path()).unwrap(),
        stderr: fs::read_to_string(err.path()).unwrap(),
        took: start.elapsed(),
    }
}

fn run(dir: &Path, args: &[&str]) -> Run {
    run_with(dir, args, Stdio::null())
}

/// Like `run`, but never as root: root reads files and folders with mode 000, so tests of
/// unreadable paths would test nothing there (and CI runs as root). As root, the child drops
/// to user and group 65534 (nobody) with `setpriv`; without `setpriv` the test fails rather
/// than pass untested. `dir` is made reachable for that user.
#[cfg(unix)]
fn run_unprivileged(dir: &Path, args: &[&str]) -> Run {
    use std::os::unix::fs::PermissionsExt;
    let uid = Command::new("id").arg("-u").output().expect("run id -u");
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return run(dir, args);
    }
    let setpriv = |bin: &str, args: &[&str]| {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "sh"]);
        run_as(c, bin, dir, args, Stdio::null())
    };
    fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).unwrap();
    // The binary may sit where nobody cannot reach it (a home folder): then a copy.
    let mut bin = BIN.to_string();
    let elsewhere = tempfile::tempdir().unwrap();
    if setpriv(&bin, &["--version"]).code != Some(0) {
        fs::set_permissions(elsewhere.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let copy = elsewhere.path().join("vt-lint");
        fs::copy(BIN, &copy).unwrap();
        fs::set_permissions(&copy, fs::Permissions::from_mode(0o755)).unwrap();
        bin = copy.to_str().unwrap().to_string();
        let r = setpriv(&bin, &["--version"]);
        assert_eq!(
            r.code,
            Some(0),
            "running as root, and vt-lint cannot run as nobody with setpriv \
             (util-linux), so unreadable paths cannot be tested: {}",
            r.stderr
        );
    }
    setpriv(&bin, args)
}

/// A hash of every regular file under `dir` (symlinks and FIFOs are not followed).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, u64> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let m = fs::symlink_metadata(&p).unwrap();
            if m.is_dir() {
                stack.push(p);
            } else if m.is_file() {
                let mut h = DefaultHasher::new();
                match fs::read(&p) {
                    Ok(bytes) => bytes.hash(&mut h),
                    Err(_) => "unreadable".hash(&mut h),
                }
                m.len().hash(&mut h);
                m.modified().ok().hash(&mut h);
                out.insert(p, h.finish());
            }
        }
    }
    out
}

/// A directory with one good plan beside the hostile input, checked for changes after.
struct Scene {
    dir: tempfile::TempDir,
    before: BTreeMap<PathBuf, u64>,
}

impl Scene {
    fn new(setup: impl FnOnce(&Path)) -> Scene {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("goed.md"), GOOD).unwrap();
        setup(dir.path());
        let before = snapshot(dir.path());
        Scene { dir, before }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn run(&self, args: &[&str]) -> Run {
        let mut all = vec!["--format", "json", "--today", "2026-03-01"];
        all.extend_from_slice(args);
        run(self.path(), &all)
    }
}

impl Drop for Scene {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            assert_eq!(
                self.before,
                snapshot(self.dir.path()),
                "an input file was modified"
            );
        }
    }
}

/// The bad input is refused with `message` and exit 2, and the good plan is still linted.
fn refused(scene: &Scene, bad: &str, message: &str) -> Run {
    let r = scene.run(&[bad, "goed.md"]);
    assert_eq!(r.code, Some(2), "{bad}: exit status\n{}", r.stderr);
    let f = r.file(bad.trim_end_matches('/'));
    let err = f["error"].as_str().unwrap_or_default();
    assert!(err.contains(message), "{bad}: error {err:?}");
    assert!(r.stderr.contains(message), "{bad}: stderr {:?}", r.stderr);
    let good = r.file("goed.md");
    assert!(good["error"].is_null(), "the good plan was not linted");
    r
}

#[test]
fn empty_file() {
    let s = Scene::new(|d| fs::write(d.join("leeg.md"), "").unwrap());
    refused(&s, "leeg.md", "leeg");
}

#[test]
fn only_a_bom() {
    let s = Scene::new(|d| fs::write(d.join("bom.md"), "\u{FEFF}").unwrap());
    refused(&s, "bom.md", "leeg");
}

#[test]
fn nul_bytes() {
    let s = Scene::new(|d| fs::write(d.join("nul.md"), "# Plan\n\0\0\0 tekst\n").unwrap());
    refused(&s, "nul.md", "binair");
}

#[test]
fn invalid_utf8_in_the_middle() {
    let s = Scene::new(|d| {
        let mut b = GOOD.as_bytes().to_vec();
        let mid = b.len() / 2;
        b.splice(mid..mid, [0xFF, 0xFE, 0xC3]);
        fs::write(d.join("latin.md"), b).unwrap();
    });
    refused(&s, "latin.md", "UTF-8");
}

#[test]
fn a_100_mb_file_is_refused_without_reading_it() {
    let s = Scene::new(|d| {
        let f = fs::File::create(d.join("groot.md")).unwrap();
        f.set_len(100 * 1024 * 1024).unwrap(); // sparse: nothing is written
    });
    let r = refused(&s, "groot.md", "te groot");
    assert!(r.took < Duration::from_secs(5), "took {:?}", r.took);
    // The same file on stdin: read up to the limit, then refused.
    let f = fs::File::open(s.path().join("groot.md")).unwrap();
    let r = run_with(s.path(), &["--format", "json", "-"], Stdio::from(f));
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("te groot"), "{}", r.stderr);
}

#[test]
fn a_1_mb_single_line() {
    let s = Scene::new(|d| {
        let line = "Je moet proactiever worden en z.s.m. beter communiceren op 31 april 2026. "
            .repeat(1024 * 1024 / 74);
        fs::write(d.join("regel.md"), format!("# Plan\n\n{line}\n")).unwrap();
    });
    let r = s.run(&["regel.md", "goed.md"]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    assert!(r.file("regel.md")["error"].is_null());
}

#[test]
fn a_hundred_thousand_list_items() {
    let s = Scene::new(|d| {
        let mut t = String::from("# Verbeterplan\n\n## Evaluatiemomenten\n\n");
        for i in 0..100_000 {
            // Each item a label with a date: many fields, sections and dates.
            t.push_str(&format!("- Evaluatie {i}: {} maart 2026\n", i % 28 + 1));
        }
        fs::write(d.join("lijst.md"), t).unwrap();
    });
    let r = s.run(&["lijst.md", "goed.md"]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    assert!(r.file("lijst.md")["error"].is_null());
}

#[test]
fn ten_thousand_deep_nesting() {
    let s = Scene::new(|d| {
        let lists = "- ".repeat(10_000) + "Doel: proactiever zijn\n";
        let quotes = "> ".repeat(10_000) + "Gevolgen: ontslag\n";
        let ordered = "1. ".repeat(10_000) + "tekst\n";
        let mixed = "> - ".repeat(5_000) + "x\n";
        let mut indented = String::new();
        for i in 0..2_000 {
            indented.push_str(&" ".repeat(2 * i));
            indented.push_str("- punt\n");
        }
        fs::write(d.join("lijsten.md"), lists).unwrap();
        fs::write(d.join("citaten.md"), quotes).unwrap();
        fs::write(d.join("genummerd.md"), ordered).unwrap();
        fs::write(d.join("gemengd.md"), mixed).unwrap();
        fs::write(d.join("ingesprongen.md"), indented).unwrap();
    });
    let r = s.run(&["."]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    for f in [
        "lijsten.md",
        "citaten.md",
        "genummerd.md",
        "gemengd.md",
        "ingesprongen.md",
    ] {
        assert!(r.file(f)["error"].is_null(), "{f}");
    }
    // The human report too (codespan-reporting renders the deep lines).
    let r = run(s.path(), &["--color", "never", "lijsten.md", "citaten.md"]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn symlink_loops() {
    use std::os::unix::fs::symlink;
    let s = Scene::new(|d| {
        symlink("lus.md", d.join("lus.md")).unwrap();
        symlink("b.md", d.join("a.md")).unwrap();
        symlink("a.md", d.join("b.md")).unwrap();
        fs::create_dir(d.join("sub")).unwrap();
        symlink("..", d.join("sub/omhoog")).unwrap();
        fs::write(d.join("sub/plan.md"), GOOD).unwrap();
    });
    // A direct path: a clear message, exit 2, the good plan still linted.
    let r = s.run(&["lus.md", "goed.md"]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.file("lus.md")["error"].as_str().is_some());
    assert!(r.file("goed.md")["error"].is_null());
    // A directory walk does not follow links: it ends, and lints the real plans once.
    let r = s.run(&["."]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    let v = r.json();
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
}

#[cfg(unix)]
#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scene::new(|d| {
        let p = d.join("geheim.md");
        fs::write(&p, GOOD).unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o000)).unwrap();
    });
    let p = s.path().join("geheim.md");
    let mut args = vec!["--format", "json", "--today", "2026-03-01"];
    args.extend(["geheim.md", "goed.md"]);
    let r = run_unprivileged(s.path(), &args);
    fs::set_permissions(&p, fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(
        r.stderr.contains("geheim.md: geen leesrechten"),
        "{}",
        r.stderr
    );
    assert!(r.file("geheim.md")["error"].is_string());
    assert!(
        r.file("goed.md")["error"].is_null(),
        "the good plan was not linted"
    );
}

/// An unreadable folder met while walking is an error (exit 2), not a silent skip; the other
/// plans are still linted.
#[cfg(unix)]
#[test]
fn unreadable_directory_in_a_walk() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scene::new(|d| {
        fs::create_dir_all(d.join("team/geheim")).unwrap();
        fs::write(d.join("team/geheim/plan.md"), GOOD).unwrap();
        fs::write(d.join("team/ook.md"), GOOD).unwrap();
    });
    let locked = s.path().join("team/geheim");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let r = run_unprivileged(
        s.path(),
        &["--today", "2026-03-01", "--color", "never", "."],
    );
    let en = run_unprivileged(s.path(), &["--lang", "en", "--format", "json", "."]);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(r.code, Some(2), "{}\n{}", r.stdout, r.stderr);
    assert_eq!(
        r.stderr.trim_end(),
        "vt-lint: fout: ./team/geheim: geen leesrechten voor deze map; de plannen erin zijn niet gecontroleerd"
    );
    assert!(
        r.stdout.contains("./goed.md: geen bevindingen"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("./team/ook.md: geen bevindingen"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.trim_end().ends_with(
            "2 plannen gecontroleerd: 0 fouten, 0 waarschuwingen, 0 opmerkingen; \
             1 bestand niet te lezen (zie de foutmelding hierboven)"
        ),
        "{}",
        r.stdout
    );
    assert_eq!(en.code, Some(2), "{}", en.stderr);
    assert!(
        en.stderr
            .starts_with("vt-lint: error: ./team/geheim: permission denied for this directory"),
        "{}",
        en.stderr
    );
    assert!(en.file("team/geheim")["error"].is_string());
    assert_eq!(en.json()["files"].as_array().unwrap().len(), 3);
}

#[cfg(unix)]
#[test]
fn a_fifo_does_not_hang() {
    let s = Scene::new(|d| {
        let st = Command::new("mkfifo")
            .arg(d.join("pijp.md"))
            .status()
            .unwrap();
        assert!(st.success());
    });
    refused(&s, "pijp.md", "geen gewoon bestand");
    // Inside a directory walk it is skipped.
    let r = s.run(&["."]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    assert_eq!(r.json()["files"].as_array().unwrap().len(), 1);
}

/// `--baseline` and `--config` read only regular files, up to a size: `/dev/zero` once grew
/// memory without bound and a FIFO hung forever.
#[cfg(unix)]
#[test]
fn special_files_as_baseline_or_config() {
    let s = Scene::new(|d| {
        let st = Command::new("mkfifo").arg(d.join("pijp")).status().unwrap();
        assert!(st.success());
        // Sparse: nothing is written.
        let f = fs::File::create(d.join("groot.json")).unwrap();
        f.set_len(17 * 1024 * 1024).unwrap();
        let f = fs::File::create(d.join("groot.toml")).unwrap();
        f.set_len(2 * 1024 * 1024).unwrap();
    });
    let cases = [
        (
            "--baseline",
            "/dev/zero",
            "/dev/zero: het baselinebestand is geen gewoon bestand",
        ),
        (
            "--baseline",
            "pijp",
            "pijp: het baselinebestand is geen gewoon bestand",
        ),
        (
            "--baseline",
            "groot.json",
            "groot.json: het baselinebestand is groter dan 16 MB",
        ),
        (
            "--config",
            "/dev/zero",
            "/dev/zero: het configuratiebestand is geen gewoon bestand",
        ),
        (
            "--config",
            "pijp",
            "pijp: het configuratiebestand is geen gewoon bestand",
        ),
        (
            "--config",
            "groot.toml",
            "groot.toml: het configuratiebestand is groter dan 1 MB",
        ),
    ];
    for (flag, file, message) in cases {
        let r = s.run(&[flag, file, "goed.md"]);
        assert_eq!(r.code, Some(2), "{flag} {file}: {}", r.stderr);
        assert!(
            r.stderr.starts_with(&format!("vt-lint: fout: {message}")),
            "{flag} {file}: {}",
            r.stderr
        );
        assert_eq!(r.stderr.lines().count(), 1, "{flag} {file}: {}", r.stderr);
        assert!(
            r.took < Duration::from_secs(10),
            "{flag} {file}: {:?}",
            r.took
        );
    }
    let r = s.run(&["--lang", "en", "--baseline", "pijp", "goed.md"]);
    assert_eq!(
        r.stderr.trim_end(),
        "vt-lint: error: pijp: the baseline file is not a regular file (but e.g. a pipe or device)"
    );
    let r = s.run(&["--lang", "en", "--config", "groot.toml", "goed.md"]);
    assert_eq!(
        r.stderr.trim_end(),
        "vt-lint: error: groot.toml: the config file is larger than 1 MB"
    );
}

#[test]
fn a_directory_named_plan_md() {
    let s = Scene::new(|d| fs::create_dir(d.join("plan.md")).unwrap());
    refused(&s, "plan.md", "geen plannen");
    // Walking the parent: the directory is not a plan.
    let r = s.run(&["."]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    assert_eq!(r.json()["files"].as_array().unwrap().len(), 1);
}

#[test]
fn a_path_with_spaces_and_non_ascii() {
    let s = Scene::new(|d| {
        fs::create_dir(d.join("map met spaties")).unwrap();
        fs::write(d.join("map met spaties/verbeterplan Zoë Çelik.md"), GOOD).unwrap();
    });
    let r = s.run(&["map met spaties/verbeterplan Zoë Çelik.md"]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    assert!(r.file("verbeterplan Zoë Çelik.md")["error"].is_null());
    let r = run(
        s.path(),
        &[
            "--format",
            "short",
            "--today",
            "2026-03-01",
            "map met spaties",
        ],
    );
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

/// Shapes that once made a pass quadratic (every date against every section, every line
/// of a paragraph rebuilt per date, a long line searched again per date): each must
/// stay a normal report well within the time limit.
#[test]
fn pathological_shapes_stay_linear() {
    const N: usize = 10_000;
    let s = Scene::new(|d| {
        let mut cases: Vec<(&str, String)> = vec![
            (
                "kv.md",
                (0..N)
                    .map(|i| format!("Evaluatie {i}: 2 maart 2026\n"))
                    .collect(),
            ),
            (
                "regels.md",
                (0..N)
                    .map(|i| format!("regel {i} met 2 maart 2026 en evaluatie\n"))
                    .collect(),
            ),
            (
                "lange_regel.md",
                (0..N)
                    .map(|i| format!("maandag {} maart 2026 tot en met ", i % 28 + 1))
                    .collect(),
            ),
            (
                "koppen.md",
                (0..N)
                    .map(|i| format!("## Ondersteuning {i}\n\n"))
                    .collect(),
            ),
            ("labels.md", "**Ondersteuning:**\n\n".repeat(N)),
            (
                "tabel.md",
                "| a | b |\n|---|---|\n".to_string()
                    + &(0..N)
                        .map(|i| format!("| Startdatum | {} maart 2026 |\n", i % 28 + 1))
                        .collect::<String>(),
            ),
            (
                "invul.md",
                "## Ondersteuning\n\n".to_string() + &"<invullen> 20XX ... ".repeat(N),
            ),
            (
                "duur.md",
                "# Looptijd\n\n".to_string() + &"binnen acht weken ".repeat(N),
            ),
        ];
        cases[2].1.insert_str(0, "Looptijd: ");
        for (name, text) in cases {
            fs::write(d.join(name), text).unwrap();
        }
    });
    let r = s.run(&["."]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    assert_eq!(r.json()["files"].as_array().unwrap().len(), 9);
    assert!(r.took < Duration::from_secs(15), "took {:?}", r.took);
}

/// Inputs just under 1 MB that were quadratic: many empty form fields in one paragraph (a scan
/// of the paragraph's lines per field), many unknown codes in one suppression comment ("did
/// you mean" worked out per code), and many suppression comments with findings between them
/// (every comment replayed per finding). Each runs at half a megabyte and at a megabyte: twice
/// the input may take at most three times as long (a quadratic pass takes four times as long;
/// they took 8 to 50 s in a debug build), or under 3 s. `short` output, so that the bound
/// measures the linting, not the JSON of 100,000 findings. A ratio, not a fixed time: the
/// linear work of a debug build on a busy machine varies.
#[test]
fn quadratic_shapes_under_a_megabyte() {
    let cases = |mb: usize| {
        let fill = |head: &str, unit: &str, tail: &str| {
            let n = (mb - head.len() - tail.len()) / unit.len();
            format!("{head}{}{tail}", unit.repeat(n))
        };
        let goals = "# Plan\n\n## Doelen\n\n";
        let distinct: String = (0..(mb - 40) / 10).map(|i| format!("VT9{i:06} ")).collect();
        vec![
            ("velden.md", fill("# Plan\n\n", "Naam:\n", "")),
            // One paragraph of quotes and vague words: each hit asks whether it is quoted.
            (
                "citaten.md",
                fill(goals, "\"x\" proactiever ", "\n"),
            ),
            (
                "codes.md",
                fill("# Plan\n\n<!-- vt-lint-disable ", "VT9 ", "-->\n"),
            ),
            (
                "verschillende_codes.md",
                format!("# Plan\n\n<!-- vt-lint-disable {distinct}-->\n"),
            ),
            (
                "volgende_regel.md",
                fill(
                    goals,
                    "<!-- vt-lint-disable-next-line VT201 -->\n- Je moet proactiever zijn.\n",
                    "",
                ),
            ),
            (
                "gebieden.md",
                fill(
                    goals,
                    "- Je moet proactiever zijn. <!-- vt-lint-enable VT201 --> <!-- vt-lint-disable VT201 -->\n",
                    "",
                ),
            ),
            (
                "een_regel.md",
                fill(goals, "proactiever <!-- vt-lint-disable VT201 --> ", "\n"),
            ),
            // One sentence of cause verbs: each looks for its preposition nearby.
            (
                "oorzaak.md",
                fill("# Plan\n\nWe weten niet of ", "het ligt proactiever ", "."),
            ),
            // One paragraph of dated lines: each date looks for a chat frame on its line.
            (
                "datumregels.md",
                fill("# Plan\n\n", "proactiever 1 maart 2027\n", ""),
            ),
            // Many dated messages of a chat export: each looks at the lines beside it.
            (
                "chat.md",
                fill("# Plan\n\n", "30-11-2026 17:04 - Tim: Je werkt proactiever.\n\n", ""),
            ),
            // One goal title over many labelled lines: each line asks whether its title is
            // told by its attributes.
            (
                "attributen.md",
                fill(
                    "# Plan\n\n## Doelen\n\n1. **Verbeterpunten**\n",
                    "   - Norm: je werkt proactiever\n",
                    "",
                ),
            ),
            // An HTML export: one line of "<b" that never closes (each "<" asks whether an
            // element starts there), and many list items with bold titles and line breaks.
            (
                "html_zonder_einde.md",
                fill("# Plan\n\n## Doelen\n\n<p>", "<b proactiever ", "\n"),
            ),
            (
                "html_regels.md",
                fill(
                    "# Plan\n\n## Doelen\n\n<ul>\n",
                    "<li><b>Doel</b> je werkt proactiever<br></li>\n",
                    "</ul>\n",
                ),
            ),
            // Bare "&" in an HTML block: each asks whether a character reference starts there.
            (
                "html_ampersand.md",
                fill("# Plan\n\n## Doelen\n\n<p>", "& proactiever ", "\n"),
            ),
            // Front matter, then many "---" openers that never close: no metadata block
            // further down is looked for.
            (
                "front_matter.md",
                fill(
                    "---\nmedewerker: Sem\n---\n# Plan\n\n## Doelen\n\n",
                    "---\t\nJe werkt proactiever.\n\n",
                    "",
                ),
            ),
            // Half a megabyte of dots without a space, then vague goals: each dot asks which
            // word stands before it, and must not search back to the start.
            (
                "punten.md",
                fill(
                    &format!("{goals}{}\n\n", "x.".repeat(mb / 4)),
                    "- Je moet proactiever zijn.\n",
                    "",
                ),
            ),
            // Many goals and many tables that name goals: each goal looks for its row.
            (
                "doelen_en_tabellen.md",
                fill(
                    goals,
                    "- Je werkt proactiever\n\n| Punt | Norm |\n|---|---|\n| Proactiever | minimaal 9 van 10 |\n\n",
                    "",
                ),
            ),
        ]
    };
    const MB: usize = 1_000_000;
    let (full, half) = (cases(MB), cases(MB / 2));
    let s = Scene::new(|d| {
        for ((name, text), (_, small)) in full.iter().zip(&half) {
            assert!(text.len() < MB && text.len() > MB - 200, "{name}");
            fs::write(d.join(name), text).unwrap();
            fs::write(d.join(format!("half_{name}")), small).unwrap();
        }
    });
    for (name, _) in &full {
        // Every finding, not the first 50 per rule: the bound is for linting them all.
        let lint = |file: &str| {
            let r = run(
                s.path(),
                &["--format", "short", "--max-findings", "0", file],
            );
            assert_eq!(r.code, Some(1), "{file}: {}", r.stderr);
            assert!(r.stdout.lines().count() > 1000, "{file}: no findings");
            r.took
        };
        let small = lint(&format!("half_{name}"));
        let took = lint(name);
        assert!(
            took < Duration::from_secs(3).max(small * 3),
            "{name}: {took:?} for 1 MB against {small:?} for half of it"
        );
    }
}

/// Shapes found by review that were quadratic, each just under 1 MB: whatever they report,
/// they finish in the same bound as above.
#[test]
fn long_words_quotes_and_ranges_stay_linear() {
    const MB: usize = 999_000;
    let fill = |head: &str, unit: &str, tail: &str| {
        let n = (MB - head.len() - tail.len()) / unit.len();
        format!("{head}{}{tail}", unit.repeat(n))
    };
    let goals = "# Plan\n\n## Doelen\n\n";
    let cases = [
        // One heading word of a megabyte: compound heads are looked up for it.
        (
            "kopwoord.md",
            fill("# Plan\n\n## Ontwikkel", "d", "oelen\n"),
        ),
        // Quotes and pronouns in one paragraph: each pronoun asks whether it is quoted.
        ("citaten_je.md", fill(goals, "\"x\" je u ", "\n")),
        // Short ranges on one line, none of them the period (200 KB: a debug build spends its
        // time per date here; the quadratic version took minutes at this size).
        (
            "bereiken.md",
            format!("# Plan\n\n{}\n", "van 1 mei tot 2 mei en ".repeat(8_000)),
        ),
    ];
    let s = Scene::new(|d| {
        for (name, text) in &cases {
            fs::write(d.join(name), text).unwrap();
        }
    });
    for (name, _) in &cases {
        let r = run(s.path(), &["--format", "short", name]);
        assert!(matches!(r.code, Some(0 | 1)), "{name}: {}", r.stderr);
        assert!(r.took < Duration::from_secs(6), "{name}: took {:?}", r.took);
    }
}

/// Many `disable-next-line` comments aimed at one line, and many findings of another rule on
/// it: each finding looks up its comment once.
#[test]
fn many_next_line_comments_on_one_line_stay_linear() {
    let comments = "<!-- vt-lint-disable-next-line VT203 --> ".repeat(12_000);
    let findings = "je bent proactiever ".repeat(12_000);
    let text = format!("# Plan\n\n## Doelen\n\n{comments}\n{findings}\n");
    let s = Scene::new(|d| fs::write(d.join("p.md"), &text).unwrap());
    let r = run(
        s.path(),
        &["--format", "short", "--max-findings", "0", "p.md"],
    );
    assert!(matches!(r.code, Some(1)), "{}", r.stderr);
    assert!(r.stdout.matches("VT201").count() > 1000);
    assert!(r.took < Duration::from_secs(6), "took {:?}", r.took);
}
