//! The view: Leptos components and the row renderer. A widget's state lives
//! in [`TableState`]; everything shown is derived from it. [`StatusWidget`] is
//! the widget; [`Page`] the standalone page around one. The host layer mounts
//! them.

//!
//! `row_model` is pure (tested natively); everything else is wasm32 only.

pub mod row_model;

#[cfg(target_arch = "wasm32")]
mod clock;
#[cfg(target_arch = "wasm32")]
mod copy;
#[cfg(target_arch = "wasm32")]
mod details_panel;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod filter;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod row;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod table;
#[cfg(target_arch = "wasm32")]
mod table_body;
#[cfg(target_arch = "wasm32")]
mod widget;

#[cfg(target_arch = "wasm32")]
pub use page::Page;
#[cfg(target_arch = "wasm32")]
pub use state::TableState;
#[cfg(target_arch = "wasm32")]
pub use widget::StatusWidget;
