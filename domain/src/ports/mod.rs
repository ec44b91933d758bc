//! The ports: what the domain needs from the outside, as traits. Adapters (`tern-adapters`)
//! implement them; `tern-contract` holds the suite every adapter must pass.

pub mod directory;
pub mod notifier;
mod rpc;
pub mod store;
