//! The standalone page's default view as HTML, written at build time
//! (`src/bin/prerender.rs` puts it into `dist/index.html`): heading, controls,
//! count, header row, every row of the registry, footer. The reader sees the
//! table before any script has run; the app then takes it over (see
//! `table_body`). The markup around the rows is the app's own (`shell`), and
//! the rows are written by the same walk as the DOM renderer's (`row_markup`).
//! Controls that need the app are `disabled` until it runs. Pure Rust.

use super::html::Html;
use super::row_markup::{paint_row, shown_places, RowPlace};
use super::row_model::RowModel;
use super::shell::{self, ShellView};
use crate::query::{self, Query, Scope, SearchIndex, SortColumn, SortOrder};
use crate::registry::Date;
use crate::text::{self, facts};
use std::convert::Infallible;

/// The inside of the page's `#app`: the default view of `index` (no filter,
/// code order, unofficial codes hidden), dated `today` (for temporary
/// registrations; the app checks them again against the reader's clock).
pub fn standalone_page(index: &SearchIndex, today: Date) -> String {
    let mut html = Html::default();
    let Ok(page) = write_page(&mut html, index, today);
    html.to_html(page)
}

fn write_page(html: &mut Html, index: &SearchIndex, today: Date) -> Result<usize, Infallible> {
    let (page, main) = shell::page_start(html)?;
    let sort = SortOrder::default();
    let order = query::sorted_rows(index, sort);
    let outcome = query::filter_in_order(index, &Query::default(), Scope::default(), &order);
    let root_class = shell::served_root_class();
    let view = ShellView {
        root_class: &root_class,
        served: true,
        columns: &SortColumn::ALL,
        sort,
        count: &text::result_count(outcome.rows.len(), outcome.total),
        download_scope: &facts::download_scope(outcome.rows.len()),
    };
    let widget = shell::widget(html, Some(&main), &view)?;
    rows(html, widget.body, index, &order, &outcome.rows, today);
    shell::footer(html, &page)?;
    Ok(page)
}

/// Every entry's row, in `order`; those not in `shown` hidden.
fn rows(
    html: &mut Html,
    body: usize,
    index: &SearchIndex,
    order: &[usize],
    shown: &[usize],
    today: Date,
) {
    let shown_at = shown_places(index.len(), shown);
    let mut anchored = std::collections::HashSet::new();
    for &row in order {
        let Some((entry, keys)) = index.get(row) else {
            continue;
        };
        let model = RowModel::new(entry, &SortColumn::ALL, today);
        let place = RowPlace {
            row,
            shown_at: shown_at.get(row).copied().flatten(),
            // The first official row of a code (they are unique in the registry).
            anchor: entry.is_official() && anchored.insert(entry.code),
        };
        let Ok(painted) = paint_row(html, &model, entry, keys, place);
        html.append(body, painted.tr);
    }
}
