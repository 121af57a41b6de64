/// The five classes of status codes, named after the first digit (RFC 9110 §15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusClass {
    Informational,
    Successful,
    Redirection,
    ClientError,
    ServerError,
}

impl StatusClass {
    pub const ALL: [StatusClass; 5] = [
        StatusClass::Informational,
        StatusClass::Successful,
        StatusClass::Redirection,
        StatusClass::ClientError,
        StatusClass::ServerError,
    ];

    /// The class a code from 100 to 599 belongs to; `None` outside that range.
    pub fn of_code(code: u16) -> Option<StatusClass> {
        match code {
            100..=199 => Some(StatusClass::Informational),
            200..=299 => Some(StatusClass::Successful),
            300..=399 => Some(StatusClass::Redirection),
            400..=499 => Some(StatusClass::ClientError),
            500..=599 => Some(StatusClass::ServerError),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            StatusClass::Informational => "Informational",
            StatusClass::Successful => "Successful",
            StatusClass::Redirection => "Redirection",
            StatusClass::ClientError => "Client Error",
            StatusClass::ServerError => "Server Error",
        }
    }

    /// `1xx` … `5xx`.
    pub fn wildcard(self) -> &'static str {
        match self {
            StatusClass::Informational => "1xx",
            StatusClass::Successful => "2xx",
            StatusClass::Redirection => "3xx",
            StatusClass::ClientError => "4xx",
            StatusClass::ServerError => "5xx",
        }
    }

    /// Short CSS-friendly token, used for colour coding.
    pub fn slug(self) -> &'static str {
        match self {
            StatusClass::Informational => "informational",
            StatusClass::Successful => "successful",
            StatusClass::Redirection => "redirection",
            StatusClass::ClientError => "client-error",
            StatusClass::ServerError => "server-error",
        }
    }
}
