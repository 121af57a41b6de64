//! The JS-facing API (wasm32 only), used by the JS entry (`assets/entry/widget.js`):
//! a `Widget` per mounted table, and the data API (`lookup`, `registry`).
//! Options arrive as plain JS objects; each field is deserialized on its own
//! into its Rust type (`js_values`, serde-wasm-bindgen), so one bad field is
//! reported by name and the others still apply. The data API returns
//! serialized records.

use super::crash;
use super::data_api::{self, EntryRecord};
use super::js_values::{entries_from_js, options_from_js, to_js};
use super::scheme::follow_host_scheme;
use crate::config::options::{canonical_name, OptionSpec, WidgetOptions};
use crate::config::problem::Problem;
use crate::config::site_entries::SiteEntry;
use crate::query::registry_index;
use crate::registry;
use crate::ui::{self, StatusWidget, TableState};
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Checked against the records the data API returns by tests/typescript.rs.
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
  /** What IANA records (its markers), or "unofficial". */
  status: "registered" | "unused" | "obsoleted" | "temporary" | "unofficial";
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
  vendor: { name: string; documentedAt: string; source: { label: string; url: string } } | null;
  /** The behaviour facts, in the details panel's order, each with its source. */
  facts: StatusFact[];
  /** Header fields that matter with this code. */
  relatedHeaders: { name: string; role: string; source: FactSource }[];
  /** Codes this one is often confused with, and how to tell them apart. */
  confusedWith: { code: number; howToTell: string; source: FactSource }[];
  /** What the code is called in each library that names it, with the version and file each name was read from. */
  names: CodeName[];
}

/** A library's id, as in the `languages` option (see libraries()). */
export type LibraryId = "go" | "python" | "js" | "node" | "rust" | "java" | "servlet" | "spring" | "ktor" | "dotnet" | "aspnetcore" | "rack" | "plug" | "symfony" | "swift" | "dart";

/** One library's name for a code. */
export interface CodeName {
  library: LibraryId;
  /** As written in code, e.g. "http.StatusNotFound". */
  identifier: string;
  status: "current" | "alias" | "deprecated" | "removed";
  /** The first version with the name; null when it has always been there. */
  added: string | null;
  /** The version where it took its status (became an alias, was deprecated or removed). */
  changed: string | null;
  /** The version the name was read at. */
  version: string;
  /** The library's file it was read from, at that version. */
  source: string;
}

/** A library whose names the data holds. */
export interface Library {
  id: LibraryId;
  label: string;
  language: string;
  version: string;
  source: string;
  /** How the library derives its names from the reason phrases, when it does. */
  rule: string | null;
}

/** Where a fact comes from: a document, or advice of ours (with the document it applies, if any). */
export interface FactSource {
  kind: "document" | "our-advice";
  /** The document ("RFC 6585 §4"), or "Our advice". */
  label: string;
  /** The document's https: address; null for our advice. */
  url: string | null;
  /** For our advice: the document whose rules it applies. */
  basis: { label: string; url: string } | null;
}

/** One behaviour fact as the details panel shows it. */
export interface StatusFact {
  key: "caching" | "body" | "redirect" | "method" | "retry" | "retryAfter";
  label: string;
  value: string;
  source: FactSource;
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
  /** Only these codes: codes, ranges and class patterns, e.g. [200, 201, "400-404", "5xx"] or "200,201,400-404,5xx". */
  codes?: number | string | (number | string)[];
  unofficial?: boolean;
  /** Which columns, in order, e.g. ["code", "name"]. */
  columns?: string | string[];
  compact?: boolean;
  theme?: "light" | "dark" | "auto";
  /** A number of pixels or a CSS length (400px, 30em, 60vh). */
  maxHeight?: number | string;
  entries?: SiteEntryInput[];
  /** "on" (the default), "off", or a step's id to open the guide at ("start" is its first question). */
  guide?: "on" | "off" | GuideStepId;
  /** The libraries whose names the details show: ids or language names, e.g. ["go", "python"] or "go,java". */
  languages?: LibraryId | LibraryId[] | string;
  /** A column with one library's names, beside the name: a library id, or "none". */
  languageColumn?: LibraryId | "none";
}

