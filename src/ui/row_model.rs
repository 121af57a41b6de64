//! What a row shows, decided once: the row (`row.rs`) and its details panel
//! (`details_panel.rs`) lay it out as Leptos views. Every rule about what a
//! row or its details panel shows lives here (which badges, which names as
//! "Formerly" and which as "Also known as", when the site's text sits beside
//! the official text, which links). Pure Rust, tested natively
//! (`tests/row_model.rs`).

use crate::details::{ShownSource, Source};
use crate::names::Library;
use crate::query::{highlight, IndexedEntry, Piece, SearchText, SortColumn};
use crate::registry::{AliasKind, Date, Entry, RegistryStatus, StatusClass};
use crate::text;

/// A text of the entry that the filter can match, so the view marks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    /// The alias at this position in `Entry::aliases`.
    Alias(usize),
    Vendor,
    Description,
    SiteName,
    SiteDescription,
}

impl Field {
    /// The field's text and its folded search key.
    pub fn text<'a>(
        self,
        entry: &'a Entry,
        keys: &'a IndexedEntry,
    ) -> Option<(&'a str, &'a SearchText)> {
        match self {
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

    /// The field's text cut into marked and unmarked pieces for the row's
    /// folded text terms (`SearchIndex::mark_terms`).
    pub fn pieces<'a, T: AsRef<str>>(
        self,
        entry: &'a Entry,
        keys: &'a IndexedEntry,
        terms: &[T],
    ) -> Vec<Piece<'a>> {
        match self.text(entry, keys) {
            Some((source, folded)) => highlight(source, folded, terms),
            None => Vec::new(),
        }
    }
}

/// One row: the toggle's label, the row's flags, and a cell per column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowModel<'a> {
    pub code: u16,
    /// The details toggle's accessible name: "Details for 404 Not Found".
    pub toggle_label: String,
    /// An unofficial code (styled apart, hidden unless asked for).
    pub unofficial: bool,
    /// The embedding site says something about this code.
    pub has_site: bool,
    pub cells: Vec<Cell<'a>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell<'a> {
    Code(u16),
    Name(NameCell),
    Class(StatusClass),
    Description(DescriptionCell<'a>),
    /// The code's current name in the host's library (`languageColumn`).
    Library(&'static Library, u16),
}

impl Cell<'_> {
    /// The key of the column the cell is in (its class is `col-{key}`).
    pub fn column_key(&self) -> &'static str {
        match self {
            Cell::Code(_) => SortColumn::Code.key(),
            Cell::Name(_) => SortColumn::Name.key(),
            Cell::Class(_) => SortColumn::Class.key(),
            Cell::Description(_) => SortColumn::Description.key(),
            Cell::Library(..) => LIBRARY_COLUMN_KEY,
        }
    }
}

/// The names column's key: its cells' class is `col-library`.
pub const LIBRARY_COLUMN_KEY: &str = "library";

/// Where the names column goes among `columns`: after the name, else after
/// the code, else first.
pub fn library_column_at(columns: &[SortColumn]) -> usize {
    let after = |column| columns.iter().position(|c| *c == column).map(|at| at + 1);
    after(SortColumn::Name)
        .or_else(|| after(SortColumn::Code))
        .unwrap_or(0)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameCell {
    pub name: Field,
    pub badges: Vec<Badge>,
    /// "Formerly: …" then "Also known as: …", each only when it has names.
    pub other_names: Vec<NameList>,
    /// A temporary registration's dates, or that it has expired.
    pub registration: Option<Note>,
}

/// A badge beside the name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Badge {
    /// The CSS modifier: `badge-{slug}`.
    pub slug: &'static str,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameList {
    /// `Formerly: ` or `Also known as: `.
    pub intro: &'static str,
    pub class: &'static str,
    pub names: Vec<Field>,
}

/// A line of text with a flag for emphasis (an expired registration).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub warning: bool,
}

