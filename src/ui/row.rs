//! One table row, with the matched text marked.

use super::app::TableState;
use super::text;
use crate::query::{highlight, Query, SearchText};
use crate::registry::RegistryStatus;
use leptos::either::Either;
use leptos::prelude::*;

/// `source` split into text and `<mark>`ed text. Only text nodes are created from
/// data or from the query: never markup.
fn marked(source: &'static str, folded: &SearchText, query: &Query) -> impl IntoView {
    highlight(source, folded, query)
        .into_iter()
        .map(|piece| {
            if piece.marked {
                Either::Left(view! { <mark>{piece.text}</mark> })
            } else {
                Either::Right(piece.text)
            }
        })
        .collect_view()
}

#[component]
pub fn StatusRow(state: TableState, row: usize) -> impl IntoView {
    let Some((entry, keys)) = state.index.get(row) else {
        return Either::Left(());
    };
    let query = state.query;
    let class = entry.class();
    let badge = (entry.status != RegistryStatus::Standard).then(|| {
        let status = entry.status.label();
        view! { <span class=format!("badge badge-{}", status.to_ascii_lowercase())>{status}</span> }
    });
    let aliases = (!entry.aliases.is_empty()).then(|| {
        let names = entry
            .aliases
            .iter()
            .zip(&keys.aliases)
            .enumerate()
            .map(|(i, (alias, folded))| {
                let separator = if i == 0 { "" } else { ", " };
                view! { {separator}<span class="alias">{move || query.with(|q| marked(alias, folded, q))}</span> }
            })
            .collect_view();
        view! { <p class="aliases">{text::FORMERLY}{names}</p> }
    });
    let vendor = entry.vendor.as_ref().map(|vendor| {
        let folded = keys.vendor.as_ref();
        let name: &'static str = &vendor.name;
        let documented_at: &'static str = &vendor.documented_at;
        view! {
            <p class="vendor">
                {text::USED_BY}
                <strong>{move || match folded {
                    Some(f) => Either::Left(query.with(|q| marked(name, f, q))),
                    None => Either::Right(name),
                }}</strong>
                ". " {text::DOCUMENTED_IN} {documented_at}
            </p>
        }
    });
    let reference = entry.reference.as_ref().map(|r| {
        let (url, label): (&'static str, &'static str) = (&r.url, &r.label);
        view! { <a class="reference" href=url>{label}</a> }
    });
    Either::Right(view! {
        <tr data-code=entry.code class:unofficial=entry.is_unofficial()>
            <td class="col-code"><code>{entry.code}</code></td>
            <td class="col-name">
                <span class="name">{move || query.with(|q| marked(&entry.name, &keys.name, q))}</span>
                {badge}
                {aliases}
            </td>
            <td class="col-class">
                <span class=format!("class-chip class-{}", class.slug())>
                    <span class="class-wildcard">{class.wildcard()}</span>
                    " "
                    {class.name()}
                </span>
            </td>
            <td class="col-description">
                <p class="description">{move || query.with(|q| marked(&entry.description, &keys.description, q))}</p>
                {vendor}
                {reference}
            </td>
        </tr>
    })
}
