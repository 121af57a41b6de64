//! When the second file (`ui::later`: what opened details, a guide step and a
//! download need) is fetched: once a widget has started and the browser is
//! idle, so that it never competes with start-up, and is in before most
//! readers open anything. Opening something before then fetches it at once.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Asks for the second file when the browser is next idle (at once where
/// `requestIdleCallback` is missing: a task later, as Safari has it).
pub fn fetch_when_idle() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fetch = Closure::once_into_js(|| {
        leptos::task::spawn_local(async {
            // A failure is logged by the loader; what needs the file fetches again.
            let _ = crate::ui::fetch_later().await;
        })
    });
    let callback = fetch.unchecked_ref::<js_sys::Function>();
    if window.request_idle_callback(callback).is_err() {
        let _ = window.set_timeout_with_callback(callback);
    }
}
