//! Every user-facing string, in one module, ready for translation: the
//! interface's here, the details panel's facts in [`facts`]. Pure Rust, so the
//! data layers can use it too.

pub mod facts;

use crate::query::Notice;
use crate::registry::{Date, TemporaryDates};

pub const TITLE: &str = "HTTP status codes";
pub const INTRO: &str =
    "Every code in the IANA registry, with former names and common unofficial codes. Type to filter, click a column to sort.";
/// Shown in place of every table if the code panics (see `host::crash`).
pub const CRASHED: &str = "The HTTP status code table stopped because of an internal error. \
     Reload the page to use it again; the details are in the browser console.";
pub const FILTER_LABEL: &str = "Filter status codes";
pub const FILTER_PLACEHOLDER: &str = "404, 4xx, timeout, client error\u{2026}";
pub const FILTER_HELP: &str =
    "A code or its start (40), a class (4xx, client error), or words from the name or description. Commas separate alternatives: 404, 410.";
pub const SHOW_UNOFFICIAL: &str = "Show unofficial codes (nginx, Cloudflare, AWS\u{2026})";
pub const TABLE_CAPTION: &str = "HTTP status codes";
pub const COLUMN_CODE: &str = "Code";
pub const COLUMN_NAME: &str = "Name";
pub const COLUMN_CLASS: &str = "Class";
pub const COLUMN_DESCRIPTION: &str = "Description";
pub const FORMERLY: &str = "Formerly: ";
pub const ALSO_KNOWN_AS: &str = "Also known as: ";
pub const DEPRECATED_BY: &str = "Deprecated by ";
pub const DEPRECATED: &str = "Deprecated";
pub const ALSO_KNOWN_AS_TERM: &str = "Also known as";
/// The vendor of an unofficial code, as a details term and as the row's
/// "Used by nginx. Documented in: …" line.
pub const USED_BY: &str = "Used by";
pub const USED_BY_LEAD: &str = "Used by ";
pub const DOCUMENTED_IN: &str = "Documented in";
pub const CLEAR_FILTER: &str = "Clear filter";
pub const SHOW_THEM: &str = "Show them";
/// Said on the pre-rendered page when the app cannot run: in `<noscript>`, and
/// shown by the loader when WebAssembly is off or refused.
pub const NEEDS_SCRIPT: &str =
    "Filtering and sorting need JavaScript and WebAssembly, and they could not start here. \
     The table below lists every registered code in code order, with links to the RFCs.";
/// Shown in place of the count while the app starts on a page whose address
/// asks for a filter or a sort: the rows below are not that view yet.
pub const STARTING: &str = "Applying the filter and sort from the address\u{2026}";
pub const FOOTER_SOURCE: &str = "Names, statuses and references: ";
pub const FOOTER_REGISTRY: &str = "IANA HTTP Status Code Registry";
pub const FOOTER_AS_OF: &str = ", as of ";
pub const FOOTER_OURS: &str =
    ". Descriptions are our own words, from the RFCs and, for the unofficial codes (marked as such), from the document each one links: its vendor's page where there is one, an encyclopedia article where that is all there is. Each behaviour fact links its source, and advice of our own is marked as our advice.";

/// A temporary registration's dates, and plainly whether it has expired on
/// `today` (the reader's clock, not the build's).
pub fn temporary_registration(dates: &TemporaryDates, today: Date) -> String {
    if dates.has_expired(today) {
        return format!(
            "Registration expired on {} unless extended since; check IANA.",
            dates.expires
        );
    }
    format!("Temporary registration: {dates}.")
}

/// The live region's text: "12 of 64 codes".
pub fn result_count(shown: usize, total: usize) -> String {
    let noun = if total == 1 { "code" } else { "codes" };
    format!("{shown} of {total} {noun}")
}

/// Offered when hidden unofficial codes match the filter.
pub fn hidden_unofficial(count: usize) -> String {
    match count {
        1 => "1 unofficial code matches but is hidden.".to_string(),
        n => format!("{n} unofficial codes match but are hidden."),
    }
}

/// The empty state's message; the query is shown as text, never as markup.
pub fn nothing_matches(query: &str) -> String {
    let shown: String = query.trim().chars().take(60).collect();
    let ellipsis = if query.trim().chars().count() > 60 {
        "\u{2026}"
    } else {
        ""
    };
    format!("No status code matches \u{201C}{shown}{ellipsis}\u{201D}.")
}

pub fn notice(notice: &Notice) -> String {
    match notice {
        Notice::Truncated => format!(
            "Only the first {} characters of the filter are used.",
            crate::query::MAX_QUERY_CHARS
        ),
        Notice::Unassigned { code, class } => format!(
            "{code} is not assigned to any status code. It would be a {} ({}) code.",
            class.name(),
            class.wildcard()
        ),
        Notice::NotACode(text) => {
            let shown: String = text.chars().take(20).collect();
            format!("\u{201C}{shown}\u{201D} cannot be a status code: codes are three digits from 100 to 599.")
        }
        Notice::NotListed(code) => format!("{code} is not among the codes this table lists."),
        Notice::NamesNotIn => NAMES_NOT_IN.to_string(),
    }
}

