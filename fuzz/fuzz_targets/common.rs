//! Checks shared by the fuzz targets: what must hold for any index, query and
//! view, worked out again here from the entries rather than trusted from `run`.

use http_status_table::query::{
    highlight, run, sorted_rows, ClassSet, CodeSet, Notice, Outcome, Query, Scope, SearchIndex,
    SearchText, SortColumn, SortDirection, SortOrder, Term, MAX_QUERY_CHARS,
};
use http_status_table::registry::StatusClass;
use std::cmp::Ordering;

/// The reader's sort and scope together, as the targets vary them.
#[derive(Clone, Copy, Debug, Default)]
pub struct View {
    pub sort: SortOrder,
    pub show_unofficial: bool,
    pub classes: ClassSet,
    pub codes: CodeSet,
}

impl View {
    pub fn scope(self) -> Scope {
        Scope {
            show_unofficial: self.show_unofficial,
            classes: self.classes,
            codes: self.codes,
            candidates: CodeSet::ALL,
        }
    }

    /// True if the host offers the entry at all (its class and its code).
    fn offers(self, code: u16, class: StatusClass) -> bool {
        self.classes.contains(class) && self.codes.contains(code)
    }
}

/// What `Query::parse` must give for any text.
pub fn check_parse(text: &str) -> Query {
    let query = Query::parse(text);
    assert_eq!(
        query.truncated,
        text.chars().count() > MAX_QUERY_CHARS,
        "truncated flag for {text:?}"
    );
    assert!(query.terms().count() <= MAX_QUERY_CHARS);
    assert!(
        query.alternatives.iter().all(|terms| !terms.is_empty()),
        "an empty alternative from {text:?}"
    );
    assert!(query.alternatives.len() <= text.matches(',').count() + 1);
    for term in query.terms() {
        if let Some(folded) = term.text() {
            assert!(!folded.is_empty(), "empty text term from {text:?}");
            assert_eq!(
                http_status_table::query::fold_term(folded),
                folded,
                "text term is not folded"
            );
        }
        match term {
            Term::CodePrefix(digits) => {
                assert!((1..=3).contains(&digits.len()), "code prefix {digits:?}");
                assert!(digits.bytes().all(|b| b.is_ascii_digit()));
                assert!((b'1'..=b'5').contains(&digits.as_bytes()[0]));
            }
            Term::CodePattern(pattern) => {
                assert!(pattern.iter().any(Option::is_none), "pattern without x");
                assert!(pattern.iter().flatten().all(|d| *d <= 9));
                assert!(pattern[0].is_none_or(|d| (1..=5).contains(&d)));
            }
            _ => {}
        }
    }
    assert_eq!(Query::parse(text), query, "parsing is not deterministic");
    query
}

/// Runs the query and checks the outcome against the entries themselves.
pub fn check_run(index: &SearchIndex, query: &Query, view: View) -> Outcome {
    let outcome = run(index, query, view.scope(), view.sort);
    let len = index.len();

    let mut listed = vec![false; len];
    for &row in &outcome.rows {
        assert!(row < len, "row {row} out of range ({len} rows)");
        assert!(!listed[row], "row {row} listed twice");
        listed[row] = true;
    }

    let mut total = 0;
    let mut hidden_unofficial = 0;
    let mut offers_unofficial = false;
    for (row, &shown) in listed.iter().enumerate() {
        let (entry, _) = index.get(row).expect("every row below len exists");
        let offered = view.offers(entry.code, entry.class());
        let visible = offered && (view.show_unofficial || !entry.is_unofficial());
        // Every term of one alternative, worked out again from the terms.
        let matches = query.alternatives.is_empty()
            || query
                .alternatives
                .iter()
                .any(|terms| terms.iter().all(|t| index.term_matches(row, t)));
        total += usize::from(visible);
        offers_unofficial |= offered && entry.is_unofficial();
        hidden_unofficial += usize::from(offered && !visible && matches);
        if shown {
            assert!(
                view.show_unofficial || !entry.is_unofficial(),
                "unofficial {} shown while hidden",
                entry.code
            );
            assert!(
                view.offers(entry.code, entry.class()),
                "{} shown outside the classes or codes",
                entry.code
            );
        }
        assert_eq!(
            shown,
            visible && matches,
            "row {row} (code {}) shown={shown} visible={visible} matches={matches}",
            entry.code
        );
    }
    assert_eq!(outcome.total, total, "total");
    assert_eq!(
        outcome.hidden_unofficial, hidden_unofficial,
        "hidden_unofficial"
    );
    assert_eq!(
        outcome.offers_unofficial, offers_unofficial,
        "offers_unofficial"
    );
    assert!(outcome.rows.len() <= outcome.total);
    if view.show_unofficial {
        assert_eq!(outcome.hidden_unofficial, 0);
    }
    if query.is_empty() {
        assert_eq!(outcome.rows.len(), outcome.total, "empty query shows all");
    }

    check_order(index, &outcome.rows, view);
    let expected: Vec<usize> = sorted_rows(index, view.sort)
        .into_iter()
        .filter(|&row| listed[row])
        .collect();
    assert_eq!(outcome.rows, expected, "rows differ from sorted_rows");

    check_notices(index, query, view, &outcome.notices);
    assert_eq!(
        run(index, query, view.scope(), view.sort),
        outcome,
        "second run differs"
    );
    outcome
}

