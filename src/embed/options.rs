//! Widget options: parsed field by field, so one bad value never spoils the others.

use super::site_entries::SiteEntry;
use crate::query::{ClassSet, SortColumn, SortOrder};
use crate::registry::StatusClass;
use std::fmt;

/// Every option a host can set; `None` leaves the current value alone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetOptions {
    pub filter: Option<String>,
    pub sort: Option<SortOrder>,
    pub classes: Option<ClassSet>,
    pub unofficial: Option<bool>,
    pub columns: Option<Vec<SortColumn>>,
    pub compact: Option<bool>,
    pub theme: Option<Theme>,
    /// A validated CSS length, e.g. `400px`, `30em`, `60vh`.
    pub max_height: Option<String>,
    pub entries: Option<Vec<SiteEntry>>,
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

/// One rejected value: which option, and why, in words a host developer can act on.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub option: String,
    pub message: String,
}

impl Problem {
    pub fn new(option: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            option: option.into(),
            message: message.into(),
        }
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
    OPTION_NAMES
        .iter()
        .find(|(_, attribute)| *attribute == name)
        .map_or(name, |(js, _)| js)
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.option, self.message)
    }
}

/// The option names, as JS keys and as attribute / URL parameter names.
pub const OPTION_NAMES: [(&str, &str); 9] = [
    ("filter", "filter"),
    ("sort", "sort"),
    ("classes", "classes"),
    ("unofficial", "unofficial"),
    ("columns", "columns"),
    ("compact", "compact"),
    ("theme", "theme"),
    ("maxHeight", "max-height"),
    ("entries", "entries"),
];

/// Longest text accepted for any option given as a string.
pub const MAX_OPTION_TEXT: usize = 2_000;

/// Shortens text for an error message, so a 1 MB value does not become a 1 MB message.
pub fn preview(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("\"{short}\u{2026}\"")
    } else {
        format!("\"{short}\"")
    }
}

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
        let problem = |message: String| Problem::new(name, message);
        if value.len() > MAX_OPTION_TEXT && name != "filter" {
            return Err(problem(format!(
                "value is {} characters long; the limit is {MAX_OPTION_TEXT}",
                value.len()
            )));
        }
        match name {
            "filter" => self.filter = Some(value.chars().take(MAX_OPTION_TEXT).collect()),
            "sort" => self.sort = Some(parse_sort(value).map_err(problem)?),
            "classes" => {
                self.classes = Some(parse_classes(value.split([',', ' '])).map_err(problem)?)
            }
            "unofficial" => self.unofficial = Some(parse_flag(value).map_err(problem)?),
            "columns" => {
                self.columns = Some(parse_columns(value.split([',', ' '])).map_err(problem)?)
            }
            "compact" => self.compact = Some(parse_flag(value).map_err(problem)?),
            "theme" => self.theme = Some(parse_theme(value).map_err(problem)?),
            "max-height" | "maxHeight" => {
                self.max_height = Some(parse_max_height(value).map_err(problem)?)
            }
            _ => return Err(problem(unknown_option_with_hint(name))),
        }
        Ok(())
    }
}

pub fn unknown_option_message() -> String {
    let known: Vec<&str> = OPTION_NAMES.iter().map(|(js, _)| *js).collect();
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
    let nearest = OPTION_NAMES
        .iter()
        .map(|(js, _)| (edit_distance(&folded, &js.to_ascii_lowercase()), *js))
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

pub fn parse_sort(value: &str) -> Result<SortOrder, String> {
    SortOrder::parse(value).ok_or_else(|| {
        format!(
            "{} is not a sort order; use code, name, class or description, with - in front for descending (-name)",
            preview(value)
        )
    })
}

/// `4xx,5xx`, `4xx 5xx`, `client error`-style names are not accepted: only wildcards.
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
        assert_eq!(options.unofficial, Some(true));
        assert_eq!(
            options.columns,
            Some(vec![SortColumn::Code, SortColumn::Name])
        );
        assert_eq!(options.compact, Some(false));
        assert_eq!(options.theme, Some(Theme::Dark));
        assert_eq!(options.max_height.as_deref(), Some("400px"));
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
