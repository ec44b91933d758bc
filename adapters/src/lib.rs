//! Adapters of the domain's ports, one folder each:
//!
//! - `store::embedded`: fjall on local disk, one writer thread committing in groups;
//! - `store::fdb` (feature `fdb`): FoundationDB;
//! - `store::remote`: another gateway's store, over HTTPS (`RpcStore` from the port);
//! - `directory::memory`: in-process, for a gateway that runs alone;
//! - `directory::redis`: a Redis (Cluster), for many gateways.

pub mod directory;
pub mod store;
