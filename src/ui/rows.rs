//! The rows of the table body, each with the few signals its view follows.
//!
//! Every row, once built, stays mounted. The body keeps one `<tr>` per entry
//! shown so far, in sort order, and a keystroke only shows or hides rows (or
//! builds one shown for the first time), a sort only moves them: a row is
//! built at most once per index ([`built_rows`]). Leptos 0.8 keeps a `Weak` to every child
//! owner in its parent and never prunes it, so rows that `<For>` dropped and
//! rebuilt left their owners' allocations behind, about 55 kB of wasm heap per
//! 10 keystrokes on the registry (measured by `tests/memory.rs`, which now
//! pins it flat); hiding also made a keystroke at 10,000 rows cheaper than
//! rebuilding (docs/performance-history.md, "Rows built once").
//!
//! What a keystroke changes in a row is derived here, once per change: whether
//! it is shown, its stripe (every second row shown), whether a permalink or the
//! guide's result targets it, whether its details are open, and the text terms
//! its `<mark>`s follow (those of the alternatives it matches). Deriving that
//! in each row from the whole result would wake every row on every keystroke
//! (each memo would have thousands of subscribers); instead one derivation
//! writes per-row signals and notifies only the rows whose part changed. It is
//! made the way Leptos' own `Selector` is, for a set of rows instead of one
//! key: one function ([`follow`]) writes the per-row signals, called when a
//! set of rows is made (so SSR, where effects never run, renders them right)
//! and then by an effect on every change. (Leptos' `Selector` runs its one
//! derivation in `RenderEffect::new_isomorphic`, which runs in SSR too; here
//! that measured 0.4 kB brotli more, and needs an executor set up natively.)

use super::effect::effect;
use super::state::TableState;
use crate::names::Library;
use crate::query::{Query, SearchIndex, SortColumn};
use leptos::prelude::*;
use std::sync::Arc;

/// What can change in a row as the reader filters, sorts and follows links.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowLook {
    pub shown: bool,
    /// Every second row shown carries the stripe (a class rather than
    /// `:nth-child`: the body keeps hidden rows, so hiding one would restyle
    /// every row after it).
    pub striped: bool,
    /// A permalink (`#404`) points at this row's code.
    pub targeted: bool,
}

/// The folded text terms a row's marks were last drawn for: those of the
/// alternatives of the query that the row matches. Only a change of them asks
/// a shown row to mark again.
#[derive(Clone, Debug)]
pub struct Marks {
    pub terms: Arc<[String]>,
}

/// The text terms each row marks under one query. A query of one alternative
/// (nearly every query) gives every row the same terms, made once; with more,
/// a row marks only the terms of the alternatives it matches (`404, timeout`
/// marks nothing in 404), and rows that match the same ones share their terms.
struct RowTerms<'q> {
    query: &'q Query,
    /// Every row's terms, when they do not depend on the row.
    shared: Option<Arc<[String]>>,
    /// The distinct terms made so far, for rows to share.
    made: Vec<Arc<[String]>>,
}

