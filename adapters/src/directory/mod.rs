//! Adapters of the `Directory` port.

pub mod memory;
pub mod redis;

pub use memory::MemoryDirectory;
pub use redis::{RedisDirectory, RedisOptions};
