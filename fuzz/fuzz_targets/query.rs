//! The query engine on the real registry: any filter text, sort order, toggle,
//! class subset and code set. Input layout: byte 0 is the sort (bits 0-1 the
//! column, bit 2 descending), byte 1 bit 0 shows unofficial codes, byte 2
//! bits 0-4 are the classes 1xx..5xx; the code set comes from the bits left
//! over (see `codes`); the rest is the filter text (lossy UTF-8).

#![no_main]

mod common;

use arbitrary::Arbitrary;
use common::View;
use http_status_table::query::{
    ClassSet, CodeSet, SearchIndex, SortColumn, SortDirection, SortOrder,
};
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
        codes: codes(input.sort, input.classes),
    }
}

/// Every code unless bit 7 of the classes byte is set (so the inputs from
/// before the `codes` option keep their meaning); then a range from
/// 100 + 16 × bits 3-7 of the sort byte, 10, 40, 100 or 250 codes long (bits
/// 5-6 of the classes byte), cut at 599: sets that cut through classes.
fn codes(sort: u8, classes: u8) -> CodeSet {
    if classes & 0x80 == 0 {
        return CodeSet::ALL;
    }
    let start = 100 + 16 * u16::from(sort >> 3);
    let length = [10, 40, 100, 250][usize::from((classes >> 5) & 0b11)];
    CodeSet::NONE.with_range(start..=(start + length - 1).min(599))
}

fuzz_target!(|input: Input| {
    let index = index();
    let text = String::from_utf8_lossy(input.text);
    let query = common::check_parse(&text);
    let view = view(&input);
    let outcome = common::check_run(index, &query, view);

    for &row in &outcome.rows {
        let (entry, keys) = index.get(row).expect("shown rows exist");
        let terms = common::check_mark_terms(index, row, &query);
        common::check_highlight(&entry.name, &keys.name, &terms);
        common::check_highlight(&entry.description, &keys.description, &terms);
        for (alias, folded) in entry.aliases.iter().zip(&keys.aliases) {
            common::check_highlight(&alias.name, folded, &terms);
        }
    }
});
