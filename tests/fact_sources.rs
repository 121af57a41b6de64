//! Every behaviour fact shows where it comes from, and each fact the audit
//! corrected is pinned to the sentence of its source. The deciding words of
//! each source are quoted in the comments, never in the page's own text.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::config::{merge_site_entries, SiteEntry};
use http_status_table::details::{
    all_sources, cite, facts, facts_for, labelled_facts, unrecognized, BodyRule, Caching, Citation,
    CodeFacts, RetryWhen, ShownSource, Source,
};
use http_status_table::registry::{entries, Entry};
use http_status_table::text::{self, facts as labels};

fn registered(code: u16) -> &'static Entry {
    entries()
        .iter()
        .find(|e| e.code == code && e.is_official())
        .unwrap_or_else(|| panic!("{code} is registered"))
}

fn unofficial(code: u16, vendor: &str) -> &'static Entry {
    entries()
        .iter()
        .find(|e| e.code == code && e.vendor.as_ref().is_some_and(|v| v.name == vendor))
        .unwrap_or_else(|| panic!("no unofficial {code} by {vendor}"))
}

/// Every entry the page can show: the registry, the unofficial codes, and an
/// embedding site's own code and annotation.
fn every_entry() -> Vec<Entry> {
    let site = |code: u16| SiteEntry {
        position: 0,
        code,
        name: "Ours".into(),
        description: String::new(),
        link: None,
    };
    merge_site_entries(&[site(299), site(429)])
}

fn doc(citation: Citation) -> Source {
    Source::Document(citation)
}

fn ours(basis: Citation) -> Source {
    Source::OurAdvice { basis: Some(basis) }
}

fn is_https(url: &str) -> bool {
    url.starts_with("https://")
        && url.len() > "https://".len()
        && !url.contains(char::is_whitespace)
}

#[test]
fn every_fact_of_every_entry_has_a_source_or_the_our_advice_mark() {
    let mut facts_seen = 0;
    let mut ours_seen = 0;
    for entry in every_entry() {
        let shown = facts_for(&entry);
        // Six or eight labelled facts, then the headers and the confusions.
        let expected =
            labelled_facts(&shown).len() + shown.headers.len() + shown.confused_with.len();
        let sources = all_sources(&shown);
        assert_eq!(sources.len(), expected, "{}", entry.code);
        for source in sources {
            facts_seen += 1;
            if let Source::Vendor = source {
                assert!(
                    entry.vendor.is_some(),
                    "{}: only a vendor's code can cite its vendor",
                    entry.code
                );
            }
            match source.shown(&entry) {
                ShownSource::Link { label, url } => {
                    assert!(!label.trim().is_empty(), "{}: an empty label", entry.code);
                    assert!(is_https(url), "{}: {url:?} is not https:", entry.code);
                    assert_eq!(source.shown(&entry).mark(), None);
                }
                ShownSource::OurAdvice { basis } => {
                    ours_seen += 1;
                    let mark = source.shown(&entry).mark().expect("a visible mark");
                    assert!(mark.starts_with(labels::OUR_ADVICE), "{mark:?}");
                    if let Some(basis) = basis {
                        assert!(is_https(basis.url), "{}: {:?}", entry.code, basis.url);
                        assert_eq!(mark, labels::OUR_ADVICE_BASED_ON);
                    } else {
                        assert_eq!(mark, labels::OUR_ADVICE);
                    }
                }
            }
        }
    }
    assert!(facts_seen > 450, "{facts_seen} facts");
    // Advice of ours is marked, not dressed as a citation, and not everything is ours.
    assert!(ours_seen > 50 && ours_seen < facts_seen / 2, "{ours_seen}");
}

#[test]
fn every_citation_links_the_section_it_names() {
    let mut urls = std::collections::HashSet::new();
    for citation in cite::ALL {
        assert!(is_https(citation.url), "{citation:?}");
        assert!(urls.insert(citation.url), "{} twice", citation.url);
        if let Some(rest) = citation.label.strip_prefix("RFC ") {
            let (number, section) = rest.split_once(" §").expect("RFC N §S");
            assert_eq!(
                citation.url,
                format!("https://www.rfc-editor.org/rfc/rfc{number}#section-{section}")
            );
        } else if citation.label.starts_with("W3C ") {
            // A W3C Recommendation, linked at the section's anchor.
            assert!(citation.label.contains(" §"), "{citation:?}");
            assert!(citation.url.starts_with("https://www.w3.org/TR/"));
            assert!(citation.url.contains('#'), "{citation:?}");
        } else {
            assert!(citation
                .url
                .starts_with("https://datatracker.ietf.org/doc/html/"));
            assert!(citation.url.ends_with(citation.label));
        }
    }
}

