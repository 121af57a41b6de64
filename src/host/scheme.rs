//! Theme "auto" inside a host page: follow the color-scheme the page declares
//! for the widget (inherited from any ancestor: MkDocs Material sets it on
//! <body>, VitePress on <html>), and the reader's system setting where the page
//! declares none. The page's scheme is read from the widget's container; a CSS
//! transition on that container (widget.css, `.hst-container`) fires
//! `transitionrun` whenever the inherited scheme changes, so a site's dark
//! switch is followed live with no host code.

use crate::ui::TableState;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// Keeps `state.host_scheme` in step with the page; dropping it stops listening.
pub struct SchemeWatch {
    container: HtmlElement,
    listener: Closure<dyn FnMut()>,
}

impl SchemeWatch {
    pub fn start(container: &HtmlElement, state: TableState) -> SchemeWatch {
        let watched = container.clone();
        let check = move || {
            let declared = declares_scheme(&watched);
            // Fails only once the widget is destroyed; then nothing is shown.
            let _ = state.host_scheme.try_set(declared);
        };
        check();
        let listener = Closure::<dyn FnMut()>::new(check);
        // A listener on an element we created cannot be refused.
        let _ = container
            .add_event_listener_with_callback("transitionrun", listener.as_ref().unchecked_ref());
        SchemeWatch {
            container: container.clone(),
            listener,
        }
    }
}

impl Drop for SchemeWatch {
    fn drop(&mut self) {
        let _ = self.container.remove_event_listener_with_callback(
            "transitionrun",
            self.listener.as_ref().unchecked_ref(),
        );
    }
}

/// The computed color-scheme is `normal` when no ancestor declares one.
fn declares_scheme(container: &HtmlElement) -> bool {
    let style = web_sys::window().and_then(|w| w.get_computed_style(container).ok().flatten());
    let scheme = style
        .and_then(|s| s.get_property_value("color-scheme").ok())
        .unwrap_or_default();
    !matches!(scheme.trim(), "" | "normal")
}