/// [`Notice::NamesNotIn`]: said while the libraries' names have not come.
pub const NAMES_NOT_IN: &str = "Names from code (such as http.StatusNotFound) are not loaded yet: the filter will be matched against them as soon as they are.";

pub const PROBLEMS_INTRO: &str = "Some options of this table could not be used:";
/// At most this many problems are listed in the widget; all are in `problems`.
pub const PROBLEMS_SHOWN: usize = 20;

pub fn more_problems(count: usize) -> String {
    format!("\u{2026} and {count} more (the full list is in the console and in the widget\u{2019}s problems)")
}

pub const DEFINED_BY_SITE: &str = "Defined by this site";
pub const SITE_LINK: &str = "This site\u{2019}s documentation";

pub const COPY_CODE: &str = "Copy code";
pub const COPY_LINK: &str = "Copy link";
pub const COPY_BLOCKED: &str =
    "This browser did not allow copying. The text is selected below: press Ctrl+C (\u{2318}C on a Mac).";
pub const NOT_IN_REGISTRY: &str = "Not in the IANA registry";
pub const EXPORT_LABEL: &str = "Export the rows shown";

/// The toggle's accessible name: "Details for 404 Not Found".
pub fn details_for(code: u16, name: &str) -> String {
    format!("Details for {code} {name}")
}

/// Announced and shown after a copy: "Copied: HTTP/1.1 404 Not Found".
pub fn copied(what: &str) -> String {
    format!("Copied: {what}")
}

/// What the live region says once typing or sorting pauses.
pub fn announcement(shown: usize, total: usize, column: &str, descending: bool) -> String {
    let direction = if descending {
        "descending"
    } else {
        "ascending"
    };
    format!(
        "{}, sorted by {column}, {direction}.",
        result_count(shown, total)
    )
}
pub const COPY_FALLBACK_LABEL: &str = "Text to copy";

// The "which code should I return?" guide.
/// Where an opened code's details or the guide's step will be, while the
/// second file that draws them is fetched (`ui::later`).
pub const LATER_LOADING: &str = "Loading\u{2026}";
/// In their place when that file cannot be fetched; the next opening tries again.
pub const LATER_FAILED: &str =
    "This part of the table could not be loaded (the network may be down). Close it and open it again to retry.";
/// The data API's promise is rejected with this when that file cannot be fetched.
pub const DATA_API_UNAVAILABLE: &str =
    "http-status-table: the data could not be loaded (the network may be down); call again to retry";
pub const GUIDE_OPEN: &str = "Which code should I return?";
pub const GUIDE_INTRO: &str =
    "Answer a few questions about your request; the table below narrows to the codes still possible.";
pub const GUIDE_STATIC_INTRO: &str = "Open the answer that fits to see the next question.";
pub const GUIDE_TRAIL: &str = "Your answers so far";
pub const GUIDE_BACK: &str = "Back";
pub const GUIDE_START_OVER: &str = "Start over";
pub const GUIDE_SEND_WITH_IT: &str = "Send with it";
pub const GUIDE_AVOID: &str = "Not these";
pub const GUIDE_RETURN: &str = "Return ";
pub const GUIDE_OR: &str = ", or ";

/// "Why not 400: …"
pub fn guide_why_not(code: u16) -> String {
    format!("Why not {code}: ")
}

/// Said when a result names a code the host's `codes` option leaves out: the
/// guide never hides that the right code is missing.
pub fn guide_not_listed(code: u16) -> String {
    format!("{code} is the code for this case, but it is not among the codes this table lists.")
}

/// Announced when the guide moves: "Question 2: …" or "Result: Return 404".
pub fn guide_question_announcement(number: usize, ask: &str) -> String {
    format!("Question {number}: {ask}")
}

pub fn guide_result_announcement(codes: &str) -> String {
    format!("Result: return {codes}.")
}

/// Said when the filter matches codes the guide's step has set aside.
pub fn guide_set_aside(count: usize) -> String {
    match count {
        1 => "1 code that matches is set aside by the guide.".to_string(),
        n => format!("{n} codes that match are set aside by the guide."),
    }
}

pub const GUIDE_CLOSE: &str = "Close the guide";

/// The details' "what is it called in my code?" part (`ui::code_names`).
pub mod code_names {
    pub const TERM: &str = "In code";
    pub const NO_NAME: &str = "no name for this code";
    pub const COPY: &str = "Copy";
    pub const CHOOSE: &str = "Languages shown";
    pub const NONE_CHOSEN: &str =
        "No language chosen: pick some under \u{201c}Languages shown\u{201d}.";
    /// Before the names a row matched through, in the name cell.
    pub const MATCHED_IN_CODE: &str = "In code: ";

    /// The copy button's accessible name.
    pub fn copy_label(identifier: &str, library: &str) -> String {
        format!("Copy {identifier} ({library})")
    }

    /// The link to the file a library's names were read from.
    pub fn source_label(file: &str, version: &str) -> String {
        format!("{file} {version}")
    }

    /// The chooser's summary: `Languages shown (5 of 16)`.
    pub fn chosen(count: usize, of: usize) -> String {
        format!("{CHOOSE} ({count} of {of})")
    }
}
