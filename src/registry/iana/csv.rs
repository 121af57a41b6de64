//! Reads IANA's CSV export of the HTTP Status Code Registry
//! (`http-status-codes-1.csv`: `Value,Description,Reference`).
//!
//! Self-contained on purpose: `build.rs` compiles this same file (through
//! `#[path]`) to read the registry at build time, and the library uses it for
//! the maintainer's update command and its tests. One parser, no copies.

use std::fmt;

/// A calendar date as IANA writes it (`2026-11-13`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let valid = (1..=12).contains(&month) && (1..=31).contains(&day);
        valid.then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The dates IANA records for a temporary registration (RFC 7120 early
/// allocation): "TEMPORARY - registered 2024-11-13, extension registered
/// 2025-09-15, expires 2026-11-13".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TemporaryDates {
    pub registered: Date,
    /// The latest extension, if the registration was extended.
    pub extended: Option<Date>,
    pub expires: Date,
}

impl TemporaryDates {
    /// Past its expiry on `today` (the day after `expires` and later).
    pub fn has_expired(&self, today: Date) -> bool {
        today > self.expires
    }
}

/// "registered 2024-11-13, extended 2025-09-15, expires 2026-11-13".
impl fmt::Display for TemporaryDates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "registered {}", self.registered)?;
        if let Some(extended) = self.extended {
            write!(f, ", extended {extended}")?;
        }
        write!(f, ", expires {}", self.expires)
    }
}

/// What IANA's Description column marks about a code, besides its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Marker {
    /// No marker: an ordinary registration.
    None,
    /// Registered as "(Unused)": reserved, not to be assigned.
    Unused,
    /// "(OBSOLETED)".
    Obsoleted,
    /// "(TEMPORARY - …)", with its dates.
    Temporary(TemporaryDates),
}

/// One assigned code of the registry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registration {
    pub code: u16,
    /// The name without its marker: `Not Extended`, `(Unused)`.
    pub name: String,
    pub marker: Marker,
    /// The bracketed references, in order, without brackets: `RFC9110, Section 15.5.5`.
    pub references: Vec<String>,
}

/// Parses the whole file. Every code from 100 to 599 must be covered exactly
/// once, in order, by a code row or an `Unassigned` range, so a truncated or
/// edited download is refused rather than read as a smaller registry.
pub fn parse(text: &str) -> Result<Vec<Registration>, String> {
    let mut lines = records(text)?.into_iter();
    match lines.next() {
        Some((_, header)) if header == ["Value", "Description", "Reference"] => {}
        Some((line, header)) => {
            return Err(format!(
                "line {line}: expected the header Value,Description,Reference, found {header:?}"
            ))
        }
        None => return Err("the file is empty".to_string()),
    }
    let mut registrations = Vec::new();
    let mut next_code = 100u16;
    for (line, fields) in lines {
        let at = |message: String| format!("line {line}: {message}");
        let [value, description, reference] = <[String; 3]>::try_from(fields)
            .map_err(|fields| at(format!("expected 3 fields, found {}", fields.len())))?;
        let (first, last) = value_range(&value).ok_or_else(|| {
            at(format!(
                "{value:?} is not a code or a range of codes from 100 to 599"
            ))
        })?;
        if first != next_code {
            return Err(at(format!(
                "expected the row for {next_code}, found {value} (rows must cover 100 to 599 in order)"
            )));
        }
        next_code = last + 1;
        if description == "Unassigned" {
            continue;
        }
        if first != last {
            return Err(at(format!("a range ({value}) must be Unassigned")));
        }
        let (name, marker) = name_and_marker(&description).map_err(at)?;
        let references = split_references(&reference).map_err(at)?;
        registrations.push(Registration {
            code: first,
            name,
            marker,
            references,
        });
    }
    if next_code != 600 {
        return Err(format!(
            "the rows stop before {next_code}: the file must cover every code to 599"
        ));
    }
    Ok(registrations)
}

