//! The data API's values (`lookup`, `registry`, `guide`, `libraries`): plain
//! records, serialized into plain JS objects by serde-wasm-bindgen
//! (`js_values`). Pure, so tested natively.
//!
//! Every behaviour fact comes with its source, as the details panel shows it:
//! a document and its https: address, or the "our advice" mark.

use crate::details::{facts_for, labelled_facts, ShownSource};
use crate::guide;
use crate::names::{self, Name};
use crate::registry::{AliasKind, Entry, RegistryStatus};
use crate::text::facts as labels;

/// One entry as docs tooling sees it; the JS property names are these in camelCase.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryRecord {
    pub code: u16,
    pub name: String,
    /// The class wildcard: `4xx`.
    pub class: &'static str,
    /// The class in words: `Client Error`.
    pub class_name: &'static str,
    pub description: String,
    pub reference: Option<ReferenceRecord>,
    /// What IANA records: `registered`, `unused`, `obsoleted`, `temporary`;
    /// or `unofficial` (the data API never sees a site's entries).
    pub status: &'static str,
    /// The dates of a temporary registration.
    pub temporary: Option<TemporaryRecord>,
    /// The defining document's standing: `standards-track`, `experimental`,
    /// `historic`, `no-current-rfc`, `internet-draft`; `None` outside the registry.
    pub standing: Option<&'static str>,
    /// The document that deprecates the code (305), which is not an IANA marker.
    pub deprecated_by: Option<ReferenceRecord>,
    /// Names the registry or an RFC once gave the code.
    pub aliases: Vec<String>,
    /// Names in wide use that were never the registry's (418 "I'm a teapot").
    pub also_known_as: Vec<String>,
    /// In the IANA registry.
    pub official: bool,
    /// Who uses an unofficial code.
    pub vendor: Option<VendorRecord>,
    /// The behaviour facts, in the details panel's order: `caching`, `body`,
    /// for redirects `redirect` and `method`, then `retry` and `retryAfter`.
    pub facts: Vec<FactRecord>,
    /// Header fields that matter with this code.
    pub related_headers: Vec<HeaderRecord>,
    /// Codes this one is often confused with, and how to tell them apart.
    pub confused_with: Vec<ConfusionRecord>,
    /// What the code is called in each library that names it (every
    /// library, not only those a widget shows), each with its source.
    pub names: Vec<CodeNameRecord>,
}

/// One library's name for a code.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeNameRecord {
    /// The library's id (`go`), as in the `languages` option.
    pub library: &'static str,
    /// As written in code: `http.StatusNotFound`.
    pub identifier: &'static str,
    /// `current`, `alias`, `deprecated` or `removed`.
    pub status: &'static str,
    /// The first version with the name, if it has not always been there.
    pub added: Option<&'static str>,
    /// The version where it took its status.
    pub changed: Option<&'static str>,
    /// The version the name was read at, and the file it was read from.
    pub version: &'static str,
    pub source: &'static str,
}

impl From<Name> for CodeNameRecord {
    fn from(name: Name) -> CodeNameRecord {
        CodeNameRecord {
            library: name.library.id,
            identifier: name.identifier,
            status: name.status.word(),
            added: name.added,
            changed: name.changed,
            version: name.library.version,
            source: name.library.source,
        }
    }
}

/// One library whose names the data holds (`libraries()`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LibraryRecord {
    pub id: &'static str,
    pub label: &'static str,
    pub language: &'static str,
    pub version: &'static str,
    pub source: &'static str,
    /// How the library derives its names, when it does.
    pub rule: Option<&'static str>,
}

/// Every library, in the details' order.
pub fn library_records() -> Vec<LibraryRecord> {
    names::libraries()
        .iter()
        .map(|l| LibraryRecord {
            id: l.id,
            label: l.label,
            language: l.language,
            version: l.version,
            source: l.source,
            rule: l.rule,
        })
        .collect()
}

