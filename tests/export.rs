//! CSV and JSON exports: escaping of every special case, formula neutralisation,
//! the fixed header, CRLF line ends, and JSON that parses back to the same values.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::export::{
    export_file_name, to_csv, to_json, visible_entries, ExportKind, COLUMNS, LIBRARY_COLUMN_PREFIX,
};
use http_status_table::names;
use http_status_table::query::{
    run, Query, Scope, SearchIndex, SortColumn, SortDirection, SortOrder,
};
use http_status_table::registry::{
    entries, Alias, AliasKind, Entry, RegistryStatus, SiteDefinition, Text,
};
use serde_json::Value;
use std::borrow::Cow;

const BASE_HEADER: &str = "code,name,class,status,description,reference,aliases,vendor,vendor_documented_at,site_name,site_description,site_link,also_known_as,standing,deprecated_by";

/// The base columns, then one `name_<id>` column per library.
fn header() -> String {
    let libraries: Vec<String> = names::libraries()
        .iter()
        .map(|l| format!(",{LIBRARY_COLUMN_PREFIX}{}", l.id))
        .collect();
    format!("{BASE_HEADER}{}\r\n", libraries.concat())
}

fn width() -> usize {
    COLUMNS.len() + names::libraries().len()
}

/// Strings meant to break out of a CSV cell, a JSON string or a script tag.
const HOSTILE: &[&str] = &[
    "</script><script>alert(1)</script>",
    "say \"hi\"",
    "back\\slash \\u0041",
    "line\nbreak",
    "carriage\rreturn",
    "crlf\r\nend",
    "tab\there",
    "nul\u{0} bell\u{7} esc\u{1b} us\u{1f} del\u{7f}",
    "emoji 🦀 👩\u{200d}💻 and é",
    "separators \u{2028} and \u{2029}",
    "a,b,c",
    "=1+1",
    "+SUM(A1:A2)",
    "-2+3",
    "@cmd",
    "\tindented",
    "\rcr first",
    "=HYPERLINK(\"http://example.com\",\"x\")",
    "",
];

fn owned(text: &str) -> Text {
    Cow::Owned(text.to_string())
}

fn alias(name: &str, kind: AliasKind) -> Alias {
    Alias {
        name: owned(name),
        kind,
    }
}

/// A site-only entry whose every text field holds `text`.
fn hostile_entry(text: &str) -> Entry {
    Entry {
        code: 599,
        name: owned(text),
        aliases: Cow::Owned(vec![
            alias(text, AliasKind::Former),
            alias("second", AliasKind::Former),
            alias(text, AliasKind::AlsoKnownAs),
        ]),
        status: RegistryStatus::Site,
        standing: None,
        deprecated_by: None,
        reference: None,
        vendor: None,
        description: owned(text),
        site: Some(SiteDefinition {
            name: owned(text),
            description: owned(text),
            link: Some(owned(text)),
        }),
    }
}

/// An RFC 4180 reader for the tests: rows of cells, checking CRLF after each row.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                quoted = true;
                at_cell_start = false;
            }
            '"' => panic!("bare quote inside an unquoted cell in {text:?}"),
            ',' => {
                row.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF outside quotes");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_cell_start = true;
            }
            '\n' => panic!("LF without CR outside quotes"),
            _ => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    assert!(!quoted, "unterminated quoted cell");
    assert!(row.is_empty() && cell.is_empty(), "last row lacks CRLF");
    rows
}

