//! A row's details panel: the registry facts (decided in `row_model`), the
//! behaviour facts, each followed by its source (a link, or the "our advice"
//! mark: decided in `details::ShownSource`), and copy buttons.

use super::copy::{copy, CopyFeedback};
use super::dom::{set_text, Bindings, Dom, DomResult, DomMarkup};
use super::row_model::registry_facts;
use super::shell::{add, add_text};
use super::state::TableState;
use crate::details::{facts_for, labelled_facts, status_line, ShownSource};
use crate::query::SearchIndex;
use crate::registry;
use crate::text;
use crate::text::facts;
use reactive_graph::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

/// A copy button: its class, its label, and what it copies.
type CopyButton = (&'static str, &'static str, Box<dyn Fn() -> String>);

/// An open panel: dropping it stops its updates and listeners.
pub struct PanelView {
    _bindings: Bindings,
}

/// Builds row `row`'s panel into `cell`.
pub fn build_panel(
    state: TableState,
    document: &Document,
    index: &SearchIndex,
    row: usize,
    cell: &Element,
) -> DomResult<PanelView> {
    let mut bindings = Bindings::default();
    let Some((entry, _)) = index.get(row) else {
        return Ok(PanelView {
            _bindings: bindings,
        });
    };
    let dom: &mut DomMarkup = &mut Dom { document };
    let panel = add(dom, Some(cell), "div", "details", &[("part", "details")])?;
    let list = add(dom, Some(&panel), "dl", "facts", &[])?;
    for fact in registry_facts(entry, super::clock::today()) {
        add_text(dom, &list, "dt", "", &[], fact.term)?;
        let said = add(dom, Some(&list), "dd", "", &[])?;
        if let Some(name) = fact.strong {
            add_text(dom, &said, "strong", "", &[], name)?;
            said.append_with_str_1(" ")?;
        }
        said.append_with_str_1(&fact.text)?;
        if let Some((href, label)) = fact.link {
            add_text(dom, &said, "a", "", &[("href", href)], label)?;
        }
        said.append_with_str_1(&fact.after)?;
        if let Some(source) = fact.source {
            add_source(dom, &said, source)?;
        }
    }
    let code_facts = facts_for(entry);
    for fact in labelled_facts(&code_facts) {
        add_text(dom, &list, "dt", "", &[], fact.label)?;
        let said = add_text(dom, &list, "dd", "", &[], fact.value)?;
        add_source(dom, &said, fact.source.shown(entry))?;
    }
    if !code_facts.headers.is_empty() {
        let items = fact_list(dom, &list, facts::RELATED_HEADERS, "headers")?;
        for header in code_facts.headers {
            let item = add(dom, Some(&items), "li", "", &[])?;
            add_text(dom, &item, "code", "", &[], header.name)?;
            item.append_with_str_2(": ", header.role)?;
            add_source(dom, &item, header.source.shown(entry))?;
        }
    }
    if !code_facts.confused_with.is_empty() {
        let items = fact_list(dom, &list, facts::OFTEN_CONFUSED_WITH, "confusions")?;
        for confusion in code_facts.confused_with {
            let name = registry::entries()
                .iter()
                .find(|e| e.code == confusion.other && e.is_official())
                .map(|e| e.name.as_ref())
                .unwrap_or_default();
            let item = add(dom, Some(&items), "li", "", &[])?;
            let strong = add(dom, Some(&item), "strong", "", &[])?;
            add_text(dom, &strong, "code", "", &[], &confusion.other.to_string())?;
            strong.append_with_str_2(" ", name)?;
            item.append_with_str_2(": ", confusion.how_to_tell)?;
            add_source(dom, &item, confusion.source.shown(entry))?;
        }
    }

    let code = entry.code;
    let group_label = text::details_for(code, &entry.name);
    let buttons = add(
        dom,
        Some(&panel),
        "div",
        "copy-buttons",
        &[("role", "group"), ("aria-label", &group_label)],
    )?;
    let feedback = CopyFeedback::new();
    let line = status_line(code, &entry.name);
    let copies: [CopyButton; 3] = [
        ("copy-code", text::COPY_CODE, Box::new(move || code.to_string())),
        ("copy-status-line", facts::COPY_STATUS_LINE, Box::new(move || line.clone())),
        (
            "copy-link",
            text::COPY_LINK,
            Box::new(move || [&state.page_url.get_untracked(), "#", &code.to_string()].concat()),
        ),
    ];
    for (class, label, value) in copies {
        let button = add_text(dom, &buttons, "button", class, &[("type", "button")], label)?;
        bindings.on(&button, "click", move |_| copy(value(), feedback));
    }
    let status = add(
        dom,
        Some(&panel),
        "p",
        "copy-status",
        &[("role", "status"), ("aria-live", "polite")],
    )?;
    bindings.effect(move || set_text(&status, &feedback.status.get()));
    // A refused copy shows the text selected, ready for Ctrl+C.
    let (document, panel) = (document.clone(), panel.clone());
    let mut fallback: Option<Element> = None;
    bindings.effect(move || {
        let value = feedback.fallback.get();
        if let Some(old) = fallback.take() {
            old.remove();
        }
        if value.is_empty() {
            return;
        }
        let built = add(
            &mut Dom {
                document: &document,
            } as &mut DomMarkup,
            Some(&panel),
            "input",
            "copy-fallback",
            &[
                ("type", "text"),
                ("readonly", ""),
                ("aria-label", text::COPY_FALLBACK_LABEL),
            ],
        );
        if let Ok(input) = built {
            let field: &HtmlInputElement = input.unchecked_ref();
            field.set_value(&value);
            // Focus fails only on a detached input: the panel is closed.
            let _ = field.focus();
            field.select();
            fallback = Some(input);
        }
    });
    Ok(PanelView {
        _bindings: bindings,
    })
}

/// After a fact, in `parent`: `<span class="fact-source">`, holding the "our
/// advice" mark (`<span class="our-advice">`) where the fact is ours, and the
/// link to the document it rests on (or that the advice applies), if any.
fn add_source(dom: &mut DomMarkup, parent: &Element, source: ShownSource) -> DomResult<()> {
    parent.append_with_str_1(" ")?;
    let wrap = add(dom, Some(parent), "span", "fact-source", &[])?;
    if let Some(mark) = source.mark() {
        add_text(dom, &wrap, "span", "our-advice", &[], mark)?;
    }
    if let Some((href, label)) = source.link() {
        if source.mark().is_some() {
            wrap.append_with_str_1(" ")?;
        }
        add_text(dom, &wrap, "a", "", &[("href", href)], label)?;
    }
    Ok(())
}

/// A `<dt>` term and a `<dd>` holding a list of class `class`; returns the list.
fn fact_list(dom: &mut DomMarkup, list: &Element, term: &str, class: &str) -> DomResult<Element> {
    add_text(dom, list, "dt", "", &[], term)?;
    let said = add(dom, Some(list), "dd", "", &[])?;
    add(dom, Some(&said), "ul", class, &[])
}
