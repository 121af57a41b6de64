//! Text folded for matching: ASCII letters lowercased, punctuation and spaces
//! dropped, remembering where each word began and which source byte each folded
//! byte came from (so matches can be highlighted in the original text).
//!
//! Folding is ASCII-only on purpose: the registry is ASCII, and full Unicode case
//! tables would cost ~10 KB of wasm. Other characters are kept as they are, so
//! they still match themselves.

use std::ops::Range;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchText {
    folded: Vec<u8>,
    word_starts: Vec<u32>,
    source_offsets: Vec<u32>,
}

/// How one character takes part in folded text.
enum CharRole {
    /// Kept, in this (lowercased) form.
    Word(char),
    /// Dropped without ending the word: apostrophes, so `I'm` folds to `im`.
    Joiner,
    /// Dropped and ends the word: spaces, hyphens, punctuation, control and format characters.
    Separator,
}

fn role(c: char) -> CharRole {
    if c.is_ascii_alphanumeric() {
        CharRole::Word(c.to_ascii_lowercase())
    } else if c == '\'' || c == '\u{2019}' {
        CharRole::Joiner
    } else if c.is_ascii()
        || c.is_whitespace()
        || c.is_control()
        || ('\u{2000}'..='\u{206F}').contains(&c)
        || c == '\u{FEFF}'
    {
        CharRole::Separator
    } else {
        CharRole::Word(c)
    }
}

/// Folds a query term: every character that is not part of a word is dropped, so
/// `time-out` becomes `timeout` and `Client-Error` becomes `clienterror`.
pub fn fold_term(term: &str) -> String {
    term.chars()
        .filter_map(|c| match role(c) {
            CharRole::Word(w) => Some(w),
            _ => None,
        })
        .collect()
}

impl SearchText {
    pub fn new(source: &str) -> SearchText {
        let mut text = SearchText::default();
        let mut at_word_start = true;
        let mut buf = [0u8; 4];
        for (offset, c) in source.char_indices() {
            match role(c) {
                CharRole::Word(w) => {
                    if at_word_start {
                        text.word_starts.push(text.folded.len() as u32);
                        at_word_start = false;
                    }
                    for (i, byte) in w.encode_utf8(&mut buf).bytes().enumerate() {
                        text.folded.push(byte);
                        text.source_offsets.push((offset + i) as u32);
                    }
                }
                CharRole::Joiner => {}
                CharRole::Separator => at_word_start = true,
            }
        }
        text
    }

    /// An identifier as written in code, searchable from byte `from` on (after
    /// its library's prefix): words start at punctuation, at a capital after
    /// a lowercase letter, at the last capital of an acronym a word follows,
    /// and between digits and letters. `HTTPVersionNotSupported` has the
    /// words HTTP, Version, Not, Supported; `NOT_FOUND` has NOT, FOUND.
    /// Offsets still point into the whole identifier, for marking it.
    pub fn identifier(source: &str, from: usize) -> SearchText {
        let mut text = SearchText::default();
        let bytes = source.as_bytes();
        let mut previous: Option<u8> = None;
        for (offset, &b) in bytes.iter().enumerate().skip(from) {
            if !b.is_ascii_alphanumeric() {
                previous = None;
                continue;
            }
            let next = bytes.get(offset + 1).copied();
            let starts_word = match previous {
                None => true,
                Some(p) => {
                    (b.is_ascii_uppercase() && p.is_ascii_lowercase())
                        || (b.is_ascii_uppercase()
                            && p.is_ascii_uppercase()
                            && next.is_some_and(|n| n.is_ascii_lowercase()))
                        || (b.is_ascii_digit() != p.is_ascii_digit())
                }
            };
            if starts_word {
                text.word_starts.push(text.folded.len() as u32);
            }
            text.folded.push(b.to_ascii_lowercase());
            text.source_offsets.push(offset as u32);
            previous = Some(b);
        }
        text
    }

    /// The folded text, e.g. `requesttimeout` for `Request Time-out`.
    pub fn folded(&self) -> &str {
        // Built from whole chars only, so always valid UTF-8.
        std::str::from_utf8(&self.folded).unwrap_or("")
    }

    /// True if `term` (already folded) occurs starting at the beginning of a word.
    /// It may run on into the following words: `timeout` matches `Time-out`,
    /// `notfound` matches `Not Found`, `found` matches too, `ound` does not.
    pub fn matches(&self, term: &str) -> bool {
        self.match_starts(term).next().is_some()
    }

    fn match_starts<'a>(&'a self, term: &'a str) -> impl Iterator<Item = usize> + 'a {
        let term = term.as_bytes();
        self.word_starts
            .iter()
            .map(|&start| start as usize)
            .filter(move |&start| !term.is_empty() && self.folded[start..].starts_with(term))
    }

    /// Byte ranges of the source text covered by each match of `term`.
    pub fn source_ranges<'a>(&'a self, term: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        self.match_starts(term).filter_map(move |start| {
            let last = start + term.len() - 1;
            let from = *self.source_offsets.get(start)? as usize;
            let to = *self.source_offsets.get(last)? as usize + 1;
            Some(from..to)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_punctuation() {
        assert_eq!(
            SearchText::new("Request Time-out").folded(),
            "requesttimeout"
        );
        assert_eq!(SearchText::new("I'm a teapot").folded(), "imateapot");
        assert_eq!(fold_term("Time-Out"), "timeout");
        assert_eq!(fold_term("HTTP/1.1"), "http11");
        assert_eq!(fold_term("!!!"), "");
    }

    #[test]
    fn matches_only_from_word_starts() {
        let text = SearchText::new("Request Time-out");
        for term in ["request", "req", "time", "timeout", "out", "requesttime"] {
            assert!(text.matches(term), "{term}");
        }
        for term in ["equest", "imeout", "", "outx"] {
            assert!(!text.matches(term), "{term}");
        }
    }

    #[test]
    fn ranges_map_back_to_the_source() {
        let source = "Gateway Time-out";
        let text = SearchText::new(source);
        let ranges: Vec<_> = text.source_ranges("timeout").collect();
        assert_eq!(ranges, vec![8..16]);
        assert_eq!(&source[8..16], "Time-out");
    }

    #[test]
    fn identifiers_split_into_words_at_their_humps() {
        let text = SearchText::identifier("http.StatusHTTPVersionNotSupported", 11);
        assert_eq!(text.folded(), "httpversionnotsupported");
        for term in ["http", "version", "notsupported", "supported"] {
            assert!(text.matches(term), "{term}");
        }
        assert!(!text.matches("status"), "the prefix is not searched");
        assert!(!text.matches("ersion"));
        let snake = SearchText::identifier("HTTPStatus.NOT_FOUND", 11);
        assert!(snake.matches("found") && snake.matches("notfound"));
        let ranges: Vec<_> = snake.source_ranges("found").collect();
        assert_eq!(ranges, vec![15..20]);
    }

    #[test]
    fn keeps_non_ascii_characters_whole() {
        let source = "caf\u{e9} \u{1F600} ok";
        let text = SearchText::new(source);
        assert!(text.matches("\u{1F600}"));
        let ranges: Vec<_> = text.source_ranges("caf\u{e9}").collect();
        assert_eq!(&source[ranges[0].clone()], "caf\u{e9}");
        // Bidi overrides and zero-width characters separate words instead of hiding inside them.
        assert!(SearchText::new("a\u{202E}bc").matches("bc"));
    }
}
