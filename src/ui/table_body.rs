//! The table body: the one place that owns the rows.
//!
//! The rules, all kept here:
//! - **Keyed rows.** Every entry of the index gets one `<tr>`, painted once
//!   (`row.rs`) and keyed by its row number in the index (`data-row`). After
//!   that, rows are only shown, hidden, re-marked and moved; they are painted
//!   again only when the index or the columns change.
//! - **One update, in a fixed order.** One effect calls [`TableBody::update`],
//!   which (1) paints every row afresh if the index or columns changed (rows
//!   are painted detached), (2) puts the rows in the sort order (a row's open
//!   details follow it): all at once after painting, later by moving only the
//!   rows that must move (`reorder`), (3) shows and hides them, stripes every
//!   second row shown and re-marks the shown rows whose marks are older than
//!   the query's text terms, (4) marks the permalink's rows and opens their
//!   details.
//! - **Adopted rows.** On the standalone page the rows are already in the
//!   HTML (written at build time by the same walk, `row_markup`). The first
//!   paint of the registry in the default columns takes those `<tr>`s over
//!   (offered by the host with [`offer_served_rows`])
//!   instead of drawing them ([`Painter::adopt`]) and moves them into this
//!   body in (2): same nodes, same place, so nothing flashes or shifts. A row
//!   that depends on the reader's date, or that is not what this build would
//!   draw (reported), is painted afresh. Finding an offered row's parts only
//!   reads the page, so the host can have it done in short slices
//!   ([`walk_served_rows`]) before the take-over, which then only moves them.
//! - **Events.** One click listener on `<tbody>` serves every details toggle:
//!   the clicked `.details-toggle` button's `<tr>` carries the row number.
//! - **Errors.** A DOM call that fails leaves that row or mark out and is
//!   reported in the console with the code it concerns; nothing fails silently.
//! - **Held first paint.** A table offered the served rows is the page's,
//!   built off the page before the take-over: it waits to paint until the
//!   host says its view is in place ([`paint_held_rows`]), so the served rows
//!   stay on the page until then.
//! - **Borrowing.** The effect, the click listener and the held first paint
//!   are the only users of the body, each run to completion from the event
//!   loop and none calls another, so a borrow can never be held when another
//!   is taken.

use super::details_panel::build_panel;
use super::row::{DomResult, DrawnRow, OpenDetails, Painter};
use super::reorder::{self, Move};
use super::row_markup::{shown_places, striped_at};
use super::state::TableState;
use crate::query::{registry_index, Query, SearchIndex, SortColumn};
use reactive_graph::prelude::*;
use reactive_graph::effect::Effect;
use reactive_graph::owner::Owner;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::{intern, JsCast, JsValue};
use web_sys::{Document, Element};

/// What is painted, and the state it was last brought up to date with.
#[derive(Default)]
pub struct TableBody {
    document: Option<Document>,
    index: Option<Arc<SearchIndex>>,
    columns: Vec<SortColumn>,
    /// By row number in the index; `None` where painting failed (reported).
    rows: Vec<Option<DrawnRow>>,
    /// Row numbers in the order the rows are in the DOM.
    order: Vec<usize>,
    query: Query,
    /// The query's text terms, the only part of it that marks depend on.
    marked_terms: Vec<String>,
    /// Bumped whenever the text terms change; rows compare it with their marks.
    generation: u32,
    permalink: Option<u16>,
    /// The rows the page was served with, until the first paint adopts them.
    prerendered: Vec<ServedRow>,
    /// Not painting yet: see [`paint_held_rows`].
    held: bool,
    /// The widget's reactive owner: each open panel has a child of its own.
    /// (Under the body's effect instead, the effect's re-runs would dispose
    /// the panel's signals.)
    owner: Option<Owner>,
}

/// A row the page was served with, and what walking it found, once walked:
/// the adopted row, `None` for a row to paint afresh, or why it differs.
struct ServedRow {
    row: usize,
    tr: Element,
    /// Its place among the rows served shown.
    place: Option<u32>,
    walked: Option<DomResult<Option<DrawnRow>>>,
}

