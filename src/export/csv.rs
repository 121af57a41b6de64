//! CSV as RFC 4180 describes it, made safe to open in a spreadsheet.

use super::{library_cells, values, Value, COLUMNS, LIBRARY_COLUMN_PREFIX};
use crate::names;
use crate::registry::Entry;

/// Joins former names inside one cell.
const LIST_SEPARATOR: &str = "; ";

/// A header row and one row per entry, in the given order, CRLF after each.
pub fn to_csv(entries: &[&Entry]) -> String {
    let mut out = String::new();
    let library_headers: Vec<String> = names::libraries()
        .iter()
        .map(|l| [LIBRARY_COLUMN_PREFIX, l.id].concat())
        .collect();
    push_row(
        &mut out,
        COLUMNS
            .iter()
            .copied()
            .chain(library_headers.iter().map(String::as_str)),
    );
    for entry in entries {
        let cells = values(entry).map(|value| match value {
            Value::Number(n) => n.to_string(),
            Value::Text(text) => text.to_string(),
            Value::List(items) => items.join(LIST_SEPARATOR),
            Value::Absent => String::new(),
        });
        let library_cells: Vec<String> = library_cells(entry.code).map(|(_, c)| c).collect();
        push_row(
            &mut out,
            cells.iter().chain(&library_cells).map(String::as_str),
        );
    }
    out
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

/// Quotes a cell when it holds a quote, comma or line break, doubling quotes.
/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR
/// first) gets a leading `'` so it is shown as text instead of evaluated.
fn push_cell(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = cell.contains(['"', ',', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}
