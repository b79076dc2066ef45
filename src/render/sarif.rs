//! `--format sarif`: SARIF 2.1.0, one run, every rule listed with its explanation. Written with
//! hand-made serde structs for the subset vt-lint emits; `.ci/sarif-test.sh` validates real output
//! against the official schema (tests/schema/sarif-2.1.0.json).
//!
//! Columns and character offsets count Unicode code points (`columnKind: unicodeCodePoints`),
//! as the JSON format does; a BOM is not counted. URIs are relative to the repository root
//! ([`Root`]), named `%SRCROOT%` in `originalUriBaseIds`; each result has a
//! `partialFingerprints` entry: the baseline's identity of the finding (rule, path, the text it
//! points at), hashed, with the number of earlier identical findings in the file.

use super::root::Root;
use super::{FileResult, Renderer, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules;
use crate::span::{LineIndex, Span};
use serde::Serialize;
use std::collections::BTreeMap;
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
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    original_uri_base_ids: BTreeMap<&'static str, BaseUri>,
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct BaseUri {
    uri: String,
}

/// The name of the repository root in URIs.
pub const SRCROOT: &str = "%SRCROOT%";

/// The key of vt-lint's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "vtLintIdentity/v1";

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
    partial_fingerprints: BTreeMap<&'static str, String>,
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

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
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
    root: Option<Root>,
    results: Vec<SarifResult>,
    notifications: Vec<Notification>,
}

impl Sarif {
    pub fn new(en: bool, max_findings: usize, root: Option<Root>) -> Sarif {
        Sarif {
            en,
            max_findings,
            root,
            results: Vec::new(),
            notifications: Vec::new(),
        }
    }

    /// Where a file is: relative to the root when it lies inside it, else as given.
    fn artifact(&self, path: &str) -> (ArtifactLocation, String) {
        match self.root.as_ref().and_then(|r| r.relative(path)) {
            Some(rel) => (
                ArtifactLocation {
                    uri: uri(&rel),
                    uri_base_id: Some(SRCROOT),
                },
                rel,
            ),
            None => (
                ArtifactLocation {
                    uri: uri(path),
                    uri_base_id: None,
                },
                path.replace('\\', "/"),
            ),
        }
    }
}

fn region(index: &LineIndex, source: &str, span: Span) -> Region {
    let s = super::position(index, source, span.start);
    let e = super::position(index, source, span.end);
    let bom = usize::from(source.starts_with('\u{FEFF}') && s.offset > 0);
    let char_offset = source[..s.offset].chars().count() - bom;
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

fn location(
    at: &ArtifactLocation,
    region: Region,
    id: Option<usize>,
    message: Option<String>,
) -> Location {
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: at.clone(),
            region: Some(region),
        },
        message: message.map(|text| Message { text }),
    }
}

fn result(
    index: &LineIndex,
    source: &str,
    at: &ArtifactLocation,
    fingerprint: String,
    d: &Diagnostic,
    en: bool,
) -> SarifResult {
    // The driver lists the rules in registry order.
    let rule_index = rules::Rule::ALL
        .iter()
        .position(|r| *r == d.rule)
        .unwrap_or(0);
    SarifResult {
        rule_id: d.code(),
        rule_index,
        level: level(d.severity),
        message: Message {
            text: format!("{} ({})", d.message.render(en), d.help.render(en)),
        },
        locations: vec![location(at, region(index, source, d.span), None, None)],
        related_locations: d
            .labels
            .iter()
            .enumerate()
            .map(|(i, l)| {
                location(
                    at,
                    region(index, source, l.span),
                    Some(i + 1),
                    Some(l.message.render(en)),
                )
            })
            .collect(),
        partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, fingerprint)]),
    }
}

impl Renderer for Sarif {
    fn file(&mut self, _out: &mut dyn Write, f: &FileResult) -> io::Result<()> {
        let (at, key_path) = self.artifact(f.path);
        match f.outcome {
            Ok(report) => {
                let index = LineIndex::new(f.source);
                // Identical findings (same rule, same text) are told apart by their order.
                let mut seen: BTreeMap<String, usize> = BTreeMap::new();
                for d in &report.diagnostics {
                    let id = crate::workspace::baseline::identity_hash(&key_path, f.source, d);
                    let n = seen.entry(id.clone()).or_default();
                    let fingerprint = format!("{id}:{n}");
                    *n += 1;
                    self.results
                        .push(result(&index, f.source, &at, fingerprint, d, f.en));
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
                                artifact_location: at.clone(),
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
                        artifact_location: at,
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
                original_uri_base_ids: self
                    .root
                    .iter()
                    .map(|r| (SRCROOT, BaseUri { uri: r.uri() }))
                    .collect(),
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