#[test]
fn every_document_a_fact_cites_is_listed_once_in_cite() {
    for entry in every_entry() {
        for source in all_sources(&facts_for(&entry)) {
            let citation = match source {
                Source::Document(c) | Source::OurAdvice { basis: Some(c) } => c,
                _ => continue,
            };
            assert!(cite::ALL.contains(&citation), "{citation:?}");
        }
    }
}

#[test]
fn every_unofficial_code_links_the_document_its_meaning_rests_on() {
    for entry in entries().iter().filter(|e| e.is_unofficial()) {
        let vendor = entry.vendor.as_ref().expect("a vendor");
        let (label, url) = (&*vendor.source.label, &*vendor.source.url);
        assert!(is_https(url), "{} {}: {url:?}", entry.code, vendor.name);
        // Where the only source is an encyclopedia article, the label says so.
        if url.contains("wikipedia.org") {
            assert!(
                label.contains("the only source") || label.contains("page found)"),
                "{} {}: {label:?} does not say Wikipedia is all there is",
                entry.code,
                vendor.name
            );
        }
        // The panel shows it after "Documented in", and a vendor's facts link it.
        let documented = http_status_table::ui::row_model::registry_facts(
            entry,
            http_status_table::registry::REGISTRY_LAST_UPDATED,
        )
        .into_iter()
        .find(|f| f.term == text::DOCUMENTED_IN)
        .expect("Documented in");
        assert_eq!(documented.source.and_then(|s| s.link()), Some((url, label)));
        assert_eq!(
            Source::Vendor.shown(entry),
            ShownSource::Link { label, url }
        );
    }
    // A code with no vendor cannot borrow one's authority.
    assert_eq!(
        Source::Vendor.shown(registered(404)),
        ShownSource::OurAdvice { basis: None }
    );
}

/// The document and the section of a citation's link, e.g. (`…/rfc9110`, `15.4.9`).
fn document_and_section(url: &str) -> (&str, &str) {
    url.split_once("#section-").unwrap_or((url, ""))
}

#[test]
fn each_confusion_cites_the_other_codes_definition() {
    // The other code's own section, or the section over it where the fact
    // that tells the two apart is said (§15.4 for 308 keeping the method); a
    // registry entry naming no section (429: RFC 6585) allows any of its own.
    for entry in entries().iter().filter(|e| e.is_official()) {
        for confusion in facts(entry.code).confused_with {
            let other = registered(confusion.other);
            let reference = other.reference.as_ref().expect("a defining document");
            let Source::Document(citation) = confusion.source else {
                panic!("{} vs {}: not a document", entry.code, confusion.other);
            };
            let (cited_document, cited) = document_and_section(citation.url);
            let (document, defining) = document_and_section(&reference.url);
            assert_eq!(cited_document, document, "{} vs {}", entry.code, other.code);
            assert!(
                defining.is_empty()
                    || defining == cited
                    || defining.starts_with(&format!("{cited}.")),
                "{} vs {}: §{cited} is neither §{defining} nor over it",
                entry.code,
                confusion.other,
            );
        }
    }
}

// The audit: each fact below was corrected against the sentence quoted.

#[test]
fn rfc_6585s_codes_are_never_stored() {
    // RFC 6585 §3-§6 close each definition with "Responses with the 428 [429,
    // 431, 511] status code MUST NOT be stored by a cache." They used to read
    // "No, only if the response allows it explicitly": no response can.
    for (code, section) in [
        (428, cite::RFC6585_3),
        (429, cite::RFC6585_4),
        (431, cite::RFC6585_5),
        (511, cite::RFC6585_6),
    ] {
        assert_eq!(facts(code).caching.value, Caching::MustNotStore, "{code}");
        assert_eq!(facts(code).caching.source, doc(section), "{code}");
        let label = facts(code).caching.value.label();
        assert!(!label.contains("allows"), "{label}");
        assert!(label.contains("never"), "{label}");
    }
}

