//! Search keys for every entry, folded once when the index is built so that a
//! keystroke only compares bytes.

use super::parse::{unique_texts, Query, Term};
use super::search_text::SearchText;
use crate::names::{self, Name};
use crate::registry::{Entry, Standing, StatusClass};
use std::sync::{Arc, OnceLock};

pub struct SearchIndex {
    entries: Vec<Entry>,
    items: Vec<IndexedEntry>,
    class_names: [SearchText; 5],
}

/// The folded texts of one entry.
pub struct IndexedEntry {
    pub name: SearchText,
    pub aliases: Vec<SearchText>,
    pub vendor: Option<SearchText>,
    /// The status word for non-standard entries (`deprecated`, `unofficial`, …).
    status: Option<SearchText>,
    pub description: SearchText,
    /// The embedding site's name and description for this code, if any.
    pub site_name: Option<SearchText>,
    pub site_description: Option<SearchText>,
    /// Lowercase name without leading punctuation: `(Unused)` sorts under U.
    pub name_sort_key: String,
    pub description_sort_key: String,
}

impl SearchIndex {
    pub fn new(entries: Vec<Entry>) -> SearchIndex {
        let items = entries.iter().map(IndexedEntry::new).collect();
        let class_names = StatusClass::ALL.map(|class| SearchText::new(class.name()));
        SearchIndex {
            entries,
            items,
            class_names,
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry at `row` with its search keys; `None` if out of range.
    pub fn get(&self, row: usize) -> Option<(&Entry, &IndexedEntry)> {
        Some((self.entries.get(row)?, self.items.get(row)?))
    }

    /// True if any entry, official or not, has this code.
    pub fn has_code(&self, code: u16) -> bool {
        self.entries.iter().any(|e| e.code == code)
    }

    /// True if the entry at `row` matches `query`: every term of one of its
    /// alternatives, or anything when it has none.
    pub fn matches(&self, row: usize, query: &Query) -> bool {
        query.is_empty()
            || query
                .alternatives
                .iter()
                .any(|terms| terms.iter().all(|term| self.term_matches(row, term)))
    }

    /// True if the entry at `row` matches the folded `text` through its own
    /// texts or its class: anything but a library's name for its code.
    pub fn matches_besides_names(&self, row: usize, text: &str) -> bool {
        let Some((entry, item)) = self.get(row) else {
            return false;
        };
        item.matches_besides_names(text) || self.class_names[entry.class() as usize].matches(text)
    }

    /// The folded text terms the entry at `row` marks: those of the
    /// alternatives it matches, each once. With `4xx timeout, 5xx`, 408 marks
    /// "timeout" and 504 marks nothing.
    pub fn mark_terms<'q>(&self, row: usize, query: &'q Query) -> Vec<&'q str> {
        let matched = query
            .alternatives
            .iter()
            .filter(|terms| terms.iter().any(|t| t.text().is_some()))
            .filter(|terms| terms.iter().all(|term| self.term_matches(row, term)));
        unique_texts(matched.flatten())
    }

    /// True if the entry at `row` matches one term.
    pub fn term_matches(&self, row: usize, term: &Term) -> bool {
        let Some((entry, item)) = self.get(row) else {
            return false;
        };
        let class = entry.class();
        match term {
            Term::CodePrefix(digits) => code_digits(entry.code).starts_with(digits.as_bytes()),
            Term::CodePattern(pattern) => {
                let digits = code_digits(entry.code);
                pattern
                    .iter()
                    .zip(digits.iter())
                    .all(|(want, have)| want.is_none_or(|d| d + b'0' == *have))
            }
            Term::NotACode(_) => false,
            Term::ClassWord { classes, text } => {
                classes.contains(&class) || item.labels_match(text)
            }
            Term::Text(text) => {
                self.class_names[class as usize].matches(text)
                    || item.labels_match(text)
                    || item.description.matches(text)
                    || item
                        .site_description
                        .as_ref()
                        .is_some_and(|d| d.matches(text))
                    || code_names().matches(entry.code, text)
            }
        }
    }
}

