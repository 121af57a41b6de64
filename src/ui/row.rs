//! One row of the table, and its details row when open. What a row shows is
//! decided in `row_model` (pure); this file lays it out. The row is built
//! once and then only follows its signals (`rows`): shown or hidden, its
//! class, its details, and the marks in its searchable texts. Only text nodes
//! are ever made from data or from the query: never markup.

use super::code_names::{matched_names, pieces_view};
use super::details_panel::DetailsPanel;
use super::later::{later, mount_later, Mounted};
use super::row_model::{Cell, DescriptionCell, Field, Link, NameCell, RowModel};
use super::rows::{row_class, RowHandle};
use super::state::TableState;
use crate::names::{self, strip_prefixes, Library, NameStatus};
use crate::query::{highlight, Piece, SearchText};
use leptos::either::{Either, EitherOf5};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Row `data.row` and, below it, its details when they are open.
pub fn status_row(data: RowHandle, state: TableState) -> impl IntoView {
    let today = state.today.get_untracked();
    let model = data
        .index
        .get(data.row)
        .map(|(entry, _)| RowModel::new(entry, &data.columns, data.library, today));
    let Some(model) = model else {
        return Either::Right(());
    };
    let (unofficial, has_site, code) = (model.unofficial, model.has_site, model.code);
    let details_id = format!("details-{code}-{}", data.row);
    let class = {
        let data = data.clone();
        move || row_class(unofficial, has_site, data.look.get(), data.open.get())
    };
    let hidden = {
        let look = data.look.clone();
        move || !look.get().shown
    };
    let toggle = Toggle {
        label: model.toggle_label.clone(),
        open: data.open.clone(),
        controls: details_id.clone(),
    };
    let cells = model
        .cells
        .iter()
        .enumerate()
        .map(|(at, cell)| cell_view(&data, state, cell, (at == 0).then(|| toggle.clone())))
        .collect::<Vec<_>>();
    let details = {
        let data = data.clone();
        let span = data.columns.len() + usize::from(data.library.is_some());
        move || {
            data.open.get().then(|| {
                let look = data.look.clone();
                let cell = NodeRef::<leptos::html::Td>::new();
                let (index, row) = (data.index.clone(), data.row);
                cell.on_load(move |td| {
                    // The panel is a root of its own in its cell, as Leptos'
                    // `Portal` mounts into another node: it is only ever
                    // built in the browser (never served, hydrated or
                    // re-rendered), so only that code of it is compiled
                    // (docs/performance.md). It goes with the details row
                    // (cleanups must be Send; the page has one thread).
                    // Its code comes in the second file (`later`).
                    let panel = mount_later(
                        td.clone().unchecked_into(),
                        mount_details(td.unchecked_into(), state, index, row),
                    );
                    let panel = send_wrapper::SendWrapper::new(panel);
                    on_cleanup(move || drop(panel));
                });
                view! {
                    <tr class="details-row" id=details_id.clone() hidden=move || !look.get().shown>
                        <td colspan=span node_ref=cell></td>
                    </tr>
                }
            })
        }
    };
    let anchor = data.anchor.then(|| code.to_string());
    Either::Left(view! {
        <tr class=class data-code=code data-row=data.row id=anchor hidden=hidden>
            {cells}
        </tr>
        {details}
    })
}

later! { in later;
    /// Mounts row `row`'s details panel into `td`.
    fn mount_details(
        td: web_sys::HtmlElement,
        state: TableState,
        index: std::sync::Arc<crate::query::SearchIndex>,
        row: usize,
    ) -> Mounted {
        Box::new(leptos::mount::mount_to(td, move || {
            view! { <DetailsPanel state=state index=index row=row /> }
        }))
    }
}

/// The details toggle, at the start of the row's first cell: an inline
/// `role="button"` element in the cell's own line, not a `<button>` in a
/// column of its own (a box of its own to lay out, and one more cell per row:
/// the two made showing or moving a row cost about a quarter more;
/// docs/performance.md). Enter and Space work it through the body's one key
/// listener (`table.rs`), as clicks do through its one click listener.
/// Measured against an inline `<button>` per row with its own `on:click`
/// (`bench/run.sh`, two runs each, December 2026): that is 0.26 kB brotli
/// smaller, but started up slower in all five comparisons (registry 2.22× and
/// 1.95× the plain page against 2.06× and 1.56×; 1,000 rows 2.34× and 2.06×
/// against 1.54× and 1.92×), painted the full table later in all five, and
/// took 22 kB more JS heap for 64 rows (a listener and a closure each);
/// keystrokes and sorts were within the noise either way.
#[derive(Clone)]
struct Toggle {
    label: String,
    open: leptos::prelude::ArcRwSignal<bool>,
    controls: String,
}

