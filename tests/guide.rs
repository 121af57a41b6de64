//! The guide's machinery: the data format's rules (each refused with its
//! line), ids, trails and the codes still possible at each step, the `guide`
//! option, the table narrowed by the guide, the served page's readable tree
//! and the data API's records. The walks through the tree are in
//! `guide_scenarios.rs`.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::config::options::parse_guide;
use http_status_table::config::{GuideMode, WidgetOptions};
use http_status_table::details::ShownSource;
use http_status_table::guide::format::{parse, MAX_QUESTIONS_ON_A_PATH};
use http_status_table::guide::{self, Step};
use http_status_table::host::data_api::guide_record;
use http_status_table::query::{self, registry_index, CodeSet, Query, Scope, SortOrder};
use http_status_table::registry::Date;
use http_status_table::ui::{standalone_page_html, StatusWidget, TableState};
use leptos::prelude::*;

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

/// A two-question tree with one line changed.
fn tree_with(replace: &str, with: &str) -> String {
    let good = "question start\nask: A?\nsource: RFC9110_15\nanswer: yes -> next\nanswer: no -> fine\n\n\
                question next\nask: B?\nsource: ours\nanswer: one -> r1\nanswer: two -> r2\n\n\
                result fine\ncode: 200\nwhy: ok\nsource: RFC9110_15_3_1\n\n\
                result r1\ncode: 404\nwhy: gone\nsource: ours RFC9110_15_5_5\nheader: Link | why | ours\n\n\
                result r2\ncode: 422\nwhy: a\nnot: b\nsource: RFC9110_15_5_21\ncode: 400\nwhy: c\nnot: d\nsource: RFC9110_15_5_1\n\
                avoid: 418 | joke | RFC9110_15_5_19\n";
    assert!(good.contains(replace), "{replace}");
    good.replacen(replace, with, 1)
}

#[test]
fn a_well_formed_tree_parses() {
    let tree = parse(&tree_with("", "")).expect("the model tree");
    assert_eq!(tree.questions.len(), 2);
    assert_eq!(tree.results.len(), 3);
    assert_eq!(tree.results[2].choices.len(), 2);
    assert_eq!(tree.results[2].avoid[0].subject, "418");
}

#[test]
fn the_format_refuses_what_breaks_its_rules_and_says_where() {
    let cases = [
        // An answer to nowhere.
        ("answer: one -> r1", "answer: one -> nowhere", "nowhere"),
        // Two answers reach one step: not a tree.
        ("answer: two -> r2", "answer: two -> r1", "reached by 2"),
        // A loop back to the first question.
        ("answer: two -> r2", "answer: two -> start", "reached by 1"),
        ("result r1", "result R1", "not an id"),
        ("code: 404", "code: 4040", "not a status code"),
        ("code: 404", "code: 099", "not a status code"),
        // Two choices need a why-not each; one choice needs none.
        ("not: d\n", "", "needs a not"),
        ("why: ok\n", "why: ok\nnot: x\n", "needs a not"),
        ("source: RFC9110_15_3_1", "source: rfc 9110", "a source is"),
        (
            "header: Link | why | ours",
            "header: Link | why",
            "three parts",
        ),
        ("ask: B?", "ask B?", "key: value"),
        ("question next", "question fine", "used twice"),
        ("answer: yes -> next\n", "", "has 1 answers"),
        ("why: gone", "wat: gone", "unknown key"),
    ];
    for (replace, with, expected) in cases {
        let text = tree_with(replace, with);
        let error = parse(&text).expect_err(with).to_string();
        assert!(error.contains(expected), "{with:?}: {error}");
    }
    // A line number points at the culprit.
    let error = parse(&tree_with("code: 404", "code: 4040")).expect_err("bad code");
    assert_eq!(error.line, 19, "{error}");
}

#[test]
fn a_path_longer_than_seven_questions_is_refused() {
    let mut text = String::new();
    let depth = MAX_QUESTIONS_ON_A_PATH + 1;
    for n in 0..depth {
        let next = if n + 1 == depth {
            "end".to_string()
        } else {
            format!("q{}", n + 1)
        };
        text += &format!(
            "question q{n}\nask: ?\nsource: ours\nanswer: on -> {next}\nanswer: off -> stop{n}\n\
             result stop{n}\ncode: 200\nwhy: w\nsource: ours\n"
        );
    }
    text += "result end\ncode: 204\nwhy: w\nsource: ours\n";
    let error = parse(&text).expect_err("too deep").to_string();
    assert!(error.contains("at most 7"), "{error}");
    // One question fewer is fine.
    let shorter = text.replace("answer: on -> q7", "answer: on -> end");
    let shorter = shorter
        .split("question q7")
        .next()
        .unwrap_or_default()
        .to_string()
        + "result end\ncode: 204\nwhy: w\nsource: ours\n";
    parse(&shorter).expect("seven questions");
}

