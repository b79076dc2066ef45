//! `vt-lint lsp`: a language server on stdio.
//!
//! Threads: a reader (framing and JSON, `transport`), a writer, the main loop (protocol state,
//! open documents, requests) and a linter that lints the newest version of each document once
//! edits have been quiet for `DEBOUNCE`. A version that is no longer current is never linted,
//! and its result never published. Linting runs inside `catch_unwind`: a panic becomes a
//! `window/logMessage`, not a dead server.

mod actions;
mod convert;
pub mod text;
mod transport;

pub use crate::workspace::live::{config_for, find_config};
pub use crate::workspace::ConfigError;

use crate::config::Lang;
use crate::workspace::live::Configs;
use crate::Diagnostic;
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeActionKind, CodeActionParams, CodeActionProviderCapability, DidChangeTextDocumentParams,
    DidChangeWatchedFilesParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams, HoverParams, HoverProviderCapability, InitializeResult,
    PositionEncodingKind, PublishDiagnosticsParams, SaveOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Uri,
};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};
use text::{Document, Encoding};
use transport::{Incoming, Outgoing};

/// Quiet time after an edit before the document is linted.
pub const DEBOUNCE: Duration = Duration::from_millis(150);
/// While edits keep coming, lint at least this often.
pub const MAX_WAIT: Duration = Duration::from_millis(1000);

/// Run the server on stdin/stdout; returns the exit status.
pub fn run(lang: Option<Lang>) -> i32 {
    serve(
        BufReader::with_capacity(1 << 16, io::stdin()),
        io::stdout(),
        lang,
    )
}

/// Run the server on any pair of streams; returns the exit status: 0 after `shutdown` + `exit`
/// or when the input closes, 1 for `exit` without `shutdown` (as the LSP spec says).
pub fn serve(
    input: impl BufRead + Send + 'static,
    output: impl Write + Send + 'static,
    lang: Option<Lang>,
) -> i32 {
    let (in_tx, in_rx) = mpsc::channel();
    let (out_tx, out_rx) = mpsc::channel();
    let reader = thread::Builder::new()
        .name("vt-lint-lsp-reader".into())
        .spawn(move || transport::read_loop(input, in_tx));
    let writer = thread::Builder::new()
        .name("vt-lint-lsp-writer".into())
        .spawn(move || transport::write_loop(output, out_rx));
    let (Ok(_reader), Ok(writer)) = (reader, writer) else {
        let _ = writeln!(io::stderr(), "vt-lint: kan geen threads starten");
        return crate::workspace::EXIT_TROUBLE;
    };
    let mut server = Server {
        out: out_tx.clone(),
        cli_lang: lang,
        phase: Phase::Uninitialized,
        running: None,
        watch_dynamic: false,
    };
    let code = server.main_loop(in_rx);
    drop(server);
    // Everything sent before this is written; the reader may still be blocked on input and
    // ends with the process.
    let _ = out_tx.send(Outgoing::Close);
    let _ = writer.join();
    code
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Uninitialized,
    Running,
    ShutDown,
}

struct Server {
    out: Sender<Outgoing>,
    cli_lang: Option<Lang>,
    phase: Phase,
    running: Option<Running>,
    /// The client registers file watchers on request (`workspace/didChangeWatchedFiles`).
    watch_dynamic: bool,
}

struct Running {
    shared: Arc<Shared>,
    jobs: Sender<Job>,
}

/// State the main loop and the linter share.
struct Shared {
    out: Sender<Outgoing>,
    enc: Encoding,
    en: bool,
    /// Open documents by URI text (`Uri` is not a good map key: it has interior mutability).
    docs: Mutex<HashMap<String, Document>>,
    configs: Configs,
    /// Config files with a published problem.
    broken: Mutex<HashMap<PathBuf, ConfigError>>,
}

enum Job {
    Lint {
        uri: Uri,
        version: i32,
        delay: Duration,
    },
    Forget(Uri),
}

/// The files whose change re-lints the open plans.
const CONFIG_GLOB: &str = "**/vt-lint.toml";

