//! One widget's state: what the reader chose and what the host configured.
//! Everything shown (rows, count, notices) is derived from these signals by
//! the memos below; components read only what they render.

use crate::config::{
    default_languages, entries_outside_codes, merge_site_entries, GuideMode, Problem, Theme,
    WidgetOptions,
};
use crate::guide::{self, Step};
use crate::names::Library;
use crate::query::{
    self, registry_index, ClassSet, CodeSet, Query, Scope, SearchIndex, SortColumn, SortOrder,
};
use crate::registry::Date;
use leptos::prelude::*;
use std::sync::Arc;

/// How the host configured the widget. One signal for all of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Only these classes are offered (the host's `classes` option).
    pub classes: ClassSet,
    /// Only these codes are offered (the host's `codes` option).
    pub codes: CodeSet,
    /// Each site entry's position in the host's list and its code, to report
    /// the entries the codes leave out.
    pub site_entries: Arc<[(usize, u16)]>,
    pub columns: Vec<SortColumn>,
    pub compact: bool,
    pub theme: Theme,
    pub max_height: Option<String>,
    /// The guide is offered (the host's `guide` option is not `off`).
    pub guide: bool,
    /// The library whose names fill a column (the host's `languageColumn`).
    pub language_column: Option<&'static Library>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            classes: ClassSet::ALL,
            codes: CodeSet::ALL,
            site_entries: Arc::from([]),
            columns: SortColumn::ALL.to_vec(),
            compact: false,
            theme: Theme::Auto,
            max_height: None,
            guide: true,
            language_column: None,
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
    /// Options the host gave that could not be used, shown in the widget.
    pub problems: RwSignal<Vec<Problem>>,
    /// The code a permalink (`#404`) points at.
    pub permalink: RwSignal<Option<u16>>,
    /// Rows whose details are open, by row number in the index.
    pub open_rows: RwSignal<Vec<usize>>,
    /// Where the reader is in the guide; `None` while it is closed.
    pub guide_step: RwSignal<Option<Step>>,
    /// The page around an embedded widget declares a color-scheme, which
    /// theme "auto" then follows (set by the host layer; false on the page).
    pub host_scheme: RwSignal<bool>,
    /// The standalone page's address (without a fragment), for copied permalinks.
    pub page_url: RwSignal<String>,
    /// The reader's date, for whether a temporary registration has expired.
    /// A served page is hydrated with the build's date, then given the reader's.
    pub today: RwSignal<Date>,
    /// False only while a served page waits for the app: its buttons are
    /// disabled and its count says a view from the address is coming.
    pub running: RwSignal<bool>,
    /// The columns shown, in order (the header and the body both follow them).
    pub columns: Memo<Vec<SortColumn>>,
    /// The library of the names column, if any.
    pub language_column: Memo<Option<&'static Library>>,
    /// The libraries whose names the details show: the host's `languages`,
    /// then the reader's choice.
    pub languages: RwSignal<Vec<&'static Library>>,
    pub query: Memo<Arc<Query>>,
    /// Every row in sort order: the table keeps every row and moves it.
    pub order: Memo<Vec<usize>>,
    pub outcome: Memo<query::Outcome>,
}

/// The host's scope: its classes and codes, the reader's toggle, and the
/// codes still possible at the guide's step.
fn scope_of(settings: &Settings, show_unofficial: bool, guide_step: Option<Step>) -> Scope {
    Scope {
        show_unofficial,
        classes: settings.classes,
        codes: settings.codes,
        candidates: guide_step.map_or(CodeSet::ALL, guide::candidates),
    }
}

impl TableState {
    /// Whether what the reader does to the controls may change the state
    /// now. Not while a served page is taken over (`host::page`): its rows
    /// are hydrated in a step of their own and must still be as served; what
    /// the reader does meanwhile stays in the served controls, and the page
    /// applies it at its last step.
    pub fn takes_input(&self) -> bool {
        self.running.get_untracked()
    }

