//! The facts, one list per fact, so each list can be checked against the RFC on
//! its own (and is pinned by `tests/details.rs`).

use super::{BodyRule, Confusion, MethodRule, Permanence, Redirect, RelatedHeader, RetryWhen};
use crate::registry::StatusClass;
use crate::text::facts as t;

/// RFC 9110 §15.1: the codes a cache may reuse without explicit freshness.
pub(super) const CACHEABLE_BY_DEFAULT: &[u16] =
    &[200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501];

/// RFC 9110 §10.2.3 gives Retry-After a meaning with 503 and with 3xx redirects
/// (how long to wait before following); §15.5.14 asks for it on a temporary 413;
/// RFC 6585 §4 on 429. 304, 305 and 306 redirect nowhere, so it means nothing there.
pub(super) const RETRY_AFTER_APPLIES: &[u16] = &[300, 301, 302, 303, 307, 308, 413, 429, 503];

pub(super) fn body(code: u16) -> BodyRule {
    match code {
        204 | 304 => BodyRule::Never,
        205 => BodyRule::MustBeEmpty,
        _ => class_body(code),
    }
}

/// Every 1xx, known or not, ends at its header section (RFC 9112 §6.3).
pub(super) fn class_body(code: u16) -> BodyRule {
    match StatusClass::of_code(code) {
        Some(StatusClass::Informational) => BodyRule::Never,
        _ => BodyRule::Allowed,
    }
}

/// RFC 9110 §15.4. 300 offers choices, 304 points at the cache, 305 and 306 are
/// out of use: none of them has a redirect rule. A 303 moves nothing: it points
/// to another resource, e.g. one describing the result (§15.4.4).
pub(super) fn redirect(code: u16) -> Option<Redirect> {
    let (permanence, method) = match code {
        301 => (Permanence::Permanent, MethodRule::PostMayBecomeGet),
        302 => (Permanence::Temporary, MethodRule::PostMayBecomeGet),
        303 => (Permanence::NotAMove, MethodRule::ChangedToGet),
        307 => (Permanence::Temporary, MethodRule::Kept),
        308 => (Permanence::Permanent, MethodRule::Kept),
        _ => return None,
    };
    Some(Redirect { permanence, method })
}

pub(super) fn retry_when(code: u16) -> RetryWhen {
    match code {
        // §7.8: after a 101 the connection speaks the new protocol, and the answer
        // to the request comes in it; there is no further HTTP/1.1 response.
        101 => RetryWhen::ProtocolSwitched,
        // §15.3.3: accepted for processing, which may not have happened yet (or
        // ever); repeating the request may have it processed twice.
        202 => RetryWhen::AcceptedNotDone,
        300..=303 | 307 | 308 => RetryWhen::FollowRedirect,
        304 => RetryWhen::NotNeeded,
        305 | 306 | 418 => RetryWhen::NotInUse,
        401 | 407 | 511 => RetryWhen::WithCredentials,
        // §15.5.9: a 408 means the request never arrived whole; §15.5.20 lets a
        // 421 be repeated elsewhere whatever the method.
        408 | 421 => RetryWhen::OnNewConnection,
        // §15.5.14: a temporary limit comes with Retry-After, after which the
        // client may try again; otherwise the content has to shrink.
        413 => RetryWhen::SmallerOrLater,
        425 => RetryWhen::AfterHandshake,
        // 423 waits for the lock; RFC 4918 §11.5 calls 507 temporary.
        423 | 429 | 503 | 507 => RetryWhen::AfterWaiting,
        // A 501, 505 or 506 will not go away by itself: same as most 4xx.
        501 | 505 | 506 | 508 | 510 => RetryWhen::AfterChangingRequest,
        _ => class_retry_when(code),
    }
}

pub(super) fn class_retry_when(code: u16) -> RetryWhen {
    match StatusClass::of_code(code) {
        Some(StatusClass::Informational) => RetryWhen::NotYet,
        Some(StatusClass::Successful) => RetryWhen::NotNeeded,
        Some(StatusClass::Redirection) => RetryWhen::FollowRedirect,
        Some(StatusClass::ClientError) => RetryWhen::AfterChangingRequest,
        Some(StatusClass::ServerError) | None => RetryWhen::IfIdempotent,
    }
}

