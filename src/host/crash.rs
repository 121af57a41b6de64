//! If the impossible happens and Rust panics, every table on the page is
//! replaced by a short readable notice (the details go to the console), instead
//! of being left frozen or half-drawn. After a panic the wasm instance aborts,
//! so a stale table would silently stop responding.

use crate::text;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use std::cell::RefCell;

thread_local! {
    /// The elements tables are drawn into: widget containers and the page root.
    static CONTAINERS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook once per page: log the details, then show the notice.
pub fn install_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            // A JS Error carries the stack, so the console shows where it
            // happened (what console_error_panic_hook did, in fewer bytes).
            let error = js_sys::Error::new(&info.to_string());
            web_sys::console::error_1(&error);
            show_crash_notice();
        }));
    });
}

/// Remembers a container so that a crash can replace what is drawn in it.
pub fn watch(container: &web_sys::Element) {
    CONTAINERS.with(|all| {
        if let Ok(mut all) = all.try_borrow_mut() {
            all.push(container.clone());
        }
    });
}

/// Forgets a container whose table was destroyed.
pub fn unwatch(container: &web_sys::Element) {
    CONTAINERS.with(|all| {
        if let Ok(mut all) = all.try_borrow_mut() {
            all.retain(|c| c != container);
        }
    });
}

/// Replaces every watched container's content with the crash notice (a
/// static view, built without the reactive graph, which may be what
/// panicked). Only fallible calls: a second panic in here would hide the first.
pub fn show_crash_notice() {
    CONTAINERS.with(|all| {
        let Ok(all) = all.try_borrow() else {
            return;
        };
        for container in all.iter() {
            container.set_text_content(None);
            let mut notice = view! {
                <p role="alert" class="hst-crash" part="message">{text::CRASHED}</p>
            }
            .build();
            notice.mount(container, None);
        }
    });
}
