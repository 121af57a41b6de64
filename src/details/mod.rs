//! What a row shows when it is expanded: behaviour facts about each status code,
//! kept as structured data (one small table per fact, in `tables.rs`) rather
//! than prose, plus the status line for the copy button. Pure Rust, no web types.
//!
//! Every fact carries its source (`source.rs`): the document and section it
//! rests on (RFC 9110, 9111, 9112 and the RFCs that define the other
//! registered codes), the vendor's own page for an unofficial code (the one
//! `data/unofficial.tsv` links, which for some codes is only an encyclopedia
//! article, and says so), or the "our advice" mark where no document states
//! it (most retry advice).

mod source;
mod tables;
use crate::text::facts;
pub use source::{cite, Citation, ShownSource, Source};

use crate::registry::Entry;

/// A fact and the document it rests on (or the mark of our own advice).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The behaviour facts of one status code, each with its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeFacts {
    pub code: u16,
    /// Whether and when a cache may store the response (RFC 9111 §3).
    pub caching: Sourced<Caching>,
    pub body: Sourced<BodyRule>,
    /// `Some` for the codes that send the client on to another URI.
    pub redirect: Option<Redirect>,
    pub headers: &'static [RelatedHeader],
    pub confused_with: &'static [Confusion],
    /// Whether and how a client may send the request again.
    pub retry: Sourced<RetryWhen>,
    /// `Retry-After` has a meaning particular to this code (3xx, 503, 413,
    /// 429); `false` leaves it only the general one RFC 9110 §10.2.3 gives it.
    pub retry_after: Sourced<bool>,
}

/// Whether a cache may store a response with this code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Caching {
    /// Heuristically cacheable: a cache may reuse it without explicit
    /// freshness, unless the request method or Cache-Control says otherwise
    /// (RFC 9110 §15.1 and the RFCs that define other codes).
    ByDefault,
    /// Stored only when the response allows it: explicit freshness (max-age,
    /// Expires) or a directive such as public (RFC 9111 §3).
    OnlyIfExplicit,
    /// The defining RFC forbids storing it, whatever the response says
    /// (428, 429, 431, 511: RFC 6585).
    MustNotStore,
    /// 1xx: a cache stores only final responses (RFC 9111 §3).
    Interim,
    /// 304: a cache uses it to refresh the stored response it validated
    /// (RFC 9111 §4.3.4).
    Freshens,
    /// The code is only logged; no response is sent (nginx 444).
    NoResponse,
}

impl Caching {
    pub fn label(self) -> &'static str {
        match self {
            Caching::ByDefault => facts::CACHEABLE_BY_DEFAULT_YES,
            Caching::OnlyIfExplicit => facts::CACHEABLE_ONLY_IF_EXPLICIT,
            Caching::MustNotStore => facts::CACHEABLE_MUST_NOT_STORE,
            Caching::Interim => facts::CACHEABLE_INTERIM,
            Caching::Freshens => facts::CACHEABLE_FRESHENS,
            Caching::NoResponse => facts::CACHEABLE_NO_RESPONSE,
        }
    }

    /// The data API's key.
    pub fn key(self) -> &'static str {
        match self {
            Caching::ByDefault => "by-default",
            Caching::OnlyIfExplicit => "only-if-explicit",
            Caching::MustNotStore => "must-not-store",
            Caching::Interim => "interim",
            Caching::Freshens => "freshens",
            Caching::NoResponse => "no-response",
        }
    }

    /// True when a cache may reuse the response without explicit freshness.
    pub fn is_by_default(self) -> bool {
        self == Caching::ByDefault
    }
}

/// Whether the response can carry content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BodyRule {
    /// Any code but those below; never in answer to HEAD (RFC 9110 §6.4.1).
    Allowed,
    /// 2xx but 204 and 205: as `Allowed`, and never in answer to CONNECT,
    /// where a tunnel follows instead (§6.4.1).
    AllowedNotToConnect,
    /// 1xx, 204, 304: the message always ends after the header section.
    Never,
    /// 205: the framing could carry content, but the server must not send any (§15.3.6).
    MustBeEmpty,
    /// The code is only logged; no response is sent at all (nginx 444).
    NoResponse,
}

impl BodyRule {
    /// True when some responses with this code carry content.
    pub fn is_allowed(self) -> bool {
        matches!(self, BodyRule::Allowed | BodyRule::AllowedNotToConnect)
    }