/// Unofficial codes whose vendor's meaning calls for other retry advice than the
/// class's (a 4xx that is a rate limit, a 5xx for an origin never reached), by
/// code and vendor as named in `data/unofficial.tsv`: 420, 430, 499 and 530
/// each mean different things to different vendors. Unlisted entries keep the
/// class default, which fits them (419, 449, 463 and 464 need a changed
/// request; 520, 522, 524 and 598 may have reached a server that acted).
const UNOFFICIAL_RETRY: &[(u16, &str, RetryWhen)] = &[
    // Said to stand in for an error status when a proxy passes the body on;
    // Wikipedia itself doubts it, so no advice is better than "handled".
    (218, "Apache (disputed)", RetryWhen::Unsettled),
    // Never standard; the registered 306 gets the same advice.
    (306, "Historic draft", RetryWhen::NotInUse),
    // Twitter's rate limit before 429 existed.
    (420, "Twitter", RetryWhen::AfterWaiting),
    // Shopify's throttle for too many requests in a short time, used where
    // 429 would be.
    (430, "Shopify", RetryWhen::AfterWaiting),
    // An expired draft's code that nothing sends.
    (430, "Expired draft", RetryWhen::NotInUse),
    // The session expired: log in again.
    (440, "Microsoft IIS", RetryWhen::WithCredentials),
    // nginx closes the connection without a response; the code is only logged.
    (444, "nginx", RetryWhen::LogOnly),
    // ActiveSync's redirect to a better server.
    (451, "Exchange ActiveSync", RetryWhen::FollowRedirect),
    // The client had already closed the connection.
    (460, "AWS ELB", RetryWhen::LogOnly),
    // A new or valid token is what is missing.
    (498, "Esri ArcGIS", RetryWhen::WithCredentials),
    (499, "Esri ArcGIS", RetryWhen::WithCredentials),
    // The client had already closed the connection.
    (499, "nginx", RetryWhen::LogOnly),
    // A used-up bandwidth quota: a temporary state until it resets.
    (509, "Apache / cPanel", RetryWhen::AfterWaiting),
    // The request never got to the origin: refused, unreachable, or the TLS
    // handshake to it failed or its certificate was refused.
    (521, "Cloudflare", RetryWhen::OnceFixed),
    (523, "Cloudflare", RetryWhen::OnceFixed),
    (525, "Cloudflare", RetryWhen::OnceFixed),
    (526, "Cloudflare", RetryWhen::OnceFixed),
    // Railgun is discontinued; nothing sends 527 now.
    (527, "Cloudflare", RetryWhen::NotInUse),
    // "Overloaded, back off": a temporary state.
    (529, "Qualys SSL Labs", RetryWhen::AfterWaiting),
    // A frozen site stays frozen until its owner revives it.
    (530, "Pantheon", RetryWhen::OnceFixed),
    // The identity provider failed the login: authenticate again.
    (561, "AWS ELB", RetryWhen::WithCredentials),
    // The connection to the upstream was never made, so the request was not
    // sent on: safe to repeat later.
    (599, "Proxies (informal)", RetryWhen::AfterWaiting),
];

/// The retry advice for `vendor`'s unofficial `code`, if it differs from the class's.
pub(super) fn unofficial_retry_when(code: u16, vendor: &str) -> Option<RetryWhen> {
    UNOFFICIAL_RETRY
        .iter()
        .find(|(listed, by, _)| *listed == code && *by == vendor)
        .map(|(_, _, when)| *when)
}

const fn header(name: &'static str, role: &'static str) -> RelatedHeader {
    RelatedHeader { name, role }
}

const PERMANENT_REDIRECT: &[RelatedHeader] = &[
    header("Location", t::LOCATION_PERMANENT),
    header("Retry-After", t::RETRY_AFTER_REDIRECT),
];
const TEMPORARY_REDIRECT: &[RelatedHeader] = &[
    header("Location", t::LOCATION_TEMPORARY),
    header("Retry-After", t::RETRY_AFTER_REDIRECT),
];

