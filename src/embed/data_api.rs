//! The data API's values (`lookup`, `registry`): plain records that
//! serde-wasm-bindgen turns into plain JS objects. Pure, so tested natively.

use crate::registry::{Entry, RegistryStatus};
use serde::Serialize;

/// One entry as docs tooling sees it. Field names are the JS property names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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
    /// `standard`, `deprecated`, `unused`, `obsoleted`, `temporary` or `unofficial`.
    pub status: &'static str,
    pub aliases: Vec<String>,
    /// In the IANA registry.
    pub official: bool,
    /// Who uses an unofficial code.
    pub vendor: Option<VendorRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReferenceRecord {
    pub label: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VendorRecord {
    pub name: String,
    pub documented_at: String,
}

impl From<&Entry> for EntryRecord {
    fn from(entry: &Entry) -> EntryRecord {
        let class = entry.class();
        EntryRecord {
            code: entry.code,
            name: entry.name.to_string(),
            class: class.wildcard(),
            class_name: class.name(),
            description: entry.description.to_string(),
            reference: entry.reference.as_ref().map(|r| ReferenceRecord {
                label: r.label.to_string(),
                url: r.url.to_string(),
            }),
            status: status_key(entry.status),
            aliases: entry.aliases.iter().map(|a| a.to_string()).collect(),
            official: entry.is_official(),
            vendor: entry.vendor.as_ref().map(|v| VendorRecord {
                name: v.name.to_string(),
                documented_at: v.documented_at.to_string(),
            }),
        }
    }
}

fn status_key(status: RegistryStatus) -> &'static str {
    match status {
        RegistryStatus::Standard => "standard",
        RegistryStatus::Deprecated => "deprecated",
        RegistryStatus::Unused => "unused",
        RegistryStatus::Obsoleted => "obsoleted",
        RegistryStatus::Temporary => "temporary",
        RegistryStatus::Unofficial => "unofficial",
        RegistryStatus::Site => "site",
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
        assert_eq!(record.status, "standard");
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
