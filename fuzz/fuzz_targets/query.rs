//! The query engine on the real registry: any filter text, sort order, toggle
//! and class subset. Input layout: byte 0 is the sort (bits 0-1 the column,
//! bit 2 descending), byte 1 bit 0 shows unofficial codes, byte 2 bits 0-4 are
//! the classes 1xx..5xx; the rest is the filter text (lossy UTF-8).

#![no_main]

mod common;

use arbitrary::Arbitrary;
use common::View;
use http_status_table::query::{ClassSet, SearchIndex, SortColumn, SortDirection, SortOrder};
use http_status_table::registry::{entries, StatusClass};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    sort: u8,
    show_unofficial: bool,
    classes: u8,
    text: &'a [u8],
}

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(entries().to_vec()))
}

fn view(input: &Input) -> View {
    let column = SortColumn::ALL[usize::from(input.sort & 0b11)];
    let direction = if input.sort & 0b100 == 0 {
        SortDirection::Ascending
    } else {
        SortDirection::Descending
    };
    let classes = StatusClass::ALL
        .into_iter()
        .enumerate()
        .filter(|(bit, _)| input.classes & (1 << bit) != 0)
        .fold(ClassSet::NONE, |set, (_, class)| set.with(class));
    View {
        sort: SortOrder { column, direction },
        show_unofficial: input.show_unofficial,
        classes,
    }
}

fuzz_target!(|input: Input| {
    let index = index();
    let text = String::from_utf8_lossy(input.text);
    let query = common::check_parse(&text);
    let view = view(&input);
    let outcome = common::check_run(index, &query, view);

    for &row in &outcome.rows {
        let (entry, keys) = index.get(row).expect("shown rows exist");
        common::check_highlight(&entry.name, &keys.name, &query);
        common::check_highlight(&entry.description, &keys.description, &query);
        for (alias, folded) in entry.aliases.iter().zip(&keys.aliases) {
            common::check_highlight(&alias.name, folded, &query);
        }
    }
});
