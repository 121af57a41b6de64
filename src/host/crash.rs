//! If the impossible happens and Rust panics, every table on the page is
//! replaced by a short readable notice (the details go to the console), instead
//! of being left frozen or half-drawn. After a panic the wasm instance aborts,
//! so a stale table would silently stop responding.

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

/// Replaces every watched container's content with the crash notice. Only
/// fallible calls: a second panic in here would hide the first.
pub fn show_crash_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    CONTAINERS.with(|all| {
        let Ok(all) = all.try_borrow() else {
            return;
        };
        for container in all.iter() {
            let Ok(notice) = document.create_element("p") else {
                continue;
            };
            // Fixed, valid attribute names on a new element: these cannot fail.
            let _ = notice.set_attribute("role", "alert");
            let _ = notice.set_attribute("class", "hst-crash");
            let _ = notice.set_attribute("part", "message");
            notice.set_text_content(Some(crate::text::CRASHED));
            container.replace_children_with_node_1(&notice);
        }
    });
}