impl<'q> RowTerms<'q> {
    /// `kept`: the terms rows were marked with before, reused when they are
    /// the same (a keystroke that adds a digit or a class changes none).
    fn new(query: &'q Query, kept: &Arc<[String]>) -> RowTerms<'q> {
        let every = query.text_terms();
        let per_row = query.alternatives.len() > 1 && !every.is_empty();
        let shared = (!per_row).then(|| share(kept, &every));
        RowTerms {
            query,
            shared,
            made: vec![kept.clone()],
        }
    }

    /// The terms `row` of `index` marks.
    fn of(&mut self, index: &SearchIndex, row: usize) -> Arc<[String]> {
        if let Some(shared) = &self.shared {
            return shared.clone();
        }
        let terms = index.mark_terms(row, self.query);
        match self.made.iter().find(|made| same_terms(made, &terms)) {
            Some(made) => made.clone(),
            None => {
                let made: Arc<[String]> = terms.iter().map(|t| t.to_string()).collect();
                self.made.push(made.clone());
                made
            }
        }
    }

    /// The terms every row shares, if they do not depend on the row.
    fn shared(&self) -> Option<&Arc<[String]>> {
        self.shared.as_ref()
    }
}

fn same_terms(made: &[String], terms: &[&str]) -> bool {
    made.len() == terms.len() && made.iter().zip(terms).all(|(a, b)| a == b)
}

/// `kept` if it holds `terms`, else a new list of them.
fn share(kept: &Arc<[String]>, terms: &[&str]) -> Arc<[String]> {
    if same_terms(kept, terms) {
        kept.clone()
    } else {
        terms.iter().map(|t| t.to_string()).collect()
    }
}

/// One row of the body: where it is in the index, and its signals.
pub struct RowData {
    /// The row's number in the index.
    pub row: usize,
    /// Which drawing of the rows it belongs to (see [`RowSet`]).
    pub generation: u32,
    pub index: Arc<SearchIndex>,
    pub columns: Arc<[SortColumn]>,
    /// The names column's library, if the host asked for one.
    pub library: Option<&'static Library>,
    /// Carries `id="404"`, so a `#404` link finds it without any script (the
    /// standalone page only: an embedded widget must not add ids to its host).
    pub anchor: bool,
    pub look: ArcRwSignal<RowLook>,
    pub open: ArcRwSignal<bool>,
    pub marks: ArcRwSignal<Marks>,
}

pub type RowHandle = Arc<RowData>;

/// Every row for one index and one set of columns. A new index or new columns
/// draw every row anew: a new generation, so every key of the keyed list changes.
#[derive(Clone)]
pub struct RowSet {
    pub generation: u32,
    /// By row number.
    pub rows: Arc<[RowHandle]>,
}

impl PartialEq for RowSet {
    fn eq(&self, other: &RowSet) -> bool {
        self.generation == other.generation
    }
}

/// Each row's place among `shown` (row numbers in display order), by row
/// number: `None` for the rows not shown.
pub fn shown_places(len: usize, shown: &[usize]) -> Vec<Option<u32>> {
    let mut places = vec![None; len];
    for (place, &row) in shown.iter().enumerate() {
        if let Some(slot) = places.get_mut(row) {
            *slot = u32::try_from(place).ok();
        }
    }
    places
}

/// Whether the row shown at `place` is striped: every second one.
pub fn striped_at(place: Option<u32>) -> bool {
    place.is_some_and(|place| place % 2 == 1)
}

/// The row's `class`: its flags, in a fixed order; `None` when it has none.
pub fn row_class(unofficial: bool, has_site: bool, look: RowLook, open: bool) -> Option<String> {
    let flags = [
        (unofficial, "unofficial"),
        (has_site, "has-site"),
        (look.striped, "stripe"),
        (look.targeted, "targeted"),
        (open, "open"),
    ];
    let names: Vec<&str> = flags
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, name)| *name)
        .collect();
    (!names.is_empty()).then(|| names.join(" "))
}

/// The rows of `state`'s table, kept in step with it. `anchors`: the rows
/// carry their code as `id` (the standalone page).
pub fn rows(state: TableState, anchors: bool) -> Memo<RowSet> {
    let set = Memo::new(move |previous: Option<&RowSet>| {
        let generation = previous.map_or(0, |p| p.generation.wrapping_add(1));
        let columns: Arc<[SortColumn]> = state.columns.get().into();
        let library = state.language_column.get();
        let set = draw(generation, state.index.get(), (columns, library), anchors);
        // New rows start as the state shows them now, before anything is
        // rendered from them (effects never run in SSR, and run later here).
        untrack(|| follow(state, &set, &mut Arc::from([])));
        set
    });
    // The terms every row shared last, kept while they stay the same, so
    // that comparing a row's marks with them is comparing two pointers.
    let mut kept: Arc<[String]> = Arc::from([]);
    effect(move |_| set.with(|set| follow(state, set, &mut kept)));
    set
}

