//! Component tests: the widget mounted into a fresh element in headless Chromium.
//! Run with `cargo test --target wasm32-unknown-unknown` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use http_status_table::ui::{registry_index, StatusWidget, TableState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// One mounted widget; unmounted and removed when dropped, since tests share a page.
struct Fixture {
    root: HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        self.root.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn mount() -> Fixture {
    any_spawner::Executor::init_wasm_bindgen().ok();
    let root: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let handle = leptos::mount::mount_to(root.clone(), || {
        view! { <StatusWidget state=TableState::new(registry_index()) /> }.into_any()
    });
    Fixture {
        root,
        _handle: handle,
    }
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

    fn codes(&self) -> Vec<u16> {
        self.all("tbody tr")
            .iter()
            .filter_map(|tr| tr.get_attribute("data-code")?.parse().ok())
            .collect()
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    async fn type_filter(&self, text: &str) {
        let input: HtmlInputElement = self.one("#filter").unchecked_into();
        input.set_value(text);
        input
            .dispatch_event(&web_sys::Event::new("input").expect("event"))
            .expect("dispatch");
        any_spawner::Executor::tick().await;
    }

    async fn click(&self, selector: &str) {
        self.one(selector).unchecked_into::<HtmlElement>().click();
        any_spawner::Executor::tick().await;
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
    any_spawner::Executor::tick().await;
    let codes = widget.codes();
    assert_eq!(codes.len(), 64);
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(widget.text("#result-count"), "64 of 64 codes");
    assert_eq!(
        widget
            .one("#result-count")
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
        .all("tbody tr .name")
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