/// Neighbouring rows are in the view's order: the column, then code ascending.
fn check_order(index: &SearchIndex, rows: &[usize], view: View) {
    for pair in rows.windows(2) {
        let (Some((ea, ia)), Some((eb, ib))) = (index.get(pair[0]), index.get(pair[1])) else {
            panic!("rows out of range");
        };
        let primary = match view.sort.column {
            SortColumn::Code => ea.code.cmp(&eb.code),
            SortColumn::Name => ia.name_sort_key.cmp(&ib.name_sort_key),
            SortColumn::Class => ea.class().cmp(&eb.class()),
            SortColumn::Description => ia.description_sort_key.cmp(&ib.description_sort_key),
        };
        let primary = match view.sort.direction {
            SortDirection::Ascending => primary,
            SortDirection::Descending => primary.reverse(),
        };
        let order = primary
            .then(ea.code.cmp(&eb.code))
            .then(pair[0].cmp(&pair[1]));
        assert_eq!(order, Ordering::Less, "rows {pair:?} out of order");
    }
}

fn check_notices(index: &SearchIndex, query: &Query, view: View, notices: &[Notice]) {
    let terms: Vec<&Term> = query.terms().collect();
    assert_eq!(
        notices.contains(&Notice::Truncated),
        query.truncated,
        "truncation notice"
    );
    for (i, notice) in notices.iter().enumerate() {
        assert!(!notices[..i].contains(notice), "notice {notice:?} twice");
        match notice {
            Notice::Truncated => {}
            // Said only in the browser, before the second file is in:
            // natively the libraries' names are always there to read.
            Notice::NamesNotIn => panic!("the names-not-in notice natively"),
            Notice::Unassigned { code, class } => {
                assert!(!index.has_code(*code), "{code} is assigned");
                assert_eq!(StatusClass::of_code(*code), Some(*class));
                assert!(terms.contains(&&Term::CodePrefix(code.to_string())));
            }
            Notice::NotACode(text) => {
                assert!(terms.contains(&&Term::NotACode(text.clone())));
            }
            Notice::NotListed(code) => {
                assert!(terms.contains(&&Term::CodePrefix(code.to_string())));
                assert!(index.has_code(*code), "{code} is not assigned");
                assert!(
                    !index
                        .entries()
                        .iter()
                        .any(|e| e.code == *code && view.offers(e.code, e.class())),
                    "{code} is offered"
                );
            }
        }
    }
}

/// The text terms the shown `row` marks: text terms of the query, all of them
/// when the query has one alternative, none when it matches no alternative
/// that has any.
pub fn check_mark_terms<'q>(index: &SearchIndex, row: usize, query: &'q Query) -> Vec<&'q str> {
    let terms = index.mark_terms(row, query);
    let every = query.text_terms();
    assert!(terms.iter().all(|t| every.contains(t)), "a mark term not in the query");
    for (i, term) in terms.iter().enumerate() {
        assert!(!terms[..i].contains(term), "mark term {term:?} twice");
    }
    if query.alternatives.len() == 1 {
        assert_eq!(terms, every, "one alternative marks all its text terms");
    }
    terms
}

/// The highlighted pieces of `source` give back `source`, alternate between
/// marked and plain, and mark nothing when there is no text to look for.
pub fn check_highlight(source: &str, folded: &SearchText, terms: &[&str]) -> usize {
    let pieces = highlight(source, folded, terms);
    let joined: String = pieces.iter().map(|p| p.text).collect();
    assert_eq!(joined, source, "highlight pieces do not rebuild the text");
    for piece in &pieces {
        assert!(!piece.text.is_empty(), "empty piece in {source:?}");
    }
    for pair in pieces.windows(2) {
        assert_ne!(
            pair[0].marked, pair[1].marked,
            "two neighbouring pieces alike in {source:?}: {pieces:?}"
        );
    }
    let marked = pieces.iter().filter(|p| p.marked).count();
    if terms.is_empty() {
        assert_eq!(marked, 0, "marked without a text term");
    }
    marked
}
