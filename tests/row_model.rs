//! What a row and its details show, decided once in `ui::row_model` for every
//! renderer, checked on the real registry and on site entries.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::config::{merge_site_entries, SiteEntry};
use http_status_table::query::{Query, SearchIndex, SortColumn};
use http_status_table::registry::{entries, Date, Entry};
use http_status_table::ui::row_model::{registry_facts, Cell, Field, RowModel};

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

fn registered(code: u16) -> &'static Entry {
    entries()
        .iter()
        .find(|e| e.code == code && e.is_official())
        .expect("registered")
}

fn model(entry: &Entry) -> RowModel<'_> {
    RowModel::new(entry, &SortColumn::ALL, None, TODAY)
}

fn name_cell<'a>(model: &'a RowModel) -> &'a http_status_table::ui::row_model::NameCell {
    model
        .cells
        .iter()
        .find_map(|c| match c {
            Cell::Name(name) => Some(name),
            _ => None,
        })
        .expect("a name cell")
}

#[test]
fn cells_follow_the_columns_given() {
    let entry = registered(404);
    let columns = [SortColumn::Description, SortColumn::Code];
    let model = RowModel::new(entry, &columns, None, TODAY);
    assert!(matches!(
        model.cells[..],
        [Cell::Description(_), Cell::Code(404)]
    ));
    // The names column goes after the name, else after the code.
    let go = http_status_table::names::library("go");
    let with_names = RowModel::new(entry, &columns, go, TODAY);
    assert!(matches!(
        with_names.cells[..],
        [Cell::Description(_), Cell::Code(404), Cell::Library(l, 404)] if l.id == "go"
    ));
    let with_name = RowModel::new(entry, &SortColumn::ALL, go, TODAY);
    assert!(matches!(with_name.cells[2], Cell::Library(..)));
    assert_eq!(model.toggle_label, "Details for 404 Not Found");
    assert!(!model.unofficial && !model.has_site);
}

#[test]
fn names_badges_and_registration_notes() {
    let teapot = model(registered(418));
    let name = name_cell(&teapot);
    assert_eq!(name.other_names.len(), 1);
    assert_eq!(name.other_names[0].intro, "Also known as: ");
    let moved = model(registered(302));
    assert_eq!(name_cell(&moved).other_names[0].intro, "Formerly: ");
    let upload = model(registered(104));
    let note = name_cell(&upload)
        .registration
        .clone()
        .expect("104 is temporary");
    assert!(note.warning, "expired by 2026-12-01");
    assert!(note.text.starts_with("Registration expired on 2026-11-13"));
    assert_eq!(
        note.pieces(),
        [
            (false, "Registration expired on "),
            (true, "2026-11-13"),
            (false, " unless extended since; check IANA.")
        ]
    );
    let before = RowModel::new(
        registered(104),
        &SortColumn::ALL,
        None,
        Date {
            year: 2026,
            month: 11,
            day: 1,
        },
    );
    assert!(
        !name_cell(&before)
            .registration
            .clone()
            .expect("note")
            .warning
    );
    assert!(name_cell(&model(registered(404))).registration.is_none());
}

#[test]
fn the_site_s_text_sits_beside_the_official_text_unless_the_code_is_the_site_s_own() {
    let site = [
        SiteEntry {
            position: 0,
            code: 429,
            name: "Slow down".into(),
            description: "100 requests a minute.".into(),
            link: Some("https://api.example.org/limits".into()),
        },
        SiteEntry {
            position: 1,
            code: 299,
            name: "Queued".into(),
            description: "Our own code.".into(),
            link: Some("https://api.example.org/queued".into()),
        },
    ];
    let merged = merge_site_entries(&site);
    let find = |code| {
        merged
            .iter()
            .find(|e| e.code == code && e.site.is_some())
            .expect("site")
    };
    let description = |entry| match model(entry).cells.into_iter().nth(3) {
        Some(Cell::Description(d)) => (
            d.site.is_some(),
            d.links.iter().map(|l| l.class).collect::<Vec<_>>(),
        ),
        other => panic!("{other:?}"),
    };
    // A registered code: the site's block, and the RFC link.
    assert_eq!(description(find(429)), (true, vec!["reference"]));
    // The site's own code: its text is the row's; its link sits with the links.
    assert_eq!(description(find(299)), (false, vec!["reference site-link"]));
    // The details say the same.
    let terms = |entry| -> Vec<&str> {
        registry_facts(entry, TODAY)
            .into_iter()
            .map(|f| f.term)
            .collect()
    };
    assert!(terms(find(429)).contains(&"On this site"));
    assert!(!terms(find(299)).contains(&"On this site"));
}

#[test]
fn details_facts_name_the_standing_the_deprecation_and_the_vendor() {
    let facts = registry_facts(registered(305), TODAY);
    let terms: Vec<&str> = facts.iter().map(|f| f.term).collect();
    assert_eq!(terms, ["Registry status", "Defined in", "Deprecated"]);
    assert_eq!(facts[0].text, "Registered");
    let (_, label) = facts[1].link.expect("a link to the section");
    assert_eq!(label, "RFC 9110 §15.4.6");
    assert_eq!(facts[1].after, " (Standards Track)");
    assert_eq!(facts[2].text, "Deprecated by ");
    let nginx = entries()
        .iter()
        .find(|e| e.code == 499 && e.is_unofficial())
        .expect("499");
    let terms: Vec<&str> = registry_facts(nginx, TODAY)
        .iter()
        .map(|f| f.term)
        .collect();
    assert_eq!(terms, ["Registry status", "Used by", "Documented in"]);
}

#[test]
fn marks_come_from_the_query_for_every_searchable_field() {
    let index = SearchIndex::new(entries().to_vec());
    let row = (0..index.len())
        .find(|&r| index.get(r).is_some_and(|(e, _)| e.code == 413))
        .expect("413");
    let (entry, keys) = index.get(row).expect("row");
    let query = Query::parse("too large");
    let terms = index.mark_terms(row, &query);
    let marked: String = Field::Name
        .pieces(entry, keys, &terms)
        .iter()
        .filter(|p| p.marked)
        .map(|p| p.text)
        .collect::<Vec<_>>()
        .join("|");
    assert_eq!(marked, "Too|Large");
    let alias: Vec<&str> = Field::Alias(1)
        .pieces(entry, keys, &terms)
        .iter()
        .map(|p| p.text)
        .collect();
    assert_eq!(alias.concat(), "Payload Too Large");
    assert!(
        Field::Vendor.pieces(entry, keys, &terms).is_empty(),
        "no vendor"
    );
}

#[test]
fn marks_follow_the_alternatives_a_row_matches() {
    let index = SearchIndex::new(entries().to_vec());
    let query = Query::parse("4xx timeout, 5xx");
    let marked_name = |code: u16| {
        let row = (0..index.len())
            .find(|&r| index.get(r).is_some_and(|(e, _)| e.code == code))
            .expect("code");
        let (entry, keys) = index.get(row).expect("row");
        Field::Name
            .pieces(entry, keys, &index.mark_terms(row, &query))
            .iter()
            .filter(|p| p.marked)
            .map(|p| p.text.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(marked_name(408), ["Timeout"]);
    // 504 Gateway Timeout is shown for `5xx`, which marks nothing.
    assert!(marked_name(504).is_empty());
}
