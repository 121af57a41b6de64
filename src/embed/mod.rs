//! The embedding surface. `options` and `site_entries` are pure Rust (tested
//! natively): they turn what a host page supplies (attributes, URL parameters,
//! a JS options object) into typed settings, reporting every problem one by one.
//! `js` (wasm32 only) is the JS-facing API: mount, update, destroy, lookup, registry.

pub mod data_api;
#[cfg(target_arch = "wasm32")]
pub mod js;
pub mod options;
pub mod site_entries;

pub use options::{Problem, Theme, WidgetOptions};
pub use site_entries::{
    merge_site_entries, validate_all, RawSiteEntry, SiteEntry, MAX_SITE_ENTRIES,
};
