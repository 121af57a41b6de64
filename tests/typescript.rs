//! The TypeScript declarations (`TYPES` in src/host/api.rs) are written by
//! hand, so they are checked against the Rust types here: every record the
//! data API returns (each registry entry, library, the guide, a problem) is
//! serialized through a probe that notes its shape: field names, JSON types,
//! `Option` (which `to_js` makes `null`) even when the value is `Some`, and the
//! strings seen. Each declared interface must match that shape both ways; the
//! literal unions must list exactly the values the records hold. The options
//! (`WidgetOptions`) are checked against the option table in options_table.rs.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::config::{RawSiteEntry, WidgetOptions};
use http_status_table::host::data_api::{guide_record, library_records, EntryRecord};
use http_status_table::registry;
use serde::ser::{self, Error as _, Impossible, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The string fields whose values are a closed set in Rust (enums, the
/// libraries): their declarations must be literal unions.
const CLOSED: [&str; 8] = [
    "StatusEntry.class",
    "StatusEntry.status",
    "StatusEntry.standing",
    "StatusFact.key",
    "FactSource.kind",
    "CodeName.library",
    "CodeName.status",
    "Library.id",
];

/// Declarations checked elsewhere, not against records.
const CHECKED_ELSEWHERE: [&str; 2] = ["WidgetOptions", "SiteEntryInput"];

/// A JSON value's possible forms: the union of every value seen (Rust) or
/// declared (TypeScript).
#[derive(Clone, Debug, Default, PartialEq)]
struct Shape {
    null: bool,
    boolean: bool,
    number: bool,
    strings: Option<Strings>,
    array: Option<Box<Shape>>,
    object: Option<BTreeMap<String, Field>>,
    /// The interface it is (TypeScript), to name it in messages.
    interface: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum Strings {
    Any,
    Only(BTreeSet<String>),
}

#[derive(Clone, Debug, PartialEq)]
struct Field {
    optional: bool,
    shape: Shape,
}

impl Shape {
    /// The shape `set` makes of an empty one.
    fn of(set: impl FnOnce(&mut Shape)) -> Shape {
        let mut shape = Shape::default();
        set(&mut shape);
        shape
    }

    fn string(value: &str) -> Shape {
        Shape::of(|s| s.strings = Some(Strings::Only(BTreeSet::from([value.to_string()]))))
    }

    /// Adds `other`'s forms; a field missing on one side becomes optional.
    fn merge(&mut self, other: Shape) {
        self.null |= other.null;
        self.boolean |= other.boolean;
        self.number |= other.number;
        self.strings = match (self.strings.take(), other.strings) {
            (Some(Strings::Only(mut a)), Some(Strings::Only(b))) => {
                a.extend(b);
                Some(Strings::Only(a))
            }
            (Some(_), Some(_)) => Some(Strings::Any),
            (a, b) => a.or(b),
        };
        self.array = match (self.array.take(), other.array) {
            (Some(mut a), Some(b)) => {
                a.merge(*b);
                Some(a)
            }
            (a, b) => a.or(b),
        };
        self.object = match (self.object.take(), other.object) {
            (Some(mut a), Some(b)) => {
                for (key, field) in a.iter_mut() {
                    field.optional |= !b.contains_key(key);
                }
                for (key, field) in b {
                    match a.get_mut(&key) {
                        Some(mine) => {
                            mine.optional |= field.optional;
                            mine.shape.merge(field.shape);
                        }
                        None => {
                            a.insert(
                                key,
                                Field {
                                    optional: true,
                                    ..field
                                },
                            );
                        }
                    }
                }
                Some(a)
            }
            (a, b) => a.or(b),
        };
        self.interface = self.interface.take().or(other.interface);
    }
}

// ---- The Rust side: a serializer that returns the value's shape. ----

struct Probe;

type Failure = serde_json::Error;
type Probed = Result<Shape, Failure>;

fn unsupported<T>(what: &str) -> Result<T, Failure> {
    Err(Failure::custom(format!(
        "the probe does not know {what}; teach it, and the parser, the JSON form"
    )))
}

macro_rules! numbers {
    ($($method:ident: $t:ty),*) => {
        $(fn $method(self, _: $t) -> Probed {
            Ok(Shape::of(|s| s.number = true))
        })*
    };
}

impl ser::Serializer for Probe {
    type Ok = Shape;
    type Error = Failure;
    type SerializeSeq = SeqProbe;
    type SerializeTuple = Impossible<Shape, Failure>;
    type SerializeTupleStruct = Impossible<Shape, Failure>;
    type SerializeTupleVariant = Impossible<Shape, Failure>;
    type SerializeMap = Impossible<Shape, Failure>;
    type SerializeStruct = StructProbe;
    type SerializeStructVariant = Impossible<Shape, Failure>;

    numbers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_f32: f32, serialize_f64: f64);

    fn serialize_bool(self, _: bool) -> Probed {
        Ok(Shape::of(|s| s.boolean = true))
    }
    fn serialize_char(self, v: char) -> Probed {
        Ok(Shape::string(&v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Probed {
        Ok(Shape::string(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Probed {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Probed {
        Ok(Shape::of(|s| s.null = true))
    }
    /// An `Option` can be null even where this value is not.
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Probed {
        let mut shape = v.serialize(Probe)?;
        shape.null = true;
        Ok(shape)
    }
    fn serialize_unit(self) -> Probed {
        unsupported("()")
    }
    fn serialize_unit_struct(self, name: &'static str) -> Probed {
        unsupported(name)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Probed {
        Ok(Shape::string(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Probed {
        v.serialize(Probe)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Probed {
        unsupported(name)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<SeqProbe, Failure> {
        Ok(SeqProbe(Shape::default()))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Failure> {
        unsupported("tuples")
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Failure> {
        unsupported(name)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Failure> {
        unsupported(name)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Failure> {
        unsupported("maps")
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<StructProbe, Failure> {
        Ok(StructProbe(BTreeMap::new()))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Failure> {
        unsupported(name)
    }
}

/// The merged shape of the elements.
struct SeqProbe(Shape);

impl ser::SerializeSeq for SeqProbe {
    type Ok = Shape;
    type Error = Failure;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Failure> {
        self.0.merge(v.serialize(Probe)?);
        Ok(())
    }
    fn end(self) -> Probed {
        Ok(Shape::of(|s| s.array = Some(Box::new(self.0))))
    }
}

struct StructProbe(BTreeMap<String, Field>);

impl ser::SerializeStruct for StructProbe {
    type Ok = Shape;
    type Error = Failure;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Failure> {
        let shape = v.serialize(Probe)?;
        let field = Field {
            optional: false,
            shape,
        };
        self.0.insert(key.to_string(), field);
        Ok(())
    }
    /// A field left out (`skip_serializing_if`) is optional.
    fn skip_field(&mut self, key: &'static str) -> Result<(), Failure> {
        let field = Field {
            optional: true,
            shape: Shape::default(),
        };
        self.0.insert(key.to_string(), field);
        Ok(())
    }
    fn end(self) -> Probed {
        Ok(Shape::of(|s| s.object = Some(self.0)))
    }
}

/// The union of the shapes of `records`.
fn shape_of<T: Serialize>(records: impl IntoIterator<Item = T>) -> Shape {
    let mut shape = Shape::default();
    for record in records {
        shape.merge(record.serialize(Probe).expect("a record the probe knows"));
    }
    shape
}

// ---- The TypeScript side: the subset of the syntax the declarations use. ----

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Word(String),
    Literal(String),
    Punct(char),
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
        } else if let Some(comment) = rest.strip_prefix("/*") {
            let end = comment.find("*/").expect("a comment ends");
            rest = &comment[end + 2..];
        } else if let Some(literal) = rest.strip_prefix('"') {
            let end = literal.find('"').expect("a string ends");
            out.push(Token::Literal(literal[..end].to_string()));
            rest = &literal[end + 1..];
        } else if c.is_alphanumeric() || c == '_' {
            let end = rest
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .unwrap_or(rest.len());
            out.push(Token::Word(rest[..end].to_string()));
            rest = &rest[end..];
        } else {
            out.push(Token::Punct(c));
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The declarations in `TYPES`: `export interface Name { ... }` and
/// `export type Name = ...;`, each read when a shape names it.
struct Declarations {
    tokens: Vec<Token>,
    /// Where each declared type starts, and whether it is an interface.
    starts: BTreeMap<String, (usize, bool)>,
}

impl Declarations {
    fn read() -> Declarations {
        let api = std::fs::read_to_string("src/host/api.rs").expect("src/host/api.rs");
        let start = "const TYPES: &str = r#\"";
        let from = api.find(start).expect("the TYPES section") + start.len();
        let to = from + api[from..].find("\"#;").expect("the end of TYPES");
        let tokens = tokens(&api[from..to]);
        let word = |at: usize| match tokens.get(at) {
            Some(Token::Word(word)) => word.as_str(),
            _ => "",
        };
        let mut starts = BTreeMap::new();
        for at in (0..tokens.len()).filter(|at| word(*at) == "export") {
            let start = match word(at + 1) {
                "interface" => (at + 3, true),
                "type" => (at + 4, false),
                other => panic!("export {other}: not a declaration the test knows"),
            };
            starts.insert(word(at + 2).to_string(), start);
        }
        Declarations { tokens, starts }
    }

    /// The shape `name` declares, noting in `used` the declarations it names.
    fn shape(&self, name: &str, used: &mut BTreeSet<String>) -> Shape {
        let &(at, interface) = self
            .starts
            .get(name)
            .unwrap_or_else(|| panic!("{name} is not declared"));
        used.insert(name.to_string());
        let mut parser = Parser {
            all: self,
            at,
            used,
        };
        let mut shape = parser.union();
        if interface {
            shape.interface = Some(name.to_string());
        }
        shape
    }
}

struct Parser<'a> {
    all: &'a Declarations,
    at: usize,
    used: &'a mut BTreeSet<String>,
}

impl Parser<'_> {
    fn next(&mut self) -> Token {
        let token = self.all.tokens.get(self.at).cloned();
        self.at += 1;
        token.unwrap_or_else(|| panic!("the declarations end too early"))
    }
    fn next_is(&mut self, c: char) -> bool {
        let is = self.all.tokens.get(self.at) == Some(&Token::Punct(c));
        self.at += usize::from(is);
        is
    }
    fn expect(&mut self, c: char) {
        assert!(self.next_is(c), "expected {c:?} at token {}", self.at);
    }

    fn union(&mut self) -> Shape {
        let mut shape = self.array();
        while self.next_is('|') {
            shape.merge(self.array());
        }
        shape
    }
    fn array(&mut self) -> Shape {
        let mut shape = match self.next() {
            Token::Punct('(') => {
                let union = self.union();
                self.expect(')');
                union
            }
            Token::Punct('{') => self.object(),
            Token::Literal(value) => Shape::string(&value),
            Token::Word(name) => match name.as_str() {
                "string" => Shape::of(|s| s.strings = Some(Strings::Any)),
                "number" => Shape::of(|s| s.number = true),
                "boolean" => Shape::of(|s| s.boolean = true),
                "null" => Shape::of(|s| s.null = true),
                _ => self.all.shape(&name, self.used),
            },
            other => panic!("expected a type, found {other:?} (token {})", self.at - 1),
        };
        while self.next_is('[') {
            self.expect(']');
            shape = Shape::of(|s| s.array = Some(Box::new(shape)));
        }
        shape
    }
    /// The fields of `{ ... }`, after its `{`.
    fn object(&mut self) -> Shape {
        let mut fields = BTreeMap::new();
        while !self.next_is('}') {
            let Token::Word(name) = self.next() else {
                panic!("expected a field name at token {}", self.at - 1)
            };
            let optional = self.next_is('?');
            self.expect(':');
            let shape = self.union();
            fields.insert(name, Field { optional, shape });
            let _ = self.next_is(';') || self.next_is(',');
        }
        Shape::of(|s| s.object = Some(fields))
    }
}

// ---- The comparison. ----

#[derive(Default)]
struct Report {
    differences: BTreeSet<String>,
    closed_seen: BTreeSet<String>,
}

/// Gathers, for each interface, the shapes of every Rust value found where
/// the declarations use it, with its declared shape: `FactSource` from the
/// entries' facts and from the guide alike.
fn collect(rust: &Shape, ts: &Shape, into: &mut BTreeMap<String, (Shape, Shape)>) {
    if let Some(name) = &ts.interface {
        let (found, _) = into
            .entry(name.clone())
            .or_insert_with(|| (Shape::default(), ts.clone()));
        found.merge(rust.clone());
    }
    if let (Some(rust), Some(ts)) = (&rust.array, &ts.array) {
        collect(rust, ts, into);
    }
    if let (Some(rust), Some(ts)) = (&rust.object, &ts.object) {
        for (key, field) in rust {
            if let Some(declared) = ts.get(key) {
                collect(&field.shape, &declared.shape, into);
            }
        }
    }
}

/// Every difference between the Rust records' shape and the declared one;
/// `at` names the place as the declarations do (`FactSource.url`). An
/// interface inside is compared on its own (see `collect`), so only whether
/// it can be null is a matter of this place.
fn compare(rust: &Shape, ts: &Shape, at: &str, report: &mut Report) {
    let mut differ = |text: String| report.differences.insert(format!("{at}: {text}"));
    if rust.null != ts.null {
        differ(if rust.null {
            "an Option in Rust (null in JS): add `| null`".to_string()
        } else {
            "declared `| null`, but the Rust field is no Option".to_string()
        });
    }
    if ts.interface.is_some() {
        return;
    }
    let forms = |s: &Shape| {
        [
            ("a boolean", s.boolean),
            ("a number", s.number),
            ("a string", s.strings.is_some()),
            ("an array", s.array.is_some()),
            ("an object", s.object.is_some()),
        ]
    };
    for ((form, in_rust), (_, in_ts)) in forms(rust).into_iter().zip(forms(ts)) {
        if in_rust && !in_ts {
            differ(format!(
                "the Rust records hold {form}, which the declaration does not allow"
            ));
        } else if in_ts && !in_rust {
            differ(format!("declared as {form}, which no Rust record holds"));
        }
    }
    if let (Some(Strings::Only(values)), Some(declared)) = (&rust.strings, &ts.strings) {
        let closed = CLOSED.contains(&at);
        if closed {
            report.closed_seen.insert(at.to_string());
        }
        match declared {
            Strings::Any if closed => {
                report.differences.insert(format!(
                    "{at}: a closed set in Rust, declared `string`: declare {values:?}"
                ));
            }
            Strings::Any => {}
            Strings::Only(literals) => {
                for value in values.difference(literals) {
                    report.differences.insert(format!(
                        "{at}: the Rust records hold \"{value}\", missing in the declared union"
                    ));
                }
                for value in literals.difference(values) {
                    report.differences.insert(format!(
                        "{at}: declares \"{value}\", which no Rust record holds"
                    ));
                }
            }
        }
    }
    if let (Some(rust), Some(ts)) = (&rust.array, &ts.array) {
        compare(rust, ts, &format!("{at}[]"), report);
    }
    let (Some(rust), Some(ts)) = (&rust.object, &ts.object) else {
        return;
    };
    for key in rust.keys().filter(|k| !ts.contains_key(*k)) {
        report.differences.insert(format!(
            "{at}.{key}: a field of the Rust record, missing in the declaration"
        ));
    }
    for key in ts.keys().filter(|k| !rust.contains_key(*k)) {
        report.differences.insert(format!(
            "{at}.{key}: declared, but the Rust record has no such field"
        ));
    }
    for (key, rust) in rust {
        let Some(ts) = ts.get(key) else { continue };
        if rust.optional != ts.optional {
            let (rust_says, ts_says) = match rust.optional {
                true => ("sometimes absent in Rust", "`:`, not `?:`"),
                false => ("always present in Rust", "`?:`"),
            };
            report
                .differences
                .insert(format!("{at}.{key}: {rust_says}, declared with {ts_says}"));
        }
        compare(&rust.shape, &ts.shape, &format!("{at}.{key}"), report);
    }
}

#[test]
fn the_declarations_match_the_records_the_data_api_returns() {
    let all = Declarations::read();
    let (_, problems) = WidgetOptions::from_strings([("theme", "neon"), ("codes", "4xx,x")]);
    assert!(!problems.is_empty(), "a problem to probe");
    let roots = [
        (
            "StatusEntry",
            shape_of(registry::entries().iter().map(EntryRecord::from)),
        ),
        ("Library", shape_of(library_records())),
        ("Guide", shape_of([guide_record()])),
        ("OptionProblem", shape_of(problems)),
    ];
    let mut used: BTreeSet<String> = CHECKED_ELSEWHERE.map(String::from).into();
    let mut interfaces = BTreeMap::new();
    for (name, rust) in &roots {
        let ts = all.shape(name, &mut used);
        collect(rust, &ts, &mut interfaces);
    }
    let mut report = Report::default();
    for (name, (rust, ts)) in interfaces {
        // Whether a place may be null is compared at the place.
        let unplaced = |shape: Shape| Shape {
            null: false,
            interface: None,
            ..shape
        };
        compare(&unplaced(rust), &unplaced(ts), &name, &mut report);
    }
    let differences: Vec<String> = report.differences.into_iter().collect();
    assert!(
        differences.is_empty(),
        "TYPES in src/host/api.rs differs from the Rust records:\n  {}",
        differences.join("\n  ")
    );
    let unchecked: Vec<&String> = all
        .starts
        .keys()
        .filter(|name| !used.contains(*name))
        .collect();
    assert!(
        unchecked.is_empty(),
        "declared, never checked: {unchecked:?}"
    );
    let missed: Vec<&&str> = CLOSED
        .iter()
        .filter(|at| !report.closed_seen.contains(**at))
        .collect();
    assert!(missed.is_empty(), "closed sets never reached: {missed:?}");
}

/// `SiteEntryInput` is read (`RawSiteEntry`), so it is checked by reading:
/// the same fields, each of its declared type, required exactly where a
/// missing value is refused.
#[test]
fn the_site_entry_declaration_matches_what_is_read() {
    let declared = Declarations::read().shape("SiteEntryInput", &mut BTreeSet::new());
    let fields = declared.object.expect("SiteEntryInput is an interface");
    // The fields RawSiteEntry reads, as serde lists them for an unknown one.
    let unknown = serde_json::from_value::<RawSiteEntry>(serde_json::json!({ "zzz": 1 }));
    let message = unknown.expect_err("unknown fields are refused").to_string();
    let read: BTreeSet<&str> = message.split('`').skip(3).step_by(2).collect();
    let declared: BTreeSet<&str> = fields.keys().map(String::as_str).collect();
    assert_eq!(declared, read, "SiteEntryInput's fields ({message})");
    let valid = serde_json::json!({
        "code": 418,
        "name": "Teapot",
        "description": "Short and stout.",
        "class": "4xx",
        "link": "https://example.org/teapot",
    });
    let read = |value: serde_json::Value| serde_json::from_value::<RawSiteEntry>(value);
    let entry = read(valid.clone()).expect("a valid entry reads");
    assert!(entry.validate(0).is_ok());
    let number = Shape::of(|s| s.number = true);
    let string = Shape::of(|s| s.strings = Some(Strings::Any));
    for (name, Field { optional, shape }) in &fields {
        let (ty, of_type, of_other_type) = match shape {
            s if *s == number => ("number", serde_json::json!(418), serde_json::json!("418")),
            s if *s == string => ("string", serde_json::json!("418"), serde_json::json!(418)),
            _ => panic!("SiteEntryInput.{name}: a type the test does not know"),
        };
        let with = |value| {
            let mut entry = valid.clone();
            entry[name] = value;
            read(entry)
        };
        assert!(
            with(of_type).is_ok() && with(of_other_type).is_err(),
            "SiteEntryInput.{name}: declared a {ty}, which is not what RawSiteEntry reads"
        );
        let mut without = valid.clone();
        if let Some(object) = without.as_object_mut() {
            object.remove(name);
        }
        let accepted = read(without).is_ok_and(|entry| entry.validate(0).is_ok());
        assert_eq!(
            accepted, *optional,
            "SiteEntryInput.{name}: declared optional: {optional}, an entry without it is accepted: {accepted}"
        );
    }
}
