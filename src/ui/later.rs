//! The second file: what only an opened code's details, a guide step or a
//! download need. Their code is cut off the critical path at the functions
//! `later!` declares (Leptos' own code splitting, `wasm_split`, with Cargo's
//! `split` feature): the release build puts it in a wasm file of its own,
//! which the widget fetches once it has started and the browser is idle
//! (`host`, through [`fetch_later`]), or at once when someone opens details
//! or the guide before then. A datum goes with the code that alone refers to
//! it: the guide's words (read only by the step view) and the libraries'
//! names (handed over by [`fetch_later`], which installs them) come in it too.
//!
//! A failed fetch is not remembered: the view says so in place of what it
//! would have drawn, and the next opening fetches again.

use crate::names;
use leptos::prelude::{ArcTrigger, Notify, Track};
use leptos::wasm_split::SplitLoaderError;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;
use web_sys::HtmlElement;

/// The second file could not be fetched or compiled.
pub type LaterError = SplitLoaderError;

/// A view drawn into an element of its own (a root, as Leptos' `Portal`
/// mounts): unmounted when the handle is dropped.
pub type Mounted = Box<dyn Any>;

/// Declares a function whose code comes in a file of its own, named by its
/// module: `later! { in later; fn … }` for the second file, `in page`,
/// `in options` and `in data` for the standalone page's start-up, the code
/// that reads JS values and the data API's records (`host::api`). It becomes
/// `async` and returns `Err` when that file cannot be had. Without the
/// `split` feature (the browser tests), it is a plain call.
macro_rules! later {
    (in $file:ident; $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($file, fallible, wasm_split_path = ::leptos::wasm_split)]
        $(#[$attr])*
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::LaterError> {
            Ok($body)
        }
        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::LaterError> {
            Ok($body)
        }
    };
}
pub(crate) use later;

later! { in later;
    /// The libraries' names (`crate::names`): read only here, so they come in
    /// the second file, and calling this fetches it. Written out once, however
    /// many callers wait for them.
    fn library_rows() -> &'static [&'static str] {
        static ROWS: std::sync::OnceLock<&'static [&'static str]> = std::sync::OnceLock::new();
        ROWS.get_or_init(crate::names::rows_table)
    }
}

thread_local! {
    /// Fires once, when the libraries' names are in.
    static NAMES_ARRIVED: ArcTrigger = ArcTrigger::new();
}

/// Run again when the libraries' names come in: what a memo or a view reads
/// of them (a search, a names cell) until they are. Tracks nothing after.
pub fn track_names() {
    if !names::arrived() {
        NAMES_ARRIVED.with(|arrived| arrived.track());
    }
}

/// Fetches the second file now, if it is not in yet, and installs the
/// libraries' names it holds: the search and the names column see them from
/// then on. A failure is also logged by the loader; the views fetch again
/// when they need the file.
pub async fn fetch_later() -> Result<(), LaterError> {
    if names::arrived() {
        return Ok(());
    }
    let rows = library_rows().await?;
    #[cfg(target_arch = "wasm32")]
    names::install(rows);
    let _ = rows; // natively the names are always there
    NAMES_ARRIVED.with(|arrived| arrived.notify());
    Ok(())
}

/// The value of a split function's call if its file is already in (its
/// future is then ready at once), without waiting: for the synchronous API
/// calls whose file the loader fetched before (`host::api`'s options).
pub fn ready_now<F: Future>(call: F) -> Option<F::Output> {
    let mut call = std::pin::pin!(call);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match call.as_mut().poll(&mut context) {
        std::task::Poll::Ready(value) => Some(value),
        std::task::Poll::Pending => None,
    }
}

/// Mounts what `mount` draws into `into` once the second file is in. Until
/// then `into` says it is loading; if the file cannot be had, it says so
/// instead. Dropping the handle cancels a mount still on its way, or
/// unmounts it.
pub fn mount_later<F>(into: HtmlElement, mount: F) -> MountedLater
where
    F: Future<Output = Result<Mounted, LaterError>> + 'static,
{
    let held = MountedLater {
        view: Rc::default(),
        wanted: Rc::new(Cell::new(true)),
    };
    let (view, wanted) = (held.view.clone(), held.wanted.clone());
    into.set_text_content(Some(crate::text::LATER_LOADING));
    let stand_in = into.first_child();
    let _ = into.set_attribute("aria-busy", "true");
    leptos::task::spawn_local(async move {
        // What is drawn may show the libraries' names: in first.
        let result = match fetch_later().await {
            Ok(()) => mount.await,
            Err(failed) => Err(failed),
        };
        if !wanted.get() {
            return; // dropped on the way: a mounted view unmounts here
        }
        let _ = into.remove_attribute("aria-busy");
        match result {
            Ok(mounted) => {
                // The view was mounted after the stand-in text.
                if let Some(stand_in) = stand_in {
                    let _ = into.remove_child(&stand_in);
                }
                view.replace(Some(mounted));
            }
            Err(_) => into.set_text_content(Some(crate::text::LATER_FAILED)),
        }
    });
    held
}

/// The handle of [`mount_later`].
pub struct MountedLater {
    view: Rc<RefCell<Option<Mounted>>>,
    wanted: Rc<Cell<bool>>,
}

impl Drop for MountedLater {
    fn drop(&mut self) {
        self.wanted.set(false);
        drop(self.view.borrow_mut().take());
    }
}
