//! The data API's records (`lookup`, `registry`), natively: what a record
//! says about an entry, and how a code argument is read. (Their property
//! names and types against the TypeScript declarations: `tests/typescript.rs`.)

use http_status_table::host::data_api::{code_argument, lookup, EntryRecord};
use http_status_table::registry;

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
