//! String-valued widget options (element attributes, URL parameters): any list
//! of name/value pairs. Each pair is judged on its own, a rejected one never
//! spoils the others (a list of codes with some bad items still sets its good
//! ones), and every known option accepts its canonical value.
//! Input: `name=value` lines (lossy UTF-8), so a value never holds a newline.

#![no_main]

use http_status_table::config::options::{
    parse_codes, parse_max_height, JsForm, OptionSpec, MAX_OPTION_TEXT, OPTIONS,
};
use http_status_table::config::{GuideMode, Problem, Theme, WidgetOptions};
use http_status_table::guide;
use http_status_table::names;
use http_status_table::query::{ClassSet, CodeSet, SortColumn, SortDirection, SortOrder};
use http_status_table::registry::StatusClass;
use libfuzzer_sys::fuzz_target;
use std::sync::Once;

/// The names `from_strings` takes (attribute spellings and JS keys, from the
/// option table); every other name is reported.
fn known(name: &str) -> bool {
    OptionSpec::find(name).is_some_and(|o| o.is_attribute())
}

/// Each string option with its example, which it must accept.
fn canonical() -> Vec<(&'static str, &'static str)> {
    OPTIONS
        .iter()
        .filter(|o| o.is_attribute())
        .map(|o| (o.attribute, o.example))
        .collect()
}

/// One `name=value` pair per line (split at the first `=`; a line without one
/// is a name with an empty value, as a bare attribute is).
fn pairs(data: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(data);
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n')
        .map(|line| match line.split_once('=') {
            Some((name, value)) => (name.to_string(), value.to_string()),
            None => (line.to_string(), String::new()),
        })
        .collect()
}

/// Copies every option `one` sets into `into`.
fn overlay(into: &mut WidgetOptions, one: WidgetOptions) {
    macro_rules! take {
        ($($field:ident),*) => {$(
            if one.$field.is_some() {
                into.$field = one.$field;
            }
        )*};
    }
    take!(
        filter,
        sort,
        classes,
        codes,
        unofficial,
        columns,
        compact,
        theme,
        max_height,
        entries,
        guide,
        languages,
        language_column
    );
}

fn check_values(options: &WidgetOptions, pairs: &[(String, String)]) {
    if let Some(filter) = &options.filter {
        assert!(filter.chars().count() <= MAX_OPTION_TEXT);
        let last = pairs
            .iter()
            .rev()
            .find(|(n, _)| n == "filter")
            .expect("a filter pair");
        assert!(
            last.1.starts_with(filter.as_str()),
            "filter is not a prefix of its value"
        );
    }
    if let Some(sort) = options.sort {
        assert_eq!(
            SortOrder::parse(&sort.to_param()),
            Some(sort),
            "sort round trip"
        );
    }
    if let Some(classes) = options.classes {
        assert_ne!(classes, ClassSet::NONE, "no classes accepted");
    }
    if let Some(codes) = options.codes {
        assert!(!codes.is_empty(), "no codes accepted");
        // The last codes pair that set something set these.
        let last = pairs
            .iter()
            .rev()
            .filter(|(n, _)| n == "codes")
            .find_map(|(_, v)| parse_codes(v).0.filter(|_| v.len() <= MAX_OPTION_TEXT))
            .expect("a codes pair with a good item");
        assert_eq!(codes, last, "codes differ from their value");
    }
    if let Some(columns) = &options.columns {
        assert!(!columns.is_empty() && columns.len() <= SortColumn::ALL.len());
        for (i, column) in columns.iter().enumerate() {
            assert!(!columns[..i].contains(column), "column twice");
        }
    }
    if let Some(Some(height)) = &options.max_height {
        assert_eq!(
            parse_max_height(height).as_deref(),
            Ok(height.as_str()),
            "height round trip"
        );
        let unit_at = height
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .expect("a unit");
        let (number, unit) = height.split_at(unit_at);
        assert!(
            ["px", "em", "rem", "vh", "svh", "dvh", "%"].contains(&unit),
            "unit of {height:?}"
        );
        let (whole, fraction) = number.split_once('.').unwrap_or((number, "0"));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        assert!(digits(whole) && digits(fraction), "number of {height:?}");
        // Leading zeros are fine (`007px`); the value is positive and below 100000.
        assert!(
            whole.trim_start_matches('0').len() <= 5,
            "too high: {height:?}"
        );
        assert!(
            format!("{whole}{fraction}").bytes().any(|b| b != b'0'),
            "zero height {height:?}"
        );
    }
    if let Some(GuideMode::OpenAt(step)) = options.guide {
        // A step is always one the guide has, named by its id.
        assert_eq!(guide::find(guide::id(step)), Some(step), "guide step round trip");
    }
    if let Some(languages) = &options.languages {
        // Known libraries, each once, in the order first given.
        assert!(languages.len() <= names::libraries().len());
        for (i, library) in languages.iter().enumerate() {
            assert_eq!(names::library(library.id), Some(*library), "a known library");
            assert!(!languages[..i].contains(library), "a library twice");
        }
    }
    if let Some(Some(library)) = options.language_column {
        assert_eq!(names::library(library.id), Some(library), "a known library");
    }
    assert_eq!(options.entries, None, "entries set from a string");
}

