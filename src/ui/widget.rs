//! The widget proper: controls, summary and table, without page chrome. The
//! standalone page, the iframe mode and every embedded widget render this.

use super::filter::{FilterBox, UnofficialToggle};
use super::guide::GuidePanel;
use super::paced::Paced;
use super::state::TableState;
use super::summary::ResultSummary;
use super::table::{RowsLater, StatusTable};
use crate::config::Theme;
use crate::text;
use leptos::html::Input;
use leptos::prelude::*;

/// The widget root's class: the theme, then the flags that are on.
pub fn root_class(theme: Theme, compact: bool, host_scheme: bool) -> String {
    let mut class = ["hst ", theme.class_name()].concat();
    if compact {
        class.push_str(" compact");
    }
    if host_scheme {
        class.push_str(" host-scheme");
    }
    class
}

#[component]
pub fn StatusWidget(
    /// The widget's state.
    state: TableState,
    /// The filter box, for the shortcuts that focus it.
    filter_input: NodeRef<Input>,
    /// The widget of the page served with its table, which says so when the
    /// app cannot run.
    #[prop(optional)]
    served: bool,
    /// Rows carry their code as `id` (the standalone page only).
    #[prop(optional)]
    anchors: bool,
    /// Given by a page that hydrates in steps: the table's rows wait for it.
    #[prop(optional_no_strip)]
    rows_later: Option<RowsLater>,
) -> impl IntoView {
    let class = move || {
        let host_scheme = state.host_scheme.get();
        state
            .settings
            .with(|s| root_class(s.theme, s.compact, host_scheme))
    };
    // Said only when the app cannot run: in <noscript> (text only: with
    // scripting on, a browser reads its content as text), and in a note that
    // assets/start.js shows when the wasm cannot start.
    let notes = served.then(|| {
        view! {
            <noscript class="no-app">{text::NEEDS_SCRIPT}</noscript>
            <p class="no-app" id="no-app" hidden>{text::NEEDS_SCRIPT}</p>
        }
    });
    view! {
        <div class=class part="widget">
            <ConfigProblems state=state />
            {Paced(move || view! {
                <div class="controls" role="search" part="controls">
                    <FilterBox state=state input_ref=filter_input />
                    <UnofficialToggle state=state />
                </div>
            })}
            {Paced(move || view! { <GuidePanel state=state /> })}
            {notes}
            {Paced(move || view! { <ResultSummary state=state filter_input=filter_input /> })}
            {Paced(move || view! { <StatusTable state=state anchors=anchors rows_later=rows_later /> })}
        </div>
    }
}

/// Options the host gave that could not be used, and site entries its codes
/// leave out: each with its name and reason, as text (a host's value never
/// becomes markup), above the controls.
#[component]
fn ConfigProblems(
    /// The widget's state.
    state: TableState,
) -> impl IntoView {
    move || {
        let outside = state.entries_outside();
        state.problems.with(|reported| {
            let count = reported.len() + outside.len();
            (count > 0).then(|| {
                // Fifty thousand bad entries must not become fifty thousand list items.
                let more = count.saturating_sub(text::PROBLEMS_SHOWN);
                let items = reported
                    .iter()
                    .chain(&outside)
                    .take(text::PROBLEMS_SHOWN)
                    .map(|problem| {
                        view! { <li><code>{problem.option.clone()}</code>{": "}{problem.message.clone()}</li> }
                    })
                    .collect::<Vec<_>>();
                view! {
                    <div class="config-problems" part="problems">
                        <p>{text::PROBLEMS_INTRO}</p>
                        <ul>{items}</ul>
                        {(more > 0).then(|| view! { <p>{text::more_problems(more)}</p> })}
                    </div>
                }
            })
        })
    }
}
