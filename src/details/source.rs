//! Where each behaviour fact comes from: a document and its section, the
//! vendor's own page for an unofficial code, or advice of ours that no
//! document states. Every fact in `tables.rs` carries one, declared next to
//! it; the details panel shows it after the fact and the data API returns it.
//! Pure Rust, no web types.

use crate::registry::Entry;
use crate::text::facts as t;

/// A document and the part of it a fact rests on, with an `https:` link to
/// that part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    /// `RFC 9110 §15.1`, or a vendor document's name.
    pub label: &'static str,
    pub url: &'static str,
}

/// Where one fact comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The document states the fact.
    Document(Citation),
    /// The vendor's own documentation of this unofficial code: the page its
    /// entry links (`Vendor::source`, from `data/unofficial.tsv`).
    Vendor,
    /// Advice of ours that no document states, shown with the "our advice"
    /// mark. `basis` names the document whose rules the advice applies.
    OurAdvice { basis: Option<Citation> },
}

/// The fact stated by `citation`.
pub(crate) const fn doc(citation: Citation) -> Source {
    Source::Document(citation)
}

/// Our advice, applying what `basis` says.
pub(crate) const fn ours(basis: Citation) -> Source {
    Source::OurAdvice { basis: Some(basis) }
}

impl Source {
    /// The source as a reader sees it for `entry`: the vendor's page is the
    /// entry's own link. An entry without a vendor cannot carry a vendor's
    /// fact; if one did, it is shown as ours rather than as a citation.
    pub fn shown(self, entry: &Entry) -> ShownSource<'_> {
        match self {
            Source::Document(citation) => ShownSource::Link {
                label: citation.label,
                url: citation.url,
            },
            Source::Vendor => match &entry.vendor {
                Some(vendor) => ShownSource::Link {
                    label: &vendor.source.label,
                    url: &vendor.source.url,
                },
                None => ShownSource::OurAdvice { basis: None },
            },
            Source::OurAdvice { basis } => ShownSource::OurAdvice { basis },
        }
    }

    /// True for advice of ours (with or without a basis).
    pub fn is_our_advice(self) -> bool {
        matches!(self, Source::OurAdvice { .. })
    }
}

/// A fact's source as the details panel and the data API show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShownSource<'a> {
    /// A link to the document (or the vendor's page) the fact rests on.
    Link { label: &'a str, url: &'a str },
    /// The "our advice" mark, then the document the advice applies, if any.
    OurAdvice { basis: Option<Citation> },
}

impl<'a> ShownSource<'a> {
    /// The mark to show before any link: `Our advice` (or `Our advice, based
    /// on`, when a link to its basis follows); `None` for a citation.
    pub fn mark(self) -> Option<&'static str> {
        match self {
            ShownSource::Link { .. } => None,
            ShownSource::OurAdvice { basis: None } => Some(t::OUR_ADVICE),
            ShownSource::OurAdvice { basis: Some(_) } => Some(t::OUR_ADVICE_BASED_ON),
        }
    }

    /// The link to show, as (href, label): the source, or our advice's basis.
    pub fn link(self) -> Option<(&'a str, &'a str)> {
        match self {
            ShownSource::Link { label, url } => Some((url, label)),
            ShownSource::OurAdvice { basis } => basis.map(|c| (c.url, c.label)),
        }
    }

    /// The data API's key: `document` or `our-advice`.
    pub fn kind(self) -> &'static str {
        match self {
            ShownSource::Link { .. } => "document",
            ShownSource::OurAdvice { .. } => "our-advice",
        }
    }
}

/// The documents the facts cite, one constant per section, so each citation
/// is written once and every link is built the same way.
pub mod cite {
    use super::Citation;

    macro_rules! rfc {
        ($number:literal, $section:literal) => {
            Citation {
                label: concat!("RFC ", $number, " §", $section),
                url: concat!(
                    "https://www.rfc-editor.org/rfc/rfc",
                    $number,
                    "#section-",
                    $section
                ),
            }
        };
    }

