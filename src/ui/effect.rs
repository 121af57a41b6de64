//! The view's effects, each given to Leptos as a boxed closure: one compiled
//! copy of Leptos' effect loop for all of them, where each closure type of its
//! own would get its own copy (about 2 kB of wasm each; docs/performance.md).

use leptos::prelude::*;

/// An effect that runs `run` now and whenever what it read changes; `run` is
/// told whether it ran before. Owned, like any effect, by the current owner.
pub fn effect(run: impl FnMut(Option<()>) + 'static) {
    let run: Box<dyn FnMut(Option<()>)> = Box::new(run);
    Effect::new(run);
}

/// Natively the view is only rendered to HTML, once (the served page at build
/// time, and the SSR tests): render effects run when they are made, and no
/// executor runs anything again (without one, a debug build panics on spawn).
/// Called by every widget's state; the first call sets it.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_once() {
    use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
    struct RenderOnce;
    impl CustomExecutor for RenderOnce {
        fn spawn(&self, _: PinnedFuture<()>) {}
        fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }
    // Fails only when it is set already.
    let _ = Executor::init_custom_executor(RenderOnce);
}
