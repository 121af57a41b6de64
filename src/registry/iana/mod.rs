//! The IANA registry in IANA's own CSV format: the parser `build.rs` shares,
//! and what a maintainer's update changes.

pub mod changes;
pub mod csv;