    // RFC 9110, HTTP Semantics.
    pub const RFC9110_6_4_1: Citation = rfc!(9110, "6.4.1");
    pub const RFC9110_7_8: Citation = rfc!(9110, "7.8");
    pub const RFC9110_8_3: Citation = rfc!(9110, "8.3");
    pub const RFC9110_8_8_3: Citation = rfc!(9110, "8.8.3");
    pub const RFC9110_9_1: Citation = rfc!(9110, "9.1");
    pub const RFC9110_9_2_2: Citation = rfc!(9110, "9.2.2");
    pub const RFC9110_9_3_4: Citation = rfc!(9110, "9.3.4");
    pub const RFC9110_10_1_1: Citation = rfc!(9110, "10.1.1");
    pub const RFC9110_10_2_1: Citation = rfc!(9110, "10.2.1");
    pub const RFC9110_10_2_3: Citation = rfc!(9110, "10.2.3");
    pub const RFC9110_11_6_1: Citation = rfc!(9110, "11.6.1");
    pub const RFC9110_11_6_2: Citation = rfc!(9110, "11.6.2");
    pub const RFC9110_11_7_2: Citation = rfc!(9110, "11.7.2");
    pub const RFC9110_12_5_1: Citation = rfc!(9110, "12.5.1");
    pub const RFC9110_12_5_5: Citation = rfc!(9110, "12.5.5");
    pub const RFC9110_13_1_1: Citation = rfc!(9110, "13.1.1");
    pub const RFC9110_13_1_2: Citation = rfc!(9110, "13.1.2");
    pub const RFC9110_13_1_3: Citation = rfc!(9110, "13.1.3");
    pub const RFC9110_13_1_4: Citation = rfc!(9110, "13.1.4");
    pub const RFC9110_14_2: Citation = rfc!(9110, "14.2");
    pub const RFC9110_14_4: Citation = rfc!(9110, "14.4");
    pub const RFC9110_15: Citation = rfc!(9110, "15");
    pub const RFC9110_15_1: Citation = rfc!(9110, "15.1");
    pub const RFC9110_15_2: Citation = rfc!(9110, "15.2");
    pub const RFC9110_15_2_2: Citation = rfc!(9110, "15.2.2");
    pub const RFC9110_15_3: Citation = rfc!(9110, "15.3");
    pub const RFC9110_15_3_1: Citation = rfc!(9110, "15.3.1");
    pub const RFC9110_15_3_2: Citation = rfc!(9110, "15.3.2");
    pub const RFC9110_15_3_3: Citation = rfc!(9110, "15.3.3");
    pub const RFC9110_15_3_5: Citation = rfc!(9110, "15.3.5");
    pub const RFC9110_15_3_6: Citation = rfc!(9110, "15.3.6");
    pub const RFC9110_15_3_7: Citation = rfc!(9110, "15.3.7");
    pub const RFC9110_15_4: Citation = rfc!(9110, "15.4");
    pub const RFC9110_15_4_1: Citation = rfc!(9110, "15.4.1");
    pub const RFC9110_15_4_2: Citation = rfc!(9110, "15.4.2");
    pub const RFC9110_15_4_3: Citation = rfc!(9110, "15.4.3");
    pub const RFC9110_15_4_4: Citation = rfc!(9110, "15.4.4");
    pub const RFC9110_15_4_5: Citation = rfc!(9110, "15.4.5");
    pub const RFC9110_15_4_6: Citation = rfc!(9110, "15.4.6");
    pub const RFC9110_15_4_7: Citation = rfc!(9110, "15.4.7");
    pub const RFC9110_15_4_8: Citation = rfc!(9110, "15.4.8");
    pub const RFC9110_15_4_9: Citation = rfc!(9110, "15.4.9");
    pub const RFC9110_15_5: Citation = rfc!(9110, "15.5");
    pub const RFC9110_15_5_1: Citation = rfc!(9110, "15.5.1");
    pub const RFC9110_15_5_2: Citation = rfc!(9110, "15.5.2");
    pub const RFC9110_15_5_3: Citation = rfc!(9110, "15.5.3");
    pub const RFC9110_15_5_4: Citation = rfc!(9110, "15.5.4");
    pub const RFC9110_15_5_5: Citation = rfc!(9110, "15.5.5");
    pub const RFC9110_15_5_6: Citation = rfc!(9110, "15.5.6");
    pub const RFC9110_15_5_7: Citation = rfc!(9110, "15.5.7");
    pub const RFC9110_15_5_8: Citation = rfc!(9110, "15.5.8");
    pub const RFC9110_15_5_9: Citation = rfc!(9110, "15.5.9");
    pub const RFC9110_15_5_10: Citation = rfc!(9110, "15.5.10");
    pub const RFC9110_15_5_11: Citation = rfc!(9110, "15.5.11");
    pub const RFC9110_15_5_12: Citation = rfc!(9110, "15.5.12");
    pub const RFC9110_15_5_13: Citation = rfc!(9110, "15.5.13");
    pub const RFC9110_15_5_14: Citation = rfc!(9110, "15.5.14");
    pub const RFC9110_15_5_15: Citation = rfc!(9110, "15.5.15");
    pub const RFC9110_15_5_16: Citation = rfc!(9110, "15.5.16");
    pub const RFC9110_15_5_17: Citation = rfc!(9110, "15.5.17");
    pub const RFC9110_15_5_18: Citation = rfc!(9110, "15.5.18");
    pub const RFC9110_15_5_19: Citation = rfc!(9110, "15.5.19");
    pub const RFC9110_15_5_20: Citation = rfc!(9110, "15.5.20");
    pub const RFC9110_15_5_21: Citation = rfc!(9110, "15.5.21");
    pub const RFC9110_15_5_22: Citation = rfc!(9110, "15.5.22");
    pub const RFC9110_15_6: Citation = rfc!(9110, "15.6");
    pub const RFC9110_15_6_1: Citation = rfc!(9110, "15.6.1");
    pub const RFC9110_15_6_2: Citation = rfc!(9110, "15.6.2");
    pub const RFC9110_15_6_3: Citation = rfc!(9110, "15.6.3");
    pub const RFC9110_15_6_4: Citation = rfc!(9110, "15.6.4");
    pub const RFC9110_15_6_5: Citation = rfc!(9110, "15.6.5");
    pub const RFC9110_15_6_6: Citation = rfc!(9110, "15.6.6");
    // RFC 9111, HTTP Caching.
    pub const RFC9111_3: Citation = rfc!(9111, "3");
    pub const RFC9111_4_3_4: Citation = rfc!(9111, "4.3.4");
    // RFC 9112, HTTP/1.1.
    pub const RFC9112_9_6: Citation = rfc!(9112, "9.6");
    // RFC 6455, The WebSocket Protocol.
    pub const RFC6455_4_2_2: Citation = rfc!(6455, "4.2.2");
    // The RFCs that define the other registered codes.
    pub const RFC2295_8_1: Citation = rfc!(2295, "8.1");
    pub const RFC2518_10_1: Citation = rfc!(2518, "10.1");
    pub const RFC2774_7: Citation = rfc!(2774, "7");
    pub const RFC3229_10_4_1: Citation = rfc!(3229, "10.4.1");
    pub const RFC3229_10_5_2: Citation = rfc!(3229, "10.5.2");
    pub const RFC4918_11_3: Citation = rfc!(4918, "11.3");
    pub const RFC4918_11_4: Citation = rfc!(4918, "11.4");
    pub const RFC4918_11_5: Citation = rfc!(4918, "11.5");
    pub const RFC4918_13: Citation = rfc!(4918, "13");
    pub const RFC5789_2_2: Citation = rfc!(5789, "2.2");
    pub const RFC5842_7_1: Citation = rfc!(5842, "7.1");
    pub const RFC5842_7_2: Citation = rfc!(5842, "7.2");
    pub const RFC6585_3: Citation = rfc!(6585, "3");
    pub const RFC6585_4: Citation = rfc!(6585, "4");
    pub const RFC6585_5: Citation = rfc!(6585, "5");
    pub const RFC6585_6: Citation = rfc!(6585, "6");
    pub const RFC7725_3: Citation = rfc!(7725, "3");
    pub const RFC7725_4: Citation = rfc!(7725, "4");
    pub const RFC8297_2: Citation = rfc!(8297, "2");
    pub const RFC8470_5_1: Citation = rfc!(8470, "5.1");
    pub const RFC8470_5_2: Citation = rfc!(8470, "5.2");
    /// Accept-Post, which the W3C Linked Data Platform defines (and the IANA
    /// field registry cites); no RFC does.
    pub const LDP_7_1: Citation = Citation {
        label: "W3C LDP 1.0 §7.1",
        url: "https://www.w3.org/TR/ldp/#header-accept-post",
    };
    /// 104's temporary registration: the Internet-Draft IANA cites.
    pub const RESUMABLE_UPLOAD_DRAFT: Citation = Citation {
        label: "draft-ietf-httpbis-resumable-upload-05",
        url: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05",
    };

