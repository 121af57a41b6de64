//! "What is it called in my code?": a code's names in the reader's libraries,
//! each with a copy button and a link to the file it was read from, and the
//! chooser of libraries (details panel); the names a row matched through
//! (name cell); the names column. The names are data (`crate::names`).

use super::copy::{copy, CopyFeedback};
use super::state::TableState;
use crate::names::{self, Library, Name};
use crate::query::{code_names, fold_term, highlight, Piece};
use crate::text::code_names as text;
use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The details' "In code" term and its list, then the chooser. Every
/// library's item is built once and shown or hidden as the reader chooses:
/// a list rebuilt on each choice cost twice the code. The panel follows a
/// copy of the reader's choice, made when it opens and written back on each
/// change: a short-lived panel reading the widget's own signal would leave a
/// subscription behind in it each time (`tests/memory.rs`). One click
/// listener serves every copy button, and one change listener every box:
/// a listener per button and box (some forty a panel) left the JS heap a
/// megabyte larger after a thousand panels (`tests/e2e/soak.test.mjs`).
pub fn details_names(state: TableState, code: u16, feedback: CopyFeedback) -> impl IntoView {
    let chosen = RwSignal::new(state.languages.get_untracked());
    let items = names::libraries()
        .iter()
        .map(|library| {
            let hidden = move || !chosen.with(|c| c.iter().any(|l| l.id == library.id));
            library_item(library, code, hidden)
        })
        .collect::<Vec<_>>();
    let copy_clicked = move |ev: leptos::ev::MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(".copy-name").ok().flatten());
        if let Some(value) = button.and_then(|b| b.get_attribute("data-copy")) {
            copy(value, feedback);
        }
    };
    view! {
        <dt>{text::TERM}</dt>
        <dd>
            <p class="no-languages" hidden=move || !chosen.with(Vec::is_empty)>
                {text::NONE_CHOSEN}
            </p>
            <ul class="code-names" on:click=copy_clicked>{items}</ul>
            {chooser(state, chosen)}
        </dd>
    }
}

/// One library's names of `code` (the current one first), or that it has none.
fn library_item(
    library: &'static Library,
    code: u16,
    hidden: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let names = library.names_of(code);
    let file = library.source.rsplit('/').next().unwrap_or(library.source);
    let source = view! {
        " "
        <span class="name-source">
            <a href=library.source>{text::source_label(file, library.version)}</a>
        </span>
    };
    let body = if names.is_empty() {
        Either::Left(view! { " " <span class="no-name">{text::NO_NAME}</span> })
    } else {
        let names = names.into_iter().map(name_view).collect::<Vec<_>>();
        Either::Right(names)
    };
    view! {
        <li hidden=hidden>
            <span class="library">{library.label}</span>
            {body}
            {source}
        </li>
    }
}

/// A name, and its copy button (worked by the list's one listener).
fn name_view(name: Name) -> impl IntoView {
    let standing = name
        .standing()
        .map(|standing| view! { " " <span class="name-standing">{standing}</span> });
    let label = text::copy_label(name.identifier, name.library.label);
    view! {
        " "
        <span class=if name.status == names::NameStatus::Current { "code-name current" } else { "code-name" }>
            <code>{name.identifier}</code>
            " "
            <button
                type="button"
                class="copy-name"
                aria-label=label
                data-copy=name.identifier
            >
                {text::COPY}
            </button>
            {standing}
        </span>
    }
}

/// Checkboxes for every library: what the reader ticks is what the details
/// show (and what the standalone page remembers).
fn chooser(state: TableState, chosen: RwSignal<Vec<&'static Library>>) -> impl IntoView {
    let all = names::libraries();
    let summary = move || text::chosen(chosen.with(Vec::len), all.len());
    let boxes = all
        .iter()
        .map(|library| {
            // The box keeps its own state once ticked; only its start is ours.
            let checked = chosen.with_untracked(|c| c.iter().any(|l| l.id == library.id));
            view! {
                <label class="language-choice">
                    <input type="checkbox" value=library.id checked=checked />
                    " "
                    {library.label}
                </label>
            }
        })
        .collect::<Vec<_>>();
    let toggled = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let (id, on) = (input.value(), input.checked());
        chosen.update(|chosen| {
            // In the libraries' own order, whatever order they were ticked in.
            *chosen = all
                .iter()
                .filter(|l| {
                    if l.id == id {
                        on
                    } else {
                        chosen.iter().any(|c| c.id == l.id)
                    }
                })
                .collect();
        });
        state.languages.set(chosen.get_untracked());
    };
    view! {
        <details class="choose-languages">
            <summary>{summary}</summary>
            <div class="language-choices" on:change=toggled>{boxes}</div>
        </details>
    }
}

/// The names of `code` that the row's text `terms` matched, when the row's
/// name and former names did not match those terms: the reader typed a name
/// from code (`StatusTeapot`) and sees which. At most three, those whose
/// whole identifier holds the typed text first.
pub fn matched_names<T: AsRef<str>>(code: u16, terms: &[T]) -> Vec<(Name, Vec<Piece<'static>>)> {
    if terms.is_empty() {
        return Vec::new();
    }
    let all = code_names().of(code);
    let matched = code_names().matching(code, terms);
    let holds_typed = |at: usize| {
        let whole = fold_term(all[at].0.identifier);
        terms.iter().any(|t| whole.contains(t.as_ref()))
    };
    let mut shown: Vec<(Name, Vec<Piece<'static>>)> = Vec::new();
    // Two passes rather than a sort: those holding the typed text, then the rest.
    for first in [true, false] {
        for (at, hits) in &matched {
            let (name, key) = &all[*at];
            if shown.len() == 3
                || holds_typed(*at) != first
                || shown.iter().any(|(n, _)| n.identifier == name.identifier)
            {
                continue;
            }
            shown.push((*name, highlight(name.identifier, key, hits)));
        }
    }
    shown
}

/// Marked pieces as a view: `<mark>` around what the filter matched. Owned
/// text, as the row's other marked texts (`row::marked_text`) have it, so the
/// two share one compiled view.
pub fn pieces_view(pieces: Vec<Piece<'_>>) -> impl IntoView {
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
        .collect::<Vec<_>>()
}
