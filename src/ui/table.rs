//! The table: sortable headers, and the body of rows in the columns the host
//! chose, every row kept and moved (a keyed list) and shown or hidden.

use super::effect::effect;
use super::later::later;
use super::paced::{Hydration, Paced};
use super::row::status_row;
use super::row_model::library_column_at;
use super::rows::{built_rows, rows, RowSet};
use super::state::TableState;
use crate::query::{SortColumn, SortDirection};
use crate::text;
use leptos::either::Either;
use leptos::html::Tbody;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// A column's header text.
pub fn column_title(column: SortColumn) -> &'static str {
    match column {
        SortColumn::Code => text::COLUMN_CODE,
        SortColumn::Name => text::COLUMN_NAME,
        SortColumn::Class => text::COLUMN_CLASS,
        SortColumn::Description => text::COLUMN_DESCRIPTION,
    }
}

/// The arrow after a header's text: the direction of the active column.
pub fn sort_arrow(direction: Option<SortDirection>) -> &'static str {
    match direction {
        Some(SortDirection::Ascending) => "\u{25B2}",
        Some(SortDirection::Descending) => "\u{25BC}",
        None => "\u{2195}",
    }
}

/// `aria-sort` of a column's header: only the active column carries it.
pub fn aria_sort(direction: Option<SortDirection>) -> Option<&'static str> {
    direction.map(|direction| match direction {
        SortDirection::Ascending => "ascending",
        SortDirection::Descending => "descending",
    })
}

#[component]
pub fn StatusTable(
    /// The widget's state.
    state: TableState,
    /// The rows carry their code as `id` (the standalone page only).
    anchors: bool,
    /// Given by a page that hydrates in steps: the rows wait for it.
    #[prop(optional_no_strip)]
    rows_later: Option<RowsLater>,
) -> impl IntoView {
    let empty = move || state.outcome.with(|o| o.rows.is_empty());
    let set = rows(state, anchors);
    let built = built_rows(state, set);
    let body = NodeRef::<Tbody>::new();
    scroll_to_permalink(state, body);
    let on_click = move |event: web_sys::MouseEvent| {
        if let (true, Some(row)) = (state.takes_input(), toggled_row(&event)) {
            state.toggle_details(row);
        }
    };
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        // The toggles are role="button" elements, so Enter and Space work
        // them as they would a <button> (Space without scrolling the page).
        if state.takes_input() && matches!(event.key().as_str(), "Enter" | " ") {
            if let Some(row) = toggled_row(&event) {
                event.prevent_default();
                state.toggle_details(row);
            }
        }
    };
    // The same <tbody> either way: with its rows, or hydrated empty, its rows
    // hydrated later (a page's step of their own) under this owner.
    let tbody = match rows_later {
        Some(later) => {
            later.hold(HeldList {
                state,
                set,
                built,
                body,
            });
            Either::Left(
                view! { <tbody node_ref=body on:click=on_click on:keydown=on_keydown></tbody> },
            )
        }
        None => Either::Right(view! {
            <tbody node_ref=body on:click=on_click on:keydown=on_keydown>
                {row_list(state, set, built)}
            </tbody>
        }),
    };
    view! {
        // `style:` writes through the CSSOM, which a strict CSP allows (no
        // 'unsafe-inline' for style-src-attr), and removes it on `None`.
        <div
            class="table-scroll"
            class:bounded=move || state.settings.with(|s| s.max_height.is_some())
            style:max-height=move || state.settings.with(|s| s.max_height.clone())
            part="table-scroll"
        >
            <table class="status-table" class:is-empty=empty id="status-table" part="table">
                <caption class="visually-hidden">{text::TABLE_CAPTION}</caption>
                <thead part="head">
                    <tr>
                        {move || {
                            let columns = state.columns.get();
                            let mut cells = columns
                                .iter()
                                .map(|&column| {
                                    Either::Left(view! { <HeaderCell state=state column=column /> })
                                })
                                .collect::<Vec<_>>();
                            if let Some(library) = state.language_column.get() {
                                cells.insert(
                                    library_column_at(&columns),
                                    Either::Right(view! {
                                        <th class="col-library" scope="col">{library.label}</th>
                                    }),
                                );
                            }
                            cells
                        }}
                    </tr>
                </thead>
                {tbody}
            </table>
        </div>
    }
}

