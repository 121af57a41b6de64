//! The standalone page's default view as HTML, written at build time
//! (`src/bin/prerender.rs` puts it into `dist/index.html`): heading, controls,
//! count, header row, every row of the registry, footer. The reader sees the
//! table before any script has run; the app then takes it over (see
//! `table_body`). The shell mirrors the Leptos views (`page.rs`, `widget.rs`,
//! `filter.rs`, `table.rs`; an e2e test compares the two); the rows are
//! written by the same walk as the DOM renderer's (`row_markup`). Controls
//! that need the app are `disabled` until it runs. Pure Rust.

use super::html::Html;
use super::row_markup::{paint_row, RowPlace};
use super::row_model::RowModel;
use crate::config::Theme;
use crate::query::{self, Query, Scope, SearchIndex, SortColumn, SortDirection, SortOrder};
use crate::registry::{Date, REGISTRY_LAST_UPDATED, REGISTRY_URL};
use crate::text::{self, facts};

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

/// `aria-sort` of the active column's header.
pub fn aria_sort(direction: SortDirection) -> &'static str {
    match direction {
        SortDirection::Ascending => "ascending",
        SortDirection::Descending => "descending",
    }
}

/// The inside of the page's `#app`: the default view of `index` (no filter,
/// code order, unofficial codes hidden), dated `today` (for temporary
/// registrations; the app checks them again against the reader's clock).
pub fn standalone_page(index: &SearchIndex, today: Date) -> String {
    let mut html = Html::default();
    let page = html.add(None, "div", "page", &[]);
    let header = html.add(Some(page), "header", "page-header", &[]);
    html.add_with_text(header, "h1", "", &[], text::TITLE);
    html.add_with_text(header, "p", "intro", &[], text::INTRO);
    let main = html.add(Some(page), "main", "", &[]);
    widget(&mut html, main, index, today);
    footer(&mut html, page);
    html.to_html(page)
}

fn widget(html: &mut Html, parent: usize, index: &SearchIndex, today: Date) {
    let class = ["hst ", Theme::Auto.class_name()].concat();
    let widget = html.add(Some(parent), "div", &class, &[("part", "widget")]);
    let controls = html.add(
        Some(widget),
        "div",
        "controls",
        &[("role", "search"), ("part", "controls")],
    );
    let filter = html.add(Some(controls), "div", "filter", &[]);
    html.add_with_text(
        filter,
        "label",
        "",
        &[("for", "filter")],
        text::FILTER_LABEL,
    );
    html.add(
        Some(filter),
        "input",
        "",
        &[
            ("id", "filter"),
            ("type", "search"),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("aria-describedby", "filter-help"),
            ("placeholder", text::FILTER_PLACEHOLDER),
        ],
    );
    html.add_with_text(
        filter,
        "p",
        "help",
        &[("id", "filter-help")],
        text::FILTER_HELP,
    );
    let toggle = html.add(Some(controls), "label", "toggle", &[]);
    html.add(
        Some(toggle),
        "input",
        "",
        &[("id", "show-unofficial"), ("type", "checkbox")],
    );
    html.add_with_text(toggle, "span", "", &[], text::SHOW_UNOFFICIAL);
    // Said only when the app cannot run: in <noscript>, or shown by the loader.
    let noscript = html.add(Some(widget), "noscript", "", &[]);
    html.add_with_text(noscript, "p", "no-app", &[], text::NEEDS_SCRIPT);
    html.add_with_text(
        widget,
        "p",
        "no-app",
        &[("id", "no-app"), ("hidden", "")],
        text::NEEDS_SCRIPT,
    );

    let sort = SortOrder::default();
    let order = query::sorted_rows(index, sort);
    let outcome = query::filter_in_order(index, &Query::default(), Scope::default(), &order);
    let summary = html.add(Some(widget), "div", "summary", &[]);
    html.add_with_text(
        summary,
        "p",
        "count",
        &[("id", "result-count"), ("data-starting", text::STARTING)],
        &text::result_count(outcome.rows.len(), outcome.total),
    );
    let export = html.add(
        Some(summary),
        "div",
        "export",
        &[
            ("role", "group"),
            ("aria-label", text::EXPORT_LABEL),
            ("part", "export"),
        ],
    );
    let scope = facts::download_scope(outcome.rows.len());
    for (class, label) in [
        ("download-csv", facts::DOWNLOAD_CSV),
        ("download-json", facts::DOWNLOAD_JSON),
    ] {
        let attributes = [("type", "button"), ("title", &scope), ("disabled", "")];
        html.add_with_text(export, "button", class, &attributes, label);
    }
    html.add(
        Some(summary),
        "p",
        "visually-hidden",
        &[
            ("id", "result-announcement"),
            ("role", "status"),
            ("aria-live", "polite"),
        ],
    );
    html.add(Some(summary), "ul", "notices", &[]);
    table(html, widget, index, sort, &order, &outcome.rows, today);
}

