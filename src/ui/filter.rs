//! The filter box, the unofficial-codes toggle, and what is said about the
//! result: the count, the live announcement, notices about the filter text,
//! the offer to show matching unofficial codes, and the empty state.

use super::dom::{set_text, Bindings, Dom, DomResult, DomMarkup};
use super::shell::{add, add_text, column_title, WidgetNodes};
use super::state::TableState;
use super::widget::bind_text;
use crate::query::SortDirection;
use crate::text;
use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;
use reactive_graph::effect::Effect;
use super::dom::set_timeout;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, KeyboardEvent};

/// The filter box and the toggle, both ways: the state writes them, and what
/// the reader types or ticks writes the state.
pub fn bind_controls(bindings: &mut Bindings, state: TableState, nodes: &WidgetNodes<Element>) {
    let filter_text = state.filter_text;
    let input: HtmlInputElement = nodes.filter_input.clone().unchecked_into();
    {
        let input = input.clone();
        bindings.effect(move || {
            let text = filter_text.get();
            // Only a different text: writing the same one could move the caret.
            if input.value() != text {
                input.set_value(&text);
            }
        });
    }
    let typed = input.clone();
    bindings.on(&input, "input", move |_| filter_text.set(typed.value()));
    bindings.on(&input, "keydown", move |event| {
        // Esc clears the filter (the browser's own clearing of search fields
        // is not consistent across engines).
        let escape = event
            .dyn_ref::<KeyboardEvent>()
            .is_some_and(|key| key.key() == "Escape");
        if escape && !filter_text.with_untracked(String::is_empty) {
            event.prevent_default();
            filter_text.set(String::new());
        }
    });

    let show = state.show_unofficial;
    let checkbox: HtmlInputElement = nodes.show_unofficial.clone().unchecked_into();
    {
        let checkbox = checkbox.clone();
        bindings.effect(move || checkbox.set_checked(show.get()));
    }
    let ticked = checkbox.clone();
    bindings.on(&checkbox, "change", move |_| show.set(ticked.checked()));
}

/// The count, the announcement, the notices, the hidden-codes hint and the
/// empty state.
pub fn bind_summary(
    bindings: &mut Bindings,
    state: TableState,
    document: &Document,
    nodes: &WidgetNodes<Element>,
    filter_input: &HtmlInputElement,
) {
    let outcome = state.outcome;
    bind_text(bindings, &nodes.count, move || {
        outcome.with(|o| text::result_count(o.rows.len(), o.total))
    });
    let announcement = announce_when_settled(state);
    bind_text(bindings, &nodes.announcement, move || announcement.get());
    let notices = nodes.notices.clone();
    let notice_document = document.clone();
    let mut written: Vec<String> = Vec::new();
    bindings.effect(move || {
        let texts: Vec<String> = outcome.with(|o| o.notices.iter().map(text::notice).collect());
        if texts == written {
            return;
        }
        written.clone_from(&texts);
        notices.set_text_content(None);
        for notice in texts {
            let dom: &mut DomMarkup = &mut Dom {
                document: &notice_document,
            };
            // Fails only if the list is gone with the widget.
            let _ = add_text(dom, &notices, "li", "", &[], &notice);
        }
    });
    bind_hidden_hint(bindings, state, document, &nodes.summary);
    bind_empty_state(bindings, state, document, &nodes.summary, filter_input);
}

/// While filtering, says how many unofficial codes match but are hidden, with
/// a button that shows them.
fn bind_hidden_hint(bindings: &mut Bindings, state: TableState, document: &Document, summary: &Element) {
    let (document, summary) = (document.clone(), summary.clone());
    // The hint shown, and for how many codes: it is only rebuilt when that changes.
    let mut shown: Option<(Element, Bindings, usize)> = None;
    bindings.effect(move || {
        let hidden = state.outcome.with(|o| o.hidden_unofficial);
        let filtering = state.query.with(|q| !q.is_empty());
        let wanted = if filtering { hidden } else { 0 };
        if shown.as_ref().map_or(0, |(_, _, count)| *count) == wanted {
            return;
        }
        if let Some((old, _, _)) = shown.take() {
            old.remove();
        }
        if wanted == 0 {
            return;
        }
        let built = (|| -> DomResult<(Element, Bindings, usize)> {
            let dom: &mut DomMarkup = &mut Dom {
                document: &document,
            };
            let hint = add(dom, Some(&summary), "p", "hidden-hint", &[])?;
            hint.append_with_str_2(&text::hidden_unofficial(hidden), " ")?;
            let button = add_text(dom, &hint, "button", "", &[("type", "button")], text::SHOW_THEM)?;
            let mut listeners = Bindings::default();
            listeners.on(&button, "click", move |_| state.show_unofficial.set(true));
            Ok((hint, listeners, hidden))
        })();
        shown = built.ok();
    });
}

/// When nothing matches: says so, with a button that clears the filter and
/// puts the caret back in the box.
fn bind_empty_state(
    bindings: &mut Bindings,
    state: TableState,
    document: &Document,
    summary: &Element,
    filter_input: &HtmlInputElement,
) {
    let (document, summary, input) = (document.clone(), summary.clone(), filter_input.clone());
    let mut shown: Option<(Element, Bindings)> = None;
    bindings.effect(move || {
        let empty = state.outcome.with(|o| o.rows.is_empty());
        if empty == shown.is_some() {
            return;
        }
        if let Some((old, _)) = shown.take() {
            old.remove();
            return;
        }
        let input = input.clone();
        let built = (|| -> DomResult<(Element, Bindings)> {
            let dom: &mut DomMarkup = &mut Dom {
                document: &document,
            };
            let block = add(dom, None, "div", "empty-state", &[])?;
            let said = add(dom, Some(&block), "p", "", &[])?;
            let button = add_text(
                dom,
                &block,
                "button",
                "",
                &[("type", "button"), ("id", "clear-filter")],
                text::CLEAR_FILTER,
            )?;
            summary.after_with_node_1(&block)?;
            let mut inner = Bindings::default();
            inner.effect(move || {
                let message = state.filter_text.with(|t| text::nothing_matches(t));
                set_text(&said, &message);
            });
            inner.on(&button, "click", move |_| {
                state.filter_text.set(String::new());
                // Focus fails only on a detached input: the widget is gone.
                let _ = input.focus();
            });
            Ok((block, inner))
        })();
        shown = built.ok();
    });
}

/// How long the count must stay unchanged before it is announced: a screen
/// reader hears the result once typing or sorting pauses, not every keystroke.
const SETTLE: Duration = Duration::from_millis(750);

/// The live region's text: the count and sort, set once they stop changing.
/// Every change starts a timer; only the newest one speaks. (A cleared timer
/// would leave its callback behind, so none is cleared.)
fn announce_when_settled(state: TableState) -> RwSignal<String> {
    let announcement = RwSignal::new(String::new());
    let newest = Rc::new(Cell::new(0_u32));
    Effect::new(move |first_run_done: Option<bool>| {
        let message = state.outcome.with(|o| {
            let sort = state.sort.get();
            text::announcement(
                o.rows.len(),
                o.total,
                column_title(sort.column),
                sort.direction == SortDirection::Descending,
            )
        });
        // The first run is the page loading: nothing to announce yet.
        if first_run_done.is_none() {
            return true;
        }
        let this = newest.get().wrapping_add(1);
        newest.set(this);
        let newest = newest.clone();
        set_timeout(
            move || {
                if newest.get() == this {
                    // Fails only once the widget is gone: nothing to announce then.
                    let _ = announcement.try_set(message);
                }
            },
            SETTLE,
        );
        true
    });
    announcement
}
