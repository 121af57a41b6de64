//! Benchmark-only hooks, compiled with `--features bench` (see bench/README.md).

use crate::names;
use crate::query::SearchIndex;
use crate::registry::{self, Entry, RegistryStatus};
use std::borrow::Cow;
use std::sync::Arc;

const WORDS: [&str; 12] = [
    "request", "gateway", "timeout", "payload", "header", "proxy", "cache", "token", "upstream",
    "limit", "origin", "session",
];

/// The index for `?bench-rows=N`: the registry plus synthetic entries up to N rows
/// `None` without the parameter.
pub fn index_from_url() -> Option<Arc<SearchIndex>> {
    let search = web_sys::window()?.location().search().ok()?;
    let rows: usize = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("bench-rows="))?
        .parse()
        .ok()?;
    let mut entries: Vec<Entry> = registry::entries().to_vec();
    // The names as a page has them once its second file is in, which is
    // what the keystrokes measured meet (and what picks the codes below).
    names::install(names::rows_table());
    // Codes no library names, as the baseline's hook takes them: the plain
    // page does not search the libraries' names, and a synthetic entry with a
    // named code would match through them there and not in the baseline.
    let unnamed: Vec<u16> = (100..600)
        .filter(|&code| {
            names::libraries()
                .iter()
                .all(|l| l.names_of(code).is_empty())
        })
        .collect();
    for i in entries.len()..rows.min(100_000) {
        let word = WORDS[i % WORDS.len()];
        let other = WORDS[(i / WORDS.len()) % WORDS.len()];
        entries.push(Entry {
            code: unnamed
                .get(i % unnamed.len().max(1))
                .copied()
                .unwrap_or(599),
            name: Cow::Owned(format!("Synthetic {word} {i}")),
            aliases: Cow::Borrowed(&[]),
            status: RegistryStatus::Registered,
            standing: None,
            deprecated_by: None,
            reference: None,
            vendor: None,
            description: Cow::Owned(format!(
                "Synthetic entry {i} about the {word} and the {other}, for benchmarks only."
            )),
            site: None,
        });
    }
    expose_wasm_memory();
    Some(Arc::new(SearchIndex::new(entries)))
}

/// Puts the wasm memory at `window.__httpStatusTableMemory` for the leak check.
pub fn expose_wasm_memory() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(
            &window,
            &"__httpStatusTableMemory".into(),
            &wasm_bindgen::memory(),
        );
    }
}
