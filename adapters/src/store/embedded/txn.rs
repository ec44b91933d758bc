//! The writer's view of the store while it builds a batch: reads see, in order, the current
//! operation's own writes, then earlier operations of the same batch, then the disk. An
//! operation's writes join the batch only when the operation succeeds, so a refused request
//! changes nothing.

use std::collections::BTreeMap;
use std::ops::Bound;

use fjall::{Keyspace, Slice};
use tern_domain::DomainError;

use super::layout::Space;
use super::overlay::{Pending, merge};
use crate::store::keys::prefix_end;

// Keys and values are fjall's own `Slice`s: a key of up to 20 bytes (every numeric key) is kept
// inline, without an allocation, and each is handed to fjall's batch without another copy.

/// A batch's writes of one keyspace (a deletion is `None`).
type Writes = BTreeMap<Slice, Option<Slice>>;
/// A write of an operation (a deletion is `None`).
type Write = (Space, Slice, Option<Slice>);
/// A key and its value.
pub type Pair = (Slice, Slice);

/// The store's keyspaces, one per `Space`.
#[derive(Clone)]
pub struct Keyspaces(pub [Keyspace; Space::ALL.len()]);

impl Keyspaces {
    pub fn get(&self, space: Space) -> &Keyspace {
        &self.0[space as usize]
    }
}

fn unavailable(e: fjall::Error) -> DomainError {
    DomainError::Unavailable(e.to_string())
}

pub struct Txn<'a> {
    spaces: &'a Keyspaces,
    /// Earlier batches acknowledged but not in fjall yet.
    pending: Pending,
    batch: [Writes; Space::ALL.len()],
    /// Writes no operation reads back (inbox and feed entries): kept out of the lookup map.
    blind: Vec<(Space, Slice, Slice)>,
    // Operations check before they write and never read their own writes, so an
    // operation's writes need no lookup until it ends.
    op: Vec<Write>,
    op_blind: Vec<(Space, Slice, Slice)>,
}

impl<'a> Txn<'a> {
    pub fn new(spaces: &'a Keyspaces, pending: Pending) -> Self {
        Txn { spaces, pending, batch: Default::default(), blind: Vec::new(), op: Vec::new(), op_blind: Vec::new() }
    }

    pub fn get(&self, space: Space, key: &[u8]) -> Result<Option<Slice>, DomainError> {
        if let Some(v) = self.batch[space as usize].get(key) {
            return Ok(v.clone());
        }
        if let Some(v) = self.pending.get(space, key) {
            return Ok(v);
        }
        self.spaces.get(space).get(key).map_err(unavailable)
    }

    /// The last key starting with `prefix` (and its value): written in this batch, pending,
    /// or stored.
    pub fn last_under(&self, space: Space, prefix: &[u8]) -> Result<Option<Pair>, DomainError> {
        let end = prefix_end(prefix);
        let range = (Bound::Included(prefix), Bound::Excluded(end.as_slice()));
        // The newer source's word on a key wins: this batch, then the pending batches.
        let mut newer = self.pending.range(space, range);
        for (key, value) in self.batch[space as usize].range::<[u8], _>(range) {
            newer.insert(key.clone(), value.clone());
        }
        let newest = newer.iter().rev().find_map(|(k, v)| v.as_ref().map(|v| (k.clone(), v.clone())));
        let mut stored = None;
        for item in self.spaces.get(space).prefix(prefix).rev() {
            let (key, value) = item.into_inner().map_err(unavailable)?;
            if !newer.contains_key(&key) {
                stored = Some((key, value));
                break;
            }
        }
        Ok(match (newest, stored) {
            (Some(n), Some(s)) => Some(if n.0 > s.0 { n } else { s }),
            (n, s) => n.or(s),
        })
    }

    /// Up to `limit` keys in `[start, end)` and their values, ascending: written in this
    /// batch, pending, or stored.
    pub fn scan(&self, space: Space, start: &[u8], end: &[u8], limit: usize) -> Result<Vec<Pair>, DomainError> {
        let range = (Bound::Included(start), Bound::Excluded(end));
        let mut newer = self.pending.range(space, range);
        for (key, value) in self.batch[space as usize].range::<[u8], _>(range) {
            newer.insert(key.clone(), value.clone());
        }
        let stored = self.spaces.get(space).range(start..end).map(|item| item.into_inner().map_err(unavailable));
        merge(stored, newer, false, limit)
    }

    pub fn put(&mut self, space: Space, key: impl Into<Slice>, value: impl Into<Slice>) {
        self.op.push((space, key.into(), Some(value.into())));
    }

    /// A write that no operation of this store ever reads back inside the writer.
    pub fn put_blind(&mut self, space: Space, key: impl Into<Slice>, value: impl Into<Slice>) {
        self.op_blind.push((space, key.into(), value.into()));
    }

    pub fn delete(&mut self, space: Space, key: impl Into<Slice>) {
        self.op.push((space, key.into(), None));
    }

    /// Ends the current operation: keeps its writes when it succeeded, drops them otherwise.
    pub fn finish_op(&mut self, succeeded: bool) {
        if succeeded {
            for (space, key, value) in self.op.drain(..) {
                self.batch[space as usize].insert(key, value);
            }
            self.blind.append(&mut self.op_blind);
        } else {
            self.op.clear();
            self.op_blind.clear();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.batch.iter().all(BTreeMap::is_empty) && self.blind.is_empty()
    }

    /// Every write of the batch, in key order within each keyspace (later writes of a key
    /// replace earlier ones). The order matters: each write is an insert into a memtable (a
    /// skiplist) whose search from the top is mostly cache misses, and writes in key order
    /// share the upper part of their search paths with the write before.
    pub fn into_writes(mut self) -> impl Iterator<Item = Write> {
        self.blind.sort_unstable_by(|(s1, k1, _), (s2, k2, _)| (s1, k1).cmp(&(s2, k2)));
        let blind = self.blind.into_iter().map(|(s, k, v)| (s, k, Some(v)));
        let batch =
            Space::ALL.into_iter().zip(self.batch).flat_map(|(s, w)| w.into_iter().map(move |(k, v)| (s, k, v)));
        batch.chain(blind)
    }
}