#[test]
fn codes_their_own_rfcs_call_cacheable_by_default_are_so() {
    // RFC 7725 §3: "A 451 response is cacheable by default".
    assert_eq!(facts(451).caching.value, Caching::ByDefault);
    assert_eq!(facts(451).caching.source, doc(cite::RFC7725_3));
    // RFC 3229 §10.4.1: a 226 "MAY be stored by a cache and used in reply to a
    // subsequent request, subject to the HTTP expiration mechanism", the words
    // RFC 2616 §13.4 used for its heuristically cacheable codes.
    assert_eq!(facts(226).caching.value, Caching::ByDefault);
    assert_eq!(facts(226).caching.source, doc(cite::RFC3229_10_4_1));
    // RFC 8470 §5.2: "The 425 (Too Early) status code is not cacheable by default."
    assert_eq!(facts(425).caching.value, Caching::OnlyIfExplicit);
    assert_eq!(facts(425).caching.source, doc(cite::RFC8470_5_2));
    // RFC 7540 §9.1.2 called 421 "cacheable by default", but 421 is now RFC
    // 9110's, whose §15.1 lists its heuristically cacheable codes and adds "all
    // other status codes are not heuristically cacheable"; 421 is not listed.
    assert_eq!(facts(421).caching.value, Caching::OnlyIfExplicit);
    assert_eq!(facts(404).caching.source, doc(cite::RFC9110_15_1));
    // RFC 9111 §4.3.4: on a 304 a cache "needs to identify stored responses
    // that are suitable for updating with the new information provided". It
    // read "No, only if the response allows it explicitly".
    assert_eq!(facts(304).caching.value, Caching::Freshens);
    assert_eq!(facts(304).caching.source, doc(cite::RFC9111_4_3_4));
}

#[test]
fn cacheable_by_default_says_the_method_can_rule_it_out() {
    // RFC 9110 §15.1: reusable with heuristic expiration "unless otherwise
    // indicated by the method definition or explicit cache controls" (§9.3.3:
    // a POST response needs explicit freshness; PUT and DELETE are not cacheable).
    let label = Caching::ByDefault.label();
    assert!(
        label.contains("method") && label.contains("Cache-Control"),
        "{label}"
    );
    // The others say when a cache may store it, not just "no".
    assert!(Caching::OnlyIfExplicit.label().contains("max-age"));
}

#[test]
fn interim_responses_are_never_stored() {
    // RFC 9111 §3: a cache stores a response only if "the response status code
    // is final"; every 1xx is interim (RFC 9110 §15.2).
    for code in [100, 101, 102, 103, 104, 150] {
        assert_eq!(facts(code).caching.value, Caching::Interim, "{code}");
        assert_eq!(facts(code).caching.source, doc(cite::RFC9111_3), "{code}");
    }
    // A final code nobody registered may still be stored with explicit
    // freshness (RFC 9111 §3 lists no exception for it; the old text leant on
    // RFC 7231 §6's "MUST NOT cache", which RFC 9110 dropped).
    assert_eq!(unrecognized(299).caching.value, Caching::OnlyIfExplicit);
    assert_eq!(unrecognized(299).caching.source, doc(cite::RFC9111_3));
}

#[test]
fn every_idempotent_method_is_named() {
    // RFC 9110 §9.2.2: "PUT, DELETE, and safe request methods defined by this
    // specification are idempotent"; §9.2.1: "the GET, HEAD, OPTIONS, and TRACE
    // methods are defined to be safe". TRACE was missing.
    let label = RetryWhen::IfIdempotent.label();
    for method in ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"] {
        assert!(label.contains(method), "{method} missing from {label:?}");
    }
    assert!(!label.contains("POST") && !label.contains("PATCH"));
    // When to repeat after a 500 is our advice, applying §9.2.2.
    for code in [500, 502, 504] {
        assert_eq!(
            facts(code).retry.source,
            ours(cite::RFC9110_9_2_2),
            "{code}"
        );
    }
}

