//! The query engine on the real registry: one case per rule, sorting, and
//! properties that must hold for any input.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::query::{
    self, filter_in_order, sorted_rows, ClassSet, CodeSet, Notice, Outcome, Query, Scope,
    SearchIndex, SortColumn, SortDirection, SortOrder,
};
use http_status_table::registry::{entries, StatusClass};
use proptest::prelude::*;
use std::sync::OnceLock;

/// The reader's sort and scope together, as these tests vary them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Case {
    sort: SortOrder,
    show_unofficial: bool,
    classes: ClassSet,
    codes: CodeSet,
}

impl Case {
    fn scope(self) -> Scope {
        Scope {
            show_unofficial: self.show_unofficial,
            classes: self.classes,
            codes: self.codes,
        }
    }
}

fn run(index: &SearchIndex, query: &Query, case: Case) -> Outcome {
    query::run(index, query, case.scope(), case.sort)
}

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(entries().to_vec()))
}

fn codes_with(query: &str, view: Case) -> Vec<u16> {
    run(index(), &Query::parse(query), view)
        .rows
        .iter()
        .map(|&r| entries()[r].code)
        .collect()
}

fn codes(query: &str) -> Vec<u16> {
    codes_with(query, Case::default())
}

fn all_codes() -> Vec<u16> {
    codes("")
}

fn official_in(range: std::ops::RangeInclusive<u16>) -> Vec<u16> {
    all_codes()
        .into_iter()
        .filter(|c| range.contains(c))
        .collect()
}

const WITH_UNOFFICIAL: Case = Case {
    sort: SortOrder {
        column: SortColumn::Code,
        direction: SortDirection::Ascending,
    },
    show_unofficial: true,
    classes: ClassSet::ALL,
    codes: CodeSet::ALL,
};

