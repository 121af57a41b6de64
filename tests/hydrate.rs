//! The standalone page as served (Leptos SSR at build time, pinned in
//! `tests/fixtures/standalone-page.html` by `tests/ssr.rs`) hydrated in
//! headless Chromium by the page's own start-up, `startPage`: every served
//! node is kept, nothing is logged, the result is what the app draws when it
//! renders the page afresh, and it responds. Hydration alone keeps the served
//! text and attributes and takes any element for any other, so the comparison
//! with the fresh page is what catches a served page that is not the app's.
//! Run with `cargo test --target wasm32-unknown-unknown --test hydrate`.
#![cfg(target_arch = "wasm32")]

use http_status_table::host::api::{next_page_step, page_steps_left, start_page};
use http_status_table::ui::paced::{set_slice_length, SLICE_MS};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, Node};

wasm_bindgen_test_configure!(run_in_browser);

/// `#app` as `src/bin/prerender.rs` writes it, with the render date; the line
/// breaks are the fixture's own (`tests/ssr.rs`), for readable diffs.
const SERVED_APP: &str = include_str!("fixtures/standalone-page.html");

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Puts the served `#app` at the end of the body, as the browser parsed it.
fn serve() -> HtmlElement {
    let holder = document().create_element("div").expect("div");
    holder.set_inner_html(&SERVED_APP.replace('\n', ""));
    let app: HtmlElement = holder
        .first_element_child()
        .expect("the fixture holds #app")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&app)
        .expect("append");
    let found = document().get_element_by_id("app").expect("#app");
    assert!(found == *app, "the only #app on the page");
    app
}

