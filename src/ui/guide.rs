//! "Which code should I return?" in the widget, above the table: a
//! disclosure that opens the guide (`crate::guide`), one question at a time.
//! Each answer moves the state's `guide_step`, which narrows the table to the
//! codes still possible; at a result, its rows are marked and their details
//! open, with the guide's reasons above them.
//!
//! Served with the page: until the app runs, the disclosure holds the whole
//! tree as nested disclosures (readable with no script), which the app then
//! replaces with the interactive guide. Both are inside one `<details>`, so
//! the served page does not move when the app takes over.

use super::effect::effect;
use super::later::{later, mount_later, Mounted};
use super::state::TableState;
use crate::details::Source;
use crate::guide::{self, Step, Verdict};
use crate::query::CodeSet;
use crate::registry;
use crate::text;
use leptos::either::EitherOf3;
use leptos::html::{Div, H3};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The guide's disclosure; hidden when the host turned the guide off.
#[component]
pub fn GuidePanel(
    /// The widget's state: the guide reads and moves `guide_step`.
    state: TableState,
) -> impl IntoView {
    let step = state.guide_step;
    let heading = NodeRef::<H3>::new();
    let body = NodeRef::<Div>::new();
    let offered = move || state.settings.with(|s| s.guide);
    // The reader opened or closed the disclosure: read what it is now (the
    // event comes after any change the state made itself).
    let on_toggle = move |ev: leptos::ev::Event| {
        if !state.takes_input() {
            return;
        }
        let Some(details) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let open = details.has_attribute("open");
        match (open, step.get_untracked()) {
            (true, None) => state.go_to_step(Some(guide::start())),
            (false, Some(_)) => state.go_to_step(None),
            _ => {}
        }
    };
    // The step, drawn anew into the body as a root of its own whenever it
    // changes (as the details panel is): only ever built in the browser,
    // never served, hydrated or updated in place, so only that code of it is
    // compiled. Dropping the handle unmounts the step before.
    // Its code comes in the second file (`later`).
    let mut shown = None;
    effect(move |_| {
        let at = step.get();
        let running = state.running.get();
        let listed = state.settings.with(|s| s.codes);
        drop(shown.take());
        let (Some(at), true, Some(body)) = (at, running, body.get()) else {
            return;
        };
        let into: web_sys::HtmlElement = body.unchecked_into();
        let mount = mount_step(into.clone(), state, at, listed, heading);
        shown = Some(mount_later(into, mount));
    });
    let served = move || (!state.running.get()).then(served_tree);
    view! {
        <details
            class="guide"
            part="guide"
            hidden=move || !offered()
            prop:open=move || step.with(Option::is_some)
            on:toggle=on_toggle
        >
            <summary>{text::GUIDE_OPEN}</summary>
            {served}
            <div class="guide-body" node_ref=body></div>
        </details>
    }
}

later! { in later;
    /// Draws the guide at `step` into `into`.
    fn mount_step(
        into: web_sys::HtmlElement,
        state: TableState,
        step: Step,
        listed: CodeSet,
        heading: NodeRef<H3>,
    ) -> Mounted {
        Box::new(leptos::mount::mount_to(into, move || {
            interactive(state, step, listed, heading)
        }))
    }
}

/// Moves the guide to `to` and puts the focus on its heading once it is drawn.
fn go(state: TableState, to: Option<Step>, heading: NodeRef<H3>) {
    state.go_to_step(to);
    request_animation_frame(move || {
        if let Some(heading) = heading.get_untracked() {
            // Fails only on a detached heading: the widget is gone.
            let _ = heading.focus();
        }
    });
}

/// The guide at one step: the trail of answers, the question or the result,
/// and the ways back.
fn interactive(
    state: TableState,
    step: Step,
    listed: CodeSet,
    heading: NodeRef<H3>,
) -> impl IntoView {
    let trail = guide::trail(step);
    let back = trail.last().map(|&(question, _)| question);
    let asked = trail.len();
    let trail_items = trail
        .into_iter()
        .filter_map(|(question, answer)| {
            let label = guide::question(question)?.answers.get(answer)?.label.text();
            Some(view! {
                <li>
                    <button type="button" on:click=move |_| go(state, Some(question), heading)>
                        {label}
                    </button>
                </li>
            })
        })
        .collect::<Vec<_>>();
    let trail_view = (!trail_items.is_empty()).then(|| {
        view! { <ol class="guide-trail" aria-label=text::GUIDE_TRAIL>{trail_items}</ol> }
    });
    let (content, announcement) = match (guide::question(step), guide::verdict(step)) {
        (Some(question), _) => (
            EitherOf3::A(question_view(state, question, heading)),
            text::guide_question_announcement(asked + 1, question.ask.text()),
        ),
        (None, Some(verdict)) => (
            EitherOf3::B(verdict_view(listed, verdict, heading)),
            text::guide_result_announcement(&verdict_title(verdict)),
        ),
        (None, None) => (EitherOf3::C(()), String::new()),
    };
    view! {
        <div class="guide-panel">
            <p class="guide-intro">{text::GUIDE_INTRO}</p>
            {trail_view}
            {content}
            <p class="guide-nav">
                <button
                    type="button"
                    class="guide-back"
                    disabled=back.is_none()
                    on:click=move |_| go(state, back, heading)
                >
                    {text::GUIDE_BACK}
                </button>
                " "
                <button
                    type="button"
                    class="guide-restart"
                    disabled=back.is_none()
                    on:click=move |_| go(state, Some(guide::start()), heading)
                >
                    {text::GUIDE_START_OVER}
                </button>
            </p>
            <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
        </div>
    }
}

