//! The option table is the one declaration of the options: the JS entry's
//! attribute list, the TypeScript declaration and the README are checked
//! against it, and every option's example and reset go through its parser.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::config::options::{canonical_name, OptionSpec, FRAME_PARAMETERS, OPTIONS};
use http_status_table::config::WidgetOptions;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let to = text[from..]
        .find(end)
        .unwrap_or_else(|| panic!("no {end:?}"));
    &text[from..from + to]
}

#[test]
fn the_custom_element_observes_exactly_the_attribute_options() {
    let entry = read("assets/entry/widget.js");
    let list = between(&entry, "const ATTRIBUTES = [", "]");
    let observed: Vec<&str> = list
        .split(',')
        .map(|item| item.trim().trim_matches('"'))
        .filter(|item| !item.is_empty())
        .collect();
    let declared: Vec<&str> = OPTIONS
        .iter()
        .filter(|o| o.is_attribute())
        .map(|o| o.attribute)
        .collect();
    assert_eq!(observed, declared);
}

#[test]
fn the_served_page_script_knows_the_frame_parameters() {
    let script = read("assets/start.js");
    let list = between(&script, "const FRAME_PARAMETERS = [", "]");
    let copied: Vec<&str> = list
        .split(',')
        .map(|item| item.trim().trim_matches('"'))
        .collect();
    assert_eq!(copied, FRAME_PARAMETERS);
    // The script marks the page for `?embed` through the list's first entry.
    assert!(script.contains("params.has(FRAME_PARAMETERS[0])"));
}

#[test]
fn the_typescript_declaration_lists_every_option_with_its_type() {
    let api = read("src/host/api.rs");
    let block = between(&api, "export interface WidgetOptions {", "\n}");
    let fields: Vec<(String, String)> = block
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("/*") && !line.starts_with('*'))
        .map(|line| {
            let (key, ts_type) = line.split_once("?:").unwrap_or_else(|| panic!("{line}"));
            let ts_type = ts_type.trim().trim_end_matches(';');
            (key.trim().to_string(), ts_type.to_string())
        })
        .collect();
    let declared: Vec<(String, String)> = OPTIONS
        .iter()
        .map(|o| (o.js_key.to_string(), o.ts_type.to_string()))
        .collect();
    assert_eq!(fields, declared);
}

#[test]
fn the_readme_documents_every_option() {
    let readme = read("README.md");
    let table = between(&readme, "### Options", "**Site entries**");
    for option in &OPTIONS {
        let row = format!("| `{}`", option.js_key);
        assert!(table.contains(&row), "README's option table lacks {row}");
        if option.attribute != option.js_key {
            assert!(
                table.contains(&format!("`{}`", option.attribute)),
                "{}",
                option.attribute
            );
        }
    }
}

#[test]
fn every_option_parses_its_example_and_resets_to_a_value() {
    for option in OPTIONS.iter().filter(|o| o.is_attribute()) {
        let (parsed, problems) = WidgetOptions::from_strings([(option.attribute, option.example)]);
        assert_eq!(problems, vec![], "{}", option.js_key);
        assert_ne!(
            parsed,
            WidgetOptions::default(),
            "{} set nothing",
            option.js_key
        );
        let (by_key, _) = WidgetOptions::from_strings([(option.js_key, option.example)]);
        assert_eq!(by_key, parsed, "{} by JS key", option.js_key);
        // A reset sets the same field to its default: something, not nothing.
        let reset = option.default_options();
        assert_ne!(
            reset,
            WidgetOptions::default(),
            "{} resets nothing",
            option.js_key
        );
        assert_eq!(canonical_name(option.attribute), option.js_key);
    }
    // Entries are never text, and say how to give them.
    let (_, problems) = WidgetOptions::from_strings([("entries", "[]")]);
    assert!(
        problems[0].message.contains("application/json"),
        "{problems:?}"
    );
    assert!(OptionSpec::find("nope").is_none());
}
