//! `vt-lint lsp` driven as an editor drives it: the real binary over stdio, JSON-RPC with
//! Content-Length framing.
//!
//! The latency benchmark is ignored by default:
//! `cargo test --release --test lsp -- --ignored lsp_latency --nocapture`.

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_vt-lint");
const WAIT: Duration = Duration::from_secs(30);

/// A plan that lacks support (VT104, among others) with non-ASCII and an emoji in its title,
/// and an empty evaluation section (VT111) with a non-ASCII heading.
const PLAN: &str =
    "# Verbeterplan één 🙂 geëvalueerd\n\nTekst.\n\n## Één 🙂 Evaluatie\n\n<invullen>\n";
const URI: &str = "file:///tmp/vt-lint-lsp-test/plan.md";

struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Value>,
    backlog: VecDeque<Value>,
    next_id: i64,
}

fn read_message(r: &mut impl BufRead) -> Option<Value> {
    let mut len = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            len = Some(v.parse::<usize>().ok()?);
        }
    }
    let mut body = vec![0; len?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    fn start(args: &[&str]) -> Client {
        let mut child = Command::new(BIN)
            .arg("lsp")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start vt-lint lsp");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            while let Some(v) = read_message(&mut r) {
                if tx.send(v).is_err() {
                    break;
                }
            }
        });
        Client {
            stdin: child.stdin.take(),
            child,
            rx,
            backlog: VecDeque::new(),
            next_id: 1,
        }
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    fn send(&mut self, v: Value) {
        let body = v.to_string();
        let framed = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.send_raw(framed.as_bytes());
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn request_id(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        id
    }

    /// Send a request and wait for its response (the whole response object).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.request_id(method, params);
        self.wait_for(|m| m["id"] == json!(id) && m.get("method").is_none())
    }

    /// The next message matching `pred`, keeping the others for later.
    fn wait_for(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        self.try_wait_for(&pred, WAIT).unwrap_or_else(|| {
            panic!(
                "no matching message within {WAIT:?}; got {:#?}",
                self.backlog
            )
        })
    }

    fn try_wait_for(&mut self, pred: &impl Fn(&Value) -> bool, within: Duration) -> Option<Value> {
        if let Some(i) = self.backlog.iter().position(pred) {
            return self.backlog.remove(i);
        }
        let end = Instant::now() + within;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            let m = self.rx.recv_timeout(left).ok()?;
            if pred(&m) {
                return Some(m);
            }
            self.backlog.push_back(m);
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Value {
        self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        })["params"]
            .clone()
    }

    fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let r = self.request(
            "initialize",
            json!({ "processId": null, "rootUri": null, "capabilities": capabilities,
                    "initializationOptions": options }),
        );
        self.notify("initialized", json!({}));
        r["result"].clone()
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "markdown", "version": 1, "text": text } }),
        );
    }

    fn change(&mut self, uri: &str, version: i32, range: [u32; 4], text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "range": {
                    "start": { "line": range[0], "character": range[1] },
                    "end": { "line": range[2], "character": range[3] } }, "text": text }]
            }),
        );
    }

    fn wait_exit(&mut self, within: Duration) -> Option<ExitStatus> {
        let end = Instant::now() + within;
        while Instant::now() < end {
            if let Some(s) = self.child.try_wait().unwrap() {
                return Some(s);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }

    fn shutdown_and_exit(mut self) -> (ExitStatus, String) {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r["result"], Value::Null, "{r}");
        self.notify("exit", Value::Null);
        let status = self.wait_exit(WAIT).expect("server exits after exit");
        (status, self.stderr())
    }

    fn stderr(&mut self) -> String {
        let mut s = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut s);
        }
        s
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn codes(params: &Value) -> Vec<String> {
    params["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

fn find<'a>(params: &'a Value, code: &str) -> &'a Value {
    params["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {params:#}"))
}

fn range(d: &Value) -> [u64; 4] {
    let r = &d["range"];
    [
        r["start"]["line"].as_u64().unwrap(),
        r["start"]["character"].as_u64().unwrap(),
        r["end"]["line"].as_u64().unwrap(),
        r["end"]["character"].as_u64().unwrap(),
    ]
}

fn utf16_len(s: &str) -> u64 {
    s.encode_utf16().count() as u64
}

