//! The fewest moves that put rows in a new order. Pure Rust.
//!
//! A moved row costs the browser a new layout of the whole row (its layout
//! objects are made anew), while a row left where it is costs nothing. So a
//! sort keeps the longest run of rows that are already in the new relative
//! order (a longest increasing subsequence of their new places) and moves only
//! the others. A reversal still moves all but one row; a sort by another column
//! typically keeps a fifth to a third of them in place.

/// A move: put `row` just before `before` (`None`: at the end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub row: usize,
    pub before: Option<usize>,
}

/// The moves that turn the order `current` into `wanted`, to be made in the
/// order given. Both hold the same rows, each once; `None` where they do
/// not, and the caller then places every row.
pub fn moves(current: &[usize], wanted: &[usize]) -> Option<Vec<Move>> {
    if current.len() != wanted.len() {
        return None;
    }
    let size = wanted.iter().max().map_or(0, |&max| max + 1);
    let mut place = vec![usize::MAX; size];
    for (at, &row) in wanted.iter().enumerate() {
        let slot = place.get_mut(row)?;
        if *slot != usize::MAX {
            return None;
        }
        *slot = at;
    }
    // Each row's new place, taken as it is used: a row twice in `current` is refused.
    let mut new_places = Vec::with_capacity(current.len());
    for &row in current {
        let slot = place.get_mut(row)?;
        if *slot == usize::MAX {
            return None;
        }
        new_places.push(std::mem::replace(slot, usize::MAX));
    }
    let stays = in_longest_increasing(&new_places, wanted.len());
    // From the last row back, so that the row a move is made before is
    // already where it belongs.
    let mut list = Vec::new();
    for (at, &row) in wanted.iter().enumerate().rev() {
        if !stays.get(at).copied().unwrap_or(false) {
            list.push(Move {
                row,
                before: wanted.get(at + 1).copied(),
            });
        }
    }
    Some(list)
}

/// Marks, by value, the values of one longest strictly increasing
/// subsequence of `values` (patience sorting, O(n log n)); values are below `len`.
fn in_longest_increasing(values: &[usize], len: usize) -> Vec<bool> {
    // tails[k]: index in `values` of the smallest tail of a run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous = vec![usize::MAX; values.len()];
    for (i, &value) in values.iter().enumerate() {
        let k = tails.partition_point(|&t| values.get(t).is_some_and(|&v| v < value));
        if k > 0 {
            if let (Some(slot), Some(&before)) = (previous.get_mut(i), tails.get(k - 1)) {
                *slot = before;
            }
        }
        if k == tails.len() {
            tails.push(i);
        } else if let Some(slot) = tails.get_mut(k) {
            *slot = i;
        }
    }
    let mut marks = vec![false; len];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        if let Some(mark) = values.get(i).and_then(|&value| marks.get_mut(value)) {
            *mark = true;
        }
        at = previous.get(i).copied().filter(|&p| p != usize::MAX);
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Makes the moves on a list, as the DOM would.
    fn apply(current: &[usize], moves: &[Move]) -> Vec<usize> {
        let mut list = current.to_vec();
        for m in moves {
            let from = list
                .iter()
                .position(|&r| r == m.row)
                .expect("moved row present");
            list.remove(from);
            let to = match m.before {
                Some(before) => list
                    .iter()
                    .position(|&r| r == before)
                    .expect("anchor present"),
                None => list.len(),
            };
            list.insert(to, m.row);
        }
        list
    }

    fn check(current: &[usize], wanted: &[usize]) -> usize {
        let list = moves(current, wanted).expect("same rows");
        assert_eq!(apply(current, &list), wanted, "from {current:?}");
        list.len()
    }

    #[test]
    fn an_order_already_right_moves_nothing() {
        assert_eq!(check(&[0, 1, 2, 3], &[0, 1, 2, 3]), 0);
        assert_eq!(check(&[], &[]), 0);
    }

    #[test]
    fn a_reversal_moves_all_but_one() {
        assert_eq!(check(&[0, 1, 2, 3, 4], &[4, 3, 2, 1, 0]), 4);
    }

    #[test]
    fn one_row_out_of_place_is_the_only_move() {
        assert_eq!(check(&[0, 1, 2, 3, 4], &[4, 0, 1, 2, 3]), 1);
        assert_eq!(check(&[0, 1, 2, 3, 4], &[1, 2, 3, 4, 0]), 1);
        assert_eq!(check(&[3, 0, 1, 2], &[0, 1, 2, 3]), 1);
    }

    #[test]
    fn the_moves_are_the_fewest_for_many_shuffles() {
        // A small generator, so the test needs no crate and is the same on every run.
        let mut seed = 0x2545_f491_u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed as usize
        };
        for len in [2, 3, 7, 64, 102, 500] {
            for _ in 0..20 {
                let mut current: Vec<usize> = (0..len).collect();
                let mut wanted = current.clone();
                for i in (1..len).rev() {
                    current.swap(i, next() % (i + 1));
                    wanted.swap(i, next() % (i + 1));
                }
                let made = check(&current, &wanted);
                // The fewest moves: every row outside a longest run already in order.
                let rank: Vec<usize> = current
                    .iter()
                    .map(|r| wanted.iter().position(|w| w == r).unwrap_or(0))
                    .collect();
                assert_eq!(made, len - longest_by_brute_force(&rank));
            }
        }
    }

    /// O(n²) longest increasing subsequence, to check the fast one against.
    fn longest_by_brute_force(values: &[usize]) -> usize {
        let mut best = vec![1; values.len()];
        for i in 0..values.len() {
            for j in 0..i {
                if values[j] < values[i] {
                    best[i] = best[i].max(best[j] + 1);
                }
            }
        }
        best.into_iter().max().unwrap_or(0)
    }

    #[test]
    fn different_rows_are_refused() {
        assert_eq!(moves(&[0, 1], &[0, 1, 2]), None);
        assert_eq!(moves(&[0, 2], &[0, 1]), None);
        assert_eq!(moves(&[0, 0], &[0, 1]), None);
        assert_eq!(moves(&[0, 1], &[1, 1]), None);
        assert_eq!(moves(&[0, 1], &[0, 5]), None);
        assert_eq!(moves(&[7, 0], &[0, 1]), None);
    }

    #[test]
    fn row_numbers_need_not_be_contiguous() {
        // Rows that failed to paint are left out of both orders.
        assert_eq!(check(&[9, 2, 5], &[2, 5, 9]), 1);
    }
}