/// An address that asks for no view: a test's take-over writes its view into
/// the address, which the next test's page would read.
fn plain_address() {
    let window = web_sys::window().expect("a window");
    let path = window.location().pathname().expect("a path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&JsValue::NULL, "", Some(&path))
        .expect("replaceState");
}

/// Lets the effects a change woke run, and those they wake in turn.
async fn settle() {
    for _ in 0..3 {
        any_spawner::Executor::tick().await;
    }
}

/// Sends `event` (`"input"`, `"change"`) to a control, as the browser does
/// when the reader types or ticks.
fn fire(control: &HtmlInputElement, event: &str) {
    control
        .dispatch_event(&web_sys::Event::new(event).expect("event"))
        .expect("dispatch");
}

/// After `startPage`: the query's answer, then the widget's steps (a slice
/// of its parts each), which keep every served node; `between` runs after
/// each, as the reader acts between tasks. Returns how many steps the
/// widget took.
async fn hydrate_widget(app: &HtmlElement, served: &[Node], mut between: impl FnMut()) -> usize {
    assert_eq!(
        page_steps_left(),
        6,
        "the query's answer, the widget, its rows, the address, the address kept, the take-over"
    );
    assert!(
        next_page_step(),
        "the widget is left after the query's answer"
    );
    assert_same_nodes(served, &descendants(app), "before hydration");
    let mut steps = 0;
    while page_steps_left() == 5 {
        assert!(next_page_step(), "the rows are left after the widget");
        steps += 1;
        assert_same_nodes(served, &descendants(app), "the widget, hydrated as served");
        settle().await;
        between();
        assert!(steps <= 100, "the widget's hydration ends");
    }
    steps
}

/// After the widget's steps: the rows' steps (a slice of rows each), which
/// keep every served node, the address's, then the take-over, the last
/// (`before_take_over` runs just before it). Returns how many steps the rows
/// took.
async fn hydrate_rows_then_take_over(
    app: &HtmlElement,
    served: &[Node],
    before_take_over: impl FnOnce(),
) -> usize {
    assert_eq!(
        page_steps_left(),
        4,
        "the rows, the address, the address kept, the take-over"
    );
    let mut row_steps = 0;
    while page_steps_left() == 4 {
        assert!(next_page_step(), "the address is left after the rows");
        row_steps += 1;
        assert_same_nodes(served, &descendants(app), "the rows, hydrated as served");
        assert!(row_steps <= 1000, "the rows' hydration ends");
    }
    settle().await;
    assert!(
        next_page_step(),
        "the address kept is left after the address"
    );
    settle().await;
    assert!(
        next_page_step(),
        "the take-over is left after the address kept"
    );
    settle().await;
    before_take_over();
    assert!(!next_page_step(), "taken over, no step left");
    assert!(!next_page_step(), "and none after");
    settle().await;
    row_steps
}

/// Every node under `node` (elements, text, comments), in document order.
fn descendants(node: &Node) -> Vec<Node> {
    fn walk(node: &Node, all: &mut Vec<Node>) {
        let children = node.child_nodes();
        for child in (0..children.length()).filter_map(|i| children.item(i)) {
            all.push(child.clone());
            walk(&child, all);
        }
    }
    let mut all = Vec::new();
    walk(node, &mut all);
    all
}

/// A node as a failure message names it.
fn describe(node: Option<&Node>) -> String {
    match node {
        Some(node) => match node.dyn_ref::<Element>() {
            Some(element) => element.outer_html().chars().take(120).collect(),
            None => format!("{} {:?}", node.node_name(), node.text_content()),
        },
        None => "nothing".into(),
    }
}

/// The tree under `node` as a reader and the app see it: a line per element
/// (attributes sorted; an input's value and checked state) or run of text,
/// indented by depth. Comments (hydration's markers) are left out, and text
/// split by them is joined; text that is only white space is left out too
/// (Leptos serves an empty text as a space, so that the browser makes a node
/// of it to hydrate).
fn outline(node: &Node) -> Vec<String> {
    let mut lines = Vec::new();
    outline_into(node, 0, &mut lines);
    lines
}

fn outline_into(node: &Node, depth: usize, lines: &mut Vec<String>) {
    let indent = "  ".repeat(depth);
    let children = node.child_nodes();
    let mut text = String::new();
    for child in (0..children.length()).filter_map(|i| children.item(i)) {
        match child.dyn_ref::<Element>() {
            Some(element) => {
                if !text.trim().is_empty() {
                    lines.push(format!("{indent}{text:?}"));
                }
                text.clear();
                let mut attributes: Vec<String> = element
                    .get_attribute_names()
                    .iter()
                    .filter_map(|name| name.as_string())
                    // Leptos serves an empty class as `class=""`, and draws none.
                    .filter(|name| name != "class" || !element.class_name().is_empty())
                    .map(|name| {
                        let value = element.get_attribute(&name).unwrap_or_default();
                        format!("{name}={value:?}")
                    })
                    .collect();
                if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                    attributes.push(format!(".value={:?}", input.value()));
                    attributes.push(format!(".checked={}", input.checked()));
                }
                attributes.sort();
                lines.push(format!(
                    "{indent}<{} {}>",
                    element.local_name(),
                    attributes.join(" ")
                ));
                outline_into(&child, depth + 1, lines);
            }
            None if child.node_type() == Node::TEXT_NODE => {
                text.push_str(&child.text_content().unwrap_or_default());
            }
            None => {}
        }
    }
    if !text.trim().is_empty() {
        lines.push(format!("{indent}{text:?}"));
    }
}

/// Records what goes to `console.error` and `console.warn` from now on.
fn record_console() -> js_sys::Array {
    js_sys::Function::new_no_args(
        "const seen = [];
         for (const level of ['error', 'warn']) {
           const original = console[level];
           console[level] = (...args) => {
             seen.push(level + ': ' + args.map(String).join(' '));
             original.apply(console, args);
           };
         }
         return seen;",
    )
    .call0(&JsValue::NULL)
    .expect("the console is wrapped")
    .unchecked_into()
}

fn shown_codes(root: &Element) -> Vec<String> {
    let rows = root
        .query_selector_all("#status-table tbody tr[data-code]:not([hidden])")
        .expect("a valid selector");
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|row| row.unchecked_into::<Element>().get_attribute("data-code"))
        .collect()
}

/// `nodes`, as a set for `has`.
fn node_set(nodes: &[Node]) -> js_sys::Set {
    let set = js_sys::Set::new(&JsValue::UNDEFINED);
    for node in nodes {
        set.add(node);
    }
    set
}