/// Apply an LSP text edit (UTF-16 positions) to a string, as an editor does.
fn apply_edit(text: &str, edit: &Value) -> String {
    let offset = |pos: &Value| -> usize {
        let line = pos["line"].as_u64().unwrap() as usize;
        let ch = pos["character"].as_u64().unwrap() as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        for (i, c) in text[start..].char_indices() {
            if units >= ch || c == '\n' {
                return start + i;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let a = offset(&edit["range"]["start"]);
    let b = offset(&edit["range"]["end"]);
    format!(
        "{}{}{}",
        &text[..a],
        edit["newText"].as_str().unwrap(),
        &text[b..]
    )
}

#[test]
fn editor_session_in_utf16() {
    let mut c = Client::start(&[]);
    let init = c.initialize(json!({}), Value::Null);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(
        init["capabilities"]["textDocumentSync"]["change"], 2,
        "incremental"
    );
    assert_eq!(init["serverInfo"]["name"], "vt-lint");

    c.open(URI, PLAN);
    let d = c.diagnostics(URI);
    assert_eq!(d["version"], 1);
    assert!(codes(&d).contains(&"VT104".to_string()), "{d:#}");
    let title = "Verbeterplan één 🙂 geëvalueerd";
    let vt104 = find(&d, "VT104");
    assert_eq!(range(vt104), [0, 2, 0, 2 + utf16_len(title)]);
    assert_eq!(utf16_len(title), 31);
    assert_eq!(vt104["severity"], 1);
    assert_eq!(vt104["source"], "vt-lint");
    assert!(vt104.get("codeDescription").is_none());
    let msg = vt104["message"].as_str().unwrap();
    assert!(
        msg.starts_with("het plan noemt geen ondersteuning"),
        "{msg}"
    );
    assert!(msg.contains("\nhulp: noem de hulp"), "{msg}");
    let vt111 = find(&d, "VT111");
    assert_eq!(range(vt111), [4, 3, 4, 3 + utf16_len("Één 🙂 Evaluatie")]);

    // Replace "geëvalueerd" (UTF-16 columns 22..33, after the emoji) with "getest".
    c.change(URI, 2, [0, 22, 0, 33], "getest");
    let d = c.diagnostics(URI);
    assert_eq!(d["version"], 2);
    assert_eq!(
        range(find(&d, "VT104")),
        [0, 2, 0, 2 + utf16_len("Verbeterplan één 🙂 getest")]
    );

    // Hover after the emoji shows the rule's explanation.
    let h = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 20 } }),
    );
    let md = h["result"]["contents"]["value"].as_str().unwrap();
    assert_eq!(h["result"]["contents"]["kind"], "markdown");
    assert!(md.contains("### VT104 missing-support"), "{md}");
    assert!(md.contains("## Waarom"), "{md}");
    let h = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 2, "character": 1 } }),
    );
    assert_eq!(h["result"], Value::Null, "no finding on line 3");

    // Code actions on the title: add the missing part, or suppress it on this line.
    let text = PLAN.replace("geëvalueerd", "getest");
    let r = c.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": URI },
                "range": { "start": { "line": 0, "character": 5 }, "end": { "line": 0, "character": 5 } },
                "context": { "diagnostics": [] } }),
    );
    let actions = r["result"].as_array().unwrap();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Onderdruk VT104 op deze regel"),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"Voeg het onderdeel 'Ondersteuning' toe (nog in te vullen)"),
        "{titles:?}"
    );
    let get = |t: &str| actions.iter().find(|a| a["title"] == t).unwrap();
    let suppress = &get("Onderdruk VT104 op deze regel")["edit"]["changes"][URI][0];
    assert_eq!(
        apply_edit(&text, suppress),
        format!("<!-- vt-lint-disable-next-line VT104 -->\n{text}")
    );
    let add = get("Voeg het onderdeel 'Ondersteuning' toe (nog in te vullen)");
    assert_eq!(add["kind"], "quickfix");
    assert_eq!(add["diagnostics"][0]["code"], "VT104");
    let edit = &add["edit"]["changes"][URI][0];
    let added = apply_edit(&text, edit);
    assert!(
        added.ends_with("\n\n## Ondersteuning\n\n<!-- noem de hulp die de werkgever biedt: coaching, training, een buddy, tijd of hulpmiddelen, met wie en hoe vaak -->\n"),
        "{added}"
    );

    // Apply it as the editor would (an incremental edit at the end): VT104 is gone and the
    // new section is reported as empty until it is filled in.
    let e = &edit["range"]["start"];
    let (l, ch) = (
        e["line"].as_u64().unwrap() as u32,
        e["character"].as_u64().unwrap() as u32,
    );
    c.change(URI, 3, [l, ch, l, ch], edit["newText"].as_str().unwrap());
    let d = c.diagnostics(URI);
    assert_eq!(d["version"], 3);
    assert!(!codes(&d).contains(&"VT104".to_string()), "{d:#}");
    assert_eq!(
        codes(&d).iter().filter(|c| *c == "VT111").count(),
        2,
        "{d:#}"
    );

    // Closing clears the diagnostics.
    c.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": URI } }),
    );
    let d = c.diagnostics(URI);
    assert_eq!(d["diagnostics"], json!([]));

    let (status, stderr) = c.shutdown_and_exit();
    assert!(status.success(), "{status:?} {stderr}");
}