/// Which rows of the current set have been shown since it was drawn, by row
/// number, with the set's generation: only those are built (a row is built
/// the first time it is shown, then kept). So the served page holds only the
/// rows of the default view, not the unofficial ones hidden in it (4.1 kB of
/// its 15.8 kB brotli: over the 14.6 kB a first round trip carries).
pub fn built_rows(state: TableState, set: Memo<RowSet>) -> Memo<(u32, Vec<bool>)> {
    // Owning the last value: a keystroke neither copies the flags nor, unless
    // it shows a row for the first time, notifies the list.
    Memo::new_owning(move |previous: Option<(u32, Vec<bool>)>| {
        let (generation, len) = set.with(|set| (set.generation, set.rows.len()));
        let (mut built, mut changed) = match previous {
            Some((was, built)) if was == generation => (built, false),
            _ => (vec![false; len], true),
        };
        state.outcome.with(|o| {
            for &row in &o.rows {
                if let Some(slot) = built.get_mut(row).filter(|built| !**built) {
                    *slot = true;
                    changed = true;
                }
            }
        });
        ((generation, built), changed)
    })
}

/// A new set of rows, blank (hidden, closed, unmarked) until [`follow`]
/// fills them in.
fn draw(
    generation: u32,
    index: Arc<SearchIndex>,
    (columns, library): (Arc<[SortColumn]>, Option<&'static Library>),
    anchors: bool,
) -> RowSet {
    let unmarked: Arc<[String]> = Arc::from([]);
    let mut anchored = Vec::new();
    let rows = (0..index.len())
        .map(|row| {
            let code = index.get(row).map(|(e, _)| (e.code, e.is_official()));
            // The first official row of a code (codes are unique in the registry).
            let anchor = anchors
                && code.is_some_and(|(code, official)| official && !anchored.contains(&code));
            if anchor {
                anchored.extend(code.map(|(code, _)| code));
            }
            Arc::new(RowData {
                row,
                generation,
                index: index.clone(),
                columns: columns.clone(),
                library,
                anchor,
                look: ArcRwSignal::new(RowLook::default()),
                open: ArcRwSignal::new(false),
                marks: ArcRwSignal::new(Marks {
                    terms: unmarked.clone(),
                }),
            })
        })
        .collect();
    RowSet { generation, rows }
}

/// The keyed selector's one derivation: every row's look, open state and
/// marks, from the state, writing only the signals that change. A hidden row
/// keeps its marks until it is shown again.
fn follow(state: TableState, set: &RowSet, kept: &mut Arc<[String]>) {
    let query = state.query.get();
    let mut terms = RowTerms::new(&query, kept);
    if let Some(shared) = terms.shared() {
        *kept = shared.clone();
    }
    let permalink = state.permalink.get();
    let guided = state.guide_result_codes();
    let places = state
        .outcome
        .with(|o| shown_places(set.rows.len(), &o.rows));
    state.open_rows.with(|open| {
        for data in set.rows.iter() {
            let place = places.get(data.row).copied().flatten();
            let code = data.index.get(data.row).map(|(e, _)| e.code);
            let look = RowLook {
                shown: place.is_some(),
                striped: striped_at(place),
                targeted: code.is_some_and(|c| permalink == Some(c) || guided.contains(c)),
            };
            if data.look.with_untracked(|l| *l != look) {
                data.look.set(look);
            }
            let is_open = open.contains(&data.row);
            if data.open.get_untracked() != is_open {
                data.open.set(is_open);
            }
            if !look.shown {
                continue;
            }
            let terms = terms.of(&data.index, data.row);
            let stale = |m: &Marks| !Arc::ptr_eq(&m.terms, &terms) && m.terms != terms;
            if data.marks.with_untracked(stale) {
                data.marks.set(Marks { terms });
            }
        }
    })
}
