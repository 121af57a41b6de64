//! The standalone page keeps its filter, sort and unofficial toggle in the URL
//! (`?q=4xx&sort=-name&unofficial=1`), so a view can be shared. `replaceState`
//! keeps typing from adding a history entry per keystroke, and the address
//! trails the state by up to [`URL_TRAILS_BY`]. Embedded widgets never touch
//! the host's URL: only the standalone page calls this.

use crate::config::options::{parse_flag, parse_sort, MAX_OPTION_TEXT};
use crate::config::Problem;
use crate::query::SortOrder;
use crate::ui::{on_window_for_good, set_timeout, TableState};
use reactive_graph::effect::Effect;
use reactive_graph::prelude::*;
use std::cell::RefCell;
use std::time::Duration;
use web_sys::UrlSearchParams;

/// Restores the state from the URL now, and again whenever the reader goes back
/// or forward, or follows a `#code` link.
pub fn follow_history(state: TableState) {
    restore(&state);
    // A fragment link fires both events; the first settles the address.
    for event in ["popstate", "hashchange"] {
        on_window_for_good(event, move |_| {
            settle_due_write();
            restore(&state);
        });
    }
}

/// Applies `q`, `sort`, `unofficial` and the `#code` fragment from the page URL.
/// Values that cannot be used (an unknown sort) fall back to their defaults; `q`
/// is only ever text.
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
    state.report(&["sort".to_string(), "unofficial".to_string()], problems);
    state.permalink.set(permalink);
}

/// How long the URL may trail the state. A history call goes to the browser's
/// own process and cost 1 to 2 ms of every keystroke and sort when made in
/// step; and browsers refuse history calls made too often (Chromium: more than
/// 200 in 10 seconds), which typing fast came near.
const URL_TRAILS_BY: Duration = Duration::from_millis(100);

/// The address's query string as this page last wrote it, and the one still
/// to write, if a write is due.
#[derive(Default)]
struct Address {
    written: Option<String>,
    due: Option<String>,
}

thread_local! {
    static ADDRESS: RefCell<Address> = RefCell::new(Address::default());
}

/// Writes the state back into the URL whenever it changes: within
/// [`URL_TRAILS_BY`] of a change, once for all the changes made meanwhile.
pub fn keep_in_url(state: TableState) {
    let loaded = current_query();
    ADDRESS.with(|address| {
        if let Ok(mut address) = address.try_borrow_mut() {
            address.written = loaded;
        }
    });
    // Leaving the page within that time still leaves the address up to date.
    on_window_for_good("pagehide", |_| write_due());
    Effect::new(move |_| {
        let q = state.filter_text.get();
        let sort = state.sort.get();
        let unofficial = state.show_unofficial.get();
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
        let query = String::from(params.to_string());
        let first = ADDRESS.with(|address| {
            address
                .try_borrow_mut()
                .is_ok_and(|mut address| address.due.replace(query).is_none())
        });
        if first {
            set_timeout(write_due, URL_TRAILS_BY);
        }
    });
}

/// Writes the query that is due, if any.
fn write_due() {
    let due = ADDRESS.with(|address| address.try_borrow_mut().ok().and_then(|mut a| a.due.take()));
    if let Some(query) = due {
        write_query(&query);
    }
}

/// Before the state follows a navigation: a write still due is made if the
/// reader stayed on this page's entry (a `#code` link, which keeps the query
/// as written), so what they typed just before is kept; it is dropped if they
/// went back or forward to an entry of another query, whose address wins.
fn settle_due_write() {
    let current = current_query();
    let stayed = ADDRESS.with(|address| {
        address
            .try_borrow()
            .is_ok_and(|address| address.written == current)
    });
    if stayed {
        write_due();
    } else {
        ADDRESS.with(|address| {
            if let Ok(mut address) = address.try_borrow_mut() {
                address.due = None;
                address.written = current;
            }
        });
    }
}

/// The address's query string, without its `?`.
fn current_query() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    Some(search.strip_prefix('?').unwrap_or(&search).to_string())
}

/// Puts `query` in the address in place of the current one, keeping the path
/// and the fragment as they are now.
fn write_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    // The page keeps working without it (a sandboxed frame or a browser
    // that throttles history calls refuses), but the address falls behind.
    let replaced = window
        .history()
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    match replaced {
        Ok(()) => ADDRESS.with(|address| {
            if let Ok(mut address) = address.try_borrow_mut() {
                address.written = Some(query.to_string());
            }
        }),
        Err(error) => {
            let message = "http-status-table: the address was not updated:";
            web_sys::console::warn_2(&message.into(), &error);
        }
    }
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
