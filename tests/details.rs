//! The behaviour facts pinned, list by list, against RFC 9110 (and RFC 6585,
//! 8297, 8470, 7725, 4918 for the codes they define). Each test compares exact
//! sets over every registered code, so adding or dropping a code from a list fails.
//! The sources each fact cites, and the corrections of the audit against them,
//! are pinned in `tests/fact_sources.rs`.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::config::{merge_site_entries, SiteEntry};
use http_status_table::details::{
    facts, facts_for, labelled_facts, retry_after_label, status_line, unrecognized, BodyRule,
    Caching, CodeFacts, MethodRule, Permanence, RetryWhen,
};
use http_status_table::registry::{entries, Entry};
use http_status_table::text::facts as text;
use std::collections::{BTreeMap, BTreeSet};

fn registered_codes() -> Vec<u16> {
    entries()
        .iter()
        .filter(|e| e.is_official())
        .map(|e| e.code)
        .collect()
}

/// The registered codes for which `pick` holds.
fn codes_where(pick: impl Fn(u16) -> bool) -> BTreeSet<u16> {
    registered_codes()
        .into_iter()
        .filter(|&c| pick(c))
        .collect()
}

fn set(codes: &[u16]) -> BTreeSet<u16> {
    codes.iter().copied().collect()
}

fn header_names(code: u16) -> Vec<&'static str> {
    facts(code).headers.iter().map(|h| h.name).collect()
}

fn has_header(code: u16, name: &str) -> bool {
    header_names(code).contains(&name)
}

#[test]
fn the_registry_has_the_codes_these_tests_expect() {
    assert_eq!(registered_codes().len(), 64);
}

#[test]
fn caching_for_every_registered_code() {
    let with = |caching: Caching| codes_where(|c| facts(c).caching.value == caching);
    // RFC 9110 §15.1's list, RFC 3229's 226 and RFC 7725's 451.
    assert_eq!(
        with(Caching::ByDefault),
        set(&[200, 203, 204, 206, 226, 300, 301, 308, 404, 405, 410, 414, 451, 501])
    );
    assert_eq!(with(Caching::MustNotStore), set(&[428, 429, 431, 511]));
    assert_eq!(with(Caching::Interim), set(&[100, 101, 102, 103, 104]));
    assert_eq!(with(Caching::Freshens), set(&[304]));
    assert_eq!(with(Caching::NoResponse), set(&[]));
    let listed = with(Caching::ByDefault).len() + 4 + 5 + 1;
    assert_eq!(with(Caching::OnlyIfExplicit).len(), 64 - listed);
}

#[test]
fn no_content_for_1xx_204_304_and_none_generated_for_205() {
    let body = |code| facts(code).body.value;
    assert_eq!(
        codes_where(|c| body(c) == BodyRule::Never),
        set(&[100, 101, 102, 103, 104, 204, 304])
    );
    assert_eq!(
        codes_where(|c| body(c) == BodyRule::MustBeEmpty),
        set(&[205])
    );
    assert_eq!(
        codes_where(|c| !body(c).is_allowed()),
        set(&[100, 101, 102, 103, 104, 204, 205, 304])
    );
    // The other 2xx carry content, but not in answer to CONNECT.
    assert_eq!(
        codes_where(|c| body(c) == BodyRule::AllowedNotToConnect),
        set(&[200, 201, 202, 203, 206, 207, 208, 226])
    );
    // Any 1xx, registered or not, ends at its headers.
    assert_eq!(body(150), BodyRule::Never);
    assert_eq!(unrecognized(199).body.value, BodyRule::Never);
    assert_eq!(unrecognized(299).body.value, BodyRule::AllowedNotToConnect);
    assert_eq!(unrecognized(499).body.value, BodyRule::Allowed);
}

