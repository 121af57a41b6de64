//! Reads `data/guide.txt`, the "which code should I return?" tree, and checks
//! its rules: a tree (every step but the first reached by exactly one
//! answer), no path longer than [`MAX_QUESTIONS_ON_A_PATH`] questions, known
//! codes, stable ids.
//!
//! Self-contained on purpose: `build.rs` compiles this same file (through
//! `#[path]`) to turn the data into static Rust, and the tests read the data
//! with it too. One parser, no copies.
//!
//! The format, one line each, blank lines and `#` comments ignored:
//! ```text
//! question <id>
//! ask: <the question>
//! hint: <optional help>
//! source: <source>
//! answer: <label> -> <id of a question or result>
//!
//! result <id>
//! code: <code>              (starts a choice; one or two per result)
//! why: <choose this when…>
//! not: <why not the other choice>    (only with two choices)
//! source: <source>
//! header: <name> | <why send it> | <source>
//! avoid: <code> | <why not it> | <source>
//! ```
//! A source is a citation constant (`RFC9110_15_5_21`, stated there),
//! `ours RFC9110_15_5_21` (our advice applying it) or `ours`.

use std::fmt;

/// The longest path: no reader answers more than this many questions.
pub const MAX_QUESTIONS_ON_A_PATH: usize = 7;
/// The longest id: ids go into addresses (`?guide=validation-failed`).
pub const MAX_ID_LEN: usize = 40;