/// What a spreadsheet-safe cell holding `text` reads as.
fn neutralised(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn csv_row_of(entry: &Entry) -> Vec<String> {
    let rows = parse_csv(&to_csv(&[entry]));
    assert_eq!(rows.len(), 2);
    rows[1].clone()
}

#[test]
fn header_row_is_fixed_and_alone_for_no_rows() {
    assert_eq!(to_csv(&[]), header());
    assert_eq!(COLUMNS.join(","), BASE_HEADER);
    assert!(header().contains(",name_go,name_python,"), "{}", header());
    let all: Vec<&Entry> = entries().iter().collect();
    assert!(to_csv(&all).starts_with(&header()));
}

#[test]
fn every_line_ends_with_crlf() {
    let all: Vec<&Entry> = entries().iter().collect();
    let csv = to_csv(&all);
    assert!(csv.ends_with("\r\n"));
    // Registry texts hold no line breaks, so every LF ends a row.
    assert_eq!(csv.matches('\n').count(), all.len() + 1);
    assert_eq!(csv.matches("\r\n").count(), all.len() + 1);
}

#[test]
fn plain_cells_are_written_as_they_are() {
    let entry = entries()
        .iter()
        .find(|e| e.code == 404)
        .expect("404 is registered");
    let line = to_csv(&[entry]);
    let row = line.strip_prefix(&header()).expect("header first");
    assert!(
        row.starts_with("404,Not Found,Client Error,Registered,"),
        "{row}"
    );
    assert!(
        row.contains(",http.StatusNotFound,HTTPStatus.NOT_FOUND,"),
        "{row}"
    );
    assert!(row.contains(",https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5,"));
}

#[test]
fn each_special_case_is_escaped() {
    let cases: &[(&str, &str)] = &[
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("=A1,B1", "\"'=A1,B1\""),
        ("=\"x\"", "\"'=\"\"x\"\"\""),
        ("a=b", "a=b"),
        ("", ""),
    ];
    for (text, written) in cases {
        let csv = to_csv(&[&hostile_entry(text)]);
        let row = csv.strip_prefix(&header()).expect("header first");
        assert!(
            row.starts_with(&format!("599,{written},Server Error,")),
            "{text:?} was written as {row:?}"
        );
    }
}

#[test]
fn hostile_text_reads_back_as_itself_behind_the_formula_guard() {
    for text in HOSTILE {
        let entry = hostile_entry(text);
        let row = csv_row_of(&entry);
        let expected: Vec<String> = vec![
            "599".into(),
            neutralised(text),
            "Server Error".into(),
            "Defined by this site".into(),
            neutralised(text),
            String::new(),
            neutralised(&format!("{text}; second")),
            String::new(),
            String::new(),
            neutralised(text),
            neutralised(text),
            neutralised(text),
            neutralised(text),
            String::new(),
            String::new(),
        ];
        assert_eq!(row.len(), width());
        assert_eq!(row[..COLUMNS.len()], expected, "{text:?}");
    }
}

#[test]
fn rows_keep_the_given_order_and_every_column() {
    let all: Vec<&Entry> = entries().iter().rev().collect();
    let rows = parse_csv(&to_csv(&all));
    assert_eq!(rows.len(), all.len() + 1);
    for (row, entry) in rows[1..].iter().zip(&all) {
        assert_eq!(row.len(), width());
        assert_eq!(row[0], entry.code.to_string());
        assert_eq!(row[1], neutralised(&entry.name));
        assert_eq!(row[3], entry.status.label());
        assert_eq!(row[6], names(entry, AliasKind::Former).join("; "));
        assert_eq!(row[12], names(entry, AliasKind::AlsoKnownAs).join("; "));
        assert_eq!(row[13], entry.standing.map_or("", |s| s.label()));
        let deprecated_by = entry.deprecated_by.as_ref().map(|r| &*r.label);
        assert_eq!(row[14], deprecated_by.unwrap_or_default());
        assert_eq!(
            row[7],
            entry
                .vendor
                .as_ref()
                .map_or(String::new(), |v| neutralised(&v.name))
        );
    }
}

fn names(entry: &Entry, kind: AliasKind) -> Vec<&str> {
    entry.aliases_of(kind).map(|(_, a)| &*a.name).collect()
}

fn parse_json(text: &str) -> Vec<Value> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items,
        other => panic!("not a JSON array: {other:?}"),
    }
}

