//! The filter box, the unofficial-codes toggle, and what is said about the result.

use super::state::TableState;
use crate::query::SortDirection;
use crate::text;
use leptos::html::Input;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

#[component]
pub fn FilterBox(state: TableState, input_ref: NodeRef<Input>) -> impl IntoView {
    let filter_text = state.filter_text;
    view! {
        <div class="filter">
            <label for="filter">{text::FILTER_LABEL}</label>
            <input
                id="filter"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="filter-help"
                placeholder=text::FILTER_PLACEHOLDER
                node_ref=input_ref
                prop:value=move || filter_text.get()
                on:input:target=move |ev| filter_text.set(ev.target().value())
                on:keydown=move |ev| {
                    // Esc clears the filter (the browser's own clearing of search
                    // fields is not consistent across engines).
                    if ev.key() == "Escape" && !filter_text.with(String::is_empty) {
                        ev.prevent_default();
                        filter_text.set(String::new());
                    }
                }
            />
            <p id="filter-help" class="help">{text::FILTER_HELP}</p>
        </div>
    }
}

#[component]
pub fn UnofficialToggle(state: TableState) -> impl IntoView {
    let show = state.show_unofficial;
    view! {
        <label class="toggle">
            <input
                id="show-unofficial"
                type="checkbox"
                prop:checked=move || show.get()
                on:change:target=move |ev| show.set(ev.target().checked())
            />
            <span>{text::SHOW_UNOFFICIAL}</span>
        </label>
    }
}

/// The live result count, notices about the filter text, the offer to show
/// matching unofficial codes, and the empty state.
#[component]
pub fn ResultSummary(state: TableState, filter_input: NodeRef<Input>) -> impl IntoView {
    let outcome = state.outcome;
    let count = move || outcome.with(|o| text::result_count(o.rows.len(), o.total));
    let announcement = announce_when_settled(state);
    let notices = move || {
        outcome.with(|o| {
            o.notices
                .iter()
                .map(|n| view! { <li>{text::notice(n)}</li> })
                .collect_view()
        })
    };
    let hidden = move || {
        let hidden = outcome.with(|o| o.hidden_unofficial);
        let filtering = state.query.with(|q| !q.is_empty());
        (filtering && hidden > 0).then(|| {
            view! {
                <p class="hidden-hint">
                    {text::hidden_unofficial(hidden)} " "
                    <button type="button" on:click=move |_| state.show_unofficial.set(true)>
                        {text::SHOW_THEM}
                    </button>
                </p>
            }
        })
    };
    let clear = move |_| {
        state.filter_text.set(String::new());
        if let Some(input) = filter_input.get() {
            // Focus fails only on a detached input: the widget is gone.
            let _ = input.focus();
        }
    };
    let empty = move || {
        outcome.with(|o| o.rows.is_empty()).then(|| {
            view! {
                <div class="empty-state">
                    <p>{move || state.filter_text.with(|t| text::nothing_matches(t))}</p>
                    <button type="button" id="clear-filter" on:click=clear>{text::CLEAR_FILTER}</button>
                </div>
            }
        })
    };
    view! {
        <div class="summary">
            <p id="result-count" class="count">{count}</p>
            <super::download::ExportButtons state=state />
            <p id="result-announcement" class="visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
            <ul class="notices">{notices}</ul>
            {hidden}
        </div>
        {empty}
    }
}

/// How long the count must stay unchanged before it is announced: a screen
/// reader hears the result once typing or sorting pauses, not every keystroke.
const SETTLE: Duration = Duration::from_millis(750);

/// The live region's text: the count and sort, set once they stop changing.
/// Every change starts a timer; only the newest one speaks. (A cleared timer
/// would leave its callback behind, so none is cleared.)
fn announce_when_settled(state: TableState) -> RwSignal<String> {
    let announcement = RwSignal::new(String::new());
    let newest = Rc::new(Cell::new(0_u32));
    Effect::new(move |first_run_done: Option<bool>| {
        let message = state.outcome.with(|o| {
            let sort = state.sort.get();
            text::announcement(
                o.rows.len(),
                o.total,
                super::table::column_title(sort.column),
                sort.direction == SortDirection::Descending,
            )
        });
        // The first run is the page loading: nothing to announce yet.
        if first_run_done.is_none() {
            return true;
        }
        let this = newest.get().wrapping_add(1);
        newest.set(this);
        let newest = newest.clone();
        set_timeout(
            move || {
                if newest.get() == this {
                    // Fails only once the widget is gone: nothing to announce then.
                    let _ = announcement.try_set(message);
                }
            },
            SETTLE,
        );
        true
    });
    announcement
}
