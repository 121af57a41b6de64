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
