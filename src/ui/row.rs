//! One table row, in the host's columns, with the matched text marked.

use super::details::DetailsPanel;
use super::state::{RowSlot, TableState};
use crate::query::{highlight, IndexedEntry, SearchIndex, SearchText, SortColumn, HIDDEN};
use crate::registry::{Entry, RegistryStatus};
use crate::text;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// A searchable text of an entry, for highlighting.
#[derive(Clone, Copy)]
enum Field {
    Name,
    Alias(usize),
    Vendor,
    Description,
    SiteName,
    SiteDescription,
}

fn field_text<'a>(
    entry: &'a Entry,
    keys: &'a IndexedEntry,
    field: Field,
) -> Option<(&'a str, &'a SearchText)> {
    match field {
        Field::Name => Some((&entry.name, &keys.name)),
        Field::Alias(i) => Some((entry.aliases.get(i)?, keys.aliases.get(i)?)),
        Field::Vendor => Some((&entry.vendor.as_ref()?.name, keys.vendor.as_ref()?)),
        Field::Description => Some((&entry.description, &keys.description)),
        Field::SiteName => Some((&entry.site.as_ref()?.name, keys.site_name.as_ref()?)),
        Field::SiteDescription => Some((
            &entry.site.as_ref()?.description,
            keys.site_description.as_ref()?,
        )),
    }
}

/// The field's text split into text and `<mark>`ed text, following the query.
/// Only text nodes are created from data or from the query: never markup.
/// It re-runs only when this row's `marks` signal says so (the row is shown and
/// the query changed), never for hidden rows: rows never subscribe to a signal
/// that all rows share.
fn marked(
    state: TableState,
    slot: RowSlot,
    index: &Arc<SearchIndex>,
    row: usize,
    field: Field,
) -> impl IntoView {
    let query = state.query;
    let index = index.clone();
    move || {
        slot.marks.track();
        let (entry, keys) = index.get(row)?;
        let (source, folded) = field_text(entry, keys, field)?;
        let pieces = query.with_untracked(|q| highlight(source, folded, q));
        Some(
            pieces
                .into_iter()
                .map(|piece| {
                    let text = piece.text.to_string();
                    if piece.marked {
                        Either::Left(view! { <mark>{text}</mark> })
                    } else {
                        Either::Right(text)
                    }
                })
                .collect_view(),
        )
    }
}

#[component]
pub fn StatusRow(
    state: TableState,
    index: Arc<SearchIndex>,
    row: usize,
    signals: RowSlot,
) -> impl IntoView {
    let slot = signals;
    let Some((entry, _)) = index.get(row) else {
        return Either::Left(());
    };
    let code = entry.code;
    let unofficial = entry.is_unofficial();
    let site = entry.site.is_some();
    let label = text::details_for(code, &entry.name);
    let details_id = format!("details-{code}-{row}");
    let open = RwSignal::new(false);
    // A permalink (#404) marks this row; the table opens and shows it.
    let targeted = move || {
        state
            .permalink
            .with(|p| p.parse::<u16>().ok() == Some(code))
    };
    let panel_index = index.clone();
    let position = move || slot.place.get();
    let hidden = move || position() == HIDDEN;
    let cells = move || {
        state
            .settings
            .with(|s| s.columns.clone())
            .into_iter()
            .map(|column| cell(state, slot, &index, row, column))
            .collect_view()
    };
    let details = move || {
        open.get().then(|| {
            let span = state.settings.with(|s| s.columns.len() + 1).to_string();
            view! {
                <tr class="details-row" id=details_id.clone() hidden=hidden>
                    <td colspan=span>
                        <DetailsPanel state=state index=panel_index.clone() row=row />
                    </td>
                </tr>
            }
        })
    };
    let controls = format!("details-{code}-{row}");
    Either::Right(view! {
        <tr
            data-code=code
            hidden=hidden
            class:even=move || {
                let place = position();
                place != HIDDEN && place % 2 == 1
            }
            class:unofficial=unofficial
            class:has-site=site
            class:targeted=targeted
            class:open=move || open.get()
        >
            <td class="col-toggle">
                <button
                    type="button"
                    class="details-toggle"
                    part="details-toggle"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=move || open.get().then(|| controls.clone())
                    aria-label=label
                    on:click=move |_| open.update(|o| *o = !*o)
                ></button>
            </td>
            {cells}
        </tr>
        {details}
    })
}

