//! The standalone page around one widget: heading, widget, footer (the same
//! markup as the served page, from `shell`). In the iframe mode (`?embed=1`)
//! the widget alone. What the page does with its URL and its parent frame is
//! the host layer's (`host::page`).

use super::dom::{Adopt, Dom, DomResult, DomMarkup};
use super::shell::{self, add, ShellView};
use super::state::TableState;
use super::widget::{bind_widget, build_widget, live_view, WidgetView};
use crate::query::SortColumn;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlInputElement};

/// Builds the page for `state` at the end of `holder`.
pub fn build_page(
    state: TableState,
    document: &Document,
    holder: &Element,
    embedded: bool,
) -> DomResult<WidgetView> {
    let dom: &mut DomMarkup = &mut Dom { document };
    if embedded {
        let main = add(dom, Some(holder), "main", "embedded", &[])?;
        return build_widget(state, document, &main);
    }
    let (page, main) = shell::page_start(dom)?;
    holder.append_with_node_1(&page)?;
    let widget = build_widget(state, document, &main)?;
    shell::footer(&mut Dom { document } as &mut DomMarkup, &page)?;
    Ok(widget)
}

/// Takes over the page the build wrote into `root` (`#app`, see `page_html`):
/// what only the served page has goes, the rest is found by the same walk
/// that builds it (nothing is drawn again, so nothing moves) and bound to
/// `state`. In the iframe mode the heading and footer go too. Fails if the
/// page is not what this build writes (the host then builds it afresh).
pub fn adopt_page(
    state: TableState,
    document: &Document,
    root: &Element,
    embedded: bool,
) -> DomResult<WidgetView> {
    let page = root
        .first_element_child()
        .ok_or_else(|| JsValue::from_str("the served page is empty"))?;
    let served_class = shell::served_root_class();
    let view = ShellView {
        root_class: &served_class,
        ..live_view(&SortColumn::ALL)
    };
    let adopt: &mut DomMarkup = &mut Adopt::new(page, "the served page differs");
    remove_all(root, shell::SERVED_NOTES)?;
    let (page, main) = shell::page_start(adopt)?;
    let nodes = shell::widget(adopt, Some(&main), &view)?;
    shell::footer(adopt, &page)?;
    for_each(root, shell::WAITING_BUTTONS, |button| button.remove_attribute("disabled"))?;
    for_each(root, shell::STARTING_COUNT, |count| count.remove_attribute("data-starting"))?;
    if embedded {
        // The widget alone: the same room it had (see page.css), so nothing moves.
        let input: &HtmlInputElement = nodes.filter_input.unchecked_ref();
        let focused = document.active_element().is_some_and(|e| e == nodes.filter_input);
        let selection = (input.selection_start(), input.selection_end());
        main.set_class_name("embedded");
        page.replace_with_with_node_1(&main)?;
        if focused {
            // Moving the box took its focus; it gets it back with its caret.
            input.focus()?;
            if let (Ok(Some(start)), Ok(Some(end))) = selection {
                input.set_selection_range(start, end)?;
            }
        }
    }
    Ok(bind_widget(state, document, nodes))
}

/// Calls `change` on every element in `root` that `selector` finds.
fn for_each(root: &Element, selector: &str, change: impl Fn(&Element) -> DomResult<()>) -> DomResult<()> {
    let found = root.query_selector_all(selector)?;
    for i in 0..found.length() {
        if let Some(element) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            change(&element)?;
        }
    }
    Ok(())
}

fn remove_all(root: &Element, selector: &str) -> DomResult<()> {
    for_each(root, selector, |element| {
        element.remove();
        Ok(())
    })
}