#[test]
fn redirect_rules_for_the_five_redirects_and_none_elsewhere() {
    let redirect = |permanence, method| Some((permanence, method));
    let expected = BTreeMap::from([
        (
            301,
            redirect(Permanence::Permanent, MethodRule::PostMayBecomeGet),
        ),
        (
            302,
            redirect(Permanence::Temporary, MethodRule::PostMayBecomeGet),
        ),
        (
            303,
            redirect(Permanence::NotAMove, MethodRule::ChangedToGet),
        ),
        (307, redirect(Permanence::Temporary, MethodRule::Kept)),
        (308, redirect(Permanence::Permanent, MethodRule::Kept)),
    ]);
    for code in registered_codes() {
        assert_eq!(
            facts(code)
                .redirect
                .map(|r| (r.permanence.value, r.method.value)),
            expected.get(&code).copied().flatten(),
            "redirect rule of {code}"
        );
    }
    // 300 offers choices, 304 points at the cache, 305/306 are out of use.
    for code in [300, 304, 305, 306] {
        assert_eq!(facts(code).redirect, None, "{code}");
    }
    assert_eq!(
        codes_where(|c| facts(c)
            .redirect
            .is_some_and(|r| r.method.value.keeps_method_and_body())),
        set(&[307, 308])
    );
}

#[test]
fn confusion_pairs_are_exactly_these_and_listed_both_ways_with_one_text() {
    let expected: BTreeSet<(u16, u16)> = [
        (301, 302),
        (301, 308),
        (302, 303),
        (302, 307),
        (303, 307),
        (307, 308),
        (400, 422),
        (401, 403),
        (403, 404),
        (404, 410),
        (406, 415),
        (408, 504),
        (429, 503),
        (500, 503),
        (502, 504),
    ]
    .into_iter()
    .collect();
    let mut found = BTreeSet::new();
    for code in registered_codes() {
        let listed: Vec<u16> = facts(code).confused_with.iter().map(|c| c.other).collect();
        let unique: BTreeSet<u16> = listed.iter().copied().collect();
        assert_eq!(unique.len(), listed.len(), "{code} lists a code twice");
        for confusion in facts(code).confused_with {
            assert_ne!(confusion.other, code);
            let back = facts(confusion.other)
                .confused_with
                .iter()
                .find(|c| c.other == code)
                .unwrap_or_else(|| panic!("{} does not list {code} back", confusion.other));
            assert_eq!(back.how_to_tell, confusion.how_to_tell, "{code}");
            found.insert((code.min(confusion.other), code.max(confusion.other)));
        }
    }
    assert_eq!(found, expected);
}

#[test]
fn headers_that_belong_to_their_codes() {
    let with = |name: &str| codes_where(|c| has_header(c, name));
    assert_eq!(with("WWW-Authenticate"), set(&[401]));
    assert_eq!(with("Proxy-Authenticate"), set(&[407]));
    assert_eq!(with("Allow"), set(&[405]));
    assert_eq!(with("Content-Range"), set(&[206, 416]));
    assert_eq!(with("Upgrade"), set(&[101, 426]));
    assert_eq!(with("Link"), set(&[103, 451]));
    assert_eq!(with("Location"), set(&[201, 300, 301, 302, 303, 307, 308]));
    assert_eq!(
        with("Retry-After"),
        set(&[300, 301, 302, 303, 307, 308, 413, 429, 503])
    );
    assert_eq!(with("Expect"), set(&[100, 417]));
    assert_eq!(with("Content-Length"), set(&[411]));
    assert_eq!(with("Early-Data"), set(&[425]));
    for name in ["Accept", "Accept-Language", "Accept-Encoding"] {
        assert!(has_header(406, name), "406 {name}");
    }
    assert!(has_header(415, "Accept-Encoding"));
    assert!(has_header(415, "Content-Type"));
    // §13.1.2: a failed If-None-Match is 304 for GET and HEAD, 412 for the rest.
    assert_eq!(with("If-None-Match"), set(&[304, 412]));
    // RFC 5789 §2.2 and W3C LDP §7.1: what a PATCH or POST may carry instead.
    assert_eq!(with("Accept-Patch"), set(&[415]));
    assert_eq!(with("Accept-Post"), set(&[415]));
}

#[test]
fn header_rows_are_well_formed() {
    for code in registered_codes() {
        let names = header_names(code);
        let unique: BTreeSet<&str> = names.iter().copied().collect();
        assert_eq!(unique.len(), names.len(), "{code} lists a header twice");
        for header in facts(code).headers {
            assert!(
                !header.name.is_empty()
                    && header
                        .name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "{code}: {:?} is not a field name",
                header.name
            );
            assert!(!header.role.trim().is_empty(), "{code} {}", header.name);
        }
    }
}