#[test]
fn json_has_one_object_per_row_with_every_key() {
    assert_eq!(parse_json(&to_json(&[])).len(), 0);
    let all: Vec<&Entry> = entries().iter().collect();
    let items = parse_json(&to_json(&all));
    assert_eq!(items.len(), all.len());
    for (item, entry) in items.iter().zip(&all) {
        let object = item.as_object().expect("an object");
        let keys: Vec<&str> = object.keys().map(String::as_str).collect();
        let mut columns = COLUMNS.to_vec();
        columns.push("names");
        columns.sort_unstable();
        assert_eq!(keys, columns);
        assert_eq!(item["code"], Value::from(entry.code));
        assert_eq!(item["name"], Value::from(&*entry.name));
        assert_eq!(item["class"], Value::from(entry.class().name()));
        assert_eq!(
            item["aliases"],
            Value::from(names(entry, AliasKind::Former))
        );
        let also_known_as = names(entry, AliasKind::AlsoKnownAs);
        assert_eq!(item["also_known_as"], Value::from(also_known_as));
        match &entry.reference {
            Some(reference) => assert_eq!(item["reference"], Value::from(&*reference.url)),
            None => assert_eq!(item["reference"], Value::Null),
        }
        match &entry.vendor {
            Some(vendor) => {
                assert_eq!(item["vendor"], Value::from(&*vendor.name));
                assert_eq!(
                    item["vendor_documented_at"],
                    Value::from(&*vendor.documented_at)
                );
            }
            None => assert_eq!(item["vendor"], Value::Null),
        }
        assert_eq!(item["site_name"], Value::Null);
        assert_eq!(item["site_link"], Value::Null);
    }
}

#[test]
fn json_keys_follow_the_column_order() {
    let entry = &entries()[0];
    let json = to_json(&[entry]);
    let positions: Vec<usize> = COLUMNS
        .iter()
        .map(|key| json.find(&format!("\"{key}\": ")).expect("key present"))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{json}");
}

#[test]
fn hostile_text_survives_json_unchanged_and_inert() {
    let hostile: Vec<Entry> = HOSTILE.iter().map(|t| hostile_entry(t)).collect();
    let rows: Vec<&Entry> = hostile.iter().collect();
    let json = to_json(&rows);
    let items = parse_json(&json);
    assert_eq!(items.len(), HOSTILE.len());
    for (item, text) in items.iter().zip(HOSTILE) {
        for key in [
            "name",
            "description",
            "site_name",
            "site_description",
            "site_link",
        ] {
            assert_eq!(item[key], Value::from(*text), "{key} of {text:?}");
        }
        assert_eq!(item["aliases"], Value::from(vec![*text, "second"]));
        assert_eq!(item["vendor"], Value::Null);
        assert_eq!(item["reference"], Value::Null);
    }
    // Nothing that could close a script element, end a JavaScript string or
    // break a line made it through raw.
    assert!(!json.contains('<') && !json.contains('>') && !json.contains('&'));
    assert!(!json.contains(['\u{2028}', '\u{2029}', '\r', '\t', '\u{0}', '\u{7f}']));
    assert!(json.contains("\\u003c/script\\u003e"));
    assert!(json.contains("\\u2028") && json.contains("\\u2029"));
    assert!(json.contains("\\u000a") && json.contains("\\\"hi\\\""));
    assert!(json.contains("back\\\\slash \\\\u0041"));
    assert!(json.contains("🦀"), "non-ASCII text stays readable");
    // The only raw line breaks are the layout's: after `[`, after each object, after `]`.
    assert_eq!(json.matches('\n').count(), HOSTILE.len() + 2);
}

