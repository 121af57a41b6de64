//! Leak check in a real browser: typing, sorting, toggling and opening details
//! must not grow the wasm heap. Live bytes are counted by a wrapping allocator,
//! so the figure is exact and independent of timing.
#![cfg(target_arch = "wasm32")]

use http_status_table::host::api::Widget;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

struct CountingAllocator;

static LIVE_BYTES: AtomicIsize = AtomicIsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only the
// byte count is recorded on the side.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE_BYTES.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE_BYTES.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn typing_sorting_and_details_do_not_grow_the_heap() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let root: HtmlElement = document
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let mut widget = Widget::new(root.clone(), None);
    widget.render();
    let find = |selector: &str| -> HtmlElement {
        root.query_selector(selector)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no {selector}"))
            .unchecked_into()
    };
    let input: HtmlInputElement = find("#filter").unchecked_into();
    let mut live_after_round = Vec::new();
    for _round in 0..6 {
        for text in [
            "4",
            "40",
            "404",
            "",
            "t",
            "ti",
            "time",
            "timeout",
            "client error",
            "",
        ] {
            input.set_value(text);
            input
                .dispatch_event(&web_sys::Event::new("input").expect("event"))
                .expect("dispatch");
            any_spawner::Executor::tick().await;
        }
        for column in ["name", "name", "class", "code"] {
            find(&format!("button[data-sort={column}]")).click();
            any_spawner::Executor::tick().await;
        }
        find("#show-unofficial").click();
        any_spawner::Executor::tick().await;
        find("tr[data-code='404'] .details-toggle").click();
        any_spawner::Executor::tick().await;
        find("tr[data-code='404'] .details-toggle").click();
        any_spawner::Executor::tick().await;
        // Let the announcement timers fire and free their callbacks.
        sleep(900).await;
        live_after_round.push(LIVE_BYTES.load(Ordering::Relaxed));
    }
    // The first round settles caches; the next five must not keep growing.
    let growth = live_after_round[5] - live_after_round[1];
    assert!(
        growth < 2_048,
        "live wasm heap grew {growth} bytes over 4 rounds: {live_after_round:?}"
    );
    widget.destroy();
    root.remove();
}
