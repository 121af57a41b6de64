//! The fixed markup around the rows, written once for every renderer: the
//! widget (controls, summary, table head and body) and the standalone page
//! around it (heading, footer). Like a row (`row_markup`), it is written
//! through a [`Markup`]: as HTML at build time (`page_html`, the served page)
//! and as DOM at run time (`widget.rs`, which then binds the parts that
//! follow the state). One walk, so the served page and the app cannot differ
//! in structure. What changes with the state (texts, classes, the sort
//! marks) is written here only as the default view shows it. Pure Rust.

use super::row_markup::Markup;
use crate::config::Theme;
use crate::query::{SortColumn, SortDirection, SortOrder};
use crate::registry::{REGISTRY_LAST_UPDATED, REGISTRY_URL};
use crate::text::{self, facts};

/// What the fixed markup shows.
pub struct ShellView<'a> {
    /// The widget root's class (theme and flags).
    pub root_class: &'a str,
    /// Written for the served page: controls that need the app are `disabled`,
    /// and the notes for when it cannot run are included.
    pub served: bool,
    pub columns: &'a [SortColumn],
    pub sort: SortOrder,
    /// The result count as first shown.
    pub count: &'a str,
    /// The export buttons' title as first shown.
    pub download_scope: &'a str,
}

/// The widget root's class: the theme, then the flags that are on.
pub fn root_class(theme: Theme, compact: bool, host_scheme: bool) -> String {
    let mut class = ["hst ", theme.class_name()].concat();
    if compact {
        class.push_str(" compact");
    }
    if host_scheme {
        class.push_str(" host-scheme");
    }
    class
}

/// The widget root's class as served (theme "auto", no flags).
pub fn served_root_class() -> String {
    root_class(Theme::Auto, false, false)
}

/// What [`ShellView::served`] adds, for the take-over to remove: the notes for
/// when the app cannot run, and the marks of what waits for it (`disabled` on
/// the buttons, `data-starting` on the count).
pub const SERVED_NOTES: &str = "noscript, #no-app";
pub const WAITING_BUTTONS: &str = "button[disabled]";
pub const STARTING_COUNT: &str = "#result-count[data-starting]";

/// A sortable column's header.
pub struct HeaderNodes<N> {
    pub column: SortColumn,
    pub th: N,
    pub button: N,
    pub arrow: N,
}

/// The widget's elements that the app binds to its state.
pub struct WidgetNodes<N> {
    pub root: N,
    pub controls: N,
    pub filter_input: N,
    pub show_unofficial: N,
    pub summary: N,
    pub count: N,
    pub download_csv: N,
    pub download_json: N,
    pub announcement: N,
    pub notices: N,
    pub table_scroll: N,
    pub table: N,
    pub header_row: N,
    pub headers: Vec<HeaderNodes<N>>,
    pub body: N,
}

