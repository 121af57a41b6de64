//! The view: Leptos components. A widget's state lives in [`TableState`];
//! everything shown is derived from it. [`App`] is the standalone page around
//! one widget; `embed::js::Widget` mounts widgets into host pages.

mod app;
#[cfg(feature = "bench")]
mod bench;
mod clock;
mod copy;
pub mod crash;
mod details;
mod download;
mod filter;
mod frame;
mod keyboard;
mod row;
mod state;
mod table;
mod table_body;
mod url_state;
mod widget;

pub use app::App;
pub use state::{registry_index, TableState};
pub use widget::StatusWidget;

use wasm_bindgen::JsCast;

pub use crash::install_panic_hook;

/// Mounts the standalone page into `#app` (emptied first: it holds a loading
/// note), or into `<body>` when the page has no such element.
pub fn start() {
    install_panic_hook();
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
    let index = bench::index_from_url().unwrap_or_else(|| {
        bench::expose_wasm_memory();
        registry_index()
    });
    #[cfg(not(feature = "bench"))]
    let index = registry_index();
    leptos::mount::mount_to(root, move || leptos::view! { <App index=index /> }).forget();
}