/** The id of a step of the "which code should I return?" guide (see guide()). */
export type GuideStepId = string;

/** The guide as data: questions and results, each step with its source. */
export interface Guide {
  /** The id of the first question. */
  start: GuideStepId;
  questions: {
    id: GuideStepId;
    ask: string;
    hint: string | null;
    source: FactSource;
    /** Each answer leads to a question or a result, by id. */
    answers: { label: string; next: GuideStepId }[];
  }[];
  results: {
    id: GuideStepId;
    /** One code, or two where practice is split. */
    choices: {
      code: number;
      why: string;
      /** With two choices: why not the other. */
      whyNotTheOther: string | null;
      source: FactSource;
      /** Headers to send with the code. */
      headers: { name: string; why: string; source: FactSource }[];
    }[];
    /** Codes people reach for here, and why not. */
    avoid: { code: number; why: string; source: FactSource }[];
  }[];
}

/** An option that could not be used, and why. */
export interface OptionProblem {
  option: string;
  message: string;
}
"#;

/// One mounted table. JS creates it, configures it, renders it, and destroys it.
#[wasm_bindgen]
pub struct Widget {
    /// The reactive owner of the state and, below it, of the view.
    owner: Owner,
    state: TableState,
    container: web_sys::HtmlElement,
    filter_input: NodeRef<Input>,
    /// The mounted view (dropping it unmounts the view and stops its effects).
    view: Option<Box<dyn std::any::Any>>,
}

#[wasm_bindgen]
impl Widget {
    /// A widget with default options that will render into `container`.
    /// `page_url` is the standalone page's address, for copied permalinks.
    #[wasm_bindgen(constructor)]
    pub fn new(container: web_sys::HtmlElement, page_url: Option<String>) -> Widget {
        super::start_runtime();
        let owner = Owner::new();
        let (state, filter_input) = owner.with(|| {
            let state = TableState::new(registry_index(), ui::today());
            state.page_url.set(page_url.unwrap_or_default());
            (state, NodeRef::new())
        });
        Widget {
            owner,
            state,
            container,
            filter_input,
            view: None,
        }
    }

    /// Applies a JS options object; returns what could not be used. The
    /// code that reads it is in `split_options.wasm`, which the loader has
    /// fetched first (`loadOptionsCode`).
    #[wasm_bindgen(unchecked_return_type = "OptionProblem[]")]
    pub fn configure(
        &self,
        #[wasm_bindgen(unchecked_param_type = "WidgetOptions")] options: JsValue,
    ) -> JsValue {
        match ui::ready_now(read_options(options)) {
            Some(Ok((parsed, touched, problems))) => {
                self.state.apply(parsed);
                self.report(&touched, problems)
            }
            _ => self.report(&[], vec![options_code_missing("options")]),
        }
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
                // What could be parsed applies even when a part could not
                // (the good items of a list of codes).
                if let Err(problem) = options.set_from_str(name, &value) {
                    problems.push(problem);
                }
                self.state.apply(options);
            }
        }
        self.report(&touched, problems)
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
            return self.report(&touched, Vec::new());
        };
        let (entries, problems) = match js_sys::JSON::parse(&json) {
            Ok(value) => match ui::ready_now(read_entries(value)) {
                Some(Ok(read)) => read,
                _ => (None, vec![options_code_missing("entries")]),
            },
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
        self.report(&touched, problems)
    }

    /// Everything currently reported about the options.
    #[wasm_bindgen(unchecked_return_type = "OptionProblem[]")]
    pub fn problems(&self) -> JsValue {
        to_js(&self.state.all_problems())
    }

    /// Renders the table into the container (once), client-side.
    pub fn render(&mut self) {
        if self.view.is_some() {
            return;
        }
        let (state, filter_input) = (self.state, self.filter_input);
        let container = self.container.clone();
        crash::watch(&container);
        // Under the widget's owner, so that `destroy` disposes the view's
        // effects with the state they read, and stops following the page.
        let mounted = self.owner.with(|| {
            follow_host_scheme(&container, state);
            leptos::mount::mount_to(container, move || {
                view! { <StatusWidget state=state filter_input=filter_input /> }
            })
        });
        self.view = Some(Box::new(mounted));
        super::later_file::fetch_when_idle();
    }

    /// Moves focus to the filter box; false if there is none yet.
    #[wasm_bindgen(js_name = focusFilter)]
    pub fn focus_filter(&self) -> bool {
        self.filter_input
            .get_untracked()
            .is_some_and(|input| input.focus().is_ok())
    }

    /// Removes the table and frees its state; the object cannot be used after.
    pub fn destroy(mut self) {
        drop(self.view.take());
        crash::unwatch(&self.container);
        self.owner.cleanup();
        self.container.set_text_content(None);
    }
}