#[test]
fn retry_after_applies_to_redirects_413_429_503_and_matches_the_header_list() {
    let expected = set(&[300, 301, 302, 303, 307, 308, 413, 429, 503]);
    assert_eq!(codes_where(|c| facts(c).retry_after.value), expected);
    assert_eq!(codes_where(|c| has_header(c, "Retry-After")), expected);
}

#[test]
fn retry_advice_for_every_registered_code() {
    use RetryWhen::*;
    let mut expected = BTreeMap::new();
    let mut put = |when: RetryWhen, codes: &[u16]| {
        for &code in codes {
            assert!(expected.insert(code, when).is_none(), "{code} twice");
        }
    };
    put(NotYet, &[100, 102, 103, 104]);
    put(ProtocolSwitched, &[101]);
    put(NotNeeded, &[200, 201, 203, 204, 205, 206, 208, 226]);
    put(UseStored, &[304]);
    put(CheckEachStatus, &[207]);
    put(AcceptedNotDone, &[202]);
    put(SmallerOrLater, &[413]);
    put(FollowRedirect, &[300, 301, 302, 303, 307, 308]);
    put(NotInUse, &[305, 306, 418]);
    put(WithCredentials, &[401, 407, 511]);
    put(NotWithSameCredentials, &[403]);
    put(MayComeBack, &[404]);
    put(LikelyPermanent, &[410]);
    put(MayRepeat, &[408]);
    put(OnNewConnection, &[421]);
    put(AfterHandshake, &[425]);
    put(AfterUpgrade, &[426]);
    put(AfterWaiting, &[423, 429, 503]);
    put(UserOnly, &[507]);
    put(WhileBlocked, &[451]);
    put(IfIdempotent, &[500, 502, 504]);
    put(AfterServerFix, &[506]);
    put(Unsettled, &[402]);
    put(
        AfterChangingRequest,
        &[
            400, 405, 406, 409, 411, 412, 414, 415, 416, 417, 422, 424, 428, 431, 501, 505, 508,
            510,
        ],
    );
    let actual: BTreeMap<u16, RetryWhen> = registered_codes()
        .into_iter()
        .map(|c| (c, facts(c).retry.value))
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn retry_advice_is_coherent() {
    // Wait-and-retry codes say how long when they can.
    assert_eq!(facts(503).retry.value, RetryWhen::AfterWaiting);
    assert!(facts(503).retry_after.value);
    assert_eq!(facts(429).retry.value, RetryWhen::AfterWaiting);
    assert!(facts(429).retry_after.value);
    // A bad request is not retried as it is.
    assert_eq!(facts(400).retry.value, RetryWhen::AfterChangingRequest);
    assert!(!facts(400).retry_after.value);
    for code in registered_codes() {
        let shown = facts(code);
        // Retry-After says when the same request may be sent again, so it
        // cannot come with "change the request first".
        if shown.retry_after.value {
            assert!(
                matches!(
                    shown.retry.value,
                    RetryWhen::AfterWaiting | RetryWhen::FollowRedirect | RetryWhen::SmallerOrLater
                ),
                "{code}: Retry-After with {:?}",
                shown.retry.value
            );
        }
        // Every redirect is followed, not repeated.
        if shown.redirect.is_some() {
            assert_eq!(shown.retry.value, RetryWhen::FollowRedirect, "{code}");
        }
    }
}

#[test]
fn unofficial_and_site_only_rows_get_only_class_facts_but_what_their_vendor_documents() {
    let unofficial: Vec<&Entry> = entries().iter().filter(|e| e.is_unofficial()).collect();
    assert!(unofficial.len() > 30);
    let log_only = [(444, "nginx"), (460, "AWS ELB"), (499, "nginx")];
    for entry in unofficial {
        let shown = facts_for(entry);
        let class = unrecognized(entry.code);
        let vendor = &*entry.vendor.as_ref().expect("a vendor").name;
        // Only the retry advice, and for a code only ever logged the absence
        // of any response, may follow the vendor's meaning.
        let mut expected = CodeFacts {
            retry: shown.retry,
            retry_after: shown.retry_after,
            ..class
        };
        if log_only.contains(&(entry.code, vendor)) {
            assert_eq!(shown.caching.value, Caching::NoResponse);
            assert_eq!(shown.body.value, BodyRule::NoResponse);
            expected.caching = shown.caching;
            expected.body = shown.body;
        }
        assert_eq!(shown, expected, "{} {vendor}", entry.code);
        if shown.retry.value != RetryWhen::NotInUse {
            assert_eq!(shown.retry_after, class.retry_after, "{}", entry.code);
        }
        assert!(!shown.caching.value.is_by_default());
        assert!(shown.headers.is_empty() && shown.confused_with.is_empty());
        assert_eq!(shown.redirect, None);
    }
    assert_eq!(
        unrecognized(499).retry.value,
        RetryWhen::AfterChangingRequest
    );
    assert_eq!(unrecognized(520).retry.value, RetryWhen::IfIdempotent);
    assert_eq!(unrecognized(399).retry.value, RetryWhen::FollowRedirect);

    let merged = merge_site_entries(&[
        SiteEntry {
            position: 0,
            code: 429,
            name: "Slow down".into(),
            description: String::new(),
            link: None,
        },
        SiteEntry {
            position: 1,
            code: 299,
            name: "Custom".into(),
            description: String::new(),
            link: None,
        },
    ]);
    let annotated = merged
        .iter()
        .find(|e| e.code == 429 && e.site.is_some())
        .expect("429 annotated");
    assert_eq!(facts_for(annotated), facts(429));
    let own = merged.iter().find(|e| e.code == 299).expect("299 added");
    assert_eq!(facts_for(own), unrecognized(299));
}

#[test]
fn status_lines() {
    assert_eq!(status_line(404, "Not Found"), "HTTP/1.1 404 Not Found");
    assert_eq!(status_line(200, "OK"), "HTTP/1.1 200 OK");
    assert_eq!(
        status_line(429, "Slow\r\ndown\u{7}"),
        "HTTP/1.1 429 Slow  down"
    );
    assert_eq!(status_line(204, ""), "HTTP/1.1 204 ");
    for entry in entries() {
        let line = status_line(entry.code, &entry.name);
        assert_eq!(line, format!("HTTP/1.1 {} {}", entry.code, entry.name));
    }
}

#[test]
fn labelled_facts_in_display_order() {
    let labels = |code| -> Vec<&str> {
        labelled_facts(&facts(code))
            .iter()
            .map(|f| f.label)
            .collect()
    };
    assert_eq!(
        labels(404),
        [
            text::CACHEABLE_BY_DEFAULT,
            text::RESPONSE_BODY,
            text::SAFE_TO_RETRY,
            text::RETRY_AFTER
        ]
    );
    assert_eq!(
        labels(308),
        [
            text::CACHEABLE_BY_DEFAULT,
            text::RESPONSE_BODY,
            text::REDIRECT,
            text::METHOD_AND_BODY_KEPT,
            text::SAFE_TO_RETRY,
            text::RETRY_AFTER
        ]
    );
    let values = labelled_facts(&facts(307));
    let method = values
        .iter()
        .find(|f| f.label == text::METHOD_AND_BODY_KEPT)
        .expect("307 says whether the method is kept");
    assert_eq!((method.key, method.value), ("method", text::METHOD_KEPT));
    let keys: Vec<&str> = values.iter().map(|f| f.key).collect();
    assert_eq!(
        keys,
        [
            "caching",
            "body",
            "redirect",
            "method",
            "retry",
            "retryAfter"
        ]
    );
}

#[test]
fn explanations_are_short_plain_text() {
    for code in registered_codes() {
        let facts = facts(code);
        let labelled = labelled_facts(&facts);
        let texts = facts
            .headers
            .iter()
            .map(|h| h.role)
            .chain(facts.confused_with.iter().map(|c| c.how_to_tell))
            .chain(labelled.iter().map(|f| f.value));
        for text in texts {
            assert!(!text.is_empty() && text.len() <= 200, "{code}: {text:?}");
            assert_eq!(text.trim(), text, "{code}: {text:?}");
            assert!(!text.contains(['<', '\n']), "{code}: {text:?}");
        }
    }
}

/// The unofficial entry of `vendor` with this number.
fn unofficial(code: u16, vendor: &str) -> &'static Entry {
    entries()
        .iter()
        .find(|e| e.code == code && e.vendor.as_ref().is_some_and(|v| v.name == vendor))
        .unwrap_or_else(|| panic!("no unofficial {code} by {vendor}"))
}

