//! The widget proper: controls, summary and table, without page chrome. The
//! standalone page, the iframe mode and every embedded widget render this.

use super::filter::{FilterBox, ResultSummary, UnofficialToggle};
use super::state::TableState;
use super::table::StatusTable;
use crate::text;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn StatusWidget(state: TableState, filter_input: NodeRef<Input>) -> impl IntoView {
    let root_class = move || {
        state.settings.with(|s| {
            let mut class = format!("hst {}", s.theme.class_name());
            if s.compact {
                class.push_str(" compact");
            }
            if state.host_scheme.get() {
                class.push_str(" host-scheme");
            }
            class
        })
    };
    view! {
        <div class=root_class part="widget">
            <ConfigProblems state=state />
            <div class="controls" role="search" part="controls">
                <FilterBox state=state input_ref=filter_input />
                <UnofficialToggle state=state />
            </div>
            <ResultSummary state=state filter_input=filter_input />
            <StatusTable state=state />
        </div>
    }
}

/// Options the host gave that could not be used: each with its name and reason,
/// as text (a host's value never becomes markup).
#[component]
fn ConfigProblems(state: TableState) -> impl IntoView {
    move || {
        let problems = state.problems.get();
        (!problems.is_empty()).then(|| {
            // Fifty thousand bad entries must not become fifty thousand list items.
            let more = problems.len().saturating_sub(text::PROBLEMS_SHOWN);
            let items = problems
                .into_iter()
                .take(text::PROBLEMS_SHOWN)
                .map(|problem| view! { <li><code>{problem.option}</code>": " {problem.message}</li> })
                .collect_view();
            view! {
                <div class="config-problems" part="problems">
                    <p>{text::PROBLEMS_INTRO}</p>
                    <ul>{items}</ul>
                    {(more > 0).then(|| view! { <p>{text::more_problems(more)}</p> })}
                </div>
            }
        })
    }
}
