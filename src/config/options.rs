//! Widget options. [`OPTIONS`] declares each option once: its JS key, its
//! attribute and URL parameter name, how a JS value of it is read, its
//! TypeScript type, an example, how it is parsed and how it is reset. Parsing
//! from attributes, URL parameters and JS objects, the reset of a removed
//! attribute, and the checks on the JS entry's attribute list and the
//! TypeScript declaration (`tests/options_table.rs`) all derive from it.
//! Each option is parsed on its own, so one bad value never spoils the others;
//! within a list of codes, one bad item never spoils the others.

use super::problem::{preview, preview_to, Problem};
use super::site_entries::SiteEntry;
use crate::guide::{self, Step};
use crate::names::{self, Library};
use crate::query::{ClassSet, CodeSet, SortColumn, SortOrder};
use crate::registry::StatusClass;

/// Option values a host set; `None` leaves the current value alone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetOptions {
    pub filter: Option<String>,
    pub sort: Option<SortOrder>,
    pub classes: Option<ClassSet>,
    pub codes: Option<CodeSet>,
    pub unofficial: Option<bool>,
    pub columns: Option<Vec<SortColumn>>,
    pub compact: Option<bool>,
    pub theme: Option<Theme>,
    /// A validated CSS length (`400px`, `30em`, `60vh`); `Some(None)` removes the limit.
    pub max_height: Option<Option<String>>,
    pub entries: Option<Vec<SiteEntry>>,
    pub guide: Option<GuideMode>,
    /// The libraries whose names the details show, in the order given.
    pub languages: Option<Vec<&'static Library>>,
    /// The library whose names fill a column of their own; `Some(None)` removes it.
    pub language_column: Option<Option<&'static Library>>,
}

/// The "which code should I return?" guide: offered or not, and open at a
/// step or closed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GuideMode {
    /// No guide in this widget.
    Off,
    /// Offered, closed until the reader opens it.
    #[default]
    On,
    /// Offered and open at this step.
    OpenAt(Step),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
}

impl Theme {
    pub fn class_name(self) -> &'static str {
        match self {
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
            Theme::Auto => "theme-auto",
        }
    }
}

/// How the JS API reads an option's value before it is parsed like text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsForm {
    /// A string.
    Text,
    /// `true` or `false`.
    Flag,
    /// An array of strings (at most this many), or one comma-separated string.
    List { max_items: usize },
    /// An array of codes and strings (`[200, "4xx", "400-404"]`, at most this
    /// many), one code, or one comma-separated string.
    Codes { max_items: usize },
    /// A whole number of pixels, or a string.
    Length,
    /// An array of entry objects, each validated on its own.
    Entries,
}

/// One option, declared once.
pub struct OptionSpec {
    /// The key of the JS options object: `maxHeight`.
    pub js_key: &'static str,
    /// The attribute and URL parameter: `max-height`.
    pub attribute: &'static str,
    pub js_form: JsForm,
    /// Its type in the TypeScript `WidgetOptions` declaration.
    pub ts_type: &'static str,
    /// A value it accepts as text (documentation and tests).
    pub example: &'static str,
    /// Parses the text form into `options`. An error says what could not be
    /// used; what could still is set (the good items of a list of codes; the
    /// guide's first question for a step it does not have), so every caller
    /// applies `options` whatever the result. The other options set their
    /// field only when they return `Ok`.
    pub parse: fn(&mut WidgetOptions, &str) -> Result<(), String>,
    /// Writes the default into `options` (an attribute was removed).
    pub reset: fn(&mut WidgetOptions),
}

