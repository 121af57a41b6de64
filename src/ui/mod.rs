//! The view: Leptos components and the row renderer. A widget's state lives
//! in [`TableState`]; everything shown is derived from it. [`StatusWidget`] is
//! the widget; [`Page`] the standalone page around one. The host layer mounts
//! them.

mod clock;
mod copy;
mod details;
mod download;
mod filter;
mod page;
mod row;
mod state;
mod table;
mod table_body;
mod widget;

pub use page::Page;
pub use state::TableState;
pub use widget::StatusWidget;
