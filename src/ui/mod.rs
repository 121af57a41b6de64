//! The view, in Leptos: `#[component]`s and `view!`. A widget's state lives
//! in [`TableState`] (signals and memos); everything shown is derived from
//! it. The same components render the standalone page to HTML at build time
//! (Leptos SSR, natively) and hydrate it in the browser, and render embedded
//! widgets client-side. The host layer mounts them.
//!
//! The component tree, and how state flows through it, are in README.md's
//! Architecture section (one copy).
//! Pure and tested natively: `row_model` (what a row shows). `rows` derives
//! what each row follows (shown, stripe, targeted, open, marks) from the state.

mod clock;
mod code_names;
mod copy;
mod details_panel;
mod download;
mod effect;
mod filter;
mod guide;
mod later;
pub mod paced;
mod page;
mod row;
pub mod row_model;
mod rows;
mod state;
mod summary;
mod table;
mod widget;

pub use clock::today;
pub use effect::effect;
#[cfg(target_arch = "wasm32")]
pub(crate) use later::later;
pub use later::{fetch_later, ready_now, track_names, LaterError};
#[cfg(not(target_arch = "wasm32"))]
pub use page::standalone_page_html;
pub use page::{StandalonePage, RENDERED_ON};
pub use state::TableState;
pub use table::RowsLater;
pub use widget::StatusWidget;
