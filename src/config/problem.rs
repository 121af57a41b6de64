//! What could not be used of a host's input, in words a host developer can act on.

use std::fmt;

/// One rejected value: which option, and why, in words a host developer can act on.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub option: String,
    pub message: String,
}

impl Problem {
    pub fn new(option: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            option: option.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.option, self.message)
    }
}

/// Shortens text for an error message, so a 1 MB value does not become a 1 MB message.
pub fn preview(text: &str) -> String {
    preview_to(text, 40)
}

/// [`preview`] to at most `chars` characters.
pub fn preview_to(text: &str, chars: usize) -> String {
    let short: String = text.chars().take(chars).collect();
    if short.len() < text.len() {
        format!("\"{short}\u{2026}\"")
    } else {
        format!("\"{short}\"")
    }
}
