//! HTTP status code reference table. Five layers, each a folder, each using
//! only the layers before it (`tests/layers.rs` checks this):
//! [`registry`] (the data) → [`query`] (the pure engine: filter, sort, marks)
//! → [`config`] (pure: options, site entries, problems) → [`ui`] (Leptos
//! components, rendered to HTML natively and hydrated or mounted in the
//! browser) → [`host`] (the JS API and page start-up).
//! Beside them, pure and used from `ui` down: [`details`] (behaviour facts),
//! [`guide`] (the "which code should I return?" tree), [`names`] (each code's
//! names in the libraries), [`export`] (CSV/JSON) and [`text`] (every
//! user-facing string).

// The standalone page's view, hydrated as one future (`host::page`), is a
// type nested deeper than rustc's default limit of 128 lets it lay out.
#![recursion_limit = "256"]

pub mod config;
pub mod details;
pub mod export;
pub mod guide;
pub mod host;
pub mod names;
pub mod query;
pub mod registry;
pub mod text;
pub mod ui;
