use super::iana::csv::TemporaryDates;
use super::StatusClass;
use std::borrow::Cow;

/// Text that is static for the built-in registry and owned for entries an
/// embedding site adds at run time.
pub type Text = Cow<'static, str>;

/// One meaning of one status code: an IANA registration, one vendor's unofficial
/// use, or a code an embedding site defines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub code: u16,
    /// The current name: RFC 9110 (or later) for registered codes, the vendor's phrase otherwise.
    pub name: Text,
    /// Other names people search for: former names (302 "Moved Temporarily")
    /// first, then names that were never the registry's (418 "I'm a teapot").
    pub aliases: Cow<'static, [Alias]>,
    /// What IANA records about the code (or that it is not in the registry).
    pub status: RegistryStatus,
    /// The standing of the document that defines the code; `None` outside the registry.
    pub standing: Option<Standing>,
    /// The document that deprecates the code (305: RFC 9110 §15.4.6). Not an IANA marker.
    pub deprecated_by: Option<Reference>,
    /// The document that defines the code; `None` for unofficial codes.
    pub reference: Option<Reference>,
    /// Who uses the code; `Some` exactly for unofficial codes.
    pub vendor: Option<Vendor>,
    /// Our own words, from the defining document.
    pub description: Text,
    /// What the embedding site says about this code, shown next to the registry's text.
    pub site: Option<SiteDefinition>,
}

impl Entry {
    pub fn class(&self) -> StatusClass {
        // Codes are checked to be 100..=599 by build.rs and by embedder validation.
        StatusClass::of_code(self.code).unwrap_or(StatusClass::ServerError)
    }

    /// In the IANA registry (whatever its registry status).
    pub fn is_official(&self) -> bool {
        !matches!(
            self.status,
            RegistryStatus::Unofficial | RegistryStatus::Site
        )
    }

    /// Hidden unless unofficial codes are shown.
    pub fn is_unofficial(&self) -> bool {
        self.status == RegistryStatus::Unofficial
    }

    /// The aliases of one kind, with their positions among all aliases.
    pub fn aliases_of(&self, kind: AliasKind) -> impl Iterator<Item = (usize, &Alias)> {
        self.aliases
            .iter()
            .enumerate()
            .filter(move |(_, a)| a.kind == kind)
    }
}

/// Another name of a code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    pub name: Text,
    pub kind: AliasKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AliasKind {
    /// A name a registry or an RFC once gave the code: shown as "Formerly".
    Former,
    /// A name in wide use that was never the registry's: "Also known as".
    AlsoKnownAs,
}

/// The standing of the document that defines a registered code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// A Standards Track RFC (Proposed or Internet Standard).
    StandardsTrack,
    /// An Experimental RFC (103, 208, 506, 508).
    Experimental,
    /// An RFC moved to Historic (510).
    Historic,
    /// The defining RFC was obsoleted by one that does not keep the code (102).
    NoCurrentRfc,
    /// An Internet-Draft, not yet an RFC (104).
    InternetDraft,
}

impl Standing {
    /// Short, for a badge; `None` for Standards Track, which needs no badge.
    pub fn badge(self) -> Option<&'static str> {
        match self {
            Standing::StandardsTrack => None,
            Standing::Experimental => Some("Experimental"),
            Standing::Historic => Some("Historic"),
            Standing::NoCurrentRfc => Some("No current RFC"),
            Standing::InternetDraft => Some("Internet-Draft"),
        }
    }

    /// In words, after the document's name.
    pub fn label(self) -> &'static str {
        match self {
            Standing::StandardsTrack => "Standards Track",
            Standing::Experimental => "Experimental RFC",
            Standing::Historic => "Historic RFC",
            Standing::NoCurrentRfc => "no longer defined by a current RFC",
            Standing::InternetDraft => "Internet-Draft (work in progress)",
        }
    }

    /// Every standing, in the order the packed registry numbers them
    /// (`packed_format::STANDINGS` holds their keys, pinned by a test).
    pub const ALL: [Standing; 5] = [
        Standing::StandardsTrack,
        Standing::Experimental,
        Standing::Historic,
        Standing::NoCurrentRfc,
        Standing::InternetDraft,
    ];

    /// The data API's key.
    pub fn key(self) -> &'static str {
        match self {
            Standing::StandardsTrack => "standards-track",
            Standing::Experimental => "experimental",
            Standing::Historic => "historic",
            Standing::NoCurrentRfc => "no-current-rfc",
            Standing::InternetDraft => "internet-draft",
        }
    }
}

/// Where a registered code is defined, with a link to the section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// e.g. `RFC 9110 §15.5.5`
    pub label: Text,
    /// e.g. `https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5`
    pub url: Text,
}

/// Who uses an unofficial code, and where that use is documented.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vendor {
    pub name: Text,
    /// Every document we know of, in words.
    pub documented_at: Text,
    /// The one document the code's meaning rests on, linked: the vendor's own
    /// page where there is one, its label saying so where there is only an
    /// encyclopedia article. Always `https:` (checked by `build.rs`).
    pub source: Reference,
}

/// A code as the embedding site uses it ("defined by this site").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteDefinition {
    pub name: Text,
    pub description: Text,
    /// Always `https:` (checked when the entry is accepted).
    pub link: Option<Text>,
}

/// What the IANA registry records about a code: its markers and nothing we
/// invent, plus `Unofficial` for vendor codes and `Site` for codes only the
/// embedding site defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegistryStatus {
    /// Registered, with no marker.
    Registered,
    /// Registered as "(Unused)": reserved (306, 418).
    Unused,
    /// Marked "(OBSOLETED)" (510).
    Obsoleted,
    /// A temporary registration, with the dates IANA records (104).
    Temporary(TemporaryDates),
    Unofficial,
    Site,
}

impl RegistryStatus {
    pub fn label(self) -> &'static str {
        match self {
            RegistryStatus::Registered => "Registered",
            RegistryStatus::Unused => "Unused",
            RegistryStatus::Obsoleted => "Obsoleted",
            RegistryStatus::Temporary(_) => "Temporary",
            RegistryStatus::Unofficial => "Unofficial",
            RegistryStatus::Site => "Defined by this site",
        }
    }

    /// The data API's key.
    pub fn key(self) -> &'static str {
        match self {
            RegistryStatus::Registered => "registered",
            RegistryStatus::Unused => "unused",
            RegistryStatus::Obsoleted => "obsoleted",
            RegistryStatus::Temporary(_) => "temporary",
            RegistryStatus::Unofficial => "unofficial",
            RegistryStatus::Site => "site",
        }
    }

    /// A marker worth a badge in the row: everything but a plain registration.
    pub fn is_marked(self) -> bool {
        self != RegistryStatus::Registered
    }
}