thread_local! {
    /// The rows the standalone page was served with, until a table takes them.
    static SERVED_ROWS: RefCell<Vec<ServedRow>> = const { RefCell::new(Vec::new()) };
    /// The first paint of the table that took the served rows, until the host lets it paint.
    static HELD_PAINT: RefCell<Option<Box<dyn FnOnce()>>> = RefCell::new(None);
}

/// Lets the table that took the served rows paint, now: the host has put its
/// view in place of the served one.
pub fn paint_held_rows() {
    let paint = HELD_PAINT.with(|held| held.try_borrow_mut().ok().and_then(|mut held| held.take()));
    if let Some(paint) = paint {
        paint();
    }
}

/// Offers the rows the page was served with (each carries its row number in
/// `data-row`) to the next table made, the page's only one, which then waits
/// for [`paint_held_rows`] before its first paint. A thread-local
/// rather than a Leptos context: a context of a new type costs its own copy
/// of the reactive machinery in the wasm.
pub fn offer_served_rows(rows: Vec<Element>) {
    let mut shown = 0;
    let served = rows
        .into_iter()
        .filter_map(|tr| {
            let row = tr.get_attribute("data-row")?.parse::<usize>().ok()?;
            let place = (!tr.has_attribute("hidden")).then(|| {
                shown += 1;
                shown - 1
            });
            Some(ServedRow { row, tr, place, walked: None })
        })
        .collect();
    SERVED_ROWS.with(|offered| {
        if let Ok(mut offered) = offered.try_borrow_mut() {
            *offered = served;
        }
    });
}

/// What the served rows show: the registry, in the default columns.
fn served_view() -> (Arc<SearchIndex>, &'static [SortColumn]) {
    (registry_index(), &SortColumn::ALL)
}

/// Walks up to `limit` offered rows not yet walked, as the first paint of the
/// registry in the default columns would adopt them. Nothing on the page
/// changes. Returns whether rows remain to walk.
pub fn walk_served_rows(limit: usize) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let (index, columns) = served_view();
    let painter = Painter {
        document: &document,
        index: &index,
        columns,
        today: super::clock::today(),
    };
    SERVED_ROWS.with(|offered| {
        let Ok(mut offered) = offered.try_borrow_mut() else {
            return false;
        };
        let mut unwalked = offered.iter_mut().filter(|served| served.walked.is_none());
        for served in unwalked.by_ref().take(limit) {
            served.walked = Some(painter.adopt(served.row, served.tr.clone(), served.place));
        }
        unwalked.next().is_some()
    })
}

/// Everything the body follows, read from the state in one place. The order
/// and columns are borrowed from their memos: a keystroke copies neither.
struct Wanted<'a> {
    index: Arc<SearchIndex>,
    columns: &'a [SortColumn],
    query: Query,
    /// Every row in sort order.
    order: &'a [usize],
    /// Each row's place among the rows shown, by row number.
    places: Vec<Option<u32>>,
    permalink: Option<u16>,
}

/// Paints the body into `tbody` and keeps it in step with the state, for as
/// long as the current reactive owner (the table) lives.
pub fn attach(state: TableState, tbody: Element) -> Rc<RefCell<TableBody>> {
    let prerendered = SERVED_ROWS.with(|offered| {
        offered
            .try_borrow_mut()
            .map(|mut rows| std::mem::take(&mut *rows))
            .unwrap_or_default()
    });
    let held = !prerendered.is_empty();
    let shared = Rc::new(RefCell::new(TableBody {
        prerendered,
        held,
        owner: Owner::current(),
        ..TableBody::default()
    }));
    let body = shared.clone();
    let bring_up_to_date = Rc::new(move || {
        let index = state.index.get();
        let places = state
            .outcome
            .with(|outcome| shown_places(index.len(), &outcome.rows));
        let (query, permalink) = (state.query.get(), state.permalink.get());
        state.columns.with(|columns| {
            state.order.with(|order| {
                let wanted = Wanted {
                    index,
                    columns,
                    query,
                    order,
                    places,
                    permalink,
                };
                body.borrow_mut().update(&tbody, wanted, state);
            })
        });
    });
    if held {
        let (body, bring_up_to_date) = (shared.clone(), bring_up_to_date.clone());
        let paint = move || {
            body.borrow_mut().held = false;
            bring_up_to_date();
        };
        HELD_PAINT.with(|slot| {
            if let Ok(mut slot) = slot.try_borrow_mut() {
                *slot = Some(Box::new(paint));
            }
        });
    }
    // While held, the effect still reads (and so follows) the state.
    Effect::new(move |_| bring_up_to_date());
    shared
}