#[test]
fn empty_query_lists_the_official_registry_in_code_order() {
    let all = all_codes();
    assert_eq!(all.len(), 64);
    assert!(all.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(codes("   \t "), all);
    assert_eq!(codes_with("", WITH_UNOFFICIAL).len(), entries().len());
}

#[test]
fn codes_and_prefixes() {
    assert_eq!(codes("404"), vec![404]);
    assert_eq!(codes("  404  "), vec![404]);
    assert_eq!(codes("40"), official_in(400..=409));
    assert_eq!(codes("4"), official_in(400..=499));
    assert_eq!(codes("20"), official_in(200..=209));
}

#[test]
fn class_wildcards() {
    assert_eq!(codes("4xx"), official_in(400..=499));
    assert_eq!(codes("4XX"), official_in(400..=499));
    assert_eq!(codes("40x"), official_in(400..=409));
    assert_eq!(codes("5xx"), official_in(500..=599));
    assert_eq!(codes("xxx"), all_codes());
}

#[test]
fn class_words() {
    assert_eq!(codes("client error"), official_in(400..=499));
    assert_eq!(codes("Client Error"), official_in(400..=499));
    assert_eq!(codes("error client"), official_in(400..=499));
    assert_eq!(codes("client-error"), official_in(400..=499));
    assert_eq!(codes("server error"), official_in(500..=599));
    assert_eq!(codes("server"), official_in(500..=599));
    assert_eq!(codes("redirect"), official_in(300..=399));
    assert_eq!(codes("redirection"), official_in(300..=399));
    assert_eq!(codes("informational"), official_in(100..=199));
    assert_eq!(codes("success"), official_in(200..=299));
    assert_eq!(codes("successful"), official_in(200..=299));
    // A partial class word also matches the class.
    assert!(codes("redir").starts_with(&official_in(300..=399)));
    // With unofficial codes shown, a vendor code named after the word is included.
    assert!(codes_with("redirect", WITH_UNOFFICIAL).contains(&451));
}

#[test]
fn name_words_ignore_case_and_punctuation() {
    assert_eq!(codes("not found"), vec![404]);
    assert_eq!(codes("NOT FOUND"), vec![404]);
    assert_eq!(codes("found not"), vec![404]);
    assert_eq!(codes("notfound"), vec![404]);
    for timeout in ["timeout", "time-out", "Time-Out", "TIMEOUT"] {
        let found = codes(timeout);
        assert!(
            found.contains(&408) && found.contains(&504),
            "{timeout}: {found:?}"
        );
    }
    assert_eq!(codes("4xx timeout"), vec![408]);
    assert_eq!(codes("5xx timeout"), vec![504]);
    assert!(codes("teapot").contains(&418));
}

#[test]
fn former_names_are_found() {
    assert!(codes("moved temporarily").contains(&302));
    assert!(codes("payload too large").contains(&413));
    assert!(codes("request entity too large").contains(&413));
    assert!(codes("unprocessable entity").contains(&422));
    assert!(codes("request-uri").contains(&414));
    assert!(codes("switch proxy").contains(&306));
}

#[test]
fn description_words_are_found() {
    let retry = codes("retry-after");
    assert!(retry.contains(&503) && retry.contains(&429), "{retry:?}");
    assert!(codes("www-authenticate").contains(&401));
    assert!(codes("allow header").contains(&405));
}

#[test]
fn every_term_must_match() {
    let both = codes("request large");
    assert!(both.contains(&413) && both.contains(&431));
    assert!(both
        .iter()
        .all(|c| codes("request").contains(c) && codes("large").contains(c)));
    assert_eq!(codes("404 teapot"), Vec::<u16>::new());
}

#[test]
fn status_words_find_special_registrations() {
    assert!(codes("deprecated").contains(&305));
    assert!(codes("unused").contains(&306) && codes("unused").contains(&418));
    assert!(codes("obsoleted").contains(&510));
    assert!(codes("temporary").contains(&104));
}

#[test]
fn unassigned_and_impossible_codes_are_explained() {
    let outcome = run(index(), &Query::parse("299"), Case::default());
    assert!(outcome.rows.is_empty());
    assert_eq!(
        outcome.notices,
        vec![Notice::Unassigned {
            code: 299,
            class: StatusClass::Successful
        }]
    );
    let outcome = run(index(), &Query::parse("600"), Case::default());
    assert_eq!(outcome.notices, vec![Notice::NotACode("600".into())]);
    let outcome = run(index(), &Query::parse("6xx"), Case::default());
    assert_eq!(outcome.notices, vec![Notice::NotACode("6xx".into())]);
    // Assigned codes, even unofficial ones, get no such notice.
    assert!(run(index(), &Query::parse("404"), Case::default())
        .notices
        .is_empty());
    assert!(run(index(), &Query::parse("499"), Case::default())
        .notices
        .is_empty());
}

#[test]
fn unofficial_codes_are_hidden_but_counted() {
    let outcome = run(index(), &Query::parse("499"), Case::default());
    assert!(outcome.rows.is_empty());
    assert_eq!(outcome.hidden_unofficial, 2);
    assert_eq!(outcome.total, 64);
    let shown = run(index(), &Query::parse("499"), WITH_UNOFFICIAL);
    assert_eq!(shown.rows.len(), 2);
    assert_eq!(shown.hidden_unofficial, 0);
    assert_eq!(shown.total, entries().len());

    let cloudflare = run(index(), &Query::parse("cloudflare"), Case::default());
    assert!(cloudflare.rows.is_empty());
    assert!(
        cloudflare.hidden_unofficial >= 9,
        "{}",
        cloudflare.hidden_unofficial
    );
    assert_eq!(codes_with("nginx", WITH_UNOFFICIAL).first(), Some(&444));
}

#[test]
fn sorting_by_each_column() {
    let by = |column, direction| {
        let view = Case {
            sort: SortOrder { column, direction },
            show_unofficial: true,
            classes: ClassSet::ALL,
            codes: CodeSet::ALL,
        };
        run(index(), &Query::default(), view).rows
    };
    let name_key = |r: usize| {
        entries()[r]
            .name
            .trim_start_matches('(')
            .to_ascii_lowercase()
    };

    let names = by(SortColumn::Name, SortDirection::Ascending);
    assert!(names.windows(2).all(|w| name_key(w[0]) <= name_key(w[1])));
    // "(Unused)" sorts under U, not before A.
    let first = &entries()[names[0]];
    assert!(first.name.starts_with('A'), "{}", first.name);

    let names_desc = by(SortColumn::Name, SortDirection::Descending);
    assert!(names_desc
        .windows(2)
        .all(|w| name_key(w[0]) >= name_key(w[1])));

    let classes = by(SortColumn::Class, SortDirection::Ascending);
    assert!(classes.windows(2).all(|w| {
        let (a, b) = (&entries()[w[0]], &entries()[w[1]]);
        a.class() < b.class() || (a.class() == b.class() && a.code <= b.code)
    }));
    let classes_desc = by(SortColumn::Class, SortDirection::Descending);
    assert_eq!(entries()[classes_desc[0]].class(), StatusClass::ServerError);
    // Ties fall back to the code, ascending, in both directions.
    assert!(entries()[classes_desc[0]].code < entries()[classes_desc[1]].code);

    let codes_desc = by(SortColumn::Code, SortDirection::Descending);
    assert!(codes_desc
        .windows(2)
        .all(|w| entries()[w[0]].code >= entries()[w[1]].code));

    let descriptions = by(SortColumn::Description, SortDirection::Ascending);
    let key = |r: usize| entries()[r].description.to_ascii_lowercase();
    assert!(descriptions.windows(2).all(|w| key(w[0]) <= key(w[1])));
}

#[test]
fn filtering_keeps_the_chosen_sort() {
    let view = Case {
        sort: SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Descending,
        },
        show_unofficial: false,
        classes: ClassSet::ALL,
        codes: CodeSet::ALL,
    };
    let rows = run(index(), &Query::parse("4xx"), view).rows;
    let names: Vec<_> = rows
        .iter()
        .map(|&r| {
            entries()[r]
                .name
                .trim_start_matches('(')
                .to_ascii_lowercase()
        })
        .collect();
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(names, sorted);
}