/// Header fields worth knowing with each code; codes not listed have none.
pub(super) const HEADERS: &[(u16, &[RelatedHeader])] = &[
    (100, &[header("Expect", t::EXPECT_100)]),
    (101, &[header("Upgrade", t::UPGRADE_101)]),
    (103, &[header("Link", t::LINK_103)]),
    (201, &[header("Location", t::LOCATION_201)]),
    (
        206,
        &[
            header("Range", t::RANGE_206),
            header("Content-Range", t::CONTENT_RANGE_206),
        ],
    ),
    (226, &[header("IM", t::IM_226)]),
    (
        300,
        &[
            header("Location", t::LOCATION_300),
            header("Retry-After", t::RETRY_AFTER_REDIRECT),
        ],
    ),
    (301, PERMANENT_REDIRECT),
    (302, TEMPORARY_REDIRECT),
    (
        303,
        &[
            header("Location", t::LOCATION_303),
            header("Retry-After", t::RETRY_AFTER_REDIRECT),
        ],
    ),
    (
        304,
        &[
            header("If-None-Match", t::IF_NONE_MATCH_304),
            header("If-Modified-Since", t::IF_MODIFIED_SINCE_304),
            header("ETag", t::ETAG_304),
        ],
    ),
    (307, TEMPORARY_REDIRECT),
    (308, PERMANENT_REDIRECT),
    (
        401,
        &[
            header("WWW-Authenticate", t::WWW_AUTHENTICATE_401),
            header("Authorization", t::AUTHORIZATION_401),
        ],
    ),
    (405, &[header("Allow", t::ALLOW_405)]),
    (
        406,
        &[
            header("Accept", t::ACCEPT_406),
            header("Accept-Language", t::ACCEPT_406),
            header("Accept-Encoding", t::ACCEPT_406),
        ],
    ),
    (
        407,
        &[
            header("Proxy-Authenticate", t::PROXY_AUTHENTICATE_407),
            header("Proxy-Authorization", t::PROXY_AUTHORIZATION_407),
        ],
    ),
    (408, &[header("Connection", t::CONNECTION_408)]),
    (411, &[header("Content-Length", t::CONTENT_LENGTH_411)]),
    // §13.1.2: a false If-None-Match gives 304 for GET and HEAD, 412 otherwise.
    (
        412,
        &[
            header("If-Match", t::CONDITION_412),
            header("If-None-Match", t::IF_NONE_MATCH_412),
            header("If-Unmodified-Since", t::CONDITION_412),
        ],
    ),
    (413, &[header("Retry-After", t::RETRY_AFTER_413)]),
    (
        415,
        &[
            header("Content-Type", t::CONTENT_TYPE_415),
            header("Accept-Encoding", t::ACCEPT_ENCODING_415),
            header("Accept-Patch", t::ACCEPT_PATCH_415),
            // W3C Linked Data Platform 1.0 §7.1; in the IANA field registry.
            header("Accept-Post", t::ACCEPT_POST_415),
        ],
    ),
    (
        416,
        &[
            header("Range", t::RANGE_416),
            header("Content-Range", t::CONTENT_RANGE_416),
        ],
    ),
    (417, &[header("Expect", t::EXPECT_417)]),
    (425, &[header("Early-Data", t::EARLY_DATA_425)]),
    (426, &[header("Upgrade", t::UPGRADE_426)]),
    (428, &[header("If-Match", t::IF_MATCH_428)]),
    (429, &[header("Retry-After", t::RETRY_AFTER_429)]),
    (451, &[header("Link", t::LINK_451)]),
    (503, &[header("Retry-After", t::RETRY_AFTER_503)]),
];

const fn confused(other: u16, how_to_tell: &'static str) -> Confusion {
    Confusion { other, how_to_tell }
}

/// Each pair appears under both of its codes, with the same text.
pub(super) const CONFUSIONS: &[(u16, &[Confusion])] = &[
    (
        301,
        &[
            confused(302, t::TELL_301_302),
            confused(308, t::TELL_301_308),
        ],
    ),
    (
        302,
        &[
            confused(301, t::TELL_301_302),
            confused(303, t::TELL_302_303),
            confused(307, t::TELL_302_307),
        ],
    ),
    (
        303,
        &[
            confused(302, t::TELL_302_303),
            confused(307, t::TELL_303_307),
        ],
    ),
    (
        307,
        &[
            confused(302, t::TELL_302_307),
            confused(303, t::TELL_303_307),
            confused(308, t::TELL_307_308),
        ],
    ),
    (
        308,
        &[
            confused(301, t::TELL_301_308),
            confused(307, t::TELL_307_308),
        ],
    ),
    (400, &[confused(422, t::TELL_400_422)]),
    (401, &[confused(403, t::TELL_401_403)]),
    (
        403,
        &[
            confused(401, t::TELL_401_403),
            confused(404, t::TELL_403_404),
        ],
    ),
    (
        404,
        &[
            confused(403, t::TELL_403_404),
            confused(410, t::TELL_404_410),
        ],
    ),
    (406, &[confused(415, t::TELL_406_415)]),
    (408, &[confused(504, t::TELL_408_504)]),
    (410, &[confused(404, t::TELL_404_410)]),
    (415, &[confused(406, t::TELL_406_415)]),
    (422, &[confused(400, t::TELL_400_422)]),
    (429, &[confused(503, t::TELL_429_503)]),
    (500, &[confused(503, t::TELL_500_503)]),
    (502, &[confused(504, t::TELL_502_504)]),
    (
        503,
        &[
            confused(429, t::TELL_429_503),
            confused(500, t::TELL_500_503),
        ],
    ),
    (
        504,
        &[
            confused(408, t::TELL_408_504),
            confused(502, t::TELL_502_504),
        ],
    ),
];