#[test]
fn utf8_when_the_client_offers_it() {
    let mut c = Client::start(&[]);
    let init = c.initialize(
        json!({ "general": { "positionEncodings": ["utf-8", "utf-16"] } }),
        Value::Null,
    );
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    c.open(URI, PLAN);
    let d = c.diagnostics(URI);
    let title = "Verbeterplan één 🙂 geëvalueerd";
    assert_eq!(range(find(&d, "VT104")), [0, 2, 0, 2 + title.len() as u64]);
    assert_eq!(
        range(find(&d, "VT111")),
        [4, 3, 4, 3 + "Één 🙂 Evaluatie".len() as u64]
    );
    // "geëvalueerd" is at bytes 25..37 of the line in UTF-8.
    let line = PLAN.lines().next().unwrap();
    let at = line.find("geëvalueerd").unwrap() as u32;
    c.change(
        URI,
        2,
        [0, at, 0, at + "geëvalueerd".len() as u32],
        "getest",
    );
    let d = c.diagnostics(URI);
    assert_eq!(
        range(find(&d, "VT104")),
        [0, 2, 0, 2 + "Verbeterplan één 🙂 getest".len() as u64]
    );
    let (status, _) = c.shutdown_and_exit();
    assert!(status.success());
}

#[test]
fn english_via_initialization_options_and_lang_flag() {
    for (args, options) in [
        (vec![], json!({ "lang": "en" })),
        (vec!["--lang", "en"], Value::Null),
    ] {
        let mut c = Client::start(&args);
        c.initialize(json!({}), options);
        c.open(URI, PLAN);
        let d = c.diagnostics(URI);
        let msg = find(&d, "VT104")["message"].as_str().unwrap().to_string();
        assert!(msg.starts_with("the plan names no support"), "{msg}");
        assert!(msg.contains("\nhelp: "), "{msg}");
        let h = c.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 3 } }),
        );
        let md = h["result"]["contents"]["value"].as_str().unwrap();
        assert!(md.contains("## Why"), "{md}");
        let r = c.request(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": URI },
                    "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 0 } },
                    "context": { "diagnostics": [] } }),
        );
        let titles: Vec<String> = r["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["title"].as_str().unwrap().to_string())
            .collect();
        assert!(
            titles.contains(&"Suppress VT104 on this line".to_string()),
            "{titles:?}"
        );
        assert!(
            titles.contains(&"Add the section 'Ondersteuning' (still to be filled in)".to_string()),
            "{titles:?}"
        );
    }
}

#[test]
fn rapid_edits_publish_only_the_newest_version() {
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    c.open(URI, PLAN);
    assert_eq!(c.diagnostics(URI)["version"], 1);
    // Type "abc…" at the end of line 3 ("Tekst."), one character per change.
    for (i, ch) in "abcdefghijklmnopqrst".chars().enumerate() {
        c.change(
            URI,
            2 + i as i32,
            [2, 6 + i as u32, 2, 6 + i as u32],
            &ch.to_string(),
        );
    }
    let last = 21;
    // Debounced: normally one publish, for the newest version. (A stall of more than 150 ms
    // while typing on a loaded machine may let one intermediate version through.)
    let mut published = Vec::new();
    loop {
        let d = c.diagnostics(URI);
        published.push(d["version"].as_i64().unwrap());
        if d["version"] == last {
            break;
        }
    }
    assert!(published.len() <= 3, "debounced: {published:?}");
    assert!(published.windows(2).all(|w| w[0] < w[1]), "{published:?}");
    assert!(
        c.try_wait_for(
            &|m: &Value| m["method"] == "textDocument/publishDiagnostics",
            Duration::from_millis(500)
        )
        .is_none(),
        "nothing more is published"
    );
    // The server's text matches the editor's: an edit after the typed text lands right.
    c.change(URI, 22, [0, 0, 0, 1], "");
    let d = c.diagnostics(URI);
    assert_eq!(codes(&d)[0], "VT101");
    let (status, _) = c.shutdown_and_exit();
    assert!(status.success());
}

