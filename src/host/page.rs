//! The standalone page's start-up: `index.html`'s loader calls `startPage`.
//! The page follows its URL (filter, sort, toggle, `#code`); with `?embed=1` it
//! is the iframe way in instead: options from the URL, height to the parent.
//!
//! The page arrives with its default view already written (`ui::page_html`,
//! at build time). Start-up takes it over in one task, so no frame shows a
//! half-built page: what the reader did before (text typed, caret, focus, the
//! toggle) is read from the served controls, the served rows are kept for the
//! table to adopt, and the view is mounted in their place with that state.

use super::{crash, frame, keyboard, url_state};
use crate::query::registry_index;
use crate::ui::{offer_served_rows, Page, TableState};
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

/// What the reader did to the served page before the app was ready: only the
/// controls that differ from how they were served, or that the reader touched
/// (`start.js` marks them `data-changed`, e.g. a box typed into, then cleared).
/// Both, because keys can land before `start.js` runs.
struct EarlyInput {
    filter: Option<HtmlInputElement>,
    filter_focused: bool,
    show_unofficial: Option<bool>,
}

/// Mounts the page into `#app` (emptied first: it holds the served page), or
/// into `<body>` when the page has no such element.
pub fn start() {
    crash::install_panic_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    let Some(root) = root else {
        return;
    };
    let early = early_input(&document, &root);
    offer_served_rows(served_rows(&root));
    root.set_text_content(None);
    crash::watch(&root);
    #[cfg(feature = "bench")]
    let index = super::bench::index_from_url().unwrap_or_else(|| {
        super::bench::expose_wasm_memory();
        registry_index()
    });
    #[cfg(not(feature = "bench"))]
    let index = registry_index();
    let early_text = early.filter.as_ref().map(HtmlInputElement::value);
    leptos::mount::mount_to(root.clone(), move || {
        let state = TableState::new(index);
        let filter_input: NodeRef<Input> = NodeRef::new();
        keyboard::focus_filter_on_slash(filter_input);
        let embedded = match frame::embed_request() {
            Some(request) => {
                frame::apply_url_options(&state);
                frame::report_height(request);
                true
            }
            None => {
                url_state::follow_history(state);
                url_state::keep_in_url(state);
                false
            }
        };
        // What the reader did comes after the address: it is newer.
        if let Some(text) = early_text {
            state.filter_text.set(text);
        }
        if let Some(show) = early.show_unofficial {
            state.show_unofficial.set(show);
        }
        view! { <Page state=state filter_input=filter_input embedded=embedded /> }
    })
    .forget();
    // Fixed, valid attribute names: these cannot fail. `data-pending` only
    // dimmed the served table while it waited.
    let _ = root.remove_attribute("data-pending");
    let _ = root.set_attribute("data-taken-over", "");
    // The new box, found in the DOM: the page's NodeRef lives in the view.
    let after = root
        .query_selector("#filter")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    if let (Some(before), Some(after)) = (early.filter, after) {
        keep_caret(&before, &after, early.filter_focused);
    }
}

/// The served controls the reader changed, and whether the box has the focus.
fn early_input(document: &Document, root: &Element) -> EarlyInput {
    let control = |selector: &str| {
        root.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    };
    let changed = |input: &HtmlInputElement| input.has_attribute("data-changed");
    let filter =
        control("#filter").filter(|input| changed(input) || input.value() != input.default_value());
    let filter_focused = filter.as_ref().is_some_and(|input| {
        document
            .active_element()
            .is_some_and(|active| active == ***input)
    });
    EarlyInput {
        filter,
        filter_focused,
        show_unofficial: control("#show-unofficial")
            .filter(|input| changed(input) || input.checked() != input.default_checked())
            .map(|input| input.checked()),
    }
}

/// The served table's rows, for the table to adopt.
fn served_rows(root: &Element) -> Vec<Element> {
    let Ok(rows) = root.query_selector_all("#status-table > tbody > tr") else {
        return Vec::new();
    };
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// Puts the caret (and the focus) where it was in the served box.
fn keep_caret(before: &HtmlInputElement, after: &HtmlInputElement, focused: bool) {
    if !focused {
        return;
    }
    // The value first: Leptos writes the same value in an effect, which then
    // leaves the caret alone (only a different value moves it to the end).
    after.set_value(&before.value());
    // Both fail only on a detached or non-text input: the caret is then moot.
    let _ = after.focus();
    if let (Ok(Some(start)), Ok(Some(end))) = (before.selection_start(), before.selection_end()) {
        let _ = after.set_selection_range(start, end);
    }
}
