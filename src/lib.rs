//! HTTP status code reference table.
//!
//! Layers, each in its own module:
//! - [`registry`]: the data (IANA registry, former names, unofficial codes);
//! - [`query`]: parsing, matching and sorting, pure Rust with no web types;
//! - [`details`]: behaviour facts per code and the status line, for expanded rows;
//! - [`export`]: the visible rows as CSV and JSON downloads;
//! - [`text`]: every user-facing string;
//! - `ui`: the Leptos components (wasm32 only).

pub mod details;
pub mod embed;
pub mod export;
pub mod query;
pub mod registry;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod ui;
