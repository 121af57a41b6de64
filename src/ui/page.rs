//! The standalone page around one widget: heading, widget, footer (the same
//! markup as the served page, from `shell`). In the iframe mode (`?embed=1`)
//! the widget alone. What the page does with its URL and its parent frame is
//! the host layer's (`host::page`).

use super::dom::{Dom, DomResult};
use super::shell::{self, add};
use super::state::TableState;
use super::widget::{build_widget, WidgetView};
use web_sys::{Document, Element};

/// Builds the page for `state` at the end of `holder`.
pub fn build_page(
    state: TableState,
    document: &Document,
    holder: &Element,
    embedded: bool,
) -> DomResult<WidgetView> {
    let dom = &mut Dom { document };
    if embedded {
        let main = add(dom, Some(holder), "main", "embedded", &[])?;
        return build_widget(state, document, &main);
    }
    let (page, main) = shell::page_start(dom)?;
    holder.append_with_node_1(&page)?;
    let widget = build_widget(state, document, &main)?;
    shell::footer(&mut Dom { document }, &page)?;
    Ok(widget)
}