#[test]
fn malformed_input_and_unknown_methods_do_not_stop_the_server() {
    let mut c = Client::start(&[]);
    // Before initialize: requests are refused, notifications ignored.
    let r = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 0 } }),
    );
    assert_eq!(r["error"]["code"], -32002, "{r}");
    c.notify("textDocument/didOpen", json!({ "garbage": true }));
    c.initialize(json!({}), Value::Null);

    // Not JSON: a parse error with id null, and the server reads on.
    c.send_raw(b"Content-Length: 9\r\n\r\n{not json");
    let e = c.wait_for(|m| m["error"]["code"] == -32700);
    assert_eq!(e["id"], Value::Null);
    // After a bad frame the server skips to the next Content-Length header: everything up to
    // it is one bad stretch. A good request first, so the next bad frame counts on its own.
    let r = c.request("vt-lint/nonsense", json!({}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    // A header without Content-Length, then a JSON value that is no message.
    c.send_raw(b"X-Nonsense: 1\r\n\r\n");
    c.wait_for(|m| m["error"]["code"] == -32700);
    c.send(json!([1, 2, 3]));
    c.wait_for(|m| m["error"]["code"] == -32600);
    c.send(json!({ "jsonrpc": "2.0", "id": 77, "method": 5 }));
    let e = c.wait_for(|m| m["id"] == 77);
    assert_eq!(e["error"]["code"], -32600);

    // Unknown request: MethodNotFound. Unknown notification: ignored.
    let r = c.request("vt-lint/nonsense", json!({}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    c.notify("vt-lint/whatever", json!({ "x": 1 }));
    c.notify("$/cancelRequest", json!({ "id": 1 }));
    // Bad params for a known request: InvalidParams; for a notification: a log message.
    let r = c.request("textDocument/hover", json!({ "nope": 1 }));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    c.notify("textDocument/didChange", json!({ "nope": 1 }));
    let log = c.wait_for(|m| m["method"] == "window/logMessage");
    assert_eq!(log["params"]["type"], 2);
    // Edits to a document that is not open, positions far outside the text.
    c.change("file:///nowhere.md", 2, [0, 0, 0, 1], "x");
    c.open(URI, PLAN);
    c.diagnostics(URI);
    c.change(
        URI,
        2,
        [999, 999, 1000, 5],
        "\n## Ondersteuning\n\nCoaching elke week.\n",
    );
    let d = c.diagnostics(URI);
    assert!(!codes(&d).contains(&"VT104".to_string()), "{d:#}");
    // Hover and code actions on unknown documents answer null / empty.
    let h = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": "file:///nowhere.md" }, "position": { "line": 0, "character": 0 } }),
    );
    assert_eq!(h["result"], Value::Null);

    let (status, stderr) = c.shutdown_and_exit();
    assert!(status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// One bad frame must not make the server deaf: after each kind, the next request is
/// answered, and the bad frame is logged once on stderr without its content.
#[test]
fn a_bad_frame_is_skipped_and_later_requests_are_answered() {
    // A message with a name in it: it must never show up on stderr.
    let body = json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": { "uri": "file:///tmp/jansen.md", "languageId": "markdown",
                          "version": 1, "text": "# Plan voor Jansen\n" } } })
    .to_string();
    let n = body.len();
    let cases = [
        (
            "too short",
            format!("Content-Length: {}\r\n\r\n{body}", n - 10),
        ),
        (
            "too long",
            format!("Content-Length: {}\r\n\r\n{body}", n + 500),
        ),
        // Too long by a few bytes: the next header is cut off at the end of the body.
        (
            "too long, cut",
            format!("Content-Length: {}\r\n\r\n{body}", n + 6),
        ),
        (
            "not a number",
            format!("Content-Length: veel\r\n\r\n{body}"),
        ),
        (
            "no Content-Length",
            format!("Content-Type: application/json\r\n\r\n{body}"),
        ),
    ];
    for (what, bad) in cases {
        let mut c = Client::start(&[]);
        c.initialize(json!({}), Value::Null);
        c.send_raw(bad.as_bytes());
        for _ in 0..2 {
            let id = c.request_id(
                "textDocument/hover",
                json!({
                "textDocument": { "uri": "file:///nowhere.md" },
                "position": { "line": 0, "character": 0 } }),
            );
            let r = c
                .try_wait_for(
                    &|m: &Value| m["id"] == json!(id) && m.get("method").is_none(),
                    Duration::from_secs(10),
                )
                .unwrap_or_else(|| panic!("{what}: request {id} not answered"));
            assert_eq!(r["result"], Value::Null, "{what}: {r}");
        }
        let e = c
            .try_wait_for(&|m: &Value| m["error"]["code"] == -32700, Duration::ZERO)
            .unwrap_or_else(|| panic!("{what}: no parse error"));
        assert_eq!(e["id"], Value::Null, "{what}");
        let (status, stderr) = c.shutdown_and_exit();
        assert!(status.success(), "{what}: {stderr}");
        let logged: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains("overgeslagen"))
            .collect();
        assert_eq!(logged.len(), 1, "{what}: {stderr}");
        assert!(logged[0].contains("Content-Length"), "{what}: {stderr}");
        assert!(!stderr.contains("Jansen"), "{what}: {stderr}");
    }
}

