//! The view: Leptos components. State lives in [`app::App`]; everything shown is
//! derived from it.

mod app;
mod filter;
mod row;
mod table;
pub mod text;

pub use app::{registry_index, App, StatusWidget, TableState};

use wasm_bindgen::JsCast;

/// Mounts the app into `#app` (emptied first: it holds a loading note), or into
/// `<body>` when the page has no such element.
pub fn start() {
    console_error_panic_hook::set_once();
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
    leptos::mount::mount_to(root, App).forget();
}