/// The body's rows: those shown so far, in sort order (a keyed list).
fn row_list(state: TableState, set: Memo<RowSet>, built: Memo<(u32, Vec<bool>)>) -> impl IntoView {
    // The rows shown so far, in sort order.
    let each = move || {
        let rows = set.with(|set| {
            state.order.with(|order| {
                order
                    .iter()
                    .filter_map(|&row| set.rows.get(row).cloned())
                    .collect::<Vec<_>>()
            })
        });
        built.with(|(_, built)| {
            rows.into_iter()
                .filter(|data| built.get(data.row).copied().unwrap_or(false))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <For
            each=each
            key=|data| (data.generation, data.row)
            children=move |data| Paced(move || status_row(data, state))
        />
    }
}

/// Given by a page that hydrates in steps (`host::page`): the table's body is
/// hydrated empty with the rest of the widget, and its rows in tasks of their
/// own, a slice of [`SLICE_MS`](super::paced::SLICE_MS) apiece, each time the
/// page calls [`RowsLater::hydrate`]. Hydrated in one go, the standalone page
/// held a phone's main thread for one task of 110-150 ms (at Lighthouse's 4x
/// CPU slowdown), the rows a third of it; in one task of their own, the rows
/// still took 50-70 ms in a slow hour.
#[derive(Clone)]
pub struct RowsLater(SendWrapper<Rc<RefCell<HeldRows>>>);

/// The rows' hydration: held until the page calls for it, then under way.
#[derive(Default)]
enum HeldRows {
    #[default]
    None,
    Held(Box<(HeldList, Option<Owner>)>),
    Hydrating(Hydration),
}

/// What the rows' list is made of, and where it goes: the served `<tbody>`.
pub struct HeldList {
    state: TableState,
    set: Memo<RowSet>,
    built: Memo<(u32, Vec<bool>)>,
    body: NodeRef<Tbody>,
}

impl Default for RowsLater {
    fn default() -> Self {
        Self(SendWrapper::new(Rc::default()))
    }
}

impl RowsLater {
    /// Keeps the rows' list for later, to be hydrated under the table's
    /// owner, as if it had been in one go.
    fn hold(&self, list: HeldList) {
        *self.0.borrow_mut() = HeldRows::Held(Box::new((list, Owner::current())));
    }

    /// Hydrates a slice of the rows held back; returns whether all are done
    /// (at once if none were held).
    pub fn hydrate(&self) -> bool {
        let held = std::mem::take(&mut *self.0.borrow_mut());
        let mut hydrating = match held {
            HeldRows::None => return true,
            // The page's own file is in (its steps come from it); the split
            // function's own note of it comes a microtask later: the next
            // step polls again.
            HeldRows::Held(held) => {
                // The rows' list and order, worked out in this step of their own.
                let list = &held.0;
                list.set.with_untracked(|_| ());
                list.built.with_untracked(|_| ());
                list.state.order.with_untracked(|_| ());
                Box::pin(async move {
                    if let Ok(rows) = hydrate_rows(held.0, held.1).await {
                        rows.await;
                    }
                })
            }
            HeldRows::Hydrating(hydrating) => hydrating,
        };
        let done = super::paced::poll_slice(&mut hydrating);
        if !done {
            *self.0.borrow_mut() = HeldRows::Hydrating(hydrating);
        }
        done
    }
}

later! { in page;
    /// Starts hydrating the rows of `list` under `owner` (the table's): only
    /// the standalone page hydrates, so this is in the page's own file.
    fn hydrate_rows(list: HeldList, owner: Option<Owner>) -> Hydration {
        start_hydrating(list, owner)
    }
}

/// The rows' hydration under `owner`, at the served `<tbody>`. Natively
/// nothing is hydrated (the page is rendered there).
fn start_hydrating(list: HeldList, owner: Option<Owner>) -> Hydration {
    let HeldList {
        state,
        set,
        built,
        body,
    } = list;
    #[cfg(target_arch = "wasm32")]
    if let (Some(body), Some(owner)) = (body.get_untracked(), owner) {
        use leptos::reactive::computed::ScopedFuture;
        use leptos::tachys::{
            hydration::Cursor,
            view::{PositionState, RenderHtml},
        };
        let rows = owner.with(|| {
            ScopedFuture::new_untracked(async move {
                let cursor = Cursor::new(body.unchecked_into());
                let rows = row_list(state, set, built)
                    .into_view()
                    .hydrate_async(&cursor, &PositionState::default())
                    .await;
                // Kept as long as the page (the only one that holds rows back).
                std::mem::forget(rows);
            })
        });
        return Box::pin(rows);
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop((state, set, built, body, owner));
    Box::pin(async {})
}

/// A column's header: a `<button>` in the `<th>`; only the active column
/// carries `aria-sort`, and its arrow is hidden from screen readers. On a
/// served page the button waits for the app: `disabled`.
#[component]
fn HeaderCell(
    /// The widget's state.
    state: TableState,
    /// The column it sorts by.
    column: SortColumn,
) -> impl IntoView {
    let sort = state.sort;
    let direction = move || sort.with(|s| (s.column == column).then_some(s.direction));
    view! {
        <th class=["col-", column.key()].concat() scope="col" aria-sort=move || aria_sort(direction())>
            <button
                class="sort-button"
                class:active=move || direction().is_some()
                type="button"
                data-sort=column.key()
                part="sort-button"
                disabled=move || !state.running.get()
                on:click=move |_| sort.update(|s| *s = s.after_click(column))
            >
                {column_title(column)}
                <span class="sort-arrow" aria-hidden="true">{move || sort_arrow(direction())}</span>
            </button>
        </th>
    }
}

/// The row whose details toggle `event` is aimed at (one listener on the body
/// serves every row's toggle).
fn toggled_row(event: &web_sys::Event) -> Option<usize> {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| target.closest(".details-toggle").ok().flatten())
        .and_then(|toggle| toggle.closest("tr").ok().flatten())
        .and_then(|tr| tr.get_attribute("data-row"))
        .and_then(|row| row.parse::<usize>().ok())
}

/// Brings the first shown row a permalink (`#404`) points at into view,
/// whenever the permalink changes.
fn scroll_to_permalink(state: TableState, body: NodeRef<Tbody>) {
    effect(move |_| {
        let Some(code) = state.permalink.get() else {
            return;
        };
        let Some(body) = body.get_untracked() else {
            return;
        };
        // After the rows have followed the state (they update in the same
        // turn, as render effects).
        request_animation_frame(move || {
            let selector = format!("tr[data-code=\"{code}\"]:not([hidden])");
            if let Ok(Some(row)) = body.query_selector(&selector) {
                row.scroll_into_view();
            }
        });
    });
}
