//! Copying to the clipboard, with a visible, announced confirmation and a
//! fallback (the text shown selected) where the Clipboard API is refused.

use crate::text;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsValue;

/// What the last copy in one details panel came to.
#[derive(Clone, Copy)]
pub struct CopyFeedback {
    /// "Copied: …", or why it failed; shown in a polite live region.
    pub status: RwSignal<String>,
    /// Text to offer selected for copying by hand; empty when copying worked.
    pub fallback: RwSignal<String>,
}

impl CopyFeedback {
    pub fn new() -> CopyFeedback {
        CopyFeedback {
            status: RwSignal::new(String::new()),
            fallback: RwSignal::new(String::new()),
        }
    }
}

/// Writes `value` to the clipboard and reports through `feedback`.
pub fn copy(value: String, feedback: CopyFeedback) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // `navigator.clipboard` is missing outside secure contexts.
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| c.is_object());
    if !available {
        refused(value, feedback);
        return;
    }
    let promise = navigator.clipboard().write_text(&value);
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => {
                feedback.fallback.set(String::new());
                feedback.status.set(text::copied(&value));
                // The confirmation goes away on its own; the live region has spoken.
                set_timeout(
                    move || {
                        // Fails only once the panel is closed: nothing to clear then.
                        let _ = feedback.status.try_set(String::new());
                    },
                    Duration::from_secs(4),
                );
            }
            Err(_) => refused(value, feedback),
        }
    });
}

fn refused(value: String, feedback: CopyFeedback) {
    feedback.status.set(text::COPY_BLOCKED.to_string());
    feedback.fallback.set(value);
}