/// Every option a host can set.
pub const OPTIONS: [OptionSpec; 13] = [
    OptionSpec {
        js_key: "filter",
        attribute: "filter",
        js_form: JsForm::Text,
        ts_type: "string",
        example: "404",
        parse: |o, v| {
            o.filter = Some(v.chars().take(MAX_OPTION_TEXT).collect());
            Ok(())
        },
        reset: |o| o.filter = Some(String::new()),
    },
    OptionSpec {
        js_key: "sort",
        attribute: "sort",
        js_form: JsForm::Text,
        ts_type: "string",
        example: "-name",
        parse: |o, v| set(&mut o.sort, parse_sort(v)),
        reset: |o| o.sort = Some(SortOrder::default()),
    },
    OptionSpec {
        js_key: "classes",
        attribute: "classes",
        js_form: JsForm::List { max_items: 5 },
        ts_type: "string | string[]",
        example: "4xx,5xx",
        parse: |o, v| set(&mut o.classes, parse_classes(v.split([',', ' ']))),
        reset: |o| o.classes = Some(ClassSet::ALL),
    },
    OptionSpec {
        js_key: "codes",
        attribute: "codes",
        js_form: JsForm::Codes {
            max_items: MAX_CODE_ITEMS,
        },
        ts_type: "number | string | (number | string)[]",
        example: "200,201,204,400-404,429,5xx",
        parse: |o, v| {
            let (codes, problem) = parse_codes(v);
            if codes.is_some() {
                o.codes = codes;
            }
            problem.map_or(Ok(()), Err)
        },
        reset: |o| o.codes = Some(CodeSet::ALL),
    },
    OptionSpec {
        js_key: "unofficial",
        attribute: "unofficial",
        js_form: JsForm::Flag,
        ts_type: "boolean",
        example: "true",
        parse: |o, v| set(&mut o.unofficial, parse_flag(v)),
        reset: |o| o.unofficial = Some(false),
    },
    OptionSpec {
        js_key: "columns",
        attribute: "columns",
        js_form: JsForm::List {
            max_items: SortColumn::ALL.len(),
        },
        ts_type: "string | string[]",
        example: "code,name",
        parse: |o, v| set(&mut o.columns, parse_columns(v.split([',', ' ']))),
        reset: |o| o.columns = Some(SortColumn::ALL.to_vec()),
    },
    OptionSpec {
        js_key: "compact",
        attribute: "compact",
        js_form: JsForm::Flag,
        ts_type: "boolean",
        example: "false",
        parse: |o, v| set(&mut o.compact, parse_flag(v)),
        reset: |o| o.compact = Some(false),
    },
    OptionSpec {
        js_key: "theme",
        attribute: "theme",
        js_form: JsForm::Text,
        ts_type: "\"light\" | \"dark\" | \"auto\"",
        example: "dark",
        parse: |o, v| set(&mut o.theme, parse_theme(v)),
        reset: |o| o.theme = Some(Theme::Auto),
    },
    OptionSpec {
        js_key: "maxHeight",
        attribute: "max-height",
        js_form: JsForm::Length,
        ts_type: "number | string",
        example: "30em",
        parse: |o, v| set(&mut o.max_height, parse_max_height(v).map(Some)),
        reset: |o| o.max_height = Some(None),
    },
    OptionSpec {
        js_key: "entries",
        attribute: "entries",
        js_form: JsForm::Entries,
        ts_type: "SiteEntryInput[]",
        example: "",
        parse: |_, _| Err(ENTRIES_AS_TEXT.to_string()),
        reset: |o| o.entries = Some(Vec::new()),
    },
    OptionSpec {
        js_key: "guide",
        attribute: "guide",
        js_form: JsForm::Text,
        ts_type: "\"on\" | \"off\" | GuideStepId",
        example: "validation-failed",
        parse: |o, v| {
            let (mode, problem) = parse_guide(v);
            o.guide = Some(mode);
            problem.map_or(Ok(()), Err)
        },
        reset: |o| o.guide = Some(GuideMode::On),
    },
    OptionSpec {
        js_key: "languages",
        attribute: "languages",
        js_form: JsForm::List {
            max_items: MAX_LANGUAGE_ITEMS,
        },
        ts_type: "LibraryId | LibraryId[] | string",
        example: "go,python,spring",
        parse: |o, v| {
            let (libraries, problem) = parse_languages(v);
            // Only unknown items: nothing to apply, the current choice stays.
            if problem.is_none() || !libraries.is_empty() {
                o.languages = Some(libraries);
            }
            problem.map_or(Ok(()), Err)
        },
        reset: |o| o.languages = Some(default_languages()),
    },
    OptionSpec {
        js_key: "languageColumn",
        attribute: "language-column",
        js_form: JsForm::Text,
        ts_type: "LibraryId | \"none\"",
        example: "go",
        parse: |o, v| set(&mut o.language_column, parse_language_column(v)),
        reset: |o| o.language_column = Some(None),
    },
];

/// Most items the `languages` list may have: every library, with room for
/// language names that stand for several.
pub const MAX_LANGUAGE_ITEMS: usize = 32;

