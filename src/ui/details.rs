//! A row's details panel: registry facts, former names, vendor, the site's text,
//! the behaviour facts, and copy buttons.

use super::copy::{copy, CopyFeedback};
use super::state::TableState;
use crate::details::{facts_for, labelled_facts, status_line};
use crate::query::SearchIndex;
use crate::registry::{self, AliasKind, RegistryStatus};
use crate::text;
use crate::text::facts;
use leptos::html::Input;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DetailsPanel(state: TableState, index: Arc<SearchIndex>, row: usize) -> impl IntoView {
    let Some((entry, _)) = index.get(row) else {
        return ().into_any();
    };
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
    let registry_status = match entry.status {
        RegistryStatus::Temporary(dates) => {
            text::temporary_registration(&dates, super::clock::today())
        }
        _ if entry.is_official() => entry.status.label().to_string(),
        _ => text::NOT_IN_REGISTRY.to_string(),
    };
    let reference = entry.reference.as_ref().map(|r| {
        let (url, label) = (r.url.to_string(), r.label.to_string());
        let standing = entry.standing.map(|s| format!(" ({})", s.label()));
        view! { <dt>{facts::DEFINED_IN}</dt><dd><a href=url>{label}</a>{standing}</dd> }
    });
    let deprecated = entry.deprecated_by.as_ref().map(|r| {
        let (url, label) = (r.url.to_string(), r.label.to_string());
        view! { <dt>{text::DEPRECATED}</dt><dd>{text::DEPRECATED_BY}<a href=url>{label}</a></dd> }
    });
    let names = |kind| {
        let names: Vec<&str> = entry.aliases_of(kind).map(|(_, a)| &*a.name).collect();
        (!names.is_empty()).then(|| names.join(", "))
    };
    let former = names(AliasKind::Former)
        .map(|names| view! { <dt>{facts::FORMER_NAMES}</dt><dd>{names}</dd> });
    let also_known_as = names(AliasKind::AlsoKnownAs)
        .map(|names| view! { <dt>{text::ALSO_KNOWN_AS_TERM}</dt><dd>{names}</dd> });
    let vendor = entry.vendor.as_ref().map(|v| {
        let (name, at) = (v.name.to_string(), v.documented_at.to_string());
        view! {
            <dt>{facts::USED_BY}</dt><dd>{name}</dd>
            <dt>{facts::DOCUMENTED_IN}</dt><dd>{at}</dd>
        }
    });
    let site = entry
        .site
        .as_ref()
        .filter(|_| entry.status != RegistryStatus::Site)
        .map(|s| {
            let (name, description) = (s.name.to_string(), s.description.to_string());
            view! { <dt>{facts::SITE_DEFINITION}</dt><dd><strong>{name}</strong>" "{description}</dd> }
        });
    let feedback = CopyFeedback::new();
    let fallback_input: NodeRef<Input> = NodeRef::new();
    Effect::new(move |_| {
        // A refused copy leaves the text selected, ready for Ctrl+C.
        let value = feedback.fallback.get();
        if let Some(input) = fallback_input.get().filter(|_| !value.is_empty()) {
            input.set_value(&value);
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
    view! {
        <div class="details" part="details">
            <dl class="facts">
                <dt>{facts::REGISTRY_STATUS}</dt>
                <dd>{registry_status}</dd>
                {reference}
                {deprecated}
                {former}
                {also_known_as}
                {vendor}
                {site}
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
    }
    .into_any()
}
