//! Codes an embedding site adds or annotates (`options.entries`): validated one by
//! one, then merged into the registry. An override never hides the official text:
//! it is shown next to it, marked "defined by this site".

use super::problem::{preview, Problem};
use crate::query::CodeSet;
use crate::registry::{self, Entry, RegistryStatus, SiteDefinition, StatusClass};
use std::borrow::Cow;

/// More entries than this are cut, with a message: a table is for reading.
pub const MAX_SITE_ENTRIES: usize = 10_000;
const MAX_NAME: usize = 80;
const MAX_DESCRIPTION: usize = 1_000;
const MAX_LINK: usize = 2_000;

/// An entry as a host supplied it, before validation. `code` is a float so that
/// `404.5` can be reported rather than silently truncated.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSiteEntry {
    pub code: Option<f64>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub class: Option<String>,
    pub link: Option<String>,
}

/// A validated site entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteEntry {
    /// Where the host put it in its list (from 0), to name it in a message
    /// about it later (`entries[2]`).
    pub position: usize,
    pub code: u16,
    pub name: String,
    pub description: String,
    pub link: Option<String>,
}

impl RawSiteEntry {
    /// Checks one entry; `position` (from 0) names it in the message.
    pub fn validate(self, position: usize) -> Result<SiteEntry, Problem> {
        let fail = |message: String| Problem::new(format!("entries[{position}]"), message);
        let code = match self.code {
            Some(c) if c.fract() == 0.0 && (100.0..=599.0).contains(&c) => c as u16,
            // Integer formatting only: f64 formatting would add ~20 KB to the wasm.
            Some(c) if c.fract() == 0.0 && c.abs() < 1e15 => {
                return Err(fail(format!(
                    "code {} is not a whole number from 100 to 599",
                    c as i64
                )))
            }
            Some(_) => {
                return Err(fail(
                    "code is not a whole number from 100 to 599".to_string(),
                ))
            }
            None => return Err(fail("code is missing".to_string())),
        };
        let name = clean(self.name.as_deref().unwrap_or(""));
        if name.is_empty() {
            return Err(fail(format!("code {code}: name is missing or empty")));
        }
        if name.chars().count() > MAX_NAME {
            return Err(fail(format!(
                "code {code}: name is longer than {MAX_NAME} characters"
            )));
        }
        let description = clean(self.description.as_deref().unwrap_or(""));
        if description.chars().count() > MAX_DESCRIPTION {
            return Err(fail(format!(
                "code {code}: description is longer than {MAX_DESCRIPTION} characters"
            )));
        }
        if let Some(class) = self.class.as_deref() {
            let derived = StatusClass::of_code(code).unwrap_or(StatusClass::ServerError);
            let named = StatusClass::ALL.into_iter().find(|c| {
                c.name().eq_ignore_ascii_case(class.trim())
                    || c.wildcard().eq_ignore_ascii_case(class.trim())
            });
            match named {
                None => {
                    return Err(fail(format!(
                        "code {code}: {} is not a class",
                        preview(class)
                    )))
                }
                Some(named) if named != derived => {
                    return Err(fail(format!(
                        "code {code}: class {} does not match the code, which is {} ({})",
                        named.wildcard(),
                        derived.name(),
                        derived.wildcard()
                    )))
                }
                Some(_) => {}
            }
        }
        let link = match self
            .link
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            None => None,
            Some(link) if is_https_url(link) => Some(link.to_string()),
            Some(link) => {
                return Err(fail(format!(
                    "code {code}: link {} must be an https: address",
                    preview(link)
                )));
            }
        };
        Ok(SiteEntry {
            position,
            code,
            name,
            description,
            link,
        })
    }
}