fn table(
    html: &mut Html,
    parent: usize,
    index: &SearchIndex,
    sort: SortOrder,
    order: &[usize],
    shown: &[usize],
    today: Date,
) {
    let scroll = html.add(
        Some(parent),
        "div",
        "table-scroll",
        &[("part", "table-scroll")],
    );
    let table = html.add(
        Some(scroll),
        "table",
        "status-table",
        &[("id", "status-table"), ("part", "table")],
    );
    html.add_with_text(
        table,
        "caption",
        "visually-hidden",
        &[],
        text::TABLE_CAPTION,
    );
    let head = html.add(Some(table), "thead", "", &[("part", "head")]);
    let header_row = html.add(Some(head), "tr", "", &[]);
    let toggle = html.add(Some(header_row), "th", "col-toggle", &[("scope", "col")]);
    html.add_with_text(toggle, "span", "visually-hidden", &[], text::DETAILS_COLUMN);
    for column in SortColumn::ALL {
        let class = ["col-", column.key()].concat();
        let active = (sort.column == column).then_some(sort.direction);
        let th = match active {
            Some(direction) => html.add(
                Some(header_row),
                "th",
                &class,
                &[("scope", "col"), ("aria-sort", aria_sort(direction))],
            ),
            None => html.add(Some(header_row), "th", &class, &[("scope", "col")]),
        };
        let button_class = if active.is_some() {
            "sort-button active"
        } else {
            "sort-button"
        };
        let button = html.add_with_text(
            th,
            "button",
            button_class,
            &[
                ("type", "button"),
                ("data-sort", column.key()),
                ("part", "sort-button"),
                ("disabled", ""),
            ],
            column_title(column),
        );
        html.add_with_text(
            button,
            "span",
            "sort-arrow",
            &[("aria-hidden", "true")],
            sort_arrow(active),
        );
    }
    let body = html.add(Some(table), "tbody", "", &[]);
    let mut is_shown = vec![false; index.len()];
    for &row in shown {
        if let Some(slot) = is_shown.get_mut(row) {
            *slot = true;
        }
    }
    let mut anchored = std::collections::HashSet::new();
    for &row in order {
        let Some((entry, keys)) = index.get(row) else {
            continue;
        };
        let model = RowModel::new(entry, &SortColumn::ALL, today);
        let place = RowPlace {
            row,
            hidden: !is_shown.get(row).copied().unwrap_or(false),
            // The first official row of a code (they are unique in the registry).
            anchor: entry.is_official() && anchored.insert(entry.code),
        };
        let Ok(painted) = paint_row(html, &model, entry, keys, place);
        html.append(body, painted.tr);
    }
}

fn footer(html: &mut Html, page: usize) {
    let footer = html.add(Some(page), "footer", "page-footer", &[]);
    let line = html.add(Some(footer), "p", "", &[]);
    html.add_text(line, text::FOOTER_SOURCE);
    html.add_with_text(
        line,
        "a",
        "",
        &[("href", REGISTRY_URL)],
        text::FOOTER_REGISTRY,
    );
    html.add_text(line, text::FOOTER_AS_OF);
    let date = REGISTRY_LAST_UPDATED.to_string();
    html.add_with_text(line, "time", "", &[("datetime", &date)], &date);
    html.add_text(line, text::FOOTER_OURS);
}
