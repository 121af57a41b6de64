//! The standalone page hydrated a slice at a time. A `Paced` view (a row, a
//! part of the page: its heading, the controls, the guide, the summary, the
//! table's head) is made when it is first drawn (rendered, built or
//! hydrated), not when its parent is made, and, hydrated with
//! `hydrate_async`, it first lets the page's step end once the step has run
//! for [`SLICE_MS`]. The page (`host::page`) and its rows (`RowsLater`) are
//! then taken over in a few tasks each instead of one, so that no task of a
//! phone's start-up is long (Lighthouse: no task over 50 ms at its 4× CPU
//! slowdown). Everything else is the part's own view, unchanged.

use leptos::tachys::{
    html::attribute::{any_attribute::AnyAttribute, Attribute},
    hydration::Cursor,
    ssr::StreamBuilder,
    view::{add_attr::AddAnyAttr, Position, PositionState, Render, RenderHtml},
};
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// How long a step of the page's hydration runs before it yields: 4 ms here
/// is about 16 at Lighthouse's 4× CPU slowdown, and a slow hour on a shared
/// machine takes it well under 50.
pub const SLICE_MS: f64 = 4.0;

thread_local! {
    /// When the current slice ends (`Date.now()`, ms); `None` outside one.
    static SLICE_ENDS: Cell<Option<f64>> = const { Cell::new(None) };
    /// How long a slice is: [`SLICE_MS`], or what a test sets.
    static SLICE_LENGTH: Cell<f64> = const { Cell::new(SLICE_MS) };
}

/// Sets how long a slice is (ms): 0 hydrates one part or row per slice. For
/// tests, which then know how many slices the page and the rows take.
#[doc(hidden)]
pub fn set_slice_length(ms: f64) {
    SLICE_LENGTH.set(ms);
}

/// Starts a slice from now.
fn start_slice() {
    SLICE_ENDS.set(Some(now() + SLICE_LENGTH.get()));
}

/// Ends the current slice: outside one, nothing yields.
fn end_slice() {
    SLICE_ENDS.set(None);
}

/// A hydration under way, polled a slice at a time.
pub type Hydration = Pin<Box<dyn Future<Output = ()>>>;

/// Polls `hydration` for one slice (a no-op waker: whoever calls this polls
/// again in a later task); returns whether it is done.
pub fn poll_slice(hydration: &mut Hydration) -> bool {
    start_slice();
    let mut context = Context::from_waker(Waker::noop());
    let done = hydration.as_mut().poll(&mut context).is_ready();
    end_slice();
    done
}

/// Whether the current slice has run out (never outside a slice).
fn slice_over() -> bool {
    SLICE_ENDS.get().is_some_and(|ends| now() >= ends)
}

#[cfg(target_arch = "wasm32")]
fn now() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(target_arch = "wasm32"))]
fn now() -> f64 {
    0.0
}

/// A future that is pending once, waking nobody: whoever polls the
/// hydration (`RowsLater`, a step per task) polls it again in the next task.
#[derive(Default)]
struct NextSlice(bool);

impl Future for NextSlice {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

/// A view made when it is first drawn.
pub struct Paced<F>(pub F);

impl<F, V> Render for Paced<F>
where
    F: FnOnce() -> V,
    V: Render,
{
    type State = V::State;

    fn build(self) -> Self::State {
        (self.0)().build()
    }

    fn rebuild(self, state: &mut Self::State) {
        (self.0)().rebuild(state)
    }
}

impl<F, V> AddAnyAttr for Paced<F>
where
    F: FnOnce() -> V + Send,
    V: RenderHtml,
{
    type Output<SomeNewAttr: Attribute> = V::Output<SomeNewAttr>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        (self.0)().add_any_attr(attr)
    }
}

impl<F, V> RenderHtml for Paced<F>
where
    F: FnOnce() -> V + Send,
    V: RenderHtml,
{
    type AsyncOutput = V::AsyncOutput;
    type Owned = V::Owned;

    const MIN_LENGTH: usize = V::MIN_LENGTH;

    // A part of the page waits for nothing.
    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        (self.0)().resolve().await
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        (self.0)().to_html_with_buf(buf, position, escape, mark_branches, extra_attrs)
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        (self.0)().to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        )
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        (self.0)().hydrate::<FROM_SERVER>(cursor, position)
    }

    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        if slice_over() {
            NextSlice::default().await;
        }
        (self.0)().hydrate::<true>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        (self.0)().into_owned()
    }
}
