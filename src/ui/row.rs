//! One table row, drawn with direct DOM calls, in the host's columns, with the
//! matched text marked.
//!
//! Rows are the bulk of the page (one per entry, up to 10,000), so they are not
//! drawn with `view!`: a Leptos row costs about eight reactive effects, six
//! comment markers and its own monomorphised build code. Here a row is plain
//! elements plus a record of what to update; [`super::table_body`] decides when.
//! Only text nodes are ever created from data or from the query: never markup.

use crate::query::{highlight, IndexedEntry, Query, SearchIndex, SearchText, SortColumn};
use crate::registry::{Entry, RegistryStatus};
use crate::text;
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
        Field::Alias(i) => Some((entry.aliases.get(i)?, keys.aliases.get(i)?)),
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
}

/// Creates elements for one widget's rows.
pub struct Draw<'a> {
    pub document: &'a Document,
    pub index: &'a SearchIndex,
    pub columns: &'a [SortColumn],
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
    pub open: bool,
    unofficial: bool,
    has_site: bool,
}

impl Draw<'_> {
    fn element(&self, tag: &str, class: &str) -> Option<Element> {
        let element = self.document.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        Some(element)
    }

    /// `<tag class=…>` appended to `parent`.
    fn child(&self, parent: &Element, tag: &str, class: &str) -> Option<Element> {
        let element = self.element(tag, class)?;
        parent.append_child(&element).ok()?;
        Some(element)
    }

    /// `<a>` to a link that was checked when the entry was read (https or
    /// same-origin only).
    fn link(&self, parent: &Element, class: &str, href: &str, label: &str) -> Option<Element> {
        let link = self.child(parent, "a", class)?;
        link.set_attribute("href", href).ok()?;
        link.set_text_content(Some(label));
        Some(link)
    }

    /// Draws row `row` of the index; its text is marked by the caller.
    pub fn row(&self, row: usize) -> Option<DrawnRow> {
        let (entry, _) = self.index.get(row)?;
        let tr = self.element("tr", "")?;
        tr.set_attribute("data-code", &entry.code.to_string())
            .ok()?;
        tr.set_attribute("data-row", &row.to_string()).ok()?;
        let toggle_cell = self.child(&tr, "td", "col-toggle")?;
        let toggle = self.child(&toggle_cell, "button", "details-toggle")?;
        toggle.set_attribute("type", "button").ok()?;
        toggle.set_attribute("part", "details-toggle").ok()?;
        toggle.set_attribute("aria-expanded", "false").ok()?;
        let label = text::details_for(entry.code, &entry.name);
        toggle.set_attribute("aria-label", &label).ok()?;
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
            place: crate::query::HIDDEN,
            marks_for: u32::MAX,
            targeted: false,
            open: false,
            unofficial: entry.is_unofficial(),
            has_site: entry.site.is_some(),
        };
        drawn.tr.set_class_name(&drawn.class_name());
        drawn.tr.set_attribute("hidden", "").ok()?;
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
            })
        };
        match column {
            SortColumn::Code => {
                let cell = self.child(tr, "td", "col-code")?;
                self.child(&cell, "code", "")?
                    .set_text_content(Some(&entry.code.to_string()));
            }
            SortColumn::Name => {
                let cell = self.child(tr, "td", "col-name")?;
                text(Field::Name, self.child(&cell, "span", "name")?, None);
                if entry.status != RegistryStatus::Standard {
                    let status = entry.status.label();
                    let slug = status.to_ascii_lowercase().replace(' ', "-");
                    let badge = self.child(&cell, "span", &["badge badge-", &slug].concat())?;
                    badge.set_text_content(Some(status));
                }
                if !entry.aliases.is_empty() {
                    let aliases = self.child(&cell, "p", "aliases")?;
                    aliases.set_text_content(Some(text::FORMERLY));
                    for i in 0..entry.aliases.len() {
                        if i > 0 {
                            aliases.append_with_str_1(", ").ok()?;
                        }
                        text(
                            Field::Alias(i),
                            self.child(&aliases, "span", "alias")?,
                            None,
                        );
                    }
                }
            }
            SortColumn::Class => {
                let class = entry.class();
                let cell = self.child(tr, "td", "col-class")?;
                let chip = ["class-chip class-", class.slug()].concat();
                let chip = self.child(&cell, "span", &chip)?;
                self.child(&chip, "span", "class-wildcard")?
                    .set_text_content(Some(class.wildcard()));
                chip.append_with_str_1(&[" ", class.name()].concat()).ok()?;
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
                    line.set_text_content(Some(text::USED_BY));
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
                    block.set_attribute("part", "site-definition").ok()?;
                    let heading = self.child(&block, "p", "")?;
                    self.child(&heading, "span", "badge badge-site")?
                        .set_text_content(Some(text::DEFINED_BY_SITE));
                    heading.append_with_str_1(" ").ok()?;
                    let name = self.child(&heading, "strong", "site-name")?;
                    text(Field::SiteName, name, None);
                    let description = self.child(&block, "p", "site-description")?;
                    let link = match &site.link {
                        Some(url) => {
                            let link = self.element("a", "site-link")?;
                            link.set_attribute("href", url).ok()?;
                            link.set_attribute("rel", "noopener noreferrer").ok()?;
                            link.set_text_content(Some(text::SITE_LINK));
                            Some(link)
                        }
                        None => None,
                    };
                    text(Field::SiteDescription, description, link);
                }
                if let Some(reference) = &entry.reference {
                    self.link(&cell, "reference", &reference.url, &reference.label)?;
                }
                let site_link = site
                    .filter(|_| entry.status == RegistryStatus::Site)
                    .and_then(|site| site.link.as_ref());
                if let Some(url) = site_link {
                    self.link(&cell, "reference site-link", url, text::SITE_LINK)?
                        .set_attribute("rel", "noopener noreferrer")
                        .ok()?;
                }
            }
        }
        Some(())
    }
}

impl DrawnRow {
    /// The row's classes, written in one call.
    pub fn class_name(&self) -> String {
        let even = self.place != crate::query::HIDDEN && self.place % 2 == 1;
        let flags = [
            (even, "even"),
            (self.unofficial, "unofficial"),
            (self.has_site, "has-site"),
            (self.targeted, "targeted"),
            (self.open, "open"),
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
        for marked in &self.marked {
            let Some((source, folded)) = field_text(entry, keys, marked.field) else {
                continue;
            };
            let pieces = highlight(source, folded, query);
            match pieces.as_slice() {
                // Nothing matched: one call instead of clearing and appending.
                [only] if !only.marked => marked.element.set_text_content(Some(only.text)),
                _ => {
                    marked.element.set_text_content(None);
                    for piece in &pieces {
                        if piece.marked {
                            if let Ok(mark) = document.create_element("mark") {
                                mark.set_text_content(Some(piece.text));
                                let _ = marked.element.append_child(&mark);
                            }
                        } else {
                            let _ = marked.element.append_with_str_1(piece.text);
                        }
                    }
                }
            }
            if let Some(trailing) = &marked.trailing {
                let _ = marked.element.append_with_str_1(" ");
                let _ = marked.element.append_child(trailing);
            }
        }
    }
}