/// The libraries the details show when neither the host nor the reader chose.
pub fn default_languages() -> Vec<&'static Library> {
    names::DEFAULT_LIBRARIES
        .iter()
        .filter_map(|id| names::library(id))
        .collect()
}

/// The libraries an item of the `languages` option names: a library by its
/// id (`go`, `aspnetcore`), or every library of a language by its name
/// (`java`, `c#` or `csharp`, `javascript`).
fn libraries_named(item: &str) -> Vec<&'static Library> {
    if let Some(library) = names::library(item) {
        return vec![library];
    }
    let folded = |text: &str| {
        text.replace('#', "sharp")
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let wanted = folded(item);
    names::libraries()
        .iter()
        .filter(|l| !wanted.is_empty() && folded(l.language) == wanted)
        .collect()
}

/// A list of libraries or languages (`go,python`, `java c#`). Unknown items are
/// reported and the others used; an empty list shows no names.
pub fn parse_languages(value: &str) -> (Vec<&'static Library>, Option<String>) {
    let mut chosen: Vec<&'static Library> = Vec::new();
    let mut unknown = Vec::new();
    for item in value
        .split([',', ' '])
        .map(str::trim)
        .filter(|i| !i.is_empty())
    {
        let named = libraries_named(item);
        if named.is_empty() {
            unknown.push(preview_to(item, 20));
        }
        for library in named {
            if !chosen.iter().any(|c| c.id == library.id) {
                chosen.push(library);
            }
        }
    }
    let problem = (!unknown.is_empty()).then(|| {
        let ids: Vec<&str> = names::libraries().iter().map(|l| l.id).collect();
        // A few are enough to say what went wrong; the message stays short.
        let mut named = unknown.iter().take(2).cloned().collect::<Vec<_>>().join(", ");
        if unknown.len() > 2 {
            named = format!("{named} and {} more", unknown.len() - 2);
        }
        let (verb, them) = if unknown.len() == 1 {
            ("is", "it is")
        } else {
            ("are", "they are")
        };
        format!(
            "{named} {verb} not a library or language this widget knows, so {them} left out; use {}",
            ids.join(", ")
        )
    });
    // In the libraries' own order, whatever order they were given in.
    let in_order = names::libraries()
        .iter()
        .filter(|l| chosen.iter().any(|c| c.id == l.id))
        .collect();
    (in_order, problem)
}

/// One library for the names column (`go`), a language whose first library
/// it is (`python`), or `none`.
pub fn parse_language_column(value: &str) -> Result<Option<&'static Library>, String> {
    let value = value.trim();
    if value.is_empty() || value.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    libraries_named(value)
        .first()
        .copied()
        .map(Some)
        .ok_or_else(|| {
            let ids: Vec<&str> = names::libraries().iter().map(|l| l.id).collect();
            format!(
                "{} is not a library or language; use none or one of {}",
                preview(value),
                ids.join(", ")
            )
        })
}

/// Stores a parsed value, or passes on why it could not be parsed.
fn set<T>(field: &mut Option<T>, parsed: Result<T, String>) -> Result<(), String> {
    *field = Some(parsed?);
    Ok(())
}

const ENTRIES_AS_TEXT: &str = "entries cannot be given as text; put a JSON array in a \
     <script type=\"application/json\"> child of the element, or pass an array to mount()";

impl OptionSpec {
    /// The option called `name`, by JS key or attribute name.
    pub fn find(name: &str) -> Option<&'static OptionSpec> {
        OPTIONS
            .iter()
            .find(|o| o.js_key == name || o.attribute == name)
    }

    /// Parses the text form, within the length limit (the filter is cut to it
    /// instead: it is text to search, not a value to check).
    pub fn parse_text(&self, options: &mut WidgetOptions, value: &str) -> Result<(), String> {
        if value.len() > MAX_OPTION_TEXT && self.js_key != "filter" {
            return Err(format!(
                "value is {} characters long; the limit is {MAX_OPTION_TEXT}",
                value.len()
            ));
        }
        (self.parse)(options, value)
    }

    /// Options with this option back at its default and every other one left alone.
    pub fn default_options(&self) -> WidgetOptions {
        let mut options = WidgetOptions::default();
        (self.reset)(&mut options);
        options
    }

    /// Whether the custom element observes it as an attribute (entries come
    /// from a JSON child instead).
    pub fn is_attribute(&self) -> bool {
        self.js_form != JsForm::Entries
    }
}

