//! The widget proper: controls, summary and table, without page chrome. The
//! standalone page, the iframe mode and every embedded widget build this: the
//! shell's markup (`shell`) as DOM, then each part bound to the state.

use super::dom::{set_text, Bindings, Dom, DomResult, DomMarkup};
use super::shell::{self, add, add_text, ShellView, WidgetNodes};
use super::state::TableState;
use super::{download, filter, table};
use crate::query::{SortColumn, SortOrder};
use crate::text;
use reactive_graph::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

/// A built widget. Dropping it stops its updates and listeners; its elements
/// stay where they are until removed.
pub struct WidgetView {
    pub root: Element,
    pub filter_input: HtmlInputElement,
    _bindings: Bindings,
}

/// Builds the widget for `state` at the end of `parent`.
pub fn build_widget(state: TableState, document: &Document, parent: &Element) -> DomResult<WidgetView> {
    let columns = state.columns.get_untracked();
    let view = live_view(&columns);
    let nodes = shell::widget(&mut Dom { document } as &mut DomMarkup, Some(parent), &view)?;
    Ok(bind_widget(state, document, nodes))
}

/// The shell as the app writes it: its texts, classes and sort marks are
/// then set by the bindings.
pub fn live_view(columns: &[SortColumn]) -> ShellView<'_> {
    ShellView {
        root_class: "hst",
        served: false,
        columns,
        sort: SortOrder::default(),
        count: "",
        download_scope: "",
    }
}

/// Binds the widget's elements (built or adopted) to `state`.
pub fn bind_widget(state: TableState, document: &Document, nodes: WidgetNodes<Element>) -> WidgetView {
    let filter_input: HtmlInputElement = nodes.filter_input.clone().unchecked_into();
    let mut bindings = Bindings::default();
    bind_root(&mut bindings, state, &nodes);
    bind_problems(&mut bindings, state, document, &nodes);
    filter::bind_controls(&mut bindings, state, &nodes);
    filter::bind_summary(&mut bindings, state, document, &nodes, &filter_input);
    download::bind_export(&mut bindings, state, &nodes);
    table::bind_table(&mut bindings, state, document, &nodes);
    WidgetView {
        root: nodes.root,
        filter_input,
        _bindings: bindings,
    }
}

/// The root's class: the theme, and the compact and host-scheme flags.
fn bind_root(bindings: &mut Bindings, state: TableState, nodes: &WidgetNodes<Element>) {
    let root = nodes.root.clone();
    bindings.effect(move || {
        let host_scheme = state.host_scheme.get();
        let class = state
            .settings
            .with(|s| shell::root_class(s.theme, s.compact, host_scheme));
        if root.class_name() != class {
            root.set_class_name(&class);
        }
    });
}

/// Options the host gave that could not be used: each with its name and
/// reason, as text (a host's value never becomes markup), above the controls.
fn bind_problems(bindings: &mut Bindings, state: TableState, document: &Document, nodes: &WidgetNodes<Element>) {
    let (root, controls) = (nodes.root.clone(), nodes.controls.clone());
    let document = document.clone();
    let mut shown: Option<Element> = None;
    bindings.effect(move || {
        let problems = state.problems.get();
        if let Some(old) = shown.take() {
            old.remove();
        }
        if problems.is_empty() {
            return;
        }
        let dom: &mut DomMarkup = &mut Dom {
            document: &document,
        };
        let built = (|| -> DomResult<Element> {
            let block = add(dom, None, "div", "config-problems", &[("part", "problems")])?;
            add_text(dom, &block, "p", "", &[], text::PROBLEMS_INTRO)?;
            let list = add(dom, Some(&block), "ul", "", &[])?;
            // Fifty thousand bad entries must not become fifty thousand list items.
            for problem in problems.iter().take(text::PROBLEMS_SHOWN) {
                let item = add(dom, Some(&list), "li", "", &[])?;
                add_text(dom, &item, "code", "", &[], &problem.option)?;
                item.append_with_str_1(": ")?;
                item.append_with_str_1(&problem.message)?;
            }
            let more = problems.len().saturating_sub(text::PROBLEMS_SHOWN);
            if more > 0 {
                add_text(dom, &block, "p", "", &[], &text::more_problems(more))?;
            }
            root.insert_before(&block, Some(&controls))?;
            Ok(block)
        })();
        shown = built.ok();
    });
}

/// Writes `text` into `element` whenever `text` gives a new value.
pub fn bind_text(bindings: &mut Bindings, element: &Element, text: impl Fn() -> String + 'static) {
    let element = element.clone();
    bindings.effect(move || set_text(&element, &text()));
}
