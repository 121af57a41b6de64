//! Theme "auto" inside a host page: follow the color-scheme the page declares
//! for the widget (inherited from any ancestor: MkDocs Material sets it on
//! <body>, VitePress on <html>), and the reader's system setting where the page
//! declares none. The page's scheme is read from the widget's container; a CSS
//! transition on that container (widget.css, `.hst-container`) fires
//! `transitionrun` and `transitionend` whenever the inherited scheme changes
//! (from none to light too), so a site's switch is followed live with no host
//! code.

use crate::ui::TableState;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// The start of a change of the scheme and its end (the end alone is missed
/// when a change interrupts another; the start alone can come before a
/// discrete change shows in the computed style).
const EVENTS: [&str; 2] = ["transitionrun", "transitionend"];

/// Keeps `state.host_scheme` in step with the page until the current owner
/// (the widget's) is cleaned up.
pub fn follow_host_scheme(container: &HtmlElement, state: TableState) {
    let watched = container.clone();
    let check = move || {
        let declared = declares_scheme(&watched);
        // Fails only once the widget is destroyed; then nothing is shown.
        let _ = state.host_scheme.try_set(declared);
    };
    check();
    let listener = Closure::<dyn FnMut()>::new(check);
    for event in EVENTS {
        // A listener on an element we created cannot be refused.
        let _ =
            container.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    // Cleanups must be Send; a widget lives and dies on the page's one thread.
    let listening = SendWrapper::new((container.clone(), listener));
    on_cleanup(move || {
        let (container, listener) = listening.take();
        for event in EVENTS {
            let _ = container
                .remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    });
}

/// The computed color-scheme is `normal` when no ancestor declares one.
fn declares_scheme(container: &HtmlElement) -> bool {
    let style = web_sys::window().and_then(|w| w.get_computed_style(container).ok().flatten());
    let scheme = style
        .and_then(|s| s.get_property_value("color-scheme").ok())
        .unwrap_or_default();
    !matches!(scheme.trim(), "" | "normal")
}