/// Drops bidi-override characters, so a site's text cannot reorder the table's
/// text around it, then collapses whitespace and control characters. In that
/// order: a mark between two spaces must not leave a blank or doubled space.
fn clean(text: &str) -> String {
    let unmarked: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect();
    unmarked
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_https_url(link: &str) -> bool {
    let Some(rest) = link
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("https://"))
        .map(|_| &link[8..])
    else {
        return false;
    };
    let host_ok = rest
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|h| !h.is_empty());
    host_ok
        && link.len() <= MAX_LINK
        && !link.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')
        })
}

/// Validates every entry, reporting each bad one and keeping the rest.
/// `given` is how many the host gave: a caller may read only the first
/// [`MAX_SITE_ENTRIES`] into `raw`, and the cut is reported here, once.
pub fn validate_all(
    raw: Vec<Result<RawSiteEntry, Problem>>,
    given: usize,
) -> (Vec<SiteEntry>, Vec<Problem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let total = given.max(raw.len());
    for (position, item) in raw.into_iter().enumerate().take(MAX_SITE_ENTRIES) {
        match item.and_then(|r| r.validate(position)) {
            Ok(entry) => {
                if let Some(earlier) = entries
                    .iter()
                    .position(|e: &SiteEntry| e.code == entry.code)
                {
                    problems.push(Problem::new(
                        format!("entries[{position}]"),
                        format!(
                            "code {} is defined twice; the later definition is used",
                            entry.code
                        ),
                    ));
                    entries.remove(earlier);
                }
                entries.push(entry);
            }
            Err(problem) => problems.push(problem),
        }
    }
    if total > MAX_SITE_ENTRIES {
        problems.push(Problem::new(
            "entries",
            format!("{total} entries given; only the first {MAX_SITE_ENTRIES} are used"),
        ));
    }
    (entries, problems)
}

/// A problem for each site entry whose code the `codes` option leaves out,
/// which is therefore not shown. `places`: each entry's position in the
/// host's list and its code.
pub fn entries_outside_codes(places: &[(usize, u16)], codes: CodeSet) -> Vec<Problem> {
    places
        .iter()
        .filter(|(_, code)| !codes.contains(*code))
        .map(|(position, code)| {
            Problem::new(
                format!("entries[{position}]"),
                format!("code {code} is not among the codes option's codes, so it is not shown"),
            )
        })
        .collect()
}