impl Widget {
    /// Reports `problems` about the options named in `touched`, and returns
    /// them to the caller, with the site entries the codes now leave out when
    /// either of those two options was among them.
    fn report(&self, touched: &[String], mut problems: Vec<Problem>) -> JsValue {
        self.state.report(touched, problems.clone());
        if touched.iter().any(|t| t == "entries" || t == "codes") {
            problems.extend(untrack(|| self.state.entries_outside()));
        }
        to_js(&problems)
    }
}

// Reading options and entries from JS values (serde-wasm-bindgen, with
// serde's messages and Rust's float formatting) is in a file of its own,
// `split_options.wasm`: a custom element's attributes are text, parsed by the
// options' own parsers, and never need it. The loader fetches it before it
// hands a widget a JS object (mount, update, a JSON child's entries).

ui::later! { in options;
    /// A JS options object, read field by field (`js_values`).
    fn read_options(options: JsValue) -> (WidgetOptions, Vec<String>, Vec<Problem>) {
        options_from_js(&options)
    }
}

ui::later! { in options;
    /// Site entries given as a JS array, each read and checked on its own.
    fn read_entries(entries: JsValue) -> (Option<Vec<SiteEntry>>, Vec<Problem>) {
        entries_from_js(&entries)
    }
}

/// Fetches and compiles `split_options.wasm`; resolves to whether it is in
/// (the loader then says which file failed, and why). Each split function
/// keeps its own note of its file being in: both are called once here, so
/// that `configure` and `setEntriesJson` find them ready.
#[wasm_bindgen(js_name = loadOptionsCode)]
pub async fn load_options_code() -> bool {
    read_options(JsValue::UNDEFINED).await.is_ok() && read_entries(JsValue::UNDEFINED).await.is_ok()
}

/// Reported if a JS object reached a widget before `split_options.wasm` was
/// in (the loader fetches it first: this is a loader's bug, not the host's).
fn options_code_missing(option: &str) -> Problem {
    Problem::new(
        option,
        "not applied: the code that reads options given as JS values (split_options.wasm) is not loaded yet",
    )
}

// The data API's records are built by code in a file of its own
// (`split_data.wasm`, `ui::later!`'s `data`), fetched on the first call: only a
// host's script asks for them, so a widget that nobody queries never loads
// it. A promise each, which the JS entry awaits anyway (the wasm loads first).
// The entries' records carry the libraries' names: the second file comes first.

/// The entry for a code (the registered one first), or `undefined`.
#[wasm_bindgen(js_name = lookup, unchecked_return_type = "StatusEntry | undefined")]
pub async fn lookup_code(
    #[wasm_bindgen(unchecked_param_type = "number | string")] code: JsValue,
) -> Result<JsValue, JsError> {
    let code =
        data_api::code_argument(code.as_f64(), code.as_string().as_deref()).ok_or_else(|| {
            JsError::new("lookup(code) takes a status code: a whole number such as 404")
        })?;
    ui::fetch_later().await.map_err(unavailable)?;
    entry_record(code).await.map_err(unavailable)
}

