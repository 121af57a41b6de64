//! The strings of the details panel's facts, the status-line copy button and
//! the downloads. Header names, status codes
//! and the CSV/JSON column keys are protocol or data identifiers, not text, so
//! they stay where they are used.
//!
//! The explanations are our own short summaries of RFC 9110 and the other
//! documents each fact cites (`details::source`); none is quoted from another
//! reference site.

// Labels of the expanded row.
pub const REGISTRY_STATUS: &str = "Registry status";
pub const DEFINED_IN: &str = "Defined in";
pub const FORMER_NAMES: &str = "Former names";
pub const SITE_DEFINITION: &str = "On this site";
pub const CACHEABLE_BY_DEFAULT: &str = "Cacheable by default";
pub const RESPONSE_BODY: &str = "Response body";
pub const REDIRECT: &str = "Redirect";
pub const METHOD_AND_BODY_KEPT: &str = "Method and body kept";
pub const RELATED_HEADERS: &str = "Related headers";
pub const OFTEN_CONFUSED_WITH: &str = "Often confused with";
pub const SAFE_TO_RETRY: &str = "Safe to retry";
pub const RETRY_AFTER: &str = "Retry-After";

// Copy and export.
pub const COPY_STATUS_LINE: &str = "Copy status line";
pub const DOWNLOAD_CSV: &str = "Download CSV";
pub const DOWNLOAD_JSON: &str = "Download JSON";

/// The download buttons' description: what a download holds.
pub fn download_scope(rows: usize) -> String {
    match rows {
        1 => "Downloads the 1 visible code, in the current order.".to_string(),
        n => format!("Downloads the {n} visible codes, in the current order."),
    }
}

// Values of the scalar facts.
pub const CACHEABLE_BY_DEFAULT_YES: &str =
    "Yes: a cache may reuse it without explicit freshness, unless the method or Cache-Control rules that out";
pub const CACHEABLE_ONLY_IF_EXPLICIT: &str =
    "No: a cache may store it only if the response allows it (max-age, Expires or public)";
pub const CACHEABLE_MUST_NOT_STORE: &str =
    "No, never: a cache must not store it, whatever its headers say";
pub const CACHEABLE_INTERIM: &str = "No, never: an interim (1xx) response is not stored";
pub const CACHEABLE_FRESHENS: &str =
    "No: a cache uses it to refresh the stored response it validated";
pub const CACHEABLE_NO_RESPONSE: &str = "Does not apply: no response is sent";
pub const BODY_ALLOWED: &str = "Allowed (never in answer to HEAD)";
pub const BODY_ALLOWED_NOT_TO_CONNECT: &str =
    "Allowed (never in answer to HEAD, nor to CONNECT, where a tunnel follows instead)";
pub const BODY_NEVER: &str = "None: the message ends after the headers";
pub const BODY_MUST_BE_EMPTY: &str = "None: the server must not send content";
pub const BODY_NO_RESPONSE: &str =
    "None: no response is sent at all; the code only appears in the server's log";
pub const PERMANENT: &str = "Permanent: use the new URI from now on";
pub const TEMPORARY: &str = "Temporary: keep using the original URI";
pub const NOT_A_MOVE: &str = "Not a move: it points to a different resource, such as a result";
pub const METHOD_KEPT: &str = "Yes: same method, same content";
pub const METHOD_POST_MAY_BECOME_GET: &str =
    "Not for POST: clients may resend it as GET without the content; other methods are kept";
pub const METHOD_CHANGED_TO_GET: &str = "No: the next request is a GET (or HEAD)";
pub const RETRY_NOT_YET: &str = "No: the final answer is still to come";
pub const RETRY_PROTOCOL_SWITCHED: &str =
    "No: the connection now speaks the new protocol, which carries any answer; no other HTTP/1.1 response follows";
pub const RETRY_NOT_NEEDED: &str = "No need: the request was handled";
pub const RETRY_USE_STORED: &str = "No need: reuse the stored response it refers to";
pub const RETRY_CHECK_EACH_STATUS: &str =
    "Read the status of each part first: some may have failed while others succeeded";
pub const RETRY_ACCEPTED: &str =
    "No: it was accepted but not yet carried out, and may never be; sending it again may get it processed twice";
pub const RETRY_FOLLOW_REDIRECT: &str = "No: make the redirected request instead";
pub const RETRY_AFTER_CHANGING: &str = "Only after changing the request";
pub const RETRY_SMALLER_OR_LATER: &str =
    "With smaller content; or unchanged once the time in Retry-After has passed, if the server sent one";
