//! The facts, one table per fact, each row with the source it rests on, so
//! each table can be checked against its documents on its own (and is pinned
//! by `tests/details.rs`). A row names its codes, its value and its source;
//! a code no row names gets what its class implies.

use super::source::{cite::*, doc, ours, Source};
use super::{
    BodyRule, Caching, Confusion, MethodRule, Permanence, Redirect, RelatedHeader, RetryWhen,
    Sourced,
};
use crate::registry::StatusClass;
use crate::text::facts as t;

/// The first row of `table` that names `code`.
fn row_for<T: Copy>(table: &[(&[u16], T, Source)], code: u16) -> Option<Sourced<T>> {
    table
        .iter()
        .find(|(codes, _, _)| codes.contains(&code))
        .map(|&(_, value, source)| Sourced { value, source })
}

/// Codes whose defining document says how caches treat them. Every other
/// final code is stored only when the response allows it (`class_caching`).
const CACHING: &[(&[u16], Caching, Source)] = &[
    // §15.1 lists the heuristically cacheable codes RFC 9110 defines; "all
    // other status codes are not heuristically cacheable".
    (
        &[200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501],
        Caching::ByDefault,
        doc(RFC9110_15_1),
    ),
    // RFC 3229 lets caches store a 226 "subject to the HTTP expiration
    // mechanism", RFC 2616's words for its heuristically cacheable codes.
    (&[226], Caching::ByDefault, doc(RFC3229_10_4_1)),
    (&[451], Caching::ByDefault, doc(RFC7725_3)),
    // RFC 6585 closes each of its four definitions with "MUST NOT be stored
    // by a cache": no response header can allow it.
    (&[428], Caching::MustNotStore, doc(RFC6585_3)),
    (&[429], Caching::MustNotStore, doc(RFC6585_4)),
    (&[431], Caching::MustNotStore, doc(RFC6585_5)),
    (&[511], Caching::MustNotStore, doc(RFC6585_6)),
    // RFC 9111 §4.3.4: a 304 updates the stored response it validated.
    (&[304], Caching::Freshens, doc(RFC9111_4_3_4)),
    // RFC 8470 says so of 425 in as many words.
    (&[425], Caching::OnlyIfExplicit, doc(RFC8470_5_2)),
];

pub(super) fn caching(code: u16) -> Sourced<Caching> {
    row_for(CACHING, code).unwrap_or_else(|| class_caching(code))
}

/// RFC 9111 §3: a cache stores only final responses, and a final response
/// whose code is not heuristically cacheable only when it carries explicit
/// freshness or a directive allowing it (public, s-maxage, …).
pub(super) fn class_caching(code: u16) -> Sourced<Caching> {
    let value = match StatusClass::of_code(code) {
        Some(StatusClass::Informational) => Caching::Interim,
        _ => Caching::OnlyIfExplicit,
    };
    Sourced {
        value,
        source: doc(RFC9111_3),
    }
}

const BODY: &[(&[u16], BodyRule, Source)] = &[
    (&[204], BodyRule::Never, doc(RFC9110_15_3_5)),
    (&[304], BodyRule::Never, doc(RFC9110_15_4_5)),
    (&[205], BodyRule::MustBeEmpty, doc(RFC9110_15_3_6)),
];

pub(super) fn body(code: u16) -> Sourced<BodyRule> {
    row_for(BODY, code).unwrap_or_else(|| class_body(code))
}

/// Every 1xx, known or not, ends at its header section (RFC 9110 §15.2); a
/// 2xx to CONNECT opens a tunnel instead of carrying content, and no response
/// to HEAD carries any (§6.4.1).
pub(super) fn class_body(code: u16) -> Sourced<BodyRule> {
    let (value, source) = match StatusClass::of_code(code) {
        Some(StatusClass::Informational) => (BodyRule::Never, RFC9110_15_2),
        Some(StatusClass::Successful) => (BodyRule::AllowedNotToConnect, RFC9110_6_4_1),
        _ => (BodyRule::Allowed, RFC9110_6_4_1),
    };
    Sourced {
        value,
        source: doc(source),
    }
}