/// `<tag class=…>` with `attributes`, appended to `parent`.
pub fn add<M: Markup + ?Sized>(
    m: &mut M,
    parent: Option<&M::Node>,
    tag: &'static str,
    class: &str,
    attributes: &[(&'static str, &str)],
) -> Result<M::Node, M::Error> {
    let node = m.element(parent, tag, class)?;
    for &(name, value) in attributes {
        // Not `common`: values may come from data (a DOM renderer would
        // otherwise keep every one it saw).
        m.attribute(&node, name, value, false)?;
    }
    Ok(node)
}

/// [`add`], then `text` inside.
pub fn add_text<M: Markup + ?Sized>(
    m: &mut M,
    parent: &M::Node,
    tag: &'static str,
    class: &str,
    attributes: &[(&'static str, &str)],
    text: &str,
) -> Result<M::Node, M::Error> {
    let node = add(m, Some(parent), tag, class, attributes)?;
    if !text.is_empty() {
        m.text(&node, text, false)?;
    }
    Ok(node)
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

/// A column's header text.
pub fn column_title(column: SortColumn) -> &'static str {
    match column {
        SortColumn::Code => text::COLUMN_CODE,
        SortColumn::Name => text::COLUMN_NAME,
        SortColumn::Class => text::COLUMN_CLASS,
        SortColumn::Description => text::COLUMN_DESCRIPTION,
    }
}

/// The sort button's class.
pub fn sort_button_class(active: bool) -> &'static str {
    if active {
        "sort-button active"
    } else {
        "sort-button"
    }
}

/// The standalone page's heading and `<main>`, in a new `div.page` (the
/// widget goes into the `<main>`, then the [`footer`]). Returns (page, main).
pub fn page_start<M: Markup + ?Sized>(m: &mut M) -> Result<(M::Node, M::Node), M::Error> {
    let page = add(m, None, "div", "page", &[])?;
    let header = add(m, Some(&page), "header", "page-header", &[])?;
    add_text(m, &header, "h1", "", &[], text::TITLE)?;
    add_text(m, &header, "p", "intro", &[], text::INTRO)?;
    let main = add(m, Some(&page), "main", "", &[])?;
    Ok((page, main))
}

/// The standalone page's footer: where the registry comes from, and as of when.
pub fn footer<M: Markup + ?Sized>(m: &mut M, page: &M::Node) -> Result<(), M::Error> {
    let footer = add(m, Some(page), "footer", "page-footer", &[])?;
    let line = add(m, Some(&footer), "p", "", &[])?;
    m.text(&line, text::FOOTER_SOURCE, false)?;
    add_text(
        m,
        &line,
        "a",
        "",
        &[("href", REGISTRY_URL)],
        text::FOOTER_REGISTRY,
    )?;
    m.text(&line, text::FOOTER_AS_OF, false)?;
    let date = REGISTRY_LAST_UPDATED.to_string();
    add_text(m, &line, "time", "", &[("datetime", &date)], &date)?;
    m.text(&line, text::FOOTER_OURS, false)
}

/// The widget, in `parent`: controls, summary and the table with an empty body.
pub fn widget<M: Markup + ?Sized>(
    m: &mut M,
    parent: Option<&M::Node>,
    view: &ShellView,
) -> Result<WidgetNodes<M::Node>, M::Error> {
    let root = add(m, parent, "div", view.root_class, &[("part", "widget")])?;
    let controls = add(
        m,
        Some(&root),
        "div",
        "controls",
        &[("role", "search"), ("part", "controls")],
    )?;
    let filter = add(m, Some(&controls), "div", "filter", &[])?;
    add_text(
        m,
        &filter,
        "label",
        "",
        &[("for", "filter")],
        text::FILTER_LABEL,
    )?;
    let filter_input = add(
        m,
        Some(&filter),
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
    )?;
    add_text(
        m,
        &filter,
        "p",
        "help",
        &[("id", "filter-help")],
        text::FILTER_HELP,
    )?;
    let toggle = add(m, Some(&controls), "label", "toggle", &[])?;
    let show_unofficial = add(
        m,
        Some(&toggle),
        "input",
        "",
        &[("id", "show-unofficial"), ("type", "checkbox")],
    )?;
    add_text(m, &toggle, "span", "", &[], text::SHOW_UNOFFICIAL)?;
    if view.served {
        // Said only when the app cannot run: in <noscript>, or shown by the loader.
        let noscript = add(m, Some(&root), "noscript", "", &[])?;
        add_text(m, &noscript, "p", "no-app", &[], text::NEEDS_SCRIPT)?;
        add_text(
            m,
            &root,
            "p",
            "no-app",
            &[("id", "no-app"), ("hidden", "")],
            text::NEEDS_SCRIPT,
        )?;
    }
    let summary = add(m, Some(&root), "div", "summary", &[])?;
    let count_attributes: &[(&'static str, &str)] = if view.served {
        &[("id", "result-count"), ("data-starting", text::STARTING)]
    } else {
        &[("id", "result-count")]
    };
    let count = add_text(m, &summary, "p", "count", count_attributes, view.count)?;
    let export = add(
        m,
        Some(&summary),
        "div",
        "export",
        &[
            ("role", "group"),
            ("aria-label", text::EXPORT_LABEL),
            ("part", "export"),
        ],
    )?;
    let mut export_button = |class: &str, label: &str| {
        let title = ("title", view.download_scope);
        let attributes: &[(&'static str, &str)] = if view.served {
            &[("type", "button"), title, ("disabled", "")]
        } else {
            &[("type", "button"), title]
        };
        add_text(m, &export, "button", class, attributes, label)
    };
    let download_csv = export_button("download-csv", facts::DOWNLOAD_CSV)?;
    let download_json = export_button("download-json", facts::DOWNLOAD_JSON)?;
    let announcement = add(
        m,
        Some(&summary),
        "p",
        "visually-hidden",
        &[
            ("id", "result-announcement"),
            ("role", "status"),
            ("aria-live", "polite"),
        ],
    )?;
    let notices = add(m, Some(&summary), "ul", "notices", &[])?;
    let (table_scroll, table, header_row, headers, body) = table(m, &root, view)?;
    Ok(WidgetNodes {
        root,
        controls,
        filter_input,
        show_unofficial,
        summary,
        count,
        download_csv,
        download_json,
        announcement,
        notices,
        table_scroll,
        table,
        header_row,
        headers,
        body,
    })
}

type TableNodes<N> = (N, N, N, Vec<HeaderNodes<N>>, N);

fn table<M: Markup + ?Sized>(
    m: &mut M,
    root: &M::Node,
    view: &ShellView,
) -> Result<TableNodes<M::Node>, M::Error> {
    let scroll = add(
        m,
        Some(root),
        "div",
        "table-scroll",
        &[("part", "table-scroll")],
    )?;
    let table = add(
        m,
        Some(&scroll),
        "table",
        "status-table",
        &[("id", "status-table"), ("part", "table")],
    )?;
    add_text(
        m,
        &table,
        "caption",
        "visually-hidden",
        &[],
        text::TABLE_CAPTION,
    )?;
    let head = add(m, Some(&table), "thead", "", &[("part", "head")])?;
    let header_row = add(m, Some(&head), "tr", "", &[])?;
    let mut headers = Vec::with_capacity(view.columns.len());
    for &column in view.columns {
        let active = (view.sort.column == column).then_some(view.sort.direction);
        headers.push(header(m, &header_row, column, active, view.served)?);
    }
    let body = add(m, Some(&table), "tbody", "", &[])?;
    Ok((scroll, table, header_row, headers, body))
}

/// A column's header, at the end of `header_row`: a `<button>` in the `<th>`;
/// only the active column carries `aria-sort`, and its arrow is hidden from
/// screen readers. Served, the button waits for the app: `disabled`.
pub fn header<M: Markup + ?Sized>(
    m: &mut M,
    header_row: &M::Node,
    column: SortColumn,
    active: Option<SortDirection>,
    served: bool,
) -> Result<HeaderNodes<M::Node>, M::Error> {
    let class = ["col-", column.key()].concat();
    let th = match active {
        Some(direction) => add(
            m,
            Some(header_row),
            "th",
            &class,
            &[("scope", "col"), ("aria-sort", aria_sort(direction))],
        )?,
        None => add(m, Some(header_row), "th", &class, &[("scope", "col")])?,
    };
    let button_attributes: &[(&'static str, &str)] = &[
        ("type", "button"),
        ("data-sort", column.key()),
        ("part", "sort-button"),
        ("disabled", ""),
    ];
    let attributes = if served {
        button_attributes
    } else {
        &button_attributes[..3]
    };
    let button = add_text(
        m,
        &th,
        "button",
        sort_button_class(active.is_some()),
        attributes,
        column_title(column),
    )?;
    let arrow = add_text(
        m,
        &button,
        "span",
        "sort-arrow",
        &[("aria-hidden", "true")],
        sort_arrow(active),
    )?;
    Ok(HeaderNodes {
        column,
        th,
        button,
        arrow,
    })
}
