//! The registry: every HTTP status code we know, as static data compiled in by
//! `build.rs` from the tables in `data/` (packed; see `packed`).

mod class;
mod entry;
pub mod iana;
mod packed;
// Shared with build.rs: some numbers are only written there, never read here.
#[allow(dead_code)]
mod packed_format;

pub use class::StatusClass;
pub use entry::{
    Alias, AliasKind, Entry, Reference, RegistryStatus, SiteDefinition, Standing, Text, Vendor,
};
pub use iana::csv::{Date, TemporaryDates};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/registry_data.rs"));

/// The registry's own last-updated date (`data/iana/last-updated`), shown as
/// "as of": the date IANA last changed it, not the day our copy was made.
pub const REGISTRY_LAST_UPDATED: Date = LAST_UPDATED;

/// Where the official registry lives.
pub const REGISTRY_URL: &str = "https://www.iana.org/assignments/http-status-codes/";

/// Every entry: the IANA registry in code order, then the unofficial codes.
pub fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| packed::unpack(ENTRY_TEXT, ENTRY_STREAM))
}

/// The number of codes in the IANA registry.
pub fn official_count() -> usize {
    entries().iter().filter(|e| e.is_official()).count()
}
