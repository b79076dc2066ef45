//! The editor's view: `vt-lint lsp` over stdio, as an editor drives it, timed from the
//! notification that asks for a lint to the diagnostics it publishes.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(60);

pub struct Latency {
    /// An edit and a save (no debounce) → publishDiagnostics for a normal plan: median and p95.
    pub save: (Duration, Duration),
    /// didChange → publishDiagnostics for a normal plan, debounce included: median.
    pub change: Duration,
    /// The same for the big plan: median of five.
    pub big_save: Duration,
}

struct Client {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
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
            len = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; len?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    fn start(bin: &str) -> Client {
        let mut child = Command::new(bin)
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
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
            stdin: child.stdin.take().unwrap(),
            child,
            rx,
            next_id: 1,
        }
    }

    fn send(&mut self, v: Value) {
        let body = serde_json::to_vec(&v).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(&body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.wait(|m| m["id"] == id)
    }

    fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        let until = Instant::now() + WAIT;
        loop {
            let left = until.saturating_duration_since(Instant::now());
            let m = self.rx.recv_timeout(left).expect("vt-lint lsp answered");
            if pred(&m) {
                return m;
            }
        }
    }

    /// The diagnostics of `uri` at `version`.
    fn diagnostics(&mut self, uri: &str, version: i64) -> Value {
        self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        })
    }

    /// An edit at the start of the document: "x" typed at even versions, taken out again at
    /// odd ones.
    fn edit(&mut self, uri: &str, version: i64) {
        let (end, text) = if version % 2 == 0 { (0, "x") } else { (1, "") };
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{
                    "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": end } },
                    "text": text,
                }],
            }),
        );
    }

    /// Edit, then save: the save lints at once (no debounce), so the time from the save to
    /// the diagnostics is the lint and the round trip.
    fn relint(&mut self, uri: &str, version: i64) -> Duration {
        self.edit(uri, version);
        let t = Instant::now();
        self.notify(
            "textDocument/didSave",
            json!({ "textDocument": { "uri": uri } }),
        );
        self.diagnostics(uri, version);
        t.elapsed()
    }
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Time the language server on `plan` (a normal plan) and `big` (a plan of megabytes).
pub fn latency(bin: &str, plan: &str, big: &str) -> Latency {
    let mut c = Client::start(bin);
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "capabilities": {} }),
    );
    c.notify("initialized", json!({}));
    let uri = "file:///vt-lint-bench/plan.md";
    let open = |c: &mut Client, uri: &str, text: &str| {
        c.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "markdown", "version": 1, "text": text } }),
        );
        c.diagnostics(uri, 1);
    };
    open(&mut c, uri, plan);
    let mut save: Vec<Duration> = (2..202).map(|v| c.relint(uri, v)).collect();
    save.sort();
    let save = (save[save.len() / 2], save[save.len() * 95 / 100]);
    // An edit alone: linted once the typing has been quiet for the debounce.
    let mut change: Vec<Duration> = (202..212)
        .map(|version| {
            let t = Instant::now();
            c.edit(uri, version);
            c.diagnostics(uri, version);
            t.elapsed()
        })
        .collect();
    let big_uri = "file:///vt-lint-bench/groot.md";
    open(&mut c, big_uri, big);
    let mut big_save: Vec<Duration> = (2..7).map(|v| c.relint(big_uri, v)).collect();
    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    let _ = c.child.wait();
    Latency {
        save,
        change: median(&mut change),
        big_save: median(&mut big_save),
    }
}
