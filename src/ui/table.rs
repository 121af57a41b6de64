//! The table: sortable headers and keyed rows, in the columns the host chose.

use super::row::StatusRow;
use super::state::{row_slots, TableState};
use crate::query::{SortColumn, SortDirection};
use crate::text;
use leptos::html::Table;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn StatusTable(state: TableState) -> impl IntoView {
    let empty = move || state.outcome.with(|o| o.rows.is_empty());
    let style_max_height = move || state.settings.with(|s| s.max_height.clone());
    let headers = move || {
        state
            .settings
            .with(|s| s.columns.clone())
            .into_iter()
            .map(|column| view! { <SortHeader state=state column=column /> })
            .collect_view()
    };
    // Every row is rendered once, keyed by its place in the index, and kept in
    // sort order; filtering only hides and shows rows. (Rows that come and go
    // would cost DOM work per keystroke, and each removed row leaves its reactive
    // owner's allocation behind in Leptos 0.8.) A new index (the host's entries
    // changed) renders a new body.
    let body = move || {
        let index = state.index.get();
        let slots = row_slots(state);
        let rows = move || state.order.get();
        let row_view = move |row: usize| {
            let slot = slots.get(row).copied()?;
            Some(view! { <StatusRow state=state index=index.clone() row=row signals=slot /> })
        };
        view! { <For each=rows key=|row| *row children=row_view /> }
    };
    // A permalink (#404): open the marked rows' details and bring the first into
    // view. One effect for the table rather than one per row.
    let table_ref: NodeRef<Table> = NodeRef::new();
    Effect::new(move |_| {
        if state.permalink.with(String::is_empty) {
            return;
        }
        let Some(table) = table_ref.get() else {
            return;
        };
        // After this frame's rendering, when the rows carry their marks.
        request_animation_frame(move || open_targeted(&table));
    });
    view! {
        <div class="table-scroll" class:bounded=move || style_max_height().is_some() style:max-height=style_max_height part="table-scroll">
            <table id="status-table" class="status-table" node_ref=table_ref class:is-empty=empty part="table">
                <caption class="visually-hidden">{text::TABLE_CAPTION}</caption>
                <thead part="head">
                    <tr>
                        <th scope="col" class="col-toggle"><span class="visually-hidden">{text::DETAILS_COLUMN}</span></th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

pub fn column_title(column: SortColumn) -> &'static str {
    match column {
        SortColumn::Code => text::COLUMN_CODE,
        SortColumn::Name => text::COLUMN_NAME,
        SortColumn::Class => text::COLUMN_CLASS,
        SortColumn::Description => text::COLUMN_DESCRIPTION,
    }
}

/// A column header: a `<button>` inside the `<th>`; only the active column
/// carries `aria-sort`, and its arrow is hidden from screen readers.
#[component]
fn SortHeader(state: TableState, column: SortColumn) -> impl IntoView {
    let sort = state.sort;
    let direction = move || sort.with(|s| (s.column == column).then_some(s.direction));
    let aria_sort = move || {
        direction().map(|d| match d {
            SortDirection::Ascending => "ascending",
            SortDirection::Descending => "descending",
        })
    };
    let arrow = move || match direction() {
        Some(SortDirection::Ascending) => "\u{25B2}",
        Some(SortDirection::Descending) => "\u{25BC}",
        None => "\u{2195}",
    };
    view! {
        <th scope="col" class=format!("col-{}", column.key()) aria-sort=aria_sort>
            <button
                type="button"
                class="sort-button"
                data-sort=column.key()
                part="sort-button"
                class:active=move || direction().is_some()
                on:click=move |_| sort.update(|s| *s = s.after_click(column))
            >
                {column_title(column)}
                <span class="sort-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// Opens the details of the rows a permalink marks and brings the first into view.
fn open_targeted(table: &web_sys::HtmlTableElement) {
    // Each closed toggle once: the attribute only changes after the click's update.
    let closed = "tr.targeted:not([hidden]) .details-toggle[aria-expanded=false]";
    if let Ok(toggles) = table.query_selector_all(closed) {
        for i in 0..toggles.length() {
            if let Some(toggle) = toggles.item(i) {
                toggle.unchecked_into::<web_sys::HtmlElement>().click();
            }
        }
    }
    if let Some(row) = table
        .query_selector("tr.targeted:not([hidden])")
        .ok()
        .flatten()
    {
        row.scroll_into_view();
    }
}