/// Every library's names for `code`, library by library, the current first.
pub fn code_name_records(code: u16) -> Vec<CodeNameRecord> {
    names::libraries()
        .iter()
        .flat_map(|l| l.names_of(code))
        .map(CodeNameRecord::from)
        .collect()
}

/// Dates as `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TemporaryRecord {
    pub registered: String,
    pub extended: Option<String>,
    pub expires: String,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceRecord {
    pub label: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VendorRecord {
    pub name: String,
    /// Every document we know of, in words.
    pub documented_at: String,
    /// The document the code's meaning rests on (its label says so when it is
    /// only an encyclopedia article).
    pub source: ReferenceRecord,
}

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceRecord {
    /// `document`, or `our-advice` for advice no document states.
    pub kind: &'static str,
    /// The document (`RFC 6585 §4`), or `Our advice`.
    pub label: String,
    /// The document's https: address; `None` for our advice.
    pub url: Option<String>,
    /// For our advice: the document whose rules it applies, if any.
    pub basis: Option<ReferenceRecord>,
}

impl From<ShownSource<'_>> for SourceRecord {
    fn from(source: ShownSource<'_>) -> SourceRecord {
        match source {
            ShownSource::Link { label, url } => SourceRecord {
                kind: source.kind(),
                label: label.to_string(),
                url: Some(url.to_string()),
                basis: None,
            },
            ShownSource::OurAdvice { basis } => SourceRecord {
                kind: source.kind(),
                label: labels::OUR_ADVICE.to_string(),
                url: None,
                basis: basis.map(|c| ReferenceRecord {
                    label: c.label.to_string(),
                    url: c.url.to_string(),
                }),
            },
        }
    }
}

