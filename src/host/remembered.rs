//! What the standalone page remembers between visits: the libraries whose
//! names the reader chose to see in the details. In `localStorage`; where
//! storage is refused (a sandbox, a private mode), the choice lasts the visit.

use crate::config::options::parse_languages;
use crate::ui::{effect, TableState};
use leptos::prelude::*;

/// The storage key; the value is library ids, comma-separated.
const LANGUAGES_KEY: &str = "http-status-table:languages";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Restores the reader's choice of libraries, then keeps it as it changes.
pub fn remember_languages(state: TableState) {
    let stored = storage().and_then(|s| s.get_item(LANGUAGES_KEY).ok().flatten());
    if let Some(stored) = &stored {
        // Ids this build no longer knows are dropped; the rest are kept.
        let (libraries, _) = parse_languages(stored);
        state.languages.set(libraries);
    }
    let chosen = move || {
        let ids: Vec<&str> = state.languages.with(|l| l.iter().map(|l| l.id).collect());
        ids.join(",")
    };
    // Nothing is written until the reader changes the choice: a page that
    // changes its defaults later still gives them to readers who never chose.
    let mut last = Some(stored.unwrap_or_else(|| untrack(chosen)));
    effect(move |_| {
        let value = chosen();
        if last.as_deref() == Some(value.as_str()) {
            return;
        }
        if let Some(storage) = storage() {
            // Refused only when storage is full or off: the choice then lasts the visit.
            let _ = storage.set_item(LANGUAGES_KEY, &value);
        }
        last = Some(value);
    });
}