/// RFC 9110 §15.4. 300 offers choices, 304 points at the cache, 305 and 306 are
/// out of use: none of them has a redirect rule. A 303 moves nothing: it points
/// to another resource, e.g. one describing the result (§15.4.4).
///
/// Each code's own section says whether the move is permanent. What becomes of
/// the method is said in §15.4 for 301, 302, 307 and 308 together: a client
/// resends the original request, changing the method only as the code allows;
/// 301 and 302 allow POST to become GET, 307 and 308 preserve the method.
/// §15.4.9 says nothing of the method for 308; §15.4.4 sends a 303 to GET.
const REDIRECTS: &[(u16, Redirect)] = &[
    (
        301,
        redirect_rule(
            (Permanence::Permanent, doc(RFC9110_15_4_2)),
            (MethodRule::PostMayBecomeGet, doc(RFC9110_15_4)),
        ),
    ),
    (
        302,
        redirect_rule(
            (Permanence::Temporary, doc(RFC9110_15_4_3)),
            (MethodRule::PostMayBecomeGet, doc(RFC9110_15_4)),
        ),
    ),
    (
        303,
        redirect_rule(
            (Permanence::NotAMove, doc(RFC9110_15_4_4)),
            (MethodRule::ChangedToGet, doc(RFC9110_15_4_4)),
        ),
    ),
    (
        307,
        redirect_rule(
            (Permanence::Temporary, doc(RFC9110_15_4_8)),
            (MethodRule::Kept, doc(RFC9110_15_4)),
        ),
    ),
    (
        308,
        redirect_rule(
            (Permanence::Permanent, doc(RFC9110_15_4_9)),
            (MethodRule::Kept, doc(RFC9110_15_4)),
        ),
    ),
];

const fn redirect_rule(
    (permanence, permanence_source): (Permanence, Source),
    (method, method_source): (MethodRule, Source),
) -> Redirect {
    Redirect {
        permanence: Sourced {
            value: permanence,
            source: permanence_source,
        },
        method: Sourced {
            value: method,
            source: method_source,
        },
    }
}

pub(super) fn redirect(code: u16) -> Option<Redirect> {
    REDIRECTS
        .iter()
        .find(|(listed, _)| *listed == code)
        .map(|&(_, redirect)| redirect)
}

