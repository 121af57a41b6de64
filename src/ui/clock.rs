//! The reader's date. A temporary registration's expiry is compared with the
//! reader's clock, not the build's, so a page built before the expiry still
//! says so once it has passed.

use crate::registry::Date;

/// Today in UTC (IANA's dates carry no time zone).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date {
        year: now.get_utc_full_year() as u16,
        month: (now.get_utc_month() + 1) as u8,
        day: now.get_utc_date() as u8,
    }
}