    pub fn label(self) -> &'static str {
        match self {
            BodyRule::Allowed => facts::BODY_ALLOWED,
            BodyRule::AllowedNotToConnect => facts::BODY_ALLOWED_NOT_TO_CONNECT,
            BodyRule::Never => facts::BODY_NEVER,
            BodyRule::MustBeEmpty => facts::BODY_MUST_BE_EMPTY,
            BodyRule::NoResponse => facts::BODY_NO_RESPONSE,
        }
    }

    /// The data API's key.
    pub fn key(self) -> &'static str {
        match self {
            BodyRule::Allowed => "allowed",
            BodyRule::AllowedNotToConnect => "allowed-not-to-connect",
            BodyRule::Never => "never",
            BodyRule::MustBeEmpty => "must-be-empty",
            BodyRule::NoResponse => "no-response",
        }
    }
}

/// How a redirect behaves: two facts, each with the section that states it.
/// A code's own section says whether the move is permanent; what happens to
/// the method is said for 301, 302, 307 and 308 together in RFC 9110 §15.4
/// (§15.4.9 says nothing of it for 308).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Redirect {
    pub permanence: Sourced<Permanence>,
    pub method: Sourced<MethodRule>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Permanence {
    /// 301, 308: clients may update links and bookmarks to the new URI.
    Permanent,
    /// 302, 307: the resource is elsewhere for now; the original URI stays the one to use.
    Temporary,
    /// 303: nothing has moved. The response points to a different resource (such
    /// as the result of the request), so "temporary" or "permanent" does not apply
    /// (RFC 9110 §15.4.4).
    NotAMove,
}

impl Permanence {
    pub fn label(self) -> &'static str {
        match self {
            Permanence::Permanent => facts::PERMANENT,
            Permanence::Temporary => facts::TEMPORARY,
            Permanence::NotAMove => facts::NOT_A_MOVE,
        }
    }
}

/// What happens to the request method and content on the redirected request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MethodRule {
    /// 307, 308: the same method with the same content.
    Kept,
    /// 301, 302: for historical reasons a client may resend POST as GET.
    PostMayBecomeGet,
    /// 303: the client fetches the other resource with GET (or HEAD).
    ChangedToGet,
}

impl MethodRule {
    pub fn label(self) -> &'static str {
        match self {
            MethodRule::Kept => facts::METHOD_KEPT,
            MethodRule::PostMayBecomeGet => facts::METHOD_POST_MAY_BECOME_GET,
            MethodRule::ChangedToGet => facts::METHOD_CHANGED_TO_GET,
        }
    }

    /// True only when method and content are guaranteed to be kept.
    pub fn keeps_method_and_body(self) -> bool {
        self == MethodRule::Kept
    }
}

/// A header field that matters with this code, what it does here, and where
/// that is said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RelatedHeader {
    /// The field name as written on the wire (not translated).
    pub name: &'static str,
    pub role: &'static str,
    pub source: Source,
}

/// Another code people mix this one up with, how to tell them apart, and the
/// definition that tells (the other code's: this code's own is linked above).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Confusion {
    pub other: u16,
    pub how_to_tell: &'static str,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryWhen {
    /// 1xx other than 101: an interim response; the final one is still coming.
    NotYet,
    /// 101: after it the connection speaks the new protocol, which carries the
    /// answer to the request; no further HTTP/1.1 response comes (RFC 9110 §7.8).
    ProtocolSwitched,
    /// 2xx (but 202): the request was handled; sending it again repeats its effect.
    NotNeeded,
    /// 304: the client already holds the answer (RFC 9110 §15.4.5).
    UseStored,
    /// 207: the overall code says little; each part has its own status, and
    /// some may have failed (RFC 4918 §13).
    CheckEachStatus,
    /// 202: accepted for processing, not yet done; it may never be, and HTTP has
    /// no way to report the outcome later (RFC 9110 §15.3.3). Sending the request
    /// again may have it processed twice.
    AcceptedNotDone,
    /// Redirects: make the request the response points to instead.
    FollowRedirect,
    /// Most 4xx: the request has to change first.
    AfterChangingRequest,
    /// 413: smaller content; or, when the limit is temporary and the server says
    /// so with Retry-After, the same request after that time (RFC 9110 §15.5.14).
    SmallerOrLater,
    /// 401, 407, 511: send it again with (other) credentials.
    WithCredentials,
    /// 403: not with the same credentials (RFC 9110 §15.5.4).
    NotWithSameCredentials,
    /// 404: the code does not say whether the absence lasts (RFC 9110 §15.5.5).
    MayComeBack,
    /// 410: the condition is likely to be permanent (RFC 9110 §15.5.11).
    LikelyPermanent,
    /// 408: the request may be repeated, on a new connection if the old one is
    /// unusable (RFC 9110 §15.5.9).
    MayRepeat,
    /// 421: repeat it on another connection, whatever the method (§15.5.20).
    OnNewConnection,
    /// 425: repeat it outside TLS early data.
    AfterHandshake,
    /// 426: repeat it once the connection has upgraded (§15.5.22).
    AfterUpgrade,
    /// 423, 429, 503: a temporary state; repeat it later.
    AfterWaiting,
    /// 507: temporary, but a request a user made is repeated only when the
    /// user asks again (RFC 4918 §11.5).
    UserOnly,
    /// 451: a legal demand blocks it (RFC 7725 §3).
    WhileBlocked,
    /// 500, 502, 504: the server may have acted before failing, so only
    /// requests that are safe to repeat (idempotent methods) should be.
    IfIdempotent,
    /// 506: the server's own configuration is at fault (RFC 2295 §8.1).
    AfterServerFix,
    /// 305 (deprecated), 306 and 418 (unused): a server should not send these.
    NotInUse,
    /// Unofficial codes for an origin the request never reached (Cloudflare 521,
    /// 523, 525, 526, 530) or a site switched off (Pantheon 530): safe to repeat,
    /// but only worth it once the operator has fixed the fault.
    OnceFixed,
    /// Unofficial codes that only a server's log shows (nginx 444, 499; AWS 460):
    /// the client saw its connection close, or had already gone.
    LogOnly,
    /// A code whose meaning is itself in doubt (402, and 218).
    Unsettled,
}

