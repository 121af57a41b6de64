//! Reads the entries `build.rs` packed: their strings one after another in
//! one text, and a stream of numbers that says what each string is (the
//! format: `packed_format`, shared with `build.rs`). Unpacked once, on first
//! use: about a hundred entries, a few microseconds.

use super::entry::{Alias, AliasKind, Entry, Reference, RegistryStatus, Standing, Vendor};
use super::iana::csv::{Date, TemporaryDates};
use std::borrow::Cow;

use super::packed_format::*;

/// A cursor over the packed stream and text.
struct Reader<'a> {
    text: &'static str,
    stream: &'a [u16],
    /// Where the next number and the next string start.
    number: usize,
    byte: usize,
}

impl Reader<'_> {
    fn number(&mut self) -> u16 {
        let value = self.stream.get(self.number).copied().unwrap_or(0);
        self.number += 1;
        value
    }

    fn string(&mut self) -> &'static str {
        let end = self.byte + usize::from(self.number());
        let text = self.text.get(self.byte..end).unwrap_or_default();
        self.byte = end;
        text
    }

    fn text(&mut self) -> Cow<'static, str> {
        Cow::Borrowed(self.string())
    }

    fn date(&mut self) -> Option<Date> {
        let year = self.number();
        let [month, day] = self.number().to_be_bytes();
        (year != 0).then_some(Date { year, month, day })
    }

    fn entry(&mut self) -> Entry {
        let code = self.number();
        let head = self.number();
        let status = match head & STATUS_MASK {
            STATUS_UNUSED => RegistryStatus::Unused,
            STATUS_OBSOLETED => RegistryStatus::Obsoleted,
            STATUS_TEMPORARY => {
                let registered = self.date();
                let extended = self.date();
                let expires = self.date();
                let never = Date {
                    year: 0,
                    month: 0,
                    day: 0,
                };
                RegistryStatus::Temporary(TemporaryDates {
                    registered: registered.unwrap_or(never),
                    extended,
                    expires: expires.unwrap_or(never),
                })
            }
            STATUS_UNOFFICIAL => RegistryStatus::Unofficial,
            _ => RegistryStatus::Registered,
        };
        let standing = match (head >> STANDING_SHIFT) & STANDING_MASK {
            0 => None,
            place => Standing::ALL.get(usize::from(place) - 1).copied(),
        };
        let name = self.text();
        let description = self.text();
        let mut reference = || Reference {
            label: self.text(),
            url: self.text(),
        };
        let reference_of = (head & HAS_REFERENCE != 0).then(&mut reference);
        let deprecated_by = (head & HAS_DEPRECATION != 0).then(&mut reference);
        let vendor = (status == RegistryStatus::Unofficial).then(|| Vendor {
            name: self.text(),
            documented_at: self.text(),
            source: Reference {
                label: self.text(),
                url: self.text(),
            },
        });
        let aliases = (0..head >> ALIAS_COUNT_SHIFT)
            .map(|_| {
                let kind = match self.number() {
                    ALIAS_FORMER => AliasKind::Former,
                    _ => AliasKind::AlsoKnownAs,
                };
                Alias {
                    name: self.text(),
                    kind,
                }
            })
            .collect::<Vec<_>>();
        Entry {
            code,
            name,
            aliases: Cow::Owned(aliases),
            status,
            standing,
            deprecated_by,
            reference: reference_of,
            vendor,
            description,
            site: None,
        }
    }
}

/// Every entry in `stream`, in order.
pub fn unpack(text: &'static str, stream: &[u16]) -> Vec<Entry> {
    let mut reader = Reader {
        text,
        stream,
        number: 0,
        byte: 0,
    };
    let mut entries = Vec::new();
    while reader.number < stream.len() {
        entries.push(reader.entry());
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_as_build_rs_writes_it_is_read_back() {
        // 104: temporary (3), Internet-Draft (5 << 4), a reference, one alias;
        // then 499: unofficial (4), a vendor with its source.
        let text = "UploadResumeRFC 1https://x/1OldnameClosednginxDocsSrchttps://s/";
        let stream = [
            104,
            3 | 5 << 4 | HAS_REFERENCE | 1 << ALIAS_COUNT_SHIFT,
            2024,
            11 << 8 | 13,
            0,
            0,
            2026,
            11 << 8 | 13,
            6,
            6,
            5,
            11,
            0,
            7,
            499,
            4,
            6,
            0,
            5,
            4,
            3,
            10,
        ];
        let entries = unpack(text, &stream);
        assert_eq!(entries.len(), 2);
        let upload = &entries[0];
        assert_eq!((upload.code, upload.name.as_ref()), (104, "Upload"));
        assert_eq!(upload.description, "Resume");
        assert_eq!(upload.standing, Some(Standing::InternetDraft));
        let reference = upload
            .reference
            .as_ref()
            .map(|r| (r.label.as_ref(), r.url.as_ref()));
        assert_eq!(reference, Some(("RFC 1", "https://x/1")));
        assert_eq!(upload.deprecated_by, None);
        assert_eq!(upload.aliases.len(), 1);
        assert_eq!(
            (upload.aliases[0].name.as_ref(), upload.aliases[0].kind),
            ("Oldname", AliasKind::Former)
        );
        let RegistryStatus::Temporary(dates) = upload.status else {
            panic!("104 is temporary: {:?}", upload.status);
        };
        assert_eq!(dates.extended, None);
        assert_eq!(
            (dates.expires.year, dates.expires.month, dates.expires.day),
            (2026, 11, 13)
        );
        let closed = &entries[1];
        assert_eq!(
            (closed.code, closed.status),
            (499, RegistryStatus::Unofficial)
        );
        assert_eq!(
            (closed.name.as_ref(), closed.description.as_ref()),
            ("Closed", "")
        );
        let vendor = closed.vendor.as_ref().map(|v| {
            (
                v.name.as_ref(),
                v.documented_at.as_ref(),
                v.source.label.as_ref(),
                v.source.url.as_ref(),
            )
        });
        assert_eq!(vendor, Some(("nginx", "Docs", "Src", "https://s/")));
        assert_eq!(closed.standing, None);
    }

    #[test]
    fn the_standings_are_numbered_as_build_rs_numbers_their_keys() {
        let keys: Vec<&str> = Standing::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys, STANDINGS);
    }

    #[test]
    fn a_cut_stream_gives_what_it_holds_and_never_panics() {
        let entries = unpack("Continue", &[100, 1 << ALIAS_COUNT_SHIFT, 50]);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].name, "");
        assert_eq!(entries[0].aliases.len(), 1);
    }
}