/// Whether a client may send the request again. A row cites a document where
/// the document itself says so; where the advice is ours (most 4xx and 5xx:
/// the documents define the condition, not what a client should do next), it
/// is marked as ours, with the section it applies.
const RETRY: &[(&[u16], RetryWhen, Source)] = &[
    (&[100, 102, 103, 104], RetryWhen::NotYet, doc(RFC9110_15_2)),
    // §7.8: after a 101 the connection speaks the new protocol, and the answer
    // to the request comes in it; there is no further HTTP/1.1 response.
    (&[101], RetryWhen::ProtocolSwitched, doc(RFC9110_7_8)),
    (
        &[200, 201, 203, 204, 205, 206, 208, 226],
        RetryWhen::NotNeeded,
        ours(RFC9110_15_3),
    ),
    // RFC 4918 §13: the recipient "needs to consult the contents of the
    // multistatus response body" for the outcome of each part.
    (&[207], RetryWhen::CheckEachStatus, doc(RFC4918_13)),
    // §15.3.3: accepted for processing, which may not have happened yet (or
    // ever); that repeating it may have it processed twice is our reading.
    (&[202], RetryWhen::AcceptedNotDone, ours(RFC9110_15_3_3)),
    (&[300], RetryWhen::FollowRedirect, doc(RFC9110_15_4_1)),
    (&[301], RetryWhen::FollowRedirect, doc(RFC9110_15_4_2)),
    (&[302], RetryWhen::FollowRedirect, doc(RFC9110_15_4_3)),
    (&[303], RetryWhen::FollowRedirect, doc(RFC9110_15_4_4)),
    (&[307], RetryWhen::FollowRedirect, doc(RFC9110_15_4_8)),
    (&[308], RetryWhen::FollowRedirect, doc(RFC9110_15_4_9)),
    (&[304], RetryWhen::UseStored, doc(RFC9110_15_4_5)),
    (&[305], RetryWhen::NotInUse, doc(RFC9110_15_4_6)),
    (&[306], RetryWhen::NotInUse, doc(RFC9110_15_4_7)),
    (&[418], RetryWhen::NotInUse, doc(RFC9110_15_5_19)),
    (
        &[400],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_5_1),
    ),
    (&[401], RetryWhen::WithCredentials, doc(RFC9110_15_5_2)),
    (&[402], RetryWhen::Unsettled, doc(RFC9110_15_5_3)),
    (
        &[403],
        RetryWhen::NotWithSameCredentials,
        doc(RFC9110_15_5_4),
    ),
    (&[404], RetryWhen::MayComeBack, doc(RFC9110_15_5_5)),
    (
        &[405],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_5_6),
    ),
    (
        &[406],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_5_7),
    ),
    (&[407], RetryWhen::WithCredentials, doc(RFC9110_15_5_8)),
    (&[408], RetryWhen::MayRepeat, doc(RFC9110_15_5_9)),
    // §15.5.10: the user "might be able to resolve the conflict and resubmit";
    // it does not say the request itself has to change.
    (
        &[409],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_5_10),
    ),
    (&[410], RetryWhen::LikelyPermanent, doc(RFC9110_15_5_11)),
    (
        &[411],
        RetryWhen::AfterChangingRequest,
        doc(RFC9110_15_5_12),
    ),
    (
        &[412],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_5_13),
    ),
    (&[413], RetryWhen::SmallerOrLater, doc(RFC9110_15_5_14)),
    (
        &[414],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_5_15),
    ),
    (
        &[415],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_5_16),
    ),
    (
        &[416],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_5_17),
    ),
    // §10.1.1: repeat it without the 100-continue expectation.
    (&[417], RetryWhen::AfterChangingRequest, doc(RFC9110_10_1_1)),
    (&[421], RetryWhen::OnNewConnection, doc(RFC9110_15_5_20)),
    (
        &[422],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_5_21),
    ),
    (&[423], RetryWhen::AfterWaiting, ours(RFC4918_11_3)),
    (&[424], RetryWhen::AfterChangingRequest, ours(RFC4918_11_4)),
    (&[425], RetryWhen::AfterHandshake, doc(RFC8470_5_2)),
    (&[426], RetryWhen::AfterUpgrade, doc(RFC9110_15_5_22)),
    (&[428], RetryWhen::AfterChangingRequest, doc(RFC6585_3)),
    (&[429], RetryWhen::AfterWaiting, doc(RFC6585_4)),
    // RFC 6585 §5: it may be resubmitted once its header fields are smaller.
    (&[431], RetryWhen::AfterChangingRequest, doc(RFC6585_5)),
    (&[451], RetryWhen::WhileBlocked, ours(RFC7725_3)),
    (
        &[500, 502, 504],
        RetryWhen::IfIdempotent,
        ours(RFC9110_9_2_2),
    ),
    (
        &[501],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_6_2),
    ),
    (&[503], RetryWhen::AfterWaiting, doc(RFC9110_15_6_4)),
    (
        &[505],
        RetryWhen::AfterChangingRequest,
        ours(RFC9110_15_6_6),
    ),
    (&[506], RetryWhen::AfterServerFix, ours(RFC2295_8_1)),
    (&[507], RetryWhen::UserOnly, doc(RFC4918_11_5)),
    (&[508], RetryWhen::AfterChangingRequest, ours(RFC5842_7_2)),
    (&[510], RetryWhen::AfterChangingRequest, doc(RFC2774_7)),
    (&[511], RetryWhen::WithCredentials, ours(RFC6585_6)),
];

pub(super) fn retry(code: u16) -> Sourced<RetryWhen> {
    row_for(RETRY, code).unwrap_or_else(|| class_retry(code))
}

/// What a code's class implies: an unknown code is treated as the class's x00
/// (RFC 9110 §15). A 1xx is interim (§15.2); a client may follow a Location
/// even when it does not know the 3xx code (§15.4); the rest is our advice.
pub(super) fn class_retry(code: u16) -> Sourced<RetryWhen> {
    let (value, source) = match StatusClass::of_code(code) {
        Some(StatusClass::Informational) => (RetryWhen::NotYet, doc(RFC9110_15_2)),
        Some(StatusClass::Successful) => (RetryWhen::NotNeeded, ours(RFC9110_15_3)),
        Some(StatusClass::Redirection) => (RetryWhen::FollowRedirect, doc(RFC9110_15_4)),
        Some(StatusClass::ClientError) => (RetryWhen::AfterChangingRequest, ours(RFC9110_15_5)),
        Some(StatusClass::ServerError) | None => (RetryWhen::IfIdempotent, ours(RFC9110_9_2_2)),
    };
    Sourced { value, source }
}