impl RetryWhen {
    pub fn label(self) -> &'static str {
        match self {
            RetryWhen::NotYet => facts::RETRY_NOT_YET,
            RetryWhen::ProtocolSwitched => facts::RETRY_PROTOCOL_SWITCHED,
            RetryWhen::NotNeeded => facts::RETRY_NOT_NEEDED,
            RetryWhen::UseStored => facts::RETRY_USE_STORED,
            RetryWhen::CheckEachStatus => facts::RETRY_CHECK_EACH_STATUS,
            RetryWhen::AcceptedNotDone => facts::RETRY_ACCEPTED,
            RetryWhen::FollowRedirect => facts::RETRY_FOLLOW_REDIRECT,
            RetryWhen::AfterChangingRequest => facts::RETRY_AFTER_CHANGING,
            RetryWhen::SmallerOrLater => facts::RETRY_SMALLER_OR_LATER,
            RetryWhen::WithCredentials => facts::RETRY_WITH_CREDENTIALS,
            RetryWhen::NotWithSameCredentials => facts::RETRY_NOT_WITH_SAME_CREDENTIALS,
            RetryWhen::MayComeBack => facts::RETRY_MAY_COME_BACK,
            RetryWhen::LikelyPermanent => facts::RETRY_LIKELY_PERMANENT,
            RetryWhen::MayRepeat => facts::RETRY_MAY_REPEAT,
            RetryWhen::OnNewConnection => facts::RETRY_ON_NEW_CONNECTION,
            RetryWhen::AfterHandshake => facts::RETRY_AFTER_HANDSHAKE,
            RetryWhen::AfterUpgrade => facts::RETRY_AFTER_UPGRADE,
            RetryWhen::AfterWaiting => facts::RETRY_AFTER_WAITING,
            RetryWhen::UserOnly => facts::RETRY_USER_ONLY,
            RetryWhen::WhileBlocked => facts::RETRY_WHILE_BLOCKED,
            RetryWhen::IfIdempotent => facts::RETRY_IF_IDEMPOTENT,
            RetryWhen::AfterServerFix => facts::RETRY_SERVER_FIX,
            RetryWhen::NotInUse => facts::RETRY_NOT_IN_USE,
            RetryWhen::OnceFixed => facts::RETRY_ONCE_FIXED,
            RetryWhen::LogOnly => facts::RETRY_LOG_ONLY,
            RetryWhen::Unsettled => facts::RETRY_UNSETTLED,
        }
    }
}

/// The `Retry-After` fact's wording: a meaning particular to the code, or
/// only the general one (how long to wait before another request).
pub fn retry_after_label(applies: bool) -> &'static str {
    if applies {
        facts::RETRY_AFTER_APPLIES
    } else {
        facts::RETRY_AFTER_GENERAL_ONLY
    }
}

/// The facts of a code as the documents define it. A code outside the IANA
/// registry gets only what its class implies (see [`unrecognized`]).
pub fn facts(code: u16) -> CodeFacts {
    CodeFacts {
        code,
        caching: tables::caching(code),
        body: tables::body(code),
        redirect: tables::redirect(code),
        headers: rows_for(tables::HEADERS, code),
        confused_with: rows_for(tables::CONFUSIONS, code),
        retry: tables::retry(code),
        retry_after: tables::retry_after(code),
    }
}

