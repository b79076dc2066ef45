//! JSON-RPC over stdio with `Content-Length` framing.
//!
//! lsp-server's own stdio reader stops at the first malformed message; this one reports it
//! and reads on, so bad input never ends the session. Only end of input does.
//!
//! After a bad frame (a header block without `Content-Length`, a length that is no number, a
//! line that is no header, a body that is not JSON) the reader resynchronises: it skips bytes
//! up to the next header line `Content-Length: <digits>` and reads on from there.
//!
//! Such a line can never occur inside valid JSON: `Content-Length:` could only stand in a
//! string, and a string cannot hold a raw line break, while the header line ends in one. That
//! makes two things sound:
//!
//! - a body that is not JSON is searched from its first byte, so a `Content-Length` that was
//!   too short (the rest of the body is left over) or too long (the next message's header is
//!   inside the body, possibly cut off at its end) finds the next message;
//! - while a body is still arriving, a header line inside it means the length was too long: the
//!   reader stops waiting at once. Without that, a client that waits for the answer to its next
//!   request would wait forever for bytes that never come.

use lsp_server::{Message, Notification, Request, RequestId};
use serde_json::Value;
use std::io::{self, Read, Write};

/// The largest message body accepted (a 10 MB plan is about 10 MB of JSON).
pub const MAX_BODY: usize = 256 * 1024 * 1024;

/// A header line longer than this is not a header.
const MAX_HEADER_LINE: usize = 8 * 1024;

/// How much is read from the input at a time.
const CHUNK: usize = 64 * 1024;

/// What the reader hands to the server.
#[derive(Debug)]
pub enum Incoming {
    Message(Message),
    /// A bad frame, skipped: answered with a ParseError (id null) and logged on stderr.
    ParseError(FrameError),
    /// JSON, but not a valid request or notification: answered with InvalidRequest.
    Invalid(Option<RequestId>, String),
    /// Input closed.
    Eof,
}

/// What was wrong with a frame. Never quotes the input: messages carry plans, which are
/// personal data, and these descriptions go to stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameError {
    /// A header block without `Content-Length`.
    NoLength,
    /// A `Content-Length` that is not a number.
    BadLength,
    /// A line where a header should be (often the rest of a body that was longer than its
    /// `Content-Length` said).
    BadHeader,
    /// A body larger than `MAX_BODY`.
    TooLarge(usize),
    /// The next message's header inside a body: its `Content-Length` was too long.
    HeaderInBody,
    /// A body that is not JSON (what a too short `Content-Length` gives too).
    NotJson(String),
}

impl FrameError {
    pub fn describe(&self, en: bool) -> String {
        match (self, en) {
            (FrameError::NoLength, false) => "geen Content-Length-header".into(),
            (FrameError::NoLength, true) => "no Content-Length header".into(),
            (FrameError::BadLength, false) => "Content-Length is geen getal".into(),
            (FrameError::BadLength, true) => "Content-Length is not a number".into(),
            (FrameError::BadHeader, false) => "een regel die geen header is".into(),
            (FrameError::BadHeader, true) => "a line that is not a header".into(),
            (FrameError::TooLarge(n), false) => format!("bericht van {n} bytes is te groot"),
            (FrameError::TooLarge(n), true) => format!("message of {n} bytes is too large"),
            (FrameError::HeaderInBody, false) => {
                "Content-Length te groot: het volgende bericht begon binnen dit bericht".into()
            }
            (FrameError::HeaderInBody, true) => {
                "Content-Length too large: the next message started inside this one".into()
            }
            (FrameError::NotJson(e), false) => {
                format!("geen JSON ({e}); klopt Content-Length wel?")
            }
            (FrameError::NotJson(e), true) => {
                format!("invalid JSON ({e}); is Content-Length right?")
            }
        }
    }
}

/// One frame read: a JSON value, or what was wrong (the bad stretch is skipped).
#[derive(Debug)]
pub enum Frame {
    Json(Value),
    Bad(FrameError),
}

/// Where a `Content-Length: <digits>` header line starts in a piece of input.
#[derive(Debug, PartialEq, Eq)]
enum Found {
    /// A whole header line starts here.
    At(usize),
    /// What starts here could still become one: the input ends first.
    Maybe(usize),
    None,
}

#[derive(Debug, PartialEq, Eq)]
enum Match {
    Yes,
    No,
    NeedMore,
}