#[test]
fn a_404_does_not_say_the_same_request_will_fail_again() {
    // RFC 9110 §15.5.5: "A 404 status code does not indicate whether this lack
    // of representation is temporary or permanent". The advice was "the same
    // request will get the same answer".
    let retry = facts(404).retry;
    assert_eq!(retry.value, RetryWhen::MayComeBack);
    assert_eq!(retry.source, doc(cite::RFC9110_15_5_5));
    // §15.5.11: a 410's condition "is likely to be permanent".
    assert_eq!(facts(410).retry.value, RetryWhen::LikelyPermanent);
    // No advice claims any longer that a request is bound to fail the same way.
    for entry in every_entry() {
        for fact in labelled_facts(&facts_for(&entry)) {
            assert!(
                !fact.value.contains("same answer"),
                "{}: {}",
                entry.code,
                fact.value
            );
        }
    }
}

#[test]
fn a_403_may_be_repeated_with_other_credentials() {
    // RFC 9110 §15.5.4: "The client SHOULD NOT automatically repeat the request
    // with the same credentials. The client MAY repeat the request with new or
    // different credentials."
    assert_eq!(facts(403).retry.value, RetryWhen::NotWithSameCredentials);
    assert_eq!(facts(403).retry.source, doc(cite::RFC9110_15_5_4));
}

#[test]
fn a_408_is_repeated_on_a_new_connection_only_if_the_old_one_is_unusable() {
    // RFC 9110 §15.5.9: "it MAY repeat that request. If the current connection
    // is not usable [...], a new connection will be used." RFC 7231's "SHOULD
    // send the close connection option" is gone, so neither the description
    // nor the Connection header says the server is closing the connection.
    let shown = facts(408);
    assert_eq!(shown.retry.value, RetryWhen::MayRepeat);
    assert_eq!(shown.retry.source, doc(cite::RFC9110_15_5_9));
    assert!(RetryWhen::MayRepeat.label().contains("if this one"));
    let connection = shown.headers.iter().find(|h| h.name == "Connection");
    let connection = connection.expect("408 names Connection");
    assert_eq!(connection.source, doc(cite::RFC9112_9_6));
    assert!(!connection.role.contains("is closing"));
    let description = &*registered(408).description;
    assert!(!description.contains("will close"), "{description}");
}

#[test]
fn codes_with_a_defined_next_step_say_it() {
    // RFC 9110 §15.5.3: "The 402 (Payment Required) status code is reserved for
    // future use." It was "change the request".
    assert_eq!(facts(402).retry.value, RetryWhen::Unsettled);
    // §15.4.5: the 304 redirects the client "to make use of that stored
    // representation"; it was "the request was handled".
    assert_eq!(facts(304).retry.value, RetryWhen::UseStored);
    // RFC 4918 §13: for a 207 "the recipient needs to consult the contents of
    // the multistatus response body"; it was "the request was handled".
    assert_eq!(facts(207).retry.value, RetryWhen::CheckEachStatus);
    assert_eq!(facts(207).retry.source, doc(cite::RFC4918_13));
    // §15.5.22: the server "might be willing to do so after the client upgrades".
    assert_eq!(facts(426).retry.value, RetryWhen::AfterUpgrade);
    // RFC 4918 §11.5: "the request MUST NOT be repeated until it is requested
    // by a separate user action"; it was "Yes, after waiting".
    assert_eq!(facts(507).retry.value, RetryWhen::UserOnly);
    assert_eq!(facts(507).retry.source, doc(cite::RFC4918_11_5));
    // RFC 2295 §8.1: 506 is "an internal configuration error"; a changed
    // request does not fix the server.
    assert_eq!(facts(506).retry.value, RetryWhen::AfterServerFix);
    // RFC 7725 §3: "if the legal demands were removed, a request for the
    // resource still might not succeed". Changing the request does not help.
    assert_eq!(facts(451).retry.value, RetryWhen::WhileBlocked);
    assert!(facts(451).retry.source.is_our_advice());
}