pub const RETRY_WITH_CREDENTIALS: &str = "Yes, once authenticated";
pub const RETRY_NOT_WITH_SAME_CREDENTIALS: &str =
    "Not with the same credentials; new ones may help, unless the refusal has nothing to do with them";
pub const RETRY_MAY_COME_BACK: &str =
    "Perhaps later: the code does not say whether the absence will last";
pub const RETRY_LIKELY_PERMANENT: &str = "No: the condition is likely to be permanent";
pub const RETRY_MAY_REPEAT: &str =
    "Yes: it may be sent again, on a new connection if this one can no longer be used";
pub const RETRY_ON_NEW_CONNECTION: &str = "Yes, on a different connection";
pub const RETRY_AFTER_HANDSHAKE: &str = "Yes, once the TLS handshake has completed";
pub const RETRY_AFTER_UPGRADE: &str = "Yes, once the connection uses a protocol that Upgrade names";
pub const RETRY_AFTER_WAITING: &str = "Yes, after waiting";
pub const RETRY_USER_ONLY: &str =
    "Only if the user asks again: the condition is temporary, but a request a user made must not be repeated automatically";
pub const RETRY_WHILE_BLOCKED: &str =
    "Not while the legal demand stands; it may fail even once lifted";
pub const RETRY_IF_IDEMPOTENT: &str =
    "Only if the method is idempotent (GET, HEAD, OPTIONS, TRACE, PUT, DELETE): the server may have acted before failing";
pub const RETRY_SERVER_FIX: &str = "Not until the server's operator fixes its configuration";
pub const RETRY_NOT_IN_USE: &str = "No advice: this code is not in use";
pub const RETRY_ONCE_FIXED: &str =
    "Yes, once the site's operator has fixed the fault: the request was not acted on";
pub const RETRY_LOG_ONLY: &str =
    "No advice: the client never receives this code; it only appears in the server's logs";
pub const RETRY_UNSETTLED: &str = "No advice: what this code means is not settled";
pub const RETRY_AFTER_APPLIES: &str = "Applies: wait at least as long as it says";
pub const RETRY_AFTER_GENERAL_ONLY: &str =
    "Only its general sense: how long to hold off before sending another request";

// How a fact's source is shown: a link, or the mark for advice of our own.
/// The mark of a fact no document states.
pub const OUR_ADVICE: &str = "Our advice";
/// The mark of advice of ours that applies a document's rules; a link to the
/// document follows.
pub const OUR_ADVICE_BASED_ON: &str = "Our advice, based on";
/// The accessible name prefix of a source link: "Source: RFC 9110 §15.1".
pub const SOURCE_PREFIX: &str = "Source: ";

// What each related header does with a given code.
pub(crate) const EXPECT_100: &str =
    "Sent by the client as `100-continue` to ask for this go-ahead before it sends the content";
pub(crate) const UPGRADE_101: &str = "Names the protocol the connection switches to";
pub(crate) const LINK_103: &str =
    "Links the final response is likely to carry too, such as resources to preload";
pub(crate) const LOCATION_201: &str = "The URI of the resource that was created";
pub(crate) const RANGE_206: &str = "The part of the representation the client asked for";
pub(crate) const CONTENT_RANGE_206: &str = "Which bytes this is, and the full length if known";
pub(crate) const IM_226: &str =
    "Which instance manipulations, such as a delta encoding or compression, produced this response (RFC 3229)";
pub(crate) const LOCATION_300: &str = "The server's preferred choice, if it has one";
pub(crate) const LOCATION_PERMANENT: &str = "The resource's new URI";
pub(crate) const LOCATION_TEMPORARY: &str = "Where to send this request for now";
pub(crate) const LOCATION_303: &str =
    "A different resource to fetch, such as the result of a form submission";
pub(crate) const RETRY_AFTER_REDIRECT: &str =
    "The least time to wait before following the redirect";
pub(crate) const IF_NONE_MATCH_304: &str =
    "The client's validator: it matched, so the cached copy is still good";
pub(crate) const IF_MODIFIED_SINCE_304: &str = "The client's date: nothing has changed since then";
pub(crate) const ETAG_304: &str = "Sent again so the cache can refresh what it stored";
pub(crate) const WWW_AUTHENTICATE_401: &str =
    "Required: the authentication scheme(s) the server accepts";
pub(crate) const AUTHORIZATION_401: &str = "Where the client puts its credentials next time";
pub(crate) const ALLOW_405: &str = "Required: the methods this resource does support";
pub(crate) const ACCEPT_406: &str =
    "The client's wanted media types, languages and codings, none of which is available";
pub(crate) const PROXY_AUTHENTICATE_407: &str =
    "Required: the authentication scheme(s) the proxy accepts";
