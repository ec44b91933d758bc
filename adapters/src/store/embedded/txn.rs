//! The writer's view of the store while it builds a batch: reads see, in order, the current
//! operation's own writes, then earlier operations of the same batch, then the disk. An
//! operation's writes join the batch only when the operation succeeds, so a refused request
//! changes nothing.

use std::collections::BTreeMap;

use fjall::Keyspace;

use tern_domain::DomainError;

type Writes = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

pub struct Txn<'a> {
    ks: &'a Keyspace,
    batch: Writes,
    /// Writes no operation reads back (inbox entries): kept out of the lookup map.
    blind: Vec<(Vec<u8>, Vec<u8>)>,
    // Operations check before they write and never read their own writes, so an
    // operation's writes need no lookup until it ends.
    op: Vec<(Vec<u8>, Option<Vec<u8>>)>,
    op_blind: Vec<(Vec<u8>, Vec<u8>)>,
}

impl<'a> Txn<'a> {
    pub fn new(ks: &'a Keyspace) -> Self {
        Txn { ks, batch: Writes::new(), blind: Vec::new(), op: Vec::new(), op_blind: Vec::new() }
    }

    pub fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, DomainError> {
        if let Some(v) = self.batch.get(key) {
            return Ok(v.clone());
        }
        self.ks.get(key).map(|v| v.map(|s| s.to_vec())).map_err(|e| DomainError::Unavailable(e.to_string()))
    }

    pub fn put(&mut self, key: Vec<u8>, value: Vec<u8>) {
        self.op.push((key, Some(value)));
    }

    /// A write that no operation of this store ever reads back inside the writer.
    pub fn put_blind(&mut self, key: Vec<u8>, value: Vec<u8>) {
        self.op_blind.push((key, value));
    }

    pub fn delete(&mut self, key: Vec<u8>) {
        self.op.push((key, None));
    }

    /// Ends the current operation: keeps its writes when it succeeded, drops them otherwise.
    pub fn finish_op(&mut self, succeeded: bool) {
        if succeeded {
            self.batch.extend(self.op.drain(..));
            self.blind.append(&mut self.op_blind);
        } else {
            self.op.clear();
            self.op_blind.clear();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.batch.is_empty() && self.blind.is_empty()
    }

    /// Every write of the batch: later writes of a key replace earlier ones.
    pub fn into_writes(self) -> impl Iterator<Item = (Vec<u8>, Option<Vec<u8>>)> {
        self.batch.into_iter().chain(self.blind.into_iter().map(|(k, v)| (k, Some(v))))
    }
}
