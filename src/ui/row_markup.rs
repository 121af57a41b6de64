//! How a row is written, once for every renderer. [`paint_row`] walks a
//! [`RowModel`] and makes every element, attribute and text of the row through
//! a [`Markup`]: the DOM at run time (`row.rs`), an HTML string at build time
//! (`html.rs`, for the pre-rendered page), or the pre-rendered rows themselves,
//! which the DOM renderer adopts by walking them the same way. One walk, so the
//! three cannot disagree about a row's structure. Pure Rust.

use super::row_model::{Cell, DescriptionCell, Field, Link, NameCell, RowModel};
use crate::query::IndexedEntry;
use crate::registry::Entry;

/// Where a row is written.
pub trait Markup {
    type Node: Clone;
    type Error;
    /// `<tag class=…>`, appended to `parent` (the row itself has none).
    /// Tags and classes come from a small fixed set.
    fn element(
        &mut self,
        parent: Option<&Self::Node>,
        tag: &'static str,
        class: &str,
    ) -> Result<Self::Node, Self::Error>;
    /// An attribute; `common` when the value comes from a small set (a DOM
    /// renderer may then cache it).
    fn attribute(
        &mut self,
        node: &Self::Node,
        name: &'static str,
        value: &str,
        common: bool,
    ) -> Result<(), Self::Error>;
    /// Text appended to `node`; `common` as for attributes.
    fn text(&mut self, node: &Self::Node, text: &str, common: bool) -> Result<(), Self::Error>;
}

/// A written row: the elements a renderer keeps hold of.
pub struct PaintedRow<N> {
    pub tr: N,
    pub toggle: N,
    /// The elements whose text the filter can match, in order.
    pub marked: Vec<MarkedNode<N>>,
}

/// An element holding a searchable text, and a link that ends it (kept after
/// the text whenever the text is marked anew).
pub struct MarkedNode<N> {
    pub field: Field,
    pub node: N,
    pub trailing: Option<N>,
}

/// How one row is placed in the table.
#[derive(Clone, Copy, Debug)]
pub struct RowPlace {
    /// The entry's row number in the index (the row's key, `data-row`).
    pub row: usize,
    /// Its place among the rows shown (0 for the first); `None` while hidden.
    pub shown_at: Option<u32>,
    /// Carries `id="404"`, so a `#404` link finds it without any script (the
    /// standalone page only: embedded widgets must not add ids to the host).
    pub anchor: bool,
}

/// Each row's place among `shown` (row numbers in display order), by row
/// number: `None` for the rows not shown.
pub fn shown_places(len: usize, shown: &[usize]) -> Vec<Option<u32>> {
    let mut places = vec![None; len];
    for (place, &row) in shown.iter().enumerate() {
        if let Some(slot) = places.get_mut(row) {
            *slot = u32::try_from(place).ok();
        }
    }
    places
}

/// Whether the row shown at `place` is striped: every second one. A class
/// rather than `:nth-child(even of …)`: the body keeps hidden rows, and with
/// that selector hiding one row restyled every row after it, shown or not.
/// The class changes only on the shown rows whose parity changes.
pub fn striped_at(place: Option<u32>) -> bool {
    place.is_some_and(|place| place % 2 == 1)
}

/// The row's `class`: its flags, in a fixed order.
pub fn row_class(
    unofficial: bool,
    has_site: bool,
    striped: bool,
    targeted: bool,
    open: bool,
) -> String {
    let flags = [
        (unofficial, "unofficial"),
        (has_site, "has-site"),
        (striped, "stripe"),
        (targeted, "targeted"),
        (open, "open"),
    ];
    let names: Vec<&str> = flags
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, name)| *name)
        .collect();
    names.join(" ")
}

