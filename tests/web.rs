//! Component tests: the widget mounted into a fresh element in headless Chromium.
//! Run with `cargo test --target wasm32-unknown-unknown` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use http_status_table::host::api::Widget;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// One widget, mounted through the same `Widget` API the JS entry uses; destroyed
/// and removed when dropped, since tests share a page.
struct Fixture {
    root: HtmlElement,
    widget: Option<Widget>,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        if let Some(widget) = self.widget.take() {
            widget.destroy();
        }
        self.root.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn json(text: &str) -> JsValue {
    js_sys::JSON::parse(text).expect("valid JSON in the test")
}

/// Mounts a widget configured with `options` (a JSON object); returns it and the
/// problems `configure` reported, as "option: message" lines.
fn mount_with(options: &str) -> (Fixture, Vec<String>) {
    let root: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let mut widget = Widget::new(root.clone(), None);
    let problems = problem_lines(&widget.configure(json(options)));
    widget.render();
    (
        Fixture {
            root,
            widget: Some(widget),
        },
        problems,
    )
}

/// Lets the effects a change woke run, and those they wake in turn (the
/// rows follow the result through one effect that wakes each changed row's).
async fn settle() {
    for _ in 0..3 {
        any_spawner::Executor::tick().await;
    }
}

fn mount() -> Fixture {
    mount_with("{}").0
}

fn problem_lines(problems: &JsValue) -> Vec<String> {
    js_sys::Array::from(problems)
        .iter()
        .map(|p| {
            let field = |name: &str| {
                js_sys::Reflect::get(&p, &name.into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default()
            };
            format!("{}: {}", field("option"), field("message"))
        })
        .collect()
}

impl Fixture {
    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .root
            .query_selector_all(selector)
            .expect("valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .expect("valid selector")
            .unwrap_or_else(|| panic!("no {selector}"))
    }

    /// The `aria-expanded` of the one element `selector` finds.
    fn expanded(&self, selector: &str) -> Option<String> {
        self.one(selector).get_attribute("aria-expanded")
    }

    fn codes(&self) -> Vec<u16> {
        self.all("tbody tr[data-code]:not([hidden])")
            .iter()
            .filter_map(|tr| tr.get_attribute("data-code")?.parse().ok())
            .collect()
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    fn widget(&self) -> &Widget {
        self.widget.as_ref().expect("not destroyed")
    }

    async fn type_filter(&self, text: &str) {
        let input: HtmlInputElement = self.one("#filter").unchecked_into();
        input.set_value(text);
        input
            .dispatch_event(&web_sys::Event::new("input").expect("event"))
            .expect("dispatch");
        settle().await;
    }

    async fn click(&self, selector: &str) {
        self.one(selector).unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    fn aria_sort(&self) -> Vec<(String, String)> {
        self.all("thead th[aria-sort]")
            .iter()
            .map(|th| {
                let column = th
                    .query_selector("button")
                    .ok()
                    .flatten()
                    .and_then(|b| b.get_attribute("data-sort"));
                (
                    column.unwrap_or_default(),
                    th.get_attribute("aria-sort").unwrap_or_default(),
                )
            })
            .collect()
    }
}

#[wasm_bindgen_test]
async fn renders_the_whole_registry_sorted_by_code() {
    let widget = mount();
    settle().await;
    let codes = widget.codes();
    assert_eq!(codes.len(), 64);
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(widget.text("#result-count"), "64 of 64 codes");
    assert_eq!(
        widget
            .one("#result-announcement")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    assert_eq!(
        widget.aria_sort(),
        vec![("code".to_string(), "ascending".to_string())]
    );
    assert_eq!(widget.all("thead th button").len(), 4);
    assert!(widget.all(".empty-state").is_empty());
    let label = widget.one("label[for=filter]");
    assert!(label.text_content().unwrap_or_default().contains("Filter"));
}

#[wasm_bindgen_test]
async fn typing_filters_rows_and_updates_the_count() {
    let widget = mount();
    widget.type_filter("4xx").await;
    let codes = widget.codes();
    assert!(
        !codes.is_empty() && codes.iter().all(|c| (400..500).contains(c)),
        "{codes:?}"
    );
    assert_eq!(
        widget.text("#result-count"),
        format!("{} of 64 codes", codes.len())
    );
    widget.type_filter("client error").await;
    assert_eq!(widget.codes(), codes);
    widget.type_filter("404").await;
    assert_eq!(widget.codes(), vec![404]);
    widget.type_filter("").await;
    assert_eq!(widget.codes().len(), 64);
}

#[wasm_bindgen_test]
async fn header_buttons_sort_and_set_aria_sort() {
    let widget = mount();
    widget.click("button[data-sort=name]").await;
    assert_eq!(
        widget.aria_sort(),
        vec![("name".to_string(), "ascending".to_string())]
    );
    let names: Vec<String> = widget
        .all("tbody tr:not([hidden]) .name")
        .iter()
        .map(|n| n.text_content().unwrap_or_default())
        .collect();
    assert!(
        names.first().is_some_and(|n| n.starts_with('A')),
        "{names:?}"
    );
    widget.click("button[data-sort=name]").await;
    assert_eq!(
        widget.aria_sort(),
        vec![("name".to_string(), "descending".to_string())]
    );
    let arrow = widget.one("button[data-sort=name] .sort-arrow");
    assert_eq!(arrow.get_attribute("aria-hidden").as_deref(), Some("true"));
    // Filtering keeps the chosen sort.
    widget.type_filter("5xx").await;
    let codes = widget.codes();
    assert_eq!(
        widget.aria_sort(),
        vec![("name".to_string(), "descending".to_string())]
    );
    assert_ne!(codes.first(), Some(&500), "{codes:?}");
}

#[wasm_bindgen_test]
async fn hidden_unofficial_matches_are_offered() {
    let widget = mount();
    widget.type_filter("499").await;
    assert!(widget.codes().is_empty());
    assert!(widget.text(".hidden-hint").contains("2 unofficial codes"));
    assert!(widget.text(".empty-state").contains("499"));
    widget.click(".hidden-hint button").await;
    assert_eq!(widget.codes(), vec![499, 499]);
    assert!(widget.all(".hidden-hint").is_empty());
    let checkbox: HtmlInputElement = widget.one("#show-unofficial").unchecked_into();
    assert!(checkbox.checked());
}

#[wasm_bindgen_test]
async fn unassigned_codes_are_explained_and_clearing_restores_rows() {
    let widget = mount();
    widget.type_filter("299").await;
    assert!(
        widget.text(".notices").contains("299 is not assigned"),
        "{}",
        widget.text(".notices")
    );
    assert!(widget.text(".notices").contains("Successful (2xx)"));
    widget.click("#clear-filter").await;
    assert_eq!(widget.codes().len(), 64);
    let input: HtmlInputElement = widget.one("#filter").unchecked_into();
    assert_eq!(input.value(), "");
}

#[wasm_bindgen_test]
async fn matches_are_marked_as_text_only() {
    let widget = mount();
    widget.type_filter("time-out").await;
    let marks: Vec<String> = widget
        .all("tr[data-code='408'] mark")
        .iter()
        .map(|m| m.text_content().unwrap_or_default())
        .collect();
    assert!(marks.contains(&"Timeout".to_string()), "{marks:?}");
    assert!(marks.contains(&"Time-out".to_string()), "{marks:?}");

    let hostile = "<img src=x onerror=alert(1)><script>window.pwned=1</script>";
    widget.type_filter(hostile).await;
    assert!(widget.all("img").is_empty());
    assert!(widget.all("script").is_empty());
    assert!(widget.text(".empty-state").contains("<img src=x"));
}

#[wasm_bindgen_test]
async fn options_apply_field_by_field() {
    let (widget, problems) = mount_with(
        r#"{"filter": "4xx", "sort": "-code", "columns": ["code", "name"], "compact": true,
            "theme": "dark", "maxHeight": 300}"#,
    );
    settle().await;
    assert!(problems.is_empty(), "{problems:?}");
    let codes = widget.codes();
    assert!(codes.iter().all(|c| (400..500).contains(c)), "{codes:?}");
    assert!(codes.windows(2).all(|w| w[0] >= w[1]), "{codes:?}");
    let headers: Vec<String> = widget
        .all("thead button[data-sort]")
        .iter()
        .filter_map(|b| b.get_attribute("data-sort"))
        .collect();
    assert_eq!(headers, vec!["code", "name"]);
    // The two chosen columns; the details toggle starts the first.
    assert_eq!(widget.all("tbody tr:first-child td").len(), 2);
    assert_eq!(
        widget
            .all("tbody tr:first-child td.col-code > .details-toggle:first-child")
            .len(),
        1
    );
    let root = widget.one(".hst");
    assert!(root.class_list().contains("compact"));
    assert!(root.class_list().contains("theme-dark"));
    let scroll: HtmlElement = widget.one(".table-scroll").unchecked_into();
    assert_eq!(
        scroll
            .style()
            .get_property_value("max-height")
            .ok()
            .as_deref(),
        Some("300px")
    );
}

#[wasm_bindgen_test]
async fn bad_options_are_reported_one_by_one_and_the_rest_apply() {
    let (widget, problems) = mount_with(
        r#"{"fliter": "x", "sort": "loudest", "classes": ["4xx", "9xx"], "unofficial": "yes",
            "columns": "code,name", "theme": "neon"}"#,
    );
    settle().await;
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert!(
        problems[0].starts_with("fliter: unknown option")
            && problems[0].contains("did you mean filter?"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("sort: \"loudest\" is not a sort order"),
        "{problems:?}"
    );
    assert!(
        problems[2].contains("\"9xx\" is not a class"),
        "{problems:?}"
    );
    assert!(
        problems[3].starts_with("unofficial: expected true or false, got the string \"yes\""),
        "{problems:?}"
    );
    assert!(problems[4].starts_with("theme: "), "{problems:?}");
    // The valid option (columns) applied; the defaults stand for the others.
    assert_eq!(widget.all("thead th button[data-sort]").len(), 2);
    assert_eq!(widget.codes().len(), 64);
    let shown = widget.text(".config-problems");
    assert!(
        shown.contains("fliter") && shown.contains("did you mean filter?"),
        "{shown}"
    );
    // A later valid value clears its complaint; the others stay.
    let again = problem_lines(&widget.widget().configure(json(r#"{"sort": "name"}"#)));
    assert!(again.is_empty(), "{again:?}");
    settle().await;
    assert_eq!(widget.all(".config-problems li").len(), 4);
    // Not an object at all.
    let wrong = problem_lines(&widget.widget().configure(JsValue::from_str("4xx")));
    assert_eq!(wrong.len(), 1);
    assert!(
        wrong[0].starts_with("options: options must be an object"),
        "{wrong:?}"
    );
}

/// A field of the wrong type gets serde's words (the messages hosts saw when
/// entries were read with serde-wasm-bindgen), numbers written as Rust writes them.
#[wasm_bindgen_test]
fn site_entry_fields_of_the_wrong_type_are_named_as_serde_did() {
    let (_widget, problems) = mount_with(
        r#"{"entries": [
            {"code": "404", "name": "Text code"},
            {"code": 450, "name": 404},
            {"code": 451, "name": "N", "link": 1.5e-7},
            {"code": 452, "name": "N", "class": 1e21},
            {"code": 453, "name": "N", "description": true},
            {"code": 454, "name": ["a"]}
        ]}"#,
    );
    let wrong = |at: usize, what: &str, expected: &str| {
        format!("entries[{at}]: Error: invalid type: {what}, expected {expected}")
    };
    assert_eq!(
        problems,
        [
            wrong(0, "string \"404\"", "f64"),
            wrong(1, "floating point `404.0`", "a string"),
            wrong(2, "floating point `0.00000015`", "a string"),
            wrong(3, "floating point `1000000000000000000000.0`", "a string"),
            wrong(4, "boolean `true`", "a string"),
            wrong(5, "JsValue([\"a\"])", "a string"),
        ]
    );
}

#[wasm_bindgen_test]
async fn site_entries_are_shown_marked_and_invalid_ones_reported() {
    let (widget, problems) = mount_with(
        r#"{"entries": [
            {"code": 429, "name": "Rate limited", "description": "Our API allows 100 requests a minute.", "link": "https://api.example.org/limits"},
            {"code": 299, "name": "Accepted for audit", "description": "Logged and queued."},
            {"code": 700, "name": "Too big"},
            {"code": 430, "name": "<img src=x onerror=alert(1)>", "link": "javascript:alert(1)"},
            {"code": 431, "nmae": "typo"}
        ]}"#,
    );
    settle().await;
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems[0].starts_with("entries[2]: code 700"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("entries[3]: ") && problems[1].contains("https:"),
        "{problems:?}"
    );
    assert!(
        problems[2].starts_with("entries[4]: ") && problems[2].contains("nmae"),
        "{problems:?}"
    );
    // The official 429 keeps its text; the site's meaning sits beside it.
    let row = "tr[data-code='429']";
    assert!(widget
        .text(&format!("{row} .name"))
        .contains("Too Many Requests"));
    assert!(widget
        .text(&format!("{row} .site-definition"))
        .contains("Defined by this site"));
    assert!(widget
        .text(&format!("{row} .site-definition"))
        .contains("Rate limited"));
    let link = widget.one(&format!("{row} .site-link"));
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://api.example.org/limits")
    );
    // A code only the site defines is a row of its own, counted and searchable.
    assert!(widget.codes().contains(&299));
    assert!(widget
        .text("tr[data-code='299']")
        .contains("Defined by this site"));
    widget.type_filter("rate limited").await;
    assert_eq!(widget.codes(), vec![429]);
    assert!(widget.all("img").is_empty());
}

#[wasm_bindgen_test]
async fn attributes_apply_and_removing_one_restores_its_default() {
    let widget = mount();
    let w = widget.widget();
    assert!(problem_lines(&w.set_attribute_option("classes", Some("5xx".into()))).is_empty());
    assert!(problem_lines(&w.set_attribute_option("unofficial", Some("".into()))).is_empty());
    settle().await;
    let codes = widget.codes();
    assert!(codes.iter().all(|c| (500..600).contains(c)), "{codes:?}");
    assert!(
        codes.contains(&520),
        "unofficial Cloudflare codes shown: {codes:?}"
    );
    let bad = problem_lines(&w.set_attribute_option("max-height", Some("tall".into())));
    assert_eq!(bad.len(), 1);
    assert!(
        bad[0].starts_with("max-height: \"tall\" is not a height"),
        "{bad:?}"
    );
    w.set_attribute_option("classes", None);
    w.set_attribute_option("unofficial", None);
    settle().await;
    assert_eq!(widget.codes().len(), 64);
    let json = problem_lines(&w.set_entries_json(Some("[{\"code\": 429,".into())));
    assert_eq!(json.len(), 1);
    assert!(json[0].starts_with("entries: the JSON"), "{json:?}");
}

#[wasm_bindgen_test]
async fn destroy_removes_every_node() {
    let mut fixture = mount();
    settle().await;
    assert!(fixture.root.child_element_count() > 0);
    if let Some(widget) = fixture.widget.take() {
        widget.destroy();
    }
    settle().await;
    assert_eq!(fixture.root.child_nodes().length(), 0);
}

#[wasm_bindgen_test]
async fn a_crash_replaces_every_live_table_with_a_readable_notice() {
    let first = mount();
    let second = mount();
    let mut gone = mount();
    if let Some(widget) = gone.widget.take() {
        widget.destroy();
    }
    let bystander = document().create_element("p").expect("p");
    bystander.set_text_content(Some("host text"));
    document()
        .body()
        .expect("body")
        .append_child(&bystander)
        .expect("append");
    settle().await;
    assert!(!first.codes().is_empty());

    http_status_table::host::crash::show_crash_notice();

    for fixture in [&first, &second] {
        let notice = fixture.one("[role=alert]");
        assert!(notice
            .text_content()
            .unwrap_or_default()
            .contains("Reload the page"));
        assert!(fixture.all("table").is_empty(), "the frozen table is gone");
    }
    // A destroyed widget's element and the host's own nodes are left alone.
    assert_eq!(gone.root.child_nodes().length(), 0);
    assert_eq!(bystander.text_content().as_deref(), Some("host text"));
    bystander.remove();
}

/// The element right after `selector`'s row in the body.
fn row_after(widget: &Fixture, selector: &str) -> Option<Element> {
    widget.one(selector).next_element_sibling()
}

#[wasm_bindgen_test]
async fn details_rows_follow_their_row_through_sort_filter_and_columns() {
    let widget = mount();
    settle().await;
    let row = "tr[data-code='404']";
    let toggle = format!("{row} .details-toggle");
    widget.click(&toggle).await;
    let details = row_after(&widget, row).expect("a row after 404");
    assert_eq!(details.class_name(), "details-row");
    assert_eq!(
        widget.one(&toggle).get_attribute("aria-controls"),
        Some(details.id())
    );
    assert_eq!(widget.expanded(&toggle).as_deref(), Some("true"));
    assert!(widget.one(row).class_list().contains("open"));
    assert!(details.text_content().unwrap_or_default().contains("404"));

    // Sorting moves the details with their row.
    widget.click("button[data-sort=name]").await;
    assert_eq!(row_after(&widget, row).as_ref(), Some(&details));
    assert_ne!(widget.codes().first(), Some(&100), "sorted by name");

    // Filtering the row out hides its details too; clearing shows both again.
    widget.type_filter("5xx").await;
    assert!(widget.one(row).has_attribute("hidden"));
    assert!(details.has_attribute("hidden"));
    widget.type_filter("").await;
    assert!(!widget.one(row).has_attribute("hidden"));
    assert!(!details.has_attribute("hidden"));

    // New columns redraw the rows; the open details stay open, spanning them.
    // Without the code column, the toggle starts the name's cell.
    widget
        .widget()
        .configure(json(r#"{"columns": ["name", "description"]}"#));
    settle().await;
    let redrawn = row_after(&widget, row).expect("details after the redrawn row");
    assert_eq!(redrawn.class_name(), "details-row");
    assert_eq!(
        widget
            .one(&format!("#{} > td", redrawn.id()))
            .get_attribute("colspan")
            .as_deref(),
        Some("2")
    );
    assert_eq!(
        widget
            .all(&format!("{row} td.col-name > .details-toggle:first-child"))
            .len(),
        1
    );
    assert_eq!(widget.expanded(&toggle).as_deref(), Some("true"));

    // Closing removes the panel and the toggle's reference to it.
    widget.click(&toggle).await;
    assert!(widget.all(".details-row").is_empty());
    assert_eq!(widget.one(&toggle).get_attribute("aria-controls"), None);
    assert_eq!(widget.expanded(&toggle).as_deref(), Some("false"));
    assert!(!widget.one(row).class_list().contains("open"));
}

#[wasm_bindgen_test]
async fn rows_hidden_at_first_are_marked_when_they_are_shown() {
    let widget = mount();
    widget.type_filter("client closed").await;
    assert!(widget.codes().is_empty());
    widget.click(".hidden-hint button").await;
    assert!(widget.codes().contains(&499), "{:?}", widget.codes());
    let marks: Vec<String> = widget
        .all("tr[data-code='499']:not([hidden]) .name mark")
        .iter()
        .filter_map(|m| m.text_content())
        .collect();
    assert!(marks.iter().any(|m| m == "Client"), "{marks:?}");
    assert!(marks.iter().any(|m| m == "Closed"), "{marks:?}");
    assert!(widget
        .text("tr[data-code='499']:not([hidden]) .name")
        .starts_with("Client Closed"));
}

/// True if the shown row of `code` marks "timeout" (its name, and its former
/// name "Time-out") and nothing else.
fn marks_timeout(widget: &Fixture, code: u16) -> bool {
    let marks = marks_of(widget, code);
    !marks.is_empty() && marks.iter().all(|m| m == "Timeout" || m == "Time-out")
}

/// The `<mark>`s of the shown row of `code`, as text.
fn marks_of(widget: &Fixture, code: u16) -> Vec<String> {
    widget
        .all(&format!("tr[data-code='{code}']:not([hidden]) mark"))
        .iter()
        .filter_map(|m| m.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn commas_separate_alternatives_and_each_row_marks_its_own() {
    let widget = mount();
    widget.type_filter("404, 410").await;
    assert_eq!(widget.codes(), vec![404, 410]);
    widget.type_filter("4xx timeout, 5xx").await;
    let codes = widget.codes();
    assert_eq!(codes.first(), Some(&408), "{codes:?}");
    assert!(
        codes[1..].iter().all(|c| (500..600).contains(c)),
        "{codes:?}"
    );
    assert!(marks_timeout(&widget, 408), "{:?}", marks_of(&widget, 408));
    // 504 is shown for 5xx, not for "timeout": nothing is marked in it.
    assert!(marks_of(&widget, 504).is_empty());
    // The same terms in another order: the rows mark again as their
    // alternatives change (504 now matches "timeout").
    widget.type_filter("5xx timeout, 408").await;
    assert!(marks_timeout(&widget, 504), "{:?}", marks_of(&widget, 504));
    assert!(marks_of(&widget, 408).is_empty());
    widget.type_filter("timeout").await;
    assert!(marks_timeout(&widget, 408) && marks_timeout(&widget, 504));
    // Notices come from any alternative, once each.
    widget.type_filter("404, 299, 299").await;
    assert_eq!(widget.all(".notices li").len(), 1);
    assert!(widget.text(".notices").contains("299 is not assigned"));
}

#[wasm_bindgen_test]
async fn the_codes_option_lists_only_its_codes() {
    let (widget, problems) = mount_with(r#"{"codes": [200, 201, 204, "400-404", 429, "5xx"]}"#);
    settle().await;
    assert!(problems.is_empty(), "{problems:?}");
    let codes = widget.codes();
    assert_eq!(&codes[..9], [200, 201, 204, 400, 401, 402, 403, 404, 429]);
    assert!(
        codes[9..].iter().all(|c| (500..512).contains(c)),
        "{codes:?}"
    );
    assert_eq!(
        widget.text("#result-count"),
        format!("{0} of {0} codes", codes.len())
    );
    // Cloudflare's codes are in scope, so the toggle is offered.
    assert!(!widget.one("label.toggle").has_attribute("hidden"));
    widget.type_filter("503, 410").await;
    assert_eq!(widget.codes(), vec![503]);
    assert!(widget
        .text(".notices")
        .contains("410 is not among the codes this table lists."));
    widget.type_filter("").await;

    // Bad items are named; the good ones apply; no unofficial code is left.
    let w = widget.widget();
    let bad = problem_lines(&w.configure(json(r#"{"codes": "200,600,abc,404"}"#)));
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(
        bad[0].starts_with("codes: \"600\", \"abc\" are not codes; use codes from 100 to 599"),
        "{bad:?}"
    );
    settle().await;
    assert_eq!(widget.codes(), vec![200, 404]);
    assert!(widget.one("label.toggle").has_attribute("hidden"));
    assert!(widget.text(".config-problems").contains("\"600\""));
    // A list with no good item leaves the codes as they were.
    let none = problem_lines(&w.configure(json(r#"{"codes": [700, 404.5]}"#)));
    assert!(
        none[0].contains("\"700\", \"404.5\" are not codes"),
        "{none:?}"
    );
    assert!(none[0].contains("so the codes are unchanged"), "{none:?}");
    settle().await;
    assert_eq!(widget.codes(), vec![200, 404]);
    let wrong = problem_lines(&w.configure(json(r#"{"codes": [true]}"#)));
    assert!(
        wrong[0].starts_with("codes: expected a list such as"),
        "{wrong:?}"
    );
    // A lone number is a list of one.
    assert!(problem_lines(&w.configure(json(r#"{"codes": 418}"#))).is_empty());
    settle().await;
    assert_eq!(widget.codes(), vec![418]);
}

#[wasm_bindgen_test]
async fn the_codes_attribute_applies_and_removing_it_lists_every_code() {
    let widget = mount();
    let w = widget.widget();
    let bad = problem_lines(&w.set_attribute_option("codes", Some("204, 400 - 402, 9xx".into())));
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(bad[0].contains("\"9xx\" is not a code"), "{bad:?}");
    assert!(bad[0].ends_with("(the other items apply)"), "{bad:?}");
    settle().await;
    assert_eq!(widget.codes(), vec![204, 400, 401, 402]);
    assert!(widget.one("label.toggle").has_attribute("hidden"));
    // A site entry outside the codes is reported on that entry, and follows
    // a later change of the codes.
    let entries = r#"[{"code": 401, "name": "Sign in"}, {"code": 499, "name": "Gone away"}]"#;
    let outside = problem_lines(&w.set_entries_json(Some(entries.into())));
    assert_eq!(
        outside,
        ["entries[1]: code 499 is not among the codes option's codes, so it is not shown"]
    );
    settle().await;
    assert_eq!(widget.codes(), vec![204, 400, 401, 402]);
    assert_eq!(widget.all(".config-problems li").len(), 2);
    assert!(problem_lines(&w.set_attribute_option("codes", Some("4xx".into()))).is_empty());
    settle().await;
    assert_eq!(widget.all(".config-problems li").len(), 0);
    assert!(!widget.one("label.toggle").has_attribute("hidden"));
    assert_eq!(problem_lines(&w.problems()).len(), 0);
    // Both entries are outside 200.
    w.set_attribute_option("codes", Some("200".into()));
    assert_eq!(problem_lines(&w.problems()).len(), 2);
    w.set_attribute_option("codes", None);
    settle().await;
    assert_eq!(
        widget.codes().len(),
        65,
        "every official code and the site's 499"
    );
    assert!(problem_lines(&w.problems()).is_empty());
    assert!(!widget.one("label.toggle").has_attribute("hidden"));
}

/// The labels of the guide's answer buttons.
fn answers(widget: &Fixture) -> Vec<String> {
    widget
        .all(".guide-answers button")
        .iter()
        .map(|b| b.text_content().unwrap_or_default())
        .collect()
}

/// Clicks the one answer whose label contains `part`.
async fn answer(widget: &Fixture, part: &str) {
    let buttons = widget.all(".guide-answers button");
    let matching: Vec<&Element> = buttons
        .iter()
        .filter(|b| b.text_content().unwrap_or_default().contains(part))
        .collect();
    assert_eq!(matching.len(), 1, "{part:?} in {:?}", answers(widget));
    matching[0].unchecked_ref::<HtmlElement>().click();
    settle().await;
}

#[wasm_bindgen_test]
async fn the_guide_narrows_the_table_answer_by_answer_and_opens_the_result() {
    let widget = mount();
    let all = widget.codes().len();
    let guide = widget.one("details.guide");
    assert!(!guide.has_attribute("hidden"));
    assert!(widget.all(".guide-panel").is_empty(), "closed at first");
    widget.click("details.guide > summary").await;
    // The toggle event comes after the click's default action.
    gloo_timer().await;
    settle().await;
    assert!(!widget.all(".guide-panel").is_empty(), "opened");
    let at_start = widget.codes().len();
    assert!(at_start < all, "{at_start} of {all}");
    answer(&widget, "request is wrong").await;
    let narrowed = widget.codes().len();
    assert!(narrowed < at_start && narrowed > 2, "{narrowed}");
    answer(&widget, "body, a parameter").await;
    answer(&widget, "parses, but a value").await;
    assert_eq!(widget.codes(), vec![400, 422]);
    let heading = widget.text(".guide-result");
    assert!(
        heading.contains("422") && heading.contains("400"),
        "{heading}"
    );
    // Both rows are marked and their details are open.
    for code in [400, 422] {
        let row = widget.one(&format!("tbody tr[data-code=\"{code}\"]"));
        assert!(row.class_list().contains("targeted"), "{code} marked");
        assert_eq!(
            widget.expanded(&format!("tbody tr[data-code=\"{code}\"] .details-toggle")),
            Some("true".to_string()),
            "{code} open"
        );
    }
    assert_eq!(widget.all(".guide-trail button").len(), 3);
    // Back one answer: the table widens again; start over: the first question.
    widget.click(".guide-back").await;
    assert!(widget.all(".guide-question").len() == 1);
    assert!(widget.codes().len() > 2);
    widget.click(".guide-restart").await;
    assert_eq!(widget.codes().len(), at_start);
    assert!(widget.all(".guide-trail").is_empty());
}

/// One macrotask: events the browser queues (a disclosure's toggle) are dispatched.
async fn gloo_timer() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn the_guide_option_opens_at_a_step_turns_off_and_reports_unknown_steps() {
    let (widget, problems) = mount_with(r#"{ "guide": "rate-limited" }"#);
    assert_eq!(problems, Vec::<String>::new());
    settle().await;
    assert!(widget.text(".guide-result").contains("429"));
    assert_eq!(widget.codes(), vec![429]);
    assert!(widget.text(".guide-headers").contains("Retry-After"));

    let problems = problem_lines(&widget.widget().configure(json(r#"{ "guide": "off" }"#)));
    assert_eq!(problems, Vec::<String>::new());
    settle().await;
    assert!(widget.one("details.guide").has_attribute("hidden"));
    assert_eq!(
        widget.codes().len(),
        widget.all("tbody tr[data-code]:not([hidden])").len()
    );
    assert!(widget.codes().len() > 60, "no longer narrowed");

    let problems = problem_lines(
        &widget
            .widget()
            .configure(json(r#"{ "guide": "<img src=x onerror=alert(1)>" }"#)),
    );
    settle().await;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("guide: "), "{problems:?}");
    assert!(widget.all(".guide-panel img").is_empty(), "no markup");
    assert_eq!(
        widget.all(".guide-question").len(),
        1,
        "at the first question"
    );
    assert!(widget
        .text(".config-problems")
        .contains("not a step of the guide"));
}

#[wasm_bindgen_test]
async fn a_result_outside_the_codes_option_says_the_right_code_is_missing() {
    let (widget, _) = mount_with(r#"{ "codes": "200-204,400-404", "guide": "rate-limited" }"#);
    settle().await;
    assert!(widget.text(".guide-missing").contains("429"));
    assert_eq!(widget.codes(), Vec::<u16>::new());
}

#[wasm_bindgen_test]
async fn code_names_follow_the_languages_option_the_chooser_and_the_column() {
    let (widget, problems) =
        mount_with(r#"{"languages": ["rust", "cobol", "go"], "languageColumn": "python"}"#);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("languages: \"cobol\""),
        "{problems:?}"
    );
    // The names come with the second file (a plain call in these builds),
    // which a page fetches once it is idle: here, now, whichever test is first.
    http_status_table::ui::fetch_later()
        .await
        .expect("the names");
    settle().await;
    // The column: after the name, the current name, marked when it matched.
    let heads: Vec<String> = widget
        .all("thead th")
        .iter()
        .map(|th| th.class_name())
        .collect();
    assert_eq!(
        heads,
        [
            "col-code",
            "col-name",
            "col-library",
            "col-class",
            "col-description"
        ]
    );
    assert_eq!(
        widget.text("tr[data-code='422'] .col-library"),
        "HTTPStatus.UNPROCESSABLE_CONTENT"
    );
    widget.type_filter("UNPROCESSABLE_CONTENT").await;
    assert_eq!(widget.codes(), vec![422]);
    assert_eq!(
        widget.text("tr[data-code='422'] .col-library mark"),
        "UNPROCESSABLE_CONTENT"
    );

    // The details list the chosen libraries, in the libraries' order.
    widget.click("tr[data-code='422'] .details-toggle").await;
    let libraries = |widget: &Fixture| -> Vec<String> {
        widget
            .all(".code-names li:not([hidden]) .library")
            .iter()
            .filter_map(|l| l.text_content())
            .collect()
    };
    assert_eq!(libraries(&widget), ["Go net/http", "Rust http::StatusCode"]);
    // Ticking a library adds it; the widget's choice follows.
    let ruby = widget
        .all(".language-choice")
        .into_iter()
        .find(|label| label.text_content().unwrap_or_default().contains("Rack"))
        .expect("Rack's box");
    let input: HtmlInputElement = ruby
        .query_selector("input")
        .ok()
        .flatten()
        .expect("a checkbox")
        .unchecked_into();
    input.click();
    settle().await;
    assert_eq!(
        libraries(&widget),
        [
            "Go net/http",
            "Rust http::StatusCode",
            "Rack / Rails status symbols"
        ]
    );
    assert!(widget.text(".code-names").contains(":unprocessable_entity"));
    // Removing the column draws the rows without it.
    widget
        .widget()
        .configure(json(r#"{"languageColumn": "none"}"#));
    settle().await;
    assert!(widget.all(".col-library").is_empty());
}