    /// The default view of `index`, as of `today`.
    pub fn new(index: Arc<SearchIndex>, today: Date) -> TableState {
        let index = RwSignal::new(index);
        let filter_text = RwSignal::new(String::new());
        let sort = RwSignal::new(SortOrder::default());
        let show_unofficial = RwSignal::new(false);
        let settings = RwSignal::new(Settings::default());
        let guide_step = RwSignal::new(None);
        let query = Memo::new(move |_| filter_text.with(|text| Arc::new(Query::parse(text))));
        let order = Memo::new(move |_| {
            let sort = sort.get();
            index.with(|index| query::sorted_rows(index, sort))
        });
        // Filters the sorted order: a keystroke never sorts.
        let outcome = Memo::new(move |_| {
            // A text term also matches the libraries' names, which come in
            // the second file: filter again once they are in.
            super::later::track_names();
            let scope = settings.with(|s| scope_of(s, show_unofficial.get(), guide_step.get()));
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
            open_rows: RwSignal::new(Vec::new()),
            guide_step,
            host_scheme: RwSignal::new(false),
            page_url: RwSignal::new(String::new()),
            today: RwSignal::new(today),
            running: RwSignal::new(true),
            columns: Memo::new(move |_| settings.with(|s| s.columns.clone())),
            language_column: Memo::new(move |_| settings.with(|s| s.language_column)),
            languages: RwSignal::new(default_languages()),
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
            codes,
            unofficial,
            columns,
            compact,
            theme,
            max_height,
            entries,
            guide,
            languages,
            language_column,
        } = options;
        if let Some(languages) = languages {
            self.languages.set(languages);
        }
        if let Some(filter) = filter {
            self.filter_text.set(filter);
        }
        if let Some(sort) = sort {
            self.sort.set(sort);
        }
        if let Some(unofficial) = unofficial {
            self.show_unofficial.set(unofficial);
        }
        let site_entries: Option<Arc<[(usize, u16)]>> = entries
            .as_ref()
            .map(|entries| entries.iter().map(|e| (e.position, e.code)).collect());
        if classes.is_some()
            || codes.is_some()
            || site_entries.is_some()
            || columns.is_some()
            || compact.is_some()
            || theme.is_some()
            || max_height.is_some()
            || guide.is_some()
            || language_column.is_some()
        {
            self.settings.update(|s| {
                if let Some(classes) = classes {
                    s.classes = classes;
                }
                if let Some(codes) = codes {
                    s.codes = codes;
                }
                if let Some(site_entries) = site_entries {
                    s.site_entries = site_entries;
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
                if let Some(guide) = guide {
                    s.guide = guide != GuideMode::Off;
                }
                if let Some(column) = language_column {
                    s.language_column = column;
                }
            });
        }
        if let Some(guide) = guide {
            self.go_to_step(match guide {
                GuideMode::OpenAt(step) => Some(step),
                GuideMode::Off | GuideMode::On => None,
            });
        }
        if let Some(entries) = entries {
            let index = if entries.is_empty() {
                registry_index()
            } else {
                Arc::new(SearchIndex::new(merge_site_entries(&entries)))
            };
            // Row numbers belong to an index: other entries, other rows.
            self.open_rows.set(Vec::new());
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

    /// The site entries the `codes` option leaves out, each reported on its
    /// own (`entries[2]: code 499 is not among …`). Derived from the settings,
    /// so it follows a change of either option; read where it is shown.
    pub fn entries_outside(&self) -> Vec<Problem> {
        self.settings
            .with(|s| entries_outside_codes(&s.site_entries, s.codes))
    }

    /// Everything reported about the options: what could not be used, then
    /// the site entries the codes leave out.
    pub fn all_problems(&self) -> Vec<Problem> {
        let mut all = self.problems.get_untracked();
        all.extend(untrack(|| self.entries_outside()));
        all
    }

    /// Opens or closes row `row`'s details (a click on its toggle).
    pub fn toggle_details(&self, row: usize) {
        self.open_rows
            .update(|open| match open.iter().position(|&r| r == row) {
                Some(at) => {
                    open.remove(at);
                }
                None => open.push(row),
            });
    }

    /// Opens the guide at `step`, or closes it (`None`). At a result, the
    /// details of its codes' rows open.
    pub fn go_to_step(&self, step: Option<Step>) {
        if self.guide_step.get_untracked() == step {
            return;
        }
        self.guide_step.set(step);
        let Some(verdict) = step.and_then(guide::verdict) else {
            return;
        };
        let rows: Vec<usize> = self.index.with_untracked(|index| {
            self.outcome.with_untracked(|o| {
                o.rows
                    .iter()
                    .copied()
                    .filter(|&row| {
                        index.get(row).is_some_and(|(e, _)| {
                            e.is_official() && verdict.choices.iter().any(|c| c.code == e.code)
                        })
                    })
                    .collect()
            })
        });
        self.open_rows.update(|open| {
            for row in rows {
                if !open.contains(&row) {
                    open.push(row);
                }
            }
        });
    }

    /// The codes the guide's result names (empty before a result): their
    /// rows are marked.
    pub fn guide_result_codes(&self) -> CodeSet {
        self.guide_step
            .get()
            .map_or(CodeSet::NONE, |step| match step {
                Step::Result(_) => guide::candidates(step),
                Step::Question(_) => CodeSet::NONE,
            })
    }

    /// Points the permalink at `code` and opens the details of its rows that
    /// are shown (the reader followed `#404`).
    pub fn follow_permalink(&self, code: Option<u16>) {
        if self.permalink.get_untracked() == code {
            return;
        }
        self.permalink.set(code);
        let Some(code) = code else {
            return;
        };
        let targets: Vec<usize> = self.index.with_untracked(|index| {
            self.outcome.with_untracked(|o| {
                o.rows
                    .iter()
                    .copied()
                    .filter(|&row| index.get(row).is_some_and(|(e, _)| e.code == code))
                    .collect()
            })
        });
        if !targets.is_empty() {
            self.open_rows.update(|open| {
                for row in targets {
                    if !open.contains(&row) {
                        open.push(row);
                    }
                }
            });
        }
    }
}
