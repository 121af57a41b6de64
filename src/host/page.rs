//! The standalone page's start-up: `index.html`'s loader calls `startPage`.
//! The page follows its URL (filter, sort, toggle, `#code`); with `?embed=1` it
//! is the iframe way in instead: options from the URL, height to the parent.

use super::{crash, frame, keyboard, url_state};
use crate::query::registry_index;
use crate::ui::{Page, TableState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the page into `#app` (emptied first: it holds a loading note), or
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
    root.set_text_content(None);
    crash::watch(&root);
    #[cfg(feature = "bench")]
    let index = super::bench::index_from_url().unwrap_or_else(|| {
        super::bench::expose_wasm_memory();
        registry_index()
    });
    #[cfg(not(feature = "bench"))]
    let index = registry_index();
    leptos::mount::mount_to(root, move || {
        let state = TableState::new(index);
        let filter_input = NodeRef::new();
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
        view! { <Page state=state filter_input=filter_input embedded=embedded /> }
    })
    .forget();
}
