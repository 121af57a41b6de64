//! The scenarios of issue 30: each walks the guide from its first question
//! with the answers a developer in that situation would choose, and checks
//! the code(s) the guide arrives at and the headers it says to send.
//! Answers are picked by a distinctive piece of their label, so rewording a
//! label elsewhere in the tree does not break a walk.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::guide;

/// Follows `answers` from the start, each naming exactly one answer of the
/// question it is given to (by a case-insensitive piece of its label), and
/// returns the result reached.
fn walk(answers: &[&str]) -> &'static guide::Verdict {
    let mut step = guide::start();
    let mut path = Vec::new();
    for wanted in answers {
        let question = guide::question(step).unwrap_or_else(|| {
            panic!(
                "after {path:?} the guide is at result {:?}, with answers still to give: {wanted:?}",
                guide::verdict(step).map(|v| v.id)
            )
        });
        let needle = wanted.to_lowercase();
        let matching: Vec<_> = question
            .answers
            .iter()
            .filter(|a| a.label.text().to_lowercase().contains(&needle))
            .collect();
        let labels: Vec<&str> = question.answers.iter().map(|a| a.label.text()).collect();
        match matching.as_slice() {
            [one] => step = one.next,
            [] => panic!(
                "after {path:?}, no answer to {:?} ({}) contains {wanted:?}; its answers: {labels:#?}",
                question.ask.text(), question.id
            ),
            _ => panic!(
                "after {path:?}, more than one answer to {:?} ({}) contains {wanted:?}; its answers: {labels:#?}",
                question.ask.text(), question.id
            ),
        }
        path.push(*wanted);
    }
    guide::verdict(step).unwrap_or_else(|| {
        let question = guide::question(step).expect("a step is a question or a result");
        let labels: Vec<&str> = question.answers.iter().map(|a| a.label.text()).collect();
        panic!(
            "after {path:?} the guide still asks {:?} ({}); its answers: {labels:#?}",
            question.ask.text(),
            question.id
        )
    })
}

fn codes(verdict: &guide::Verdict) -> Vec<u16> {
    verdict.choices.iter().map(|c| c.code).collect()
}

/// The result names exactly `expected`, in that order (the first is the one
/// the guide recommends).
#[track_caller]
fn assert_codes(verdict: &guide::Verdict, expected: &[u16]) {
    assert_eq!(codes(verdict), expected, "result {}", verdict.id);
}

/// The choice for `code` tells the reader to send `header`.
#[track_caller]
fn assert_header(verdict: &guide::Verdict, code: u16, header: &str) {
    let choice = verdict
        .choices
        .iter()
        .find(|c| c.code == code)
        .unwrap_or_else(|| panic!("result {} does not offer {code}", verdict.id));
    let names: Vec<&str> = choice.headers.iter().map(|h| h.name).collect();
    assert!(
        names.iter().any(|n| n.eq_ignore_ascii_case(header)),
        "result {}: {code} should come with {header}; it names {names:?}",
        verdict.id
    );
}

// The scenarios, in the issue's order.

#[test]
fn websocket_upgrade_the_server_agrees_to() {
    let v = walk(&["worked", "switch protocols"]);
    assert_codes(v, &[101]);
    assert_header(v, 101, "Upgrade");
}

#[test]
fn post_created_a_new_order() {
    let v = walk(&["worked", "created"]);
    assert_codes(v, &[201]);
    assert_header(v, 201, "Location");
}

#[test]
fn put_to_a_url_that_did_not_exist() {
    let v = walk(&["worked", "created"]);
    assert_codes(v, &[201]);
}

#[test]
fn delete_succeeded_with_nothing_to_return() {
    let v = walk(&["worked", "finished now", "no body"]);
    assert_codes(v, &[204]);
}

#[test]
fn post_queues_an_export_that_finishes_later() {
    let v = walk(&["worked", "finish later"]);
    assert_codes(v, &[202]);
}

#[test]
fn range_request_on_a_video() {
    let v = walk(&["worked", "finished now", "range"]);
    assert_codes(v, &[206]);
    assert_header(v, 206, "Content-Range");
}

#[test]
fn post_endpoint_moved_for_good_and_must_get_the_post() {
    let v = walk(&["elsewhere", "new url", "yes", "post endpoint"]);
    assert_codes(v, &[308]);
    assert_header(v, 308, "Location");
}

#[test]
fn post_uploads_temporarily_handled_by_another_host() {
    let v = walk(&["elsewhere", "new url", "for now", "uploads"]);
    assert_codes(v, &[307]);
    assert_header(v, 307, "Location");
}

#[test]
fn if_none_match_matches_the_current_etag() {
    let v = walk(&["cached copy", "if-none-match"]);
    assert_codes(v, &[304]);
}

#[test]
fn body_is_not_parseable_json() {
    let v = walk(&["request is wrong", "the body, a parameter", "doesn't parse"]);
    assert_codes(v, &[400]);
}

#[test]
fn json_parses_but_a_quantity_is_negative() {
    let v = walk(&["request is wrong", "the body, a parameter", "it parses"]);
    assert_codes(v, &[422, 400]);
}