/// The registry with the site's entries: a code the registry has gets the site's
/// text beside its own; a new code becomes its own row.
pub fn merge_site_entries(site: &[SiteEntry]) -> Vec<Entry> {
    let mut entries: Vec<Entry> = registry::entries().to_vec();
    for item in site {
        let definition = SiteDefinition {
            name: Cow::Owned(item.name.clone()),
            description: Cow::Owned(item.description.clone()),
            link: item.link.clone().map(Cow::Owned),
        };
        match entries
            .iter_mut()
            .find(|e| e.code == item.code && e.is_official())
        {
            Some(official) => official.site = Some(definition),
            None => entries.push(Entry {
                code: item.code,
                name: Cow::Owned(item.name.clone()),
                aliases: Cow::Borrowed(&[]),
                standing: None,
                deprecated_by: None,
                status: RegistryStatus::Site,
                reference: None,
                vendor: None,
                description: Cow::Owned(item.description.clone()),
                site: Some(definition),
            }),
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(code: f64, name: &str) -> RawSiteEntry {
        RawSiteEntry {
            code: Some(code),
            name: Some(name.into()),
            ..Default::default()
        }
    }

    #[test]
    fn accepts_good_entries_and_reports_each_bad_one() {
        let (entries, problems) = validate_all(
            vec![
                Ok(RawSiteEntry {
                    link: Some("https://api.example.org/docs#rate-limits".into()),
                    description: Some("  Our   limit is\n100 requests a minute. ".into()),
                    class: Some("4xx".into()),
                    ..raw(429.0, "Slow down")
                }),
                Ok(raw(99.0, "Too low")),
                Ok(raw(404.5, "Fraction")),
                Ok(raw(450.0, "")),
                Ok(RawSiteEntry {
                    link: Some("javascript:alert(1)".into()),
                    ..raw(451.0, "Bad link")
                }),
                Ok(RawSiteEntry {
                    link: Some("http://example.org".into()),
                    ..raw(452.0, "Plain http")
                }),
                Ok(RawSiteEntry {
                    class: Some("Server Error".into()),
                    ..raw(453.0, "Wrong class")
                }),
                Ok(raw(599.0, &"n".repeat(81))),
                Ok(raw(299.0, "Custom success")),
                Err(Problem::new("entries[9]", "expected an object")),
            ],
            0,
        );
        assert_eq!(entries.len(), 2);
        assert_eq!(
            entries[0].description,
            "Our limit is 100 requests a minute."
        );
        assert_eq!(entries[1].code, 299);
        let places: Vec<&str> = problems.iter().map(|p| p.option.as_str()).collect();
        assert_eq!(
            places,
            vec![
                "entries[1]",
                "entries[2]",
                "entries[3]",
                "entries[4]",
                "entries[5]",
                "entries[6]",
                "entries[7]",
                "entries[9]"
            ]
        );
        assert!(problems[3].message.contains("https:"));
        assert!(problems[5].message.contains("does not match"));
    }

    #[test]
    fn overrides_keep_the_official_meaning() {
        let site = vec![
            SiteEntry {
                position: 0,
                code: 429,
                name: "Slow down".into(),
                description: "Our limit.".into(),
                link: None,
            },
            SiteEntry {
                position: 1,
                code: 299,
                name: "Custom".into(),
                description: "Ours.".into(),
                link: None,
            },
        ];
        let merged = merge_site_entries(&site);
        let official = merged.iter().find(|e| e.code == 429).expect("429");
        assert_eq!(official.name, "Too Many Requests");
        assert_eq!(
            official.site.as_ref().map(|s| s.name.as_ref()),
            Some("Slow down")
        );
        let custom = merged.iter().find(|e| e.code == 299).expect("299");
        assert_eq!(custom.status, RegistryStatus::Site);
        assert_eq!(merged.len(), registry::entries().len() + 1);
    }

    #[test]
    fn entries_outside_the_codes_are_named_by_their_place() {
        let (entries, _) = validate_all(
            vec![
                Ok(raw(200.0, "Fine")),
                Err(Problem::new("entries[1]", "expected an object")),
                Ok(raw(499.0, "Closed")),
                Ok(raw(404.0, "Missing")),
            ],
            0,
        );
        let places: Vec<(usize, u16)> = entries.iter().map(|e| (e.position, e.code)).collect();
        assert_eq!(places, [(0, 200), (2, 499), (3, 404)]);
        let codes = CodeSet::NONE.with(200).with_range(400..=404);
        let problems = entries_outside_codes(&places, codes);
        assert_eq!(
            problems,
            [Problem::new(
                "entries[2]",
                "code 499 is not among the codes option's codes, so it is not shown"
            )]
        );
        assert!(entries_outside_codes(&places, CodeSet::ALL).is_empty());
    }

    #[test]
    fn too_many_entries_are_cut_with_a_message() {
        let many: Vec<_> = (0..MAX_SITE_ENTRIES + 5)
            .map(|i| Ok(raw(100.0 + (i % 500) as f64, "n")))
            .collect();
        let given = many.len();
        let (entries, problems) = validate_all(many, given);
        assert!(entries.len() <= 500);
        assert!(problems
            .last()
            .is_some_and(|p| p.message.contains("only the first")));
    }

    #[test]
    fn control_and_bidi_characters_are_removed() {
        let entry = raw(470.0, "a\u{202E}b\u{0}c").validate(0).expect("valid");
        assert_eq!(entry.name, "ab c");
        // Found by the site_entries fuzz target: a mark between spaces left a
        // blank name or a doubled space.
        assert!(raw(460.0, "\u{202E} \u{202E}").validate(0).is_err());
        let spaced = raw(461.0, "a \u{2066} b").validate(0).expect("valid");
        assert_eq!(spaced.name, "a b");
    }
}