impl Problem {
    /// True if this problem is about `option` (`entries[3]` is about `entries`;
    /// `max-height` and `maxHeight` are one option).
    pub fn concerns(&self, option: &str) -> bool {
        let base = self.option.split('[').next().unwrap_or_default();
        canonical_name(base) == canonical_name(option)
    }
}

/// The JS key for an option given by its attribute name, or the name unchanged.
pub fn canonical_name(name: &str) -> &str {
    OptionSpec::find(name).map_or(name, |o| o.js_key)
}

/// Most items a JS list of codes may have: a list of every code, one by one.
pub const MAX_CODE_ITEMS: usize = 500;

/// Longest text accepted for any option given as a string.
pub const MAX_OPTION_TEXT: usize = 2_000;

/// `?embed=1`: the standalone page opened as the iframe way in.
pub const EMBED_PARAMETER: &str = "embed";
/// `?frame=name`: the host's name for the frame, echoed in its messages.
pub const FRAME_NAME_PARAMETER: &str = "frame";
/// The iframe mode's own URL parameters: every other one is a widget option.
/// (`assets/start.js` keeps a copy, pinned by `tests/options_table.rs`.)
pub const FRAME_PARAMETERS: [&str; 2] = [EMBED_PARAMETER, FRAME_NAME_PARAMETER];

impl WidgetOptions {
    /// Reads string-valued options (element attributes, URL parameters). Unknown
    /// names are reported; each known one is parsed on its own.
    pub fn from_strings<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (WidgetOptions, Vec<Problem>) {
        let mut options = WidgetOptions::default();
        let mut problems = Vec::new();
        for (name, value) in pairs {
            if let Err(problem) = options.set_from_str(name, value) {
                problems.push(problem);
            }
        }
        (options, problems)
    }

    /// Sets one option from its string form; `name` is the attribute name
    /// (`max-height`) or the JS key (`maxHeight`).
    pub fn set_from_str(&mut self, name: &str, value: &str) -> Result<(), Problem> {
        let spec = OptionSpec::find(name)
            .ok_or_else(|| Problem::new(name, unknown_option_with_hint(name)))?;
        spec.parse_text(self, value)
            .map_err(|message| Problem::new(name, message))
    }
}

pub fn unknown_option_message() -> String {
    let known: Vec<&str> = OPTIONS.iter().map(|o| o.js_key).collect();
    format!("unknown option; the options are {}", known.join(", "))
}

/// "unknown option" plus the nearest known name when the given one looks like a
/// typo of it (`fliter` → `filter`, `max-height` → `maxHeight`).
pub fn unknown_option_with_hint(name: &str) -> String {
    // A name more than two edits longer than every option cannot be a typo of
    // one; checking it anyway would cost time in proportion to its length.
    if name.len() > 16 {
        return unknown_option_message();
    }
    let folded: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let nearest = OPTIONS
        .iter()
        .map(|o| {
            (
                edit_distance(&folded, &o.js_key.to_ascii_lowercase()),
                o.js_key,
            )
        })
        .min();
    match nearest {
        Some((distance, js)) if distance <= 2 => {
            format!("{}; did you mean {js}?", unknown_option_message())
        }
        _ => unknown_option_message(),
    }
}

/// Levenshtein distance on bytes; option names are short ASCII words.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, y) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(x != y);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// `off`, `on`, or the id of a step to open the guide at (`start` is the
/// first question). A step the guide does not have is reported, and the
/// guide opens at its first question.
pub fn parse_guide(value: &str) -> (GuideMode, Option<String>) {
    let value = value.trim();
    match value.to_ascii_lowercase().as_str() {
        "off" | "false" | "no" | "0" => return (GuideMode::Off, None),
        "on" | "true" | "yes" | "1" | "" => return (GuideMode::On, None),
        "start" => return (GuideMode::OpenAt(guide::start()), None),
        _ => {}
    }
    match parse_guide_step(value) {
        Ok(step) => (GuideMode::OpenAt(step), None),
        Err(message) => (GuideMode::OpenAt(guide::start()), Some(message)),
    }
}

