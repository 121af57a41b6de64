//! The numbers of the packed registry, declared once: `build.rs` writes them
//! (it includes this file with `#[path]`) and `packed` reads them. Per entry
//! the stream holds: the code; a head of status | standing << 4 | flags |
//! alias count << 10; a temporary registration's three dates (year, then
//! month << 8 | day; year 0 for none); then the byte length of each string,
//! in the order the text holds them: name, description, reference label and
//! URL, deprecation label and URL, vendor name and documentation, and each
//! alias as its kind and length. Pure Rust.

pub const STATUS_REGISTERED: u16 = 0;
pub const STATUS_UNUSED: u16 = 1;
pub const STATUS_OBSOLETED: u16 = 2;
pub const STATUS_TEMPORARY: u16 = 3;
pub const STATUS_UNOFFICIAL: u16 = 4;
pub const STATUS_MASK: u16 = 0xF;

/// The standings' keys (`data/documents.tsv`), numbered from 1 in this order
/// (0 for none); the same order as `Standing::ALL`, pinned by a test.
pub const STANDINGS: [&str; 5] = [
    "standards-track",
    "experimental",
    "historic",
    "no-current-rfc",
    "internet-draft",
];
pub const STANDING_SHIFT: u16 = 4;
pub const STANDING_MASK: u16 = 0xF;

pub const HAS_REFERENCE: u16 = 1 << 8;
pub const HAS_DEPRECATION: u16 = 1 << 9;
pub const ALIAS_COUNT_SHIFT: u16 = 10;
pub const MAX_ALIASES: usize = 63;

pub const ALIAS_FORMER: u16 = 0;
pub const ALIAS_ALSO_KNOWN_AS: u16 = 1;