fn check_problems(problems: &[Problem], rejected: &[&str]) {
    let names: Vec<&str> = problems.iter().map(|p| p.option.as_str()).collect();
    assert_eq!(names, rejected, "problems are the rejected pairs, in order");
    for problem in problems {
        assert!(!problem.message.is_empty());
        assert!(
            problem.message.len() < 400,
            "long message: {}",
            problem.message
        );
    }
}

/// Every string option takes its canonical value. Together with the pair-by-pair
/// check in the target, this means they are taken after any other pairs too.
fn check_canonical() {
    let (options, problems) = WidgetOptions::from_strings(canonical());
    assert_eq!(problems, vec![], "a canonical value was refused");
    assert_eq!(options.filter.as_deref(), Some("404"));
    assert_eq!(
        options.sort,
        Some(SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Descending
        })
    );
    assert_eq!(
        options.classes,
        Some(
            ClassSet::NONE
                .with(StatusClass::ClientError)
                .with(StatusClass::ServerError)
        )
    );
    assert_eq!(
        options.codes,
        Some(
            CodeSet::NONE
                .with(200)
                .with(201)
                .with(204)
                .with_range(400..=404)
                .with(429)
                .with_range(500..=599)
        )
    );
    assert_eq!(options.unofficial, Some(true));
    assert_eq!(
        options.columns,
        Some(vec![SortColumn::Code, SortColumn::Name])
    );
    assert_eq!(options.compact, Some(false));
    assert_eq!(options.theme, Some(Theme::Dark));
    assert_eq!(options.max_height, Some(Some("30em".to_string())));
    let ids = |libraries: &Option<Vec<&'static names::Library>>| {
        libraries
            .as_ref()
            .map(|l| l.iter().map(|l| l.id).collect::<Vec<_>>())
    };
    assert_eq!(ids(&options.languages), Some(vec!["go", "python", "spring"]));
    assert_eq!(options.language_column, Some(names::library("go")));
    let example = OptionSpec::find("guide").map_or("", |o| o.example);
    assert_eq!(
        options.guide,
        guide::find(example).map(GuideMode::OpenAt),
        "the guide's example is a step"
    );
}

static CANONICAL_ACCEPTED: Once = Once::new();

fuzz_target!(|data: &[u8]| {
    let pairs = pairs(data);
    let borrowed = || pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()));
    let (options, problems) = WidgetOptions::from_strings(borrowed());

    // Each pair on its own: unknown names and rejected values are the problems,
    // accepted ones are the options (the later one of a name wins).
    let mut expected = WidgetOptions::default();
    let mut rejected = Vec::new();
    for (name, value) in borrowed() {
        if !known(name) {
            rejected.push(name);
            continue;
        }
        let mut one = WidgetOptions::default();
        match one.set_from_str(name, value) {
            Ok(()) => {
                assert_ne!(
                    one,
                    WidgetOptions::default(),
                    "{name:?} accepted but set nothing"
                );
                overlay(&mut expected, one);
            }
            Err(problem) => {
                assert_eq!(problem.option, name);
                // Only a list of codes sets its good items when some are bad,
                // and a step the guide does not have opens it at its start.
                // So does a list of languages with some known ones.
                let partial = OptionSpec::find(name).is_some_and(|o| {
                    matches!(o.js_form, JsForm::Codes { .. })
                        || o.js_key == "guide"
                        || o.js_key == "languages"
                });
                if partial {
                    overlay(&mut expected, one);
                } else {
                    assert_eq!(
                        one,
                        WidgetOptions::default(),
                        "{name:?} rejected but set something"
                    );
                }
                rejected.push(name);
            }
        }
    }
    check_problems(&problems, &rejected);
    assert_eq!(
        options, expected,
        "options differ from the pairs taken one by one"
    );
    check_values(&options, &pairs);
    CANONICAL_ACCEPTED.call_once(check_canonical);
});
