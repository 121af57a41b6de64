//! One table row, drawn with direct DOM calls, in the host's columns, with the
//! matched text marked.
//!
//! Rows are the bulk of the page (one per entry, up to 10,000), so they are not
//! drawn with `view!`: a Leptos row costs about eight reactive effects, six
//! comment markers and its own monomorphised build code. Here a row is plain
//! elements plus a record of what to update; [`super::table_body`] decides when.
//! Only text nodes are ever created from data or from the query: never markup.

use crate::query::{highlight, IndexedEntry, Query, SearchIndex, SearchText, SortColumn, HIDDEN};
use crate::registry::{AliasKind, Date, Entry, RegistryStatus};
use crate::text;
use wasm_bindgen::intern;
use web_sys::{Document, Element};

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
        Field::Alias(i) => Some((&entry.aliases.get(i)?.name, keys.aliases.get(i)?)),
        Field::Vendor => Some((&entry.vendor.as_ref()?.name, keys.vendor.as_ref()?)),
        Field::Description => Some((&entry.description, &keys.description)),
        Field::SiteName => Some((&entry.site.as_ref()?.name, keys.site_name.as_ref()?)),
        Field::SiteDescription => Some((
            &entry.site.as_ref()?.description,
            keys.site_description.as_ref()?,
        )),
    }
}

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

/// Creates elements for one widget's rows.
pub struct Draw<'a> {
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

/// A drawn row: its elements and what was last applied to them.
pub struct DrawnRow {
    pub row: usize,
    pub code: u16,
    pub tr: Element,
    pub toggle: Element,
    marked: Vec<MarkedText>,
    /// Place among the rows shown, or `HIDDEN`.
    pub place: u32,
    /// The query generation the marks were computed for.
    pub marks_for: u32,
    pub targeted: bool,
    /// Set while the details are open.
    pub details: Option<OpenDetails>,
    unofficial: bool,
    has_site: bool,
}

