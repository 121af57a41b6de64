//! The standalone page keeps its filter, sort, unofficial toggle and the
//! guide's step in the URL (`?q=4xx&sort=-name&unofficial=1&guide=auth`), so
//! a view can be shared. `replaceState` keeps typing from adding a history
//! entry per keystroke; a step of the guide is a history entry of its own, so
//! the browser's back goes back a question. Embedded widgets never touch the
//! host's URL: only the standalone page (`page::start`) calls this.

use crate::config::options::{parse_flag, parse_guide, parse_sort, MAX_OPTION_TEXT};
use crate::config::{GuideMode, Problem};
use crate::guide;
use crate::query::SortOrder;
use crate::ui::{self, TableState};
use leptos::prelude::*;
use web_sys::UrlSearchParams;

/// Restores the state from the URL now, and again whenever the reader goes back
/// or forward, or follows a `#code` link.
pub fn follow_history(state: TableState) {
    restore(&state);
    // The page's listeners live as long as the page: their handles are dropped.
    window_event_listener_untyped("popstate", move |_| restore(&state));
    window_event_listener_untyped("hashchange", move |_| restore(&state));
}

/// Applies `q`, `sort`, `unofficial`, `guide` and the `#code` fragment from the
/// page URL. Values that cannot be used (an unknown sort) fall back to their
/// defaults; `q` is only ever text.
pub fn restore(state: &TableState) {
    let Some(params) = url_params() else {
        return;
    };
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    state.page_url.set(format!("{origin}{path}"));
    let filter: String = params
        .get("q")
        .map(|q| q.chars().take(MAX_OPTION_TEXT).collect())
        .unwrap_or_default();
    state.filter_text.set(filter);
    // Values that cannot be used are said so above the table, like a bad option.
    let mut problems = Vec::new();
    let sort = match params.get("sort") {
        Some(value) => parse_sort(&value).unwrap_or_else(|message| {
            problems.push(Problem::new("sort", message));
            SortOrder::default()
        }),
        None => SortOrder::default(),
    };
    state.sort.set(sort);
    let permalink = permalink_code(&location.hash().unwrap_or_default());
    // A permalink to a code only vendors use shows the unofficial codes.
    let vendor_only = permalink.is_some_and(|code| {
        state.index.with_untracked(|i| {
            !i.entries()
                .iter()
                .any(|e| e.code == code && !e.is_unofficial())
        })
    });
    let unofficial = match params.get("unofficial") {
        Some(flag) => parse_flag(&flag).unwrap_or_else(|message| {
            problems.push(Problem::new("unofficial", message));
            false
        }),
        None => vendor_only,
    };
    state.show_unofficial.set(unofficial);
    // A step the guide does not have opens it at its first question.
    let step = params.get("guide").and_then(|value| {
        let (mode, problem) = parse_guide(&value);
        problems.extend(problem.map(|message| Problem::new("guide", message)));
        match mode {
            GuideMode::OpenAt(step) => Some(step),
            GuideMode::On | GuideMode::Off => None,
        }
    });
    state.go_to_step(step);
    let touched = ["sort", "unofficial", "guide"].map(String::from);
    state.report(&touched, problems);
    state.follow_permalink(permalink);
}

/// Writes the state back into the URL whenever it changes.
pub fn keep_in_url(state: TableState) {
    ui::effect(move |_| {
        let q = state.filter_text.get();
        let sort = state.sort.get();
        let unofficial = state.show_unofficial.get();
        let step = state.guide_step.get();
        let Ok(params) = UrlSearchParams::new() else {
            return;
        };
        if !q.is_empty() {
            params.append("q", &q);
        }
        if sort != SortOrder::default() {
            params.append("sort", &sort.to_param());
        }
        if unofficial {
            params.append("unofficial", "1");
        }
        if let Some(step) = step {
            params.append("guide", guide::id(step));
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let query = String::from(params.to_string());
        // Already what the address says (as when the page starts): nothing to write.
        let search = location.search().unwrap_or_default();
        if search.strip_prefix('?').unwrap_or(&search) == query {
            return;
        }
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let url = if query.is_empty() {
            format!("{path}{hash}")
        } else {
            format!("{path}?{query}{hash}")
        };
        // A new step of the guide is a page of its own in the history.
        let shown_step = url_params().and_then(|p| p.get("guide"));
        let new_step = shown_step.as_deref() != step.map(guide::id);
        // The page keeps working without it (a sandboxed frame or a browser
        // that throttles history calls refuses), but the address falls behind.
        let written = window.history().and_then(|h| {
            let null = wasm_bindgen::JsValue::NULL;
            if new_step {
                h.push_state_with_url(&null, "", Some(&url))
            } else {
                h.replace_state_with_url(&null, "", Some(&url))
            }
        });
        if let Err(error) = written {
            let message = "http-status-table: the address was not updated:";
            web_sys::console::warn_2(&message.into(), &error);
        }
    });
}

/// `#404` → 404: three digits from 100 to 599, nothing else.
fn permalink_code(hash: &str) -> Option<u16> {
    let digits = hash.strip_prefix('#')?;
    if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|c| (100..=599).contains(c))
}

/// The page URL's query parameters.
pub fn url_params() -> Option<UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()
}