/// Whether Retry-After has a meaning particular to the code. RFC 9110 §10.2.3
/// gives it one general meaning with any response (how long to wait before a
/// follow-up request), and particular ones with 503 and with any 3xx (how long
/// to wait before following); §15.5.14 asks for it on a temporary 413, RFC
/// 6585 §4 allows it on 429. Every other code has only the general meaning
/// (`false`). 304, 305 and 306 send the client nowhere, so the 3xx reading has
/// no redirected request to apply to there: leaving them the general one is our
/// reading.
const RETRY_AFTER: &[(&[u16], bool, Source)] = &[
    (
        &[300, 301, 302, 303, 307, 308, 503],
        true,
        doc(RFC9110_10_2_3),
    ),
    (&[413], true, doc(RFC9110_15_5_14)),
    (&[429], true, doc(RFC6585_4)),
    (&[304, 305, 306], false, ours(RFC9110_10_2_3)),
];

pub(super) fn retry_after(code: u16) -> Sourced<bool> {
    row_for(RETRY_AFTER, code).unwrap_or_else(|| class_retry_after(code))
}

/// "Any 3xx" includes the codes a client does not know; the other classes keep
/// only the general meaning §10.2.3 gives Retry-After.
pub(super) fn class_retry_after(code: u16) -> Sourced<bool> {
    Sourced {
        value: StatusClass::of_code(code) == Some(StatusClass::Redirection),
        source: doc(RFC9110_10_2_3),
    }
}

/// Unofficial codes whose vendor's meaning calls for other retry advice than the
/// class's (a 4xx that is a rate limit, a 5xx for an origin never reached), by
/// code and vendor as named in `data/unofficial.tsv`: 420, 430, 499 and 530
/// each mean different things to different vendors. `Source::Vendor` where the
/// vendor's page itself says what to do; our advice otherwise. Unlisted
/// entries keep the class default, which fits them (419, 430 at Shopify, 449,
/// 463 and 464 need a changed request; 520, 522 and 524 may have reached a
/// server that acted).
const UNOFFICIAL_RETRY: &[(u16, &str, RetryWhen, Source)] = &[
    // Said to stand in for an error status when a proxy passes the body on;
    // Wikipedia itself doubts it, so no advice is better than "handled".
    (218, "Apache (disputed)", RetryWhen::Unsettled, OURS),
    // Never standard; the registered 306 gets the same advice.
    (306, "Historic draft", RetryWhen::NotInUse, OURS),
    // Twitter's rate limit before 429 existed.
    (420, "Twitter", RetryWhen::AfterWaiting, OURS),
    // An expired draft's code that nothing sends.
    (430, "Expired draft", RetryWhen::NotInUse, OURS),
    // The session expired: log in again.
    (440, "Microsoft IIS", RetryWhen::WithCredentials, OURS),
    // nginx closes the connection without a response; the code is only logged.
    (444, "nginx", RetryWhen::LogOnly, Source::Vendor),
    // MS-ASHTTP: later requests go to the URL in X-MS-Location.
    (451, "Exchange ActiveSync", RetryWhen::FollowRedirect, OURS),
    // The client had already closed the connection.
    (460, "AWS ELB", RetryWhen::LogOnly, Source::Vendor),
    // A new or valid token is what is missing.
    (498, "Esri ArcGIS", RetryWhen::WithCredentials, OURS),
    (499, "Esri ArcGIS", RetryWhen::WithCredentials, OURS),
    // The client had already closed the connection.
    (499, "nginx", RetryWhen::LogOnly, Source::Vendor),
    // A used-up bandwidth quota: a temporary state until it resets.
    (509, "Apache / cPanel", RetryWhen::AfterWaiting, OURS),
    // The request never got to the origin: refused, unreachable, its host
    // name unresolved, or the TLS handshake to it failed or its certificate
    // was refused.
    (521, "Cloudflare", RetryWhen::OnceFixed, OURS),
    (523, "Cloudflare", RetryWhen::OnceFixed, OURS),
    (525, "Cloudflare", RetryWhen::OnceFixed, OURS),
    (526, "Cloudflare", RetryWhen::OnceFixed, OURS),
    (530, "Cloudflare", RetryWhen::OnceFixed, OURS),
    // Railgun is discontinued; nothing sends 527 now.
    (527, "Cloudflare", RetryWhen::NotInUse, OURS),
    // The SSL Labs API documentation asks clients to back off and retry.
    (
        529,
        "Qualys SSL Labs",
        RetryWhen::AfterWaiting,
        Source::Vendor,
    ),
    // A frozen site stays frozen until its owner revives it.
    (530, "Pantheon", RetryWhen::OnceFixed, OURS),
    // The identity provider failed the login: authenticate again.
    (561, "AWS ELB", RetryWhen::WithCredentials, OURS),
    // The connection to the upstream was never made, so the request was not
    // sent on: safe to repeat later.
    (599, "Proxies (informal)", RetryWhen::AfterWaiting, OURS),
];