/// Every step: each question and each result.
fn every_step() -> Vec<Step> {
    let questions = (0..guide::questions().len()).map(|at| Step::Question(at as u16));
    let results = (0..guide::verdicts().len()).map(|at| Step::Result(at as u16));
    questions.chain(results).collect()
}

#[test]
fn every_step_is_found_by_its_id_and_reached_by_its_trail() {
    for step in every_step() {
        let id = guide::id(step);
        assert_eq!(guide::find(id), Some(step), "{id}");
        let trail = guide::trail(step);
        assert!(trail.len() < MAX_QUESTIONS_ON_A_PATH, "{id}");
        // Following the trail's answers from the start arrives at the step.
        let mut at = guide::start();
        for (question, answer) in &trail {
            assert_eq!(at, *question, "{id}");
            at = guide::question(at).expect("a question").answers[*answer].next;
        }
        assert_eq!(at, step, "{id}");
    }
    assert_eq!(guide::trail(guide::start()), vec![]);
    assert_eq!(guide::find("nothing-like-this"), None);
}

#[test]
fn each_answer_narrows_the_codes_still_possible() {
    for step in every_step() {
        let Some(question) = guide::question(step) else {
            continue;
        };
        let here = guide::candidates(step);
        let mut union = CodeSet::NONE;
        for answer in question.answers {
            let there = guide::candidates(answer.next);
            assert!(!there.is_empty(), "{}", guide::id(answer.next));
            assert_eq!(there.union(here), here, "{} widens", guide::id(answer.next));
            union = union.union(there);
        }
        assert_eq!(union, here, "{}", question.id);
    }
    // A result's codes are its choices.
    let step = guide::find("validation-failed").expect("the step");
    let codes: Vec<u16> = guide::candidates(step).codes().collect();
    assert_eq!(codes, [400, 422]);
}

#[test]
fn every_source_of_the_guide_is_an_https_link_or_marked_advice() {
    let check = |source| match guide::shown(source) {
        ShownSource::Link { url, label } => {
            assert!(
                url.starts_with("https://www.rfc-editor.org/rfc/rfc"),
                "{url}"
            );
            assert!(!label.is_empty());
        }
        ShownSource::OurAdvice { basis } => {
            if let Some(basis) = basis {
                assert!(basis.url.starts_with("https://"), "{}", basis.url);
            }
        }
    };
    for q in guide::questions() {
        check(q.source);
    }
    for v in guide::verdicts() {
        for c in v.choices {
            check(c.source);
            c.headers.iter().for_each(|h| check(h.source));
        }
        v.avoid.iter().for_each(|a| check(a.source));
    }
}

#[test]
fn the_guide_option_reads_on_off_and_steps() {
    let auth = guide::find("auth").expect("auth");
    assert_eq!(parse_guide("off"), (GuideMode::Off, None));
    assert_eq!(parse_guide("ON"), (GuideMode::On, None));
    assert_eq!(parse_guide(""), (GuideMode::On, None));
    assert_eq!(
        parse_guide("start"),
        (GuideMode::OpenAt(guide::start()), None)
    );
    assert_eq!(parse_guide(" auth "), (GuideMode::OpenAt(auth), None));
    // Anything else is reported, and the guide opens at its first question.
    for bad in [
        "<script>alert(1)</script>",
        "AUTH",
        "../auth",
        &"x".repeat(5000),
    ] {
        let (mode, problem) = parse_guide(bad);
        assert_eq!(mode, GuideMode::OpenAt(guide::start()), "{bad}");
        let problem = problem.expect("reported");
        assert!(problem.contains("not a step of the guide"), "{problem}");
        assert!(problem.len() < 300, "a short message: {problem}");
    }
    let (options, problems) = WidgetOptions::from_strings([("guide", "nope")]);
    assert_eq!(options.guide, Some(GuideMode::OpenAt(guide::start())));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].option, "guide");
}