/// Where a fact of the guide comes from, as written in the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceSpec {
    /// The citation constant's name: the section states it.
    Cited(String),
    /// Our advice, applying the named citation, if any.
    Ours(Option<String>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Question(usize),
    Result(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerDraft {
    pub label: String,
    pub target: Target,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionDraft {
    pub id: String,
    pub ask: String,
    pub hint: String,
    pub source: SourceSpec,
    pub answers: Vec<AnswerDraft>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteDraft {
    /// A header's name, or an avoided code's digits.
    pub subject: String,
    pub why: String,
    pub source: SourceSpec,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceDraft {
    pub code: u16,
    pub why: String,
    pub not: String,
    pub source: SourceSpec,
    pub headers: Vec<NoteDraft>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultDraft {
    pub id: String,
    pub choices: Vec<ChoiceDraft>,
    pub avoid: Vec<NoteDraft>,
}

/// The whole tree; `questions[0]` is the start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tree {
    pub questions: Vec<QuestionDraft>,
    pub results: Vec<ResultDraft>,
}

/// What is wrong, and on which line (0 for the tree as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

fn error(line: usize, message: impl Into<String>) -> FormatError {
    FormatError {
        line,
        message: message.into(),
    }
}

/// An id as the data and the addresses write it.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn parse_source(text: &str, line: usize) -> Result<SourceSpec, FormatError> {
    let constant = |name: &str| -> Result<String, FormatError> {
        let ok = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if ok {
            Ok(name.to_string())
        } else {
            Err(error(
                line,
                format!("a source is a citation such as RFC9110_15_5_21, `ours RFC…` or `ours`, not {text:?}"),
            ))
        }
    };
    match text.strip_prefix("ours") {
        Some("") => Ok(SourceSpec::Ours(None)),
        Some(rest) if rest.starts_with(' ') => Ok(SourceSpec::Ours(Some(constant(rest.trim())?))),
        _ => Ok(SourceSpec::Cited(constant(text)?)),
    }
}

fn parse_code(text: &str, line: usize) -> Result<u16, FormatError> {
    match text.parse::<u16>() {
        Ok(code) if (100..=599).contains(&code) && text.len() == 3 => Ok(code),
        _ => Err(error(
            line,
            format!("{text:?} is not a status code from 100 to 599"),
        )),
    }
}

/// `a | b | c` → three trimmed, non-empty parts.
fn three_parts(text: &str, line: usize) -> Result<[String; 3], FormatError> {
    let parts: Vec<&str> = text.split('|').map(str::trim).collect();
    match parts.as_slice() {
        [a, b, c] if !a.is_empty() && !b.is_empty() && !c.is_empty() => {
            Ok([a.to_string(), b.to_string(), c.to_string()])
        }
        _ => Err(error(
            line,
            format!("expected three parts separated by `|`, found {text:?}"),
        )),
    }
}

enum Block {
    None,
    Question(QuestionDraft),
    Result(ResultDraft),
}

/// Parses and checks the whole file.
pub fn parse(text: &str) -> Result<Tree, FormatError> {
    // Answers name their targets by id; resolved once every block is read.
    let mut pending: Vec<Vec<(String, String, usize)>> = Vec::new();
    let mut tree = Tree::default();
    let mut block = Block::None;
    let mut ids: Vec<(String, Target, usize)> = Vec::new();

    let finish = |block: Block,
                  tree: &mut Tree,
                  ids: &mut Vec<(String, Target, usize)>,
                  line: usize|
     -> Result<(), FormatError> {
        match block {
            Block::None => {}
            Block::Question(q) => {
                if q.ask.is_empty() {
                    return Err(error(line, format!("question {} has no ask:", q.id)));
                }
                ids.push((q.id.clone(), Target::Question(tree.questions.len()), line));
                tree.questions.push(q);
            }
            Block::Result(r) => {
                if r.choices.is_empty() || r.choices.len() > 2 {
                    return Err(error(
                        line,
                        format!("result {} must name one or two codes", r.id),
                    ));
                }
                for choice in &r.choices {
                    if choice.why.is_empty() {
                        return Err(error(
                            line,
                            format!("result {}: {} has no why:", r.id, choice.code),
                        ));
                    }
                    if (r.choices.len() == 2) == choice.not.is_empty() {
                        return Err(error(
                            line,
                            format!(
                                "result {}: {} needs a not: exactly when the result has two codes",
                                r.id, choice.code
                            ),
                        ));
                    }
                }
                ids.push((r.id.clone(), Target::Result(tree.results.len()), line));
                tree.results.push(r);
            }
        }
        Ok(())
    };

    let mut block_line = 0;
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let opened = match trimmed.split_once(' ') {
            Some(("question", id)) => Some((id.trim(), true)),
            Some(("result", id)) => Some((id.trim(), false)),
            _ => None,
        };
        if let Some((id, question)) = opened {
            finish(
                std::mem::replace(&mut block, Block::None),
                &mut tree,
                &mut ids,
                block_line,
            )?;
            if !is_valid_id(id) {
                return Err(error(
                    line,
                    format!("{id:?} is not an id ([a-z0-9-], 1 to {MAX_ID_LEN})"),
                ));
            }
            block_line = line;
            let id = id.to_string();
            block = if question {
                pending.push(Vec::new());
                Block::Question(QuestionDraft {
                    id,
                    ask: String::new(),
                    hint: String::new(),
                    source: SourceSpec::Ours(None),
                    answers: Vec::new(),
                })
            } else {
                Block::Result(ResultDraft {
                    id,
                    choices: Vec::new(),
                    avoid: Vec::new(),
                })
            };
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            return Err(error(
                line,
                format!("expected `key: value`, found {trimmed:?}"),
            ));
        };
        let value = value.trim();
        if value.is_empty() {
            return Err(error(line, format!("{key}: is empty")));
        }
        match &mut block {
            Block::None => return Err(error(line, "a line outside any question or result block")),
            Block::Question(q) => match key {
                "ask" => q.ask = value.to_string(),
                "hint" => q.hint = value.to_string(),
                "source" => q.source = parse_source(value, line)?,
                "answer" => {
                    let Some((label, target)) = value.rsplit_once("->") else {
                        return Err(error(line, "an answer is `label -> id`"));
                    };
                    let (label, target) = (label.trim(), target.trim());
                    if label.is_empty() {
                        return Err(error(line, "an answer needs a label"));
                    }
                    if let Some(answers) = pending.last_mut() {
                        answers.push((label.to_string(), target.to_string(), line));
                    }
                }
                other => return Err(error(line, format!("unknown key {other:?} in a question"))),
            },
            Block::Result(r) => match key {
                "code" => r.choices.push(ChoiceDraft {
                    code: parse_code(value, line)?,
                    why: String::new(),
                    not: String::new(),
                    source: SourceSpec::Ours(None),
                    headers: Vec::new(),
                }),
                "avoid" => {
                    let [code, why, source] = three_parts(value, line)?;
                    parse_code(&code, line)?;
                    r.avoid.push(NoteDraft {
                        subject: code,
                        why,
                        source: parse_source(&source, line)?,
                    });
                }
                _ => {
                    let Some(choice) = r.choices.last_mut() else {
                        return Err(error(
                            line,
                            format!("{key}: before the result's first code:"),
                        ));
                    };
                    match key {
                        "why" => choice.why = value.to_string(),
                        "not" => choice.not = value.to_string(),
                        "source" => choice.source = parse_source(value, line)?,
                        "header" => {
                            let [name, why, source] = three_parts(value, line)?;
                            choice.headers.push(NoteDraft {
                                subject: name,
                                why,
                                source: parse_source(&source, line)?,
                            });
                        }
                        other => {
                            return Err(error(line, format!("unknown key {other:?} in a result")))
                        }
                    }
                }
            },
        }
    }
    finish(block, &mut tree, &mut ids, block_line)?;

    if tree.questions.is_empty() {
        return Err(error(0, "the guide has no question"));
    }
    for (at, (id, _, line)) in ids.iter().enumerate() {
        if ids[..at].iter().any(|(other, _, _)| other == id) {
            return Err(error(*line, format!("the id {id} is used twice")));
        }
    }
    // Resolve the answers' targets, and count how often each step is reached.
    let mut reached_by: Vec<(Target, usize)> = Vec::new();
    for (q, answers) in pending.into_iter().enumerate() {
        if !(2..=6).contains(&answers.len()) {
            return Err(error(
                0,
                format!(
                    "question {} has {} answers; give 2 to 6",
                    tree.questions[q].id,
                    answers.len()
                ),
            ));
        }
        for (label, target_id, line) in answers {
            let Some((_, target, _)) = ids.iter().find(|(id, _, _)| *id == target_id) else {
                return Err(error(
                    line,
                    format!("no question or result is called {target_id:?}"),
                ));
            };
            reached_by.push((target.clone(), line));
            tree.questions[q].answers.push(AnswerDraft {
                label,
                target: target.clone(),
            });
        }
    }
    for (id, target, line) in &ids {
        let count = reached_by.iter().filter(|(t, _)| t == target).count();
        let expected = usize::from(*target != Target::Question(0));
        if count != expected {
            return Err(error(
                *line,
                format!("{id} is reached by {count} answers; in a tree every step but the first is reached by exactly one"),
            ));
        }
    }
    // A tree now: depth first from the start, counting the questions asked.
    // (A cycle away from the start passes the count above: the walk finds it.)
    let mut stack = vec![(0usize, 1usize)];
    let mut visited = 0;
    while let Some((q, depth)) = stack.pop() {
        visited += 1 + tree.questions[q]
            .answers
            .iter()
            .filter(|a| matches!(a.target, Target::Result(_)))
            .count();
        if depth > MAX_QUESTIONS_ON_A_PATH {
            return Err(error(
                0,
                format!(
                    "question {} is question {depth} on its path; at most {MAX_QUESTIONS_ON_A_PATH} are asked",
                    tree.questions[q].id
                ),
            ));
        }
        for answer in &tree.questions[q].answers {
            if let Target::Question(next) = answer.target {
                stack.push((next, depth + 1));
            }
        }
    }
    if visited != ids.len() {
        return Err(error(
            0,
            "some questions or results cannot be reached from the first question",
        ));
    }
    Ok(tree)
}