fn toggle_view(toggle: Toggle) -> impl IntoView {
    let Toggle {
        label,
        open,
        controls,
    } = toggle;
    let expanded = open.clone();
    view! {
        <span
            class="details-toggle"
            role="button"
            tabindex="0"
            part="details-toggle"
            aria-expanded=move || if expanded.get() { "true" } else { "false" }
            aria-controls=move || open.get().then(|| controls.clone())
            aria-label=label
        ></span>
    }
}

/// A cell, with the toggle first in it when it is the row's first.
fn cell_view(
    data: &RowHandle,
    state: TableState,
    cell: &Cell,
    toggle: Option<Toggle>,
) -> impl IntoView {
    let class = ["col-", cell.column_key()].concat();
    let content = match cell {
        Cell::Code(code) => EitherOf5::A(view! { <code>{code.to_string()}</code> }),
        Cell::Name(name) => EitherOf5::B(name_cell(data, state, name)),
        Cell::Class(class) => {
            let chip = ["class-chip class-", class.slug()].concat();
            // The name in its own element, so a narrow column can show the wildcard alone.
            EitherOf5::C(view! {
                <span class=chip>
                    <span class="class-wildcard">{class.wildcard()}</span>
                    <span class="class-name">{[" ", class.name()].concat()}</span>
                </span>
            })
        }
        Cell::Description(description) => EitherOf5::D(description_cell(data, description)),
        Cell::Library(library, code) => EitherOf5::E(library_cell(data, library, *code)),
    };
    view! { <td class=class>{toggle.map(toggle_view)}{content}</td> }
}

fn name_cell(data: &RowHandle, state: TableState, cell: &NameCell) -> impl IntoView {
    let badges = cell
        .badges
        .iter()
        .map(|badge| {
            let class = ["badge badge-", badge.slug].concat();
            view! { <span class=class>{badge.label.clone()}</span> }
        })
        .collect::<Vec<_>>();
    let lists = cell
        .other_names
        .iter()
        .map(|list| {
            let names = list
                .names
                .iter()
                .enumerate()
                .map(|(n, &field)| {
                    view! {
                        {(n > 0).then_some(", ")}
                        <span class="alias">{marked_text(data, field)}</span>
                    }
                })
                .collect::<Vec<_>>();
            view! { <p class=list.class>{list.intro}{names}</p> }
        })
        .collect::<Vec<_>>();
    // Only a temporary registration's note depends on the reader's date.
    let registration = cell.registration.is_some().then(|| {
        let entry_row = (data.index.clone(), data.row);
        move || {
            let today = state.today.get();
            let note = entry_row
                .0
                .get(entry_row.1)
                .and_then(|(entry, _)| RowModel::registration_note(entry, today));
            note.map(|note| {
                let class = if note.warning {
                    "registration expired"
                } else {
                    "registration"
                };
                let pieces = note
                    .pieces()
                    .into_iter()
                    .map(|(is_date, piece)| {
                        let piece = piece.to_string();
                        if is_date {
                            let datetime = piece.clone();
                            Either::Left(view! { <time datetime=datetime>{piece}</time> })
                        } else {
                            Either::Right(piece)
                        }
                    })
                    .collect::<Vec<_>>();
                view! { <p class=class>{pieces}</p> }
            })
        }
    });
    view! {
        <span class="name">{marked_text(data, cell.name)}</span>
        {badges}
        {lists}
        {in_code(data)}
        {registration}
    }
}

