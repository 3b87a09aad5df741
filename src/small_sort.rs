//! A stable sort for the short lists the engine orders (a sentence's facts, a fact's findings,
//! a claim's facts), where equal elements must keep the order they were found in.
//!
//! The standard library's stable sort (driftsort) is fast on long slices, but each element
//! type it is used with adds some kilobytes of code to the wasm module. These lists are short
//! (a sentence is at most `limits::MAX_SENTENCE_BYTES`), so an insertion sort is as fast and
//! costs a few dozen bytes; every other sort in the engine orders by a total key, unstably.

use std::cmp::Ordering;

/// Sorts `items` by `order`, keeping equal elements in their order (insertion sort:
/// quadratic, for short lists only).
pub fn sort_short_by<T>(items: &mut [T], mut order: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && order(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// [`sort_short_by`] by a key.
pub fn sort_short_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_short_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_short_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut w: Vec<u32> = (0..50).rev().collect();
        sort_short_by(&mut w, |a, b| a.cmp(b));
        assert_eq!(w, (0..50).collect::<Vec<_>>());
    }
}