impl Draw<'_> {
    /// `<tag class=…>`. Tags and classes come from a small set, so they are
    /// interned: sent to JS once, then passed by reference instead of decoded
    /// again for every row (decoding was the largest cost of drawing rows).
    fn element(&self, tag: &str, class: &str) -> Option<Element> {
        let element = self.document.create_element(intern(tag)).ok()?;
        if !class.is_empty() {
            element.set_class_name(intern(class));
        }
        Some(element)
    }

    /// `<tag class=…>` appended to `parent`.
    fn child(&self, parent: &Element, tag: &str, class: &str) -> Option<Element> {
        let element = self.element(tag, class)?;
        parent.append_with_node_1(&element).ok()?;
        Some(element)
    }

    /// An attribute whose name and value come from a small set (interned).
    fn attribute(element: &Element, name: &str, value: &str) -> Option<()> {
        element.set_attribute(intern(name), intern(value)).ok()
    }

    /// A detached `<a>` to a link that was checked when the entry was read
    /// (https or same-origin only); a site's own links open without referrer.
    fn anchor(&self, class: &str, href: &str, label: &str, site: bool) -> Option<Element> {
        let link = self.element("a", class)?;
        link.set_attribute(intern("href"), href).ok()?;
        if site {
            Self::attribute(&link, "rel", "noopener noreferrer")?;
        }
        link.set_text_content(Some(label));
        Some(link)
    }

    /// Draws row `row` of the index at `place` (or hidden); its text is left
    /// to [`DrawnRow::mark`], which fills it when the row is first shown.
    pub fn row(&self, row: usize, place: u32) -> Option<DrawnRow> {
        let (entry, _) = self.index.get(row)?;
        let tr = self.element("tr", "")?;
        Self::attribute(&tr, "data-code", &entry.code.to_string())?;
        tr.set_attribute(intern("data-row"), &row.to_string())
            .ok()?;
        let toggle_cell = self.child(&tr, "td", "col-toggle")?;
        let toggle = self.child(&toggle_cell, "button", "details-toggle")?;
        Self::attribute(&toggle, "type", "button")?;
        Self::attribute(&toggle, "part", "details-toggle")?;
        Self::attribute(&toggle, "aria-expanded", "false")?;
        let label = text::details_for(entry.code, &entry.name);
        toggle.set_attribute(intern("aria-label"), &label).ok()?;
        let mut marked = Vec::new();
        for &column in self.columns {
            self.cell(&tr, entry, column, &mut marked)?;
        }
        let drawn = DrawnRow {
            row,
            code: entry.code,
            tr,
            toggle,
            marked,
            place,
            marks_for: u32::MAX,
            targeted: false,
            details: None,
            unofficial: entry.is_unofficial(),
            has_site: entry.site.is_some(),
        };
        if drawn.unofficial || drawn.has_site {
            drawn.restyle();
        }
        if place == HIDDEN {
            Self::attribute(&drawn.tr, "hidden", "")?;
        }
        Some(drawn)
    }

    fn cell(
        &self,
        tr: &Element,
        entry: &Entry,
        column: SortColumn,
        marked: &mut Vec<MarkedText>,
    ) -> Option<()> {
        let mut text = |field, element, trailing| {
            marked.push(MarkedText {
                field,
                element,
                trailing,
                written: None,
            })
        };
        match column {
            SortColumn::Code => {
                let cell = self.child(tr, "td", "col-code")?;
                self.child(&cell, "code", "")?
                    .set_text_content(Some(intern(&entry.code.to_string())));
            }
            SortColumn::Name => {
                let cell = self.child(tr, "td", "col-name")?;
                text(Field::Name, self.child(&cell, "span", "name")?, None);
                for (slug, label) in text::badges(entry) {
                    let badge = self.child(&cell, "span", &["badge badge-", slug].concat())?;
                    badge.set_text_content(Some(intern(&label)));
                }
                for (kind, class, intro) in [
                    (AliasKind::Former, "aliases", text::FORMERLY),
                    (
                        AliasKind::AlsoKnownAs,
                        "aliases also-known-as",
                        text::ALSO_KNOWN_AS,
                    ),
                ] {
                    let mut names = entry.aliases_of(kind).peekable();
                    if names.peek().is_none() {
                        continue;
                    }
                    let line = self.child(&cell, "p", class)?;
                    line.set_text_content(Some(intern(intro)));
                    for (n, (i, _)) in names.enumerate() {
                        if n > 0 {
                            line.append_with_str_1(intern(", ")).ok()?;
                        }
                        text(Field::Alias(i), self.child(&line, "span", "alias")?, None);
                    }
                }
                if let RegistryStatus::Temporary(dates) = entry.status {
                    let note = text::temporary_registration(&dates, self.today);
                    let expired = dates.has_expired(self.today);
                    let class = if expired {
                        "registration expired"
                    } else {
                        "registration"
                    };
                    self.child(&cell, "p", class)?.set_text_content(Some(&note));
                }
            }
            SortColumn::Class => {
                let class = entry.class();
                let cell = self.child(tr, "td", "col-class")?;
                let chip = ["class-chip class-", class.slug()].concat();
                let chip = self.child(&cell, "span", &chip)?;
                self.child(&chip, "span", "class-wildcard")?
                    .set_text_content(Some(intern(class.wildcard())));
                chip.append_with_str_1(intern(&[" ", class.name()].concat()))
                    .ok()?;
            }
            SortColumn::Description => {
                let cell = self.child(tr, "td", "col-description")?;
                text(
                    Field::Description,
                    self.child(&cell, "p", "description")?,
                    None,
                );
                if let Some(vendor) = &entry.vendor {
                    let line = self.child(&cell, "p", "vendor")?;
                    line.set_text_content(Some(intern(text::USED_BY)));
                    text(Field::Vendor, self.child(&line, "strong", "")?, None);
                    let documented = [". ", text::DOCUMENTED_IN, &vendor.documented_at].concat();
                    line.append_with_str_1(&documented).ok()?;
                }
                // A site's own meaning of a registered code sits beside the
                // official text; a code only the site defines already shows its
                // text above.
                let site = entry.site.as_ref();
                if let Some(site) = site.filter(|_| entry.status != RegistryStatus::Site) {
                    let block = self.child(&cell, "div", "site-definition")?;
                    Self::attribute(&block, "part", "site-definition")?;
                    let heading = self.child(&block, "p", "")?;
                    self.child(&heading, "span", "badge badge-site")?
                        .set_text_content(Some(intern(text::DEFINED_BY_SITE)));
                    heading.append_with_str_1(intern(" ")).ok()?;
                    let name = self.child(&heading, "strong", "site-name")?;
                    text(Field::SiteName, name, None);
                    let description = self.child(&block, "p", "site-description")?;
                    let link = match &site.link {
                        Some(url) => Some(self.anchor("site-link", url, text::SITE_LINK, true)?),
                        None => None,
                    };
                    text(Field::SiteDescription, description, link);
                }
                let mut links = Vec::new();
                if let Some(reference) = &entry.reference {
                    links.push(self.anchor(
                        "reference",
                        &reference.url,
                        &reference.label,
                        false,
                    )?);
                }
                let site_link = site
                    .filter(|_| entry.status == RegistryStatus::Site)
                    .and_then(|site| site.link.as_ref());
                if let Some(url) = site_link {
                    links.push(self.anchor("reference site-link", url, text::SITE_LINK, true)?);
                }
                for link in &links {
                    cell.append_with_node_1(link).ok()?;
                }
            }
        }
        Some(())
    }
}

impl DrawnRow {
    /// Writes the row's classes in one call (one of a few strings: interned).
    pub fn restyle(&self) {
        self.tr.set_class_name(intern(&self.class_name()));
    }

    fn class_name(&self) -> String {
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
        names.join(" ")
    }

    /// Refills every searchable text with the query's matches in `<mark>`s.
    pub fn mark(&mut self, document: &Document, index: &SearchIndex, query: &Query) {
        let Some((entry, keys)) = index.get(self.row) else {
            return;
        };
        for marked in &mut self.marked {
            let Some((source, folded)) = field_text(entry, keys, marked.field) else {
                continue;
            };
            let pieces = highlight(source, folded, query);
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
                            if let Ok(mark) = document.create_element(intern("mark")) {
                                mark.set_text_content(Some(piece.text));
                                let _ = marked.element.append_with_node_1(&mark);
                            }
                        } else {
                            let _ = marked.element.append_with_str_1(piece.text);
                        }
                    }
                }
            }
            if let Some(trailing) = &marked.trailing {
                let _ = marked.element.append_with_str_1(intern(" "));
                let _ = marked.element.append_with_node_1(trailing);
            }
        }
    }
}
