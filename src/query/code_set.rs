//! A set of status codes (the `codes` option): one bit per code from 100 to
//! 599, so it is `Copy` and a test is one shift.

use std::ops::RangeInclusive;

/// The codes a table lists; the default holds every code from 100 to 599.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CodeSet([u64; 8]);

impl Default for CodeSet {
    fn default() -> Self {
        CodeSet::ALL
    }
}

impl CodeSet {
    /// The lowest and highest code a set can hold.
    pub const CODES: RangeInclusive<u16> = 100..=599;
    pub const NONE: CodeSet = CodeSet([0; 8]);
    /// 500 bits: seven whole words and 52 bits of the eighth.
    pub const ALL: CodeSet = CodeSet([
        u64::MAX,
        u64::MAX,
        u64::MAX,
        u64::MAX,
        u64::MAX,
        u64::MAX,
        u64::MAX,
        (1 << 52) - 1,
    ]);

    /// The bit of `code`, if it can be a status code.
    fn bit(code: u16) -> Option<(usize, u64)> {
        Self::CODES.contains(&code).then(|| {
            let at = usize::from(code - 100);
            (at / 64, 1 << (at % 64))
        })
    }

    /// The set with `code` added; a number that cannot be a code adds nothing.
    pub fn with(mut self, code: u16) -> CodeSet {
        if let Some((word, bit)) = Self::bit(code) {
            self.0[word] |= bit;
        }
        self
    }

    /// The set with every code of `codes` added.
    pub fn with_range(self, codes: RangeInclusive<u16>) -> CodeSet {
        codes.fold(self, CodeSet::with)
    }

    /// The set with every code that fits `pattern` added: a digit or `None`
    /// (an `x`) for each of the three places, as in `4xx` and `40x`.
    pub fn with_pattern(self, pattern: [Option<u8>; 3]) -> CodeSet {
        Self::CODES
            .filter(|&code| {
                let digits = [code / 100, code / 10 % 10, code % 10];
                pattern
                    .iter()
                    .zip(digits)
                    .all(|(want, have)| want.is_none_or(|d| u16::from(d) == have))
            })
            .fold(self, CodeSet::with)
    }

    /// Every code of either set.
    pub fn union(mut self, other: CodeSet) -> CodeSet {
        for (word, more) in self.0.iter_mut().zip(other.0) {
            *word |= more;
        }
        self
    }

    pub fn contains(self, code: u16) -> bool {
        Self::bit(code).is_some_and(|(word, bit)| self.0[word] & bit != 0)
    }

    pub fn is_empty(self) -> bool {
        self == CodeSet::NONE
    }

    /// How many codes the set holds.
    pub fn len(self) -> usize {
        self.0.iter().map(|word| word.count_ones() as usize).sum()
    }

    /// The codes in the set, in ascending order.
    pub fn codes(self) -> impl Iterator<Item = u16> {
        Self::CODES.filter(move |&code| self.contains(code))
    }
}

impl std::fmt::Debug for CodeSet {
    /// Runs of codes, `CodeSet[200, 400-404]`, rather than eight numbers.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut runs: Vec<(u16, u16)> = Vec::new();
        for code in self.codes() {
            match runs.last_mut() {
                Some((_, end)) if *end + 1 == code => *end = code,
                _ => runs.push((code, code)),
            }
        }
        let runs: Vec<String> = runs
            .iter()
            .map(|&(start, end)| match start == end {
                true => start.to_string(),
                false => format!("{start}-{end}"),
            })
            .collect();
        write!(f, "CodeSet[{}]", runs.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_the_codes_from_100_to_599() {
        assert_eq!(CodeSet::ALL.len(), 500);
        assert!(CodeSet::ALL.contains(100) && CodeSet::ALL.contains(599));
        assert!(!CodeSet::ALL.contains(99) && !CodeSet::ALL.contains(600));
        assert_eq!(CodeSet::NONE.with(99).with(600), CodeSet::NONE);
        assert_eq!(CodeSet::NONE.with_range(100..=599), CodeSet::ALL);
        assert_eq!(CodeSet::default(), CodeSet::ALL);
    }

    #[test]
    fn ranges_patterns_and_unions() {
        let set = CodeSet::NONE.with_range(400..=404).with(200);
        assert_eq!(
            set.codes().collect::<Vec<_>>(),
            [200, 400, 401, 402, 403, 404]
        );
        assert_eq!(format!("{set:?}"), "CodeSet[200, 400-404]");
        let fours = CodeSet::NONE.with_pattern([Some(4), None, None]);
        assert_eq!(fours, CodeSet::NONE.with_range(400..=499));
        let forties = CodeSet::NONE.with_pattern([Some(4), Some(0), None]);
        assert_eq!(forties, CodeSet::NONE.with_range(400..=409));
        let tails = CodeSet::NONE.with_pattern([None, Some(0), Some(4)]);
        assert_eq!(tails.codes().collect::<Vec<_>>(), [104, 204, 304, 404, 504]);
        assert_eq!(CodeSet::NONE.with_pattern([None; 3]), CodeSet::ALL);
        assert_eq!(fours.union(forties), fours);
        assert!(CodeSet::NONE.is_empty() && !fours.is_empty());
    }
}