#[test]
fn header_clicks_cycle_ascending_then_descending() {
    let start = SortOrder::default();
    assert_eq!(
        start,
        SortOrder {
            column: SortColumn::Code,
            direction: SortDirection::Ascending
        }
    );
    let code_desc = start.after_click(SortColumn::Code);
    assert_eq!(code_desc.direction, SortDirection::Descending);
    assert_eq!(
        code_desc.after_click(SortColumn::Code).direction,
        SortDirection::Ascending
    );
    let name = code_desc.after_click(SortColumn::Name);
    assert_eq!(
        name,
        SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Ascending
        }
    );
}

#[test]
fn sort_parameters_round_trip() {
    for column in SortColumn::ALL {
        for direction in [SortDirection::Ascending, SortDirection::Descending] {
            let order = SortOrder { column, direction };
            assert_eq!(SortOrder::parse(&order.to_param()), Some(order));
        }
    }
    assert_eq!(
        SortOrder::parse(" -NAME "),
        Some(SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Descending
        })
    );
    assert_eq!(SortOrder::parse("size"), None);
    assert_eq!(SortOrder::parse(""), None);
    assert_eq!(SortOrder::parse("--code"), None);
}

#[test]
fn odd_input_returns_a_result() {
    for input in [
        "\u{0}\u{1}\u{7f}",
        "\u{202E}404",
        "\u{1F600}",
        "\u{05E9}\u{05DC}\u{05D5}\u{05DD}",
        "<script>alert(1)</script>",
        "%00%ff",
        "\u{FEFF}404\u{200B}",
    ] {
        let outcome = run(index(), &Query::parse(input), Case::default());
        assert!(outcome.rows.len() <= 64, "{input:?}");
    }
    assert_eq!(codes("\u{202E}404"), vec![404]);
    assert_eq!(codes("\u{FEFF}404\u{200B}"), vec![404]);
    let pasted = "lorem ipsum ".repeat(10_000);
    let outcome = run(index(), &Query::parse(&pasted), Case::default());
    assert!(outcome.notices.contains(&Notice::Truncated));
}