/// Makes `parent`'s children `nodes` without moving the ones already in
/// place: where the children and `nodes` differ only by new (detached) nodes,
/// each takes the place of the child it replaces. False where that is not so
/// (what was patched is then put right by the caller).
fn patched_in_place(parent: &Element, nodes: &js_sys::Array) -> bool {
    let children = parent.child_nodes();
    if children.length() != nodes.length() {
        return false;
    }
    for i in 0..nodes.length() {
        let (Some(child), Ok(node)) = (children.item(i), nodes.get(i).dyn_into::<web_sys::Node>()) else {
            return false;
        };
        if child == node {
            continue;
        }
        let replaced = child
            .dyn_ref::<Element>()
            .is_some_and(|child| node.parent_node().is_none() && child.replace_with_with_node_1(&node).is_ok());
        if !replaced {
            return false;
        }
    }
    true
}

/// The click listener of the body: a click on a row's details toggle opens or
/// closes its details. (One listener for all rows instead of one per row.)
pub fn toggle_clicked(body: &RefCell<TableBody>, event: &web_sys::Event, state: TableState) {
    if let Some(row) = toggled_row(event) {
        body.borrow_mut().toggle(row, state);
    }
}

/// The key listener of the body: the toggles are `role="button"` elements,
/// so Enter and Space work them as they would a `<button>` (Space without
/// scrolling the page; with a modifier too, as a `<button>` does).
pub fn toggle_key(body: &RefCell<TableBody>, event: &web_sys::Event, state: TableState) {
    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    if !matches!(key.key().as_str(), "Enter" | " ") {
        return;
    }
    if let Some(row) = toggled_row(event) {
        event.prevent_default();
        body.borrow_mut().toggle(row, state);
    }
}

/// The row whose details toggle `event` is aimed at.
fn toggled_row(event: &web_sys::Event) -> Option<usize> {
    event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|target| target.closest(".details-toggle").ok().flatten())
        .and_then(|toggle| toggle.closest("tr").ok().flatten())
        .and_then(|tr| tr.get_attribute("data-row"))
        .and_then(|row| row.parse::<usize>().ok())
}

/// Says in the console what could not be done, and for which code.
fn report(what: &str, code: Option<u16>, error: &JsValue) {
    let code = code.map(|c| format!(" (code {c})")).unwrap_or_default();
    let message = format!("http-status-table: {what}{code} failed:");
    // The error goes to the console as the object it is (no Debug formatting in the wasm).
    web_sys::console::error_2(&JsValue::from_str(&message), error);
}

impl TableBody {
    /// Brings the body up to date with `wanted`, in the order the rules above give.
    fn update(&mut self, tbody: &Element, wanted: Wanted, state: TableState) {
        if self.held {
            return;
        }
        if !self.is_painted_for(&wanted.index, wanted.columns) {
            self.repaint(tbody, &wanted, state);
        }
        self.arrange(tbody, wanted.order);
        // Typing a code or a wildcard changes no marks: rows are left alone.
        let terms: Vec<String> = wanted
            .query
            .terms
            .iter()
            .filter_map(|term| term.text().map(str::to_owned))
            .collect();
        if self.marked_terms != terms {
            self.marked_terms = terms;
            self.generation = self.generation.wrapping_add(1);
        }
        self.query = wanted.query;
        self.show(&wanted.places);
        self.target(wanted.permalink, state);
    }

    fn is_painted_for(&self, index: &Arc<SearchIndex>, columns: &[SortColumn]) -> bool {
        self.index.as_ref().is_some_and(|i| Arc::ptr_eq(i, index)) && self.columns == columns
    }

