//! Plain JS values in and out of the API, read and built with `js_sys`: the
//! data API's records and the problems become plain objects, and a site entry
//! is read field by field from a JS object.
//!
//! This was serde-wasm-bindgen. Its deserializer brought serde's error messages,
//! and with them Rust's float formatting (`floating point \`1.5\``), about
//! 10 kB brotli of wasm for a handful of fixed shapes. The messages below are
//! the ones serde wrote, word for word, so hosts see no difference.

use super::data_api::{
    ConfusionRecord, EntryRecord, FactRecord, HeaderRecord, ReferenceRecord, SourceRecord,
    TemporaryRecord, VendorRecord,
};
use crate::config::problem::Problem;
use crate::config::site_entries::RawSiteEntry;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// JS `String(value)`: a number's shortest round-trip digits.
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: &JsValue) -> String;
}

/// A Rust value as the plain JS value hosts get (absent values are `null`).
pub trait ToJs {
    fn to_js(&self) -> JsValue;
}

/// A plain object with these properties, in this order.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        // Defining a property on a new plain object cannot fail.
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

impl<T: ToJs + ?Sized> ToJs for &T {
    fn to_js(&self) -> JsValue {
        (**self).to_js()
    }
}

impl ToJs for str {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl ToJs for String {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl<T: ToJs> ToJs for Option<T> {
    fn to_js(&self) -> JsValue {
        self.as_ref().map_or(JsValue::NULL, ToJs::to_js)
    }
}

impl<T: ToJs> ToJs for [T] {
    fn to_js(&self) -> JsValue {
        self.iter()
            .map(ToJs::to_js)
            .collect::<js_sys::Array>()
            .into()
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(&self) -> JsValue {
        self.as_slice().to_js()
    }
}

impl ToJs for Problem {
    fn to_js(&self) -> JsValue {
        object(&[
            ("option", self.option.to_js()),
            ("message", self.message.to_js()),
        ])
    }
}

impl ToJs for ReferenceRecord {
    fn to_js(&self) -> JsValue {
        object(&[("label", self.label.to_js()), ("url", self.url.to_js())])
    }
}

impl ToJs for TemporaryRecord {
    fn to_js(&self) -> JsValue {
        object(&[
            ("registered", self.registered.to_js()),
            ("extended", self.extended.to_js()),
            ("expires", self.expires.to_js()),
        ])
    }
}

impl ToJs for VendorRecord {
    fn to_js(&self) -> JsValue {
        object(&[
            ("name", self.name.to_js()),
            ("documentedAt", self.documented_at.to_js()),
            ("source", self.source.to_js()),
        ])
    }
}

impl ToJs for SourceRecord {
    fn to_js(&self) -> JsValue {
        object(&[
            ("kind", self.kind.to_js()),
            ("label", self.label.to_js()),
            ("url", self.url.to_js()),
            ("basis", self.basis.to_js()),
        ])
    }
}

impl ToJs for FactRecord {
    fn to_js(&self) -> JsValue {
        object(&[
            ("key", self.key.to_js()),
            ("label", self.label.to_js()),
            ("value", self.value.to_js()),
            ("source", self.source.to_js()),
        ])
    }
}

impl ToJs for HeaderRecord {
    fn to_js(&self) -> JsValue {
        object(&[
            ("name", self.name.to_js()),
            ("role", self.role.to_js()),
            ("source", self.source.to_js()),
        ])
    }
}

impl ToJs for ConfusionRecord {
    fn to_js(&self) -> JsValue {
        object(&[
            ("code", JsValue::from(self.code)),
            ("howToTell", self.how_to_tell.to_js()),
            ("source", self.source.to_js()),
        ])
    }
}

impl ToJs for EntryRecord {
    fn to_js(&self) -> JsValue {
        object(&[
            ("code", JsValue::from(self.code)),
            ("name", self.name.to_js()),
            ("class", self.class.to_js()),
            ("className", self.class_name.to_js()),
            ("description", self.description.to_js()),
            ("reference", self.reference.to_js()),
            ("status", self.status.to_js()),
            ("temporary", self.temporary.to_js()),
            ("standing", self.standing.to_js()),
            ("deprecatedBy", self.deprecated_by.to_js()),
            ("aliases", self.aliases.to_js()),
            ("alsoKnownAs", self.also_known_as.to_js()),
            ("official", JsValue::from_bool(self.official)),
            ("vendor", self.vendor.to_js()),
            ("facts", self.facts.to_js()),
            ("relatedHeaders", self.related_headers.to_js()),
            ("confusedWith", self.confused_with.to_js()),
        ])
    }
}

/// Reads a site entry from a JS object: each field absent, `null` or
/// `undefined` is `None`; the first field of another type is the error.
/// A getter that throws is not caught: its exception goes to the caller.
pub fn raw_site_entry(item: &JsValue) -> Result<RawSiteEntry, String> {
    let field = |key: &str| {
        js_sys::Reflect::get(item, &JsValue::from_str(key))
            .unwrap_or_else(|error| wasm_bindgen::throw_val(error))
    };
    let text = |key: &str| {
        let value = field(key);
        if value.is_null() || value.is_undefined() {
            Ok(None)
        } else {
            value
                .as_string()
                .map(Some)
                .ok_or_else(|| invalid_type(&value, "a string"))
        }
    };
    let code = field("code");
    let code = if code.is_null() || code.is_undefined() {
        None
    } else {
        Some(code.as_f64().ok_or_else(|| invalid_type(&code, "f64"))?)
    };
    Ok(RawSiteEntry {
        code,
        name: text("name")?,
        description: text("description")?,
        class: text("class")?,
        link: text("link")?,
    })
}

/// serde's message for a value of the wrong type (as serde-wasm-bindgen
/// reported it: a JS `Error`, turned into text).
fn invalid_type(value: &JsValue, expected: &str) -> String {
    let unexpected = if let Some(flag) = value.as_bool() {
        format!("boolean `{flag}`")
    } else if let Some(number) = value.as_f64() {
        format!("floating point `{}`", float_text(number))
    } else if let Some(text) = value.as_string() {
        ["string \"", &quoted(&text), "\""].concat()
    } else if value.is_instance_of::<js_sys::Uint8Array>()
        || value.is_instance_of::<js_sys::ArrayBuffer>()
    {
        "byte array".to_string()
    } else {
        format!("{value:?}")
    };
    format!("Error: invalid type: {unexpected}, expected {expected}")
}

/// `text` inside double quotes as Rust's `Debug` writes it for the usual
/// characters: `"` and `\` escaped, control characters as `\n`, `\t`, `\r` or
/// `\u{…}`. By hand: `Debug` brings its escaping code and Unicode tables into
/// the wasm (0.4 kB brotli).
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

/// A number as serde writes it in a message: Rust's `Display` of an f64 (every
/// digit, never an exponent), with `.0` added to a finite number without a point.
/// The digits come from JS (`String(n)`): both give the shortest digits that
/// read back as the same number, and Rust's own formatter is 14 kB of wasm.
fn float_text(number: f64) -> String {
    if number.is_nan() {
        return "NaN".to_string();
    }
    if number.is_infinite() {
        return if number > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if number.is_sign_negative() { "-" } else { "" };
    let js = js_string(&JsValue::from_f64(number.abs()));
    // JS writes 1e21 and above, and below 1e-6, as digits and an exponent.
    let plain = match js.split_once('e') {
        None => js,
        Some((mantissa, exponent)) => {
            let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
            let digits = format!("{whole}{fraction}");
            let point = whole.len() as i64 + exponent.parse::<i64>().unwrap_or(0);
            if point <= 0 {
                format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
            } else if point as usize >= digits.len() {
                format!("{digits}{}", "0".repeat(point as usize - digits.len()))
            } else {
                let (left, right) = digits.split_at(point as usize);
                format!("{left}.{right}")
            }
        }
    };
    let point = if plain.contains('.') { "" } else { ".0" };
    format!("{sign}{plain}{point}")
}
