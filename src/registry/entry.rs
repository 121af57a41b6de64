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
    /// Former names people still search for (302 "Moved Temporarily", …).
    pub aliases: Cow<'static, [Text]>,
    pub status: RegistryStatus,
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
    pub documented_at: Text,
}

/// A code as the embedding site uses it ("defined by this site").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteDefinition {
    pub name: Text,
    pub description: Text,
    /// Always `https:` (checked when the entry is accepted).
    pub link: Option<Text>,
}

/// The registry's status column, plus `Unofficial` for vendor codes and `Site`
/// for codes only the embedding site defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegistryStatus {
    Standard,
    Deprecated,
    Unused,
    Obsoleted,
    Temporary,
    Unofficial,
    Site,
}

impl RegistryStatus {
    pub fn label(self) -> &'static str {
        match self {
            RegistryStatus::Standard => "Standard",
            RegistryStatus::Deprecated => "Deprecated",
            RegistryStatus::Unused => "Unused",
            RegistryStatus::Obsoleted => "Obsoleted",
            RegistryStatus::Temporary => "Temporary",
            RegistryStatus::Unofficial => "Unofficial",
            RegistryStatus::Site => "Defined by this site",
        }
    }
}