/// Fails, naming the first difference, unless `now` holds the nodes of `then`
/// and no others, in the same order.
fn assert_same_nodes(then: &[Node], now: &[Node], what: &str) {
    let first_difference = then
        .iter()
        .zip(now)
        .position(|(then, now)| !then.is_same_node(Some(now)))
        .unwrap_or(then.len().min(now.len()));
    assert!(
        then.len() == now.len() && first_difference == then.len(),
        "{what}: {} nodes before, {} now; the first that differs, node {}: {}, now {}",
        then.len(),
        now.len(),
        first_difference + 1,
        describe(then.get(first_difference)),
        describe(now.get(first_difference)),
    );
}

/// Fails, naming the first difference, unless the outlines are the same.
fn assert_same_outline(hydrated: &[String], fresh: &[String]) {
    let first_difference = hydrated
        .iter()
        .zip(fresh)
        .position(|(hydrated, fresh)| hydrated != fresh)
        .unwrap_or(hydrated.len().min(fresh.len()));
    let line = |lines: &[String]| {
        lines
            .get(first_difference)
            .map_or("(the end)".to_string(), |line| line.trim().to_string())
    };
    assert!(
        hydrated == fresh,
        "the hydrated page ({} lines) and the page rendered afresh ({}) differ from line {}:\n{}\n{}",
        hydrated.len(),
        fresh.len(),
        first_difference + 1,
        line(hydrated),
        line(fresh),
    );
}

#[wasm_bindgen_test]
async fn the_served_page_is_hydrated_in_place_into_the_page_the_app_draws() {
    plain_address();
    let console = record_console();
    let app = serve();
    let served = descendants(&app);
    let served_guide = app
        .query_selector(".guide-static")
        .ok()
        .flatten()
        .expect("the served guide");
    assert_eq!(
        start_page(true).await,
        Some(true),
        "a hydrated page has steps left"
    );
    // The first step works out the state; nothing is hydrated yet.
    assert_same_nodes(&served, &descendants(&app), "before hydration");
    // The widget's steps of hydration (the rows and what depends on the
    // reader wait for steps of their own) take every served node as it was,
    // and add none.
    assert!(hydrate_widget(&app, &served, || ()).await >= 1);
    assert!(
        hydrate_rows_then_take_over(&app, &served, || {
            assert_same_nodes(&served, &descendants(&app), "the address asks for no view");
        })
        .await
            >= 1
    );
    assert!(
        app.has_attribute("data-taken-over"),
        "the start-up finished"
    );
    assert_eq!(app.query_selector(".hst-crash").ok().flatten(), None);
    let messages: Vec<String> = console.iter().filter_map(|m| m.as_string()).collect();
    assert_eq!(messages, Vec::<String>::new(), "nothing logged");
    // Running, the app takes out the served guide (its own opens in its
    // place, a marker where it was) and keeps every other served node.
    let running = descendants(&app);
    let (served_set, running_set) = (node_set(&served), node_set(&running));
    let (gone, kept): (Vec<Node>, Vec<Node>) =
        served.iter().cloned().partition(|n| !running_set.has(n));
    let added: Vec<Node> = running
        .iter()
        .filter(|n| !served_set.has(n))
        .cloned()
        .collect();
    assert!(
        gone.iter().all(|n| served_guide.contains(Some(n))) && !served_guide.is_connected(),
        "only the served guide is taken out, all of it; also: {}",
        describe(gone.iter().find(|n| !served_guide.contains(Some(n)))),
    );
    assert_eq!(
        added.iter().map(Node::node_type).collect::<Vec<_>>(),
        [Node::COMMENT_NODE],
        "one marker (where the served guide was), nothing else added"
    );
    let still_there: Vec<Node> = running
        .iter()
        .filter(|n| served_set.has(n))
        .cloned()
        .collect();
    assert_same_nodes(&kept, &still_there, "the running page");

    // The start-up renders the same page afresh (as it does a served page
    // that is not this build's): that is what hydration gave.
    let hydrated_outline = outline(&app);
    app.set_id("hydrated");
    let fresh = serve();
    assert_eq!(
        start_page(false).await,
        Some(false),
        "a page rendered afresh has no steps left"
    );
    settle().await;
    let fresh_outline = outline(&fresh);
    fresh.remove();
    assert_same_outline(&hydrated_outline, &fresh_outline);

    // And it responds: sorting is offered, typing filters.
    let waiting = app
        .query_selector_all("button[data-sort]:disabled")
        .expect("a valid selector");
    assert_eq!(waiting.length(), 0, "the sort buttons are enabled");
    assert_eq!(shown_codes(&app).len(), 64);
    let filter: HtmlInputElement = app
        .query_selector("#filter")
        .ok()
        .flatten()
        .expect("the filter box")
        .unchecked_into();
    filter.set_value("404");
    fire(&filter, "input");
    settle().await;
    assert_eq!(shown_codes(&app), ["404"]);
    app.remove();
}