/// Advice of ours, drawn from the vendor's meaning (linked with the entry).
const OURS: Source = Source::OurAdvice { basis: None };

/// The retry advice for `vendor`'s unofficial `code`, if it differs from the class's.
pub(super) fn unofficial_retry(code: u16, vendor: &str) -> Option<Sourced<RetryWhen>> {
    UNOFFICIAL_RETRY
        .iter()
        .find(|(listed, by, _, _)| *listed == code && *by == vendor)
        .map(|&(_, _, value, source)| Sourced { value, source })
}

/// Unofficial codes that are only ever logged: no response goes out, as their
/// vendors document (nginx closes the connection; the client of a 460 or an
/// nginx 499 had already gone).
const LOG_ONLY: &[(u16, &str)] = &[(444, "nginx"), (460, "AWS ELB"), (499, "nginx")];

pub(super) fn is_log_only(code: u16, vendor: &str) -> bool {
    LOG_ONLY.contains(&(code, vendor))
}

const fn header(name: &'static str, role: &'static str, source: Source) -> RelatedHeader {
    RelatedHeader { name, role, source }
}

const RETRY_AFTER_REDIRECT: RelatedHeader =
    header("Retry-After", t::RETRY_AFTER_REDIRECT, doc(RFC9110_10_2_3));