type Reply = Result<Value, (ErrorCode, String)>;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Run `f`; a panic becomes an error in `window/logMessage` (where, never the message, which
/// may quote the document) and `None`.
fn guarded<T>(out: &Sender<Outgoing>, what: &str, f: impl FnOnce() -> T) -> Option<T> {
    match crate::guard::catch(f) {
        Ok(v) => Some(v),
        Err(at) => {
            log(out, 1, format!("vt-lint: interne fout bij {what} ({at})"));
            None
        }
    }
}

fn send_notification(out: &Sender<Outgoing>, method: &str, params: impl serde::Serialize) {
    let n = Notification::new(method.to_string(), params);
    let _ = out.send(Outgoing::Message(Message::Notification(n)));
}

/// `window/logMessage`; `typ` 1 = error, 2 = warning, 3 = info.
fn log(out: &Sender<Outgoing>, typ: u8, message: String) {
    send_notification(
        out,
        "window/logMessage",
        serde_json::json!({ "type": typ, "message": message }),
    );
}

fn params<P: serde::de::DeserializeOwned>(v: Value) -> Result<P, (ErrorCode, String)> {
    serde_json::from_value(v).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
}

impl Server {
    fn main_loop(&mut self, rx: Receiver<Incoming>) -> i32 {
        loop {
            let Ok(incoming) = rx.recv() else { return 0 };
            match incoming {
                Incoming::Eof => return 0,
                Incoming::ParseError(e) => {
                    // Once per bad frame, and never what was in it: plans are personal data.
                    let en = self
                        .running
                        .as_ref()
                        .map_or(self.cli_lang == Some(Lang::En), |r| r.shared.en);
                    let line = if en {
                        format!(
                            "vt-lint lsp: skipped a bad message: {}; reading on from the next Content-Length header",
                            e.describe(true)
                        )
                    } else {
                        format!(
                            "vt-lint lsp: onleesbaar bericht overgeslagen: {}; verder bij de volgende Content-Length-header",
                            e.describe(false)
                        )
                    };
                    let _ = writeln!(io::stderr(), "{line}");
                    let _ = self.out.send(Outgoing::ErrorWithoutId(
                        ErrorCode::ParseError as i32,
                        e.describe(true),
                    ));
                }
                Incoming::Invalid(Some(id), e) => {
                    self.respond(Response::new_err(id, ErrorCode::InvalidRequest as i32, e))
                }
                Incoming::Invalid(None, e) => {
                    let _ = self.out.send(Outgoing::ErrorWithoutId(
                        ErrorCode::InvalidRequest as i32,
                        e,
                    ));
                }
                Incoming::Message(Message::Request(req)) => self.on_request(req),
                Incoming::Message(Message::Response(_)) => {}
                Incoming::Message(Message::Notification(n)) => {
                    if n.method == "exit" {
                        return if self.phase == Phase::ShutDown { 0 } else { 1 };
                    }
                    self.on_notification(n);
                }
            }
        }
    }

    fn respond(&self, r: Response) {
        let _ = self.out.send(Outgoing::Message(Message::Response(r)));
    }

    fn on_request(&mut self, req: Request) {
        let id: RequestId = req.id.clone();
        let method = req.method.clone();
        let reply = crate::guard::catch(|| self.dispatch(req));
        let response = match reply {
            Ok(Ok(value)) => Response::new_ok(id, value),
            Ok(Err((code, message))) => Response::new_err(id, code as i32, message),
            Err(at) => {
                let msg = format!("vt-lint: interne fout bij {method} ({at})");
                log(&self.out, 1, msg.clone());
                Response::new_err(id, ErrorCode::InternalError as i32, msg)
            }
        };
        self.respond(response);
    }

    fn dispatch(&mut self, req: Request) -> Reply {
        match (self.phase, req.method.as_str()) {
            (Phase::Uninitialized, "initialize") => self.initialize(req.params),
            (Phase::Uninitialized, _) => Err((
                ErrorCode::ServerNotInitialized,
                "the server has not been initialized".into(),
            )),
            (Phase::ShutDown, _) => Err((
                ErrorCode::InvalidRequest,
                "the server is shutting down".into(),
            )),
            (Phase::Running, "initialize") => Err((
                ErrorCode::InvalidRequest,
                "initialize was already received".into(),
            )),
            (Phase::Running, "shutdown") => {
                self.phase = Phase::ShutDown;
                Ok(Value::Null)
            }
            (Phase::Running, "textDocument/codeAction") => self.code_action(params(req.params)?),
            (Phase::Running, "textDocument/hover") => self.hover(params(req.params)?),
            (Phase::Running, m) => Err((ErrorCode::MethodNotFound, format!("unknown method {m}"))),
        }
    }

    fn on_notification(&mut self, n: Notification) {
        if self.phase != Phase::Running {
            return; // before initialize and after shutdown, only `exit` counts
        }
        let method = n.method.clone();
        let res = crate::guard::catch(|| self.notify(n));
        match res {
            Ok(Ok(())) => {}
            Ok(Err((_, e))) => log(&self.out, 2, format!("vt-lint: {method}: {e}")),
            Err(at) => log(
                &self.out,
                1,
                format!("vt-lint: interne fout bij {method} ({at})"),
            ),
        }
    }

    fn notify(&mut self, n: Notification) -> Result<(), (ErrorCode, String)> {
        let Some(r) = &self.running else {
            return Ok(());
        };
        match n.method.as_str() {
            "textDocument/didOpen" => {
                let p: DidOpenTextDocumentParams = params(n.params)?;
                let doc = p.text_document;
                if !is_markdown(&doc.language_id, &doc.uri) {
                    return Ok(());
                }
                lock(&r.shared.docs)
                    .insert(doc.uri.to_string(), Document::new(doc.text, doc.version));
                r.lint(doc.uri, doc.version, Duration::ZERO);
            }
            "textDocument/didChange" => {
                let p: DidChangeTextDocumentParams = params(n.params)?;
                let uri = p.text_document.uri;
                let version = p.text_document.version;
                {
                    let mut docs = lock(&r.shared.docs);
                    let Some(doc) = docs.get_mut(uri.as_str()) else {
                        return Ok(());
                    };
                    for change in p.content_changes {
                        doc.apply(change, r.shared.enc);
                    }
                    doc.version = version;
                }
                r.lint(uri, version, DEBOUNCE);
            }
            "textDocument/didSave" => {
                let p: DidSaveTextDocumentParams = params(n.params)?;
                let uri = p.text_document.uri;
                let version = {
                    let mut docs = lock(&r.shared.docs);
                    let Some(doc) = docs.get_mut(uri.as_str()) else {
                        return Ok(());
                    };
                    if let Some(text) = p.text {
                        let version = doc.version;
                        *doc = Document::new(text, version);
                    }
                    doc.version
                };
                r.lint(uri, version, Duration::ZERO);
            }
            "textDocument/didClose" => {
                let p: DidCloseTextDocumentParams = params(n.params)?;
                let uri = p.text_document.uri;
                if lock(&r.shared.docs).remove(uri.as_str()).is_some() {
                    let _ = r.jobs.send(Job::Forget(uri.clone()));
                    r.shared.publish(uri, Vec::new(), None);
                }
            }
            "initialized" if self.watch_dynamic => {
                // Watch every vt-lint.toml, so a changed config re-lints the open plans.
                let params = json!({ "registrations": [{
                    "id": "vt-lint-config-watch",
                    "method": "workspace/didChangeWatchedFiles",
                    "registerOptions": { "watchers": [{ "globPattern": CONFIG_GLOB }] }
                }]});
                let req = Request::new(
                    RequestId::from("vt-lint/register-config-watch".to_string()),
                    "client/registerCapability".to_string(),
                    params,
                );
                let _ = self.out.send(Outgoing::Message(Message::Request(req)));
            }
            "workspace/didChangeWatchedFiles" => {
                let p: DidChangeWatchedFilesParams = params(n.params)?;
                let mut any = false;
                for change in &p.changes {
                    let Some(path) = uri_to_path(&change.uri) else {
                        continue;
                    };
                    if path.file_name().and_then(|f| f.to_str())
                        == Some(crate::workspace::FILE_NAME)
                    {
                        r.shared.configs.forget(&path);
                        any = true;
                    }
                }
                if any {
                    // Every open plan may sit under the changed file: lint them all again.
                    let open: Vec<(Uri, i32)> = lock(&r.shared.docs)
                        .iter()
                        .filter_map(|(k, d)| Some((k.parse::<Uri>().ok()?, d.version)))
                        .collect();
                    for (uri, version) in open {
                        r.lint(uri, version, Duration::ZERO);
                    }
                }
            }
            _ => {} // $/cancelRequest, $/setTrace, unknown: nothing to do
        }
        Ok(())
    }

    fn initialize(&mut self, params: Value) -> Reply {
        if !params.is_object() {
            return Err((ErrorCode::InvalidParams, "initialize needs params".into()));
        }
        let offered: Vec<&str> = params
            .pointer("/capabilities/general/positionEncodings")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let enc = if offered.contains(&"utf-8") {
            Encoding::Utf8
        } else if offered.is_empty() || offered.contains(&"utf-16") {
            Encoding::Utf16
        } else if offered.contains(&"utf-32") {
            Encoding::Utf32
        } else {
            Encoding::Utf16
        };
        self.watch_dynamic = params
            .pointer("/capabilities/workspace/didChangeWatchedFiles/dynamicRegistration")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let lang = match params
            .pointer("/initializationOptions/lang")
            .and_then(Value::as_str)
        {
            Some("en") => Some(Lang::En),
            Some("nl") => Some(Lang::Nl),
            _ => self.cli_lang,
        };
        let shared = Arc::new(Shared {
            out: self.out.clone(),
            enc,
            en: lang == Some(Lang::En),
            docs: Mutex::new(HashMap::new()),
            configs: Configs::new(lang),
            broken: Mutex::new(HashMap::new()),
        });
        let (jobs, rx) = mpsc::channel();
        let linter = shared.clone();
        thread::Builder::new()
            .name("vt-lint-lsp-linter".into())
            .spawn(move || lint_loop(linter, rx))
            .map_err(|e| (ErrorCode::InternalError, e.to_string()))?;
        self.running = Some(Running { shared, jobs });
        self.phase = Phase::Running;
        let result = InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(match enc {
                    Encoding::Utf8 => PositionEncodingKind::UTF8,
                    Encoding::Utf16 => PositionEncodingKind::UTF16,
                    Encoding::Utf32 => PositionEncodingKind::UTF32,
                }),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                            include_text: Some(false),
                        })),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    lsp_types::CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..lsp_types::CodeActionOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "vt-lint".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        };
        serde_json::to_value(result).map_err(|e| (ErrorCode::InternalError, e.to_string()))
    }

    fn running(&self) -> Result<&Running, (ErrorCode, String)> {
        self.running
            .as_ref()
            .ok_or((ErrorCode::ServerNotInitialized, "not initialized".into()))
    }

    fn code_action(&self, p: CodeActionParams) -> Reply {
        let r = self.running()?;
        if let Some(only) = &p.context.only {
            let quickfix = "quickfix";
            if !only.iter().any(|k| {
                quickfix == k.as_str() || quickfix.starts_with(&format!("{}.", k.as_str()))
            }) {
                return Ok(Value::Array(Vec::new()));
            }
        }
        let uri = p.text_document.uri;
        let actions = r.shared.with_findings(&uri, |cx| {
            let a = cx.lines.offset(cx.text, p.range.start, cx.enc);
            let b = cx.lines.offset(cx.text, p.range.end, cx.enc);
            actions::code_actions(cx, a.min(b)..a.max(b))
        });
        serde_json::to_value(actions.unwrap_or_default())
            .map_err(|e| (ErrorCode::InternalError, e.to_string()))
    }

    fn hover(&self, p: HoverParams) -> Reply {
        let r = self.running()?;
        let pos = p.text_document_position_params;
        let hover = r.shared.with_findings(&pos.text_document.uri, |cx| {
            let offset = cx.lines.offset(cx.text, pos.position, cx.enc);
            actions::hover(cx, offset)
        });
        serde_json::to_value(hover.flatten()).map_err(|e| (ErrorCode::InternalError, e.to_string()))
    }
}

