//! The JS-facing API (wasm32 only), used by `assets/http-status-table.js`:
//! a `Widget` per mounted table, and the data API (`lookup`, `registry`).
//! Options arrive as plain JS objects; each field is read on its own into its
//! Rust type (`js_values`), so one bad field is reported by name and the others
//! still apply.

use super::crash;
use super::data_api::{self, EntryRecord};
use super::js_values::{raw_site_entry, ToJs};
use super::scheme::SchemeWatch;
use crate::config::options::{
    canonical_name, unknown_option_with_hint, JsForm, OptionSpec, WidgetOptions, MAX_OPTION_TEXT,
};
use crate::config::problem::{preview, Problem};
use crate::config::site_entries::{validate_all, SiteEntry, MAX_SITE_ENTRIES};
use crate::query::registry_index;
use crate::registry;
use crate::ui::{build_widget, TableState, WidgetView};
use reactive_graph::owner::Owner;
use reactive_graph::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** One status code entry, as `lookup` and `registry` return it. */
export interface StatusEntry {
  code: number;
  name: string;
  /** The class wildcard. */
  class: "1xx" | "2xx" | "3xx" | "4xx" | "5xx";
  /** The class in words, e.g. "Client Error". */
  className: string;
  description: string;
  /** The defining document; null for unofficial codes. */
  reference: { label: string; url: string } | null;
  /** What IANA records (its markers), or "unofficial", or "site" for a code only the embedding site defines. */
  status: "registered" | "unused" | "obsoleted" | "temporary" | "unofficial" | "site";
  /** A temporary registration's dates (YYYY-MM-DD); null otherwise. */
  temporary: { registered: string; extended: string | null; expires: string } | null;
  /** The defining document's standing; null outside the registry. */
  standing: "standards-track" | "experimental" | "historic" | "no-current-rfc" | "internet-draft" | null;
  /** The document that deprecates the code (305: RFC 9110), which IANA does not mark. */
  deprecatedBy: { label: string; url: string } | null;
  /** Names the registry or an RFC once gave the code, e.g. "Moved Temporarily" for 302. */
  aliases: string[];
  /** Names in wide use that were never the registry's, e.g. "I'm a teapot" for 418. */
  alsoKnownAs: string[];
  /** True for codes in the IANA registry. */
  official: boolean;
  /** Who uses an unofficial code; null for registered codes. */
  vendor: { name: string; documentedAt: string } | null;
}

/** A code the embedding site adds or annotates. */
export interface SiteEntryInput {
  /** A whole number from 100 to 599. */
  code: number;
  name: string;
  description?: string;
  /** "4xx" or "Client Error"; must match the code. */
  class?: string;
  /** An https: address. */
  link?: string;
}

/** Widget options; every field is optional. */
export interface WidgetOptions {
  filter?: string;
  /** code, name, class or description; "-" in front for descending. */
  sort?: string;
  /** Only these classes, e.g. ["4xx", "5xx"] or "4xx,5xx". */
  classes?: string | string[];
  unofficial?: boolean;
  /** Which columns, in order, e.g. ["code", "name"]. */
  columns?: string | string[];
  compact?: boolean;
  theme?: "light" | "dark" | "auto";
  /** A number of pixels or a CSS length (400px, 30em, 60vh). */
  maxHeight?: number | string;
  entries?: SiteEntryInput[];
}