/// Writes `model`'s row (for `entry`, with its search `keys`) through `markup`.
/// `M` may be a `dyn Markup`: the DOM renderer passes one, so that painting
/// and adopting share one copy of this code in the wasm.
pub fn paint_row<M: Markup + ?Sized>(
    markup: &mut M,
    model: &RowModel,
    entry: &Entry,
    keys: &IndexedEntry,
    place: RowPlace,
) -> Result<PaintedRow<M::Node>, M::Error> {
    let class = row_class(
        model.unofficial,
        model.has_site,
        striped_at(place.shown_at),
        false,
        false,
    );
    let tr = markup.element(None, "tr", &class)?;
    markup.attribute(&tr, "data-code", &model.code.to_string(), true)?;
    markup.attribute(&tr, "data-row", &place.row.to_string(), false)?;
    if place.anchor {
        markup.attribute(&tr, "id", &model.code.to_string(), true)?;
    }
    if place.shown_at.is_none() {
        markup.attribute(&tr, "hidden", "", true)?;
    }
    let mut row = Writer {
        markup,
        entry,
        keys,
        marked: Vec::new(),
    };
    let mut toggle = None;
    for cell in &model.cells {
        let td = row.child(&tr, "td", &["col-", cell.column().key()].concat())?;
        if toggle.is_none() {
            toggle = Some(row.toggle(&td, &model.toggle_label)?);
        }
        row.cell(&td, cell)?;
    }
    let toggle = match toggle {
        Some(toggle) => toggle,
        // No columns (the options never allow it): a cell for the toggle alone.
        None => {
            let td = row.child(&tr, "td", "")?;
            row.toggle(&td, &model.toggle_label)?
        }
    };
    Ok(PaintedRow {
        tr,
        toggle,
        marked: row.marked,
    })
}

struct Writer<'m, 'e, M: Markup + ?Sized> {
    markup: &'m mut M,
    entry: &'e Entry,
    keys: &'e IndexedEntry,
    marked: Vec<MarkedNode<M::Node>>,
}

impl<M: Markup + ?Sized> Writer<'_, '_, M> {
    /// The details toggle, at the start of the row's first cell: an inline
    /// element in the cell's own line, not a `<button>` in a column of its
    /// own. A button is a box of its own to lay out, and its column one more
    /// cell per row: the two made showing or moving a row cost about a
    /// quarter more (docs/performance.md). Being `role="button"`, it answers
    /// Enter and Space through the body's key listener (`table_body`).
    fn toggle(&mut self, td: &M::Node, label: &str) -> Result<M::Node, M::Error> {
        let toggle = self.child(td, "span", "details-toggle")?;
        for (name, value) in [
            ("role", "button"),
            ("tabindex", "0"),
            ("part", "details-toggle"),
            ("aria-expanded", "false"),
        ] {
            self.markup.attribute(&toggle, name, value, true)?;
        }
        self.markup.attribute(&toggle, "aria-label", label, false)?;
        Ok(toggle)
    }

    fn child(
        &mut self,
        parent: &M::Node,
        tag: &'static str,
        class: &str,
    ) -> Result<M::Node, M::Error> {
        self.markup.element(Some(parent), tag, class)
    }

    /// `<tag class=…>text</tag>` in `parent`, for text from a small set.
    fn labelled(
        &mut self,
        parent: &M::Node,
        tag: &'static str,
        class: &str,
        text: &str,
    ) -> Result<M::Node, M::Error> {
        let node = self.child(parent, tag, class)?;
        self.markup.text(&node, text, true)?;
        Ok(node)
    }

    /// An element holding `field`'s text (marked later by the renderer), and
    /// the link that ends it.
    fn searchable(
        &mut self,
        node: M::Node,
        field: Field,
        trailing: Option<&Link>,
    ) -> Result<(), M::Error> {
        if let Some((text, _)) = field.text(self.entry, self.keys) {
            self.markup.text(&node, text, false)?;
        }
        let trailing = match trailing {
            Some(link) => {
                self.markup.text(&node, " ", true)?;
                Some(self.anchor(&node, link)?)
            }
            None => None,
        };
        self.marked.push(MarkedNode {
            field,
            node,
            trailing,
        });
        Ok(())
    }

