//! What a new download of the registry changes, in words a maintainer reads
//! before committing it (`scripts/update-registry.sh`).

use super::csv::{Marker, Registration};
use std::fmt;

/// One difference between the copy in the repo and a new download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Added { code: u16, name: String },
    Removed { code: u16, name: String },
    Renamed { code: u16, from: String, to: String },
    ReferenceChanged { code: u16, from: String, to: String },
    MarkerChanged { code: u16, from: String, to: String },
    TemporaryAdded { code: u16, dates: String },
    TemporaryExtended { code: u16, from: String, to: String },
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Added { code, name } => write!(f, "added      {code} {name}"),
            Change::Removed { code, name } => write!(f, "removed    {code} {name}"),
            Change::Renamed { code, from, to } => {
                write!(f, "renamed    {code} \"{from}\" -> \"{to}\"")
            }
            Change::ReferenceChanged { code, from, to } => {
                write!(f, "reference  {code} {from} -> {to}")
            }
            Change::MarkerChanged { code, from, to } => {
                write!(f, "status     {code} {from} -> {to}")
            }
            Change::TemporaryAdded { code, dates } => {
                write!(f, "temporary  {code} added: {dates}")
            }
            Change::TemporaryExtended { code, from, to } => {
                write!(f, "temporary  {code} extended: {from} -> {to}")
            }
        }
    }
}

/// Every difference, in code order.
pub fn changes(old: &[Registration], new: &[Registration]) -> Vec<Change> {
    let mut out = Vec::new();
    for before in old {
        if !new.iter().any(|r| r.code == before.code) {
            out.push(Change::Removed {
                code: before.code,
                name: before.name.clone(),
            });
        }
    }
    for after in new {
        let code = after.code;
        let Some(before) = old.iter().find(|r| r.code == code) else {
            out.push(Change::Added {
                code,
                name: after.name.clone(),
            });
            if let Marker::Temporary(_) = after.marker {
                out.push(Change::TemporaryAdded {
                    code,
                    dates: marker_words(&after.marker),
                });
            }
            continue;
        };
        if before.name != after.name {
            out.push(Change::Renamed {
                code,
                from: before.name.clone(),
                to: after.name.clone(),
            });
        }
        if before.references != after.references {
            out.push(Change::ReferenceChanged {
                code,
                from: bracketed(&before.references),
                to: bracketed(&after.references),
            });
        }
        match (before.marker, after.marker) {
            (a, b) if a == b => {}
            (Marker::Temporary(a), Marker::Temporary(b)) if a.expires != b.expires => {
                out.push(Change::TemporaryExtended {
                    code,
                    from: format!("expires {}", a.expires),
                    to: marker_words(&after.marker),
                });
            }
            (a, Marker::Temporary(_)) if !matches!(a, Marker::Temporary(_)) => {
                out.push(Change::TemporaryAdded {
                    code,
                    dates: marker_words(&after.marker),
                });
            }
            (a, b) => out.push(Change::MarkerChanged {
                code,
                from: marker_words(&a),
                to: marker_words(&b),
            }),
        }
    }
    out.sort_by_key(|c| match c {
        Change::Added { code, .. }
        | Change::Removed { code, .. }
        | Change::Renamed { code, .. }
        | Change::ReferenceChanged { code, .. }
        | Change::MarkerChanged { code, .. }
        | Change::TemporaryAdded { code, .. }
        | Change::TemporaryExtended { code, .. } => *code,
    });
    out
}

/// The report the update command prints.
pub fn report(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "No change to the registry.\n".to_string();
    }
    let mut text = format!(
        "{} change{} to the registry:\n",
        changes.len(),
        if changes.len() == 1 { "" } else { "s" }
    );
    for change in changes {
        text.push_str("  ");
        text.push_str(&change.to_string());
        text.push('\n');
    }
    text
}

fn bracketed(references: &[String]) -> String {
    references.iter().map(|r| format!("[{r}]")).collect()
}

fn marker_words(marker: &Marker) -> String {
    match marker {
        Marker::None => "registered".to_string(),
        Marker::Unused => "(Unused)".to_string(),
        Marker::Obsoleted => "(OBSOLETED)".to_string(),
        Marker::Temporary(dates) => dates.to_string(),
    }
}