/// Does `data` start with a header line `Content-Length: <digits>` (any case, spaces or tabs
/// around the number, `\r\n` or `\n` at the end)?
fn header_line_at(data: &[u8]) -> Match {
    const NAME: &[u8] = b"content-length:";
    let k = NAME.len().min(data.len());
    if !data[..k].eq_ignore_ascii_case(&NAME[..k]) {
        return Match::No;
    }
    if data.len() < NAME.len() {
        return Match::NeedMore;
    }
    // 0: blanks before the number, 1: digits, 2: blanks after it, 3: after `\r`.
    let mut state = 0;
    for (i, &b) in data[NAME.len()..].iter().enumerate() {
        if i > 64 {
            return Match::No;
        }
        state = match (state, b) {
            (0, b' ' | b'\t') => 0,
            (0 | 1, b'0'..=b'9') => 1,
            (1 | 2, b' ' | b'\t') => 2,
            (1 | 2, b'\r') => 3,
            (1..=3, b'\n') => return Match::Yes,
            _ => return Match::No,
        };
    }
    Match::NeedMore
}

/// The first place in `data` where a `Content-Length` header line starts.
fn find_header_line(data: &[u8]) -> Found {
    let mut i = 0;
    while let Some(k) = data[i..].iter().position(|&b| b | 0x20 == b'c') {
        i += k;
        match header_line_at(&data[i..]) {
            Match::Yes => return Found::At(i),
            Match::NeedMore => return Found::Maybe(i),
            Match::No => i += 1,
        }
    }
    Found::None
}