fn cell(
    state: TableState,
    slot: RowSlot,
    index: &Arc<SearchIndex>,
    row: usize,
    column: SortColumn,
) -> AnyView {
    let Some((entry, _)) = index.get(row) else {
        return ().into_any();
    };
    match column {
        SortColumn::Code => {
            view! { <td class="col-code"><code>{entry.code}</code></td> }.into_any()
        }
        SortColumn::Name => {
            let badge = (entry.status != RegistryStatus::Standard).then(|| {
                let status = entry.status.label();
                let slug = status.to_ascii_lowercase().replace(' ', "-");
                view! { <span class=format!("badge badge-{slug}")>{status}</span> }
            });
            let aliases = (!entry.aliases.is_empty()).then(|| {
                let names = (0..entry.aliases.len())
                    .map(|i| {
                        let separator = if i == 0 { "" } else { ", " };
                        view! { {separator}<span class="alias">{marked(state, slot, index, row, Field::Alias(i))}</span> }
                    })
                    .collect_view();
                view! { <p class="aliases">{text::FORMERLY}{names}</p> }
            });
            view! {
                <td class="col-name">
                    <span class="name">{marked(state, slot, index, row, Field::Name)}</span>
                    {badge}
                    {aliases}
                </td>
            }
            .into_any()
        }
        SortColumn::Class => {
            let class = entry.class();
            view! {
                <td class="col-class">
                    <span class=format!("class-chip class-{}", class.slug())>
                        <span class="class-wildcard">{class.wildcard()}</span>
                        " "
                        {class.name()}
                    </span>
                </td>
            }
            .into_any()
        }
        SortColumn::Description => {
            let vendor = entry.vendor.as_ref().map(|vendor| {
                let documented_at = vendor.documented_at.to_string();
                view! {
                    <p class="vendor">
                        {text::USED_BY}
                        <strong>{marked(state, slot, index, row, Field::Vendor)}</strong>
                        ". " {text::DOCUMENTED_IN} {documented_at}
                    </p>
                }
            });
            // A site's own meaning of a registered code sits beside the official
            // text; a code only the site defines already shows its text above.
            let site = entry
                .site
                .as_ref()
                .filter(|_| entry.status != RegistryStatus::Site)
                .map(|definition| {
                    let link = definition.link.as_ref().map(|url| {
                        let url = url.to_string();
                        view! { " " <a class="site-link" href=url rel="noopener noreferrer">{text::SITE_LINK}</a> }
                    });
                    view! {
                        <div class="site-definition" part="site-definition">
                            <p>
                                <span class="badge badge-site">{text::DEFINED_BY_SITE}</span>
                                " "
                                <strong class="site-name">{marked(state, slot, index, row, Field::SiteName)}</strong>
                            </p>
                            <p class="site-description">
                                {marked(state, slot, index, row, Field::SiteDescription)}
                                {link}
                            </p>
                        </div>
                    }
                });
            let site_link = entry
                .site
                .as_ref()
                .filter(|_| entry.status == RegistryStatus::Site)
                .and_then(|d| d.link.as_ref())
                .map(|url| {
                    let url = url.to_string();
                    view! { <a class="reference site-link" href=url rel="noopener noreferrer">{text::SITE_LINK}</a> }
                });
            let reference = entry.reference.as_ref().map(|r| {
                let (url, label) = (r.url.to_string(), r.label.to_string());
                view! { <a class="reference" href=url>{label}</a> }
            });
            view! {
                <td class="col-description">
                    <p class="description">{marked(state, slot, index, row, Field::Description)}</p>
                    {vendor}
                    {site}
                    {reference}
                    {site_link}
                </td>
            }
            .into_any()
        }
    }
}
