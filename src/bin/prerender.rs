//! Trunk's post-build hook (first step): writes the standalone page's default
//! view into `index.html` (`ui::page_html`), so the table is there before any
//! script runs. Also takes out what Trunk leaves behind that is not HTML: the
//! `<link data-trunk rel="rust">` element, which has no `href`.
//!
//! Usage: `prerender [DIR]` (default `$TRUNK_STAGING_DIR`, else `dist`).

use http_status_table::query::registry_index;
use http_status_table::registry::Date;
use http_status_table::ui::page_html::standalone_page;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

/// Where the page goes: the only content of `#app` in `index.html`.
const MARKER: &str = "<!-- pre-rendered at build time -->";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".to_string());
    let path = PathBuf::from(dir).join("index.html");
    let page = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    if page.matches(MARKER).count() != 1 {
        return Err(format!("{} must hold `{MARKER}` once", path.display()));
    }
    let page = page.replace(MARKER, &standalone_page(&registry_index(), today()));
    let page = without_rust_link(&page);
    std::fs::write(&path, page).map_err(|e| format!("{}: {e}", path.display()))
}

/// `page` without the line of Trunk's `<link data-trunk rel="rust" …>`.
fn without_rust_link(page: &str) -> String {
    page.lines()
        .filter(|line| {
            !line
                .trim_start()
                .starts_with("<link data-trunk rel=\"rust\"")
        })
        .map(|line| [line, "\n"].concat())
        .collect()
}

/// The build's date (UTC), for the rows that depend on it; the app checks
/// them again against the reader's clock.
fn today() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(seconds / 86_400)
}

/// The calendar date `days` after 1970-01-01 (proleptic Gregorian): count
/// whole 400-year eras, then years in the era, then days in a year that starts
/// on 1 March, so the leap day falls last.
fn civil_date(days: u64) -> Date {
    let days = days + 719_468; // from 0000-03-01 to 1970-01-01
    let era = days / 146_097;
    let day_of_era = days % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = era * 400 + year_of_era + u64::from(month <= 2);
    Date {
        year: u16::try_from(year).unwrap_or(u16::MAX),
        month: month as u8,
        day: day as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[test]
    fn days_become_dates() {
        let date = |d| {
            let date = civil_date(d);
            (date.year, date.month, date.day)
        };
        assert_eq!(date(0), (1970, 1, 1));
        assert_eq!(date(11_016), (2000, 2, 29));
        assert_eq!(date(11_017), (2000, 3, 1));
        assert_eq!(date(20_453), (2025, 12, 31));
        assert_eq!(date(20_788), (2026, 12, 1));
    }
}
