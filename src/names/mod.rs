//! What each status code is called in the libraries developers write with:
//! `http.StatusNotFound`, `HTTPStatus.NOT_FOUND`, `:not_found`. Data with a
//! source: each library's names were read from its own file at one version
//! (`data/libraries/<id>.tsv`, compiled by `build.rs`). Pure Rust, no web
//! types; the search (`query`), the details (`ui`) and the data API read it.

pub mod format;

pub use format::NameStatus;

/// One library and where its names were read.
#[derive(Debug, PartialEq, Eq)]
pub struct Library {
    /// Its id in the `languages` option: `go`, `python`, `aspnetcore`.
    pub id: &'static str,
    /// `Go net/http`.
    pub label: &'static str,
    pub language: &'static str,
    /// The version the names were read at.
    pub version: &'static str,
    /// The file they were read from, at that version.
    pub source: &'static str,
    /// What each identifier starts with as written: `http.Status`.
    pub prefix: &'static str,
    /// How the library derives its names, when it does (Rack, Plug).
    pub rule: Option<&'static str>,
    /// Its place in the names' table ([`rows_table`]): one line per name,
    /// sorted by code and then status (the current name first):
    /// `code\tidentifier\tstatus\tadded\tchanged` (empty for no version),
    /// the identifier stored without the prefix.
    /// Packed text: as structs, the pointers cost more than the names.
    rows: usize,
}

/// One name of a code in one library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    pub library: &'static Library,
    pub code: u16,
    /// As written in code: `http.StatusNotFound`.
    pub identifier: &'static str,
    pub status: NameStatus,
    /// The first version with the name, if it has not always been there.
    pub added: Option<&'static str>,
    /// The version where it took its status (deprecated, removed …).
    pub changed: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/library_names.rs"));

/// The names of every library, by the libraries' order, each identifier
/// written out in full (`http.StatusNotFound`): what every reader of the
/// names takes (`Name::identifier`), built anew at each call (about 45 kB).
/// The build stores them without their library's prefix, which every one of
/// them starts with (checked by `format`): written out a thousand times, the
/// prefixes were a third of the names' bytes once compressed. In the browser
/// only the second file calls this (`ui::later`), so the build's split puts
/// the names and this code there, and the page installs them (`install`)
/// once it has them; natively (the prerender, the tests) they are always there.
pub fn rows_table() -> &'static [&'static str] {
    let rows: Vec<&'static str> = LIBRARIES
        .iter()
        .zip(LIBRARY_ROWS)
        .map(|(library, rows)| {
            let mut full = String::new();
            // `code\tidentifier\t…`: the prefix goes before the identifier,
            // after the three digits and the tab.
            for line in rows.split_terminator('\n') {
                let (code, rest) = line.split_at_checked(4).unwrap_or((line, ""));
                full.push_str(code);
                full.push_str(library.prefix);
                full.push_str(rest);
                full.push('\n');
            }
            &*Box::leak(full.into_boxed_str())
        })
        .collect();
    Box::leak(rows.into_boxed_slice())
}

#[cfg(target_arch = "wasm32")]
static INSTALLED: std::sync::OnceLock<&'static [&'static str]> = std::sync::OnceLock::new();

/// Makes the names read from the second file ([`rows_table`]) the names
/// every library has from now on.
#[cfg(target_arch = "wasm32")]
pub fn install(rows: &'static [&'static str]) {
    let _ = INSTALLED.set(rows);
}

/// The names as this build reads them: until they are installed, in the
/// browser, every library has none.
fn rows_now() -> &'static [&'static str] {
    #[cfg(target_arch = "wasm32")]
    return INSTALLED.get().copied().unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    {
        static FULL: std::sync::OnceLock<&'static [&'static str]> = std::sync::OnceLock::new();
        FULL.get_or_init(rows_table)
    }
}

/// True once the names are there to read (always, natively).
pub fn arrived() -> bool {
    !rows_now().is_empty()
}

/// Every library, in the order the details list them.
pub fn libraries() -> &'static [Library] {
    LIBRARIES
}

/// The library with this id (`go`), whatever its case.
pub fn library(id: &str) -> Option<&'static Library> {
    LIBRARIES.iter().find(|l| l.id.eq_ignore_ascii_case(id))
}

/// The libraries the details show when neither the reader nor the host chose.
pub const DEFAULT_LIBRARIES: [&str; 5] = ["go", "python", "js", "rust", "spring"];

impl Library {
    /// Every name the library has, by code.
    pub fn names(&'static self) -> impl Iterator<Item = Name> {
        let rows = rows_now().get(self.rows).copied().unwrap_or_default();
        rows.lines().filter_map(move |line| self.read(line))
    }

    /// The names of `code`, the current one first. Empty when the library has
    /// no name for it.
    pub fn names_of(&'static self, code: u16) -> Vec<Name> {
        // The rows are in that order already (build.rs).
        self.names().filter(|n| n.code == code).collect()
    }

    fn read(&'static self, line: &'static str) -> Option<Name> {
        let mut cells = line.split('\t');
        let code = cells.next()?.parse().ok()?;
        let identifier = cells.next()?;
        let status = match cells.next()? {
            "current" => NameStatus::Current,
            "alias" => NameStatus::Alias,
            "deprecated" => NameStatus::Deprecated,
            _ => NameStatus::Removed,
        };
        let version = |cell: Option<&'static str>| cell.filter(|v| !v.is_empty());
        Some(Name {
            library: self,
            code,
            identifier,
            status,
            added: version(cells.next()),
            changed: version(cells.next()),
        })
    }
}

impl Name {
    /// Where the part of the identifier a reader searches for starts: after
    /// the library's prefix and a repeated code (`Status404NotFound`).
    pub fn core_start(&self) -> usize {
        format::core_start(self.identifier, self.library.prefix)
    }

    /// How the reader is told the name's standing: `None` for the current
    /// name, else `alias`, `deprecated since 3.1`, `removed in 2.0`.
    pub fn standing(&self) -> Option<String> {
        let since = |word: &str| match self.changed {
            Some(version) => format!("{word} {version}"),
            None => String::new(),
        };
        match self.status {
            NameStatus::Current => None,
            NameStatus::Alias => Some(match self.changed {
                Some(_) => format!("alias {}", since("since")),
                None => "alias".to_string(),
            }),
            NameStatus::Deprecated => Some(format!("deprecated {}", since("since"))),
            NameStatus::Removed => Some(format!("removed {}", since("in"))),
        }
        .map(|s| s.trim_end().to_string())
    }
}

/// The words of library prefixes, folded (`http`, `status`, `sc` …): typed
/// before a name (`http.StatusTeapot`, `HTTP_NOT_FOUND`, `SC_OK`), they are
/// dropped before the name is matched, and typed alone they match no name.
pub fn prefix_words() -> &'static [&'static str] {
    PREFIX_WORDS
}

/// A folded search term without the library prefixes it starts with, and
/// without a code that follows them: `httpstatusnotfound` → `notfound`,
/// `status404notfound` → `notfound`. The term itself when it starts with none.
pub fn strip_prefixes(term: &str) -> &str {
    let mut rest = term;
    loop {
        let stripped = PREFIX_WORDS
            .iter()
            .filter_map(|word| rest.strip_prefix(word))
            .min_by_key(|r| r.len());
        match stripped {
            Some(shorter) => rest = shorter,
            None => break,
        }
    }
    let after_digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    if after_digits.len() == rest.len() || after_digits.is_empty() || rest.len() == term.len() {
        rest
    } else {
        after_digits
    }
}
