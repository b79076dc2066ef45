//! `--format sarif`: SARIF 2.1.0, one run, every rule listed with its explanation. Written with
//! hand-made serde structs for the subset vt-lint emits; `.ci/sarif-test.sh` validates real output
//! against the official schema (tests/schema/sarif-2.1.0.json).
//!
//! Columns and character offsets count Unicode code points (`columnKind: unicodeCodePoints`),
//! as the JSON format does.

use super::{FileResult, Renderer, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules;
use crate::span::{LineIndex, Span};
use serde::Serialize;
use std::io::{self, Write};

pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    invocations: Vec<Invocation>,
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    language: &'static str,
    rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Message,
    full_description: MultiformatMessage,
    help: MultiformatMessage,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
struct MultiformatMessage {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Message,
    locations: Vec<Location>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Message>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    char_offset: usize,
    char_length: usize,
}

/// SARIF's name for a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a URI reference: relative paths stay relative (to the repository root in code
/// scanning), absolute ones become `file://` URIs; everything else is percent-encoded.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub struct Sarif {
    pub en: bool,
    pub max_findings: usize,
    results: Vec<SarifResult>,
    notifications: Vec<Notification>,
}

impl Sarif {
    pub fn new(en: bool, max_findings: usize) -> Sarif {
        Sarif {
            en,
            max_findings,
            results: Vec::new(),
            notifications: Vec::new(),
        }
    }
}

fn region(index: &LineIndex, source: &str, span: Span) -> Region {
    let s = index.position(source, span.start);
    let e = index.position(source, span.end);
    let char_offset = source[..s.offset].chars().count();
    let char_length = source[s.offset..e.offset.max(s.offset)].chars().count();
    Region {
        start_line: s.line,
        start_column: s.column,
        end_line: e.line,
        end_column: e.column,
        char_offset,
        char_length,
    }
}

fn location(uri: &str, region: Region, id: Option<usize>, message: Option<String>) -> Location {
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri.to_string(),
            },
            region: Some(region),
        },
        message: message.map(|text| Message { text }),
    }
}

fn result(index: &LineIndex, source: &str, uri: &str, d: &Diagnostic) -> SarifResult {
    let rule_index = rules::RULES
        .iter()
        .position(|m| m.code == d.code)
        .unwrap_or(0);
    SarifResult {
        rule_id: d.code,
        rule_index,
        level: level(d.severity),
        message: Message {
            text: format!("{} ({})", d.message, d.help),
        },
        locations: vec![location(uri, region(index, source, d.span), None, None)],
        related_locations: d
            .labels
            .iter()
            .enumerate()
            .map(|(i, l)| {
                location(
                    uri,
                    region(index, source, l.span),
                    Some(i + 1),
                    Some(l.message.to_string()),
                )
            })
            .collect(),
    }
}

impl Renderer for Sarif {
    fn file(&mut self, _out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let uri = uri(f.path);
        match f.outcome {
            Ok(report) => {
                let index = LineIndex::new(f.source);
                for d in &report.diagnostics {
                    self.results.push(result(&index, f.source, &uri, d));
                }
                for o in f.omitted {
                    self.notifications.push(Notification {
                        level: "note",
                        message: Message {
                            text: super::omitted_line(o, self.max_findings, self.en),
                        },
                        locations: vec![Location {
                            id: None,
                            physical_location: PhysicalLocation {
                                artifact_location: ArtifactLocation { uri: uri.clone() },
                                region: None,
                            },
                            message: None,
                        }],
                    });
                }
            }
            Err(e) => self.notifications.push(Notification {
                level: "error",
                message: Message {
                    text: e.to_string(),
                },
                locations: vec![Location {
                    id: None,
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation { uri },
                        region: None,
                    },
                    message: None,
                }],
            }),
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _s: &Summary) -> io::Result<()> {
        let en = self.en;
        let pick = |t: (&'static str, &'static str)| if en { t.1 } else { t.0 };
        let rules = rules::RULES
            .iter()
            .map(|m| ReportingDescriptor {
                id: m.code,
                name: m.name,
                short_description: Message {
                    text: pick(m.summary).to_string(),
                },
                full_description: MultiformatMessage {
                    text: super::explanation(m, en),
                    markdown: super::explanation(m, en),
                },
                help: MultiformatMessage {
                    text: super::explanation(m, en),
                    markdown: super::explanation(m, en),
                },
                default_configuration: Configuration {
                    level: level(m.severity),
                },
            })
            .collect();
        let log = Log {
            schema: SCHEMA,
            version: "2.1.0",
            runs: vec![Run {
                tool: Tool {
                    driver: Driver {
                        name: "vt-lint",
                        version: env!("CARGO_PKG_VERSION"),
                        semantic_version: env!("CARGO_PKG_VERSION"),
                        language: if en { "en" } else { "nl" },
                        rules,
                    },
                },
                invocations: vec![Invocation {
                    execution_successful: !self.notifications.iter().any(|n| n.level == "error"),
                    tool_execution_notifications: std::mem::take(&mut self.notifications),
                }],
                column_kind: "unicodeCodePoints",
                results: std::mem::take(&mut self.results),
            }],
        };
        serde_json::to_writer_pretty(&mut *out, &log).map_err(io::Error::other)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("plannen/jan jansen.md"), "plannen/jan%20jansen.md");
        assert_eq!(uri("/tmp/a#b.md"), "file:///tmp/a%23b.md");
        assert_eq!(uri("één.md"), "%C3%A9%C3%A9n.md");
    }
}