    /// A link; a site's own links open without referrer.
    fn anchor(&mut self, parent: &M::Node, link: &Link) -> Result<M::Node, M::Error> {
        let anchor = self.child(parent, "a", link.class)?;
        self.markup.attribute(&anchor, "href", link.href, false)?;
        if link.site {
            self.markup
                .attribute(&anchor, "rel", "noopener noreferrer", true)?;
        }
        self.markup.text(&anchor, link.label, false)?;
        Ok(anchor)
    }

    /// Writes `cell`'s content into its `td`.
    fn cell(&mut self, td: &M::Node, cell: &Cell) -> Result<(), M::Error> {
        match cell {
            Cell::Code(code) => {
                self.labelled(td, "code", "", &code.to_string())?;
            }
            Cell::Name(name) => self.name_cell(td, name)?,
            Cell::Class(class) => {
                let chip = ["class-chip class-", class.slug()].concat();
                let chip = self.child(td, "span", &chip)?;
                self.labelled(&chip, "span", "class-wildcard", class.wildcard())?;
                // Its own element, so a narrow column can show the wildcard alone.
                self.labelled(&chip, "span", "class-name", &[" ", class.name()].concat())?;
            }
            Cell::Description(description) => self.description_cell(td, description)?,
        }
        Ok(())
    }

    fn name_cell(&mut self, td: &M::Node, cell: &NameCell) -> Result<(), M::Error> {
        let name = self.child(td, "span", "name")?;
        self.searchable(name, cell.name, None)?;
        for badge in &cell.badges {
            let class = ["badge badge-", badge.slug].concat();
            self.labelled(td, "span", &class, &badge.label)?;
        }
        for list in &cell.other_names {
            let line = self.labelled(td, "p", list.class, list.intro)?;
            for (n, &field) in list.names.iter().enumerate() {
                if n > 0 {
                    self.markup.text(&line, ", ", true)?;
                }
                let alias = self.child(&line, "span", "alias")?;
                self.searchable(alias, field, None)?;
            }
        }
        if let Some(note) = &cell.registration {
            let class = if note.warning {
                "registration expired"
            } else {
                "registration"
            };
            let line = self.child(td, "p", class)?;
            for (is_date, piece) in note.pieces() {
                if is_date {
                    let time = self.child(&line, "time", "")?;
                    self.markup.attribute(&time, "datetime", piece, false)?;
                    self.markup.text(&time, piece, false)?;
                } else {
                    self.markup.text(&line, piece, false)?;
                }
            }
        }
        Ok(())
    }

    fn description_cell(&mut self, td: &M::Node, cell: &DescriptionCell) -> Result<(), M::Error> {
        let paragraph = self.child(td, "p", "description")?;
        self.searchable(paragraph, cell.description, None)?;
        if let Some(vendor) = &cell.vendor {
            let line = self.labelled(td, "p", "vendor", vendor.lead)?;
            let name = self.child(&line, "strong", "")?;
            self.searchable(name, vendor.name, None)?;
            let documented = [&vendor.documented, vendor.documented_at].concat();
            self.markup.text(&line, &documented, false)?;
        }
        if let Some(site) = &cell.site {
            let block = self.child(td, "div", "site-definition")?;
            self.markup
                .attribute(&block, "part", "site-definition", true)?;
            let heading = self.child(&block, "p", "")?;
            self.labelled(&heading, "span", "badge badge-site", site.badge)?;
            self.markup.text(&heading, " ", true)?;
            let name = self.child(&heading, "strong", "site-name")?;
            self.searchable(name, site.name, None)?;
            let description = self.child(&block, "p", "site-description")?;
            self.searchable(description, site.description, site.link.as_ref())?;
        }
        for link in &cell.links {
            self.anchor(td, link)?;
        }
        Ok(())
    }
}
