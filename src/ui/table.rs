//! The table: sortable headers, and the body of rows in the columns the host chose.

use super::dom::{set_attribute, set_text, toggle_class, Bindings, Dom, DomMarkup};
use super::shell::{self, aria_sort, sort_arrow, sort_button_class, HeaderNodes, WidgetNodes};
use super::state::TableState;
use super::table_body;
use crate::query::SortColumn;
use reactive_graph::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The headers, the scroll box and the body, kept in step with the state.
pub fn bind_table(
    bindings: &mut Bindings,
    state: TableState,
    document: &Document,
    nodes: &WidgetNodes<Element>,
) {
    let scroll: HtmlElement = nodes.table_scroll.clone().unchecked_into();
    bindings.effect(move || {
        let max_height = state.settings.with(|s| s.max_height.clone());
        toggle_class(&scroll, "bounded", max_height.is_some());
        // Through the CSSOM, not a `style` attribute: a strict CSP (no
        // 'unsafe-inline' for style-src-attr) allows only the former. Fails
        // only on a value the CSS parser refuses, which options validate.
        let style = scroll.style();
        let _ = match &max_height {
            Some(height) => style.set_property("max-height", height),
            None => style.remove_property("max-height").map(drop),
        };
    });
    let table = nodes.table.clone();
    bindings.effect(move || {
        let empty = state.outcome.with(|o| o.rows.is_empty());
        toggle_class(&table, "is-empty", empty);
    });
    bind_headers(bindings, state, document, nodes);
    // Rows are drawn with direct DOM calls and only shown, hidden and moved
    // afterwards (see `table_body`); one listener serves every details toggle.
    let body = table_body::attach(state, nodes.body.clone());
    let keyed = body.clone();
    bindings.on(&nodes.body, "click", move |event| {
        table_body::toggle_clicked(&body, &event, state);
    });
    bindings.on(&nodes.body, "keydown", move |event| {
        table_body::toggle_key(&keyed, &event, state);
    });
}

/// The headers that are there, and what keeps them up to date.
struct Headers {
    columns: Vec<SortColumn>,
    nodes: Vec<HeaderNodes<Element>>,
    bindings: Bindings,
}

/// One header per column shown (built anew when the columns change), each
/// marking the sort and changing it when clicked.
fn bind_headers(bindings: &mut Bindings, state: TableState, document: &Document, nodes: &WidgetNodes<Element>) {
    // The columns the headers were built for (the served page's may differ
    // from the state's: the effect below then builds them anew).
    let built = Rc::new(RefCell::new(Headers {
        columns: nodes.headers.iter().map(|h| h.column).collect(),
        nodes: Vec::new(),
        bindings: Bindings::default(),
    }));
    if let Ok(mut headers) = built.try_borrow_mut() {
        headers.nodes = nodes
            .headers
            .iter()
            .map(|h| HeaderNodes {
                column: h.column,
                th: h.th.clone(),
                button: h.button.clone(),
                arrow: h.arrow.clone(),
            })
            .collect();
        headers.bindings = header_bindings(state, &headers.nodes);
    }
    let (document, header_row) = (document.clone(), nodes.header_row.clone());
    bindings.effect(move || {
        let columns = state.columns.get();
        let Ok(mut headers) = built.try_borrow_mut() else {
            return;
        };
        if headers.columns == columns {
            return;
        }
        for old in headers.nodes.drain(..) {
            old.th.remove();
        }
        let dom: &mut DomMarkup = &mut Dom {
            document: &document,
        };
        headers.nodes = columns
            .iter()
            .filter_map(|&column| shell::header(dom, &header_row, column, None, false).ok())
            .collect();
        headers.bindings = header_bindings(state, &headers.nodes);
        headers.columns = columns;
    });
}

fn header_bindings(state: TableState, headers: &[HeaderNodes<Element>]) -> Bindings {
    let mut bindings = Bindings::default();
    let sort = state.sort;
    for header in headers {
        let HeaderNodes {
            column,
            th,
            button,
            arrow,
        } = header;
        let column = *column;
        let (th, marked, arrow) = (th.clone(), button.clone(), arrow.clone());
        bindings.effect(move || {
            let direction = sort.with(|s| (s.column == column).then_some(s.direction));
            set_attribute(&th, "aria-sort", direction.map(aria_sort));
            let class = sort_button_class(direction.is_some());
            if marked.class_name() != class {
                marked.set_class_name(class);
            }
            set_text(&arrow, sort_arrow(direction));
        });
        bindings.on(button, "click", move |_| sort.update(|s| *s = s.after_click(column)));
    }
    bindings
}
