//! The view: Leptos components. State lives in [`app::App`]; everything shown is
//! derived from it.

mod app;
#[cfg(feature = "bench")]
mod bench;
mod filter;
mod keyboard;
mod row;
mod table;
pub mod text;
mod url_state;

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
    #[cfg(feature = "bench")]
    let index = bench::index_from_url().unwrap_or_else(|| {
        bench::expose_wasm_memory();
        registry_index()
    });
    #[cfg(not(feature = "bench"))]
    let index = registry_index();
    leptos::mount::mount_to(root, move || leptos::view! { <App index=index /> }).forget();
}
