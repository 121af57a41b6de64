//! A JSON array of objects, one per entry, keyed by the column names.

use super::{values, Value, COLUMNS};
use crate::names;
use crate::registry::Entry;
use std::fmt::Write as _;

/// The entries in the given order; absent values are `null`, former names an array.
pub fn to_json(entries: &[&Entry]) -> String {
    if entries.is_empty() {
        return "[]\n".to_string();
    }
    let mut out = String::from("[\n");
    for (i, entry) in entries.iter().enumerate() {
        out.push_str(if i == 0 { "  {" } else { ",\n  {" });
        for (j, (key, value)) in COLUMNS.iter().zip(values(entry)).enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            push_string(&mut out, key);
            out.push_str(": ");
            match value {
                Value::Number(n) => {
                    // Writing to a String cannot fail.
                    let _ = write!(out, "{n}");
                }
                Value::Text(text) => push_string(&mut out, text),
                Value::List(items) => {
                    out.push('[');
                    for (k, item) in items.iter().enumerate() {
                        if k > 0 {
                            out.push_str(", ");
                        }
                        push_string(&mut out, item);
                    }
                    out.push(']');
                }
                Value::Absent => out.push_str("null"),
            }
        }
        push_names(&mut out, entry.code);
        out.push('}');
    }
    out.push_str("\n]\n");
    out
}

/// `, "names": [...]`: every library's names for `code`, each with the
/// version and the file it was read from (as the data API gives them).
fn push_names(out: &mut String, code: u16) {
    out.push_str(", \"names\": [");
    let all = names::libraries().iter().flat_map(|l| l.names_of(code));
    for (i, name) in all.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let optional = |v: Option<&'static str>| v.unwrap_or("");
        let fields = [
            ("library", name.library.id),
            ("identifier", name.identifier),
            ("status", name.status.word()),
            ("added", optional(name.added)),
            ("changed", optional(name.changed)),
            ("version", name.library.version),
            ("source", name.library.source),
        ];
        out.push('{');
        for (j, (key, value)) in fields.into_iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            push_string(out, key);
            out.push_str(": ");
            if value.is_empty() && matches!(key, "added" | "changed") {
                out.push_str("null");
            } else {
                push_string(out, value);
            }
        }
        out.push('}');
    }
    out.push(']');
}

/// A JSON string literal. Besides what JSON requires (quote, backslash, control
/// characters), `<`, `>`, `&`, DEL and U+2028/U+2029 are escaped too, so the
/// text stays inert if someone pastes it into a `<script>` or older JavaScript.
fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{0}'..='\u{1f}' | '\u{7f}' | '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}
