//! The table body: every row drawn once (see [`super::row`]), then only shown,
//! hidden, striped, re-marked and moved as the state changes, like the
//! hand-written baseline does. One effect follows the state for the whole body
//! and one click listener opens and closes every row's details.

use super::details::DetailsPanel;
use super::row::{Draw, DrawnRow, OpenDetails};
use super::state::TableState;
use crate::query::{Query, SearchIndex, SortColumn, HIDDEN};
use leptos::html::Tbody;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::{intern, JsCast};
use web_sys::{Document, Element};

/// What is drawn, and the state it was last brought up to date with.
#[derive(Default)]
pub struct TableBody {
    document: Option<Document>,
    index: Option<Arc<SearchIndex>>,
    columns: Vec<SortColumn>,
    /// By row number in the index.
    rows: Vec<Option<DrawnRow>>,
    /// Row numbers in the order the rows are in the DOM.
    order: Vec<usize>,
    query: Query,
    /// The query's text terms, the only part of it that marks depend on.
    marked_terms: Vec<String>,
    /// Bumped whenever the text terms change; rows compare it with their marks.
    generation: u32,
    permalink: Option<u16>,
}

/// Draws the body into `body_ref` and keeps it in step with the state, for as
/// long as the current reactive owner (the table) lives.
pub fn follow(state: TableState, body_ref: NodeRef<Tbody>) -> Rc<RefCell<TableBody>> {
    let shared = Rc::new(RefCell::new(TableBody::default()));
    let body = shared.clone();
    Effect::new(move |_| {
        let index = state.index.get();
        let columns = state.columns.get();
        let query = state.query.get();
        let permalink = state.permalink.get();
        let Some(tbody) = body_ref.get() else {
            return;
        };
        let Ok(mut body) = body.try_borrow_mut() else {
            return;
        };
        if !body.is_drawn_for(&index, &columns) {
            state.outcome.with(|outcome| {
                body.redraw(&tbody, index, columns, &outcome.positions, state);
            });
        }
        state.order.with(|order| body.arrange(&tbody, order));
        // Typing a code or a wildcard changes no marks: rows are left alone.
        let terms: Vec<String> = query
            .terms
            .iter()
            .filter_map(|term| term.text().map(str::to_owned))
            .collect();
        if body.marked_terms != terms {
            body.marked_terms = terms;
            body.generation = body.generation.wrapping_add(1);
        }
        body.query = query;
        state.outcome.with(|outcome| body.show(&outcome.positions));
        body.target(permalink, state);
    });
    shared
}

/// The click listener of the body: a click on a row's details toggle opens or
/// closes its details. (One listener for all rows instead of one per row.)
pub fn toggle_clicked(body: &RefCell<TableBody>, event: &web_sys::Event, state: TableState) {
    let toggle = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|target| target.closest(".details-toggle").ok().flatten());
    let row = toggle
        .and_then(|toggle| toggle.closest("tr").ok().flatten())
        .and_then(|tr| tr.get_attribute("data-row"))
        .and_then(|row| row.parse::<usize>().ok());
    if let (Some(row), Ok(mut body)) = (row, body.try_borrow_mut()) {
        body.toggle(row, state);
    }
}

impl TableBody {
    fn is_drawn_for(&self, index: &Arc<SearchIndex>, columns: &[SortColumn]) -> bool {
        self.index.as_ref().is_some_and(|i| Arc::ptr_eq(i, index)) && self.columns == columns
    }

    /// Draws every row afresh: the host's entries or columns changed. Details
    /// that were open stay open when the entries are the same.
    fn redraw(
        &mut self,
        tbody: &Element,
        index: Arc<SearchIndex>,
        columns: Vec<SortColumn>,
        positions: &[u32],
        state: TableState,
    ) {
        let same_entries = self.index.as_ref().is_some_and(|i| Arc::ptr_eq(i, &index));
        let reopen: Vec<usize> = self
            .rows
            .iter()
            .flatten()
            .filter(|drawn| same_entries && drawn.details.is_some())
            .map(|drawn| drawn.row)
            .collect();
        tbody.set_text_content(None);
        self.order.clear();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let draw = Draw {
            document: &document,
            index: &index,
            columns: &columns,
            today: super::clock::today(),
        };
        self.rows = (0..index.len())
            .map(|row| draw.row(row, positions.get(row).copied().unwrap_or(HIDDEN)))
            .collect();
        // Still the permalink's rows, but not opened again: only a new permalink does that.
        for drawn in self.rows.iter_mut().flatten() {
            if self.permalink == Some(drawn.code) {
                drawn.targeted = true;
                drawn.restyle();
            }
        }
        self.document = Some(document);
        self.index = Some(index);
        self.columns = columns;
        for row in reopen {
            self.open(row, state);
        }
    }

