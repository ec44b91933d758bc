//! The writer's view of the store while it builds a batch: reads see, in order, the current
//! operation's own writes, then earlier operations of the same batch, then the disk. An
//! operation's writes join the batch only when the operation succeeds, so a refused request
//! changes nothing.

use std::collections::BTreeMap;

use fjall::Keyspace;

use crate::error::StoreError;

type Writes = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

pub struct Txn<'a> {
    ks: &'a Keyspace,
    batch: Writes,
    op: Writes,
}

impl<'a> Txn<'a> {
    pub fn new(ks: &'a Keyspace) -> Self {
        Txn { ks, batch: Writes::new(), op: Writes::new() }
    }

    pub fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        if let Some(v) = self.op.get(key).or_else(|| self.batch.get(key)) {
            return Ok(v.clone());
        }
        self.ks
            .get(key)
            .map(|v| v.map(|s| s.to_vec()))
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    pub fn put(&mut self, key: Vec<u8>, value: Vec<u8>) {
        self.op.insert(key, Some(value));
    }

    pub fn delete(&mut self, key: Vec<u8>) {
        self.op.insert(key, None);
    }

    /// Ends the current operation: keeps its writes when it succeeded, drops them otherwise.
    pub fn finish_op(&mut self, succeeded: bool) {
        let op = std::mem::take(&mut self.op);
        if succeeded {
            self.batch.extend(op);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.batch.is_empty()
    }

    pub fn into_writes(self) -> Writes {
        self.batch
    }
}