/// A header field name: an HTTP token.
fn is_token(name: &[u8]) -> bool {
    !name.is_empty()
        && name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Reads frames from a byte stream, resynchronising after bad ones (see the module comment).
pub struct Reader<R> {
    inner: R,
    buf: Vec<u8>,
    /// Where the unread input starts in `buf`.
    pos: usize,
    eof: bool,
    /// The last frame was bad: skip to the next `Content-Length` header line first.
    resync: bool,
}

impl<R: Read> Reader<R> {
    pub fn new(inner: R) -> Self {
        Reader {
            inner,
            buf: Vec::new(),
            pos: 0,
            eof: false,
            resync: false,
        }
    }

    fn unread(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    /// Read more input; `false` at end of input. Offsets relative to `pos` stay valid.
    fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.pos > 0 && self.pos * 2 >= self.buf.len() {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        let old = self.buf.len();
        self.buf.resize(old + CHUNK, 0);
        loop {
            match self.inner.read(&mut self.buf[old..]) {
                Ok(n) => {
                    self.buf.truncate(old + n);
                    self.eof = n == 0;
                    return Ok(n > 0);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(old);
                    return Err(e);
                }
            }
        }
    }

    /// The next frame; `Ok(None)` at end of input.
    pub fn next_frame(&mut self) -> io::Result<Option<Frame>> {
        if std::mem::take(&mut self.resync) && !self.skip_to_header()? {
            return Ok(None);
        }
        let length = match self.headers()? {
            None => return Ok(None),
            Some(Ok(n)) => n,
            Some(Err(e)) => return Ok(Some(self.bad(e))),
        };
        if length > MAX_BODY {
            return Ok(Some(self.bad(FrameError::TooLarge(length))));
        }
        match self.body(length)? {
            None => Ok(None),
            Some(Ok(v)) => Ok(Some(Frame::Json(v))),
            Some(Err(e)) => Ok(Some(self.bad(e))),
        }
    }

    fn bad(&mut self, e: FrameError) -> Frame {
        self.resync = true;
        Frame::Bad(e)
    }

    /// Skip to the start of the next `Content-Length` header line; `false` at end of input.
    fn skip_to_header(&mut self) -> io::Result<bool> {
        loop {
            match find_header_line(self.unread()) {
                Found::At(i) => {
                    self.pos += i;
                    return Ok(true);
                }
                Found::Maybe(i) => self.pos += i,
                Found::None => self.pos = self.buf.len(),
            }
            if !self.fill()? {
                return Ok(false);
            }
        }
    }

    /// Read a header block up to its blank line: the `Content-Length`, or what is wrong.
    /// `None` at end of input. A line that is no header is left unread, so resynchronising
    /// starts at it (it may end in the next message's header).
    fn headers(&mut self) -> io::Result<Option<Result<usize, FrameError>>> {
        let mut length = None;
        let mut seen = false;
        loop {
            let end = loop {
                if let Some(k) = self.unread().iter().position(|&b| b == b'\n') {
                    break k;
                }
                if self.unread().len() > MAX_HEADER_LINE {
                    return Ok(Some(Err(FrameError::BadHeader)));
                }
                if !self.fill()? {
                    return Ok(None);
                }
            };
            let raw = &self.unread()[..end];
            let line = raw.strip_suffix(b"\r").unwrap_or(raw);
            if line.is_empty() {
                self.pos += end + 1;
                if seen {
                    break;
                }
                continue; // a stray blank line between messages
            }
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                return Ok(Some(Err(FrameError::BadHeader)));
            };
            let name = &line[..colon];
            let value = line[colon + 1..].trim_ascii();
            if name.eq_ignore_ascii_case(b"content-length") {
                length = Some(
                    std::str::from_utf8(value)
                        .ok()
                        .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
                        .and_then(|v| v.parse::<usize>().ok())
                        .ok_or(FrameError::BadLength),
                );
            } else if !is_token(name) || name.to_ascii_lowercase().ends_with(b"content-length") {
                // Not a header, or the rest of a body glued to the next header.
                return Ok(Some(Err(FrameError::BadHeader)));
            }
            self.pos += end + 1;
            seen = true;
        }
        Ok(Some(length.unwrap_or(Err(FrameError::NoLength))))
    }

    /// Read a body of `n` bytes as JSON; `None` when the input ends inside it. A body that
    /// is not JSON is left unread, so resynchronising searches it from its start.
    fn body(&mut self, n: usize) -> io::Result<Option<Result<Value, FrameError>>> {
        // Body bytes known to hold no start of a header line.
        let mut clean = 0;
        loop {
            let have = self.unread().len().min(n);
            match find_header_line(&self.unread()[clean..have]) {
                Found::At(_) => return Ok(Some(Err(FrameError::HeaderInBody))),
                Found::Maybe(i) => clean += i,
                Found::None => clean = have,
            }
            if have == n {
                break;
            }
            if !self.fill()? {
                return Ok(None);
            }
        }
        match serde_json::from_slice::<Value>(&self.unread()[..n]) {
            Ok(v) => {
                self.pos += n;
                Ok(Some(Ok(v)))
            }
            Err(e) => Ok(Some(Err(FrameError::NotJson(e.to_string())))),
        }
    }
}

/// Turn a JSON value into a message, or say what is wrong with it.
pub fn classify(value: Value) -> Incoming {
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
pub fn read_loop(input: impl Read, tx: std::sync::mpsc::Sender<Incoming>) {
    let mut reader = Reader::new(input);
    loop {
        let incoming = match reader.next_frame() {
            Ok(None) | Err(_) => Incoming::Eof,
            Ok(Some(Frame::Bad(e))) => Incoming::ParseError(e),
            Ok(Some(Frame::Json(v))) => classify(v),
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

    /// Every frame in `input`: the JSON text, or the error.
    fn frames(input: &[u8]) -> Vec<Result<String, FrameError>> {
        let mut r = Reader::new(input);
        let mut out = Vec::new();
        while let Some(f) = r.next_frame().unwrap() {
            out.push(match f {
                Frame::Json(v) => Ok(v.to_string()),
                Frame::Bad(e) => Err(e),
            });
        }
        out
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    /// Keys in serde_json's order, so a frame read back prints the same.
    const GOOD: &str = r#"{"id":7,"jsonrpc":"2.0","method":"shutdown"}"#;
    const OTHER: &str = r#"{"jsonrpc":"2.0","method":"x","params":{"tekst":"Jansen"}}"#;

    #[test]
    fn reads_on_after_bad_frames() {
        let got = frames(
            concat!(
                "Content-Length: 2\r\n\r\n{}",
                "Content-Type: x\r\n\r\n",
                "content-length: 7\nContent-Type: application/vscode-jsonrpc\n\n[1,2,3]",
                "Content-Length: nope\r\n\r\n",
                "Content-Length: 9\r\n\r\n{\"a\"",
            )
            .as_bytes(),
        );
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0], Ok("{}".to_string()));
        assert_eq!(got[1], Err(FrameError::NoLength));
        assert_eq!(got[2], Ok("[1,2,3]".to_string()));
        assert_eq!(got[3], Err(FrameError::BadLength));
    }

    /// Each kind of bad frame, then a good one: the good one is read, whole.
    #[test]
    fn resynchronises_on_the_next_content_length_header() {
        let n = OTHER.len();
        let cases: Vec<(String, FrameError)> = vec![
            // Too short: the rest of the body is left over before the next header.
            (
                format!("Content-Length: {}\r\n\r\n{OTHER}", n - 9),
                FrameError::NotJson(String::new()),
            ),
            // Too long: the next message's header is inside the body...
            (
                format!("Content-Length: {}\r\n\r\n{OTHER}", n + 200),
                FrameError::HeaderInBody,
            ),
            // ...or cut off at its end, in the name or in the number.
            (
                format!("Content-Length: {}\r\n\r\n{OTHER}", n + 5),
                FrameError::NotJson(String::new()),
            ),
            (
                format!("Content-Length: {}\r\n\r\n{OTHER}", n + 17),
                FrameError::NotJson(String::new()),
            ),
            // Not a number; no Content-Length at all; a header name with junk glued on.
            (
                format!("Content-Length: twaalf\r\n\r\n{OTHER}"),
                FrameError::BadLength,
            ),
            (
                format!("Content-Length: -3\r\n\r\n{OTHER}"),
                FrameError::BadLength,
            ),
            (
                format!("Content-Length: 99999999999999999999999\r\n\r\n{OTHER}"),
                FrameError::BadLength,
            ),
            (
                format!("Content-Type: text/plain\r\n\r\n{OTHER}"),
                FrameError::NoLength,
            ),
            (format!("{{\"rest\": 1}}\r\n{OTHER}"), FrameError::BadHeader),
            (
                format!("x}}Content-Length: {n}\r\n\r\n{OTHER}"),
                FrameError::BadHeader,
            ),
            (
                format!("Content-Length: {}\r\n\r\n{OTHER}", MAX_BODY + 1),
                FrameError::TooLarge(MAX_BODY + 1),
            ),
        ];
        for (bad, want) in cases {
            let input = format!("{bad}{}{}", framed(GOOD), framed(GOOD));
            let got = frames(input.as_bytes());
            let ok: Vec<_> = got.iter().filter(|f| f.is_ok()).collect();
            assert!(
                ok.len() >= 2 && ok[ok.len() - 2..].iter().all(|f| f.as_deref() == Ok(GOOD)),
                "{bad:?}: {got:?}"
            );
            assert_eq!(
                got.iter().filter(|f| f.is_err()).count(),
                1,
                "{bad:?}: {got:?}"
            );
            let err = got.iter().find_map(|f| f.clone().err()).unwrap();
            match (&err, &want) {
                (FrameError::NotJson(_), FrameError::NotJson(_)) => {}
                _ => assert_eq!(err, want, "{bad:?}"),
            }
        }
    }

    /// A too long Content-Length must not make the reader wait for bytes the client will
    /// never send: the header inside the body is enough.
    #[test]
    fn a_too_long_length_does_not_wait_for_more_input() {
        struct NoMore<'a>(&'a [u8]);
        impl Read for NoMore<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0.is_empty() {
                    panic!("the reader waited for more input");
                }
                let n = buf.len().min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let input = format!(
            "Content-Length: {}\r\n\r\n{OTHER}{}",
            OTHER.len() + 1000,
            framed(GOOD)
        );
        let mut r = Reader::new(NoMore(input.as_bytes()));
        assert!(matches!(
            r.next_frame().unwrap(),
            Some(Frame::Bad(FrameError::HeaderInBody))
        ));
        match r.next_frame().unwrap() {
            Some(Frame::Json(v)) => assert_eq!(v.to_string(), GOOD),
            f => panic!("{f:?}"),
        }
    }

    /// Header text inside a JSON string (escaped line breaks) is content, not a header.
    #[test]
    fn header_text_inside_a_message_is_content() {
        let body = r#"{"jsonrpc":"2.0","method":"x","params":{"text":"Content-Length: 12\r\n\r\n{}\nContent-Length: 3\n"}}"#;
        let input = format!("{}{}", framed(body), framed(GOOD));
        let got = frames(input.as_bytes());
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(Result::is_ok), "{got:?}");
        // Pretty-printed JSON with raw line breaks between tokens.
        let pretty = "{\r\n  \"jsonrpc\": \"2.0\",\r\n  \"method\": \"content-length:\"\r\n}";
        let got = frames(framed(pretty).as_bytes());
        assert_eq!(got.len(), 1);
        assert!(got[0].is_ok(), "{got:?}");
    }

    #[test]
    fn errors_never_quote_the_input() {
        for e in [
            FrameError::NoLength,
            FrameError::BadLength,
            FrameError::BadHeader,
            FrameError::TooLarge(5),
            FrameError::HeaderInBody,
        ] {
            for en in [false, true] {
                assert!(!e.describe(en).contains('"'), "{e:?}");
            }
        }
        let got = frames(b"Content-Length: 9\r\n\r\n\"Jansen\"x");
        let e = got[0].clone().err().unwrap();
        assert!(!e.describe(true).contains("Jansen"), "{e:?}");
    }

    #[test]
    fn classifies_messages() {
        let parse = |s: &[u8]| classify(serde_json::from_slice(s).unwrap());
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
