//! The table: sortable headers and keyed rows.

use super::app::TableState;
use super::row::StatusRow;
use super::text;
use crate::query::{SortColumn, SortDirection};
use leptos::prelude::*;

#[component]
pub fn StatusTable(state: TableState) -> impl IntoView {
    let rows = move || state.outcome.with(|o| o.rows.clone());
    let empty = move || state.outcome.with(|o| o.rows.is_empty());
    view! {
        <div class="table-scroll">
            <table id="status-table" class:is-empty=empty>
                <caption class="visually-hidden">{text::TABLE_CAPTION}</caption>
                <thead>
                    <tr>
                        <SortHeader state=state column=SortColumn::Code />
                        <SortHeader state=state column=SortColumn::Name />
                        <SortHeader state=state column=SortColumn::Class />
                        <SortHeader state=state column=SortColumn::Description />
                    </tr>
                </thead>
                <tbody>
                    <For each=rows key=|row| *row let:row>
                        <StatusRow state=state row=row />
                    </For>
                </tbody>
            </table>
        </div>
    }
}

fn column_title(column: SortColumn) -> &'static str {
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
                class:active=move || direction().is_some()
                on:click=move |_| sort.update(|s| *s = s.after_click(column))
            >
                {column_title(column)}
                <span class="sort-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}