/** An option that could not be used, and why. */
export interface OptionProblem {
  option: string;
  message: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `Object.entries`, catching what a hostile getter throws.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn object_entries(value: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// One mounted table. JS creates it, configures it, renders it, and destroys it.
#[wasm_bindgen]
pub struct Widget {
    owner: Owner,
    state: TableState,
    container: web_sys::HtmlElement,
    /// The built view, kept until `destroy` (dropping it stops its updates).
    view: Option<WidgetView>,
    scheme: Option<SchemeWatch>,
}

#[wasm_bindgen]
impl Widget {
    /// A widget with default options that will render into `container`.
    /// `page_url` is the standalone page's address, for copied permalinks.
    #[wasm_bindgen(constructor)]
    pub fn new(container: web_sys::HtmlElement, page_url: Option<String>) -> Widget {
        super::start_runtime();
        let owner = Owner::new();
        let state = owner.with(|| TableState::new(registry_index()));
        state.page_url.set(page_url.unwrap_or_default());
        Widget {
            owner,
            state,
            container,
            view: None,
            scheme: None,
        }
    }

    /// Applies a JS options object; returns what could not be used.
    #[wasm_bindgen(unchecked_return_type = "OptionProblem[]")]
    pub fn configure(
        &self,
        #[wasm_bindgen(unchecked_param_type = "WidgetOptions")] options: JsValue,
    ) -> JsValue {
        let (parsed, touched, problems) = options_from_js(&options);
        self.state.apply(parsed);
        self.state.report(&touched, problems.clone());
        problems_to_js(&problems)
    }

    /// Applies one attribute of the custom element; `null` puts it back to its default.
    #[wasm_bindgen(js_name = setAttributeOption, unchecked_return_type = "OptionProblem[]")]
    pub fn set_attribute_option(&self, name: &str, value: Option<String>) -> JsValue {
        let touched = [canonical_name(name).to_string()];
        let mut problems = Vec::new();
        match (value, OptionSpec::find(name)) {
            (None, Some(spec)) => self.state.apply(spec.default_options()),
            (None, None) => {}
            (Some(value), _) => {
                let mut options = WidgetOptions::default();
                match options.set_from_str(name, &value) {
                    Ok(()) => self.state.apply(options),
                    Err(problem) => problems.push(problem),
                }
            }
        }
        self.state.report(&touched, problems.clone());
        problems_to_js(&problems)
    }

    /// Applies entries given as JSON text (the custom element's
    /// `<script type="application/json">` child); `null` removes them.
    #[wasm_bindgen(js_name = setEntriesJson, unchecked_return_type = "OptionProblem[]")]
    pub fn set_entries_json(&self, json: Option<String>) -> JsValue {
        let touched = ["entries".to_string()];
        let Some(json) = json else {
            if let Some(spec) = OptionSpec::find("entries") {
                self.state.apply(spec.default_options());
            }
            self.state.report(&touched, Vec::new());
            return problems_to_js(&[]);
        };
        let (entries, problems) = match js_sys::JSON::parse(&json) {
            Ok(value) => entries_from_js(&value),
            Err(error) => {
                let reason = error
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_default();
                (
                    None,
                    vec![Problem::new(
                        "entries",
                        format!("the JSON in <script type=\"application/json\"> cannot be read: {reason}"),
                    )],
                )
            }
        };
        if let Some(entries) = entries {
            self.state.apply(WidgetOptions {
                entries: Some(entries),
                ..WidgetOptions::default()
            });
        }
        self.state.report(&touched, problems.clone());
        problems_to_js(&problems)
    }

    /// Everything currently reported about the options.
    #[wasm_bindgen(unchecked_return_type = "OptionProblem[]")]
    pub fn problems(&self) -> JsValue {
        problems_to_js(&self.state.problems.get_untracked())
    }

    /// Builds the table into the container (once).
    pub fn render(&mut self) {
        if self.view.is_some() {
            return;
        }
        let state = self.state;
        let container = self.container.clone();
        let Some(document) = container.owner_document() else {
            return;
        };
        crash::watch(&container);
        self.scheme = Some(SchemeWatch::start(&container, state));
        match self
            .owner
            .with(|| build_widget(state, &document, &container))
        {
            Ok(view) => self.view = Some(view),
            Err(error) => {
                let message = JsValue::from_str("http-status-table: building the table failed:");
                web_sys::console::error_2(&message, &error);
            }
        }
    }

    /// Moves focus to the filter box; false if there is none yet.
    #[wasm_bindgen(js_name = focusFilter)]
    pub fn focus_filter(&self) -> bool {
        self.view
            .as_ref()
            .is_some_and(|view| view.filter_input.focus().is_ok())
    }

    /// Removes the table and frees its state; the object cannot be used after.
    pub fn destroy(mut self) {
        drop(self.scheme.take());
        drop(self.view.take());
        crash::unwatch(&self.container);
        self.owner.cleanup();
        self.container.set_text_content(None);
    }
}

/// The entry for a code (the registered one first), or `undefined`.
#[wasm_bindgen(js_name = lookup, unchecked_return_type = "StatusEntry | undefined")]
pub fn lookup_code(
    #[wasm_bindgen(unchecked_param_type = "number | string")] code: JsValue,
) -> Result<JsValue, JsError> {
    let code =
        data_api::code_argument(code.as_f64(), code.as_string().as_deref()).ok_or_else(|| {
            JsError::new("lookup(code) takes a status code: a whole number such as 404")
        })?;
    Ok(data_api::lookup(registry::entries(), code)
        .map(|entry| EntryRecord::from(entry).to_js())
        .unwrap_or(JsValue::UNDEFINED))
}

/// Every entry: registered codes and unofficial ones, in code order.
#[wasm_bindgen(js_name = registry, unchecked_return_type = "StatusEntry[]")]
pub fn registry_entries() -> JsValue {
    let records: Vec<EntryRecord> = registry::entries().iter().map(EntryRecord::from).collect();
    records.to_js()
}

/// One slice of the standalone page's start-up that changes nothing on screen;
/// true while more remains. The loader runs one per task before `startPage`.
#[wasm_bindgen(js_name = preparePage)]
pub fn prepare_page() -> bool {
    super::page::prepare()
}

/// Starts the standalone page (or its `?embed=1` frame) in `#app`.
#[wasm_bindgen(js_name = startPage)]
pub fn start_page() {
    super::page::start();
}

fn problems_to_js(problems: &[Problem]) -> JsValue {
    problems.to_js()
}

/// Reads a JS options object field by field: the parsed options, the option
/// names it mentioned, and a problem for each field that could not be used.
pub fn options_from_js(value: &JsValue) -> (WidgetOptions, Vec<String>, Vec<Problem>) {
    let mut options = WidgetOptions::default();
    let mut touched = Vec::new();
    let mut problems = Vec::new();
    if value.is_undefined() || value.is_null() {
        return (options, touched, problems);
    }
    let pairs = if value.is_object() && !js_sys::Array::is_array(value) && !value.is_function() {
        object_entries(value).ok()
    } else {
        None
    };
    let Some(pairs) = pairs else {
        problems.push(Problem::new(
            "options",
            format!(
                "options must be an object such as {{ filter: \"4xx\" }}, not {}",
                describe(value)
            ),
        ));
        return (options, touched, problems);
    };
    for pair in pairs.iter() {
        let pair = js_sys::Array::from(&pair);
        let key = pair.get(0).as_string().unwrap_or_default();
        let field = pair.get(1);
        if field.is_undefined() {
            continue;
        }
        touched.push(canonical_name(&key).to_string());
        // JS takes the JS keys only: `max-height` is an attribute's spelling.
        let spec = OptionSpec::find(&key).filter(|spec| spec.js_key == key);
        let Some(spec) = spec else {
            problems.push(Problem::new(key.as_str(), unknown_option_with_hint(&key)));
            continue;
        };
        if spec.js_form == JsForm::Entries {
            let (entries, entry_problems) = entries_from_js(&field);
            options.entries = entries;
            problems.extend(entry_problems);
        } else if let Err(message) = set_field(&mut options, spec, &field) {
            problems.push(Problem::new(key, message));
        }
    }
    (options, touched, problems)
}

/// Reads one JS field in its option's form, then parses it as that option's
/// text form: one parser per option, whatever the way in.
fn set_field(
    options: &mut WidgetOptions,
    spec: &OptionSpec,
    value: &JsValue,
) -> Result<(), String> {
    let text = match spec.js_form {
        JsForm::Text if spec.js_key == "filter" => string(value, "a string")?,
        JsForm::Text => short_text(value)?,
        JsForm::Flag => match value.as_bool() {
            Some(flag) => flag.to_string(),
            None => return Err(expected("true or false", value)),
        },
        JsForm::List { max_items } => text_or_list(value, max_items, spec.example)?,
        // Whole pixels are formatted as integers: f64 formatting is ~20 KB of wasm.
        JsForm::Length => match value.as_f64() {
            Some(pixels) if pixels.fract() == 0.0 && pixels.abs() < 1e9 => {
                format!("{}", pixels as i64)
            }
            Some(_) => {
                return Err(
                    "expected a whole number of pixels or a CSS length such as \"30em\""
                        .to_string(),
                )
            }
            None => short_text(value)?,
        },
        JsForm::Entries => return Err("entries are read by entries_from_js".to_string()),
    };
    spec.parse_text(options, &text)
}

/// The message a host developer can act on when a JS value has another type.
fn expected(what: &str, value: &JsValue) -> String {
    format!("expected {what}, got {}", describe(value))
}

/// A JS string, or the message naming what was expected instead.
fn string(value: &JsValue, what: &str) -> Result<String, String> {
    value.as_string().ok_or_else(|| expected(what, value))
}

fn short_text(value: &JsValue) -> Result<String, String> {
    let text = string(value, "a string")?;
    if text.len() > MAX_OPTION_TEXT {
        return Err(format!(
            "value is {} characters long; the limit is {MAX_OPTION_TEXT}",
            text.len()
        ));
    }
    Ok(text)
}

/// A list given as an array of strings or as one comma-separated string, as
/// that comma-separated text.
fn text_or_list(value: &JsValue, max_items: usize, example: &str) -> Result<String, String> {
    let items: Vec<String> = example.split(',').map(|i| format!("\"{i}\"")).collect();
    let list = format!(
        "a list such as [{}] or the string \"{example}\"",
        items.join(", ")
    );
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        // Every item a string, or the whole value is named in the message.
        let items = array
            .iter()
            .map(|item| item.as_string())
            .collect::<Option<Vec<String>>>()
            .ok_or_else(|| expected(&list, value))?;
        if items.len() > max_items {
            return Err(format!("{} items given; at most {max_items}", items.len()));
        }
        Ok(items.join(","))
    } else {
        short_text(value).map_err(|_| expected(&list, value))
    }
}

/// `entries`: an array of objects, each validated on its own.
fn entries_from_js(value: &JsValue) -> (Option<Vec<SiteEntry>>, Vec<Problem>) {
    if !js_sys::Array::is_array(value) {
        let problem = Problem::new(
            "entries",
            format!(
                "expected an array of entries such as [{{ code: 429, name: \"Slow down\" }}], got {}",
                describe(value)
            ),
        );
        return (None, vec![problem]);
    }
    let array = js_sys::Array::from(value);
    let total = array.length() as usize;
    let raw = array
        .iter()
        .take(MAX_SITE_ENTRIES)
        .enumerate()
        .map(|(position, item)| {
            if !item.is_object() || js_sys::Array::is_array(&item) {
                return Err(Problem::new(
                    format!("entries[{position}]"),
                    format!(
                        "expected an object with code and name, got {}",
                        describe(&item)
                    ),
                ));
            }
            let place = format!("entries[{position}]");
            if let Some(unknown) = unknown_entry_field(&item) {
                return Err(Problem::new(
                    place,
                    format!(
                        "unknown field {}; the fields are {}",
                        preview(&unknown),
                        ENTRY_FIELDS.join(", ")
                    ),
                ));
            }
            raw_site_entry(&item).map_err(|message| Problem::new(place, message))
        })
        .collect();
    let (entries, problems) = validate_all(raw, total);
    (Some(entries), problems)
}

const ENTRY_FIELDS: [&str; 5] = ["code", "name", "description", "class", "link"];

/// The first key of an entry object that is not a known field (a typo such as
/// `nmae` would otherwise read as a missing name).
/// An object whose keys cannot be read (a throwing proxy) has no unknown
/// field to name; deserializing it reports what is wrong instead.
fn unknown_entry_field(item: &JsValue) -> Option<String> {
    object_entries(item)
        .ok()?
        .iter()
        .filter_map(|pair| js_sys::Array::from(&pair).get(0).as_string())
        .find(|key| !ENTRY_FIELDS.contains(&key.as_str()))
}

/// A JS value in a few words, for messages: `the string "yes"`, `an array`.
fn describe(value: &JsValue) -> String {
    if value.is_undefined() {
        "undefined".to_string()
    } else if value.is_null() {
        "null".to_string()
    } else if let Some(flag) = value.as_bool() {
        format!("{flag}")
    } else if value.as_f64().is_some() {
        "a number".to_string()
    } else if let Some(text) = value.as_string() {
        format!("the string {}", preview(&text))
    } else if js_sys::Array::is_array(value) {
        "an array".to_string()
    } else if value.is_function() {
        "a function".to_string()
    } else {
        "an object".to_string()
    }
}