/// Every entry: registered codes and unofficial ones, in code order.
#[wasm_bindgen(js_name = registry, unchecked_return_type = "StatusEntry[]")]
pub async fn registry_entries() -> Result<JsValue, JsError> {
    ui::fetch_later().await.map_err(unavailable)?;
    entry_records().await.map_err(unavailable)
}

/// The "which code should I return?" guide as plain records.
#[wasm_bindgen(js_name = guide, unchecked_return_type = "Guide")]
pub async fn guide_tree() -> Result<JsValue, JsError> {
    guide_records().await.map_err(unavailable)
}

/// Every library whose names the entries carry, with where they were read.
#[wasm_bindgen(js_name = libraries, unchecked_return_type = "Library[]")]
pub async fn libraries() -> Result<JsValue, JsError> {
    ui::fetch_later().await.map_err(unavailable)?;
    library_records().await.map_err(unavailable)
}

fn unavailable(_: ui::LaterError) -> JsError {
    JsError::new(crate::text::DATA_API_UNAVAILABLE)
}

ui::later! { in data;
    fn entry_record(code: u16) -> JsValue {
        data_api::lookup(registry::entries(), code)
            .map(|entry| to_js(&EntryRecord::from(entry)))
            .unwrap_or(JsValue::UNDEFINED)
    }
}

ui::later! { in data;
    fn entry_records() -> JsValue {
        let records: Vec<EntryRecord> = registry::entries().iter().map(EntryRecord::from).collect();
        to_js(&records)
    }
}

ui::later! { in data;
    fn guide_records() -> JsValue {
        to_js(&data_api::guide_record())
    }
}

ui::later! { in data;
    fn library_records() -> JsValue {
        to_js(&data_api::library_records())
    }
}

/// Builds the search index, a task of its own before the page starts.
#[wasm_bindgen(js_name = preparePage)]
pub fn prepare_page() {
    registry_index();
}

ui::later! { in page;
    /// The standalone page's start-up, in a file of its own
    /// (`split_page.wasm`): an embedded widget never hydrates, so the
    /// hydration of the page's views, the address and the iframe's options
    /// are not on its critical path.
    fn start_page_file(served_matches: bool) -> bool {
        super::page::start(served_matches)
    }
}

ui::later! { in page;
    /// Only fetches and compiles the page's start-up file: the loader starts
    /// it early and runs `startPage` a task after it is in, so that
    /// instantiating the file and starting the page are not one long task.
    fn page_file_in() -> bool {
        true
    }
}

/// Fetches and compiles the standalone page's start-up file; resolves to
/// whether it is in (the loader then says which file failed, and why).
#[wasm_bindgen(js_name = loadPageFile)]
pub async fn load_page_file() -> bool {
    page_file_in().await.unwrap_or(false)
}

/// Starts the standalone page (or its `?embed=1` frame) in `#app`:
/// hydrates the page served with its table when `served_matches` (the loader
/// found it to be the page this build writes), renders it afresh otherwise.
/// Resolves to whether steps are left (the loader runs them with
/// `nextPageStep`, a task apiece), or to `undefined` if the page's start-up
/// file could not be had: the loader then says which file, and why.
#[wasm_bindgen(js_name = startPage)]
pub async fn start_page(served_matches: bool) -> Option<bool> {
    start_page_file(served_matches).await.ok()
}

/// How many steps of the page's start-up are left, the rows counting as one
/// until all are hydrated (for tests; the loader needs only `nextPageStep`).
pub fn page_steps_left() -> usize {
    super::page::steps_left()
}

/// Takes the next step of the page's start-up; returns whether more are left.
#[wasm_bindgen(js_name = nextPageStep)]
pub fn next_page_step() -> bool {
    super::page::next_step()
}
