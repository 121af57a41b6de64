//! The behaviour facts pinned, list by list, against RFC 9110 (and RFC 6585,
//! 8297, 8470, 7725, 4918 for the codes they define). Each test compares exact
//! sets over every registered code, so adding or dropping a code from a list fails.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::details::{
    facts, facts_for, labelled_facts, status_line, text, unrecognized, BodyRule, MethodRule,
    Permanence, Redirect, RetryWhen,
};
use http_status_table::embed::{merge_site_entries, SiteEntry};
use http_status_table::registry::{entries, Entry};
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
fn cacheable_by_default_is_exactly_the_rfc_9110_list() {
    assert_eq!(
        codes_where(|c| facts(c).cacheable_by_default),
        set(&[200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501])
    );
}

#[test]
fn no_content_for_1xx_204_304_and_none_generated_for_205() {
    assert_eq!(
        codes_where(|c| facts(c).body == BodyRule::Never),
        set(&[100, 101, 102, 103, 104, 204, 304])
    );
    assert_eq!(
        codes_where(|c| facts(c).body == BodyRule::MustBeEmpty),
        set(&[205])
    );
    assert_eq!(
        codes_where(|c| !facts(c).body.is_allowed()),
        set(&[100, 101, 102, 103, 104, 204, 205, 304])
    );
    // Any 1xx, registered or not, ends at its headers.
    assert_eq!(facts(150).body, BodyRule::Never);
    assert_eq!(unrecognized(199).body, BodyRule::Never);
    assert_eq!(unrecognized(299).body, BodyRule::Allowed);
}

#[test]
fn redirect_rules_for_the_five_redirects_and_none_elsewhere() {
    let redirect = |permanence, method| Some(Redirect { permanence, method });
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
            redirect(Permanence::Temporary, MethodRule::ChangedToGet),
        ),
        (307, redirect(Permanence::Temporary, MethodRule::Kept)),
        (308, redirect(Permanence::Permanent, MethodRule::Kept)),
    ]);
    for code in registered_codes() {
        assert_eq!(
            facts(code).redirect,
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
            .is_some_and(|r| r.method.keeps_method_and_body())),
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
    assert_eq!(
        codes_where(|c| facts(c).retry.retry_after_applies),
        expected
    );
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
    put(NotYet, &[100, 101, 102, 103, 104]);
    put(
        NotNeeded,
        &[200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 304],
    );
    put(FollowRedirect, &[300, 301, 302, 303, 307, 308]);
    put(NotInUse, &[305, 306, 418]);
    put(WithCredentials, &[401, 407, 511]);
    put(OnNewConnection, &[408, 421]);
    put(AfterHandshake, &[425]);
    put(AfterWaiting, &[423, 429, 503, 507]);
    put(IfIdempotent, &[500, 502, 504]);
    put(
        AfterChangingRequest,
        &[
            400, 402, 403, 404, 405, 406, 409, 410, 411, 412, 413, 414, 415, 416, 417, 422, 424,
            426, 428, 431, 451, 501, 505, 506, 508, 510,
        ],
    );
    let actual: BTreeMap<u16, RetryWhen> = registered_codes()
        .into_iter()
        .map(|c| (c, facts(c).retry.when))
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn retry_advice_is_coherent() {
    // Wait-and-retry codes say how long when they can.
    assert_eq!(facts(503).retry.when, RetryWhen::AfterWaiting);
    assert!(facts(503).retry.retry_after_applies);
    assert_eq!(facts(429).retry.when, RetryWhen::AfterWaiting);
    assert!(facts(429).retry.retry_after_applies);
    // A bad request is not retried as it is.
    assert_eq!(facts(400).retry.when, RetryWhen::AfterChangingRequest);
    assert!(!facts(400).retry.retry_after_applies);
    for code in registered_codes() {
        let retry = facts(code).retry;
        if retry.retry_after_applies {
            assert!(
                matches!(
                    retry.when,
                    RetryWhen::AfterWaiting
                        | RetryWhen::FollowRedirect
                        | RetryWhen::AfterChangingRequest
                ),
                "{code}: Retry-After with {:?}",
                retry.when
            );
        }
        // Every redirect is followed, not repeated.
        if facts(code).redirect.is_some() {
            assert_eq!(retry.when, RetryWhen::FollowRedirect, "{code}");
        }
    }
}

#[test]
fn unofficial_and_site_only_rows_get_only_class_facts() {
    let unofficial: Vec<&Entry> = entries()
        .iter()
        .filter(|e| e.is_unofficial() && [306, 418, 451].contains(&e.code))
        .collect();
    assert_eq!(unofficial.len(), 3);
    for entry in unofficial {
        let shown = facts_for(entry);
        assert_eq!(shown, unrecognized(entry.code), "{}", entry.code);
        assert!(!shown.cacheable_by_default);
        assert!(shown.headers.is_empty() && shown.confused_with.is_empty());
        assert_eq!(shown.redirect, None);
    }
    assert_eq!(
        unrecognized(499).retry.when,
        RetryWhen::AfterChangingRequest
    );
    assert_eq!(unrecognized(520).retry.when, RetryWhen::IfIdempotent);
    assert_eq!(unrecognized(399).retry.when, RetryWhen::FollowRedirect);

    let merged = merge_site_entries(&[
        SiteEntry {
            code: 429,
            name: "Slow down".into(),
            description: String::new(),
            link: None,
        },
        SiteEntry {
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
    assert!(values.contains(&http_status_table::details::LabelledFact {
        label: text::METHOD_AND_BODY_KEPT,
        value: text::METHOD_KEPT,
    }));
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
