//! The standalone page around one widget: heading, widget, footer. In the
//! iframe mode (`?embed=1`) the widget alone. What the page does with its URL
//! and its parent frame is the host layer's (`host::page`).

use super::state::TableState;
use super::widget::StatusWidget;
use crate::registry::{REGISTRY_LAST_UPDATED, REGISTRY_URL};
use crate::text;
use leptos::either::Either;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn Page(state: TableState, filter_input: NodeRef<Input>, embedded: bool) -> impl IntoView {
    if embedded {
        return Either::Left(view! {
            <main class="embedded">
                <StatusWidget state=state filter_input=filter_input />
            </main>
        });
    }
    let last_updated = REGISTRY_LAST_UPDATED.to_string();
    Either::Right(view! {
        <div class="page">
            <header class="page-header">
                <h1>{text::TITLE}</h1>
                <p class="intro">{text::INTRO}</p>
            </header>
            <main>
                <StatusWidget state=state filter_input=filter_input />
            </main>
            <footer class="page-footer">
                <p>
                    {text::FOOTER_SOURCE}
                    <a href=REGISTRY_URL>{text::FOOTER_REGISTRY}</a>
                    {text::FOOTER_AS_OF}
                    <time datetime=last_updated.clone()>{last_updated.clone()}</time>
                    {text::FOOTER_OURS}
                </p>
            </footer>
        </div>
    })
}
