//! What a row shows when it is expanded: behaviour facts about each status code,
//! kept as structured data (one small table per fact, in `tables.rs`) rather
//! than prose, plus the status line for the copy button. Pure Rust, no web types.
//!
//! Sources: RFC 9110 (HTTP semantics), RFC 6585 (428, 429, 431, 511), RFC 8297
//! (103), RFC 8470 (425), RFC 7725 (451), RFC 4918 (WebDAV codes). Unofficial
//! codes: the vendors' own documents, as listed in `data/unofficial.tsv`.

mod tables;
use crate::text::facts;

use crate::registry::Entry;

/// The behaviour facts of one status code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeFacts {
    pub code: u16,
    /// Heuristically cacheable (RFC 9110 §15.1): a cache may reuse the response
    /// without explicit freshness information.
    pub cacheable_by_default: bool,
    pub body: BodyRule,
    /// `Some` for the codes that send the client on to another URI.
    pub redirect: Option<Redirect>,
    pub headers: &'static [RelatedHeader],
    pub confused_with: &'static [Confusion],
    pub retry: RetryAdvice,
}

/// Whether the response can carry content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BodyRule {
    Allowed,
    /// 1xx, 204, 304: the message always ends after the header section (RFC 9110 §6.4.1).
    Never,
    /// 205: the framing could carry content, but the server must not send any (§15.3.6).
    MustBeEmpty,
}

impl BodyRule {
    pub fn is_allowed(self) -> bool {
        self == BodyRule::Allowed
    }

    pub fn label(self) -> &'static str {
        match self {
            BodyRule::Allowed => facts::BODY_ALLOWED,
            BodyRule::Never => facts::BODY_NEVER,
            BodyRule::MustBeEmpty => facts::BODY_MUST_BE_EMPTY,
        }
    }
}

/// How a redirect behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Redirect {
    pub permanence: Permanence,
    pub method: MethodRule,
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

/// A header field that matters with this code, and what it does here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RelatedHeader {
    /// The field name as written on the wire (not translated).
    pub name: &'static str,
    pub role: &'static str,
}

/// Another code people mix this one up with, and how to tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Confusion {
    pub other: u16,
    pub how_to_tell: &'static str,
}

/// Whether and how a client may send the request again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RetryAdvice {
    pub when: RetryWhen,
    /// A `Retry-After` header has a defined meaning with this code (RFC 9110 §10.2.3).
    pub retry_after_applies: bool,
}

