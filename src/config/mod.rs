//! Pure handling of what a host supplies: widget options from attributes, URL
//! parameters and JS values, site entries, and the problems reported about
//! them. No web types: tested natively.

pub mod options;
pub mod problem;
pub mod site_entries;

pub use options::{default_languages, GuideMode, Theme, WidgetOptions};
pub use problem::Problem;
pub use site_entries::{
    entries_outside_codes, merge_site_entries, validate_all, RawSiteEntry, SiteEntry,
    MAX_SITE_ENTRIES,
};
