//! The page's keyboard shortcut: `/` focuses the filter, unless the reader is
//! typing in a field already. (Embedded widgets get theirs from the JS entry,
//! which knows which widget on the host page was last used.)

use leptos::ev::keydown;
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

pub fn focus_filter_on_slash(filter: NodeRef<Input>) {
    let listener = window_event_listener(keydown, move |ev: KeyboardEvent| {
        if ev.key() != "/"
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.alt_key()
            || ev.default_prevented()
            || typing_somewhere(&ev)
        {
            return;
        }
        let Some(filter) = filter.get_untracked() else {
            return;
        };
        ev.prevent_default();
        // Focus fails only on a detached input: the widget is gone.
        let _ = filter.focus();
    });
    // The page's listener lives as long as the page: never removed.
    drop(listener);
}

/// True when the key goes to an input, a text area, a select or editable content.
fn typing_somewhere(ev: &KeyboardEvent) -> bool {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
        return false;
    };
    let tag = target.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select") || target.is_content_editable()
}
