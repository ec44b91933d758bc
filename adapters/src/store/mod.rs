//! Adapters of the `Store` port, and what the embedded and FoundationDB adapters share: the
//! tuple key encoding, the records as stored, and the thread that owns a store's writes.

pub mod embedded;
#[cfg(feature = "fdb")]
pub mod fdb;
pub mod keys;
pub(crate) mod records;
pub mod remote;
mod worker;
