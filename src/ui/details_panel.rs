//! A row's details panel: the registry facts (decided in `row_model`), the
//! behaviour facts (`details`), each followed by its source (a link, or the
//! "our advice" mark: decided in `details::ShownSource`), and copy buttons.

use super::code_names::details_names;
use super::copy::{copy, CopyFeedback};
use super::row_model::{registry_facts, Fact};
use super::state::TableState;
use crate::details::{facts_for, labelled_facts, status_line, CodeFacts, ShownSource};
use crate::query::SearchIndex;
use crate::registry::{self, Entry};
use crate::text;
use crate::text::facts;
use leptos::prelude::*;
use std::sync::Arc;

/// The details of row `row` of `index`: built when the row is first opened,
/// dropped (with its signals) when it is closed.
#[component]
pub fn DetailsPanel(
    /// The widget's state (the reader's date, languages and page address).
    state: TableState,
    /// The index the row belongs to.
    index: Arc<SearchIndex>,
    /// The row's number in the index.
    row: usize,
) -> impl IntoView {
    let (entry, _) = index.get(row)?;
    let today = state.today.get_untracked();
    let registry_facts = registry_facts(entry, today)
        .into_iter()
        .map(fact_view)
        .collect::<Vec<_>>();
    let code_facts = facts_for(entry);
    let behaviour = labelled_facts(&code_facts)
        .into_iter()
        .map(|fact| {
            view! { <dt>{fact.label}</dt><dd>{fact.value}{source_view(fact.source.shown(entry))}</dd> }
        })
        .collect::<Vec<_>>();
    let feedback = CopyFeedback::new();
    Some(view! {
        <div class="details" part="details">
            <dl class="facts">
                {registry_facts}
                {behaviour}
                {related_headers(entry, &code_facts)}
                {confusions(entry, &code_facts)}
                {details_names(state, entry.code, feedback)}
            </dl>
            {copy_buttons(state, entry, feedback)}
            <p class="copy-status" role="status" aria-live="polite">{move || feedback.status.get()}</p>
            {copy_fallback(feedback)}
        </div>
    })
}

/// The headers to send or read with the code, each with its source.
fn related_headers(entry: &Entry, code_facts: &CodeFacts) -> Option<impl IntoView> {
    (!code_facts.headers.is_empty()).then(|| {
        let items = code_facts
            .headers
            .iter()
            .map(|header| {
                view! {
                    <li>
                        <code>{header.name}</code>{": "}{header.role}
                        {source_view(header.source.shown(entry))}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! { <dt>{facts::RELATED_HEADERS}</dt><dd><ul class="headers">{items}</ul></dd> }
    })
}

/// The codes this one is often confused with, and how to tell them apart.
fn confusions(entry: &Entry, code_facts: &CodeFacts) -> Option<impl IntoView> {
    (!code_facts.confused_with.is_empty()).then(|| {
        let items = code_facts
            .confused_with
            .iter()
            .map(|confusion| {
                let name = registry::entries()
                    .iter()
                    .find(|e| e.code == confusion.other && e.is_official())
                    .map(|e| e.name.to_string())
                    .unwrap_or_default();
                view! {
                    <li>
                        <strong><code>{confusion.other.to_string()}</code>{" "}{name}</strong>
                        {": "}{confusion.how_to_tell}
                        {source_view(confusion.source.shown(entry))}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! { <dt>{facts::OFTEN_CONFUSED_WITH}</dt><dd><ul class="confusions">{items}</ul></dd> }
    })
}

/// Copy the code, its status line and a link to it.
fn copy_buttons(state: TableState, entry: &Entry, feedback: CopyFeedback) -> impl IntoView {
    let code = entry.code;
    let line = status_line(code, &entry.name);
    let copy_button = move |class: &'static str,
                            label: &'static str,
                            value: Box<dyn Fn() -> String + Send>| {
        view! {
            <button type="button" class=class on:click=move |_| copy(value(), feedback)>{label}</button>
        }
    };
    let buttons = (
        copy_button(
            "copy-code",
            text::COPY_CODE,
            Box::new(move || code.to_string()),
        ),
        copy_button(
            "copy-status-line",
            facts::COPY_STATUS_LINE,
            Box::new(move || line.clone()),
        ),
        copy_button(
            "copy-link",
            text::COPY_LINK,
            Box::new(move || [&state.page_url.get_untracked(), "#", &code.to_string()].concat()),
        ),
    );
    view! {
        <div class="copy-buttons" role="group" aria-label=text::details_for(code, &entry.name)>
            {buttons}
        </div>
    }
}

/// A refused copy shows the text selected, ready for Ctrl+C.
fn copy_fallback(feedback: CopyFeedback) -> impl IntoView {
    move || {
        let value = feedback.fallback.get();
        (!value.is_empty()).then(|| {
            let field = NodeRef::<leptos::html::Input>::new();
            field.on_load(|input| {
                // Once its value is in (after the element is made).
                request_animation_frame(move || {
                    // Focus fails only on a detached input: the panel is closed.
                    let _ = input.focus();
                    input.select();
                });
            });
            view! {
                <input
                    node_ref=field
                    class="copy-fallback"
                    type="text"
                    readonly
                    aria-label=text::COPY_FALLBACK_LABEL
                    prop:value=value
                />
            }
        })
    }
}

/// One registry fact: a term, and text with at most one link, after an
/// optional name in bold.
fn fact_view(fact: Fact) -> impl IntoView {
    let strong = fact
        .strong
        .map(|name| view! { <strong>{name.to_string()}</strong>{" "} });
    let link = fact
        .link
        .map(|(href, label)| view! { <a href=href.to_string()>{label.to_string()}</a> });
    let source = fact.source.map(source_view);
    view! {
        <dt>{fact.term}</dt>
        <dd>{strong}{fact.text}{link}{fact.after}{source}</dd>
    }
}

/// After a fact: `<span class="fact-source">`, holding the "our advice" mark
/// where the fact is ours, and the link to the document it rests on (or that
/// the advice applies), if any.
pub(super) fn source_view(source: ShownSource) -> impl IntoView {
    let mark = source
        .mark()
        .map(|mark| view! { <span class="our-advice">{mark}</span> });
    let link = source.link().map(|(href, label)| {
        let gap = source.mark().is_some().then_some(" ");
        view! { {gap}<a href=href.to_string()>{label.to_string()}</a> }
    });
    view! { " " <span class="fact-source">{mark}{link}</span> }
}