    /// Puts the rows (and their open details) in `order`, if that changed: all
    /// in one `replaceChildren` call rather than one move per row.
    fn arrange(&mut self, tbody: &Element, order: &[usize]) {
        if self.order == order {
            return;
        }
        let in_order = js_sys::Array::new();
        for &row in order {
            if let Some(drawn) = self.rows.get(row).and_then(Option::as_ref) {
                in_order.push(&drawn.tr);
                if let Some(details) = &drawn.details {
                    in_order.push(&details.tr);
                }
            }
        }
        tbody.replace_children_with_node(&in_order);
        self.order = order.to_vec();
    }

    /// Shows and hides the rows by their place (CSS stripes them), and re-marks the shown
    /// rows whose marks are older than the query. Only rows whose place or marks
    /// change are touched.
    fn show(&mut self, positions: &[u32]) {
        let (Some(document), Some(index)) = (&self.document, &self.index) else {
            return;
        };
        for drawn in self.rows.iter_mut().flatten() {
            let place = positions.get(drawn.row).copied().unwrap_or(HIDDEN);
            if place != drawn.place {
                let was_hidden = drawn.place == HIDDEN;
                drawn.place = place;
                let hidden = place == HIDDEN;
                if hidden != was_hidden {
                    let _ = drawn
                        .tr
                        .toggle_attribute_with_force(intern("hidden"), hidden);
                    if let Some(details) = &drawn.details {
                        let _ = details
                            .tr
                            .toggle_attribute_with_force(intern("hidden"), hidden);
                    }
                }
            }
            if place != HIDDEN && drawn.marks_for != self.generation {
                drawn.mark(document, index, &self.query);
                drawn.marks_for = self.generation;
            }
        }
    }

    /// Marks the rows a permalink (`#404`) points at; when it changed, opens
    /// their details and brings the first shown one into view.
    fn target(&mut self, permalink: Option<u16>, state: TableState) {
        if permalink == self.permalink {
            return;
        }
        self.permalink = permalink;
        let mut targets = Vec::new();
        for drawn in self.rows.iter_mut().flatten() {
            let targeted = permalink == Some(drawn.code);
            if targeted != drawn.targeted {
                drawn.targeted = targeted;
                drawn.restyle();
            }
            if targeted && drawn.place != HIDDEN {
                targets.push((drawn.place, drawn.row));
            }
        }
        targets.sort_unstable();
        for &(_, row) in &targets {
            self.open(row, state);
        }
        let first = targets.first().and_then(|&(_, row)| self.rows.get(row));
        if let Some(drawn) = first.and_then(Option::as_ref) {
            drawn.tr.scroll_into_view();
        }
    }

    fn toggle(&mut self, row: usize, state: TableState) {
        let Some(drawn) = self.rows.get_mut(row).and_then(Option::as_mut) else {
            return;
        };
        match drawn.details.take() {
            // Dropping the details unmounts the panel.
            Some(details) => {
                details.tr.remove();
                drawn.restyle();
                let _ = drawn
                    .toggle
                    .set_attribute(intern("aria-expanded"), intern("false"));
                let _ = drawn.toggle.remove_attribute("aria-controls");
            }
            None => {
                self.open(row, state);
            }
        }
    }

    /// Opens row `row`'s details below it, unless they are open: the panel is a
    /// Leptos view, built only when first asked for.
    fn open(&mut self, row: usize, state: TableState) -> Option<()> {
        let document = self.document.as_ref()?;
        let index = self.index.clone()?;
        let span = (self.columns.len() + 1).to_string();
        let drawn = self.rows.get_mut(row)?.as_mut()?;
        if drawn.details.is_some() {
            return Some(());
        }
        let id = ["details-", &drawn.code.to_string(), "-", &row.to_string()].concat();
        let tr = document.create_element("tr").ok()?;
        tr.set_class_name("details-row");
        tr.set_id(&id);
        if drawn.place == HIDDEN {
            tr.set_attribute("hidden", "").ok()?;
        }
        let cell = document.create_element("td").ok()?;
        cell.set_attribute("colspan", &span).ok()?;
        tr.append_child(&cell).ok()?;
        drawn.tr.after_with_node_1(&tr).ok()?;
        // The panel's own reactive root: under the body's effect, the effect's
        // re-runs would dispose the panel's signals. Dropped after the panel.
        let owner = Owner::new_root(None);
        let panel = owner.with(|| {
            leptos::mount::mount_to(cell.unchecked_into(), move || {
                view! { <DetailsPanel state=state index=index row=row /> }
            })
        });
        drawn.details = Some(OpenDetails {
            tr,
            _panel: Box::new((panel, owner)),
        });
        drawn.restyle();
        drawn
            .toggle
            .set_attribute(intern("aria-expanded"), intern("true"))
            .ok()?;
        drawn.toggle.set_attribute("aria-controls", &id).ok()?;
        Some(())
    }
}
