//! The standalone page's start-up: `index.html`'s loader calls `startPage`.
//! The page follows its URL (filter, sort, toggle, `#code`); with `?embed=1` it
//! is the iframe way in instead: options from the URL, height to the parent.
//!
//! The page arrives with its default view already written (`ui::page_html`,
//! at build time). Start-up changes the page in one task, so no frame shows a
//! half-built page, and does everything else before, a short task at a time
//! ([`prepare`]), so the page keeps answering the reader on a slow phone:
//! 1. the search index is built and the served rows are found;
//! 2. the served rows are walked for adoption, a slice per task;
//! 3. the state is set up, with the address applied;
//! 4. the take-over ([`start`]): what the reader did meanwhile (text typed,
//!    the toggle) is read from the served controls into the state, the served
//!    page is bound to the state in place (the same elements: the caret and
//!    focus stay where they are) and the table paints, adopting the served
//!    rows where they already are.

use super::{crash, frame, keyboard, url_state};
use crate::query::registry_index;
use crate::ui::{
    adopt_page, build_page, offer_served_rows, paint_held_rows, walk_served_rows, TableState,
    WidgetView,
};
use reactive_graph::owner::Owner;
use reactive_graph::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// What the reader did to the served page before the app was ready: only the
/// controls that differ from how they were served, or that the reader touched
/// (`start.js` marks them `data-changed`, e.g. a box typed into, then cleared).
/// Both, because keys can land before `start.js` runs.
struct EarlyInput {
    filter: Option<HtmlInputElement>,
    show_unofficial: Option<bool>,
}

/// Served rows walked per slice of [`prepare`]: a third of the registry, a
/// few milliseconds on a phone.
const ROWS_PER_SLICE: usize = 35;

/// Where start-up has got to.
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Fresh,
    Walking,
    Building,
    Built,
    Started,
}

/// The page's state, set up off the page, and once it has taken over, its
/// view: kept, with their reactive root, as long as the page.
struct Built {
    owner: Owner,
    state: TableState,
    embedded: bool,
    view: Option<WidgetView>,
}

thread_local! {
    static STAGE: Cell<Stage> = const { Cell::new(Stage::Fresh) };
    static BUILT: RefCell<Option<Built>> = const { RefCell::new(None) };
    /// The page's view once it has taken over: never dropped.
    static LIVE: RefCell<Option<Built>> = const { RefCell::new(None) };
}

/// One step of the start-up work that leaves the page as it is; the loader
/// runs one per task before [`start`]. Returns whether more remains.
pub fn prepare() -> bool {
    let stage = STAGE.with(Cell::get);
    let next = match stage {
        Stage::Fresh => {
            registry_index();
            if let Some(root) = page_root() {
                offer_served_rows(served_rows(&root));
            }
            Stage::Walking
        }
        Stage::Walking if walk_served_rows(ROWS_PER_SLICE) => Stage::Walking,
        Stage::Walking => Stage::Building,
        Stage::Building => {
            build();
            Stage::Built
        }
        Stage::Built | Stage::Started => return false,
    };
    STAGE.with(|s| s.set(next));
    true
}

/// `#app`, which holds the served page, or `<body>` when there is no such element.
fn page_root() -> Option<HtmlElement> {
    let document = web_sys::window().and_then(|w| w.document())?;
    document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .or_else(|| document.body())
}

/// Sets the page's state up, off the page: the index, the address applied
/// (or the frame's options), the URL kept in step. The reader's input and
/// the take-over come in [`start`].
fn build() {
    super::start_runtime();
    #[cfg(feature = "bench")]
    let index = super::bench::index_from_url().unwrap_or_else(|| {
        super::bench::expose_wasm_memory();
        registry_index()
    });
    #[cfg(not(feature = "bench"))]
    let index = registry_index();
    // The page's reactive root, kept as long as the page (with its view).
    let owner = Owner::new();
    let (state, embedded) = owner.with(|| {
        let state = TableState::new(index);
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
        (state, embedded)
    });
    BUILT.with(|built| {
        if let Ok(mut built) = built.try_borrow_mut() {
            *built = Some(Built {
                owner,
                state,
                embedded,
                view: None,
            });
        }
    });
}

/// Takes the page over: finishes whatever [`prepare`] has not done, applies
/// what the reader did meanwhile, and binds the served page to the state in
/// place (`ui::adopt_page`), its table adopting the served rows.
pub fn start() {
    while prepare() {}
    if STAGE.with(|s| s.replace(Stage::Started)) == Stage::Started {
        return;
    }
    let built = BUILT.with(|built| built.try_borrow_mut().ok().and_then(|mut b| b.take()));
    let (Some(document), Some(root), Some(mut built)) = (
        web_sys::window().and_then(|w| w.document()),
        page_root(),
        built,
    ) else {
        return;
    };
    let state = built.state;
    // What the reader did comes after the address: it is newer. The served
    // controls become the app's, so their text, caret and focus stay as they are.
    let early = early_input(&root);
    if let Some(text) = early.filter.as_ref().map(HtmlInputElement::value) {
        state.filter_text.set(text);
    }
    if let Some(show) = early.show_unofficial {
        state.show_unofficial.set(show);
    }
    let view = built.owner.with(|| {
        adopt_page(state, &document, &root, built.embedded).or_else(|error| {
            // Not the page this build writes (a stale copy, a proxy's rewrite):
            // built afresh in its place, and said in the console.
            let message =
                wasm_bindgen::JsValue::from_str("http-status-table: the served page was rebuilt:");
            web_sys::console::warn_2(&message, &error);
            root.set_text_content(None);
            build_page(state, &document, &root, built.embedded)
        })
    });
    let view = match view {
        Ok(view) => view,
        Err(error) => {
            let message =
                wasm_bindgen::JsValue::from_str("http-status-table: building the page failed:");
            web_sys::console::error_2(&message, &error);
            return;
        }
    };
    keyboard::focus_filter_on_slash(view.filter_input.clone());
    built.view = Some(view);
    LIVE.with(|live| {
        if let Ok(mut live) = live.try_borrow_mut() {
            *live = Some(built);
        }
    });
    crash::watch(&root);
    paint_held_rows();
    // Fixed, valid attribute names: these cannot fail. `data-pending` only
    // dimmed the served table while it waited, `data-embed` hid its heading.
    let _ = root.remove_attribute("data-pending");
    let _ = root.set_attribute("data-taken-over", "");
}

/// The served controls the reader changed, and whether the box has the focus.
fn early_input(root: &Element) -> EarlyInput {
    let control = |selector: &str| {
        root.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    };
    let changed = |input: &HtmlInputElement| input.has_attribute("data-changed");
    let filter =
        control("#filter").filter(|input| changed(input) || input.value() != input.default_value());
    EarlyInput {
        filter,
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