impl Running {
    fn lint(&self, uri: Uri, version: i32, delay: Duration) {
        let _ = self.jobs.send(Job::Lint {
            uri,
            version,
            delay,
        });
    }
}

impl Shared {
    fn publish(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        send_notification(
            &self.out,
            "textDocument/publishDiagnostics",
            PublishDiagnosticsParams {
                uri,
                diagnostics,
                version,
            },
        );
    }

    /// Lint under `catch_unwind`; a panic is logged and yields `None`.
    /// Also says whether the messages are in English (the config decides, as for the CLI).
    fn check(&self, uri: &Uri, text: &str) -> Option<(Vec<Diagnostic>, bool)> {
        let path = uri_to_path(uri);
        let doc = self.configs.get(path.as_deref());
        self.report_config(doc.state);
        let config = doc.config;
        if doc.excluded {
            return Some((Vec::new(), config.en()));
        }
        guarded(&self.out, uri.as_str(), || {
            (crate::check(text, &config).diagnostics, config.en())
        })
    }

    /// Lint `version` of a document if it is still current, and publish the result if it
    /// still is afterwards.
    fn lint_and_publish(&self, uri: &Uri, version: i32) {
        let text = match lock(&self.docs).get(uri.as_str()) {
            Some(d) if d.version == version => d.text.clone(),
            _ => return,
        };
        let Some((findings, en)) = self.check(uri, &text) else {
            return;
        };
        let mut docs = lock(&self.docs);
        let Some(doc) = docs.get_mut(uri.as_str()) else {
            return;
        };
        if doc.version != version {
            return;
        }
        let diags = findings
            .iter()
            .map(|d| convert::diagnostic(d, uri, &doc.text, &doc.lines, self.enc, en))
            .collect();
        doc.findings = Some(Arc::new(findings));
        // Sent while the documents are locked, so no newer version's result can go first.
        self.publish(uri.clone(), diags, Some(version));
    }

