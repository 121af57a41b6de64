//! The iframe way in (`?embed=1&filter=4xx&sort=-name`): options come from the
//! URL, and the page posts its content height to the parent window so the host
//! can size the frame. Message format (documented in README.md):
//! `{ type: "http-status-table:height", height: <CSS pixels>, frame: <?frame= value or null> }`.

use super::url_state::url_params;
use crate::config::options::{
    EMBED_PARAMETER, FRAME_NAME_PARAMETER, FRAME_PARAMETERS, MAX_OPTION_TEXT,
};
use crate::config::WidgetOptions;
use crate::ui::TableState;
use std::cell::Cell;
use wasm_bindgen::prelude::*;

pub const HEIGHT_MESSAGE: &str = "http-status-table:height";

/// What the host asked of the frame.
pub struct EmbedRequest {
    /// The host's name for this frame, echoed in every message.
    pub frame: Option<String>,
}

/// `Some` when the page was opened as an embed (`?embed=1`).
pub fn embed_request() -> Option<EmbedRequest> {
    let params = url_params()?;
    let embed = params.get(EMBED_PARAMETER)?;
    if crate::config::options::parse_flag(&embed) != Ok(true) {
        return None;
    }
    let frame = params
        .get(FRAME_NAME_PARAMETER)
        .map(|f| f.chars().take(100).collect::<String>());
    Some(EmbedRequest { frame })
}

/// Applies the widget options in the URL; the problems are shown in the widget.
pub fn apply_url_options(state: &TableState) {
    let Some(params) = url_params() else {
        return;
    };
    let mut pairs = Vec::new();
    if let Ok(entries) = js_sys::try_iter(&params) {
        for pair in entries.into_iter().flatten().flatten() {
            let pair = js_sys::Array::from(&pair);
            let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string())
            else {
                continue;
            };
            if FRAME_PARAMETERS.contains(&name.as_str()) {
                continue;
            }
            // `q` is the standalone page's name for the filter.
            let name = if name == "q" {
                "filter".to_string()
            } else {
                name
            };
            let name: String = name.chars().take(40).collect();
            let value: String = value.chars().take(MAX_OPTION_TEXT + 1).collect();
            pairs.push((name, value));
        }
    }
    let (options, problems) =
        WidgetOptions::from_strings(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    state.apply(options);
    state.report(&[], problems);
}

/// Posts the content height to the parent whenever it changes.
pub fn report_height(request: EmbedRequest) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let Ok(parent) = window.parent() else {
        return;
    };
    let Some(parent) = parent.filter(|p| !js_sys::Object::is(p, &window)) else {
        return;
    };
    let last = Cell::new(-1.0_f64);
    let measured = body.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let frame = request
            .frame
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str);
        // Setting properties on a new plain object cannot fail, and a plain
        // object of a string and two numbers always clones into postMessage.
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = js_sys::Reflect::set(&message, &"frame".into(), &frame);
        // The height is not a secret: any parent may read it.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer and its callback live as long as the frame.
    post.forget();
}