impl IndexedEntry {
    fn new(entry: &Entry) -> IndexedEntry {
        // The status words a reader may type: IANA's marker, the defining
        // document's standing when it is not Standards Track, and a deprecation.
        let words: Vec<&str> = [
            entry.status.is_marked().then(|| entry.status.label()),
            entry.standing.and_then(Standing::badge),
            entry.deprecated_by.as_ref().map(|_| "Deprecated"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let status = (!words.is_empty()).then(|| SearchText::new(&words.join(" ")));
        IndexedEntry {
            name: SearchText::new(&entry.name),
            aliases: entry
                .aliases
                .iter()
                .map(|a| SearchText::new(&a.name))
                .collect(),
            vendor: entry.vendor.as_ref().map(|v| SearchText::new(&v.name)),
            status,
            description: SearchText::new(&entry.description),
            site_name: entry.site.as_ref().map(|s| SearchText::new(&s.name)),
            site_description: entry.site.as_ref().map(|s| SearchText::new(&s.description)),
            name_sort_key: sort_key(&entry.name),
            description_sort_key: sort_key(&entry.description),
        }
    }

    /// True if a text of the entry itself (not its class, nor a library's
    /// name for its code) matches the folded `text`.
    pub fn matches_besides_names(&self, text: &str) -> bool {
        self.labels_match(text)
            || self.description.matches(text)
            || self
                .site_description
                .as_ref()
                .is_some_and(|d| d.matches(text))
    }

    /// Name, former names, vendor and status: the short labels of an entry.
    fn labels_match(&self, text: &str) -> bool {
        self.name.matches(text)
            || self.aliases.iter().any(|a| a.matches(text))
            || self.vendor.as_ref().is_some_and(|v| v.matches(text))
            || self.status.as_ref().is_some_and(|s| s.matches(text))
            || self.site_name.as_ref().is_some_and(|s| s.matches(text))
    }
}

fn code_digits(code: u16) -> [u8; 3] {
    let code = code.min(999);
    [
        (code / 100) as u8 + b'0',
        (code / 10 % 10) as u8 + b'0',
        (code % 10) as u8 + b'0',
    ]
}

fn sort_key(text: &str) -> String {
    text.trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
        .to_ascii_lowercase()
}

/// What each code is called in the libraries (`crate::names`), folded for
/// search. Built on the first text term that reaches it, not at start-up.
pub struct CodeNames {
    by_code: Vec<(u16, Vec<(Name, SearchText)>)>,
    /// Per code (same order), every distinct name in one key: a keystroke
    /// tries one key per row, not one per library (10,000 rows, 17 names each).
    merged: Vec<SearchText>,
}

/// The one table of library names for every widget on the page.
/// Until the names are there to read (`names::arrived`: in the browser, once
/// the second file is in), no code has any, and nothing is kept.
pub fn code_names() -> &'static CodeNames {
    static NAMES: OnceLock<CodeNames> = OnceLock::new();
    static NONE: CodeNames = CodeNames {
        by_code: Vec::new(),
        merged: Vec::new(),
    };
    if !names::arrived() {
        return &NONE;
    }
    NAMES.get_or_init(CodeNames::new)
}

impl CodeNames {
    fn new() -> CodeNames {
        let mut by_code: Vec<(u16, Vec<(Name, SearchText)>)> = Vec::new();
        for library in names::libraries() {
            for name in library.names() {
                let key = SearchText::identifier(name.identifier, name.core_start());
                match by_code.binary_search_by_key(&name.code, |(code, _)| *code) {
                    Ok(at) => by_code[at].1.push((name, key)),
                    Err(at) => by_code.insert(at, (name.code, vec![(name, key)])),
                }
            }
        }
        let merged = by_code
            .iter()
            .map(|(_, names)| {
                let mut cores: Vec<&str> = Vec::new();
                for (name, _) in names {
                    let core = &name.identifier[name.core_start()..];
                    if !cores.contains(&core) {
                        cores.push(core);
                    }
                }
                SearchText::identifier(&cores.join(" "), 0)
            })
            .collect();
        CodeNames { by_code, merged }
    }

    /// Every library's names for `code`, each with its search key.
    pub fn of(&self, code: u16) -> &[(Name, SearchText)] {
        match self.by_code.binary_search_by_key(&code, |(c, _)| *c) {
            Ok(at) => &self.by_code[at].1,
            Err(_) => &[],
        }
    }

    /// True if a library name of `code` matches the folded `term`, as typed
    /// or without the library prefixes it starts with (`httpstatusteapot`).
    pub fn matches(&self, code: u16, term: &str) -> bool {
        let Ok(at) = self.by_code.binary_search_by_key(&code, |(c, _)| *c) else {
            return false;
        };
        let Some(key) = self.merged.get(at) else {
            return false;
        };
        if key.matches(term) {
            return true;
        }
        let bare = names::strip_prefixes(term);
        bare.len() != term.len() && key.matches(bare)
    }

    /// The names of `code` that `terms` match, and each match's terms as the
    /// name's key sees them (prefixes dropped), for marking.
    pub fn matching<'t, T: AsRef<str>>(
        &self,
        code: u16,
        terms: &'t [T],
    ) -> Vec<(usize, Vec<&'t str>)> {
        self.of(code)
            .iter()
            .enumerate()
            .filter_map(|(at, (_, key))| {
                let hits: Vec<&str> = terms
                    .iter()
                    .flat_map(|t| [t.as_ref(), names::strip_prefixes(t.as_ref())])
                    .filter(|t| key.matches(t))
                    .collect();
                (!hits.is_empty()).then_some((at, hits))
            })
            .collect()
    }
}

/// The registry's search index, built once per page and shared by every widget
/// that adds no entries of its own.
pub fn registry_index() -> Arc<SearchIndex> {
    static INDEX: OnceLock<Arc<SearchIndex>> = OnceLock::new();
    INDEX
        .get_or_init(|| Arc::new(SearchIndex::new(crate::registry::entries().to_vec())))
        .clone()
}
