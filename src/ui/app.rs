//! The standalone page: heading, one widget, footer. With `?embed=1` it is the
//! iframe way in: the widget alone, configured from the URL, telling the host
//! page its height.

use super::frame;
use super::state::TableState;
use super::widget::StatusWidget;
use crate::query::SearchIndex;
use crate::registry::{REGISTRY_LAST_UPDATED, REGISTRY_URL};
use crate::text;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App(index: Arc<SearchIndex>) -> impl IntoView {
    let state = TableState::new(index);
    let filter_input = NodeRef::new();
    super::keyboard::focus_filter_on_slash(filter_input);
    if let Some(request) = frame::embed_request() {
        frame::apply_url_options(&state);
        frame::report_height(request);
        return Either::Left(view! {
            <main class="embedded">
                <StatusWidget state=state filter_input=filter_input />
            </main>
        });
    }
    super::url_state::follow(state);
    super::url_state::keep_in_url(state);
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
