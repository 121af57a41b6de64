//! The view: Leptos components and the row renderer. A widget's state lives
//! in [`TableState`]; everything shown is derived from it. [`StatusWidget`] is
//! the widget; [`Page`] the standalone page around one. The host layer mounts
//! them.
//!
//! `row_model` is pure (tested natively); everything else is wasm32 only.

pub mod row_model;

/// Modules that touch the DOM or Leptos: wasm32 only.
macro_rules! wasm_only {
    ($($module:ident),*) => {$(
        #[cfg(target_arch = "wasm32")]
        mod $module;
    )*};
}
wasm_only!(
    clock,
    copy,
    details_panel,
    download,
    filter,
    page,
    row,
    state,
    table,
    table_body,
    widget
);

#[cfg(target_arch = "wasm32")]
pub use page::Page;
#[cfg(target_arch = "wasm32")]
pub use state::TableState;
#[cfg(target_arch = "wasm32")]
pub use widget::StatusWidget;