/// What the reader does between the start-up's steps (typing, ticking, a
/// row's toggle) leaves the state as served, so the rows still hydrate node
/// for node; the last step then applies it from the served controls.
#[wasm_bindgen_test]
async fn what_the_reader_does_between_the_steps_is_applied_at_the_last() {
    plain_address();
    let console = record_console();
    let app = serve();
    let served = descendants(&app);
    let input = |selector: &str| -> HtmlInputElement {
        app.query_selector(selector)
            .ok()
            .flatten()
            .expect("a served control")
            .unchecked_into()
    };
    // A part of the widget, then a row, a step, so that the reader's input
    // lands between the widget's steps and the rows' too.
    set_slice_length(0.0);
    assert_eq!(
        start_page(true).await,
        Some(true),
        "a hydrated page has steps left"
    );
    // The reader opens the served guide once the controls are hydrated and
    // before the guide's disclosure is.
    let served_guide = app
        .query_selector("details.guide")
        .ok()
        .flatten()
        .expect("the served guide's disclosure");
    let mut widget_steps = 0;
    let widget_steps = hydrate_widget(&app, &served, || {
        widget_steps += 1;
        if widget_steps == 1 {
            served_guide.set_attribute("open", "").expect("open");
        }
    })
    .await;
    assert!(
        widget_steps > 1,
        "the widget's parts a step each: {widget_steps}"
    );
    assert!(served_guide.has_attribute("open"), "the guide stays open");

    let filter = input("#filter");
    filter.set_value("40");
    fire(&filter, "input");
    let unofficial = input("#show-unofficial");
    unofficial.set_checked(true);
    fire(&unofficial, "change");
    let toggle: HtmlElement = app
        .query_selector("tr[data-code='200'] .details-toggle")
        .ok()
        .flatten()
        .expect("the 200 row's toggle")
        .unchecked_into();
    toggle.click();
    settle().await;
    assert_eq!(shown_codes(&app).len(), 64, "the rows wait");

    // The reader types on after the address is followed, before the app runs.
    let row_steps = hydrate_rows_then_take_over(&app, &served, || {
        assert_eq!(filter.value(), "40", "the address leaves what was typed");
        filter.set_value("404");
        fire(&filter, "input");
    })
    .await;
    set_slice_length(SLICE_MS);
    let served_rows = served
        .iter()
        .filter(|node| {
            node.node_name() == "TR" && node.parent_node().is_some_and(|p| p.node_name() == "TBODY")
        })
        .count();
    assert!(
        served_rows >= 64 && row_steps > served_rows,
        "one row a step when each step's slice is used up: {row_steps} steps for {served_rows} rows"
    );

    assert_eq!(filter.value(), "404", "the box keeps what was typed");
    assert_eq!(shown_codes(&app), ["404"], "and the table follows it");
    assert!(unofficial.checked());
    assert!(
        served_guide.has_attribute("open")
            && app
                .query_selector(".guide h3.guide-question")
                .ok()
                .flatten()
                .is_some(),
        "the guide opened before the app ran is open at its first question"
    );
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false"),
        "the toggle waited for the app, as the sort buttons do"
    );
    let messages: Vec<String> = console.iter().filter_map(|m| m.as_string()).collect();
    assert_eq!(messages, Vec::<String>::new(), "nothing logged");
    app.remove();
    plain_address();
}