#[test]
fn the_guide_narrows_the_table_to_its_candidates_without_new_notices() {
    let index = registry_index();
    let not_found = guide::find("not-found").expect("not-found");
    let scope = Scope {
        candidates: guide::candidates(not_found),
        ..Scope::default()
    };
    let outcome = query::run(&index, &Query::parse(""), scope, SortOrder::default());
    let codes: Vec<u16> = outcome
        .rows
        .iter()
        .filter_map(|&row| index.get(row).map(|(e, _)| e.code))
        .collect();
    assert_eq!(codes, [404]);
    assert_eq!(outcome.total, 1);
    // A code outside the guide's candidates is not "not listed": the host lists it.
    let outcome = query::run(&index, &Query::parse("500"), scope, SortOrder::default());
    assert!(outcome.rows.is_empty());
    assert_eq!(outcome.notices, vec![]);
}

/// The guide's opening `<details …>` tag.
fn guide_tag(page: &str) -> String {
    let class = page.find("class=\"guide\"").expect("the guide");
    let start = page[..class].rfind("<details").expect("a details element");
    let end = class + page[class..].find('>').expect("tag end");
    page[start..=end].to_string()
}

#[test]
fn the_served_page_holds_the_whole_guide_closed_and_readable() {
    let page = standalone_page_html(TODAY);
    let guide_tag = guide_tag(&page);
    let at = page.find(&guide_tag).expect("the guide");
    assert!(!guide_tag.contains("open"), "closed: {guide_tag}");
    assert!(!guide_tag.contains("hidden"), "offered: {guide_tag}");
    // Above the table, and every step reachable by a disclosure.
    assert!(at < page.find("<table").expect("the table"));
    for step in every_step().into_iter().filter(|&s| s != guide::start()) {
        let marker = format!("data-step=\"{}\"", guide::id(step));
        assert!(page.contains(&marker), "{marker}");
    }
    for verdict in guide::verdicts() {
        for choice in verdict.choices {
            assert!(page.contains(&format!("href=\"#{}\"", choice.code)));
        }
    }
}

#[test]
fn a_widget_with_the_guide_off_hides_it() {
    let html = |value: &str| {
        let (options, problems) = WidgetOptions::from_strings([("guide", value)]);
        assert_eq!(problems, vec![]);
        Owner::new().with(|| {
            let state = TableState::new(registry_index(), TODAY);
            state.apply(options);
            view! { <StatusWidget state=state filter_input=NodeRef::new() /> }.to_html()
        })
    };
    let off = html("off");
    assert!(guide_tag(&off).contains("hidden"), "{}", guide_tag(&off));
    assert!(!guide_tag(&html("on")).contains("hidden"));
}

#[test]
fn the_data_api_returns_the_tree_by_ids() {
    let record = guide_record();
    assert_eq!(record.start, guide::id(guide::start()));
    assert_eq!(record.questions.len(), guide::questions().len());
    assert_eq!(record.results.len(), guide::verdicts().len());
    for q in &record.questions {
        for a in &q.answers {
            assert!(guide::find(a.next).is_some(), "{}", a.next);
        }
    }
    let json = serde_json::to_value(&record).expect("serializable");
    let failed = json["results"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["id"] == "validation-failed"))
        .expect("validation-failed");
    assert_eq!(failed["choices"][0]["code"], 422);
    assert!(failed["choices"][0]["whyNotTheOther"].is_string());
    assert_eq!(failed["choices"][0]["source"]["kind"], "document");
}

#[test]
fn what_the_filter_matches_outside_the_guide_is_counted_as_set_aside() {
    let index = registry_index();
    let failed = guide::find("validation-failed").expect("validation-failed");
    let scope = Scope {
        candidates: guide::candidates(failed),
        ..Scope::default()
    };
    let outcome = query::run(&index, &Query::parse("404"), scope, SortOrder::default());
    assert!(outcome.rows.is_empty());
    assert_eq!(outcome.set_aside, 1);
    let outcome = query::run(&index, &Query::parse("4xx"), scope, SortOrder::default());
    assert_eq!(outcome.rows.len(), 2);
    // Every other registered 4xx code matches but is set aside.
    assert!(outcome.set_aside > 20, "{}", outcome.set_aside);
    let closed = query::run(
        &index,
        &Query::parse("404"),
        Scope::default(),
        SortOrder::default(),
    );
    assert_eq!(closed.set_aside, 0);
}
