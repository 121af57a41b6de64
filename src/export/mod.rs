//! The visible rows (current filter and sort) as CSV or JSON downloads. Both
//! writers are hand-written: a JSON or CSV crate would cost more of the wasm
//! size budget than these few lines.

mod csv;
mod json;

pub use csv::to_csv;
pub use json::to_json;

use crate::names::{self, Library, NameStatus};
use crate::query::SearchIndex;
use crate::registry::{AliasKind, Entry, Standing};

/// The column names, in order: the CSV header row and the JSON keys. One fixed
/// set, so files from different views line up.
pub const COLUMNS: [&str; 15] = [
    "code",
    "name",
    "class",
    "status",
    "description",
    "reference",
    "aliases",
    "vendor",
    "vendor_documented_at",
    "site_name",
    "site_description",
    "site_link",
    "also_known_as",
    "standing",
    "deprecated_by",
];

/// One cell before it is written in either format.
enum Value<'a> {
    Number(u16),
    Text(&'a str),
    List(Vec<&'a str>),
    Absent,
}

fn optional(text: Option<&str>) -> Value<'_> {
    text.map_or(Value::Absent, Value::Text)
}

/// An entry's cells, in the order of [`COLUMNS`].
fn values(entry: &Entry) -> [Value<'_>; 15] {
    let site = entry.site.as_ref();
    let names = |kind| Value::List(entry.aliases_of(kind).map(|(_, a)| &*a.name).collect());
    [
        Value::Number(entry.code),
        Value::Text(&entry.name),
        Value::Text(entry.class().name()),
        Value::Text(entry.status.label()),
        Value::Text(&entry.description),
        optional(entry.reference.as_ref().map(|r| &*r.url)),
        names(AliasKind::Former),
        optional(entry.vendor.as_ref().map(|v| &*v.name)),
        optional(entry.vendor.as_ref().map(|v| &*v.documented_at)),
        optional(site.map(|s| &*s.name)),
        optional(site.map(|s| &*s.description)),
        optional(site.and_then(|s| s.link.as_deref())),
        names(AliasKind::AlsoKnownAs),
        optional(entry.standing.map(Standing::label)),
        optional(entry.deprecated_by.as_ref().map(|r| &*r.label)),
    ]
}

/// After [`COLUMNS`], a CSV file has one column per library, `name_<id>`
/// (`name_go`): the code's names there, the current one first, each other
/// one with its standing. The JSON file has a `names` array instead, with
/// each name's version and source.
pub const LIBRARY_COLUMN_PREFIX: &str = "name_";

/// The CSV cell of `library`'s names for `code`: `http.StatusNotFound`, or
/// `HTTPStatus.CONTENT_TOO_LARGE; HTTPStatus.REQUEST_ENTITY_TOO_LARGE (alias since 3.13)`.
fn library_cell(library: &'static Library, code: u16) -> String {
    library
        .names_of(code)
        .iter()
        .map(|name| match name.standing() {
            Some(standing) if name.status != NameStatus::Current => {
                format!("{} ({standing})", name.identifier)
            }
            _ => name.identifier.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Every library's names for `code`, as (library, cell) pairs in the
/// libraries' order.
fn library_cells(code: u16) -> impl Iterator<Item = (&'static Library, String)> {
    names::libraries()
        .iter()
        .map(move |library| (library, library_cell(library, code)))
}

/// The entries behind the query's row numbers, in display order; row numbers
/// the index does not have are skipped.
pub fn visible_entries<'a>(index: &'a SearchIndex, rows: &[usize]) -> Vec<&'a Entry> {
    rows.iter()
        .filter_map(|&row| index.get(row).map(|(entry, _)| entry))
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportKind {
    Csv,
    Json,
}

impl ExportKind {
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Csv => "csv",
            ExportKind::Json => "json",
        }
    }

    /// For the download's Blob.
    pub fn media_type(self) -> &'static str {
        match self {
            ExportKind::Csv => "text/csv;charset=utf-8",
            ExportKind::Json => "application/json",
        }
    }

    /// The file's contents.
    pub fn render(self, entries: &[&Entry]) -> String {
        match self {
            ExportKind::Csv => to_csv(entries),
            ExportKind::Json => to_json(entries),
        }
    }
}

const FILE_STEM: &str = "http-status-codes";
/// Enough to recognise the filter without an unwieldy name.
const MAX_QUERY_IN_NAME: usize = 40;

/// `http-status-codes.csv`, or `http-status-codes-4xx-timeout.csv` for a
/// filtered view. Only lowercase ASCII letters, digits and `-` come from the
/// query, so the name is safe on every file system and cannot hold a path.
pub fn export_file_name(kind: ExportKind, query_text: &str) -> String {
    let mut slug = String::new();
    for c in query_text.chars() {
        if c.is_ascii_alphanumeric() {
            if slug.len() >= MAX_QUERY_IN_NAME {
                break;
            }
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("{FILE_STEM}.{}", kind.extension())
    } else {
        format!("{FILE_STEM}-{slug}.{}", kind.extension())
    }
}
