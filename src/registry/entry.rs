use super::StatusClass;

/// One meaning of one status code: an IANA registration or one vendor's unofficial use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub code: u16,
    /// The current name: RFC 9110 (or later) for registered codes, the vendor's phrase otherwise.
    pub name: &'static str,
    /// Former names people still search for (302 "Moved Temporarily", …).
    pub aliases: &'static [&'static str],
    pub status: RegistryStatus,
    /// The document that defines the code; `None` for unofficial codes.
    pub reference: Option<Reference>,
    /// Who uses the code; `Some` exactly for unofficial codes.
    pub vendor: Option<Vendor>,
    /// Our own words, from the defining document.
    pub description: &'static str,
}

impl Entry {
    pub fn class(&self) -> StatusClass {
        // Every code in the data is checked to be 100..=599 by build.rs.
        StatusClass::of_code(self.code).unwrap_or(StatusClass::ServerError)
    }

    pub fn is_official(&self) -> bool {
        self.status != RegistryStatus::Unofficial
    }
}

/// Where a registered code is defined, with a link to the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// e.g. `RFC 9110 §15.5.5`
    pub label: &'static str,
    /// e.g. `https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5`
    pub url: &'static str,
}

/// Who uses an unofficial code, and where that use is documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vendor {
    pub name: &'static str,
    pub documented_at: &'static str,
}

/// The registry's status column, plus `Unofficial` for codes outside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegistryStatus {
    Standard,
    Deprecated,
    Unused,
    Obsoleted,
    Temporary,
    Unofficial,
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
        }
    }
}
