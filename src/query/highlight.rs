//! Which parts of a name or description the query matched, as plain text pieces.
//! The view turns marked pieces into `<mark>` elements holding text nodes: no
//! markup is ever built from the query.

use super::search_text::SearchText;
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub marked: bool,
}

/// Splits `source` (whose folded form is `folded`) into marked and unmarked
/// pieces: what the folded text `terms` match is marked. A row's terms are
/// those of the alternatives it matches (`SearchIndex::mark_terms`).
pub fn highlight<'a, T: AsRef<str>>(
    source: &'a str,
    folded: &SearchText,
    terms: &[T],
) -> Vec<Piece<'a>> {
    // (start, end) pairs in order: the sort of pairs the wasm has anyway (the
    // table body sorts pairs too), where a sort by key would add one of its own.
    let mut ranges: Vec<(usize, usize)> = terms
        .iter()
        .flat_map(|text| folded.source_ranges(text.as_ref()))
        .filter(|r| r.start < r.end && r.end <= source.len())
        .map(|r| (r.start, r.end))
        .collect();
    ranges.sort_unstable();

    // Overlapping or touching matches become one marked piece.
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => merged.push(start..end),
        }
    }

    let mut pieces = Vec::new();
    let mut at = 0;
    for range in merged {
        let (Some(plain), Some(marked)) = (source.get(at..range.start), source.get(range.clone()))
        else {
            continue;
        };
        if !plain.is_empty() {
            pieces.push(Piece {
                text: plain,
                marked: false,
            });
        }
        pieces.push(Piece {
            text: marked,
            marked: true,
        });
        at = range.end;
    }
    if let Some(rest) = source.get(at..).filter(|rest| !rest.is_empty()) {
        pieces.push(Piece {
            text: rest,
            marked: false,
        });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Query;

    fn marked(source: &str, query: &str) -> Vec<(String, bool)> {
        let query = Query::parse(query);
        highlight(source, &SearchText::new(source), &query.text_terms())
            .into_iter()
            .map(|p| (p.text.to_string(), p.marked))
            .collect()
    }

    #[test]
    fn marks_each_match_once() {
        assert_eq!(
            marked("Gateway Time-out", "time-out gate"),
            vec![
                ("Gate".into(), true),
                ("way ".into(), false),
                ("Time-out".into(), true)
            ]
        );
        assert_eq!(
            marked("Not Found", "not notf"),
            vec![("Not F".into(), true), ("ound".into(), false)]
        );
        assert_eq!(
            marked("Not Found", "404"),
            vec![("Not Found".into(), false)]
        );
        assert_eq!(marked("", "x"), vec![]);
    }

    #[test]
    fn markup_in_the_query_stays_text() {
        let source = "<b>bold</b> text";
        let pieces = marked(source, "<b>");
        let joined: String = pieces.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(joined, source);
    }
}