#[test]
fn a_2xx_to_connect_carries_no_content() {
    // RFC 9110 §6.4.1: "2xx (Successful) responses to a CONNECT request method
    // (Section 9.3.6) switch the connection to tunnel mode instead of having
    // content."
    for code in [200, 201, 206] {
        let body = facts(code).body;
        assert_eq!(body.value, BodyRule::AllowedNotToConnect, "{code}");
        assert_eq!(body.source, doc(cite::RFC9110_6_4_1), "{code}");
    }
    assert!(BodyRule::AllowedNotToConnect.label().contains("CONNECT"));
    assert_eq!(facts(404).body.value, BodyRule::Allowed);
}

#[test]
fn codes_only_ever_logged_have_no_response_at_all() {
    // nginx's docs: "The non-standard code 444 closes a connection without
    // sending a response header." AWS: a 460 is logged when "the client closed
    // the connection"; nginx 499 likewise. "Body allowed" was wrong for them.
    for (code, vendor) in [(444, "nginx"), (460, "AWS ELB"), (499, "nginx")] {
        let shown = facts_for(unofficial(code, vendor));
        assert_eq!(shown.body.value, BodyRule::NoResponse, "{code}");
        assert_eq!(shown.caching.value, Caching::NoResponse, "{code}");
        assert_eq!(shown.retry.value, RetryWhen::LogOnly, "{code}");
        for source in [shown.body.source, shown.caching.source, shown.retry.source] {
            assert_eq!(source, Source::Vendor, "{code}");
        }
    }
    // A code that reaches the client keeps the class's rule.
    let nginx_400 = facts_for(unofficial(495, "nginx"));
    assert_eq!(nginx_400.body.value, BodyRule::Allowed);
}

#[test]
fn header_roles_say_what_their_rfcs_say() {
    let role = |code: u16, name: &str| {
        *facts(code)
            .headers
            .iter()
            .find(|h| h.name == name)
            .unwrap_or_else(|| panic!("{code} {name}"))
    };
    // RFC 7725 §4: the Link header identifies "the entity actually implementing
    // blockage, not any other entity mandating it". It said "who is blocking";
    // the description said "who demands the block".
    let link = role(451, "Link");
    assert!(link.role.contains("carrying out") && link.role.contains("not whoever"));
    assert_eq!(link.source, doc(cite::RFC7725_4));
    let description = &*registered(451).description;
    assert!(!description.contains("demands"), "{description}");
    assert!(
        description.contains("carrying out the block"),
        "{description}"
    );
    // RFC 8297 §2 shows rel=preload; preconnect is not in it.
    assert!(!role(103, "Link").role.contains("preconnect"));
    // RFC 9110 §10.2.3 says nothing about how often Retry-After is sent.
    assert!(!role(301, "Retry-After").role.contains("rarely"));
}

#[test]
fn confusions_say_no_more_than_the_definitions() {
    let tell = |code: u16, other: u16| {
        facts(code)
            .confused_with
            .iter()
            .find(|c| c.other == other)
            .unwrap_or_else(|| panic!("{code} vs {other}"))
            .how_to_tell
    };
    // §15.5.1: 400 is "something that is perceived to be a client error (e.g.,
    // malformed request syntax, invalid request message framing, or deceptive
    // request routing)", not only a request that "could not be read".
    assert!(!tell(400, 422).contains("could not be read"));
    // §15.6.4: "The server MAY send a Retry-After header field"; "often" was ours.
    assert!(!tell(500, 503).contains("often"));
    // Cacheable means "by default" (§15.1); any response may allow caching.
    assert!(tell(301, 302).contains("cacheable by default"));
    // The 307/308 line cites §15.4, which says nothing of caching (the rows'
    // own caching facts do).
    assert!(!tell(307, 308).contains("cache"));
}