/// CR, LF and CRLF all end lines (LSP spec): the same plan gives the same ranges.
#[test]
fn cr_lf_and_crlf_give_the_same_ranges() {
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    let mut ranges = Vec::new();
    for (i, nl) in ["\n", "\r\n", "\r"].into_iter().enumerate() {
        let uri = format!("file:///tmp/vt-lint-lsp-test/eol{i}.md");
        c.open(&uri, &PLAN.replace('\n', nl));
        let d = c.diagnostics(&uri);
        let mut r: Vec<(String, [u64; 4])> = d["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| (x["code"].as_str().unwrap().to_string(), range(x)))
            .collect();
        r.sort();
        ranges.push(r);
    }
    assert!(ranges[0].iter().any(|(_, r)| r[0] == 4), "{:?}", ranges[0]);
    assert_eq!(ranges[0], ranges[1], "CRLF");
    assert_eq!(ranges[0], ranges[2], "CR");
    let (status, _) = c.shutdown_and_exit();
    assert!(status.success());
}

#[test]
fn requests_after_shutdown_and_exit_without_shutdown() {
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    let r = c.request("shutdown", Value::Null);
    assert_eq!(r["result"], Value::Null);
    let r = c.request("textDocument/hover", json!({}));
    assert_eq!(r["error"]["code"], -32600, "{r}");
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit(WAIT).unwrap().code(), Some(0));

    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    c.notify("exit", Value::Null);
    assert_eq!(
        c.wait_exit(WAIT).unwrap().code(),
        Some(1),
        "exit without shutdown"
    );
}

