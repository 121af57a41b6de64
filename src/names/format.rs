//! Reads one `data/libraries/<id>.tsv` file: what each status code is called
//! in one library, read from its source at one version (the format is
//! `data/libraries/README.md`), and checks its rules.
//!
//! Self-contained on purpose: `build.rs` compiles this same file (through
//! `#[path]`) to turn the data into static Rust, and the tests read the data
//! with it too (`tests/library_names.rs`). One parser, no copies.

use std::fmt;

/// The codes the IANA registry assigns: each library file says something of
/// every one of them (its names, or that it has none).
pub const REGISTERED_CODES: [u16; 64] = [
    100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303,
    304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413,
    414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503,
    504, 505, 506, 507, 508, 510, 511,
];

/// How a library treats one of its names today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameStatus {
    /// The name to use today.
    Current,
    /// Another name for the same code, still accepted and not marked deprecated.
    Alias,
    /// The library marks it deprecated.
    Deprecated,
    /// Gone since `changed`; kept so a search for it still finds the code.
    Removed,
}

impl NameStatus {
    pub const ALL: [NameStatus; 4] = [
        NameStatus::Current,
        NameStatus::Alias,
        NameStatus::Deprecated,
        NameStatus::Removed,
    ];

    /// The word in the data file (and in the data API).
    pub fn word(self) -> &'static str {
        match self {
            NameStatus::Current => "current",
            NameStatus::Alias => "alias",
            NameStatus::Deprecated => "deprecated",
            NameStatus::Removed => "removed",
        }
    }
}

/// One name of one code, as written in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameRow {
    pub line: usize,
    pub code: u16,
    /// As written in code, `@prefix` included.
    pub identifier: String,
    pub status: NameStatus,
    /// The first version with the name; `None` when it has always been there.
    pub added: Option<String>,
    /// The version where it took `status`; `None` for a current name.
    pub changed: Option<String>,
    pub note: String,
}

/// One library's file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibraryFile {
    pub id: String,
    pub label: String,
    pub language: String,
    pub version: String,
    pub source: String,
    pub prefix: String,
    pub rule: Option<String>,
    pub names: Vec<NameRow>,
    /// Codes the library has no name for (its `none` rows).
    pub unnamed: Vec<u16>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct FormatError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

fn error<T>(line: usize, message: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError {
        line,
        message: message.into(),
    })
}

const COLUMNS: &str = "code\tidentifier\tstatus\tadded\tchanged\tnote";
const HEADER_KEYS: [&str; 7] = [
    "@id",
    "@label",
    "@language",
    "@version",
    "@source",
    "@prefix",
    "@rule",
];

/// Parses and checks one library file.
pub fn parse(text: &str) -> Result<LibraryFile, FormatError> {
    let mut file = LibraryFile::default();
    let mut seen_columns = false;
    let mut last_line = 0;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        last_line = line;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        if raw.starts_with('@') {
            if seen_columns {
                return error(line, "header lines come before the column names");
            }
            let (key, value) = raw.split_once('\t').unwrap_or((raw, ""));
            header(&mut file, line, key, value.trim())?;
        } else if !seen_columns {
            if raw.trim_end() != COLUMNS {
                return error(line, format!("expected the column names `{COLUMNS}`"));
            }
            seen_columns = true;
        } else {
            row(&mut file, line, raw)?;
        }
    }
    check(&file, last_line)?;
    Ok(file)
}

fn header(file: &mut LibraryFile, line: usize, key: &str, value: &str) -> Result<(), FormatError> {
    if value.is_empty() {
        return error(line, format!("{key} has no value"));
    }
    let field = match key {
        "@id" => &mut file.id,
        "@label" => &mut file.label,
        "@language" => &mut file.language,
        "@version" => &mut file.version,
        "@source" => &mut file.source,
        "@prefix" => &mut file.prefix,
        "@rule" => {
            file.rule = Some(value.to_string());
            return Ok(());
        }
        _ => {
            return error(
                line,
                format!("unknown header {key}; the headers are {HEADER_KEYS:?}"),
            )
        }
    };
    if !field.is_empty() {
        return error(line, format!("{key} given twice"));
    }
    *field = value.to_string();
    Ok(())
}

fn row(file: &mut LibraryFile, line: usize, raw: &str) -> Result<(), FormatError> {
    let cells: Vec<&str> = raw.split('\t').collect();
    if !(5..=6).contains(&cells.len()) {
        return error(
            line,
            format!("expected 5 or 6 tab-separated cells: {COLUMNS}"),
        );
    }
    let code = match cells[0].parse::<u16>() {
        Ok(code) if (100..=599).contains(&code) && cells[0].len() == 3 => code,
        _ => {
            return error(
                line,
                format!("`{}` is not a code from 100 to 599", cells[0]),
            )
        }
    };
    let version = |cell: &str, what: &str| -> Result<Option<String>, FormatError> {
        match cell {
            "-" => Ok(None),
            v if is_version(v) => Ok(Some(v.to_string())),
            v => error(
                line,
                format!("{what} `{v}` is not `-` or a version like 3.13"),
            ),
        }
    };
    let added = version(cells[3], "added")?;
    let changed = version(cells[4], "changed")?;
    let note = cells.get(5).unwrap_or(&"").trim().to_string();
    if cells[2] == "none" {
        if cells[1] != "-" || added.is_some() || changed.is_some() {
            return error(line, "a `none` row is `<code>\t-\tnone\t-\t-`");
        }
        file.unnamed.push(code);
        return Ok(());
    }
    let Some(status) = NameStatus::ALL.into_iter().find(|s| s.word() == cells[2]) else {
        return error(
            line,
            format!(
                "status `{}` is not current, alias, deprecated, removed or none",
                cells[2]
            ),
        );
    };
    let identifier = cells[1].to_string();
    if file.prefix.is_empty() {
        return error(line, "@prefix comes before the names");
    }
    if !identifier.starts_with(&file.prefix) || identifier.len() == file.prefix.len() {
        return error(
            line,
            format!(
                "`{identifier}` does not start with @prefix `{}`",
                file.prefix
            ),
        );
    }
    if identifier
        .chars()
        .any(|c| c.is_control() || c == '<' || c == '>')
    {
        return error(
            line,
            format!("`{identifier}` has a character no identifier has"),
        );
    }
    if status == NameStatus::Current && changed.is_some() {
        return error(line, "a current name has no `changed` version");
    }
    if status == NameStatus::Removed && changed.is_none() {
        return error(line, "a removed name says in which version (`changed`)");
    }
    file.names.push(NameRow {
        line,
        code,
        identifier,
        status,
        added,
        changed,
        note,
    });
    Ok(())
}