#[test]
fn unofficial_meanings_follow_the_vendors_current_documentation() {
    // Shopify's response-code page: "430 Shopify Security Rejection: The
    // request was not accepted because the request might be malicious". The
    // older write-ups' throttle meaning is told as the earlier one, and the
    // rate-limit advice ("after waiting") went with it.
    let shopify = unofficial(430, "Shopify");
    assert_eq!(shopify.name, "Shopify Security Rejection");
    assert!(shopify.description.contains("malicious"));
    assert!(shopify.description.contains("earlier use"));
    assert_eq!(
        facts_for(shopify).retry.value,
        RetryWhen::AfterChangingRequest
    );
    let source = &shopify.vendor.as_ref().expect("Shopify").source;
    assert!(source.url.starts_with("https://shopify.dev/"));
    // Cloudflare's error-530 page: it "is unable to resolve the origin
    // hostname, preventing it from establishing a connection": the request
    // never reached the origin, like 523's.
    let cloudflare = facts_for(unofficial(530, "Cloudflare"));
    assert_eq!(cloudflare.retry.value, RetryWhen::OnceFixed);
    // The SSL Labs API docs list "529 - the service is overloaded" and ask
    // clients to sleep before trying again: a vendor page, not only Wikipedia.
    let qualys = unofficial(529, "Qualys SSL Labs");
    let source = &qualys.vendor.as_ref().expect("Qualys").source;
    assert!(source.url.starts_with("https://github.com/ssllabs/"));
    assert_eq!(facts_for(qualys).retry.source, Source::Vendor);
    // Twitter's v1.1 docs still listed 420 beside 429; the current X API docs
    // list only 429. The description said v1.1 had moved to 429.
    let twitter = &*unofficial(420, "Twitter").description;
    assert!(!twitter.contains("From API v1.1 onward"), "{twitter}");
    assert!(twitter.contains("only 429"), "{twitter}");
}

#[test]
fn the_pages_claims_about_its_sources_are_no_broader_than_the_data() {
    // Not every unofficial code rests on its vendor's documentation: some
    // only on an encyclopedia article, and the labels say so.
    let footer = text::FOOTER_OURS;
    assert!(
        !footer.contains("come from vendor documentation"),
        "{footer}"
    );
    assert!(footer.contains("encyclopedia"), "{footer}");
    assert!(footer.contains("our advice"), "{footer}");
    let encyclopedia_only = entries()
        .iter()
        .filter_map(|e| e.vendor.as_ref())
        .filter(|v| v.source.url.contains("wikipedia.org"))
        .count();
    assert!(encyclopedia_only > 0);
    let readme = std::fs::read_to_string("README.md").expect("in the repo");
    assert!(
        !readme.contains("unit-tested against RFC 9110"),
        "README's Details list"
    );
    assert!(
        readme.to_lowercase().contains("our advice"),
        "README says which facts are ours"
    );
}

#[test]
fn site_entries_get_class_facts_with_their_sources() {
    let merged = merge_site_entries(&[SiteEntry {
        position: 0,
        code: 299,
        name: "Custom".into(),
        description: String::new(),
        link: None,
    }]);
    let own = merged.iter().find(|e| e.code == 299).expect("299 added");
    let shown: CodeFacts = facts_for(own);
    assert_eq!(shown, unrecognized(299));
    assert_eq!(shown.retry.source, ours(cite::RFC9110_15_3));
    assert!(all_sources(&shown)
        .iter()
        .all(|s| !matches!(s, Source::Vendor)));
}

// The re-reading of issue 31: each fact below was checked against the text
// of the section it cites, and its source (or wording) moved to the sentence
// that says it.

#[test]
fn what_a_redirect_does_to_the_method_is_cited_where_it_is_said() {
    // RFC 9110 §15.4.9 defines 308 without a word on the method. §15.4 says it
    // for all four: "307 (Temporary Redirect) and 308 (Permanent Redirect)
    // [...] were later added to unambiguously indicate method-preserving
    // redirects, and status codes 301 and 302 have been adjusted to allow a
    // POST request to be redirected as GET"; the client resends "the original
    // request message", changing the method only "according to the
    // redirecting status code's semantics".
    for code in [301, 302, 307, 308] {
        let redirect = facts(code).redirect.expect("a redirect");
        assert_eq!(redirect.method.source, doc(cite::RFC9110_15_4), "{code}");
    }
    // Whether the move is permanent stays with each code's own section:
    // §15.4.9 "has been assigned a new permanent URI".
    let permanent = facts(308).redirect.expect("308 redirects").permanence;
    assert_eq!(permanent.source, doc(cite::RFC9110_15_4_9));
    // §15.4.4: a 303 is followed by "a GET or HEAD request if using HTTP".
    let see_other = facts(303).redirect.expect("303 redirects");
    assert_eq!(see_other.method.source, doc(cite::RFC9110_15_4_4));
    assert_eq!(see_other.permanence.source, doc(cite::RFC9110_15_4_4));
    // The two lines are shown with their own sources.
    let shown = labelled_facts(&facts(308));
    let source_of = |key: &str| shown.iter().find(|f| f.key == key).expect(key).source;
    assert_eq!(source_of("method"), doc(cite::RFC9110_15_4));
    assert_eq!(source_of("redirect"), doc(cite::RFC9110_15_4_9));
}

