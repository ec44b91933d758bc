//! What is acknowledged but not yet in fjall: the batches the writer has made durable in its
//! log (`wal.rs`) and handed to the applier, kept in memory until fjall has them, so every read
//! sees everything acknowledged. A reader takes the overlay's snapshot first and fjall's
//! second: the applier removes a batch only after fjall has it, so a batch missing from the
//! overlay snapshot is in the fjall snapshot taken after it.
//!
//! Snapshots are cheap (an `Arc` clone) and hold no lock while a read runs; batches are
//! immutable once pushed. In the usual case the overlay holds a batch or two for the
//! milliseconds fjall takes to apply them; during a fjall stall it holds what arrived meanwhile.

use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::{Arc, Mutex, PoisonError};

use fjall::Slice;

use super::layout::Space;

/// One batch's writes, sorted by key per keyspace (the last write of a key only).
pub struct BatchWrites {
    pub number: u64,
    spaces: [Vec<(Slice, Option<Slice>)>; Space::ALL.len()],
    bytes: usize,
}

impl BatchWrites {
    /// The writes of batch `number`, in the order made (a later write of a key replaces an
    /// earlier one).
    pub fn new(number: u64, writes: impl IntoIterator<Item = (Space, Slice, Option<Slice>)>) -> Self {
        let mut maps: [BTreeMap<Slice, Option<Slice>>; Space::ALL.len()] = Default::default();
        let mut bytes = 0;
        for (space, key, value) in writes {
            bytes += key.len() + value.as_ref().map_or(0, |v| v.len());
            maps[space as usize].insert(key, value);
        }
        BatchWrites { number, spaces: maps.map(|m| m.into_iter().collect()), bytes }
    }

    pub fn writes(&self) -> impl Iterator<Item = (Space, &Slice, Option<&Slice>)> {
        Space::ALL.into_iter().flat_map(|s| self.spaces[s as usize].iter().map(move |(k, v)| (s, k, v.as_ref())))
    }

    fn get(&self, space: Space, key: &[u8]) -> Option<Option<&Slice>> {
        let writes = &self.spaces[space as usize];
        writes.binary_search_by(|(k, _)| (**k).cmp(key)).ok().map(|i| writes[i].1.as_ref())
    }

    fn range<'a>(
        &'a self,
        space: Space,
        range: (Bound<&'a [u8]>, Bound<&'a [u8]>),
    ) -> impl Iterator<Item = &'a (Slice, Option<Slice>)> + 'a {
        let writes = &self.spaces[space as usize];
        let start = match range.0 {
            Bound::Included(k) => writes.partition_point(|(w, _)| **w < *k),
            Bound::Excluded(k) => writes.partition_point(|(w, _)| **w <= *k),
            Bound::Unbounded => 0,
        };
        writes[start..].iter().take_while(move |(w, _)| match range.1 {
            Bound::Included(k) => **w <= *k,
            Bound::Excluded(k) => **w < *k,
            Bound::Unbounded => true,
        })
    }
}

/// The batches acknowledged and not yet applied, oldest first.
#[derive(Clone, Default)]
pub struct Pending(Arc<[Arc<BatchWrites>]>);

impl Pending {
    /// The newest write of `key` among the pending batches: `Some(None)` if it deletes it,
    /// `None` if no pending batch touches it.
    pub fn get(&self, space: Space, key: &[u8]) -> Option<Option<Slice>> {
        self.0.iter().rev().find_map(|b| b.get(space, key)).map(Option::<&Slice>::cloned)
    }

    /// Every pending write in `range`, the newest of each key.
    pub fn range(&self, space: Space, range: (Bound<&[u8]>, Bound<&[u8]>)) -> BTreeMap<Slice, Option<Slice>> {
        let mut out = BTreeMap::new();
        for batch in self.0.iter() {
            for (k, v) in batch.range(space, range) {
                out.insert(k.clone(), v.clone());
            }
        }
        out
    }

    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(Default)]
pub struct Overlay {
    pending: Mutex<(Pending, usize)>,
}

impl Overlay {
    pub fn snapshot(&self) -> Pending {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner).0.clone()
    }

    /// Bytes the pending batches hold.
    pub fn bytes(&self) -> usize {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner).1
    }

    pub fn push(&self, batch: Arc<BatchWrites>) {
        let mut guard = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        let (pending, bytes) = &mut *guard;
        *bytes += batch.bytes;
        pending.0 = pending.0.iter().cloned().chain(std::iter::once(batch)).collect();
    }

    /// fjall has every batch up to `number`: they leave the overlay.
    pub fn applied(&self, number: u64) {
        let mut guard = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        let (pending, bytes) = &mut *guard;
        *bytes -= pending.0.iter().filter(|b| b.number <= number).map(|b| b.bytes).sum::<usize>();
        pending.0 = pending.0.iter().filter(|b| b.number > number).cloned().collect();
    }
}