/// `404` or `105-199`.
fn value_range(value: &str) -> Option<(u16, u16)> {
    let code = |text: &str| {
        let valid = text.len() == 3 && text.bytes().all(|b| b.is_ascii_digit());
        valid
            .then(|| text.parse::<u16>().ok())
            .flatten()
            .filter(|c| (100..=599).contains(c))
    };
    match value.split_once('-') {
        Some((first, last)) => {
            let (first, last) = (code(first)?, code(last)?);
            (first <= last).then_some((first, last))
        }
        None => code(value).map(|c| (c, c)),
    }
}

fn name_and_marker(description: &str) -> Result<(String, Marker), String> {
    if description.trim().is_empty() {
        return Err("the description is empty".to_string());
    }
    if description == "(Unused)" {
        return Ok((description.to_string(), Marker::Unused));
    }
    if let Some(name) = description.strip_suffix(" (OBSOLETED)") {
        return Ok((name.trim().to_string(), Marker::Obsoleted));
    }
    if let Some(start) = description.find("(TEMPORARY") {
        let inner = description[start + 1..]
            .strip_suffix(')')
            .ok_or_else(|| format!("{description:?}: the TEMPORARY note is not closed"))?;
        let dates = temporary_dates(inner)
            .ok_or_else(|| format!("{description:?}: cannot read the TEMPORARY dates"))?;
        let name = description[..start].trim();
        if name.is_empty() {
            return Err(format!(
                "{description:?}: no name before the TEMPORARY note"
            ));
        }
        return Ok((name.to_string(), Marker::Temporary(dates)));
    }
    if description.contains('(') && !description.starts_with('(') {
        return Err(format!(
            "{description:?}: unknown marker in parentheses (known: (Unused), (OBSOLETED), (TEMPORARY - …))"
        ));
    }
    Ok((description.to_string(), Marker::None))
}

/// `TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13`.
/// Parts may be separated by commas or semicolons; the last extension counts.
fn temporary_dates(note: &str) -> Option<TemporaryDates> {
    let rest = note.strip_prefix("TEMPORARY")?.trim_start();
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let (mut registered, mut extended, mut expires) = (None, None, None);
    for part in rest.split([',', ';']).map(str::trim) {
        if let Some(date) = part.strip_prefix("registered ") {
            registered = Some(Date::parse(date.trim())?);
        } else if let Some(date) = part.strip_prefix("extension registered ") {
            extended = Some(Date::parse(date.trim())?);
        } else if let Some(date) = part.strip_prefix("expires ") {
            expires = Some(Date::parse(date.trim())?);
        } else if !part.is_empty() {
            return None;
        }
    }
    Some(TemporaryDates {
        registered: registered?,
        extended,
        expires: expires?,
    })
}

/// `[RFC2774][status-change-http-experiments-to-historic]` → two references.
fn split_references(reference: &str) -> Result<Vec<String>, String> {
    let mut references = Vec::new();
    let mut rest = reference.trim();
    while !rest.is_empty() {
        let inner = rest
            .strip_prefix('[')
            .and_then(|r| r.split_once(']'))
            .ok_or_else(|| format!("{reference:?}: references must be [bracketed]"))?;
        let text = inner.0.trim();
        if text.is_empty() {
            return Err(format!("{reference:?}: an empty reference"));
        }
        references.push(text.to_string());
        rest = inner.1.trim_start();
    }
    if references.is_empty() {
        return Err("an assigned code has no reference".to_string());
    }
    Ok(references)
}

/// Splits RFC 4180 CSV into records of fields, with the line each starts on.
/// Accepts CRLF or LF line ends and a UTF-8 byte order mark.
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let (mut line, mut record_line) = (1usize, 1usize);
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                let record = std::mem::take(&mut fields);
                if record.iter().any(|f| !f.is_empty()) {
                    records.push((record_line, record));
                }
                line += 1;
                record_line = line;
            }
            (false, '"') => return Err(format!("line {line}: a quote inside an unquoted field")),
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(format!("line {record_line}: a quoted field is not closed"));
    }
    fields.push(field);
    if fields.iter().any(|f| !f.is_empty()) {
        records.push((record_line, fields));
    }
    Ok(records)
}
