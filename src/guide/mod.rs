//! "Which code should I return?": a decision tree of questions in a
//! developer's words, each answer leading to another question or to a result
//! that names one code (or two, where practice is split), the headers to send
//! with it, and the codes people reach for instead. Every step cites the
//! section it rests on, with the behaviour facts' [`Source`].
//!
//! The tree is data (`data/guide.txt`), read and checked by `format.rs` at
//! build time and compiled in as the statics below. Pure Rust, no web types.

pub mod format;

#[allow(unused_imports)] // the generated statics name citations
use crate::details::cite;
use crate::details::ShownSource;
pub use crate::details::Source;
use crate::query::CodeSet;

/// One place in the guide: a question, or a result. Stable in addresses as
/// its id ([`id`], [`find`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Question(u16),
    Result(u16),
}

/// A text of the guide, by its place in the one table of them. The tree's
/// structure (ids, where each answer leads, the codes) is read at start-up to
/// narrow the table; its words only where a step is drawn or the data API
/// asked. Reading them only through [`Words::text`] keeps them out of the
/// start-up code, so the build's split puts them in the second file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words(u16);

impl Words {
    /// The text itself.
    pub fn text(self) -> &'static str {
        GUIDE_WORDS.get(usize::from(self.0)).copied().unwrap_or("")
    }

    /// True for no text (build.rs gives the empty text the first place), read
    /// without the table.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub ask: Words,
    /// Help for answering; empty when there is none.
    pub hint: Words,
    pub source: Source,
    pub answers: &'static [Answer],
}

#[derive(Debug)]
pub struct Answer {
    pub label: Words,
    pub next: Step,
}

/// A result: the code to return, or two where practice is split.
#[derive(Debug)]
pub struct Verdict {
    pub id: &'static str,
    pub choices: &'static [Choice],
    /// Codes people reach for here, and why not.
    pub avoid: &'static [Avoid],
}

#[derive(Debug)]
pub struct Choice {
    pub code: u16,
    /// When to choose it.
    pub why: Words,
    /// Why not the other choice; empty when there is only one.
    pub not: Words,
    pub source: Source,
    pub headers: &'static [HeaderAdvice],
}

/// A header to send with a code.
#[derive(Debug)]
pub struct HeaderAdvice {
    pub name: &'static str,
    pub why: Words,
    pub source: Source,
}

#[derive(Debug)]
pub struct Avoid {
    pub code: u16,
    pub why: Words,
    pub source: Source,
}

// QUESTIONS, VERDICTS and GUIDE_WORDS, written by build.rs from data/guide.txt.
include!(concat!(env!("OUT_DIR"), "/guide_data.rs"));

/// Every question; the first is where the guide starts.
pub fn questions() -> &'static [Question] {
    QUESTIONS
}

/// Every result.
pub fn verdicts() -> &'static [Verdict] {
    VERDICTS
}

/// Where the guide starts.
pub fn start() -> Step {
    Step::Question(0)
}

pub fn question(step: Step) -> Option<&'static Question> {
    match step {
        Step::Question(at) => QUESTIONS.get(usize::from(at)),
        Step::Result(_) => None,
    }
}

pub fn verdict(step: Step) -> Option<&'static Verdict> {
    match step {
        Step::Result(at) => VERDICTS.get(usize::from(at)),
        Step::Question(_) => None,
    }
}

/// The step's id, as addresses and the data write it.
pub fn id(step: Step) -> &'static str {
    match step {
        Step::Question(_) => question(step).map_or("", |q| q.id),
        Step::Result(_) => verdict(step).map_or("", |v| v.id),
    }
}

/// The step called `id`.
pub fn find(id: &str) -> Option<Step> {
    let question = QUESTIONS.iter().position(|q| q.id == id);
    let result = || VERDICTS.iter().position(|v| v.id == id);
    match question {
        Some(at) => Some(Step::Question(at as u16)),
        None => result().map(|at| Step::Result(at as u16)),
    }
}

/// The question that leads to `step`, and which of its answers does; `None`
/// for the start. The tree has one such answer per step (checked at build).
pub fn parent(step: Step) -> Option<(Step, usize)> {
    QUESTIONS.iter().enumerate().find_map(|(at, q)| {
        q.answers
            .iter()
            .position(|a| a.next == step)
            .map(|answer| (Step::Question(at as u16), answer))
    })
}

/// The answers given on the way to `step`, from the start: each question and
/// the answer chosen.
pub fn trail(step: Step) -> Vec<(Step, usize)> {
    let mut trail = Vec::new();
    let mut at = step;
    while let Some((question, answer)) = parent(at) {
        trail.push((question, answer));
        at = question;
    }
    trail.reverse();
    trail
}

/// The codes still possible at `step`: every code of the results below it.
pub fn candidates(step: Step) -> CodeSet {
    match step {
        Step::Result(_) => verdict(step).map_or(CodeSet::NONE, |v| {
            v.choices
                .iter()
                .fold(CodeSet::NONE, |set, c| set.with(c.code))
        }),
        Step::Question(_) => question(step).map_or(CodeSet::NONE, |q| {
            q.answers
                .iter()
                .fold(CodeSet::NONE, |set, a| set.union(candidates(a.next)))
        }),
    }
}

/// A step's source as the widget and the data API show it: a link to the
/// section, or the "our advice" mark with its basis. The guide's steps never
/// rest on a vendor's page; one that did would be shown as ours.
pub fn shown(source: Source) -> ShownSource<'static> {
    match source {
        Source::Document(citation) => ShownSource::Link {
            label: citation.label,
            url: citation.url,
        },
        Source::OurAdvice { basis } => ShownSource::OurAdvice { basis },
        Source::Vendor => ShownSource::OurAdvice { basis: None },
    }
}