/// The rows a per-code table holds for `code`; none if it has no line for it.
fn rows_for<T>(table: &'static [(u16, &'static [T])], code: u16) -> &'static [T] {
    table
        .iter()
        .find(|(listed, _)| *listed == code)
        .map_or(&[], |(_, rows)| *rows)
}

/// The facts to show for a row. Unofficial and site-only entries share numbers
/// with registered codes (451, 418, 306) but not their meaning, so they get
/// only what the class implies, except where their vendor's documentation
/// says more: a code only ever logged has no response at all (nginx 444), and
/// the retry advice follows the vendor's meaning where it differs from the
/// class's (420 is a rate limit at Twitter, not a request to change). One
/// number can mean different things to different vendors, so that is keyed
/// by both.
pub fn facts_for(entry: &Entry) -> CodeFacts {
    if entry.is_official() {
        return facts(entry.code);
    }
    let mut shown = unrecognized(entry.code);
    let Some(vendor) = entry.vendor.as_ref() else {
        return shown;
    };
    if tables::is_log_only(entry.code, &vendor.name) {
        shown.caching = Sourced {
            value: Caching::NoResponse,
            source: Source::Vendor,
        };
        shown.body = Sourced {
            value: BodyRule::NoResponse,
            source: Source::Vendor,
        };
    }
    if let Some(retry) = tables::unofficial_retry(entry.code, &vendor.name) {
        shown.retry = retry;
        if retry.value == RetryWhen::NotInUse {
            // A code nobody sends has no reading of Retry-After of its own.
            shown.retry_after = Sourced {
                value: false,
                source: source::ours(cite::RFC9110_10_2_3),
            };
        }
    }
    shown
}

/// A client treats a code it does not know like the class's x00 code (RFC 9110
/// §15), and no code-specific rule applies: a cache may store the response
/// only if it says so (RFC 9111 §3), and a 1xx is an interim response however
/// it is numbered.
pub fn unrecognized(code: u16) -> CodeFacts {
    CodeFacts {
        code,
        caching: tables::class_caching(code),
        body: tables::class_body(code),
        redirect: None,
        headers: &[],
        confused_with: &[],
        retry: tables::class_retry(code),
        retry_after: tables::class_retry_after(code),
    }
}

/// One short fact for the expanded row: a label, its value and its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelledFact {
    /// The data API's key: `caching`, `body`, `redirect`, `method`, `retry`
    /// or `retryAfter`.
    pub key: &'static str,
    pub label: &'static str,
    pub value: &'static str,
    pub source: Source,
}

/// The single-valued facts in display order. Headers and confusions are lists
/// and are shown under [`facts::RELATED_HEADERS`] and [`facts::OFTEN_CONFUSED_WITH`].
pub fn labelled_facts(facts: &CodeFacts) -> Vec<LabelledFact> {
    let fact = |key, label, value, source| LabelledFact {
        key,
        label,
        value,
        source,
    };
    let mut shown = vec![
        fact(
            "caching",
            facts::CACHEABLE_BY_DEFAULT,
            facts.caching.value.label(),
            facts.caching.source,
        ),
        fact(
            "body",
            facts::RESPONSE_BODY,
            facts.body.value.label(),
            facts.body.source,
        ),
    ];
    if let Some(Redirect { permanence, method }) = facts.redirect {
        shown.push(fact(
            "redirect",
            facts::REDIRECT,
            permanence.value.label(),
            permanence.source,
        ));
        shown.push(fact(
            "method",
            facts::METHOD_AND_BODY_KEPT,
            method.value.label(),
            method.source,
        ));
    }
    shown.push(fact(
        "retry",
        facts::SAFE_TO_RETRY,
        facts.retry.value.label(),
        facts.retry.source,
    ));
    shown.push(fact(
        "retryAfter",
        facts::RETRY_AFTER,
        retry_after_label(facts.retry_after.value),
        facts.retry_after.source,
    ));
    shown
}

/// Every source `facts` carries, in display order: the labelled facts', then
/// each header's and each confusion's.
pub fn all_sources(facts: &CodeFacts) -> Vec<Source> {
    let mut sources: Vec<Source> = labelled_facts(facts).iter().map(|f| f.source).collect();
    sources.extend(facts.headers.iter().map(|h| h.source));
    sources.extend(facts.confused_with.iter().map(|c| c.source));
    sources
}

/// The HTTP/1.1 status line, e.g. `HTTP/1.1 404 Not Found`. Control characters
/// in `reason` (a site's own name could hold any) become spaces so the line
/// stays one line; an empty reason still keeps the separating space, as the
/// grammar requires (RFC 9112 §4).
pub fn status_line(code: u16, reason: &str) -> String {
    let reason: String = reason
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("HTTP/1.1 {code} {}", reason.trim())
}