impl Note {
    /// The text cut around its dates (`true` for a date), so the view can
    /// keep each date on one line and mark it up as a date.
    pub fn pieces(&self) -> Vec<(bool, &str)> {
        let mut pieces = Vec::new();
        let mut start = 0;
        let bytes = self.text.as_bytes();
        let mut at = 0;
        while at + 10 <= bytes.len() {
            let candidate = self.text.get(at..at + 10);
            if candidate.and_then(Date::parse).is_some() {
                if start < at {
                    pieces.push((false, &self.text[start..at]));
                }
                pieces.push((true, &self.text[at..at + 10]));
                at += 10;
                start = at;
            } else {
                at += 1;
            }
        }
        if start < self.text.len() {
            pieces.push((false, &self.text[start..]));
        }
        pieces
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DescriptionCell<'a> {
    pub description: Field,
    /// "Used by nginx. Documented in: …" for unofficial codes.
    pub vendor: Option<VendorLine<'a>>,
    /// The site's own meaning of a registered code, beside the official text.
    pub site: Option<SiteBlock<'a>>,
    /// The defining document, and the site's link for a code only it defines.
    pub links: Vec<Link<'a>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VendorLine<'a> {
    pub lead: &'static str,
    pub name: Field,
    /// ". Documented in: …"
    pub documented: String,
    pub documented_at: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteBlock<'a> {
    pub badge: &'static str,
    pub name: Field,
    pub description: Field,
    pub link: Option<Link<'a>>,
}

/// A link that was checked when the entry was read (https, or the page's own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link<'a> {
    pub class: &'static str,
    pub href: &'a str,
    pub label: &'a str,
    /// An embedding site's link: opened without opener or referrer.
    pub site: bool,
}

impl<'a> RowModel<'a> {
    /// What `entry`'s row shows in `columns` (and the names column of
    /// `library`, if any), on the reader's date `today`.
    pub fn new(
        entry: &'a Entry,
        columns: &[SortColumn],
        library: Option<&'static Library>,
        today: Date,
    ) -> RowModel<'a> {
        let mut cells: Vec<Cell<'a>> = columns
            .iter()
            .map(|column| match column {
                SortColumn::Code => Cell::Code(entry.code),
                SortColumn::Name => Cell::Name(name_cell(entry, today)),
                SortColumn::Class => Cell::Class(entry.class()),
                SortColumn::Description => Cell::Description(description_cell(entry)),
            })
            .collect();
        if let Some(library) = library {
            cells.insert(
                library_column_at(columns),
                Cell::Library(library, entry.code),
            );
        }
        RowModel {
            code: entry.code,
            toggle_label: text::details_for(entry.code, &entry.name),
            unofficial: entry.is_unofficial(),
            has_site: entry.site.is_some(),
            cells,
        }
    }
}

impl RowModel<'_> {
    /// A temporary registration's dates, or that it has expired on `today`.
    pub fn registration_note(entry: &Entry, today: Date) -> Option<Note> {
        match entry.status {
            RegistryStatus::Temporary(dates) => Some(Note {
                text: text::temporary_registration(&dates, today),
                warning: dates.has_expired(today),
            }),
            _ => None,
        }
    }

    /// The row says something that depends on the date it is read (whether a
    /// temporary registration has expired): a row written at build time may
    /// be out of date.
    pub fn depends_on_date(&self) -> bool {
        self.cells
            .iter()
            .any(|cell| matches!(cell, Cell::Name(name) if name.registration.is_some()))
    }
}

fn name_cell(entry: &Entry, today: Date) -> NameCell {
    let lists = [
        (AliasKind::Former, text::FORMERLY, "aliases"),
        (
            AliasKind::AlsoKnownAs,
            text::ALSO_KNOWN_AS,
            "aliases also-known-as",
        ),
    ];
    let other_names = lists
        .into_iter()
        .map(|(kind, intro, class)| NameList {
            intro,
            class,
            names: entry
                .aliases_of(kind)
                .map(|(i, _)| Field::Alias(i))
                .collect(),
        })
        .filter(|list| !list.names.is_empty())
        .collect();
    NameCell {
        name: Field::Name,
        badges: badges(entry),
        other_names,
        registration: RowModel::registration_note(entry, today),
    }
}

/// IANA's marker, a deprecation by an RFC (not an IANA marker), and the
/// defining document's standing when it is not Standards Track.
pub fn badges(entry: &Entry) -> Vec<Badge> {
    let mut badges = Vec::new();
    let marker = match entry.status {
        RegistryStatus::Registered => None,
        RegistryStatus::Unused => Some("unused"),
        RegistryStatus::Obsoleted => Some("obsoleted"),
        RegistryStatus::Temporary(_) => Some("temporary"),
        RegistryStatus::Unofficial => Some("unofficial"),
        RegistryStatus::Site => Some("defined-by-this-site"),
    };
    if let Some(slug) = marker {
        badges.push(Badge {
            slug,
            label: entry.status.label().to_string(),
        });
    }
    if let Some(by) = &entry.deprecated_by {
        let document = by.label.split(" §").next().unwrap_or(&by.label);
        badges.push(Badge {
            slug: "deprecated",
            label: [text::DEPRECATED_BY, document].concat(),
        });
    }
    if let Some(standing) = entry.standing.and_then(|s| s.badge()) {
        badges.push(Badge {
            slug: "standing",
            label: standing.to_string(),
        });
    }
    badges
}

