//! The DOM renderer of one row: it paints a [`RowModel`] with direct DOM
//! calls (through the walk in `row_markup`, shared with the build-time HTML),
//! or adopts a row the pre-rendered page already holds, and remembers which
//! elements hold searchable text, so the query's matches can be marked again
//! later without drawing the row anew.
//!
//! Rows are the bulk of the page (one per entry, up to 10,000), so they are not
//! bound element by element like the rest of the view: the table body updates
//! them all in one effect (a reactive row cost about eight effects when rows
//! were Leptos views; docs/performance.md). What a row shows is decided in `row_model`; this file
//! only paints. Only text nodes are ever created from data or from the query:
//! never markup. [`super::table_body`] owns the rows and decides when.

use super::row_markup::{paint_row, row_class, striped_at, Markup, RowPlace};
use super::row_model::{Field, RowModel};
use crate::query::{Query, SearchIndex, SortColumn};
use crate::registry::Date;
use wasm_bindgen::{intern, JsValue};
use web_sys::{Document, Element};

pub use super::dom::DomResult;
use super::dom::Adopt;

/// An element whose text follows the query, and what stays after that text.
struct MarkedText {
    field: Field,
    element: Element,
    /// A link that ends the paragraph, put back after every refill.
    trailing: Option<Element>,
    /// The pieces last written, as (marked, length); `None` before the first.
    /// An unchanged split is not written again: rewriting equal text would
    /// still cost the browser a new layout of the row.
    written: Option<Vec<(bool, usize)>>,
}

/// Paints rows of one widget's index, in its columns.
pub struct Painter<'a> {
    pub document: &'a Document,
    pub index: &'a SearchIndex,
    pub columns: &'a [SortColumn],
    /// The reader's date, for whether a temporary registration has expired.
    pub today: Date,
}

/// A row's open details: its own `<tr>` below the entry's row, and whatever
/// must live as long as the panel inside it (dropping it unmounts the panel).
pub struct OpenDetails {
    pub tr: Element,
    pub _panel: Box<dyn std::any::Any>,
}

/// A painted row: its elements and what was last applied to them.
pub struct DrawnRow {
    /// The entry's row number in the index (the row's key).
    pub row: usize,
    pub code: u16,
    pub tr: Element,
    pub toggle: Element,
    marked: Vec<MarkedText>,
    /// Place among the rows shown; `None` while hidden.
    pub place: Option<u32>,
    /// Whether the row's class has the stripe (kept while hidden).
    pub striped: bool,
    /// The query generation the marks were computed for.
    pub marks_for: u32,
    pub targeted: bool,
    /// Set while the details are open.
    pub details: Option<OpenDetails>,
    unofficial: bool,
    has_site: bool,
}

impl Painter<'_> {
    /// Paints row `row` of the index, detached, at `place` among the rows
    /// shown (hidden for `None`): the body attaches it in order.
    pub fn row(&self, row: usize, place: Option<u32>) -> DomResult<DrawnRow> {
        let mut markup = super::dom::Dom {
            document: self.document,
        };
        let drawn = self.walk(&mut markup, row, place, false)?;
        drawn.ok_or_else(|| JsValue::from_str("row not drawn"))
    }

    /// Takes over `tr`, row `row` as the pre-rendered page wrote it at `place`
    /// among the rows shown: nothing is drawn, the row's elements are found.
    /// Fails if it is not that row's structure, or if the row shows something
    /// that depends on the reader's date (a temporary registration), which the
    /// build could not know.
    /// `None` for a row that must be painted afresh (it depends on the date).
    pub fn adopt(&self, row: usize, tr: Element, place: Option<u32>) -> DomResult<Option<DrawnRow>> {
        let mut markup = Adopt::new(tr, "the pre-rendered row differs");
        self.walk(&mut markup, row, place, true)
    }

    fn walk(
        &self,
        markup: &mut dyn Markup<Node = Element, Error = JsValue>,
        row: usize,
        place: Option<u32>,
        adopting: bool,
    ) -> DomResult<Option<DrawnRow>> {
        let (entry, keys) = self
            .index
            .get(row)
            .ok_or_else(|| JsValue::from_str("row out of range"))?;
        let model = RowModel::new(entry, self.columns, self.today);
        if adopting && model.depends_on_date() {
            return Ok(None);
        }
        let placed = RowPlace {
            row,
            shown_at: place,
            anchor: false,
        };
        let painted = paint_row(markup, &model, entry, keys, placed)?;
        let marked = painted
            .marked
            .into_iter()
            .map(|m| {
                // What was written is the whole text unmarked: a query that
                // marks nothing in it leaves it alone.
                let written = m.field.text(entry, keys).map(|(text, _)| vec![(false, text.len())]);
                MarkedText {
                    field: m.field,
                    element: m.node,
                    trailing: m.trailing,
                    written,
                }
            })
            .collect();
        Ok(Some(DrawnRow {
            row,
            code: model.code,
            tr: painted.tr,
            toggle: painted.toggle,
            marked,
            place,
            striped: striped_at(place),
            marks_for: u32::MAX,
            targeted: false,
            details: None,
            unofficial: model.unofficial,
            has_site: model.has_site,
        }))
    }
}

impl DrawnRow {
    /// Writes the row's classes in one call (one of a few strings: interned).
    pub fn restyle(&self) {
        let class = row_class(
            self.unofficial,
            self.has_site,
            self.striped,
            self.targeted,
            self.details.is_some(),
        );
        self.tr.set_class_name(intern(&class));
    }

    /// Refills every searchable text with the query's matches in `<mark>`s.
    pub fn mark(
        &mut self,
        document: &Document,
        index: &SearchIndex,
        query: &Query,
    ) -> DomResult<()> {
        let Some((entry, keys)) = index.get(self.row) else {
            return Err(JsValue::from_str("row out of range"));
        };
        for marked in &mut self.marked {
            let pieces = marked.field.pieces(entry, keys, query);
            let split: Vec<(bool, usize)> =
                pieces.iter().map(|p| (p.marked, p.text.len())).collect();
            if marked.written.as_ref() == Some(&split) {
                continue;
            }
            marked.written = Some(split);
            match pieces.as_slice() {
                // Nothing matched: one call instead of clearing and appending.
                [only] if !only.marked => marked.element.set_text_content(Some(only.text)),
                _ => {
                    marked.element.set_text_content(None);
                    for piece in &pieces {
                        if piece.marked {
                            let mark = document.create_element(intern("mark"))?;
                            mark.set_text_content(Some(piece.text));
                            marked.element.append_with_node_1(&mark)?;
                        } else {
                            marked.element.append_with_str_1(piece.text)?;
                        }
                    }
                }
            }
            if let Some(trailing) = &marked.trailing {
                marked.element.append_with_str_1(intern(" "))?;
                marked.element.append_with_node_1(trailing)?;
            }
        }
        Ok(())
    }
}
