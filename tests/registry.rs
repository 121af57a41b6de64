//! The compiled registry checked against the repo's copy of the reference tables.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::registry::{entries, official_count, RegistryStatus, StatusClass};
use std::collections::HashSet;

fn table(path: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).expect("reference table is in the repo");
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(|f| f.trim().to_string()).collect())
        .collect()
}

#[test]
fn every_iana_code_is_present_with_its_name_status_and_reference() {
    let iana = table("data/reference/iana-status-codes.tsv");
    assert_eq!(iana.len(), 64);
    assert_eq!(official_count(), iana.len());
    for row in &iana {
        let code: u16 = row[0].parse().expect("numeric code");
        let matching: Vec<_> = entries()
            .iter()
            .filter(|e| e.code == code && e.is_official())
            .collect();
        assert_eq!(
            matching.len(),
            1,
            "{code} must appear exactly once as an official entry"
        );
        let entry = matching[0];
        assert_eq!(entry.name, row[1], "name of {code}");
        assert_eq!(
            entry.status.label().to_ascii_lowercase(),
            row[3],
            "status of {code}"
        );
        let reference = entry
            .reference
            .as_ref()
            .expect("official entries have a reference");
        assert!(
            reference.url.starts_with("https://"),
            "{code}: {}",
            reference.url
        );
        if let Some((_, section)) = row[2].split_once(", Section ") {
            assert!(
                reference.url.ends_with(&format!("#section-{section}")),
                "{code}: {}",
                reference.url
            );
            assert!(
                reference.label.ends_with(section),
                "{code}: {}",
                reference.label
            );
        }
        assert!(entry.vendor.is_none(), "{code} is official: no vendor");
    }
}

#[test]
fn reference_links_follow_the_rfc_editor_pattern() {
    let not_found = entries().iter().find(|e| e.code == 404).expect("404");
    let reference = not_found.reference.as_ref().expect("404 has a reference");
    assert_eq!(
        reference.url,
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
    );
    assert_eq!(reference.label, "RFC 9110 §15.5.5");
    let upload = entries().iter().find(|e| e.code == 104).expect("104");
    assert_eq!(upload.status, RegistryStatus::Temporary);
    assert!(upload
        .reference
        .as_ref()
        .expect("ref")
        .url
        .starts_with("https://datatracker.ietf.org/doc/html/draft-"));
}

#[test]
fn former_names_are_aliases_of_their_code() {
    let former = table("data/reference/historic-names.tsv");
    assert!(!former.is_empty());
    for row in &former {
        let code: u16 = row[0].parse().expect("numeric code");
        let entry = entries()
            .iter()
            .find(|e| e.code == code && e.is_official())
            .expect("official");
        assert!(
            entry.aliases.iter().any(|a| a == &row[1]),
            "{code} lacks alias {}",
            row[1]
        );
    }
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