    /// Publish a config file's problem on that file, or clear it once the file is fixed.
    fn report_config(&self, state: Option<(PathBuf, Option<ConfigError>)>) {
        let mut broken = lock(&self.broken);
        // A broken config that was deleted: clear its diagnostic.
        broken.retain(|file, _| {
            let exists = file.is_file();
            if let (false, Some(uri)) = (exists, path_to_uri(file)) {
                self.publish(uri, Vec::new(), None);
            }
            exists
        });
        let Some((file, problem)) = state else { return };
        if broken.get(&file) == problem.as_ref() {
            return;
        }
        let Some(uri) = path_to_uri(&file) else {
            return;
        };
        match problem {
            Some(e) => {
                // Never a plain read: the file may be a FIFO or huge.
                let text = crate::workspace::read_text(&file).ok();
                let d = convert::config_problem(&e, text.as_deref(), self.enc, self.en);
                log(
                    &self.out,
                    2,
                    format!("vt-lint: {}: {}", file.display(), e.nl.trim_end()),
                );
                self.publish(uri, vec![d], None);
                broken.insert(file, e);
            }
            None => {
                broken.remove(&file);
                self.publish(uri, Vec::new(), None);
            }
        }
    }

    /// Run `f` on a document with its findings for the current version, linting first if
    /// needed. Only the main loop changes documents, so the version cannot move meanwhile.
    fn with_findings<T>(&self, uri: &Uri, f: impl FnOnce(&actions::Ctx) -> T) -> Option<T> {
        let (text, cached) = {
            let docs = lock(&self.docs);
            let doc = docs.get(uri.as_str())?;
            (doc.text.clone(), doc.findings.clone())
        };
        let findings = match cached {
            Some(f) => f,
            None => {
                let f = Arc::new(self.check(uri, &text)?.0);
                if let Some(doc) = lock(&self.docs).get_mut(uri.as_str()) {
                    doc.findings = Some(f.clone());
                }
                f
            }
        };
        let docs = lock(&self.docs);
        let doc = docs.get(uri.as_str())?;
        let cx = actions::Ctx {
            uri,
            text: &doc.text,
            lines: &doc.lines,
            enc: self.enc,
            en: self.en,
            findings: &findings,
        };
        Some(f(&cx))
    }
}