proptest! {
    #[test]
    fn any_text_gives_a_sorted_subset(input in ".{0,80}", column in 0usize..4, descending: bool, show_unofficial: bool) {
        let direction = if descending { SortDirection::Descending } else { SortDirection::Ascending };
        let view = Case { sort: SortOrder { column: SortColumn::ALL[column], direction }, show_unofficial, classes: ClassSet::ALL, codes: CodeSet::ALL };
        let query = Query::parse(&input);
        let outcome = run(index(), &query, view);
        let mut seen = std::collections::HashSet::new();
        for &row in &outcome.rows {
            prop_assert!(row < entries().len());
            prop_assert!(seen.insert(row));
            prop_assert!(show_unofficial || !entries()[row].is_unofficial());
        }
        prop_assert!(outcome.rows.len() <= outcome.total);
        // Deterministic, and already in the order the sort gives.
        prop_assert_eq!(&run(index(), &query, view), &outcome);
        let mut resorted = outcome.rows.clone();
        resorted.reverse();
        view.sort.sort(&mut resorted, index());
        prop_assert_eq!(&resorted, &outcome.rows);
        // Filtering a given order keeps that order (the view filters the order it keeps).
        let reversed: Vec<usize> = sorted_rows(index(), view.sort).into_iter().rev().collect();
        let mut expected = outcome.rows.clone();
        expected.reverse();
        prop_assert_eq!(filter_in_order(index(), &query, view.scope(), &reversed).rows, expected);
    }

    #[test]
    fn another_term_never_adds_rows(first in "[a-z0-9x]{1,6}", second in "[a-z0-9x -]{1,8}") {
        let one = codes_with(&first, WITH_UNOFFICIAL);
        let two = codes_with(&format!("{first} {second}"), WITH_UNOFFICIAL);
        prop_assert!(two.iter().all(|c| one.contains(c)));
    }
}

#[test]
fn a_class_subset_offers_only_those_classes() {
    let errors = ClassSet::NONE
        .with(StatusClass::ClientError)
        .with(StatusClass::ServerError);
    let view = Case {
        classes: errors,
        ..WITH_UNOFFICIAL
    };
    let shown = codes_with("", view);
    let expected: Vec<u16> = entries()
        .iter()
        .map(|e| e.code)
        .filter(|c| *c >= 400)
        .collect();
    let mut sorted = expected.clone();
    sorted.sort_unstable();
    assert_eq!(shown, sorted);
    let outcome = run(index(), &Query::parse(""), view);
    assert_eq!(outcome.total, expected.len());
    // Codes outside the subset are neither shown nor offered as hidden.
    let hidden = run(
        index(),
        &Query::parse("cloudflare 2xx"),
        Case {
            show_unofficial: false,
            ..view
        },
    );
    assert!(hidden.rows.is_empty());
    assert_eq!(hidden.hidden_unofficial, 0);
    assert!(codes_with(
        "404",
        Case {
            classes: ClassSet::NONE.with(StatusClass::ServerError),
            ..WITH_UNOFFICIAL
        }
    )
    .is_empty());
}

#[test]
fn codes_a_site_defines_are_always_shown() {
    use http_status_table::config::{merge_site_entries, SiteEntry};
    let site = [SiteEntry {
        position: 0,
        code: 299,
        name: "Queued for audit".into(),
        description: "Our own success code.".into(),
        link: None,
    }];
    let index = SearchIndex::new(merge_site_entries(&site));
    let outcome = run(&index, &Query::parse("2xx"), Case::default());
    let codes: Vec<u16> = outcome
        .rows
        .iter()
        .filter_map(|&r| index.get(r).map(|(e, _)| e.code))
        .collect();
    assert!(codes.contains(&299), "{codes:?}");
    assert_eq!(run(&index, &Query::parse(""), Case::default()).total, 65);
    let by_words = run(&index, &Query::parse("audit"), Case::default());
    assert_eq!(by_words.rows.len(), 1);
}

#[test]
fn filtering_the_kept_order_gives_the_sorted_rows() {
    for query in ["", "4xx", "timeout", "cloudflare", "299", "gateway time"] {
        for column in SortColumn::ALL {
            for direction in [SortDirection::Ascending, SortDirection::Descending] {
                let view = Case {
                    sort: SortOrder { column, direction },
                    ..WITH_UNOFFICIAL
                };
                let outcome = run(index(), &Query::parse(query), view);
                // The view's fixed order, filtered, is exactly the shown order.
                let order = sorted_rows(index(), view.sort);
                assert_eq!(order.len(), index().len());
                let kept = filter_in_order(index(), &Query::parse(query), view.scope(), &order);
                assert_eq!(kept, outcome, "{query} {column:?} {direction:?}");
            }
        }
    }
}