impl RetryAdvice {
    pub fn retry_after_label(self) -> &'static str {
        if self.retry_after_applies {
            facts::RETRY_AFTER_APPLIES
        } else {
            facts::RETRY_AFTER_NOT_USED
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryWhen {
    /// 1xx other than 101: an interim response; the final one is still coming.
    NotYet,
    /// 101: after it the connection speaks the new protocol, which carries the
    /// answer to the request; no further HTTP/1.1 response comes (RFC 9110 §7.8).
    ProtocolSwitched,
    /// 2xx (but 202), 304: the request was handled; sending it again repeats its effect.
    NotNeeded,
    /// 202: accepted for processing, not yet done; it may never be, and HTTP has
    /// no way to report the outcome later (RFC 9110 §15.3.3). Sending the request
    /// again may have it processed twice.
    AcceptedNotDone,
    /// Redirects: make the request the response points to instead.
    FollowRedirect,
    /// The same request gets the same answer; it has to change first.
    AfterChangingRequest,
    /// 413: smaller content; or, when the limit is temporary and the server says
    /// so with Retry-After, the same request after that time (RFC 9110 §15.5.14).
    SmallerOrLater,
    /// 401, 407, 511: send it again with (other) credentials.
    WithCredentials,
    /// 408, 421: the request was not acted on; repeat it on another connection.
    OnNewConnection,
    /// 425: repeat it outside TLS early data.
    AfterHandshake,
    /// 423, 429, 503, 507: a temporary state; repeat it later.
    AfterWaiting,
    /// 500, 502, 504: the server may have acted before failing, so only
    /// requests that are safe to repeat (idempotent methods) should be.
    IfIdempotent,
    /// 305 (deprecated), 306 and 418 (unused): a server should not send these.
    NotInUse,
    /// Unofficial codes for an origin the request never reached (Cloudflare 521,
    /// 523, 525, 526) or a site switched off (Pantheon 530): safe to repeat, but
    /// only worth it once the operator has fixed the fault.
    OnceFixed,
    /// Unofficial codes that only a server's log shows (nginx 444, 499; AWS 460):
    /// the client saw its connection close, or had already gone.
    LogOnly,
    /// An unofficial code whose meaning is itself in doubt (218).
    Unsettled,
}

impl RetryWhen {
    pub fn label(self) -> &'static str {
        match self {
            RetryWhen::NotYet => facts::RETRY_NOT_YET,
            RetryWhen::ProtocolSwitched => facts::RETRY_PROTOCOL_SWITCHED,
            RetryWhen::NotNeeded => facts::RETRY_NOT_NEEDED,
            RetryWhen::AcceptedNotDone => facts::RETRY_ACCEPTED,
            RetryWhen::FollowRedirect => facts::RETRY_FOLLOW_REDIRECT,
            RetryWhen::AfterChangingRequest => facts::RETRY_AFTER_CHANGING,
            RetryWhen::SmallerOrLater => facts::RETRY_SMALLER_OR_LATER,
            RetryWhen::WithCredentials => facts::RETRY_WITH_CREDENTIALS,
            RetryWhen::OnNewConnection => facts::RETRY_ON_NEW_CONNECTION,
            RetryWhen::AfterHandshake => facts::RETRY_AFTER_HANDSHAKE,
            RetryWhen::AfterWaiting => facts::RETRY_AFTER_WAITING,
            RetryWhen::IfIdempotent => facts::RETRY_IF_IDEMPOTENT,
            RetryWhen::NotInUse => facts::RETRY_NOT_IN_USE,
            RetryWhen::OnceFixed => facts::RETRY_ONCE_FIXED,
            RetryWhen::LogOnly => facts::RETRY_LOG_ONLY,
            RetryWhen::Unsettled => facts::RETRY_UNSETTLED,
        }
    }
}

/// The facts of a code as the RFCs define it. A code outside the IANA registry
/// gets only what its class implies (see [`unrecognized`]).
pub fn facts(code: u16) -> CodeFacts {
    CodeFacts {
        code,
        cacheable_by_default: tables::CACHEABLE_BY_DEFAULT.contains(&code),
        body: tables::body(code),
        redirect: tables::redirect(code),
        headers: rows_for(tables::HEADERS, code),
        confused_with: rows_for(tables::CONFUSIONS, code),
        retry: RetryAdvice {
            when: tables::retry_when(code),
            retry_after_applies: tables::RETRY_AFTER_APPLIES.contains(&code),
        },
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
/// only what the class implies, except that an unofficial code's retry advice
/// follows its vendor's meaning where that differs from the class's (420 is a
/// rate limit at Twitter, not a request to change). One number can mean
/// different things to different vendors, so that advice is keyed by both.
pub fn facts_for(entry: &Entry) -> CodeFacts {
    if entry.is_official() {
        return facts(entry.code);
    }
    let mut shown = unrecognized(entry.code);
    let vendor_retry = entry
        .vendor
        .as_ref()
        .and_then(|vendor| tables::unofficial_retry_when(entry.code, &vendor.name));
    if let Some(when) = vendor_retry {
        shown.retry.when = when;
    }
    shown
}

/// A client treats a code it does not know like the class's x00 code (RFC 9110
/// §15), and no code-specific rule applies. Not cacheable: the rule that a
/// recipient must not cache a response with an unrecognized status code is
/// RFC 7231 §6's wording (and no unknown code is in RFC 9110 §15.1's
/// heuristically cacheable list either).
pub fn unrecognized(code: u16) -> CodeFacts {
    CodeFacts {
        code,
        cacheable_by_default: false,
        body: tables::class_body(code),
        redirect: None,
        headers: &[],
        confused_with: &[],
        retry: RetryAdvice {
            when: tables::class_retry_when(code),
            retry_after_applies: false,
        },
    }
}

/// One short fact for the expanded row: a label and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelledFact {
    pub label: &'static str,
    pub value: &'static str,
}

/// The single-valued facts in display order. Headers and confusions are lists
/// and are shown under [`facts::RELATED_HEADERS`] and [`facts::OFTEN_CONFUSED_WITH`].
pub fn labelled_facts(facts: &CodeFacts) -> Vec<LabelledFact> {
    let fact = |label, value| LabelledFact { label, value };
    let mut shown = vec![
        fact(
            facts::CACHEABLE_BY_DEFAULT,
            if facts.cacheable_by_default {
                facts::CACHEABLE_YES
            } else {
                facts::CACHEABLE_NO
            },
        ),
        fact(facts::RESPONSE_BODY, facts.body.label()),
    ];
    if let Some(redirect) = facts.redirect {
        shown.push(fact(facts::REDIRECT, redirect.permanence.label()));
        shown.push(fact(facts::METHOD_AND_BODY_KEPT, redirect.method.label()));
    }
    shown.push(fact(facts::SAFE_TO_RETRY, facts.retry.when.label()));
    shown.push(fact(facts::RETRY_AFTER, facts.retry.retry_after_label()));
    shown
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
