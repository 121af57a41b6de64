//! The page rendered at build time with Leptos SSR (`ui::standalone_page_html`,
//! the same components the wasm hydrates): it holds the default view, every
//! text escaped, in a shape a browser parses back into the same nodes; and
//! the copy of it that the browser test `tests/hydrate.rs` hydrates is this build's.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::config::{merge_site_entries, SiteEntry, WidgetOptions};
use http_status_table::query::{registry_index, SearchIndex};
use http_status_table::registry::Date;
use http_status_table::ui::{standalone_page_html, StatusWidget, TableState, RENDERED_ON};
use leptos::prelude::*;
use std::path::Path;
use std::sync::Arc;

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

/// The served `#app` that the browser test `tests/hydrate.rs` hydrates.
const FIXTURE: &str = "tests/fixtures/standalone-page.html";

const HOSTILE: [&str; 5] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "' onmouseover='alert(1)",
    "&lt;already escaped&gt; & more",
    "</td></tr></tbody><tbody>",
];

/// The opening tag of every row of the body, in order.
fn row_tags(page: &str) -> Vec<&str> {
    page.split("<tr ")
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .filter(|tag| tag.contains("data-row="))
        .collect()
}

fn class_of(tag: &str) -> &str {
    tag.split("class=\"")
        .nth(1)
        .and_then(|c| c.split('"').next())
        .unwrap_or("")
}

