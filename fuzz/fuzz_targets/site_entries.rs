//! A host's `entries` option, as the JSON a page gives `setEntriesJson`:
//! validated, merged into the registry, indexed and queried. Input layout: the
//! JSON, then optionally a 0xFF byte and a filter text (lossy UTF-8) to run on
//! the merged table.

#![no_main]

mod common;

use http_status_table::config::{
    merge_site_entries, validate_all, Problem, RawSiteEntry, SiteEntry, MAX_SITE_ENTRIES,
};
use common::View;
use http_status_table::query::{run, Query, SearchIndex, Term};
use http_status_table::registry::{self, RegistryStatus};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use std::sync::OnceLock;

const ENTRY_FIELDS: [&str; 5] = ["code", "name", "description", "class", "link"];

/// Site entries whose codes and names are looked up one by one (bounds the time per input).
const LOOKUPS: usize = 4;

fn registry_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(registry::entries().to_vec()))
}

/// The same steps as `entries_from_js` in src/host/api.rs, on a serde_json value:
/// the raw items (each an entry or its problem), how many were given, and what
/// `entries_from_js` returns.
struct FromJson {
    raw: Vec<Result<RawSiteEntry, Problem>>,
    total: usize,
    entries: Vec<SiteEntry>,
    problems: Vec<Problem>,
}

fn entries_from_json(value: &Value) -> Option<FromJson> {
    let array = value.as_array()?;
    let total = array.len();
    let raw: Vec<Result<RawSiteEntry, Problem>> = array
        .iter()
        .take(MAX_SITE_ENTRIES)
        .enumerate()
        .map(|(position, item)| {
            let place = format!("entries[{position}]");
            let Some(object) = item.as_object() else {
                return Err(Problem::new(place, "expected an object with code and name"));
            };
            if let Some(unknown) = object.keys().find(|k| !ENTRY_FIELDS.contains(&k.as_str())) {
                return Err(Problem::new(place, format!("unknown field {unknown:?}")));
            }
            serde_json::from_value::<RawSiteEntry>(item.clone())
                .map_err(|error| Problem::new(place, error.to_string()))
        })
        .collect();
    let (entries, problems) = validate_all(raw.clone(), total);
    Some(FromJson {
        raw,
        total,
        entries,
        problems,
    })
}

/// Each item becomes an entry or a problem; a later definition of a code
/// replaces the earlier one, with a problem at the later place.
fn check_accounting(result: &FromJson) {
    let FromJson {
        raw,
        total,
        entries,
        problems,
    } = result;
    let given = (*total).min(MAX_SITE_ENTRIES);
    assert_eq!(raw.len(), given);

    let mut expected_entries: Vec<(usize, SiteEntry)> = Vec::new();
    let mut expected_places: Vec<String> = Vec::new();
    for (position, item) in raw.iter().enumerate() {
        match item.clone().and_then(|r| r.validate(position)) {
            Ok(entry) => {
                if let Some(earlier) = expected_entries
                    .iter()
                    .position(|(_, e)| e.code == entry.code)
                {
                    expected_entries.remove(earlier);
                    expected_places.push(format!("entries[{position}]"));
                }
                expected_entries.push((position, entry));
            }
            Err(problem) => {
                assert_eq!(problem.option, format!("entries[{position}]"));
                expected_places.push(problem.option);
            }
        }
    }
    if *total > MAX_SITE_ENTRIES {
        expected_places.push("entries".to_string());
    }
    assert!(
        expected_entries.iter().all(|(place, e)| e.position == *place),
        "an entry's position is its place in the list"
    );
    let expected: Vec<SiteEntry> = expected_entries.into_iter().map(|(_, e)| e).collect();
    assert_eq!(entries, &expected, "kept entries");
    let places: Vec<&str> = problems.iter().map(|p| p.option.as_str()).collect();
    assert_eq!(places, expected_places, "problem places");
    assert_eq!(
        entries.len() + problems.len(),
        given + usize::from(*total > MAX_SITE_ENTRIES),
        "every item is an entry or a problem"
    );
    for problem in problems {
        assert!(!problem.message.is_empty());
    }
}

