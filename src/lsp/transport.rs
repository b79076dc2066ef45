//! JSON-RPC over stdio with `Content-Length` framing.
//!
//! lsp-server's own stdio reader stops at the first malformed message; this one reports it
//! and reads on, so bad input never ends the session. Only end of input does.

use lsp_server::{Message, Notification, Request, RequestId};
use serde_json::Value;
use std::io::{self, BufRead, Read, Write};

/// The largest message body accepted (a 10 MB plan is about 10 MB of JSON).
pub const MAX_BODY: usize = 256 * 1024 * 1024;

/// What the reader hands to the server.
#[derive(Debug)]
pub enum Incoming {
    Message(Message),
    /// Not JSON, or a broken header: answered with a ParseError (id null).
    ParseError(String),
    /// JSON, but not a valid request or notification: answered with InvalidRequest.
    Invalid(Option<RequestId>, String),
    /// Input closed.
    Eof,
}

/// Read the next framed message. `Ok(None)` at end of input.
pub fn read_frame(r: &mut impl BufRead) -> io::Result<Option<Result<Vec<u8>, String>>> {
    let mut length: Option<Result<usize, String>> = None;
    let mut line = String::new();
    let mut saw_header = false;
    loop {
        line.clear();
        let mut raw = Vec::new();
        if r.read_until(b'\n', &mut raw)? == 0 {
            return Ok(None);
        }
        line.push_str(&String::from_utf8_lossy(&raw));
        let l = line.trim_end_matches(['\r', '\n']);
        if l.is_empty() {
            if saw_header {
                break;
            }
            continue; // stray blank line between messages
        }
        saw_header = true;
        if let Some((name, value)) = l.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = Some(
                    value
                        .trim()
                        .parse::<usize>()
                        .map_err(|_| format!("bad Content-Length {:?}", value.trim())),
                );
            }
        } else if length.is_none() {
            length = Some(Err(format!("malformed header {l:?}")));
        }
    }
    match length {
        None => Ok(Some(Err("no Content-Length header".to_string()))),
        Some(Err(e)) => Ok(Some(Err(e))),
        Some(Ok(n)) if n > MAX_BODY => {
            io::copy(&mut r.take(n as u64), &mut io::sink())?;
            Ok(Some(Err(format!("message of {n} bytes is too large"))))
        }
        Some(Ok(n)) => {
            let mut body = vec![0; n];
            match r.read_exact(&mut body) {
                Ok(()) => Ok(Some(Ok(body))),
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(None),
                Err(e) => Err(e),
            }
        }
    }
}

/// Turn a body into a message, or say what is wrong with it.
pub fn parse(body: &[u8]) -> Incoming {
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => return Incoming::ParseError(format!("invalid JSON: {e}")),
    };
    let id = value
        .get("id")
        .and_then(|id| serde_json::from_value::<RequestId>(id.clone()).ok());
    let Some(obj) = value.as_object() else {
        return Incoming::Invalid(None, "a message must be a JSON object".to_string());
    };
    match obj.get("method") {
        Some(Value::String(_)) if obj.contains_key("id") => {
            match serde_json::from_value::<Request>(value) {
                Ok(req) => Incoming::Message(Message::Request(req)),
                Err(e) => Incoming::Invalid(id, format!("invalid request: {e}")),
            }
        }
        Some(Value::String(_)) => match serde_json::from_value::<Notification>(value) {
            Ok(n) => Incoming::Message(Message::Notification(n)),
            Err(e) => Incoming::Invalid(None, format!("invalid notification: {e}")),
        },
        Some(_) => Incoming::Invalid(id, "\"method\" must be a string".to_string()),
        None if obj.contains_key("result") || obj.contains_key("error") => {
            match serde_json::from_value(value) {
                Ok(resp) => Incoming::Message(Message::Response(resp)),
                Err(e) => Incoming::Invalid(None, format!("invalid response: {e}")),
            }
        }
        None => Incoming::Invalid(id, "a message needs a \"method\"".to_string()),
    }
}

/// The reader loop: runs on its own thread until input ends.
pub fn read_loop(mut input: impl BufRead, tx: std::sync::mpsc::Sender<Incoming>) {
    loop {
        let incoming = match read_frame(&mut input) {
            Ok(None) | Err(_) => Incoming::Eof,
            Ok(Some(Err(e))) => Incoming::ParseError(e),
            Ok(Some(Ok(body))) => parse(&body),
        };
        let eof = matches!(incoming, Incoming::Eof);
        if tx.send(incoming).is_err() || eof {
            return;
        }
    }
}

/// What the writer thread writes.
pub enum Outgoing {
    Message(Message),
    /// A response whose id is unknown (`"id": null`), e.g. to a parse error.
    ErrorWithoutId(i32, String),
    /// Write nothing more and return.
    Close,
}

/// The writer loop: frames and flushes every message; stops when the client is gone.
pub fn write_loop(mut out: impl Write, rx: std::sync::mpsc::Receiver<Outgoing>) {
    for msg in rx {
        let res = match msg {
            Outgoing::Message(m) => m.write(&mut out),
            Outgoing::ErrorWithoutId(code, message) => {
                let body = serde_json::json!({
                    "jsonrpc": "2.0",
                    "id": null,
                    "error": { "code": code, "message": message },
                })
                .to_string();
                write!(out, "Content-Length: {}\r\n\r\n{body}", body.len())
                    .and_then(|_| out.flush())
            }
            Outgoing::Close => return,
        };
        if res.is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &str) -> Vec<Result<String, String>> {
        let mut r = io::BufReader::new(input.as_bytes());
        let mut out = Vec::new();
        while let Some(f) = read_frame(&mut r).unwrap() {
            out.push(f.map(|b| String::from_utf8(b).unwrap()));
        }
        out
    }

    #[test]
    fn reads_on_after_bad_frames() {
        let got = frames(concat!(
            "Content-Length: 2\r\n\r\n{}",
            "Content-Type: x\r\n\r\n",
            "content-length: 7\nContent-Type: application/vscode-jsonrpc\n\n[1,2,3]",
            "Content-Length: nope\r\n\r\n",
            "Content-Length: 9\r\n\r\n{\"a\"",
        ));
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0], Ok("{}".to_string()));
        assert!(got[1].is_err());
        assert_eq!(got[2], Ok("[1,2,3]".to_string()));
        assert!(got[3].is_err());
    }

    #[test]
    fn classifies_messages() {
        assert!(matches!(parse(b"{"), Incoming::ParseError(_)));
        assert!(matches!(parse(b"[1]"), Incoming::Invalid(None, _)));
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":3,"method":7}"#),
            Incoming::Invalid(Some(_), _)
        ));
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":3,"method":"x/y"}"#),
            Incoming::Message(Message::Request(_))
        ));
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","method":"exit"}"#),
            Incoming::Message(Message::Notification(_))
        ));
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":1,"result":null}"#),
            Incoming::Message(Message::Response(_))
        ));
    }
}
