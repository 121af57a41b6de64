//! Turning the text of the filter box into terms.

use super::search_text::fold_term;
use crate::registry::StatusClass;

/// Longer filter text is cut here: no status code needs more, and it keeps every
/// keystroke cheap whatever is pasted in.
pub const MAX_QUERY_CHARS: usize = 256;

/// Separates alternatives in the filter text: `404, 410`.
pub const ALTERNATIVE_SEPARATOR: char = ',';

/// A parsed filter: alternatives separated by commas, each a list of terms.
/// An entry matches when it matches every term (in any order) of at least one
/// alternative; a query with no alternative (empty text) matches every entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Never an empty one: `404,` is `404`.
    pub alternatives: Vec<Vec<Term>>,
    /// Set when the text was longer than [`MAX_QUERY_CHARS`] and only its start was used.
    pub truncated: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    /// One to three digits: codes starting with them (`4`, `40`, `404`).
    CodePrefix(String),
    /// Three characters of digits and `x`, at least one `x`: `4xx`, `40x`.
    CodePattern([Option<u8>; 3]),
    /// Digits that cannot start any status code (`6`, `600`, `0404`); matches nothing.
    NotACode(String),
    /// A whole class word (`client`, `server`, `error`, `redirect`, `success`,
    /// `informational`): entries of those classes, or whose name has the word.
    /// Descriptions are not searched, so `client error` means 4xx and only 4xx.
    ClassWord {
        classes: Vec<StatusClass>,
        text: String,
    },
    /// Anything else, folded (`time-out` → `timeout`): matches the start of a word in
    /// the class, name, former names, vendor, status or description.
    Text(String),
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let (kept, truncated) = match input.char_indices().nth(MAX_QUERY_CHARS) {
            Some((cut, _)) => (&input[..cut], true),
            None => (input, false),
        };
        // The limit applies to the whole text, whatever its alternatives.
        let alternatives = kept
            .split(ALTERNATIVE_SEPARATOR)
            .map(|alternative| {
                alternative
                    .split(|c: char| c.is_whitespace() || c.is_control())
                    .map(fold_term)
                    .filter(|t| !t.is_empty())
                    .map(Term::from_folded)
                    .collect::<Vec<_>>()
            })
            .filter(|terms| !terms.is_empty())
            .collect();
        Query {
            alternatives,
            truncated,
        }
    }

    /// True when the text holds no term at all: every entry matches.
    pub fn is_empty(&self) -> bool {
        self.alternatives.is_empty()
    }

    /// Every term of every alternative, in the order typed.
    pub fn terms(&self) -> impl Iterator<Item = &Term> {
        self.alternatives.iter().flatten()
    }

    /// The folded text of every text term, each once: what a row that matches
    /// every alternative marks.
    pub fn text_terms(&self) -> Vec<&str> {
        unique_texts(self.terms())
    }
}

/// The texts of `terms` that have one, each once, in order.
pub(crate) fn unique_texts<'q>(terms: impl Iterator<Item = &'q Term>) -> Vec<&'q str> {
    let mut texts: Vec<&str> = Vec::new();
    for text in terms.filter_map(Term::text) {
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
    texts
}

impl Term {
    fn from_folded(text: String) -> Term {
        let bytes = text.as_bytes();
        if bytes.iter().all(u8::is_ascii_digit) {
            let plausible = bytes.len() <= 3 && (b'1'..=b'5').contains(&bytes[0]);
            let in_range = bytes.len() < 3 || text.as_str() <= "599";
            return if plausible && in_range {
                Term::CodePrefix(text)
            } else {
                Term::NotACode(text)
            };
        }
        if bytes.len() == 3
            && bytes.contains(&b'x')
            && bytes.iter().all(|b| b.is_ascii_digit() || *b == b'x')
        {
            let digit = |b: u8| if b == b'x' { None } else { Some(b - b'0') };
            let pattern = [digit(bytes[0]), digit(bytes[1]), digit(bytes[2])];
            return match pattern[0] {
                Some(first) if !(1..=5).contains(&first) => Term::NotACode(text),
                _ => Term::CodePattern(pattern),
            };
        }
        match class_word(&text) {
            Some(classes) => Term::ClassWord { classes, text },
            None => Term::Text(text),
        }
    }

