//! The DOM renderer of one row: it paints a [`RowModel`] with direct DOM
//! calls and remembers which elements hold searchable text, so the query's
//! matches can be marked again later without drawing the row anew.
//!
//! Rows are the bulk of the page (one per entry, up to 10,000), so they are not
//! drawn with `view!`: a Leptos row costs about eight reactive effects, six
//! comment markers and its own monomorphised build code (measured in
//! docs/performance.md). What a row shows is decided in `row_model`; this file
//! only paints. Only text nodes are ever created from data or from the query:
//! never markup. [`super::table_body`] owns the rows and decides when.

use super::row_model::{Cell, DescriptionCell, Field, Link, NameCell, RowModel};
use crate::query::{Query, SearchIndex, SortColumn};
use crate::registry::Date;
use wasm_bindgen::{intern, JsValue};
use web_sys::{Document, Element};

/// A failed DOM call, with what was being done.
pub type DomResult<T> = Result<T, JsValue>;

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
    /// The query generation the marks were computed for.
    pub marks_for: u32,
    pub targeted: bool,
    /// Set while the details are open.
    pub details: Option<OpenDetails>,
    unofficial: bool,
    has_site: bool,
}

impl Painter<'_> {
    /// `<tag class=…>`. Tags and classes come from a small set, so they are
    /// interned: sent to JS once, then passed by reference instead of decoded
    /// again for every row (decoding was the largest cost of drawing rows).
    fn element(&self, tag: &str, class: &str) -> DomResult<Element> {
        let element = self.document.create_element(intern(tag))?;
        if !class.is_empty() {
            element.set_class_name(intern(class));
        }
        Ok(element)
    }

    /// `<tag class=…>` appended to `parent`.
    fn child(&self, parent: &Element, tag: &str, class: &str) -> DomResult<Element> {
        let element = self.element(tag, class)?;
        parent.append_with_node_1(&element)?;
        Ok(element)
    }

    /// An attribute whose name and value come from a small set (interned).
    fn attribute(element: &Element, name: &str, value: &str) -> DomResult<()> {
        element.set_attribute(intern(name), intern(value))
    }

    /// A detached `<a>`; a site's own links open without referrer.
    fn anchor(&self, link: &Link) -> DomResult<Element> {
        let anchor = self.element("a", link.class)?;
        anchor.set_attribute(intern("href"), link.href)?;
        if link.site {
            Self::attribute(&anchor, "rel", "noopener noreferrer")?;
        }
        anchor.set_text_content(Some(link.label));
        Ok(anchor)
    }

    /// Paints row `row` of the index, detached, at `place` among the rows
    /// shown (hidden for `None`): the body attaches it in order, and
    /// [`DrawnRow::mark`] fills its searchable text when it is first shown.
    pub fn row(&self, row: usize, place: Option<u32>) -> DomResult<DrawnRow> {
        let (entry, _) = self
            .index
            .get(row)
            .ok_or_else(|| JsValue::from_str("row out of range"))?;
        let model = RowModel::new(entry, self.columns, self.today);
        let tr = self.element("tr", "")?;
        Self::attribute(&tr, "data-code", &model.code.to_string())?;
        tr.set_attribute(intern("data-row"), &row.to_string())?;
        if place.is_none() {
            Self::attribute(&tr, "hidden", "")?;
        }
        let toggle_cell = self.child(&tr, "td", "col-toggle")?;
        let toggle = self.child(&toggle_cell, "button", "details-toggle")?;
        Self::attribute(&toggle, "type", "button")?;
        Self::attribute(&toggle, "part", "details-toggle")?;
        Self::attribute(&toggle, "aria-expanded", "false")?;
        toggle.set_attribute(intern("aria-label"), &model.toggle_label)?;
        let mut marked = Vec::new();
        for cell in &model.cells {
            self.cell(&tr, cell, &mut marked)?;
        }
        let drawn = DrawnRow {
            row,
            code: model.code,
            tr,
            toggle,
            marked,
            place,
            marks_for: u32::MAX,
            targeted: false,
            details: None,
            unofficial: model.unofficial,
            has_site: model.has_site,
        };
        if drawn.unofficial || drawn.has_site {
            drawn.restyle();
        }
        Ok(drawn)
    }

    fn cell(&self, tr: &Element, cell: &Cell, marked: &mut Vec<MarkedText>) -> DomResult<()> {
        match cell {
            Cell::Code(code) => {
                let td = self.child(tr, "td", "col-code")?;
                self.child(&td, "code", "")?
                    .set_text_content(Some(intern(&code.to_string())));
            }
            Cell::Name(name) => self.name_cell(tr, name, marked)?,
            Cell::Class(class) => {
                let td = self.child(tr, "td", "col-class")?;
                let chip = ["class-chip class-", class.slug()].concat();
                let chip = self.child(&td, "span", &chip)?;
                self.child(&chip, "span", "class-wildcard")?
                    .set_text_content(Some(intern(class.wildcard())));
                // Its own element, so a narrow column can show the wildcard alone.
                self.child(&chip, "span", "class-name")?
                    .set_text_content(Some(intern(&[" ", class.name()].concat())));
            }
            Cell::Description(description) => self.description_cell(tr, description, marked)?,
        }
        Ok(())
    }

    fn name_cell(
        &self,
        tr: &Element,
        cell: &NameCell,
        marked: &mut Vec<MarkedText>,
    ) -> DomResult<()> {
        let td = self.child(tr, "td", "col-name")?;
        marked.push(MarkedText::new(cell.name, self.child(&td, "span", "name")?));
        for badge in &cell.badges {
            let class = ["badge badge-", badge.slug].concat();
            self.child(&td, "span", &class)?
                .set_text_content(Some(intern(&badge.label)));
        }
        for list in &cell.other_names {
            let line = self.child(&td, "p", list.class)?;
            line.set_text_content(Some(intern(list.intro)));
            for (n, &field) in list.names.iter().enumerate() {
                if n > 0 {
                    line.append_with_str_1(intern(", "))?;
                }
                marked.push(MarkedText::new(field, self.child(&line, "span", "alias")?));
            }
        }
        if let Some(note) = &cell.registration {
            let class = if note.warning {
                "registration expired"
            } else {
                "registration"
            };
            let line = self.child(&td, "p", class)?;
            for (is_date, piece) in note.pieces() {
                if is_date {
                    let time = self.child(&line, "time", "")?;
                    time.set_attribute(intern("datetime"), piece)?;
                    time.set_text_content(Some(piece));
                } else {
                    line.append_with_str_1(piece)?;
                }
            }
        }
        Ok(())
    }

    fn description_cell(
        &self,
        tr: &Element,
        cell: &DescriptionCell,
        marked: &mut Vec<MarkedText>,
    ) -> DomResult<()> {
        let td = self.child(tr, "td", "col-description")?;
        let paragraph = self.child(&td, "p", "description")?;
        marked.push(MarkedText::new(cell.description, paragraph));
        if let Some(vendor) = &cell.vendor {
            let line = self.child(&td, "p", "vendor")?;
            line.set_text_content(Some(intern(vendor.lead)));
            marked.push(MarkedText::new(
                vendor.name,
                self.child(&line, "strong", "")?,
            ));
            line.append_with_str_1(&[&vendor.documented, vendor.documented_at].concat())?;
        }
        if let Some(site) = &cell.site {
            let block = self.child(&td, "div", "site-definition")?;
            Self::attribute(&block, "part", "site-definition")?;
            let heading = self.child(&block, "p", "")?;
            self.child(&heading, "span", "badge badge-site")?
                .set_text_content(Some(intern(site.badge)));
            heading.append_with_str_1(intern(" "))?;
            marked.push(MarkedText::new(
                site.name,
                self.child(&heading, "strong", "site-name")?,
            ));
            let description = self.child(&block, "p", "site-description")?;
            let mut text = MarkedText::new(site.description, description);
            text.trailing = site.link.as_ref().map(|l| self.anchor(l)).transpose()?;
            marked.push(text);
        }
        for link in &cell.links {
            let anchor = self.anchor(link)?;
            td.append_with_node_1(&anchor)?;
        }
        Ok(())
    }
}

impl MarkedText {
    fn new(field: Field, element: Element) -> MarkedText {
        MarkedText {
            field,
            element,
            trailing: None,
            written: None,
        }
    }
}

impl DrawnRow {
    /// Writes the row's classes in one call (one of a few strings: interned).
    pub fn restyle(&self) {
        let flags = [
            (self.unofficial, "unofficial"),
            (self.has_site, "has-site"),
            (self.targeted, "targeted"),
            (self.details.is_some(), "open"),
        ];
        let names: Vec<&str> = flags
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, name)| *name)
            .collect();
        self.tr.set_class_name(intern(&names.join(" ")));
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