#[test]
fn no_token_or_an_expired_one() {
    let v = walk(&["may not have it", "expired", "token"]);
    assert_codes(v, &[401]);
    assert_header(v, 401, "WWW-Authenticate");
}

#[test]
fn signed_in_but_not_an_admin_on_an_admin_endpoint() {
    let v = walk(&["may not have it", "lacks permission", "not allowed"]);
    assert_codes(v, &[403]);
}

#[test]
fn no_product_with_that_id() {
    let v = walk(&["request is wrong", "names nothing", "can't tell"]);
    assert_codes(v, &[404]);
}

#[test]
fn delete_on_a_collection_that_allows_only_get_and_post() {
    let v = walk(&["request is wrong", "method", "just not this url"]);
    assert_codes(v, &[405]);
    assert_header(v, 405, "Allow");
}

#[test]
fn csv_sent_to_a_json_only_endpoint() {
    let v = walk(&["request is wrong", "the body, a parameter", "content-type"]);
    assert_codes(v, &[415]);
}

#[test]
fn upload_over_the_size_limit() {
    let v = walk(&[
        "request is wrong",
        "the body, a parameter",
        "too large",
        "upload",
    ]);
    assert_codes(v, &[413]);
}

#[test]
fn if_match_names_a_version_no_longer_current() {
    let v = walk(&["request is wrong", "current state", "outdated version"]);
    assert_codes(v, &[412]);
}

#[test]
fn one_client_exceeded_its_per_minute_quota() {
    let v = walk(&["too many requests", "one client"]);
    assert_codes(v, &[429]);
    assert_header(v, 429, "Retry-After");
}

#[test]
fn content_blocked_by_a_court_order() {
    let v = walk(&["may not have it", "court order"]);
    assert_codes(v, &[451]);
}

#[test]
fn unhandled_exception_in_a_handler() {
    let v = walk(&["something broke", "unhandled"]);
    assert_codes(v, &[500]);
}

#[test]
fn upstream_refused_the_connection_or_answered_garbage() {
    let v = walk(&["something broke", "garbage"]);
    assert_codes(v, &[502]);
}

#[test]
fn upstream_never_answered_in_time() {
    let v = walk(&["something broke", "in time"]);
    assert_codes(v, &[504]);
}

#[test]
fn planned_maintenance_back_in_thirty_minutes() {
    let v = walk(&["too many requests", "maintenance"]);
    assert_codes(v, &[503]);
    assert_header(v, 503, "Retry-After");
}

#[test]
fn the_whole_service_is_overloaded_and_shedding_load() {
    let v = walk(&["too many requests", "overloaded"]);
    assert_codes(v, &[503]);
}

// Beyond the table: the rules the issue states, checked over the whole tree.

/// Every result reachable from the start, with the number of questions asked
/// on the way.
fn every_result() -> Vec<(&'static guide::Verdict, usize)> {
    let mut out = Vec::new();
    let mut stack = vec![(guide::start(), 0)];
    while let Some((step, asked)) = stack.pop() {
        if let Some(question) = guide::question(step) {
            for answer in question.answers {
                stack.push((answer.next, asked + 1));
            }
        } else {
            out.push((guide::verdict(step).expect("a result"), asked));
        }
    }
    out
}

#[test]
fn no_path_asks_more_than_seven_questions() {
    for (verdict, asked) in every_result() {
        assert!(
            asked <= 7,
            "result {} is {asked} questions deep",
            verdict.id
        );
    }
}

#[test]
fn the_codes_the_issue_lists_are_all_results_and_418_is_none() {
    let all: Vec<u16> = every_result().iter().flat_map(|(v, _)| codes(v)).collect();
    for code in [
        101, 200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406,
        409, 410, 412, 413, 414, 415, 416, 422, 428, 429, 431, 451, 500, 501, 502, 503, 504,
    ] {
        assert!(all.contains(&code), "no result offers {code}");
    }
    assert!(!all.contains(&418), "418 is never an answer");
}

#[test]
fn codes_that_need_a_header_always_name_it() {
    let required = [
        (101, "Upgrade"),
        (201, "Location"),
        (206, "Content-Range"),
        (301, "Location"),
        (302, "Location"),
        (303, "Location"),
        (307, "Location"),
        (308, "Location"),
        (401, "WWW-Authenticate"),
        (405, "Allow"),
        (416, "Content-Range"),
        (429, "Retry-After"),
    ];
    for (verdict, _) in every_result() {
        for choice in verdict.choices {
            for (code, header) in required {
                if choice.code == code {
                    assert_header(verdict, code, header);
                }
            }
        }
    }
}

#[test]
fn a_result_with_two_codes_says_why_not_the_other_for_each() {
    for (verdict, _) in every_result() {
        let two = verdict.choices.len() == 2;
        assert!(verdict.choices.len() == 1 || two, "result {}", verdict.id);
        for choice in verdict.choices {
            assert_eq!(
                !choice.not.is_empty(),
                two,
                "result {}: {}",
                verdict.id,
                choice.code
            );
        }
        assert_ne!(
            codes(verdict).first(),
            codes(verdict).get(1),
            "result {}",
            verdict.id
        );
    }
}
