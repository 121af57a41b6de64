//! Column sorting: a small state machine for header clicks, and the comparison.

use super::index::SearchIndex;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Code,
    Name,
    Class,
    Description,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortDirection {
    Ascending,
    Descending,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SortOrder {
    pub column: SortColumn,
    pub direction: SortDirection,
}

impl Default for SortOrder {
    /// Code, ascending: the registry's own order.
    fn default() -> Self {
        SortOrder {
            column: SortColumn::Code,
            direction: SortDirection::Ascending,
        }
    }
}

impl SortColumn {
    pub const ALL: [SortColumn; 4] = [
        SortColumn::Code,
        SortColumn::Name,
        SortColumn::Class,
        SortColumn::Description,
    ];

    /// The name used in `sort=` parameters.
    pub fn key(self) -> &'static str {
        match self {
            SortColumn::Code => "code",
            SortColumn::Name => "name",
            SortColumn::Class => "class",
            SortColumn::Description => "description",
        }
    }
}

impl SortOrder {
    /// The order after a click on `column`'s header: a new column sorts ascending,
    /// the active one flips direction.
    pub fn after_click(self, column: SortColumn) -> SortOrder {
        let direction = match (self.column == column, self.direction) {
            (true, SortDirection::Ascending) => SortDirection::Descending,
            _ => SortDirection::Ascending,
        };
        SortOrder { column, direction }
    }

    /// Reads `code`, `-name`, … (case-insensitive, spaces ignored); `None` if unknown.
    pub fn parse(text: &str) -> Option<SortOrder> {
        let text = text.trim();
        let (direction, name) = match text.strip_prefix('-') {
            Some(rest) => (SortDirection::Descending, rest),
            None => (
                SortDirection::Ascending,
                text.strip_prefix('+').unwrap_or(text),
            ),
        };
        let column = SortColumn::ALL
            .into_iter()
            .find(|c| c.key().eq_ignore_ascii_case(name.trim()))?;
        Some(SortOrder { column, direction })
    }

    /// The inverse of [`SortOrder::parse`]: `code`, `-name`, …
    pub fn to_param(self) -> String {
        match self.direction {
            SortDirection::Ascending => self.column.key().to_string(),
            SortDirection::Descending => format!("-{}", self.column.key()),
        }
    }

    /// Sorts row numbers of `index`. Ties fall back to the code, ascending, then to
    /// registry order, so the result is the same whatever order rows arrive in.
    pub fn sort(self, rows: &mut [usize], index: &SearchIndex) {
        // Unstable sort is smaller in wasm; the comparison ends on the row number, so
        // the order is total and the result is still deterministic.
        rows.sort_unstable_by(|&a, &b| {
            let (Some((ea, ia)), Some((eb, ib))) = (index.get(a), index.get(b)) else {
                return a.cmp(&b);
            };
            let primary = match self.column {
                SortColumn::Code => ea.code.cmp(&eb.code),
                SortColumn::Name => ia.name_sort_key.cmp(&ib.name_sort_key),
                SortColumn::Class => ea.class().cmp(&eb.class()),
                SortColumn::Description => ia.description_sort_key.cmp(&ib.description_sort_key),
            };
            let primary = match self.direction {
                SortDirection::Ascending => primary,
                SortDirection::Descending => primary.reverse(),
            };
            primary.then(ea.code.cmp(&eb.code)).then(a.cmp(&b))
        });
    }
}
