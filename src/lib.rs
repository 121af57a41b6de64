//! HTTP status code reference table.
//!
//! Layers, each in its own module:
//! - [`registry`]: the data (IANA registry, former names, unofficial codes);
//! - [`query`]: parsing, matching and sorting, pure Rust with no web types;
//! - `ui`: the Leptos components (wasm32 only).

pub mod embed;
pub mod query;
pub mod registry;

#[cfg(target_arch = "wasm32")]
pub mod ui;