/// A step of the guide by its id (`validation-failed`), as an address gives it.
pub fn parse_guide_step(value: &str) -> Result<Step, String> {
    guide::find(value.trim()).ok_or_else(|| {
        format!(
            "{} is not a step of the guide, so it opens at its first question; use off, on, start or the id of a question or result (the data API's guide() lists them)",
            preview(value)
        )
    })
}

pub fn parse_sort(value: &str) -> Result<SortOrder, String> {
    SortOrder::parse(value).ok_or_else(|| {
        format!(
            "{} is not a sort order; use code, name, class or description, with - in front for descending (-name)",
            preview(value)
        )
    })
}

/// A list such as `4xx,5xx` or `4xx 5xx`, of class wildcards or their first
/// digit (`4`); class names such as `client error` are not accepted.
pub fn parse_classes<'a>(items: impl IntoIterator<Item = &'a str>) -> Result<ClassSet, String> {
    let mut set = ClassSet::NONE;
    for item in items.into_iter().map(str::trim).filter(|i| !i.is_empty()) {
        let class = StatusClass::ALL
            .into_iter()
            .find(|c| c.wildcard().eq_ignore_ascii_case(item) || c.wildcard()[..1] == *item)
            .ok_or_else(|| {
                format!(
                    "{} is not a class; use 1xx, 2xx, 3xx, 4xx or 5xx",
                    preview(item)
                )
            })?;
        set = set.with(class);
    }
    if set == ClassSet::NONE {
        return Err("no classes given; use a list such as 4xx,5xx".to_string());
    }
    Ok(set)
}

/// What a list of codes accepts, for messages.
const CODE_ITEMS: &str =
    "use codes from 100 to 599, ranges such as 400-404 and classes such as 4xx or 40x";

/// A list such as `200,201,400-404,5xx`, separated by commas or spaces: codes,
/// ranges (low to high) and class patterns as the filter reads them (`4xx`,
/// `40x`). Gives the codes of the good items (`None` if there is none) and,
/// if some items are bad or none is given, a message that names the bad ones:
/// the good items still apply.
pub fn parse_codes(value: &str) -> (Option<CodeSet>, Option<String>) {
    // `400 - 404` is a range, as `400-404` is.
    let ranges_joined = value
        .split('-')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("-");
    let mut codes = CodeSet::NONE;
    let mut bad = Vec::new();
    for item in ranges_joined
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|item| !item.is_empty())
    {
        match code_item(item) {
            Some(more) => codes = codes.union(more),
            None => bad.push(item),
        }
    }
    let good = (!codes.is_empty()).then_some(codes);
    let problem = match (bad.as_slice(), good) {
        ([], Some(_)) => None,
        ([], None) => Some(format!(
            "no codes given, so the codes are unchanged; {CODE_ITEMS}, as in 200,404,5xx"
        )),
        (bad, good) => {
            // A few of them, shortened (an item is a code, a range or a
            // class), are enough to say what is wrong, and keep the message short.
            const NAMED: usize = 3;
            let mut named: Vec<String> =
                bad.iter().take(NAMED).map(|b| preview_to(b, 12)).collect();
            if bad.len() > NAMED {
                named.push(format!("and {} more", bad.len() - NAMED));
            }
            let verb = if bad.len() == 1 {
                "is not a code"
            } else {
                "are not codes"
            };
            let outcome = if good.is_some() {
                "the other items apply"
            } else {
                "so the codes are unchanged"
            };
            Some(format!(
                "{} {verb}; {CODE_ITEMS} ({outcome})",
                named.join(", ")
            ))
        }
    };
    (good, problem)
}

/// The codes of one item of a list of codes; `None` if it is not one.
fn code_item(item: &str) -> Option<CodeSet> {
    if let Some((start, end)) = item.split_once('-') {
        let (start, end) = (one_code(start)?, one_code(end)?);
        return (start <= end).then(|| CodeSet::NONE.with_range(start..=end));
    }
    if let Some(code) = one_code(item) {
        return Some(CodeSet::NONE.with(code));
    }
    code_pattern(item).map(|pattern| CodeSet::NONE.with_pattern(pattern))
}

/// Three digits from 100 to 599.
fn one_code(text: &str) -> Option<u16> {
    if text.len() != 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse()
        .ok()
        .filter(|code| CodeSet::CODES.contains(code))
}

