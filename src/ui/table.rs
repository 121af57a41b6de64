//! The table: sortable headers, and the body of rows in the columns the host chose.

use super::state::TableState;
use super::table_body;
pub use super::page_html::column_title;
use super::page_html::{aria_sort, sort_arrow};
use crate::query::SortColumn;
use crate::text;
use leptos::html::Tbody;
use leptos::prelude::*;

#[component]
pub fn StatusTable(state: TableState) -> impl IntoView {
    let empty = move || state.outcome.with(|o| o.rows.is_empty());
    let style_max_height = move || state.settings.with(|s| s.max_height.clone());
    let headers = move || {
        state
            .columns
            .get()
            .into_iter()
            .map(|column| view! { <SortHeader state=state column=column /> })
            .collect_view()
    };
    // Rows are drawn with direct DOM calls and only shown, hidden and moved
    // afterwards (see `table_body`); one listener serves every details toggle.
    let body_ref: NodeRef<Tbody> = NodeRef::new();
    let body = table_body::attach(state, body_ref);
    let on_body_click = move |event: leptos::ev::MouseEvent| {
        table_body::toggle_clicked(&body, &event, state);
    };
    view! {
        <div class="table-scroll" class:bounded=move || style_max_height().is_some() style:max-height=style_max_height part="table-scroll">
            <table id="status-table" class="status-table" class:is-empty=empty part="table">
                <caption class="visually-hidden">{text::TABLE_CAPTION}</caption>
                <thead part="head">
                    <tr>
                        <th scope="col" class="col-toggle"><span class="visually-hidden">{text::DETAILS_COLUMN}</span></th>
                        {headers}
                    </tr>
                </thead>
                <tbody node_ref=body_ref on:click=on_body_click></tbody>
            </table>
        </div>
    }
}

/// A column header: a `<button>` inside the `<th>`; only the active column
/// carries `aria-sort`, and its arrow is hidden from screen readers.
#[component]
fn SortHeader(state: TableState, column: SortColumn) -> impl IntoView {
    let sort = state.sort;
    let direction = move || sort.with(|s| (s.column == column).then_some(s.direction));
    let aria_sort = move || direction().map(aria_sort);
    let arrow = move || sort_arrow(direction());
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
