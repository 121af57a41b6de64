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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry;

    #[test]
    fn looks_up_the_registered_entry_first() {
        let entries = registry::entries();
        let not_found = lookup(entries, 404).map(EntryRecord::from);
        let record = not_found.expect("404 is registered");
        assert_eq!(record.name, "Not Found");
        assert_eq!(record.class, "4xx");
        assert_eq!(record.class_name, "Client Error");
        assert_eq!(record.status, "registered");
        assert_eq!(record.standing, Some("standards-track"));
        assert_eq!(record.temporary, None);
        assert!(record.official);
        assert_eq!(
            record.reference.map(|r| r.url),
            Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5".to_string())
        );
        let moved = lookup(entries, 302).map(EntryRecord::from).expect("302");
        assert!(moved.aliases.contains(&"Moved Temporarily".to_string()));
        let nginx = lookup(entries, 499).map(EntryRecord::from).expect("499");
        assert_eq!(nginx.status, "unofficial");
        assert!(!nginx.official);
        assert!(nginx.vendor.is_some());
        assert!(lookup(entries, 299).is_none());
    }

    #[test]
    fn temporary_registrations_carry_their_dates() {
        let upload = lookup(registry::entries(), 104).map(EntryRecord::from);
        let upload = upload.expect("104 is registered");
        assert_eq!(upload.status, "temporary");
        assert_eq!(upload.standing, Some("internet-draft"));
        let dates = upload.temporary.expect("104 has dates");
        assert_eq!(dates.registered, "2024-11-13");
        assert_eq!(dates.extended.as_deref(), Some("2025-09-15"));
        assert_eq!(dates.expires, "2026-11-13");
    }

    #[test]
    fn deprecation_and_other_names_are_told_apart() {
        let entries = registry::entries();
        let proxy = lookup(entries, 305).map(EntryRecord::from).expect("305");
        assert_eq!(proxy.status, "registered", "IANA marks nothing on 305");
        let by = proxy.deprecated_by.expect("RFC 9110 deprecates 305");
        assert_eq!(by.label, "RFC 9110 §15.4.6");
        let teapot = lookup(entries, 418).map(EntryRecord::from).expect("418");
        assert_eq!(teapot.status, "unused");
        assert!(teapot.aliases.is_empty(), "{:?}", teapot.aliases);
        assert_eq!(teapot.also_known_as, ["I'm a teapot"]);
    }

    #[test]
    fn every_fact_comes_with_its_source() {
        let entries = registry::entries();
        let record = |code| {
            lookup(entries, code)
                .map(EntryRecord::from)
                .expect("an entry")
        };
        let too_many = record(429);
        let keys: Vec<&str> = too_many.facts.iter().map(|f| f.key).collect();
        assert_eq!(keys, ["caching", "body", "retry", "retryAfter"]);
        let caching = &too_many.facts[0];
        assert_eq!(caching.source.kind, "document");
        assert_eq!(caching.source.label, "RFC 6585 §4");
        assert_eq!(
            caching.source.url.as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc6585#section-4")
        );
        assert_eq!(too_many.related_headers[0].name, "Retry-After");
        assert_eq!(too_many.confused_with[0].code, 503);
        // Advice of ours is marked, with the rule it applies.
        let server_error = record(500);
        let retry = server_error.facts.iter().find(|f| f.key == "retry");
        let retry = retry.expect("500 has retry advice");
        assert_eq!(retry.source.kind, "our-advice");
        assert_eq!(retry.source.url, None);
        let basis = retry.source.basis.as_ref().expect("a basis");
        assert_eq!(basis.label, "RFC 9110 §9.2.2");
        // A vendor's fact links the vendor's page.
        let nginx = record(499);
        let vendor = nginx.vendor.as_ref().expect("nginx");
        assert!(vendor.source.url.starts_with("https://"));
        let body = nginx.facts.iter().find(|f| f.key == "body").expect("body");
        assert_eq!(body.source.url.as_deref(), Some(vendor.source.url.as_str()));
        // Every source the records carry is a link to https: or our advice.
        for entry in entries {
            let record = EntryRecord::from(entry);
            let sources = record
                .facts
                .iter()
                .map(|f| &f.source)
                .chain(record.related_headers.iter().map(|h| &h.source))
                .chain(record.confused_with.iter().map(|c| &c.source));
            for source in sources {
                match source.kind {
                    "document" => {
                        let url = source.url.as_deref().unwrap_or_default();
                        assert!(url.starts_with("https://"), "{}: {url}", entry.code);
                    }
                    "our-advice" => assert_eq!(source.url, None),
                    other => panic!("{}: kind {other}", entry.code),
                }
            }
        }
    }

    // serde_json is a native dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn records_serialize_with_the_js_property_names() {
        let record = lookup(registry::entries(), 404).map(EntryRecord::from);
        let value = serde_json::to_value(record.expect("404")).expect("serializes");
        for key in [
            "className",
            "deprecatedBy",
            "alsoKnownAs",
            "relatedHeaders",
            "confusedWith",
        ] {
            assert!(value.get(key).is_some(), "{key}");
        }
        assert!(value["confusedWith"][0]["howToTell"].is_string());
        assert_eq!(value["facts"][0]["source"]["kind"], "document");
    }

    #[test]
    fn reads_code_arguments_strictly() {
        assert_eq!(code_argument(Some(404.0), None), Some(404));
        assert_eq!(code_argument(None, Some(" 418 ")), Some(418));
        assert_eq!(code_argument(Some(404.5), None), None);
        assert_eq!(code_argument(Some(-1.0), None), None);
        assert_eq!(code_argument(Some(f64::NAN), None), None);
        assert_eq!(code_argument(None, Some("4xx")), None);
        assert_eq!(code_argument(None, None), None);
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
    let text = |t: &'static str| (!t.is_empty()).then_some(t);
    let source = |s| SourceRecord::from(guide::shown(s));
    GuideRecord {
        start: guide::id(guide::start()),
        questions: guide::questions()
            .iter()
            .map(|q| GuideQuestionRecord {
                id: q.id,
                ask: q.ask,
                hint: text(q.hint),
                source: source(q.source),
                answers: q
                    .answers
                    .iter()
                    .map(|a| GuideAnswerRecord {
                        label: a.label,
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
                        why: c.why,
                        why_not_the_other: text(c.not),
                        source: source(c.source),
                        headers: c
                            .headers
                            .iter()
                            .map(|h| GuideHeaderRecord {
                                name: h.name,
                                why: h.why,
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
                        why: a.why,
                        source: source(a.source),
                    })
                    .collect(),
            })
            .collect(),
    }
}
