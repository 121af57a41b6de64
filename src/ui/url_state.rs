//! The standalone page keeps its filter, sort and unofficial toggle in the URL
//! (`?q=4xx&sort=-name&unofficial=1`), so a view can be shared. `replaceState`
//! keeps typing from adding a history entry per keystroke. Embedded widgets never
//! touch the host's URL: only `App` calls this.

use super::state::TableState;
use crate::query::SortOrder;
use leptos::prelude::*;
use web_sys::UrlSearchParams;

/// Applies `q`, `sort` and `unofficial` from the page URL. Values that cannot be
/// used (an unknown sort) are left at their defaults; `q` is only ever text.
pub fn restore(state: &TableState) {
    let Some(params) = current_params() else {
        return;
    };
    if let Some(q) = params.get("q") {
        state.filter_text.set(
            q.chars()
                .take(crate::embed::options::MAX_OPTION_TEXT)
                .collect(),
        );
    }
    if let Some(sort) = params.get("sort").and_then(|s| SortOrder::parse(&s)) {
        state.sort.set(sort);
    }
    if let Some(flag) = params.get("unofficial") {
        state
            .show_unofficial
            .set(crate::embed::options::parse_flag(&flag).unwrap_or(false));
    }
}

/// Writes the state back into the URL whenever it changes.
pub fn keep_in_url(state: TableState) {
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
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let query = String::from(params.to_string());
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let url = if query.is_empty() {
            format!("{path}{hash}")
        } else {
            format!("{path}?{query}{hash}")
        };
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    });
}

fn current_params() -> Option<UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()
}