struct Pending {
    uri: Uri,
    version: i32,
    due: Instant,
    first: Instant,
}

/// The linter thread: waits until a document's edits have been quiet for its delay, then
/// lints its newest version. Ends when the main loop drops its sender.
fn lint_loop(shared: Arc<Shared>, rx: Receiver<Job>) {
    let mut pending: HashMap<String, Pending> = HashMap::new();
    loop {
        let next = pending.values().map(|p| p.due).min();
        let job = match next {
            None => match rx.recv() {
                Ok(j) => Some(j),
                Err(_) => return,
            },
            Some(due) => match rx.recv_timeout(due.saturating_duration_since(Instant::now())) {
                Ok(j) => Some(j),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return,
            },
        };
        let now = Instant::now();
        match job {
            Some(Job::Lint {
                uri,
                version,
                delay,
            }) => {
                let first = pending.get(uri.as_str()).map_or(now, |p| p.first);
                let due = (now + delay).min(first + MAX_WAIT);
                pending.insert(
                    uri.to_string(),
                    Pending {
                        uri,
                        version,
                        due,
                        first,
                    },
                );
            }
            Some(Job::Forget(uri)) => {
                pending.remove(uri.as_str());
            }
            None => {}
        }
        let due: Vec<(Uri, i32)> = pending
            .iter()
            .filter(|(_, p)| p.due <= now)
            .map(|(_, p)| (p.uri.clone(), p.version))
            .collect();
        for (uri, version) in due {
            pending.remove(uri.as_str());
            shared.lint_and_publish(&uri, version);
        }
    }
}