#[test]
fn unofficial_codes_get_retry_advice_for_their_vendors_meaning() {
    use RetryWhen::*;
    let expected: BTreeMap<(u16, &str), RetryWhen> = [
        ((218, "Apache (disputed)"), Unsettled),
        ((306, "Historic draft"), NotInUse),
        // A rate limit, not a request to change: 420 means another thing to
        // Spring, so the advice goes by vendor too.
        ((420, "Twitter"), AfterWaiting),
        ((430, "Expired draft"), NotInUse),
        ((440, "Microsoft IIS"), WithCredentials),
        ((444, "nginx"), LogOnly),
        ((451, "Exchange ActiveSync"), FollowRedirect),
        ((460, "AWS ELB"), LogOnly),
        ((498, "Esri ArcGIS"), WithCredentials),
        ((499, "Esri ArcGIS"), WithCredentials),
        ((499, "nginx"), LogOnly),
        ((509, "Apache / cPanel"), AfterWaiting),
        ((521, "Cloudflare"), OnceFixed),
        ((523, "Cloudflare"), OnceFixed),
        ((525, "Cloudflare"), OnceFixed),
        ((526, "Cloudflare"), OnceFixed),
        ((527, "Cloudflare"), NotInUse),
        ((530, "Cloudflare"), OnceFixed),
        ((529, "Qualys SSL Labs"), AfterWaiting),
        ((530, "Pantheon"), OnceFixed),
        ((561, "AWS ELB"), WithCredentials),
        ((599, "Proxies (informal)"), AfterWaiting),
    ]
    .into_iter()
    .collect();
    for entry in entries().iter().filter(|e| e.is_unofficial()) {
        let vendor = &*entry.vendor.as_ref().expect("a vendor").name;
        let want = expected
            .get(&(entry.code, vendor))
            .copied()
            .unwrap_or(unrecognized(entry.code).retry.value);
        assert_eq!(
            facts_for(entry).retry.value,
            want,
            "{} {vendor}",
            entry.code
        );
    }
    for &(code, vendor) in expected.keys() {
        unofficial(code, vendor);
    }
    // The class default stays where it fits the vendor's meaning.
    assert_eq!(
        facts_for(unofficial(420, "Spring Framework")).retry.value,
        AfterChangingRequest
    );
    assert_eq!(
        facts_for(unofficial(419, "Laravel")).retry.value,
        AfterChangingRequest
    );
    for code in [520, 522, 524] {
        assert_eq!(
            facts_for(unofficial(code, "Cloudflare")).retry.value,
            IfIdempotent
        );
    }
    // A rate limit never reads "the same request will get the same answer".
    let twitter = labelled_facts(&facts_for(unofficial(420, "Twitter")));
    assert!(twitter.iter().all(|f| !f.value.contains("same answer")));
}

