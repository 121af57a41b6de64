//! The compiled registry checked against the repo's copy of the reference tables.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::registry::iana::{
    self,
    csv::{Marker, Registration},
};
use http_status_table::registry::{
    entries, official_count, AliasKind, Date, Entry, RegistryStatus, Standing, StatusClass,
    REGISTRY_LAST_UPDATED,
};
use std::collections::HashSet;

fn table(path: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).expect("reference table is in the repo");
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(|f| f.trim().to_string()).collect())
        .collect()
}

/// The registry as the repo keeps it, read with the same parser as build.rs.
fn iana() -> Vec<Registration> {
    let text = std::fs::read_to_string("data/iana/http-status-codes-1.csv").expect("in the repo");
    iana::csv::parse(&text).expect("the registry copy parses")
}

fn entry(code: u16) -> &'static Entry {
    entries()
        .iter()
        .find(|e| e.code == code && e.is_official())
        .expect("registered")
}

#[test]
fn every_iana_code_is_present_with_its_name_marker_and_reference() {
    let iana = iana();
    assert_eq!(iana.len(), 64);
    assert_eq!(official_count(), iana.len());
    for row in &iana {
        let code = row.code;
        let matching: Vec<_> = entries()
            .iter()
            .filter(|e| e.code == code && e.is_official())
            .collect();
        assert_eq!(matching.len(), 1, "{code} must appear once as official");
        let entry = matching[0];
        assert_eq!(entry.name, row.name, "name of {code}");
        let expected = match row.marker {
            Marker::None => RegistryStatus::Registered,
            Marker::Unused => RegistryStatus::Unused,
            Marker::Obsoleted => RegistryStatus::Obsoleted,
            Marker::Temporary(dates) => RegistryStatus::Temporary(dates),
        };
        assert_eq!(entry.status, expected, "marker of {code}");
        let reference = entry
            .reference
            .as_ref()
            .expect("official entries have a reference");
        assert!(
            reference.url.starts_with("https://"),
            "{code}: {}",
            reference.url
        );
        if let Some((_, section)) = row.references[0].split_once(", Section ") {
            assert!(
                reference.url.ends_with(&format!("#section-{section}")),
                "{code}"
            );
            assert!(
                reference.label.ends_with(section),
                "{code}: {}",
                reference.label
            );
        }
        assert!(entry.standing.is_some(), "{code} has a standing");
        assert!(entry.vendor.is_none(), "{code} is official: no vendor");
    }
}

#[test]
fn names_and_sections_match_rfc_9110() {
    for (code, name, section) in [
        (200, "OK", "15.3.1"),
        (302, "Found", "15.4.3"),
        (404, "Not Found", "15.5.5"),
        (413, "Content Too Large", "15.5.14"),
        (421, "Misdirected Request", "15.5.20"),
        (422, "Unprocessable Content", "15.5.21"),
        (503, "Service Unavailable", "15.6.4"),
    ] {
        let entry = entry(code);
        assert_eq!(entry.name, name);
        let reference = entry.reference.as_ref().expect("reference");
        assert_eq!(reference.label, format!("RFC 9110 §{section}"));
    }
}

#[test]
fn reference_links_follow_the_rfc_editor_pattern() {
    let reference = entry(404).reference.as_ref().expect("404 has a reference");
    assert_eq!(
        reference.url,
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
    );
    assert_eq!(reference.label, "RFC 9110 §15.5.5");
    assert!(entry(104)
        .reference
        .as_ref()
        .expect("ref")
        .url
        .starts_with("https://datatracker.ietf.org/doc/html/draft-"));
    // 510 cites RFC 2774 and the status change; the link goes to the RFC.
    let not_extended = entry(510).reference.as_ref().expect("510");
    assert_eq!(not_extended.url, "https://www.rfc-editor.org/rfc/rfc2774");
}

#[test]
fn the_temporary_registration_of_104_carries_its_dates() {
    let date = |year, month, day| Date { year, month, day };
    let RegistryStatus::Temporary(dates) = entry(104).status else {
        panic!("104 is a temporary registration");
    };
    assert_eq!(dates.registered, date(2024, 11, 13));
    assert_eq!(dates.extended, Some(date(2025, 9, 15)));
    assert_eq!(dates.expires, date(2026, 11, 13));
    assert_eq!(entry(104).standing, Some(Standing::InternetDraft));
}

#[test]
fn as_of_is_the_registry_s_own_last_updated_date() {
    assert_eq!(REGISTRY_LAST_UPDATED.to_string(), "2025-09-15");
}

