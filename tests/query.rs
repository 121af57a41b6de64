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
            candidates: CodeSet::ALL,
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

/// The codes of `rows`, in order.
fn codes_of(rows: &[usize]) -> Vec<u16> {
    rows.iter().map(|&r| entries()[r].code).collect()
}

#[test]
fn commas_separate_alternatives() {
    assert_eq!(codes("404, 410"), vec![404, 410]);
    assert_eq!(codes("410,404"), vec![404, 410]);
    // Each alternative keeps the all-terms rule; rows come once, in sort order.
    let mixed = codes("4xx timeout, 5xx");
    let mut expected = codes("4xx timeout");
    expected.extend(official_in(500..=599));
    assert_eq!(expected[0], 408);
    assert_eq!(mixed, expected);
    assert_eq!(codes("5xx, 504"), official_in(500..=599));
    // Every kind of term in an alternative.
    let kinds = codes("40, client error 41, teapot, 50x, moved temporarily");
    for code in [400, 404, 409, 410, 415, 418, 500, 503, 302] {
        assert!(kinds.contains(&code), "{code}: {kinds:?}");
    }
    assert!(!kinds.contains(&420) && !kinds.contains(&510), "{kinds:?}");
    // Empty alternatives are ignored: `404,` is `404`, a lone comma is no filter.
    assert_eq!(codes("404,"), vec![404]);
    assert_eq!(codes(", ,404,,"), vec![404]);
    assert_eq!(codes(","), all_codes());
    // An alternative that matches nothing takes nothing away.
    assert_eq!(codes("404, 299, 600, zzzz"), vec![404]);
}

#[test]
fn notices_come_from_every_alternative_each_once() {
    let outcome = run(
        index(),
        &Query::parse("299, 404, 600, 299 5xx, 6xx"),
        Case::default(),
    );
    assert_eq!(codes_of(&outcome.rows), vec![404]);
    assert_eq!(
        outcome.notices,
        vec![
            Notice::Unassigned {
                code: 299,
                class: StatusClass::Successful
            },
            Notice::NotACode("600".into()),
            Notice::NotACode("6xx".into()),
        ]
    );
    // The limit is on the whole text: the commas after it are cut.
    let cut = run(
        index(),
        &Query::parse(&format!("404{}410", ",".repeat(300))),
        Case::default(),
    );
    assert_eq!(cut.notices, vec![Notice::Truncated]);
    assert_eq!(codes_of(&cut.rows), vec![404]);
}

#[test]
fn a_row_marks_the_terms_of_the_alternatives_it_matches() {
    let query = Query::parse("4xx timeout, 5xx, gateway 502");
    let row = |code: u16| {
        (0..index().len())
            .find(|&r| entries()[r].code == code && entries()[r].is_official())
            .expect("code")
    };
    assert_eq!(index().mark_terms(row(408), &query), vec!["timeout"]);
    // 504 matches only `5xx`, which has no text: "timeout" is not marked in it.
    assert!(index().mark_terms(row(504), &query).is_empty());
    assert_eq!(index().mark_terms(row(502), &query), vec!["gateway"]);
    // One alternative: every text term, each once.
    let one = Query::parse("gateway time gateway");
    assert_eq!(index().mark_terms(row(504), &one), vec!["gateway", "time"]);
    // A row that matches nothing marks nothing.
    assert!(index().mark_terms(row(200), &query).is_empty());
}

/// The view of an API reference: `codes="200,201,204,400-404,429,5xx"`.
fn api_codes() -> CodeSet {
    CodeSet::NONE
        .with(200)
        .with(201)
        .with(204)
        .with_range(400..=404)
        .with(429)
        .with_pattern([Some(5), None, None])
}

#[test]
fn a_code_set_offers_only_its_codes() {
    let view = Case {
        codes: api_codes(),
        ..Case::default()
    };
    let official_5xx = official_in(500..=599);
    let mut expected = vec![200, 201, 204, 400, 401, 402, 403, 404, 429];
    expected.extend(&official_5xx);
    assert_eq!(codes_with("", view), expected);
    let outcome = run(index(), &Query::default(), view);
    assert_eq!(outcome.total, expected.len());
    assert_eq!(outcome.rows.len(), expected.len());
    // With unofficial codes shown, only those in the set join (509, 52x, …).
    let with_unofficial = Case {
        show_unofficial: true,
        ..view
    };
    let shown = codes_with("", with_unofficial);
    let in_set: Vec<u16> = codes_with("", WITH_UNOFFICIAL)
        .into_iter()
        .filter(|&c| api_codes().contains(c))
        .collect();
    assert_eq!(shown, in_set);
    assert!(shown.contains(&520) && !shown.contains(&499) && !shown.contains(&418));
    // Filters, sorts and classes work within the set.
    assert_eq!(codes_with("40", view), vec![400, 401, 402, 403, 404]);
    assert_eq!(codes_with("4xx timeout, 429", view), vec![429]);
    let errors = Case {
        classes: ClassSet::NONE.with(StatusClass::ServerError),
        ..view
    };
    assert_eq!(codes_with("", errors), official_5xx);
    let by_name = Case {
        sort: SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Descending,
        },
        ..view
    };
    let mut sorted = codes_with("", by_name);
    sorted.sort_unstable();
    assert_eq!(sorted, expected);
}