pub(crate) const PROXY_AUTHORIZATION_407: &str =
    "Where the client puts its credentials for the proxy next time";
pub(crate) const CONNECTION_408: &str =
    "`close` (HTTP/1.1): the server closes the connection after this response";
pub(crate) const CONTENT_LENGTH_411: &str = "Required: the length of the request content";
pub(crate) const CONDITION_412: &str = "A condition of the request that turned out false";
pub(crate) const IF_NONE_MATCH_412: &str =
    "With a method other than GET or HEAD: a listed tag (or `*`) matched, as when a PUT meant to create finds the resource already there";
pub(crate) const RETRY_AFTER_413: &str = "Sent when the limit is temporary: when to try again";
pub(crate) const CONTENT_TYPE_415: &str = "The request's media type, which the server refuses";
pub(crate) const ACCEPT_ENCODING_415: &str =
    "In the response: the content codings the server would accept";
pub(crate) const ACCEPT_415: &str =
    "In the response: the media types the server would have taken in the request";
pub(crate) const ACCEPT_PATCH_415: &str =
    "In the response: the patch formats the server accepts (RFC 5789)";
pub(crate) const ACCEPT_POST_415: &str =
    "In the response: the media types a POST to this resource may carry (W3C Linked Data Platform)";
pub(crate) const RANGE_416: &str =
    "The requested ranges: none can be satisfied, or there were too many small or overlapping ones";
pub(crate) const CONTENT_RANGE_416: &str =
    "`bytes */length`: the current length, to ask for a valid range";
pub(crate) const EXPECT_417: &str = "The expectation the server cannot meet";
pub(crate) const EARLY_DATA_425: &str =
    "Set to 1 by an intermediary that forwarded the request from TLS early data (RFC 8470)";
pub(crate) const UPGRADE_426: &str = "Required: the protocol(s) the client must switch to";
pub(crate) const IF_MATCH_428: &str =
    "A condition such as If-Match that the server wants the request to carry";
pub(crate) const RETRY_AFTER_429: &str = "How long to wait before sending more requests";
pub(crate) const LINK_451: &str =
    "With rel=\"blocked-by\": the party carrying out the block, not whoever ordered it (RFC 7725)";
pub(crate) const RETRY_AFTER_503: &str = "How long the outage is expected to last";

// How to tell two codes apart; each text serves both rows of its pair.
pub(crate) const TELL_301_302: &str =
    "Both may turn POST into GET. 301 is permanent (cacheable by default; update links); 302 is for now only.";
pub(crate) const TELL_301_308: &str =
    "Both are permanent. 308 keeps the method and content; after a 301 a POST may arrive as GET.";
pub(crate) const TELL_302_303: &str =
    "302 means the resource is elsewhere for now (POST may become GET); 303 always sends the client to a different resource with GET, e.g. after a form post.";
pub(crate) const TELL_302_307: &str =
    "Both are temporary. 307 keeps the method and content; after a 302 a POST may arrive as GET.";
pub(crate) const TELL_303_307: &str =
    "303 says \"fetch this other resource with GET\"; 307 says \"repeat this same request over there\".";
pub(crate) const TELL_307_308: &str =
    "Both keep the method and content. 308 is permanent; 307 is for now only.";
pub(crate) const TELL_400_422: &str =
    "400: a client error, such as malformed syntax or broken framing. 422: the content's type and syntax are fine, but the server cannot carry out what it asks.";
pub(crate) const TELL_401_403: &str =
    "401: no valid credentials, and sending some may help (it comes with WWW-Authenticate). 403: the server refuses anyway; other credentials might help, the same ones will not.";
pub(crate) const TELL_403_404: &str =
    "403 refuses openly; a server that would rather not reveal whether the resource exists at all can answer 404 instead.";
pub(crate) const TELL_404_410: &str =
    "410 says the resource is gone, likely for good, so links to it should be removed; 404 does not say whether the absence will last.";
pub(crate) const TELL_406_415: &str =
    "406 is about the response: nothing matches the client's Accept headers. 415 is about the request: its content format is refused.";
pub(crate) const TELL_408_504: &str =
    "408: the client was too slow to send its request. 504: a gateway waited too long for the server behind it.";
pub(crate) const TELL_429_503: &str =
    "429: the client sent more requests than it is allowed in a period of time. 503: the server cannot handle the request for now, because of overload or maintenance.";
pub(crate) const TELL_500_503: &str =
    "500 is an unexpected failure; 503 is a temporary state (overload, maintenance), possibly with Retry-After.";
pub(crate) const TELL_502_504: &str =
    "Both come from a gateway or proxy. 502: the server behind it gave a bad answer. 504: it gave no answer in time.";
