//! The standalone page around one widget: heading, widget, footer. Rendered
//! at build time into `dist/index.html` (`src/bin/prerender.rs`) and hydrated
//! in the browser (`host::page`). In the iframe mode (`?embed=1`) the widget
//! stands alone: the heading and footer go.

use super::paced::Paced;
use super::state::TableState;
use super::table::RowsLater;
use super::widget::StatusWidget;
use crate::registry::{REGISTRY_LAST_UPDATED, REGISTRY_URL};
use crate::text;
use leptos::html::Input;
use leptos::prelude::*;

/// The attribute of `#app` that holds the date the served page was rendered
/// on: the app hydrates it as of that date, then applies the reader's.
pub const RENDERED_ON: &str = "data-rendered-on";

#[component]
pub fn StandalonePage(
    /// The widget's state.
    state: TableState,
    /// The filter box, for the page's `/` shortcut.
    filter_input: NodeRef<Input>,
    /// Whether the page is the iframe way in (`?embed=1`): the widget without
    /// heading and footer. Known only in the browser: none, not framed. (Not
    /// a `Signal<bool>`: its dispatch, used nowhere else, costs 1.0 kB brotli.)
    #[prop(optional)]
    framed: Option<ReadSignal<bool>>,
    /// Given when the page is hydrated in steps: the table's rows wait for it.
    #[prop(optional_no_strip)]
    rows_later: Option<RowsLater>,
) -> impl IntoView {
    // In the iframe mode the heading and footer are not shown (page.css):
    // the frame holds the widget alone.
    view! {
        <div class="page" class:framed=move || framed.is_some_and(|f| f.get())>
            {Paced(|| view! {
                <header class="page-header">
                    <h1>{text::TITLE}</h1>
                    <p class="intro">{text::INTRO}</p>
                </header>
            })}
            <main>
                <StatusWidget
                    state=state
                    filter_input=filter_input
                    served=true
                    anchors=true
                    rows_later=rows_later
                />
            </main>
            {Paced(|| {
                let date = REGISTRY_LAST_UPDATED.to_string();
                let datetime = date.clone();
                view! {
                    <footer class="page-footer">
                        <p>
                            {text::FOOTER_SOURCE}
                            <a href=REGISTRY_URL>{text::FOOTER_REGISTRY}</a>
                            {text::FOOTER_AS_OF}
                            <time datetime=datetime>{date}</time>
                            {text::FOOTER_OURS}
                        </p>
                    </footer>
                }
            })}
        </div>
    }
}

/// The served page: the default view (no filter, code order, unofficial
/// codes hidden) as of `today`, waiting for the app, as HTML (Leptos SSR).
/// Natively only: it is written at build time (`src/bin/prerender.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn standalone_page_html(today: crate::registry::Date) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let state = TableState::new(crate::query::registry_index(), today);
        state.running.set(false);
        let html = view! { <StandalonePage state=state filter_input=NodeRef::new() /> }.to_html();
        // Leptos marks the places hydration looks for with `<!>`, which a
        // browser reads as an empty comment but the HTML standard calls a
        // parse error; `<!---->` is the same empty comment, written validly.
        // (Text and attribute values are escaped, so `<!>` is only ever a marker.)
        html.replace("<!>", "<!---->")
    })
}