#[test]
fn hidden_unofficial_codes_are_counted_within_the_set() {
    let view = Case {
        codes: api_codes(),
        ..Case::default()
    };
    // "timeout" outside the set: 440 (IIS) and others are neither shown nor counted.
    let everywhere = run(index(), &Query::parse("timeout"), Case::default());
    let in_set = run(index(), &Query::parse("timeout"), view);
    let expected = run(
        index(),
        &Query::parse("timeout"),
        Case {
            show_unofficial: true,
            ..view
        },
    )
    .rows
    .iter()
    .filter(|&&r| entries()[r].is_unofficial())
    .count();
    assert!(expected > 0 && in_set.hidden_unofficial == expected);
    assert!(everywhere.hidden_unofficial > in_set.hidden_unofficial);
    // 499 is nginx's and Esri's, not in the set: no hint at all.
    assert_eq!(
        run(index(), &Query::parse("499"), view).hidden_unofficial,
        0
    );
}

#[test]
fn a_code_outside_the_set_says_so() {
    let view = Case {
        codes: api_codes(),
        ..Case::default()
    };
    let outcome = run(index(), &Query::parse("410"), view);
    assert!(outcome.rows.is_empty());
    assert_eq!(outcome.notices, vec![Notice::NotListed(410)]);
    // An unofficial code outside the set, and a code another option leaves out.
    assert_eq!(
        run(index(), &Query::parse("499"), view).notices,
        vec![Notice::NotListed(499)]
    );
    let only_4xx = Case {
        classes: ClassSet::NONE.with(StatusClass::ClientError),
        ..view
    };
    assert_eq!(
        run(index(), &Query::parse("503, 404"), only_4xx).notices,
        vec![Notice::NotListed(503)]
    );
    // Codes in the set, unassigned codes, and prefixes are as before.
    assert!(run(index(), &Query::parse("404"), view).notices.is_empty());
    assert_eq!(
        run(index(), &Query::parse("299"), view).notices,
        vec![Notice::Unassigned {
            code: 299,
            class: StatusClass::Successful
        }]
    );
    assert!(run(index(), &Query::parse("41"), view).notices.is_empty());
}

#[test]
fn the_toggle_is_offered_only_when_the_scope_has_unofficial_codes() {
    let offered = |codes: CodeSet, classes: ClassSet, query: &str| {
        let case = Case {
            codes,
            classes,
            ..Case::default()
        };
        run(index(), &Query::parse(query), case).offers_unofficial
    };
    assert!(offered(CodeSet::ALL, ClassSet::ALL, ""));
    assert!(offered(api_codes(), ClassSet::ALL, ""));
    // Whatever the filter: it is about the scope, not the rows shown.
    assert!(offered(api_codes(), ClassSet::ALL, "404"));
    let no_5xx = CodeSet::NONE
        .with(200)
        .with(201)
        .with(204)
        .with_range(400..=404)
        .with(429);
    assert!(!offered(no_5xx, ClassSet::ALL, ""));
    let success_only = ClassSet::NONE.with(StatusClass::Successful);
    assert!(!offered(api_codes(), success_only, ""));
    // 218 is unofficial: a set that holds it offers the toggle again.
    assert!(offered(no_5xx.with(218), ClassSet::ALL, ""));
}

#[test]
fn site_entries_outside_the_set_are_not_shown() {
    use http_status_table::config::{merge_site_entries, SiteEntry};
    let site = |position: usize, code: u16| SiteEntry {
        position,
        code,
        name: format!("Ours {code}"),
        description: "Only on this site.".into(),
        link: None,
    };
    let index = SearchIndex::new(merge_site_entries(&[
        site(0, 299),
        site(1, 498),
        site(2, 429),
    ]));
    let view = Case {
        codes: api_codes().with(299),
        ..Case::default()
    };
    let outcome = run(&index, &Query::parse("ours"), view);
    let shown: Vec<u16> = outcome
        .rows
        .iter()
        .filter_map(|&r| index.get(r).map(|(e, _)| e.code))
        .collect();
    assert_eq!(shown, vec![299, 429]);
    assert_eq!(outcome.hidden_unofficial, 0);
}

proptest! {
    #[test]
    fn alternatives_show_what_any_of_them_shows(first in "[a-z0-9x ]{0,8}", second in "[a-z0-9x ]{0,8}") {
        let rows = |text: &str| run(index(), &Query::parse(text), WITH_UNOFFICIAL).rows;
        let either = rows(&format!("{first},{second}"));
        // An empty alternative is ignored: the other decides alone.
        let blank = |text: &str| Query::parse(text).is_empty();
        let expected: Vec<usize> = match (blank(&first), blank(&second)) {
            (true, true) => rows(""),
            (true, false) => rows(&second),
            (false, true) => rows(&first),
            (false, false) => {
                let (one, two) = (rows(&first), rows(&second));
                // In the order of the sort, each row once.
                rows("").into_iter().filter(|r| one.contains(r) || two.contains(r)).collect()
            }
        };
        prop_assert_eq!(either, expected);
    }

    #[test]
    fn a_code_set_only_takes_rows_away(input in "[a-z0-9x ,]{0,12}", start in 100u16..600, span in 0u16..120) {
        let codes = CodeSet::NONE.with_range(start..=(start + span).min(599));
        let all = codes_with(&input, WITH_UNOFFICIAL);
        let within = codes_with(&input, Case { codes, ..WITH_UNOFFICIAL });
        let expected: Vec<u16> = all.into_iter().filter(|&c| codes.contains(c)).collect();
        prop_assert_eq!(within, expected);
    }
}
