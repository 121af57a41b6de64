//! The filter box and the unofficial-codes toggle. Both are served with the
//! page and hydrated: their initial state goes out as the served page has it,
//! and `prop:` keeps the live value in step with the state afterwards.

use super::state::TableState;
use crate::text;
use leptos::html::Input;
use leptos::prelude::*;

/// The filter box: what is typed sets the state's filter text; Esc clears it.
#[component]
pub fn FilterBox(
    /// The widget's state.
    state: TableState,
    /// The input, for the shortcuts that focus it.
    input_ref: NodeRef<Input>,
) -> impl IntoView {
    let filter_text = state.filter_text;
    view! {
        <div class="filter">
            <label for="filter">{text::FILTER_LABEL}</label>
            <input
                node_ref=input_ref
                id="filter"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="filter-help"
                placeholder=text::FILTER_PLACEHOLDER
                prop:value=move || filter_text.get()
                on:input:target=move |ev| {
                    if state.takes_input() {
                        filter_text.set(ev.target().value());
                    }
                }
                on:keydown=move |ev| {
                    // Esc clears the filter (the browser's own clearing of search
                    // fields is not consistent across engines).
                    if ev.key() == "Escape" && !filter_text.with_untracked(String::is_empty) {
                        ev.prevent_default();
                        filter_text.set(String::new());
                    }
                }
            />
            <p class="help" id="filter-help">{text::FILTER_HELP}</p>
        </div>
    }
}

/// Shows or hides the unofficial codes; hidden itself when the host's
/// classes and codes hold none.
#[component]
pub fn UnofficialToggle(
    /// The widget's state.
    state: TableState,
) -> impl IntoView {
    let show = state.show_unofficial;
    let outcome = state.outcome;
    view! {
        <label class="toggle" hidden=move || outcome.with(|o| !o.offers_unofficial)>
            <input
                id="show-unofficial"
                type="checkbox"
                prop:checked=move || show.get()
                on:change:target=move |ev| {
                    if state.takes_input() {
                        show.set(ev.target().checked());
                    }
                }
            />
            <span>{text::SHOW_UNOFFICIAL}</span>
        </label>
    }
}