#[test]
fn client_disconnect_ends_the_server_cleanly() {
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    c.open(URI, PLAN);
    // Disconnect in the middle of a message and while a lint is pending.
    c.change(URI, 2, [0, 0, 0, 0], "x");
    c.send_raw(b"Content-Length: 100\r\n\r\n{\"jsonrpc\"");
    drop(c.stdin.take());
    let status = c.wait_exit(WAIT).expect("exits when stdin closes");
    assert!(status.success(), "{status:?}");
    let stderr = c.stderr();
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn ten_megabyte_document_with_incremental_edits() {
    // 10 MB, mostly a fenced code block so a debug build lints it in reasonable time; the
    // point is transport, line bookkeeping and edits at both ends.
    let mut text = String::from(PLAN);
    text.push_str("\n## Bijlage\n\n```text\n");
    let line = "regel één 🙂 met wat tekst, geëvalueerd op 1 maart 2026\n";
    while text.len() < 10_000_000 {
        text.push_str(line);
    }
    text.push_str("```\n");
    let lines = text.lines().count() as u32;
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    c.open(URI, &text);
    // An edit right after opening: version 1 is still being linted (that takes milliseconds
    // at least), is then out of date, and its result is never published.
    c.change(URI, 2, [0, 0, 0, 0], "");
    let d = c.diagnostics(URI);
    assert_eq!(d["version"], 2, "no diagnostics for an outdated version");
    assert_eq!(range(find(&d, "VT104"))[3], 33);
    // Append a support section at the very end, then edit the title.
    c.change(
        URI,
        3,
        [lines, 0, lines, 0],
        "\n## Ondersteuning\n\nCoaching elke week.\n",
    );
    c.change(URI, 4, [0, 22, 0, 33], "getest");
    let d = c.diagnostics(URI);
    assert_eq!(d["version"], 4);
    assert!(!codes(&d).contains(&"VT104".to_string()), "{:?}", codes(&d));
    assert_eq!(
        range(find(&d, "VT101")),
        [0, 2, 0, 2 + utf16_len("Verbeterplan één 🙂 getest")]
    );
    let (status, _) = c.shutdown_and_exit();
    assert!(status.success());
}

#[test]
fn broken_config_is_a_diagnostic_on_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("vt-lint.toml");
    std::fs::write(&toml, "lang = \"nl\"\n[rules\nVT104 = \"off\"\n").unwrap();
    let plan = dir.path().join("plan.md");
    std::fs::write(&plan, PLAN).unwrap();
    let uri = format!("file://{}", plan.display());
    let toml_uri = format!("file://{}", toml.display());
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    c.open(&uri, PLAN);
    let cfg = c.diagnostics(&toml_uri);
    let d = &cfg["diagnostics"][0];
    assert_eq!(d["severity"], 1);
    assert_eq!(d["range"]["start"]["line"], 1, "{cfg:#}");
    assert!(d["message"]
        .as_str()
        .unwrap()
        .contains("standaardinstellingen"));
    // The plan is still linted, with the defaults.
    let d = c.diagnostics(&uri);
    assert!(codes(&d).contains(&"VT104".to_string()));
    // Fixing the file clears the problem on the next lint.
    std::fs::write(&toml, "lang = \"nl\"\n").unwrap();
    c.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": uri } }),
    );
    let cfg = c.diagnostics(&toml_uri);
    assert_eq!(cfg["diagnostics"], json!([]));
    // Broken again, then deleted: the problem is shown, then cleared.
    std::fs::write(&toml, "lang = \n").unwrap();
    c.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": uri } }),
    );
    let cfg = c.diagnostics(&toml_uri);
    assert_eq!(
        cfg["diagnostics"][0]["range"]["start"]["line"], 0,
        "{cfg:#}"
    );
    std::fs::remove_file(&toml).unwrap();
    c.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": uri } }),
    );
    let cfg = c.diagnostics(&toml_uri);
    assert_eq!(cfg["diagnostics"], json!([]));
    let (status, _) = c.shutdown_and_exit();
    assert!(status.success());
}

#[test]
fn excluded_documents_get_no_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("vt-lint.toml"), "exclude = [\"archief\"]\n").unwrap();
    std::fs::create_dir_all(dir.path().join("archief")).unwrap();
    let old = dir.path().join("archief/oud.md");
    let new = dir.path().join("nieuw.md");
    std::fs::write(&old, PLAN).unwrap();
    std::fs::write(&new, PLAN).unwrap();
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    let new_uri = format!("file://{}", new.display());
    let old_uri = format!("file://{}", old.display());
    c.open(&new_uri, PLAN);
    assert!(codes(&c.diagnostics(&new_uri)).contains(&"VT104".to_string()));
    // As in a directory walk on the command line, the excluded plan is not reported on.
    c.open(&old_uri, PLAN);
    assert_eq!(c.diagnostics(&old_uri)["diagnostics"], json!([]));
    let (status, _) = c.shutdown_and_exit();
    assert!(status.success());
}

/// The blocks of a plan as pulldown-cmark reads it, HTML comments left out: what a reader
/// of the rendered plan sees, structure and text.
fn rendered_blocks(text: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser};
    let mut out: Vec<String> = Vec::new();
    let mut in_text = false;
    for ev in Parser::new_ext(text, Options::ENABLE_TABLES) {
        let item = match ev {
            // A comment renders as nothing: its HTML block and its text are left out.
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::Start(pulldown_cmark::Tag::HtmlBlock)
            | Event::End(pulldown_cmark::TagEnd::HtmlBlock) => continue,
            Event::Text(t) | Event::Code(t) => {
                if in_text {
                    out.last_mut().unwrap().push_str(&t);
                } else {
                    out.push(format!("text:{t}"));
                    in_text = true;
                }
                continue;
            }
            Event::SoftBreak => "soft".to_string(),
            other => format!("{other:?}"),
        };
        in_text = false;
        out.push(item);
    }
    out
}