    /// The folded text to look for in names and descriptions, if any; used for highlighting.
    pub fn text(&self) -> Option<&str> {
        match self {
            Term::ClassWord { text, .. } | Term::Text(text) => Some(text),
            _ => None,
        }
    }
}

/// Whole words that name a class. Partial words (`redir`) are plain text terms,
/// which match class names by prefix anyway.
fn class_word(folded: &str) -> Option<Vec<StatusClass>> {
    use StatusClass::*;
    let classes = match folded {
        "informational" => vec![Informational],
        "success" | "successful" => vec![Successful],
        "redirect" | "redirects" | "redirection" | "redirections" => vec![Redirection],
        "client" | "clienterror" | "clienterrors" => vec![ClientError],
        "server" | "servererror" | "servererrors" => vec![ServerError],
        "error" | "errors" => vec![ClientError, ServerError],
        _ => return None,
    };
    Some(classes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(input: &str) -> Vec<Term> {
        Query::parse(input).terms().cloned().collect()
    }

    fn alternatives(input: &str) -> Vec<Vec<Term>> {
        Query::parse(input).alternatives
    }

    #[test]
    fn recognises_each_kind_of_term() {
        assert_eq!(terms(" 404 "), vec![Term::CodePrefix("404".into())]);
        assert_eq!(terms("4XX"), vec![Term::CodePattern([Some(4), None, None])]);
        assert_eq!(
            terms("40x"),
            vec![Term::CodePattern([Some(4), Some(0), None])]
        );
        assert_eq!(terms("600"), vec![Term::NotACode("600".into())]);
        assert_eq!(terms("6xx"), vec![Term::NotACode("6xx".into())]);
        assert_eq!(terms("4040"), vec![Term::NotACode("4040".into())]);
        assert_eq!(terms("Time-Out"), vec![Term::Text("timeout".into())]);
        assert!(matches!(&terms("Client")[..], [Term::ClassWord { .. }]));
        assert_eq!(terms("  \t\n "), vec![]);
        assert_eq!(terms("- !! ,"), vec![]);
    }

    #[test]
    fn commas_separate_alternatives() {
        let code = |digits: &str| Term::CodePrefix(digits.into());
        assert_eq!(
            alternatives("404, 410"),
            vec![vec![code("404")], vec![code("410")]]
        );
        assert_eq!(alternatives("404,410"), alternatives("404 , 410"));
        assert_eq!(
            alternatives("4xx timeout, 5xx"),
            vec![
                vec![
                    Term::CodePattern([Some(4), None, None]),
                    Term::Text("timeout".into())
                ],
                vec![Term::CodePattern([Some(5), None, None])]
            ]
        );
        // Empty alternatives are ignored, wherever they are.
        assert_eq!(alternatives("404,"), alternatives("404"));
        assert_eq!(alternatives(",,404, ,\t, - ,"), alternatives("404"));
        assert!(Query::parse(" , ,").is_empty());
        // A comma inside a word still separates: there is no comma in any code.
        assert_eq!(alternatives("time,out").len(), 2);
    }

    #[test]
    fn text_terms_are_listed_once() {
        let query = Query::parse("gateway time, timeout 5xx, gateway");
        assert_eq!(query.text_terms(), vec!["gateway", "time", "timeout"]);
        assert!(Query::parse("404, 4xx").text_terms().is_empty());
    }

    #[test]
    fn cuts_very_long_input() {
        let long = "a ".repeat(50_000);
        let query = Query::parse(&long);
        assert!(query.truncated);
        assert_eq!(query.terms().count(), MAX_QUERY_CHARS / 2);
        assert!(!Query::parse("404").truncated);
        // The limit is on the whole text, not on each alternative.
        let long = "a,".repeat(50_000);
        let query = Query::parse(&long);
        assert!(query.truncated);
        assert_eq!(query.alternatives.len(), MAX_QUERY_CHARS / 2);
    }
}