#[test]
fn after_101_the_answer_comes_in_the_new_protocol() {
    let retry = facts(101).retry.value;
    assert_eq!(retry, RetryWhen::ProtocolSwitched);
    assert!(
        !retry.label().contains("still to come"),
        "{}",
        retry.label()
    );
    assert!(retry.label().contains("new protocol"), "{}", retry.label());
    for code in [100, 102, 103, 104] {
        assert_eq!(facts(code).retry.value, RetryWhen::NotYet, "{code}");
    }
}

#[test]
fn a_202_was_accepted_not_handled() {
    let retry = facts(202).retry.value;
    assert_eq!(retry, RetryWhen::AcceptedNotDone);
    assert!(!retry.label().contains("handled"), "{}", retry.label());
    assert_eq!(facts(200).retry.value, RetryWhen::NotNeeded);
}

#[test]
fn a_303_is_not_a_temporary_move() {
    let permanence = facts(303).redirect.expect("303 redirects").permanence.value;
    assert_eq!(permanence, Permanence::NotAMove);
    assert_ne!(permanence, Permanence::Temporary);
    assert!(!permanence.label().contains("Temporary"));
    assert!(!permanence.label().contains("original URI"));
    assert_eq!(
        codes_where(|c| facts(c)
            .redirect
            .is_some_and(|r| r.permanence.value == Permanence::Temporary)),
        set(&[302, 307])
    );
    assert_eq!(
        codes_where(|c| facts(c)
            .redirect
            .is_some_and(|r| r.permanence.value == Permanence::Permanent)),
        set(&[301, 308])
    );
}