/// What a validated entry is, checked without the validator's own helpers.
fn check_entry(entry: &SiteEntry) {
    assert!((100..=599).contains(&entry.code), "code {}", entry.code);
    for (text, limit) in [(&entry.name, 80), (&entry.description, 1_000)] {
        assert!(text.chars().count() <= limit, "too long: {text:?}");
        assert_eq!(text.trim(), text, "untrimmed: {text:?}");
        assert!(!text.contains("  "), "double space: {text:?}");
        assert!(
            !text.chars().any(|c| c.is_control()
                || (c.is_whitespace() && c != ' ')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')),
            "control, bidi or odd space in {text:?}"
        );
    }
    assert!(!entry.name.is_empty(), "empty name for {}", entry.code);
    if let Some(link) = &entry.link {
        assert!(link.len() <= 2_000, "link too long");
        let scheme = link.get(..8).map(str::to_ascii_lowercase);
        assert_eq!(scheme.as_deref(), Some("https://"), "not https: {link:?}");
        let host = link[8..].split(['/', '?', '#']).next().unwrap_or("");
        assert!(!host.is_empty(), "no host: {link:?}");
        assert!(
            !link.chars().any(|c| c.is_whitespace()
                || c.is_control()
                || matches!(c, '"' | '<' | '>' | '\\' | '`')),
            "unsafe character in link {link:?}"
        );
    }
}

/// The registry is kept as it is; each site code is on the row of its official
/// code, or on a new row of its own.
fn check_merge(site: &[SiteEntry], merged: &[registry::Entry]) {
    let official = registry::entries();
    let added = site
        .iter()
        .filter(|s| !official.iter().any(|e| e.code == s.code && e.is_official()))
        .count();
    assert_eq!(merged.len(), official.len() + added, "merged length");
    for (before, after) in official.iter().zip(merged) {
        assert_eq!(before.code, after.code);
        assert_eq!(before.name, after.name, "official name changed");
        assert_eq!(before.description, after.description);
        assert_eq!(before.status, after.status);
        assert_eq!(before.aliases, after.aliases);
        if !before.is_official() {
            assert_eq!(after.site, None, "site text on an unofficial row");
        }
    }
    for item in site {
        let holders: Vec<&registry::Entry> = merged
            .iter()
            .filter(|e| e.site.as_ref().is_some_and(|s| s.name == item.name) && e.code == item.code)
            .collect();
        assert_eq!(holders.len(), 1, "code {} in the merged table", item.code);
        let row = holders[0];
        let definition = row.site.as_ref().expect("site text");
        assert_eq!(definition.description, item.description);
        assert_eq!(definition.link.as_deref(), item.link.as_deref());
        if row.status == RegistryStatus::Site {
            assert_eq!(row.name, item.name);
        } else {
            assert!(row.is_official());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let (json, filter) = match data.iter().position(|&b| b == 0xFF) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let Ok(value) = serde_json::from_slice::<Value>(json) else {
        return;
    };
    let Some(result) = entries_from_json(&value) else {
        return;
    };
    check_accounting(&result);
    for entry in &result.entries {
        check_entry(entry);
    }

    let merged = merge_site_entries(&result.entries);
    check_merge(&result.entries, &merged);
    // Without site entries the merged table is the registry: its index is built once.
    let built;
    let index = if result.entries.is_empty() {
        registry_index()
    } else {
        built = SearchIndex::new(merged);
        &built
    };

    // The filter on the merged table, unofficial codes shown (site codes always are).
    let query = common::check_parse(&String::from_utf8_lossy(filter));
    let view = View {
        show_unofficial: true,
        ..View::default()
    };
    let outcome = common::check_run(index, &query, view);
    for &row in &outcome.rows {
        let (entry, keys) = index.get(row).expect("shown rows exist");
        let terms = common::check_mark_terms(index, row, &query);
        common::check_highlight(&entry.name, &keys.name, &terms);
        if let (Some(site), Some(folded)) = (&entry.site, &keys.site_name) {
            common::check_highlight(&site.name, folded, &terms);
        }
        if let (Some(site), Some(folded)) = (&entry.site, &keys.site_description) {
            common::check_highlight(&site.description, folded, &terms);
        }
    }

    // A site's code is always findable by its code and by the words of its name,
    // whether unofficial codes are shown or not.
    let view = View::default();
    for item in result.entries.iter().take(LOOKUPS) {
        let row = (0..index.len())
            .find(|&r| {
                index.get(r).is_some_and(|(e, _)| {
                    e.code == item.code && e.site.as_ref().is_some_and(|s| s.name == item.name)
                })
            })
            .expect("site row");
        let by_code = run(index, &Query::parse(&item.code.to_string()), view.scope(), view.sort);
        assert!(
            by_code.rows.contains(&row),
            "{} not found by its code",
            item.code
        );

        // A comma in the name makes alternatives, each of words of the name.
        let by_name = common::check_parse(&item.name);
        if by_name
            .terms()
            .all(|t| matches!(t, Term::Text(_) | Term::ClassWord { .. }))
        {
            let outcome = run(index, &by_name, view.scope(), view.sort);
            assert!(
                outcome.rows.contains(&row),
                "{} not found by its name {:?}",
                item.code,
                item.name
            );
            let (_, keys) = index.get(row).expect("row");
            let folded = keys.site_name.as_ref().expect("site name indexed");
            let terms = common::check_mark_terms(index, row, &by_name);
            let marked = common::check_highlight(&item.name, folded, &terms);
            assert!(
                marked > 0 || by_name.is_empty(),
                "nothing marked in {:?} for its own name",
                item.name
            );
        }
    }
});