fn apply_edits(text: &str, edits: &[Value]) -> String {
    let mut sorted: Vec<&Value> = edits.iter().collect();
    let key = |e: &Value| {
        let p = &e["range"]["start"];
        (
            p["line"].as_u64().unwrap(),
            p["character"].as_u64().unwrap(),
        )
    };
    sorted.sort_by_key(|e| std::cmp::Reverse(key(e)));
    sorted
        .iter()
        .fold(text.to_string(), |t, e| apply_edit(&t, e))
}

#[test]
fn suppress_quick_fix_in_wrapped_paragraphs_tables_and_list_items_keeps_the_blocks() {
    let paragraph = "# Verbeterplan\n\nJan werkt in het team en wil graag\nbeter communiceren en meer initiatief tonen\nmet collega's.\n\n- eerste punt\n";
    let table_list = "# Verbeterplan\n\n| Doel | Hoe |\n| --- | --- |\n| planning | elke week |\n| houding | flexibeler worden |\n\n- eerste punt\n- tweede punt dat lang is en\n  vraagt dat hij flexibeler wordt\n- derde punt\n";
    // (plan, 0-based line of a VT201 finding, the title the fix should have)
    let cases = [
        (paragraph, 3, "Onderdruk VT201 in deze alinea"),
        (table_list, 5, "Onderdruk VT201 in deze tabel"),
        (table_list, 9, "Onderdruk VT201 in deze alinea"),
    ];
    let vt201 = |d: &Value| -> Vec<u64> {
        d["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["code"] == "VT201")
            .map(|x| x["range"]["start"]["line"].as_u64().unwrap())
            .collect()
    };
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    for (n, (plan, line, title)) in cases.into_iter().enumerate() {
        let uri = format!("file:///tmp/vt-lint-lsp-test/onderdruk-{n}.md");
        c.open(&uri, plan);
        let lines = vt201(&c.diagnostics(&uri));
        let here = lines.iter().filter(|l| **l == line).count();
        assert!(here > 0, "no VT201 on line {line}: {lines:?}");
        let r = c.request(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": uri },
                    "range": { "start": { "line": line, "character": 0 }, "end": { "line": line, "character": 0 } },
                    "context": { "diagnostics": [] } }),
        );
        let actions = r["result"].as_array().unwrap();
        let Some(action) = actions.iter().find(|a| a["title"] == title) else {
            panic!("line {line}: no {title:?} in {actions:#?}");
        };
        let edits = action["edit"]["changes"][&uri].as_array().unwrap();
        let edited = apply_edits(plan, edits);
        // (b) The plan reads the same: the same blocks with the same text.
        assert_eq!(
            rendered_blocks(&edited),
            rendered_blocks(plan),
            "line {line}:\n{edited}"
        );
        // (a) The finding is gone (and no other), and the comments are used and known.
        let edited_uri = format!("file:///tmp/vt-lint-lsp-test/onderdruk-{n}-na.md");
        c.open(&edited_uri, &edited);
        let after = c.diagnostics(&edited_uri);
        let left = vt201(&after);
        assert_eq!(
            left.len(),
            lines.len() - here,
            "line {line}: {after:#}\n{edited}"
        );
        let extra = codes(&after);
        assert!(
            !extra.iter().any(|c| c == "VT001" || c == "VT002"),
            "line {line}: {extra:?}\n{edited}"
        );
    }
    let (status, _) = c.shutdown_and_exit();
    assert!(status.success());
}