#[test]
fn a_413_may_be_repeated_after_its_retry_after() {
    let shown = facts(413);
    assert_eq!(shown.retry.value, RetryWhen::SmallerOrLater);
    assert!(shown.retry_after.value);
    assert!(has_header(413, "Retry-After"));
    assert!(!shown.retry.value.label().contains("same answer"));
    assert!(shown.retry.value.label().contains("Retry-After"));
    assert_eq!(retry_after_label(true), text::RETRY_AFTER_APPLIES);
}

#[test]
fn a_503_is_not_said_to_apply_to_every_client() {
    let tell = facts(503)
        .confused_with
        .iter()
        .find(|c| c.other == 429)
        .expect("503 lists 429")
        .how_to_tell;
    for overstated in ["every client", "all clients", "everyone"] {
        assert!(!tell.contains(overstated), "{tell}");
    }
}

/// The description of the registered code.
fn description(code: u16) -> &'static str {
    &entries()
        .iter()
        .find(|e| e.code == code && e.is_official())
        .unwrap_or_else(|| panic!("{code} registered"))
        .description
}

#[test]
fn descriptions_say_what_rfc_9110_says() {
    // §15.5.15: a long URI is rare, not common.
    let d414 = description(414);
    assert!(!d414.to_lowercase().contains("often"), "{d414}");
    assert!(d414.contains("rare"), "{d414}");
    // §15.4.8: automatic redirection is optional; a client that follows keeps the method.
    let d307 = description(307);
    assert!(!d307.contains("must repeat"), "{d307}");
    assert!(d307.contains("follows it must keep the method"), "{d307}");
    // §15.5.20, in our own words rather than a reference site's.
    let d421 = description(421);
    assert!(!d421.contains("over a different connection"), "{d421}");
    assert!(!d421.contains("may retry the request"), "{d421}");
    assert!(d421.contains("scheme and authority"), "{d421}");
    // §15.3.3: accepted is not done.
    let d202 = description(202);
    assert!(d202.contains("not done so yet"), "{d202}");
    // §15.4.4: a 303 moves nothing.
    assert!(description(303).starts_with("Nothing has moved"));
}

#[test]
fn no_text_echoes_a_reference_site() {
    // Sentences of MDN, Wikipedia and httpstatuses that our texts once followed
    // too closely; all of ours are our own summaries of the RFCs.
    const ECHOES: &[&str] = &[
        "over a different connection",
        "willing to interpret",
        "has received the request headers",
        "result of one or more instance",
        "no way in http to",
        "has no way to report the outcome",
        "catch-all",
        "same semantics as",
        "could not validate the ssl certificate",
        "timed out while contacting",
        "frozen because of inactivity",
        "expired or otherwise invalid",
        "session has expired and",
        "instead of 403 to hide",
        "no standard format for",
        "like 401, but",
        "refuses to brew coffee",
        "often happens",
    ];
    let mut texts: Vec<String> = entries()
        .iter()
        .map(|e| e.description.to_string())
        .collect();
    for entry in entries() {
        let shown = facts_for(entry);
        texts.extend(labelled_facts(&shown).iter().map(|f| f.value.to_string()));
        texts.extend(shown.headers.iter().map(|h| h.role.to_string()));
        texts.extend(
            shown
                .confused_with
                .iter()
                .map(|c| c.how_to_tell.to_string()),
        );
    }
    for text in &texts {
        let lower = text.to_lowercase();
        for echo in ECHOES {
            assert!(!lower.contains(echo), "{echo:?} in {text:?}");
        }
    }
}
