//! IANA's CSV format, the maintainer's update report, and the expiry of
//! temporary registrations against a fixed clock.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::registry::iana::changes::{changes, report, Change};
use http_status_table::registry::iana::csv::{parse, Date, Marker};
use http_status_table::registry::{entries, RegistryStatus};
use http_status_table::text::temporary_registration;

const COPY: &str = "data/iana/http-status-codes-1.csv";

fn copy() -> String {
    std::fs::read_to_string(COPY).expect("the registry copy is in the repo")
}

fn date(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

#[test]
fn reads_iana_s_format_with_ranges_brackets_and_markers() {
    let rows = parse(&copy()).expect("parses");
    let find = |code| rows.iter().find(|r| r.code == code).expect("present");
    assert_eq!(find(404).references, ["RFC9110, Section 15.5.5"]);
    assert_eq!(find(510).name, "Not Extended");
    assert_eq!(find(510).marker, Marker::Obsoleted);
    assert_eq!(
        find(510).references,
        ["RFC2774", "status-change-http-experiments-to-historic"]
    );
    assert_eq!(find(418).name, "(Unused)");
    assert_eq!(find(418).marker, Marker::Unused);
    assert_eq!(find(305).marker, Marker::None, "IANA marks nothing on 305");
    let Marker::Temporary(dates) = find(104).marker else {
        panic!("104 is temporary")
    };
    assert_eq!(find(104).name, "Upload Resumption Supported");
    assert_eq!(dates.registered, date(2024, 11, 13));
    assert_eq!(dates.extended, Some(date(2025, 9, 15)));
    assert_eq!(dates.expires, date(2026, 11, 13));
    // Ranges such as 105-199 are Unassigned and leave no row.
    assert!(rows.iter().all(|r| r.code != 150));
    // Line ends: IANA serves CRLF; LF works the same.
    assert_eq!(parse(&copy().replace("\r\n", "\n")), Ok(rows));
}

#[test]
fn refuses_files_that_are_not_a_whole_registry() {
    let text = copy();
    let truncated: String = text.lines().take(20).map(|l| format!("{l}\n")).collect();
    let error = parse(&truncated).expect_err("truncated");
    assert!(error.contains("must cover every code"), "{error}");
    let gap = text.replace("105-199,Unassigned,", "105-198,Unassigned,");
    assert!(parse(&gap)
        .expect_err("gap")
        .contains("expected the row for 199"));
    let bad_header = text.replacen("Value,Description,Reference", "Code,Name,Ref", 1);
    assert!(parse(&bad_header).expect_err("header").contains("header"));
    let odd_marker = text.replace("Not Extended (OBSOLETED)", "Not Extended (RETIRED)");
    assert!(parse(&odd_marker)
        .expect_err("marker")
        .contains("unknown marker"));
    let no_brackets = text.replace("[RFC6585]", "RFC6585");
    assert!(parse(&no_brackets)
        .expect_err("brackets")
        .contains("bracketed"));
    let bad_date = text.replace("expires 2026-11-13", "expires 2026-13-40");
    assert!(parse(&bad_date)
        .expect_err("date")
        .contains("TEMPORARY dates"));
}

#[test]
fn the_update_report_names_every_kind_of_change() {
    let old = parse(&copy()).expect("parses");
    let modified = copy()
        // A new code in a former range, a temporary one, and one removed.
        .replace("105-199,Unassigned,", "105,Test Early Code,[RFC9999]\r\n106-199,Unassigned,")
        .replace(
            "227-299,Unassigned,",
            "227,\"Trial (TEMPORARY - registered 2026-01-02, expires 2027-01-02)\",[draft-ietf-httpbis-trial-00]\r\n228-299,Unassigned,",
        )
        .replace("451,Unavailable For Legal Reasons,[RFC7725]", "451,Unassigned,")
        // A rename, a new reference, an extension and a new marker.
        .replace("422,Unprocessable Content", "422,Unprocessable Request")
        .replace("428,Precondition Required,[RFC6585]", "428,Precondition Required,[RFC9999]")
        .replace(
            "extension registered 2025-09-15, expires 2026-11-13",
            "extension registered 2026-11-01, expires 2027-11-13",
        )
        .replace("506,Variant Also Negotiates", "506,Variant Also Negotiates (OBSOLETED)");
    let new = parse(&modified).expect("the modified copy parses");
    let found = changes(&old, &new);
    assert_eq!(
        found,
        vec![
            Change::TemporaryExtended {
                code: 104,
                from: "expires 2026-11-13".into(),
                to: "registered 2024-11-13, extended 2026-11-01, expires 2027-11-13".into(),
            },
            Change::Added {
                code: 105,
                name: "Test Early Code".into()
            },
            Change::Added {
                code: 227,
                name: "Trial".into()
            },
            Change::TemporaryAdded {
                code: 227,
                dates: "registered 2026-01-02, expires 2027-01-02".into(),
            },
            Change::Renamed {
                code: 422,
                from: "Unprocessable Content".into(),
                to: "Unprocessable Request".into(),
            },
            Change::ReferenceChanged {
                code: 428,
                from: "[RFC6585]".into(),
                to: "[RFC9999]".into(),
            },
            Change::Removed {
                code: 451,
                name: "Unavailable For Legal Reasons".into()
            },
            Change::MarkerChanged {
                code: 506,
                from: "registered".into(),
                to: "(OBSOLETED)".into(),
            },
        ]
    );
    let text = report(&found);
    assert!(text.starts_with("8 changes to the registry:\n"), "{text}");
    assert!(text.contains("added      105 Test Early Code"), "{text}");
    assert!(text.contains("renamed    422 \"Unprocessable Content\" -> \"Unprocessable Request\""));
    assert_eq!(report(&changes(&old, &old)), "No change to the registry.\n");
}

#[test]
fn expiry_is_judged_by_the_reader_s_clock_on_both_sides_of_the_date() {
    let RegistryStatus::Temporary(dates) = entries()
        .iter()
        .find(|e| e.code == 104)
        .expect("104")
        .status
    else {
        panic!("104 is temporary")
    };
    let before = temporary_registration(&dates, date(2026, 11, 12));
    assert_eq!(
        before,
        "Temporary registration: registered 2024-11-13, extended 2025-09-15, expires 2026-11-13."
    );
    // The expiry day itself still counts as registered.
    assert_eq!(temporary_registration(&dates, date(2026, 11, 13)), before);
    let after = temporary_registration(&dates, date(2026, 11, 14));
    assert_eq!(
        after,
        "Registration expired on 2026-11-13 unless extended since; check IANA."
    );
    assert_eq!(temporary_registration(&dates, date(2030, 1, 1)), after);
    assert!(!dates.has_expired(date(2026, 11, 13)));
    assert!(dates.has_expired(date(2026, 12, 1)));
}
