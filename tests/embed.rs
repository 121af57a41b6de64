//! Property tests for what embedders hand in: entries and string options. The
//! same invariants as the `site_entries` and `options` fuzz targets, run on
//! every `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::config::{merge_site_entries, validate_all, RawSiteEntry, WidgetOptions};
use http_status_table::query::{run, Query, Scope, SearchIndex};
use proptest::prelude::*;

fn any_text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        ".{0,120}".prop_map(Some),
        "[a \u{202E}\u{2066}\t]{0,8}".prop_map(Some),
        "(https?|javascript|data|ftp)://[a-z.<>\" ]{0,20}(/[ -~]{0,20})?".prop_map(Some),
        Just(Some("x".repeat(3_000))),
    ]
}

fn any_entry() -> impl Strategy<Value = RawSiteEntry> {
    (
        prop_oneof![
            Just(None),
            (-1000.0f64..2000.0).prop_map(Some),
            (90u16..620).prop_map(|c| Some(f64::from(c)))
        ],
        any_text(),
        any_text(),
        prop_oneof![
            Just(None),
            Just(Some("4xx".to_string())),
            Just(Some("client error".into())),
            ".{0,8}".prop_map(Some)
        ],
        any_text(),
    )
        .prop_map(|(code, name, description, class, link)| RawSiteEntry {
            code,
            name,
            description,
            class,
            link,
        })
}

proptest! {
    #[test]
    fn every_entry_is_kept_or_reported_and_kept_ones_are_safe(raw in prop::collection::vec(any_entry(), 0..40)) {
        let total = raw.len();
        let given = raw.len();
        let (kept, problems) = validate_all(raw.into_iter().map(Ok).collect(), given);
        // Each item yields a kept entry or a problem; a repeated code yields both
        // (the later one wins), so the sum can exceed the input only by repeats.
        prop_assert!(kept.len() + problems.len() >= total);
        let mut codes: Vec<u16> = kept.iter().map(|e| e.code).collect();
        codes.sort_unstable();
        codes.dedup();
        prop_assert_eq!(codes.len(), kept.len(), "one entry per code");
        for entry in &kept {
            prop_assert!((100..=599).contains(&entry.code));
            prop_assert!(!entry.name.is_empty() && entry.name.chars().count() <= 80);
            prop_assert!(entry.description.chars().count() <= 1_000);
            let reorders = |c: char| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c);
            let text = format!("{}{}", entry.name, entry.description);
            prop_assert!(!text.chars().any(reorders), "control or bidi character kept");
            for field in [&entry.name, &entry.description] {
                prop_assert!(field.trim() == field.as_str() && !field.contains("  "), "unclean spaces: {:?}", field);
            }
            if let Some(link) = &entry.link {
                prop_assert!(link.to_ascii_lowercase().starts_with("https://"), "{}", link);
                prop_assert!(!link.contains(['<', '>', '"', ' ']), "{}", link);
            }
        }
        // Merged into the registry, every site code is a row and the engine still works.
        let index = SearchIndex::new(merge_site_entries(&kept));
        for entry in &kept {
            prop_assert!(index.has_code(entry.code));
        }
        let outcome = run(&index, &Query::parse(""), Scope::default(), Default::default());
        prop_assert!(outcome.rows.len() <= index.len());
    }

    #[test]
    fn string_options_never_panic_and_name_each_refusal(pairs in prop::collection::vec(("[a-z-]{1,12}", ".{0,40}"), 0..12)) {
        let (_, problems) = WidgetOptions::from_strings(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        prop_assert!(problems.len() <= pairs.len());
        for problem in &problems {
            prop_assert!(pairs.iter().any(|(name, _)| problem.option == *name));
            prop_assert!(!problem.message.is_empty());
        }
    }
}