    /// Paints every row afresh, detached: the host's entries or columns
    /// changed. Details that were open stay open when the entries are the same.
    fn repaint(&mut self, tbody: &Element, wanted: &Wanted, state: TableState) {
        let same_entries = self
            .index
            .as_ref()
            .is_some_and(|i| Arc::ptr_eq(i, &wanted.index));
        let reopen: Vec<usize> = self
            .rows
            .iter()
            .flatten()
            .filter(|drawn| same_entries && drawn.details.is_some())
            .map(|drawn| drawn.row)
            .collect();
        // Served rows stay where they are until `arrange` knows whether they
        // are in order already.
        if self.prerendered.is_empty() {
            tbody.set_text_content(None);
        }
        self.order.clear();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let painter = Painter {
            document: &document,
            index: &wanted.index,
            columns: wanted.columns,
            today: super::clock::today(),
        };
        let mut adoptable = self.adoptable_rows(wanted);
        self.rows = (0..wanted.index.len())
            .map(|row| {
                let code = || wanted.index.get(row).map(|(e, _)| e.code);
                let adopted = adoptable.get_mut(row).and_then(Option::take).and_then(|served| {
                    served
                        .walked
                        .unwrap_or_else(|| painter.adopt(row, served.tr, served.place))
                        .map_err(|error| report("adopting a pre-rendered row", code(), &error))
                        .ok()
                        .flatten()
                });
                let place = wanted.places.get(row).copied().flatten();
                adopted.or_else(|| {
                    painter
                        .row(row, place)
                        .map_err(|error| report("drawing a row", code(), &error))
                        .ok()
                })
            })
            .collect();
        // Still the permalink's rows, but not opened again: only a new permalink does that.
        for drawn in self.rows.iter_mut().flatten() {
            if self.permalink == Some(drawn.code) {
                drawn.targeted = true;
                drawn.restyle();
            }
        }
        self.document = Some(document);
        self.index = Some(wanted.index.clone());
        self.columns = wanted.columns.to_vec();
        for row in reopen {
            self.open(row, state);
        }
    }

    /// The pre-rendered rows by row number, if they show what is wanted: the
    /// registry in the default columns. Offered once; dropped otherwise.
    fn adoptable_rows(&mut self, wanted: &Wanted) -> Vec<Option<ServedRow>> {
        let offered = std::mem::take(&mut self.prerendered);
        let (index, columns) = served_view();
        let usable = Arc::ptr_eq(&wanted.index, &index) && wanted.columns == columns;
        let mut by_row: Vec<Option<ServedRow>> = Vec::new();
        by_row.resize_with(if usable { wanted.index.len() } else { 0 }, || None);
        for served in offered {
            if let Some(slot) = by_row.get_mut(served.row) {
                *slot = Some(served);
            }
        }
        by_row
    }

    /// Puts the rows (and their open details) in `order`, if that changed,
    /// moving only the rows that must move (`reorder`): a moved row is laid
    /// out anew, one left in place is not.
    fn arrange(&mut self, tbody: &Element, order: &[usize]) {
        if self.order == order {
            return;
        }
        let drawn = |row: &usize| self.rows.get(*row).is_some_and(Option::is_some);
        let now: Vec<usize> = self.order.iter().copied().filter(drawn).collect();
        let wanted: Vec<usize> = order.iter().copied().filter(drawn).collect();
        let moves = if now.is_empty() {
            None
        } else {
            reorder::moves(&now, &wanted)
        };
        match moves {
            Some(moves) => {
                for step in moves {
                    self.move_row(tbody, step);
                }
            }
            None => self.place_all(tbody, order),
        }
        self.order = order.to_vec();
    }

    /// Makes one move of [`Self::arrange`]: the row, then its open details.
    fn move_row(&self, tbody: &Element, step: Move) {
        let Some(drawn) = self.rows.get(step.row).and_then(Option::as_ref) else {
            return;
        };
        let before = step
            .before
            .and_then(|row| self.rows.get(row))
            .and_then(Option::as_ref)
            .map(|next| next.tr.unchecked_ref::<web_sys::Node>());
        let mut result = tbody.insert_before(&drawn.tr, before);
        if let Some(details) = &drawn.details {
            result = result.and(tbody.insert_before(&details.tr, before));
        }
        if let Err(error) = result {
            report("moving a row", Some(drawn.code), &error);
        }
    }