/// Header fields worth knowing with each code, each with the section that
/// says what it does there; codes not listed have none.
pub(super) const HEADERS: &[(u16, &[RelatedHeader])] = &[
    (100, &[header("Expect", t::EXPECT_100, doc(RFC9110_10_1_1))]),
    (
        101,
        &[header("Upgrade", t::UPGRADE_101, doc(RFC9110_15_2_2))],
    ),
    (103, &[header("Link", t::LINK_103, doc(RFC8297_2))]),
    (
        201,
        &[header("Location", t::LOCATION_201, doc(RFC9110_15_3_2))],
    ),
    // §14.4 says both what a 206's Content-Range holds and that its complete
    // length may be `*` when unknown; §15.3.7 only that one is required.
    (
        206,
        &[
            header("Range", t::RANGE_206, doc(RFC9110_14_2)),
            header("Content-Range", t::CONTENT_RANGE_206, doc(RFC9110_14_4)),
        ],
    ),
    (226, &[header("IM", t::IM_226, doc(RFC3229_10_5_2))]),
    (
        300,
        &[
            header("Location", t::LOCATION_300, doc(RFC9110_15_4_1)),
            RETRY_AFTER_REDIRECT,
        ],
    ),
    (
        301,
        &[
            header("Location", t::LOCATION_PERMANENT, doc(RFC9110_15_4_2)),
            RETRY_AFTER_REDIRECT,
        ],
    ),
    (
        302,
        &[
            header("Location", t::LOCATION_TEMPORARY, doc(RFC9110_15_4_3)),
            RETRY_AFTER_REDIRECT,
        ],
    ),
    (
        303,
        &[
            header("Location", t::LOCATION_303, doc(RFC9110_15_4_4)),
            RETRY_AFTER_REDIRECT,
        ],
    ),
    (
        304,
        &[
            header("If-None-Match", t::IF_NONE_MATCH_304, doc(RFC9110_13_1_2)),
            header(
                "If-Modified-Since",
                t::IF_MODIFIED_SINCE_304,
                doc(RFC9110_13_1_3),
            ),
            header("ETag", t::ETAG_304, doc(RFC9110_15_4_5)),
        ],
    ),
    (
        307,
        &[
            header("Location", t::LOCATION_TEMPORARY, doc(RFC9110_15_4_8)),
            RETRY_AFTER_REDIRECT,
        ],
    ),
    (
        308,
        &[
            header("Location", t::LOCATION_PERMANENT, doc(RFC9110_15_4_9)),
            RETRY_AFTER_REDIRECT,
        ],
    ),
    (
        401,
        &[
            header(
                "WWW-Authenticate",
                t::WWW_AUTHENTICATE_401,
                doc(RFC9110_15_5_2),
            ),
            header("Authorization", t::AUTHORIZATION_401, doc(RFC9110_11_6_2)),
        ],
    ),
    (405, &[header("Allow", t::ALLOW_405, doc(RFC9110_15_5_6))]),
    (
        406,
        &[
            header("Accept", t::ACCEPT_406, doc(RFC9110_15_5_7)),
            header("Accept-Language", t::ACCEPT_406, doc(RFC9110_15_5_7)),
            header("Accept-Encoding", t::ACCEPT_406, doc(RFC9110_15_5_7)),
        ],
    ),
    (
        407,
        &[
            header(
                "Proxy-Authenticate",
                t::PROXY_AUTHENTICATE_407,
                doc(RFC9110_15_5_8),
            ),
            header(
                "Proxy-Authorization",
                t::PROXY_AUTHORIZATION_407,
                doc(RFC9110_11_7_2),
            ),
        ],
    ),
    // RFC 9110 no longer asks for `close` with a 408 (RFC 7231 did); what the
    // option does is RFC 9112's.
    (
        408,
        &[header("Connection", t::CONNECTION_408, doc(RFC9112_9_6))],
    ),
    (
        411,
        &[header(
            "Content-Length",
            t::CONTENT_LENGTH_411,
            doc(RFC9110_15_5_12),
        )],
    ),
    // §13.1.2: a false If-None-Match gives 304 for GET and HEAD, 412 otherwise.
    (
        412,
        &[
            header("If-Match", t::CONDITION_412, doc(RFC9110_13_1_1)),
            header("If-None-Match", t::IF_NONE_MATCH_412, doc(RFC9110_13_1_2)),
            header("If-Unmodified-Since", t::CONDITION_412, doc(RFC9110_13_1_4)),
        ],
    ),
    (
        413,
        &[header(
            "Retry-After",
            t::RETRY_AFTER_413,
            doc(RFC9110_15_5_14),
        )],
    ),
    // §15.5.16 names the request's Content-Type and Content-Encoding, and
    // Accept-Encoding and Accept to say what the server would have accepted.
    // It never mentions Accept-Patch or Accept-Post: RFC 5789 §2.2 asks for
    // Accept-Patch with a 415 to a PATCH; Accept-Post is the W3C Linked Data
    // Platform's (§7.1).
    (
        415,
        &[
            header("Content-Type", t::CONTENT_TYPE_415, doc(RFC9110_15_5_16)),
            header(
                "Accept-Encoding",
                t::ACCEPT_ENCODING_415,
                doc(RFC9110_15_5_16),
            ),
            header("Accept", t::ACCEPT_415, doc(RFC9110_15_5_16)),
            header("Accept-Patch", t::ACCEPT_PATCH_415, doc(RFC5789_2_2)),
            header("Accept-Post", t::ACCEPT_POST_415, doc(LDP_7_1)),
        ],
    ),
    (
        416,
        &[
            header("Range", t::RANGE_416, doc(RFC9110_15_5_17)),
            header("Content-Range", t::CONTENT_RANGE_416, doc(RFC9110_15_5_17)),
        ],
    ),
    (
        417,
        &[header("Expect", t::EXPECT_417, doc(RFC9110_15_5_18))],
    ),
    (
        425,
        &[header("Early-Data", t::EARLY_DATA_425, doc(RFC8470_5_1))],
    ),
    (
        426,
        &[header("Upgrade", t::UPGRADE_426, doc(RFC9110_15_5_22))],
    ),
    (428, &[header("If-Match", t::IF_MATCH_428, doc(RFC6585_3))]),
    (
        429,
        &[header("Retry-After", t::RETRY_AFTER_429, doc(RFC6585_4))],
    ),
    (451, &[header("Link", t::LINK_451, doc(RFC7725_4))]),
    // §10.2.3 is where Retry-After with a 503 is said to give the expected
    // length of the unavailability; §15.6.4 only allows sending it.
    (
        503,
        &[header(
            "Retry-After",
            t::RETRY_AFTER_503,
            doc(RFC9110_10_2_3),
        )],
    ),
];

