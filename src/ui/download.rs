//! Downloads of the rows shown (current filter and sort) as CSV or JSON.

use super::later::later;
use super::state::TableState;
use crate::export::{export_file_name, visible_entries, ExportKind};
use crate::text::facts;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The export buttons: their title says what they export, and a click downloads.
#[component]
pub fn ExportButtons(
    /// The widget's state.
    state: TableState,
) -> impl IntoView {
    let scope = move || state.outcome.with(|o| facts::download_scope(o.rows.len()));
    let waiting = move || !state.running.get();
    view! {
        <div class="export" role="group" aria-label=crate::text::EXPORT_LABEL part="export">
            <button
                class="download-csv"
                type="button"
                title=scope
                disabled=waiting
                on:click=move |_| start_download(state, ExportKind::Csv)
            >
                {facts::DOWNLOAD_CSV}
            </button>
            <button
                class="download-json"
                type="button"
                title=scope
                disabled=waiting
                on:click=move |_| start_download(state, ExportKind::Json)
            >
                {facts::DOWNLOAD_JSON}
            </button>
        </div>
    }
}

/// Downloads once the code that makes the file is in (the second file,
/// `later`); if it cannot be had, the console says so and the next click
/// tries again.
fn start_download(state: TableState, kind: ExportKind) {
    leptos::task::spawn_local(async move {
        // The export carries the libraries' names: in first.
        let done = match super::later::fetch_later().await {
            Ok(()) => download(state, kind).await,
            Err(failed) => Err(failed),
        };
        if done.is_err() {
            web_sys::console::error_1(&JsValue::from_str(crate::text::LATER_FAILED));
        }
    });
}

later! { in later;
    /// Builds the file in the browser and hands it to the download machinery.
    fn download(state: TableState, kind: ExportKind) -> () {
        let content = state.index.with_untracked(|index| {
            state
                .outcome
                .with_untracked(|o| kind.render(&visible_entries(index, &o.rows)))
        });
        let name = state
            .filter_text
            .with_untracked(|filter| export_file_name(kind, filter));
        if let Err(error) = save(&content, kind.media_type(), &name) {
            let message = format!("http-status-table: the download of {name} failed:");
            web_sys::console::error_2(&JsValue::from_str(&message), &error);
        }
    }
}

fn save(content: &str, media_type: &str, file_name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has started the download; the object URL can go.
    set_timeout(
        move || {
            // Revoking only frees memory; a URL that is already gone is fine.
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}