#[test]
fn confusions_with_308_cite_where_308_is_said_to_keep_the_method() {
    let source = |code: u16, other: u16| {
        facts(code)
            .confused_with
            .iter()
            .find(|c| c.other == other)
            .unwrap_or_else(|| panic!("{code} vs {other}"))
            .source
    };
    // §15.4: 307 and 308 "indicate method-preserving redirects"; neither
    // §15.4.8 nor §15.4.9 says so of 308.
    assert_eq!(source(301, 308), doc(cite::RFC9110_15_4));
    assert_eq!(source(307, 308), doc(cite::RFC9110_15_4));
    assert_eq!(source(308, 307), doc(cite::RFC9110_15_4));
    // §15.4.2 says of 301 that "a user agent MAY change the request method
    // from POST to GET" and that "the 308 (Permanent Redirect) status code can
    // be used instead": enough under 308.
    assert_eq!(source(308, 301), doc(cite::RFC9110_15_4_2));
}

#[test]
fn retry_after_keeps_its_general_meaning_on_every_other_code() {
    // RFC 9110 §10.2.3: servers send Retry-After "to indicate how long the user
    // agent ought to wait before making a follow-up request", with any
    // response; only its readings with a 503 and with any 3xx are particular.
    // The default read "No meaning defined for this code".
    let general = labels::RETRY_AFTER_GENERAL_ONLY;
    assert!(general.contains("general"), "{general}");
    assert!(!general.to_lowercase().contains("no meaning"), "{general}");
    let mut general_codes = 0;
    for entry in every_entry() {
        let shown = facts_for(&entry);
        let fact = labelled_facts(&shown)
            .into_iter()
            .find(|f| f.key == "retryAfter")
            .expect("a Retry-After fact");
        assert!(!fact.value.contains("No meaning"), "{}", entry.code);
        if shown.retry_after.value {
            continue;
        }
        general_codes += 1;
        assert_eq!(fact.value, general, "{}", entry.code);
        // §10.2.3 says it; where the 3xx reading has no redirected request to
        // apply to (304, 305, 306, a code nobody sends), leaving only the
        // general one is our reading of the same section.
        match shown.retry_after.source {
            Source::Document(c) | Source::OurAdvice { basis: Some(c) } => {
                assert_eq!(c, cite::RFC9110_10_2_3, "{}", entry.code)
            }
            other => panic!("{}: {other:?}", entry.code),
        }
    }
    assert!(general_codes > 37, "{general_codes}");
    for code in [400, 404, 500, 502, 200, 100] {
        assert_eq!(facts(code).retry_after.source, doc(cite::RFC9110_10_2_3));
    }
    for code in [304, 305, 306] {
        assert_eq!(facts(code).retry_after.source, ours(cite::RFC9110_10_2_3));
    }
    // With a 503, §10.2.3 (not §15.6.4) is where Retry-After "indicates how
    // long the service is expected to be unavailable to the client".
    let header = facts(503)
        .headers
        .iter()
        .find(|h| h.name == "Retry-After")
        .expect("503 names Retry-After");
    assert_eq!(header.source, doc(cite::RFC9110_10_2_3));
}

#[test]
fn the_415_headers_cite_the_documents_that_define_them() {
    let header = |name: &str| {
        *facts(415)
            .headers
            .iter()
            .find(|h| h.name == name)
            .unwrap_or_else(|| panic!("415 {name}"))
    };
    // RFC 9110 §15.5.16 never mentions Accept-Post or Accept-Patch. Accept-Post
    // is the W3C Linked Data Platform's, §7.1: a response header "used to
    // specify the document formats accepted by the server on HTTP POST
    // requests". It was pinned to §15.5.16.
    assert_eq!(header("Accept-Post").source, doc(cite::LDP_7_1));
    assert!(cite::LDP_7_1.url.starts_with("https://www.w3.org/TR/ldp/"));
    // RFC 5789 §2.2: a 415 for an unsupported patch document "SHOULD include
    // an Accept-Patch response header".
    assert_eq!(header("Accept-Patch").source, doc(cite::RFC5789_2_2));
    // What §15.5.16 does name: Accept-Encoding "ought to be used" for an
    // unsupported coding, and "the Accept response header field can be used
    // to indicate which media types would have been accepted".
    assert_eq!(header("Accept-Encoding").source, doc(cite::RFC9110_15_5_16));
    assert_eq!(header("Accept").source, doc(cite::RFC9110_15_5_16));
    assert!(header("Accept").role.starts_with("In the response"));
}