/// One behaviour fact: its key, its label and value as the panel shows them,
/// and its source.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FactRecord {
    pub key: &'static str,
    pub label: &'static str,
    pub value: &'static str,
    pub source: SourceRecord,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HeaderRecord {
    pub name: &'static str,
    pub role: &'static str,
    pub source: SourceRecord,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfusionRecord {
    pub code: u16,
    pub how_to_tell: &'static str,
    pub source: SourceRecord,
}

impl From<&Entry> for EntryRecord {
    fn from(entry: &Entry) -> EntryRecord {
        let class = entry.class();
        let names = |kind| {
            entry
                .aliases_of(kind)
                .map(|(_, a)| a.name.to_string())
                .collect()
        };
        let reference = |r: &crate::registry::Reference| ReferenceRecord {
            label: r.label.to_string(),
            url: r.url.to_string(),
        };
        let shown = facts_for(entry);
        EntryRecord {
            code: entry.code,
            name: entry.name.to_string(),
            class: class.wildcard(),
            class_name: class.name(),
            description: entry.description.to_string(),
            reference: entry.reference.as_ref().map(reference),
            status: entry.status.key(),
            temporary: match entry.status {
                RegistryStatus::Temporary(dates) => Some(TemporaryRecord {
                    registered: dates.registered.to_string(),
                    extended: dates.extended.map(|d| d.to_string()),
                    expires: dates.expires.to_string(),
                }),
                _ => None,
            },
            standing: entry.standing.map(|s| s.key()),
            deprecated_by: entry.deprecated_by.as_ref().map(reference),
            aliases: names(AliasKind::Former),
            also_known_as: names(AliasKind::AlsoKnownAs),
            official: entry.is_official(),
            vendor: entry.vendor.as_ref().map(|v| VendorRecord {
                name: v.name.to_string(),
                documented_at: v.documented_at.to_string(),
                source: reference(&v.source),
            }),
            facts: labelled_facts(&shown)
                .into_iter()
                .map(|f| FactRecord {
                    key: f.key,
                    label: f.label,
                    value: f.value,
                    source: f.source.shown(entry).into(),
                })
                .collect(),
            related_headers: shown
                .headers
                .iter()
                .map(|h| HeaderRecord {
                    name: h.name,
                    role: h.role,
                    source: h.source.shown(entry).into(),
                })
                .collect(),
            confused_with: shown
                .confused_with
                .iter()
                .map(|c| ConfusionRecord {
                    code: c.other,
                    how_to_tell: c.how_to_tell,
                    source: c.source.shown(entry).into(),
                })
                .collect(),
            names: code_name_records(entry.code),
        }
    }
}

/// The entry for `code`: the registered one if there is one, else the first
/// unofficial use (499 is nginx's "Client Closed Request").
pub fn lookup(entries: &[Entry], code: u16) -> Option<&Entry> {
    entries
        .iter()
        .find(|e| e.code == code && e.is_official())
        .or_else(|| entries.iter().find(|e| e.code == code))
}

/// Reads a code as `lookup` accepts it: a whole number (or its digits as a string).
pub fn code_argument(number: Option<f64>, text: Option<&str>) -> Option<u16> {
    match (number, text) {
        (Some(n), _) => (n.fract() == 0.0 && (0.0..=999.0).contains(&n)).then_some(n as u16),
        // Integer parsing only: f64 parsing would add ~10 KB to the wasm.
        (None, Some(t)) => t.trim().parse::<u16>().ok().filter(|c| *c <= 999),
        _ => None,
    }
}

/// The guide as plain records (`guide()` in the data API): every question
/// with its answers, every result with its choices; steps named by id.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideRecord {
    /// The id of the first question.
    pub start: &'static str,
    pub questions: Vec<GuideQuestionRecord>,
    pub results: Vec<GuideResultRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideQuestionRecord {
    pub id: &'static str,
    pub ask: &'static str,
    pub hint: Option<&'static str>,
    pub source: SourceRecord,
    pub answers: Vec<GuideAnswerRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideAnswerRecord {
    pub label: &'static str,
    /// The id of the question or result it leads to.
    pub next: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideResultRecord {
    pub id: &'static str,
    pub choices: Vec<GuideChoiceRecord>,
    pub avoid: Vec<GuideNoteRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideChoiceRecord {
    pub code: u16,
    pub why: &'static str,
    /// Why not the other choice, when there are two.
    pub why_not_the_other: Option<&'static str>,
    pub source: SourceRecord,
    pub headers: Vec<GuideHeaderRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideHeaderRecord {
    pub name: &'static str,
    pub why: &'static str,
    pub source: SourceRecord,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideNoteRecord {
    pub code: u16,
    pub why: &'static str,
    pub source: SourceRecord,
}

/// The whole guide as records.
pub fn guide_record() -> GuideRecord {
    let text = |t: guide::Words| (!t.is_empty()).then_some(t.text());
    let source = |s| SourceRecord::from(guide::shown(s));
    GuideRecord {
        start: guide::id(guide::start()),
        questions: guide::questions()
            .iter()
            .map(|q| GuideQuestionRecord {
                id: q.id,
                ask: q.ask.text(),
                hint: text(q.hint),
                source: source(q.source),
                answers: q
                    .answers
                    .iter()
                    .map(|a| GuideAnswerRecord {
                        label: a.label.text(),
                        next: guide::id(a.next),
                    })
                    .collect(),
            })
            .collect(),
        results: guide::verdicts()
            .iter()
            .map(|v| GuideResultRecord {
                id: v.id,
                choices: v
                    .choices
                    .iter()
                    .map(|c| GuideChoiceRecord {
                        code: c.code,
                        why: c.why.text(),
                        why_not_the_other: text(c.not),
                        source: source(c.source),
                        headers: c
                            .headers
                            .iter()
                            .map(|h| GuideHeaderRecord {
                                name: h.name,
                                why: h.why.text(),
                                source: source(h.source),
                            })
                            .collect(),
                    })
                    .collect(),
                avoid: v
                    .avoid
                    .iter()
                    .map(|a| GuideNoteRecord {
                        code: a.code,
                        why: a.why.text(),
                        source: source(a.source),
                    })
                    .collect(),
            })
            .collect(),
    }
}