/// Merges a fjall scan (ascending, or descending with `reverse`) with the pending writes in the
/// same range: a pending write replaces the stored value of its key, a pending deletion hides
/// it. At most `limit` pairs.
pub fn merge<E>(
    stored: impl Iterator<Item = Result<(Slice, Slice), E>>,
    pending: BTreeMap<Slice, Option<Slice>>,
    reverse: bool,
    limit: usize,
) -> Result<Vec<(Slice, Slice)>, E> {
    let mut out = Vec::new();
    let mut stored = stored.peekable();
    let mut pending: Box<dyn Iterator<Item = (Slice, Option<Slice>)>> =
        if reverse { Box::new(pending.into_iter().rev()) } else { Box::new(pending.into_iter()) };
    let mut next_pending = pending.next();
    let before = |a: &Slice, b: &Slice| if reverse { a > b } else { a < b };
    while out.len() < limit {
        if stored.peek().is_some_and(Result::is_err) {
            return Err(stored.next().and_then(Result::err).expect("peeked an error"));
        }
        let take_stored = match (stored.peek(), &next_pending) {
            (None, None) => break,
            (Some(Err(_)), _) => unreachable!("returned above"),
            (Some(Ok((k, _))), Some((p, _))) if k == p => {
                stored.next();
                false
            }
            (Some(Ok((k, _))), Some((p, _))) => before(k, p),
            (Some(Ok(_)), None) => true,
            (None, Some(_)) => false,
        };
        if take_stored {
            out.extend(stored.next().and_then(Result::ok));
        } else if let Some((k, v)) = next_pending.take() {
            if let Some(v) = v {
                out.push((k, v));
            }
            next_pending = pending.next();
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Slice {
        Slice::from(v.as_bytes())
    }

    #[test]
    fn newer_batches_win_and_applied_ones_leave() {
        let overlay = Overlay::default();
        overlay.push(Arc::new(BatchWrites::new(
            1,
            [(Space::Meta, s("a"), Some(s("1"))), (Space::Meta, s("b"), Some(s("1")))],
        )));
        overlay
            .push(Arc::new(BatchWrites::new(2, [(Space::Meta, s("a"), None), (Space::Inbox, s("a"), Some(s("x")))])));
        let p = overlay.snapshot();
        assert_eq!(p.get(Space::Meta, b"a"), Some(None), "deleted by the newer batch");
        assert_eq!(p.get(Space::Meta, b"b"), Some(Some(s("1"))));
        assert_eq!(p.get(Space::Meta, b"c"), None);
        overlay.applied(1);
        assert_eq!(overlay.snapshot().get(Space::Meta, b"b"), None, "batch 1 is in fjall now");
        assert_eq!(p.get(Space::Meta, b"b"), Some(Some(s("1"))), "a snapshot keeps what it saw");
        overlay.applied(2);
        assert!(overlay.snapshot().is_empty());
        assert_eq!(overlay.bytes(), 0);
    }

    #[test]
    fn a_scan_merges_pending_writes_and_deletions_in_order() {
        let stored = || ["a", "c", "e", "g"].map(|k| Ok::<_, ()>((s(k), s("old")))).into_iter();
        let pending: BTreeMap<_, _> =
            [(s("b"), Some(s("new"))), (s("c"), None), (s("e"), Some(s("new"))), (s("h"), Some(s("new")))].into();
        let keys = |v: Vec<(Slice, Slice)>| {
            v.into_iter().map(|(k, v)| format!("{}={}", k[0] as char, v.len())).collect::<Vec<_>>()
        };
        let forward = merge(stored(), pending.clone(), false, 10).unwrap();
        assert_eq!(keys(forward), ["a=3", "b=3", "e=3", "g=3", "h=3"]);
        let got = merge(stored(), pending.clone(), false, 10).unwrap();
        assert_eq!(&*got[2].1, b"new", "the pending value replaces the stored one");
        let reverse = merge(stored().rev(), pending, true, 3).unwrap();
        assert_eq!(keys(reverse), ["h=3", "g=3", "e=3"]);
    }

    #[test]
    fn batch_ranges_respect_their_bounds() {
        let b = BatchWrites::new(1, ["a", "b", "c", "d"].map(|k| (Space::Feeds, s(k), Some(s("v")))));
        let keys =
            |r: (Bound<&[u8]>, Bound<&[u8]>)| b.range(Space::Feeds, r).map(|(k, _)| k[0] as char).collect::<String>();
        assert_eq!(keys((Bound::Excluded(b"a"), Bound::Included(b"c"))), "bc");
        assert_eq!(keys((Bound::Included(b"b"), Bound::Excluded(b"d"))), "bc");
        assert_eq!(keys((Bound::Unbounded, Bound::Unbounded)), "abcd");
    }
}