#[test]
fn retry_advice_is_cited_only_where_the_section_gives_it() {
    // RFC 9110 §15.5.10: "the user might be able to resolve the conflict and
    // resubmit the request"; it does not say the request has to change, so
    // "Only after changing the request" is our advice.
    assert_eq!(facts(409).retry.value, RetryWhen::AfterChangingRequest);
    assert_eq!(facts(409).retry.source, ours(cite::RFC9110_15_5_10));
    // RFC 6585 §5 does say it of 431: "The request MAY be resubmitted after
    // reducing the size of the request header fields."
    assert_eq!(facts(431).retry.value, RetryWhen::AfterChangingRequest);
    assert_eq!(facts(431).retry.source, doc(cite::RFC6585_5));
}

#[test]
fn header_roles_match_their_sections() {
    let header = |code: u16, name: &str| {
        *facts(code)
            .headers
            .iter()
            .find(|h| h.name == name)
            .unwrap_or_else(|| panic!("{code} {name}"))
    };
    // RFC 9110 §14.4: a 206's Content-Range indicates "the partial range of
    // the selected representation enclosed", and "An asterisk character ("*")
    // in place of the complete-length indicates that the representation
    // length was unknown". §15.3.7 has no "if known".
    let range = header(206, "Content-Range");
    assert_eq!(range.source, doc(cite::RFC9110_14_4));
    assert!(range.role.contains("if known"));
    // RFC 3229 §10.5.2: IM lists "the instance-manipulations, if any, that
    // have been applied"; "Typical instance manipulations include delta
    // encodings and compression". It read "The delta encoding applied".
    let im = header(226, "IM");
    assert_eq!(im.source, doc(cite::RFC3229_10_5_2));
    assert!(im.role.contains("instance manipulations"), "{}", im.role);
    assert!(im.role.contains("compression"), "{}", im.role);
    // RFC 9110 §15.5.17: a 416's ranges were rejected "either because none of
    // the requested ranges are satisfiable or because the client has requested
    // an excessive number of small or overlapping ranges". It read "The
    // requested range, which overlaps nothing".
    let asked = header(416, "Range");
    assert_eq!(asked.source, doc(cite::RFC9110_15_5_17));
    assert!(!asked.role.contains("overlaps nothing"), "{}", asked.role);
    assert!(asked.role.contains("too many"), "{}", asked.role);
}

#[test]
fn three_oh_six_was_named_in_one_1997_draft_not_in_drafts_of_http() {
    // The 1997 Internet-Draft draft-cohen-http-305-306-responses-00 proposed
    // "a new response, "306 Switch Proxy"" (its announcement on the HTTP WG
    // list); RFC 2616 §10.3.7 only says 306 "was used in a previous version of
    // the specification, is no longer used, and the code is reserved". The
    // name was put down to "pre-RFC 7231 drafts", and the description to "a
    // draft of HTTP/1.1 before the standard".
    let table = std::fs::read_to_string("data/names.tsv").expect("in the repo");
    let switch_proxy = table
        .lines()
        .find(|l| l.starts_with("306\tSwitch Proxy"))
        .expect("306's other name");
    assert!(!switch_proxy.contains("RFC 7231 drafts"), "{switch_proxy}");
    assert!(
        switch_proxy.contains("draft-cohen-http-305-306-responses"),
        "{switch_proxy}"
    );
    let description = &*registered(306).description;
    assert!(
        !description.contains("before the standard"),
        "{description}"
    );
    assert!(
        description.contains("draft-cohen-http-305-306-responses"),
        "{description}"
    );
}
