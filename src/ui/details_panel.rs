//! A row's details panel: the registry facts (decided in `row_model`), the
//! behaviour facts, and copy buttons.

use super::copy::{copy, CopyFeedback};
use super::row_model::registry_facts;
use super::state::TableState;
use crate::details::{facts_for, labelled_facts, status_line};
use crate::query::SearchIndex;
use crate::registry;
use crate::text;
use crate::text::facts;
use leptos::html::Input;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DetailsPanel(state: TableState, index: Arc<SearchIndex>, row: usize) -> impl IntoView {
    // An Option rather than an AnyView: the panel is a mount root, built once,
    // and an AnyView would compile in its rebuild paths as well.
    let (entry, _) = index.get(row)?;
    let code = entry.code;
    let status_line = status_line(entry.code, &entry.name);
    let code_facts = facts_for(entry);
    let scalar_facts = labelled_facts(&code_facts)
        .into_iter()
        .map(|fact| view! { <dt>{fact.label}</dt><dd>{fact.value}</dd> })
        .collect_view();
    let headers = (!code_facts.headers.is_empty()).then(|| {
        let items = code_facts
            .headers
            .iter()
            .map(|h| view! { <li><code>{h.name}</code>": "{h.role}</li> })
            .collect_view();
        view! { <dt>{facts::RELATED_HEADERS}</dt><dd><ul class="headers">{items}</ul></dd> }
    });
    let confusions = (!code_facts.confused_with.is_empty()).then(|| {
        let items = code_facts
            .confused_with
            .iter()
            .map(|c| {
                let name = registry::entries()
                    .iter()
                    .find(|e| e.code == c.other && e.is_official())
                    .map(|e| e.name.to_string())
                    .unwrap_or_default();
                view! { <li><strong><code>{c.other}</code>" "{name}</strong>": "{c.how_to_tell}</li> }
            })
            .collect_view();
        view! { <dt>{facts::OFTEN_CONFUSED_WITH}</dt><dd><ul class="confusions">{items}</ul></dd> }
    });
    let registry_facts = registry_facts(entry, super::clock::today())
        .into_iter()
        .map(|fact| {
            let strong = fact.strong.map(|name| view! { <strong>{name.to_string()}</strong>" " });
            let link = fact.link.map(|(href, label)| {
                view! { <a href=href.to_string()>{label.to_string()}</a> }
            });
            view! { <dt>{fact.term}</dt><dd>{strong}{fact.text}{link}{fact.after}</dd> }
        })
        .collect_view();
    let feedback = CopyFeedback::new();
    let fallback_input: NodeRef<Input> = NodeRef::new();
    Effect::new(move |_| {
        // A refused copy leaves the text selected, ready for Ctrl+C.
        let value = feedback.fallback.get();
        if let Some(input) = fallback_input.get().filter(|_| !value.is_empty()) {
            input.set_value(&value);
            // Focus fails only on a detached input: the panel is closed.
            let _ = input.focus();
            input.select();
        }
    });
    let code_text = code.to_string();
    let line = status_line.clone();
    let link = move || {
        let page = state.page_url.get_untracked();
        format!("{page}#{code}")
    };
    Some(view! {
        <div class="details" part="details">
            <dl class="facts">
                {registry_facts}
                {scalar_facts}
                {headers}
                {confusions}
            </dl>
            <div class="copy-buttons" role="group" aria-label=text::details_for(code, &entry.name)>
                <button type="button" class="copy-code" on:click=move |_| copy(code_text.clone(), feedback)>
                    {text::COPY_CODE}
                </button>
                <button type="button" class="copy-status-line" on:click=move |_| copy(line.clone(), feedback)>
                    {facts::COPY_STATUS_LINE}
                </button>
                <button type="button" class="copy-link" on:click=move |_| copy(link(), feedback)>
                    {text::COPY_LINK}
                </button>
            </div>
            <p class="copy-status" role="status" aria-live="polite">{move || feedback.status.get()}</p>
            {move || {
                let value = feedback.fallback.get();
                (!value.is_empty()).then(|| view! {
                    <input class="copy-fallback" type="text" readonly prop:value=value node_ref=fallback_input aria-label=text::COPY_FALLBACK_LABEL />
                })
            }}
        </div>
    })
}