    /// Puts every row in `order` with one `replaceChildren` call: the first
    /// time after painting.
    fn place_all(&mut self, tbody: &Element, order: &[usize]) {
        let in_order = js_sys::Array::new();
        for &row in order {
            if let Some(drawn) = self.rows.get(row).and_then(Option::as_ref) {
                in_order.push(&drawn.tr);
                if let Some(details) = &drawn.details {
                    in_order.push(&details.tr);
                }
            }
        }
        // The first time, the rows may be in place already: the served rows,
        // adopted in the served body. Moving them would only make the browser
        // lay the whole table out again.
        if !patched_in_place(tbody, &in_order) {
            tbody.replace_children_with_node(&in_order);
        }
    }

    /// Shows and hides the rows by their place, stripes every second one, and re-marks
    /// the shown rows whose marks are older than the query. Only rows whose
    /// place or marks change are touched.
    fn show(&mut self, places: &[Option<u32>]) {
        let (Some(document), Some(index)) = (&self.document, &self.index) else {
            return;
        };
        for drawn in self.rows.iter_mut().flatten() {
            let place = places.get(drawn.row).copied().flatten();
            if place.is_some() != drawn.place.is_some() {
                let hidden = place.is_none();
                let mut result = drawn
                    .tr
                    .toggle_attribute_with_force(intern("hidden"), hidden);
                if let Some(details) = &drawn.details {
                    result = result.and(
                        details
                            .tr
                            .toggle_attribute_with_force(intern("hidden"), hidden),
                    );
                }
                if let Err(error) = result {
                    report("showing or hiding a row", Some(drawn.code), &error);
                }
            }
            drawn.place = place;
            // A hidden row keeps its stripe until it is shown again.
            if place.is_some() && striped_at(place) != drawn.striped {
                drawn.striped = !drawn.striped;
                drawn.restyle();
            }
            if place.is_some() && drawn.marks_for != self.generation {
                if let Err(error) = drawn.mark(document, index, &self.query) {
                    report("marking matches", Some(drawn.code), &error);
                }
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
            if let (true, Some(place)) = (targeted, drawn.place) {
                targets.push((place, drawn.row));
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
                let expanded = drawn
                    .toggle
                    .set_attribute(intern("aria-expanded"), intern("false"));
                let controls = drawn.toggle.remove_attribute("aria-controls");
                if let Err(error) = expanded.and(controls) {
                    report("closing details", Some(drawn.code), &error);
                }
            }
            None => self.open(row, state),
        }
    }

    /// Opens row `row`'s details below it, unless they are open: the panel is
    /// built only when first asked for.
    fn open(&mut self, row: usize, state: TableState) {
        let (Some(document), Some(index)) = (self.document.clone(), self.index.clone()) else {
            return;
        };
        let span = self.columns.len().to_string();
        let Some(drawn) = self.rows.get_mut(row).and_then(Option::as_mut) else {
            return;
        };
        if drawn.details.is_some() {
            return;
        }
        let owner = self.owner.as_ref().map_or_else(Owner::new, Owner::child);
        if let Err(error) = Self::open_details(&document, drawn, &span, (index, row), state, owner) {
            report("opening details", Some(drawn.code), &error);
        }
    }

    fn open_details(
        document: &Document,
        drawn: &mut DrawnRow,
        span: &str,
        (index, row): (Arc<SearchIndex>, usize),
        state: TableState,
        owner: Owner,
    ) -> DomResult<()> {
        let id = ["details-", &drawn.code.to_string(), "-", &row.to_string()].concat();
        let tr = document.create_element("tr")?;
        tr.set_class_name("details-row");
        tr.set_id(&id);
        if drawn.place.is_none() {
            tr.set_attribute("hidden", "")?;
        }
        let cell = document.create_element("td")?;
        cell.set_attribute("colspan", span)?;
        tr.append_child(&cell)?;
        drawn.tr.after_with_node_1(&tr)?;
        // The panel's own owner, dropped after the panel.
        let panel = owner.with(|| build_panel(state, document, &index, row, &cell))?;
        drawn.details = Some(OpenDetails {
            tr,
            _panel: Box::new((panel, owner)),
        });
        drawn.restyle();
        drawn
            .toggle
            .set_attribute(intern("aria-expanded"), intern("true"))?;
        drawn.toggle.set_attribute("aria-controls", &id)
    }
}