fn question_view(
    state: TableState,
    question: &'static guide::Question,
    heading: NodeRef<H3>,
) -> impl IntoView {
    let answers = question
        .answers
        .iter()
        .map(|answer| {
            let next = answer.next;
            view! {
                <li>
                    <button type="button" on:click=move |_| go(state, Some(next), heading)>
                        {answer.label.text()}
                    </button>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let hint = (!question.hint.is_empty()).then_some(question.hint.text());
    view! {
        <h3 class="guide-question" tabindex="-1" node_ref=heading>{question.ask.text()}</h3>
        <p class="guide-hint">{hint}{source_view(question.source)}</p>
        <ul class="guide-answers">{answers}</ul>
    }
}

/// "Return 422 Unprocessable Content, or 400 Bad Request".
fn verdict_title(verdict: &Verdict) -> String {
    verdict
        .choices
        .iter()
        .map(|c| format!("{} {}", c.code, official_name(c.code)))
        .collect::<Vec<_>>()
        .join(text::GUIDE_OR)
}

fn official_name(code: u16) -> String {
    registry::entries()
        .iter()
        .find(|e| e.code == code && e.is_official())
        .map(|e| e.name.to_string())
        .unwrap_or_default()
}

fn verdict_view(listed: CodeSet, verdict: &'static Verdict, heading: NodeRef<H3>) -> impl IntoView {
    let choices = verdict
        .choices
        .iter()
        .map(|choice| {
            let other = verdict
                .choices
                .iter()
                .find(|c| c.code != choice.code)
                .map(|c| c.code);
            let not = other.filter(|_| !choice.not.is_empty()).map(|other| {
                view! { <p class="guide-not"><strong>{text::guide_why_not(other)}</strong>{choice.not.text()}</p> }
            });
            let headers = (!choice.headers.is_empty()).then(|| {
                let items = choice
                    .headers
                    .iter()
                    .map(|h| view! { <li><code>{h.name}</code>{": "}{h.why.text()}{source_view(h.source)}</li> })
                    .collect::<Vec<_>>();
                view! {
                    <p class="guide-headers-title">{text::GUIDE_SEND_WITH_IT}</p>
                    <ul class="guide-headers">{items}</ul>
                }
            });
            let missing = (!listed.contains(choice.code))
                .then(|| view! { <p class="guide-missing" role="note">{text::guide_not_listed(choice.code)}</p> });
            view! {
                <section class="guide-choice">
                    <h4><code>{choice.code.to_string()}</code>{" "}{official_name(choice.code)}</h4>
                    {missing}
                    <p>{choice.why.text()}{source_view(choice.source)}</p>
                    {not}
                    {headers}
                </section>
            }
        })
        .collect::<Vec<_>>();
    let avoid = (!verdict.avoid.is_empty()).then(|| {
        let items = verdict
            .avoid
            .iter()
            .map(|a| {
                view! {
                    <li>
                        <strong><code>{a.code.to_string()}</code>{" "}{official_name(a.code)}</strong>
                        {": "}{a.why.text()}{source_view(a.source)}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <p class="guide-avoid-title">{text::GUIDE_AVOID}</p>
            <ul class="guide-avoid">{items}</ul>
        }
    });
    view! {
        <h3 class="guide-result" tabindex="-1" node_ref=heading>
            {text::GUIDE_RETURN}{verdict_title(verdict)}
        </h3>
        {choices}
        {avoid}
    }
}

/// The served page's guide: every question with its answers as nested
/// disclosures, written by the server alone. In the browser the served page
/// is hydrated, and hydration leaves an element's children alone where the
/// view declares none, so the wasm declares none: it carries neither this
/// code nor an HTML sink (a page rendered there afresh runs the app's own
/// guide instead).
#[cfg(not(target_arch = "wasm32"))]
fn served_tree() -> impl IntoView {
    let tree = view! {
        <p>{text::GUIDE_STATIC_INTRO}</p>
        {static_step(guide::start())}
    }
    .to_html();
    view! { <div class="guide-static" inner_html=tree></div> }
}

#[cfg(target_arch = "wasm32")]
fn served_tree() -> impl IntoView {
    view! { <div class="guide-static"></div> }
}

/// One step of the served tree (`data-step` names the step each disclosure
/// opens, so what the reader opened before the app ran is where the app's
/// guide opens).
#[cfg(not(target_arch = "wasm32"))]
fn static_step(step: Step) -> AnyView {
    if let Some(question) = guide::question(step) {
        let answers = question
            .answers
            .iter()
            .map(|answer| {
                view! {
                    <li>
                        <details data-step=guide::id(answer.next)>
                            <summary>{answer.label.text()}</summary>
                            {static_step(answer.next)}
                        </details>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        return view! {
            <p class="guide-question">{question.ask.text()}</p>
            <ul>{answers}</ul>
        }
        .into_any();
    }
    let Some(verdict) = guide::verdict(step) else {
        return ().into_any();
    };
    let choices = verdict
        .choices
        .iter()
        .map(|choice| {
            let headers = choice
                .headers
                .iter()
                .map(|h| h.name)
                .collect::<Vec<_>>()
                .join(", ");
            let headers = (!headers.is_empty())
                .then(|| view! { " " <span class="guide-headers-title">{text::GUIDE_SEND_WITH_IT}": "{headers}"."</span> });
            view! {
                <p>
                    <a href=format!("#{}", choice.code)><code>{choice.code.to_string()}</code></a>
                    {" "}{choice.why.text()}{headers}
                </p>
            }
        })
        .collect::<Vec<_>>();
    view! { <div class="guide-static-result">{choices}</div> }.into_any()
}

/// A guide step's source after its text, as the details panel shows facts'.
fn source_view(source: Source) -> impl IntoView {
    super::details_panel::source_view(guide::shown(source))
}