/// `1.25.5`, `3.13`, `go1.19` is not: digits and dots, starting with a digit.
pub fn is_version(text: &str) -> bool {
    !text.is_empty()
        && text.starts_with(|c: char| c.is_ascii_digit())
        && !text.ends_with('.')
        && !text.contains("..")
        && text.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// Compares two versions number by number (`3.9` < `3.13`; `1.5` = `1.5.0`).
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let numbers = |v: &str| -> Vec<u64> {
        let mut n: Vec<u64> = v.split('.').map(|p| p.parse().unwrap_or(0)).collect();
        while n.len() > 1 && n.last() == Some(&0) {
            n.pop();
        }
        n
    };
    numbers(a).cmp(&numbers(b))
}

fn check(file: &LibraryFile, last_line: usize) -> Result<(), FormatError> {
    for (key, value) in [
        ("@id", &file.id),
        ("@label", &file.label),
        ("@language", &file.language),
        ("@version", &file.version),
        ("@source", &file.source),
        ("@prefix", &file.prefix),
    ] {
        if value.is_empty() {
            return error(last_line, format!("{key} is missing"));
        }
    }
    if !file
        .id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return error(
            1,
            format!("@id `{}`: lowercase letters, digits and -", file.id),
        );
    }
    if !is_version(&file.version) {
        return error(1, format!("@version `{}` is not a version", file.version));
    }
    if !file.source.starts_with("https://") || file.source.contains(char::is_whitespace) {
        return error(1, "@source is an https: link");
    }
    for name in &file.names {
        for version in name.added.iter().chain(&name.changed) {
            if compare_versions(version, &file.version).is_gt() {
                return error(
                    name.line,
                    format!("version {version} is newer than @version {}", file.version),
                );
            }
        }
        if file.unnamed.contains(&name.code) {
            return error(
                name.line,
                format!("{} has names and a `none` row", name.code),
            );
        }
        let same = file
            .names
            .iter()
            .filter(|n| n.identifier == name.identifier && n.code == name.code)
            .count();
        if same > 1 {
            return error(name.line, format!("`{}` is listed twice", name.identifier));
        }
    }
    let mut codes: Vec<u16> = file.names.iter().map(|n| n.code).collect();
    codes.dedup();
    for code in codes {
        let current = file
            .names
            .iter()
            .filter(|n| n.code == code && n.status == NameStatus::Current)
            .count();
        let first = file
            .names
            .iter()
            .find(|n| n.code == code)
            .map_or(0, |n| n.line);
        // A code named only by removed or deprecated names has no current one.
        let named_today = file
            .names
            .iter()
            .any(|n| n.code == code && matches!(n.status, NameStatus::Current | NameStatus::Alias));
        if current > 1 || (named_today && current == 0) {
            return error(
                first,
                format!("{code} has {current} current names; it needs one"),
            );
        }
    }
    for code in REGISTERED_CODES {
        if !file.unnamed.contains(&code) && !file.names.iter().any(|n| n.code == code) {
            return error(
                last_line,
                format!("{code} is registered: give its names or a `none` row"),
            );
        }
    }
    Ok(())
}

impl LibraryFile {
    /// The names the library defines at `version`: added by then, not
    /// removed by then (what an installed copy of that version must have).
    pub fn names_at(&self, version: &str) -> Vec<(u16, &str)> {
        let reached = |v: &Option<String>| {
            v.as_deref()
                .is_none_or(|v| compare_versions(v, version).is_le())
        };
        self.names
            .iter()
            .filter(|n| reached(&n.added))
            .filter(|n| {
                !(n.status == NameStatus::Removed
                    && n.changed
                        .as_deref()
                        .is_some_and(|v| compare_versions(v, version).is_le()))
            })
            .map(|n| (n.code, n.identifier.as_str()))
            .collect()
    }
}

/// Where the searchable part of an identifier starts: after the library's
/// prefix and any digits that repeat the code (`StatusCodes.Status404NotFound`
/// → `NotFound`).
pub fn core_start(identifier: &str, prefix: &str) -> usize {
    let rest = identifier.get(prefix.len()..).unwrap_or("");
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let start = prefix.len() + digits;
    if start >= identifier.len() {
        prefix.len()
    } else {
        start
    }
}