/// `4xx`, `40x`, `x04`: three places of digits or `x`, at least one `x`, and a
/// first digit that can start a code.
fn code_pattern(text: &str) -> Option<[Option<u8>; 3]> {
    let bytes = text.as_bytes();
    let place = |b: u8| match b {
        b'x' | b'X' => Some(None),
        b'0'..=b'9' => Some(Some(b - b'0')),
        _ => None,
    };
    let [a, b, c] = bytes else {
        return None;
    };
    let pattern = [place(*a)?, place(*b)?, place(*c)?];
    let has_wildcard = pattern.contains(&None);
    let first_ok = pattern[0].is_none_or(|d| (1..=5).contains(&d));
    (has_wildcard && first_ok).then_some(pattern)
}

pub fn parse_columns<'a>(
    items: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<SortColumn>, String> {
    let mut columns = Vec::new();
    for item in items.into_iter().map(str::trim).filter(|i| !i.is_empty()) {
        let column = SortColumn::ALL
            .into_iter()
            .find(|c| c.key().eq_ignore_ascii_case(item))
            .ok_or_else(|| {
                format!(
                    "{} is not a column; use code, name, class and description",
                    preview(item)
                )
            })?;
        if columns.contains(&column) {
            return Err(format!("column {} is listed twice", column.key()));
        }
        columns.push(column);
    }
    if columns.is_empty() {
        return Err("no columns given; use a list such as code,name".to_string());
    }
    Ok(columns)
}

/// Attribute-style booleans: present or `true`/`1`/`yes` is on; `false`/`0`/`no` is off.
pub fn parse_flag(value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err(format!("{} is not true or false", preview(value))),
    }
}

pub fn parse_theme(value: &str) -> Result<Theme, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "light" => Ok(Theme::Light),
        "dark" => Ok(Theme::Dark),
        "auto" | "" => Ok(Theme::Auto),
        _ => Err(format!(
            "{} is not a theme; use light, dark or auto",
            preview(value)
        )),
    }
}

/// A CSS length from a short list of units; a bare number means pixels.
pub fn parse_max_height(value: &str) -> Result<String, String> {
    let value = value.trim();
    let split = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let unit = unit.to_ascii_lowercase();
    // Checked without f64 parsing, which would add ~10 KB to the wasm.
    let (whole, fraction) = number.split_once('.').unwrap_or((number, "0"));
    let digits_ok = !whole.is_empty() && !fraction.is_empty() && !fraction.contains('.');
    let whole_value: u32 = whole.parse().map_err(|_| max_height_error(value))?;
    let positive = whole_value > 0 || fraction.bytes().any(|b| b != b'0');
    let unit = if unit.is_empty() {
        "px".to_string()
    } else {
        unit
    };
    let unit_ok = ["px", "em", "rem", "vh", "svh", "dvh", "%"].contains(&unit.as_str());
    if !(digits_ok && unit_ok && positive && whole_value < 100_000) {
        return Err(max_height_error(value));
    }
    Ok(format!("{number}{unit}"))
}

