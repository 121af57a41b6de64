//! The layers go one way down: registry → query → config → ui → host. This
//! reads every source file and fails on a `crate::` path to a layer above the
//! file's own (an upward `use`), so the import graph stays the README's.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

/// Each top-level module and the modules it may name.
const ALLOWED: &[(&str, &[&str])] = &[
    ("registry", &[]),
    ("names", &[]),
    ("query", &["registry", "names"]),
    ("text", &["registry", "query"]),
    ("details", &["registry", "text"]),
    ("export", &["registry", "query", "names"]),
    ("guide", &["registry", "query", "details"]),
    ("config", &["registry", "query", "guide", "names"]),
    (
        "ui",
        &[
            "registry", "query", "text", "details", "guide", "names", "export", "config",
        ],
    ),
    (
        "host",
        &[
            "registry", "query", "text", "details", "guide", "names", "export", "config", "ui",
        ],
    ),
];

/// The first segment of every `crate::` path in `source`, including each item
/// of a grouped `use crate::{a, b::c}`.
fn crate_paths(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in source.match_indices("crate::") {
        // `http_status_table::` is not `crate::`; nor is a word ending in "crate".
        if source[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &source[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.insert(name);
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_names_a_layer_above_its_own() {
    let mut violations = Vec::new();
    for (layer, allowed) in ALLOWED {
        let mut files = Vec::new();
        let folder = Path::new("src").join(layer);
        if folder.is_dir() {
            rust_files(&folder, &mut files);
        }
        let single = Path::new("src").join(format!("{layer}.rs"));
        if single.is_file() {
            files.push(single);
        }
        assert!(!files.is_empty(), "src/{layer} has no source files");
        for file in files {
            let source = std::fs::read_to_string(&file).expect("readable");
            for name in crate_paths(&source) {
                if name != *layer && !allowed.contains(&name.as_str()) {
                    violations.push(format!("{} names crate::{name}", file.display()));
                }
            }
        }
    }
    assert!(
        violations.is_empty(),
        "upward imports:\n{}",
        violations.join("\n")
    );
}

#[test]
fn every_top_level_module_has_a_place_in_the_layers() {
    let lib = std::fs::read_to_string("src/lib.rs").expect("lib.rs");
    for line in lib.lines() {
        if let Some(name) = line.trim().strip_prefix("pub mod ") {
            let name = name.trim_end_matches(';');
            assert!(
                ALLOWED.iter().any(|(layer, _)| *layer == name),
                "src/lib.rs declares {name}, which tests/layers.rs does not place"
            );
        }
    }
}

#[test]
fn the_check_finds_grouped_and_plain_paths() {
    let source =
        "use crate::{ui::Page, query};\nlet x = crate::host::api::f();\nhttp_status_table::ui::x";
    let found: Vec<String> = crate_paths(source).into_iter().collect();
    assert_eq!(found, ["host", "query", "ui"]);
}