/// The code's current name in the names column's library (marked like any
/// other match), or a dash when the library has none. The names come in the
/// second file: until they are in, the cell is empty (a dash would say the
/// library has no name), and it is drawn again when they are.
fn library_cell(data: &RowHandle, library: &'static Library, code: u16) -> impl IntoView {
    let data = data.clone();
    // Looked up once the names are in, not at each keystroke that marks it:
    // `None` until they are in, then the library's current name, if any.
    let current = Memo::new(move |_| {
        super::later::track_names();
        names::arrived().then(|| {
            library
                .names_of(code)
                .into_iter()
                .find(|n| n.status == NameStatus::Current)
        })
    });
    let none = move || current.with(|c| matches!(c, Some(None)));
    let pieces = move || {
        let Some(name) = current.get().flatten() else {
            let dash = if none() { "\u{2014}" } else { "" };
            return pieces_view(vec![Piece {
                text: dash,
                marked: false,
            }]);
        };
        data.marks.with(|marks| {
            let key = SearchText::identifier(name.identifier, name.core_start());
            let terms: Vec<&str> = marks
                .terms
                .iter()
                .flat_map(|t| [t.as_str(), strip_prefixes(t)])
                .collect();
            pieces_view(highlight(name.identifier, &key, &terms))
        })
    };
    view! {
        <code class:no-name=none title=move || none().then_some(crate::text::code_names::NO_NAME)>
            {pieces}
        </code>
    }
}

/// The names from code that the row matched through and nothing else
/// (`StatusTeapot`), so the reader sees why it is shown: "In code:" and the
/// names, marked, in one line that is empty (and takes no room) otherwise.
/// Made of the same pieces as every marked text, so it shares their code.
fn in_code(data: &RowHandle) -> impl IntoView {
    let data = data.clone();
    let pieces = move || {
        super::later::track_names();
        data.marks.with(|marks| {
            let mut pieces = Vec::new();
            if let Some((entry, _)) = data.index.get(data.row) {
                let terms: Vec<&str> = marks
                    .terms
                    .iter()
                    .map(String::as_str)
                    .filter(|t| !data.index.matches_besides_names(data.row, t))
                    .collect();
                for (n, (_, marked)) in matched_names(entry.code, &terms).into_iter().enumerate() {
                    let lead = if n == 0 {
                        crate::text::code_names::MATCHED_IN_CODE
                    } else {
                        ", "
                    };
                    pieces.push(Piece {
                        text: lead,
                        marked: false,
                    });
                    pieces.extend(marked);
                }
            }
            pieces_view(pieces)
        })
    };
    view! { <span class="in-code">{pieces}</span> }
}

fn description_cell(data: &RowHandle, cell: &DescriptionCell) -> impl IntoView {
    let vendor = cell.vendor.as_ref().map(|vendor| {
        let documented = [&vendor.documented, vendor.documented_at].concat();
        view! {
            <p class="vendor">
                {vendor.lead}
                <strong>{marked_text(data, vendor.name)}</strong>
                {documented}
            </p>
        }
    });
    let site = cell.site.as_ref().map(|site| {
        let link = site
            .link
            .as_ref()
            .map(|link| view! { " " {link_view(link)} });
        view! {
            <div class="site-definition" part="site-definition">
                <p>
                    <span class="badge badge-site">{site.badge}</span>
                    " "
                    <strong class="site-name">{marked_text(data, site.name)}</strong>
                </p>
                <p class="site-description">{marked_text(data, site.description)}{link}</p>
            </div>
        }
    });
    let links = cell.links.iter().map(link_view).collect::<Vec<_>>();
    view! {
        <p class="description">{marked_text(data, cell.description)}</p>
        {vendor}
        {site}
        {links}
    }
}

/// A link that was checked when the entry was read; a site's own links open
/// without referrer.
fn link_view(link: &Link) -> impl IntoView {
    let rel = link.site.then_some("noopener noreferrer");
    view! { <a class=link.class href=link.href.to_string() rel=rel>{link.label.to_string()}</a> }
}

/// `field`'s text, with what the row's text terms matched in `<mark>`s. It
/// follows the row's marks, which change only when the row is shown and its
/// text terms (those of the alternatives it matches) change.
fn marked_text(data: &RowHandle, field: Field) -> impl IntoView {
    let data = data.clone();
    move || {
        data.marks.with(|marks| {
            let Some((entry, keys)) = data.index.get(data.row) else {
                return pieces_view(Vec::new());
            };
            pieces_view(field.pieces(entry, keys, &marks.terms))
        })
    }
}