fn max_height_error(value: &str) -> String {
    format!(
        "{} is not a height; use a number of pixels or a length such as 400px, 30em or 60vh",
        preview(value)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::SortDirection;

    #[test]
    fn parses_every_string_option() {
        let (options, problems) = WidgetOptions::from_strings([
            ("filter", "4xx"),
            ("sort", "-name"),
            ("classes", "4xx,5xx"),
            ("codes", "200, 400 - 404,5XX"),
            ("unofficial", ""),
            ("columns", "code, name"),
            ("compact", "false"),
            ("theme", "dark"),
            ("max-height", "400"),
        ]);
        assert_eq!(problems, vec![]);
        assert_eq!(options.filter.as_deref(), Some("4xx"));
        assert_eq!(
            options.sort,
            Some(SortOrder {
                column: SortColumn::Name,
                direction: SortDirection::Descending
            })
        );
        let classes = options.classes.expect("classes");
        assert!(
            classes.contains(StatusClass::ClientError)
                && !classes.contains(StatusClass::Successful)
        );
        assert_eq!(
            options.codes,
            Some(
                CodeSet::NONE
                    .with(200)
                    .with_range(400..=404)
                    .with_range(500..=599)
            )
        );
        assert_eq!(options.unofficial, Some(true));
        assert_eq!(
            options.columns,
            Some(vec![SortColumn::Code, SortColumn::Name])
        );
        assert_eq!(options.compact, Some(false));
        assert_eq!(options.theme, Some(Theme::Dark));
        assert_eq!(options.max_height, Some(Some("400px".to_string())));
    }

    fn codes(value: &str) -> (Vec<u16>, Option<String>) {
        let (set, problem) = parse_codes(value);
        (
            set.map(|s| s.codes().collect()).unwrap_or_default(),
            problem,
        )
    }

    #[test]
    fn lists_of_codes_take_codes_ranges_and_wildcards() {
        assert_eq!(codes("204"), (vec![204], None));
        assert_eq!(codes("404,200 204"), (vec![200, 204, 404], None));
        assert_eq!(codes("400-403"), (vec![400, 401, 402, 403], None));
        assert_eq!(codes(" 400 -  402 "), (vec![400, 401, 402], None));
        assert_eq!(codes("599-599"), (vec![599], None));
        assert_eq!(codes("40x").0, (400..=409).collect::<Vec<_>>());
        assert_eq!(codes("4xx,5XX").0, (400..=599).collect::<Vec<_>>());
        assert_eq!(codes("x04").0, [104, 204, 304, 404, 504]);
        assert_eq!(codes("xxx").0.len(), 500);
        assert_eq!(codes("404,404,40x").0, (400..=409).collect::<Vec<_>>());
    }

    #[test]
    fn bad_items_are_named_and_the_good_ones_apply() {
        let (good, problem) = codes("200, 600, 404-400, abc, 4xx");
        assert_eq!(good, (200..=200).chain(400..=499).collect::<Vec<_>>());
        let problem = problem.expect("a problem");
        assert!(
            problem.starts_with(
                "\"600\", \"404-400\", \"abc\" are not codes; use codes from 100 to 599"
            ),
            "{problem}"
        );
        assert!(problem.ends_with("(the other items apply)"), "{problem}");
        for bad in [
            "99", "0404", "6xx", "4x", "4", "100-600", "-404", "404-", "4xx-5xx", "2O0",
        ] {
            let (good, problem) = codes(bad);
            assert!(good.is_empty(), "{bad}: {good:?}");
            assert!(
                problem.is_some_and(|p| p.contains("so the codes are unchanged")),
                "{bad}"
            );
        }
        let (_, one) = codes("200,700");
        assert!(one.is_some_and(|p| p.starts_with("\"700\" is not a code;")));
        let (none, empty) = codes(" , ");
        assert!(none.is_empty() && empty.is_some_and(|p| p.starts_with("no codes given")));
        // Many bad items: a few are named, the rest counted.
        let many = vec!["nope"; 40].join(",");
        let (_, problem) = codes(&many);
        let problem = problem.expect("a problem");
        assert!(
            problem.contains("and 37 more") && problem.len() < 400,
            "{problem}"
        );
        // Long items are shortened: the message stays short whatever is given
        // (found by the fuzz target: three items of 40 replacement characters).
        let long = vec!["\u{FFFD}".repeat(40); 4].join(",");
        let (_, problem) = codes(&long);
        let problem = problem.expect("a problem");
        assert!(problem.len() < 400, "{} bytes: {problem}", problem.len());
    }

    #[test]
    fn a_partly_bad_list_sets_its_good_codes_and_reports() {
        let (options, problems) = WidgetOptions::from_strings([("codes", "200,999")]);
        assert_eq!(options.codes, Some(CodeSet::NONE.with(200)));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].option, "codes");
        let (options, problems) = WidgetOptions::from_strings([("codes", "999")]);
        assert_eq!(options.codes, None);
        assert_eq!(problems.len(), 1);
        // Every other option sets its field only when its value is good, but
        // the guide, which opens at its first question when the step is unknown.
        for spec in OPTIONS
            .iter()
            .filter(|o| !matches!(o.js_key, "codes" | "guide" | "languages"))
        {
            let mut options = WidgetOptions::default();
            if spec.parse_text(&mut options, "\u{1}bad\u{1}").is_err() {
                assert_eq!(options, WidgetOptions::default(), "{}", spec.js_key);
            }
        }
    }

    #[test]
    fn languages_take_ids_and_language_names_and_report_the_unknown() {
        let ids = |o: &WidgetOptions| -> Option<Vec<&str>> {
            o.languages
                .as_ref()
                .map(|l| l.iter().map(|l| l.id).collect())
        };
        let (options, problems) = WidgetOptions::from_strings([("languages", "GO, c# cobol")]);
        assert_eq!(ids(&options), Some(vec!["go", "dotnet", "aspnetcore"]));
        let (options, _) = WidgetOptions::from_strings([("languages", "rust,go")]);
        assert_eq!(
            ids(&options),
            Some(vec!["go", "rust"]),
            "the libraries' order"
        );
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("cobol"),
            "{}",
            problems[0].message
        );
        let (options, problems) = WidgetOptions::from_strings([("languages", "cobol")]);
        assert_eq!(options.languages, None, "nothing known: the choice stays");
        assert_eq!(problems.len(), 1);
        let many = vec!["\u{FFFD}".repeat(20); 30].join(",");
        // The fuzzer's case: long items of three-byte characters.
        let wide = [
            "\u{FFFD}".repeat(60),
            "\u{1F600}".repeat(60),
            "x".repeat(60),
        ]
        .join(",");
        let (_, problems) = WidgetOptions::from_strings([("languages", wide.as_str())]);
        assert!(problems[0].message.len() < 400, "{}", problems[0].message);
        let (_, problems) = WidgetOptions::from_strings([("languages", many.as_str())]);
        assert!(
            problems[0].message.contains("and 28 more"),
            "{}",
            problems[0].message
        );
        assert!(problems[0].message.len() < 400, "{}", problems[0].message);
        let (options, problems) = WidgetOptions::from_strings([("languages", "")]);
        assert_eq!(ids(&options), Some(vec![]), "an empty list shows no names");
        assert!(problems.is_empty());
        let (options, _) = WidgetOptions::from_strings([("language-column", "python")]);
        assert_eq!(
            options.language_column.flatten().map(|l| l.id),
            Some("python")
        );
        let (options, problems) = WidgetOptions::from_strings([("languageColumn", "<b>")]);
        assert_eq!(options.language_column, None);
        assert!(
            problems[0].message.starts_with("\"<b>\""),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn reports_each_bad_value_and_keeps_the_good_ones() {
        let (options, problems) = WidgetOptions::from_strings([
            ("sort", "size"),
            ("theme", "neon"),
            ("classes", "4xx,9xx"),
            ("max-height", "calc(100% - 1px)"),
            ("colour", "red"),
            ("filter", "404"),
        ]);
        let options_named: Vec<&str> = problems.iter().map(|p| p.option.as_str()).collect();
        assert_eq!(
            options_named,
            vec!["sort", "theme", "classes", "max-height", "colour"]
        );
        assert!(problems[0]
            .message
            .contains("code, name, class or description"));
        assert!(problems[2].message.contains("\"9xx\""));
        assert!(problems[4].message.contains("unknown option"));
        assert_eq!(options.filter.as_deref(), Some("404"));
        assert_eq!(options.sort, None);
    }

    #[test]
    fn lengths_and_flags() {
        assert_eq!(parse_max_height("30em").as_deref(), Ok("30em"));
        assert_eq!(parse_max_height("60VH").as_deref(), Ok("60vh"));
        for bad in [
            "",
            "0",
            "-5px",
            "10px;color:red",
            "url(x)",
            "1e9",
            "400 px",
            "NaN",
        ] {
            assert!(parse_max_height(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_flag("FALSE"), Ok(false));
        assert!(parse_flag("maybe").is_err());
        assert!(parse_columns(["code", "code"].into_iter()).is_err());
        assert!(parse_classes([""].into_iter()).is_err());
        assert_eq!(
            parse_classes(["4"].into_iter()).map(|c| c.contains(StatusClass::ClientError)),
            Ok(true)
        );
    }

    #[test]
    fn huge_values_are_refused_with_a_short_message() {
        let huge = "x".repeat(1_000_000);
        let (_, problems) = WidgetOptions::from_strings([("sort", huge.as_str())]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.len() < 200);
        let (options, problems) = WidgetOptions::from_strings([("filter", huge.as_str())]);
        assert!(problems.is_empty());
        assert_eq!(options.filter.map(|f| f.len()), Some(MAX_OPTION_TEXT));
    }
}