fn description_cell(entry: &Entry) -> DescriptionCell<'_> {
    let vendor = entry.vendor.as_ref().map(|vendor| VendorLine {
        lead: text::USED_BY_LEAD,
        name: Field::Vendor,
        documented: [". ", text::DOCUMENTED_IN, ": "].concat(),
        documented_at: &vendor.documented_at,
    });
    let site_only = entry.status == RegistryStatus::Site;
    // A site's meaning of a registered code sits beside the official text; a
    // code only the site defines already shows the site's text as its own.
    let site = entry
        .site
        .as_ref()
        .filter(|_| !site_only)
        .map(|site| SiteBlock {
            badge: text::DEFINED_BY_SITE,
            name: Field::SiteName,
            description: Field::SiteDescription,
            link: site.link.as_deref().map(|href| Link {
                class: "site-link",
                href,
                label: text::SITE_LINK,
                site: true,
            }),
        });
    let mut links = Vec::new();
    if let Some(reference) = &entry.reference {
        links.push(Link {
            class: "reference",
            href: &reference.url,
            label: &reference.label,
            site: false,
        });
    }
    let site_link = entry.site.as_ref().filter(|_| site_only);
    if let Some(href) = site_link.and_then(|site| site.link.as_deref()) {
        links.push(Link {
            class: "reference site-link",
            href,
            label: text::SITE_LINK,
            site: true,
        });
    }
    DescriptionCell {
        description: Field::Description,
        vendor,
        site,
        links,
    }
}

/// One fact of the details panel: a term and its value, which is text with
/// at most one link in it, after an optional name in bold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fact<'a> {
    pub term: &'static str,
    /// Shown first, in bold (the site's name for its own meaning).
    pub strong: Option<&'a str>,
    pub text: String,
    /// A link after the text, as (href, label).
    pub link: Option<(&'a str, &'a str)>,
    pub after: String,
    /// Where the fact comes from, shown after it (the vendor's page for an
    /// unofficial code's documentation).
    pub source: Option<ShownSource<'a>>,
}

impl<'a> Fact<'a> {
    fn text(term: &'static str, text: impl Into<String>) -> Fact<'a> {
        Fact {
            term,
            text: text.into(),
            ..Fact::default()
        }
    }
}

/// The registry facts at the top of a details panel, in order: what IANA
/// records, the defining document and its standing, a deprecation, other
/// names, the vendor, and the site's own meaning.
pub fn registry_facts(entry: &Entry, today: Date) -> Vec<Fact<'_>> {
    use text::facts as labels;
    let mut facts = Vec::new();
    let status = match entry.status {
        RegistryStatus::Temporary(dates) => text::temporary_registration(&dates, today),
        _ if entry.is_official() => entry.status.label().to_string(),
        _ => text::NOT_IN_REGISTRY.to_string(),
    };
    facts.push(Fact::text(labels::REGISTRY_STATUS, status));
    if let Some(reference) = &entry.reference {
        let standing = entry.standing.map(|s| format!(" ({})", s.label()));
        facts.push(Fact {
            link: Some((&reference.url, &reference.label)),
            after: standing.unwrap_or_default(),
            ..Fact::text(labels::DEFINED_IN, "")
        });
    }
    if let Some(by) = &entry.deprecated_by {
        facts.push(Fact {
            link: Some((&by.url, &by.label)),
            ..Fact::text(text::DEPRECATED, text::DEPRECATED_BY)
        });
    }
    for (kind, term) in [
        (AliasKind::Former, labels::FORMER_NAMES),
        (AliasKind::AlsoKnownAs, text::ALSO_KNOWN_AS_TERM),
    ] {
        let names: Vec<&str> = entry.aliases_of(kind).map(|(_, a)| &*a.name).collect();
        if !names.is_empty() {
            facts.push(Fact::text(term, names.join(", ")));
        }
    }
    if let Some(vendor) = &entry.vendor {
        facts.push(Fact::text(text::USED_BY, vendor.name.as_ref()));
        facts.push(Fact {
            source: Some(Source::Vendor.shown(entry)),
            ..Fact::text(text::DOCUMENTED_IN, vendor.documented_at.as_ref())
        });
    }
    let site = entry.site.as_ref();
    if let Some(site) = site.filter(|_| entry.status != RegistryStatus::Site) {
        facts.push(Fact {
            strong: Some(&site.name),
            ..Fact::text(labels::SITE_DEFINITION, site.description.as_ref())
        });
    }
    facts
}
