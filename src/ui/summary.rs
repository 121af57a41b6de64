//! What is said about the result: the count, the live announcement, notices
//! about the filter text, the offer to show matching unofficial codes, the
//! export buttons and the empty state.

use super::download::ExportButtons;
use super::effect::effect;
use super::state::TableState;
use super::table::column_title;
use crate::query::{Notice, SortDirection};
use crate::text;
use leptos::html::Input;
use leptos::prelude::*;
use std::time::Duration;

/// The count, its announcement, the notices and offers, the export buttons
/// and the empty state.
#[component]
pub fn ResultSummary(
    /// The widget's state.
    state: TableState,
    /// The filter box, focused again when the empty state clears it.
    filter_input: NodeRef<Input>,
) -> impl IntoView {
    let outcome = state.outcome;
    let count = move || outcome.with(|o| text::result_count(o.rows.len(), o.total));
    // Said in place of the count by the served page when its address asks
    // for a view (assets/start.js), until the app runs.
    let starting = move || (!state.running.get()).then_some(text::STARTING);
    let announcement = announce_when_settled(state);
    let notices = move || {
        outcome.with(|o| {
            o.notices
                .iter()
                .map(|n| view! { <li>{text::notice(n)}</li> })
                .collect::<Vec<_>>()
        })
    };
    // Text searched for while the libraries' names are not in (said by a
    // notice): fetch them now, or again, at each change of the text, if the
    // fetch before failed (a fetch on its way is shared, not repeated). Once
    // they are in, it tracks nothing and never runs again.
    effect(move |_| {
        if crate::names::arrived() {
            return;
        }
        state.query.track();
        if outcome.with_untracked(|o| o.notices.contains(&Notice::NamesNotIn)) {
            leptos::task::spawn_local(async {
                // A failure is logged by the loader, and the notice stays.
                let _ = super::later::fetch_later().await;
            });
        }
    });
    // While filtering: matches the table does not show, and how to show them
    // (unofficial codes behind the toggle; codes the guide's step set aside).
    let hidden = move || {
        let filtering = state.query.with(|q| !q.is_empty());
        let hidden = if filtering {
            outcome.with(|o| o.hidden_unofficial)
        } else {
            0
        };
        (hidden > 0).then(|| {
            offer(
                "hidden-hint",
                text::hidden_unofficial(hidden),
                text::SHOW_THEM,
                move || state.show_unofficial.set(true),
            )
        })
    };
    let set_aside = move || {
        let count = outcome.with(|o| o.set_aside);
        let filtering = state.query.with(|q| !q.is_empty());
        (filtering && count > 0).then(|| {
            offer(
                "hidden-hint guide-set-aside",
                text::guide_set_aside(count),
                text::GUIDE_CLOSE,
                move || state.go_to_step(None),
            )
        })
    };
    let clear = move |_| {
        state.filter_text.set(String::new());
        if let Some(input) = filter_input.get_untracked() {
            // Focus fails only on a detached input: the widget is gone.
            let _ = input.focus();
        }
    };
    let empty_state = move || {
        // Nothing matches, unless the guide set the matches aside (said above).
        outcome
            .with(|o| o.rows.is_empty() && o.set_aside == 0)
            .then(|| {
                view! {
                    <div class="empty-state">
                        <p>{move || state.filter_text.with(|t| text::nothing_matches(t))}</p>
                        <button type="button" id="clear-filter" on:click=clear>
                            {text::CLEAR_FILTER}
                        </button>
                    </div>
                }
            })
    };
    view! {
        <div class="summary">
            <p class="count" id="result-count" data-starting=starting>{count}</p>
            <ExportButtons state=state />
            <p class="visually-hidden" id="result-announcement" role="status" aria-live="polite">
                {move || announcement.get()}
            </p>
            <ul class="notices">{notices}</ul>
            {hidden}
            {set_aside}
        </div>
        {empty_state}
    }
}

/// How long the count must stay unchanged before it is announced: a screen
/// reader hears the result once typing or sorting pauses, not every keystroke.
const SETTLE: Duration = Duration::from_millis(750);

/// The live region's text: the count and sort, set once they stop changing.
/// Every change starts a timer; only the newest one speaks.
fn announce_when_settled(state: TableState) -> RwSignal<String> {
    let announcement = RwSignal::new(String::new());
    let newest = StoredValue::new(0_u32);
    effect(move |ran_before| {
        let message = state.outcome.with(|o| {
            let sort = state.sort.get();
            text::announcement(
                o.rows.len(),
                o.total,
                column_title(sort.column),
                sort.direction == SortDirection::Descending,
            )
        });
        // The first run is the page loading: nothing to announce yet.
        if ran_before.is_none() {
            return;
        }
        let this = newest.get_value().wrapping_add(1);
        newest.set_value(this);
        set_timeout(
            move || {
                if newest.try_get_value() == Some(this) {
                    // Fails only once the widget is gone: nothing to announce then.
                    let _ = announcement.try_set(message);
                }
            },
            SETTLE,
        );
    });
    announcement
}

/// A note about matches the table does not show, and the button that shows them.
fn offer(
    class: &'static str,
    message: String,
    label: &'static str,
    act: impl Fn() + Send + 'static,
) -> impl IntoView {
    view! {
        <p class=class>
            {message}
            " "
            <button type="button" on:click=move |_| act()>{label}</button>
        </p>
    }
}