#[test]
fn the_page_holds_the_default_view() {
    let page = standalone_page_html(TODAY);
    let rows = row_tags(&page);
    // Only the rows shown are built: the registered codes. The unofficial
    // ones, hidden by default, are built when first shown.
    let registered = registry_index()
        .entries()
        .iter()
        .filter(|e| !e.is_unofficial())
        .count();
    assert_eq!(rows.len(), registered, "every registered code has its row");
    assert!(rows.iter().all(|tag| !tag.contains(" hidden")));
    assert!(!page.contains(r#"data-code="499""#), "no unofficial row");
    assert!(page.contains(r#"id="result-count" data-starting="#));
    assert!(page.contains(">64 of 64 codes</p>"));
    assert_eq!(page.matches(r#"part="sort-button" disabled"#).count(), 4);
    assert!(page.contains(r#"<th scope="col" aria-sort="ascending" class="col-code">"#));
    // Rows in code order; each registered code has its anchor once.
    let anchored: Vec<u16> = rows
        .iter()
        .filter_map(|tag| tag.split(" id=\"").nth(1)?.split('"').next()?.parse().ok())
        .collect();
    let mut sorted = anchored.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(anchored, sorted);
    assert_eq!(anchored.len(), 64);
    assert!(
        !page.contains("<script"),
        "no script is written into the page"
    );
    // The keyed list ends with its marker, which hydration looks for.
    assert!(page.contains("<!----></tbody>"), "the rows' end marker");
    assert!(
        !page.contains("<!>"),
        "markers are written as valid comments"
    );
    // With scripting on, a browser reads <noscript> as text: it holds text only.
    let noscript = page
        .split("<noscript class=\"no-app\">")
        .nth(1)
        .and_then(|rest| rest.split("</noscript>").next())
        .expect("a noscript note");
    assert!(!noscript.contains('<'), "{noscript}");
}

#[test]
fn every_second_row_shown_is_striped() {
    // (Across rows built and then hidden, in the browser: e2e/filter.test.mjs.)
    let page = standalone_page_html(TODAY);
    let striped: Vec<bool> = row_tags(&page)
        .iter()
        .map(|tag| class_of(tag).split(' ').any(|c| c == "stripe"))
        .collect();
    assert_eq!(striped.len(), 64);
    assert!(
        striped
            .iter()
            .enumerate()
            .all(|(place, &striped)| striped == (place % 2 == 1)),
        "{striped:?}"
    );
}

#[test]
fn a_site_entry_with_markup_in_every_field_is_written_as_text() {
    let site = [SiteEntry {
        position: 0,
        code: 299,
        name: HOSTILE[0].into(),
        description: [HOSTILE[4], HOSTILE[3]].concat(),
        link: Some(format!("https://example.org/{}", HOSTILE[1])),
    }];
    let index = Arc::new(SearchIndex::new(merge_site_entries(&site)));
    let html = Owner::new().with(|| {
        let state = TableState::new(index, TODAY);
        view! { <StatusWidget state=state filter_input=NodeRef::new() /> }.to_html()
    });
    let row = html
        .split("<tr ")
        .find(|row| row.contains("data-code=\"299\""))
        .expect("the site's row");
    assert!(!row.contains("<script") && !row.contains("<img") && !row.contains("<tbody"));
    assert!(row.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(row.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/tbody&gt;&lt;tbody&gt;"));
    assert!(row.contains("&amp;lt;already escaped&amp;gt; &amp; more"));
    assert!(row.contains(r#"rel="noopener noreferrer""#));
    assert!(row.contains(r#"href="https://example.org/&quot;&gt;&lt;img"#));
    // An embedded widget does not give its rows ids.
    assert!(!row.contains(" id="));
}

#[test]
fn the_served_widget_waits_for_the_app_and_a_mounted_one_does_not() {
    let page = standalone_page_html(TODAY);
    assert_eq!(
        page.matches(" disabled").count(),
        6,
        "four sort and two export buttons"
    );
    let widget = Owner::new().with(|| {
        let state = TableState::new(registry_index(), TODAY);
        view! { <StatusWidget state=state filter_input=NodeRef::new() /> }.to_html()
    });
    assert!(!widget.contains(" disabled"));
    assert!(!widget.contains("data-starting"));
    assert!(
        !widget.contains("no-app"),
        "the notes are the served page's"
    );
}

/// The toggle's opening tag.
fn toggle_tag(html: &str) -> &str {
    html.split("<label ")
        .find(|tag| tag.contains("toggle"))
        .and_then(|tag| tag.split('>').next())
        .expect("the toggle")
}

/// The widget as Leptos SSR renders it with `options` applied.
fn widget_html(options: &[(&str, &str)], site: &[SiteEntry]) -> String {
    let (options, problems) = WidgetOptions::from_strings(options.iter().copied());
    assert_eq!(problems, vec![]);
    Owner::new().with(|| {
        let state = TableState::new(registry_index(), TODAY);
        state.apply(WidgetOptions {
            entries: Some(site.to_vec()),
            ..options
        });
        view! { <StatusWidget state=state filter_input=NodeRef::new() /> }.to_html()
    })
}

#[test]
fn a_table_of_some_codes_counts_them_and_hides_a_pointless_toggle() {
    let page = standalone_page_html(TODAY);
    assert!(!toggle_tag(&page).contains("hidden"), "shown by default");

    let api = widget_html(&[("codes", "200,201,204,400-404,429")], &[]);
    let toggle = toggle_tag(&api);
    assert!(toggle.contains("hidden"), "no unofficial code: {toggle}");
    assert!(api.contains(">9 of 9 codes</p>"));
    let rows = row_tags(&api);
    let shown: Vec<&str> = rows
        .iter()
        .filter(|t| !t.contains(" hidden"))
        .copied()
        .collect();
    assert_eq!(shown.len(), 9);

    // With 5xx, Cloudflare's codes are in scope: the toggle is offered.
    let with_5xx = widget_html(&[("codes", "200,201,204,400-404,429,5xx")], &[]);
    assert!(!toggle_tag(&with_5xx).contains("hidden"));
}

#[test]
fn site_entries_outside_the_codes_are_reported_in_the_widget() {
    let site = |position: usize, code: u16| SiteEntry {
        position,
        code,
        name: format!("Ours {code}"),
        description: String::new(),
        link: None,
    };
    let html = widget_html(
        &[("codes", "4xx")],
        &[site(0, 429), site(1, 503), site(2, 499)],
    );
    let problems = html
        .split("<div part=\"problems\"")
        .nth(1)
        .and_then(|rest| rest.split("</div>").next())
        .expect("the problems");
    assert!(problems.contains("<code>entries[1]</code>"), "{problems}");
    assert!(
        problems.contains("code 503 is not among the codes option's codes, so it is not shown"),
        "{problems}"
    );
    assert!(!html.contains("entries[0]") && !html.contains("entries[2]"));
}

/// `#app` as `src/bin/prerender.rs` writes it as of `TODAY`, with a line break
/// after each row, list item and paragraph so that a change reads as a diff
/// (the page has none of its own: the browser test takes them out).
fn served_app_fixture() -> String {
    let page = standalone_page_html(TODAY);
    assert!(
        !page.contains('\n'),
        "the page holds a line break, which the browser test would take out with the fixture's own"
    );
    let page = ["</tr>", "</li>", "</p>"]
        .iter()
        .fold(page, |page, end| page.replace(end, &format!("{end}\n")));
    format!(
        "<div id=\"app\" data-http-status-table-page {RENDERED_ON}=\"{TODAY}\">\n{page}</div>\n"
    )
}

#[test]
fn the_page_the_browser_test_hydrates_is_the_one_this_build_serves() {
    let expected = served_app_fixture();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &expected).expect("the fixture is written");
        return;
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    let first_difference = stored
        .lines()
        .zip(expected.lines())
        .position(|(stored, expected)| stored != expected)
        .unwrap_or(stored.lines().count().min(expected.lines().count()));
    assert!(
        stored == expected,
        "{FIXTURE} is not the page this build serves (from line {}: {:?}); \
         if the change is meant, refresh it with `UPDATE_FIXTURES=1 cargo test --test ssr`",
        first_difference + 1,
        expected
            .lines()
            .nth(first_difference)
            .unwrap_or("(the end)"),
    );
}