    /// Every citation above, for the tests that check each link.
    pub const ALL: &[Citation] = &[
        RFC9110_6_4_1,
        RFC9110_7_8,
        RFC9110_8_3,
        RFC9110_8_8_3,
        RFC9110_9_1,
        RFC9110_9_2_2,
        RFC9110_9_3_4,
        RFC9110_10_1_1,
        RFC9110_10_2_1,
        RFC9110_10_2_3,
        RFC9110_11_6_1,
        RFC9110_11_6_2,
        RFC9110_11_7_2,
        RFC9110_12_5_1,
        RFC9110_12_5_5,
        RFC9110_13_1_1,
        RFC9110_13_1_2,
        RFC9110_13_1_3,
        RFC9110_13_1_4,
        RFC9110_14_2,
        RFC9110_14_4,
        RFC9110_15,
        RFC9110_15_1,
        RFC9110_15_2,
        RFC9110_15_2_2,
        RFC9110_15_3,
        RFC9110_15_3_1,
        RFC9110_15_3_2,
        RFC9110_15_3_3,
        RFC9110_15_3_5,
        RFC9110_15_3_6,
        RFC9110_15_3_7,
        RFC9110_15_4,
        RFC9110_15_4_1,
        RFC9110_15_4_2,
        RFC9110_15_4_3,
        RFC9110_15_4_4,
        RFC9110_15_4_5,
        RFC9110_15_4_6,
        RFC9110_15_4_7,
        RFC9110_15_4_8,
        RFC9110_15_4_9,
        RFC9110_15_5,
        RFC9110_15_5_1,
        RFC9110_15_5_2,
        RFC9110_15_5_3,
        RFC9110_15_5_4,
        RFC9110_15_5_5,
        RFC9110_15_5_6,
        RFC9110_15_5_7,
        RFC9110_15_5_8,
        RFC9110_15_5_9,
        RFC9110_15_5_10,
        RFC9110_15_5_11,
        RFC9110_15_5_12,
        RFC9110_15_5_13,
        RFC9110_15_5_14,
        RFC9110_15_5_15,
        RFC9110_15_5_16,
        RFC9110_15_5_17,
        RFC9110_15_5_18,
        RFC9110_15_5_19,
        RFC9110_15_5_20,
        RFC9110_15_5_21,
        RFC9110_15_5_22,
        RFC9110_15_6,
        RFC9110_15_6_1,
        RFC9110_15_6_2,
        RFC9110_15_6_3,
        RFC9110_15_6_4,
        RFC9110_15_6_5,
        RFC9110_15_6_6,
        RFC9111_3,
        RFC9111_4_3_4,
        RFC9112_9_6,
        RFC6455_4_2_2,
        RFC2295_8_1,
        RFC2518_10_1,
        RFC2774_7,
        RFC3229_10_4_1,
        RFC3229_10_5_2,
        RFC4918_11_3,
        RFC4918_11_4,
        RFC4918_11_5,
        RFC4918_13,
        RFC5789_2_2,
        RFC5842_7_1,
        RFC5842_7_2,
        RFC6585_3,
        RFC6585_4,
        RFC6585_5,
        RFC6585_6,
        RFC7725_3,
        RFC7725_4,
        RFC8297_2,
        RFC8470_5_1,
        RFC8470_5_2,
        LDP_7_1,
        RESUMABLE_UPLOAD_DRAFT,
    ];
}
