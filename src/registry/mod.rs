//! The registry: every HTTP status code we know, as static data compiled in by
//! `build.rs` from the tables in `data/`.

mod class;
mod entry;

pub use class::StatusClass;
pub use entry::{Entry, Reference, RegistryStatus, SiteDefinition, Text, Vendor};
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/registry_data.rs"));

/// The day the IANA registry tables in `data/reference/` were copied.
pub const REGISTRY_SNAPSHOT_DATE: &str = "2026-11-23";

/// Where the official registry lives.
pub const REGISTRY_URL: &str = "https://www.iana.org/assignments/http-status-codes/";

/// Every entry: the IANA registry in code order, then the unofficial codes.
pub fn entries() -> &'static [Entry] {
    ENTRIES
}

/// The number of codes in the IANA registry.
pub fn official_count() -> usize {
    ENTRIES.iter().filter(|e| e.is_official()).count()
}
