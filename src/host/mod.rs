//! The host layer: everything that faces the page a widget lives in. The
//! wasm-bindgen API (a widget's configure, render and destroy; lookup,
//! registry, guide, libraries), the standalone page's start-up, its URL state
//! and remembered libraries, the iframe mode, the keyboard shortcut, the
//! page's color-scheme for theme "auto", and the crash notice.
//! `data_api` is pure (tested natively); the rest is wasm32 only.

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
mod bench;
#[cfg(target_arch = "wasm32")]
pub mod crash;
pub mod data_api;
#[cfg(target_arch = "wasm32")]
mod frame;
#[cfg(target_arch = "wasm32")]
pub mod js_values;
#[cfg(target_arch = "wasm32")]
mod keyboard;
#[cfg(target_arch = "wasm32")]
mod later_file;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod remembered;
#[cfg(target_arch = "wasm32")]
mod scheme;
#[cfg(target_arch = "wasm32")]
mod url_state;

/// Once per page, before any widget: the panic hook (see `crash`), and the
/// executor that runs Leptos' effects (as microtasks, through
/// wasm-bindgen-futures; Leptos' mount functions set it up too, but state is
/// made before them).
#[cfg(target_arch = "wasm32")]
fn start_runtime() {
    crash::install_panic_hook();
    // Fails only when already set: by an earlier widget on the same page.
    let _ = any_spawner::Executor::init_wasm_bindgen();
}
