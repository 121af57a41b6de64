//! One widget's state: what the reader chose and what the host configured.
//! Everything shown (rows, count, notices) is derived from these signals.

use crate::config::{merge_site_entries, Problem, Theme, WidgetOptions};
use crate::query::{
    self, registry_index, ClassSet, Query, Scope, SearchIndex, SortColumn, SortOrder,
};
use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;
use reactive_graph::computed::Memo;
use std::sync::Arc;

/// How the host configured the widget. One signal for all of it: each signal
/// type costs its own copy of the reactive machinery in the wasm.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Only these classes are offered (the host's `classes` option).
    pub classes: ClassSet,
    pub columns: Vec<SortColumn>,
    pub compact: bool,
    pub theme: Theme,
    pub max_height: Option<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            classes: ClassSet::ALL,
            columns: SortColumn::ALL.to_vec(),
            compact: false,
            theme: Theme::Auto,
            max_height: None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct TableState {
    /// The registry, plus the host's entries when it gave any.
    pub index: RwSignal<Arc<SearchIndex>>,
    pub filter_text: RwSignal<String>,
    pub sort: RwSignal<SortOrder>,
    pub show_unofficial: RwSignal<bool>,
    pub settings: RwSignal<Settings>,
    /// Options the host gave that could not be used, shown in the widget. Apart
    /// from the settings, so a report does not redraw what the settings drive.
    pub problems: RwSignal<Vec<Problem>>,
    /// The code a permalink (`#404`) points at.
    pub permalink: RwSignal<Option<u16>>,
    /// The page around an embedded widget declares a color-scheme, which
    /// theme "auto" then follows (set by the host layer; false on the page).
    pub host_scheme: RwSignal<bool>,
    /// The columns shown, in order (the header and the body both follow them).
    pub columns: Memo<Vec<SortColumn>>,
    /// The standalone page's address (without a fragment), for copied permalinks.
    pub page_url: RwSignal<String>,
    pub query: Memo<Query>,
    /// Every row in sort order: the table renders each once and keeps it.
    pub order: Memo<Vec<usize>>,
    pub outcome: Memo<query::Outcome>,
}

impl TableState {
    pub fn new(index: Arc<SearchIndex>) -> TableState {
        let index = RwSignal::new(index);
        let filter_text = RwSignal::new(String::new());
        let sort = RwSignal::new(SortOrder::default());
        let show_unofficial = RwSignal::new(false);
        let settings = RwSignal::new(Settings::default());
        let query = Memo::new(move |_| filter_text.with(|text| Query::parse(text)));
        let order = Memo::new(move |_| {
            let sort = sort.get();
            index.with(|index| query::sorted_rows(index, sort))
        });
        // Filters the sorted order: a keystroke never sorts.
        let outcome = Memo::new(move |_| {
            let scope = Scope {
                show_unofficial: show_unofficial.get(),
                classes: settings.with(|s| s.classes),
            };
            index.with(|index| {
                order.with(|order| query.with(|q| query::filter_in_order(index, q, scope, order)))
            })
        });
        TableState {
            index,
            filter_text,
            sort,
            show_unofficial,
            settings,
            problems: RwSignal::new(Vec::new()),
            permalink: RwSignal::new(None),
            host_scheme: RwSignal::new(false),
            columns: Memo::new(move |_| settings.with(|s| s.columns.clone())),
            page_url: RwSignal::new(String::new()),
            query,
            order,
            outcome,
        }
    }

    /// Applies every option that is set; the others keep their current value.
    pub fn apply(&self, options: WidgetOptions) {
        let WidgetOptions {
            filter,
            sort,
            classes,
            unofficial,
            columns,
            compact,
            theme,
            max_height,
            entries,
        } = options;
        if let Some(filter) = filter {
            self.filter_text.set(filter);
        }
        if let Some(sort) = sort {
            self.sort.set(sort);
        }
        if let Some(unofficial) = unofficial {
            self.show_unofficial.set(unofficial);
        }
        if classes.is_some()
            || columns.is_some()
            || compact.is_some()
            || theme.is_some()
            || max_height.is_some()
        {
            self.settings.update(|s| {
                if let Some(classes) = classes {
                    s.classes = classes;
                }
                if let Some(columns) = columns {
                    s.columns = columns;
                }
                if let Some(compact) = compact {
                    s.compact = compact;
                }
                if let Some(theme) = theme {
                    s.theme = theme;
                }
                if let Some(max_height) = max_height {
                    s.max_height = max_height;
                }
            });
        }
        if let Some(entries) = entries {
            let index = if entries.is_empty() {
                registry_index()
            } else {
                Arc::new(SearchIndex::new(merge_site_entries(&entries)))
            };
            self.index.set(index);
        }
    }

    /// Replaces what is reported about the options named in `touched` (a new
    /// value clears an old complaint) and adds `problems`.
    pub fn report(&self, touched: &[String], problems: Vec<Problem>) {
        self.problems.update(|all| {
            all.retain(|p| !touched.iter().any(|t| p.concerns(t)));
            all.extend(problems);
        });
    }
}