#[test]
fn exports_follow_the_current_filter_and_sort() {
    let index = SearchIndex::new(entries().to_vec());
    let sort = SortOrder {
        column: SortColumn::Code,
        direction: SortDirection::Descending,
    };
    let outcome = run(&index, &Query::parse("40"), Scope::default(), sort);
    let visible = visible_entries(&index, &outcome.rows);
    let codes: Vec<u16> = visible.iter().map(|e| e.code).collect();
    assert_eq!(codes, [409, 408, 407, 406, 405, 404, 403, 402, 401, 400]);
    let csv_codes: Vec<String> = parse_csv(&to_csv(&visible))[1..]
        .iter()
        .map(|row| row[0].clone())
        .collect();
    assert_eq!(
        csv_codes,
        ["409", "408", "407", "406", "405", "404", "403", "402", "401", "400"]
    );
    let json_codes: Vec<Value> = parse_json(&ExportKind::Json.render(&visible))
        .iter()
        .map(|item| item["code"].clone())
        .collect();
    assert_eq!(
        json_codes,
        codes.iter().map(|&c| Value::from(c)).collect::<Vec<_>>()
    );
    // A row number the index does not have is skipped, not a panic.
    assert_eq!(visible_entries(&index, &[usize::MAX, 0]).len(), 1);
}

#[test]
fn file_names_are_safe() {
    use ExportKind::{Csv, Json};
    assert_eq!(export_file_name(Csv, ""), "http-status-codes.csv");
    assert_eq!(export_file_name(Json, "   "), "http-status-codes.json");
    assert_eq!(
        export_file_name(Csv, "4xx timeout"),
        "http-status-codes-4xx-timeout.csv"
    );
    assert_eq!(
        export_file_name(Json, "../../etc/passwd"),
        "http-status-codes-etc-passwd.json"
    );
    assert_eq!(
        export_file_name(Csv, "<script>\u{0}🦀Not  Found?"),
        "http-status-codes-script-not-found.csv"
    );
    assert_eq!(export_file_name(Csv, "🦀é"), "http-status-codes.csv");
    let long = export_file_name(Csv, &"ab ".repeat(100));
    assert!(long.len() <= "http-status-codes-.csv".len() + 40, "{long}");
    assert!(!long.contains("-.csv"), "{long}");
    for name in [long, export_file_name(Json, "a/b\\c:d*e?f\"g<h>i|j")] {
        assert!(
            name.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.".contains(&b)),
            "{name}"
        );
    }
    assert_eq!(Csv.media_type(), "text/csv;charset=utf-8");
    assert_eq!(Json.media_type(), "application/json");
}

#[test]
fn both_files_carry_each_library_name_with_its_standing_version_and_source() {
    let entry = entries()
        .iter()
        .find(|e| e.code == 413 && e.is_official())
        .expect("413");
    let rows = parse_csv(&to_csv(&[entry]));
    let column = |id: &str| {
        let at = rows[0]
            .iter()
            .position(|h| *h == format!("{LIBRARY_COLUMN_PREFIX}{id}"))
            .expect("a column per library");
        rows[1][at].clone()
    };
    assert_eq!(
        column("python"),
        "HTTPStatus.CONTENT_TOO_LARGE; HTTPStatus.REQUEST_ENTITY_TOO_LARGE (alias since 3.13)"
    );
    assert_eq!(column("go"), "http.StatusRequestEntityTooLarge");
    let teapot = entries().iter().find(|e| e.code == 418).expect("418");
    let rows = parse_csv(&to_csv(&[teapot]));
    let dotnet = rows[0]
        .iter()
        .position(|h| h == "name_dotnet")
        .expect("dotnet");
    assert_eq!(rows[1][dotnet], "", ".NET has no name for 418");

    let items = parse_json(&to_json(&[entry]));
    let names = items[0]["names"].as_array().expect("names");
    let python = names
        .iter()
        .find(|n| n["identifier"] == "HTTPStatus.REQUEST_ENTITY_TOO_LARGE")
        .expect("the alias");
    assert_eq!(python["library"], "python");
    assert_eq!(python["status"], "alias");
    assert_eq!(python["changed"], "3.13");
    assert_eq!(python["added"], Value::Null);
    let library = http_status_table::names::library("python").expect("python");
    assert_eq!(python["version"], library.version);
    assert_eq!(python["source"], library.source);
}
