//! The query engine: pure Rust, no web types. Parses the filter text, matches it
//! against the registry, sorts the result and says what to tell the reader.

mod code_set;
mod highlight;
mod index;
mod parse;
mod search_text;
mod sort;

pub use code_set::CodeSet;
pub use highlight::{highlight, Piece};
pub use index::{code_names, registry_index, CodeNames, IndexedEntry, SearchIndex};
pub use parse::{Query, Term, ALTERNATIVE_SEPARATOR, MAX_QUERY_CHARS};
pub use search_text::{fold_term, SearchText};
pub use sort::{SortColumn, SortDirection, SortOrder};

use crate::registry::{Entry, StatusClass};

/// Which entries are in play at all, besides what the filter text matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scope {
    /// Vendor codes are shown (the reader's toggle).
    pub show_unofficial: bool,
    /// Only these classes are offered at all (an embedder's `classes` option).
    pub classes: ClassSet,
    /// Only these codes are offered at all (an embedder's `codes` option).
    pub codes: CodeSet,
    /// Of those, only these are shown and counted: the codes still possible
    /// at the guide's step (all when the guide is closed). Unlike `codes`,
    /// they do not change what the filter's notices say is listed.
    pub candidates: CodeSet,
}

impl Default for Scope {
    fn default() -> Scope {
        Scope {
            show_unofficial: false,
            classes: ClassSet::ALL,
            codes: CodeSet::ALL,
            candidates: CodeSet::ALL,
        }
    }
}

impl Scope {
    /// True if the host offers `entry` at all (its class and its code), shown
    /// or hidden by the toggle.
    pub fn offers(self, entry: &Entry) -> bool {
        self.classes.contains(entry.class()) && self.codes.contains(entry.code)
    }
}

/// A set of status classes; the default holds all five.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClassSet(u8);

impl Default for ClassSet {
    fn default() -> Self {
        ClassSet::ALL
    }
}

impl ClassSet {
    pub const NONE: ClassSet = ClassSet(0);
    pub const ALL: ClassSet = ClassSet(0b1_1111);

    pub fn with(self, class: StatusClass) -> ClassSet {
        ClassSet(self.0 | 1 << class as u8)
    }

    pub fn contains(self, class: StatusClass) -> bool {
        self.0 & (1 << class as u8) != 0
    }
}

/// The visible rows and what to say about them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Row numbers into the index, in display order.
    pub rows: Vec<usize>,
    /// How many entries there are to choose from (in scope; unofficial ones
    /// only when shown).
    pub total: usize,
    /// Unofficial entries in scope that match but are hidden by the toggle.
    pub hidden_unofficial: usize,
    /// The scope holds an unofficial entry, shown or not: without one, the
    /// toggle that shows them has nothing to show.
    pub offers_unofficial: bool,
    /// Entries the filter matches that the guide's step has set aside (not
    /// among its candidates), so the reader is not told that nothing matches.
    pub set_aside: usize,
    pub notices: Vec<Notice>,
}

/// Every row of the index in the given sort order, shown or not. A view can
/// keep this order and filter it per keystroke ([`filter_in_order`]), sorting
/// only when the sort changes.
pub fn sorted_rows(index: &SearchIndex, sort: SortOrder) -> Vec<usize> {
    let mut all: Vec<usize> = (0..index.len()).collect();
    sort.sort(&mut all, index);
    all
}

/// Something the reader should be told about their filter text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The text was cut to [`MAX_QUERY_CHARS`] characters.
    Truncated,
    /// A code from 100 to 599 that no entry has; it would fall in `class`.
    Unassigned { code: u16, class: StatusClass },
    /// Digits that cannot be a status code (`600`, `6xx`, `0404`).
    NotACode(String),
    /// A code some entry has, but the host left it out of this table
    /// (its `codes` or `classes` option).
    NotListed(u16),
    /// Nothing matched the text, and the libraries' names it may be one of
    /// (`StatusTeapot`) are not there yet (in the browser, until the second
    /// file is in): it is matched against them when they are.
    NamesNotIn,
}

/// Filters and sorts the index. Every term of one alternative must match; an
/// empty query matches all.
pub fn run(index: &SearchIndex, query: &Query, scope: Scope, sort: SortOrder) -> Outcome {
    filter_in_order(index, query, scope, &sorted_rows(index, sort))
}

/// Filters `order` (rows of the index, e.g. as [`sorted_rows`] gives them) and
/// keeps that order.
pub fn filter_in_order(
    index: &SearchIndex,
    query: &Query,
    scope: Scope,
    order: &[usize],
) -> Outcome {
    let mut outcome = Outcome::default();
    for &row in order {
        let Some((entry, _)) = index.get(row) else {
            continue;
        };
        // Classes and codes the host left out are not offered at all: not
        // counted, not hinted.
        if !scope.offers(entry) {
            continue;
        }
        outcome.offers_unofficial |= entry.is_unofficial();
        if !scope.candidates.contains(entry.code) {
            let shown = scope.show_unofficial || !entry.is_unofficial();
            outcome.set_aside += usize::from(shown && index.matches(row, query));
            continue;
        }
        // Codes the host defined are always shown; vendor codes only on request.
        let shown = scope.show_unofficial || !entry.is_unofficial();
        outcome.total += usize::from(shown);
        if index.matches(row, query) {
            if shown {
                outcome.rows.push(row);
            } else {
                outcome.hidden_unofficial += 1;
            }
        }
    }
    outcome.notices = notices(index, query, scope);
    let has_text = || query.terms().any(|t| matches!(t, Term::Text(_)));
    if outcome.rows.is_empty() && !crate::names::arrived() && has_text() {
        outcome.notices.push(Notice::NamesNotIn);
    }
    outcome
}

/// What to say about the terms of every alternative, each notice once.
fn notices(index: &SearchIndex, query: &Query, scope: Scope) -> Vec<Notice> {
    let mut notices = Vec::new();
    if query.truncated {
        notices.push(Notice::Truncated);
    }
    for term in query.terms() {
        let notice = match term {
            Term::CodePrefix(digits) if digits.len() == 3 => {
                let code = digits.parse::<u16>().unwrap_or(0);
                let offered = |entry: &Entry| entry.code == code && scope.offers(entry);
                match StatusClass::of_code(code) {
                    Some(class) if !index.has_code(code) => {
                        Some(Notice::Unassigned { code, class })
                    }
                    Some(_) if !index.entries().iter().any(offered) => {
                        Some(Notice::NotListed(code))
                    }
                    _ => None,
                }
            }
            Term::NotACode(text) => Some(Notice::NotACode(text.clone())),
            _ => None,
        };
        if let Some(notice) = notice.filter(|n| !notices.contains(n)) {
            notices.push(notice);
        }
    }
    notices
}
