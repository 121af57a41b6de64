//! Plain JS values in and out of the API, through serde-wasm-bindgen: the data
//! API's records and the problems are serialized into plain objects, and a
//! host's options are deserialized field by field (`from_value`) into the
//! Rust type of each option, so one bad field is reported by name and the
//! others still apply.

use crate::config::options::{
    canonical_name, unknown_option_with_hint, JsForm, OptionSpec, WidgetOptions, MAX_OPTION_TEXT,
};
use crate::config::problem::{preview, Problem};
use crate::config::site_entries::{validate_all, RawSiteEntry, SiteEntry, MAX_SITE_ENTRIES};
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Object.entries`, catching what a hostile getter throws.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn object_entries(value: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// A Rust value as the plain JS value hosts get (absent values are `null`).
pub fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    // Plain records of strings, numbers and lists always serialize.
    value.serialize(&serializer).unwrap_or(JsValue::UNDEFINED)
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
        JsForm::Text if spec.js_key == "filter" => typed::<String>(value, "a string")?,
        JsForm::Text => short_text(typed(value, "a string")?)?,
        JsForm::Flag => typed::<bool>(value, "true or false")?.to_string(),
        JsForm::List { max_items } => {
            let examples: Vec<String> = spec
                .example
                .split(',')
                .map(|i| format!("\"{i}\""))
                .collect();
            let expected = format!(
                "a list such as [{}] or the string \"{}\"",
                examples.join(", "),
                spec.example
            );
            // An array of strings, or one comma-separated string.
            if js_sys::Array::is_array(value) {
                let items: Vec<String> = typed(value, &expected)?;
                if items.len() > max_items {
                    return Err(format!("{} items given; at most {max_items}", items.len()));
                }
                items.join(",")
            } else {
                short_text(typed(value, &expected)?)?
            }
        }
        JsForm::Codes { max_items } => codes_text(value, max_items)?,
        // A number of pixels, or a CSS length.
        JsForm::Length => match value.as_f64() {
            // Whole pixels are written as integers.
            Some(pixels) if pixels.fract() == 0.0 && pixels.abs() < 1e9 => {
                format!("{}", pixels as i64)
            }
            Some(_) => {
                return Err(
                    "expected a whole number of pixels or a CSS length such as \"30em\""
                        .to_string(),
                )
            }
            None => short_text(typed(value, "a number of pixels or a CSS length")?)?,
        },
        JsForm::Entries => return Err("entries are read by entries_from_js".to_string()),
    };
    spec.parse_text(options, &text)
}

/// `codes`: an array of codes and strings, one code, or one string, as the
/// comma-separated text the option's parser reads. Each item is read on its
/// own, as `entries` are (one `deserialize_any` for mixed items, as
/// `#[serde(untagged)]` would use, costs more wasm than it saves).
fn codes_text(value: &JsValue, max_items: usize) -> Result<String, String> {
    let items: Vec<JsValue> = if js_sys::Array::is_array(value) {
        let array = js_sys::Array::from(value);
        if array.length() as usize > max_items {
            return Err(format!(
                "{} items given; at most {max_items}",
                array.length()
            ));
        }
        array.iter().collect()
    } else {
        vec![value.clone()]
    };
    let texts = items
        .iter()
        .map(code_item_text)
        .collect::<Result<Vec<_>, _>>()?;
    short_text(texts.join(","))
}

/// One item of a list of codes as text: a string as it is, a number as JS
/// writes it (Rust's float formatting would add to the wasm), so that a
/// number that is not a code is named like any bad item.
fn code_item_text(item: &JsValue) -> Result<String, String> {
    const EXPECTED: &str =
        "a list such as [200, 201, \"4xx\", \"400-404\"] or the string \"200,201,4xx\"";
    match item.as_f64() {
        Some(number) => Ok(js_sys::Number::from(number)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()),
        None => typed::<String>(item, EXPECTED),
    }
}

/// Deserializes one field into its Rust type, with a message a host developer
/// can act on when the JS value has another type.
fn typed<T: DeserializeOwned>(value: &JsValue, expected: &str) -> Result<T, String> {
    serde_wasm_bindgen::from_value(value.clone())
        .map_err(|_| format!("expected {expected}, got {}", describe(value)))
}

fn short_text(text: String) -> Result<String, String> {
    if text.len() > MAX_OPTION_TEXT {
        return Err(format!(
            "value is {} characters long; the limit is {MAX_OPTION_TEXT}",
            text.len()
        ));
    }
    Ok(text)
}

/// `entries`: an array of objects, each deserialized and validated on its own.
pub fn entries_from_js(value: &JsValue) -> (Option<Vec<SiteEntry>>, Vec<Problem>) {
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
            let place = format!("entries[{position}]");
            if !item.is_object() || js_sys::Array::is_array(&item) {
                return Err(Problem::new(
                    place,
                    format!(
                        "expected an object with code and name, got {}",
                        describe(&item)
                    ),
                ));
            }
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
            serde_wasm_bindgen::from_value::<RawSiteEntry>(item)
                .map_err(|error| Problem::new(place, error.to_string()))
        })
        .collect();
    let (entries, problems) = validate_all(raw, total);
    (Some(entries), problems)
}

const ENTRY_FIELDS: [&str; 5] = ["code", "name", "description", "class", "link"];

/// The first key of an entry object that is not a known field (a typo such as
/// `nmae` would otherwise read as a missing name). An object whose keys cannot
/// be read (a throwing proxy) has no unknown field to name; deserializing it
/// reports what is wrong instead.
fn unknown_entry_field(item: &JsValue) -> Option<String> {
    object_entries(item)
        .ok()?
        .iter()
        .filter_map(|pair| js_sys::Array::from(&pair).get(0).as_string())
        .find(|key| !ENTRY_FIELDS.contains(&key.as_str()))
}

/// A JS value in a few words, for messages: `the string "yes"`, `an array`.
pub fn describe(value: &JsValue) -> String {
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