/// Markdown by language id, or by extension when the client sends no useful id.
fn is_markdown(language_id: &str, uri: &Uri) -> bool {
    if language_id.eq_ignore_ascii_case("markdown") {
        return true;
    }
    let path = uri.as_str().split(['?', '#']).next().unwrap_or("");
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// The file path of a `file:` URI.
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    if !rest.starts_with('/') {
        return None;
    }
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    let s = String::from_utf8(out).ok()?;
    // file:///C:/dir on Windows
    #[cfg(windows)]
    let s = s.strip_prefix('/').map(str::to_string).unwrap_or(s);
    Some(PathBuf::from(s))
}

/// A `file:` URI for a path.
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    let s = path.to_str()?.replace('\\', "/");
    let mut out = String::from("file://");
    if !s.starts_with('/') {
        out.push('/');
    }
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_linting_becomes_a_log_message() {
        let (tx, rx) = mpsc::channel();
        let r: Option<()> = guarded(&tx, "file:///x.md", || panic!("kapot"));
        assert!(r.is_none());
        match rx.try_recv() {
            Ok(Outgoing::Message(Message::Notification(n))) => {
                assert_eq!(n.method, "window/logMessage");
                assert_eq!(n.params["type"], 1);
                let m = n.params["message"].as_str().unwrap();
                assert!(
                    m.contains("interne fout") && m.contains("src/lsp/mod.rs"),
                    "{m}"
                );
                assert!(!m.contains("kapot"), "the message may quote the plan: {m}");
            }
            _ => panic!("expected a log message"),
        }
        assert_eq!(guarded(&tx, "x", || 7), Some(7));
    }

    #[test]
    fn file_uris_round_trip() {
        let p = Path::new("/tmp/plannen/één plan#1.md");
        let uri = path_to_uri(p).unwrap();
        assert_eq!(
            uri.as_str(),
            "file:///tmp/plannen/%C3%A9%C3%A9n%20plan%231.md"
        );
        assert_eq!(uri_to_path(&uri).unwrap(), p);
        let u: Uri = "untitled:Untitled-1".parse().unwrap();
        assert!(uri_to_path(&u).is_none());
        assert!(is_markdown("", &"file:///a/B.MD".parse().unwrap()));
        assert!(!is_markdown(
            "toml",
            &"file:///a/vt-lint.toml".parse().unwrap()
        ));
    }
}