const fn confused(other: u16, how_to_tell: &'static str, source: Source) -> Confusion {
    Confusion {
        other,
        how_to_tell,
        source,
    }
}

/// Each pair appears under both of its codes, with the same text. Under each
/// code the line cites the other code's definition: this code's own is the
/// "Defined in" link above it. Where what tells them apart is said only in the
/// section over both definitions, the line cites that: §15.4 is where 308 is
/// said to keep the method (§15.4.9 does not say it).
pub(super) const CONFUSIONS: &[(u16, &[Confusion])] = &[
    (
        301,
        &[
            confused(302, t::TELL_301_302, doc(RFC9110_15_4_3)),
            confused(308, t::TELL_301_308, doc(RFC9110_15_4)),
        ],
    ),
    (
        302,
        &[
            confused(301, t::TELL_301_302, doc(RFC9110_15_4_2)),
            confused(303, t::TELL_302_303, doc(RFC9110_15_4_4)),
            confused(307, t::TELL_302_307, doc(RFC9110_15_4_8)),
        ],
    ),
    (
        303,
        &[
            confused(302, t::TELL_302_303, doc(RFC9110_15_4_3)),
            confused(307, t::TELL_303_307, doc(RFC9110_15_4_8)),
        ],
    ),
    (
        307,
        &[
            confused(302, t::TELL_302_307, doc(RFC9110_15_4_3)),
            confused(303, t::TELL_303_307, doc(RFC9110_15_4_4)),
            confused(308, t::TELL_307_308, doc(RFC9110_15_4)),
        ],
    ),
    (
        308,
        &[
            confused(301, t::TELL_301_308, doc(RFC9110_15_4_2)),
            confused(307, t::TELL_307_308, doc(RFC9110_15_4)),
        ],
    ),
    (400, &[confused(422, t::TELL_400_422, doc(RFC9110_15_5_21))]),
    (401, &[confused(403, t::TELL_401_403, doc(RFC9110_15_5_4))]),
    (
        403,
        &[
            confused(401, t::TELL_401_403, doc(RFC9110_15_5_2)),
            confused(404, t::TELL_403_404, doc(RFC9110_15_5_5)),
        ],
    ),
    (
        404,
        &[
            confused(403, t::TELL_403_404, doc(RFC9110_15_5_4)),
            confused(410, t::TELL_404_410, doc(RFC9110_15_5_11)),
        ],
    ),
    (406, &[confused(415, t::TELL_406_415, doc(RFC9110_15_5_16))]),
    (408, &[confused(504, t::TELL_408_504, doc(RFC9110_15_6_5))]),
    (410, &[confused(404, t::TELL_404_410, doc(RFC9110_15_5_5))]),
    (415, &[confused(406, t::TELL_406_415, doc(RFC9110_15_5_7))]),
    (422, &[confused(400, t::TELL_400_422, doc(RFC9110_15_5_1))]),
    (429, &[confused(503, t::TELL_429_503, doc(RFC9110_15_6_4))]),
    (500, &[confused(503, t::TELL_500_503, doc(RFC9110_15_6_4))]),
    (502, &[confused(504, t::TELL_502_504, doc(RFC9110_15_6_5))]),
    (
        503,
        &[
            confused(429, t::TELL_429_503, doc(RFC6585_4)),
            confused(500, t::TELL_500_503, doc(RFC9110_15_6_1)),
        ],
    ),
    (
        504,
        &[
            confused(408, t::TELL_408_504, doc(RFC9110_15_5_9)),
            confused(502, t::TELL_502_504, doc(RFC9110_15_6_3)),
        ],
    ),
];
