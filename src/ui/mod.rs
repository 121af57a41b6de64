//! The view. A widget's state lives in [`TableState`] (Leptos signals and
//! memos); everything shown is derived from it. The markup is written once,
//! through a `Markup` (`shell` for the widget and page, `row_markup` for a
//! row): as HTML at build time, as DOM at run time (`dom`), where render
//! effects keep it in step with the state. [`build_widget`] builds the
//! widget; [`build_page`] the standalone page around one. The host layer
//! calls them.
//!
//! Pure and tested natively: `row_model` (what a row shows), `row_markup`
//! and `shell` (how a row and the rest are written, for every renderer),
//! `html` and `page_html` (the page written at build time), `reorder` (the
//! fewest row moves for a new order). Everything else is wasm32 only.

pub mod html;
pub mod page_html;
pub mod reorder;
pub mod row_markup;
pub mod row_model;
pub mod shell;

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
    dom,
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
pub use dom::on_window_for_good;
#[cfg(target_arch = "wasm32")]
pub use page::{adopt_page, build_page};
#[cfg(target_arch = "wasm32")]
pub use state::TableState;
#[cfg(target_arch = "wasm32")]
pub use table_body::{offer_served_rows, paint_held_rows, walk_served_rows};
#[cfg(target_arch = "wasm32")]
pub use widget::{build_widget, WidgetView};