/// IANA's markers are shown as IANA records them, and the defining
/// document's standing separately; nothing is invented.
#[test]
fn status_words_say_what_iana_and_the_documents_say() {
    let registered = [100, 200, 204, 301, 305, 404, 418, 429, 451, 500, 511];
    for code in registered.into_iter().filter(|c| ![418].contains(c)) {
        assert_eq!(entry(code).status, RegistryStatus::Registered, "{code}");
    }
    assert_eq!(entry(306).status, RegistryStatus::Unused);
    assert_eq!(entry(418).status, RegistryStatus::Unused);
    assert_eq!(entry(510).status, RegistryStatus::Obsoleted);
    for (code, standing) in [
        (102, Standing::NoCurrentRfc),
        (103, Standing::Experimental),
        (208, Standing::Experimental),
        (506, Standing::Experimental),
        (508, Standing::Experimental),
        (510, Standing::Historic),
        (104, Standing::InternetDraft),
        (207, Standing::StandardsTrack),
        (226, Standing::StandardsTrack),
        (404, Standing::StandardsTrack),
        (429, Standing::StandardsTrack),
    ] {
        assert_eq!(entry(code).standing, Some(standing), "standing of {code}");
    }
    // 305 is deprecated by RFC 9110, which IANA does not mark.
    let by = entry(305)
        .deprecated_by
        .as_ref()
        .expect("305 is deprecated");
    assert_eq!(by.label, "RFC 9110 §15.4.6");
    assert_eq!(
        entries()
            .iter()
            .filter(|e| e.deprecated_by.is_some())
            .count(),
        1
    );
    // No entry anywhere calls itself "Standard".
    for entry in entries() {
        assert_ne!(entry.status.label(), "Standard", "{}", entry.code);
    }
}

#[test]
fn row_badges_show_markers_deprecations_and_standing() {
    use http_status_table::ui::row_model::badges;
    let labels =
        |code| -> Vec<String> { badges(entry(code)).into_iter().map(|b| b.label).collect() };
    assert!(labels(404).is_empty());
    assert_eq!(labels(305), ["Deprecated by RFC 9110"]);
    assert_eq!(labels(103), ["Experimental"]);
    assert_eq!(labels(102), ["No current RFC"]);
    assert_eq!(labels(510), ["Obsoleted", "Historic"]);
    assert_eq!(labels(104), ["Temporary", "Internet-Draft"]);
    assert_eq!(labels(418), ["Unused"]);
}

#[test]
fn former_names_and_other_names_are_told_apart() {
    let names = |code, kind| -> Vec<String> {
        entry(code)
            .aliases_of(kind)
            .map(|(_, a)| a.name.to_string())
            .collect()
    };
    assert_eq!(names(302, AliasKind::Former), ["Moved Temporarily"]);
    assert_eq!(
        names(413, AliasKind::Former),
        ["Request Entity Too Large", "Payload Too Large"]
    );
    assert_eq!(names(422, AliasKind::Former), ["Unprocessable Entity"]);
    // Never registry names: "also known as", not "Formerly".
    for (code, name) in [(418, "I'm a teapot"), (306, "Switch Proxy")] {
        assert!(names(code, AliasKind::Former).is_empty(), "{code}");
        assert_eq!(names(code, AliasKind::AlsoKnownAs), [name]);
    }
    // Where each name was used is recorded truthfully: RFC 2616 calls 302 "Found".
    let table = std::fs::read_to_string("data/names.tsv").expect("in the repo");
    let moved = table
        .lines()
        .find(|l| l.starts_with("302\tMoved Temporarily"))
        .expect("302's former name");
    assert!(
        moved.contains("RFC 1945") && moved.contains("RFC 2068"),
        "{moved}"
    );
    assert!(!moved.contains("RFC 1945, RFC 2616"), "{moved}");
}

#[test]
fn unofficial_codes_are_separate_entries_with_their_vendor() {
    let reference = table("data/reference/unofficial-status-codes.tsv");
    let ours: Vec<_> = entries().iter().filter(|e| e.is_unofficial()).collect();
    assert_eq!(ours.len(), reference.len());
    for (entry, row) in ours.iter().zip(&reference) {
        assert_eq!(entry.code.to_string(), row[0]);
        if !row[1].starts_with('(') {
            assert_eq!(entry.name, row[1], "name of unofficial {}", entry.code);
        }
        assert_eq!(entry.status, RegistryStatus::Unofficial);
        assert!(entry.reference.is_none());
        let vendor = entry
            .vendor
            .as_ref()
            .expect("unofficial entries name their vendor");
        assert!(
            !vendor.name.is_empty() && vendor.name.len() <= 30,
            "{:?}",
            vendor.name
        );
        assert!(!vendor.documented_at.is_empty());
    }
    // Numbers that mean different things per vendor keep one entry each.
    for code in [420, 430, 499, 530] {
        assert!(
            ours.iter().filter(|e| e.code == code).count() >= 2,
            "{code}"
        );
    }
}

#[test]
fn classes_follow_the_first_digit() {
    for entry in entries() {
        let expected = StatusClass::ALL[usize::from(entry.code / 100) - 1];
        assert_eq!(entry.class(), expected, "{}", entry.code);
    }
    assert_eq!(StatusClass::of_code(99), None);
    assert_eq!(StatusClass::of_code(600), None);
}

#[test]
fn every_entry_is_described_in_one_to_three_plain_sentences() {
    let mut seen = HashSet::new();
    for entry in entries() {
        let d = &*entry.description;
        assert!(
            seen.insert(d),
            "{}: description repeats another entry's",
            entry.code
        );
        assert!(
            (40..=420).contains(&d.len()),
            "{}: {} characters",
            entry.code,
            d.len()
        );
        assert!(d.is_ascii(), "{}: keep descriptions ASCII", entry.code);
        assert!(
            !d.contains('<') && !d.contains('>'),
            "{}: plain text only",
            entry.code
        );
        assert!(d.ends_with('.'), "{}: ends with a full stop", entry.code);
        let sentences = d.matches(". ").count() + 1;
        assert!(sentences <= 3, "{}: {sentences} sentences", entry.code);
    }
}