#[test]
fn a_changed_config_re_lints_open_plans() {
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("vt-lint.toml");
    std::fs::write(&toml, "lang = \"nl\"\n").unwrap();
    let plan = dir.path().join("plan.md");
    std::fs::write(&plan, PLAN).unwrap();
    let uri = format!("file://{}", plan.display());
    let toml_uri = format!("file://{}", toml.display());
    let mut c = Client::start(&[]);
    c.initialize(
        json!({ "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } }),
        Value::Null,
    );
    // The server asks to watch every vt-lint.toml; the client says yes.
    let reg = c.wait_for(|m| m["method"] == "client/registerCapability");
    let r = &reg["params"]["registrations"][0];
    assert_eq!(r["method"], "workspace/didChangeWatchedFiles", "{reg:#}");
    assert_eq!(
        r["registerOptions"]["watchers"][0]["globPattern"], "**/vt-lint.toml",
        "{reg:#}"
    );
    c.send(json!({ "jsonrpc": "2.0", "id": reg["id"], "result": null }));
    c.open(&uri, PLAN);
    assert!(codes(&c.diagnostics(&uri)).contains(&"VT104".to_string()));
    // The adviser turns VT104 off in the config, in another program: without a change to
    // the plan, the watcher's notice alone re-lints it and the finding goes.
    std::fs::write(&toml, "lang = \"nl\"\n[rules]\nVT104 = \"off\"\n").unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": toml_uri, "type": 2 }] }),
    );
    let d = c.diagnostics(&uri);
    assert!(!codes(&d).contains(&"VT104".to_string()), "{d:#}");
    assert!(!codes(&d).is_empty(), "other findings stay: {d:#}");
    // Deleted: back to the defaults.
    std::fs::remove_file(&toml).unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": toml_uri, "type": 3 }] }),
    );
    assert!(codes(&c.diagnostics(&uri)).contains(&"VT104".to_string()));
    // A change to some other file does not re-lint anything.
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": format!("file://{}/notities.txt", dir.path().display()), "type": 2 }] }),
    );
    let again = c.try_wait_for(
        &|m: &Value| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri,
        Duration::from_millis(300),
    );
    assert!(again.is_none(), "{again:#?}");
    let (status, _) = c.shutdown_and_exit();
    assert!(status.success());
}

#[test]
fn no_watch_registration_without_dynamic_registration() {
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    c.open(URI, PLAN);
    c.diagnostics(URI);
    let reg = c.try_wait_for(
        &|m: &Value| m["method"] == "client/registerCapability",
        Duration::from_millis(200),
    );
    assert!(reg.is_none(), "{reg:#?}");
    let (status, _) = c.shutdown_and_exit();
    assert!(status.success());
}

/// Latency from an edit to its diagnostics, for a typical plan. Run with
/// `cargo test --release --test lsp -- --ignored lsp_latency --nocapture`.
#[test]
#[ignore]
fn lsp_latency() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/plans/good_klantenservice.md"
    ))
    .unwrap();
    let mut c = Client::start(&[]);
    c.initialize(json!({}), Value::Null);
    c.open(URI, &text);
    c.diagnostics(URI);
    let mut change = Vec::new();
    let mut save = Vec::new();
    for i in 0..40 {
        let version = 2 + 2 * i;
        let t = Instant::now();
        c.change(URI, version, [2, 2, 2, 2], "x");
        let d = c.diagnostics(URI);
        change.push(t.elapsed());
        assert_eq!(d["version"], version);
        // didSave lints at once: no debounce, so this is the lint and round-trip time.
        c.change(URI, version + 1, [2, 2, 2, 3], "");
        let t = Instant::now();
        c.notify(
            "textDocument/didSave",
            json!({ "textDocument": { "uri": URI } }),
        );
        c.diagnostics(URI);
        save.push(t.elapsed());
        // The debounced lint of the undo arrives too; take it out of the way.
        c.try_wait_for(
            &|m: &Value| m["method"] == "textDocument/publishDiagnostics",
            Duration::from_millis(400),
        );
    }
    let stats = |v: &mut Vec<Duration>| {
        v.sort();
        (v[v.len() / 2], v[v.len() * 95 / 100])
    };
    let (cm, cp) = stats(&mut change);
    let (sm, sp) = stats(&mut save);
    println!(
        "didChange -> publishDiagnostics: median {cm:?}, p95 {cp:?} (includes the 150 ms debounce)"
    );
    println!("didSave   -> publishDiagnostics: median {sm:?}, p95 {sp:?} (lint + round trip, no debounce)");

    // A realistic 10 MB plan: the plan's sections repeated.
    let body = text.split("## 1. Aanleiding").nth(1).unwrap();
    let mut big = text.clone();
    while big.len() < 10_000_000 {
        big.push_str("\n## Extra\n");
        big.push_str(body);
    }
    let big_uri = "file:///tmp/vt-lint-lsp-test/groot.md";
    let t = Instant::now();
    c.open(big_uri, &big);
    c.diagnostics(big_uri);
    println!(
        "didOpen of a {} MB plan -> publishDiagnostics: {:?}",
        big.len() / 1_000_000,
        t.elapsed()
    );
    let _ = c.shutdown_and_exit();
}
