//! The view: Leptos components and the row renderer. A widget's state lives
//! in [`TableState`]; everything shown is derived from it. [`StatusWidget`] is
//! the widget; [`Page`] the standalone page around one. The host layer mounts
//! them.
//!
//! Pure and tested natively: `row_model` (what a row shows), `row_markup`
//! (how a row is written, for every renderer), `html` and `page_html` (the
//! page written at build time). Everything else is wasm32 only.

pub mod html;
pub mod page_html;
pub mod row_markup;
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
pub use table_body::{offer_served_rows, paint_held_rows, walk_served_rows};
#[cfg(target_arch = "wasm32")]
pub use widget::StatusWidget;
